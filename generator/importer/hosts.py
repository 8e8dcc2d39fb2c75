"""What a page's address says of the site's name: its host, and whether a name is the one the host spells.

Three readers ask it: a saved page's `<title>` (which side is the site), a pasted clipping that gives an address (is it
the copy's or the original's), a forum quoting another outlet's article (whose address is it).
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..matcher import fold

ARTICLES = {"the", "la", "le", "les", "l", "el", "los", "las", "il", "lo", "der", "die", "das", "o", "a", "os", "as"}


def host(url: str | None) -> str | None:
    """'https://www.baycourier.example/news/x' → 'baycourier.example'."""
    return urlsplit(url).hostname.removeprefix("www.") if url and urlsplit(url).hostname else None


def _first_label(url: str) -> str:
    """The host's first label, in small letters, without hyphens: 'laendle-gruender.example' → 'laendlegruender'."""
    return re.sub(r"^https?://(?:www\.)?", "", url).split("/")[0].split(".")[0].casefold().replace("-", "")


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"\w+", name.casefold()) if w not in ARTICLES]


def spells_host(part: str, host_name: str | None) -> bool:
    """'Vogelsberger Kreisblatt' on vogelsberger-kreisblatt.example: the name the site's address spells, letter for letter."""
    letters = re.sub(r"[\W_]", "", fold(part))
    label = re.sub(r"[\W_]", "", fold(host_name.split(".")[0])) if host_name else ""
    return len(letters) >= 6 and letters == label


def names_host(name: str, url: str) -> bool:
    """The address is on the site the name names ('The Bay Courier', https://www.baycourier.example/...)."""
    words = _words(name)
    return bool(words) and "".join(words) in _first_label(url)


def spelt_near(name: str, url: str) -> bool:
    """The address's host spells the name's first word, its umlauts written out, and the start of another
    ('Ländle Gründerszene', laendle-gruender.example)."""
    label = _first_label(url)
    spelt = [w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss") for w in _words(name)]
    return len(spelt) >= 2 and len(spelt[0]) >= 4 and label.startswith(spelt[0]) and \
        any(w[:4] in label[len(spelt[0]):] for w in spelt[1:])
