"""The body of a pasted clipping: each paragraph kept as text or a subheading, or removed as
page furniture, a caption, a graphic's fragment, a paywall notice, a pointer to the rest
elsewhere, a credit; a live report's entry times become subheadings and date it."""
from __future__ import annotations

import re

from ..matcher import fold
from . import labels as L
from . import furniture as F
from . import phrases as P
from .lines import GRAPHIC, SUBTITLE, name_like, agency_dateline, SENTENCE_END, URL, URL_LINE, Unit, is_data, is_day, is_prose, is_sentence, is_time, \
    entry_time, outlet_like, outlet_name, strip_honorific
from .kinds import note_label
from .prompts import EDITED_NOTE, FREE_ARTICLE, SHARE_SHEET
from .magazine import is_pull_quote, plain_text
from .official import CLOSING, SALUTATION
from .meta import caption_credit
from .when import find_date
from .hosts import names_host


# A heading that starts with a number: "3 things to know", "2025: the year of the bridge", "120 Wohnungen ...".
NUMBER_FIRST = re.compile(r"^\d[\d.,]*(?:\s*%)?:?\s+[«„“\"]?[^\W\d_]{2}")
# An agency before the dateline's place: '(ANSA) - BRESSANONE (BOLZANO), 4 GIU - ', '(dpa) - HUSUM - '.
AGENCY_FIRST = re.compile(r"^\(([^)]{2,30})\)\s*[-–—]+\s*(?:(?-i:[A-ZÀ-Þ])(?-i:[A-ZÀ-Þ'’ .-]){1,40}?(?:\s*\([^)]{1,30}\))?"
                          r"(?:,\s*[\w .]{1,25}?)?\s+[-–—]+\s+)?")
# An agency's code in brackets opening the text, then the place and the day: '(ASI) Enna, 4 dic. – …'.
AGENCY_LEADING = re.compile(r"^\(((?-i:[A-Z][A-Z&]{1,5}))\)\s+(?-i:[A-ZÀ-Þ])[\w .'’-]{1,40}?,\s*\d{1,2}[\w .]{1,12}?\s*[-–—]+\s*")
# A dateline's code in capitals that names no agency: the newsroom's, a press release's, a label's.
NOT_AGENCY_CODE = re.compile(r"^(?:RED|PM|OTS|UPDATE|UPDATED|LIVE|VIDEO|FOTO|FOTOS|PHOTO|AUDIO|MAP|MAPS|PDF|ENG|ESP)$")
QUESTION_END = re.compile(r"[?？][\s*_»”\"’)]*$")
LIST_ITEM = re.compile(r"^(?:[-*>]|\d{1,3}[.)])\s+\S")


# A line that gives an address under a label of its own ('Address of this page: https://…').
# A paragraph in square brackets is a note of whoever copied or typed the text ('[photo caption: …]', '[Image]',
# '[Priya: that is the whole piece]'), not the text; a note at a paragraph's end is one when a name or a label opens
# it ('… funding. [Priya: figure smudged, ask the desk]'). The newsroom's own notes to the reader stay.
BRACKETED = re.compile(r"^\[[^\[\]]{2,}\]$")
# A picture's description in square brackets opening a line: '[Linienbus an der Haltestelle] Foto: …'; or the whole line,
# a label first: '[Image : … Photo : …]'.
ALT_TEXT = re.compile(r"^\[(?:image|img|picture|photo|bild|foto|imagen|immagine|imagem)\s*:\s*(?=[^\]]*\]$)|^\[[^\[\]]{3,200}\]\s+(?=\S)", re.I)
NOTE_AT_END = re.compile(r"\s*\[[A-ZÀ-Þ][\w'’.-]*(?: [\w'’.-]+){0,2}\s?:\s[^\[\]]{3,}\]$")
NEWSROOM_NOTE = re.compile(r"^\[\s*(?:editor'?s'? note|note|update[d]?|correction|clarification|note de la rédaction|"
                           r"rectificatif|mise à jour|anmerkung der redaktion|korrektur|aktualisierung|nota del editor|"
                           r"nota de la redacción|corrección|actualización|nota della redazione|rettifica|aggiornamento|"
                           r"nota do editor|nota da redação|correção|atualização)(?:[\s,]+\d[^:\]]{0,20})?\s?:", re.I)
LABELLED_BYLINE = re.compile(r"^(?:text|texte|texto|testo|words|autor(?:in)?|auteure?|autore|author|bericht|report)\s?:\s*\S", re.I)
LABELLED_URL = re.compile(r"^[^\W\d_][^:]{0,40}:\s*<?(https?://\S+?)>?$")


