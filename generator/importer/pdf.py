"""A PDF → a Clipping, with pypdf.

Running headers and footers (a line at the top or bottom of every page, or of every page
after the first, digits aside), page numbers and case numbers are removed; the text is read
by the pasted-text reader, which joins a title wrapped over two lines and the lines of each
paragraph. Each page's start gets an anchor (`{#page-3}`, which markup/extensions.py makes
an element id) so that a citation `[@id, p. 3]` links to it. The title, author and date of the PDF's metadata are used when
they look real ("Microsoft Word - draft2.docx" and "user" do not). A PDF without text (a
scan) is refused with a hint to run OCR first.
"""
from __future__ import annotations

import io
import logging
import re
from urllib.parse import urlsplit

from ..matcher import fold
from . import phrases as P
from .clipping import Clipping
from .store import ClippingError
from .lines import PAGE_NUMBER, is_section, name_like, outlet_like, outlet_name, strip_honorific
from .known import KnownOutlets
from .kinds import kind_of_paper, label_kind
from .magazine import photographer_credits, running_folio
from .memo import settle_memo
from .mastheads import spells
from .official import covering_letter, letter_date, letter_parts
from .pdflayout import BOX_LINE, GAZETTE, Layout, arrange, is_letterhead, issuer_name
from .prompts import CHANNEL, EMAIL
from .text import TextReader, ask_unknown
from .sources import page_address
from .vet import ISSUE_LINE, PAPER_LABEL, keep_provisional, provisional_kept
from .when import find_date

JUNK_TITLE = re.compile(r"^(microsoft (word|powerpoint|excel)\b|untitled|document\d*$|draft|new document|"
                        r"(présentation|presentación|presentazione|präsentation) (de |di |von )?powerpoint|powerpoint presentation|"
                        r"(diapositiva|folie|slide|diapositive) \d+$|(documento|dokument)\s?\d*$|sans titre|ohne titel|sin título|"
                        r"senza titolo|documento di microsoft word|documento de microsoft word|brouillon|entwurf|borrador|bozza)|\.(docx?|odt|rtf|pages|"
                        r"pptx?|xlsx?|indd|tex|txt|pdf)$|^[\w-]+_v?\d+$|^[\w.-]+$", re.I)
JUNK_AUTHOR = re.compile(r"^(user|admin|administrator|owner|author|unknown|default|windows user|utilisateur|benutzer|usuario|"
                         r"utente|[a-z]{1,12}\d*|[a-z]+\.[a-z]+)$")
HEADER_PARTS = re.compile(r"\s*[:|•·]\s+|\s+[–—-]\s+")   # "Society: survey 2024", "Report | Society"
EDGE = 3   # lines at the top and bottom of a page where running headers and footers are looked for
# A browser's or a phone's print of a web page names the browser as the PDF's maker.
BROWSER_CREATOR = re.compile(r"(?:mozilla|safari|firefox|chrome|chromium|microsoft edge|opera)\b", re.I)
# What a browser prints over and under each page of a web page, a one-page print's too: the date and time beside the
# page's title ('05.12.26, 08:14     Headline | Site', '12/5/26, 8:14 AM   …'), and the address beside the page's
# number ('https://… 1/2', '… 1 von 2', '… Page 1 of 2').
BROWSER_HEADER = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s+\S")
BROWSER_FOOTER = re.compile(r"^(?:https?|file)://\S+\s+(?:\d+\s?/\s?\d+|(?:page |seite |página |pagina )?\d+ "
                            r"(?:von|of|de|di|sur|sobre) \d+)$", re.I)


def _pages(data: bytes) -> tuple[list[list[str]], dict, list[str]]:
    """The pages' lines, their spaces as a reader reads them; the metadata; and the last page's lines as laid out (two
    signatures side by side keep the gap between them)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)   # (what it cannot read is said once, below)
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [_page_text(page).replace("\r", "").split("\n") for page in reader.pages]
        info = reader.metadata or {}
        meta = {key.lstrip("/"): _dashes(str(value)) for key, value in info.items() if value is not None}
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ClippingError(f"the PDF cannot be read ({exc}); is the file complete?") from None
    return [[" ".join(line.split()) for line in page] for page in pages], meta, pages[-1] if pages else []


def _dashes(value: str) -> str:
    """A metadata string its producer wrote in Windows-1252 where PDFDocEncoding is read: its dashes between words come
    out as 'Œ' and 'Š' ('Escola … fecha portas Œ Crónica Madeirense'), which stand alone in no language's text."""
    return value.replace(" Œ ", " – ").replace(" Š ", " — ")


