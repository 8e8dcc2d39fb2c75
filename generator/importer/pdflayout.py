"""A PDF's pages as laid out, read before the text reader sees them (pdf.py hands the arranged lines on):

- its printed headline, from the first page's head (the blocks above the first paragraph of prose): a block of
  one to three short lines that is no letterhead, byline, date, issue, field or label line (of several, the one
  sharing most words with the text), a headline wrapped over two or three lines joined;
- presenters ("Présenté par", "Presented by", "Vorgelegt von", "Presentado por"...) and a paper's line of names:
  authors, their honorifics, titles of office and roles dropped; a byline in capitals under a newspaper's
  headline; the affiliation and correspondence lines under a paper's authors are not its text;
- issue lines ("Rundbrief 4/2026 · Dezember", "Versión 1 · 2 de octubre de 2026", "No. 12, June 2025"): a date
  when they hold a month, never an outlet; a dated field that names the document ('Date du rapport : …') over
  a visit's or a meeting's date;
- the issuer: a letterhead in capitals that names an organisation, or a newspaper page's folio (its name, the
  date, the page's number); a legislature's paper, by its label, is a document;
- text set in narrow columns and flattened to short lines: each block's lines joined into paragraphs from the
  page's own line widths (its modal width: a line much shorter than it that ends a sentence ends a paragraph;
  a word broken by a hyphen joined);
- not the article: a box beside it (a heading in capitals over short lines of dates, places or contacts), a
  table of contents, a newspaper's jump lines ("Continued on page 4") and the other stories of its page.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import furniture as F
from . import phrases as P
from .magazine import joined_drop_caps, page_folio, pull_quotes
from .kinds import label_kind
from .official import BODY_WORDS, official_kind, paper_title, without_signatures
from .lines import LINKING_WORDS, Unit, is_menu, is_section, name_like, outlet_like, outlet_name, strip_honorific, tongue
from .prompts import EMAIL
from .when import MONTHS, find_date

PRESENTER = re.compile(r"^(?:presented by|submitted by|présentée? par|présentés par|déposée? par|vorgelegt von|eingereicht von|"
                       r"presentado por|presentada por|presentato da|presentata da|apresentado por|apresentada por|"
                       r"rapporteure?s?|berichterstatter(?:in)?|ponente|relatore|relatora?)\s*:?\s*(?=\S)", re.I)
# An elected member's title before the name ('Cllr', 'Dña.', 'on.', 'Abg.'), beyond the honorifics of every byline.
TITLE_OF_OFFICE = re.compile(r"^(?:cllr|councillor|cr|dña|doña|dª|don|on|onorevole|sen|senator|sénat(?:eur|rice)|députée?|"
                             r"abg|mdb|mdl|mp|hon|the hon|rt hon|sr|sra|sig|sig\.ra)\.?\s+(?=\S)", re.I)
ROLE_AFTER = re.compile(r"\s*[,(–—-]\s*(?:rapporteu|rapporteur|berichterstatt|ponente|relat|member|membre|mitglied|"
                        r"député|deputy|conseill|councill|président|chair|vice|sénat|senat|abgeordnet|diputad|consigli)[^,]*\)?$", re.I)
SUPERSCRIPT = "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§"
AFFILIATION = re.compile(r"^[" + SUPERSCRIPT + r"]\s*\S|\b(?:universit|department|departamento|département|departement|"
                         r"dipartimento|institut|instituto|istituto|faculty|facultad|faculté|fakultät|laborator|school of|"
                         r"centre de recherche|centro de (?:estudios|investigación)|research cent)", re.I)
CORRESPONDENCE = re.compile(r"^(?:correspondence|corresponding author|correspondance|correspondencia|corrispondenza|"
                            r"korrespondenz|correspondência|contact|kontakt|contacto|contatto)\s*:|\S+@\S+\.\w+", re.I)
# An issue's line: a word or two and a number (a year after a slash), beside a date, a month or nothing.
ISSUE_PART = re.compile(r"^(?:[^\W\d_][\w.'’-]*\s+){0,2}(?:no\.?|nr\.?|n[°º]\.?|núm\.?|num\.?|#)?\s*\d{1,4}(?:\s*/\s*\d{2,4})?$", re.I)
ISSUE_WORD = re.compile(r"\b(?:issue|numéro|número|numero|nummer|ausgabe|heft|version|versión|versione|versão|fassung|vol|"
                        r"volume|band|jahrgang|rundbrief|newsletter|lettre|letter|bulletin|boletín|bollettino|boletim|édition|"
                        r"edition|edición|edizione|edição|folge|cahier|quaderno|cuaderno|infobrief|mitteilungen)\b", re.I)
NUMBERED = re.compile(r"\b(?:no|nr|núm|num)\b\.?|\bn[°º]|#|\d+\s*/\s*\d{4}", re.I)
SEASON = re.compile(r"(?:spring|summer|autumn|fall|winter|printemps|été|automne|hiver|frühling|frühjahr|sommer|herbst|"
                    r"primavera|verano|otoño|invierno|estate|autunno|inverno|verão|outono)\s*(?:(?:19|20)\d\d)?", re.I)
SEPARATOR = re.compile(r"\s*[·|•,–—]\s*|\s{3,}")
DATED_LINE = re.compile(r"^(?:\d{1,2}[./]\d{1,2}\.?|\d{1,2}\.?\s+[^\W\d_]{3,}\.?|[^\W\d_]{2,3}\.?,?\s+\d{1,2}[./]|\d{1,2}[:.h]\d{2}\b)")
# A box's line of a place or a contact: a street and its number, a postcode and a town, a telephone number, an address.
BOX_LINE = re.compile(r"\b\d{4,5}\s+(?-i:[A-ZÀ-Þ])|(?:tel|phone|tél|téléphone|telefon|teléfono|telefono)\.?\s*:?\s*[+(\d]|\S+@\S+\.\w+|"
                      r"(?:straße|strasse|str\.|weg|platz|gasse|allee|rue|avenue|chemin|road|street|lane|via|piazza|calle|plaza|"
                      r"rua|avenida)\s+\d{1,4}\b|^\d{1,4},?\s+(?:rue|avenue|chemin|route|place)\b", re.I)
SECTION_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+(?-i:[A-ZÀ-Þ])", re.I)
STATUS = re.compile(r"^(?:draft|unconfirmed|entwurf|projet|brouillon|borrador|bozza|rascunho)\s*(?:$|[–—:(-]|"
                    r"subject to|for (?:approval|consultation)|(?:minutes|version|copy)\b)", re.I)
SECTION_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Z]\.)\s+\S|^(?i:" + P.AGENDA_ITEM.pattern.removeprefix("^") + ")")
FIELD = re.compile(r"^[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?\s?:\s")   # ('Diffusion : …', 'Date du rapport : …': a labelled field)
# A newspaper's jump line: 'Continued on page 4', 'Suite page 4', 'Fortsetzung auf Seite 4', 'Continúa en la página 4'.
JUMP = re.compile(r"^[(\[]?\s*(?:continued|cont'd|suite|fortsetzung|weiter|continúa|continua|continuação|segue)\b[^.]{0,24}?"
                  r"(?:page|p\.|seite|s\.|página|pág\.|pagina|pag\.)\s*\d{1,3}\s*[)\]]?\.?$", re.I)
# … and one from the page before, over the story's rest: 'Continued from page 1', 'Suite de la page 1', 'Continuação da
# página 1', 'Fortsetzung von Seite 1'.
JUMP_BACK = re.compile(r"(?:^|\()\s*(?:" + F.JUMP_FROM_WORDS + r")", re.I)   # (alone, or after the story's catchline:
#                                                                         'Hortas comunitárias (continuação da página 6)')
CONTENTS_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}$|…{2,}\s*\d{1,4}$")
# An advertisement's label, alone on its line, as a browser prints a page's ad slot.
AD_LABEL = re.compile(r"^(?:annonce|publicité|advertisement|advertising|ad|sponsored|anzeige|werbung|publicidad|anuncio|"
                      r"pubblicità|annuncio|publicidade)$", re.I)
# A legislature's paper, by its label: a report of a committee, a bill ('Rapport d'information n° 47', 'Drucksache 19/1234').
LEGISLATIVE = re.compile(r"\b(?:rapport d'information|fait au nom de la commission|proposition de (?:loi|résolution)|"
                         r"projet de loi|drucksache|beschlussempfehlung|gesetzentwurf|bericht des .{0,40}ausschusses|"
                         r"informe de la comisión|proyecto de ley|proposición (?:de ley|no de ley)|relazione della commissione|"
                         r"disegno di legge|proposta de lei|projeto de lei|parecer da comissão|select committee report|"
                         r"report of the .{0,40}select committee)\b", re.I)
# A dated field that names the document itself (not a visit's, a hearing's or a meeting's date).
DOCUMENT_DATE = re.compile(r"^(?:date (?:du|de ce) (?:rapport|document)|date d'(?:émission|édition)|report date|date of (?:the )?"
                           r"(?:report|issue|publication)|date of issue|issued|berichtsdatum|datum des berichts|stand|"
                           r"fecha del informe|fecha de (?:emisión|publicación)|data del (?:rapporto|documento)|"
                           r"data di (?:emissione|pubblicazione)|data do relatório|data de emissão|decision date|date of (?:the )?"
                           r"decision|date de (?:la )?décision|entscheidungsdatum|datum der entscheidung|fecha de (?:la )?"
                           r"(?:resolución|decisión)|data della decisione|data da decisão)\s?:", re.I)
LETTERHEAD_FORM = re.compile(r"\b(?:e\.\s?v\.|gmbh|ltd|inc|s\.a\.|asbl|a\.s\.b\.l\.|gemeinnützig|ggmbh|plc|llp)(?=\W|$)", re.I)
SENTENCE_END = re.compile(r"[.!?…][\"”»’)\]]*$")


@dataclass
class Layout:
    """The pages as the text reader gets them, and what their layout says of the document."""

    pages: list[list[str]]
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    document_date: str | None = None   # a dated field that names the document ('Date du rapport : …', 'Report date: …')
    issuer: str | None = None          # the letterhead: an organisation's name in capitals, first on the first page
    folio: bool = False                # the issuer read from a newspaper page's folio (its name, the date, the page)
    kind: str | None = None            # 'document' for a legislature's paper ('Rapport d'information n° 47')
    kind_reason: str = "a legislature's paper, by its label"
    credits: list[str] = field(default_factory=list)   # a picture's credit read from its caption in the head
    paper_title: str | None = None     # an official paper's title, the line that names it ('Niederschrift über …')
    removed: list[str] = field(default_factory=list)   # "why: line"
    continued_elsewhere: str | None = None   # a jump line to a page the PDF does not hold ('Continua na página 4')


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    return blocks + ([current] if current else [])


def issue_date(line: str) -> str | None:
    """The date an issue line gives: a full date, else a month and a year; None without a month."""
    found = find_date(line)
    if found:
        return found.value
    words = [word.lower().rstrip(".") for word in re.findall(r"[^\W\d_]+\.?", line)]
    month = next((MONTHS[word] for word in words if word in MONTHS and len(word) >= 3), None)
    year = re.search(r"\b((?:19|20)\d\d)\b", line)
    return f"{year.group(1)}-{month:02d}" if month and year else None


def is_issue_line(line: str) -> bool:
    """'Rundbrief 4/2026 · Dezember', 'No. 12, June 2025', 'Versión 1 · 2 de octubre de 2026': an issue's word and number
    (or a number alone beside a month), with nothing but a date, a month or a year beside them."""
    parts = [part for part in SEPARATOR.split(line.strip()) if part]
    if not 1 <= len(parts) <= 4 or len(line.split()) > 12 or not (ISSUE_WORD.search(line) or NUMBERED.search(line)) or \
            P.PUBLISHED_WORDS.search(line):
        return False   # ('Warning no. 0127/03 | Issued at 17:40 on 27 January 2025': a dateline, which dates the paper)
    issue = [part for part in parts if ISSUE_PART.match(part) and (ISSUE_WORD.search(part) or NUMBERED.search(part))
             and not find_date(part)]
    rest = [part for part in parts if part not in issue]
    dated = [part for part in rest if find_date(part) or issue_date(part + " 2000") or SEASON.fullmatch(part)]
    return bool(issue) and all(part in dated or re.fullmatch(r"(?:19|20)\d\d", part) for part in rest) and \
        (bool(dated) or any(ISSUE_WORD.search(part) for part in issue))   # ('SENTENCIA N.º 233/2025': a case's number)


def _presenters(line: str) -> list[str] | None:
    found = PRESENTER.match(line)
    if not found:
        return None
    names = ROLE_AFTER.sub("", line[found.end():]).strip(" .")
    people = [strip_honorific(TITLE_OF_OFFICE.sub("", name.strip(" ."))) for name in
              re.split(r"\s*(?:,|;| and | et | und | y | e )\s*", names) if name.strip()]
    people = [name for name in people if name_like(name)]
    return people or None


def _names_line(line: str) -> list[str] | None:
    """A paper's line of authors, each marked by a superscript ('Ann Lowe¹, Tom Hart²'), or two names or more."""
    marked = re.search("[" + SUPERSCRIPT + "]", line)
    names = [re.sub("[" + SUPERSCRIPT + r",\d]+$", "", part.strip()).strip()
             for part in re.split(r",\s*(?=\S)|\s+(?:and|et|und|y|e|&)\s+", line)]
    return names if (marked or len(names) >= 2) and all(name_like(name) for name in names) else None


