"""Hard kills and signals: a build killed anywhere (SIGKILL at any rename of the swap or of an
incremental patch, or at any moment of a large build) is followed by a build that brings the
user's files back, leaves a whole site and no stale folder or process; SIGTERM says what is
true; files dossier did not write are kept."""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from conftest import MAKE_CORPUS, REPO, article, entity, write_files

from generator.cli import main
from generator.errors import ContentError

# Runs `dossier ARGS...` with os.rename and os.replace counted: those touching the output
# folder or its siblings (`<parent>/site*`, `<parent>/.site*`) in the build's own process.
# At the DOSSIER_AT-th such call the process sends itself DOSSIER_SIGNAL (SIGKILL unless
# said) just before the rename. DOSSIER_LOG gets the list of the calls when the build ends.
# DOSSIER_PAGEFIND replaces the Pagefind executable.
WRAPPER = r'''
import json, os, signal, sys
AT = int(os.environ.get("DOSSIER_AT", "0"))
SIGNAL = int(os.environ.get("DOSSIER_SIGNAL", signal.SIGKILL))
WATCHED = tuple(os.environ["DOSSIER_WATCH"].split(os.pathsep))
MAIN, calls = os.getpid(), []

def counted(real):
    def call(source, target, *args, **kwargs):
        if os.getpid() == MAIN and any(str(p).startswith(WATCHED) for p in (source, target)):
            calls.append((str(source), str(target)))
            if len(calls) == AT:
                os.kill(MAIN, SIGNAL)
        return real(source, target, *args, **kwargs)
    return call

os.rename, os.replace = counted(os.rename), counted(os.replace)
if os.environ.get("DOSSIER_PAGEFIND"):
    import generator.search
    from pathlib import Path
    generator.search.pagefind_executable = lambda: Path(os.environ["DOSSIER_PAGEFIND"])
from generator.cli import main
code = main(sys.argv[1:])
if os.environ.get("DOSSIER_LOG"):
    with open(os.environ["DOSSIER_LOG"], "w") as log:
        json.dump(calls, log)
sys.exit(code)
'''

# the user's files in the site: top-level entries, and files in dossier's own folders
USER_FILES = {".git/config": "[core]\n", ".git/objects/ab/cdef": "blob", "CNAME": "dossier.example.org\n",
              "assets/my.css": "body{}", "articles/notes.txt": "mine"}


def run_build(root: Path, output: Path, *args: str, at: int = 0, sig: int = signal.SIGKILL,
              log: Path | None = None, pagefind: Path | None = None, wait: bool = True):
    """`dossier build ROOT -o OUTPUT ARGS` in a process of its own, through WRAPPER."""
    wrapper = output.parent / "wrapper.py"
    output.parent.mkdir(parents=True, exist_ok=True)
    if not wrapper.exists():
        wrapper.write_text(WRAPPER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "DOSSIER_AT": str(at), "DOSSIER_SIGNAL": str(int(sig)),
           "DOSSIER_WATCH": os.pathsep.join([str(output), str(output.parent / f".{output.name}")]),
           "DOSSIER_LOG": str(log or ""), "DOSSIER_PAGEFIND": str(pagefind or "")}
    command = [sys.executable, str(wrapper), "build", str(root), "-o", str(output), "-q", *args]
    if not wait:
        return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def build_here(root: Path, output: Path, *args: str) -> int:
    """The next build, the ordinary way (in this process)."""
    return main(["build", str(root), "-o", str(output), "-q", *args])


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of a site but the user's and the marker (which records timings and hashes)."""
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*"))
            if path.is_file() and path.name != ".dossier-site.json"
            and path.relative_to(site).parts[0] != ".git" and path.relative_to(site).as_posix() not in USER_FILES}