def _page_text(page) -> str:
    """The page's text with its blank lines (the layout mode keeps the gaps between paragraphs)."""
    try:
        return page.extract_text(extraction_mode="layout") or ""
    except Exception:   # (pypdf's layout mode fails on some fonts: the plain mode then)
        return page.extract_text() or ""


def _key(line: str) -> str:
    """A line with its digits as '#' and the numbers at either end aside: the same running head on a left and a right
    page, its page number before or after it ('12   Gemeindebote · März 2025' and 'Gemeindebote · März 2025   13')."""
    key = " ".join(re.sub(r"\d+", "#", line.lower()).split())
    return key if not re.search(r"[^\W\d_]", key) else re.sub(r"^(?:#\s?[|·•–—]?\s?)+(?=\S)|(?<=\S)(?:\s?[|·•–—]?\s?#)+$", "", key)   # (with the issue's year: 'März 2025')


def _words(line: str) -> frozenset[str]:
    """A line's words and numbers, whatever separates them or their capitals."""
    return frozenset(re.findall(r"\w+", line.casefold()))


def _declared_headline(title: str | None) -> str | None:
    """The headline side of a browser's 'Headline | Site' title; with a hyphen, only before a site's name
    ('… en la subestación - La Voz del Valle Medio')."""
    if not title:
        return None
    if re.search(r"\s[|–—]\s", title):
        return re.split(r"\s+[|–—]\s+", title)[0]
    headline, _, site = title.rpartition(" - ")
    return headline if headline and outlet_like(site) and len(headline.split()) >= 4 else None


def _ends_with_title(line: str, title: str) -> bool:
    """A browser's print header ends with the page's title, whole or cut short ('… en la subes...')."""
    end, whole = fold(" ".join(line.split())), fold(" ".join(title.split()))
    cut = re.sub(r"\s*(?:\.\.\.|…)$", "", end)
    return end.endswith(whole) or cut != end and any(whole.startswith(cut[i:]) for i in range(len(cut) - 20)
                                                     if i == 0 or cut[i - 1] == " ")


# A folio's page number at its end: 'Diário Oficial da República, 2.ª série N.º 104 30 de maio de 2025 Pág. 412'.
FOLIO_PAGE = re.compile(r"\b(?:pág|pag|page|seite|pagina|página|p|s)\.?\s*\d{1,4}$", re.I)


def _running(pages: list[list[str]], title: str | None) -> set[str]:
    """The keys of lines that run over the pages' tops or bottoms."""
    counts: dict[str, set[int]] = {}
    for number, lines in enumerate(pages):
        filled = [line for line in lines if line]
        for line in filled[:EDGE] + filled[-EDGE:]:
            if len(line.split()) <= 14 or len(line.split()) <= 20 and FOLIO_PAGE.search(line) or \
                    title and _ends_with_title(line, title):   # (short, or a long folio closing on its page's number, or a
                #                                                 browser's header: the title)
                counts.setdefault(_key(line), set()).add(number)
    running = {_key(line) for lines in pages for line in [line for line in lines if line][:1]
               if BROWSER_HEADER.match(line) and (re.search(r"\S\s{3,}\S", line) or title and _ends_with_title(line, title))} | \
              {_key(line) for lines in pages for line in [line for line in lines if line][-1:] if BROWSER_FOOTER.match(line)}
    for key, where in counts.items():
        later = {n for n in where if n > 0}
        if len(pages) >= 2 and (len(where) >= max(2, 0.6 * len(pages)) or len(later) == len(pages) - 1 >= 2):
            running.add(key)
    first = next((line for line in pages[0] if line), "") if pages else ""
    letterhead = first.lower().rstrip(" .:") if 1 <= len(first.split()) <= 8 else None
    cover = [_words(line) for line in (line for line in pages[0] if line)][:EDGE + 1] if pages else []
    cover_words = frozenset().union(*cover)
    for lines in pages[1:]:   # a short title, the letterhead or a cover line of the first page, over each page after it
        filled = [line for line in lines if line]
        for line in filled[:EDGE]:
            parts = [part.lower().strip(" .") for part in HEADER_PARTS.split(line) if part.strip(" .")]
            if len(line.split()) <= 12 and (title and title.lower().startswith(line.lower().rstrip(" .:")) or
                                            letterhead and len(parts) >= 2 and letterhead in parts or
                                            len(_words(line)) >= 3 and (_words(line) in cover or _words(line) <= cover_words)):
                running.add(_key(line))   # (the cover's 'Letter · No. 4 · March 2026' restated 'Letter no. 4 – March 2026',
                #                            or its lines 'Official Record' / 'Written Answers' / '12 May 2026' on one)
    return running


