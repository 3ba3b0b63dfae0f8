"""Shapes found in round 11 on part N: the subject of a passive accusation, "over" and
"its" before an event noun, a year before "accord", interceptors fired, launches in
fighting, vetoes, rejected resolutions, threats "met with" a response, quoted retellings and
clock times in "hours"."""

from __future__ import annotations

import pytest

from treatyx.records import ref_id

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of a passive accusation is the accused, the "by" phrase the accuser
    ("Syria was accused by Washington of using chemical weapons.",
     [("violation_allegation", "asserted", ["united-states"], ["syria"], [], "2016-02-16")]),
    # ... and a state's word in that subject accuses nobody
    ("The Syrian regime was accused by Western powers of using sarin gas.", []),
    ("UN sanctions on Iran were lifted in January.",
     [("sanctions", "asserted", ["un-security-council"], ["iran"], [], "2016-01")]),
    # whose sanctions they are is no target
    ("United Nations sanctions against Iran over its nuclear activities were reimposed on "
     "Sunday.",
     [("sanctions", "asserted", ["un-security-council"], ["iran"], [], "2016-02-14")]),
    # a passive launch: its subject is the weapon, not a target, and its owner the agent
    ("Two of Israel's interceptors were launched at the incoming rockets.",
     [("interception", "asserted", ["israel"], [], [], None)]),
    ("Moscow said its latest Kinzhal missiles were used on Friday to destroy an arms depot, a "
     "first for the weapon.",
     [("combat_use", "asserted", ["russia"], [], ["kinzhal"], "2016-02-12")]),
])
def test_the_subject_of_a_passive_verb(run, text, expected):
    assert summary(run(text, date="2016-02-16")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "its" over adjectives stands for the actor named last, not the subject of the sentence
    # (the sanctions' Saturday is not the tests' day, round 44)
    ("The Security Council imposed new sanctions on North Korea on Saturday over its "
     "continued missile tests.",
     [("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2017-08-05"),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # "over" opens an event noun done by whom the clause acts on
    ("Japan complained to China over the missile launches.",
     [("missile_test", "asserted", ["china"], [], [], None)]),
    # "a spate of tests": a noun after "of"
    ("Washington imposed sanctions on Pyongyang over a spate of missile tests.",
     [("sanctions", "asserted", ["united-states"], ["north-korea"], [], None),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
])
def test_whose_event_a_noun_after_over_or_its_tells(run, text, expected):
    assert summary(run(text, date="2017-08-07")) == expected


def test_a_year_before_accord_rules_out_a_treaty_of_another_year(run):
    def treaty(text: str) -> list:
        return [ref_id(e["treaty"]) for e in run(text, date="2012-10-07") if e["kind"] == "event"]

    assert treaty("North Korea and South Korea signed a 2001 accord on missiles.") == [None]
    assert treaty("North Korea and South Korea signed a 1992 accord on denuclearization.") == [
        "inter-korean-denuclearization-declaration"]


@pytest.mark.parametrize(("text", "expected"), [
    # quote marks and hyphen joints are no words of the object
    ("Israel launches 'David's Sling' anti-missile interceptor at Syrian rockets",
     [("interception", "asserted", ["israel"], [], ["davids-sling"], "2018-07-23"),
      ("combat_use", "asserted", ["syria"], ["israel"], [], "2018-07-23")]),
    ("North Korea has agreed to halt uranium enrichment as well as long-range missile and "
     "nuclear tests.",
     [("moratorium", "asserted", ["north-korea"], [], [], "2018-07-23")]),
])
def test_object_words_are_counted_as_words(run, text, expected):
    assert summary(run(text, date="2018-07-23")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Syrian rockets were launched as part of the fighting near the border.",
     [("combat_use", "asserted", ["syria"], [], [], None)]),
    # a test stays a test
    ("Syrian rockets were launched in a test as fighting raged near the border.",
     [("missile_test", "asserted", ["syria"], [], [], None)]),
])
def test_a_launch_in_fighting_is_combat_use(run, text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("China and Russia vetoed a draft resolution to toughen sanctions on North Korea.",
     [("sanctions", "negated", ["china", "russia"], ["north-korea"], [], None)]),
    # a resolution rejected denies no accusation
    ("China rejected a UN Security Council resolution on new missile sanctions.", []),
    ("Moscow rejected the US accusation about its missile.",
     [("denial", "asserted", ["russia"], ["united-states"], [], None)]),
])
def test_vetoes_and_rejected_resolutions(run, text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow said any missile deployment in Germany will be met with a military response.",
     [("warning", "asserted", ["russia"], [], [], "2024-04-04")]),
    ("The plan will be met with skepticism by missile experts.", []),
])
def test_a_threat_met_with_a_response_is_a_warning(run, text, expected):
    assert summary(run(text, date="2024-04-04")) == expected


