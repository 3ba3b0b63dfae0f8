"""The lexicon lists the schema accepts (vocab.CONSULTED_LEXICONS, plus those events require)
are exactly those the components read: a list the code stops reading, or starts reading
without declaring it, fails here instead of silently accepting a misspelt id."""

from __future__ import annotations

import pytest

import treatyx
from treatyx.components import common
from treatyx.errors import RuleErrors
from treatyx.ruleset import load_ruleset
from treatyx.ruleset.vocab import CONSULTED_LEXICONS, ONLY_WORDS, REQUIRES_BUILTINS


def test_consulted_lexicons_are_the_lists_the_components_read(tmp_path, monkeypatch):
    asked: set[str] = set()
    read = common._lexicon

    def spy(ruleset, list_id):
        asked.add(list_id)
        return read(ruleset, list_id)

    monkeypatch.setattr(common, "_lexicon", spy)
    # an empty extra folder: a configuration of its own, so every component builds afresh
    nlp = treatyx.load(rules=[str(tmp_path)])
    treatyx.extract("Russia said on Monday it would leave the treaty.", nlp=nlp)
    required = {need.removeprefix(ONLY_WORDS) for entry in load_ruleset(()).entries("events")
                for value in entry.get("requires", []) for need in value.split("|")
                if need not in REQUIRES_BUILTINS}
    assert set(CONSULTED_LEXICONS) - asked == set(), "listed but never read"
    assert asked - set(CONSULTED_LEXICONS) - required == set(), "read but not listed"


def test_an_only_requirement_names_a_lexicon_that_exists(tmp_path):
    (tmp_path / "extra.yml").write_text(
        "events:\n  - id: blame-weather\n    type: warning\n    verbs: [blame]\n"
        "    requires: [\"only:weather-words\"]\n", encoding="utf-8")
    with pytest.raises(RuleErrors, match=r"extra\.yml:5.*weather-words"):
        load_ruleset((str(tmp_path),))
