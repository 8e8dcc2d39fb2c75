"""Pasted clipping text → a Clipping: each line classified from general features.

A line is page furniture, a masthead, a section label, a headline, a standfirst, a byline, a
dateline, a credit, body text, a subheading or the start of trailing material, judged by its
length, its position, its punctuation and capitals, whether it reads as a sentence, whether it
repeats, how many words it shares with the body, and the phrase lists of phrases.py (English,
French, German, Spanish, Italian). What the clipping does not state goes to `review`.
"""
from __future__ import annotations

import re

from . import furniture as F
from . import phrases as P
from ..matcher import fold
from .body import BodyReader, capital_headings
from .clipping import Clipping, Reproducer
from .lines import SENTENCE_END, content_words, headline_text, is_day, name_like, is_prose, is_sentence, is_time, language, outlet_like, outlet_name, overlap, units_of
from .head import HeadReader
from .items import first_item, item_heading
from .kinds import settle_kind
from .known import KnownOutlets
from .mastheads import spells
from .meta import MetaReader, caption_credit
from .dumps import text_browser_dump
from .memo import settle_memo
from .newsletter import lead_story
from .quoted import as_reproduction, quoted_article
from .prompts import CONTACT_LABEL, FREE_ARTICLE, ORIGINAL_CONTENT, PROVIDED_BY, SHARE_SHEET, SIGN_OFF, WIRE_DATELINE, \
    WIRE_SOURCE, footer_name, note_on_the_text, site_speaks_to_reader
from .vet import OUTLET_UNKNOWN, provisional_title
from .hosts import names_host, spelt_near
from .viewers import front_matter_record, tool_record, viewed_source


# ---------------------------------------------------------------- the reader

FACT = re.compile(r"^([^\W\d][\w'’ -]{0,30}?)\s?:\s+\S")   # a label and its value
QUESTION = re.compile(r"[?？][\s*_»”\"’)]*$")


# A note's signature after a dash, alone on its line: '— A redação', '– Die Redaktion'.
SIGNED_BY_DASH = re.compile(r"^[—–-]\s?[^\W\d_]\S*(?:\s\S+){0,3}$")
# A newsletter's wish to its readers, closing its editor's word: 'Boa leitura', 'Einen guten Start in den Tag wünscht Ihnen'.
READING_WISH = re.compile(r"\b(?:(?:good|happy) reading|enjoy (?:the|this) (?:read|issue|newsletter|edition)|have a (?:good|great) "
                          r"(?:day|weekend|week)|bonne lecture|bonne journée|bon week-end|(?:eine )?gute lektüre|"
                          r"(?:einen )?guten start in den tag|ein schönes wochenende|buena lectura|feliz lectura|buen fin de semana|"
                          r"buona lettura|buona giornata|buon fine settimana|boa leitura|bom fim de semana|bom dia de trabalho)\b",
                          re.I)


