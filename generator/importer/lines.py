"""What a line of a clipping looks like: the general features the text reader (text.py)
weighs: length, punctuation, capitals, whether it reads as a sentence or a name, the words it
shares with the body, and how lines are grouped into paragraphs."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import labels as L
from . import furniture as F
from . import phrases as P
from .kinds import PREFIX as KIND_PREFIX, prefix_kind
from .languages import STOPWORDS
from .magazine import joined_drop_caps
from .consent import without_consent_wall
from .when import DAY_MONTH_YEAR, MONTH_DAY_YEAR, find_date, find_month

URL = re.compile(r"https?://[^\s<>\"')]+")
URL_LINE = re.compile(r"^(?:(?:url|link|lien|source|quelle|fuente|fonte)\s*:\s*)?<?(https?://\S+?)>?$", re.I)
WORD = re.compile(r"[^\W\d_][\w'’-]*")
SENTENCE_END = re.compile(r"[.!?…][\"”»’)\]]*$|[\"”»]$")
PARTICLES = {"de", "du", "des", "la", "le", "van", "von", "der", "den", "di", "da", "del", "della", "dos", "das", "bin",
              "al", "ter", "ten", "zu", "y", "e", "st", "mc"}
EDITION = re.compile(r"\b(edition|édition|ausgabe|edición|edizione|weekend|week-end|wochenende|international|"
                      r"digital|online|e-paper)\b", re.I)
# A version of a site set after its name in brackets: '(text-only)', '(lite)', '(version texte)', '(Textversion)'.
VERSION_NOTE = re.compile(r"\s+\((?:text[- ]only|plain text|lite|light|low[- ]bandwidth|mobile|amp|accessible|print(?:able)?"
                          r"(?: version| edition)?|version texte|textversion|nur text|versión (?:de )?texto|solo texto|"
                          r"versione (?:testuale|solo testo)|versão (?:de )?texto)(?: (?:version|edition|site))?\)$", re.I)
# A greeting alone on its line, as a newsletter opens: never a writer's name.
GREETING = re.compile(r"(?:good (?:morning|afternoon|evening|day)|morning all|hello (?:everyone|all|there)|"
                      r"guten (?:morgen|tag|abend)|grüezi(?: mitenand)?|grüß gott|gruess gott|servus|moin moin|"
                      r"bonjour (?:à tous|à toutes et à tous)|bon matin|bonsoir|buenos días|buenas (?:tardes|noches)|"
                      r"buongiorno|buonasera|bom dia|boa tarde|boa noite|olá a todos)", re.I)
NOT_A_NAME_START = {"in", "im", "am", "auf", "für", "mit", "aus", "zum", "zur", "bei", "nach", "über", "unter", "of", "for",
                    "on", "at", "to", "from", "with", "dans", "pour", "sur", "avec", "en", "au", "aux", "par", "con", "para",
                    "por", "sobre", "desde", "nel", "nella", "per", "su", "sul",
                    # (an ordinal opens a sitting's or an edition's name, never a person's: 'Fifteenth Assembly', 'First Meeting')
                    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                    "twentieth", "erste", "zweite", "dritte", "premier", "première", "deuxième", "primera", "segunda",
                    "prima", "seconda"}
DETERMINERS = {"the", "a", "la", "le", "les", "l", "der", "die", "das", "el", "los", "las", "il", "lo", "gli", "i", "un", "une"}
CONTENT_MIN = 4   # letters in a word counted for the overlap with the body


@dataclass
class Unit:
    """A paragraph of the clipping (wrapped lines joined) or a single short line."""

    text: str
    index: int = 0
    kind: str = ""         # set by the classifier
    parts: list[str] = field(default_factory=list)
    tight: bool = False    # set right under the line before, no blank line between

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def clean(self) -> str:
        return self.text.replace("**", "").strip("#*_>•- \t")   # (emphasis marks inside: '**Ann Lowe**· 3 May')


DASH_ITEM = re.compile(r"^[–—]\s+(?=\S)")
BULLET = re.compile(r"^[•▪◦‣●■□➤►✓✔]\s*")   # (a list item as a browser copies it: written as Markdown's "- ")


# 'Sent: Friday, 7 November', 'Keywords: baths, roof': a labelled field. A block of such lines is a table of
# fields (an e-mail's headers, a wire's slug and keywords), one a line, whatever their lengths.
FIELD = re.compile(r"^[^\W\d_][\w-]{0,15}(?::[a-z]{2,12})?(?: [\w-]{1,12}){0,2}\s?:\s+\S")
# ('Notes to editors: …' too, and a feed's namespaced 'dc:creator: …')
# An address after its label, 'source: https://…': a line of its own, never the end of a wrapped one.
LABELLED_ADDRESS = re.compile(r"^[^\W\d_][\w-]{1,15}\s?:\s*(?:https?://|www\.)\S+$")


# A page's number on a line of its own: 'Page 2 of 5', 'Seite 3', '- 4 -', '2/7'.
PAGE_NUMBER = re.compile(r"^[-–—\s\[(]*(?:(?:page|seite|página|pagina|pág\.?|pag\.?|p\.|s\.|folio|hoja)\s*)?\d{1,4}"
                         r"(?:\s*(?:of|/|von|de|di|sur|sobre|\|)\s*\d{1,4})?[-–—\s\])]*$", re.I)


def _line_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).casefold())


# The line a mail client sets over a message forwarded: the clipping is below it, the sender's note above.
FORWARDED_MESSAGE = re.compile(r"^[-–—_=\s]*(?:forwarded message|begin forwarded message:?|original message|message transféré|"
                               r"début du message (?:réexpédié|transféré)\s?:?|weitergeleitete nachricht|ursprüngliche nachricht|"
                               r"mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|"
                               r"mensagem encaminhada|mensagem original)[-–—_=\s]*$", re.I)
MAIL_HEADER = re.compile(r"^(?:from|date|sent|subject|to|cc|de|à|date|objet|envoyé|von|an|datum|betreff|gesendet|para|fecha|"
                         r"asunto|enviado|da|a|data|oggetto|inviato|assunto)\s?:\s*\S", re.I)


def unforwarded(lines: list[str]) -> list[str]:
    """A mail forwarding the clipping: the sender's own note above the forwarding line and the forwarded message's
    headers under it (From, Date, Subject, To: the mail's date is not the article's) go."""
    marks = [i for i, line in enumerate(lines) if FORWARDED_MESSAGE.match(line.strip())]
    if not marks:
        return lines
    rest = lines[marks[-1] + 1:]
    while rest and (not rest[0].strip() or MAIL_HEADER.match(rest[0].strip())):
        rest = rest[1:]
    return rest


def depaginated(lines: list[str]) -> list[str]:
    """Text pasted from a PDF viewer or an e-paper, its page breaks in it: each break's page number ('Page 1 of 2')
    and the lines repeated around it (the letterhead, a reference, set again on each page) go, so that a
    paragraph the break split runs on; the first time those lines are set, at the top, they stay (the head)."""
    numbered = [i for i, line in enumerate(lines) if line.strip() and PAGE_NUMBER.match(line.strip()) and
                any(c.isalpha() for c in line) or re.fullmatch(r"\s*\d{1,3}\s*/\s*\d{1,3}\s*", line)]
    if not numbered:
        return lines
    near: dict[str, set[int]] = {}   # the breaks each line is set beside, up to four lines before or after
    for number, i in enumerate(numbered):
        for j in range(max(i - 4, 0), min(i + 5, len(lines))):
            if j != i and lines[j].strip() and len(lines[j].split()) <= 12 and not lines[j].strip()[:1].islower() and \
                    not SENTENCE_END.search(lines[j]):   # (not a sentence's end, a paragraph's last line)
                near.setdefault(_line_key(lines[j]), set()).add(number)
    top = {_line_key(line) for line in lines[:6] if line.strip()}
    running = {key for key, breaks in near.items() if len(breaks) >= 2 or key in top}   # (at every break, or at the top too)
    drop = set()
    for i in numbered:
        drop.add(i)
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= 4 and lines[j].strip() and _line_key(lines[j]) in running and \
                    any(_line_key(lines[k]) == _line_key(lines[j]) for k in range(j) if k not in drop):
                drop.add(j)   # (set before, further up: a running header; its first time stays)
                j += step
    return [line for i, line in enumerate(lines) if i not in drop]


# Words a page sets in their own element, glued to what follows when copied: 'ByHannah Pritchard', 'Updated14:05, 18
# FEB 2026', '… above Kirkby-in-Furness(Image: Furness Herald)'. (No word opens 'By' and a capital, nor a date's label
# a digit.)
GLUED = re.compile(r"^(?:by|von|par|por|door)(?=(?-i:[A-ZÀ-Þ][a-zß-ÿ]))|"
                   r"^(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|publié le|mis à jour le|"
                   r"actualizado|publicado|aggiornato|pubblicato|atualizado)(?=\d)|"
                   r"(?<=[a-zß-ÿ])(?=\((?:image|photo|picture|foto|bild|credit)s?\s*:)", re.I)


# A section's label run into the line after it when copied: 'NewsHannah Priddy', 'NewsForest of Dean'. Read apart,
# each on its own line.
SECTION_GLUED = re.compile(r"^(?:News|Sport|Sports|Politics|Business|Local|Opinion|Crime|Nachrichten|Lokales|Actualités|"
                           r"Noticias|Notizie|Notícias|Cronaca|Infos)(?=[A-ZÀ-Þ][a-zß-ÿ]{2,}\s+(?:of\s+|de\s+)?[A-ZÀ-Þ])")   # (not a name: 'NewsHub')
# A messaging app's bold, italics and strike-through around a forwarded headline or an outlet's name:
# '*La ambulancia tardó…*', '_Voces de la Serranía_ · Lucía Gabaldón'. Only around words, never inside one.
CHAT_EMPHASIS = re.compile(r"(?<![\w*_~])([*_~])(?=\S)([^*_~\n]{2,200}?)(?<=\S)\1(?![\w*_~])")


def units_of(text: str, paged: bool = False) -> list[Unit]:
    """The text's paragraphs and short lines. `paged` text (a PDF's) is hard-wrapped to a column: a
    paragraph ends at a blank line, or at a line that stops well short of the column's width."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text)   # (zero-width characters and soft hyphens)
    blocks, current = [], []
    for raw in joined_drop_caps(depaginated(without_consent_wall(unforwarded(text.split("\n")))) if not paged else text.split("\n")):
        line = raw.rstrip()
        if line.strip():
            line = GLUED.sub(lambda m: m.group() + " ", BULLET.sub("- ", CHAT_EMPHASIS.sub(r"\2", line.strip())))
            current.extend(SECTION_GLUED.sub(lambda m: m.group() + "\n", line).split("\n"))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    blocks = [[DASH_ITEM.sub("- ", line) for line in block] if sum(bool(DASH_ITEM.match(line)) for line in block) >= 2
              else block for block in blocks]   # (lines set one under another opening with '– ': a list; not dialogue set apart)
    column = column_width(blocks) if paged else narrow_column(blocks)
    units = []
    for block in blocks:
        fields = len(block) >= 2 and all(FIELD.match(line) for line in block)
        lines = block if fields else [line for part in _at_subtitle(block) for line in
                                      ([part] if isinstance(part, str) else unwrap(part, column))]
        for position, line in enumerate(lines):
            units.append(Unit(line, len(units), tight=position > 0))
    return units


