"""Dates and times as clippings write them, in English, French, German, Spanish, Italian and Portuguese:
"21 May 2025", "May 21, 2025", "21/05/2025", "2025-05-21T07:42:00+02:00", "21. Mai 2025 um
7.42 Uhr", "7:42 a.m.". A date is written as the dossier stores it (YYYY-MM-DD, with THH:MM
when a time is given, and an offset only when the text states one): nothing is assumed."""
from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass

MONTH_NAMES = {
    1: "january jan janvier janv janvier januar jän jänner enero ene gennaio gen janeiro",
    2: "february feb février fevrier févr fevr februar febrero febbraio fevereiro fev",
    3: "march mar mars märz maerz mär mrz marzo março",
    4: "april apr avril avr abril abr aprile",
    5: "may mai mayo maggio mag maio",
    6: "june jun juin juni junio giugno giu junho",
    7: "july jul juillet juil juli julio luglio lug julho",
    8: "august aug août aout agosto ago",
    9: "september sep sept septembre septiembre setiembre settembre set setembro",
    10: "october oct octobre oktober okt octubre ottobre ott outubro out",
    11: "november nov novembre noviembre novembro",
    12: "december dec décembre decembre déc dezember dez diciembre dic dicembre dezembro",
}
MONTHS = {name: number for number, names in MONTH_NAMES.items() for name in names.split()}
_MONTH = r"(?P<mon>" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
_WEEKDAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|lundi|mardi|"
            r"mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|"
            r"miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
            r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira)\.?,?\s+)?")

ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<min>\d{2})(?::\d{2}(?:\.\d+)?)?"
                 r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
DMY = re.compile(r"(?<![/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/-])")
# (one separator throughout, and not running on into a longer number: a file's number 'Zahl: 031-2/2025-7' is no date;
#  a name glued before it, 'Daily821-05-2025', is the paste's)
DAY_MONTH_YEAR = re.compile(_WEEKDAY + r"(?<![\w])(?P<d>\d{1,2})(?:er|st|nd|rd|th|º|°)?\.?\s+(?:de\s+)?" + _MONTH
                            + r"(?:\s+de)?,?\s+(?P<y>\d{4})\b", re.I)