class TextReader(HeadReader, MetaReader, BodyReader):
    """Reads a pasted clipping: its zones (head, text, trailing material), then each part (head.py,
    meta.py, body.py), then what is decided from them."""

    def __init__(self, text: str, paged: bool = False, known: KnownOutlets | None = None):
        self.units = units_of(text, paged)
        self.paged = paged
        self.known = known or KnownOutlets()   # the dossier's outlets: a masthead naming one is that outlet
        self.clip = Clipping(input_kind="text")
        self.body_words: set[str] = set()
        self.site: str | None = None        # the site the text was read on (a masthead)
        self.original: str | None = None    # the outlet it credits as the original
        self.original_date: str | None = None
        self.updated: str | None = None
        self.relative: str | None = None
        self.live = False
        self.stopped_short = False
        self.agency_dateline = False        # an agency named in a dateline ('Lyon (AFP) -')
        self.own_dispatch = False           # … the site's own name: an agency's dispatch on its own site ('Lorient (APL) -')
        self.posted_at: int | None = None   # the line of an organisation's page that posts the clipping (posts.py)
        self.places_beside_date: set[str] = set()   # a place written beside the date under the byline
        self.dated: list[tuple[int, str, bool]] = []   # each date line of the head: where, its date, labelled published
        self.byline_date: str | None = None   # the date on the writer's own line ('Ann Lowe · 04/06/2024')
        self.other_mastheads: list[str] = []   # outlets named over the headline after the site's own
        self.issuer: str | None = None      # who issued a release a wire distributes ('News provided by …')
        self.wire_release = False           # … named so by a wire (not a platform's 'Published in …')
        self.recorded_site: tuple[str, str] | None = None   # the source a tool's record names, and its line
        self.kind_label_at: int | None = None   # the line of the label that set the clipping's kind, over its headline
        self.head_captions: set[str] = set()   # captions the head set, which the text may set again by their picture

    def read(self) -> Clipping:
        clip, units = self.clip, self.units
        counts: dict[str, int] = {}
        for unit in units:
            counts[unit.clean.lower()] = counts.get(unit.clean.lower(), 0) + 1
        start = self._body_start()
        end = self._trailing_cut(start)
        item = first_item(units, start, end, self._meta_kind)
        trailing, end = end, item.end if item else end
        self.text_start = start
        self.body_words = set().union(*(content_words(u.text) for u in units[start:end] if is_prose(u))) \
            if start < end else set()
        head = units[:start]
        for unit in head:
            self._classify_head(unit)
        self._choose_headline(head)
        if item and item.heading is not None:
            for unit in units[start:item.heading]:
                self._removed("the page's own introduction to its items", unit, "intro")
            start = item.heading + 1
            self.standfirst = []
            clip.decide("title", item_heading(headline_text(units[item.heading].clean)),
                        "the heading of the first of the page's items")
        elif item and clip.title:
            clip.title = item_heading(clip.title)
        body = [u for u in units[start:end]]
        for unit in units[end:]:
            if trailing <= unit.index <= trailing + 1 and unit.words <= 20 and P.continues_elsewhere(unit.clean):
                self._elsewhere(unit)   # (the block opens with a link to the rest: 'Den vollständigen Artikel lesen Sie
                continue                #  bei Fuldaer Landbote' / 'Zum Artikel' / 'Mehr aus Osthessen')
            if unit.index >= trailing and unit.words <= 60 and P.CAPTION_LABEL.match(unit.clean) and \
                    (credit := caption_credit(unit.clean)):
                self._credit(credit.group(1).strip(), None)   # (the text's picture, offered for download under it with
                #                                                its caption: 'Bildtext: … Foto: GV Gailtal-Lesachtal/Kofler')
            self._removed("trailing material" if unit.index >= trailing else
                          "another item of the page (the clipping is its first)", unit)
        self._read_body(body, counts)
        if item and item.signature and not clip.authors:
            clip.decide("authors", [item.signature], "the name that signs the first of the page's items")
        self._finish()
        return clip

    # ------------------------------------------------------------ zones

    def _body_start(self) -> int:
        """The first unit of the article's text: the first prose unit that is not followed
        closely by a byline or dateline (that one is a standfirst, part of the head)."""
        units = self.units
        for i, unit in enumerate(units):
            if not is_prose(unit) or self._meta_kind(unit):
                continue
            if i <= 4 and not self.paged and not unit.clean.endswith(":") and len(units) > i + 8 and \
                    not any(is_prose(u) for u in units[i + 1:i + 6]) and \
                    sum(u.words <= 3 and u.clean[:1].isupper() for u in units[i + 1:i + 6]) >= 4:
                continue   # (a line over the site's menu at the top of the page, an account's offer: 'Create a Website
                #            Account - Manage notification subscriptions, save form progress and more.')
            if (READING_WISH.search(unit.clean) or any(SIGNED_BY_DASH.match(u.clean) or READING_WISH.search(u.clean)
                                                        for u in units[i + 1:i + 3])) and \
                    any(self._meta_kind(u) == "byline" for u in units[i + 2:i + 12]):
                continue   # (a newsletter's word to its readers, 'Boa leitura' or signed '— A redação', over its first
                #            story's headline and byline)
            first = i + 1
            while first < min(i + 6, len(units)) and units[first].words <= 3 and \
                    self._meta_kind(units[first]) in ("chrome", "blank"):
                first += 1   # (a row of buttons right under it, 'Comments' / 'Bookmark' / 'Share', aside)
            after = [self._meta_kind(u) for j, u in enumerate(units[first:first + 3], first)
                     if not (is_day(u.clean) and j + 1 < len(units) and is_time(units[j + 1].clean))
                     and sum(is_prose(v) and not self._meta_kind(v) for v in units[i + 1:j]) < 2]
            # (a byline under a headline and its standfirst makes them the head; one under two
            # paragraphs or more is a signature, an agency's or an author's, that ends the text)
            if any(kind in ("byline", "dateline", "agency") for kind in after):
                continue   # (a live report's next day, over its first entry's time, is not a dateline)
            if i + 1 < len(units) and units[i + 1].words <= 3 and self._meta_kind(units[i + 1]) in ("credit",) and \
                    not self._under_credit(i + 2):
                continue   # (a caption above its credit line; not when the line under the credit is the caption)
            while i > 0 and (is_time(units[i - 1].clean) or
                             is_day(units[i - 1].clean) and i < len(units) and is_time(units[i].clean)):
                i -= 1   # (a live report's first entry: its day and time)
            if i > 1 and units[i - 1].text.startswith("## ") or i >= 2 and units[i - 1].words <= 6 and \
                    not self._meta_kind(units[i - 1]) and not SENTENCE_END.search(units[i - 1].clean) and \
                    self._meta_kind(self._above_chrome(i - 2)) in ("byline", "dateline", "credit", "agency", "url") and \
                    any(u.words >= 4 and not self._meta_kind(u) and not outlet_like(u.clean) for u in units[:i - 2]):
                i -= 1   # (a subheading the text begins with, under a headline above it)
            elif i >= 2 and QUESTION.search(units[i - 1].clean) and units[i - 1].words <= 40 and \
                    not self._meta_kind(units[i - 1]) and self._meta_kind(self._above_badges(i - 2)) in ("byline", "dateline"):
                i -= 1   # (a question the text opens with, under the byline: an interview's first, or a heading)
            elif i >= 1 and units[i - 1].clean.isupper() and units[i - 1].words <= 8 and \
                    not self._meta_kind(units[i - 1]) and capital_headings(units[i + 1:]):
                i -= 1   # (the first of the text's headings in capitals)
            return i
        for i, unit in enumerate(units):   # (no running text at all: slides, a fact sheet, made of headings over lists)
            if unit.text.startswith("## ") and i + 1 < len(units) and re.match(r"^[-*]\s+\S", units[i + 1].text):
                return i
        return len(units)

    def _above_chrome(self, index: int):
        """The line at `index`, or the first above it that is not page furniture (a toolbar under the dateline)."""
        while index > 0 and self._meta_kind(self.units[index]) in ("chrome", "blank"):
            index -= 1
        return self.units[index]

    def _above_badges(self, index: int):
        """The line at `index`, or the byline or dateline above the captions, credits and badges ('Subscriber') there:
        up to three short lines, none running text nor a question."""
        for unit in self.units[index:max(index - 4, 0):-1]:
            if self._meta_kind(unit) in ("byline", "dateline"):
                return unit
            if is_prose(unit) or unit.words > 30 or QUESTION.search(unit.clean):
                break
        return self.units[index]

    def _trailing_cut(self, start: int) -> int:
        """Where the text ends: the trailing material's start, and before it an editor's note, a programme's
        blurb or the site speaking to its reader closing the text (page furniture between them aside)."""
        end = cut = self._trailing_start(start)
        site = {word.casefold() for unit in self.units[:start] if unit.words <= 6 and not SENTENCE_END.search(unit.clean)
                for word in re.findall(r"[^\W\d_]{5,}", unit.clean)}   # (the words of the masthead and the other short lines above)
        while end - 1 > start:
            unit = self.units[end - 1]
            if note_on_the_text(unit.clean, unit.words) or \
                    site_speaks_to_reader(unit.clean, unit.words, site) and not P.PAYWALL.search(unit.clean) and any(is_prose(u) for u in self.units[start:end - 1]):
                cut = end - 1
            elif self._meta_kind(unit) not in ("chrome", "blank") and (unit.words > 6 or SENTENCE_END.search(unit.clean)):
                break   # (a row of buttons, 'Share   Comment', may stand between them)
            end -= 1
        return cut

    def _trailing_start(self, start: int) -> int:
        units = self.units
        seen_prose = False
        for i in range(start, len(units)):
            unit = units[i]
            text = unit.clean
            if P.PAYWALL.search(text) and unit.words <= 60 and not FREE_ARTICLE.match(text):
                for j in range(i + 1, len(units)):
                    after = units[j]
                    if not seen_prose or is_prose(after) and not (after.words <= 40 and OFFER.search(after.clean)) or \
                            P.TRAILING.match(after.clean) or after.kind:
                        break   # (the offer under the notice goes, prose or not: '… Jetzt 4 Wochen für 1 Euro testen.')
                    following = next((u for u in units[j + 1:] if u.clean), None)
                    if after.clean and after.words <= 16 and not SENTENCE_END.search(after.clean) and \
                            following is not None and is_prose(following):
                        return j   # (under the notice, a headline over its summary: another story, not the text's rest)
                    after.kind = "after paywall"   # (what the page says under its paywall notice, before any text)
                continue   # (read in the body: the rest goes with the trailing material after it)
            if unit.words <= 10 and P.TRAILING.match(text) and seen_prose and \
                    not (SENTENCE_END.search(text) and unit.words >= 5 and F.chrome_sentence(text)):
                # (a prompt written as a sentence, "Subscribe to our newsletter and ...!", is furniture inside the text)
                if self._introduces_list(i + 1):
                    continue   # ('## Recommendations' / 'We draw three from the results:' / '1. …': the text's own section)
                body = set().union(*(content_words(u.text) for u in units[start:i] if is_prose(u)))
                after = [j for j in range(i + 1, min(i + 4, len(units))) if is_prose(units[j])]
                if after and after[0] - i <= 2 and not self._headline_before(after[0], i) and \
                        (overlap(units[after[0]].text, body) >= 0.5 or P.PROMPT.search(text)):
                    # (a link or a prompt inside the text, "Sign up for our newsletter", when what follows
                    # plainly continues the article: the prompt goes, the text stays)
                    units[i].kind = "inline link"
                    for j in range(i + 1, after[0]):
                        units[j].kind = "inline link"
                    continue
                if (resumes := self._teaser_inside(i)) is not None:
                    for j in range(i, resumes):
                        units[j].kind = "inline link"   # ('Read More' / another story's headline / 'Advertisement', then
                    continue                            #  the text goes on under its next subheading)
                if P.PROMPT.search(text) and (box := self._sign_up_box(i, body)):
                    for j in range(i, box):
                        units[j].kind = "inline link"   # (a newsletter's sign-up box set inside the text: it goes, the text goes on)
                    continue
                return i
            if seen_prose and (self._cites_the_text(i, start) or unit.words <= 4 and not SENTENCE_END.search(text) and
                               i + 1 < len(units) and self._cites_the_text(i + 1, start)):
                return i     # (how to cite the text, under its heading: 'Lowe, A. (2025): Basins on the Kyll. Brief 7.')
            if seen_prose and self._facts_box(i):
                return i     # (a box of labelled facts under the text: line-ups, the referee, the figures; what follows is the site's)
            if seen_prose and self._author_box(i, start):
                return i     # (the writer's box under the text: name, role, a line about them; what follows is the site's)
            if seen_prose and re.fullmatch(r"_{3,}", unit.text.strip()):
                return i     # (an agency's rule under its story: what follows is the wire's trailer)
            if seen_prose and unit.words <= 8 and P.ABOUT_ORGANISATION.match(text) and self._only_furniture_after(i + 2) and \
                    i + 1 < len(units) and (is_prose(units[i + 1]) or is_sentence(units[i + 1].clean)):
                return i     # (a press release's boilerplate: 'About the Valley Trust' and its paragraph, at the end)
            if seen_prose and unit.words <= 60 and (P.NEWSLETTER_RECEIVED.search(text) or
                                                    P.NEWSLETTER_FOOTER.search(text) and not is_prose(unit)):
                while i - 1 > start and units[i - 1].words <= 40 and (
                        P.PASS_IT_ON.search(units[i - 1].clean) and P.LETTER_WORDS.search(units[i - 1].clean) or
                        SIGN_OFF.search(units[i - 1].clean)):
                    i -= 1   # (the sign-off that asks to reply or to pass the letter on goes with the footer)
                return i     # (a newsletter's footer: unsubscribe, the sender's address, why you get it)
            if seen_prose and unit.words <= 20 and P.continues_elsewhere(text):
                return i + 1   # (a copy that sends the reader to the original for the rest: what follows is not the article)
            if is_prose(unit):
                seen_prose = True
        return len(units)

    def _teaser_inside(self, index: int) -> int | None:
        """Where the text resumes under a link to another story set inside it: the link's line, the story's headline
        (one short line) and the advertising label under it, then the text's own subheading over two full paragraphs
        (a list of other stories sets a headline over each one-paragraph teaser). None when the text does not resume."""
        units = self.units
        j = index + 1
        if not (j < len(units) and units[j].words <= 16 and not SENTENCE_END.search(units[j].clean) and
                not is_prose(units[j])):
            return None
        j += 1   # (the other story's headline)
        advert = j
        while j < len(units) and units[j].words <= 3 and F.CHROME.match(units[j].clean):
            j += 1   # ('Advertisement')
        if j == advert or j + 2 >= len(units):
            return None
        heading, following, then = units[j], units[j + 1], units[j + 2]
        if heading.words <= 10 and not SENTENCE_END.search(heading.clean) and \
                all(is_prose(unit) and unit.words >= 20 for unit in (following, then)):
            return j
        return None

    def _facts_box(self, index: int) -> bool:
        """Three lines or more set tight, each a label of its own and its value ('WYEMOUTH TOWN: Harker; Doyle, …',
        'Referee: Mark Tolley.'), with nothing of the text after them: a box of facts, not the text (an interview's
        repeated 'Q:' and 'A:' are its text)."""
        units, labels, end = self.units, [], index
        while end < len(units) and (end == index or units[end].tight) and (found := FACT.match(units[end].clean)):
            labels.append(found.group(1).casefold())
            end += 1
        return len(labels) >= 3 and len(set(labels)) == len(labels) and not any(is_prose(u) for u in units[end:])

    def _author_box(self, index: int, start: int) -> bool:
        """The line at `index` opens a box about one of the text's writers: the name the byline gives, alone on its
        line, then their role or a line about them ('Chiara Bellotti' / 'Responsabile comunicazione …')."""
        units = self.units
        name = units[index].clean
        written = P.BYLINE_START.match(name)   # ('Written by Ada Wrenfield' / '1.2K Followers')
        if written and units[index].words <= 6 and name_like(name[written.end():].strip()) and \
                any(name[written.end():].strip() in u.clean for u in units[:start]):
            return True
        if not (2 <= units[index].words <= 4 and name_like(name)) or index + 1 >= len(units):
            return False
        bylines = [u.clean for u in units[:start] if P.BYLINE_START.match(u.clean) or self._meta_kind(u) == "byline"]
        if not any(name in line for line in bylines):
            return False
        about = units[index + 1].clean
        return bool(P.ROLE_WORDS.search(about) and units[index + 1].words <= 40 or about.split()[:1] == name.split()[:1])

    def _sign_up_box(self, index: int, body: set[str]) -> int | None:
        """Where a sign-up box that opens at `index` ends, when the text plainly goes on under it: its lines set tight
        under its heading, none running text, and under them, past a subheading at most, a paragraph that shares
        the text's words."""
        units, end = self.units, index + 1
        while end < len(units) and units[end].tight and end - index <= 10 and \
                (not is_prose(units[end]) or self._meta_kind(units[end]) == "chrome"):
            end += 1   # (its lines: a pitch, a field, a button, the privacy notice)
        following = [j for j in range(end, min(end + 3, len(units))) if units[j].words >= 8]
        if end - index > 10 or not following or overlap(units[following[0]].text, body) < 0.4:
            return None
        return end

    def _cites_the_text(self, index: int, start: int) -> bool:
        """The line at `index` cites the text itself: a year in brackets and the opening words of a line of the
        head (its headline), as a suggested citation or a colophon gives them."""
        text = fold(self.units[index].clean)
        if not re.search(r"\((?:19|20)\d\d[a-z]?\)", text) or self.units[index].words > 60:
            return False
        openings = {" ".join(fold(u.clean).split()[:3]) for u in self.units[:start] if u.words >= 3}
        return any(opening in text for opening in openings)

    def _only_furniture_after(self, index: int) -> bool:
        """No running text from `index` to the end or to the next trailing heading ('Media contact:'): what an
        organisation's 'About …' paragraph closes is the release's end."""
        for unit in self.units[index:]:
            if unit.words <= 10 and P.TRAILING.match(unit.clean):
                return True
            if is_prose(unit):
                return False
        return True

    def _introduces_list(self, index: int) -> bool:
        """The line at `index` is a sentence that introduces the list under it ('We draw three lessons:' / '1. …')."""
        units = self.units
        return index + 1 < len(units) and units[index].words >= 4 and units[index].clean.endswith(":") and \
            units[index].clean[:1].isupper() and bool(re.match(r"^(?:[-*]|\d{1,2}[.)])\s+\S", units[index + 1].text))

    def _wire_source(self) -> None:
        """A wire's release names its issuer on its 'SOURCE …' line, when the wire's 'News provided by' lost the name
        (a saved page's extract keeps the label, not its link) or the dateline names the wire."""
        if self.issuer:
            return
        wired = any(PROVIDED_BY.match(u.clean) and u.words <= 4 for u in self.units) or \
            any(WIRE_DATELINE.search(u.clean) for u in self.units[:self.text_start + 3])
        name = next((found.group("name") for u in self.units if (found := WIRE_SOURCE.match(u.clean))), None)
        if wired and name and outlet_like(name):
            self.issuer, self.wire_release = outlet_name(name, whole=True), True

    def _terminal(self) -> bool:
        """The clipping was read in a newsroom's terminal: its head sets a dispatch's priority or urgency."""
        return any(P.DISPATCH_PRIORITY.search(u.clean) for u in self.units[:self.text_start] if u.words <= 30)

    def _footer_outlet(self) -> tuple[str, str] | None:
        """With no masthead: the publisher a copyright line or an app's download line names at the page's foot."""
        for unit in reversed(self.units[max(len(self.units) - 8, getattr(self, "text_start", 0)):]):   # (not over the text)
            name = footer_name(unit.clean) if unit.kind and unit.words <= 20 else None
            if name and outlet_like(name) and not P.AGENCIES.match(name) and name not in self.clip.authors and \
                    not F.chrome_sentence(name):   # (not '© RIPRODUZIONE RISERVATA', a rights notice naming no one)
                return self._spelt_in_head(name) or outlet_name(name), unit.clean   # ('© ARP 2025' under 'ARP – Agence
        return None                                                                     #  romande de presse')

    def _spelt_in_head(self, initials: str) -> str | None:
        """A name in initials as the page's head spells it out beside them: 'ARP – Agence romande de presse'."""
        return next((u.clean for u in self.units[:self.text_start] if initials.isupper() and
                     (found := re.match(re.escape(initials) + r"\s+[–—-]\s+(.{5,80})$", u.clean)) and
                     spells(initials, found.group(1))), None)

    def _headline_before(self, prose: int, heading: int) -> bool:
        """A related story: a headline-like line right before its prose."""
        return any(not is_prose(self.units[j]) and self.units[j].words >= 4 for j in range(heading + 1, prose))

    # ------------------------------------------------------------ what is decided

    def _tool_record(self) -> None:
        """A feed reader's or a read-later app's labelled record of the item (viewers.tool_record) states the article's
        own fields as plainly as a page's JSON-LD: it outranks what the lines around it suggest. Its outlet is the
        source it names, not the tool; a field it marks as unknown ('Published: —') is asked, not guessed."""
        clip = self.clip
        record = tool_record(self.units)
        lines = {line for _, line in record.values()}
        if any(block in lines for block in clip.body):   # (its 'Title: …' line read as the text's first paragraph)
            clip.removed += [f"the tool's record of the item: {block}" for block in clip.body if block in lines]
            clip.body = [block for block in clip.body if block not in lines]
        for field, (value, line) in record.items():
            if field == "outlet":
                if self.site and fold(self.site) != fold(value):
                    clip.decisions.append(f"outlet: not “{self.site}”, the tool the clipping was read in")
                self.site, self.recorded_site = value, (value, line)
            elif value is None:
                if getattr(clip, field):
                    clip.decisions.append(f"{field}: none — the tool's record says it is not known (“{line}”)")
                setattr(clip, field, [] if field == "authors" else None)
            elif field == "authors":
                names = [name.strip() for name in re.split(r"\s*[,;&]\s*|\s+and\s+", value) if name_like(name.strip())]
                if names and [fold(name) for name in names] != [fold(name) for name in clip.authors]:
                    clip.decide("authors", names, f"the tool's record of the item “{line}”")
            elif getattr(clip, field) != value:
                clip.decide(field, value, f"the tool's record of the item “{line}”")

    def _finish(self) -> None:
        clip = self.clip
        clip.language = language(clip.text, bilingual_title=clip.title)
        self._wire_source()
        notice = next((u.clean for u in self.units if F.PORTAL_NOTICE.search(u.clean)), None)
        on_portal = notice is not None
        if not clip.kind and on_portal:
            clip.decide("kind", "press-release", "the portal's notice that its issuer alone answers for the text")
        elif not clip.kind and self.wire_release:
            clip.decide("kind", "press-release", f"a wire distributes it for its issuer, {self.issuer} ('News provided by …')")
        for code in [credit for credit in clip.credits if on_portal and re.search(rf"\b{re.escape(credit)}-", notice)]:
            clip.credits.remove(code)   # ('Frauenkirchen (PRA) -' over '*** PRA-ORIGINALTEXT PRESSEAUSSENDUNG …': the
            clip.decisions.append(f"credits: not “{code}”, the portal that distributes the issuer's text")   # portal's code)
        if not self.issuer and clip.kind in ("press-release", "statement"):
            named = [m.group("name") for u in self.units if (m := ORIGINAL_CONTENT.match(u.clean))]
            if on_portal:   # (the release's own contact names its issuer)
                named += [after.clean for u, after in zip(self.units, self.units[1:]) if CONTACT_LABEL.match(u.clean)]
            self.issuer = next((outlet_name(name, whole=True) for name in named if outlet_like(name)), None)
            if self.issuer and [fold(name) for name in clip.authors] == [fold(self.issuer)]:
                clip.authors = []
                clip.decisions.append(f"authors: none — “{self.issuer}” beside the date is the issuer, no writer")
        self._tool_record()
        viewed = viewed_source(self.units, clip.title)
        source = viewed[0] if viewed else None
        if viewed and fold(source) != fold(self.site or ""):   # (a database's record, a feed reader: the source it names)
            if self.site:
                clip.decisions.append(f"outlet: not “{self.site}”, the {viewed[1]} the clipping was read in")
            self.site = source
        if viewed and self.original and fold(self.original) == fold(source):
            self.original = None   # (the source named beside the writer too: no copy, the tool publishes nothing)
        if viewed and getattr(self, "beside_date", None) and fold(self.beside_date[0]) == fold(source):
            self.beside_date = None
        if self.issuer:   # (a release distributed by a wire: its issuer is the outlet, the wire's masthead is not)
            if self.site and self.site != self.issuer:
                clip.decisions.append(f"outlet: not “{self.site}”, the wire that distributes the release")
            self.site = self.issuer
        if clip.translated_from and clip.translated_from == clip.language:
            clip.translated_from = None
        site = self.site
        beside = getattr(self, "beside_date", None)
        if beside and len(beside[0].split()) == 1 and beside[0].lower() in content_words(clip.title or "") | self.body_words:
            beside = None   # ("Laredo | 09 may 2025": a place the story is about, not an outlet)
        if beside and site and beside[0].lower() != site.lower():
            self.original, self.original_date = self.original or beside[0], beside[1]
        elif beside and not site:
            site = beside[0]
        quoted = next((name for name in self.other_mastheads if clip.url and names_host(name, clip.url)), None)
        if site and quoted and not self.original and not names_host(site, clip.url):
            self.original = quoted   # (a forum post quoting another outlet's article, whose address it gives: that outlet's,
            self.original_date = clip.published   # dated under its byline; the forum's own time is relative or none)
            own_url, clip.url = clip.url, None
        else:
            own_url = None
        if site and self.own_dispatch and re.fullmatch(r"[A-ZÀ-Þ]{2,6}", site):
            site = self._spelt_in_head(site) or site   # (an agency's own service: its name as its head spells it out)
        own = any(re.match(rf"{re.escape(code)}\b", site or "") for code in clip.credits)   # (the agency's own service,
        #                                                        its name opening on the dateline's code: 'APN – Agência …')
        if site and self.agency_dateline and (P.AGENCIES.match(re.split(r"[\s-]", site)[0]) or self._terminal() and not own):
            clip.decisions.append(f"outlet: none — “{site}” is the agency's terminal the story was read on, not an outlet")
            site = None   # ('AP Newsroom', 'dpa-News' over an agency's dispatch: a wire, which names no outlet; nor does
            #               a newsroom's terminal setting a dispatch's priority over it, 'NewsDesk 7 – Agenturen')
        if self.original and self.agency_dateline and self.original.casefold() in map(str.casefold, clip.credits):
            clip.decisions.append(f"outlet: not “{self.original}”, the agency its dateline credits (a source line "
                                  "naming the agency credits it, as the dateline does)")
            self.original = None   # ('Fuente: AMN' over 'Zamora, 9 oct (AMN).- …' on a regional site: its story, credited)
        if self.original and not site:
            clip.decide("outlet", self.original, "the source the clipping names")
            if self.original_date and not clip.published:
                clip.decide("published", self.original_date, "the original's date, as the clipping credits it")
        elif self.original and self.original.lower() != site.lower():
            theirs = bool(clip.url) and names_host(self.original, clip.url) or \
                bool(clip.url) and not names_host(site, clip.url) and spelt_near(self.original, clip.url)
            # (the address the clipping gives is on the original's site: the original's, not the copy's)
            copy = Reproducer(outlet=site, url=None if theirs else clip.url,
                              access="partial" if self.stopped_short and not clip.whole or clip.access != "full" else "full")
            dates = [entry[1] for entry in self.dated]
            if self.posted_at is not None and len(set(dates)) >= 2 and not self.original_date and clip.published == dates[-1]:
                copy.published, self.original_date = dates[0], dates[-1]   # (a page's post over the article it quotes:
                #                                     the post's date under the page's name, the article's under its byline)
            elif clip.published and not self.original_date and clip.published == self.byline_date:
                self.original_date = clip.published   # (the date on the writer's own line, 'Karin Pichler · 12.02.2025,
                #                                        17:40', is the article's: the aggregator's own is another line)
            elif clip.published and clip.published != self.original_date:
                copy.published = clip.published   # (the copy's own date; the original's only when the credit gives it)
            clip.published = None
            if self.original_date:
                clip.decide("published", self.original_date, "the original's date, as the clipping credits it")
            clip.reproduced_by = copy
            clip.url = clip.url if theirs else None
            if own_url:
                clip.decide("url", own_url, f"the address of {self.original}'s article, which the clipping gives")
            clip.decide("outlet", self.original, "the original, which the clipping credits"
                        + (f"; {site} reproduced it (recorded under syndicated)" if site else ""))
            clip.credits = [credit for credit in clip.credits   # (its source line, 'Fonte: Irpinia Sera · 14 febbraio …',
                            if not (P.SOURCE_LABEL.match(credit) and fold(self.original) in fold(credit))]   # no picture's)
        elif site and (not P.COURT.search(site) or clip.kind in ("press-release", "statement")) and clip.kind != "court-record":
            clip.decide("outlet", site, "the publisher the page names ('News provided by …', 'Published in …')"
                        if self.issuer == site else f"the source the {viewed[1]} names" if viewed and site == source else
                        f"the tool's record of the item “{self.recorded_site[1]}”" if self.recorded_site and
                        self.recorded_site[0] == site else "the masthead")
        elif site:
            clip.decisions.append(f"outlet: none — “{site}” heads a court's ruling, which has no outlet")
            if not clip.kind:
                clip.decide("kind", "court-record", f"“{site}”, a court, heads it, and it says it is nothing else")
        elif clip.kind != "court-record" and (named := self._footer_outlet()) and \
                not (self.agency_dateline and any(re.match(rf"{re.escape(code)}\b", named[0], re.I) for code in clip.credits)
                     and not any(fold(u.clean).startswith(fold(named[0])) for u in self.units[:self.text_start])):
            # (not the agency whose dispatch it is, in a terminal's copyright line: 'Copyright APR. …', '© AIN Agencia …';
            #  unless the page's head names the agency too: its own service)
            clip.decide("outlet", named[0], f"the page's foot names its publisher: “{named[1]}”")
            clip.credits = [credit for credit in clip.credits if credit != named[1]]   # (the page's rights, no picture's)
        if self.stopped_short and clip.access == "full" and not clip.whole:   # (not an alert's licensed full text)
            clip.decide("access", "partial", "the text stops and sends the reader elsewhere for the rest")
            clip.access_note = clip.access_note or "opening only; the rest is on the original site"
        elif not first_of_pages(clip, [u.clean for u in self.units]) and clip.access == "full" and sum(len(block.split()) for block in clip.body) <= 120 and \
                (shared := next((u.clean for u in self.units if any(p.match(u.clean) for p in SHARE_SHEET)), None)):
            clip.decide("access", "partial", f"an app's share text, its headline, summary and link (“{shared}”)")
            clip.access_note = clip.access_note or "the app's share text only: headline, summary and link"
        self.date_by_print()
        if not clip.published and self.updated:
            clip.ask("published", f"the clipping gives only the date it was updated ({self.updated}), not when it was "
                     "published; add the publication date if you know it")
        if not clip.published and self.relative:
            clip.ask("published", f"the clipping says “{self.relative}”, which does not give the day; add the date")
        settle_memo(clip, [u.clean for u in self.units[:40]])
        settle_kind(clip, self.agency_dateline, self.own_dispatch)
        ask_unknown(clip)


