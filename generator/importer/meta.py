"""The meta lines of a pasted clipping, read into its Clipping: bylines (authors, and agencies as
credits), datelines (the publication date, a name set beside it), credit lines and captions, the
address, the credit of an original. A part of TextReader (text.py), which holds the clipping."""
from __future__ import annotations

import re

from ..matcher import fold
from . import phrases as P
from .kinds import dated_label_kind, month_label_kind
from .prompts import INTERVIEWER_LINE, LEGAL
from .lines import SENTENCE_END, TODAY, URL, Unit, content_words, overlap, byline_by_comma, byline_parts, is_prose, is_sentence, name_like, outlet_like, \
    outlet_name, strip_honorific, is_menu, is_section
from .when import TIME, find_date, find_month, find_time


# A hearing's date in a ruling ('Hearing date: 7 October', 'Audience du 3 mars'): not the day the ruling was given.
HEARING = re.compile(r"\b(hearing|heard on|date of hearing|audience|plaidoiries|débats|verhandlung|verhandelt|vista|"
                     r"audiencia|udienza|discussa)\b", re.I)


# Credits set in a row: 'Foto: Ann Lowe | Grafik: Tom Hart', 'Foto: Ann Lowe / Grafik: Tom Hart' (the role's groups
# made non-capturing, so that the split gives only the parts).
ROLE_SPLIT = re.compile(r"\s*[|•]\s*|\s+/\s+(?=" + re.sub(r"\((?!\?)", "(?:", P.CREDIT_ROLE.pattern.removeprefix("^")) + ")", re.I)
SIGNED_PICTURE = re.compile(r"([^/|]{3,40}?)\s?/\s?((?-i:[A-ZÀ-Þ])[^/|]{1,50})")


# The outlet's own edition or supplement, named in small letters or as ours: 'the Saturday magazine', 'our print edition',
# 'notre édition papier', 'unserer Printausgabe'.
# The outlet's own print edition, where a note says the article appeared first: 'our Saturday edition', 'the Saturday
# magazine', 'notre édition papier' (not 'the Rhön-Anzeiger': another outlet, named with its article).
OWN_EDITION = re.compile(r"^(?:(?:our|notre|nos|unserer?|nuestra|nuestro|la nostra|il nostro|a nossa|o nosso)\s|"
                         r"(?:the|la|le|l'|die|der|el|il|a|o)\s?(?:[\w-]+\s){0,2}?(?:print(?:ed)?\s)?"
                         r"(?:edition|magazine|paper|newspaper|supplement|issue|(?:print)?ausgabe|beilage|magazin|édition|"
                         r"supplément|numéro|edición|suplemento|número|edizione|supplemento|numero|edição)\b)", re.I)