def names_the_article(url: str, title: str | None) -> bool:
    """The address's path spells the headline's words ('…/2025/10/14/feira-da-sulanca-boxes-fixos.html' for 'Feira da
    Sulanca ganha boxes fixos'): the article's own address, not a link to another."""

    slug = {word for word in re.findall(r"[a-z]{4,}", fold(url.split("://", 1)[-1].partition("/")[2]))} - {"html", "https", "www"}
    words = {word for word in re.findall(r"[a-z]{4,}", fold(title or ""))}
    return len(slug) >= 2 and len(slug & words) >= max(2, 0.5 * len(slug))


# A rights notice, which says who may reprint the text, not that the reader saw only part of it.
RIGHTS_NOTICE = re.compile(r"^(?:©|\(c\)|copyright)\b|\b(?:reproduction|reproducción|riproduzione|reprodução|redistribution|"
                           r"weiterverbreitung|vervielfältigung)\b", re.I)


class BodyReader:
    """The body's part of TextReader (text.py), which holds the clipping and the head's findings."""

    def _read_body(self, body: list[Unit], counts: dict[str, int]) -> None:
        clip = self.clip
        blocks: list[str] = list(getattr(self, "standfirst", []))
        live_times, days = [], []
        self.items = self._loose_list(body)
        self.last_prose = max((i for i, u in enumerate(body) if is_prose(u)), default=-1)   # (the text's last paragraph)
        for position, unit in enumerate(body):
            text = unit.clean
            kind = unit.kind if unit.kind in ("inline link", "after paywall", "run-on") else \
                self._body_kind(unit, position, body, counts)
            if kind == "run-on":
                continue   # (read with the line above it: a credit's end)
            if kind == "item":
                blocks.append(f"- {text}")
            elif kind == "contribution":
                self._contribution(unit)
            elif kind == "signed":
                agency = self._caption_agency(unit)
                self._credit(agency, None)
                blocks.append(text[:text.rfind(agency)].rstrip(" ()"))
            elif kind == "inline link":
                self._removed("link to another article", unit)
            elif kind == "paywall":
                self._paywall(unit)
            elif kind == "after paywall":
                self._removed("under the paywall notice", unit, "paywall")
            elif kind == "elsewhere":
                self._elsewhere(unit)
            elif kind == "chrome":
                self._removed("page furniture", unit, "chrome")
            elif kind == "credit":
                self._credits_line(unit)
            elif kind == "agency":
                self._credit(text.strip(" ()"), unit, "agency")
            elif kind == "original":
                self._credited_original(P.FIRST_PUBLISHED.match(text), unit)
            elif kind == "url":
                self._url((URL_LINE.match(text) or LABELLED_URL.match(text)).group(1), unit)
            elif kind == "byline":
                self._byline(unit)
            elif kind == "dateline":
                self._dateline(unit)
            elif kind == "day":
                self._removed("date of the entries below", unit, "day")
                days.append(find_date(text))
            elif kind == "time":
                live_times.append(text)
                blocks.append(f"## {text}")
            elif kind == "subheading":
                blocks.append(f"## {text}")
            elif kind == "caption":
                self._caption_credit(unit)

            elif kind == "label":
                self._removed("the document's label", unit, "label")
                note_label(clip, text, "above the text")
            elif kind == "jump":
                self._removed("the headline over a story's continuation", unit, "jump")
            elif kind == "pull quote":
                self._removed("a quotation pulled out of the text, repeated", unit, "pull quote")
            elif kind == "note":
                self._removed("a note in square brackets (whoever copied the text, not the text)", unit, "note")
            elif kind == "fragment":
                if unit.words <= 40 and (credit := caption_credit(text)) and P.CREDIT_ROLE.match(credit.group(1)):
                    self._credit(credit.group(1).strip(), None)   # ('… 2021–2026. Graphic: The Square Edge')
                self._removed("fragment (a graphic's or a caption's text)", unit, "fragment")
            else:
                text = self._agency_dateline(unit)
                if (note := NOTE_AT_END.search(text)) and not NEWSROOM_NOTE.match(note.group().strip()):
                    self.clip.removed.append(f"a note in square brackets: {note.group().strip()}")
                    text = text[:note.start()]
                if text.startswith("#") and is_prose(unit):
                    text = text.lstrip("# ")   # (a sentence of running text set as a heading: a standfirst in an h2)
                if not any(not b.startswith("#") for b in blocks[len(getattr(self, "standfirst", [])):]):
                    text = self._place_date_opening(text)   # (the text's first paragraph, under its standfirst or not)
                    if (place := PLACE_OPENING.match(text)) and is_prose(unit):
                        self.clip.removed.append(f"dateline: {place.group(0).strip()}")
                        text = text[place.end():]   # ('BRISTOL — The council ...': the dateline's place goes)
                if NUMBERED.match(text) and unit.tight and position and blocks and \
                        NUMBERED.match(blocks[-1].rsplit("\n", 1)[-1]) and body[position - 1].clean in blocks[-1]:
                    blocks[-1] += "\n" + text   # (numbered lines one under another: a list, one paragraph)
                else:
                    blocks.append(text if LIST_ITEM.match(text) else _inline(text))
                last = re.split(r"(?<=[.!?])\s+", text.strip())[-1].rstrip(" .")
                if unit.words <= 40 and (named := P.TRANSLATOR.match(last)) and name_like(last[named.end() - 1:]):
                    self._credit(last, None)   # ('Note : ce reportage a d'abord paru en anglais. Traduction : Élise Bourassa.')
        if live_times and not clip.published:
            newest_first = [_hhmm(t) for t in live_times] == sorted(map(_hhmm, live_times), reverse=True) and \
                len(live_times) >= 2 or len(days) >= 2 and days[0].value > days[-1].value
            first_time = live_times[-1] if newest_first else live_times[0]
            day = (days[-1] if newest_first else days[0]) if days else find_date(self.updated) if self.updated else None
            if day:
                clip.decide("published", day.value[:10] + "T" + _hhmm(first_time),
                            "a live report: the time of its first entry" + (" (the entries run newest first)"
                                                                              if newest_first else ""))
                self.updated = None
        clip.body = tight_lists([SUBTITLE.sub("", block) for block in blocks])   # ('Utl.: …', a subtitle's label)

    def _loose_list(self, body: list[Unit]) -> set[int]:
        """A list whose items are set apart by blank lines, without markers: short lines, none a sentence
        of running text nor page furniture, after a line that introduces them ('Walkers are asked to:'),
        or three or more of them between paragraphs."""
        items: set[int] = set()
        for i, unit in enumerate(body):
            introduced = unit.clean.endswith(":") and unit.words >= 2 and not unit.text.startswith("## ")
            if not (introduced or is_prose(unit)):
                continue
            run = []
            for j in range(i + 1, len(body)):
                item = body[j]
                if item.words > 25 or is_prose(item) or item.text.startswith(("## ", "#")) or LIST_ITEM.match(item.text) or \
                        item.clean.endswith(":") or self._meta_kind(item) or is_time(item.clean) or \
                        P.INLINE_LINK.match(item.clean) or P.TRAILING.match(item.clean):
                    break
                run.append(j)
            closed = bool(run) and run[-1] + 1 < len(body) and is_prose(body[run[-1] + 1])
            if introduced and len(run) >= 2 or len(run) >= 3 and closed and \
                    not any(SENTENCE_END.search(body[j].clean) for j in run) and \
                    all(body[j].words >= 2 for j in run):
                items.update(run)
        return items

    def _body_kind(self, unit: Unit, position: int, body: list[Unit], counts: dict[str, int]) -> str:
        text = unit.clean
        if position in getattr(self, "items", ()):
            return "item"
        before = next((u for u in reversed(body[:position]) if u.clean), None)
        if before is not None and F.JUMP_FROM.match(before.clean) and not is_prose(unit) and unit.words <= 16:
            return "jump"   # ('SUITE DE LA UNE' / 'Fromagerie : les éleveurs …': the continuation's own headline)
        if unit.words <= 30 and not unit.text.startswith("#") and self._pull_quote(unit, body):
            return "pull quote"
        if text in self.head_captions:
            return "caption"   # (a picture's caption the head set already, again beside its picture in the text)
        if ALT_TEXT.match(text) and (caption_credit(rest := ALT_TEXT.sub("", text)) or
                                     len(rest.split()) <= 8 and P.CREDIT_ROLE.match(rest) and P.CREDIT.search(rest)):
            return "caption"   # (a picture's description in brackets, as a plain-text copy sets it, and its credit:
            #                    '[Image : La future chaufferie … Photo : J.-P. Côté]', '[Linienbus …] Foto: Ländle Bote/…')
        if BRACKETED.match(unit.text.strip()) and not NEWSROOM_NOTE.match(unit.text.strip()):
            return "note"
        if P.PAYWALL.search(text) and unit.words <= 60 and not FREE_ARTICLE.match(text):
            return "paywall"   # (not 'This article is free to read. Subscribe to read all our stories': a prompt)
        if P.CONTRIBUTION.match(text) and unit.words <= 20 and (";" in text or not SENTENCE_END.search(text)) and \
                any(is_prose(u) for u in body[:position]):
            return "contribution"   # ("Reporting by Ann Lowe; Editing by Tom Hart": who made it, in credits)

        if P.continues_elsewhere(text) and unit.words <= 20:
            return "elsewhere"
        if unit.words <= 20 and any(pattern.match(text) for pattern in SHARE_SHEET):
            return "chrome"   # (an app's share sheet under what it shares: 'Shared from the Valley Post app')
        if EDITED_NOTE.match(text) and unit.words <= 30:
            return "chrome"   # (a note on how the text was made: 'Transcript generated automatically', 'Interview edited')
        meta = self._meta_kind(unit)
        if unit.words <= 4 and P.BADGE.search(text) and not SENTENCE_END.search(text) and not unit.text.startswith("## "):
            return "chrome"   # (a subscriber's badge beside the byline)
        if (labelled := LABELLED_URL.match(text)) and names_the_article(labelled.group(1), self.clip.title):
            return "url"   # ('Endereço desta página: https://…/feira-da-sulanca-boxes-fixos.html': the article's own address)
        if meta == "caption" and not caption_credit(text) and self._caption_agency(unit) and \
                not any(is_prose(u) for u in body[position + 1:]):
            return "signed"   # (the text's last paragraph with the agency's sign-off glued on: '... on Tuesday. AFP')
        if meta == "caption":
            return "caption"
        if meta == "agency dateline":
            self.agency_dateline = True
            for agency in agency_dateline(text):
                self._credit(agency, None)
            return "chrome"
        if meta == "contribution":
            return meta
        if meta in ("chrome", "credit", "agency", "url", "translation"):
            return meta if meta != "translation" else "chrome"
        if meta == "original" and (position <= 2 or position >= len(body) - 3 or position >= self.last_prose or
                                   P.ABOUT_THIS_ARTICLE.match(text)):
            return "original"   # (at the text's head or foot: under it only the site's furniture, if anything; or a
            #                     note that says it speaks of this article, wherever it stands)
        if SALUTATION.match(text) and not any(is_prose(u) for u in body[:position]):
            return "chrome"   # (a letter's salutation over its text: 'Estimado comunero:', 'Gentili concittadini,')
        last = position >= self.last_prose   # (no paragraph of the text after it)
        if last and (CLOSING.match(text) or SIGNATURE_LINE.match(unit.text.strip()) and unit.words <= 14 and
                     not SENTENCE_END.search(text)):
            return "chrome"   # (a letter's closing formula; a collective signature: '— Board of Directors, … Club')
        signs = [u.clean for u in body[position + 1:position + 3]]
        if last and not self.clip.published and PLACE_DATE_END.match(text) and find_date(text):
            return "dateline"   # (a notice dated at its foot: 'Paços do Concelho de Vila Franca, 2 de dezembro de 2026.')
        if last and OFFICE_LINE.match(text) and signs and name_like(strip_honorific(signs[0])) and unit.words <= 10:
            return "chrome"   # (the office signing a notice: 'O Presidente da Câmara Municipal,' over the name)
        if last and position and name_like(strip_honorific(text)) and unit.words <= 6 and \
                OFFICE_LINE.match(body[position - 1].clean):
            if HEAD_OF_BODY.search(office := body[position - 1].clean):
                self.clip.decisions.append(f"signature: {text} signs for the body, as “{office.rstrip(',:')}”")
            return "byline"   # (… and the name under it, the notice's author)
        after = body[position + 1] if position + 1 < len(body) else None
        if position and self._signed(unit, body[position - 1]) and \
                (last or after.words <= 6 and not is_prose(after) and not SENTENCE_END.search(after.clean)):
            return "byline"   # (the writer signs under the text, with a role, the page's next section under it or
            #                   nothing: 'don Piero Canale, parroco' / 'Orari delle Sante Messe')
        if unit.tight and position and meta is None and self._meta_kind(body[position - 1]) == "credit" and \
                unit.words <= 25 and last:
            return "caption"   # (a picture's caption under its credit line, after the text: '© Photo : Belga / …' / '…')
        if is_time(text) and unit.index and F.LISTEN.match(self.units[unit.index - 1].clean):
            return "chrome"   # (the length of the recording the button above plays)
        if is_time(text):
            return "time"
        if is_day(text) and position + 1 < len(body) and is_time(body[position + 1].clean):
            return "day"
        if meta in ("byline", "dateline") and position <= 2:
            return meta
        if paired := self._byline_pair(body, position, meta):
            return paired
        if meta == "dateline" and unit.words <= 12 and (P.PUBLISHED_WORDS.match(text) or P.UPDATED_WORDS.match(text)) and \
                any(is_prose(u) for u in body[:position]) and not any(is_prose(u) for u in body[position + 1:]):
            return meta   # ('Erstellt: 03.12.2026, 09:05 Uhr' under the text: its dates, set at its foot)
        if meta == "byline" and LABELLED_BYLINE.match(text) and not self.clip.authors and \
                any(is_prose(u) for u in body[:position]):
            return meta   # ('Text: Jonas Feldhaus, Hochschulkommunikation' under the text: who wrote it)
        if not any(is_prose(u) for u in body[:position]) and \
                (L.DOCUMENT_LABEL.match(text) or text.isupper() and unit.words <= 3 and not capital_headings(body[position + 1:])):
            return "label"   # ("JUDGMENT", "PRESS RELEASE" above the text; not the first of the text's own headings)
        if GRAPHIC.search(text) and not is_prose(unit) or is_data(text):
            return "fragment"
        if P.INLINE_LINK.match(text) and unit.words <= 20 and not is_prose(unit):
            return "inline link"
        if counts.get(text.lower(), 0) > 1 and unit.words <= 12 and not (unit.words >= 8 and is_sentence(text)):
            return "chrome"
        if self.clip.kind == "interview" and QUESTION_END.search(text) and unit.words <= 60:
            return "text"   # (an interview's question is a paragraph of it, not a heading)
        if unit.text.startswith("## ") and not is_prose(unit):
            return "subheading"
        following = body[position + 1] if position + 1 < len(body) else None
        if re.match(r"#{3,6} ", unit.text) and not is_prose(unit) and following is not None and is_prose(following) and \
                not P.PROMPT.search(following.clean):
            return "subheading"   # (a lower heading the page set, over a paragraph: '### „Ohne Ehrenamt läuft nichts“')
        if _numbered_heading(unit, body[position - 1] if position else None, following):
            return "subheading"
        if is_prose(unit) or LIST_ITEM.match(unit.text) or is_sentence(text) or \
                text.endswith(":") and following is not None and (LIST_ITEM.match(following.text) or
                                                                   position + 1 in getattr(self, "items", ())):
            return "text"   # (a list, and the line that introduces it, are the article's)
        if re.search(r"\d", text) and not re.search(r"[^\W\d_]{3}", text):
            return "fragment"
        if unit.words <= 14 and following is not None and \
                (is_prose(following) or (following.tight or unit.words <= 4) and re.match(r"[-*]\s+\S", following.text) and
                 any(is_prose(u) for u in body[:position]) and
                 any(is_prose(u) for u in body[position + 1:]) or
                 (_reads_on(following) or following.words >= 3 and SHORT_SENTENCE.match(following.clean) or
                  unit.words >= 3 and _introduces_list(following, body[position + 2] if position + 2 < len(body) else None))
                 and any(is_prose(u) for u in body[:position]) and
                 not P.PROMPT.search(text) and not self._meta_kind(following)) and \
                (text[:1].isupper() or NUMBER_FIRST.match(text)) and not text.endswith((",", ";", ".")):
            if unit.words >= 11 and not QUOTED.match(text) and not unit.text.startswith("#") and not text.endswith(":") and \
                    not re.search(r"\s[a-zà-ÿ]{1,3}$", text) and not ASKS.match(text) and any(is_prose(u) for u in body[:position]):
                return "caption"   # (a long line between paragraphs, no sentence: a picture's caption; headings are
                #                    short; not a line a narrow column broke after 'of', 'do', 'del')
            return "subheading"   # (a heading never ends with a full stop: "Inspectors found cracks." is text)
        if unit.words >= 3 and SHORT_SENTENCE.match(text) and any(is_prose(u) for u in body[:position]) and \
                (following is not None and _reads_on(following) or following is None and is_prose(body[position - 1])):
            return "text"   # (a short sentence between paragraphs, or closing them: "Then the power went out.")
        if unit.words <= 8:
            return "fragment"
        return "text"

    def _byline_pair(self, body: list[Unit], position: int, meta: str | None) -> str | None:
        """A byline beside its dateline, the clipping's first, below a standfirst and a key-points box but above the
        text's first full paragraph ('L'essentiel' / three points / 'Stéphane Marty' / 'Publié le 15/10/2025'): the
        article's own, not a quoted story's. The byline may be a bare name."""
        if self.clip.authors and self.clip.published and not self.date_over_headline or \
                any(u.words >= 45 for u in body[:position]):
            return None
        unit = body[position]
        # (a place may stand between the name and the date: 'Nira Hernández' / 'Los Llanos de Aridane' / '12/06/2025 -
        #  09:40')
        after = [body[at] for at in (position + 1, position + 2) if at < len(body)]
        after = after[:1] if after and not self._place_line(after[0]) else after
        if meta is None and not self.clip.authors and unit.words <= 4 and name_like(unit.clean) and \
                any(self._meta_kind(u) == "dateline" for u in after):
            return "byline"
        before = [body[at] for at in (position - 1, position - 2) if at >= 0]
        before = before[:1] if before and not self._place_line(before[0]) else before
        if meta == "dateline" and (not self.clip.published or self.date_over_headline) and \
                any(self._meta_kind(u) == "byline" or u.words <= 4 and name_like(u.clean) for u in before):
            return meta   # (the story's own date under its writer's name: over the site's date of the day, set above)
        date = after[-1] if after else None
        if meta == "byline" and not self.clip.authors and date is not None and self._meta_kind(date) == "dateline":
            return meta
        return None

    @staticmethod
    def _place_line(unit: Unit) -> bool:
        """A place alone on a line between a byline and its date: 'Los Llanos de Aridane'."""
        return unit.words <= 5 and not re.search(r"[\d:,.;!?]", unit.clean) and outlet_like(unit.clean)

    @staticmethod
    def _signed(unit: Unit, above: Unit) -> bool:
        """A name and its role, lower case after a comma, alone under the text's last paragraph: who wrote it."""
        name, _, role = unit.clean.partition(",")
        return bool(role) and unit.words <= 8 and is_prose(above) and SIGNED_ROLE.match(role.strip(" .")) is not None \
            and name_like(strip_honorific(name.strip())) and not P.ORGANISATION_WORDS.search(name)

    def _pull_quote(self, unit: Unit, body: list[Unit]) -> bool:
        """A line that repeats a passage of a longer paragraph of the text: a pull quote set out."""
        if getattr(self, "_prose_of", None) is not body:   # (the text's paragraphs made plain once, not once a line)
            self._prose_of, self._plain_prose = body, [plain_text(u.clean) for u in body if is_prose(u)]
        return is_pull_quote(unit.clean, self._plain_prose)

    def _paywall(self, unit: Unit) -> None:
        clip = self.clip
        if RIGHTS_NOTICE.search(unit.clean):   # ('Copyright APR. Reproduction réservée aux abonnés du service.': who may
            self._removed("the rights notice", unit, "chrome")   # reprint it, not how much of it the reader saw)
            return
        share = P.PAYWALL_SHARE.search(unit.text)
        held = f"about {100 - int(share.group(1))}%" if share and int(share.group(1)) < 100 else None
        clip.decide("access", "partial", f"the clipping says “{unit.clean}”")
        clip.access_note = f"opening only ({held})" if held else "opening only; the rest is for subscribers"
        self._removed("paywall notice", unit, "paywall")

    def _elsewhere(self, unit: Unit) -> None:
        match = P.continues_elsewhere(unit.clean)
        name = next((v for v in match.groupdict().values() if v), "").strip(" .»›>→")   # (a link's arrow is no part of a name)
        address = re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", name)   # (the original's: 'ausseer-rundschau.example')
        if address and self.site and names_host(self.site, "https://" + name):
            self._removed("a link to the outlet's own site", unit, "elsewhere")
            return   # (a newsletter's link to its own site: its own text, read whole)
        self.stopped_short = True
        if address and (spelt := self._spelt_by(name)):
            name, address = spelt, None
        if name and not URL.match(name) and len(name.split()) <= 6 and not P.THE_SITE.match(name):
            if not self.site or name.lower() != self.site.lower():
                self.original = self.original or (name if address else outlet_name(name))
        self._removed("sends the reader elsewhere for the rest", unit, "elsewhere")

    def _spelt_by(self, address: str) -> str | None:
        """The outlet's name as the clipping writes it, that the address spells ('Ausseer Rundschau · 06.02.2025 · …'
        for ausseer-rundschau.example)."""
        for unit in self.units:
            for part in re.split(r"\s+[·|•–—]\s+", unit.clean):
                if 1 <= len(part.split()) <= 6 and outlet_like(part) and names_host(part, "https://" + address):
                    return outlet_name(part)
        return None

    def _place_date_opening(self, text: str) -> str:
        """'Fenwick, 12 March 2025 – The trust will ...' opening the text: the date is the publication's (when
        no other is stated), and the dateline goes from the paragraph."""
        match = P.PLACE_DATE_OPENING.match(text)
        found = find_date(match.group(2)) if match else None
        if not found or found.text.strip() != match.group(2).strip(" ,"):
            return text
        if not self.clip.published:
            self.clip.decide("published", found.value, f"from the dateline “{match.group(0).strip()}”")
        self.clip.removed.append(f"dateline: {match.group(0).strip()}")
        return text[match.end():]

    def _on_portal(self) -> bool:
        """The page is a press-release portal's: it says its issuer alone answers for the text."""
        if not hasattr(self, "_portal"):
            self._portal = any(F.PORTAL_NOTICE.search(u.clean) for u in self.units)
        return self._portal

    def _wire_code(self, code: str, dateline: Unit) -> bool:
        """An agency's code in small letters that the dispatch sets again on a line of its own: its message number
        ('dnp0417 3 vm 312 …'), its sign-off ('anb kh yybb z2 mrl') or its source field ('Quelle: anb')."""
        if not re.fullmatch(r"[a-z]{2,5}", code):
            return False
        again = re.compile(rf"^(?:{code}\d{{3,}}\b|{code}(?: [a-z0-9]{{1,5}}){{2,}}$|{P.SOURCE_LABEL.pattern}\s*{code}$)", re.I)
        return any(again.match(u.clean) for u in self.units if u is not dateline)

    def _own_initials(self, name: str) -> bool:
        """The site's own name, or its short name, in a dispatch's dateline: an agency's own site, whose stories are its
        dispatches. The name itself ('Glückstadt (nordpresse) -' under 'nordpresse'), or a short code in one case that
        is a word of the masthead ('Lorient (APL) -' under 'APL – Agence Presse Littoral', 'Dresden (mdn) -' under 'mdn
        Mitteldeutscher …') or is printed beside the site's name ('© 2026 DAH Depeschenagentur Helvetica AG')."""
        site = getattr(self, "site_line", None) or getattr(self, "site", None) or ""
        if not site:
            return False
        if name.casefold() == site.casefold():
            return True
        if not (name.isupper() or name.islower()) or not 2 <= len(name) <= 6:
            return False
        beside = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        if AGENCY_NAME.search(site) and re.fullmatch(".*?".join(map(re.escape, name.casefold())) + ".*", fold(site)) and \
                fold(site)[:1] == name[:1].casefold():
            return True   # (an agency's code spelt from its name's letters: 'Hannover (lnd) -' under 'Landesnachrichtendienst …')
        return name in re.findall(r"[\w&]+", site) or \
            any(site.casefold() in unit.clean.casefold() and beside.search(unit.clean) for unit in self.units)

    def _agency_dateline(self, unit: Unit) -> str:
        """'PARIS (AFP) — ...', 'Berlin (dpa) - ...', 'MADRID, 3 may (EFE).- ...': the agency is credited and
        the dateline goes (the paragraph's text, without it)."""
        match = re.match(r"^[A-ZÀ-Þ][\w .'’/-]{1,40}?(?:\s*\([^)]{1,12}\))?(?:,\s*[\w .]{1,20}?){0,2}\s*\(([^)]{2,40})\)\s*[-–—.:]+\s*",
                         unit.text) or \
            AGENCY_FIRST.match(unit.text) or AGENCY_LEADING.match(unit.text)
        agencies = [a for a in re.split(r"\s*[/,]\s*", match.group(1)) if P.AGENCIES.match(a) or self._own_initials(a) or
                    re.fullmatch(r"[A-Z][A-Z&]{1,5}", a) and not NOT_AGENCY_CODE.match(a) and not self._on_portal() or
                    self._wire_code(a, unit)] \
            if match else []
        # (an agency the phrase lists do not know, by its code in capitals where a dateline sets an agency's:
        #  'Santander, 21 ene (APN).- …', 'DIVINÓPOLIS (MG), 9 mar (APN) – …'; on a press-release portal, the code
        #  is the portal's, 'Leoben (OTD) –', which credits no one)
        for agency in agencies:
            self._credit(agency, None)
            self.agency_dateline = True
            self.own_dispatch = self.own_dispatch or self._own_initials(agency)
        if agencies and len(unit.text) > match.end() and unit.text[match.end()].isupper():
            self.clip.removed.append(f"dateline (its agency kept in credits): {match.group(0).strip()}")
            return unit.text[match.end():]
        return unit.text


