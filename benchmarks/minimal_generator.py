"""The floor a Python generator stands on: the least a static-site generator built on
python-markdown does with the benchmark corpus, as a peer for `bench.py`.

    python benchmarks/minimal_generator.py CORPUS OUTPUT [--workers N]

For each article of a `neutral` corpus it parses the front matter (yaml.CSafeLoader),
renders the body with one python-markdown instance reused with reset() (the tables and
footnotes the corpus uses, nothing else), fills one small Jinja template (title, date,
outlet, body) and writes the page: no entity pages, lists, links between pages, search
documents or checks. This is the "minimal single-process Python generator" of the
fast-builds issue and of ../shared/bench/README.md, measured here on the same corpus as
Hugo; with --workers, the articles are shared among forked processes. Not a test.
"""
from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from multiprocessing import get_context
from pathlib import Path

import jinja2
import markdown
import yaml
from markupsafe import Markup

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PAGE = jinja2.Environment(autoescape=True).from_string("""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><article><h1>{{ title }}</h1>
<p>{{ outlet }}, <time datetime="{{ published }}">{{ published }}</time></p>
{{ body }}
</article></main></body></html>
""")


def split_front_matter(text: str) -> tuple[dict, str]:
    """The YAML between the leading `---` lines, and the Markdown after them."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return yaml.load(text[4:end], Loader=Loader) or {}, text[end + 5:]
    return {}, text


def write_articles(paths: list[Path], output: Path) -> int:
    """Render and write each article's page; returns how many were written."""
    converter = markdown.Markdown(extensions=["tables", "footnotes"])
    for path in paths:
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        html = converter.reset().convert(body)
        page = PAGE.render(title=meta.get("title", path.stem), outlet=meta.get("outlet", ""),
                           published=str(meta.get("published", "")), body=Markup(html))
        (output / f"{path.stem}.html").write_text(page, encoding="utf-8")
    return len(paths)


def shares(paths: list[Path], workers: int) -> list[list[Path]]:
    """Small shares handed out as workers free up (articles differ in length)."""
    step = max(16, len(paths) // (workers * 32))
    return [paths[start:start + step] for start in range(0, len(paths), step)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    paths = sorted((args.corpus / "articles").glob("*.md"))
    args.output.mkdir(parents=True, exist_ok=True)
    if args.workers <= 1:
        written = write_articles(paths, args.output)
    else:
        with ProcessPoolExecutor(args.workers, mp_context=get_context("fork")) as pool:
            written = sum(pool.map(write_articles, shares(paths, args.workers), repeat(args.output)))
    print(f"{written} pages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
