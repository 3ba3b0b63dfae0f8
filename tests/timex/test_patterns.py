"""Compiling the date_* rule sections: macros, triggers, templates and errors with file:line."""

from __future__ import annotations

import re
import textwrap

import pytest

from treatyx.errors import RuleErrors
from treatyx.ruleset import read_ruleset
from treatyx.timex import DateTagger, compile_rules
from treatyx.timex.patterns import first_chars, first_words, load_date_rules, norm_key


def write(tmp_path, text: str):
    (tmp_path / "extra.yml").write_text(textwrap.dedent(text), encoding="utf-8")
    return (str(tmp_path),)


def test_patterns_norm_key():
    assert norm_key("Sept.") == "sept"
    assert norm_key("New  Year’s Day") == "new year's day"


def test_patterns_macros_expand_longest_first():
    rules = load_date_rules(())
    month = rules.vocab["month"]
    regex = re.compile(month.pattern + r"(?!\w)")
    assert regex.match("September").group() == "September"
    assert regex.match("Sept. 5").group() == "Sept."
    assert regex.match("may") is None  # exact case: the verb is no month
    assert month.lookup("SEPT.") == "09"


def test_patterns_every_pattern_has_a_trigger():
    rules = load_date_rules(())
    assert all(rule.categories for rule in rules.patterns.values())


def test_patterns_first_characters_and_words():
    assert first_chars(r"(?:the\s+)?\d+") == frozenset("t0123456789")
    assert first_chars(r"[a-c]+") == frozenset("abc")
    assert first_chars(r".+") is None
    exact, prefixes, digit = first_words(r"(?:last|this)\s+(?P<u>years?)|\d+")
    assert exact == {"last", "this"} and digit and prefixes == ()


def test_patterns_required_texts_are_what_every_match_holds():
    from treatyx.timex.regex_starts import fold, required_texts

    needs = required_texts(r"(?P<n>\d+|a\s+few)\s+(?:years?|months?)\s+(?:ago|back)(?!\w)")
    assert needs == ((("month", "year"), False), (("ago", "back"), False), (("few",), True),
                     (("a",), True))  # a digit or "few", a digit or "a"
    assert required_texts(r"(?:in\s+)?(?:[12]\d{3}|last)") == (
        (("last",), True), (("1", "2", "last"), False))
    # words from a short list: the shortest of each (a match of "Friday" holds "fri")
    assert required_texts(r"(?-i:Fri(?:\.|day)?|Mon(?:day)?)\s+[ap]\.?m") == (
        (("fri", "mon"), False), (("a.m", "am", "p.m", "pm"), False))
    assert required_texts(r"(?:the\s+|x?)year(?=s)") == ((("year",), False),)
    assert required_texts(r"\w+|today") == ()  # an alternative with no literal needs nothing
    # Unicode case folding: "K" (Kelvin sign) and "ſ" match k and s case-insensitively
    assert fold("\u212aM ı \u017fince İt") == "km i since it"


def test_patterns_a_pattern_is_compiled_only_where_it_could_match():
    rules = compile_rules(read_ruleset(()))
    tagger = DateTagger(rules)
    found = tagger.tag("Talks were held on Friday. A year ago the treaty lapsed.", "2019-07-05")
    assert [(t.text, t.value, t.rule) for t in found] == [
        ("Friday", "2019-07-05", "rel-weekday"), ("A year ago", "2018-07-05", "rel-year-ago")]
    compiled = {rules.patterns[gname].id for gname, regex in rules._rule_regexes.items()
                if regex.ready}
    assert {"rel-weekday", "rel-year-ago"} <= compiled
    # tried at "Friday" and "year", but no digit, "night" or "quarter" is in reach
    assert not compiled & {"date-day-month-year", "rel-weekday-part-of-day",
                           "rel-year-ago-quarter"}


def test_patterns_extra_folder_adds_a_pattern(tmp_path):
    folders = write(tmp_path, """
        date_patterns:
          - id: test-harvest
            type: DATE
            trigger: [season]
            regex: 'harvest\\s+(?P<s>%season)'
            value: 'UNDEF-this-season={s:season}'
    """)
    tagger = DateTagger(compile_rules(read_ruleset(folders)))
    found = tagger.tag("They met in harvest autumn.", "2019-07-05")
    assert [(t.rule, t.value) for t in found] == [("test-harvest", "2019-FA")]


@pytest.mark.parametrize(("entry", "message", "line"), [
    ("regex: '%nosuchmacro'\n    type: DATE\n    value: '1'", "unknown macro %nosuchmacro", 4),
    ("regex: 'fortnightly'\n    type: SET\n    value: 'P2W'", "uses no trigger vocabulary", 3),
    ("regex: '(?P<y>%year4)'\n    type: DATE\n    value: '{x}'", "does not define", 3),
    ("regex: '(?P<y>%year4)'\n    type: DATE\n    value: '{y:nofilter}'", "unknown filter", 3),
    ("regex: '(%year4)\\1'\n    type: DATE\n    value: '1'", "named groups", 3),
    ("regex: '(?P<y>%year4)'\n    type: DATE\n    value: '{y}'\n    trigger: [month, nope]",
     "'nope' is not a known trigger vocabulary", 7),
])
def test_patterns_errors_name_file_and_line(tmp_path, entry, message, line):
    """Shape and references: the rule schema, at the bad key; compiling: the pattern, at its
    entry."""
    folders = write(tmp_path, f"""
date_patterns:
  - id: test-broken
    {entry}
""")
    with pytest.raises(RuleErrors) as info:
        compile_rules(read_ruleset(folders))
    text = str(info.value)
    assert message in text
    assert f"extra.yml:{line}:" in text


def test_patterns_vocab_needs_words_or_regex(tmp_path):
    folders = write(tmp_path, """
        date_vocab:
          - id: empty
            trigger: true
    """)
    with pytest.raises(RuleErrors, match="exactly one of 'words'"):
        compile_rules(read_ruleset(folders))