# A name that says its bearer is a news agency: 'Agencia Noroeste', 'Tiroler Landesagentur', 'Landesnachrichtendienst'.
AGENCY_NAME = re.compile(r"agen[cz]|agent|agência|dienst|depesche|news service|wire\b|press association", re.I)
QUOTED = re.compile(r"^[\"“‘«„'‹]")
# A role after the signing name: lower case, a few words ('parroco', 'Vorsitzender des Vereins', 'chair').
SIGNED_ROLE = re.compile(r"^(?-i:[a-zà-ÿ])[\w'’ -]{2,40}$")
# The office that signs a notice or a letter, on its line over the name: 'O Presidente da Câmara Municipal,', 'Il Sindaco',
# 'Der Bürgermeister', 'The Chief Executive'.
OFFICE_LINE = re.compile(r"^(?:(?:o|a|il|la|lo|le|der|die|el|the)\s+|l['’])(?:\w+\s+){0,5}?(?:presidente|sindac[oa]|bürgermeister(?:in)?|"
                         r"alcalde(?:sa)?|maire|mayor|chief executive|director[a]?|directeur|directrice|direttore|direttrice|"
                         r"diretor[a]?|landrat|landrätin|präsident(?:in)?|president|secretari[oa]|segretari[oa]|secrétaire|"
                         r"vereador[a]?|assessore|chair(?:man|woman)?)\b[^.!?]{0,60}[,:]?$", re.I)
