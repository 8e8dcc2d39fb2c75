"""Dates in the reader's language, at the precision they were written with.

`date_label(date, locale, gettext, short)` turns a FuzzyDate or a DateSpan into what a reader
of `locale` writes: '15 May 2024' / '21 mai 2025' / '21. Mai 2025' / '21 de mayo de 2025',
'around 15 May 2024' / 'vers le 15 mai 2024', 'end of 2022' / 'fin 2022'. Two sources:

- Babel's CLDR data for what it knows: month names, the order of day, month and year, the
  quarters ('2. Quartal 2024'), the time of day and how a date and a time are joined.
- `gettext` for the words CLDR has no notion of (around, early, mid, before, the seasons, the
  halves, the decades). Their msgids are the English wording, marked with `N_` so that
  `pybabel extract` finds them; the theme's catalogues hold the other languages.

English keeps dossier's own style ('15 May 2024', 'Q2 2024', '07:42' as written), which is
what `FuzzyDate.label` and `.short_label` show; other languages take CLDR's. A locale Babel
does not know is read as English. Labels are memoised: pass a stable `gettext` (a bound
`Translations.gettext` is one), not a new closure per call.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from babel.dates import DateTimePattern, match_skeleton, parse_pattern

from .dates import MONTHS, DateSpan, FuzzyDate, parse_date
from .i18n import N_


def _identity(message: str) -> str:
    return message


# A part of a year or a month, before it: 'early May 2024', 'fin 2022'.
PART_MSGIDS = {
    # Translators: the first days of a month or the first weeks of a year: "start of May 2024".
    "start of": N_("start of %(date)s"),
    # Translators: the first part of a month or a year (less strict than "start of"): "early May 2024".
    "early": N_("early %(date)s"),
    # Translators: the middle of a month or a year: "mid May 2024", "mid 2024".
    "mid": N_("mid %(date)s"),
    # Translators: the last part of a month or a year (less strict than "end of"): "late 2022".
    "late": N_("late %(date)s"),
    # Translators: the last days of a month or the last weeks of a year: "end of 2022".
    "end of": N_("end of %(date)s"),
}

# A decade (year: its first year, 1990), in full and short, whole or in part.
DECADE_MSGIDS = {
    # Translators: a decade; year is its first year (1990): "the 1990s".
    None: (N_("the %(year)ss"),
           # Translators: a decade in a compact list; year is its first year (1990): "1990s".
           N_("%(year)ss")),
    # Translators: the start of a decade; year is its first year (1990).
    "start of": (N_("the start of %(year)ss"), N_("start of %(year)ss")),
    # Translators: the first years of a decade; year is its first year (1990): "the early 1990s".
    "early": (N_("the early %(year)ss"), N_("early %(year)ss")),
    # Translators: the middle years of a decade; year is its first year (1990): "the mid 1990s".
    "mid": (N_("the mid %(year)ss"), N_("mid %(year)ss")),
    # Translators: the last years of a decade; year is its first year (1990): "the late 1990s".
    "late": (N_("the late %(year)ss"), N_("late %(year)ss")),
    # Translators: the end of a decade; year is its first year (1990).
    "end of": (N_("the end of %(year)ss"), N_("end of %(year)ss")),
}

# A season, alone and with 'around', 'before', 'after' (a msgid each, for the article and its
# elision that French and Spanish put before a season: 'vers l'été 2024', 'antes de la primavera').
SEASON_MSGIDS = {
    None: {"spring": N_("spring %(year)s"), "summer": N_("summer %(year)s"),
           "autumn": N_("autumn %(year)s"), "winter": N_("winter %(year)s")},
    "around": {"spring": N_("around spring %(year)s"), "summer": N_("around summer %(year)s"),
               "autumn": N_("around autumn %(year)s"), "winter": N_("around winter %(year)s")},
    "before": {"spring": N_("before spring %(year)s"), "summer": N_("before summer %(year)s"),
               "autumn": N_("before autumn %(year)s"), "winter": N_("before winter %(year)s")},
    "after": {"spring": N_("after spring %(year)s"), "summer": N_("after summer %(year)s"),
              "autumn": N_("after autumn %(year)s"), "winter": N_("after winter %(year)s")},
}

HALF_MSGIDS = {
    # Translators: January to June of a year.
    1: N_("first half of %(year)s"),
    # Translators: July to December of a year.
    2: N_("second half of %(year)s"),
}
# Translators: a half-year in a compact list, half being 1 or 2: "H1 2024".
SHORT_HALF_MSGID = N_("H%(half)s %(year)s")

# 'around', 'before' and 'after' by what they go with, for the article a language puts
# before a day or a named period ('vers le 15 mai', 'vor dem 2. Quartal') and not before a
# month or a year ('vers mai 2024', 'vor Mai 2023'). The placeholder names the kind.
BOUND_MSGIDS = {
    "around": {
        # Translators: an approximate day, maybe with its time: "around 15 May 2024".
        "day": N_("around %(day)s"),
        # Translators: an approximate month or year, or part of one: "around May 2024", "around 2023".
        "date": N_("around %(date)s"),
        # Translators: an approximate quarter, as the locale names it: "around Q2 2024".
        "quarter": N_("around %(quarter)s"),
        # Translators: an approximate half-year: "around first half of 2024".
        "half": N_("around %(half)s"),
        # Translators: an approximate decade, as "the 1990s" is translated: "around the 1990s".
        "decade": N_("around %(decade)s"),
    },
    "before": {
        # Translators: the time is before this day: "before 15 May 2023".
        "day": N_("before %(day)s"),
        # Translators: the time is before this month or year: "before May 2023", "before 2023".
        "date": N_("before %(date)s"),
        # Translators: the time is before this quarter: "before Q2 2024".
        "quarter": N_("before %(quarter)s"),
        # Translators: the time is before this half-year: "before second half of 2024".
        "half": N_("before %(half)s"),
    },
    "after": {
        # Translators: the time is after this day: "after 15 May 2023".
        "day": N_("after %(day)s"),
        # Translators: the time is after this month or year: "after May 2023", "after 2023".
        "date": N_("after %(date)s"),
        # Translators: the time is after this quarter: "after Q2 2024".
        "quarter": N_("after %(quarter)s"),
        # Translators: the time is after this half-year: "after first half of 2024".
        "half": N_("after %(half)s"),
    },
}
# Translators: an approximate date in a compact list ("c." for circa): "c. May 2024".
SHORT_AROUND_MSGID = N_("c. %(date)s")
# Translators: a time of day in UTC: "07:42 UTC".
UTC_MSGID = N_("%(time)s UTC")
# Translators: a time of day and its offset from UTC: "07:42 (UTC+01:00)".
OFFSET_MSGID = N_("%(time)s (UTC%(offset)s)")
# Translators: a span of time between two dates: "May 2024 – June 2024".
RANGE_MSGID = N_("%(start)s – %(end)s")

# Typography CLDR leaves out of quarter names, by language: French ordinals take a
# superscript ('2ᵉ trimestre').
_TYPOGRAPHY = {"fr": ((re.compile(r"\b(\d+)e\b"), "\\1ᵉ"),)}
# The first day of a month as a language writes it, where CLDR's pattern gives '1': '1er juin 2025'.
_FIRST_DAY = {"fr": "1er"}


@dataclass(frozen=True)
class _Calendar:
    """What one locale's dates are made of: CLDR patterns (None for dossier's English style)."""

    locale: Locale | None
    day: DateTimePattern | None = None
    short_day: DateTimePattern | None = None
    month: DateTimePattern | None = None
    short_month: DateTimePattern | None = None
    year: DateTimePattern | None = None
    quarter: DateTimePattern | None = None
    short_quarter: DateTimePattern | None = None
    time: DateTimePattern | None = None
    date_time: str = "{1}, {0}"
    typography: tuple = ()

    def apply(self, pattern: DateTimePattern, value, typography: bool = False) -> str:
        text = pattern.apply(value, self.locale)
        for search, replace in self.typography if typography else ():
            text = search.sub(replace, text)
        return text


_ENGLISH = _Calendar(None)


def locale_name(locale: str) -> str:
    """The locale Babel knows for a language code ('pt-BR' -> 'pt_BR'); 'en' for one it does not."""
    return str(_locale(locale) or "en")


def cldr_locale(code: str) -> Locale:
    """CLDR's data for a language code ('pt-BR'); English's for one Babel does not know."""
    return _locale(code) or _locale("en")


@functools.lru_cache(maxsize=64)
def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError, AttributeError):
        return None


@functools.lru_cache(maxsize=64)
def _calendar(code: str) -> _Calendar:
    locale = _locale(code)
    if locale is None or locale.language == "en":
        return _ENGLISH
    skeletons = locale.datetime_skeletons

    def skeleton(name: str) -> DateTimePattern:
        return skeletons[match_skeleton(name, skeletons)]

    return _Calendar(locale, skeleton("yMMMMd"), skeleton("yMMMd"), skeleton("yMMMM"), skeleton("yMMM"),
                     skeleton("y"), skeleton("yQQQQ"), skeleton("yQQQ"),
                     parse_pattern(locale.time_formats["short"].pattern),
                     _unquoted(str(locale.datetime_formats["long"])),
                     _TYPOGRAPHY.get(locale.language, ()))


def _unquoted(pattern: str) -> str:
    """A CLDR pattern's quoted words as plain text: "{1} 'kl'. {0}" -> "{1} kl. {0}" ('' is a quote)."""
    return re.sub(r"'([^']*)'", lambda match: match.group(1) or "'", pattern)


