"""Dates as people write them in a case file: with a precision, sometimes approximate.

`2024`, `2024-05`, `2024-05-15`, `2024-03-08T07:42+01:00`, `around 2024-05-15`,
`spring 2024`, `end of 2022`, `early May 2024`, `c. 2023`, `15 May 2024`, `Q2 2024`,
`H1 2024`, `first half of 2024`, `the 1990s`, `early 1990s`, `before 2023-05`, `after 2023`.
A date is never shown more precisely than it was written; one that only bounds the time
(before, after) is shown as such and sorts at its bound.
"""
from __future__ import annotations

import dataclasses
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
_PART = re.compile(r"^(?:the\s+)?(?P<part>start of|beginning of|early|mid-?|late|end of)\s*(?P<rest>.+)$", re.I)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_ORDINAL = r"(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th)"
_QUARTER = re.compile(r"^(?:q(?P<q>[1-4])\s*(?P<y>\d{4})|(?P<y2>\d{4})[-\s]?q(?P<q2>[1-4])|"
                      rf"{_ORDINAL}\s+quarter\s+(?:of\s+)?(?P<y3>\d{{4}}))$", re.I)
_HALF = re.compile(r"^(?:h(?P<h>[12])\s*(?P<y>\d{4})|(?P<y2>\d{4})[-\s]?h(?P<h2>[12])|"
                   rf"{_ORDINAL}\s+half\s+(?:of\s+)?(?P<y3>\d{{4}}))$", re.I)
_DECADE = re.compile(r"^(?:the\s+)?(?P<y>\d{3}0)'?s$", re.I)
_BOUND = re.compile(r"^(?P<bound>before|after)\s+(?P<rest>.+)$", re.I)
# The months a part of a year, a season, a quarter or a half covers, for 'before' and 'after'.
_PART_MONTHS = {"start of": (1, 1), "early": (1, 4), "mid": (5, 8), "late": (9, 12), "end of": (12, 12)}
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (1, 2)}


# The longest text read as a date: 'approximately beginning of September 2024' is 42
# characters, an ISO time with seconds, fraction and offset about 32.
MAX_DATE_LENGTH = 60


class DateError(ValueError):
    """The text is not a date this module understands; the message says what is accepted."""


ACCEPTED = ("write it as 2024, 2024-05, 2024-05-15 or 2024-05-15T07:42, optionally with 'around'; "
            "or as 'spring 2024', 'Q2 2024', 'H1 2024' or 'first half of 2024', 'early 2024', 'mid May 2024', "
            "'late 2024', 'end of 2022', 'the 1990s', 'before 2023-05' or 'after 2023'")


