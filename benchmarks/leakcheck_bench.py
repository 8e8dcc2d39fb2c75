"""The leak check's cost against a built site: `python benchmarks/leakcheck_bench.py SITE EXTRA_ARTICLES [COUNT [WORKERS]]`.

SITE: a site built from the shared corpus (make_corpus.py --articles 5000); EXTRA_ARTICLES:
the articles folder of a larger corpus of the same seed (--articles 5200), whose articles
past the site's are the withheld items (200 by default): drawn like the corpus's own, in
the site nowhere. Prints the scan's seconds and what it found.
"""
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from generator.leakcheck import Withheld, scan, theme_markup  # noqa: E402
from generator.render import DEFAULT_THEME  # noqa: E402


def withheld_articles(folder: Path, first: int, count: int) -> list[Withheld]:
    items = []
    for path in sorted(folder.glob("*.md"))[first:first + count]:
        text = path.read_text(encoding="utf-8")
        _, head, body = text.split("---\n", 2)
        fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        title = fields["title"].strip('"')
        # The corpus makes its sentences from templates ("Reporting by X shows that Y met
        # representatives of Z"), which other articles share word for word: each paragraph's
        # words are shuffled (the same words and lengths, in no article's order), and the
        # summary, a template too, is left out.
        rng = random.Random(path.stem)
        paragraphs = []
        for paragraph in body.split("\n\n"):
            words = paragraph.split()
            rng.shuffle(words)
            paragraphs.append(" ".join(words))
        items.append(Withheld(path.stem, "article", path, 1, (path.stem, title), ("\n\n".join(paragraphs),)))
    return items


def main() -> None:
    site, extra = Path(sys.argv[1]), Path(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    pages = sum(1 for _ in site.glob("articles/*.html")) - 1
    items = withheld_articles(extra, pages, count)
    started, cpu = time.perf_counter(), time.process_time()
    leaks, notes = scan(site, items, workers=int(sys.argv[4]) if len(sys.argv) > 4 else 2,
                        fixed=theme_markup(DEFAULT_THEME))   # (as the build scans: the theme's markup known)
    seconds = time.perf_counter() - started
    children = os.times()
    print(f"scanned {site} for {len(items)} withheld articles in {seconds:.2f} s (CPU: {time.process_time() - cpu:.2f} s "
          f"here, {children.children_user + children.children_system:.2f} s in workers): {len(leaks)} leaks, "
          f"{len(notes)} notes")
    for leak in leaks[:10]:
        print(leak.format())


if __name__ == "__main__":
    main()
