"""Check every internal link and #fragment of a built site (no network, no server).

check_links(site) → list of BrokenLink. External links (with a scheme or //host) are not
followed; every relative href/src must name an existing file (a folder counts when it has
an index.html) and, with a fragment, an element with that id.
"""
from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass(frozen=True)
class BrokenLink:
    page: str       # site-relative path of the page holding the link
    href: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.href} — {self.reason}"


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if attributes.get(key):
                self.ids.add(attributes[key])
        if tag == "base" and attributes.get("href"):
            self.base = attributes["href"]
        for key in ("href", "src"):
            if attributes.get(key) is not None and not (tag == "base"):
                self.links.append(attributes[key])


def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def check_links(site: Path) -> list[BrokenLink]:
    site = site.resolve()
    pages = {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*.html"))}
    parsed = {name: _parse(path) for name, path in pages.items()}
    broken: list[BrokenLink] = []
    for name, page in parsed.items():
        if page.base:  # pages with <base href> (404.html) resolve against the public address
            continue
        for href in page.links:
            problem = _check(site, name, href, parsed)
            if problem:
                broken.append(BrokenLink(name, href, problem))
    return broken


def _check(site: Path, page: str, href: str, parsed: dict[str, _PageParser]) -> str | None:
    parts = urlsplit(href)
    if parts.scheme or href.startswith("//"):
        return None
    if not parts.path:
        target_name = page
    else:
        target = (site / page).parent / unquote(parts.path)
        try:
            target = target.resolve()
            target_name = target.relative_to(site).as_posix()
        except ValueError:
            return "points outside the site"
        if target.is_dir():
            target = target / "index.html"
            target_name = target.relative_to(site).as_posix()
        if not target.is_file():
            return "no such file"
    if parts.fragment and not parts.fragment.startswith(":~:"):  # ":~:text=" is a text fragment, not an id
        target_page = parsed.get(target_name)
        if target_page is None:
            return None if not target_name.endswith(".html") else "page not parsed"
        if unquote(parts.fragment) not in target_page.ids:
            return f"no element with id '{unquote(parts.fragment)}' in {target_name}"
    return None
