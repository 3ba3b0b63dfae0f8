"""Shapes found in round 21 on part X: a wire dateline's place, a passive verb whose subject
holds its object word, an event noun said to be put on hold, a dateline's date against the
day something was said, a tense phrase split by a date, and another state's council."""

from __future__ import annotations

import pytest

import treatyx

from ..conftest import check_records, of_kind
from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # the place of the dateline is where the story was filed: "the country" is the state
    # the text is about, never the dateline's capital
    ("SEOUL, South Korea (AP) -- The communist country test-fired a Scud missile on Monday, "
     "state media in North Korea said.",
     [("missile_test", "asserted", ["north-korea"], [], ["scud-b"], "2009-06-08")]),
    # a headline in capitals is no dateline: it has neither comma nor source and is long
    ("NORTH KOREA FIRES MISSILE - The launch came on Monday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2009-06-08")]),
])
def test_a_dateline_place_acts_in_no_event(run, text, expected):
    assert summary(run(text, date="2009-06-12")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the subject holds the object word: the target follows the passive verb
    ("Sanctions were imposed on North Korea in October 2006.",
     [("sanctions", "asserted", [], ["north-korea"], [], "2006-10")]),
    ("New sanctions were imposed on Iran by the European Union on Friday.",
     [("sanctions", "asserted", ["european-union"], ["iran"], [], "2009-06-12")]),
])
def test_a_passive_verb_takes_the_target_after_it(run, text, expected):
    assert summary(run(text, date="2009-06-12")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # whose the sanctions are, before the object word, is no target but the agent; a date
    # between "its" and the noun leaves the pronoun its owner
    ("Last month's U.N. sanctions were imposed on North Korea for its Jan. 6 nuclear test.",
     [("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2009-05"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2009-01-06")]),
    ("UN sanctions on Iran were reimposed in September.",
     [("sanctions", "asserted", ["un-security-council"], ["iran"], [], "2008-09")]),
])
def test_the_owner_of_a_passive_subject_acts(run, text, expected):
    assert summary(run(text, date="2009-06-12")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan's Aegis Ashore deployment will be put on hold.",
     [("deployment", "negated", ["japan"], [], ["aegis-ashore"], None)]),
    ("The missile talks with Iran were called off on Monday.",
     [("talks", "negated", [], ["iran"], [], "2020-06-15")]),
    ("North Korea's planned missile test has been cancelled.",
     [("missile_test", "negated", ["north-korea"], [], [], None)]),
    # a predicate that tells no halt leaves the status to the other cues
    ("Japan's Aegis Ashore deployment will be completed in 2025.",
     [("deployment", "planned", ["japan"], [], ["aegis-ashore"], "2025")]),
])
def test_an_event_noun_put_on_hold_is_negated(run, text, expected):
    assert summary(run(text, date="2020-06-16")) == expected


def test_the_day_it_was_said_dates_the_news_before_the_dateline(run):
    records = run("Jun 16 (Kyodo) - Japan's Aegis Ashore deployment will be put on hold, "
                  "Defense Minister Taro Kono told reporters Monday.", date="2020-06-16")
    assert summary(records) == [
        ("deployment", "negated", ["japan"], [], ["aegis-ashore"], "2020-06-15")]


@pytest.mark.parametrize(("text", "expected"), [
    # "agreed Sunday to": no phrase of tense reaches over the date; "agreed" is past
    ("Iran agreed Sunday to freeze its enrichment programme.",
     [("moratorium", "asserted", ["iran"], [], [], "2004-11-14")]),
    # "agreed to" before the date still tells what is to come (and talks dated after the
    # article's day are planned)
    ("Iran agreed to hold nuclear talks on Sunday.",
     [("talks", "planned", ["iran"], [], [], "2004-11-21")]),
])
def test_a_tense_phrase_split_by_the_date_is_no_cue(run, text, expected):
    assert summary(run(text, date="2004-11-15")) == expected