def leftovers(output: Path, seconds: float = 10) -> list[str]:
    """The `.site.*` siblings of the output folder, once a retired site's background removal
    (a detached process, given up to `seconds`) is done."""
    deadline = time.monotonic() + seconds
    while True:
        found = sorted(path.name for path in output.parent.glob(f".{output.name}.*"))
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def assert_recovered(output: Path, expected: dict[str, bytes], html_only: bool = False) -> None:
    for relative, content in USER_FILES.items():
        assert (output / relative).read_text(encoding="utf-8") == content, f"the user's {relative} is back"
    marker = json.loads((output / ".dossier-site.json").read_text(encoding="utf-8"))
    assert not marker.get("incomplete")
    files = site_files(output)
    if html_only:
        files = {path: data for path, data in files.items() if not path.startswith("pagefind/")}
        expected = {path: data for path, data in expected.items() if not path.startswith("pagefind/")}
        assert any(path.startswith("pagefind/") for path in site_files(output)), "the search index is there"
    assert files == expected, "the site is whole, and the one a clean build gives"
    assert leftovers(output) == [], "no stale folder is left beside the site"


def small_dossier(root: Path, articles: int = 4) -> Path:
    files = {"dossier.yaml": 'title: "Kills"\n', "entities/acme.yaml": entity("Acme", "organization")}
    for number in range(articles):
        files[f"articles/a{number}.md"] = article(f"Article {number}", f"Acme said {number}.",
                                                  published=f"2024-01-{number + 1:02d}", entities="[acme]")
    return write_files(root, files)


def add_user_files(site: Path) -> None:
    write_files(site, USER_FILES)


def test_sigkill_at_every_rename_of_the_swap_loses_nothing(tmp_path):
    root = small_dossier(tmp_path / "dossier")
    reference = tmp_path / "reference" / "site"
    assert build_here(root, reference, "--no-search") == 0
    expected = site_files(reference)
    base = tmp_path / "base" / "site"
    assert build_here(root, base, "--no-search") == 0
    add_user_files(base)
    # a dry run: which renames does a full build over the previous site do?
    dry = tmp_path / "dry" / "site"
    shutil.copytree(base, dry)
    log = tmp_path / "renames.json"
    assert run_build(root, dry, "--force", "--no-search", log=log).returncode == 0
    renames = json.loads(log.read_text())
    assert len(renames) >= 6, renames   # the journal, the user's four entries, the two of the swap
    for at in range(1, len(renames) + 1):
        output = tmp_path / f"kill{at}" / "site"
        shutil.copytree(base, output)
        killed = run_build(root, output, "--force", "--no-search", at=at)
        assert killed.returncode == -signal.SIGKILL, (at, killed.stderr)
        assert build_here(root, output, "--no-search") == 0, at
        assert_recovered(output, expected)


def test_sigkill_at_every_rename_of_an_incremental_patch_loses_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772442000")   # (every build's clock: the publication's date)
    root = small_dossier(tmp_path / "dossier")
    base = tmp_path / "base" / "site"
    assert build_here(root, base) == 0
    add_user_files(base)
    # the edit: one article changed, one added (new pages, a search shard replaced)
    write_files(root, {"articles/a1.md": article("Article one, revised", "Acme said more.", published="2024-01-02"),
                       "articles/new.md": article("A new one", "Acme again.", published="2024-02-01")})
    # the reference is built over a copy of the previous site, at the same clock: the edit is a
    # new publication of that site, whose "What's new" lists it
    reference = tmp_path / "reference" / "site"
    shutil.copytree(base, reference)
    assert build_here(root, reference) == 0
    expected = site_files(reference)
    dry = tmp_path / "dry" / "site"
    shutil.copytree(base, dry)
    log = tmp_path / "renames.json"
    assert run_build(root, dry, log=log).returncode == 0
    renames = json.loads(log.read_text())
    assert any("patch-" in source for source, _ in renames), renames   # it was the patch path
    for at in range(1, len(renames) + 1):
        output = tmp_path / f"kill{at}" / "site"
        shutil.copytree(base, output)
        killed = run_build(root, output, at=at)
        assert killed.returncode == -signal.SIGKILL, (at, killed.stderr)
        assert build_here(root, output) == 0, at
        assert_recovered(output, expected, html_only=True)