class MetaReader:
    """Reads the lines about the article (not its text) into `self.clip`."""
    def _caption(self, unit: Unit) -> bool:
        """A picture's caption: a line that ends with its credit ('The quay at dawn. Photo: Ann Lowe'), a short
        line right under a credit line of its own, or else a line right above one ('Image: Ann Lowe/Agency')."""
        if unit.words <= 30 and (caption_credit(unit.clean) or self._caption_agency(unit)) and not self._tab_title(unit):
            return True
        if self._under_credit(unit.index):
            return True
        following = self.units[unit.index + 1] if unit.index + 1 < len(self.units) else None
        return following is not None and unit.words <= 40 and is_sentence(unit.clean) and self._credit_line(following) and \
            (following.tight or unit.words <= 25) and \
            not P.BYLINE_START.match(unit.clean) and not P.CREDIT.search(unit.clean) and \
            not self._under_credit(unit.index + 2)

    def _tab_title(self, unit: Unit) -> bool:
        """'Headline | Outlet' over the page whose headline is set again below: the browser tab's title, no caption
        closed by its credit."""
        head, bar, _ = unit.clean.rpartition(" | ")
        return bool(bar) and len(head.split()) >= 4 and \
            any(u.clean.casefold() == head.strip().casefold() for u in self.units[unit.index + 1:unit.index + 12])

    def _credit_line(self, unit: Unit) -> bool:
        return unit.words <= 6 and (bool(P.CREDIT_ROLE.match(unit.clean)) and bool(P.CREDIT.search(unit.clean)) or
                                    bool(P.ARCHIVE_LINE.match(unit.clean))) or self._signed_picture(unit)

    def _signed_picture(self, unit: Unit) -> bool:
        """A line of a photographer's name and whom the picture is for, right under a caption of one short sentence:
        'Le drapeau violet hissé ce vendredi matin sur la plage.' / 'Iñaki Larralde / Le Courrier de l'Adour'."""
        found = SIGNED_PICTURE.fullmatch(unit.clean)
        above = self.units[unit.index - 1] if unit.index else None
        return bool(found) and name_like(found.group(1)) and unit.words <= 10 and above is not None and \
            2 <= above.words <= 25 and above.clean.endswith(".") and len(re.findall(r"[.!?](?:\s|$)", above.clean)) == 1

    def _under_credit(self, index: int) -> bool:
        """The line at `index` is a short caption under its own credit line ('Photo: Ann Lowe' / 'The quay at dawn.')."""
        if not 0 < index < len(self.units):
            return False
        unit = self.units[index]
        return unit.words <= 25 and bool(SENTENCE_END.search(unit.clean)) and not is_prose(unit) and \
            not unit.text.startswith("#") and self._credit_line(self.units[index - 1])

    @staticmethod
    def _caption_agency(unit: Unit) -> str | None:
        """'A otter on the bank on Tuesday. EFE/Ana Gil': a caption of one or two sentences closed by an
        agency's name (and its photographer's): the credit."""
        found = P.CAPTION_AGENCY.search(unit.clean)
        if not found or unit.words > 30 or unit.text.startswith("#") or \
                not P.AGENCIES.match(found.group(1).split("/")[0].strip()) or \
                len(re.findall(r"[.!?](?:\s|$)", unit.clean[:found.start()] + " ")) > 2:
            return None
        return found.group(1)

    def _contribution(self, unit: Unit) -> None:
        """'Reporting by Ann Lowe; Editing by Tom Hart': who made the story, each part a credit as written."""
        for part in re.split(r"\s*;\s*", unit.clean.rstrip(".")):
            if part:
                self._credit(part, None)
        self._removed("who reported and edited it (kept in credits)", unit, "credit")

    def _caption_credit(self, unit: Unit) -> None:
        rest = re.sub(r"^\[[^\[\]]{3,200}\]\s+(?=\S)", "", unit.clean)   # (its description in brackets aside)
        caption = caption_credit(rest)
        agency = self._caption_agency(unit)
        if caption and unit.words <= 30:
            self._credit(self._run_on(unit, caption.group(1).strip().rstrip("]").strip()), None)   # ('[Image: … Picture: Ann Lowe]')
        elif rest != unit.clean and len(rest.split()) <= 8 and P.CREDIT_ROLE.match(rest) and P.CREDIT.search(rest):
            self._credit(rest, None)   # ('[Linienbus an der Haltestelle] Foto: Ländle Bote/Dietmar Hartmann')
        elif agency:
            self._credit(agency, None)
        self._removed("a picture's caption (its credit kept in credits)", unit, "caption")

    def _run_on(self, unit: Unit, credit: str) -> str:
        """A credit the page's width broke over two lines ('… Photo: Ffion Rees /' / 'Powys Pulse', '… Picture: KAYE' /
        'LINDQVIST'): the rest, a few words on the next line, no sentence, is the credit's."""
        following = self.units[unit.index + 1] if unit.index + 1 < len(self.units) else None
        if following is None or following.words > 3 or SENTENCE_END.search(following.clean) or \
                not following.clean[:1].isupper() or not (credit.endswith("/") or following.clean.isupper() and
                                                          len(credit.split(":")[-1].split()) == 1 and credit.split()[-1].isupper()):
            return credit   # (a name in capitals of one word wants its surname; 'J. M. PRIETO' over 'BREVES' has it)
        following.kind = "run-on"
        self.clip.removed.append(f"the credit's end, on the next line: {following.text}")
        return f"{credit} {following.clean}"

    def _first_words(self, unit: Unit) -> bool:
        """The clipping's first words, page furniture aside, and not a sentence: a masthead."""
        text = unit.clean.rstrip(".") if unit.words <= 2 else unit.clean   # ('ciaone.': a logo's full stop)
        text = re.sub(r"(?:\b\w\.){2,}$", "", text).rstrip()   # ('Tafel Neckarau-Süd e.V.': a legal form's stops)
        return not SENTENCE_END.search(text) and not any(c in text for c in ":;,!?") and \
            all(u.kind in ("chrome", "section") for u in self.units[:unit.index])

    def _removed(self, why: str, unit: Unit, kind: str | None = None) -> None:
        unit.kind = kind or unit.kind or "removed"
        self.clip.removed.append(f"{why}: {unit.text}")

    def _url(self, url: str, unit: Unit) -> None:
        if not self.clip.url:
            self.clip.decide("url", url.rstrip(".,;"), "the address written in the clipping")
        self._removed("address", unit, "url")

    def _credit(self, text: str, unit: Unit | None, kind: str = "credit") -> None:
        text = bare_credit(text)
        if P.COMPANY_RIGHTS.match(text):   # ('© Tweedside Broadcasting Ltd 2026': the site's company's rights, no picture's)
            self._removed("the site's copyright line", unit, "chrome") if unit is not None else None
            return
        if described(text):   # ('Bild: Luftaufnahme eines Murenkegels, der die Straße verschüttet hat': what it shows)
            self._removed("a picture's description, read out in its place", unit, "caption") if unit is not None else None
            return
        if text not in self.clip.credits:
            self.clip.credits.append(text)
            self.clip.decisions.append(f"credits: {text}")
        if unit is not None:
            self._removed("credit (kept in credits)", unit, kind)

    def _credits_line(self, unit: Unit) -> None:
        if P.TRANSLATOR.match(unit.clean) or self._signed_picture(unit):   # (the translator, or the photographer and
            #                                                              the paper: credited as the line says it)
            self._credit(unit.clean.rstrip(" ."), unit)
            return
        parts = ROLE_SPLIT.split(unit.clean)
        if len(parts) >= 2 and any(P.SOURCE_LABEL.match(part.strip()) for part in parts):
            self._removed("a chart's source and who drew it (the data's, not the article's credits)", unit, "credit")
            return   # ('Grafik: Donaupost | Quelle: Stadt Vilshofen', 'Source: Stadt Bonn | Grafik: M. Kern')
        for part in parts:
            part = part.strip()
            if part.startswith("©") and P.CREDIT_ROLE.match(part.lstrip("© ")):
                part = part.lstrip("© ")   # ('© Photo : Belga / Eric Lalmand': the credit as its role opens it)
            described = LABELLED_CAPTION.match(part)
            if described and sum(word[:1].islower() for word in described["caption"].split()) >= 3:
                self._credit(described["credit"], None)   # ('Foto: Vista aérea de la terminal. ADIF': the caption, then who)
            elif P.CREDIT_ROLE.match(part) or P.ARCHIVE_LINE.match(part) or part.startswith("©") and not LEGAL.search(part):
                # (not '© Riproduzione riservata')
                self._credit(CAPTION_AFTER.split(part, 1)[0], None)   # ('Foto: Ana Gil. La presa, ayer.': the credit, not its caption)
        self._removed("credit (kept in credits)", unit, "credit")

    def _byline(self, unit: Unit) -> None:
        text = unit.clean
        parts = [p.strip() for p in re.split(r"\s+[|/•·–—-]\s+|\s*[|•]\s*|\s{3,}|\t", unit.text.replace("**", "").strip("#*_>•- \t"))
                 if p.strip()]   # ('Text: Lena Schwarzkopf   Fotos: Mehmet Aydın': a row set apart by spaces)
        authors, credits = [], []
        source = parts[0] if len(parts) >= 3 and P.BYLINE_START.match(parts[1]) and not P.BYLINE_START.match(parts[0]) and \
            outlet_like(parts[0]) and not find_date(parts[0]) and not P.AGENCIES.match(parts[0]) and \
            not is_section(parts[0]) else None   # ('Ländle Gründerszene · von Lukas Fink · 2. Dez. 2026': the source, a writer)
        for part in parts:
            if part is source:
                continue
            part, agencies = byline_parts(part)
            credits += agencies
            if P.CREDIT.search(part) and not P.BYLINE_START.match(part) or P.TRANSLATOR.match(part):
                credits.append(part)   # ('Por Lucía Hernández | Tradução: Rui Carvalho': the translator a credit)
                continue
            found = find_date(part)
            if found:
                time = None if found.has_time else find_time(text[text.find(part) + len(part):])
                self._date(found.value + (f"T{time}" if time else ""), part)   # ("Ann Lowe / 04/06/2024 / 08:15")
                self.byline_date = found.value + (f"T{time}" if time else "")
                part = part[:part.find(found.text)].rstrip(" ,;-–—|·") if P.BYLINE_START.match(part) else ""
                part = re.sub(r"\s+(on|le|am|el|il|the)$", "", part, flags=re.I)
            if not part or P.RELATIVE_TIME.search(part) or TIME.fullmatch(part.strip()):
                continue
            names = P.BYLINE_START.sub("", part)
            names = re.sub(r"\s*\((?![^()]*\b(?:avec|with|mit|con|com)\b)[^()]{2,60}\)", "", names)
            if (reversed_name := re.fullmatch(r"((?-i:[A-ZÀ-Þ])[\w'’-]+),\s*((?-i:[A-ZÀ-Þ])[\w'’-]+)", names.strip())):
                names = f"{reversed_name.group(2)} {reversed_name.group(1)}"   # ('Feldt, Jonas': one name, surname first)
            # (where a writer was, and as what: 'Anne Roques (Béziers, envoyée spéciale) et Tom Merle')
            names = name_before_role(names) or names   # ('Priya Ellingham Transport correspondent')
            others = [n for n in P.NAME_JOINERS.split(names.partition(",")[2]) if n.strip()]
            if byline_by_comma(strip_honorific(names)) and not all(name_like(strip_honorific(n.strip(" ."))) for n in others):
                names = without_roles(names)   # ("Priya Raman, correspondent in Leeds"; not "Ann Lowe, Sam Reid and ...")
            for name in P.NAME_JOINERS.split(names):
                name = strip_honorific(name.strip(" ."))
                name = name.title() if name.isupper() and len(name) > 4 else name   # ("JANE DOE")
                if not name or P.NEWSROOM.match(name):
                    continue   # (a newsroom signs for no one in particular: no author)
                if P.is_agency(name):
                    credits.append(name)
                elif name_like(name) or (len(name.split()) == 1 and name[:1].isupper() and P.BYLINE_START.match(part) and
                                         not P.ROLE_WORDS.search(name)):
                    authors.append(name)
                # other words of a byline (a role, a place) are not names
        for credit in credits:
            self._credit(credit, None)
        if source:
            self.beside_date = self.byline_source = (self.known.canonical(source) or outlet_name(source), self.clip.published)
        if authors and not self.clip.authors:
            self.clip.decide("authors", authors, f"from the byline “{text}”")
        elif authors and self.byline_at == unit.index - 1 and \
                not {fold(name) for name in authors} & {fold(name) for name in self.clip.authors} and \
                not any(word.casefold() in getattr(self, "body_words", set()) | content_words(self.clip.title or "") or
                        word.islower() for name in authors for word in name.split()):
            # (not the place the story is from, which the text names or whose name is joined by a small word: 'Cangas de
            #  Onís', 'Herrera del Duque' under the writer's name)
            self.clip.decide("authors", self.clip.authors + authors, f"and from the byline under it “{text}”")
            # (two writers, each on a line of their own: 'Uxía Lestón' / 'Brais Carballo')
        self.byline_at = unit.index
        if INTERVIEWER_LINE.match(text) and not self.clip.kind:
            self.clip.decide("kind", "interview", f"the interviewer's line “{text}”")
        self._removed("byline", unit, "byline")

    def _dateline(self, unit: Unit) -> None:
        text = unit.clean
        credit = CREDIT_AFTER_DATE.search(text)
        if credit and find_date(text[:credit.start()]):   # ('4 de dezembro de 2026, 09:40 Fotografia: Marta Sequeira')
            self._credit(credit.group(1).strip(), None)
            text = text[:credit.start()].rstrip(" ,;|·")
        if HEARING.search(text) and unit.words <= 12:
            self._removed("the hearing's date (a ruling is dated by the day it was given)", unit, "dateline")
            return
        updated = P.UPDATED_WORDS.search(text)
        published_part = text[:updated.start()] if updated else text
        if updated and not find_date(published_part):   # ('Updated 12.40 GMT, 3 December · First published 07.15 GMT, …')
            later = [part for part in re.split(r"\s+[·|•]\s+|\s*;\s*", text[updated.start():])[1:]
                     if not P.UPDATED_WORDS.search(part) and find_date(part)]
            first = P.PUBLISHED_WORDS.search(text, updated.end())   # ('Updated March 5 2026 - 9:12am, first published
            if later:                                                # March 4 2026 - 5:00pm')
                published_part = later[0]
            elif first and find_date(text[first.start():]):
                published_part = text[first.start():]
            elif first and (day := find_date(text[updated.end():first.start()])) and \
                    (time := find_time(text[first.start():])):   # ('Updated September 11 2025 - 5:30pm, first published
                published_part = f"{day.text} {time}"             #  4:10pm': the same day, the first time)
        if PERIOD.search(published_part):   # ('N° 1487 · du 3 au 9 décembre 2026': an issue's week, no day of publication)
            self._removed("the issue's period", unit, "dateline")
            return
        found = find_date(published_part)
        if found:   # (every date line of the head, where it stands: the site's date of the day or the story's own)
            self.dated.append((unit.index, found.value, bool(P.PUBLISHED_WORDS.search(published_part))))
        if found and not self.clip.kind and (kind := dated_label_kind(published_part, found.text)):
            self.clip.decide("kind", kind, f"the label on the date's line “{text}”")
        below_headline = any(u.words >= 6 and u.kind in (None, "candidate") and overlap(u.clean, self.body_words) >= 0.3
                             or u.kind == "headline" for u in self.units[:unit.index])
        # (a line long enough to be the headline, and about the text; or the headline, read before)
        if found and self.clip.published and self.unlabelled_date and \
                (P.PUBLISHED_WORDS.search(published_part) or self.date_over_headline and below_headline):
            self.clip.published = None   # ('Publié le 2 décembre' under a date line that says nothing of publication;
            #                              the story's own date under its headline, after the site's date of the day)
        if found and not self.clip.published:
            self.unlabelled_date = not P.PUBLISHED_WORDS.search(published_part)
            self.date_over_headline = self.unlabelled_date and not below_headline
        if found and (not updated or P.PUBLISHED_WORDS.search(published_part) or published_part.strip(" ,-|·")):
            if POSTED_ON.search(published_part):
                self.own_date = found.value   # ('Posted on NewsHub on 4 June 2024': the site's own date, beside a copy's credit)
            self._date(found.value, text)
            if not P.VOLUME.match(text):   # (an issue's line names its day, not a site or a writer: 'Anno XXIX - n. 11 |
                self._name_beside_date(published_part, found.text, unit)   # Domenica 16 marzo 2025 | II Domenica …')
                self._author_after_date(published_part, found.text)
        elif updated:
            later = find_date(text[updated.start():]) or find_month(text[updated.start():].split(":", 1)[-1])
            if later and not self.updated:
                self.updated = later.value
        elif find_month(text):
            if not self.clip.kind and (kind := month_label_kind(text)):
                self.clip.decide("kind", kind, f"the label on the date's line “{text}”")
            self._date(find_month(text).value, text)
        elif P.RELATIVE_TIME.search(text):
            self.relative = text
            time = find_time(text)
            if time and TODAY.search(text) and self.clip.published and "T" not in self.clip.published:
                self.clip.decide("published", f"{self.clip.published}T{time}", f"the time of “{text}”, on the date above")
                self.relative = None
        self._removed("dateline", unit, "dateline")

    own_date: str | None = None   # the date a site gives itself for the text ('Pubblicato su NewsHub il …')
    first_in_print: str | None = None   # the day the outlet's own print edition carried it first
    unlabelled_date = False       # the date read so far came from a line that does not say it is the publication's
    date_over_headline = False    # … and over every line long enough to be the headline: the site's date of the day
    byline_at: int | None = None  # the last byline's line

    def _date(self, value: str, evidence: str) -> None:
        known = self.clip.published
        if known and self.date_over_headline and P.PUBLISHED_WORDS.search(evidence):
            known = None   # (the site's date of the day over its menu, then the writer's 'Inserito il 02/08/2025 alle 18:25')
            self.unlabelled_date = self.date_over_headline = False
        if not known or len(known) == 7 and value.startswith(known + "-") or \
                len(known) == 10 and len(value) > 10 and value.startswith(known) and not P.UPDATED_WORDS.search(evidence):
            self.clip.decide("published", value, f"from “{evidence}”")   # (a day of the month another line named alone:
            #  'Laguna Hall Update – March 2026' over 'Community update – 9 March 2026'; the day another line named
            #  alone, with its time: the site's 'Venerdì 14 febbraio 2025' over 'Pubblicato il 14/02/2025 alle ore 11:20')

    def _author_after_date(self, text: str, date_text: str) -> None:
        """'Publicado el 22 de noviembre de 2026 por Inés Berdún · 6 comentarios', 'Posted on 3 May 2025 by Ann
        Lowe': a blog's line gives the writer after the date."""
        after = text[text.find(date_text) + len(date_text):] if date_text in text else ""
        after = re.sub(r"^\s*(?:(?:at|à|um|a las|alle|às)\s+)?\d{1,2}[:.h]\d{2}\s*(?:h|uhr)?", "", after, flags=re.I)
        by = P.BYLINE_START.match(after.strip(" ,")) or re.match(r"da\s+", after.strip(" ,"))   # ('Pubblicato il … da …')
        if not by or self.clip.authors:
            return
        name = re.split(r"\s+[|·•–—]\s+|\s*[,;(]", after.strip(" ,")[by.end():], maxsplit=1)[0].strip(" .")
        if name_like(name):
            self.clip.decide("authors", [strip_honorific(name)], f"the writer named after the date in “{text.strip()}”")

    def _name_beside_date(self, text: str, date_text: str, unit: Unit) -> None:
        """'The Coastal Times · 14 February 2024': a name written beside the date."""
        raw = text[:text.find(date_text)] if date_text in text else ""
        if not re.search(r"[|·•–—/]\s*$", raw) and not (raw and raw[-1].isalnum()):
            return   # ("Valladolid, 22 de mayo": a place; a name beside a date is set apart or glued to it)
        before = P.PUBLISHED_WORDS.sub("", raw)
        before = re.sub(r"\b(on|le|am|el|il|the|at|à|um)\s*$", "", before.strip(" ,-|·•–—:"), flags=re.I).strip(" ,-|·•–—:")
        if not before or P.LIVE_WORDS.fullmatch(before) or P.ISSUE_NUMBER.match(before) or P.NEWSROOM.match(before) or \
                re.fullmatch(r"[A-Z]{1,5}[-_]?\d{2,}[\w/-]*", before):
            return   # ('Redacción VFP | 03/12/2026': the site's newsroom signs it, no outlet of its own; 'PF0112 · 14. Nov.
            #           2025': a wire portal's number for the release)
        parts = [part.strip() for part in re.split(r"\s*[|·•]\s*", before) if part.strip()]
        if len(parts) > 1:   # ('Cuenca | Europa Press | 03/12/2026': a place and an agency, no outlet of its own)
            for agency in (part for part in parts if P.is_agency(part)):
                self._credit(agency, None)
            parts = [part for part in parts if not P.is_agency(part) and not is_section(part)]
            parts = [part for part in parts if not self._named_in_text(part, unit)] if len(parts) > 1 else parts
            if len(parts) != 1:
                return
            before = parts[0]
        above = self.units[unit.index - 1] if unit.index else None
        under_byline = above is not None and (above.kind == "byline" or P.BYLINE_START.match(above.clean))
        if (under_byline or self._named_in_text(before, unit)) and len(before.split()) <= 4 and \
                not P.ORGANISATION_WORDS.search(before) and not self.known.canonical(before):
            self.places_beside_date.add(before.casefold())
            return   # ('Por Ana Gil' / 'Orihuela | 14/05/2025': the writer's place under the byline, not an outlet; a
            #            place the headline or the text names too: 'A Coruña | 04/12/2026' under 'A Coruña limitará …')
        known = self.known.canonical(before)   # (one of the dossier's outlets, however it is written)
        if before.isalpha() and before[1:].islower() and not known:
            return   # ('Bürgerversammlung · 18. September 2025': one plain word, an occasion; a masthead has a capital inside,
            #            or is known, or is more than a word)
        if not known and P.is_agency(before):
            self._credit(before, None)   # ('Europa Press | 04/12/2026 12:58': the agency's story, a credit; no original)
        elif known or outlet_like(before) and not name_like(before):
            self.beside_date = (known or outlet_name(before), self.clip.published)

    def _named_in_text(self, name: str, unit: Unit) -> bool:
        """The name is written in a line of six words or more (the headline, the text): a place it speaks of, where an
        aggregator's credit names an outlet no line of the article names."""
        found = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        return any(found.search(u.clean) for u in self.units if u is not unit and u.words >= 6 and not is_menu(u) and
                   not P.CONTINUE_ELSEWHERE.search(u.clean) and not P.FIRST_PUBLISHED.match(u.clean) and
                   not P.TRAILING.match(u.clean))
        # (not 'Seguir leyendo en El Faro del Sur', 'Dieser Artikel erschien zuerst bei …', 'Weitere Artikel von …':
        #  lines that credit the outlet by its name)

    def date_by_print(self) -> None:
        """An article its outlet's print edition carried first is dated by that day ('first appeared in the Saturday
        magazine on February 7, 2026'), before the site's."""
        if self.first_in_print and (not self.clip.published or self.clip.published[:10] > self.first_in_print):
            self.clip.decide("published", self.first_in_print, "the day the outlet's own print edition first carried it")

    def _credited_original(self, match: re.Match, unit: Unit) -> None:
        name = next(value for value in match.groupdict().values() if value).strip(" .")
        if URL.fullmatch(name):
            if not self.clip.url:
                self.clip.decide("url", name, f"from “{unit.clean}”")
        elif P.is_agency(name):   # ('Quelle: dpa' on a portal: the agency's story, a credit; the portal its outlet)
            self._credit(name, None)
        elif P.SOURCE_LABEL.match(unit.clean) and name_like(name):
            self._credit(unit.clean.rstrip(" ."), unit)   # ('Quelle: Jana Wendt' under a picture: who took it, no outlet)
            return
        elif P.LANGUAGE_NAME.fullmatch(name) or P.THE_SITE.match(name):
            pass   # ('Este artículo se publicó originalmente en gallego': the original's language, no outlet; nor 'the
            #        publisher's site', a site named by what it is)
        elif OWN_EDITION.match(name):   # ('This story first appeared in the Saturday magazine on February 7, 2026':
            dated = find_date(unit.clean)   # the outlet's own print edition, no other outlet; its day is the first)
            self.first_in_print = dated.value if dated else None
        elif DATA_NOTE.search(unit.clean[match.end():]):
            self._removed("a table's or a chart's source", unit, "chrome")   # ('Fuente: Servicio de Salud. Datos a 31 …')
            return
        elif len(name.split()) <= 6:
            # (English's article before a name in running text is not the name's: 'in the Rhön-Anzeiger')
            self.original = self.original or outlet_name(re.sub(r"^(?-i:the)\s+(?=[^\W\d_])", "", name))
            dated = find_date(unit.clean)
            if dated and not self.original_date:
                self.original_date = dated.value
        self._removed("credit of the original", unit, "original")


