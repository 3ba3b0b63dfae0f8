"""Shapes found in round 49 on part AZ: an effort or a blow is no weapon launched or struck, a
missile family named by its bare name, a test's own earlier trial, weapons retired, a
quotation after "will", the attack a reprisal answers, a treaty initialled or sent to a
legislature, a test ban described, two adverbs joined by "and", and a state after "the
ministers of"."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize("text", [
    "The president on Monday launched an effort aimed at ridding the region of chemical weapons.",
    "The veto struck a heavy blow to the missile inquiry, the envoy said.",
    "The general launched a campaign against the missile plan.",
])
def test_an_effort_or_a_blow_is_no_weapon(run, text):
    assert summary(run(text, date="2024-03-04")) == []


def test_an_effort_after_the_weapon_leaves_the_launch(run):
    records = run("Iran launched a missile on Monday in an effort to show its reach.",
                  date="2024-03-04")
    assert summary(records) == [("missile_test", "asserted", ["iran"], [], [], "2024-03-04")]


def test_a_missile_family_by_its_bare_name(run):
    # named once with a weapon word, the bare name counts later in the text
    records = run("India first flew an Agni missile in 1989. Two more Agni tests followed in "
                  "1992 and 1994.", date="2003-01-09")
    assert summary(records) == [
        ("missile_test", "asserted", ["india"], [], ["agni-series"], "1992"),
        ("missile_test", "asserted", ["india"], [], ["agni-series"], "1994")]


def test_a_gods_name_is_no_missile(run):
    records = run("Agni is the god of fire, and the rocket was named after him.",
                  date="2003-01-09")
    assert [r for r in records if r["kind"] in ("system", "event")] == []


def test_a_later_sentence_on_an_earlier_trial_lends_no_date(run):
    # the launch told again takes no day from the sentence on the missile's first trial
    records = run("Pakistan test-fired a Ghauri missile on Monday. The Ghauri was fired from "
                  "a truck near the coast. Its first trial took place in April last year.",
                  date="2003-01-10")
    assert summary(records) == [
        ("missile_test", "asserted", ["pakistan"], [], ["ghauri"], "2003-01-06")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Pentagon said on Friday that Washington would retire its B83 gravity bombs by 2030.",
     [("elimination", "planned", ["united-states"], [], ["b83"], "2030")]),
    # a quotation right after "will" goes on with the subject's clause
    ('The review says Washington will "retire its last B83-1 bombs by 2030."',
     [("elimination", "planned", ["united-states"], [], ["b83"], "2030")]),
    # a bomb that a system's name ends is no other object
    ("The air force will dismantle its B61 bombs.",
     [("elimination", "planned", [], [], ["b61"], None)]),
    ("The general will retire next year after the missile tests.", []),
])
def test_weapons_retired_are_eliminated(run, text, expected):
    assert summary(run(text, date="2022-10-29")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel struck radar sites in Iran on Saturday in retaliation for a missile attack on "
     "October 1.",
     [("combat_use", "asserted", ["israel"], ["iran"], [], "2024-10-26"),
      ("combat_use", "asserted", ["iran"], [], [], "2024-10-01")]),
    ("Israel struck radar sites in Iran on Saturday in response to a missile assault on "
     "October 1.",
     [("combat_use", "asserted", ["israel"], ["iran"], [], "2024-10-26"),
      ("combat_use", "asserted", ["iran"], [], [], "2024-10-01")]),
    # an owner named with the attack still decides
    ("Israel struck radar sites in Iran on Saturday in retaliation for Hezbollah's rocket "
     "attack on October 1.",
     [("combat_use", "asserted", ["israel"], ["iran"], [], "2024-10-26"),
      ("combat_use", "asserted", ["hezbollah", "lebanon"], [], [], "2024-10-01")]),
])
def test_a_reprisal_answers_the_attack_of_whom_it_strikes(run, text, expected):
    assert summary(run(text, date="2024-10-26")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The treaty was initialled in March by the foreign ministers of Kazakhstan and "
     "Kyrgyzstan.",
     [("signing", "asserted", ["kazakhstan", "kyrgyzstan"], [], [], "2010-03")]),
    ("The treaty was signed in March by the foreign ministers of Kazakhstan and Kyrgyzstan.",
     [("signing", "asserted", ["kazakhstan", "kyrgyzstan"], [], [], "2010-03")]),
    ("The initial draft of the missile accord was weak.", []),
])
def test_a_treaty_initialled_is_signed(run, text, expected):
    assert summary(run(text, date="2010-04-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the day named is the sending's, before the article's
    ("The president sent New START to the Senate on Thursday.",
     [("ratification", "planned", ["united-states"], ["us-senate"], [], "2010-05-13")]),
    # "for ratification" is the same ratification, still to come
    ("Putin sent the treaty to parliament for ratification last week.",
     [("ratification", "planned", ["russia", "vladimir-putin"], [], [], "2010-W18")]),
    ("The White House sent a letter to the Senate about New START on Thursday.", []),
])
def test_a_treaty_sent_to_a_legislature_awaits_ratification(run, text, expected):
    assert summary(run(text, date="2010-05-15")) == expected


def test_a_comprehensive_test_ban_is_the_ctbt(run):
    records = run("Britain would swiftly and fully ratify a comprehensive ban on nuclear "
                  "testing, the minister said.", date="2009-04-05")
    assert [(e["type"], e["status"], e["treaty"]["id"]) for e in records
            if e["kind"] == "event"] == [("ratification", "hypothetical", "ctbt")]


@pytest.mark.parametrize("text", [
    # two adverbs joined by "and", quoted or not, break no clause: Britain seeks it, not Iran
    'In a speech prompted by Iran\'s launch, the minister said Britain would "swiftly and '
    'fully" seek ratification of the CTBT.',
    "In a speech prompted by Iran's launch, the minister said Britain would swiftly and "
    "fully seek ratification of the CTBT.",
])
def test_two_adverbs_joined_break_no_clause(run, text):
    assert summary(run(text, date="2009-04-05")) == [
        ("ratification", "hypothetical", ["united-kingdom"], [], [], None)]


@pytest.mark.parametrize("text", [
    "North Korea launched a rocket on Sunday. Seoul and Tokyo see the February 7 rocket "
    "launch - officially to place a weather satellite in orbit - as a cover for a missile test.",
    "North Korea launched a rocket on Sunday. Seoul and Tokyo see the February 7 rocket "
    "launch, supposedly to place a research satellite in orbit, as a disguised missile test.",
])
def test_a_launch_and_its_purpose_are_one_launch(run, text):
    assert summary(run(text, date="2016-02-10")) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2016-02-07")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow vetoed a draft that would have imposed new sanctions on the missile programme.",
     [("sanctions", "negated", ["russia"], [], [], None)]),
    # the mandate of a body that watches over sanctions is extended like the sanctions
    ("Moscow vetoed a draft that would have renewed the mandate of the panel watching over "
     "the missile sanctions.",
     [("extension", "negated", ["russia"], [], [], None)]),
    ("The parliament renewed the mandate of the football commission.", []),
])
def test_a_veto_reaches_into_the_draft_it_blocks(run, text, expected):
    assert summary(run(text, date="2017-11-16")) == expected


@pytest.mark.parametrize("text", [
    # the state that criticised the launch does not launch
    "Tehran went ahead with a U.S.-criticized missile launch on Thursday.",
    "Tehran went ahead with a Western-condemned missile launch on Thursday.",
])
def test_a_state_that_judged_an_act_is_no_actor_of_it(run, text):
    assert summary(run(text, date="2019-08-31")) == [
        ("missile_test", "asserted", ["iran"], [], [], "2019-08-29")]


@pytest.mark.parametrize(("text", "expected"), [
    # a ban is a binding instrument, as sanctions are
    ("Paris called the firing a grave breach of the UN ban on Monday.",
     [("violation_allegation", "asserted", ["france"], [], [], "2017-05-15")]),
    # accusations from a named accuser about a weapons act; a capital after "from" and a
    # message noun is its sender
    ("The talks stalled after accusations from Seoul that Pyongyang had sold missiles abroad.",
     [("violation_allegation", "asserted", ["south-korea"], [], [], None),
      ("deployment", "asserted", ["north-korea"], [], [], None)]),
    ("The talks stalled after warnings from Seoul that Pyongyang had sold missiles abroad.",
     [("warning", "asserted", ["south-korea"], [], [], None),
      ("deployment", "asserted", ["north-korea"], [], [], None)]),
    # weapons received from a capital come from its state (lexicon supply-verbs; round 57);
    # fired from one, they only come from a place (test_event_shapes_round57)
    ("Iran received missiles from Pyongyang last year.",
     [("deployment", "asserted", ["north-korea"], ["iran"], [], "2016")]),
])
def test_a_charge_and_who_makes_it(run, text, expected):
    assert summary(run(text, date="2017-05-15")) == expected


def test_a_choking_agent_is_a_weapon(run):
    records = run("Russian troops had used banned chloropicrin against Ukrainian forces.",
                  date="2024-05-15")
    assert summary(records) == [("combat_use", "asserted", ["russia"], ["ukraine"], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a plural word for agreements as the object, in a sentence about arms, names no treaty
    ("On Monday the envoys of the five nuclear powers and Mongolia signed parallel political "
     "declarations on its nuclear-weapon-free status.",
     [("signing", "asserted", ["mongolia"], [], [], "2012-09-17")]),
    ("Moscow withdrew from several arms treaties last year.",
     [("withdrawal", "asserted", ["russia"], [], [], "2011")]),
    ("China and Kenya signed several agreements on trade and tourism on Monday.", []),
    # only in the object right after the verb
    ("Russia signed up on Monday for a summit where leaders will discuss older nuclear arms "
     "agreements.",
     [("talks", "asserted", ["russia"], [], [], "2012-09-17")]),
])
def test_plural_agreements_need_no_named_treaty(run, text, expected):
    records = run(text, date="2012-09-19")
    assert summary(records) == expected
    assert all(e["treaty"] is None for e in records if e["kind"] == "event")