def _prose(block: list[str], width: int) -> bool:
    text = " ".join(block)
    return len(text.split()) >= 15 and bool(SENTENCE_END.search(text)) and (len(block) >= 2 or len(block[0]) >= 0.8 * width)


def modal_width(lines: list[str]) -> int:
    """The width most of the page's lines reach (lengths counted in bins of four characters)."""
    lengths = [len(line) for line in lines if len(line.split()) >= 2]
    if not lengths:
        return 0
    bins = Counter(length // 4 for length in lengths)
    top = max(bins, key=lambda b: (bins[b] + bins.get(b + 1, 0) + bins.get(b - 1, 0), b))
    return top * 4 + 2


def arrange(pages: list[list[str]], declared: str | None = None) -> Layout:
    """The pages as laid out; `declared`, the PDF's metadata title (a browser's print gives the page's <title>)."""
    layout = Layout(pages=[list(lines) for lines in pages])
    if not pages:
        return layout
    quotes, back = pull_quotes(layout.pages), False
    for number, lines in enumerate(layout.pages):
        lines = joined_drop_caps(lines)
        lines = _without_blocks(lines, quotes, layout)
        ads = [line for line in lines if AD_LABEL.match(line.strip())]
        layout.removed += [f"an advertisement's label: {line}" for line in ads]
        lines = [line for line in lines if line not in ads]
        jumps = [line for line in lines if JUMP.match(line.strip())]
        layout.removed += [f"a pointer to the text's other page: {line}" for line in jumps]
        onward = [line.strip() for line in jumps if not JUMP_BACK.search(line)]
        back = back or any(JUMP_BACK.search(line) and len(line.split()) <= 12 for line in lines)
        layout.continued_elsewhere = layout.continued_elsewhere or (onward[0] if onward else None)
        lines = [line for line in lines if line not in jumps]
        layout.pages[number] = _without_contents(_without_sidebars(lines, layout), layout)
        layout.pages[number] = _numbered_headings(_columns_joined(layout.pages[number]))
    if back:
        layout.continued_elsewhere = None   # (the story's rest is in the PDF: 'Continuação da página 1' over it)
    _read_head(layout, declared)
    _headings_over_lists(layout)
    if layout.kind:   # (an official paper: its title, if the head gave none, and no signature block in its text)
        layout.paper_title = None if layout.headline else paper_title(_blocks(pages[0]))
        kept, signed = without_signatures(_blocks(layout.pages[-1]))
        if signed:
            layout.pages[-1] = [line for block in kept for line in block + [""]]
            layout.removed += [f"a signature block: {line}" for line in signed]
    return layout


def _without_blocks(lines: list[str], texts: set[str], layout: Layout) -> list[str]:
    """The page without the blocks whose text is one of `texts` (pull quotes)."""
    if not texts:
        return lines
    kept = []
    for block in _blocks(lines):
        if " ".join(line.strip() for line in block) in texts:
            layout.removed += [f"a pull quote (its words are the text's own): {line}" for line in block]
        else:
            kept += block + [""]
    return kept


def _lone_heading(block: list[str]) -> bool:
    line = block[0].strip() if len(block) == 1 else ""
    return 1 <= len(line.split()) <= 6 and line[:1].isupper() and not SENTENCE_END.search(line) and \
        not line.endswith((":", ",", ";")) and not FIELD.match(line) and not find_date(line) and not line.startswith("#") and \
        not _person(line) and not re.search(r"\d{3}|@", line)


def _headings_over_lists(layout: Layout) -> None:
    """In a document whose sections are headed by short lines of their own over prose (two or more), such a line over
    a list's lead-in ('Raccomandazioni' over 'Per sostenere … proponiamo:') is a subheading too."""
    pages = [_blocks(lines) for lines in layout.pages]
    pairs = [(blocks, i) for blocks in pages for i in range(len(blocks) - 1) if _lone_heading(blocks[i])]
    width = modal_width([line for lines in layout.pages for line in lines]) or 60
    if sum(_prose(blocks[i + 1], width) for blocks, i in pairs) < 2:
        return
    for number, blocks in enumerate(pages):
        marked = {i for i in range(len(blocks) - 1) if _lone_heading(blocks[i]) and len(blocks[i + 1]) == 1 and blocks[i + 1][0].rstrip().endswith(":") and blocks[i + 1][0][:1].isupper()}
        if marked:
            layout.pages[number] = [line for i, block in enumerate(blocks)
                                    for line in ([f"## {block[0].strip()}"] if i in marked else block) + [""]]


def _without_sidebars(lines: list[str], layout: Layout) -> list[str]:
    """The page without its boxes: a heading in capitals over short lines, a third of them or more a date, a time, a
    place or a contact."""
    kept, blocks = [], _blocks(lines)
    for block in blocks:
        head, rest = block[0], block[1:]
        dated = sum(bool(DATED_LINE.match(line) or BOX_LINE.search(line)) for line in rest)
        if len(rest) >= 2 and head.isupper() and len(head.split()) <= 4 and dated >= 2 and dated >= len(rest) / 3 and \
                all(len(line.split()) <= 8 for line in rest):
            layout.removed += [f"a box beside the article (dates and places): {line}" for line in block]
            continue
        kept += block + [""]
    return kept


def _without_contents(lines: list[str], layout: Layout) -> list[str]:
    """The page without its table of contents (entries led by dots to a page number) and the heading above it."""
    entries = [i for i, line in enumerate(lines) if CONTENTS_ENTRY.search(line)]
    if len(entries) < 2:
        return lines
    first = entries[0]
    above = [i for i in range(first) if lines[i].strip()]
    if above and len(lines[above[-1]].split()) <= 4 and not SENTENCE_END.search(lines[above[-1]]):
        entries.insert(0, above[-1])   # ('Sommaire', 'Contents', 'Inhalt': its heading)
    layout.removed += [f"a table of contents: {lines[i]}" for i in entries]
    return [line for i, line in enumerate(lines) if i not in set(entries)]


def _wrapped(block: list[str], width: int) -> bool:
    """A paragraph wrapped to the column: three lines or more, most about as wide as the column, not opening with a
    field, a byline or a letterhead, no entry of a table of contents."""
    first = block[0]
    lengths = sorted(len(line) for line in block[:-1])
    return len(block) >= 3 and lengths[len(lengths) // 2] >= 0.6 * width and not first.isupper() and \
        not (FIELD.match(first) or P.BYLINE_START.match(first) and not first[:1].isupper()) and \
        not any(CONTENTS_ENTRY.search(line) or FIELD.match(line) and find_date(line) or
                (byline := P.BYLINE_START.match(line)) and name_like(line[byline.end():].strip()) for line in block)


def _numbered_headings(lines: list[str]) -> list[str]:
    """A numbered section's heading ('1. Contexte', '2.3 Results'), a line of its own above a paragraph of prose: a
    subheading, wherever it stands (under a cover page's head too)."""
    blocks = _blocks(lines)
    width = modal_width(lines) or 60
    out = []
    for block, following in zip(blocks, blocks[1:] + [[]]):
        line = block[0]
        if len(block) == 1 and SECTION_HEADING.match(line) and len(line.split()) <= 12 and not SENTENCE_END.search(line) and \
                not CONTENTS_ENTRY.search(line) and following and _prose(following, width):
            block = [f"## {line}"]
        out += block + [""]
    return out


def _columns_joined(lines: list[str]) -> list[str]:
    """A page set in narrow columns, flattened to short lines: each block's lines joined into paragraphs."""
    width = modal_width(lines)
    body = [line for line in lines if line.strip()]
    if not 8 <= width <= 44 or sum(len(line) <= width + 6 for line in body) < 0.7 * len(body) or len(body) < 6 or \
            not (sum(_wrapped(block, width) for block in _blocks(lines)) >= 2 or
                 any(_wrapped(block, width) and len(block) >= 5 for block in _blocks(lines))):
        return lines   # (a page of ordinary lines, or a cover of a few short ones)
    out = []
    for block in _blocks(lines):
        if not (_wrapped(block, width) or len(block) == 2 and len(block[0]) >= 0.6 * width and _wrapped(block + [""], width)):
            out += block + [""]
            continue
        paragraphs = [block[0]]
        for before, line in zip(block, block[1:]):
            if SENTENCE_END.search(before) and len(before) < 0.5 * width:
                paragraphs.append(line)   # (a line much shorter than the column's, a sentence ended: the paragraph ends)
            elif re.search(r"[^\W\d_]-$", paragraphs[-1]):
                paragraphs[-1] = paragraphs[-1][:-1] + line if line[:1].islower() else paragraphs[-1] + line
            else:
                paragraphs[-1] += " " + line
        out += [line for paragraph in paragraphs for line in (paragraph, "")]
    return out


def _piped_credit(line: str) -> str | None:
    """A web page's caption as a browser prints it, its credit after a bar: 'La piscine, le 30 novembre. | PHOTO : YANN KERBRAT'."""
    caption, bar, credit = line.rpartition(" | ")
    found = P.CAPTION_CREDIT.match(". " + credit.strip()) if bar and len(caption.split()) >= 2 else None
    return found.group(1).strip() if found and found.end() >= len(credit.strip()) else None


def is_letterhead(first: str) -> bool:
    """The first line of a first page is an organisation's name, in capitals or opening on what it is ('Ministerium
    für …', 'Comune di …'): its letterhead."""
    opens = bool(P.ORGANISATION_WORDS.match(first) or BODY_WORDS.match(first)) and not SENTENCE_END.search(first) and \
        not re.search(r"[,\d@·|]", first)   # (not its address: 'Harbour Office, Quay Street, Marwick MW4 2HQ')
    return (first.isupper() or opens) and 1 <= len(first.split()) <= 12 and not LEGISLATIVE.search(first) and \
        bool(P.ORGANISATION_WORDS.search(first) or LETTERHEAD_FORM.search(first) or BODY_WORDS.search(first)) and \
        not P.COURT.search(first) and not label_kind(first)   # (nor a document's label: 'PRESS RELEASE')


def _read_head(layout: Layout, declared: str | None = None) -> None:
    """The first page's head: issue lines, presenters, affiliations and correspondence out of the text; the headline."""
    lines = layout.pages[0]
    width = modal_width(lines) or 60
    blocks = _blocks(lines)
    head_end = next((i for i, block in enumerate(blocks) if _prose(block, width)), len(blocks))
    kept_lines, headline, authors_above = [], None, False
    chosen = _chosen_headline(blocks, head_end, declared)
    first = blocks[0][0].strip() if blocks else ""
    folio = find_date(first)
    before = first[:folio.start].strip(" ,·|–—-") if folio else ""
    before = re.sub(r"^\d{1,3}\s+|\s+\d{1,3}$", "", before)   # (the page's number beside the paper's name)
    while len(before.split()) > 2 and is_section(before.split()[0]):
        before = before.split(None, 1)[1]   # (the page's section before it: '7 REGIÃO SEMANÁRIO DA RAIA | …')
    if folio and _capitals(before) and outlet_like(before.title()) and 1 <= len(before.split()) <= 6:
        layout.issuer, layout.folio = before, True   # (a newspaper page's folio: its name in capitals, the date, the page)
    elif folio and (printed := page_folio(first)):
        layout.issuer, layout.folio = printed[0], True   # (or its name as the paper sets it, between its page number,
        layout.published = layout.published or printed[1]   # its section and its day: '6 SOCIEDADE Gazeta Nabantina | …')
    elif is_letterhead(first):
        layout.issuer = first   # (an organisation's name in capitals, first on the first page: its letterhead)
    for line in (line for block in blocks[:head_end] for line in block):
        if len(line.split()) <= 15 and LEGISLATIVE.search(line):
            layout.kind = layout.kind or "document"
        if DOCUMENT_DATE.match(line.strip()) and (found := find_date(line)):
            layout.document_date = layout.document_date or found.value
    if not layout.kind and (why := official_kind([line for block in blocks[:head_end] for line in block])):
        layout.kind, layout.kind_reason = "document", why   # (a council's paper, a public body's letter)
    for index, block in enumerate(blocks):
        kept = []
        for line in block:
            if index < head_end:
                people = _presenters(line) or _names_line(line)
                if people:
                    layout.authors = layout.authors or people
                    layout.removed.append(f"the document's presenters or authors (kept in authors): {line}")
                    authors_above = True
                    continue
                if authors_above and len(line.split()) <= 14 and not SENTENCE_END.search(line) and \
                        (AFFILIATION.search(line) or CORRESPONDENCE.search(line)):
                    layout.removed.append(f"an affiliation or a correspondence address: {line}")
                    continue   # (under a paper's authors: where they work, how to write to them)
                authors_above = False
                if headline and not layout.authors and (signed := _signature(line)):
                    layout.authors = [signed]
                    layout.removed.append(f"the byline in capitals (kept in authors): {line}")
                    continue
            if (credit := _piped_credit(line)):
                layout.credits.append(credit)
                layout.removed.append(f"a picture's caption (its credit kept in credits): {line}")
                continue
            if (index < head_end or index >= len(blocks) - 1) and is_issue_line(line):
                layout.published = layout.published or issue_date(line)
                layout.removed.append(f"the issue's line (its date kept): {line}")
                continue
            kept.append(line)
        if index == chosen and len(kept) == 2 and _translated(kept[1], kept[0]):
            layout.removed.append(f"the headline's translation: {kept[1]}")   # (a bilingual release: 'Boil Water
            kept = kept[:1]                                                   #  Advisory …' / 'Avis d'ébullition …')
        if index == chosen and len(kept) >= 3 and len(kept[0].split()) <= 3 and len(kept[0]) < 0.5 * len(kept[1]) and \
                not kept[1][:1].islower() and not kept[0].endswith(":") and \
                not SENTENCE_END.search(kept[0]) and kept[0].split()[-1].lower() not in LINKING_WORDS:
            layout.removed.append(f"the kicker over the headline: {kept[0]}")   # (a wrapped line fills its width first:
            kept = kept[1:]   # one much shorter than the next was set apart, 'Disentis/Mustér' / 'Gemeindepräsident …')
        if index == chosen and kept:
            headline = " ".join(line.strip() for line in kept)
            kept = [headline]   # (a headline wrapped over lines: one)
        elif headline and index == head_end - 1 and len(kept) == 1 and len(kept[0].split()) <= 5 and \
                not SENTENCE_END.search(kept[0]) and not kept[0].isupper() and not FIELD.match(kept[0]) and \
                not P.BYLINE_START.match(kept[0]) and not find_date(kept[0]) and not _person(kept[0]):
            kept = [f"## {kept[0]}"]   # (the heading right above the first paragraph: 'Abstract', 'Résumé', 'Resumen')
        kept_lines += kept + [""]
    layout.headline = headline
    layout.pages[0] = _without_other_stories(kept_lines, layout) if headline else kept_lines


def _without_other_stories(lines: list[str], layout: Layout) -> list[str]:
    """A newspaper's page holds other stories after the article: from the first other headline (two or three short
    lines over a byline or a paragraph, or a short line over a byline) to the page's end, none of them is the article."""
    width = modal_width(lines) or 60
    blocks, seen_prose = _blocks(lines), False
    for index, block in enumerate(blocks):
        if seen_prose:
            heads = 0
            while heads < min(3, len(block)) and _short_head(block[heads], width):
                heads += 1
            rest = block[heads:] or (blocks[index + 1] if index + 1 < len(blocks) else [])
            byline = bool(rest) and bool(P.BYLINE_START.match(rest[0]))
            if heads and rest and (byline or layout.folio and heads >= 2 and len(rest[0]) >= 0.6 * width and
                                   not SENTENCE_END.search(block[heads - 1])):   # (on a newspaper's page: no byline needed)
                cut = [line for later in blocks[index:] for line in later]
                layout.removed += [f"another story on the same page: {line}" for line in cut]
                return [line for kept in blocks[:index] for line in kept + [""]]
        seen_prose = seen_prose or _prose(block, width)
    return lines


def _short_head(line: str, width: int) -> bool:
    return len(line.split()) <= 6 and len(line) < 0.6 * width and not SENTENCE_END.search(line) and not FIELD.match(line) \
        and not P.BYLINE_START.match(line) and not line.startswith("#")


LEGAL_FORMS = {"e.v.": "e.V.", "ev": "e.V.", "gmbh": "GmbH", "ggmbh": "gGmbH", "ltd": "Ltd", "inc": "Inc.", "s.a.": "S.A.",
               "asbl": "asbl", "a.s.b.l.": "a.s.b.l.", "plc": "plc", "llp": "LLP", "gemeinnützig": "gemeinnützig"}


def issuer_name(letterhead: str, text: str = "") -> str:
    """A letterhead in capitals as its organisation writes its name: as the text writes it ('Syndicat mixte du
    Bas-Adour landais'), else words capitalised, a legal form as the law writes it ('NATURSCHUTZRING ODENWALD E.V.' →
    'Naturschutzring Odenwald e.V.')."""
    name = outlet_name(letterhead)
    written = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.I) if _capitals(letterhead) else None
    if written and not written.group(0).isupper():
        return written.group(0)
    form = LETTERHEAD_FORM.search(letterhead)
    if form:
        written = LEGAL_FORMS.get(re.sub(r"\s", "", form.group(0)).lower(), form.group(0))
        name = re.sub(r"\s*" + r"\s?".join(map(re.escape, re.sub(r"\s", "", form.group(0)).rstrip("."))) + r"\.?(?=\W|$)",
                      " " + written, name, flags=re.I).strip()
    return name


def _signature(line: str) -> str | None:
    """A byline in capitals under a newspaper's headline, a place beside it or not: 'MARÍA LÓPEZ | CAZORLA', 'By
    BRONWYN TAIT'. (A ruling's label beside its judge, 'JUDGMENT   HARDWICK J.', is none.)"""
    parts = [part.strip() for part in re.split(r"\s*[|/·•]\s*|\s+[–—-]\s+", P.BYLINE_START.sub("", line)) if part.strip()]
    if not 1 <= len(parts) <= 2 or not _capitals(line) or P.NEWSROOM.match(parts[0]) or label_kind(parts[0].split()[0]):
        return None
    name = " ".join(word.capitalize() if not word.lower() in ("de", "del", "la", "van", "von", "di", "da", "le") else word.lower()
                    for word in parts[0].split())
    return name if name_like(name) and not P.ORGANISATION_WORDS.search(name) else None


def _person(line: str) -> bool:
    """A person's name, with a role after a comma or not ('Dr. Ann Lowe, head of water')."""
    return name_like(strip_honorific(line.split(",")[0].strip()))


# An official gazette's name heading its page: 'BOLETÍN OFICIAL DE LA PROVINCIA DE ZAMORA', 'Amtsblatt für …'.
GAZETTE = re.compile(r"^(?:bolet[íi]n oficial|di[áa]rio oficial|journal officiel|bulletin officiel|recueil des actes administratifs|"
                     r"amtsblatt|gesetz- und verordnungsblatt|staatsanzeiger|gazzetta ufficiale|bollettino ufficiale|"
                     r"official gazette|the (?:london |edinburgh |belfast )?gazette$|government gazette|"
                     r"di[áa]rio da rep[úu]blica|boletim oficial|boletim municipal)\b", re.I)


def _chosen_headline(blocks: list[list[str]], head_end: int, declared: str | None = None) -> int | None:
    """The head's block that reads as the headline; of several, the one whose words the metadata's title mostly
    repeats (a browser's print: the page's <title>, however it rewords the headline), then the one sharing most words
    with the text below (a kicker or a document's label shares fewer), then the longer."""
    cleaned = [[line for line in block if not (_presenters(line) or _names_line(line) or is_issue_line(line))]
               for block in blocks[:head_end]]
    body = _content_words(" ".join(line for block in blocks[head_end:] for line in block))
    title = _content_words(declared or "")

    def repeated(lines: list[str]) -> bool:   # (most of the block's words in the metadata's title: the headline it rewords)
        words = _content_words(" ".join(lines))
        return bool(words) and len(words & title) >= 0.6 * len(words)

    def short_and_declared(lines: list[str]) -> bool:   # (a headline of two or three words the metadata's title gives
        #                      too: 'Rural Transport Services', in '… – Written Answers – Rural Transport Services')
        return len(lines) == 1 and 2 <= len(lines[0].split()) <= 3 and repeated(lines) and not _capitals(lines[0]) and \
            not find_date(lines[0]) and not _field(lines[0]) and not re.search(r"[.;:]$", lines[0])

    chosen = {i for i, lines in enumerate(cleaned) if i and lines and _headline_block(lines, i, blocks)}
    chosen = chosen or {i for i, lines in enumerate(cleaned) if i and lines and short_and_declared(lines)}
    # (the short one only when no other reads as the headline: a report's name over its headline is no headline)
    if cleaned and cleaned[0] and _headline_block(cleaned[0], 0, blocks, bool(chosen)):
        chosen.add(0)   # (the first block, when another reads as the headline too, is the issuer's letterhead)
    found = [(repeated(cleaned[i]), len(_content_words(" ".join(cleaned[i])) & body), len(" ".join(cleaned[i]).split()), -i, i)
             for i in sorted(chosen)]
    if not found:
        return None
    best = max(found)
    above = next((entry for entry in found if entry[-1] == best[-1] - 1), None)
    if above is not None and not best[0] and 6 <= above[2] < best[2] and above[1] >= max(3, best[1] / 3) and \
            not re.match(r"(?:[A-ZÀ-Þ'’]{2,}\s)+[A-ZÀ-Þ]?[a-zà-ÿ]", " ".join(blocks[above[-1]])):
        return above[-1]   # (a headline over its longer subheading, both set apart, both of the text's words: the
        #                    headline comes first; a kicker over the headline has fewer than six words or opens on its label in
        #                    capitals, 'IL CASO Da gennaio …'; a date line has few of the text's words)
    return best[-1]


def _translated(line: str, above: str) -> bool:
    """A line that says the one above it again in another language: each a headline of its own, four words or more,
    their small words plainly of two languages."""
    if len(line.split()) < 4 or len(above.split()) < 4 or not line[:1].isupper() or re.search(r"[,:;–—-]$", above.strip()):
        return False
    first, second = tongue(above), tongue(line)
    return bool(first and second and first != second)


SUBJECT_OR_CITATION = re.compile(r"^(?:oggetto|objet|betreff|betrifft|subject|re|asunto|assunto|citation|zitiervorschlag|"
                                 r"contacts?|kontakt|contacto|contatto|pressekontakt|medienkontakt)\b", re.I)


def _field(line: str) -> bool:
    """A labelled field ('Diffusion : immédiate', 'Date du rapport : 3 mars 2026'), not a headline whose first words
    are set before a colon ('Satellitengestützter Anflug: Flugplatz Bitburg künftig auch bei schlechtem')."""
    found = FIELD.match(line)
    rest = line[found.end():].split() if found else []
    return bool(found) and not (len(rest) >= 5 and rest[0][:1].isupper() and len(found.group().rstrip(": ").split()) == 2
                                and not SUBJECT_OR_CITATION.match(line) and not P.CREDIT.search(line))


def _content_words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"[^\W\d_]{4,}", text)}


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _dated(line: str, block: list[str]) -> bool:
    """A line with a date in it ('Lucca, 12 marzo 2025', 'Vollsperrung vom 9. bis 27. März 2026'), not the end of a
    wrapped headline that names a day, running on in small letters ('e Piazza al Serchio dal 24 marzo al 6 aprile 2025')."""
    return find_date(line) is not None and not (line is not block[0] and line[:1].islower() and
                                                not P.PUBLISHED_WORDS.search(line))   # ('publiée dans le JO du …': dated)


