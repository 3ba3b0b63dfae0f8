"""Shapes found in round 23 on part Z: a weapon name before a hyphenated weapon phrase, the
protocol of a zone treaty, "station" as a place, "hit by Russian missiles", a threat of war,
a secret nuclear facility, a reach "enough to" strike, efforts and pretexts, a name set off
after a title, a weekday told in the past, a condemned violation, what a state ignores,
something said dated by the day it was said, a dated phrase in apposition, the sides of a
passive, a list of ratifying states, and "it" after a participle of saying."""

from __future__ import annotations

import pytest

from ..conftest import of_kind
from .test_event_arguments import summary
from .test_event_shapes_round15 import with_treaty


@pytest.mark.parametrize(("text", "expected"), [
    # a name that is also a given name names the missile only before a weapon word; a
    # word joined by hyphens counts as one on the way there
    ("Iran tested an Emad surface-to-surface missile on Sunday.", ["emad"]),
    ("Iran fired an Emad medium-range ballistic missile on Sunday.", ["emad"]),
    ("Emad Hosseini, a lawmaker, praised the missile test as a success.", []),
    ("Iran named the Emad project after a general, and the missile was shown later.", []),
])
def test_a_weapon_name_before_a_hyphenated_phrase(run, text, expected):
    assert [r["id"] for r in of_kind(run(text), "system")] == expected


def test_the_protocol_of_a_zone_treaty_is_its_own_treaty(run):
    text = ("Russia, Britain, the United States, France and China signed the protocol to the "
            "Treaty on a Nuclear-Weapons-Free Zone in Central Asia on Tuesday.")
    assert with_treaty(run(text, date="2014-05-07")) == [
        ("signing", "asserted",
         ["china", "france", "russia", "united-kingdom", "united-states"], [], [],
         "2014-05-06", "canwfz-protocol")]
    assert with_treaty(run("Kazakhstan signed the Treaty on a Nuclear-Weapons-Free Zone in "
                           "Central Asia in 2006.")) == [
        ("signing", "asserted", ["kazakhstan"], [], [], "2006", "semipalatinsk")]


@pytest.mark.parametrize(("text", "expected"), [
    # the place is no stationing of the missiles that hit it
    ("The railway station was hit by Russian missiles on Friday.",
     [("combat_use", "asserted", ["russia"], [], [], "2022-04-08")]),
    ("Russian missiles hit the station in Kramatorsk on Friday.",
     [("combat_use", "asserted", ["russia"], [], [], "2022-04-08")]),
    # the verb still is
    ("Russia will station nuclear missiles in Belarus.",
     [("deployment", "planned", ["russia"], ["belarus"], [], None)]),
    # the state of the weapons a passive's "by" names is its agent
    ("The base was struck by two Iranian ballistic missiles.",
     [("combat_use", "asserted", ["iran"], [], [], None)]),
    # a base of the armed forces named for them is a place, not the service
    ("The US Army fired a hypersonic missile on Thursday from Cape Canaveral Space Force "
     "Station.",
     [("missile_test", "asserted", ["united-states", "us-army"], [], [], "2022-04-07")]),
])
def test_a_station_is_a_place(run, text, expected):
    assert summary(run(text, date="2022-04-09")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a threat of war is about security
    ("North Korea warned that more US pressure would be considered a declaration of war.",
     [("warning", "asserted", ["north-korea"], [], [], "2006-10-14")]),
    ("North Korea warned that more US pressure would be bad for trade.",
     []),
])
def test_a_threat_of_war_is_a_warning(run, text, expected):
    assert summary(run(text, date="2006-10-14")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Obama on Friday charged Iran with building a secret nuclear facility.",
     [("violation_allegation", "asserted", ["barack-obama", "united-states"], ["iran"], [],
       "2009-09-25")]),
    ("Prosecutors on Friday charged the guard with theft at the power facility.", []),
])
def test_accusing_of_a_nuclear_facility(run, text, expected):
    assert summary(run(text, date="2009-09-26")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a reach is no strike
    ("The missile is powerful enough to strike US bases in Guam.", []),
    # efforts and pretexts are no acts
    ("Trump's efforts to strike a denuclearization agreement with Kim have stalled.", []),
    ("By asking China to join, Washington is creating a pretext for walking away from the "
     "New START talks.",
     []),
    # the act itself still is
    ("The United States walked away from the New START treaty on Monday.",
     [("withdrawal", "asserted", ["united-states"], [], [], "2020-07-06")]),
])
def test_reach_efforts_and_pretexts_are_no_events(run, text, expected):
    assert summary(run(text, date="2020-07-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title, then a full name between commas: the person holds the title for the state
    # before it, and "he" is that person
    ("North Korea's UN envoy, Ri Song Chol, walked out of the chamber. He warned that further "
     "US pressure would mean war.",
     [("Ri Song Chol", "north-korea", "UN envoy")]),
    # a single capitalised word between commas is no name, nor a name in a list
    ("The UN envoy, Monday, said talks would resume.", []),
    ("The envoy, Chen Wei and the generals met in Geneva.", []),
])
def test_a_name_set_off_after_a_title(run, text, expected):
    people = [r for r in of_kind(run(text), "actor") if r["type"] == "person"]
    assert [(r["text"], r["country"], r["title"]) for r in people] == expected


