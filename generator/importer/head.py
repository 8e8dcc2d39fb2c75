"""The head of a pasted clipping: each line above the text judged (page furniture, masthead,
section label, byline, dateline, credit, caption, address, the original's credit) and the headline
chosen among the rest. A part of TextReader (text.py), which holds the clipping and its lines."""
from __future__ import annotations

import re

from . import labels as L
from . import furniture as F
from . import phrases as P
from .lines import (ADDRESSEE, FORMS_OF_ADDRESS, BUTTONS, DIAL, EDITION, SENTENCE_END, SUBTITLE, URL_LINE, Unit, agency_dateline, source_dateline, byline_by_comma, byline_like, headline_text, is_breadcrumb, breadcrumb_steps,
                    URL, content_words, is_menu, is_prose, is_section, is_sentence, name_like, outlet_like, outlet_name, overlap, sentences, short_sentences)
from .kinds import SUBJECT, advertising, document_line, label_kind, note_label
from .languages import TRANSLATION
from .meta import caption_credit, name_before_role, named_after_caption
from .prompts import EDITED_NOTE, FORWARDED_FROM, PROVIDED_BY, address, author_bio, file_or_plea, footer_name, legal_footer, reader_call
from .official import FORM_OF_ADDRESS, SALUTATION
from .mastheads import (PORTAL, elect, folio_outlet, holders, named_elsewhere, names_site, rights_holder, set_as_name,
                        spelt_out, station_in_bar)
from .letterhead import LetterheadReader
from .posts import community, followed, post_mark, poster
from .vet import RUNNING_LABEL, buttons, not_an_outlet
from .shown import GENERIC_TITLE
from .when import TIME, date_range, find_date, find_month

# The first word after a byline's 'Par', 'By': a determiner is no name ('PAR CES MOTIFS', a ruling's formula).
NOT_A_NAME = re.compile(r"(?i:the|this|these|those|a|an|ce|ces|cette|cet|le|la|les|un|une|diese[rsmn]?|der|die|das|ein|"
                        r"este|esta|estos|estas|el|los|las|una|questo|questa|questi|queste|il|lo|gli)\b|\d")
# (a number opens no name: 'Von 8 Uhr bis 14 Uhr', 'De 9 h à 17 h' are hours, not bylines)
# A company's or an association's legal form closing its name: no headline ends so.
LEGAL_FORM = re.compile(r"\s(?:e\.\s?V\.|GmbH(?: & Co\. KG)?|AG|KG|eG|Ltd\.?|plc|Inc\.?|LLC|S\.\s?A\.?|S\.\s?L\.?|"
                        r"S\.p\.A\.?|S\.r\.l\.?|SARL|SAS|Lda\.?)$")
# A field under a label in capitals: 'THE CLAIM: "…"', 'OUR VERDICT: MISLEADING', 'LA FRASE: «…»' (a fact check's or
# a profile's box): two capital words before the colon, or one before a quotation. No headline is set so.
LABELLED_FIELD = re.compile(r"^(?:[A-ZÀ-Þ'’]{2,}\s){1,3}[A-ZÀ-Þ'’]{2,}\s?:\s|^[A-ZÀ-Þ'’]{2,}\s?:\s*[\"“«„]")
# Minutes named with their sitting's day: 'Niederschrift über die öffentliche Sitzung … am 25. November 2025'.
MINUTES_OF = re.compile(r"^(?:niederschrift über|protokoll (?:der|über die)|minutes of the|procès-verbal de|"
                        r"compte rendu de la séance|verbale della seduta|acta de la sesión|ata da reunião)\b", re.I)
# A sitting named with its day, a meeting's record's title: 'Seduta straordinaria del Consiglio comunale del 25 luglio 2024'.
SITTING_OF = re.compile(r"^(?:seduta|sitting|(?:council |public )?meeting|séance|sitzung|\w+ratssitzung|sesión|sessão|reunião|"
                        r"adunanza|riunione)(?:\s+[^\W\d]\S*){3,10}?\s(?:del|of|du|vom|de|da|do|on|am|le|el)\s+\d", re.I)
# (naming the body that sits, not only its day: 'Séance du 12 janvier 2026' over a deliberation is its date)
# An item of a numbered list: '1. Lamèque : l'aréna rouvrira en janvier'.
NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+\S")
# A form's field, its label set apart from its value by a wide gap or a tab: 'Report of:          Parish Clerk'; or any
# 'Label: value' line, one of three or more set tight ('Meeting: Full Council' / 'Agenda item: 7' / 'Report of: …').
FORM_FIELD = re.compile(r"^[^\W\d][\w ’'/.-]{0,30}:(?:\s{2,}|\t)\S")
# A web clipper's header over the article it copied: where from, when clipped, its tags and notebook.
CLIPPER_FIELD = re.compile(r"^(?:source|url|created|clipped|saved|tags|notebook|author|title|captured)\s?:\s*\S", re.I)
# A list item's count after its name: 'Local news (14)'.
COUNTED = re.compile(r"\S\s\(\d{1,5}\)$")
# A read-later app's day the reader saved the article, set as its own line: 'Saved 3 Apr 2024', 'Gespeichert am 3. April'.
SAVED_ON = re.compile(r"^(?:saved|added|archived|gespeichert|hinzugefügt|enregistré|sauvegardé|ajouté|guardado|añadido|"
                      r"salvato|aggiunto|salvo|adicionado)(?: (?:on|am|le|el|il|em|at))?\s+\S", re.I)
CLIPPER_DATE = re.compile(r"^(?:created|clipped|saved|captured|date saved|erstellt|créé|creado|creato|criado)\s?:\s*\S", re.I)
LOGO_ALT = re.compile(r"^(?:logo(?:tipo)?|logotype)\b|\blogo$", re.I)   # (an image's text read out: 'District of Peachland logo')
FIELD_LINE = re.compile(r"^[^\W\d_][^\W\d_’'/.-]*(?: [^\W\d_’'/.-]+){0,2}\s?:\s*\S")
# A dateline's place in capitals set before the byline on its line: 'LEÓN | Texto: …', 'BASTIA · Par …'.
PLACE_FIRST = re.compile(r"^(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{1,30}?)\s*[|·•]\s*")
# An e-mail's headers, in each language: sender, recipients, subject; and its date.
MAIL_HEADER = re.compile(r"^(?:from|to|cc|bcc|subject|reply-to|von|an|betreff|de|à|objet|para|asunto|da|a|oggetto|assunto)"
                         r"\s?:\s*\S", re.I)
MAIL_DATE = re.compile(r"^(?:date|sent|datum|gesendet|envoyé|fecha|enviado|data|inviato)\s?:\s*\S", re.I)
# A bare domain name ('echodesbastides.example', as a reader view shows where a page comes from): an address, which
# names no outlet as its reader would write it.
DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.I)
QUESTION_MARK = re.compile(r"[?？]\W*$")
GRAPHIC_PARTS = re.compile(r"[|]|grafi|graph", re.I)   # ("Source: X | Graphic: Y", a graphic's credit, not an original)


def running_text(text: str) -> bool:
    """Two sentences or more, the last closed: a paragraph ('Seit Wochen funktioniert … stundenweise. Die Mieter …')."""
    return bool(re.search(r"[.!?…][\"”»’)]?\s+[\"„“«]?[A-ZÀ-Þ]", text)) and bool(re.search(r"[.!?…][\"”»’)]?$", text)) and \
        len(text.split()) >= 12


def folio(text: str) -> bool:
    """A printed page's folio or an e-paper's edition line, dated: 'THE FENMOUTH ADVERTISER   Thursday, October 16, 2025   5',
    '12 | COMARCAS   DIARIO DE LA SIERRA   MIÉRCOLES, 8 DE OCTUBRE DE 2025', 'Edición impresa · Miércoles, 8 de octubre'."""
    cells = [cell for cell in re.split(r"\s{3,}|\s+\|\s+", text.strip()) if cell]
    return bool(EDITION.search(text)) or len(cells) >= 3 or \
        len(cells) >= 2 and any(re.fullmatch(r"\d{1,3}", cell) for cell in (cells[0], cells[-1]))


# A newsroom terminal's tab for the agencies' wires, among its menu's items ('Eingang' / 'Agenturen' / 'Bilder').
AGENCIES_TAB = {"agencies", "agences", "agenturen", "agencias", "agenzie", "agências", "wires"}
# The header row of an agency's dispatch: its number, then its date and time among other cells.
DISPATCH_ROW = re.compile(r"^(?:despacho|dépêche|depeche|dispatch|meldung|agenturmeldung|dispaccio|lancio|teletipo|wire)\s*"
                          r"(?:n[º°o.]?\s*|nr\.?\s*|no\.?\s*)?[\w/-]*\d[\w/-]*\s*[|·•]", re.I)


