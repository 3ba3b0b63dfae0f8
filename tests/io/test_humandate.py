"""Date values in words: every TimeML shape treatyx emits, and values it must leave alone."""

import pytest

from treatyx.io.humandate import in_words, period, sort_key


@pytest.mark.parametrize(("value", "mod", "words"), [
    ("2019-08-02", None, "Fri 2 Aug 2019"),
    ("1987-12-08", None, "Tue 8 Dec 1987"),
    ("2019-08", None, "Aug 2019"),
    ("2019", None, "2019"),
    ("2021", "START", "early 2021"),
    ("2021", "END", "late 2021"),
    ("2019-07", "MID", "mid Jul 2019"),
    ("2019-09", "APPROX", "about Sep 2019"),
    ("2019-07-05T06:45", None, "Fri 5 Jul 2019, 06:45"),
    ("2024-10-31TMO", None, "Thu 31 Oct 2024, morning"),
    ("2019-07-04TNI", None, "Thu 4 Jul 2019, night"),
    ("2019-W26", None, "week of 24 Jun 2019"),
    ("2019-W26-WE", None, "weekend of 29 Jun 2019"),
    ("2019-W31-5", None, "Fri 2 Aug 2019"),
    ("XXXX-WXX-5", None, "a Friday, year unknown"),
    ("XXXX-WXX-WE", None, "a weekend, date unknown"),
    ("XXXX-WXX", None, "a week, date unknown"),
    ("XXXX-08-02", None, "2 Aug, year unknown"),
    ("XXXX-08", None, "Aug, year unknown"),
    ("XXXX", None, "a year unknown"),
    ("2019-Q3", None, "Q3 2019"),
    ("2019-H1", None, "first half of 2019"),
    ("2019-SU", None, "summer 2019"),
    ("2020-WI", "START", "early winter 2020"),
    ("XXXX-FA", None, "autumn, year unknown"),
    ("198X", None, "the 1980s"),
    ("19", None, "the 20th century"),
    ("PAST_REF", None, "in the past"),
    ("PRESENT_REF", None, "now"),
    ("FUTURE_REF", None, "in the future"),
    ("2019", "ON_OR_BEFORE", "by 2019"),
    ("2019-08-02", "BEFORE", "before Fri 2 Aug 2019"),
])
def test_value_in_words(value, mod, words):
    assert in_words(value, mod) == words


@pytest.mark.parametrize("value", ["P2Y", "PXY", "2019-13", "2019-02-30", "2019-W54", "XX",
                                   "UNDEF-this-year"])
def test_unknown_or_impossible_values_are_shown_as_they_are(value):
    assert in_words(value) == value


def test_no_value_is_no_words():
    assert in_words(None) == ""
    assert in_words("") == ""


def test_sort_key_puts_calendar_dates_in_order_and_unknown_years_after():
    values = ["XXXX-WXX-5", "2019-08-02", "PAST_REF", "1987-12-08", "2019", "2014-07"]
    assert sorted(values, key=sort_key) == ["1987-12-08", "2014-07", "2019", "2019-08-02",
                                            "PAST_REF", "XXXX-WXX-5"]


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2019-08-02", "2019-08-02", "2019-08-02"),
    ("2019-08", "2019-08-01", "2019-08-31"),
    ("2019", "2019-01-01", "2019-12-31"),
    ("2019-W31", "2019-07-29", "2019-08-04"),
    ("2019-W26-WE", "2019-06-29", "2019-06-30"),
    ("2019-Q4", "2019-10-01", "2019-12-31"),
    ("2019-H1", "2019-01-01", "2019-06-30"),
    ("2019-WI", "2019-12-01", "2020-02-29"),
    ("198X", "1980-01-01", "1989-12-31"),
    ("2024-10-31TMO", "2024-10-31", "2024-10-31"),
])
def test_period_of_a_calendar_value(value, first, last):
    start, end = period(value)
    assert (start.isoformat(), end.isoformat()) == (first, last)


@pytest.mark.parametrize("value", [None, "XXXX-WXX-5", "XXXX-08", "PAST_REF", "P2Y", "2019-13"])
def test_no_period_for_values_off_the_calendar(value):
    assert period(value) is None


def test_period_of_early_mid_and_late():
    assert [d.isoformat() for d in period("2021", "START")] == ["2021-01-01", "2021-05-01"]
    assert [d.isoformat() for d in period("2021", "END")] == ["2021-09-02", "2021-12-31"]
    assert [d.isoformat() for d in period("2021", "MID")] == ["2021-05-02", "2021-09-01"]
    assert [d.isoformat() for d in period("2019-08-02", "MID")] == ["2019-08-02", "2019-08-02"]