@dataclass(frozen=True)
class FuzzyDate:
    """A date known to a given precision: decade, year, half, quarter, season, month, day or
    minute; or a time only bounded by one ('before May 2023')."""

    year: int
    month: int | None = None
    day: int | None = None
    time: str | None = None        # "07:42", local time as written
    tz: str | None = None          # "+01:00", "Z"
    season: str | None = None      # "spring" ...
    part: str | None = None        # "early", "mid", "late", "start of", "end of"
    approximate: bool = False
    quarter: int | None = None     # 1-4
    half: int | None = None        # 1-2
    decade: bool = False           # the ten years from `year` (1990: the 1990s)
    bound: str | None = None       # "before", "after": the time is on that side of this date

    @property
    def precision(self) -> str:
        if self.decade:
            return "decade"
        if self.time:
            return "minute"
        if self.day:
            return "day"
        if self.month:
            return "month"
        if self.season:
            return "season"
        if self.quarter:
            return "quarter"
        if self.half:
            return "half"
        return "year"

    @property
    def sort_key(self) -> tuple:
        """(year, month, day, time), months and days from 0 (not known) to 12 and 32 (after
        every day of the month): a date sorts where it is likely to be, a bound at its bound."""
        if self.bound:
            return self._bound_key()
        if self.decade:   # (at its first year, whatever its part: lists are grouped by year)
            return (self.year, 0, 0, "")
        month, day = self.month or 0, self.day or 0
        if self.season:
            month = SEASONS[self.season]
        if self.quarter:
            month = 3 * self.quarter - 1
        if self.half:
            month = 4 if self.half == 1 else 10
        if self.part:
            _, part_month, part_day = PARTS[self.part]
            if self.month:
                day = part_day
            else:
                month = part_month
        return (self.year, month, day, self.time or "")

    def _bound_key(self) -> tuple:
        """Just before the first day the date can mean, or just after the last."""
        if self.day:
            return (self.year, self.month, self.day - 1 if self.bound == "before" else self.day, "23:59")
        first, last = self.months
        if self.bound == "before":
            return (self.year - 1, 12, 32, "") if first == 1 else (self.year, first - 1, 32, "")
        return (self.year, last, 32, "")

    @property
    def months(self) -> tuple[int, int]:
        """The first and last month of the year the date can mean."""
        if self.month:
            return (self.month, self.month)
        if self.season:
            return _SEASON_MONTHS[self.season]
        if self.quarter:
            return (3 * self.quarter - 2, 3 * self.quarter)
        if self.half:
            return (1, 6) if self.half == 1 else (7, 12)
        return _PART_MONTHS.get(self.part or "", (1, 12))

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

    @property
    def label(self) -> str:
        """How an English reader sees it: '15 May 2024', 'May 2024', 'around 15 May 2024',
        'end of 2022' (datelabels.date_label gives it in other languages)."""
        return datelabels.date_label(self)

    @property
    def short_label(self) -> str:
        """A compact form for lists: 'c. May 2024', '15 May 2024'."""
        return datelabels.date_label(self, short=True)

    @property
    def is_exact(self) -> bool:
        return not (self.approximate or self.part or self.season or self.quarter or self.half or self.decade
                    or self.bound)


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
    bound = _BOUND.match(text)
    if bound:
        if approximate:
            raise DateError(f"'{value}': a date is either approximate ('around') or a bound ('before', 'after'), "
                            "not both")
        date = _parse_core(bound.group("rest"), value)
        if date.time or date.decade:
            what = "a time of day" if date.time else "a decade (write 'before 1990' or 'after 1999')"
            raise DateError(f"'{value}': '{bound.group('bound').lower()}' goes with a year, a month or a day, "
                            f"not {what}")
        return _checked(dataclasses.replace(date, bound=bound.group("bound").lower()), value)
    return _checked(_parse_core(text, value), value, approximate)


def _parse_core(text: str, original: str) -> FuzzyDate:
    part_match = _PART.match(text)
    if part_match and not _ISO.match(text):
        part = PARTS[part_match.group("part").lower()][0]
        inner = _parse_core(part_match.group("rest"), original)
        if inner.day or inner.season or inner.part or inner.quarter or inner.half:
            what = "a day" if inner.day else "a season, a quarter or a half, which are parts already"
            raise DateError(f"'{original}': '{part}' goes with a year, a month or a decade, not {what}; {ACCEPTED}")
        return FuzzyDate(inner.year, inner.month, part=part, decade=inner.decade)
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
    for pattern, field in ((_QUARTER, "quarter"), (_HALF, "half")):
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            number = groups[field[0]] or groups[field[0] + "2"] or _ORDINALS[groups["nth"].lower()]
            if int(number) > (4 if field == "quarter" else 2):   # ('third half')
                raise DateError(f"'{original}': a year has {'four quarters' if field == 'quarter' else 'two halves'}")
            year = groups["y"] or groups["y2"] or groups["y3"]
            return FuzzyDate(int(year), **{field: int(number)})
    match = _DECADE.match(text)
    if match:
        return FuzzyDate(int(match.group("y")), decade=True)
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
        date = dataclasses.replace(date, approximate=True)
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
        return datelabels.date_label(self)

    @property
    def short_label(self) -> str:
        return datelabels.date_label(self, short=True)

    @property
    def iso(self) -> str:
        return self.start.iso

    @property
    def approximate(self) -> bool:
        return not self.start.is_exact or (self.end is not None and not self.end.is_exact)

    @property
    def precision(self) -> str:
        return self.start.precision


# (at the end: datelabels imports this module's names; the labels above call it when used)
from . import datelabels  # noqa: E402
