"""The leak check's cost against a built site: `python benchmarks/leakcheck_bench.py SITE EXTRA_ARTICLES`.

SITE: a site built from the shared corpus (make_corpus.py --articles 5000); EXTRA_ARTICLES:
the articles folder of a larger corpus of the same seed (--articles 5200), whose articles
past the site's are the withheld items (200 by default): drawn like the corpus's own, in
the site nowhere. Prints the scan's seconds and what it found.
"""
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from generator.leakcheck import Withheld, scan  # noqa: E402


def withheld_articles(folder: Path, first: int, count: int) -> list[Withheld]:
    items = []
    for path in sorted(folder.glob("*.md"))[first:first + count]:
        text = path.read_text(encoding="utf-8")
        _, head, body = text.split("---\n", 2)
        fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        title, summary = fields["title"].strip('"'), fields.get("summary", "").strip('"')
        items.append(Withheld(path.stem, "article", path, 1, (path.stem, title), (summary, body)))
    return items


def main() -> None:
    site, extra = Path(sys.argv[1]), Path(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    pages = sum(1 for _ in site.glob("articles/*.html")) - 1
    items = withheld_articles(extra, pages, count)
    started = time.perf_counter()
    leaks, notes = scan(site, items, workers=int(sys.argv[4]) if len(sys.argv) > 4 else 2)
    seconds = time.perf_counter() - started
    print(f"scanned {site} for {len(items)} withheld articles in {seconds:.2f} s: {len(leaks)} leaks, {len(notes)} notes")
    for leak in leaks[:10]:
        print(leak.format())


if __name__ == "__main__":
    main()