def label_row(text: str) -> bool:
    """A kicker set as a row of short labels between middle dots or bars, none a sentence: 'WAITING ON THE ROAD · PART 2
    OF 4', 'Divisão de Honra · 7.ª jornada'. A headline is one phrase; its colon or dash joins, a dot separates."""
    cells = re.split(r"\s+[·•|]\s+", text.strip())
    return len(cells) >= 2 and all(1 <= len(cell.split()) <= 5 and not SENTENCE_END.search(cell) for cell in cells)


# An issue's or a version's line: 'Rundbrief 4/2026', 'Versión 1', 'No. 12': never a masthead.
ISSUE_LINE = re.compile(r"\b\d{1,3}\s*/\s*(?:19|20)\d\d\b|^(?:version|versión|versione|versão|fassung|v)\s?\.?\s?\d", re.I)


def capital_name(unit: Unit, head: list[Unit]) -> bool:
    """A print replica's byline: the writer's name alone in capitals over the text, nothing under it but the place
    the story was written in ('ROCÍO GÁLVEZ' / 'VALDEMORILLO'); not a ruling's label beside its judge ('JUDGMENT
    HARDWICK J.')."""
    text = unit.clean
    if not (text.isupper() and 2 <= unit.words <= 4 and name_like(text.title())) or P.ORGANISATION_WORDS.search(text.title()) \
            or label_kind(text.split()[0]):
        return False
    return all(u.clean.isupper() and u.words <= 2 or not u.clean for u in head[head.index(unit) + 1:])


