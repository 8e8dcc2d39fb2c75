"""Dates in the reader's language (generator/datelabels.py): every precision in English, French,
German and Spanish, the msgids a translator sees, and English exactly as dossier wrote it before.

The French, German and Spanish wordings of the date msgids live here as dicts (the theme's
catalogues hold them for a build); `python tests/test_datelabels.py` writes them as the .po
fragments DATE_MSGIDS.<lang>.po for the catalogues.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from babel.dates import get_month_names
from babel.localedata import locale_identifiers
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
from hypothesis import given, strategies as st

from generator import datelabels
from generator.dates import MONTHS, DateSpan, parse_date
from generator.datelabels import date_label, locale_name, moment_label, month_label, year_label

ROOT = Path(__file__).resolve().parent.parent

TRANSLATIONS = {
    "fr": {
        "start of %(date)s": "début %(date)s",
        "early %(date)s": "début %(date)s",
        "mid %(date)s": "mi-%(date)s",
        "late %(date)s": "fin %(date)s",
        "end of %(date)s": "fin %(date)s",
        "the %(year)ss": "les années %(year)s",
        "%(year)ss": "années %(year)s",
        "the start of %(year)ss": "début des années %(year)s",
        "start of %(year)ss": "début des années %(year)s",
        "the early %(year)ss": "début des années %(year)s",
        "early %(year)ss": "début des années %(year)s",
        "the mid %(year)ss": "milieu des années %(year)s",
        "mid %(year)ss": "milieu des années %(year)s",
        "the late %(year)ss": "fin des années %(year)s",
        "late %(year)ss": "fin des années %(year)s",
        "the end of %(year)ss": "fin des années %(year)s",
        "end of %(year)ss": "fin des années %(year)s",
        "spring %(year)s": "printemps %(year)s",
        "summer %(year)s": "été %(year)s",
        "autumn %(year)s": "automne %(year)s",
        "winter %(year)s": "hiver %(year)s",
        "around spring %(year)s": "vers le printemps %(year)s",
        "around summer %(year)s": "vers l’été %(year)s",
        "around autumn %(year)s": "vers l’automne %(year)s",
        "around winter %(year)s": "vers l’hiver %(year)s",
        "before spring %(year)s": "avant le printemps %(year)s",
        "before summer %(year)s": "avant l’été %(year)s",
        "before autumn %(year)s": "avant l’automne %(year)s",
        "before winter %(year)s": "avant l’hiver %(year)s",
        "after spring %(year)s": "après le printemps %(year)s",
        "after summer %(year)s": "après l’été %(year)s",
        "after autumn %(year)s": "après l’automne %(year)s",
        "after winter %(year)s": "après l’hiver %(year)s",
        "first half of %(year)s": "1er semestre %(year)s",
        "second half of %(year)s": "2ᵉ semestre %(year)s",
        "H%(half)s %(year)s": "S%(half)s %(year)s",
        "around %(day)s": "vers le %(day)s",
        "around %(date)s": "vers %(date)s",
        "around %(quarter)s": "vers le %(quarter)s",
        "around %(half)s": "vers le %(half)s",
        "around %(decade)s": "vers %(decade)s",
        "before %(day)s": "avant le %(day)s",
        "before %(date)s": "avant %(date)s",
        "before %(quarter)s": "avant le %(quarter)s",
        "before %(half)s": "avant le %(half)s",
        "after %(day)s": "après le %(day)s",
        "after %(date)s": "après %(date)s",
        "after %(quarter)s": "après le %(quarter)s",
        "after %(half)s": "après le %(half)s",
        "c. %(date)s": "v. %(date)s",
        "%(time)s UTC": "%(time)s UTC",
        "%(time)s (UTC%(offset)s)": "%(time)s (UTC%(offset)s)",
        "%(start)s – %(end)s": "%(start)s – %(end)s",
    },
    "de": {
        "start of %(date)s": "Anfang %(date)s",
        "early %(date)s": "Anfang %(date)s",
        "mid %(date)s": "Mitte %(date)s",
        "late %(date)s": "Ende %(date)s",
        "end of %(date)s": "Ende %(date)s",
        "the %(year)ss": "die %(year)ser Jahre",
        "%(year)ss": "%(year)ser",
        "the start of %(year)ss": "Anfang der %(year)ser Jahre",
        "start of %(year)ss": "Anfang der %(year)ser",
        "the early %(year)ss": "Anfang der %(year)ser Jahre",
        "early %(year)ss": "Anfang der %(year)ser",
        "the mid %(year)ss": "Mitte der %(year)ser Jahre",
        "mid %(year)ss": "Mitte der %(year)ser",
        "the late %(year)ss": "Ende der %(year)ser Jahre",
        "late %(year)ss": "Ende der %(year)ser",
        "the end of %(year)ss": "Ende der %(year)ser Jahre",
        "end of %(year)ss": "Ende der %(year)ser",
        "spring %(year)s": "Frühjahr %(year)s",
        "summer %(year)s": "Sommer %(year)s",
        "autumn %(year)s": "Herbst %(year)s",
        "winter %(year)s": "Winter %(year)s",
        "around spring %(year)s": "etwa im Frühjahr %(year)s",
        "around summer %(year)s": "etwa im Sommer %(year)s",
        "around autumn %(year)s": "etwa im Herbst %(year)s",
        "around winter %(year)s": "etwa im Winter %(year)s",
        "before spring %(year)s": "vor dem Frühjahr %(year)s",
        "before summer %(year)s": "vor dem Sommer %(year)s",
        "before autumn %(year)s": "vor dem Herbst %(year)s",
        "before winter %(year)s": "vor dem Winter %(year)s",
        "after spring %(year)s": "nach dem Frühjahr %(year)s",
        "after summer %(year)s": "nach dem Sommer %(year)s",
        "after autumn %(year)s": "nach dem Herbst %(year)s",
        "after winter %(year)s": "nach dem Winter %(year)s",
        "first half of %(year)s": "1. Halbjahr %(year)s",
        "second half of %(year)s": "2. Halbjahr %(year)s",
        "H%(half)s %(year)s": "H%(half)s %(year)s",
        "around %(day)s": "um den %(day)s",
        "around %(date)s": "etwa %(date)s",
        "around %(quarter)s": "etwa im %(quarter)s",
        "around %(half)s": "etwa im %(half)s",
        "around %(decade)s": "um %(decade)s",
        "before %(day)s": "vor dem %(day)s",
        "before %(date)s": "vor %(date)s",
        "before %(quarter)s": "vor dem %(quarter)s",
        "before %(half)s": "vor dem %(half)s",
        "after %(day)s": "nach dem %(day)s",
        "after %(date)s": "nach %(date)s",
        "after %(quarter)s": "nach dem %(quarter)s",
        "after %(half)s": "nach dem %(half)s",
        "c. %(date)s": "ca. %(date)s",
        "%(time)s UTC": "%(time)s UTC",
        "%(time)s (UTC%(offset)s)": "%(time)s (UTC%(offset)s)",
        "%(start)s – %(end)s": "%(start)s – %(end)s",
    },
    "es": {
        "start of %(date)s": "principios de %(date)s",
        "early %(date)s": "principios de %(date)s",
        "mid %(date)s": "mediados de %(date)s",
        "late %(date)s": "finales de %(date)s",
        "end of %(date)s": "finales de %(date)s",
        "the %(year)ss": "los años %(year)s",
        "%(year)ss": "años %(year)s",
        "the start of %(year)ss": "principios de los años %(year)s",
        "start of %(year)ss": "principios de los años %(year)s",
        "the early %(year)ss": "principios de los años %(year)s",
        "early %(year)ss": "principios de los años %(year)s",
        "the mid %(year)ss": "mediados de los años %(year)s",
        "mid %(year)ss": "mediados de los años %(year)s",
        "the late %(year)ss": "finales de los años %(year)s",
        "late %(year)ss": "finales de los años %(year)s",
        "the end of %(year)ss": "finales de los años %(year)s",
        "end of %(year)ss": "finales de los años %(year)s",
        "spring %(year)s": "primavera de %(year)s",
        "summer %(year)s": "verano de %(year)s",
        "autumn %(year)s": "otoño de %(year)s",
        "winter %(year)s": "invierno de %(year)s",
        "around spring %(year)s": "hacia la primavera de %(year)s",
        "around summer %(year)s": "hacia el verano de %(year)s",
        "around autumn %(year)s": "hacia el otoño de %(year)s",
        "around winter %(year)s": "hacia el invierno de %(year)s",
        "before spring %(year)s": "antes de la primavera de %(year)s",
        "before summer %(year)s": "antes del verano de %(year)s",
        "before autumn %(year)s": "antes del otoño de %(year)s",
        "before winter %(year)s": "antes del invierno de %(year)s",
        "after spring %(year)s": "después de la primavera de %(year)s",
        "after summer %(year)s": "después del verano de %(year)s",
        "after autumn %(year)s": "después del otoño de %(year)s",
        "after winter %(year)s": "después del invierno de %(year)s",
        "first half of %(year)s": "primer semestre de %(year)s",
        "second half of %(year)s": "segundo semestre de %(year)s",
        "H%(half)s %(year)s": "S%(half)s %(year)s",
        "around %(day)s": "hacia el %(day)s",
        "around %(date)s": "hacia %(date)s",
        "around %(quarter)s": "hacia el %(quarter)s",
        "around %(half)s": "hacia el %(half)s",
        "around %(decade)s": "hacia %(decade)s",
        "before %(day)s": "antes del %(day)s",
        "before %(date)s": "antes de %(date)s",
        "before %(quarter)s": "antes del %(quarter)s",
        "before %(half)s": "antes del %(half)s",
        "after %(day)s": "después del %(day)s",
        "after %(date)s": "después de %(date)s",
        "after %(quarter)s": "después del %(quarter)s",
        "after %(half)s": "después del %(half)s",
        "c. %(date)s": "c. %(date)s",
        "%(time)s UTC": "%(time)s UTC",
        "%(time)s (UTC%(offset)s)": "%(time)s (UTC%(offset)s)",
        "%(start)s – %(end)s": "%(start)s – %(end)s",
    },
}

# One gettext per language, made once: labels are memoised on the gettext object.
GETTEXT = {lang: (lambda table: lambda message: table.get(message, message))(table)
           for lang, table in TRANSLATIONS.items()}
GETTEXT["en"] = datelabels._identity


def label(written, lang: str, short: bool = False) -> str:
    date = parse_date(written) if isinstance(written, str) else written
    return date_label(date, lang, GETTEXT[lang], short=short)


# written: (en, fr, de, es) full labels, every precision and form FuzzyDate has.
LABELS = {
    "the 1990s": ("the 1990s", "les années 1990", "die 1990er Jahre", "los años 1990"),
    "start of the 1990s": ("the start of 1990s", "début des années 1990", "Anfang der 1990er Jahre",
                           "principios de los años 1990"),
    "early 1990s": ("the early 1990s", "début des années 1990", "Anfang der 1990er Jahre",
                    "principios de los años 1990"),
    "mid 1990s": ("the mid 1990s", "milieu des années 1990", "Mitte der 1990er Jahre",
                  "mediados de los años 1990"),
    "late 1990s": ("the late 1990s", "fin des années 1990", "Ende der 1990er Jahre", "finales de los años 1990"),
    "end of the 1990s": ("the end of 1990s", "fin des années 1990", "Ende der 1990er Jahre",
                         "finales de los años 1990"),
    "2024": ("2024", "2024", "2024", "2024"),
    "H1 2024": ("first half of 2024", "1er semestre 2024", "1. Halbjahr 2024", "primer semestre de 2024"),
    "H2 2024": ("second half of 2024", "2ᵉ semestre 2024", "2. Halbjahr 2024", "segundo semestre de 2024"),
    "Q1 2024": ("Q1 2024", "1er trimestre 2024", "1. Quartal 2024", "1.er trimestre de 2024"),
    "Q2 2024": ("Q2 2024", "2ᵉ trimestre 2024", "2. Quartal 2024", "2.º trimestre de 2024"),
    "spring 2024": ("spring 2024", "printemps 2024", "Frühjahr 2024", "primavera de 2024"),
    "summer 2024": ("summer 2024", "été 2024", "Sommer 2024", "verano de 2024"),
    "autumn 2024": ("autumn 2024", "automne 2024", "Herbst 2024", "otoño de 2024"),
    "winter 2024": ("winter 2024", "hiver 2024", "Winter 2024", "invierno de 2024"),
    "2025-05": ("May 2025", "mai 2025", "Mai 2025", "mayo de 2025"),
    "2025-05-21": ("21 May 2025", "21 mai 2025", "21. Mai 2025", "21 de mayo de 2025"),
    "2024-03-08T07:42": ("8 March 2024, 07:42", "8 mars 2024, 07:42", "8. März 2024, 07:42",
                         "8 de marzo de 2024, 7:42"),
    "2024-03-08T07:42Z": ("8 March 2024, 07:42 UTC", "8 mars 2024, 07:42 UTC", "8. März 2024, 07:42 UTC",
                          "8 de marzo de 2024, 7:42 UTC"),
    "2024-03-08T19:05+01:00": ("8 March 2024, 19:05 (UTC+01:00)", "8 mars 2024, 19:05 (UTC+01:00)",
                               "8. März 2024, 19:05 (UTC+01:00)", "8 de marzo de 2024, 19:05 (UTC+01:00)"),
    "start of 2024": ("start of 2024", "début 2024", "Anfang 2024", "principios de 2024"),
    "early 2024": ("early 2024", "début 2024", "Anfang 2024", "principios de 2024"),
    "mid 2024": ("mid 2024", "mi-2024", "Mitte 2024", "mediados de 2024"),
    "late 2022": ("late 2022", "fin 2022", "Ende 2022", "finales de 2022"),
    "end of 2022": ("end of 2022", "fin 2022", "Ende 2022", "finales de 2022"),
    "start of May 2024": ("start of May 2024", "début mai 2024", "Anfang Mai 2024", "principios de mayo de 2024"),
    "early May 2024": ("early May 2024", "début mai 2024", "Anfang Mai 2024", "principios de mayo de 2024"),
    "mid May 2024": ("mid May 2024", "mi-mai 2024", "Mitte Mai 2024", "mediados de mayo de 2024"),
    "late May 2024": ("late May 2024", "fin mai 2024", "Ende Mai 2024", "finales de mayo de 2024"),
    "end of May 2024": ("end of May 2024", "fin mai 2024", "Ende Mai 2024", "finales de mayo de 2024"),
    "around 2024-05-15": ("around 15 May 2024", "vers le 15 mai 2024", "um den 15. Mai 2024",
                          "hacia el 15 de mayo de 2024"),
    "around 2024-05-15T07:42Z": ("around 15 May 2024, 07:42 UTC", "vers le 15 mai 2024, 07:42 UTC",
                                 "um den 15. Mai 2024, 07:42 UTC", "hacia el 15 de mayo de 2024, 7:42 UTC"),
    "around 2024-05": ("around May 2024", "vers mai 2024", "etwa Mai 2024", "hacia mayo de 2024"),
    "c. 2023": ("around 2023", "vers 2023", "etwa 2023", "hacia 2023"),
    "around early 2023": ("around early 2023", "vers début 2023", "etwa Anfang 2023", "hacia principios de 2023"),
    "around spring 2024": ("around spring 2024", "vers le printemps 2024", "etwa im Frühjahr 2024",
                           "hacia la primavera de 2024"),
    "around summer 2024": ("around summer 2024", "vers l’été 2024", "etwa im Sommer 2024",
                           "hacia el verano de 2024"),
    "around Q2 2024": ("around Q2 2024", "vers le 2ᵉ trimestre 2024", "etwa im 2. Quartal 2024",
                       "hacia el 2.º trimestre de 2024"),
    "around H1 2024": ("around first half of 2024", "vers le 1er semestre 2024", "etwa im 1. Halbjahr 2024",
                       "hacia el primer semestre de 2024"),
    "around the 1990s": ("around the 1990s", "vers les années 1990", "um die 1990er Jahre",
                         "hacia los años 1990"),
    "before 2023-05": ("before May 2023", "avant mai 2023", "vor Mai 2023", "antes de mayo de 2023"),
    "before 15 May 2023": ("before 15 May 2023", "avant le 15 mai 2023", "vor dem 15. Mai 2023",
                           "antes del 15 de mayo de 2023"),
    "after 2023": ("after 2023", "après 2023", "nach 2023", "después de 2023"),
    "after late 2023": ("after late 2023", "après fin 2023", "nach Ende 2023", "después de finales de 2023"),
    "before autumn 2024": ("before autumn 2024", "avant l’automne 2024", "vor dem Herbst 2024",
                           "antes del otoño de 2024"),
    "after spring 2024": ("after spring 2024", "après le printemps 2024", "nach dem Frühjahr 2024",
                          "después de la primavera de 2024"),
    "before Q3 2024": ("before Q3 2024", "avant le 3ᵉ trimestre 2024", "vor dem 3. Quartal 2024",
                       "antes del 3.er trimestre de 2024"),
    "after H1 2024": ("after first half of 2024", "après le 1er semestre 2024", "nach dem 1. Halbjahr 2024",
                      "después del primer semestre de 2024"),
}


@pytest.mark.parametrize("written", LABELS)
def test_every_precision_reads_as_a_reader_of_each_language_writes_it(written):
    assert tuple(label(written, lang) for lang in ("en", "fr", "de", "es")) == LABELS[written]


# written: (en, fr, de, es) compact labels for lists.
SHORT_LABELS = {
    "the 1990s": ("1990s", "années 1990", "1990er", "años 1990"),
    "early 1990s": ("early 1990s", "début des années 1990", "Anfang der 1990er", "principios de los años 1990"),
    "H1 2024": ("H1 2024", "S1 2024", "H1 2024", "S1 2024"),
    "Q2 2024": ("Q2 2024", "T2 2024", "Q2 2024", "T2 2024"),
    "spring 2024": ("spring 2024", "printemps 2024", "Frühjahr 2024", "primavera de 2024"),
    "2024-09": ("Sep 2024", "sept. 2024", "Sept. 2024", "sept 2024"),
    "2024-09-15": ("15 Sep 2024", "15 sept. 2024", "15. Sept. 2024", "15 sept 2024"),
    "2024-03-08T07:42+01:00": ("8 Mar 2024", "8 mars 2024", "8. März 2024", "8 mar 2024"),
    "mid 2024-09": ("mid Sep 2024", "mi-sept. 2024", "Mitte Sept. 2024", "mediados de sept 2024"),
    "around 2024-05-15": ("c. 15 May 2024", "v. 15 mai 2024", "ca. 15. Mai 2024", "c. 15 may 2024"),
    "around spring 2024": ("c. spring 2024", "v. printemps 2024", "ca. Frühjahr 2024", "c. primavera de 2024"),
    "around Q2 2024": ("c. Q2 2024", "v. T2 2024", "ca. Q2 2024", "c. T2 2024"),
    "before 2023-05": ("before May 2023", "avant mai 2023", "vor Mai 2023", "antes de may 2023"),
    "after H2 2024": ("after H2 2024", "après le S2 2024", "nach dem H2 2024", "después del S2 2024"),
}


@pytest.mark.parametrize("written", SHORT_LABELS)
def test_the_compact_form_for_lists_in_each_language(written):
    assert tuple(label(written, lang, short=True) for lang in ("en", "fr", "de", "es")) == SHORT_LABELS[written]


def test_a_span_joins_its_two_dates_in_the_language_of_each():
    span = DateSpan(parse_date("2024-05"), parse_date("around 2024-06-15"))
    assert [label(span, lang) for lang in ("en", "fr", "de", "es")] == [
        "May 2024 – around 15 June 2024", "mai 2024 – vers le 15 juin 2024", "Mai 2024 – um den 15. Juni 2024",
        "mayo de 2024 – hacia el 15 de junio de 2024"]
    assert label(span, "fr", short=True) == "mai 2024 – v. 15 juin 2024"
    assert label(DateSpan(parse_date("Q2 2024")), "de") == "2. Quartal 2024"
    assert (span.label, span.short_label) == ("May 2024 – around 15 June 2024", "May 2024 – c. 15 Jun 2024")


def test_headings_and_instants_in_each_language():
    assert [month_label(2024, 5, lang) for lang in ("en", "fr", "de", "es")] == [
        "May 2024", "mai 2024", "Mai 2024", "mayo de 2024"]
    assert month_label(2024, 9, "fr", short=True) == "sept. 2024"
    assert [year_label(2024, lang) for lang in ("en", "fr", "ja")] == ["2024", "2024", "2024年"]
    utc = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.timezone.utc)
    paris = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert moment_label(utc) == "5 December 2026, 09:30 UTC"
    assert moment_label(paris, "fr", GETTEXT["fr"]) == "5 décembre 2026, 09:30 (UTC+01:00)"
    assert moment_label(paris, "es", GETTEXT["es"]) == "5 de diciembre de 2026, 9:30 (UTC+01:00)"


def test_any_locale_babel_knows_and_english_for_one_it_does_not():
    date = parse_date("2025-05-21")
    assert date_label(date, "pt-BR") == "21 de maio de 2025"
    assert date_label(date, "de-AT") == "21. Mai 2025"
    assert date_label(date, "en-US") == date_label(date, "en-GB") == "21 May 2025"
    for unknown in ("xx", "", "zz-ZZ", "../fr", "fr\n"):
        assert date_label(date, unknown) == "21 May 2025"
        assert locale_name(unknown) == "en"
    assert locale_name("pt-BR") == "pt_BR"
    assert date_label(parse_date("2024-05-21T07:42"), "nn") == "21. mai 2024 kl. 07:42"   # (CLDR: "{1} 'kl'. {0}")


def test_every_locale_babel_knows_gives_a_label_of_every_kind():
    dates = [parse_date(written) for written in ("2024-05-21T07:42+01:00", "around 2024-05-21", "Q2 2024",
                                                 "late 2024-05", "before spring 2024", "H1 2024", "the 1990s")]
    wrong = [(locale, text) for locale in locale_identifiers() for date in dates for short in (False, True)
             if not (text := date_label(date, locale, short=short))
             or any(mark in text for mark in ("None", "'", "{", "}"))]
    assert not wrong


def test_a_locale_prepared_before_the_workers_fork_is_not_loaded_again():
    datelabels.prepare("it")
    loaded = datelabels._calendar.cache_info()
    assert date_label(parse_date("2024-05-21T07:42"), "it") == "21 maggio 2024 07:42"   # (CLDR: "{1} {0}")
    assert (datelabels._calendar.cache_info().hits, datelabels._calendar.cache_info().misses) == (
        loaded.hits + 1, loaded.misses)


def test_without_a_catalogue_a_label_keeps_the_english_words_around_local_dates():
    # (what a language without translations shows until its catalogue has the msgids)
    assert date_label(parse_date("around 2025-05-21"), "fr") == "around 21 mai 2025"


def test_a_gettext_that_cannot_be_memoised_on_still_translates():
    class Unhashable:
        __hash__ = None

        def __call__(self, message):
            return TRANSLATIONS["fr"].get(message, message)

    assert date_label(parse_date("around spring 2024"), "fr", Unhashable()) == "vers le printemps 2024"
    assert date_label(DateSpan(parse_date("2024"), parse_date("late 2025")), "fr", Unhashable()) == "2024 – fin 2025"


def test_a_translation_with_wrong_placeholders_gives_the_english_wording_not_a_crash():
    wrong = {"around %(day)s": "vers le %(jour)s", "spring %(year)s": "printemps %(year)d %", "mid %(date)s": "mi-%(mois)s"}
    gettext = wrong.get   # (a `labels:` override with a typo)

    def broken(message):
        return gettext(message, message)

    assert [date_label(parse_date(w), "fr", broken) for w in ("around 2024-05-15", "spring 2024", "mid 2024-05")] == [
        "around 15 mai 2024", "spring 2024", "mid mai 2024"]


# ---------------------------------------------------------------- the msgids

def _extracted() -> dict[str, list[str]]:
    """msgid -> translator comments, as `pybabel extract -c Translators:` finds them."""
    found = extract_from_file("python", str(ROOT / "generator" / "datelabels.py"), keywords=DEFAULT_KEYWORDS,
                              comment_tags=("Translators:",), strip_comment_tags=True)
    return {message: comments for _, message, comments, _ in found if isinstance(message, str)}


def test_pybabel_extract_finds_every_msgid_and_each_has_fr_de_es_wordings():
    extracted = _extracted()
    used = {m for table in (datelabels.PART_MSGIDS, datelabels.HALF_MSGIDS, datelabels.BOUND_MSGIDS["around"],
                            datelabels.BOUND_MSGIDS["before"], datelabels.BOUND_MSGIDS["after"])
            for m in table.values()}
    used |= {m for pair in datelabels.DECADE_MSGIDS.values() for m in pair}
    used |= {m for seasons in datelabels.SEASON_MSGIDS.values() for m in seasons.values()}
    used |= {datelabels.SHORT_HALF_MSGID, datelabels.SHORT_AROUND_MSGID, datelabels.UTC_MSGID,
             datelabels.OFFSET_MSGID, datelabels.RANGE_MSGID}
    assert used == set(extracted)
    for lang, table in TRANSLATIONS.items():
        assert set(table) == used, lang
    # the ambiguous ones say what they mean
    for message in ("start of %(date)s", "the %(year)ss", "H%(half)s %(year)s", "around %(day)s", "c. %(date)s"):
        assert extracted[message], message


@pytest.mark.parametrize("lang", sorted(TRANSLATIONS))
def test_the_themes_catalogues_hold_these_translations(lang):
    """The wordings these tests expect are those the theme ships (its messages.po)."""
    from generator.i18n import Interface
    shipped = Interface(lang).catalogue.messages
    assert {message: shipped.get(message) for message in TRANSLATIONS[lang]} == TRANSLATIONS[lang]


# ---------------------------------------------------------------- properties

def _legacy_label(date, short: bool) -> str:
    """FuzzyDate.label and .short_label as dossier wrote them before datelabels: English must not move."""
    month = MONTHS[date.month - 1][:3] if short and date.month else MONTHS[(date.month or 1) - 1]
    if date.decade:
        core = f"{date.part} {date.year}s" if date.part else f"{date.year}s"
        core = core if short else f"the {core}"
    else:
        if date.season:
            core = f"{date.season} {date.year}"
        elif date.quarter:
            core = f"Q{date.quarter} {date.year}"
        elif date.half:
            core = f"H{date.half} {date.year}" if short else f"{('first', 'second')[date.half - 1]} half of {date.year}"
        elif date.day:
            core = f"{date.day} {month} {date.year}"
        elif date.month:
            core = f"{month} {date.year}"
        else:
            core = str(date.year)
        core = f"{date.part} {core}" if date.part else core
        core = f"{date.bound} {core}" if date.bound else core
    if short:
        return f"c. {core}" if date.approximate else core
    if date.time:
        core += f", {date.time}"
        if date.tz:
            core += " UTC" if date.tz == "Z" else f" (UTC{date.tz})"
    return f"around {core}" if date.approximate else core


YEARS = st.integers(1, 9999)
MONTH_NAMES = st.sampled_from(MONTHS)
CORES = st.one_of(
    st.builds(lambda y: f"{y:04d}", YEARS),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", YEARS, st.integers(1, 12)),
    st.builds(lambda y, m, d: f"{d} {m} {y:04d}", YEARS, MONTH_NAMES, st.integers(1, 28)),
    st.builds(lambda y, q: f"Q{q} {y:04d}", YEARS, st.integers(1, 4)),
    st.builds(lambda y, h: f"H{h} {y:04d}", YEARS, st.integers(1, 2)),
    st.builds(lambda y, s: f"{s} {y:04d}", YEARS, st.sampled_from(["spring", "summer", "autumn", "fall", "winter"])),
    st.builds(lambda p, y: f"{p} {y:04d}", st.sampled_from(["start of", "early", "mid", "late", "end of"]), YEARS),
    st.builds(lambda p, m, y: f"{p} {m} {y:04d}", st.sampled_from(["start of", "early", "mid", "late", "end of"]),
              MONTH_NAMES, YEARS),
)
TIMES = st.builds(lambda y, m, d, hh, mm, tz: f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}{tz}", YEARS,
                  st.integers(1, 12), st.integers(1, 28), st.integers(0, 23), st.integers(0, 59),
                  st.sampled_from(["", "Z", "+01:00", "-05:30"]))
DECADES = st.builds(lambda p, y: f"{p}{y:03d}0s", st.sampled_from(["", "the ", "early ", "mid ", "late ",
                                                                   "start of ", "end of "]), st.integers(100, 999))
WRITTEN = st.one_of(
    CORES, TIMES, DECADES,
    st.builds(lambda a, c: f"{a} {c}", st.sampled_from(["around", "c.", "circa"]), st.one_of(CORES, TIMES, DECADES)),
    st.builds(lambda b, c: f"{b} {c}", st.sampled_from(["before", "after"]), CORES),
)
ENGLISH_WORDS = ("around", "start", "early", "mid ", "late", "end of", "spring", "summer", "autumn", "winter",
                 "before", "after", "half", "the ", "None")


@given(WRITTEN)
def test_every_date_reads_in_every_language_with_no_english_left(written):
    date = parse_date(written)
    assert date_label(date, "en") == date.label == _legacy_label(date, short=False)
    assert date_label(date, "en", short=True) == date.short_label == _legacy_label(date, short=True)
    for lang in ("fr", "de", "es"):
        own = set(get_month_names("wide", locale=lang).values()) | set(get_month_names("abbreviated", locale=lang).values())
        for short in (False, True):
            text = label(date, lang, short)
            assert text and text == text.strip() and "  " not in text
            assert not [w for w in MONTHS + [m[:3] for m in MONTHS] if w in text.split() and w not in own]
            assert not [w for w in ENGLISH_WORDS if w in text], (lang, text)

