"""A forum thread that quotes a newspaper's article whole ('The Nephin Observer said:', '[quote="La Gazzetta
Casalese"]', 'Gazzetta della Bassa ha scritto:', 'Originally Posted by …'): the clipping is the article quoted, the
outlet the one the quote names, and the forum a site that reproduced it (recorded under `syndicated`, dated by the post
that quotes it). A member's short reply quoted in another is no article: the quote must read as one."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .clipping import Reproducer
from .lines import is_sentence, outlet_like
from .when import find_date

# The line a forum's engine sets over a quote, naming whom it quotes, in each language.
ATTRIBUTION = re.compile(
    r"^(?:(?:quote:?\s*)?originally posted by|zitat von|cita de|citação de|citazione di|citation de)\s+(?P<a>\S.{1,58}?)\s*:?\s*$|"
    r"^(?P<b>\S.{1,58}?)\s+(?:wrote|said|says|ha scritto|scrisse|a écrit|hat geschrieben|schrieb|escribió|ha escrito|"
    r"escreveu)\s*:\s*$", re.I)
# BBCode's quote as pasted from an editor: '[quote="La Gazzetta Casalese"]Felizzano, …'.
BBCODE_QUOTE = re.compile(r"^\[quote(?:=[\"“']?(?P<a>[^\"\]”']{2,60})[\"”']?)[^\]]*\]\s*(?P<rest>.*)$", re.I)
# Where a quote ends: its closing tag, the engine's fold, the link to the article under it, the post's buttons.
QUOTE_END = re.compile(r"^(?:\[/quote\]|click to (?:expand|shrink)\.*|clicca per (?:espandere|ridurre)\.*|"
                       r"cliquez pour (?:agrandir|développer|réduire)\.*|zum (?:ausklappen|erweitern|einklappen) klicken\.*|"
                       r"haz clic para (?:expandir|contraer)\.*|clique para (?:expandir|recolher)\.*)$", re.I)
LINK = re.compile(r"^(?:link|lien|enlace|quelle|fonte|fuente|source|url)\b[^:]{0,25}:\s*(?P<url>https?://\S+)\s*$", re.I)
POST_CHROME = re.compile(r"^(?:top|reply|quote|like|report|share|torna a inizio pagina|rispondi|cita|mi piace|segnala|"
                         r"répondre|citer|j'aime|signaler|antworten|zitieren|gefällt mir|melden|responder|citar|me gusta|"
                         r"reactions:?|re:\s.*|ultima modifica .*|last edited .*|zuletzt bearbeitet .*|dernière édition .*)$", re.I)
URL_ALONE = re.compile(r"^https?://\S+$")
BBCODE_TAG = re.compile(r"\[/?(?:b|i|u|s|size|color|font|center|url)(?:=[^\]]*)?\]", re.I)


@dataclass
class Quote:
    """The article a forum post quotes: whom it names, its lines, its address, and the post's date."""

    name: str
    lines: list[str]
    url: str | None
    post_date: str | None


def quoted_article(text: str) -> Quote | None:
    """The first quote in the clipping that names an outlet and reads as an article (three paragraphs of running text,
    150 words or more), or None."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        stripped = line.strip()
        bb = BBCODE_QUOTE.match(stripped)
        found = bb or ATTRIBUTION.match(stripped)
        if not found:
            continue
        name = (found.group("a") if bb else found.group("a") or found.group("b")).strip(" \"“”'")
        if not _names_outlet(name):
            continue
        body = ([bb.group("rest")] if bb and bb.group("rest") else []) + lines[index + 1:]
        kept, url = _quoted_lines(body)
        prose = [part for part in kept if len(part.split()) >= 15 and is_sentence(part)]
        if len(prose) >= 3 and sum(len(part.split()) for part in kept) >= 150:
            return Quote(name, kept, url or _url_above(lines, index), _post_date(lines, index))
    return None


def _names_outlet(name: str) -> bool:
    """A publication's name, not a member's: words set as a name, no handle's digits or underscores."""
    return outlet_like(name) and len(name.split()) >= 2 and not re.search(r"[\d_@]", name)


def _quoted_lines(body: list[str]) -> tuple[list[str], str | None]:
    """The quote's lines up to where it ends, its BBCode tags dropped, and the link to the article that closes it."""
    kept: list[str] = []
    for position, line in enumerate(body):
        stripped = line.strip()
        if (link := LINK.match(stripped)):
            return kept, link.group("url")
        if QUOTE_END.match(stripped) or POST_CHROME.match(stripped):
            return kept, _link_after(body, position) if QUOTE_END.match(stripped) else None
        closing = stripped.lower().find("[/quote]")
        if closing >= 0:
            kept.append(BBCODE_TAG.sub("", stripped[:closing]).strip())
            return kept, _link_after(body, position)
        kept.append(BBCODE_TAG.sub("", stripped).strip())
    return kept, None


def _link_after(body: list[str], position: int) -> str | None:
    """The link to the article set under the quote's end ('[/quote]' / 'Link all'originale: https://…')."""
    after = next((other.strip() for other in body[position + 1:position + 3] if other.strip()), "")
    return link.group("url") if (link := LINK.match(after)) else None


def _url_above(lines: list[str], index: int) -> str | None:
    """An article's address the post gives right over the quote."""
    for line in reversed(lines[max(index - 3, 0):index]):
        if URL_ALONE.match(line.strip()):
            return line.strip()
    return None


def _post_date(lines: list[str], index: int) -> str | None:
    """The date of the post that quotes the article: the nearest dated line over the quote, within a post's head."""
    for line in reversed(lines[max(index - 8, 0):index]):
        if len(line.split()) <= 14 and (found := find_date(line.strip())):
            return found.value
    return None


def as_reproduction(clip, quote: Quote, forum: str | None) -> None:
    """The article read from the quote, credited to the outlet it names; the forum recorded as its copy."""
    if not clip.outlet:
        clip.decide("outlet", quote.name, f"the outlet the forum's post quotes (“{quote.name}”)")
        clip.settle("outlet")
    if quote.url and not clip.url:
        clip.decide("url", quote.url, "the article's address the post gives with the quote")
        clip.settle("url")
    clip.reproduced_by = Reproducer(outlet=forum, published=quote.post_date, access="full")
    clip.decisions.append(f"syndicated: {forum or 'the forum'} quoted it"
                          + (f" on {quote.post_date}" if quote.post_date else ""))
