"""Shapes found in round 45 on part AV: a seized cargo of arms, bombers flown abroad, a
participle's "by" agents, a treaty in force until a day, a signer after an office's title,
weapons brought out at a parade, a plan's "would", the speaker a pronoun continues, "the
ministry" told before, concern over another's act, a list of examples under a ban, a
participle after an infinitive, an "at" far from a launch, and a body that detects an
agent."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary

MODEL = [pytest.param(False, id="blank"), pytest.param(True, id="model")]


@pytest.mark.parametrize(("text", "expected"), [
    # arms anywhere in the sentence make a seized freighter an inspection, and "naval"
    # between the adjective and "commandos" keeps the state acting
    ("Greek naval commandos seized a freighter loaded with several hundred tons of small "
     "arms and ammunition bound for Libya on Sunday.",
     [("inspection", "asserted", ["greece"], [], [], "2016-09-04")]),
    ("Police seized a shipment of cocaine at the port on Sunday.", []),
    # a naval base is a place: Russia does not act
    ("A missile struck a Russian naval base in Syria on Sunday.",
     [("combat_use", "asserted", [], ["syria"], [], "2016-09-04")]),
])
def test_a_seized_cargo_of_arms(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow played down the two Tu-160 bombers that flew to Cuba on Thursday.",
     [("deployment", "asserted", ["russia"], ["cuba"], ["tu-160"], "2016-09-01")]),
    ("The foreign minister flew to Beijing on Monday for the missile talks.", []),
    # a missile that can fly somewhere is no aircraft flown there
    ("Putin said the new glider can fly to any target in the world.", []),
])
def test_bombers_flown_to_a_place(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


def test_the_by_agents_of_a_participle_phrase(run):
    # "disputed" is a phrase (the verb's -s form is the noun "disputes"), yet its "by" names
    # who disputes, not whom
    text = ("Washington imposed new sanctions on Tehran's defence ministry on Monday, a move "
            "disputed by Russia and China.")
    assert summary(run(text, date="2016-09-07")) == [
        ("sanctions", "asserted", ["united-states"], ["iran"], [], "2016-09-05"),
        ("denial", "asserted", ["china", "russia"], [], [], "2016-09-05")]


def test_sanctions_put_on_someone(run):
    text = ("Speaking in Miami, the secretary said Washington had put fresh sanctions on Cuban "
            "President Raul Castro.")
    assert summary(run(text, date="2020-09-21")) == [
        ("sanctions", "asserted", ["united-states"], ["cuba", "raul-castro"], [], None)]


def test_a_treaty_in_force_until_a_day_expires_that_day(run):
    records = run("New START entered into force in 2011. The accord stays in force until 5 "
                  "February 2021 unless both sides extend it.", date="2018-07-16")
    expiries = [e for e in records if e["kind"] == "event" and e["type"] == "expiry"]
    assert [(e["treaty"]["id"], e["date"]["value"]) for e in expiries] == [
        ("new-start", "2021-02-05")]


def test_a_deadline_after_until_is_no_date_of_the_warning(run):
    # only expiries take the date after their "until": a deadline is no warning's date
    text = "The IAEA said on Friday that Iran has until March to answer its questions."
    assert summary(run(text, date="2016-09-07")) == [
        ("warning", "asserted", ["iaea"], ["iran"], [], "2016-09-02")]


@pytest.mark.parametrize("second", ["President George H.W. Bush",
                                    "then-American-President George H.W. Bush"])
def test_a_signer_after_the_words_of_an_office(run, second):
    text = f"The treaty was signed by Russian President Boris Yeltsin and {second} in 1993."
    assert summary(run(text, date="2016-09-07")) == [
        ("signing", "asserted", ["boris-yeltsin", "george-h-w-bush", "russia", "united-states"],
         [], [], "1993")]


@pytest.mark.parametrize(("text", "expected"), [
    ("At the parade, the PLA brought out its newest weapons, including the DF-41 and the "
     "JL-3.",
     [("development", "asserted", ["china", "pla"], [], ["df-41", "jl-3"], None)]),
    # capabilities shown off are no weapon
    ("The drill sought to show off the country's missile capabilities.", []),
])
def test_weapons_brought_out(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a plan provides is planned; South Korea receives from the United States
    ("Under the plan, South Korea would introduce 40 F-35 jets from the United States.",
     [("deployment", "planned", ["united-states"], ["south-korea"], ["f-35"], None)]),
    # a second verb shares the plan's "would"
    ("Under the plan, South Korea would buy 20 F-35 jets from the United States and deploy "
     "the Patriot system near Seoul.",
     [("deployment", "planned", ["united-states"], ["south-korea"], ["f-35"], None),
      ("deployment", "planned", ["south-korea"], [], ["patriot"], None)]),
    ("Under new plans, South Korea would buy 20 F-35 jets from the United States.",
     [("deployment", "planned", ["united-states"], ["south-korea"], ["f-35"], None)]),
    # what a plan could bring stays possible
    ("Under the plan, South Korea could buy 20 F-35 jets from the United States.",
     [("deployment", "hypothetical", ["united-states"], ["south-korea"], ["f-35"], None)]),
    # a draft is not agreed: its "would" stays hypothetical
    ("Under the draft plan, South Korea would introduce 20 F-35 jets from the United States.",
     [("deployment", "hypothetical", ["united-states"], ["south-korea"], ["f-35"], None)]),
    ("The senator introduced a bill on missile defence.", []),
])
def test_weapons_introduced_under_a_plan(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize("model", MODEL)
def test_a_pronoun_continues_the_speaker_of_the_sentence_before(run_on, model):
    text = ("Israeli jets fired missiles at a depot near Homs on Thursday. The Syrian army "
            "said the raid was an act of aggression by Israel. It warned of grave "
            "consequences.")
    assert summary(run_on(text, "2016-09-07", model)) == [
        ("combat_use", "asserted", ["israel"], [], [], "2016-09-01"),
        ("warning", "asserted", ["syria"], [], [], "2016-09-07")]


@pytest.mark.parametrize(("text", "expected"), [
    # "The ministry" is the ministry told of before, and the launches are not its own
    ("North Korea fired two missiles on Monday. Japan's defence ministry said the missiles "
     "fell into its waters. The ministry voiced grave concern over the launches.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2016-09-05"),
      ("warning", "asserted", ["japan", "japan-defense-ministry"], [], [], "2016-09-07")]),
    ("Japan's defence ministry said on Monday that missiles fell into its waters. The "
     "ministry voiced grave concern over the missile launches.",
     [("warning", "asserted", ["japan", "japan-defense-ministry"], [], [], "2016-09-05")]),
    # with no ministry told before, no guess
    ("North Korea fired two missiles on Monday. The ministry voiced grave concern over the "
     "launches.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2016-09-05")]),
])
def test_the_ministry_told_of_before(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # whoever voices concern over a test did not test
    ("Japan expressed concern over the missile test.",
     [("warning", "asserted", ["japan"], [], [], "2016-09-07")]),
    # whom a clause acts on over a test did
    ("Washington sanctioned Tehran over the missile tests.",
     [("sanctions", "asserted", ["united-states"], ["iran"], [], None),
      ("missile_test", "asserted", ["iran"], [], [], None)]),
    # opposition "to the deployment" is no deployment of the opponent's
    ("China reiterated its firm opposition to the deployment of THAAD in South Korea on "
     "Monday.",
     [("warning", "asserted", ["china"], [], [], "2016-09-05"),
      ("deployment", "asserted", ["united-states"], [], ["thaad"], "2016-09-05")]),
])
def test_concern_over_the_act_of_another(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile's law bans several activities, including developing and testing nuclear "
     "weapons.", []),
    ("Russia would respond with several steps, including deploying Iskander missiles in "
     "Kaliningrad.",
     [("deployment", "hypothetical", ["russia"], [], ["iskander-m"], None)]),
    ("The law bans activities including developing and testing nuclear weapons.", []),
    ("Chile's law bans several activities, including test-firing and deploying missiles.", []),
    # a list of examples with no cue before it keeps its events
    ("Iran carried out several tests in 2023, including launching a satellite.",
     [("missile_test", "asserted", ["iran"], [], [], "2023")]),
    # a clause of its own after the examples is out of the cue's reach
    ("The treaty bans all tests, including underground ones, and North Korea tested a "
     "missile on Monday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2016-09-05")]),
])
def test_the_cues_before_a_list_of_examples(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides must cap deployed warheads at 1,550.", []),
    ("The treaty obliged both sides to cut deployed launchers to 800.", []),
    # an auxiliary before the participle keeps it a verb
    ("Russia will have deployed the missiles by May.",
     [("deployment", "planned", ["russia"], [], [], "2017-05")]),
])
def test_a_participle_after_an_infinitive_is_an_adjective(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an "at" far after a launch with no weapon after it aims at nothing
    ("Pyongyang's latest launch broke UN resolutions aimed at curbing its missile programme, "
     "Seoul said.",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("violation_allegation", "asserted", ["south-korea"], ["north-korea"], [],
       "2016-09-07")]),
    ("Dozens of missiles were fired at Kyiv overnight.",
     [("combat_use", "asserted", [], [], [], None)]),
    ("Missiles were fired overnight at Kyiv.",
     [("combat_use", "asserted", [], [], [], None)]),
    ("Rockets were fired again overnight at Haifa.",
     [("combat_use", "asserted", [], [], [], None)]),
])
def test_an_at_near_a_launch_with_no_weapon_after_it(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The OPCW has detected traces of chloropicrin in soil samples from the front line, it "
     "said on Monday.",
     [("inspection", "asserted", ["opcw"], [], [], "2016-09-05")]),
    ("South Korea's military detected the launch at 7:50 a.m., the IAEA chief said.", []),
])
def test_an_agent_detected_by_an_inspecting_body(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the present perfect of the lead is the news of the day, an aside between its words
    ("India has, after years of delays, fired its longest-range missile.",
     [("missile_test", "asserted", ["india"], [], [], "2024-11-18")]),
    # a past perfect stays undated
    ("India had, after years of delays, fired its longest-range missile.",
     [("missile_test", "asserted", ["india"], [], [], None)]),
])
def test_a_present_perfect_with_an_aside(run, text, expected):
    assert summary(run(text, date="2024-11-18")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a strike destroyed is its effect, no elimination
    ("The strike destroyed several missile launchers near the border.", []),
    ("After the attack, Iraq destroyed its Al Samoud missiles.",
     [("elimination", "asserted", ["iraq"], [], ["al-samoud-2"], None)]),
])
def test_what_an_attack_destroyed(run, text, expected):
    assert summary(run(text, date="2024-11-18")) == expected