def _titled(pages: list[list[str]], title: str | None) -> str | None:
    """The key of the document's own title where the first page prints it under its letterhead and later pages
    repeat it as their header: the first page's is the title, the others running heads."""
    filled = [line for line in pages[0] if line] if pages and title and len(title.split()) >= 4 else []
    return next((_key(line) for line in filled[1:EDGE + 1] if fold(" ".join(line.split())) == fold(" ".join(title.split()))),
                None)


def _read(pages: list[list[str]], running: set[str], known: KnownOutlets | None = None, title: str | None = None):
    """The pages' text without the running lines (the first page's own title kept), read: (reader, clipping, lines
    removed, the pages as kept, the parts of the removed lines)."""
    removed, kept_pages, footer_names = [], [], []
    titled = _titled(pages, title)
    for number, lines in enumerate(pages):
        kept = []
        for line in lines:
            if line and (_key(line) in running and not (number == 0 and _key(line) == titled) or PAGE_NUMBER.match(line)):
                removed.append(line)
                footer_names += [part.strip() for part in re.split(P.SEPARATORS, line)]
                continue
            kept.append(line)
        kept_pages.append(kept)
    if _is_deck(kept_pages):
        kept_pages, closing = _slides(kept_pages)
        removed += closing
        layout = Layout(pages=kept_pages)
    else:
        layout = arrange(kept_pages, title)   # (columns joined, boxes and the head's issue, presenter and affiliation lines out)
        kept_pages = layout.pages
    reader = TextReader("\n".join("\n".join(lines) + "\n" for lines in kept_pages), paged=True, known=known)
    reader.layout = layout
    return reader, reader.read(), removed, kept_pages, footer_names


BULLET_LINE = re.compile(r"^\s*(?:[•▪◦‣●■□➤►✓✔–-]|\d{1,2}[.)])\s+\S")


def _is_deck(pages: list[list[str]]) -> bool:
    """Slides exported to PDF: three pages or more after the first, each of a few short lines, most pages
    made of bullet points under one line (the slide's title)."""
    later = [[line for line in lines if line] for lines in pages[1:]]
    if len(later) < 3 or any(len(lines) > 14 or any(len(line.split()) > 25 for line in lines) for lines in later):
        return False
    bulleted = [lines for lines in later if len(lines) >= 2 and not BULLET_LINE.match(lines[0]) and
                sum(bool(BULLET_LINE.match(line)) for line in lines[1:]) >= (len(lines) - 1) / 2]
    return len(bulleted) >= max(3, 0.6 * len(later))


def _slides(pages: list[list[str]]) -> tuple[list[list[str]], list[str]]:
    """A deck's pages as text: each slide's title a subheading over its bullets (one list, one paragraph);
    the title slide as it is (the head); a last slide without bullets (thanks, a contact) left out."""
    kept, closing = [_joined_wraps(pages[0])], []
    for number, lines in enumerate(pages[1:], start=2):
        filled = [line for line in lines if line]
        bullets = [line for line in filled[1:] if BULLET_LINE.match(line)]
        if number == len(pages) and not bullets:
            closing += filled   # (its closing slide: not the deck's content)
            kept.append([])
            continue
        text = [f"## {filled[0]}", ""] if filled and not BULLET_LINE.match(filled[0]) else []
        items = [f"- {BULLET_LINE.sub(lambda m: m.group(0)[-1], line).strip()}" if BULLET_LINE.match(line) else line
                 for line in filled[len(text) and 1:]]
        kept.append(text + items + [""])
    return kept, closing


def _joined_wraps(lines: list[str]) -> list[str]:
    """A title slide's lines, a title wrapped over two joined: a line ending in a colon or a comma, or one the next
    line continues in lower case."""
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1] and line and (joined[-1].endswith((":", ",")) or line[:1].islower()):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return joined


def _title_slide(clip: Clipping, lines: list[str]) -> None:
    """A deck's title slide names its issuer first and its title next: read as a masthead over a standfirst,
    the title is the title and the issuer the outlet."""
    filled = [line for line in lines if line]
    if len(filled) >= 2 and clip.title == filled[0] and clip.body and filled[1] in clip.body[:2]:
        clip.body.remove(filled[1])
        clip.decide("title", filled[1], "a slide deck's title slide: its title under its issuer's name")
        if not clip.outlet:
            clip.decide("outlet", outlet_name(filled[0]), "a slide deck's title slide: its issuer, first")