def date_label(date: FuzzyDate | DateSpan, locale: str = "en", gettext=_identity, short: bool = False) -> str:
    """The date as a reader of `locale` writes it; `short`: the compact form for lists
    ('c. May 2024', '15 Sep 2024', no time of day), whose full form goes in a title."""
    try:
        return _label(date, locale, gettext, short)
    except TypeError:
        if _hashable(gettext):
            raise
        return _unmemoised_label(date, locale, gettext, short)   # (a gettext that cannot be a key)


def _fill(gettext, msgid: str, values: dict) -> str:
    """The translation of `msgid` with its placeholders filled; the English wording where the
    translation names other placeholders (a `labels:` override with a typo, say)."""
    try:
        return gettext(msgid) % values
    except (KeyError, ValueError, TypeError):
        return msgid % values


def _unmemoised_label(date: FuzzyDate | DateSpan, locale: str, gettext, short: bool) -> str:
    if isinstance(date, DateSpan):
        start = date_label(date.start, locale, gettext, short)
        if date.end is None:
            return start
        return _fill(gettext, RANGE_MSGID, {"start": start, "end": date_label(date.end, locale, gettext, short)})
    return _fuzzy_label(date, _calendar(locale), gettext, short)


_label = functools.lru_cache(maxsize=1 << 16)(_unmemoised_label)