class HeadReader(LetterheadReader):
    """Classifies the head's lines and chooses the headline."""
    def _meta_kind(self, unit: Unit) -> str | None:
        text = unit.clean
        if not text:
            return "blank"
        if unit.words <= 6 and self._holder(unit):
            return None   # (the name the page's copyright line gives, 'Açores Hoje': no dateline's 'today', no button)
        if unit.words <= 12 and SALUTATION.match(text):
            return None   # (a letter's or a speech's salutation, the text's first line: 'Monsieur le Bourgmestre,')
        if P.AGENDA_ITEM.match(text):
            return None   # (a sitting's agenda item, 'TOP 2: Genehmigung der Niederschrift vom 16. September 2025': its
            #               text's heading, no dateline nor byline)
        if (place := PLACE_FIRST.match(text)) and unit.words <= 20 and (P.BYLINE_START.match(rest := text[place.end():]) or
                                                                      name_like(re.split(P.SEPARATORS, rest)[0].strip())
                                                                      and P.CREDIT.search(rest)):
            unit.text = text = text[place.end():]   # ('LEÓN | Texto: Pablo Robles | Fotos: …': the place, then the byline)
        if unit.words <= 8 and L.DOCUMENT_LABEL.match(text):
            return None   # (a document's label, read as such below, even set as a row: 'PRESS RELEASE · INTERIM RESULTS')
        if unit.words <= 30 and P.DISPATCH_PRIORITY.search(text) and not find_date(text):
            return "chrome"   # (a terminal's fields over the dispatch: 'Priorité : normale | Catégorie : … | Mots-clés : …')
        if unit.words <= 40 and DISPATCH_ROW.match(text) and find_date(text):
            return "dateline"   # (an agency's dispatch header: 'Despacho nº 260309-0417 | 09/03/2026 16:42 | Prioridade: …')
        if F.CHROME.match(text) or " / " in text and all(F.CHROME.match(part) for part in text.split(" / ")) or \
                (unit.words <= 40 and ((F.chrome_sentence(text) or F.meter_running(text)) and not self._amid_prose(unit) or P.PASS_IT_ON.search(text) and P.LETTER_WORDS.search(text))) or \
                is_menu(unit) or is_breadcrumb(text) or P.ISSUE_NUMBER.match(text) and unit.words <= 3 or \
                reader_call(text, unit.words) or legal_footer(text) or unit.words <= 30 and EDITED_NOTE.match(text) or \
                file_or_plea(text, unit.words) or address(text, unit.words):
            return "chrome"
        if F.ACCESSIBILITY.match(text) and any(F.CHROME.match(u.clean) for u in self.units[unit.index + 1:unit.index + 3]):
            return "chrome"   # (the accessibility toolbar's name over its controls: 'Barrierefreiheit' / 'Schriftgröße' / 'A+')
        if self._mail_header(unit) or self._clipped_at(unit):
            return "chrome"   # ('Subject: …', 'To: …' over a forwarded letter; when a web clipper copied the page)
        if unit.index and unit.words <= 8 and F.ON_AIR.match(self.units[unit.index - 1].clean):
            return "chrome"   # (the programme on air now, under the station's label: 'ON AIR NOW' / 'Breakfast with …')
        if unit.index and unit.words <= 5 and ((above := self.units[unit.index - 1].clean).casefold().rstrip(".") in FORMS_OF_ADDRESS
                                               or FORM_OF_ADDRESS.fullmatch(above.rstrip(" ,"))):
            return "chrome"   # (a letter's addressee under the form of address: 'Frau' / 'Renate Schymanski')
        if poster(self.units, unit):
            return "byline"   # ('Ada Wrenfield' / 'Follow': a platform's writer)
        if unit.words <= 5 and unit.index and P.ROLE_WORDS.search(text) and not SENTENCE_END.search(text) and \
                (P.BYLINE_START.match(before := self.units[unit.index - 1].clean) or name_like(before)) and \
                self.units[unit.index - 1].words <= 6:
            return "chrome"   # (the writer's role on the line under the byline: 'By Harriet Quill' / 'Chief reporter',
            #                    'Sophie Lindqvist' / 'Local Democracy Reporter')
        if unit.words <= 7 and not SENTENCE_END.search(text) and name_before_role(text):
            return "byline"   # ('Priya Ellingham Transport correspondent': a name and a role, no 'By')
        if F.VIDEO_LABEL.match(text) and unit.words <= 25 and not name_like(text.partition(":")[2].strip()) or \
                F.PLAYER_TIME.match(text) or \
                unit.words <= 20 and F.DURATION_END.search(text) and not find_date(text) and not P.PUBLISHED_WORDS.search(text):
            return "chrome"   # (a video player over the story: 'Ver: …', '0:00 / 2:31', the next videos with their lengths;
            #                    not who filmed it, 'Vídeo: Tiago Amorim', a credit)
        if unit.words <= 40 and self._in_summary(unit) and not self._amid_prose(unit):
            return "chrome"   # (a summary box over the text, a machine's or the newsroom's: the text says it all again)
        if unit.words <= 2 and text.lower().strip(" :") in BUTTONS and not label_kind(text):   # ('COMMENT' over an opinion: a label)
            return "chrome"   # ('Comments', 'Reply' on a line of its own: a button)
        if unit.words <= 6 and COUNTED.search(text) and any(COUNTED.search(self.units[i].clean) for i in
                                                           (unit.index - 1, unit.index + 1) if 0 <= i < len(self.units)):
            return "chrome"   # (a reader's list of feeds or folders with their unread counts: 'Upper Mountains Courier (6)')
        if unit.words <= 14 and F.WEATHER_WIDGET.match(text) and not SENTENCE_END.search(text) and \
                sum(word.isalpha() and word.islower() and len(word) >= 4 for word in text.split()) <= 2:
            return "chrome"   # (the site's weather of the day in its top bar: 'Rimouski 3 °C Vents NE 60 km/h, rafales à 90')
        if unit.words <= 8 and F.TICKER.search(text) and sum(any(c.isdigit() for c in w) for w in text.split()) >= 2 or \
                unit.words <= 10 and F.SCORE.match(text) or F.MINUTE.match(text):
            return "chrome"   # ('DAX 19.842,17 +0,41 %': a market ticker's row; 'Real Zaragoza 1 - 0 Cádiz CF', "Min. 67'": a score)
        if unit.words <= 6 and P.SUBSCRIBER_BADGE.search(text) and not SENTENCE_END.search(text):
            return "chrome"   # ('Article réservé aux abonnés', 'Nur für Abonnenten': the article's badge)
        if self._caption(unit):
            return "caption"
        if URL_LINE.match(text):
            return "url"
        if P.FIRST_PUBLISHED.match(text) and (unit.words <= 30 or P.ABOUT_THIS_ARTICLE.match(text) and unit.words <= 80) \
                and not GRAPHIC_PARTS.search(text):
            return "original"   # ("Cet article a été initialement publié par X le 28 août 2024."; a longer note on this
            #                      very article: 'This story was originally published by X on …, and is republished …')
        if (P.AGENCIES.match(text.strip(" ()")) or P.AGENCY_NAMED.match(text.strip(" ()")) and not self._first_words(unit)) and \
                not (text.casefold() in AGENCIES_TAB and self._in_menu(unit)):
            return "agency"   # (an agency by its name on a line of its own; first on the page, the agency's own masthead;
            #                   not a terminal's tab among its menu's, 'Eingang' / 'Agenturen' / 'Bilder')
        if agency_dateline(text):
            return "agency dateline"   # ("Madrid, 3 jun (EFE)" on a line of its own)
        if source_dateline(unit.text):
            return "chrome"   # ('Winsen (Aller) (pm) -' on a line of its own: a dateline naming no agency)
        if unit.words <= 20 and P.CONTRIBUTION.match(text) and (";" in text or len(P.CONTRIBUTION_ROLE.findall(text)) >= 2):
            return "contribution"   # ("Reporting by Ann Lowe; Editing by Tom Hart": not a byline, a credit)
        if text.startswith(("©", "(c)")) and names_site(text, getattr(self, "site_line", None) or self.site):
            return "chrome"   # ('© Calderfield Fire and Rescue Authority' under a page headed by its service: the page's rights)
        if unit.words <= 25 and (P.CREDIT.search(text) and not P.BYLINE_START.match(text) or P.TRANSLATOR.match(text)) or \
                self._signed_picture(unit):
            return "credit"
        if P.BYLINE_START.match(text) and unit.words <= 20 and not is_prose(unit) and \
                not P.HONORIFIC.sub("", text[P.BYLINE_START.match(text).end():])[:1].islower() and \
                not NOT_A_NAME.match(text[P.BYLINE_START.match(text).end():]):
            return "byline"   # ('Por Lucía Gil'; not 'Por qué el azud ...', a headline)
        if unit.words <= 25 and P.VOLUME.match(text) and find_date(text):
            return "dateline"   # (an issue's line: its volume, number and day; no writer's)
        if unit.words <= 25 and len(re.split(P.SEPARATORS, text)) >= 2 and \
                any(name_like(part.strip()) and not self._place_in_text(part.strip())
                    for part in re.split(P.SEPARATORS, text)) and \
                (find_date(text) or P.CREDIT.search(text)) and \
                not any(len(part.split()) > 10 for part in re.split(P.SEPARATORS, text)):
            return "byline"   # ('Ann Lowe | Leeds | 4 June 2024'; not a headline that opens on a name, 'Linea Lucca –
            #                   Aulla: bus sostitutivi … dal 24 marzo al 6 aprile 2025')
        if unit.words <= 12 and P.EVENT_DATE.match(text):
            return "chrome"   # (when the events happened, a field beside the report's own date: no publication date)
        if unit.words <= 16 and date_range(text) and not (P.PUBLISHED_WORDS.search(text) or P.UPDATED_WORDS.search(text)):
            return "chrome"   # ('12. Dezember 2026 bis 14. März 2027': an exhibition's or a works' run, no publication date)
        if unit.words <= 16 and (find_date(text) or find_month(text) or
                                 P.RELATIVE_TIME.search(text) and unit.words <= 8 and not QUESTION_MARK.search(text) and
                                 (re.search(r"\d", text) or unit.words == 1 or not outlet_like(text))) and \
                not is_prose(unit) and not short_sentences(sentences(text)) and not SUBJECT.match(text) and \
                not (unit.words >= 5 and SITTING_OF.match(text)):
            return "dateline"   # (not a name that says 'today', 'Metapontino Oggi'; not a question that says it, an
            #                    interview's; nor a letter's subject, 'Oggetto: … assemblea straordinaria del 20 febbraio
            #                    2026', which names a later day; nor a sitting's title, SITTING_OF)
        if unit.words <= 30 and (P.PUBLISHED_WORDS.search(text) or P.UPDATED_WORDS.search(text)) and \
                (TIME.search(text) or find_date(text)) and not is_prose(unit):
            return "dateline"   # ("Publicado el 17 de abril de 2024 a las 20:05 · Actualizado el 18 de abril ...")
        if unit.words <= 8 and L.CASE_NUMBER.match(text):
            return "case number"
        if unit.words <= 8 and any(pattern.search(text) for pattern, _ in TRANSLATION):
            return "translation"
        return None

    def _amid_prose(self, unit: Unit) -> bool:
        """A paragraph of three sentences or more with running text above and below it: the article's, whatever
        phrase of page furniture it holds ('… kostet ab Januar 248 statt 226 Euro im Monat.' is no offer)."""
        if unit.words < 25 or len(re.findall(r"[.!?](?:\s|$)", unit.clean)) < 3:
            return False
        if getattr(self, "_prose", None) is None or len(self._prose) != len(self.units):
            self._prose = [is_prose(u) for u in self.units]
        at = unit.index if unit.index < len(self.units) and self.units[unit.index] is unit else None
        return at is not None and any(self._prose[:at]) and any(self._prose[at + 1:])

    def _mail_header(self, unit: Unit) -> bool:
        """A header of an e-mail (its sender, recipient, subject), beside another: not its date, which dates it."""
        if unit.words > 20 or not MAIL_HEADER.match(unit.clean) or find_date(unit.clean):
            return False
        around = [self.units[i] for i in (unit.index - 1, unit.index + 1) if 0 <= i < len(self.units)]
        return any(MAIL_HEADER.match(u.clean) or MAIL_DATE.match(u.clean) for u in around)

    def _clipped_at(self, unit: Unit) -> bool:
        """When a note-taking app's web clipper made the copy ('created: 13/06/2025 08:41' among its 'source:', 'tags:'
        lines over the article): the copy's date, not the article's."""
        if unit.index <= 24 and unit.words <= 8 and SAVED_ON.match(unit.clean) and find_date(unit.clean):
            return True   # (a read-later app's 'Saved 3 Apr 2024' under the article's title: the day it was saved)
        if unit.index > 12 or not CLIPPER_DATE.match(unit.clean):
            return False
        near = self.units[max(unit.index - 4, 0):unit.index + 5]
        return sum(bool(CLIPPER_FIELD.match(u.clean)) for u in near if u is not unit) >= 2

    def _classify_head(self, unit: Unit) -> None:
        text = unit.clean
        if not self.clip.kind and document_line(text):
            self.clip.decide("kind", "document", f"the line “{text}” over the text names the official document it is")
            if find_date(text) and unit.words >= 5 and not self.clip.title and MINUTES_OF.match(text):
                self.clip.decide("title", text, "the line naming the minutes and their sitting's day")
        known = self.known.canonical(text) if unit.words <= 10 and not self._in_menu(unit) else None
        if known:   # (a line naming one of the dossier's outlets: its masthead, or the original's credit; not a menu's
            #          item that happens to spell one: 'Belgique' / 'Monde' / 'Économie' is no 'Le Monde')
            if not self.site:
                self.site = known
                self._removed("masthead (an outlet the dossier knows)", unit, "masthead")
            else:
                self.original = self.original or (known if known != self.site else None)
                self._removed("credit of a known outlet", unit, "original")
            return
        if unit.kind == "issuer":
            return   # (named under the wire's 'News provided by', read with it)
        where = community(self.units, unit)
        if where == "group":
            self._removed("the group's or the chat's name, over its members (where the post was read)", unit, "chrome")
            return
        if where == "page" and not self.site:
            self.site = outlet_name(text)   # (an organisation's page, over its likes and followers: what it posts, it publishes)
            self.posted_at = unit.index
            self._removed("the page that posts it (its publisher)", unit, "masthead")
            return
        provided = PROVIDED_BY.match(text) if unit.words <= 12 else None
        if provided:   # (a release a wire distributes: its issuer, on the line or the next, is the outlet; the wire is not)
            name = text[provided.end():].strip(" :")
            following = self.units[unit.index + 1] if unit.index + 1 < len(self.units) else None
            if not name and following is not None and outlet_like(following.clean):
                name = following.clean
                self._removed("the issuer the wire names", following, "issuer")
            if name and outlet_like(name):
                self.issuer = outlet_name(name, whole=True)
                self.wire_release = not P.PUBLISHED_WORDS.match(text)   # ('News provided by', not a platform's 'Published in')
            self._removed("the wire's line naming the issuer", unit, "chrome")
            return
        forwarded = FORWARDED_FROM.match(text) if unit.words <= 12 else None
        if forwarded:   # (a channel's post forwarded into a chat: the channel is the outlet)
            self.site = self.site or outlet_name(forwarded.group("name"))
            self._removed("the channel it was forwarded from", unit, "masthead")
            return
        if 2 <= unit.words <= 8 and text[:1].isalpha() and \
                (outlet_like(text) or set_as_name(text) and not re.search(r"[|,:·•]", text)) and \
                (not name_like(text) or P.ORGANISATION_WORDS.search(text)) and followed(self.units, unit, aged=True):
            self.site = outlet_name(text)   # (a club's or a company's page posting: the page is the publisher)
            self.posted_at = unit.index
            self._removed("the page that posts it (its publisher)", unit, "masthead")
            return
        printed = re.split(r"\s+[|–—-]\s+", text)
        if not self.site and unit.index <= 2 and len(printed) == 2 and GENERIC_TITLE.fullmatch(printed[1]) and \
                outlet_like(printed[0]):   # ('Le Réveil du Béarn – Version imprimable': the site, over its print view)
            self.site = outlet_name(printed[0])
            self._removed("masthead (over the page's print view)", unit, "masthead")
            return
        if not self.site and unit.index <= 2 and len(printed) == 2 and PORTAL.search(printed[1]) and outlet_like(printed[0]):
            self.site = outlet_name(printed[0])   # ('Nechako Forest Products – The Landing (staff intranet)': the company)
            self._removed("masthead (over its portal's name)", unit, "masthead")
            return
        kind = self._meta_kind(unit)
        if kind == "chrome" or kind == "blank":
            if kind == "chrome" and unit.words <= 5 and label_kind(text) in ("document", "transcript"):
                note_label(self.clip, text, "above the text")   # ('Official Record' over a parliament's written answer,
                #                                                  'DAILY HANSARD — PROOF TRANSCRIPT' over its debates)
            elif kind == "chrome" and len(steps := breadcrumb_steps(text)) >= 2 and all(len(s.split()) <= 4 for s in steps):
                for step in steps:   # ('Opinions › Courrier des lecteurs': a section in the page's trail is a label)
                    if label_kind(step) not in (None, "document"):
                        note_label(self.clip, step, "in the page's trail")
            self._removed("page furniture", unit, "chrome")
        elif kind == "url":
            self._url(URL_LINE.match(text).group(1), unit)
        elif kind == "agency":
            self._credit(text.strip(" ()"), unit, "agency")
        elif kind == "agency dateline":
            self.agency_dateline = True
            for agency in agency_dateline(text):
                self._credit(agency, None)
            self._removed("dateline (its agency kept in credits)", unit, "dateline")
        elif kind == "credit":
            self._credits_line(unit)
        elif kind == "contribution":
            self._contribution(unit)
        elif kind == "caption":
            self._caption_credit(unit)
        elif kind == "byline":
            self._byline(unit)
        elif kind == "dateline" and L.RULING_TITLE.match(text):
            found = find_date(text)
            if found:
                self._date(found.value, text)
            unit.kind = "candidate"   # ('JUGEMENT DU 12 MARS 2025': a ruling's title, which dates it)
        elif kind == "dateline":
            if folio(text) and not self.site and not P.VOLUME.match(text) and (name := folio_outlet(text)):
                self.site = name   # (the paper's name in a page's folio: the outlet, set on every page)
            self._dateline(unit)
        elif kind == "case number":
            self._removed("case number", unit, "case number")
        elif kind == "translation":
            code = next(code for pattern, code in TRANSLATION if pattern.search(text))
            self.clip.decide("translated_from", code, f"from “{text}”")
            self._removed("translation link", unit, "translation")
        elif kind == "original":
            self._credited_original(P.FIRST_PUBLISHED.match(text), unit)
        elif L.DOCUMENT_LABEL.match(text) and unit.index and self.units[unit.index - 1].kind == "label" and \
                self.units[unit.index - 1].clean.casefold() == text.casefold():
            unit.kind = "candidate"   # (the label set again under itself, the section's over the headline: the headline
            #                           is what the document calls itself, 'Gegendarstellung' / 'Gegendarstellung')
        elif L.DOCUMENT_LABEL.match(text) or text.isupper() and L.STATEMENT_BY.match(text):
            if (dated := find_date(text)) and not self.clip.published:   # ('COMUNICATO STAMPA N. 148 DEL 02/12/2026')
                self.clip.decide("published", dated.value, f"from the document's label “{text}”")
            self._removed("the document's label", unit, "label")
            note_label(self.clip, text, "above the text")
        elif is_section(text) or unit.words <= 3 and label_kind(text):
            if not self._in_menu(unit, longest=3, label=True) and not self._beside_buttons(unit):
                # (a section of the site's menu set one a line labels nothing; 'Comment' beside 'Share' is a button)
                kind_before = self.clip.kind
                note_label(self.clip, text, "above the headline")
                if self.clip.kind != kind_before:
                    self.kind_label_at = unit.index
            self.live = self.live or bool(P.LIVE_WORDS.fullmatch(text))
            self._removed("section label", unit, "section")
        elif EDITION.search(text) and unit.words <= 4 and not outlet_like(EDITION.sub("", text).strip()):
            self._removed("edition", unit, "edition")
        else:
            unit.kind = "candidate"

    def _slug_words(self) -> set[str]:
        """The words of the story's address, as a site writes its headline into it ('/2026/12/04/night-ferry-carrow-
        three-sailings'), when the clipping gives one; none when the address holds no such words."""
        for unit in self.units:
            found = URL.search(unit.text)
            if found:
                path = found.group().split("?")[0].rstrip("/").rsplit("/", 1)[-1]
                words = content_words(re.sub(r"[-_+]|\.\w+$", " ", path))
                return words if len(words) >= 3 else set()
        return set()

    def _in_summary(self, unit: Unit) -> bool:
        """The line is a summary box's, set over the text: its heading ('Das Wichtigste in Kürze', 'Key points'), the
        items set tight under it, or the note that a machine wrote it."""
        following = self.units[unit.index + 1] if unit.index + 1 < len(self.units) else None
        if P.SUMMARY_HEADING.match(unit.clean) and following is not None and following.tight and \
                re.match(r"[-*]\s", following.text) or P.MACHINE_SUMMARY.search(unit.clean) and unit.words <= 40:
            return True   # (the heading over its items: a report's 'Summary' over paragraphs is the report's own)
        index = unit.index
        while index > 0 and self.units[index].tight and re.match(r"[-*]\s", self.units[index].text):
            index -= 1
        if index < unit.index and bool(P.SUMMARY_HEADING.match(self.units[index].clean)) and self.units[index + 1].tight:
            return True
        return self._summary_sentences(unit)

    def _summary_sentences(self, unit: Unit) -> bool:
        """One of a few short sentences set tight, a line each, under a machine's summary heading ('AI-generated
        summary'), or under a summary's heading with the machine's note under them: the box's, not the text's."""
        def item(u: Unit) -> bool:
            return u.tight and u.words <= 30 and len(sentences(u.clean)) == 1 and bool(SENTENCE_END.search(u.clean))
        if not item(unit):
            return False
        first = last = unit.index
        while first > 0 and unit.index - first < 6 and item(self.units[first - 1]):
            first -= 1
        while last + 1 < len(self.units) and last - unit.index < 6 and item(self.units[last + 1]):
            last += 1
        heading = self.units[first - 1].clean if first else ""
        note = self.units[last + 1].clean if last + 1 < len(self.units) else ""

        def machine(text: str) -> bool:
            return len(text.split()) <= 40 and bool(P.MACHINE_SUMMARY.search(text))
        return len(heading.split()) <= 6 and (machine(heading) or bool(P.SUMMARY_HEADING.match(heading)) and machine(note))

    def _may_name_site(self, unit: Unit, headline: Unit | None) -> bool:
        """A line over the headline that could be the site's name (mastheads.py elects among them): set as a name, the
        page's first words; not a section, a domain, an account's handle ('asta_uni_emschertal'), the place the
        story is about right over its headline, an issue's line, a menu's first item, or a logo's text."""
        text = unit.clean
        named = outlet_like(text) or unit.words <= 5 and self._first_words(unit) or \
            unit.words <= 8 and self._first_words(unit) and set_as_name(text) and not re.search(r"\s[|–—·-]\s", text) or \
            self._name_and_more(unit)
        return named and not is_section(text) and not DOMAIN.fullmatch(text) and \
            not re.fullmatch(r"@?[a-z0-9]+(?:[_.][a-z0-9]+)+", text) and \
            not (self._place_kicker(unit) and (headline is None or headline.index - unit.index <= 3)) and \
            not ISSUE_LINE.search(text) and not self._first_of_menu(unit) and not not_an_outlet(text) and \
            not self._menu_item_again(unit) and not re.search(r"\blogo$", text, re.I)
        # (an image's text, 'District of Peachland logo', names whose logo it is, not always the site's)

    def _place_in_text(self, name: str) -> bool:
        """A name of several words the text's paragraphs write too: a place ('Jarandilla de la Vera | 19/08/2025 -
        13:47h'), not a writer, whom a story seldom names."""
        if not hasattr(self, "_prose_text"):
            self._prose_text = " ".join(u.clean for u in self.units if is_prose(u)).casefold()
        found = re.search(r"(?<!\w)" + re.escape(name.casefold()) + r"(?!\w)", self._prose_text)
        return len(name.split()) >= 2 and found is not None

    def _name_and_more(self, unit: Unit) -> bool:
        """The page's first words, a name with its place on the dial or its tagline after a dash: 'Radio Haute-Gaspésie
        97,9', or 'Peninsula FM 98.4 – The Coromandel's Own' over '© 2026 Peninsula FM' at the page's foot."""
        name = outlet_name(unit.clean)
        if name == unit.clean or not outlet_like(name) or unit.words > 10 or F.CHROME.match(name) or is_section(name) or \
                not all(u.kind in ("chrome", "section") for u in self.units[:unit.index]):
            return False
        parts = re.split(r"\s+[|–—·-]\s+", unit.clean)
        return DIAL.search(unit.clean) is not None and len(parts) == 1 or \
            len(parts) == 2 and len(parts[1].split()) <= 6 and rights_holder(unit, self.units)

    def _menu_item_again(self, unit: Unit) -> bool:
        """One word an item of the site's menu above already gave: the section in the page's trail ('Fulda' / 'Rhön' /
        'Sport' … 'Startseite' / '›' / 'Rhön'), not the site's name."""
        return unit.words == 1 and not self._holder(unit) and any(
            u.clean.casefold() == unit.clean.casefold() and self._in_menu(u) for u in self.units[:unit.index - 1])

    def _common_words(self, line: str) -> bool:
        """A word of the line's first part that the text writes in small letters inside its sentences: no name's
        ('Neue Kinder-Ambulanz in Leoben' over '… eine neue Ambulanz für Kinder')."""
        if not hasattr(self, "_lowered"):
            self._lowered = {word for unit in self.units if is_prose(unit)
                             for word in re.findall(r"(?<=[\w,;] )[a-zäöüßàâçéèêëîïôûùáíóúñãõ][\w-]*", unit.clean)}
        first = re.split(r",|\s+(?:in|à|en|a|aus|from|desde|dal|dalla)\s+|\s+[|–—-]\s+", P.BYLINE_START.sub("", line))[0]
        return any(word[:1].isupper() and word.lower() in self._lowered for word in first.split())

    def _trail(self, unit: Unit) -> bool:
        """Sections set in a row with bars, one of them an item of the page's menu above, or each a single word: the
        article's place in the site ('Reportagens | Ensino Fundamental' under a menu holding 'Reportagens'), no headline."""
        parts = [part.strip() for part in re.split(r"\s+[|›>»/–-]\s+", unit.clean)]
        if not 2 <= len(parts) <= 4 or not all(1 <= len(re.findall(r"\w+", part)) <= 3 for part in parts):
            return False
        if len(parts) == 2 and is_section(parts[1]) and outlet_like(parts[0]):
            return True   # ('The Estuary Post - Local News': a site and its section, as a feed or a tab names them)
        if all(len(part.split()) == 1 and part[:1].isupper() for part in parts):
            return True   # (one word a section, 'Bildung | Niedersachsen': no headline is set so)
        above = {item.strip().casefold() for u in self.units[:unit.index] for item in re.split(r"\s{2,}|[|•·]", u.text)}
        return any(part.casefold() in above or part.split()[0].casefold() in above for part in parts)
        # ('Bassin d'Arcachon / Pêche' under a menu holding 'Bassin': the section, named in full)

    def _first_of_menu(self, unit: Unit) -> bool:
        """One word in a menu set one item a line: an item, not a masthead ('Noticias' / 'Deportes' / 'Cultura'); a
        masthead has a name of two words or more. A one-word name over the site's buttons ('L'Hexagone' / 'S'abonner' /
        'Se connecter'), the page naming it again, heads no menu."""
        if unit.words != 1 or not self._in_menu(unit) or self._holder(unit):
            return False   # (not the name the page's copyright line gives: 'NWR' over 'Navigation' / 'Nachrichten')
        following = self.units[unit.index + 1:unit.index + 3]
        above = self.units[unit.index - 1] if unit.index else None
        under_items = above is not None and unit.tight and 1 <= above.words <= 2 and not SENTENCE_END.search(above.clean)
        # (the menu's last item over the app's buttons, 'Feeds' / 'Highlights' / 'Search (/)', heads nothing)
        return under_items or not (len(following) == 2 and all(u.kind == "chrome" for u in following) and
                                   named_elsewhere(unit, self.units))

    def _holder(self, unit: Unit) -> bool:
        """The line is the name the page's copyright line at its foot gives its holder (not a copyright line itself)."""
        if not hasattr(self, "_holders"):
            self._holders = holders(self.units)
        return bool(self._holders) and not footer_name(unit.clean) and rights_holder(unit, self.units, self._holders)

    def _in_menu(self, unit: Unit, longest: int = 2, label: bool = False) -> bool:
        """The line is an item of a menu set one item a line: three lines or more of a word or two, set tight one under
        another ('Politik' / 'Meinung' / 'Märkte': a section the site has, not this article's label). A `label` is read
        against a menu of items up to `longest` words ('Arts et spectacles'), which ends where an item comes again."""
        def short(u: Unit) -> bool:   # (an item: a few words, not itself a row of items nor a trail)
            return 1 <= u.words <= longest and not SENTENCE_END.search(u.clean) and not re.search(r"\s{2,}|[|•·›>/]", u.text.strip()) \
                and not (label and re.search(r"\d", u.clean))   # (a label's date under it is no menu's item)
        first = last = unit.index
        while first > 0 and self.units[first].tight and short(self.units[first - 1]):
            first -= 1
        while last + 1 < len(self.units) and self.units[last + 1].tight and short(self.units[last + 1]):
            last += 1
        items = [u.clean.casefold() for u in self.units[first:unit.index + 1]]
        if label and len(set(items)) < len(items):
            return False   # (the menu ends where an item comes again: '… Meinung / Podcast / Français / Meinung /
            #                Kommentar' over the headline is the menu, then the article's own section and label)
        return short(unit) and last - first >= 2

    def _beside_buttons(self, unit: Unit) -> bool:
        """The line is set tight against one of the page's buttons ('Comment' over 'Share', 'Opinions' under 'Partager'):
        a button too, which labels nothing."""
        near = [self.units[i] for i in (unit.index - 1, unit.index + 1) if 0 <= i < len(self.units)]
        return any(F.CHROME.match(u.clean) and (u.index < unit.index and unit.tight or u.index > unit.index and u.tight)
                   for u in near)

    def _minutes_title(self, head: list[Unit]) -> None:
        """Minutes whose name is set over two or three lines, the word alone, then what sitting, then its day
        ('Niederschrift' / 'über die öffentliche Sitzung des Gemeinderates' / 'am Mittwoch, dem 26. November 2025'):
        one title, the lines joined."""
        for unit in head:
            lines = head[unit.index:unit.index + 3]
            if self.clip.title or unit.words != 1 or len(lines) < 2:
                continue
            named = " ".join(u.clean for u in lines[:2])
            if MINUTES_OF.match(named) and lines[1].clean[:1].islower():
                if len(lines) == 3 and lines[2].kind == "dateline" and lines[2].clean[:1].islower():
                    named += " " + lines[2].clean
                self.clip.decide("title", named, "the minutes' name, set over its lines")
                for u in lines[:2]:
                    u.kind = "headline"
                return

    def _numbered_item(self, unit: Unit) -> bool:
        """The line is one of a numbered list, the line above or under it numbered next to it: an issue's contents
        ('Dans ce numéro' / '1. Lamèque : …' / '2. Caraquet : …'), not a headline."""
        number = NUMBERED.match(unit.clean)
        if not number:
            return False
        near = [self.units[i] for i in (unit.index - 1, unit.index + 1) if 0 <= i < len(self.units)]
        return any((found := NUMBERED.match(u.clean)) and abs(int(found.group(1)) - int(number.group(1))) == 1 for u in near)

    def _standfirst_under_date(self, unit: Unit, headline: Unit) -> bool:
        """A line of ten words or more under the headline's date line, no byline between, no credit in or under it:
        the standfirst a radio's or a council's page sets under the date ('Thursday 7 March 2024 at 4:52pm' /
        'Airline confirms three return services a week …'), not a picture's caption."""
        between = self.units[headline.index + 1:unit.index]
        following = self.units[unit.index + 1] if unit.index + 1 < len(self.units) else None
        return unit.words >= 10 and not any(u.kind == "byline" or u.kind == "credit" for u in between) and \
            any(u.kind == "dateline" for u in between) and not caption_credit(unit.clean) and \
            overlap(headline.clean, self.body_words) >= 0.3 and headline.clean.count(" | ") < 2 and \
            not re.search(r"\([^()]*/[^()]*\)$", unit.clean) and \
            not LABELLED_FIELD.match(unit.clean) and \
            not (following is not None and (following.kind == "credit" or P.CREDIT.search(following.clean))) and \
            overlap(unit.clean, self.body_words) >= 0.3

    def _among_fields(self, unit: Unit) -> bool:
        """The line is one of three 'Label: value' lines or more set tight one under another, two not dates: a form's
        fields (a report's cover sheet: 'Meeting:', 'Agenda item:', 'Report of:'), not a headline. A headline over
        its 'Created:' and 'Updated:' lines is no field."""
        units = self.units
        if not FIELD_LINE.match(unit.clean):
            return False
        first = last = unit.index
        while first > 0 and units[first].tight and FIELD_LINE.match(units[first - 1].clean):
            first -= 1
        while last + 1 < len(units) and units[last + 1].tight and FIELD_LINE.match(units[last + 1].clean):
            last += 1
        if first == unit.index and len(unit.clean.partition(":")[2].split()) >= 7:
            return False   # (a headline that opens on its place or topic, over its byline and credit lines: 'Érosion des
            #                berges : les riverains … demandent des travaux …' / 'Journaliste : …' / 'Images : …')
        return last - first >= 2 and sum(not find_date(u.clean) for u in units[first:last + 1]) >= 2
        # (three fields or more, two of them no date: 'Published: …' / 'Category: …' / 'Placed by: …' under a notice)

    def _place_kicker(self, unit: Unit) -> bool:
        """One word over the headline that the text names too: the place the story is about ('VALDEMORILLO'), not a masthead.
        A logo in small letters ('nordpresse') is no place's name."""
        word = unit.clean.casefold()
        return unit.words == 1 and not unit.clean.islower() and word in self.body_words and not self.known.canonical(unit.clean) and \
            not any(word in (footer_name(u.clean) or "").casefold().split() for u in self.units[-8:])
        # (not the name the page's copyright line gives its publisher: 'ALTIPLANO' … '© Ediciones Altiplano S.L.')

    def _own_date_under(self, headline: Unit | None) -> None:
        """The day a masthead prints over the site's menu ('Martes, 23 de septiembre de 2025') is today's; the date under
        the headline ('22/09/2025 - 07:15h'), or the same day's with its time nearer it over it ('CRONACA | 15 luglio
        2025, 14:22'), is the story's, and gives way to nothing unlabelled further up."""
        first = next((entry for entry in self.dated if entry[1] == self.clip.published), None)
        if first is None or headline is None:
            return
        below = next((entry for entry in self.dated if entry[0] > headline.index), None)
        nearer = next((entry for entry in reversed(self.dated) if first[0] < entry[0] < headline.index and
                       entry[1].startswith(first[1] + "T")), None)   # (over it, only the same day with its time: a notice's
        #                                                              'Abzunehmen am' date is a later day, and no story's)
        menu_between = sum(u.kind in ("chrome", "section") and u.words <= 3 for u in self.units[first[0] + 1:headline.index])
        by_headline = next((entry for entry in reversed(self.dated) if headline.index - 2 <= entry[0] < headline.index and
                            entry[0] > first[0] and entry[1][:10] < first[1][:10]), None) if menu_between >= 5 else None
        # (an earlier day right over the headline, the site's menu between it and the day at the page's top: 'Mittwoch,
        #  19. Februar 2025 |' / 'Startseite' / … / 'Lokales · Dienstag, 18. Februar 2025' / the headline)
        own = below or nearer or by_headline
        if own and first[0] < headline.index and not first[2] and len(first[1]) == 10 and own[1] != first[1]:
            self.clip.decide("published", own[1], "the story's own date by its headline (the day printed over the "
                                                  "site's menu is the day it was read)")

    def _above_navigation(self, unit: Unit, head: list[Unit]) -> bool:
        """A line over the site's menu: three lines or more of one to three words each right under it, none a
        sentence, in the head above any byline, and above it only the page's first words."""
        after = [u for u in head[unit.index + 1:unit.index + 6] if u.kind != "dateline" and
                 not (u.kind == "chrome" and u.words > 3 and self.units[u.index - 1].kind == "chrome" and
                      self.units[u.index - 1].words <= 3)][:3]
        # (the site's date of the day may sit between the tagline and the menu, and a radio's ticker under its
        #  'Listen live' button: 'Now playing: Saturday Swap Shop with Bev Castellano'; fields under a headline are
        #  no menu: 'Paged: 16:52' / 'Members deployed: 14', though a menu may end on a counter: 'Visitatori: 1.482.337')
        if unit.index <= 3 and any(is_menu(u) and not buttons(u.text, BUTTONS) for u in head[unit.index + 1:unit.index + 3]) and \
                all(u.words <= 6 for u in head[:unit.index]):
            return True   # (a tagline over the menu set in a row: 'Nachrichten aus Tirol seit 1987' / 'Politik   Wirtschaft')
        return len(after) == 3 and all(u.words <= 3 and not SENTENCE_END.search(u.clean) and
                                       u.kind in ("chrome", "section", "candidate", "edition") for u in after) and \
            sum(field_like(u.clean) for u in after) <= 1 and \
            all(u.kind in ("chrome", "section", "masthead", "candidate") and u.words <= 6 for u in head[:unit.index])

    def _over_menu(self, unit: Unit, headline_like: list[Unit]) -> bool:
        """The line is the site's, not the article's: an item of its menu (a few words under three lines or more of a
        word or three: 'Opinión' / 'Newsletter' / 'Hazte socio/a'), or a tagline with the menu's items between it and a
        headline below ('Diario digital de la provincia de Soria' / 'Portada' / 'Provincia' / 'Deportes' / 'Los
        jabalíes arrasan …'). A headline below is a line of six words or more the text speaks of, not a sentence."""
        below = next((u for u in headline_like if u.index > unit.index and not SENTENCE_END.search(u.clean)), None)
        if below is None:
            return False
        def short(u: Unit) -> bool:
            return 1 <= u.words <= 3 and not SENTENCE_END.search(u.clean) and u.kind != "dateline"
        above = self.units[max(unit.index - 3, 0):unit.index]
        if unit.words <= 3 and len(above) == 3 and all(short(u) for u in above):
            return True
        run = longest = 0   # (the menu: three items or more one under another, none a field's label or value)
        for u in self.units[unit.index + 1:below.index]:
            run = run + 1 if u.kind in ("section", "candidate", "chrome") and short(u) and not field_like(u.clean) else 0
            longest = max(longest, run)
        return unit.words >= 4 and longest >= 3

    def _spelt_out(self, unit: Unit) -> None:
        if (spelt := spelt_out(unit, self.units)) is not None:
            self.site = outlet_name(spelt.clean)
            self._removed("masthead", spelt, "masthead")

    def _spelt_as_elsewhere(self, line: str) -> str:
        """A logo in small letters ('l'écho du hoyoux') as the page writes its name elsewhere, in its foot's imprint
        ('L'Écho du Hoyoux – hebdomadaire régional'); else as outlet_name capitalises it."""
        name = outlet_name(line)
        if not line.islower():
            return name
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.I)
        spelt = (found.group(0) for u in self.units if (found := pattern.search(u.clean)) and not found.group(0).islower())
        return next(spelt, name)

    def _elect_masthead(self, mastheads: list[Unit]) -> None:
        """The site's name among the short lines over the headline (mastheads.py); the others are furniture, or another
        outlet's name over a quoted article."""
        chosen = elect([u for u in mastheads if not ADDRESSEE.match(u.clean)], self.units)   # (a letter's addressee,
        #                                                                      'Ms Isla Kerr', under its letterhead: no name of a publisher)
        if chosen is not None and any(P.ELECTED_MEMBER.match(u.clean) for u in self.units[:chosen.index]):
            chosen = None   # (an elected member's letter: under her name, her seat and her addressee, no publisher)
        for unit in mastheads:
            if unit is chosen:
                self.site, self.site_line = self._spelt_as_elsewhere(unit.clean), unit.clean
                self._spelt_out(unit)
                unit.kind = "masthead"
                self._removed("masthead", unit, "masthead")
            elif unit.kind != "masthead":   # (not the line that spells the chosen name out)
                if chosen is not None and unit.index > chosen.index and outlet_like(unit.clean) and 2 <= unit.words <= 6:
                    self.other_mastheads.append(outlet_name(unit.clean))
                self._furniture(unit)
        if chosen is None and not self.site and (station := station_in_bar(self.units[:6])):
            self.site = self.site_line = station   # ('Listen Live | CKSR 980 News Talk | Regina': the station's bar)

    def _furniture(self, unit: Unit) -> None:
        """A short line over the headline that is neither its masthead nor its standfirst goes; when it names the
        official paper the text is ('Sitzungsvorlage Nr. AR 2025/14' under the board's name), it says its kind."""
        if unit.words <= 6 and label_kind(unit.clean) == "document" and not self._in_menu(unit, longest=3, label=True):
            note_label(self.clip, unit.clean, "above the text")
        self._removed("page furniture", unit, "chrome")

    def _dateline_places(self, head: list[Unit]) -> set[str]:
        """Places a dateline names ('Logroño | 03/02/2025', 'LOGROÑO (EFE) -' opening the text), and
        a name beside the date that is also a kicker or a menu item of the page: places, not outlets."""
        places = set(self.places_beside_date)
        beside = getattr(self, "beside_date", None)
        first = next((u.clean for u in self.units[len(head):] if is_prose(u)), "")
        opening = re.match(r"^([A-ZÀ-Þ][\w'’ .-]{1,30}?)\s*(?:,|\(|[-–—]\s)", first)
        if opening and opening.group(1).isupper():
            places.add(opening.group(1).strip().casefold())
        if beside and beside is not getattr(self, "byline_source", None):   # (a byline's source is no menu's place)
            shown = {u.clean.casefold() for u in head if u.words <= 3 and u.kind in ("candidate", "section", "chrome")}
            shown |= {part.strip().casefold() for u in head if is_menu(u) for part in re.split(r"\s{2,}|\s*[|•·]\s*", u.clean)}
            paper = P.PUBLICATION_WORDS.search(beside[0]) and len(beside[0].split()) >= 2
            if beside[0].casefold() in shown and not paper:   # (not a paper's name over its credit line: its logo,
                #                   'Obersteirische Rundschau' over 'Obersteirische Rundschau · 14.10.2025')
                places.add(beside[0].casefold())
                self.beside_date = None
        return places

    def _choose_headline(self, head: list[Unit]) -> None:
        clip = self.clip
        self._letterhead(head)
        self._minutes_title(head)
        candidates = [u for u in head if u.kind == "candidate"]
        texts = {u.clean.lower(): u for u in candidates}
        for unit in candidates:   # ("Headline – Outlet", a browser tab's title, beside the headline itself)
            parts = re.split(r"\s+[|–—-]\s+", unit.clean)
            if len(parts) >= 2 and any(texts.get(part.lower()) not in (None, unit) and len(re.findall(r"\w+", part)) >= 4
                                       for part in parts):   # (a menu's 'Ahrntal & Tauferer Tal' is no headline)
                rest = [part for part in parts if part.lower() not in texts]
                if len(rest) == 1 and outlet_like(rest[0]) and not self.site:
                    self.site = outlet_name(rest[0])
                self._removed("the page's title (its headline and site)", unit, "chrome")
        candidates = [u for u in candidates if u.kind == "candidate"]
        slug = self._slug_words()
        first = candidates[0].index if candidates else len(self.units)
        byline_at = next((u.index for u in head if u.kind == "byline" or u.kind == "dateline" and not folio(u.clean) and
                          not P.ISSUE_NUMBER.match(u.clean) and (u.index > first or u.kind == "byline")),
                         len(self.units))   # (a replica's folio or edition line, dated, heads the page, not the article;
        #                                     nor does the day's date over the masthead: 'sabato, 4 Ottobre 2025')
        headline_like = [u for u in candidates if u.words >= 6 and overlap(u.clean, self.body_words) >= 0.3]
        poster_at = next((u.index for u in head if u.kind == "byline" and poster(self.units, u)),
                         len(self.units) if self.posted_at is None else self.posted_at)
        if any(u.index < poster_at for u in headline_like):
            poster_at = len(self.units)   # (a headline over a writer's byline and handle: a news page, not a post)
        # (a platform's post under its poster's name and 'Follow' button has no headline: its lines are the post's;
        #  a social network's post, its poster's handle or its age under the name, has none above the name either)
        social = poster_at < len(self.units) and followed(self.units, self.units[poster_at], aged=True)
        communities = {u.clean.casefold() for u in head if community(self.units, u)}   # (a page's name, over its post too)
        named = [u.index for u in head if u.clean.casefold() in communities]
        if len(named) >= 2 and poster_at == len(self.units) and \
                not any(u.kind == "byline" and u.index > named[-1] for u in head):
            poster_at, social = named[-1], True   # (the page's name again over its post: the page posts, no headline;
            #                                       unless the post quotes an article, its headline over its byline)
        post_at = post_mark(self.units, self.units[poster_at]) if poster_at < len(self.units) else None
        post_at = poster_at if post_at is None else post_at   # (the post's text: under its header's last line)
        above_byline = any(u.index < byline_at for u in headline_like)
        scored = []
        for position, unit in enumerate(candidates):
            text = unit.clean
            words = unit.words
            if words < 2 and not L.DOCUMENT_LABEL.match(text) or text.endswith(":") and words < 4 or running_text(text) or \
                    re.match(r"[-*]\s", unit.text) or \
                    self._numbered_item(unit) or P.AGENDA_ITEM.match(text) or text.casefold() in communities or \
                    self._in_summary(unit) or words <= 8 and P.ISSUE_NUMBER.match(text) or SALUTATION.match(text) or \
                    LABELLED_FIELD.match(text) or FORM_FIELD.match(unit.text.strip()) or self._among_fields(unit) or \
                    unit.index > poster_at or social and unit.index < poster_at or self.site and set(text.casefold().split()) <= set(self.site.casefold().split()) or \
                    self._trail(unit) or self._over_menu(unit, headline_like) or words <= 8 and LOGO_ALT.search(text):
                continue   # (a paragraph of two sentences or more is the text's, never its headline)
            if text.isupper() and re.search(LEGAL_FORM.pattern, text, re.I) and words <= 8:
                continue   # (a letterhead, an organisation's name with its legal form: 'LAGUNA & DISTRICT COMMUNITY HALL INC.')
            if text.isupper() and label_kind(text) == "document":
                note_label(clip, text, "in capitals over the text")
                continue   # (an official paper's label: 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL')
            if words <= 5 and outlet_like(text) and self._first_words(unit) and \
                    (words <= 4 and not overlap(text, self.body_words) or
                     any(unit.index < u.index < byline_at for u in headline_like)):
                continue
            if self._above_navigation(unit, head) and any(u.index > unit.index + 3 and (
                    4 <= u.words <= 40 and not u.clean.endswith(".") or u.words == 3 and u.index + 1 < len(self.units) and
                    self.units[u.index + 1].kind in ("dateline", "byline")) for u in candidates):
                continue   # (a tagline or a masthead over the site's menu set one item a line; the headline comes below,
                #            not only the text's paragraphs: the byline and sharing buttons under a headline are no menu)
            if text.isupper() and outlet_like(text) and self._first_words(unit) and \
                    any(unit.index < u.index and u.words >= 6 and not u.clean.isupper() for u in candidates):
                continue   # (a letterhead in capitals over a headline set otherwise, whatever words they share)   # (a masthead alone above the text, which has no headline, or above a headline sharing the
                #            text's words: its name may name the region the story is about)
            score = 2.0 * overlap(text, self.body_words) + (0.6 if 4 <= words <= 30 else 0)
            score += 1.5 * overlap(text, slug) if slug else 0   # (the address names the story: its words are the headline's)
            score -= 1.0 if is_sentence(text) and text.endswith(".") and words > 14 else 0
            score -= 0.5 if words > 18 else 0
            score -= 0.8 if outlet_like(text) and words <= 5 and not re.search(r"[:,]", text) else 0
            score -= 1.0 if byline_by_comma(text) or name_like(text) and words <= 4 or words > 4 and byline_like(text) else 0
            score -= 0.5 if words < 4 else 0
            score -= 1.0 if LEGAL_FORM.search(text) else 0   # ('Förderverein Orgel St. Laurentius Pelm e. V.': a name)
            score -= 0.15 * sum(u.words >= 4 for u in candidates[:position])   # (a menu set one item a line adds nothing)
            score -= 0.8 if any(is_menu(u) for u in head[unit.index + 1:min(candidates[-1].index, byline_at)]) else 0
            # (a tagline above the site's menu, the headline below it; a row of sharing links under the byline is no menu)
            score -= 1.0 if unit.index > byline_at and above_byline and not title_case(text) else 0
            score -= 0.5 if unit.index > byline_at and above_byline and text.endswith(".") else 0
            # (under the byline: a caption, not the headline; one in Title Case is a headline under the date's line)
            after = candidates[position + 1] if position + 1 < len(candidates) else None
            if text.isupper() and words <= 6 and after is not None and after.index == unit.index + 1 and \
                    after.words >= words + 4 and not after.clean.isupper() and not after.clean.endswith(".") and \
                    overlap(after.clean, self.body_words) >= 0.3:
                score -= 1.0   # (a kicker in capitals over the headline set otherwise: 'LA MINA DEL CABO DE GATA')
            elif words <= 4 and any(unit.index < u.index <= unit.index + 2 and u.words >= 8 and not SENTENCE_END.search(u.clean)
                                    and overlap(u.clean, self.body_words) >= 0.3 for u in candidates[position + 1:position + 3]):
                score -= 0.5   # (a place or a topic over a headline, a line or two above it: 'Höchstadt an der Aisch' /
                #                'Wasserversorgung' / 'Wasser im Aischgrund wird deutlich teurer: …'; a standfirst ends as a sentence)
            score -= 1.0 if label_row(text) else 0   # (a kicker set as a row: 'Divisão de Honra · 7.ª jornada')
            score -= 2.0 if SUBTITLE.match(text) else 0   # (a subtitle labelled so, 'Utl.: …', is the headline's)
            score -= 1.0 if words <= 6 and label_kind(text) == "document" and position + 1 < len(candidates) else 0
            # (a notice's label over its title, 'Richiamo per rischio microbiologico' / 'Richiamo di salame …')
            if SENTENCE_END.search(text) and any(
                    c.words >= 6 and not SENTENCE_END.search(c.clean) and overlap(c.clean, self.body_words) >= 0.3 and
                    any(running_text(u.clean) for u in self.units[c.index + 1:unit.index]) for c in candidates[:position]):
                score -= 1.0   # (a sentence under a headline and the standfirst under it: a picture's caption, 'Uma brigada
                #                de sapadores a trabalhar perto de Corte Gafo de Cima.')
            score -= 0.8 if unit.index and RUNNING_LABEL.fullmatch(self.units[unit.index - 1].clean.strip(" :")) and \
                any(u.index > unit.index + 1 for u in headline_like) else 0   # (a ticker's item: 'ULTIM'ORA' / '…')
            before = candidates[position - 1] if position else None
            if before is not None and label_row(before.clean):
                before = None   # (the line under such a row is no standfirst: the row is no headline)
            if before is not None and before.index == unit.index - 1 and 4 <= before.words < words and \
                    not (before.clean.endswith(".") and not text.endswith(".")) and \
                    not (before.words <= 4 and words >= 8 and not SENTENCE_END.search(text)) and \
                    (overlap(before.clean, self.body_words) >= 0.3 or before.words >= 5 and
                     sum(w[:1].islower() for w in before.clean.split()) >= 2) and not outlet_like(before.clean):
                score -= 0.8 if before.words >= 6 and overlap(before.clean, self.body_words) >= 0.5 else 0.5
                # (a longer line right under a headline is its standfirst; surely so under one of six words or more
                #  that the text speaks of, no kicker; not a headline of eight words or more under a kicker of four or
                #  fewer, which is no sentence: 'Umweltfrevel bei St. Georgen' / 'Gülle fließt in die Brigach – …')
            elif before is not None and before.index == unit.index - 1 and before.words >= 6 and not is_sentence(text) and \
                    overlap(before.clean, self.body_words) >= 0.3 and not outlet_like(before.clean) and \
                    not before.clean.isupper() and not SENTENCE_END.search(before.clean):
                score -= 0.5   # (a shorter one too, when neither ends as a sentence: the headline comes first)
            scored.append((score, position, unit))
        headline = max(scored, key=lambda s: (s[0], -s[1]))[2] if scored and not clip.title else None   # (a case name: titled)
        if headline is not None and headline.words <= 4 and name_like(headline.clean):
            headline = next((u for u in candidates if u.index < headline.index and running_text(u.clean) and u.words <= 20
                             and len(sentences(u.clean)) == 2 and overlap(u.clean, self.body_words) >= 0.3), headline)
            # (a writer's name is no headline: a headline of two short sentences over it is, 'Anglesey lost six pubs
            #  last year. Here's how we keep the rest.' / 'I grew up behind the bar …' / 'Gwenllian Parry')
        label_at = self.kind_label_at
        if headline is not None and label_at is not None and label_at < headline.index and \
                any(running_text(u.clean) for u in self.units[label_at + 1:headline.index]):
            self.clip.decisions.append(f"kind: not {self.clip.kind} — its label “{self.units[label_at].clean}” heads "
                                       "the text above the headline, another item of the page")
            self.clip.kind = None   # (a newsletter's 'Editorial', its letter signed, over the article clipped)
        places = self._dateline_places(head)
        if headline is not None and not clip.kind and \
                (label := advertising([u.clean for u in self.units[max(headline.index - 3, 0):headline.index]])):
            clip.decide("kind", "other", f"the label “{label}” over the headline: advertising, not news")
        for unit in candidates:   # (a record's label in capitals over its headline: 'DAILY HANSARD — PROOF TRANSCRIPT',
            #                          or over the byline, under a letterhead: 'RAPPORT D'ÉTUDE N° 7')
            near = headline is not None and 0 < headline.index - unit.index <= 4 or unit.index < byline_at and unit.words <= 6
            if near and unit.clean.isupper() and label_kind(unit.clean) in ("document", "transcript"):
                note_label(clip, unit.clean, "in capitals over the headline")
        mastheads: list[Unit] = []
        for position, unit in enumerate(candidates):
            if unit is not headline and unit.clean.casefold() in places:
                self._removed("the dateline's place (not an outlet)", unit, "section")
            elif unit is headline:
                unit.kind = "headline"
                note_label(clip, unit.clean, "before the headline")
                clip.decide("title", headline_text(unit.clean), "the headline (the line above the byline that shares "
                            "most words with the text)")
            elif headline is not None and unit.index > headline.index and \
                    byline_like(unit.clean) and not self._common_words(unit.clean):
                self._byline(unit)
            elif headline is not None and unit.index > headline.index and not clip.authors and capital_name(unit, head):
                name = " ".join(w if w.lower() in P.NAME_PARTICLES else w.capitalize() for w in unit.clean.lower().split())
                clip.decide("authors", [name], f"the writer's name in capitals over the text “{unit.clean}”")
                self._removed("byline", unit, "byline")
            elif headline is not None and unit.index > headline.index and clip.kind == "opinion" and \
                    (name := author_bio(unit.clean, unit.words)) and name_like(name):
                if not clip.authors:
                    clip.decide("authors", [name], f"the line about the author “{unit.clean}”")
                self._removed("the line about the author", unit, "byline")
            elif headline is not None and unit.index > headline.index and unit.words <= 25 and \
                    any(u.kind == "standfirst" for u in candidates[:position]) and \
                    any(u.clean == unit.clean for u in self.units[unit.index + 1:]):
                self._removed("a picture's caption (under the standfirst, and again beside its picture in the text)",
                              unit, "caption")
                self.head_captions.add(unit.clean)
            # (under the byline, or under a byline under the headline when a newsletter's day, printed over its
            #  editor's word, is the head's first date line)
            elif headline is not None and (headline.index < byline_at < unit.index or any(
                    headline.index < u.index < unit.index and u.kind == "byline" for u in head)) and \
                    (any(u.kind == "standfirst" for u in candidates) or not SENTENCE_END.search(unit.clean) and
                     not self._standfirst_under_date(unit, headline)):
                if unit.words <= 30 and (credit := caption_credit(unit.clean) or P.CAPITALS_CREDIT.search(unit.clean) or
                                         named_after_caption(unit.clean)):
                    self._credit(credit.group(1).strip(), None)   # ('… en la lonja. / Cantábrico al Día': its credit)
                self._removed("a picture's caption (under the byline, the text's standfirst above it or not a "
                              "sentence)", unit, "caption")
            elif headline is None and (running_text(unit.clean) or unit.index > post_at and
                                       (is_sentence(unit.clean) or unit.words >= 8)):   # (a post's line ends on '🧵')
                unit.kind = "standfirst"   # (no headline: the text's opening paragraph stays the text's)
            elif headline is not None and unit.index > headline.index and \
                    (is_sentence(unit.clean) or unit.words >= 10 or LABELLED_FIELD.match(unit.clean) or
                     unit.index == headline.index + 1 and unit.words >= 6 and
                     sum(w[:1].islower() for w in unit.clean.split()) >= 3 and not outlet_like(unit.clean) or
                     unit.tight and unit.words >= 3 and self.units[unit.index - 1].kind == "standfirst" and
                     SENTENCE_END.search(unit.clean) and unit.clean[:1].isupper()):
                unit.kind = "standfirst"   # (or a short one right under the headline that reads as a sentence, stop or not;
                #                            or a short sentence set tight under one: 'Six stiles were replaced.')
            elif (headline is None or unit.index < headline.index) and unit.index < poster_at and not social and \
                    not self.site and self._may_name_site(unit, headline):
                mastheads.append(unit)   # (elected below, once every line over the headline is judged)
            else:
                if headline is not None and unit.index < headline.index and outlet_like(unit.clean) and 2 <= unit.words <= 6:
                    self.other_mastheads.append(outlet_name(unit.clean))   # (another outlet's name over a quoted article)
                self._furniture(unit)
        self._elect_masthead(mastheads)
        self._own_date_under(headline)
        standfirst = [u for u in head if u.kind == "standfirst"]
        self.standfirst = [u.text.strip().lstrip("#> ").strip() for u in standfirst]   # (its emphasis kept: '**Q:** ...')


def field_like(text: str) -> bool:
    """A short line that is a field's label or value, not a menu's item: 'Paged: 16:52', 'UKSC 2024/0143'."""
    return bool(re.search(r"[:\d]", text))


def title_case(text: str) -> bool:
    """A line set in Title Case, as English headlines are ('Drought Assistance for Barkly and Victoria River
    Pastoralists'): four words or more, and every word of four letters or more capitalised. A caption is a sentence."""
    long = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text) if len(word) >= 4]
    return len(text.split()) >= 4 and len(long) >= 3 and all(word[:1].isupper() for word in long) and not text.isupper()