def read_pdf(data: bytes, known: KnownOutlets | None = None) -> Clipping:
    pages, meta, last_laid_out = _pages(data)
    text_chars = sum(len("".join(lines).replace(" ", "")) for lines in pages)
    if text_chars < 20 * len(pages):
        raise ClippingError("the PDF has no text layer (a scanned document?): run OCR on it first, for example "
                            "`ocrmypdf in.pdf out.pdf`, then import the new file")
    cover = pages[0] if covering_letter(pages) else None   # (a letter to newsrooms over the release it encloses:
    pages = pages[1:] if cover else pages                   #  the release is the clipping)
    title = meta.get("Title", "").strip()
    title = title if title and not JUNK_TITLE.search(title) else None
    running = _running(pages, title)
    reader, clip, removed, kept_pages, footer_names = _read(pages, running, known, title)
    if not title and clip.title and (more := _running(pages, clip.title) - running):
        running |= more   # (a short form of the headline at the top of each later page)
        reader, clip, removed, kept_pages, footer_names = _read(pages, running, known)
    clip.input_kind = "pdf"
    deck = _is_deck(kept_pages[:1] + [[line for line in lines if line] for lines in pages[1:]])
    if deck:
        _title_slide(clip, _joined_wraps(kept_pages[0]))
    provisional = provisional_kept(clip)   # (opening words, marked as such)
    clip.review = []
    clip.removed += [f"running header, footer or page number: {line}" for line in dict.fromkeys(removed)]
    layout = reader.layout
    clip.removed += layout.removed
    declared = _declared_headline(title)
    other = layout.headline and fold(declared or "") != fold(layout.headline) and len((declared or "").split()) >= 4
    cut = not layout.headline and clip.title and len(declared or "") > len(clip.title) and \
        fold(declared or "").startswith(fold(clip.title))   # (the headline read, cut where its line wrapped: 'Euro teurer')
    missed = not layout.headline and len((declared or "").split()) >= 4 and fold(declared or "") != fold(clip.title or "")
    # (the head read another line as the headline, a tagline under the masthead, and the title names a printed block)
    if declared and (other or cut or missed) and not label_kind(declared.upper()) and \
            any(_prints_headline(block, declared) for block in _blocks_of(kept_pages[0])):   # (not the document's label,
        #                                            'Rapport d'information n° 47 – Transport scolaire …': its kind, no headline)
        layout.headline = declared   # (a browser's print: its title 'Headline | Site' names which printed block is the headline)
    site = title[len(declared):].strip(" |–—-") if declared and title.startswith(declared) else ""
    extra = fold(clip.outlet or "").replace(fold(site), "", 1).strip() if site else ""
    if site and clip.outlet and fold(site) != fold(clip.outlet) and f" {fold(site)} " in f" {fold(clip.outlet)} " and \
            not (len(extra.split()) == 1 and P.ORGANISATION_WORDS.fullmatch(extra)):   # (not the name in full, the
        #                                      masthead's 'Carrick Coast Housing Association' over the tab's '… Housing')
        clip.decide("outlet", site, f"the site the printed page's title names (the masthead's line reads “{clip.outlet}”)")
    agreed = bool(title and clip.title) and fold(" ".join(title.split())) == fold(clip.title)
    subject, signatories = letter_parts(pages[0], last_laid_out, name_like)
    signatories = [strip_honorific(name) for name in signatories]   # ('Prof.ssa Gabriella Locatelli')
    if signatories and clip.authors != signatories:   # (a letter is signed: its signatory over a line the head read as a byline)
        clip.decide("authors", signatories, "the letter's signatory, under its closing" if len(signatories) == 1 else
                    "the letter's signatories, side by side under its closing")
    if subject:
        clip.body = [block for block in clip.body if subject not in block]
        clip.decide("title", subject, "the letter's subject line")
        if (dated := letter_date(pages[0])) and clip.published != dated:
            clip.decide("published", dated, "the letter's place and date, over its salutation")
    elif (layout.headline or layout.paper_title) and not agreed and \
            not (clip.title and not clip.title.endswith("…") and _reference(layout.headline or layout.paper_title)):
        printed_title(clip, layout.headline or layout.paper_title, title)   # (the metadata's title and the headline read
        #                                  from the text agree: two sources, nothing to overrule; nor does a bulletin's
        #                                  masthead row or a paper's number overrule the headline the text reader found)
    elif title and clip.title and not clip.title.endswith("…") and fold(title) != fold(clip.title) and clip.kind != "court-record" and \
            any(fold(title) in fold(line) or _words(title) <= _words(line) for line in removed):
        clip.decisions.append(f"title: not the metadata's “{title}”, which runs over the pages as the series' name")
    elif title and clip.title and fold(clip.title) == fold(declared or ""):
        clip.decisions.append(f"title: the printed headline; the metadata's “{title}” adds the site's name")
    elif title and clip.title and not clip.title.endswith("…") and len(clip.title) > len(title) and \
            fold(clip.title).startswith(fold(title)):
        clip.decisions.append(f"title: the printed headline, which the metadata's “{title}” shortens")
    elif title and clip.title and not clip.title.endswith("…") and clip.kind != "court-record" and \
            not clip.title.isupper() and not _printed(title, pages):
        clip.decisions.append(f"title: the printed headline; the metadata's “{title}” is printed nowhere")
    elif title and clip.title and not clip.title.endswith("…") and \
            label_kind(re.split(r"\s+[-–—:|]\s+|\s*:\s+", title)[0].upper()):
        clip.decisions.append(f"title: the printed headline; the metadata's “{title}” is the document's label and "
                              "subject, a file's name")
    elif title and clip.title and not clip.title.endswith("…") and _reference(title):
        clip.decisions.append(f"title: the printed headline; the metadata's “{title}” is the paper's label and number")
    elif title:
        clip.decide("title", " ".join(title.split()), "the PDF's metadata")
    author, from_metadata = meta.get("Author", "").strip(), False   # (from_metadata: the authors are the metadata's)
    printed = {fold(name) for name in clip.authors}
    named = [strip_honorific(name.strip()) for name in re.split(r"\s*(?:;|,| and | und | et )\s*", author) if name.strip()]
    if printed and all(fold(name) in printed for name in named):
        pass   # (the printed byline names the metadata's author and more)
    elif author and not JUNK_AUTHOR.fullmatch(author.lower()) and (name_like(strip_honorific(author)) or ";" in author) and \
            not any(fold(author) in fold(body) or fold(body) in fold(author) for body in (clip.outlet, layout.issuer) if body) and \
            not P.NEWSROOM.match(author) and all(_signs(name, pages) for name in named) and \
            not _department(author, pages[0]):
        # (the issuer, its press office or its clerk is no author; nor its press contact)
        clip.decide("authors", named, "the PDF's metadata")
        from_metadata = True
    for credit in layout.credits:
        if credit not in clip.credits:
            clip.decide("credits", clip.credits + [credit], "a picture's caption, its credit after a bar")
    if layout.authors and not clip.authors:
        clip.decide("authors", layout.authors, "the document's presenters or authors, printed under its title")
    if layout.published and not clip.published:
        clip.decide("published", layout.published, "the issue's line")
    if layout.document_date and clip.published != layout.document_date:
        clip.decide("published", layout.document_date, "the date the document gives itself (not a visit's or a hearing's)")
    elif (posted := _posted(pages)) and clip.published != posted[0]:
        clip.decide("published", posted[0], f"the day the document was posted for the public (“{posted[1]}”), not its sitting's")
    if layout.kind and not clip.kind:
        clip.decide("kind", layout.kind, layout.kind_reason)
    first = next((line for line in pages[0] if line), "")
    if not layout.issuer and _key(first) in running and is_letterhead(first):
        layout.issuer = first   # (the letterhead, restated at the foot of the last page as the sender's name)
    lines = [line.strip() for line in pages[0] if line.strip()]
    under = len(lines) >= 2 and fold(lines[0]) == fold(layout.issuer or "") and fold(clip.outlet or "") in fold(lines[1])
    if layout.issuer and (not clip.outlet or layout.folio or fold(clip.outlet) == fold(outlet_name(layout.issuer)) or
                          BOX_LINE.search(clip.outlet) or re.search(r"\d{4}", clip.outlet) or under):
        # (a contact line is no outlet, nor what the letterhead's second line says it does: 'Prévention des inondations')
        clip.decide("outlet", issuer_name(layout.issuer, clip.text), "the letterhead, first on the first page")
        if layout.folio and clip.reproduced_by:   # (a printed page's folio, its name beside its day, credits no original:
            clip.decisions.append(f"syndicated: none — “{first}” is the page's own folio, no credit of an original")
            clip.reproduced_by = None   # the line read over it, 'CASTELO BRANCO', is the story's place, no reproducer)
    if clip.outlet and len(lines) >= 2 and author and fold(author) == fold(f"{lines[0]} {lines[1]}") and \
            fold(outlet_name(lines[0])) == fold(clip.outlet):   # ('COWLITZ RIDGE COUNTY' / 'Department of Emergency
        clip.decide("outlet", author, "the letterhead's two lines, as the PDF's metadata name its author")   # Management')
    real = bool(title) or bool(author and not JUNK_AUTHOR.fullmatch(author.lower()))
    if not clip.published and reader.updated:   # ('Stand: Oktober 2025' on a report: the date of its version)
        clip.decide("published", reader.updated, "the date the document gives its version, the only date it gives")
    address = _printed_address(removed)
    if not clip.published and real and not address:   # (the date a PDF was made, only when its other metadata are real;
        #                                                 a browser's print was made the day it was printed)
        created = re.match(r"D:(\d{4})(\d{2})(\d{2})", meta.get("CreationDate", ""))
        if created and 1990 <= int(created.group(1)) <= 2100:
            clip.decide("published", "-".join(created.groups()), "the date the PDF was made (its metadata)")
    if not clip.outlet:
        name = next((part for part in footer_names if len(part) > 2 and not P.STAMP.match(part) and not is_section(part) and (
                     outlet_like(part) and not re.search(r"\d", part) and not name_like(part) and
                     not (part.isalpha() and part[1:].islower()) or
                     part and re.match(r"(the|la|le|der|die|el|il)\s", part, re.I) and outlet_like(part))), None)
        first_lines = [line.strip() for line in pages[0] if line.strip()]
        if name and re.fullmatch(r"[A-ZÀ-Þ]{2,8}", name) and name in first_lines[:-1] and \
                spells(name, spelt := first_lines[first_lines.index(name) + 1]):
            name = spelt   # ('AFLC' over each page, spelt out under it on the first: 'Associação Florestal da Lezíria e Charneca')
        elif name and re.fullmatch(r"[A-ZÀ-Þ]{2,8}", name) and \
                (spelt := next((line for line in first_lines[:2] if spells(name, line)), None)):
            name = spelt   # ('ALN' in the footer, the name in full heading the first page: 'Agência Lusitana de Notícias')
        whole = next((line.strip() for line in removed if name and not re.search(r"\d", line) and
                      len(parts := [part.strip() for part in re.split(P.SEPARATORS, line.strip())]) == 2 and
                      name in parts and 3 <= len(parts[1].split()) <= 10 and P.ORGANISATION_WORDS.search(parts[1])),
                     None)   # ('SolAlentejo – Cooperativa de Energias Renováveis, CRL': the name and what it is, whole)
        name = whole or name
        if name and not P.COURT.search(name) and not P.NO_PUBLISHER.match(name) and clip.kind != "court-record":
            # (a ruling's running header names its court or the court's town: a court record has no outlet)
            clip.decide("outlet", outlet_name(name, whole=bool(whole)), f"the running header or footer “{name}”")
    if not clip.url and address:
        clip.decide("url", address, "the page's address a browser printed over each page")
    at = next((i for i, line in enumerate(removed[:6]) if GAZETTE.match(line.strip()) and len(line.split()) <= 20), None)
    if at is not None:   # (an official gazette's page: it publishes the notice, on the day its folio prints, as a document)
        gazette = removed[at].strip()
        named = re.split(r",|\s+[–—|·-]\s+|\s+(?=\d|(?:n\.?\s?[º°o]|nr|no|núm|num|série|serie|ausgabe|teil|parte|vol)\b\.?)",
                         gazette, maxsplit=1, flags=re.I)[0]   # (its name, not its series, number, day and page:
        #                                              'Diário Oficial da República, 2.ª série N.º 104 30 de maio de 2025 Pág. 412')
        clip.decide("outlet", issuer_name(named), "the official gazette that publishes the notice, over its pages")
        if not clip.kind:
            clip.decide("kind", "document", f"a notice in an official gazette (“{gazette}”)")
        if (issued := next((found for line in removed[at:at + 3] if (found := find_date(line))), None)):
            clip.decide("published", issued.value, "the gazette's issue that publishes it (its folio)")
    folio = running_folio(removed)
    shared = folio and clip.outlet and ({w for w in fold(folio[0]).split() if len(w) >= 4} & set(fold(clip.outlet).split()) or
                                        folio[0].isupper() and spells(folio[0], clip.outlet))
    # (the masthead's name shortened in the folio: 'VS Altmelon' under 'Volksschule Altmelon', 'IDPH' under
    #  'Intercommunale de développement du Plateau de Herve')
    if folio and not shared and (not layout.issuer or P.SECTION_OPENER.match(layout.issuer)) and \
            (not clip.outlet or clip.outlet.isupper() or fold(clip.outlet) not in fold(" ".join(removed))):
        clip.decide("outlet", folio[0], "the periodical's name in the folio over its pages")
        if not clip.published and folio[1]:
            clip.decide("published", folio[1], "the issue's date in the folio over its pages")
    if from_metadata and clip.kind in ("press-release", "statement") and clip.authors:
        clip.decisions.append(f"authors: none — a release is its issuer's; the PDF's metadata name who made the file "
                              f"({', '.join(clip.authors)}), no writer it prints")
        clip.authors = []
    if clip.outlet and from_metadata and \
            any(fold(name) in fold(clip.outlet) or fold(clip.outlet) in fold(name) for name in clip.authors):
        clip.authors = []
        clip.decisions.append(f"authors: none — the PDF's metadata name the issuer ({clip.outlet}) or its office, no writer")
    if not address and not BROWSER_CREATOR.match(meta.get("Creator", "")) and not (subject or signatories):   # (nor a letter)
        kind_of_paper(clip, [meta.get("Title", ""), clip.title or "", *[line for line in pages[0] if line.strip()][:6]],
                      deck)
    settle_memo(clip, pages[0])
    if layout.continued_elsewhere and clip.access == "full":   # (a front page's lead story, its rest on a page not clipped)
        clip.decide("access", "partial", f"the text goes on on a page the PDF does not hold (“{layout.continued_elsewhere}”)")
        clip.access_note = clip.access_note or "the opening only; the rest is on another page of the printed paper"
    photographer_credits(clip)
    if cover:
        clip.removed += [f"the covering letter on the first page: {line}" for line in cover if line.strip()]
    _anchor_pages(clip, [[]] + kept_pages if cover else kept_pages)
    ask_unknown(clip)
    keep_provisional(clip, provisional)
    return clip


