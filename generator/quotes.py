"""Quotations in citations, checked against the cited article's stored text.

`[@article-id: "a short quoted phrase"]` (or `[@id, p. 2: "…"]`): the phrase must occur in the
article, ignoring case, accents, typographic quotes and dashes, spacing, and Markdown markup.
"""
from __future__ import annotations

import re

from .matcher import fold

_MARKUP = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|\[\[([^\]|]*\|)?([^\]]*)\]\]|[*_`>#]+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                         "–": "-", "—": "-", "\u00a0": " "})
_QUOTED_CITATION = re.compile(r"@([A-Za-z0-9][A-Za-z0-9_.-]*)[^\]\n;@]*:\s*[\"“«]")
QUOTE_PATTERN = re.compile(r"""\s*:\s*["“«]\s*(?P<quote>.+?)\s*["”»]\s*$""")


def normalise(text: str) -> str:
    """Text as compared for quotations: no markup, no accents, one kind of quote, single spaces."""
    text = _MARKUP.sub(lambda m: m.group(1) or m.group(3) or " ", text)
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


def cited_with_quotes(text: str) -> list[str]:
    """The article ids a document quotes (its rendering depends on their texts)."""
    return sorted(set(_QUOTED_CITATION.findall(text)))