# What a subscription offer speaks of: a price, a trial, a subscription.
OFFER = re.compile(r"\d\s?(?:€|euros?|£|\$)|[€£$]\s?\d|\b(?:testen|abo\w*|subscri\w*|abonn\w*|suscri\w*|abbona\w*|assin\w*|"
                   r"free trial|essai gratuit|prueba gratis|prova gratuita)\b", re.I)


def settle_credits(clip: Clipping) -> None:
    """The credits once every reader has added its own: a credit that only names the writer ('Redaktion: Franziska
    Uhlig' under her own article; the writer's own photo stays one, 'Foto: …' or 'Quelle: …' under it) is none, and one
    read in part and whole is the whole."""
    writers = {fold(name) for name in clip.authors}
    own = fold(clip.outlet or "\0")
    credits = [credit for credit in clip.credits if P.CREDIT_ROLE.match(credit) or P.SOURCE_LABEL.match(credit) or
               fold(re.sub(r"^[^:]{2,30}:\s*", "", credit)) not in writers or fold(credit).startswith(own + ":")]
    # (the outlet's name before its writer's, a caption's credit as a broadcaster sets it: 'Tamar FM: Sam Pickett')
    clip.credits = [credit for credit in credits if not (len(credit.split()) >= 3 and any(
        fold(credit) in fold(other) and credit != other for other in credits))]


