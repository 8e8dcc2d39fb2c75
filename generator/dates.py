"""Dates as people write them in a case file: with a precision, sometimes approximate.

`2024`, `2024-05`, `2024-05-15`, `2024-03-08T07:42+01:00`, `around 2024-05-15`,
`spring 2024`, `end of 2022`, `early May 2024`, `c. 2023`, `15 May 2024`.
A date is never shown more precisely than it was written.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
_MONTH_NUMBER = {name.lower(): i + 1 for i, name in enumerate(MONTHS)}
_MONTH_NUMBER.update({name[:3].lower(): i + 1 for i, name in enumerate(MONTHS)})
_MONTH_NUMBER["sept"] = 9

SEASONS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
# A part of a year or month: the word shown, and where it sorts (month, or day in a month).
PARTS = {
    "start of": ("start of", 1, 1), "beginning of": ("start of", 1, 1),
    "early": ("early", 2, 5), "mid": ("mid", 6, 15), "mid-": ("mid", 6, 15),
    "late": ("late", 10, 25), "end of": ("end of", 12, 31),
}
_APPROX = re.compile(r"^(around|about|circa|approx\.?|approximately|c\.|ca\.|~)\s*", re.I)
_ISO = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?)?)?$")
_DAY_MONTH_YEAR = re.compile(r"^(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[A-Za-z]+)\.?,?\s+(?P<y>\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^(?P<mon>[A-Za-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})$")
_MONTH_YEAR = re.compile(r"^(?P<mon>[A-Za-z]+)\.?\s+(?P<y>\d{4})$")
_SEASON_YEAR = re.compile(r"^(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>\d{4})$", re.I)
_PART = re.compile(r"^(?P<part>start of|beginning of|early|mid-?|late|end of)\s*(?P<rest>.+)$", re.I)


# The longest text read as a date: 'approximately beginning of September 2024' is 42
# characters, an ISO time with seconds, fraction and offset about 32.
MAX_DATE_LENGTH = 60


class DateError(ValueError):
    """The text is not a date this module understands; the message says what is accepted."""


ACCEPTED = ("write it as 2024, 2024-05, 2024-05-15 or 2024-05-15T07:42, "
            "optionally with 'around', or as 'spring 2024', 'end of 2022', 'early May 2024'")


@dataclass(frozen=True)
class FuzzyDate:
    """A date known to a given precision: year, season, month, day or minute."""

    year: int
    month: int | None = None
    day: int | None = None
    time: str | None = None        # "07:42", local time as written
    tz: str | None = None          # "+01:00", "Z"
    season: str | None = None      # "spring" ...
    part: str | None = None        # "early", "mid", "late", "start of", "end of"
    approximate: bool = False

    @property
    def precision(self) -> str:
        if self.time:
            return "minute"
        if self.day:
            return "day"
        if self.month:
            return "month"
        if self.season:
            return "season"
        return "year"

    @property
    def sort_key(self) -> tuple:
        month, day = self.month or 0, self.day or 0
        if self.season:
            month = SEASONS[self.season]
        if self.part:
            _, part_month, part_day = PARTS[self.part]
            if self.month:
                day = part_day
            else:
                month = part_month
        return (self.year, month, day, self.time or "")

    @property
    def iso(self) -> str:
        """The value for `<time datetime>`: no more precise than what is known."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        text = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.time:
            text += f"T{self.time}"
            if self.tz:
                text += self.tz
        return text

    def _core(self, short: bool) -> str:
        """The date without time or 'around': 'spring 2024', '15 May 2024', 'end of 2022'."""
        month = MONTHS[self.month - 1][:3] if short and self.month else MONTHS[(self.month or 1) - 1]
        if self.season:
            core = f"{self.season} {self.year}"
        elif self.day:
            core = f"{self.day} {month} {self.year}"
        elif self.month:
            core = f"{month} {self.year}"
        else:
            core = str(self.year)
        return f"{self.part} {core}" if self.part else core

    @property
    def label(self) -> str:
        """How a reader sees it: '15 May 2024', 'May 2024', 'around 15 May 2024', 'end of 2022'."""
        core = self._core(short=False)
        if self.time:
            core += f", {self.time}"
            if self.tz:
                core += " UTC" if self.tz == "Z" else f" (UTC{self.tz})"
        return f"around {core}" if self.approximate else core

    @property
    def short_label(self) -> str:
        """A compact form for lists: 'c. May 2024', '15 May 2024'."""
        core = self._core(short=True)
        return f"c. {core}" if self.approximate else core

    @property
    def is_exact(self) -> bool:
        return not (self.approximate or self.part or self.season)


