"""Shapes found in round 39 on part AP: a weapon fired or used in another state's territory,
a system that belongs to an earlier event of its sentence, a week to come, sanctions
extended, talks agreed, threats to use a weapon, and support withdrawn from a treaty."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # "in" or "inside" a place of a state other than the one that fires is an attack ...
    ("Kyiv launched Storm Shadow cruise missiles in Russia's Bryansk region on Tuesday.",
     [("combat_use", "asserted", ["ukraine"], ["russia"], ["storm-shadow"], "2024-11-19")]),
    ("Ukrainian forces used ATACMS missiles inside Russia on Tuesday.",
     [("combat_use", "asserted", ["ukraine"], ["russia"], ["atacms"], "2024-11-19")]),
    ("The AFU used ATACMS missiles in the Russian Bryansk region on Tuesday.",
     [("combat_use", "asserted", ["ukraine", "ukraine-armed-forces"], [], ["atacms"],
       "2024-11-19")]),
    # ... but a state's own region, or a place with no state firing before it, holds a test
    ("Russia launched a Bulava missile in its northern Arkhangelsk region on Tuesday.",
     [("missile_test", "asserted", ["russia"], [], ["bulava"], "2024-11-19")]),
    ("A Sarmat missile was launched in Russia's Arkhangelsk region on Tuesday.",
     [("missile_test", "asserted", ["russia"], [], ["sarmat"], "2024-11-19")]),
    ("Russian forces used Iskander missiles in the exercise in the Kaliningrad region.", []),
])
def test_weapons_fired_in_another_states_territory(run, text, expected):
    assert summary(run(text, date="2024-11-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a system after an earlier weapon event is not that of a later event another state owns
    ("Tokyo finished stationing its PAC-3 batteries on Thursday ahead of Pyongyang's "
     "satellite launch next week.",
     [("deployment", "asserted", ["japan"], [], ["patriot"], "2012-04-05"),
      ("missile_test", "planned", ["north-korea"], [], [], "2012-W15")]),
    # an interception keeps the missile of the attack it answers
    ("Rebels fired a Scud at the port city, and the Saudi military intercepted it with a "
     "Patriot missile.",
     [("combat_use", "asserted", [], [], ["scud-b"], None),
      ("interception", "asserted", ["saudi-arabia"], [], ["scud-b", "patriot"], None)]),
    # its maker's own event keeps it
    ("Russia deployed the Iskander in March before Russia's test of it in May.",
     [("deployment", "asserted", ["russia"], [], ["iskander-m"], "2012-03"),
      ("missile_test", "planned", ["russia"], [], ["iskander-m"], "2012-05")]),
    # a week after the article's is to come; the week before is past
    ("Seoul is bracing for North Korea's satellite launch next week.",
     [("missile_test", "planned", ["north-korea"], [], [], "2012-W15")]),
    ("North Korea launched a satellite last week.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2012-W13")]),
])
def test_systems_of_an_earlier_event_and_weeks_to_come(run, text, expected):
    assert summary(run(text, date="2012-04-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # sanctions extended are an extension too; a bid to extend them that is defeated fails
    ("A US bid to extend the arms embargo on Iran was defeated in a vote on Friday.",
     [("extension", "negated", ["united-states"], ["iran"], [], "2020-08-14"),
      ("sanctions", "negated", ["united-states"], ["iran"], [], "2020-08-14")]),
    ("The Security Council renewed the arms embargo on the country's militias for a year.",
     [("extension", "asserted", ["un-security-council"], [], [], None),
      ("sanctions", "asserted", ["un-security-council"], [], [], None)]),
    # talks the sides agree to start are still to come
    ("The two leaders agreed to begin expert-level negotiations on North Korea's nuclear "
     "arsenal.",
     [("talks", "planned", [], ["north-korea"], [], None)]),
    # threats to use a weapon are no use of it
    ("Moscow has made repeated threats to use tactical nuclear missiles in Ukraine.",
     [("warning", "asserted", ["russia"], ["ukraine"], [], None),
      ("combat_use", "hypothetical", ["russia"], ["ukraine"], [], None)]),
    # support withdrawn from a treaty leaves it
    ("Washington withdrew its support for the JCPOA in May 2018.",
     [("withdrawal", "asserted", ["united-states"], [], [], "2018-05")]),
])
def test_extensions_talks_agreed_threats_and_support_withdrawn(run, text, expected):
    assert summary(run(text, date="2020-08-16")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state that receives weapons it makes itself deploys them; another state's are sent
    ("From next year the Russian army will receive the new Sarmat missile, the minister said.",
     [("deployment", "planned", ["russia"], [], ["sarmat"], "2019")]),
    ("Belarus will receive the Oreshnik system next year.",
     [("deployment", "planned", [], ["belarus"], ["oreshnik"], "2019")]),
    # new weapons announced are developed; a clause announced is no weapon
    ("Putin announced a series of new nuclear weapons in March, among them a hypersonic "
     "glider.",
     [("development", "asserted", ["russia", "vladimir-putin"], [], [], "2018-03")]),
    ("Pyongyang announced its missile units were ready to strike.", []),
    # a state bombing another attacks it
    ("Israel kept bombing Iran through the weekend over its nuclear programme.",
     [("combat_use", "asserted", ["israel"], ["iran"], [], None)]),
    # a supplier named after a long list of weapons bought
    ("Algeria had purchased S-300 long-range air-defence batteries and new radar systems "
     "from Russia.",
     [("deployment", "asserted", ["russia"], ["algeria"], ["s-300"], None)]),
    # a date that opens a quotation dates nothing outside it
    ("\"Next month we will hand over the first S-400 batteries,\" the Russian minister said "
     "during his talks with his Serbian counterpart.",
     # (since round 40 a state's "counterpart" is that state: the talks' other side)
     [("talks", "asserted", ["russia"], ["serbia"], ["s-400"], None)]),
    ("\"Within weeks, we will send Iskander missiles to Belarus,\" Putin said on Saturday at "
     "the start of his talks with Lukashenko.",
     [("deployment", "planned", ["russia"], ["belarus"], ["iskander-m"], "2018-12-22"),
      ("talks", "asserted", ["russia", "vladimir-putin"], ["alexander-lukashenko", "belarus"],
       [], "2018-12-22")]),
])
def test_own_weapons_received_new_weapons_bombing_and_quoted_dates(run, text, expected):
    assert summary(run(text, date="2018-12-26")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a shipment or its carrier stopped is searched, by whoever stops it ...
    ("Panama seized a North Korean ship carrying Soviet-era missiles on Monday.",
     [("inspection", "asserted", ["panama"], ["north-korea"], [], "2013-07-15")]),
    # (an aside in brackets keeps no weapon out of reach)
    ("Indian officials intercepted a North Korean freighter loaded with 20 tonnes (18 Mg) of "
     "heavy weapons.",
     [("inspection", "asserted", ["india"], [], [], None)]),
    # ... while a missile stopped is intercepted, and cocaine is no weapon
    ("Israeli air defences intercepted a missile over the city on Monday.",
     [("interception", "asserted", ["israel"], [], [], "2013-07-15")]),
    ("Police seized a shipment of cocaine at the port.", []),
    # action threatened against a state's arms activities is a warning
    ("A US spokesman told reporters on Wednesday that Washington would take action against "
     "Beijing's missile proliferation activities.",
     [("warning", "asserted", ["united-states"], ["china"], [], "2013-07-17")]),
])
def test_shipments_seized_and_action_threatened(run, text, expected):
    assert summary(run(text, date="2013-07-17")) == expected


def test_another_clauses_saying_day_dates_no_denial(run):
    # the day another speaker spoke, past "but", is not the day of the denial
    records = run("Tehran has long said its nuclear work is peaceful, but the IAEA reported last "
                  "week that Iran had breached its safeguards obligations.", date="2025-06-16")
    assert summary(records) == [
        ("denial", "asserted", ["iran"], [], [], "2025-06-16"),
        ("violation_allegation", "asserted", ["iaea"], ["iran"], [], "2025-W24")]


@pytest.mark.parametrize(("text", "expected"), [
    # a headline drops the passive's auxiliary: the "by" actor acts, the state before is target
    ("Pyongyang condemned by Tokyo over its nuclear programme",
     [("warning", "asserted", ["japan"], ["north-korea"], [], "2016-08-24")]),
    ("Pyongyang condemned Tokyo over its nuclear programme",
     [("warning", "asserted", ["north-korea"], ["japan"], [], "2016-08-24")]),
])
def test_headline_passives(run, text, expected):
    assert summary(run(text, date="2016-08-24")) == expected


@pytest.mark.parametrize("model", [False, True])
def test_a_meeting_that_broke_up_broke_no_agreement(run_on, model):
    # (the parse took "broke" for a verb of its own, with a treaty noun after it)
    text = ("Their next meeting in Laos in March, meant to settle the details, broke up "
            "without agreement.")
    assert summary(run_on(text, "2019-07-01", model)) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a use of weapons authorised is still to come; one told before the permission is not
    ("Washington authorised Kyiv to use ATACMS missiles against targets inside Russia.",
     [("combat_use", "planned", ["ukraine"], ["russia"], ["atacms"], None)]),
    ("Ukraine fired ATACMS missiles at targets inside Russia after Washington allowed it.",
     [("combat_use", "asserted", ["ukraine"], ["russia"], ["atacms"], None)]),
])
def test_an_authorised_use_is_planned(run, text, expected):
    assert summary(run(text, date="2024-11-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "they" before talks stands for every side named before it ...
    ("Xi received Putin in Beijing, where they agreed to open talks on missile defence.",
     [("talks", "planned", ["china", "russia", "vladimir-putin", "xi-jinping"], [], [], None)]),
    # ... but not across a verb of saying, whose "they" is one side
    ("Trump said he was following North Korea's missile launch, adding: \"They are not ready "
     "to negotiate yet.\"",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("talks", "negated", ["north-korea"], [], [], None)]),
])
def test_they_stands_for_the_sides_of_talks(run, text, expected):
    assert summary(run(text, date="2019-07-01")) == expected


def test_a_one_word_participle_phrase_after_was_is_a_passive(run):
    # "sanctioned" is a phrase trigger (the verb's -s form is the noun): after "were" it is a
    # passive all the same, its "by" actor the agent
    records = run("Three Chinese firms were sanctioned by Washington on Monday for missile sales "
                  "to Iran.", date="2016-08-24")
    assert summary(records) == [
        ("sanctions", "asserted", ["united-states"], ["china"], [], "2016-08-22")]
