"""The text a browser shows of a saved page's main part, one block a line: what the page reader (html.py)
falls back on where the main-text extractor leaves something out (a live report's entries, a source
line, a pointer to the rest elsewhere)."""
from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser


# An entry's time alone: '16:42', '9.52', '8:31am', '7:15 p.m.', '14h05', '16.42 Uhr'.
ENTRY_TIME = re.compile(r"\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?\s?m\.?|uhr|h)?\s*", re.I)
# A block the page's own classes call chrome: sharing and following buttons, newsletter and subscription prompts,
# advertising, related and most-read lists, comments.
CHROME_CLASS = re.compile(r"(?:^|[\s_-])(?:share|sharing|social|follow|newsletter|subscribe|promo|advert|advertisement|ads?|"
                          r"related|most-?read|comments?|outbrain|taboola)(?:$|[\s_-])", re.I)


def _chrome(attrs) -> bool:
    """(A post's own tags and categories, 'tag-social-media', 'category-newsletter', are no chrome.)"""
    return any(name in ("class", "id") and CHROME_CLASS.search(token) for name, value in attrs
               for token in (value or "").split() if not re.match(r"(?:tag|category|categories|topic|section|post|format)-", token, re.I))


class _Visible(HTMLParser):
    """The text a browser shows of a page's main part, one block a line: headings of sections
    as '## ', list items as '- '; scripts, styles, forms, navigation, asides and footers left out."""

    SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "nav", "footer", "aside",
            "head", "figure", "object", "canvas", "dialog"}
    BLOCK = {"p", "div", "section", "article", "header", "main", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5",
             "h6", "br", "tr", "table", "dd", "dt", "hr", "time"}
    VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skipping: list[str] = []
        self.prefix = ""

    def _flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.lines.append(self.prefix + text)
        self.current, self.prefix = [], ""

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            if tag in self.BLOCK:
                self._flush()
            return
        if self.skipping or tag in self.SKIP or _chrome(attrs):
            self.skipping.append(tag)
            return
        if tag in self.BLOCK:
            self._flush()
            self.prefix = {"h2": "## ", "h3": "## ", "h4": "## ", "li": "- "}.get(tag, "")

    def handle_endtag(self, tag):
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag in self.BLOCK:
            if tag == "time" and ENTRY_TIME.fullmatch("".join(self.current)):
                self.current = []   # (an entry's time, given by its datetime)
            self._flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)


@lru_cache(maxsize=4)
def visible_text(page: str) -> str:
    """The page's main part (its <main>, else its <body>) as text; read once per page, however many readers ask."""
    match = re.search(r"<main\b[^>]*>(.*)</main\s*>", page, re.I | re.S) or \
        re.search(r"<body\b[^>]*>(.*)</body\s*>", page, re.I | re.S)
    parser = _Visible()
    parser.feed(_unwrapped(match.group(1) if match else page))
    parser.close()
    parser._flush()
    return "\n\n".join(parser.lines)


def _unwrapped(body: str) -> str:
    """The body without a form that wraps the whole page (ASP.NET's `<form id="aspnetForm">`): its text is the page's,
    where a form inside the page (a search box, a comment form) is left out."""
    opening, closing = re.search(r"<form\b[^>]*>", body, re.I), body.lower().rfind("</form")
    if opening and closing > opening.end() and closing - opening.end() >= 0.8 * len(body) and \
            len(re.findall(r"<form\b", body, re.I)) == 1:
        return body[:opening.start()] + body[opening.end():closing]
    return body