# The head of the body whose act it is, signing it in office: an official act's signatory, no writer (vet.py).
HEAD_OF_BODY = re.compile(r"\b(?:maire|mayor|sindac[oa]|alcalde(?:sa)?|(?:ober)?bürgermeister(?:in)?|presidente da câmara|"
                          r"landrat|landrätin)\b", re.I)
# A place and a date closing a notice: 'Paços do Concelho de Vila Franca do Mar, 2 de dezembro de 2026.'
PLACE_DATE_END = re.compile(r"^(?-i:[A-ZÀ-Þ])[^,.;:!?]{2,60},\s*(?:(?:le|el|il|den|am|on)\s+)?\d{1,2}(?:[\w .º°]{3,25}|[/.-]\d{1,2}[/.-])\d{4}\.?$", re.I)
# A signature set after a dash under the text: '— Board of Directors, Antigonish Valley Voyageurs Hockey Club'.
SIGNATURE_LINE = re.compile(r"^[—–]\s*(?-i:[A-ZÀ-Þ])")   # (a dash, not a list item's hyphen)
# A heading that asks what the section answers ('What the board will do about …'): never a caption.
ASKS = re.compile(r"^(?:what|how|why|who|where|when|which|ce (?:que|qui)|qu'|comment|pourquoi|was|wie|warum|wer|wo|wann|"
                  r"qué|cómo|por qué|quién|dónde|cuándo|cosa|come|perché|chi|dove|quando|o que|como|porque|quem|onde)\b", re.I)