def test_a_stale_folder_of_a_live_build_is_left_alone(tmp_path):
    root = small_dossier(tmp_path / "dossier", articles=1)
    output = tmp_path / "site"
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True).stdout.strip()
        for name in (f".site.staging-{live.pid}", f".site.staging-{dead}", f".site.patch-{dead}",
                     f".site.old-{dead}", f".site.search-{dead}", f"..site.staging-{dead}.search-{dead}"):
            write_files(tmp_path / name, {"index.html": "x"})
        write_files(tmp_path, {f".site.journal-{dead}.tmp": "{"})
        assert build_here(root, output, "--no-search") == 0
        assert leftovers(output) == [f".site.staging-{live.pid}"]
        assert not list(tmp_path.glob("..site.*"))
    finally:
        live.kill()
        live.wait()


def _session_of(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[3])


def processes_mentioning(text: str) -> list[tuple[int, str]]:
    """The processes whose command line holds `text`, but the detached remover of a retired
    site (remove_in_background: a session leader of its own)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in command and _session_of(int(entry.name)) != int(entry.name):
            found.append((int(entry.name), command))
    return found


def wait_for_no_process(text: str, seconds: float = 5) -> list[tuple[int, str]]:
    deadline = time.monotonic() + seconds
    while (found := processes_mentioning(text)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return found


@pytest.mark.skipif(not MAKE_CORPUS.exists() or not Path("/proc").is_dir(), reason="needs the corpus and /proc")
def test_timed_kills_during_a_large_build_leave_no_worker_and_lose_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(MAKE_CORPUS), "--articles", "1000", "--entities", "300", "--out",
                    str(corpus), "--format", "neutral"], check=True, capture_output=True)
    base = tmp_path / "base" / "site"
    assert run_build(corpus, base).returncode == 0
    add_user_files(base)
    expected = site_files(base)
    timed = tmp_path / "timed" / "site"   # how long a full build takes with the Markdown cached
    shutil.copytree(base, timed, copy_function=os.link)
    started = time.monotonic()
    assert run_build(corpus, timed, "--force").returncode == 0
    seconds = time.monotonic() - started
    # at shares of that time (the Markdown, the pages, the swap), and while Pagefind runs
    for number, moment in enumerate((0.3, 0.6, 0.9, "pagefind")):
        output = tmp_path / f"kill{number}" / "site"
        if moment == "pagefind":   # (over the previous site, every shard would be linked from it)
            add_user_files(output)
        else:
            shutil.copytree(base, output, copy_function=os.link)
        process = run_build(corpus, output, "--force", wait=False)
        if moment == "pagefind":
            deadline = time.monotonic() + 2 * seconds
            while process.poll() is None and time.monotonic() < deadline and not any(
                    "pagefind" in command for _, command in processes_mentioning(str(output.parent))):
                time.sleep(0.01)
            assert process.poll() is None, "the build was killed while Pagefind ran"
        else:
            time.sleep(seconds * moment)
        process.kill()
        process.wait()
        assert wait_for_no_process(str(output.parent)) == [], f"no worker outlives the build killed at {moment}"
        assert build_here(corpus, output, *(["--force"] if moment == "pagefind" else [])) == 0
        assert_recovered(output, expected, html_only=True)


POOL_THEN_KILLED = r'''
import os, signal, time
from generator.workers import fork_pool, start_forked_worker
pool = fork_pool(2, start_forked_worker)
futures = [pool.submit(time.sleep, 60) for _ in range(2)]
while len(pool._processes) < 2:
    time.sleep(0.01)
print(" ".join(str(pid) for pid in pool._processes), flush=True)
time.sleep(0.3)   # (the workers are in their task)
os.kill(os.getpid(), signal.SIGKILL)
'''


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_page_workers_die_with_a_killed_build(tmp_path):
    out = tmp_path / "workers"   # (a file: surviving workers would hold a pipe open)
    with out.open("w") as stdout:
        process = subprocess.run([sys.executable, "-c", POOL_THEN_KILLED], stdout=stdout, timeout=60,
                                 env={**os.environ, "PYTHONPATH": str(REPO)})
    assert process.returncode == -signal.SIGKILL
    workers = [int(pid) for pid in out.read_text().split()]
    assert len(workers) == 2
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers), "the workers ended with the process that forked them"


FAKE_PAGEFIND = r'''#!{python}
import sys, time
if "--version" in sys.argv:
    print("pagefind 9.9.9-fake")
    sys.exit(0)
open({started!r}, "w").close()
time.sleep(60)
'''


def test_sigterm_while_indexing_stops_pagefind_and_leaves_nothing(tmp_path):
    root = small_dossier(tmp_path / "dossier", articles=2)
    output = tmp_path / "site"
    started = tmp_path / "pagefind-started"
    fake = tmp_path / "fake-pagefind"
    fake.write_text(FAKE_PAGEFIND.format(python=sys.executable, started=str(started)), encoding="utf-8")
    fake.chmod(0o755)
    process = run_build(root, output, pagefind=fake, wait=False)
    deadline = time.monotonic() + 30
    while not started.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    assert started.exists(), process.communicate()
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=20)
    assert process.returncode == 143, err
    assert "nothing was changed" in err and "Traceback" not in err
    assert wait_for_no_process(str(fake)) == [], "Pagefind was stopped"
    assert leftovers(output) == [] and not output.exists()


def test_sigterm_during_the_swap_says_the_new_site_is_in_place(tmp_path):
    root = small_dossier(tmp_path / "dossier", articles=2)
    output = tmp_path / "site"
    assert build_here(root, output, "--no-search") == 0
    add_user_files(output)
    write_files(root, {"articles/a0.md": article("Article zero, revised", "Acme said more.", published="2024-01-01")})
    dry = tmp_path / "dry" / "site"
    shutil.copytree(output, dry)
    log = tmp_path / "renames.json"
    assert run_build(root, dry, "--force", "--no-search", log=log).returncode == 0
    renames = json.loads(log.read_text())
    swap = next(number for number, (source, target) in enumerate(renames, 1)
                if ".site.staging-" in source and target == str(dry))
    signalled = run_build(root, output, "--force", "--no-search", at=swap, sig=signal.SIGTERM)
    assert signalled.returncode == 143, signalled.stderr
    assert "nothing was changed" not in signalled.stderr
    assert "the new site is in place" in signalled.stderr, signalled.stderr
    assert "Article zero, revised" in (output / "articles" / "a0.html").read_text(encoding="utf-8")
    assert (output / "CNAME").exists()
    assert leftovers(output) == []


def test_force_into_a_foreign_folder_keeps_files_in_sub_folders(make_dossier):
    d = make_dossier({"articles/a.md": article("A", "Text.", published="2024-01-01")})
    write_files(d.output, {"assets/my.css": "body{}", "data/mydata.json": "{}", "articles/notes.txt": "mine",
                           "CNAME": "x.example.org"})
    result = d.build("--force", "--no-search")
    assert result.code == 0, result.err
    assert (d.output / "assets" / "my.css").read_text() == "body{}"
    assert (d.output / "data" / "mydata.json").read_text() == "{}"
    assert (d.output / "articles" / "notes.txt").read_text() == "mine"
    assert (d.output / "CNAME").read_text() == "x.example.org"
    assert (d.output / "articles" / "a.html").exists() and (d.output / "assets").is_dir()
    # and they stay through the next builds, full and incremental
    d.add({"articles/b.md": article("B", "More.", published="2024-01-02")})
    assert d.build("--no-search").code == 0
    assert d.build("--force", "--no-search").code == 0
    assert (d.output / "assets" / "my.css").read_text() == "body{}"
    assert (d.output / "articles" / "notes.txt").read_text() == "mine"
    assert (d.output / "articles" / "b.html").exists()


def test_a_user_file_where_dossier_writes_is_refused_by_name_or_replaced_with_force(make_dossier):
    d = make_dossier({"articles/a.md": article("A", "Text.", published="2024-01-01")})
    assert d.build("--no-search").code == 0
    write_files(d.output, {"articles/b.html": "my own page", "articles/c.html": "another of mine"})
    d.add({"articles/b.md": article("B", "More.", published="2024-01-02")})
    refused = d.build("--no-search")
    assert refused.code == 1
    assert "articles/b.html" in refused.err and "Traceback" not in refused.err
    assert "--force" in refused.err
    assert d.page("articles/b.html") == "my own page", "nothing was changed"
    forced = d.build("--force", "--no-search")
    assert forced.code == 0, forced.err
    assert "articles/b.html" in forced.err and "replaced" in forced.err
    assert "<html" in d.page("articles/b.html")
    assert d.page("articles/c.html") == "another of mine"


def test_a_foreign_folder_where_dossier_writes_a_file_is_refused_even_with_force(make_dossier):
    d = make_dossier({"articles/a.md": article("A", "Text.", published="2024-01-01")})
    write_files(d.output, {"articles/a.html/inside.txt": "mine"})
    refused = d.build("--force", "--no-search")
    assert refused.code == 1 and "articles/a.html" in refused.err, refused.err
    assert (d.output / "articles" / "a.html" / "inside.txt").read_text() == "mine"
    assert leftovers(d.output) == []


USER_FOLDERS = ["", "assets", "assets/vendor", "articles", "articles/a.html", "data", "x", ".git", "index.html"]
USER_NAMES = ["my.css", "a.html", "notes.txt", "index.html", "style.css", "feed.xml", "vendor", "b"]


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory):
    """A one-article dossier, and every file a clean build of it writes (path → content)."""
    folder = tmp_path_factory.mktemp("tiny")
    root = write_files(folder / "dossier", {"articles/a.md": article("A", "Text.", published="2024-01-01")})
    from generator.build import build_site
    build_site(root, folder / "reference", search=False)
    return _Tiny((root, site_files(folder / "reference")))


class _Tiny(tuple):
    def __repr__(self):   # (Hypothesis prints the fixture's value with a failing example)
        return "tiny_site"


@given(st.dictionaries(st.tuples(st.sampled_from(USER_FOLDERS), st.sampled_from(USER_NAMES))
                       .map(lambda p: f"{p[0]}/{p[1]}".lstrip("/")), st.text("abc", min_size=1, max_size=3),
                       min_size=1, max_size=6))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_force_keeps_every_user_file_replaces_same_files_and_refuses_other_clashes(tiny_site, mine):
    """--force into a foreign folder holding random files: each is kept where dossier writes
    nothing, replaced (and said) where dossier writes a file of the same path, and any other
    clash (a folder where dossier writes a file, a file in the way of its folder) refuses
    the whole build, naming it, with every file as it was."""
    from generator.build import build_site
    assume(not any(other.startswith(path + "/") for path in mine for other in mine))
    root, ours = tiny_site
    output = Path(tempfile.mkdtemp()) / "site"
    write_files(output, mine)
    clashes = {path for path in mine if any(written.startswith(path + "/") or path.startswith(written + "/")
                                            for written in ours)}
    try:
        result = build_site(root, output, force=True, search=False)
    except ContentError as exc:
        assert clashes, exc.problems
        named = {problem.path.relative_to(output.resolve()).as_posix() for problem in exc.problems}
        inside = lambda path, folder: path == folder or path.startswith(folder + "/")   # noqa: E731
        assert all(any(inside(path, name) for path in mine) for name in named), "only the user's are named"
        assert all(any(inside(path, name) for name in named) for path in clashes), "every clash is named"
        assert {path: (output / path).read_text() for path in mine} == mine, "nothing was changed"
        assert leftovers(output, 0) == []
        shutil.rmtree(output.parent, ignore_errors=True)
        return
    assert not clashes
    replaced = {path for path in mine if path in ours}
    assert {w.path.relative_to(output.resolve()).as_posix() for w in result.warnings if "replaced" in w.message} \
        == replaced
    for path, content in mine.items():
        assert (output / path).read_bytes() == (ours[path] if path in replaced else content.encode())
    assert {path: data for path, data in site_files(output).items() if path not in mine} == \
        {path: data for path, data in ours.items() if path not in mine}
    shutil.rmtree(output.parent, ignore_errors=True)


def test_ctrl_c_after_the_swap_says_the_new_site_is_in_place(make_dossier, monkeypatch):
    """Ctrl-C as the build closes its cache, the new site already live: not 'nothing was changed'."""
    import generator.build

    d = make_dossier({"articles/a.md": article("A", "Text.", published="2024-01-01")})
    closing = generator.build.close_cache

    def interrupted(cache):
        closing(cache)
        raise KeyboardInterrupt

    monkeypatch.setattr(generator.build, "close_cache", interrupted)
    result = d.build("--no-search")
    assert result.code == 130
    assert "the new site is in place" in result.err and "nothing was changed" not in result.err
    assert (d.output / "articles" / "a.html").exists()


def test_a_retired_site_has_its_new_name_when_the_build_returns(tmp_path):
    """The folder a build retires is renamed after the process that removes it before
    remove_in_background returns: the next build of the same process retires its site under
    the same name (`.site.old-<pid>`), and found that name still taken ('Directory not empty')
    while the remover had not yet renamed it."""
    from generator.write import remove_in_background
    for round_ in range(5):
        retired = tmp_path / f".site.old-{os.getpid()}"
        for n in range(200):
            (retired / f"p{n}").mkdir(parents=True)
            (retired / f"p{n}" / "index.html").write_text("x")
        remove_in_background(retired)
        assert not retired.exists(), round_
    deadline = time.monotonic() + 20
    while list(tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(tmp_path.iterdir()) == []


def test_a_build_that_gets_the_killed_builds_number_recovers_its_swap(tmp_path):
    """A container gives each new build the same process number: a journal and folders named
    with this process's number were left by a killed build, and are recovered as any other
    (the previous site put back, the user's files in it), never taken for this build's own
    and deleted. Killed between the swap's two renames: no site folder at all."""
    root = small_dossier(tmp_path / "dossier")
    output = tmp_path / "site"
    assert build_here(root, output, "--no-search") == 0
    add_user_files(output)
    expected = site_files(output)
    pid = os.getpid()
    staging, retired = tmp_path / f".site.staging-{pid}", tmp_path / f".site.old-{pid}"
    shutil.copytree(output, staging)   # the new site, its marker written, the user's files carried into it
    for relative in USER_FILES:
        (output / relative).unlink()
    os.rename(output, retired)
    (tmp_path / ".site.journal").write_text(json.dumps({"pid": pid, "staging": staging.name, "retired": retired.name,
                                                       "carried": sorted(USER_FILES)}))
    assert build_here(root, output, "--no-search") == 0
    assert_recovered(output, expected)
    assert leftovers(output) == []


def test_links_that_double_at_each_level_are_bounded(make_dossier, monkeypatch):
    """static/ folders that each link twice to the next level would bring 2**n paths of a few
    real files (and copy them all): past MAX_LISTED_FILES the build stops, naming the folder."""
    from generator import load
    monkeypatch.setattr(load, "MAX_LISTED_FILES", 500)
    d = make_dossier({"articles/a.md": article("A", "Text."), "static/l12/f.txt": "x"})
    for level in range(11, -1, -1):
        folder = d.root / "static" / f"l{level}"
        folder.mkdir(exist_ok=True)
        for name in ("a", "b"):
            (folder / name).symlink_to(f"../l{level + 1}")
    run = d.build("--no-search")
    assert run.code == 1 and "more than 500 files in this folder, links followed" in run.err, run.err


def test_full_builds_back_to_back_in_one_process(make_dossier, monkeypatch):
    """`dossier serve` after a template edit, and the tests: full builds of one process into
    the same folder, each retiring the previous site while the one before may still be being
    removed in the background. Each build's retired folder has a name of its own, which
    starts with `.<site>.` and holds the process number (a later build tells its own
    leftovers from a live build's by it)."""
    from generator import write
    retired, removing = [], write.remove_in_background

    def recorded(folder):
        retired.append(folder.name)
        removing(folder)

    monkeypatch.setattr(write, "remove_in_background", recorded)
    d = make_dossier({"dossier.yaml": 'title: "Rounds"\n', "articles/a.md": article("A", "Some text.")})
    for number in range(6):
        d.add({"articles/a.md": article("A", f"Round {number}.")})
        run = d.build("--no-search", "--force")
        assert run.code == 0, (number, run.err)
        assert f"Round {number}." in d.page("articles/a.html")
    assert len(retired) == 5 and len(set(retired)) == 5, retired
    assert all(name.startswith(f".site.old-{os.getpid()}") for name in retired), retired
    assert leftovers(d.output) == []
