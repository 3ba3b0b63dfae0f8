"""Amounts of time written in words, read by the number-word reader shared with the range
component (treatyx.quantities.read_number_words)."""

from __future__ import annotations

import pytest

from treatyx.timex import DateTagger, load_date_rules

TAGGER = DateTagger(load_date_rules(()))


@pytest.mark.parametrize(("text", "found"), [
    ("The ceasefire has held for twenty-four hours.",
     [("twenty-four hours", "PT24H", "DURATION", None)]),
    ("The old rivals kept the border shut for a dozen years.",
     [("a dozen years", "P12Y", "DURATION", None)]),
    ("The two navies have shadowed each other for two dozen years.",
     [("two dozen years", "P24Y", "DURATION", None)]),
    ("The fortress guarded the pass for fifteen hundred years.",
     [("fifteen hundred years", "P1500Y", "DURATION", None)]),
    ("Inspectors stayed two and a half days at the plant.",
     [("two and a half days", "P2DT12H", "DURATION", None)]),
    ("Repairs should take two to three weeks.",
     [("two to three weeks", "P3W", "DURATION", "EQUAL_OR_LESS")]),
])
def test_number_words_in_durations(text, found):
    assert [(t.text, t.value, t.type, t.mod) for t in TAGGER.tag(text, "2019-07-05")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("The garrison held the island for half a dozen years.",
     [("half a dozen years", "P6Y", "DURATION", None)]),
    ("The plant was idle for a couple of months.",
     [("a couple of months", "P2M", "DURATION", None)]),
    ("Engineers will need several weeks to repair the silo.",
     [("several weeks", "PXW", "DURATION", None)]),
])
def test_phrases_of_the_shared_number_list(text, found):
    assert [(t.text, t.value, t.type, t.mod) for t in TAGGER.tag(text, "2019-07-05")] == found


def test_dates_and_ranges_read_one_number_list():
    """The tagger's number words are the ``numbers`` rule list the range component reads."""
    from treatyx.components.ranges import RangeFinder
    from treatyx.ruleset import load_ruleset

    finder = RangeFinder(load_ruleset(()))
    shared = {word: info for word, info in TAGGER.rules.numbers.items() if not info.vague}
    assert finder.numbers.words == shared
    assert {"twenty", "hundred", "dozen", "a", "half a dozen"} <= set(shared)
    assert TAGGER.rules.numbers["several"].vague
