import pytest
from hypothesis import given, strategies as st

from generator.dates import DateError, parse_date


@pytest.mark.parametrize("written, label, iso, precision", [
    ("2024", "2024", "2024", "year"),
    (2024, "2024", "2024", "year"),
    ("2024-05", "May 2024", "2024-05", "month"),
    ("2024-05-15", "15 May 2024", "2024-05-15", "day"),
    ("around 2024-05-15", "around 15 May 2024", "2024-05-15", "day"),
    ("c. 2023", "around 2023", "2023", "year"),
    ("spring 2024", "spring 2024", "2024", "season"),
    ("end of 2022", "end of 2022", "2022", "year"),
    ("early May 2024", "early May 2024", "2024-05", "month"),
    ("15 May 2024", "15 May 2024", "2024-05-15", "day"),
    ("March 8, 2024", "8 March 2024", "2024-03-08", "day"),
    ("2024-03-08T07:42+01:00", "8 March 2024, 07:42 (UTC+01:00)", "2024-03-08T07:42+01:00", "minute"),
])
def test_dates_keep_the_precision_they_were_written_with(written, label, iso, precision):
    date = parse_date(written)
    assert (date.label, date.iso, date.precision) == (label, iso, precision)


def test_approximate_and_partial_dates_are_not_exact():
    assert parse_date("2024-05-15").is_exact
    for written in ("around 2024-05-15", "spring 2024", "end of 2022"):
        assert not parse_date(written).is_exact


def test_dates_sort_in_time_order_whatever_their_precision():
    written = ["2024-05-15", "end of 2022", "2024", "spring 2024", "2024-03", "2023-09"]
    ordered = sorted(written, key=lambda w: parse_date(w).sort_key)
    assert ordered == ["end of 2022", "2023-09", "2024", "2024-03", "spring 2024", "2024-05-15"]


@pytest.mark.parametrize("written, message", [
    ("2024-02-30", "'2024-02-30' is not a real date: February 2024 has no day 30"),
    ("2024-13", "there is no month 13"),
    ("next week", "'next week' is not a date I can read"),
    ("2024-01-01T25:00", "25:00 is not a time of day"),
])
def test_impossible_dates_are_refused_with_a_reason(written, message):
    with pytest.raises(DateError, match=message):
        parse_date(written)


@pytest.mark.parametrize("written, label, short, iso, precision", [
    ("Q2 2024", "Q2 2024", "Q2 2024", "2024", "quarter"),
    ("2024-Q3", "Q3 2024", "Q3 2024", "2024", "quarter"),
    ("second quarter of 2024", "Q2 2024", "Q2 2024", "2024", "quarter"),
    ("H1 2024", "first half of 2024", "H1 2024", "2024", "half"),
    ("2024-h2", "second half of 2024", "H2 2024", "2024", "half"),
    ("first half of 2024", "first half of 2024", "H1 2024", "2024", "half"),
    ("early 2024", "early 2024", "early 2024", "2024", "year"),
    ("mid 2024", "mid 2024", "mid 2024", "2024", "year"),
    ("late 2024", "late 2024", "late 2024", "2024", "year"),
    ("the 1990s", "the 1990s", "1990s", "1990", "decade"),
    ("1990s", "the 1990s", "1990s", "1990", "decade"),
    ("early 1990s", "the early 1990s", "early 1990s", "1990", "decade"),
    ("before 2023-05", "before May 2023", "before May 2023", "2023-05", "month"),
    ("after 2023", "after 2023", "after 2023", "2023", "year"),
    ("before 15 May 2023", "before 15 May 2023", "before 15 May 2023", "2023-05-15", "day"),
    ("after H1 2024", "after first half of 2024", "after H1 2024", "2024", "half"),
    ("around Q2 2024", "around Q2 2024", "c. Q2 2024", "2024", "quarter"),
])
def test_the_dates_people_write_are_shown_as_written(written, label, short, iso, precision):
    date = parse_date(written)
    assert (date.label, date.short_label, date.iso, date.precision) == (label, short, iso, precision)
    assert not date.is_exact
    assert parse_date(date.label) == date


