"""A magazine's feature as its PDF gives it: the drop cap set apart from the rest of its word ('A' over 'lle cinque del
mattino'), joined back to it; pull quotes (a sentence of the text set large between its paragraphs, repeated from
it) out of the text; and a photographer credited beside the writer ('Fotografie di …', 'Photographs by …') a credit,
not an author."""
from __future__ import annotations

import re

from ..matcher import fold
from . import phrases as P

# A photographer's credit beside a byline, in any of the languages the importer reads.
PHOTOGRAPHER = re.compile(r"^(?:fotografie|fotografia|foto|fotos|photos?|photographs?|photography|pictures?|images?|bilder|"
                          r"fotografías?|illustrations?|illustrazioni|ilustraciones|dessins?)\s+(?:di|by|de|von|par|por|:)\s*\S",
                          re.I)
_QUOTES = "«»\"“”„‘’‹›'"


def joined_drop_caps(lines: list[str]) -> list[str]:
    """A lone capital letter on its line, the next line going on in lower case: one word ('A' + 'lle' → 'Alle')."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        following = next((j for j in range(index + 1, min(index + 3, len(lines))) if lines[j].strip()), None)
        if re.fullmatch(r"[A-ZÀ-Þ]", line) and following is not None and re.match(r"[a-zà-ÿ]", lines[following].strip()):
            out.append(line + lines[following].strip())
            index = following + 1
            continue
        out.append(lines[index])
        index += 1
    return out


def plain_text(text: str) -> str:
    """A text as is_pull_quote compares it: folded, its quotation marks and edge punctuation dropped."""
    return " ".join(fold(text.strip(_QUOTES + " .,;:")).split())


def pull_quotes(pages: list[list[str]]) -> set[str]:
    """The short blocks (one or two lines, five words or more, a quotation or a sentence) whose words the text says again
    inside a longer paragraph."""
    blocks: list[list[str]] = []
    for lines in pages:
        current: list[str] = []
        for line in lines + [""]:
            if line.strip():
                current.append(line.strip())
            elif current:
                blocks.append(current)
                current = []
    texts = [" ".join(block) for block in blocks]
    plains = [plain_text(text) for text in texts]
    return {text for text, block in zip(texts, blocks) if len(block) <= 2 and is_pull_quote(text, plains)}


def is_pull_quote(text: str, paragraphs: list[str]) -> bool:
    """A short block (five words or more, set as a quotation or a sentence, not in capitals) whose words a longer
    paragraph of the text says again (`paragraphs` made plain by plain_text, the block itself among them or not): a
    pull quote."""
    words = text.split()
    quoted = text[:1] in _QUOTES or re.search(r"[.!?…»”\"]$", text)   # (set as a quotation or a sentence)
    if not (5 <= len(words) <= 30 and quoted and not text.isupper()):
        return False
    plain = plain_text(text)
    return any(len(other) > len(plain) + 20 and plain in other for other in paragraphs)


def photographer_credits(clip) -> None:
    """'Fotografie di Davide Rinaudo' read as an author: a credit."""
    for name in list(clip.authors):
        if PHOTOGRAPHER.match(name.strip()):
            clip.authors.remove(name)
            if name not in clip.credits:
                clip.credits.append(name)
            clip.decisions.append(f"credits: {name} — a photographer credited beside the byline, not an author")


def running_folio(removed: list[str]) -> tuple[str, str | None] | None:
    """A periodical's folio run over its pages' feet or heads: its name, its issue's month or number, the page number
    ('TERRE DEL MONFERRATO · DICEMBRE 2026   23', 'Wachauer Gemeindebote · Ausgabe 3/2024'): (the name, the month if
    it gives one). A name not in capitals is of two words or more, beside an issue's month or number."""
    from .lines import outlet_like, outlet_name, name_like
    from .pdflayout import ISSUE_WORD, NUMBERED, issue_date
    from .when import find_date
    for line in removed:
        dated = find_date(line)   # (a weekly's: its page number, its name and its day, 'Notícias do Arouce 5 de março de 2026 7';
        #                           a name like a person's, 'Jornal da Serra', only beside the page's number)
        name = re.sub(r"^\d{1,3}\s+", "", line[:dated.start].strip()).strip(" ·|–—-") if dated else ""
        rest = re.sub(r"\s*\d{1,3}$", "", line[dated.start + len(dated.text):].strip()) if dated else ""
        paged = bool(re.match(r"\d{1,3}\s", line.strip()) or re.search(r"\s\d{1,3}$", line.strip()))
        if dated and not rest and 2 <= len(name.split()) <= 5 and outlet_like(name) and (paged or not name_like(name)) and \
                not re.search(r"\d|\s[–—|·-]\s", name):   # (a name alone: not 'Dáil Éireann – Written Answers')
            return outlet_name(name), dated.value
        parts = [part.strip() for part in re.split(r"\s+[·|•–—]\s+|\s{3,}", line.strip()) if part.strip()]
        parts = parts[1:] if parts and re.fullmatch(r"\d{1,3}", parts[0]) else parts   # (its page number first: '12')
        issue = ISSUE_WORD.search(parts[0]) if parts else None
        if issue and issue.start() and re.search(r"\d", parts[0][issue.end():]):   # ('Saalfeldner Rundblick Ausgabe 2', the
            parts[:1] = [parts[0][:issue.start()].strip(), parts[0][issue.start():]]   # columns' spaces lost)
        if len(parts) < 2 or not 1 <= len(parts[0].split()) <= 5 or re.search(r"\d", parts[0]):
            continue
        numbered = (ISSUE_WORD.search(parts[1]) or NUMBERED.search(parts[1])) and re.search(r"\d", parts[1])
        month = issue_date(parts[1]) or numbered and len(parts) >= 3 and issue_date(parts[2]) or None
        # (the month after the issue's number: 'Ausgabe 1/2025 · März 2025')
        if parts[0].isupper() and outlet_like(parts[0].title()) and month:
            return outlet_name(parts[0]), month
        named = not name_like(parts[0]) or ISSUE_WORD.search(parts[0]) or P.ORGANISATION_WORDS.search(parts[0])
        if not parts[0].isupper() and len(parts[0].split()) >= 2 and outlet_like(parts[0]) and \
                (numbered or month and named) and len(parts[1].split()) <= 4:
            return outlet_name(parts[0]), month   # (not a writer's name beside the month: 'Anna Roth · Mai 2025')
    return None


