import pytest

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
