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