def test_a_quoted_retelling_dates_the_test_and_1900_hours_is_a_time(run):
    text = ("India conducted a flight test of the Agni-Prime missile.\n\n"
            'The ministry said the "flight test from Abdul Kalam Island was conducted at '
            '1900 hours on April 3".')
    assert summary(run(text, date="2024-04-04")) == [
        ("missile_test", "asserted", ["india"], [], ["agni-p"], "2024-04-03T19:00")]


def test_a_bracketed_source_before_the_dateline(run):
    # the dateline's date dates nothing a later retelling dates itself
    text = ("(WIRE- AGENCY) Geneva, February 28 (AGENCY) Russia conducted a flight test of the "
            "Sarmat missile.\n\n"
            'The ministry said the "flight test was carried out at 0900 hours on February 27".')
    assert summary(run(text, date="2012-02-28")) == [
        ("missile_test", "asserted", ["russia"], [], ["sarmat"], "2012-02-27T09:00")]


@pytest.mark.parametrize(("text", "expected"), [
    # the perfect of "agreed" is the news of the day, for what was agreed too
    ("North Korea has agreed to halt its long-range missile and nuclear tests.",
     [("moratorium", "asserted", ["north-korea"], [], [], "2012-02-29")]),
    # a quoted phrase after a preposition is no quotation with a subject of its own
    ('Tehran was left with "no option but to respond" to the nuclear resolution.',
     [("warning", "asserted", ["iran"], [], [], None)]),
])
def test_perfect_of_a_control_verb_and_quoted_phrases(run, text, expected):
    assert summary(run(text, date="2012-02-29")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting needs two sides; a body of states meeting is its members' talks (round 32)
    ("Russian and US officials met in Geneva on strategic stability.",
     [("talks", "asserted", ["russia", "united-states"], [], [], None)]),
    ("The UN Security Council held an emergency meeting on the missile launch.",
     [("talks", "asserted", ["un-security-council"], [], [], None)]),
    # (the launch is not the Council's: the light verb's object is the meeting); a date or an
    # infinitive between a light verb and its noun takes nothing away
    # (since round 49 "the Agni missile" names India's Agni family)
    ("India conducted on Monday a test of the Agni missile.",
     [("missile_test", "asserted", ["india"], [], ["agni-series"], "2013-09-09")]),
    ("Trump told aides he had planned to place further sanctions on North Korea.",
     [("sanctions", "planned", ["donald-trump", "united-states"], ["north-korea"], [], None)]),
])
def test_meetings_and_light_verbs(run, text, expected):
    assert summary(run(text, date="2013-09-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "around the island of Taiwan": where they flew, not a target
    ("China launched nine missiles around the island of Taiwan on Thursday.",
     [("missile_test", "asserted", ["china"], [], [], "2022-08-04")]),
    ("Iran fired missiles at the city of Erbil in Iraq on Thursday.",
     [("combat_use", "asserted", ["iran"], ["iraq"], [], "2022-08-04")]),
    # a gerund after a determiner is a noun: the subject after its clause did not do it
    ("Shortly after the missile firing off the coast, Taiwan rerouted flights.", []),
    ("By pulling out of the treaty, the United States angered its allies.",
     [("withdrawal", "asserted", ["united-states"], [], [], None)]),
])
def test_places_after_of_and_gerunds_as_nouns(run, text, expected):
    assert summary(run(text, date="2022-08-05")) == expected


def test_a_participle_before_by_is_a_reduced_relative(run):
    # the agent is the "by" phrase, and the clause ends at the sentence's own verb
    records = run("The Syrian airfield struck by US missiles was used for raids on rebel "
                  "towns.")
    assert summary(records) == [("combat_use", "asserted", ["united-states"], [], [], None)]
