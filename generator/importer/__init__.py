"""`dossier import`: clippings (pasted text, saved web pages, PDFs) → article files.

Each reader (text.py, html.py, pdf.py) makes a Clipping: what the clipping states about
itself, its body, what was removed and why, and a `review` list of what it does not state
(left out of the front matter, never guessed). The file itself is kept unchanged in
originals/ with its SHA-256 (originals.py). A clipping whose text is already in the dossier
is reported and nothing is written; a copy of an article there (another outlet's, a
reproduction) becomes an entry of that article's `syndicated` list (store.py).
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..errors import Problem
from ..matcher import fold
from ..yamlsource import clean_text
from .. import originals
from .clipping import Clipping, Reproducer
from .kinds import kind_from_title
from .known import KnownOutlets, name_known_outlets
from .names import article_name, given_field_problem
from .store import SAME_TEXT, ClippingError, Existing, add_syndicated_record, articles_folder, free_path, write_article
from .text import read_text
from .vet import vet

__all__ = ["Clipping", "ClippingError", "Existing", "ImportResult", "import_clipping", "import_data",
           "parse_clipping", "read_clipping", "KINDS"]

KINDS = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
         ".pdf": "pdf"}


def decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def parse_clipping(text: str, known_outlets: Sequence[tuple[str, Sequence[str]]] | KnownOutlets = ()) -> Clipping:
    """Pasted clipping text → a Clipping."""
    known = _known(known_outlets)
    clip = read_text(clean_text(text), known)
    name_known_outlets(clip, known)
    _no_credit_for_the_writer(clip)
    kind_from_title(clip)
    vet(clip)
    return clip


def read_clipping(data: bytes, suffix: str,
                  known_outlets: Sequence[tuple[str, Sequence[str]]] | KnownOutlets = ()) -> Clipping:
    """A clipping file's bytes → a Clipping, read as its suffix says (text when unknown); a masthead or
    credit naming one of `known_outlets` ((name, aliases) pairs) is that outlet, by its name.
    Raises ClippingError for a file that cannot be imported (a scanned PDF)."""
    kind = KINDS.get(suffix.lower(), "text")
    known = _known(known_outlets)
    if kind == "html":
        from .html import read_html
        clip = read_html(decode(data), known)
    elif kind == "pdf":
        from .pdf import read_pdf
        clip = read_pdf(data, known)
    else:
        clip = read_text(clean_text(decode(data)), known)
    name_known_outlets(clip, known)
    clip.input_kind = kind
    _no_credit_for_the_writer(clip)
    kind_from_title(clip)
    vet(clip)
    return clip


def _no_credit_for_the_writer(clip: Clipping) -> None:
    """'Written by Elena Marchetti-Ruiz' under a post whose author she is: the byline again, not a credit."""
    writers = {fold(name) for name in clip.authors}
    for credit in list(clip.credits):
        named = re.match(r"(?i)(?:written by|texte? de|text von|texto de|testo di)\s+(.+)$", credit)
        if named and fold(named.group(1).strip(" .")) in writers:
            clip.credits.remove(credit)


def _known(outlets) -> KnownOutlets:
    return outlets if isinstance(outlets, KnownOutlets) else KnownOutlets(outlets)


@dataclass
class ImportResult:
    action: str                  # "created", "syndicated" or "already"
    clip: Clipping
    path: Path | None            # the article written, added to, or already holding the clipping
    score: float = 0.0           # share of the text found in that article (syndicated, already)
    copy_of: str | None = None   # with --new: the article this one copies
    warnings: list[Problem] = field(default_factory=list)


def import_data(data: bytes, suffix: str, into: Path, existing: Existing, new: bool = False,
                outlet: str | None = None, retrieved: datetime.date | None = None,
                dry_run: bool = False, known_outlets: Sequence[tuple[str, Sequence[str]]] | KnownOutlets = ()
                ) -> ImportResult:
    """Import one clipping file's bytes into the dossier `into` (nothing written with `dry_run`).
    `known_outlets`, the dossier's described outlets as (name, aliases): a masthead or credit line
    naming one of them is that outlet, written under its name."""
    problem = given_field_problem("--outlet", outlet)
    if problem:
        raise ClippingError(problem)
    sha256 = originals.digest(data)
    same = existing.same_file(sha256)
    clip = read_clipping(data, suffix, known_outlets)
    if same is not None:
        return ImportResult("already", clip, same.path, 1.0)
    if outlet:
        clip.decide("outlet", outlet, "given with --outlet")
        clip.settle("outlet")
    if not clip.body:
        raise ClippingError("no article text found in the clipping (only page furniture?)")
    folder = articles_folder(into)
    match = existing.closest(clip)
    if match and not new:
        known, score, both = match
        copy = clip.reproduced_by or Reproducer(outlet=clip.outlet, url=clip.url, published=clip.published,
                                                access=clip.access)
        if copy.outlet is None and score >= SAME_TEXT or copy.outlet and fold(copy.outlet) in known.outlets:
            return ImportResult("already", clip, known.path, score)
        copy.note = f"imported copy ({score:.0%} of its text matches)" + (
            f"; {clip.access_note}" if clip.access != "full" and clip.access_note else "")
        copy.sha256, copy.retrieved = sha256, (retrieved or datetime.date.today()).isoformat()
        copy.original = f"{originals.FOLDER}/{known.path.stem}-copy{_extension(suffix)}"
        if not dry_run:   # (the copy's own file, kept beside the article's: evidence of what the copy said)
            copy.original = originals.keep(into, f"{known.path.stem}-copy", _extension(suffix), data)
            add_syndicated_record(known.path, copy)
            existing.articles[existing.articles.index(known)].outlets.add(fold(copy.outlet or ""))
        return ImportResult("syndicated", clip, known.path, score)
    path = free_path(folder, article_name(clip.title, clip.outlet, clip.published))
    clip.sha256 = sha256
    clip.retrieved = (retrieved or datetime.date.today()).isoformat()
    extension = _extension(suffix)
    clip.original = f"{originals.FOLDER}/{path.stem}{extension}"
    copy_of = match[0].path.stem if match else None
    if not dry_run:
        clip.original = originals.keep(into, path.stem, extension, data)
    if clip.reproduced_by:   # (the file read is the reproducing site's page: its record names it too)
        clip.reproduced_by.original, clip.reproduced_by.sha256 = clip.original, sha256
        clip.reproduced_by.retrieved = clip.retrieved
    if not dry_run:
        text = write_article(path, clip, copy_of)
        existing.add(path, text)
    return ImportResult("created", clip, path, match[1] if match else 0.0, copy_of)


def _extension(suffix: str) -> str:
    return suffix.lower() if suffix.lower() in KINDS else ".txt"


def import_clipping(text: str, into: Path, new: bool = False, outlet: str | None = None,
                    known_outlets: Sequence[tuple[str, Sequence[str]]] = ()) -> ImportResult:
    """Pasted text (standard input) into the dossier."""
    existing = Existing.read(into)
    result = import_data(text.encode("utf-8"), ".txt", into, existing, new=new, outlet=outlet,
                         known_outlets=known_outlets)
    result.warnings = existing.warnings
    return result

