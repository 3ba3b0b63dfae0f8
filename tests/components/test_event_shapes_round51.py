"""Shapes found in round 51 on part BB: a breach with an adjective inside its phrase, a
phrase whose preposition goes with its verb ("abides by"), a phrase set off before "that", a
state's own violation, spokespeople of the knowledge base, adjectives before a warning, the
owner of what was struck, attacks repelled, a nuclear capability demonstrated, a deal
implemented, warheads produced, unmanned aircraft, a date inside a participle that
qualifies another weapon, and a day counted from another event in a headline's retelling."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington says it has found Moscow in material breach of the INF Treaty.",
     [("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2018-12-05")]),
    # past the phrase of another event, no target: the UN is what was breached
    ("North Korea tested a rocket in breach of UN resolutions.",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("violation_allegation", "asserted", [], ["north-korea"], [], None)]),
    ("North Korea tested a rocket in clear breach of UN resolutions.",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("violation_allegation", "asserted", [], ["north-korea"], [], None)]),
])
def test_a_breach_with_an_adjective_inside_its_phrase(run, text, expected):
    assert summary(run(text, date="2018-12-05")) == expected


@pytest.mark.parametrize(("text", "date"), [
    ("Moscow abides by the INF Treaty, the spokesman said.", "2018-12-05"),
    ("A Kremlin spokesman replied that Moscow strictly abides by the INF Treaty.", None),
])
def test_who_says_it_abides_by_a_treaty_denies(run, text, date):
    assert summary(run(text, date="2018-12-05")) == [
        ("denial", "asserted", ["russia"], [], [], date)]


def test_a_phrase_set_off_before_that_is_no_part_of_the_claim(run):
    # Washington, named in the phrase set off by commas, is not what the claim is about
    records = run("Peskov said, as Washington's charges piled up, that Moscow abides by the INF "
                  "Treaty.", date="2018-12-05")
    assert summary(records) == [
        ("violation_allegation", "asserted", ["united-states"], [], [], "2018-12-05"),
        ("denial", "asserted", ["russia"], [], [], "2018-12-05")]


def test_a_speaker_of_another_state_before_that_still_tells_no_claim(run):
    # the words after "said" are the speaker's own, not a phrase set off before "that"
    records = run("The step was welcome, said IAEA chief Mohamed ElBaradei, who has long told "
                  "Tehran that only full access could show its atomic work is purely peaceful.",
                  date="2003-12-19")
    assert [r for r in summary(records) if r[0] == "denial"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's violation of the INF Treaty is a danger, US officials said.",
     [("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2018-12-05")]),
    ("Russia's continued violation of the INF Treaty is a danger, US officials said.",
     [("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2018-12-05")]),
    # a possessive that owns another noun accuses: the envoy's state
    ("North Korea's envoy called the drills a violation of the armistice agreement.",
     [("violation_allegation", "asserted", ["north-korea"], [], [], None)]),
    ("Washington voiced concern about Russia's violation of the INF Treaty.",
     [("warning", "asserted", ["united-states"], ["russia"], [], "2018-12-05"),
      ("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2018-12-05")]),
])
def test_a_states_own_violation_makes_it_the_accused(run, text, expected):
    assert summary(run(text, date="2018-12-05")) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mark Toner said on Tuesday that Russia had broken the INF Treaty.", "mark-toner"),
    ("Hong Lei said on Tuesday that Russia had broken the INF Treaty.", "hong-lei"),
])
def test_a_spokesperson_speaks_for_the_state(run, text, speaker):
    state = {"mark-toner": "united-states", "hong-lei": "china"}[speaker]
    assert summary(run(text, date="2017-02-15")) == [
        ("violation_allegation", "asserted", sorted([speaker, state]), ["russia"], [],
         "2017-02-14")]


@pytest.mark.parametrize("text", [
    # "stern" between the article and "warning": those warned are its targets
    "Pyongyang said its launches were a stern warning to South Korea and the United States.",
    # so with quotation marks inside the noun phrase
    'Pyongyang said its launches were an "adequate warning" to South Korea and the United '
    'States.',
    'Pyongyang said its launches were a "warning" to South Korea and the United States.',
])
def test_a_warning_with_an_adjective_is_a_noun(run, text):
    assert summary(run(text, date="2019-08-10")) == [
        ("warning", "asserted", ["north-korea"], ["south-korea", "united-states"], [],
         "2019-08-10")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two of Syria's long-range radar stations were hit by Israeli missiles.",
     [("combat_use", "asserted", ["israel"], ["syria"], [], None)]),
    ("Iran's radar sites were hit by Israeli missiles on Friday.",
     [("combat_use", "asserted", ["israel"], ["iran"], [], "2025-05-30")]),
    # with no attacker named, the owner is still only the target
    ("Two of Russia's missile bases were struck overnight.",
     [("combat_use", "asserted", [], ["russia"], [], None)]),
    # the subject of a launch is the weapon: its owner fires it
    ("Russia's missiles were fired at Kyiv overnight.",
     [("combat_use", "asserted", ["russia"], [], [], None)]),
])
def test_the_owner_of_what_was_struck_is_the_target(run, text, expected):
    assert summary(run(text, date="2025-06-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Russian defence ministry said several of the drone attacks were repelled.",
     [("interception", "asserted", ["russia", "russian-defence-ministry"], [], [], None)]),
    ("The garrison repelled a ground assault on the border post.", []),
    ("Iran tried to fend off accusations about its missile programme.", []),
])
def test_attacks_repelled_are_intercepted(run, text, expected):
    assert summary(run(text, date="2025-06-02")) == expected


def test_a_nuclear_capability_demonstrated_is_a_test(run):
    records = run("North Korea demonstrated its nuclear weapons capability in October 2006.",
                  date="2012-09-18")
    assert summary(records) == [("nuclear_test", "asserted", ["north-korea"], [], [],
                                 "2006-10")]


@pytest.mark.parametrize(("text", "date"), [
    ("The JCPOA was implemented on Jan. 16.", "2016-01-16"),
    # a past form that is no -ed word tells a day gone by, as "entered" does
    ("The JCPOA took effect on Jan. 16.", "2016-01-16"),
    ("The JCPOA came into force on Jan. 16.", "2016-01-16"),
    # the present of a scheduled event still counts forward
    ("The JCPOA takes effect on Jan. 16.", "2017-01-16"),
])
def test_a_deal_implemented_or_taking_effect(run, text, date):
    assert summary(run(text, date="2016-11-18")) == [
        ("entry_into_force", "asserted", [], [], [], date)]


def test_warheads_produced_are_developed(run):
    records = run("Pakistan's production of tactical nuclear warheads is growing fast.",
                  date="2024-09-14")
    assert summary(records) == [("development", "asserted", ["pakistan"], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran shipped dozens of UAVs to Venezuela in 2019.",
     [("deployment", "asserted", ["iran"], ["venezuela"], [], "2019")]),
    ("Tehran supplied Moscow with unmanned aerial vehicles last summer.",
     [("deployment", "asserted", ["iran"], ["russia"], [], "2022-SU")]),
])
def test_unmanned_aircraft_are_weapons(run, text, expected):
    assert summary(run(text, date="2022-10-18")) == expected


def test_a_date_inside_a_participle_of_another_weapon(run):
    # "fired on Sunday" qualifies the rocket: the flight test keeps its own month
    records = run("In March, Pakistan flight-tested an older cousin of the rocket fired on "
                  "Sunday.", date="2019-04-02")
    assert summary(records) == [
        ("missile_test", "asserted", ["pakistan"], [], [], "2019-03"),
        ("missile_test", "asserted", [], [], [], "2019-03-31")]


def test_a_date_in_a_relative_clause_does_not_open_the_sentence(run):
    # "since October" belongs to the battery's clause: the missile's Friday dates both
    records = run("The THAAD battery, deployed by Washington in Israel since October, shot down "
                  "a missile fired by the Houthis early on Friday.", date="2024-12-27")
    assert summary(records) == [
        ("deployment", "asserted", ["united-states"], ["israel"], ["thaad"], None),
        ("interception", "asserted", ["united-states"], ["houthis", "yemen"], ["thaad"],
         "2024-12-27"),
        ("combat_use", "asserted", ["houthis", "yemen"], [], [], "2024-12-27")]


def test_a_day_counted_from_another_event_outranks_the_headlines_guess(run):
    # the headline's test is the one "two days after" tells: it happened two days before
    # the news of the article's day
    records = run("South Korea alarmed by North Korean cruise missile test\n\nTwo days after "
                  "North Korea tested a new cruise missile off its east coast, the defence "
                  "minister in Seoul told lawmakers that the launch was a threat.",
                  date="2017-06-10")
    assert summary(records) == [("missile_test", "asserted", ["north-korea"], [], [],
                                 "2017-06-08")]