# An Austrian agency's subtitle under its dispatch's headline, set on the next line without a blank ('Utl.: Betreiber
# beantragt …', wrapped or not, closed by the end mark ' =' or not): a paragraph of its own, without its mark (its label
# goes from the text, body.py).
SUBTITLE = re.compile(r"^(?:utl\.|untertitel)\s?:\s+", re.I)


def _at_subtitle(block: list[str]) -> list[list[str] | str]:
    """The block's lines before its subtitle, the subtitle on one line without its end mark (to the line
    the mark closes, when one of the next three does), the lines after it."""
    at = next((i for i, line in enumerate(block) if i and SUBTITLE.match(line.strip())), None)
    if at is None:
        return [block]
    end = next((i for i in range(at, min(at + 3, len(block))) if block[i].rstrip().endswith(" =")), at)
    subtitle = re.sub(r"\s+=$", "", " ".join(line.strip() for line in block[at:end + 1]))
    return [part for part in (block[:at], subtitle, block[end + 1:]) if part]


def column_width(blocks: list[list[str]]) -> int:
    """The width of a page's text column: the length most lines of its paragraphs reach (a long header or a
    title does not widen it; a page set in two columns flattened to short lines has a narrow one)."""
    lengths = sorted(len(line) for block in blocks if len(block) >= 2 for line in block[:-1])
    if len(lengths) < 5:
        return max((len(line) for block in blocks for line in block), default=0)
    return lengths[int(0.9 * (len(lengths) - 1))]