def _introduces_list(unit: Unit, following: Unit | None) -> bool:
    """A short line ending in a colon with a list under it ('Under the plans:' / '- companies must …')."""
    return unit.clean.endswith(":") and unit.words <= 12 and following is not None and bool(LIST_ITEM.match(following.text))


def _numbered_heading(unit: Unit, before: Unit | None, following: Unit | None) -> bool:
    """'2. How customers responded', 'II. Ce que dit le rapport' alone between paragraphs: a numbered section's title, not a list
    (a list has items before or after it)."""
    return bool(re.match(r"^(\d{1,2}(\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+[A-ZÀ-Þ]", unit.clean if unit.text[:1] != "#" else unit.text)) and \
        unit.words <= 10 and not SENTENCE_END.search(unit.text) and following is not None and is_prose(following) and \
        not LIST_ITEM.match(following.text) and (before is None or not LIST_ITEM.match(before.text))


# A dateline's place in capitals opening the text, without an agency: 'BRISTOL — ', 'VIANA DO CASTELO – '.
PLACE_OPENING = re.compile(r"^(?=[A-ZÀ-Þ'’. -]{4})[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){0,4}\s+[—–-]\s+(?=[\"«„“]?[A-ZÀ-Þ])|"
                           # (or closed by a stop, as Italian papers set it: 'FELIZZANO. Chi abita a Felizzano …')
                           r"^[A-ZÀ-Þ][A-ZÀ-Þ'’-]{3,}(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]*){0,3}\.\s+(?=[\"«„“]?[A-ZÀ-Þ][a-zà-ÿ])")