# A contact's label on its line ('Media contact: Rebecca Tan, …'); its e-mail address and phone number are prompts.py's.
_CONTACT = re.compile(r"\b(?:contacts?|kontakt|rückfragen?\w*|contacto|contatt[oi]|enquiries|renseignements)\b", re.I)


# What a body's unit calls itself beside its name in a letterhead: 'Information Governance Team', 'Service urbanisme'.
_UNIT = re.compile(r"\b(?:team|unit|office|services?|department|division|directorate|abteilung|referat|dienst|amt|équipe|"
                   r"direction|servicio|departamento|ufficio|settore|servizio|serviço|gabinete)\b", re.I)


def _department(author: str, first_page: list[str]) -> bool:
    """The metadata's author is a unit the letterhead names ('Corporate Services | Information Governance Team'): the
    body's office, no writer."""
    head = [line for line in first_page if line.strip()][:6]
    return any(fold(author) in fold(line) and fold(author) != fold(line.strip()) and _UNIT.search(line) for line in head)


def _signs(name: str, pages: list[list[str]]) -> bool:
    """The metadata's author may be the writer: a name, not an organisation's initials ('ASPV Nive-Nivelle'), and not one
    the document prints only as its press contact ('Media contact: Rebecca Tan, …')."""
    first = name.split()[0]
    if len(first) >= 3 and first.isupper() and not name.isupper():
        return False
    lines = [" ".join(line.split()) for page in pages for line in page]
    where = [i for i, line in enumerate(lines) if fold(name) in fold(line)]
    def gives_contact(line: str) -> bool:
        return bool(_CONTACT.search(line) or EMAIL.search(line) or CHANNEL.search(line))

    def contact(i: int) -> bool:   # (the line, or a short one beside a contact's label, e-mail address or phone number)
        return gives_contact(lines[i]) or len(lines[i].split()) <= 12 and not lines[i].endswith(".") and \
            any(gives_contact(line) for line in lines[max(i - 1, 0):i + 2])
    return not where or any(not contact(i) for i in where)


