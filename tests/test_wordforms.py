"""Word forms of trigger phrases (treatyx.wordforms, from lemminflect)."""

from __future__ import annotations

import pytest

from treatyx.wordforms import phrase_forms, plural


def forms(phrase: str, irregular: dict | None = None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for form, tense in phrase_forms(phrase, irregular or {}):
        found.setdefault(tense, []).append(form)
    return found


@pytest.mark.parametrize(("verb", "past", "participle", "gerund", "present"), [
    ("commit", "committed", "committed", "committing", "commits"),  # inflect.py: "commited"
    ("refer", "referred", "referred", "referring", "refers"),  # ... "refered"
    ("equip", "equipped", "equipped", "equipping", "equips"),  # ... "equiped"
    ("ratify", "ratified", "ratified", "ratifying", "ratifies"),
    ("begin", "began", "begun", "beginning", "begins"),
    ("oversee", "oversaw", "overseen", "overseeing", "oversees"),
])
def test_verbs_are_spelt_right(verb, past, participle, gerund, present):
    assert forms(verb) == {"base": [verb], "present": [present], "past": [past],
                           "participle": [participle], "gerund": [gerund]}


@pytest.mark.parametrize(("phrase", "past", "gerund", "present"), [
    ("test-fire", "test-fired", "test-firing", "test-fires"),  # hyphenated: the last part
    ("test fire", "test fired", "test firing", "test fires"),  # open compound: its verb last
    ("flight test", "flight tested", "flight testing", "flight tests"),  # not "flights test"
    ("carry out", "carried out", "carrying out", "carries out"),  # phrasal verb: the first word
    ("enter service", "entered service", "entering service", "enters service"),  # verb + object
    ("enter combat duty", "entered combat duty", "entering combat duty", "enters combat duty"),
    ("shoot down", "shot down", "shooting down", "shoots down"),  # "down" is no verb here
    ("lift UN sanctions", "lifted UN sanctions", "lifting UN sanctions", "lifts UN sanctions"),
    ("re-impose sanctions on", "re-imposed sanctions on", "re-imposing sanctions on",
     "re-imposes sanctions on"),
])
def test_the_head_verb_of_a_phrase_inflects(phrase, past, gerund, present):
    found = forms(phrase)
    assert (found["base"], found["past"], found["gerund"], found["present"]) == (
        [phrase], [past], [gerund], [present])


def test_the_verbs_rules_override_the_library():
    irregular = {"burn": {"past": "burned/burnt"}, "withdraw": {"participle": "withdrawn"}}
    assert forms("burn", irregular)["past"] == ["burned", "burnt"]
    assert forms("burn", irregular)["participle"] == ["burned", "burnt"]
    assert forms("withdraw from", irregular)["past"] == ["withdrew from"]


@pytest.mark.parametrize(("noun", "expected"), [
    ("missile test", "missile tests"), ("test launch", "test launches"),
    ("crisis", "crises"), ("expiry", "expiries"), ("ICBM", "ICBMs"), ("ICBM test", "ICBM tests"),
])
def test_plurals(noun, expected):
    assert plural(noun) == expected