# What a table's or a chart's source line says after the source: the date of its data, or that the paper worked them out.
DATA_NOTE = re.compile(r"\b(?:datos|data|données|daten|dati|dados|stand|elaboración propia|own (?:analysis|calculations?)|"
                       r"eigene berechnung(?:en)?|calculs|élaboration|elaborazione)\b", re.I)


# The end of a credit set before its picture's caption: a full stop after a word of three letters or more, a capital next.
# A credit on the date's line, after the date: '… 09:40 Fotografia: Marta Sequeira', '… · Photo : Léa Roux'.
CREDIT_AFTER_DATE = re.compile(r"(?:\s|[|·•]\s*)(" + P.CREDIT_ROLE.pattern.removeprefix("^") + r"\s*:\s*\S.{1,60})$", re.I)
CAPTION_AFTER = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=(?-i:[A-ZÀ-Þ¿¡«\"“]))")

# A picture's label, its caption and its credit last: 'Foto: Vista aérea de la terminal de San Francisco. ADIF'.
LABELLED_CAPTION = re.compile(P.CREDIT_ROLE.pattern + r"\s*:\s*(?P<caption>.{12,}?[^\W\d_]{3})\.\s+"
                              r"(?P<credit>(?-i:[A-ZÀ-Þ])[^.:]{1,40})$", re.I)

LAST_JOINER = re.compile(r"\s*,?\s+(?:and|et|und|y|e|&)\s+", re.I)


# A span of days, an issue's or an event's: 'du 3 au 9 décembre', '3–9 December', 'vom 3. bis 9. Dezember'.
PERIOD = re.compile(r"\b(?:du|from|vom|von|del|dal|de|entre)\s+\d{1,2}\.?(?:er)?\s+(?:au|to|bis|al|a|e|y|até)\s+(?:le\s+)?\d{1,2}\b|"
                    r"(?<![\d./-])\b\d{1,2}\.?\s?[–-]\s?\d{1,2}\.?\s+(?-i:[A-Za-zÀ-ÿ])[a-zà-ÿ]{2,}", re.I)


def name_before_role(text: str) -> str | None:
    """The writer's name when a byline sets their role after it without a comma: 'Priya Ellingham Transport
    correspondent', 'Jonas Weber Redakteur Politik'."""
    if re.search(r"[,;|(]", text):
        return None   # (a comma sets the role apart itself: 'Dr. Jonas Weber, Bereichsleiter Abwasser')
    words = strip_honorific(text).split()
    for size in (2, 3):   # (a role of two words, 'Transport correspondent', is more common than a name of three)
        name, role = " ".join(words[:size]), " ".join(words[size:])
        if len(words) > size and len(words) <= size + 4 and name_like(name) and P.ROLE_WORDS.search(role) and \
                not P.ROLE_WORDS.search(name):
            return name
    return None


# Who uploaded a picture to a reader-reporter platform, after its credit: 'Foto: Marktgemeinde Leutschach hochgeladen von
# Lisa Kratzer', '… uploaded by …', '… téléchargé par …'.
UPLOADED = re.compile(r"\s+[|·–—-]?\s*(?:hochgeladen von|uploaded by|téléchargée? par|subid[ao] por|caricat[ao] da|carregad[ao] por)"
                      r"\s+\S.{0,60}$", re.I)


def bare_credit(text: str) -> str:
    """A credit without the slash or bar a caption set it before ('/ Ayuntamiento de Ubrique'), nor the terms of its
    reprint after it ('Foto: SBGV/Tanja Wagner | Abdruck honorarfrei')."""
    text = re.sub(r"\s*[|·–—-]\s*(?:abdruck (?:honorarfrei|frei)|honorarfrei|free (?:for editorial use|of charge)|"
                  r"libre de droits?|libre de derechos|uso (?:editoriale )?gratuito|utilização livre)\.?$", "", text.strip(),
                  flags=re.I)
    text = UPLOADED.sub("", text)   # (nor who put it on a reader-reporter platform: '… hochgeladen von Lisa Kratzer')
    return re.sub(r"\s+[/|·•]$", "", re.sub(r"^[/|·•]\s*", "", text))   # (nor the dot a row sets after it: 'Photographs by X ·')


def described(text: str) -> bool:
    """A picture's label over what it shows, not who made it: an image's alternative text read out where the picture
    was ('Image: Firefighters with shovels in front of a farmhouse', 'Bild: Logo der Oberkärntner Nachrichten'). Who
    made it is named in a few words, most of them capitalised; a description reads as a phrase."""
    label = P.CREDIT_ROLE.match(text)
    value = text[label.end():].lstrip(" :") if label else ""
    if not value or re.match(r"(?:courtesy|gracieuset[ée]|courtoisie|cortes[ií]a|cedid[ao]s?|concess[ao]|fournie?s?|"
                             r"facilitad[ao]s?|fornit[ao]|fornecid[ao]s?|überlassen|per gentile|gentilmente|"
                             r"mit freundlicher|zur verfügung|privat|supplied|provided|archiv|archive|archivio|arquivo|"
                             r"file)\b", value, re.I):
        return False   # (who gave it: 'foto concessa dal gruppo scout', 'Photo supplied by the family')
    if re.search(r"(?-i:\b(?:a|an|eines?|einer|einem|un|une|una|uno|um|uma)\b)|\bd['’]une?\b", value):
        return True   # (an article before a common noun: 'Bild: Werbebanner eines Möbelhauses', 'Image: a map of …')
    words = value.split()
    small = [w for w in words if w[:1].islower() and w.lower() not in P.NAME_PARTICLES]
    return bool(re.match(r"(?:logo(?:tipo)?|logotype)\b", value, re.I)) or len(words) >= 4 and len(small) >= len(words) / 2


def caption_credit(text: str) -> re.Match | None:
    """The credit closing a picture's caption, its group 1: 'Photo: Ann Lowe', '/ J. M. PRIETO', 'Archives famille X'."""
    return P.LEADING_CREDIT.match(text) or P.CAPTION_CREDIT.search(text) or P.SLASH_CREDIT.search(text) or P.BRACKET_CREDIT.search(text) or P.OUTLET_CREDIT.search(text) or P.ARCHIVE_CREDIT.search(text) or \
        P.NAMED_CREDIT.search(text) or P.COMMISSIONED_CREDIT.search(text) or P.BAR_CREDIT.search(text) or \
        P.FILE_CREDIT.search(text) or P.CODE_CREDIT.search(text) or _joined_credit(text)


def _joined_credit(text: str) -> re.Match | None:
    """A credit run into a caption of four words or more (not a byline of roles: 'Text: Lena Roth   Fotos: Mehmet Aydın')."""
    found = P.JOINED_CREDIT.search(text)
    return found if found and ":" not in text[:found.start()] and len(text[:found.start()].split()) >= 4 else None


def named_after_caption(text: str) -> re.Match | None:
    """The photographer's name alone after a caption's last sentence ('… del pasado sábado. Nacho Bustamante'), its
    group 1: only of a line already known to be a caption."""
    found = P.NAME_AFTER_CAPTION.search(text)
    return found if found and name_like(found.group(1)) and not P.CREDIT_ROLE.match(found.group(1)) else None


def without_roles(names: str) -> str:
    """The names of a byline whose names have roles beside them, each after a comma ("A, mayor of X, and B,
    councillor" → "A, B"): a name before each role, and after 'and' only a name."""
    kept = []
    for position, segment in enumerate(LAST_JOINER.split(names)):
        pieces = [piece.strip() for piece in segment.split(",")]
        if position and not name_like(strip_honorific(pieces[0].strip(" ."))):
            continue   # ("… in Leeds and Bristol": a place after 'and', not a second author)
        kept += [pieces[0]] + [piece for piece in pieces[1:] if name_like(strip_honorific(piece.strip(" .")))]
    return ", ".join(kept)


# 'Posted on NewsHub', 'Publié sur NewsHub', 'Pubblicato su NewsHub': the site that publishes the text named after the word.
POSTED_ON = re.compile(P.PUBLISHED_WORDS.pattern + r"\s+(?:on|sur|auf|bei|en|su|no|na|em|in)\s+(?-i:[A-ZÀ-Þ])", re.I)