def narrow_column(blocks: list[list[str]]) -> int:
    """The column's width when pasted text is set in a newspaper's narrow column (an e-paper, a print replica: most
    lines of its paragraphs about as wide as the column, and the column narrow, so that a line ends wherever the
    column does); else 0."""
    lines = [line for block in blocks if len(block) >= 3 for line in block[:-1]]
    if len(lines) < 12:
        return 0
    width = column_width(blocks)
    return width if width <= 50 and sum(len(line) >= 0.7 * width for line in lines) >= 0.75 * len(lines) else 0


def unwrap(lines: list[str], column: int = 0) -> list[str]:
    """A block's lines, joined where a line was only wrapped: hard-wrapped text (lines of about
    the same length; not labelled lines one under another, nor a byline over the outlet's name),
    or a line that runs on, unfinished, into one that starts in small letters.
    With a `column` width (a PDF's), a line that fills it runs on even when a sentence ends there."""
    if len(lines) < 2:
        return lines
    if not column and short_sentences(lines):
        return [" ".join(lines)]
    if column and len(lines) == 2 and lines[0].endswith(":") and not lines[0].isupper() and len(lines[0].split()) <= 10 and \
            len(lines[1].split()) <= 10 and not SENTENCE_END.search(lines[1]) and not find_date(lines[1]) and \
            not find_month(lines[1]) and not P.BYLINE_START.match(lines[1]) and not P.CREDIT.search(lines[1]):
        return [lines[0] + " " + lines[1]]   # (a title set on two lines, broken after its colon: 'Silt in the basin:' / 'a survey')
    measured = [line for line in lines if not ROW_OF_LINKS.search(line) and not F.CHROME.match(line)] or lines
    # (a row of links above sets no width; the cheap tests only: this runs on every block)
    longest = max(len(line) for line in measured)
    even = longest >= 55 and sum(len(line) >= 0.7 * longest for line in measured[:-1]) >= 0.6 * (len(measured) - 1) or \
        len(measured) >= 3 and longest >= 30 and all(len(line) >= 0.8 * longest for line in measured[:-1])
    # (a narrow e-paper column: every line but the last as wide as the widest, whatever letter it starts with)
    joined, uniform = [lines[0]], len(lines) >= 3
    for last, line in zip(lines, lines[1:]):
        before = joined[-1]
        open_end = not SENTENCE_END.search(before)
        if column and len(before) >= 0.75 * column and len(line.split()) >= 4 and not looks_meta(line):
            wrapped = True
        elif column and not last.isupper() and not MARKED_ITEM.match(line) and \
                (_hanging(last) or re.search(r"[^\W\d_]-$", last) or last.endswith(",") and not looks_meta(line) or
                 open_end and not last.endswith(":") and len(last) >= 0.6 * column and len(line.split()) <= 3 and
                 (SENTENCE_END.search(line) or line.endswith(":")) and not line[:1].isupper()):
            wrapped = True   # (a column's line stops on 'of', 'de', a comma, a broken word; or the sentence's last word
            #                   is alone)
        elif even and not (FIELD.match(line) and FIELD.match(last)) and not (P.BYLINE_START.match(last) and len(last.split()) <= 12):
            fits = not column and not line[:1].islower() and len(last) + 1 + len(line.split()[0]) <= longest - 10
            # (its next word would have fitted on the line, well short of the widest: no wrap ended it, 'Headline' / 'Standfirst')
            wrapped = len(before) >= 0.6 * longest and not fits and not LABELLED_ADDRESS.match(line) and (line[:1].islower() or open_end and (
                not looks_meta(line) or uniform and (len(line) >= 0.5 * longest or line is lines[-1] and bool(SENTENCE_END.search(line)))))
            # (a short name or date set under a line of the head is its own line, not the end of a wrapped paragraph)
        else:
            wrapped = open_end and (line[:1].islower() or _hanging(before)) and len(before) >= 30 and \
                not re.search(r"[:|]$", before) and not looks_meta(line) and not (FIELD.match(line) and FIELD.match(last)) or \
                len(last) >= 30 and re.search(r"[^\W\d_]-$", last) and not MARKED_ITEM.match(line) and not line.isupper()
            # (a word broken at the line's end: 'Nord-' / 'Ostsee-Straße' runs on whatever the next line looks like)
        if len(lines) == 2 and not wrapped and before[:1].isupper() and line[:1].islower() and open_end and \
                len(before.split()) >= 2 and len(line.split()) >= 2 and len((before + " " + line).split()) >= 4 and \
                not SENTENCE_END.search(line) and \
                not looks_meta(line) and not URL.search(line) and not before.endswith(":"):
            wrapped = True   # (a headline set over two lines, the second running on in small letters)
        elif not wrapped and before[:1].isupper() and line[:1].islower() and open_end and 3 <= len(last.split()) <= 8 and \
                len(line.split()) >= 2 and not looks_meta(line) and not URL.search(line) and ":" not in last and \
                not re.search(r"[,;]$", last) and not looks_meta(last) and not P.CREDIT.search(last):
            wrapped = True   # (a headline broken over three short lines, as a PDF viewer's copy sets it: 'Um em cada três
            #                  utentes' / 'de Monchique continua sem' / 'médico de família')
        if before.isupper() and not line.isupper() or P.PUBLISHED_WORDS.match(line) or P.UPDATED_WORDS.match(line):
            wrapped = False   # (a letterhead or a title in capitals, the line under it set otherwise; a dateline's own line)
        byline = P.BYLINE_START.match(line)   # ('By Ann Lowe' under a line; not 'de 3 % en 2025', a sentence running on)
        if byline and open_end and line[:1].islower() and \
                (column or not name_like(" ".join(line[byline.end():].split()[:2]).rstrip(",;·"))):
            byline = None   # ('de La Cañada, que …' under a column's unfinished line, 'de Monchique continua sem' under
            #                  a headline's: the sentence runs on)
        if wrapped and not (byline and line[byline.end():][:1].isupper()) and not _furniture(before) and \
                not MARKED_ITEM.match(line):
            broken = re.search(r"[^\W\d_]-$", before) and line[:1].islower()   # ("Dauerbeob-" / "achtungsflächen")
            compound = re.search(r"[^\W\d_]-$", before) and line[:1].isupper()   # ("Saint-Jean-de-" / "Luz")
            joined[-1] = before[:-1] + line if broken else before + line if compound else before + " " + line
        else:
            joined.append(line)
    return joined