def test_quarters_halves_and_bounds_sort_where_they_belong():
    written = ["2024-05-15", "before 2024", "Q2 2024", "after 2024-05", "H1 2024", "2024-02", "H2 2024",
               "after 2024", "before 2024-04", "2023-12-31", "end of 2024", "the 2020s"]
    ordered = sorted(written, key=lambda w: parse_date(w).sort_key)
    assert ordered == ["the 2020s", "2023-12-31", "before 2024", "2024-02", "before 2024-04", "H1 2024", "Q2 2024",
                       "2024-05-15", "after 2024-05", "H2 2024", "end of 2024", "after 2024"]


ACCEPTED_FORMS = ("write it as 2024, 2024-05, 2024-05-15 or 2024-05-15T07:42, optionally with 'around'; or as "
                  "'spring 2024', 'Q2 2024', 'H1 2024' or 'first half of 2024', 'early 2024', 'mid May 2024', "
                  "'late 2024', 'end of 2022', 'the 1990s', 'before 2023-05' or 'after 2023'")


@pytest.mark.parametrize("written, message", [
    ("Q5 2024", f"'Q5 2024' is not a date I can read; {ACCEPTED_FORMS}"),
    ("third half of 2024", "'third half of 2024': a year has two halves"),
    ("around before 2023", "'around before 2023': a date is either approximate ('around') or a bound ('before', "
                           "'after'), not both"),
    ("before the 1990s", "'before the 1990s': 'before' goes with a year, a month or a day, not a decade (write "
                         "'before 1990' or 'after 1999')"),
    ("after 2024-05-15T07:42", "'after 2024-05-15T07:42': 'after' goes with a year, a month or a day, not a time "
                               "of day"),
    ("early Q2 2024", "'early Q2 2024': 'early' goes with a year, a month or a decade, not a season, a quarter or "
                      f"a half, which are parts already; {ACCEPTED_FORMS}"),
    ("1995s", f"'1995s' is not a date I can read; {ACCEPTED_FORMS}"),
])
def test_other_forms_are_refused_with_the_forms_accepted(written, message):
    with pytest.raises(DateError) as caught:
        parse_date(written)
    assert str(caught.value) == message


PERIODS = st.one_of(
    st.builds(lambda y: (str(y), None), st.integers(1000, 9998)),
    st.builds(lambda y, m: (f"{y}-{m:02d}", None), st.integers(1000, 9998), st.integers(1, 12)),
    st.builds(lambda y, q: (f"Q{q} {y}", None), st.integers(1000, 9998), st.integers(1, 4)),
    st.builds(lambda y, h: (f"H{h} {y}", None), st.integers(1000, 9998), st.integers(1, 2)),
    st.builds(lambda y, s: (f"{s} {y}", None), st.integers(1000, 9998),
              st.sampled_from(["spring", "summer", "autumn", "winter"])),
    st.builds(lambda y, p: (f"{p} {y}", None), st.integers(1000, 9998),
              st.sampled_from(["early", "mid", "late", "start of", "end of"])),
    st.builds(lambda y, m, d: (f"{y}-{m:02d}-{d:02d}", d), st.integers(1000, 9998), st.integers(1, 12),
              st.integers(1, 28)),
)


@given(PERIODS, st.data())
def test_a_bound_sorts_before_or_after_every_day_it_bounds(period, data):
    written, day = period
    date = parse_date(written)
    first, last = date.months
    month = data.draw(st.integers(first, last)) if not date.day else date.month
    inside = parse_date(f"{date.year}-{month:02d}-{day or data.draw(st.integers(1, 28)):02d}T"
                        f"{data.draw(st.integers(0, 23)):02d}:{data.draw(st.integers(0, 58)):02d}")
    before, after = parse_date(f"before {written}"), parse_date(f"after {written}")
    assert before.sort_key < inside.sort_key < after.sort_key
    assert (before.label, after.label) == (f"before {date.label}", f"after {date.label}")
    assert parse_date(before.label) == before and parse_date(after.label) == after
