"""A newsletter read in the browser or the mail: its masthead and issue line, then the editor's letter or the issue's
contents, then its lead story with the story's own head (a headline, a standfirst, a byline). The article a reporter
clips is that story: the text reader reads the masthead's lines and the story on, without the letter and the contents
between them, which are the newsletter's, not the story's."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import furniture as F
from . import phrases as P
from .lines import SENTENCE_END, name_like

# An issue's contents, under their heading.
CONTENTS = re.compile(r"^(?:in this (?:issue|edition)|inside this issue|this week|dans ce numéro|au sommaire|sommaire|"
                      r"in dieser ausgabe|inhalt|en este número|en esta edición|in questo numero|nesta edição|neste número)\s*:?$",
                      re.I)
GREETING = re.compile(r"^(?:good (?:morning|afternoon|evening)|hello|hi|dear|bonjour|chères?|chers|liebe|hallo|guten morgen|"
                      r"buenos días|hola|queridos?|buongiorno|cari|care|ciao|bom dia|olá|caros?)\b", re.I)


def buttons_over(line: str) -> bool:
    """'View this email in your browser', 'Im Browser lesen · Weiterleiten': the links over a newsletter."""
    return any(F.IN_BROWSER.match(item.strip()) for item in re.split(r"\s*[|·•]\s*", line))


@dataclass
class LeadStory:
    text: str          # the masthead's lines and the story on
    left_out: str      # what was taken out, for the decisions: 'the editor's letter' or 'the issue's contents'


def lead_story(text: str) -> LeadStory | None:
    """The newsletter's masthead lines and its lead story, when the clipping is a newsletter (its links or its issue's
    line at the top) whose letter or contents, in its first forty lines, stand over a story with its own head."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    top = [line.strip() for line in lines[:15]]
    if not any(buttons_over(line) or P.ISSUE_NUMBER.match(line) for line in top if line):
        return None
    opened = next((at for at, line in enumerate(lines[:40]) if GREETING.match(line.strip()) or
                   CONTENTS.match(line.strip())), None)
    if opened is None:
        return None
    start = _headed_story(lines, opened + 1)
    if start is None:
        return None
    left_out = "the issue's contents" if CONTENTS.match(lines[opened].strip()) else "the editor's letter"
    return LeadStory("\n".join(lines[:opened] + [""] + lines[start:]), left_out)


def _headed_story(lines: list[str], after: int) -> int | None:
    """The first line after the letter that heads a story: a headline (four to thirty words, no sentence's stop) with a
    byline ('di Francesca Di Iorio', 'Von Lena Feurstein') within the three lines under it; a kicker in capitals right
    over it comes with it."""
    for at in range(after, min(len(lines), after + 60)):
        line = lines[at].strip()
        words = len(line.split())
        if not 4 <= words <= 30 or SENTENCE_END.search(line) or line.endswith(":") or line.isupper():
            continue
        under = [lines[below].strip() for below in range(at + 1, min(len(lines), at + 5)) if lines[below].strip()][:3]
        if under and len(under[0].split()) > words and not SENTENCE_END.search(under[0]):
            continue   # (a section's heading over the headline: 'Die Geschichte der Woche' / 'Zimmer mit Kuhblick: …')
        if any((by := P.BYLINE_START.match(u)) and name_like(u[by.end():].strip()) for u in under):
            kicker = lines[at - 1].strip() if at else ""
            return at - 1 if kicker.isupper() and len(kicker.split()) <= 6 else at
    return None
