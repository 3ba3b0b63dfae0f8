"""Resolution of underspecified values against the document date and the narrative reference."""

from __future__ import annotations

import datetime as dt

import pytest

from treatyx.timex.resolve import Anchor, Resolver, calendar_day, parse_dct, well_formed

DCT = "2019-07-05"  # a Friday, ISO week 27


def resolve(value: str, tense: str | None = None, dct: str | None = DCT) -> str | None:
    return Resolver(dct).resolve(value, tense)[0]


@pytest.mark.parametrize(("value", "expected"), [
    ("UNDEF-this-day", "2019-07-05"),
    ("UNDEF-this-day-MINUS-1", "2019-07-04"),
    ("UNDEF-this-day-PLUS-1TNI", "2019-07-06TNI"),
    ("UNDEF-this-year", "2019"),
    ("UNDEF-this-year-MINUS-1", "2018"),
    ("UNDEF-this-year-MINUS-1-08", "2018-08"),
    ("UNDEF-this-year-Q3", "2019-Q3"),
    ("UNDEF-this-month-PLUS-1", "2019-08"),
    ("UNDEF-this-week", "2019-W27"),
    ("UNDEF-this-week-MINUS-2", "2019-W25"),
    ("UNDEF-this-weekend-MINUS-1", "2019-W26-WE"),
    ("UNDEF-this-quarter-MINUS-1", "2019-Q2"),
    ("UNDEF-this-decade", "201X"),
    ("UNDEF-this-century", "20"),
    ("UNDEF-this-dayT17:00", "2019-07-05T17:00"),
])
def test_resolve_counts_from_the_document_date(value, expected):
    assert resolve(value) == expected


def test_resolve_keeps_final_values():
    for value in ("2019-08-02", "P2Y", "PRESENT_REF", "XXXX-WXX-1"):
        assert resolve(value) == value


def test_resolve_weekday_past_and_future():
    assert resolve("UNDEF-tense-weekday=3", "past") == "2019-07-03"
    assert resolve("UNDEF-tense-weekday=3", "future") == "2019-07-10"
    assert resolve("UNDEF-tense-weekday=4", "past") == "2019-07-04"
    assert resolve("UNDEF-tense-weekday=5", "past") == "2019-07-05"  # "said Friday"


def test_resolve_weekday_without_tense_is_the_past_one():
    assert resolve("UNDEF-tense-weekday=1") == "2019-07-01"
    assert resolve("UNDEF-tense-weekday=1", "present") == "2019-07-01"


def test_resolve_last_next_this_weekday():
    assert resolve("UNDEF-last-weekday=5") == "2019-06-28"
    assert resolve("UNDEF-next-weekday=2") == "2019-07-09"
    assert resolve("UNDEF-this-weekday=1") == "2019-07-01"
    assert resolve("UNDEF-past-weekday=6") == "2019-06-29"


def test_resolve_month_by_tense():
    assert resolve("UNDEF-tense-month=10", "past") == "2018-10"
    assert resolve("UNDEF-tense-month=02", "past") == "2019-02"
    assert resolve("UNDEF-tense-month=02", "future") == "2020-02"
    # no tense: the latest, as news mostly tells what happened, unless the latest is over
    # half a year back and the next within two months
    assert resolve("UNDEF-tense-month=09") == "2019-09"
    assert resolve("UNDEF-tense-month=12") == "2018-12"
    assert resolve("UNDEF-tense-month=01") == "2019-01"


def test_resolve_month_in_the_present_tense_is_the_past_one_unless_the_next_is_close():
    # "India, which tests the Agni-5 in March, says ..." written in July: last March; in a
    # present-tense clause a month more than half a year back loses to one within two months
    assert resolve("UNDEF-tense-month=03", "present") == "2019-03"
    assert resolve("UNDEF-tense-month=12", "present") == "2018-12"
    assert resolve("UNDEF-tense-month=08", "present") == "2019-08"
    assert resolve("UNDEF-tense-date=04-13", "present", "2019-10-20") == "2019-04-13"


def test_resolve_month_far_past_loses_to_a_close_future_one():
    # "payable Sept. 15" in a past-tense sentence of a late-July article is this September
    assert resolve("UNDEF-tense-month=08", "past", "2019-07-28") == "2019-08"
    assert resolve("UNDEF-tense-month=12", "past", "2019-07-28") == "2018-12"


def test_resolve_date_by_tense_and_nearest():
    assert resolve("UNDEF-tense-date=08-02", "future") == "2019-08-02"
    assert resolve("UNDEF-tense-date=08-02") == "2019-08-02"
    assert resolve("UNDEF-tense-date=11-28", "past") == "2018-11-28"
    assert resolve("UNDEF-tense-date=06-20", "past") == "2019-06-20"
    assert resolve("UNDEF-tense-date=02-29", "past", "2020-07-05") == "2020-02-29"


def test_resolve_date_with_weekday_picks_the_fitting_year():
    # April 25 is a Saturday in 2020, not in 2019
    assert resolve("UNDEF-tense-date=04-25@6", "past", "2020-04-24") == "2020-04-25"


def test_resolve_last_month_name_is_the_most_recent_one_before():
    assert resolve("UNDEF-last-month=04", dct="2019-10-05") == "2019-04"
    assert resolve("UNDEF-last-month=11", dct="2019-10-05") == "2018-11"
    assert resolve("UNDEF-next-month=03", dct="2019-10-05") == "2020-03"
    assert resolve("UNDEF-this-month=09", dct="2019-02-05") == "2019-09"


