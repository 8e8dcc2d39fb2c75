"""Field-by-field accuracy of `dossier import` on import corpora.

    python tests/import_eval.py [FOLDER ...] [-v] [--known-outlets DOSSIER]

FOLDER defaults to tests/fixtures/import (the development part, whose every field the tests
assert) and tests/fixtures/import-heldout (the part the importer was not tuned to); each
folder is scored on its own. -v lists every failed check. --known-outlets also reads each
clipping as a dossier that knows DOSSIER's outlets would (content/, the example's, for one),
and lists every clipping whose outlet that changes: a user's dossier knows outlets, the
corpus's empty ones do not.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.import_corpus import evaluate, load_cases  # noqa: E402


STATED = ("title", "outlet", "published", "authors", "url", "kind")
# The front matter a careful reader writes: issue 27's "what a careful reader would write in the front matter
# is what import writes, or it says it does not know" is judged on these checks.
FRONT_MATTER = ("title", "outlet", "published", "authors", "credits", "url", "language", "access", "kind")


def abstentions(results) -> tuple[set[str], set[str]]:
    """Of a case's failed checks: the fields the clipping states but import left out and named in review (it
    said it did not know), and the checks it got wrong. The review check that fails only because of such
    fields counts as said-not-known too."""
    by_name = {result.name: result for result in results}
    review = by_name.get("review")
    flagged = set(review.got) if review and isinstance(review.got, list) else set()
    said = {r.name for r in results if not r.ok and r.name in STATED and r.name in flagged
            and r.got in (None, "", [], ()) or r.name == "title" and not r.ok and r.name in flagged}
    failed = [r for r in results if not r.ok]
    if review is not None and not review.ok and isinstance(review.got, list) and \
            set(review.got) - said == set(review.expected):
        said.add("review")
    return said, {r.name for r in failed} - said


def score_folder(folder: Path, verbose: bool) -> tuple[int, int]:
    cases = load_cases(folder)
    if not cases:
        print(f"\n{folder}: no clippings to score (see its README.md)")
        return 0, 0
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    unsure = wrong = 0     # failed checks where import said it did not know, and where it was wrong
    front = [0, 0, 0, 0]   # front-matter checks: right, said it did not know, wrong, all
    started = time.perf_counter()
    for case in cases:
        with tempfile.TemporaryDirectory(prefix="import-eval-") as tmp:
            results = evaluate(case, tmp)
        for result in results:
            tally[result.name][0] += result.ok
            tally[result.name][1] += 1
            by_kind[case.kind][0] += result.ok
            by_kind[case.kind][1] += 1
            if not result.ok:
                failures.append((case.name, result))
        said, mistaken = abstentions(results)
        unsure += len(said)
        wrong += len(mistaken)
        for result in results:
            if result.name in FRONT_MATTER:
                front[0] += result.ok
                front[1] += result.name in said
                front[2] += result.name in mistaken
                front[3] += 1
    elapsed = time.perf_counter() - started
    kinds = defaultdict(int)
    for case in cases:
        kinds[case.kind] += 1
    print(f"\n{folder}: {len(cases)} clippings ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), "
          f"imported in {elapsed:.1f} s")
    print(f"  {'field':<22} {'right':>7} {'of':>4} {'accuracy':>9}")
    for name, (ok, total) in tally.items():
        print(f"  {name:<22} {ok:>7} {total:>4} {ok / total:>9.0%}")
    ok = sum(v[0] for v in tally.values())
    total = sum(v[1] for v in tally.values())
    perfect = sum(1 for case in cases if not any(name == case.name for name, _ in failures))
    print(f"  {'overall':<22} {ok:>7} {total:>4} {ok / total if total else 0:>9.1%}"
          f"   ({perfect} of {len(cases)} clippings entirely right)")
    print(f"  of the {total - ok} failed checks, {unsure} left the field out and named it in review (import said it "
          f"did not know) and {wrong} wrote something a careful reader would not: {wrong / total if total else 0:.1%} "
          "of all checks")
    if front[3]:
        print(f"  front matter: {front[0]} of {front[3]} checks right ({front[0] / front[3]:.1%}), "
              f"{front[1]} said not known ({front[1] / front[3]:.1%}), {front[2]} wrong ({front[2] / front[3]:.1%})")
    print("  by kind: " + ", ".join(f"{kind} {ok}/{total} ({ok / total:.0%})"
                                     for kind, (ok, total) in sorted(by_kind.items())))
    if verbose:
        for name, result in failures:
            print(f"    {name}: {result}")
    return ok, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path,
                        default=[ROOT / "tests" / "fixtures" / "import", ROOT / "tests" / "fixtures" / "import-heldout"])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failed check")
    parser.add_argument("--known-outlets", type=Path, metavar="DOSSIER",
                        help="also read each clipping knowing DOSSIER's outlets; list the outlets that changes")
    args = parser.parse_args(argv)
    for folder in args.folders:
        if not folder.is_dir():
            print(f"{folder}: not a folder", file=sys.stderr)
            return 2
        score_folder(folder, args.verbose)
        if args.known_outlets:
            compare_known_outlets(folder, args.known_outlets)
    return 0


def compare_known_outlets(folder: Path, dossier: Path) -> int:
    """Each clipping read without and with the dossier's known outlets: the ones whose outlet (or copy's outlet)
    differs, with what a careful reader wrote. Returns how many differ."""
    from generator.importer import read_clipping
    from generator.outlets import dossier_outlets
    from tests.import_corpus import _prepare

    known = dossier_outlets(dossier)[0].known_outlets()
    differ = 0
    for case in load_cases(folder):
        if case.expected.get("refuse"):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            clipping = _prepare(case, Path(tmp))[1]
            data, suffix = clipping.read_bytes(), clipping.suffix
            plain, knowing = read_clipping(data, suffix), read_clipping(data, suffix, known)
        outlets = [(clip.outlet, clip.reproduced_by and clip.reproduced_by.outlet) for clip in (plain, knowing)]
        if outlets[0] != outlets[1]:
            differ += 1
            print(f"  knowing {dossier}'s outlets, {case.name}: {outlets[0]} -> {outlets[1]} "
                  f"(a careful reader: {case.expected.get('outlet')!r})")
    print(f"  knowing {dossier}'s {len(known)} outlets: {differ} clipping(s) read with another outlet")
    return differ


if __name__ == "__main__":
    sys.exit(main())