def short_sentences(lines: list[str]) -> bool:
    """A paragraph written one short sentence a line (easy-to-read text, 'Leichte Sprache'): three lines or more,
    each a whole sentence of a few words, none a date, a byline or a list item. Its lines are one paragraph."""
    return len(lines) >= 2 and all(3 <= len(line.split()) <= 14 and line[:1].isupper() and line[-1] in ".!?" and
                                   not line[-2:] == ".." and not _byline(line) and not P.CREDIT.search(line) and
                                   not P.PUBLISHED_WORDS.match(line) and not MARKED_ITEM.match(line)
                                   for line in lines)


def sentences(text: str) -> list[str]:
    """A paragraph's sentences: 'Sie zieht um. Das ist am 1. Februar.' → two (not split after a day's number)."""
    return re.split(r"(?<=[^\W\d][.!?])\s+(?=[A-ZÀ-Þ])", text)


def _byline(line: str) -> bool:
    start = P.BYLINE_START.match(line)
    return bool(start) and not line[start.end():][:1].isdigit()   # (not 'Von 8 Uhr bis 14 Uhr.', opening hours)


MARKED_ITEM = re.compile(r"^[-*]\s+\S")   # (a list item, its marker written: never the run-on of the line above)


LINKING_WORDS = DETERMINERS | {"of", "and", "or", "an", "et", "ou", "de", "du", "des", "und", "oder", "y", "del", "di", "della",
                               "dei", "degli", "delle", "dello", "nel", "nella", "al", "do", "da", "dos", "das", "deste", "desta",
                               "destes", "destas", "num", "numa"}   # (not a preposition: German ends a clause on one, "gibt ... auf")


def _hanging(line: str) -> bool:
    """A line that stops on a word that cannot end one ('A Review of the'): it runs on."""
    words = line.split()
    return bool(words) and words[-1].lower() in LINKING_WORDS


ROW_OF_LINKS = re.compile(r"\S(\s{2,}|\t)\S")


def _furniture(line: str) -> bool:
    """A row of links or a banner: never the start of a paragraph wrapped onto the next line."""
    return bool(ROW_OF_LINKS.search(line) or F.CHROME.match(line) or F.chrome_sentence(line))


def looks_meta(line: str) -> bool:
    """A line that stands on its own under a long one: a byline, an agency, a date, a credit, a name."""
    line = line.strip()
    return bool(P.AGENCIES.match(line.strip(" ()")) or P.CREDIT.search(line) or find_date(line) or find_month(line)
                or P.FIRST_PUBLISHED.match(line) and len(line.split()) <= 12
                or _furniture(line) or bool(agency_dateline(line))
                or name_like(line) or byline_by_comma(line) or byline_like(line) or P.RELATIVE_TIME.search(line) or URL.match(line)
                or len(line.split()) <= 3 and not line[:1].islower() or bool(LABELLED_ADDRESS.match(line)))
    # (an address after its label, 'source: https://…', as a web clipper heads its copy)


def content_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if len(w) >= CONTENT_MIN}


def overlap(text: str, body: set[str]) -> float:
    words = content_words(text)
    return len(words & body) / len(words) if words else 0.0


def is_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text.strip())) and len(text.split()) >= 6


# A line that closes on a quotation after a colon or a comma, no full stop anywhere: a headline's form.
QUOTE_HEADLINE = re.compile(r"[:,]\s*[«“\"„][^«»“”\"„]{2,120}[»”\"“]$")


def is_prose(unit: Unit) -> bool:
    """Running text: a long sentence, or a long line whatever its end."""
    text = unit.clean
    lower = sum(1 for w in text.split() if w[:1].islower())
    if unit.words >= 30 and lower >= 8:
        return True
    if QUOTE_HEADLINE.search(text) and not re.search(r"[.!?…][\"”»’)\]]*$|[.!?]\s+\S", text):
        return False   # ('Los viticultores … a 0,45 euros el kilo: «Así no salen las cuentas»': a headline closing on a quote)
    return unit.words >= 12 and lower >= 4 and bool(SENTENCE_END.search(text)) and \
        (not text.endswith("?") or len(re.findall(r"[.!?…](?=\s+\S)", text)) >= 1)   # (a lone question may be a headline)