def test_resolve_seasons():
    assert resolve("UNDEF-last-season=FA", dct="2019-10-26") == "2018-FA"
    assert resolve("UNDEF-this-season=SU", dct="2019-05-26") == "2019-SU"
    assert resolve("UNDEF-tense-season=SU", "past", "2019-10-26") == "2019-SU"
    assert resolve("UNDEF-tense-season=SP", "future", "2019-10-26") == "2020-SP"


def test_resolve_quarters_are_the_document_year():
    assert resolve("UNDEF-tense-quarter=3", None, "2019-10-26") == "2019-Q3"
    assert resolve("UNDEF-tense-quarter=4", "future", "2019-10-26") == "2019-Q4"
    assert resolve("UNDEF-tense-quarter=4", "past", "2019-02-26") == "2018-Q4"


def test_resolve_weekend():
    assert resolve("UNDEF-tense-weekend", "past", "2019-07-08") == "2019-W27-WE"
    assert resolve("UNDEF-tense-weekend", "future") == "2019-W27-WE"


def test_resolve_holidays():
    assert calendar_day(2019, "11-4#4") == dt.date(2019, 11, 28)  # Thanksgiving
    assert calendar_day(2019, "05-1#-1") == dt.date(2019, 5, 27)  # last Monday of May
    assert calendar_day(2016, "11-01>2") == dt.date(2016, 11, 8)  # election day
    assert calendar_day(2019, "02-30") is None
    assert resolve("UNDEF-Y2019-date=11-4#4") == "2019-11-28"
    assert resolve("UNDEF-Y2017-date=12-25", dct=None) == "2017-12-25"


def test_resolve_without_dct_keeps_x():
    assert resolve("UNDEF-tense-date=08-02", "past", None) == "XXXX-08-02"
    assert resolve("UNDEF-tense-weekday=3", "future", None) == "XXXX-WXX-3"
    assert resolve("UNDEF-this-year-MINUS-1", None, None) == "XXXX"
    assert resolve("UNDEF-this-day", None, None) == "XXXX-XX-XX"
    assert resolve("UNDEF-tense-month=10", None, None) == "XXXX-10"
    assert resolve("UNDEF-this-weekend-MINUS-1", None, None) == "XXXX-WXX-WE"
    assert resolve("UNDEF-tense-date=11-4#4", None, None) == "XXXX-XX-XX"


def test_resolve_without_dct_never_reads_the_clock(monkeypatch):
    class Frozen(dt.date):
        @classmethod
        def today(cls):  # pragma: no cover - must not be called
            raise AssertionError("the clock was read")

    monkeypatch.setattr(dt, "date", Frozen)
    assert Resolver(None).resolve("UNDEF-this-week", None)[0] == "XXXX-WXX"


def test_resolve_narrative_reference():
    r = Resolver(DCT)
    r.note("2010-06-03", "DATE")
    assert r.resolve("UNDEF-REF-day-PLUS-1") == ("2010-06-04", True)
    assert r.resolve("UNDEF-REF-year") == ("2010", True)
    r.note("2010-06-04", "DATE")
    assert r.resolve("UNDEF-REF-day-PLUS-1")[0] == "2010-06-05"


def test_resolve_reference_skips_coarser_mentions():
    r = Resolver("1989-10-26")
    r.note("1989-Q3", "DATE")
    r.note("1988", "DATE")
    assert r.resolve("UNDEF-REF-quarter")[0] == "1989-Q3"


def test_resolve_comparisons_keep_the_reference():
    r = Resolver("1989-10-26")
    r.note("1989-Q3", "DATE")
    value, anchored = r.resolve("UNDEF-REFUNIT-year-MINUS-1")
    assert (value, anchored) == ("1988-Q3", True)
    r.note(value, "DATE")  # "a year earlier" does not move the story
    assert r.resolve("UNDEF-REFUNIT-year-MINUS-1")[0] == "1988-Q3"


def test_resolve_near_unit_uses_the_document_year_for_far_references():
    r = Resolver(DCT)
    r.note("1987-12-08", "DATE")
    value = r.resolve("UNDEF-NEARUNIT-year-MINUS-1")[0]
    assert value == "2018"
    r.note(value, "DATE")  # a comparison: not a new reference
    r.note("2019-Q2", "DATE")
    assert r.resolve("UNDEF-NEARUNIT-year-MINUS-1")[0] == "2018-Q2"


def test_resolve_rejects_vague_counts():
    assert not well_formed("UNDEF-this-year-MINUS-X")
    assert well_formed("UNDEF-this-year-MINUS-2")
    assert well_formed("UNDEF-tense-weekday=3TNI")
    assert resolve("UNDEF-this-year-MINUS-X") is None


def test_resolve_parse_helpers():
    assert parse_dct("2019-07-05T10:30:00") == dt.date(2019, 7, 5)
    assert parse_dct("yesterday") is None
    assert parse_dct(None) is None
    assert Anchor.parse("2019-W27-WE").unit == "weekend"
    assert Anchor.parse("2019-SU").unit == "season"
    assert Anchor.parse("PRESENT_REF") is None