# An official paper's note of the day it was posted for the public: 'Affiché en mairie le 20 octobre 2025', 'Ausgehängt
# am 3. Juni 2025', 'Pubblicato all'albo pretorio il …', 'Publicado en el tablón de anuncios el …'.
POSTED = re.compile(r"^(?:affiché|publié et affiché|(?:et )?(?:publication|publiée?|mise? en ligne) le|"   # ('… et publication le
                    #                                                                     22 mars 2024', an act's foot)
                    r"ausgehängt|angeschlagen|öffentlich bekannt gemacht|pubblicat[oa] all'albo|"
                    r"affiss[oa] all'albo|publicad[oa] en el tablón|afixad[oa]|posted (?:on the|at the) (?:notice ?board|town hall))\b",
                    re.I)


def _posted(pages: list[list[str]]) -> tuple[str, str] | None:
    """The day an official paper says it was posted for the public, at its foot, and the line that says so."""
    for line in (line.strip() for lines in pages for line in lines):
        if POSTED.match(line) and len(line.split()) <= 25 and (found := find_date(line)) and len(found.value) == 10:
            return found.value, line
    return None


def _printed_address(running: list[str]) -> str | None:
    """The address a browser prints in the header or footer of each page of a web page it saved as PDF: an article's
    (a path of its own after the site's name), not a site's home page or an e-paper's."""
    for line in running:
        for found in re.findall(r"https?://[^\s<>\"]+", line):
            address = page_address(found.rstrip(".,;"))
            if address and len(urlsplit(address).path.strip("/")) >= 12:
                return address
    return None