def name_like(text: str) -> bool:
    """'Martha Quill', 'Lucía Fernández', 'Jean de La Fontaine': 2 to 5 capitalised words."""
    words = text.replace("’", "'").split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text) or text.isupper():
        return False
    if P.ROLE_WORDS.search(text) or GREETING.fullmatch(text.strip(" ,!.")):
        return False   # ("Health Correspondent"; a newsletter's "Guten Morgen")
    if words[0].lower() in DETERMINERS or words[0].lower() in NOT_A_NAME_START or words[0].lower().startswith(("l'", "d'")) or P.ORGANISATION_WORDS.search(text):
        return False   # (an outlet: "The Coastal Times", "La Gazette")
    capitals = [w for w in words if w.lower().rstrip(".") not in PARTICLES]
    return len(capitals) >= 2 and all(w[:1].isupper() and re.fullmatch(r"[^\W\d_][\w.'-]*", w) for w in capitals)


# The form of address over or before a letter's addressee ('Frau' alone on its line, 'Ms Isla Kerr').
FORMS_OF_ADDRESS = {"frau", "herrn", "herr", "familie", "mr", "mrs", "ms", "mx", "miss", "dr", "madame", "monsieur", "mme",
                    "mlle", "m", "sig", "sig.ra", "dott", "dott.ssa", "gentile", "sr", "sra", "señor", "señora", "exmo. sr",
                    "exma. sra"}
# A person named with her form of address, as a letter's addressee block or its greeting sets her ('Ms Isla Kerr',
# 'Herrn Jan Otto', 'Dear Ms Kerr'): never a masthead.
_FORMS = "|".join(re.escape(form) for form in sorted(FORMS_OF_ADDRESS, key=len, reverse=True))
ADDRESSEE = re.compile(r"^(?:(?:dear|cher|chère|liebe[rs]?|sehr geehrte[rn]?|estimad[oa]|caro|cara|prezad[oa])\s+)?"
                       r"(?:" + _FORMS + r")(?:\.\s*|\s+)(?<!^m )"   # ('M. Roux', not 'M Magazine': a bare 'M' is no form)
                       r"(?-i:[A-ZÀ-Þ])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]+){0,3}$", re.I)


def outlet_like(text: str) -> bool:
    """A masthead: one to six words, mostly capitalised, not a sentence."""
    words = [w for w in text.split() if re.search(r"\w", w)]   # (a dash or an ampersand between words is no word)
    if not 1 <= len(text.split()) <= 6 or SENTENCE_END.search(text) or any(c in text for c in ":;!?,") or ADDRESSEE.match(text):
        return False
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    small = {w.lower() for w in words} & (PARTICLES | {"of", "the", "and", "du", "dell", "della", "el", "il", "lo", "los", "las",
                                                       "les", "do", "dos", "das", "da", "dei", "delle", "degli"})
    if capitals >= len(words) - len(small) and capitals >= 1:
        return True
    # (a public body's name with one common noun in small letters: 'Comunità di montagna della Carnia', 'Syndicat mixte
    #  du Vexin'; its first word names the kind of body, its last the place)
    return capitals == len(words) - len(small) - 1 and len(words) >= 3 and words[-1][:1].isupper() and \
        bool(P.ORGANISATION_WORDS.match(words[0]))


# A station's place on the dial closing its name: 'Medway Sound 103.4 FM', 'Radio Haute-Gaspésie 97,9'.
DIAL = re.compile(r"(?<=[^\W\d]{2})\s+(?:\d{2,3}(?:[.,]\d{1,2})?\s?(?:fm|mhz)|\d{2,3}[.,]\d)$", re.I)


def outlet_name(text: str, whole: bool = False) -> str:
    """A masthead as a name: its edition dropped, capitals as a reader writes them. A letterhead is `whole`:
    'OFFICE OF THE DISTRICT PROSECUTOR – ASHCOMBE COUNTY' is one organisation's name."""
    parts = re.split(r"\s{2,}|\t|\s+[|•·–—-]\s+", text.strip()) if not whole else [" ".join(text.split())]
    kept = [part for part in parts if not EDITION.search(part)] or parts
    if len(kept) >= 2 and re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+", kept[0], re.I) and outlet_like(kept[1]):
        kept = kept[1:]   # ('caf.fr – Caf du Morbihan': the site's address, then the name its reader writes)
    if len(kept) >= 2 and re.fullmatch(r"[A-ZÀ-Þ]{2,6}", kept[0]) and len(kept[1].split()) >= 2 and outlet_like(kept[1]):
        kept = [f"{kept[0]} – {kept[1]}"] + kept[2:]   # ('ONA – Oberösterreichische Nachrichtenagentur': whole, as printed)
    name = kept[0].strip(" :")
    name = re.sub(r"^(?:logo(?:tipo)?|logo (?:de|del|di|du|of|von)|logotype)\s+(?=\S)", "", name, flags=re.I)
    name = VERSION_NOTE.sub("", name)   # ('Bluenose Coast News (text-only)': the site's version, not its name)
    # ('Logo El Faro Cántabro': an image's text read out, the name after it)
    dial = DIAL.search(name)
    if dial and len(name[:dial.start()].split()) >= 2:
        name = name[:dial.start()]
    # ('Medway Sound 103.4 FM', 'Solway Sound 96.8': the station's name, not where it sits on the dial; a name of one
    #  word keeps it, the frequency being the name: 'River 96.5', 'Boreal 95.3 FM')
    name = name if re.search(r"(?:\b\w\.){2,}$", name) else name.rstrip(".")   # (a legal form keeps its stops: 'e.V.')
    if name.islower():   # (a logo written in small letters: "l'écho des vallées")
        name = re.sub(r"^([ld]['’])?(\w)", lambda m: (m.group(1) or "").upper() + m.group(2).upper(), name)
    if name.isupper() and len(name) > 5:
        small = {"of", "the", "and", "de", "du", "des", "la", "le", "les", "di", "del", "della", "der", "die", "das", "von", "el",
                 "y", "il", "lo", "et", "und", "für", "im", "am", "den", "dem", "zum", "zur", "do", "da", "dos", "das", "e",
                 "dei", "delle", "degli", "al", "en"}
        words = name.lower().split()
        name = " ".join(w if i and w in small else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                        for i, w in enumerate(words))
    return name


