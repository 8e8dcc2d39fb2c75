"""Quotations in citations, checked against the cited article's stored text, and the ids a
text refers to (what its rendering depends on besides itself).

`[@article-id: "a short quoted phrase"]` (or `[@id, p. 2: "…"]`): the phrase must occur in the
article, ignoring case, accents, typographic quotes and dashes, spacing, and Markdown markup.
"""
from __future__ import annotations

import bisect
import re

from .matcher import fold

_MARKUP = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|\[\[([^\]|]*\|)?([^\]]*)\]\]|[*_`>#]+")
_PAGE_ANCHOR = re.compile(r"\s*\{#page-\d{1,5}\}\s*")   # where an imported PDF's page starts, inside a paragraph
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                         "–": "-", "—": "-", "\u00a0": " "})
_QUOTED_CITATION = re.compile(r"@([A-Za-z0-9][A-Za-z0-9_.-]*)[^\]\n;@]*:\s*[\"“«]")
QUOTE_PATTERN = re.compile(r"""\s*:\s*["“«]\s*(?P<quote>.+?)\s*["”»]\s*$""")


def normalise(text: str) -> str:
    """Text as compared for quotations: no markup, no accents, one kind of quote, single spaces."""
    text = _MARKUP.sub(lambda m: m.group(1) or m.group(3) or " ", _PAGE_ANCHOR.sub(" ", text))
    return " ".join(fold(text.translate(_QUOTES)).split())


def split_quote(citation_item: str) -> tuple[str, str | None]:
    """'@id, p. 2: "words"' → ('@id, p. 2', 'words'); without a quotation the quote is None."""
    match = QUOTE_PATTERN.search(citation_item)
    if not match:
        return citation_item, None
    return citation_item[:match.start()], match.group("quote")


def quote_found(quote: str, article_text: str) -> bool:
    wanted = normalise(quote).strip("\"' ")
    return bool(wanted) and wanted in normalise(article_text)


# [[target]] and [[target|label]] (markup/extensions.py links them): a target runs to the first ']', '|'
# or end of line
WIKILINK_PATTERN = r"\[\[\s*([^\]\|\n]+?)\s*(?:\|\s*([^\]\n]+?)\s*)?\]\]"
_LINK_START = re.compile(r"\[(?=\[(\s*))")   # every '[[' (overlapping), with the spaces after it
_TARGET_END = re.compile(r"[\]|\n]")
_AT_ID = re.compile(r"@([A-Za-z0-9][A-Za-z0-9_.-]*)")
LONGEST_ID = 300
EVERY_ID = "\n*"   # (no target holds a line break) the text may refer to any id: a very long run


def referenced_ids(text: str) -> list[str]:
    """Every id the text may link to or cite, and more: what follows any '[[' up to the end
    of its target (where Markdown markup splits a text, a link may start inside another's
    span), and every '@word' (citations, but also e-mail addresses). A document's rendering
    depends on these targets alone among the dossier's articles and summaries. Linear in
    the text: a target longer than any id counts as EVERY_ID (50,000 '[' are hostile input)."""
    ids = set(_AT_ID.findall(text))
    ends: list[int] | None = None
    for start in _LINK_START.finditer(text):
        if ends is None:
            ends = [end.start() for end in _TARGET_END.finditer(text)]
        first = start.end() + 1 + len(start.group(1))
        at = bisect.bisect_left(ends, first)
        end = ends[at] if at < len(ends) else len(text)
        if end - first > LONGEST_ID:
            ids.add(EVERY_ID)
        elif target := text[first:end].strip():
            ids.add(target)
    return sorted(ids)


def cited_with_quotes(text: str) -> list[str]:
    """The article ids a document quotes (its rendering depends on their texts)."""
    return sorted(set(_QUOTED_CITATION.findall(text)))
