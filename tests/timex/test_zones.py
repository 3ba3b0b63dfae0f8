"""Clock times with a time zone: UTC, GMT and Zulu put a Z on the value; other zones keep the
clock time as written, without a Z."""

from __future__ import annotations

import pytest

from treatyx.timex import DateTagger, load_date_rules

TAGGER = DateTagger(load_date_rules(()))
DCT = "2019-08-02"  # Friday


def whole(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.type) for t in TAGGER.tag(text, DCT)]


@pytest.mark.parametrize(("text", "found"), [
    ("The ultimatum ran out at 18:00 GMT with no reply.",
     [("18:00 GMT", "2019-08-02T18:00Z", "TIME")]),
    ("Tracking stations saw the booster separate at 1800 UTC.",
     [("1800 UTC", "2019-08-02T18:00Z", "TIME")]),
    ("The carrier group sailed at 0600Z, a navy officer said.",
     [("0600Z", "2019-08-02T06:00Z", "TIME")]),
    ("Ministers will meet at 10 a.m. GMT to vote on the text.",
     [("10 a.m. GMT", "2019-08-02T10:00Z", "TIME")]),
    ("The ceasefire took hold at 9:30 p.m. UTC Thursday.",
     [("at 9:30 p.m. UTC Thursday", "2019-08-01T21:30Z", "TIME")]),
    ("The launch window opens at 11 a.m. GMT on Aug. 5.",
     [("11 a.m. GMT on Aug. 5", "2019-08-05T11:00Z", "TIME")]),
    ("A second rocket was fired at 2000 UTC from the same site.",
     [("2000 UTC", "2019-08-02T20:00Z", "TIME")]),
])
def test_utc_times_carry_z(text, found):
    assert whole(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("The first missile flew at 7:10 a.m. KST, the joint chiefs said.",
     [("7:10 a.m. KST", "2019-08-02T07:10", "TIME")]),
    ("The statement was read at 0930 KST on state radio.",
     [("0930 KST", "2019-08-02T09:30", "TIME")]),
    ("Voting closes at 8 p.m. EST.", [("8 p.m. EST", "2019-08-02T20:00", "TIME")]),
    ("The strike came at 2100 local time.", [("2100 local time", "2019-08-02T21:00", "TIME")]),
])
def test_other_zones_keep_the_clock_time(text, found):
    assert whole(text) == found


def test_a_year_before_a_zone_letter_stays_a_year():
    assert whole("The pact of 1999 was never ratified.") == [("1999", "1999", "DATE")]
