"""Shapes found in round 34 on part AK: a verb joined to a later clause, acts called
inconsistent with obligations, what is warned of, "by" phrases naming a state's weapon,
launches into space, purchases, and aircraft as carriers of the weapons events name."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # a verb after "and" shares the subject of the clause it is joined to, when that clause
    # opens after "but" or "however", not the sentence's first actor
    ("Tehran signed the accord in 2015, but Washington walked out of it in 2018 and imposed "
     "fresh sanctions on its oil exports.",
     [("signing", "asserted", ["iran"], [], [], "2015"),
      ("withdrawal", "asserted", ["united-states"], [], [], "2018"),
      ("sanctions", "asserted", ["united-states"], [], [], "2018")]),
    ("Iran stayed in the deal, however, the Trump administration left it and imposed "
     "sanctions on its banks.",
     [("sanctions", "asserted", ["united-states"], [], [], None)]),
    # a clause after "that" is what is said: the verb joined to the saying keeps its speaker
    ("Russia said that Ukraine had fired the missile and denied any role in the attack.",
     [("missile_test", "asserted", ["ukraine"], [], [], None),
      ("denial", "asserted", ["russia"], [], [], "2021-01-06")]),
])
def test_a_verb_joined_to_a_later_clause(run, text, expected):
    assert summary(run(text, date="2021-01-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The State Department said North Korea's missile launch was inconsistent with its "
     "obligations under UN resolutions.",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("violation_allegation", "asserted", ["united-states", "us-state-department"],
       ["north-korea"], [], "2021-01-06")]),
    # the actor after "from" is the one accused, not the one who speaks
    ("Brussels said Tehran's new centrifuges marked a departure from its commitments under "
     "the JCPOA.",
     [("violation_allegation", "asserted", ["european-union"], ["iran"], [], "2021-01-06")]),
    ("The flight's departure from Vienna was delayed by fog.", []),
    ("The ruling was inconsistent with the court's earlier decisions.", []),
])
def test_an_act_inconsistent_with_obligations(run, text, expected):
    assert summary(run(text, date="2021-01-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a possessive whose noun a verb follows opens what is warned of
    ("An EU spokesman warned Iran's enrichment plan would breach its commitments under the "
     "JCPOA.",
     [("warning", "asserted", ["european-union"], [], [], "2021-01-06"),
      ("violation_allegation", "hypothetical", ["european-union"], ["iran"], [], None)]),
    # whom a warning is addressed to, and what a condemnation is of, stay its target
    ("The minister warned Iran's leaders that new sanctions would follow.",
     [("warning", "asserted", [], ["iran"], [], "2021-01-06")]),
    ("Japan condemned North Korea's missile launch on Sunday.",
     [("warning", "asserted", ["japan"], ["north-korea"], [], "2021-01-03"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2021-01-03")]),
])
def test_what_is_warned_of(run, text, expected):
    assert summary(run(text, date="2021-01-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the state whose adjective opens the "by" phrase's weapon, over a few modifiers
    ("Palestinian militants launched a rocket toward the city on Saturday; it was intercepted "
     "over the coast by a newly placed Israeli anti-rocket battery.",
     [("combat_use", "asserted", ["palestine"], [], [], "2021-01-02"),
      ("interception", "asserted", ["israel"], [], [], "2021-01-02")]),
    ("The rocket was destroyed in mid-air by two Israeli interceptors.",
     [("interception", "asserted", ["israel"], [], [], None)]),
    # the pronoun right after an actor's announcement stands for that actor (and what was
    # said to be troubling is the White House's warning)
    ("The White House said that Tehran's statement it had launched a research rocket was "
     "troubling.",
     [("missile_test", "asserted", ["iran"], [], [], None),
      ("warning", "asserted", ["united-states"], [], [], "2021-01-06")]),
])
def test_who_acts_named_in_a_phrase(run, text, expected):
    assert summary(run(text, date="2021-01-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a rocket sent into space is launched, not transferred
    ("Tehran said on Sunday that it had sent a domestically built carrier rocket bearing a "
     "research satellite into space.",
     [("missile_test", "asserted", ["iran"], [], [], "2021-01-03")]),
    ("The accord bars its parties from putting nuclear arms into orbit.", []),
    ("The agency sent two astronauts into space last year.", []),
])
def test_a_launch_into_space(run, text, expected):
    assert summary(run(text, date="2021-01-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # with no supplier named, the buyer deploys what it buys
    ("Poland said on Tuesday it would buy 32 F-35 fighter jets.",
     [("deployment", "planned", ["poland"], [], ["f-35"], "2021-01-05")]),
    # with one named, a transfer by the supplier
    ("Turkey bought S-400 missile systems from Russia in 2017.",
     [("deployment", "asserted", ["russia"], ["turkey"], ["s-400"], "2017")]),
    ("The deal will permit India to buy missile technology.", []),
])
def test_a_purchase(run, text, expected):
    assert summary(run(text, date="2021-01-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the aircraft carries the weapon the event names
    ("Tu-95 bombers fired Kh-101 cruise missiles at the power grid overnight.",
     [("combat_use", "asserted", [], [], ["kh-101"], None)]),
    ("France tested its new ASMP-A missile from a Rafale jet on Tuesday.",
     [("missile_test", "asserted", ["france"], [], ["asmp"], "2021-01-05")]),
    # what an interception hits is no system of it; the interceptor is
    # (since round 45 "Turkish pilots" act for Turkey)
    ("Turkish pilots shot down a Russian-made Su-24 near the Syrian border on Tuesday.",
     [("interception", "asserted", ["turkey"], [], [], "2021-01-05")]),
    ("Two F-15 jets shot down the drones over the Red Sea.",
     [("interception", "asserted", [], [], ["f-15"], None)]),
    # a missile test told with no weapon named takes no aircraft, in its sentence or later
    ("France carried out a missile test from a Rafale jet on Tuesday.",
     [("missile_test", "asserted", ["france"], [], [], "2021-01-05")]),
    # (nor one told later)
    ("France carried out a missile test on Tuesday. A Rafale jet flew over the range.",
     [("missile_test", "asserted", ["france"], [], [], "2021-01-05")]),
])
def test_an_aircraft_carries_the_weapon(run, text, expected):
    assert summary(run(text, date="2021-01-06")) == expected


def test_an_aircraft_is_a_system_record_of_its_class(run):
    records = [r for r in run("Germany will buy F-35 jets to replace its Tornado fleet.")
               if r["kind"] == "system"]
    assert [(r["id"], r["class"], r["country"]) for r in records] == [
        ("f-35", "AIRCRAFT", "united-states"), ("tornado", "AIRCRAFT", "germany")]
