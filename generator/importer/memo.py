"""An internal memo, known by its head: its label ('INTERNAL MEMORANDUM', 'Note de service', 'Hausmitteilung') over
the block of its fields (To, From, Date, Subject). That block, not the page's print, says what the memo is: a document,
its subject the title, the person it is from its writer, its date line its date. An e-mail has such a block too, but
no label: what it forwards (a release, a letter) is read as itself."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import phrases as P
from .lines import name_like, outlet_like, strip_honorific
from .official import SUBJECT_LABELS
from .when import find_date

# What a memo calls itself, alone on its line.
LABEL = re.compile(r"(?:(?:internal|interoffice|inter-office|office|staff|confidential)\s+)?(?:memorandum|memo)|"
                   r"note (?:de service|interne)|(?:interne |haus)mitteilung|aktenvermerk|aktennotiz|dienstanweisung|"
                   r"memor[áa]ndum(?: interno)?|nota interna|comunicaci[óo]n interna|comunicazione (?:interna|di servizio)|"
                   r"circolare interna|memorando(?: interno)?|nota de servi[çc]o|comunica[çc][ãa]o interna", re.I)

# Its fields, by what they say in each language ('de' is who it is from in French, Spanish and Portuguese).
_FIELDS = {
    "to": r"to|an|à|a|para|destinataires?|destinatari[oa]?s?|empfänger",
    "from": r"from|von|de|da|expéditeur|émetteur|absender|remitente|mittente",
    "date": r"date|datum|fecha|data",
    "subject": SUBJECT_LABELS,
    "copies": r"cc|distribution|verteiler|diffusion|copie à|distribución|distribuzione|copia a|distribuição",
}
FIELD = re.compile(r"^(?P<label>" + "|".join(_FIELDS.values()) + r")\s?:\s*(?P<value>\S.*)$", re.I)


@dataclass
class Memo:
    subject: str
    sender: str | None      # the person it is from, without her office
    date: str | None        # its date line's text
    issuer: str | None      # the organisation's name over its label, its letterhead


def read_memo(lines: list[str], head: int = 20) -> Memo | None:
    """The memo whose label and fields head these lines (the first `head` lines with words), or None: a label, then
    at least who it is from and its subject. A subject wrapped onto the next line, in small letters, is read whole."""
    raw = [line.strip() for line in lines if line.strip()][:head]
    label = next((i for i, line in enumerate(raw) if LABEL.fullmatch(line.strip(" *#:"))), None)
    if label is None:
        return None
    issuer = next((line for line in raw[:label] if not P.STAMP.match(line) and outlet_like(line) and
                   not re.search(r"[\d|@]", line)), None)   # (not its address line: 'Foster Campus | 27 Ameys Track')
    fields: dict[str, str] = {}
    for i, line in enumerate(raw):
        found = FIELD.match(line)
        if not found:
            continue
        name = next(key for key, words in _FIELDS.items() if re.fullmatch(words, found["label"], re.I))
        value = " ".join(found["value"].split())
        if name == "subject":   # (a subject wrapped over a second line, which no other field opens)
            wrapped = raw[i + 1] if i + 1 < len(raw) else ""
            if wrapped and not FIELD.match(wrapped) and not re.search(r"[.:;]$", value) and len(wrapped.split()) <= 8 \
                    and wrapped[:1].islower():
                value += " " + wrapped
        fields.setdefault(name, value)
    if "from" not in fields or "subject" not in fields:
        return None
    return Memo(fields["subject"], _sender(fields["from"]), fields.get("date"), issuer)


def _sender(value: str) -> str | None:
    """The person a memo is from: 'Joanne Brennan, Executive Director – Nursing' → 'Joanne Brennan'; a department's
    name ('Direction des ressources humaines') is no person."""
    name = strip_honorific(re.split(r"\s*(?:,|\(|\s[-–—|/]\s)\s*", value)[0].strip())
    return name if name_like(name) else None


def settle_memo(clip, lines: list[str]) -> None:
    """A memo's fields over what was read from its print: its kind, its subject, who it is from, its date."""
    memo = read_memo(lines)
    if memo is None:
        return
    if clip.kind in (None, "news"):
        clip.decide("kind", "document", "an internal memo (its label over its To/From/Subject block)")
    kept = [block for block in clip.body[:3] if not FIELD.match(block)]   # (its distribution list, 'Distribution: …')
    if len(kept) < len(clip.body[:3]):
        clip.removed += [f"the memo's field: {block}" for block in clip.body[:3] if FIELD.match(block)]
        clip.body = kept + clip.body[3:]
    if clip.title != memo.subject:
        clip.body = [block for block in clip.body if memo.subject not in block]
        clip.decide("title", memo.subject, "the memo's subject line")
    clip.removed = [line.replace("(kept in authors)", "(the memo's label)") if LABEL.search(line) else line
                    for line in clip.removed]   # ('INTERNAL MEMORANDUM', read at first as a byline in capitals)
    if memo.sender and clip.authors != [memo.sender]:
        clip.decide("authors", [memo.sender], "the person the memo is from (its 'From:' line)")
    elif not memo.sender and clip.authors:
        clip.decide("authors", [], "none: the memo is from a department, no person")
    stamped = bool(clip.outlet) and bool(P.STAMP.match(clip.outlet) or LABEL.fullmatch(clip.outlet))
    if memo.issuer and (not clip.outlet or stamped):
        clip.decide("outlet", memo.issuer, "the organisation's name over the memo's label, its letterhead")
        clip.settle("outlet")
    elif stamped:   # (its stamp or its label, 'CONFIDENTIAL', 'Hausmitteilung', publishes nothing)
        clip.decisions.append(f"outlet: none — “{clip.outlet}” is the memo's stamp or label")
        clip.outlet = None
        clip.ask("outlet", "the memo does not name its organisation over its label; add it if you know it")
    dated = find_date(memo.date) if memo.date else None
    if dated and clip.published != dated.value:
        clip.decide("published", dated.value, f"the memo's date line (“{memo.date}”)")
    clip.settle("title")
    if dated:
        clip.settle("published")