def _hashable(value) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _fuzzy_label(date: FuzzyDate, calendar: _Calendar, gettext, short: bool) -> str:
    if date.season and (date.bound or (date.approximate and not short)):
        return _fill(gettext, SEASON_MSGIDS[date.bound or "around"][date.season], {"year": _year(date.year, calendar)})
    text = _core(date, calendar, gettext, short)
    if date.time and not short:
        text = calendar.date_time.replace("{1}", text).replace("{0}", _time(date, calendar, gettext))
    if date.approximate and short:
        return _fill(gettext, SHORT_AROUND_MSGID, {"date": text})
    wrap = date.bound or ("around" if date.approximate else None)
    if wrap is None:
        return text
    kind = ("decade" if date.decade else "day" if date.day else "quarter" if date.quarter
            else "half" if date.half else "date")
    return _fill(gettext, BOUND_MSGIDS[wrap][kind], {kind: text})


def _core(date: FuzzyDate, calendar: _Calendar, gettext, short: bool) -> str:
    """The date without time, approximation or bound: 'spring 2024', '15 May 2024', 'end of 2022'."""
    if date.decade:
        return _fill(gettext, DECADE_MSGIDS[date.part][short], {"year": date.year})
    if date.season:
        return _fill(gettext, SEASON_MSGIDS[None][date.season], {"year": _year(date.year, calendar)})
    if date.quarter:
        return _quarter(date, calendar, short)
    if date.half:
        if short:
            return _fill(gettext, SHORT_HALF_MSGID, {"half": date.half, "year": _year(date.year, calendar)})
        return _fill(gettext, HALF_MSGIDS[date.half], {"year": _year(date.year, calendar)})
    if date.day:
        text = _day(date, calendar, short)
    elif date.month:
        text = _month(date, calendar, short)
    else:
        text = _year(date.year, calendar)
    return _fill(gettext, PART_MSGIDS[date.part], {"date": text}) if date.part else text