def _headline_block(block: list[str], index: int, blocks: list[list[str]], later: bool = False) -> bool:
    """A block that reads as the printed headline (`later`: another block of the head reads as one too)."""
    text = " ".join(block)
    if not 1 <= len(block) <= 3 or not 3 <= len(text.split()) <= 30 or any(_capitals(line) or line.startswith("#")
                                                                               for line in block):
        return False
    if re.search(r"[.;]$", text) and not text.endswith("..."):
        return False
    if STATUS.match(text):
        return False   # (the paper's status: 'DRAFT – subject to approval at the next meeting', 'Entwurf')
    if any(is_menu(Unit(line, 0)) or re.search(r"\s[>›»]\s", line) for line in block):
        return False   # (a site's menu or its trail, printed from the page)
    if SECTION_NUMBER.match(block[0]) or any(
            (byline := P.BYLINE_START.match(line)) and name_like(line[byline.end():].split(",")[0].strip()) or _dated(line, block) or
            is_issue_line(line) or P.CREDIT.search(line) or _field(line) or EMAIL.search(line) or
            ("," in line or P.HONORIFIC.match(line)) and _person(line) for line in block):
        return False   # (a numbered section, which opens its block; a byline, a date, a name with its role or its e-mail)
    if index == 0 and len(blocks) > 1 and (P.ORGANISATION_WORDS.search(text) or LETTERHEAD_FORM.search(text) or
                                           len(text.split()) <= 3 or _capitals(text) or later):
        return False   # (the page's first block, an organisation's name, a masthead, a label: its issuer's letterhead)
    return len(block) >= 2 or len(text.split()) >= 4