NUMBERED = re.compile(r"^\d{1,3}[.)]\s+\S")
MARKED = re.compile(r"^[-*]\s+\S")   # (a bulleted item; numbered paragraphs, a ruling's, are paragraphs)


def tight_lists(blocks: list[str]) -> list[str]:
    """A list's items, one block each as read, made one block of lines: a list is one paragraph of the text."""
    merged: list[str] = []
    for block in blocks:
        item = MARKED.match(block)
        if item and merged and MARKED.match(merged[-1].rsplit("\n", 1)[-1]):
            merged[-1] += "\n" + block
        else:
            merged.append(block)
    return merged


def capital_headings(units: list[Unit]) -> bool:
    """Headings in capitals among `units` (short lines, not sentences, before running text): the
    document's style of heading, so that a line in capitals above its text is one of them."""
    return any(u.clean.isupper() and u.words <= 8 and not SENTENCE_END.search(u.clean) and i + 1 < len(units)
               and is_prose(units[i + 1]) for i, u in enumerate(units))


def _inline(text: str) -> str:
    """A paragraph as Markdown text: a leading '#' or list marker written by the author stays."""
    return text


def _hhmm(text: str) -> str:
    return entry_time(text) or "00:00"


# A sentence of a few words: a capital (or an opening quotation mark) first, a lower-case word
# in it, and a full stop, an exclamation or a question mark last.
SHORT_SENTENCE = re.compile(r"^[«„“\"‘'¿¡(]?[^\W\d_][^\n]*\s[^\W\d_]*[a-zß-ÿ][^\n]*[.!?…][»“”\"’')]?$")


def _reads_on(unit: Unit) -> bool:
    """Whether a unit reads as the article's running text: a paragraph, a sentence, or a line
    that introduces a list."""
    return is_prose(unit) or is_sentence(unit.clean) or unit.words >= 6 and unit.clean.endswith(":")