def page_folio(line: str) -> tuple[str, str] | None:
    """A printed page's folio at its head: its page number, its section in capitals, the paper's name (its edition
    aside) and the day of the issue ('6 SOCIEDADE Gazeta Nabantina | 12 de fevereiro de 2026', 'Mühlviertler Bote –
    Ausgabe Perg Mittwoch, 11. Februar 2026 17'): (the paper's name, the issue's day)."""
    from .lines import outlet_like, outlet_name
    from .when import find_date
    text = " ".join(line.split())
    number = re.match(r"^\d{1,3}\s+(?=\D)", text) or re.search(r"\s\d{1,3}$", text)
    found = find_date(text)   # (its weekday with it)
    if not number or not found or len(found.value) != 10:
        return None
    rest = (text[:number.start()] + " " + text[number.end():]).replace(found.text, " ").strip(" ,|·•–—-")
    rest = re.sub(r"^(?:[A-ZÀ-Þ]{2,}\s+){1,3}(?=[A-ZÀ-Þ][a-zß-ÿ])", "", rest)   # (the section before it: 'SOCIEDADE')
    name = outlet_name(" ".join(rest.split()))   # (its edition aside: 'Ausgabe Perg')
    return (name, found.value) if 1 <= len(name.split()) <= 5 and outlet_like(name) and not find_date(name) else None
