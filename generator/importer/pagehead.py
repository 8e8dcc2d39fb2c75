"""The head of a saved page's article as its classes mark it: the lines of its byline, author and date elements
(read whole, a CMS's field with its label: 'Von' + 'Sabine Kreuzer'), and a byline that is an agency's over the place
it reports from ('EFE Santoña', 'AFP Paris'): the agency is a credit, the place no author; and the publication a
platform's page names after its 'Published in' label."""
from __future__ import annotations

import html as htmllib
import re

from ..matcher import fold
from . import labels as L
from . import phrases as P
from .lines import outlet_like
from .prompts import PROVIDED_BY
from .structured import classed_texts
from .visible import visible_text
from .when import find_date

_TAG = re.compile(r"<[^>]+>")


def _text(fragment: str) -> str:
    return " ".join(htmllib.unescape(_TAG.sub(" ", fragment)).split())


_HEADER = re.compile(r"<(\w+)\b[^>]*\bclass\s*=\s*[\"'][^\"']*(?<![a-z])(?:byline|by-line|author|dateline|date|posted-on|"
                     r"entry-meta|article-meta|meta|auteur|signature|autor|autorin|autore|firma|verfasser|datum|fecha|"
                     r"data|publication|published|timestamp)(?![a-z])[^\"']*[\"'][^>]*>(.*?)</\1>", re.I | re.S)
# (a class word alone or in a CSS module's name: 'byline', 'c-byline', 'Byline_root__Vd3oE')


_HEADER_CLASS = re.compile(r"\b(?:byline|by-line|author|autor|autorin|autore|auteur|verfasser|dateline|date|datum|fecha|"
                           r"data)\b", re.I)


def header_lines(page: str) -> list[str]:
    """The short lines of the page's byline, author and date elements, for what the main text left out."""
    lines = [text for _, inner in _HEADER.findall(page) if 0 < len((text := _text(inner)).split()) <= 20]
    return lines + [text for text in classed_texts(page, _HEADER_CLASS)   # (a field and its label, nested: 'Von' 'Ann Lowe')
                    if text not in lines and 0 < len(text.split()) <= 20]


def label_over_headline(shown: list[str], headline: str | None) -> str | None:
    """A document's label the page shows over its headline ('Pressemitteilung' in a press office's meta row) that the
    main text left out: within the four blocks above it."""
    if not headline:
        return None
    folded = " ".join(headline.split()).casefold()
    at = next((i for i, block in enumerate(shown) if " ".join(block.split()).casefold() == folded), None)
    return next((block for block in shown[max(0, at - 4):at] if len(block.split()) <= 4 and L.DOCUMENT_LABEL.match(block)),
                None) if at else None


# An agency in capitals, then a place: 'EFE Santoña', 'AFP Paris', 'DPA Kiel', 'ANSA Bra'.
_AGENCY_PLACE = re.compile(r"^(?P<agency>[A-ZÀ-Þ]{2,6})\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[\s-][A-ZÀ-Þ][\w'’-]+)?)$")


def agency_bylines(clip) -> None:
    """An author that is an agency over its place is a credit to the agency ('EFE Santoña' → credit 'EFE')."""
    for name in list(clip.authors):
        found = _AGENCY_PLACE.match(name.strip())
        if found and P.AGENCIES.fullmatch(found["agency"].lower()):
            clip.authors.remove(name)
            if found["agency"] not in clip.credits:
                clip.credits.append(found["agency"])
            clip.decisions.append(f"authors: not “{name}”, an agency ({found['agency']}) over the place it reports from")


# The source a byline names beside its writer, in an element of its own: 'Author of the article: <span
# class="published-by__author">Rachel Singh</span>, <span class="published-by__source">Dominion Press</span>'.
BYLINE_SOURCE = re.compile(r"(?:^|[\s_-])(?:source|agency|agence|agentur|agencia|agenzia|quelle|fuente|fonte)(?:$|[\s_-])", re.I)


def byline_sources(page: str, clip) -> None:
    """The agency or service a byline names beside the writer, set in an element of its own: a credit."""
    for text in classed_texts(page, BYLINE_SOURCE) if clip.authors else []:
        name = " ".join(text.split()).strip(" ,·|")
        if not 1 <= len(name.split()) <= 5 or not outlet_like(name) or name in clip.credits or name in clip.authors or \
                fold(name) == fold(clip.outlet or "") or \
                not any(re.search(re.escape(author) + r"[\s\S]{0,300}?" + re.escape(name), page) for author in clip.authors):
            continue
        clip.credits.append(name)
        clip.decisions.append(f"credits: {name} — the source the byline names beside its writer")


_ANCHOR = re.compile(r"<a\b[^>]*>(.*?)</a\s*>", re.I | re.S)


def without_trailing_links(page: str, clip) -> None:
    """Two or more blocks at the body's end that are each the whole text of a link are a list of other stories (its
    heading set in bold the main text dropped), not the article's: they go."""
    anchors = {text for inner in _ANCHOR.findall(page) if len((text := _text(inner)).split()) >= 3}
    end = len(clip.body)
    while end > 0 and " ".join(clip.body[end - 1].lstrip("-*• ").split()) in anchors:
        end -= 1
    if len(clip.body) - end >= 2 and end > 0:
        clip.removed += [f"a list of links to other stories at the end: {block}" for block in clip.body[end:]]
        del clip.body[end:]


def _shown_lines(page: str) -> list[str]:
    return [line.strip() for line in visible_text(page).split("\n") if line.strip()]


def published_in(page: str) -> str | None:
    """The publication a platform's page names after its 'Published in' label, set apart in its own element
    ('Published in' / 'The Tidewater Review'): the outlet, not the platform."""
    lines = [line.lstrip("#> ").strip() for line in _shown_lines(page)]   # (a heading's: '## Published in …')
    for line, after in zip(lines, lines[1:] + [""]):
        if not (PROVIDED_BY.match(line) and line.lower().startswith(("published in", "publié dans", "veröffentlicht in",
                                                                   "publicado en", "pubblicato", "publicado em"))):
            continue
        if len(line.split()) <= 3 and 1 <= len(after.split()) <= 6 and outlet_like(after):
            return after
        named = line.split(None, 2)[2] if len(line.split()) > 2 else ""   # (or on its line: 'Published in Chiltern Voices')
        if named and outlet_like(named) and re.search(r"[^\W\d]", named) and not find_date(named):
            return named
    return None


# A date's label set in an element of its own, the date in the next ('Data:' / '01 dicembre 2026').
DATE_LABEL = re.compile(r"^(?:date|dated|published(?: on)?|posted(?: on)?|datum|veröffentlicht(?: am)?|erschienen(?: am)?|"
                        r"publiée? le|date de publication|fecha(?: de publicación)?|publicad[oa](?: el| em)?|data|"
                        r"data di pubblicazione|pubblicat[oa](?: il)?)\s*:?$", re.I)


def labelled_date(page: str) -> str | None:
    """A date a page sets under its label in separate elements, as one line: 'Data: 01 dicembre 2026'."""
    lines = _shown_lines(page)
    split = (f"{line} {after}" for line, after in zip(lines, lines[1:])
             if DATE_LABEL.match(line) and find_date(after) and len(after.split()) <= 6)
    whole = (line for line in lines if (label := re.match(r"^(.{4,30}?)\s+(?=\d)", line)) and DATE_LABEL.match(label.group(1))
             and find_date(line) and len(line.split()) <= 9)   # ('Pubblicata il 03/12/2026', the main text left it out)
    return next(split, None) or next(whole, None)
