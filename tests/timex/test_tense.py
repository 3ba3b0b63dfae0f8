"""Tense of the clause around a date, from the cue words of rules/dates/tense.yml."""

from __future__ import annotations

import pytest

from treatyx.components.sentences import split_text
from treatyx.timex import DateTagger, load_date_rules
from treatyx.timex.tense import clause_tense, sentence_bounds

RULES = load_date_rules(())


def tense_of(text: str, expression: str) -> str | None:
    start = text.index(expression)
    return clause_tense(RULES, text, start, start + len(expression), split_text(text))


@pytest.mark.parametrize(("text", "expression", "expected"), [
    ("Russia suspended its participation on Wednesday.", "Wednesday", "past"),
    ("The two delegations will meet on Wednesday.", "Wednesday", "future"),
    ("The talks will be held in Vienna on Monday.", "Monday", "future"),
    ("The foreign ministry said Thursday it had no comment.", "Thursday", "past"),
    ("Officials met in Geneva last month.", "last month", "past"),
    ("Pyongyang is expected to launch the rocket in October.", "October", "future"),
    ("The board approved a bonus, payable Jan. 20.", "Jan. 20", "future"),
    ("Officials said the moratorium was extended to Jan. 22.", "Jan. 22", "future"),
    ("Moscow would not respond before Tuesday.", "Tuesday", "future"),
    ("The inspectors did not return on Friday.", "Friday", "past"),
    ("The United States said it was withdrawing on August 2.", "August 2", "present"),
    ("Seoul will be hosting the meeting on Monday.", "Monday", "future"),
    ("Russia suspended the treaty on Wednesday and will answer in kind.", "Wednesday", "past"),
    ("The envoy says talks resume on Monday.", "Monday", "present"),
    ("The inspectors didn't return on Friday.", "Friday", "past"),
    ("We'll meet them on Friday.", "Friday", "future"),
    ("The withdrawal will take effect in November, the minister said.", "November", "future"),
    # a present that tells what is scheduled points forward, however far from the date
    ("Officials say the pact expires at the end of June.", "the end of June", "future"),
    ("The moratorium lapses at the end of the year.", "the end of the year", "future"),
    ("The pact expired at the end of May.", "the end of May", "past"),
    # "ahead of" and "upcoming" tell what follows them is to come, not a date before them
    ("The battery was ready on Friday ahead of the launch.", "Friday", "past"),
    ("Diplomats gathered ahead of Friday's vote.", "Friday", "future"),
])
def test_tense_of_clause(text, expression, expected):
    assert tense_of(text, expression) == expected


def test_tense_none_without_cues():
    assert tense_of("Talks on Friday.", "Friday") is None


def test_tense_ignores_capitalised_ed_words():
    # "United" and "Red" are not past forms
    assert tense_of("United Nations envoys on Friday.", "Friday") is None


def test_tense_stays_in_its_sentence():
    text = "The vote was held in March. Lawmakers will meet on Tuesday."
    assert tense_of(text, "Tuesday") == "future"
    assert tense_of(text, "March") == "past"


def test_tense_sentence_bounds_skip_abbreviations():
    text = "The deal was signed on Aug. 2 in Geneva. Talks resume soon."
    start = text.index("Aug. 2")
    s, e = sentence_bounds(text, start, start + 6, split_text(text))
    assert text[s:e] == "The deal was signed on Aug. 2 in Geneva. "


def test_tense_reads_the_sentences_of_the_pipeline_splitter():
    """A line break ends a sentence (a headline without a full stop), as in the pipeline: the
    "will" of the headline says nothing about the date of the next line."""
    text = "Delegates will gather in Vienna\nOn Wednesday, the ministry announced the suspension."
    assert split_text(text) == [0, text.index("On")]
    assert tense_of(text, "Wednesday") == "past"
    tagged = DateTagger(RULES).tag(text, "2019-07-05")
    assert [(t.text, t.value) for t in tagged] == [("Wednesday", "2019-07-03")]