MONTH_DAY_YEAR = re.compile(_WEEKDAY + r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b", re.I)
TIME = re.compile(r"(?<![\d:.])(?P<h>\d{1,2})(?:[:h]| h (?=\d{2}\b)|\.(?=\d{2}\s*(?:uhr|o['’]clock|h\b|[ap]\.?\s?m\b|utc|gmt|bst|cet|cest|est|edt|pst|pdt|"
                  r"mez|mesz)))(?P<min>\d{2})(?![\d/])\s*(?:uhr\b|h\b|o['’]clock\b)?\s*"   # ('17.45 o'clock', a machine's 'Uhr')
                  r"(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)?(?:\s*(?P<zone>UTC|GMT|CET|CEST|BST|EST|EDT|PST|PDT|MEZ|MESZ|Z)"
                  r"(?P<zoff>[+-]\d{1,2}(?::?\d{2})?)?)?", re.I)
# ('14 h 30': Québec's way, spaced.)
CLOCK_WORD = re.compile(r"\b(?:at|à|um|gegen|a las|a la|sobre las|ore|alle|verso le)\s+\d{1,2}\.\d{2}\b", re.I)
ZONES = {"utc": "Z", "gmt": "Z", "z": "Z", "cet": "+01:00", "mez": "+01:00", "cest": "+02:00", "mesz": "+02:00",
         "bst": "+01:00", "est": "-05:00", "edt": "-04:00", "pst": "-08:00", "pdt": "-07:00"}


@dataclass(frozen=True)
class Found:
    value: str        # as the dossier writes it
    text: str         # as the clipping wrote it
    start: int
    has_time: bool


def _offset(text: str | None) -> str | None:
    if not text:
        return None
    if text == "Z":
        return "Z"
    sign, digits = text[0], text[1:].replace(":", "")
    digits = digits.zfill(2) if len(digits) <= 2 else digits.zfill(4)
    hours, minutes = digits[:2], digits[2:4] or "00"
    return f"{sign}{hours}:{minutes}"


@functools.lru_cache(maxsize=8192)
def find_date(line: str) -> Found | None:
    """The first full date (day, month, year) in `line`, with the time written near it. (Cached: the same line is asked
    about again by each of the readers of the page's zones; what it returns cannot change.)"""
    best = None
    for pattern in (ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, DMY):
        match = pattern.search(line)
        if match and (best is None or match.start() < best[0].start()):
            best = (match, pattern)
    if best is None:
        return None
    match, pattern = best
    try:
        year, day = int(match["y"]), int(match["d"])
        month = MONTHS[match["mon"].lower().rstrip(".")] if "mon" in match.groupdict() and match["mon"] else int(match["m"])
    except (KeyError, ValueError):
        return None
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None   # (no such day: '31.02.2025', a 13th month)
    if not 1900 <= year <= 2100:
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if pattern is ISO and match["h"]:
        value += f"T{match['h']}:{match['min']}"
        if match["tz"]:
            value += _offset(match["tz"])
        return Found(value, match.group(0), match.start(), True)
    time = find_time(line[:match.start()] + " " * (match.end() - match.start()) + line[match.end():])
    if time:
        value += "T" + time
    return Found(value, match.group(0), match.start(), bool(time))


def find_time(line: str) -> str | None:
    """HH:MM (24-hour), with an offset when the text names a zone or an offset."""
    line = CLOCK_WORD.sub(lambda m: m.group(0).replace(".", ":"), line)   # ("ore 20.05", "um 9.30": the same length)
    for match in TIME.finditer(line):
        hour, minute = int(match["h"]), int(match["min"])
        ampm = (match["ampm"] or "").lower().replace(".", "").replace(" ", "")
        if ampm:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        if hour > 23 or minute > 59:
            continue
        value = f"{hour:02d}:{minute:02d}"
        if match["zone"]:
            zone = ZONES[match["zone"].lower()]
            if match["zoff"]:
                zone = _offset(match["zoff"] if match["zoff"][0] in "+-" else "+" + match["zoff"])
            value += zone
        return value
    return None


def all_dates(text: str) -> list[Found]:
    """Every full date in `text`, in order (for a live blog's entries)."""
    found, rest, offset = [], text, 0
    while True:
        hit = find_date(rest)
        if hit is None:
            return found
        found.append(Found(hit.value, hit.text, hit.start + offset, hit.has_time))
        cut = hit.start + len(hit.text)
        rest, offset = rest[cut:], offset + cut


MONTH_YEAR = re.compile(r"^\s*(?:[^\W\d]+(?:\s[^\W\d]+){0,2}\s?:\s*|(?:[^|·–—:]{1,50}?\s[·|–—]\s*){1,3})?" + _MONTH +
                        r"(?:\s+de)?\s+(?P<y>\d{4})\s*$", re.I)   # (and 'marzo de 2026', 'março de 2026')   # ("June 2024", "Published: June 2024", "Annual report · No. 4 · June 2024")


def find_month(line: str) -> Found | None:
    """A line that is only a month and a year ("June 2024", "Published: March 2024"): a date to the month."""
    match = MONTH_YEAR.match(line)
    if not match or not 1900 <= int(match["y"]) <= 2100:
        return None
    return Found(f"{match['y']}-{MONTHS[match['mon'].lower().rstrip('.')]:02d}", match.group(0).strip(), match.start(), False)


_RANGE = re.compile(r"\s(?:bis|to|until|till|au|jusqu'au|al|hasta(?: el)?|fino al|até|a)\s|\s[–—-]\s", re.I)


def date_range(text: str) -> bool:
    """Two dates joined as a span, 'from' one 'to' the other: '12. Dezember 2026 bis 14. März 2027'."""
    parts = _RANGE.split(text, maxsplit=1)
    return len(parts) == 2 and bool(find_date(parts[0])) and bool(find_date(parts[1]))