def is_section(text: str) -> bool:
    label = text.strip(" .:|").lower()
    return label in P.SECTIONS or len(label.split()) <= 3 and all(word in P.SECTIONS for word in label.split())


# Buttons that are words of running text too, page furniture only in a row of buttons.
BUTTONS = {"comment", "comments", "reply", "like", "edit", "view", "file", "insert", "format", "tools", "help", "follow",
           "commenter", "commentaires", "répondre", "j'aime", "suivre", "kommentieren", "kommentare", "antworten", "folgen",
           "comentar", "comentarios", "responder", "seguir", "commenta", "commenti", "rispondi", "segui", "comentários",
           # (sharing, printing, sending, in each language)
           "partager", "tweeter", "imprimer", "envoyer", "teilen", "twittern", "drucken", "senden", "versenden",
           "compartir", "imprimir", "enviar", "tuitear", "condividi", "stampa", "invia", "partilhar", "tweetar",
           "write", "écrire", "schreiben", "escribir", "scrivi", "escrever", "listen", "écouter", "anhören", "escuchar", "ascolta",
           "ouvir", "save", "bookmark", "merken", "guardar", "salva", "enregistrer",
           # (a player's, as its buttons' labels are copied: 'Lecture' / '00:00 / 02:14' / 'Plein écran')
           "play", "pause", "mute", "lecture", "muet", "wiedergabe", "abspielen", "stummschalten", "reproducir", "silenciar",
           "riproduci", "muto", "reproduzir"}


# A viewer's or a site's way to the page or story before or after: '◀ Previous page', 'Page suivante ▶'.
PAGE_NAV = re.compile(r"^[◀◄←‹<«]?\s*(?:(?:previous|next|prev\.?)(?:\s+(?:page|article|story|post))?|"
                      r"(?:page|article)\s+(?:précédente?|suivante?)|(?:précédente?|suivante?)|(?:vorherige|nächste)[rs]?(?:\s+(?:seite|artikel))?|"
                      r"(?:página|noticia|artículo|pagina|articolo|notizia)\s+(?:anterior|siguiente|seguinte|precedente|successiv[oa])|"
                      r"anterior|siguiente|seguinte|precedente|successiv[oa]|zurück|weiter)\s*[▶►→›>»]?$", re.I)


def is_menu(unit: Unit) -> bool:
    """A navigation bar: several short items on one line, or separated by bars; or a table's row."""
    items = [item for item in re.split(r"\s{2,}|\s*[|•·]\s*", unit.text) if item.strip()]
    if len(items) >= 3 and all(len(item.split()) <= 3 for item in items) and not SENTENCE_END.search(unit.text) and \
            not find_date(unit.text) and not P.CREDIT.search(unit.text):
        return True   # (not a byline's name, date and credit set apart by bars)
    if len(items) >= 2 and all(F.CHROME.match(item.strip()) or item.strip().lower() in BUTTONS or PAGE_NAV.match(item.strip())
                               for item in items):
        return True   # ('Comment  Share': a row of buttons)
    if len(items) == 2 and not find_date(unit.text) and any(F.CHROME.match(item.strip()) for item in items) and \
            all(F.CHROME.match(item.strip()) or len(item.split()) == 1 and item.strip()[:1].isupper() for item in items):
        return True   # (a section or place beside a button or the reading time: 'Kronach · Lesezeit 4 Min.'; not a
        #               writer's name, two words or more: 'Ann Lowe · 6 min read')
    crumbs = [crumb for crumb in re.split(r"\s*›\s*|\s+>\s+", unit.clean) if crumb.strip()]
    if len(crumbs) >= 2 and all(len(crumb.split()) <= 4 for crumb in crumbs) and not SENTENCE_END.search(unit.clean):
        return True   # (a breadcrumb: 'Local › Clubs near you')
    cells = [cell for cell in re.split(r"\s{3,}|\t+", unit.text.strip()) if cell]
    return not find_date(unit.text) and len(cells) >= 3 and all(len(cell.split()) <= 6 for cell in cells) and not any(SENTENCE_END.search(cell) and
                                                                                          len(cell.split()) >= 4 for cell in cells)
    # (a table's row, its cells set apart by wide gaps: 'LIVE   Ayr – Troon   1:1   67.'', a scoreboard, a league table)


BREADCRUMB_STEP = re.compile(r"\s+[>›»/]\s+|\s*[>›]\s*")
QUOTED_STEP = re.compile(r"\s+[>›/]\s+|\s*[>›]\s*")   # (beside a '«', a '»' closes a quotation)
HOME_WORDS = re.compile(r"^(home|homepage|start|startseite|accueil|inicio|portada|home ?page|sie sind hier:?.*|you are here:?.*|"
                        r"vous êtes ici:?.*|está(s)? en:?.*|ti trovi (in|qui):?.*)$", re.I)


def breadcrumb_steps(text: str) -> list[str]:
    return [step.strip() for step in (BREADCRUMB_STEP if "«" not in text else QUOTED_STEP).split(text.strip())]


def is_breadcrumb(text: str) -> bool:
    """A site's trail to the page ('Home > News > Islands', 'Startseite › Region'): short steps
    set apart by '>' or '›', from the home page or three steps and more."""
    steps = breadcrumb_steps(text)
    if len(steps) < 2 or not all(steps) or any(len(step.split()) > 4 or SENTENCE_END.search(step) for step in steps):
        return False
    return bool(HOME_WORDS.match(steps[0])) or len(steps) >= 3 and "/" not in text


TODAY = re.compile(r"\b(today|aujourd'hui|heute|hoy|oggi)\b", re.I)
GRAPHIC = re.compile(r"\b(source|quelle|fuente|fonte|grafik|graphic|chart|infographi\w*|gráfico|grafico|infografía|"
                     r"infografica|karte|mapa|carte|map)\s*:", re.I)