def _day(date: FuzzyDate, calendar: _Calendar, short: bool) -> str:
    if calendar.locale is None:
        return f"{date.day} {_english_month(date.month, short)} {date.year}"
    text = calendar.apply(calendar.short_day if short else calendar.day, _dt.date(date.year, date.month, date.day))
    first = _FIRST_DAY.get(calendar.locale.language) if date.day == 1 else None
    return re.sub(r"^1(?=\D)", first, text) if first else text


def _month(date: FuzzyDate, calendar: _Calendar, short: bool) -> str:
    if calendar.locale is None:
        return f"{_english_month(date.month, short)} {date.year}"
    return calendar.apply(calendar.short_month if short else calendar.month, _dt.date(date.year, date.month, 1))


def _year(year: int, calendar: _Calendar) -> str:
    return str(year) if calendar.locale is None else calendar.apply(calendar.year, _dt.date(year, 1, 1))


def _quarter(date: FuzzyDate, calendar: _Calendar, short: bool) -> str:
    if calendar.locale is None:
        return f"Q{date.quarter} {date.year}"
    return calendar.apply(calendar.short_quarter if short else calendar.quarter,
                          _dt.date(date.year, 3 * date.quarter - 2, 1), typography=True)


def _time(date: FuzzyDate, calendar: _Calendar, gettext) -> str:
    """The time of day (as written in English, in the locale's form otherwise) and its zone."""
    text = date.time
    if calendar.locale is not None:
        hours, minutes = date.time.split(":")
        text = calendar.apply(calendar.time, _dt.time(int(hours), int(minutes)))
    if not date.tz:
        return text
    if date.tz == "Z":
        return _fill(gettext, UTC_MSGID, {"time": text})
    return _fill(gettext, OFFSET_MSGID, {"time": text, "offset": date.tz})


def _english_month(month: int, short: bool) -> str:
    return MONTHS[month - 1][:3] if short else MONTHS[month - 1]


def prepare(locale: str) -> None:
    """Load the locale's CLDR data now (some 20 ms, once per process): call it before the
    render workers fork, so that each of them finds it loaded."""
    for short in (False, True):
        _unmemoised_label(FuzzyDate(2000, 1, 1, "00:00", "Z"), locale, _identity, short)
        _unmemoised_label(FuzzyDate(2000, quarter=1), locale, _identity, short)


def year_label(year: int, locale: str = "en") -> str:
    """A year as a heading ('2024'; '2024年' in Japanese)."""
    return _year(year, _calendar(locale))


def month_label(year: int, month: int, locale: str = "en", short: bool = False) -> str:
    """A month of a year as a heading: 'May 2024', 'mai 2024', 'mayo de 2024'."""
    return _month(FuzzyDate(year, month), _calendar(locale), short)


def moment_label(moment: _dt.datetime, locale: str = "en", gettext=_identity) -> str:
    """An instant with its zone, as the build knows one (a publication, an embargo):
    '5 December 2026, 09:30 UTC', '8 March 2024, 07:42 (UTC+01:00)'; naive: local as written."""
    return date_label(parse_date(moment), locale, gettext)
