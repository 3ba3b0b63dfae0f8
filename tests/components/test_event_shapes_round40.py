"""Shapes found in round 40 on part AQ: tests counted in a series ("the second test"), and a
verb that takes no system from the sentences before it."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # "the first test", "the second test" count the tests of the weapon named before
    ("Pakistan's Babur missile crashed on Friday. During the first test on May 3, 2011, the "
     "missile veered off course, the second test on June 9, 2012 was a partial success.",
     [("missile_test", "asserted", ["pakistan"], [], ["babur"], "2011-05-03"),
      ("missile_test", "asserted", ["pakistan"], [], ["babur"], "2012-06-09")]),
    # with no weapon named before, they count nothing known
    ("During the first test on May 3, 2011, the rocket veered off course, the second test on "
     "June 9, 2012 was a partial success.", []),
    # "a first test" is no count of a series told before
    ("Pakistan's Babur missile crashed on Friday. A first test on May 3, 2011 went well.", []),
])
def test_tests_counted_in_a_series(run, text, expected):
    assert summary(run(text, date="2015-10-16")) == expected


def test_a_verb_takes_no_system_from_a_possessive_before_it(run):
    # "its" before "best to build" opens no event noun: the defences are no Hwasong-15
    text = ("Pyongyang fired two missiles on Monday, among them a Hwasong-15. Tokyo said it "
            "would do its best to build up its missile defences with Washington.")
    assert summary(run(text, date="2017-12-01")) == [
        ("missile_test", "asserted", ["north-korea"], [], ["hwasong-15"], "2017-11-27"),
        ("development", "planned", ["japan"], ["united-states"], [], "2017-12-01")]