def test_another_states_national_security_council_is_no_us_body(run):
    records = run("The ministry will brief Japan's National Security Council about the "
                  "missile shield.")
    assert sorted(r["id"] for r in of_kind(records, "actor")) == ["japan"]


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea Promises to Dismantle Its Nuclear Arsenal",
     [("elimination", "planned", ["north-korea"], [], [], None)]),
    ("The DPRK has committed to abandoning its whole nuclear arsenal.",
     [("elimination", "planned", ["north-korea"], [], [], None)]),
    ("Pyongyang's offer fell far short of a deal to abandon its nuclear weapons program.",
     [("elimination", "negated", ["north-korea"], [], [], None)]),
    # sanctions spoken of as "any" are none in particular
    ("Tehran will respond firmly to any new sanctions on Iran.",
     [("warning", "asserted", ["iran"], [], [], None),
      ("sanctions", "hypothetical", [], ["iran"], [], None)]),
])
def test_a_promise_is_planned_and_what_falls_short_is_negated(run, text, expected):
    assert summary(run(text)) == expected


def test_a_parsed_neither_nor_subject_joins_no_by_phrase(trained_nlp):
    # the small parser joins "neither Pyongyang nor Seoul", the subject of a clause of its
    # own, to the "by" phrase before it: neither adopted the armistice
    text = ("The armistice that halted the Korean War was signed in 1953. A spokesman said the "
            "armistice agreement was adopted by the UN General Assembly and neither Pyongyang "
            "nor Seoul could scrap it on its own.")
    records = check_records(treatyx.extract(text, date="2013-03-11", nlp=trained_nlp), text)
    assert [(e["type"], sorted(a["id"] for a in e["actors"]), (e["treaty"] or {}).get("id"))
            for e in of_kind(records, "event")] == [
        ("signing", [], "korean-armistice"),
        ("signing", ["un-general-assembly"], "korean-armistice")]


@pytest.mark.parametrize(("text", "expected"), [
    # a treaty named with its year tells its signing, by the states that signed it
    # (rules/treaties.yml); the treaty stays its expiry's subject
    ("The 1991 Strategic Arms Reduction Treaty lapsed on Dec. 5.",
     [("signing", "asserted", ["soviet-union", "united-states"], [], [], "1991"),
      ("expiry", "asserted", [], [], [], "2009-12-05")]),
    ("North Korea voided the 1953 armistice on Monday.",
     [("withdrawal", "asserted", ["north-korea"], [], [], "2009-12-07"),
      ("signing", "asserted", ["china", "north-korea"], [], [], "1953")]),
    # told again by a verb, more precisely, the signing is one
    ("South Korea suspended the 2018 inter-Korean military accord on Tuesday. The accord was "
     "signed in Pyongyang in September 2018.",
     [("suspension", "asserted", ["south-korea"], [], [], "2009-12-08"),
      ("signing", "asserted", ["north-korea", "south-korea"], [], [], "2018-09")]),
    # "a 2010 agreement" names no listed treaty (here New START, told before): it is the
    # signing of an agreement the text does not name; a year that is no day of the listed
    # treaty's signing names none of its signings
    ("Russia and the United States signed New START in Prague. Their plutonium accord took "
     "effect under a 2010 agreement.",
     [("signing", "asserted", ["russia", "united-states"], [], [], None),
      ("entry_into_force", "asserted", [], [], [], None),
      ("signing", "asserted", [], [], [], "2010")]),
    ("The 2021 New START extension kept the limits in place.",
     [("extension", "asserted", [], [], [], None)]),
])
def test_a_treaty_named_with_its_year_tells_its_signing(run, text, expected):
    assert summary(run(text, date="2009-12-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the six-party talks are talks of their six states ...
    ("The six-party talks on North Korea's nuclear programme opened in Beijing in August 2003.",
     [("talks", "asserted", ["china", "japan", "north-korea", "russia", "six-party-talks",
                             "south-korea", "united-states"], [], [], "2003-08")]),
    # ... but a member named as the subject acts alone
    ("North Korea quit the six-party nuclear talks in April 2009.",
     [("talks", "negated", ["north-korea"], [], [], "2009-04")]),
])
def test_the_six_party_talks_are_talks_of_their_states(run, text, expected):
    assert summary(run(text, date="2009-12-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one side discussing something holds no talks ...
    ("Washington is discussing new missile defence options with its own commanders.", []),
    # ... two do; and a refusal to discuss is one to the other side
    ("Lavrov discussed the New START treaty with Blinken by phone on Monday.",
     [("talks", "asserted", ["russia", "sergey-lavrov"], ["antony-blinken", "united-states"],
       [], "2020-05-04")]),
    ("Moscow sees no U.S. willingness to discuss the extension of New START.",
     [("talks", "negated", ["united-states"], [], [], None)]),
])
def test_discussing_takes_two_sides(run, text, expected):
    assert summary(run(text, date="2020-05-05")) == expected