def first_of_pages(clip: Clipping, lines: list[str]) -> bool:
    """A clipping of an article's first page ('Page 1 of 2', 'Pagina successiva »') holds only its start: partial; not
    one that goes on with the next ('Page 2 of 2', '« Previous page')."""
    at = next((at for at, line in enumerate(lines) if P.FIRST_OF_PAGES.match(line.strip())), None)
    if clip.access != "full" or at is None or any(P.LATER_PAGE.match(line.strip()) for line in lines[at + 1:]):
        return False   # (the next page pasted after it: the whole article)
    first = lines[at].strip()
    clip.decide("access", "partial", f"the clipping is the first of the article's pages (“{first}”)")
    clip.access_note = clip.access_note or "first page only; the rest is on the next page"
    return True


def ask_unknown(clip: Clipping) -> None:
    """The clipping's last step, once every field is read: its credits settled, and each of outlet, published, authors,
    url it does not state left out, for review."""
    settle_credits(clip)
    if not clip.outlet:
        clip.ask("outlet", OUTLET_UNKNOWN)
    if not clip.published:
        clip.ask("published", "no publication date in the clipping")
    if not clip.authors:
        clip.ask("authors", "no byline in the clipping" + (" (credits: " + ", ".join(clip.credits) + ")"
                                                          if clip.credits else ""))
    if not clip.url:
        clip.ask("url", "the clipping does not give its address")
    provisional_title(clip)


def read_text(text: str, known: KnownOutlets | None = None) -> Clipping:
    """Pasted text → a Clipping; a forum thread quoting an article whole is that article (quoted.py); a text
    browser's dump is read without its link numbers, at the address its list of links shows (dumps.py); a newsletter
    is its lead story (newsletter.py)."""
    text = front_matter_record(text) or text   # (a web clipper's front matter: the tool's record of the item)
    dump = text_browser_dump(text)
    if dump is not None:
        clip = read_text(dump.text, known)
        if dump.address and not clip.url:
            clip.decide("url", dump.address, "the address the page's other links are made from, in the text "
                        "browser's list of links")
            clip.settle("url")
        return clip
    quote = quoted_article(text)
    if quote is None and (lead := lead_story(text)) is not None:
        clip = TextReader(lead.text, known=known).read()
        clip.removed.insert(0, f"{lead.left_out}: the newsletter's, over its lead story (the article)")
        return clip
    if quote is None:
        return TextReader(text, known=known).read()
    forum = TextReader(text, known=known).read().outlet   # (the forum's own name, as its page heads it)
    clip = TextReader("\n".join(quote.lines), known=known).read()
    as_reproduction(clip, quote, forum if forum != quote.name else None)
    return clip