def parse_date(value: object) -> FuzzyDate:
    """Turn a YAML value (string, int, date) into a FuzzyDate, or raise DateError."""
    if isinstance(value, bool) or value is None:
        raise DateError(f"expected a date, got {value!r}; {ACCEPTED}")
    if isinstance(value, _dt.datetime):
        return FuzzyDate(value.year, value.month, value.day, value.strftime("%H:%M"),
                         _format_tz(value))
    if isinstance(value, _dt.date):
        return FuzzyDate(value.year, value.month, value.day)
    if isinstance(value, int):
        return _checked(FuzzyDate(value), str(value))
    if not isinstance(value, str):
        raise DateError(f"expected a date, got a {type(value).__name__}; {ACCEPTED}")
    text = " ".join(value.strip().split())
    if not text:
        raise DateError(f"the date is empty; {ACCEPTED}")
    if len(text) > MAX_DATE_LENGTH:   # (nor quoted whole in the message)
        raise DateError(f"'{text[:30]}...' is {len(text)} characters long, too long for a date; {ACCEPTED}")
    approximate = False
    match = _APPROX.match(text)
    if match:
        approximate, text = True, text[match.end():]
    return _checked(_parse_core(text, value), value, approximate)


def _parse_core(text: str, original: str) -> FuzzyDate:
    part_match = _PART.match(text)
    if part_match and not _ISO.match(text):
        part = PARTS[part_match.group("part").lower()][0]
        inner = _parse_core(part_match.group("rest"), original)
        if inner.day or inner.season or inner.part:
            raise DateError(f"'{original}': '{part}' goes with a year or a month, not a day; {ACCEPTED}")
        return FuzzyDate(inner.year, inner.month, part=part)
    match = _ISO.match(text)
    if match:
        time = None
        if match.group("H"):
            time = f"{int(match.group('H')):02d}:{match.group('M')}"
        tz = match.group("tz")
        if tz and tz != "Z" and ":" not in tz:
            tz = f"{tz[:3]}:{tz[3:]}"
        return FuzzyDate(int(match.group("y")), _int(match.group("m")), _int(match.group("d")), time, tz)
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.match(text)
        if match:
            return FuzzyDate(int(match.group("y")), _month(match.group("mon"), original), int(match.group("d")))
    match = _SEASON_YEAR.match(text)
    if match:
        season = match.group("season").lower()
        return FuzzyDate(int(match.group("y")), season="autumn" if season == "fall" else season)
    match = _MONTH_YEAR.match(text)
    if match:
        return FuzzyDate(int(match.group("y")), _month(match.group("mon"), original))
    raise DateError(f"'{original}' is not a date I can read; {ACCEPTED}")


def _checked(date: FuzzyDate, original: str, approximate: bool = False) -> FuzzyDate:
    if not 1 <= date.year <= 9999:
        raise DateError(f"'{original}': the year must be between 1 and 9999")
    if date.month is not None and not 1 <= date.month <= 12:
        raise DateError(f"'{original}': there is no month {date.month}; months run from 01 to 12")
    if date.day is not None:
        try:
            _dt.date(date.year, date.month, date.day)
        except ValueError:
            raise DateError(f"'{original}' is not a real date: {MONTHS[date.month - 1]} {date.year} "
                            f"has no day {date.day}") from None
    if date.time is not None:
        hours, minutes = (int(x) for x in date.time.split(":"))
        if hours > 23 or minutes > 59:
            raise DateError(f"'{original}': {date.time} is not a time of day")
    if approximate:
        date = FuzzyDate(date.year, date.month, date.day, date.time, date.tz, date.season,
                         date.part, True)
    return date


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _month(name: str, original: str) -> int:
    number = _MONTH_NUMBER.get(name.lower())
    if number is None:
        raise DateError(f"'{original}': '{name}' is not a month name; {ACCEPTED}")
    return number


def _format_tz(value: _dt.datetime) -> str | None:
    offset = value.utcoffset()
    if offset is None:
        return None
    if not offset:
        return "Z"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class DateSpan:
    """A date or a range (start–end) for events; `end` may be absent."""

    start: FuzzyDate
    end: FuzzyDate | None = None

    @property
    def sort_key(self) -> tuple:
        return self.start.sort_key

    @property
    def label(self) -> str:
        return self.start.label if self.end is None else f"{self.start.label} – {self.end.label}"

    @property
    def short_label(self) -> str:
        return self.start.short_label if self.end is None else f"{self.start.short_label} – {self.end.short_label}"

    @property
    def iso(self) -> str:
        return self.start.iso

    @property
    def approximate(self) -> bool:
        return not self.start.is_exact or (self.end is not None and not self.end.is_exact)

    @property
    def precision(self) -> str:
        return self.start.precision
