"""A page of several items, each in full: a letters page, a newsletter's digest, a site that runs one
story after another, a blog post and its comments. The clipping is the first item.

Items are told apart by the frame that separates them, not by their words: a heading that follows a
rule line (`——————`) or the signature that closes the item before it ("Annick Le Floch, Plouzélec"),
or a heading with a byline of its own under it. A subheading of the article has none of these. One
heading over a byline is enough (an article's subheading never has one); a rule or a signature must
repeat, item after item, before the page is read as a list: a single rule may be a pause inside a long
article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .lines import SENTENCE_END, Unit, is_prose, name_like

RULE = re.compile(r"^[-–—_=~]{3,}$")   # a rule set between items ('* * *' is a pause inside an article)
LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[^\W\d_])")   # "2. Albareto, ...": an item's number
# "Annick Le Floch, Plouzélec" / "— Yves Derrien (Guingamp)" / "Paul Roe, Leeds, retired teacher":
# a name, and the place or the capacity the writer signs with.
SIGNATURE = re.compile(r"^[-–—]?\s*(?P<name>[^,()\d]{3,60}?)\s*(?:,\s*(?P<place>[^()\d]{2,60})|\((?P<within>[^)]{2,60})\))\s*$")


@dataclass
class FirstItem:
    end: int                  # where the first item ends: the units from here on are the other items
    heading: int | None       # the first item's own heading, below the page's, when the page has one
    signature: str | None     # the name that signs the first item


def signature(text: str) -> str | None:
    """The name a letter or a comment is signed with, or None: 'Annick Le Floch, Plouzélec'."""
    text = text.strip()
    if len(text.split()) > 10 or SENTENCE_END.search(text.rstrip(")")) and not text.endswith(")"):
        return None
    match = SIGNATURE.match(text)
    if not match or not name_like(match.group("name").strip()):
        return None
    place = (match.group("place") or match.group("within") or "").strip()
    if not place[:1].isupper() and not place[:1].isdigit() or len(place.split()) > 6:
        return None
    return match.group("name").strip()


def heading_like(unit: Unit) -> bool:
    """A line that could head an item: short, not a sentence of running text, opening with a capital or a number."""
    text = unit.clean.strip("«»“”\"„ ")
    return 2 <= unit.words <= 20 and not is_prose(unit) and not re.search(r"[.!…:]$", text) and \
        (text[:1].isupper() or text[:1].isdigit() or unit.clean[:1] in "«“\"„")


def first_item(units: list[Unit], start: int, end: int, meta_kind: Callable[[Unit], str | None]) -> FirstItem | None:
    """Where the first of several items ends (and its own heading starts), or None for a page of one article."""
    frames: list[tuple[int, str]] = []
    for i in range(start + 1, end):
        unit = units[i]
        if not heading_like(unit) or meta_kind(unit) in ("byline", "dateline", "credit", "agency", "url") or \
                not any(is_prose(u) for u in units[start:i]):
            continue
        following = units[i + 1:i + 4]
        if not any(is_prose(u) for u in following):
            continue
        before = units[i - 1]
        if following and meta_kind(following[0]) == "byline":
            frames.append((i, "byline"))
        elif RULE.match(before.text.strip()):
            frames.append((i - 1, "rule"))
        elif signature(before.clean) and is_prose(units[i - 2]):
            frames.append((i, "signature"))
    repeated = [kind for _, kind in frames if kind != "byline"]
    if not any(kind == "byline" for _, kind in frames) and not any(repeated.count(k) >= 2 for k in set(repeated)):
        return None
    cut = frames[0][0]
    heading = _own_heading(units, start, cut) if len(frames) >= 2 else None
    if heading is None and frames[0][1] != "signature" and sum(is_prose(u) for u in units[start:cut]) <= 1:
        # (one paragraph of the page's own, a topic page's introduction, above the first item's heading;
        # not a first item signed by its writer)
        index, kind = frames[0]
        heading = index + 1 if kind == "rule" else index
        cut = frames[1][0] if len(frames) >= 2 else end
    bounds = [heading if heading is not None else start, cut] + [i for i, _ in frames if i > cut] + [end]
    kept, *others = [_prose_words(units[a:b]) for a, b in zip(bounds, bounds[1:])]
    if others and kept < 0.5 * max(others):
        return None   # (the longest item is not the first: what the reader clipped is unclear, so nothing is cut)
    closing = next((u for u in reversed(units[start:cut]) if u.words), None)
    signed = signature(closing.clean) if closing is not None else None
    return FirstItem(cut, heading, signed)


def _prose_words(units: list[Unit]) -> int:
    return sum(u.words for u in units if is_prose(u))


def _own_heading(units: list[Unit], start: int, cut: int) -> int | None:
    """The first item's heading inside the text, under at most one paragraph of the page's own (a letters
    page's notice, a digest's greeting): the page's heading is then not the clipping's."""
    for i in range(start, cut):
        if is_prose(units[i]):
            if i > start:
                return None
            continue
        if heading_like(units[i]) and any(is_prose(u) for u in units[i + 1:cut]):
            return i if i > start else None
    return None


def item_heading(text: str) -> str:
    """An item's heading as a headline: its number in the list dropped ('1. Borgotaro, ...')."""
    return LIST_NUMBER.sub("", text.strip(), count=1)
