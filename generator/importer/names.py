"""An imported article's file name, and the fields given on the command line.

The file name (the article's id: ASCII letters, digits and '-', as generator/fields.py wants)
is the title's words, Greek and Cyrillic letters spelt in Latin ones; a title in another
script (Chinese, Japanese, Korean, Arabic, Hebrew...) gives no readable name, so the article is
named after its outlet and date instead ('harbour-times-2025-03-04'), or 'clipping'."""
from __future__ import annotations

import re
import unicodedata

from ..index import tag_slug

# Greek (ELOT 743, simplified) and Cyrillic (Russian, Ukrainian, Bulgarian, Serbian letters; BGN/PCGN-like).
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", "a b g d e z i th i k l m n x o p r s s t y f ch ps o".split()))
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґђјљњћџў",
                     "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g dj j lj nj c "
                     "dz u".split()))
_SPELT = {key: ("" if value == "-" else value) for key, value in {**_GREEK, **_CYRILLIC}.items()}   # ('-': silent)


def transliterate(text: str) -> str:
    """Greek and Cyrillic letters spelt in Latin ones; accents dropped; other letters kept as they are."""
    out = []
    for char in unicodedata.normalize("NFC", text.lower()):
        if char in _SPELT:   # (before its accent goes: 'й' is not 'и')
            out.append(_SPELT[char])
            continue
        out += [part for part in unicodedata.normalize("NFD", char) if not unicodedata.combining(part)]
        if out and out[-1] in _SPELT:   # ('ά' is 'α' with its accent)
            out[-1] = _SPELT[out[-1]]
    return "".join(out)


def _readable(text: str, limit: int) -> str:
    """A slug of the words of `text` written in Latin letters, the rest left out ('' when none are)."""
    latin = re.sub(r"[^\x00-\x7f\u00c0-\u024f]+", " ", transliterate(text))   # (Latin letters with their accents)
    return tag_slug(latin)[:limit].rstrip("-") if re.search(r"[A-Za-z0-9]", unicodedata.normalize("NFKD", latin)) else ""


def article_name(title: str | None, outlet: str | None = None, published: str | None = None, limit: int = 60) -> str:
    """The file name of an imported article: its title's words, or its outlet and date when the title is
    in a script that has no Latin spelling here, or 'clipping'."""
    name = _readable(title or "", limit)
    words = len(re.findall(r"\w+", title or ""))
    if name and len(name.split("-")) * 2 >= min(words, 4):   # (most of the title spelt: else a stray Latin word)
        return name
    parts = [_readable(outlet or "", 30), (published or "")[:10]]
    return "-".join(part for part in parts if part) or "clipping"


def given_field_problem(option: str, value: str | None) -> str | None:
    """Why a field given on the command line ('--outlet') cannot go into the front matter, or None."""
    if value is None:
        return None
    if not value.strip():
        return f"{option} is empty: give the name, or leave the option out"
    bad = next((char for char in value if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")), None)
    if bad is not None:
        return (f"{option} holds a line break or a control character (U+{ord(bad):04X}): "
                "give it on one line, in plain characters")
    if len(value) > 300:
        return f"{option} is {len(value)} characters long: give at most 300"
    return None