def test_a_weekday_told_in_the_past_is_the_one_before(run):
    # the tagger reads "Tuesday" forward beside a plan; the past verb takes the Tuesday
    # before the article, not the one a year before the Tuesday to come (the plan keeps it)
    text = "Russia condemned NATO's plan to deploy Patriot missiles in Turkey on Tuesday."
    assert summary(run(text, date="2012-12-05")) == [
        ("warning", "asserted", ["russia"], ["nato"], [], "2012-12-04"),
        ("deployment", "planned", ["nato"], ["turkey"], ["patriot"], "2012-12-11")]


@pytest.mark.parametrize(("text", "expected"), [
    # a condemnation that calls the act a violation: whoever condemns alleges it
    ("Japan condemned the missile launch, carried out in violation of UN resolutions, on "
     "Tuesday.",
     [("warning", "asserted", ["japan"], [], [], "2022-10-04"),
      ("violation_allegation", "asserted", ["japan"], [], [], "2022-10-04")]),
    ("Japan condemned North Korea's missile launch in violation of UN resolutions.",
     [("warning", "asserted", ["japan"], ["north-korea"], [], "2022-10-05"),
      ("missile_test", "asserted", ["north-korea"], [], [], None),
      ("violation_allegation", "asserted", ["japan"], ["north-korea"], [], "2022-10-05")]),
    ("Japan condemned the launch, which violated UN resolutions.",
     [("warning", "asserted", ["japan"], [], [], "2022-10-05"),
      ("violation_allegation", "asserted", ["japan"], [], [], "2022-10-05")]),
    # a body condemns too, and disregard is a violation
    ("The Security Council strongly condemns the underground nuclear test proclaimed by North "
     "Korea in flagrant disregard of its resolutions.",
     [("warning", "asserted", ["un-security-council"], [], [], "2022-10-05"),
      ("violation_allegation", "asserted", ["un-security-council"], ["north-korea"], [],
       "2022-10-05")]),
    # a noun of warning condemns nothing: the condemnation before it alleges
    ("\"We strongly condemn North Korea ignoring repeated warnings and going ahead with the "
     "nuclear test, which plainly broke UN resolutions,\" a South Korean official said.",
     [("warning", "asserted", ["south-korea"], ["north-korea"], [], "2022-10-05"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], None),
      ("violation_allegation", "asserted", ["south-korea"], ["north-korea"], [], "2022-10-05")]),
    # with no condemnation, the subject is the accused
    ("Iran enriched uranium in breach of the nuclear deal.",
     [("violation_allegation", "asserted", [], ["iran"], [], None)]),
])
def test_a_condemned_violation_is_the_condemners_allegation(run, text, expected):
    assert summary(run(text, date="2022-10-05")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a state ignores or defies is someone else's act
    ("North Korea ignored repeated warnings and pushed ahead with the nuclear test.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], None)]),
    ("North Korea fired the missile despite warnings.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # ... whose the noun's own preposition may say
    ("North Korea ignored repeated warnings from the United States and Japan about its "
     "nuclear programme.",
     [("warning", "asserted", ["japan", "united-states"], [], [], None)]),
])
def test_what_a_state_ignores_is_not_its_own(run, text, expected):
    assert summary(run(text, date="2016-01-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the "now" of what is said is the day it was said ...
    ("\"We condemn the test now,\" Ned Price said on Tuesday.",
     [("warning", "asserted", ["ned-price", "united-states"], [], [], "2016-01-05")]),
    # ... which the article's day stands for when the text does not say it
    ("\"We condemn the test now,\" Ned Price said.",
     [("warning", "asserted", ["ned-price", "united-states"], [], [], "2016-01-06")]),
    # a verb of saying that stands before the event without a date leaves it to the one
    # after it
    ("Japan reported the launch and condemned it, its defence minister told reporters late "
     "on Tuesday.",
     [("warning", "asserted", ["japan"], [], [], "2016-01-05")]),
    # a date far from the verb of saying before the event is no guess for it
    ("Seoul said the North fired a missile, a test that came after the summit in May.",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("talks", "asserted", ["south-korea"], [], [], "2015-05")]),
    # ... and a date before a verb of saying after it is what was said, not when
    ("China has denied a newspaper account that it tested a hypersonic missile in August, "
     "saying the flight was a routine spacecraft check.",
     [("denial", "asserted", ["china"], [], [], "2016-01-06"),
      ("missile_test", "asserted", ["china"], [], [], "2015-08")]),
])
def test_something_said_is_dated_by_the_day_it_was_said(run, text, expected):
    assert summary(run(text, date="2016-01-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a phrase in apposition describes the treaty named before it: its year is its signing
    ("The United States and Russia held talks on NEW Start, a 2010 arms control treaty.",
     [("talks", "asserted", ["russia", "united-states"], [], [], None, "new-start"),
      ("signing", "asserted", ["russia", "united-states"], [], [], "2010", "new-start")]),
    # ... but "a 2019 agreement" alone names no treaty of the list
    ("Russia and Belarus signed a 2019 agreement on air defence.",
     [("signing", "asserted", ["belarus", "russia"], [], [], "2019", None)]),
])
def test_a_dated_phrase_in_apposition_names_the_treaty(run, text, expected):
    assert with_treaty(run(text, date="2020-07-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the sides a passive names with "between" conclude it; they are not its targets
    ("The deal signed between Russia and Belarus in 2019 covers air defence.",
     [("signing", "asserted", ["belarus", "russia"], [], [], "2019")]),
    ("An accord was reached between Tehran and Washington in July.",
     [("signing", "asserted", ["iran", "united-states"], [], [], "2015-07")]),
])
def test_the_sides_of_a_passive_conclude_it(run, text, expected):
    assert summary(run(text, date="2015-10-12")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list goes on over names that hold their "the"; "confirm ratification" ratifies
    ("Senegal, the Bahamas, Argentina, the Czech Republic and Bosnia & Herzegovina are the "
     "newest countries to confirm ratification of the Arms Trade Treaty.",
     [("ratification", "asserted",
       ["argentina", "bahamas", "bosnia-and-herzegovina", "czechia", "senegal"], [], [], None,
       "arms-trade-treaty")]),
    ("Japan completed the ratification of the Arms Trade Treaty on Monday.",
     [("ratification", "asserted", ["japan"], [], [], "2014-09-22", "arms-trade-treaty")]),
])
def test_a_list_of_ratifying_states(run, text, expected):
    assert with_treaty(run(text, date="2014-09-26")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "it" after a participle of saying is the sentence's subject, not the nearer actor
    ("North Korea expelled US inspectors on Tuesday, saying it would conduct a nuclear test.",
     [("inspection", "negated", ["north-korea"], ["united-states"], [], "2009-04-14"),
      ("nuclear_test", "planned", ["north-korea"], [], [], "2009-04-14")]),
    ("North Korea expelled US inspectors after saying it would conduct a nuclear test.",
     [("inspection", "negated", ["north-korea"], ["united-states"], [], None),
      ("nuclear_test", "planned", ["north-korea"], [], [], "2009-04-15")]),
    # ... while after a finite verb of saying it is that verb's subject
    ("North Korea expelled the inspectors, and the United States said it would impose new "
     "sanctions.",
     [("sanctions", "planned", ["united-states"], [], [], "2009-04-15")]),
])
def test_it_after_a_participle_of_saying(run, text, expected):
    assert summary(run(text, date="2009-04-15")) == expected
