"""The outlets a dossier describes (name and aliases, generator/outlets.py), as import recognises
them: a masthead or a credit line naming one, whatever its case, accents or leading article,
is that outlet, written under its canonical name."""
from __future__ import annotations

import re
from typing import Sequence

from ..matcher import fold

_ARTICLE = re.compile(r"^(?:the|le|la|les|l'|der|die|das|el|los|las|il|lo|gli|i)\s*(?<=\s|')", re.I)


def _key(text: str) -> str:
    words = " ".join(re.sub(r"[^\w'&+]+", " ", fold(text.replace("’", "'"))).split())
    return _ARTICLE.sub("", words).strip()


class KnownOutlets:
    """Canonical outlet names by their folded spellings (each name and its aliases)."""

    def __init__(self, outlets: Sequence[tuple[str, Sequence[str]]] = ()):
        self.names: dict[str, str] = {}
        for name, aliases in outlets:
            for spelling in (name, *aliases):
                key = _key(spelling or "")
                if key and name:
                    self.names.setdefault(key, name)

    def __bool__(self) -> bool:
        return bool(self.names)

    def canonical(self, text: str | None) -> str | None:
        """The canonical name of the known outlet `text` names, or None."""
        return self.names.get(_key(text)) if text and len(text) <= 120 else None


def name_known_outlets(clip, known: KnownOutlets) -> None:
    """The clipping's outlet, and its copy's, under their canonical names when known."""
    if not known:
        return
    canonical = known.canonical(clip.outlet)
    if canonical and canonical != clip.outlet:
        clip.decide("outlet", canonical, f"“{clip.outlet}” is the dossier's known outlet {canonical}")
    copy = clip.reproduced_by
    if copy is not None and (canonical := known.canonical(copy.outlet)):
        copy.outlet = canonical