NUMBER = re.compile(r"^[-+~≈(]?[\d][\d.,:%/’']*[%)]?$|^\d+(?:[.,]\d+)?\s?(%|€|\$|£)$")


def is_data(text: str) -> bool:
    """A graphic's or a table's row pasted as a line: mostly figures, not a sentence
    ("Output, tonnes a year: 2019 410,000 · 2023 385,000"); a life's or a period's two dates written out are words
    ('born 4 March 1941, died 19 January 2026' closes an obituary)."""
    if len(DAY_MONTH_YEAR.findall(text)) + len(MONTH_DAY_YEAR.findall(text)) >= 2:
        text = MONTH_DAY_YEAR.sub("date", DAY_MONTH_YEAR.sub("date", text))
    tokens = [t for t in re.split(r"\s+|\s*[·|•;]\s*", text.strip()) if t]
    figures = sum(1 for t in tokens if NUMBER.match(t.strip(":,")))
    return 3 <= figures and figures >= 0.3 * len(tokens) and len(tokens) <= 40 and not SENTENCE_END.search(text.strip())


ENTRY_TIME = re.compile(r"^(?P<h>\d{1,2})[:h.](?P<m>\d{2})\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?:uhr|h|horas?|hrs?)\b\.?)?"
                        r"(?:\s*(?:[|·–—:-]\s*)?(?P<rest>\S.*))?$", re.I)


def entry_time(text: str) -> str | None:
    """A live report's entry time, alone or before the entry's heading ('18:40 Uhr', '4.30pm',
    '18:40 Riapre l'autostrada'), as HH:MM; None for anything else."""
    match = ENTRY_TIME.match(text.strip())
    if not match or match["rest"] and (len(match["rest"].split()) > 14 or SENTENCE_END.search(match["rest"].rstrip("!?"))
                                       or not match["rest"][:1].isupper()):
        return None
    hour, minute = int(match["h"]), int(match["m"])
    if match["ampm"]:
        hour = hour % 12 + (12 if match["ampm"].lower().startswith("p") else 0)
    return f"{hour:02d}:{minute:02d}" if hour <= 23 and minute <= 59 else None


def is_time(text: str) -> bool:
    return entry_time(text) is not None


def is_day(text: str) -> bool:
    found = find_date(text)
    return bool(found) and len(text.split()) <= 6 and len(found.text) >= len(text.strip()) - 12


def byline_by_comma(text: str) -> bool:
    """'Priya Raman, correspondent in Halverton': a name, then what the person is."""
    name, comma, role = text.partition(",")
    return bool(comma) and name_like(name.strip()) and len(text.split()) <= 10 and not SENTENCE_END.search(role) \
        and not find_date(role) and not re.match(r"\s*(?:il|lo|la|le|i|gli|el|los|las|der|die|das|o|os|as)\s", role, re.I)
    # (not an event and what it holds: 'Sagra di Santa Barbara, il programma')


PLACE = re.compile(r"^(?P<name>.+?)(?:,\s*|\s+)(?:in|à|en|a|aus|from|desde|dal|dalla)\s+(?P<place>[A-ZÀ-Þ][\w'’ -]{1,30})$")
AGENCY_NOTE = re.compile(r"\s*\((?:(?:avec|with|mit|con|com)\s+)?(?P<agency>[^()]{2,30})\)$|"
                         r",?\s+(?:avec|with|mit|con|com)\s+(?P<joined>[^()]{2,30})$")   # ('Inês Carvalho, com Lusa')


def byline_parts(text: str) -> tuple[str, list[str]]:
    """'Anne Lebrun (avec AFP)' → ('Anne Lebrun', ['AFP']); 'Ann Lowe in Leeds' → ('Ann Lowe', [])."""
    agencies = []
    note = AGENCY_NOTE.search(text)
    named = note and (note["agency"] or note["joined"])
    if named and all(P.is_agency(a) for a in re.split(r"\s*[/,]\s*|\s+(?:and|et|und|y|e)\s+", named)):
        agencies = re.split(r"\s*[/,]\s*|\s+(?:and|et|und|y|e)\s+", named)
        text = text[:note.start()]
    place = PLACE.match(text)
    if place and (name_like(place["name"]) or all(name_like(p) for p in P.NAME_JOINERS.split(place["name"]) if p)):
        text = place["name"]
    return drop_affiliations(text).strip(), agencies


# The outlet a writer works for, after the writer's name in a byline shared by two outlets' reporters.
AFFILIATION = re.compile(r"(?<=\w)\s*\(([^()\d]{2,50})\)(?=\s+(?:and|et|und|y|e)\s+|\s*,\s*|\s*$)")


def drop_affiliations(text: str) -> str:
    """'Mélanie Robichaud (Le Phare de la Péninsule) et Luc Chiasson (Le Courrier acadien)': two outlets' reporters,
    without their outlets; an agency in brackets stays ('Eva Schmidt (dpa)' credits it)."""
    return AFFILIATION.sub(lambda m: "" if outlet_like(m.group(1)) and len(m.group(1).split()) >= 2 and
                           not P.is_agency(m.group(1)) else m.group(0), text)   # (not a role: 'Lord Hendry (President)')


def agency_dateline(text: str) -> list[str]:
    """'Madrid, 3 jun (EFE)', 'Berlin (dpa/AFP)' on a line of their own: the agencies; [] for anything
    else, a person's name before the agency included ('Eva Schmidt (dpa)' is a byline)."""
    match = re.match(r"^([A-ZÀ-Þ][^()]{1,40}?)\s*\(([^)]{2,30})\)\W*$", text.strip())
    if not match or len(text.split()) > 8 or name_like(match.group(1)):
        return []
    agencies = re.split(r"\s*[/,]\s*", match.group(2))
    return agencies if all(P.is_agency(a) for a in agencies) else []