def _printed(title: str, pages: list[list[str]]) -> bool:
    """The metadata's title agrees with what the pages print: on a line, over two lines, or its words on one line."""
    text = fold(" ".join(line for lines in pages for line in lines))
    whole = fold(" ".join(title.split()))
    return whole in text or any(_words(title) <= _words(line) or len(line.split()) >= 2 and whole.startswith(fold(line.strip()))
                                for lines in pages for line in lines)   # ('Harbour dredging' printed, '… report' declared)


def _prints_headline(block: list[str], declared: str) -> bool:
    """The block prints the declared headline, wrapped or not, under a kicker of a few words or none
    ('Sinzig' / 'Bürgerbus fährt jetzt auch abends: Ehrenamtliche' / 'verdoppeln Fahrplan')."""
    printed, headline = fold(" ".join(block)), fold(" ".join(declared.split()))
    return printed == headline or printed.endswith(" " + headline) and len(printed[:-len(headline)].split()) <= 5


def _blocks_of(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


# A paper's label and its number ('Question écrite n° 04218'), not a ruling's ('SENTENCIA N.º 233/2025', its title).
NUMBERED_LABEL = re.compile(r"^(?:[^\W\d][\w'’.-]*\s){1,5}(?:no\.?|nr\.?|n\.?\s?[°º]|n\.|núm\.?|number|numéro|numero|número)"
                            r"\s?\d[\w/.-]*(?:\s(?:of|du|de|del|vom|des)\s\d{4})?$", re.I)


def _reference(title: str) -> bool:
    """A title that is the paper's reference, not its headline: its label and number, its label alone ('Antwort der
    Landesregierung'), or a bulletin's masthead row naming its issue ('MARVÃO INFORMA | Boletim Municipal n.º 58 |
    abril de 2025')."""
    parts = [part.strip() for part in re.split(r"\s+[|·•]\s+", title)]
    return NUMBERED_LABEL.match(title) is not None and label_kind(title.split()[0]) != "court-record" or \
        PAPER_LABEL.fullmatch(" ".join(title.split())) is not None or \
        len(parts) >= 2 and any(ISSUE_LINE.match(part) or P.ISSUE_NUMBER.match(part) for part in parts)


def printed_title(clip: Clipping, printed: str, meta_title: str | None) -> None:
    """The headline printed at the head of the first page is the title (the metadata's only when it agrees);
    the paragraph the reader may have made of it goes."""
    clip.body = [block for block in clip.body if fold(block.lstrip("# ")) != fold(printed)]
    if clip.title and fold(clip.title) != fold(printed) and len(clip.title.split()) >= 8 and \
            re.search(r"[.!?…][\"”»’)]*$", clip.title) and fold(clip.title) not in fold(clip.text):
        at = next((i for i, block in enumerate(clip.body) if not block.startswith("{#")), len(clip.body))
        clip.body.insert(at, clip.title)   # (a sentence read as the headline: the text's first paragraph, kept)
    if meta_title and fold(printed) not in fold(meta_title):   # (not 'Headline | Site' around the printed headline)
        clip.decisions.append(f"title: not the metadata's “{meta_title}”, which the first page does not print as its headline")
    clip.decide("title", printed, "the headline printed at the head of the first page")


def _anchor_pages(clip: Clipping, pages: list[list[str]]) -> None:
    """`{#page-N}` where each page's text starts in the body (generator/markup/extensions.py makes it an anchor): a block of its own
    before a paragraph or heading the page starts with, inside a paragraph that runs over."""
    blocks, anchors = clip.body, {}
    start, pending = 0, ""   # (the anchors of pages whose text was all left out, a table of contents: set with the next page's)
    for number, lines in enumerate(pages, start=1):
        anchor = pending + f"{{#page-{number}}}"
        if number == 1:
            anchors.setdefault(0, []).append(anchor)
            continue
        for line in (line for line in lines if len(line) >= 3):
            whole = re.sub(r"\S*[^\W\d_]-$", "", line).rstrip()   # (a word broken at the line's end is joined in the body)
            probe = (whole if len(whole) >= 12 else line)[:40]
            found = next(((i, block.find(probe)) for i, block in enumerate(blocks[start:], start)
                          if (probe in block if len(line) >= 12 else block.lstrip("# ") == line)), None)
            if found:
                i, at = found
                if blocks[i][:at].lstrip("#").strip():
                    blocks[i] = blocks[i][:at] + anchor + blocks[i][at:]
                else:
                    anchors.setdefault(i, []).extend(re.findall(r"\{#page-\d+\}", anchor))
                start, pending = i, ""
                break
        else:
            if number == len(pages) and not any(len(line) >= 3 for line in lines):
                anchors.setdefault(len(blocks), []).extend(re.findall(r"\{#page-\d+\}", anchor))   # (a last page left out)
            elif not any(len(line) >= 3 for line in lines):
                pending = anchor
    clip.body = [part for i, block in enumerate(blocks) for part in [*anchors.get(i, []), block]] + anchors.get(len(blocks), [])