def source_dateline(text: str) -> bool:
    """'Winsen (Aller) (pm) -', 'Kiel (ots) –' alone on a line with the text below it: a dateline whose source code
    ('pm', 'ots', 'red') names no agency. It goes, and credits no one."""
    match = re.match(r"^([A-ZÀ-Þ][\w .'’/-]{1,40}?(?:\s*\([^)]{2,30}\))?)\s*\([^)]{1,20}\)\s*[-–—]$", text.strip())
    return bool(match) and len(text.split()) <= 8 and not name_like(match.group(1))


def byline_like(text: str) -> bool:
    """A line that is only a byline without 'By': 'Ann Lowe and Piotr Nowak', 'Lucía Gómez | Sevilla',
    'Ann Lowe in Leeds', 'Eva Schmidt (dpa)', 'Priya Raman, correspondent in Leeds'."""
    text = drop_affiliations(text)
    if len(text.split()) > 12 or SENTENCE_END.search(text) and not text.endswith(")"):
        return False
    parts = [p.strip() for p in re.split(r"\s+[|–—-]\s+|\s*\|\s*", text) if p.strip()]
    if 2 <= len(parts) <= 3 and not any(ch.isdigit() for ch in text) and all(len(p.split()) <= 3 for p in parts[1:]):
        text = parts[0]   # (a name and a place or role beside it)
    name, _ = byline_parts(text)
    names = [n for n in P.NAME_JOINERS.split(name) if n]
    return byline_by_comma(name) or bool(names) and all(name_like(strip_honorific(n)) or P.is_agency(n) for n in names) \
        and any(name_like(strip_honorific(n)) for n in names)   # ('Julien Roduit avec ATS': a writer and an agency)


def strip_honorific(name: str) -> str:
    """'Dr. Matthias Köhler' → 'Matthias Köhler', 'Helen Ashworth MP' → 'Helen Ashworth'."""
    member = P.ELECTED_MEMBER.match(name.strip())
    stripped = P.HONORIFIC.sub("", member.group(1) if member else name)
    return stripped if len(stripped.split()) >= 2 else name


def headline_text(text: str) -> str:
    """The headline as printed, its quotation marks kept; a section or live label set apart before or
    after it ('EN DIRECTO | Temporal en Galicia', 'LIVE: ...') is not part of it."""
    text = text.strip()
    trail = re.match(r"^(?:[^›>«»“”\"]{2,30}\s[›>]\s){1,3}(?=\S)", text)
    if trail and len(text[trail.end():].split()) >= 4:
        text = text[trail.end():]   # ('Aktuelles › Neuer Rufbus verbindet …': the page's trail, then its headline)
    namespace = re.match(r"^(?-i:[A-Z][a-z]{2,15}):(?=(?-i:[A-Z0-9ÀÉ]))", text)
    if namespace and len(text[namespace.end():].split()) >= 3:
        text = text[namespace.end():]   # ('News:Littondale school to close': a wiki's namespace, glued to the page's name)
    parts = re.split(r"\s+\|\s+", text)
    kept = [part for part in parts if not is_section(part)]
    if 1 <= len(kept) < len(parts):
        text = " | ".join(kept)
    document = L.DOCUMENT_LABEL_PREFIX.match(text) or (KIND_PREFIX.match(text) if prefix_kind(text) else None)
    if document and len(text[document.end():].split()) >= 3:
        text = text[document.end():]   # ("Press release: New bridge opens", "Interview: ...": the label, not the headline)
    subject = re.match(r"^(?:subject|objet|betreff|asunto|oggetto|assunto)\s?:\s*(?=\S.{5,})", text, re.I)
    if subject:
        text = text[subject.end():]   # ('Betreff: Auswirkungen der Haushaltssperre …': a subject's label, not its words)
    tagged = re.match(r"^\[[^\[\]]{2,40}\]\s+|^\d{1,2}:\d{2}\s+(?=[^\W\d])", text)
    if tagged and len(text[tagged.end():].split()) >= 4:
        text = text[tagged.end():]   # ('[AIN Extremadura] Obras …': a mailing list's tag on its subject; '14:37 Volksbank
        #                              schließt …': a newsroom list's time before the item's headline)
    label = re.match(r"^([^\W\d][^:]{1,20}?)\s*:\s+(?=\S)", text)
    if label and label.group(1).isupper() and is_section(label.group(1)):
        text = text[label.end():]
    return re.sub(r"\s+=$", "", text)   # (an agency's end mark after a dispatch's headline: '… - Schülerverkehr bleibt =')


def tongue(text: str, least: int = 2) -> str | None:
    """The language a short text plainly reads in (a headline, a title): `least` of its small words or more, more of
    them than of any other language's."""
    words = re.findall(r"[^\W\d_]+", text.lower().replace("'", " ").replace("’", " "))
    scores = sorted(((sum(w in stop for w in words), lang) for lang, stop in STOPWORDS.items()), reverse=True)
    return scores[0][1] if scores[0][0] >= least and scores[0][0] > scores[1][0] else None


def language(text: str, declared: str | None = None, bilingual_title: str | None = None) -> str | None:
    """The language of the text from its small words; a `declared` one (a page's `lang`, its og:locale) unless
    the text plainly reads as another (a site's English theme around an Italian article). A text in two languages
    about equally (a bilingual release) is in its title's, when the title plainly reads as one of them."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 12:
        return declared
    scores = {lang: sum(w in stop for w in words) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=scores.get)
    second = max((lang for lang in scores if lang != best), key=scores.get)
    if bilingual_title and not declared and scores[second] >= 10 and scores[second] >= 0.6 * scores[best] and \
            tongue(bilingual_title, least=1) == second:
        return second
    if declared and declared not in scores:
        return declared   # (a language whose small words are not listed: its page's word stands)
    if declared and best != declared:
        plain = len(words) >= 40 and scores[best] >= 10 and scores[best] >= 3 * scores[declared]
        return best if plain else declared
    return (best if scores[best] >= 3 else None) or declared
