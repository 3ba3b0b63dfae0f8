"""Shapes found in round 35 on part AL: sides named in talks after a passive agreement, a
test word shadowing a shorter trigger, a rocket's relative clause telling its launch again,
and spokespeople of a named ministry."""

from __future__ import annotations

import pytest

from tests.conftest import of_kind

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # who talked concluded the accord the passive tells, when "between" comes later in its
    # clause; the talks are theirs too (round 41: the sides "between" an event noun are its
    # own, as the conventions of the development set count talks that produce a deal)
    ("The accord was concluded in March after two years of negotiations between Seoul and "
     "Tokyo.",
     [("signing", "asserted", ["japan", "south-korea"], [], [], "2021-03"),
      ("talks", "asserted", ["japan", "south-korea"], [], [], "2021-03")]),
    # not over an actor the clause names first
    ("The CTBT was concluded with Iran in 1996 after talks between Britain and France.",
     [("signing", "asserted", [], ["iran"], [], "1996"),
      ("talks", "asserted", ["france", "united-kingdom"], [], [], "1996")]),
    # nor past the end of its clause: "between" is another verb's
    ("The CTBT was concluded in 1996 and was praised by envoys between Russia and the US.",
     [("signing", "asserted", [], [], [], "1996")]),
])
def test_sides_of_the_talks_conclude_a_passive_agreement(run, text, expected):
    assert summary(run(text, date="2021-06-01")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a longer trigger whose requirements fail ("tested a" wants a missile) gives way to a
    # shorter one inside it that holds ("tested" a nuclear device)
    ("Pakistan tested a second nuclear device in May.",
     [("nuclear_test", "asserted", ["pakistan"], [], [], "2012-05")]),
    ("India tested a new engine near its nuclear plant last week.", []),
])
def test_a_failing_trigger_gives_way_to_one_inside_it(run, text, expected):
    assert summary(run(text, date="2013-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the rocket did is its launch told again, and dates it; the date of the verb
    # before "and" stays that verb's, and a trigger past a comma does not take the date
    ("North Korea, which set off a nuclear device in January and fired a rocket which placed "
     "a small satellite into orbit in November, faces more sanctions.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], "2013-01"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2012-11")]),
    # a relative clause on another word than a weapon, or of another type, is another event
    ("Russia deployed a unit in May that deployed missiles in June.",
     [("deployment", "asserted", ["russia"], [], [], "2012-05"),
      ("deployment", "asserted", ["russia"], [], [], "2012-06")]),
    ("Iran fired a missile that hit a tanker on Monday.",
     [("missile_test", "asserted", ["iran"], [], [], "2013-03-11"),
      ("combat_use", "asserted", ["iran"], [], [], "2013-03-11")]),
])
def test_a_rockets_relative_clause_retells_its_launch(run, text, expected):
    assert summary(run(text, date="2013-03-15")) == expected


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Greek Foreign Ministry spokesman Nikos Andreadis said the talks would resume.",
     "nikos-andreadis", "greece"),
    ("A Polish Defence Ministry spokeswoman, Anna Nowak, said the battery was ready.",
     "anna-nowak", "poland"),
])
def test_a_ministry_spokesperson_takes_the_state_before_the_ministry(run, text, person,
                                                                    country):
    (found,) = [a for a in of_kind(run(text), "actor") if a["id"] == person]
    assert (found["title"].lower().endswith(("spokesman", "spokeswoman")), found["country"]) \
        == (True, country)


@pytest.mark.parametrize(("text", "expected"), [
    # the phrase "months after" tells both verbs joined after it, not only the first
    ("Ankara suspended the CFE Treaty on Friday, several months after Moscow withdrew from it "
     "and Washington also suspended its obligations.",
     [("suspension", "asserted", ["turkey"], [], [], "2024-04-05"),
      ("withdrawal", "asserted", ["russia"], [], [], None),
      ("suspension", "asserted", ["united-states"], [], [], None)]),
    ("Ankara suspended the CFE Treaty on Friday, two months after Moscow withdrew from it and "
     "Washington also suspended its obligations.",
     [("suspension", "asserted", ["turkey"], [], [], "2024-04-05"),
      ("withdrawal", "asserted", ["russia"], [], [], "2024-02-05"),
      ("suspension", "asserted", ["united-states"], [], [], "2024-02-05")]),
    # without such a phrase, the verb after "and" keeps the sentence's date
    ("Ankara suspended the CFE Treaty on Friday, and Washington also suspended its "
     "obligations.",
     [("suspension", "asserted", ["turkey"], [], [], "2024-04-05"),
      ("suspension", "asserted", ["united-states"], [], [], "2024-04-05")]),
])
def test_a_phrase_of_time_before_tells_both_joined_verbs(run, text, expected):
    assert summary(run(text, date="2024-04-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # on a trained parse, a negated verb that passes its negation on leaves its object
    # unhappened; after another verb the negation is that verb's alone
    ("Washington said its planned tests would not include nuclear explosions.",
     [("nuclear_test", "negated", ["united-states"], [], [], None)]),
    ("Israel has not condemned Iran's missile test.",
     [("missile_test", "asserted", ["iran"], [], [], None)]),
])
def test_a_verb_passes_its_negation_to_its_object_on_the_parse(run_on, text, expected):
    assert summary(run_on(text, "2025-11-03", True)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a failure or a refusal to act is no act, and whose it is says who fails to act
    ("The Security Council imposed sanctions on Tehran for its failure to suspend enrichment.",
     [("sanctions", "asserted", ["un-security-council"], ["iran"], [], None),
      ("moratorium", "negated", ["iran"], [], [], None)]),
    ("The envoy cited Pyongyang's refusal to halt its missile tests.",
     [("moratorium", "negated", ["north-korea"], [], [], None)]),
    ("The Security Council imposed sanctions on Iran over its decision to resume enrichment.",
     [("sanctions", "asserted", ["un-security-council"], ["iran"], [], None),
      ("development", "asserted", ["iran"], [], [], None)]),
    # "of its" after an addressee: the teller's decision
    ("Washington notified Moscow of its decision to leave the INF Treaty.",
     [("withdrawal", "asserted", ["united-states"], [], [], None)]),
])
def test_a_failure_or_refusal_to_act_and_whose_it_is(run, text, expected):
    assert summary(run(text, date="2008-03-04")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what another state certifies, or declines to, is no claim of the state's own
    ("Washington declined to certify that Tehran is in compliance with the nuclear deal.",
     []),
    ("Tehran insists it is in compliance with the nuclear deal.",
     [("denial", "asserted", ["iran"], [], [], "2017-10-13")]),
])
def test_a_certification_is_another_states_word(run, text, expected):
    assert summary(run(text, date="2017-10-13")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an allegation about an atomic programme or atomic arms needs no treaty
    ("Tehran is under pressure over its atomic programme, which the US alleges is cover for "
     "work on atomic arms.",
     [("violation_allegation", "asserted", ["united-states"], [], [], "2003-07-20")]),
    ("The lawyer alleges the company is cover for a fraud.", []),
])
def test_an_allegation_about_atomic_work(run, text, expected):
    assert summary(run(text, date="2003-07-20")) == expected


def test_a_headlines_list_holds_on_the_parse(run_on):
    # a headline's list opened by commas alone is every side, when the parse names only its
    # first
    text = ("Bulletin\nChina, US to resume talks following first meeting Geneva\n\nChina and the "
            "United States held a first round of nuclear arms talks in Geneva on Saturday, "
            "with Switzerland as host.")
    assert summary(run_on(text, "2025-04-13", True)) == [
        ("talks", "planned", ["china", "united-states"], [], [], None),
        ("talks", "asserted", ["china", "united-states"], [], [], "2025-04-12")]


def test_a_states_possessive_opens_the_group_that_acts_on_the_parse(run_on):
    # the "by" phrase the parse is sure of names the state; the group its possessive opens
    # acts too, and is no target
    text = ("JEDDAH: Saudi air defences stopped a ballistic missile fired toward Riyadh by "
            "Yemen’s Houthi militia late on Monday, the coalition said.")
    assert summary(run_on(text, "2018-02-06", True)) == [
        ("combat_use", "asserted", ["houthis", "yemen"], [], [], "2018-02-05")]


@pytest.mark.parametrize(("text", "expected"), [
    # commas between the modifiers of one noun break no clause: the light verb's subject
    # acts, and the negation before them holds
    ("The United States will not conduct destructive, direct missile tests.",
     [("missile_test", "negated", ["united-states"], [], [], None)]),
    ("Japan pledged never to carry out destructive, ground-launched, anti-satellite missile "
     "tests.",
     [("missile_test", "negated", ["japan"], [], [], None)]),
    # not past a trigger, nor over function words
    ("Iran held talks, new missile tests followed.",
     [("talks", "asserted", ["iran"], [], [], None)]),
    ("The drones were downed by the army's air defence, there were no reports of any "
     "missile attack, Iran said.",
     [("interception", "asserted", ["iran"], [], [], None)]),
])
def test_commas_between_modifiers_of_one_noun(run, text, expected):
    assert summary(run(text, date="2022-04-19")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a gerund after a determiner and a state's adjective is an event noun that state owns
    ("The Iranian testing of rockets is troubling, a spokesman said.",
     [("missile_test", "asserted", ["iran"], [], [], None)]),
])
def test_a_states_adjective_owns_a_gerund(run, text, expected):
    assert summary(run(text, date="2008-08-18")) == expected


def test_what_states_are_in_talks_to_do_is_planned(run):
    text = "Britain and France are in talks to deploy more Aster missiles in the Baltic."
    assert summary(run(text, date="2010-05-17")) == [
        ("talks", "asserted", ["france", "united-kingdom"], [], [], None),
        ("deployment", "planned", ["france", "united-kingdom"], [], [], None)]


@pytest.mark.parametrize("model", [False, True])
def test_a_weapon_says_nothing_with_or_without_the_parse(run_on, model):
    # the "by" phrase of a speech event that names a weapon, over its modifiers, names no
    # speaker, by word positions and on a trained parse alike
    text = ("Russia feels threatened by a United States naval missile system deployed in "
            "Romania, the Kremlin said.")
    assert summary(run_on(text, "2025-02-13", model)) == [
        ("warning", "asserted", ["russia"], ["united-states"], [], "2025-02-13"),
        ("deployment", "asserted", ["united-states"], ["romania"], [], None)]


@pytest.mark.parametrize("model", [False, True])
@pytest.mark.parametrize(("text", "expected"), [
    # a headline's speaker after its colon is no target of the event, on the parse either
    ("Russia may deploy Iskander missiles in Kaliningrad: Medvedev\n\nMOSCOW, Nov. 23 -- "
     "Russia may station new missiles in its western regions, the president said.",
     [("deployment", "hypothetical", ["russia"], [], ["iskander-m"], "2011-11-23")]),
    # "not ruled out" leaves the strike unhappened, with a parse as without one
    ("Tel Aviv has not ruled out an air strike on Iran's nuclear sites.",
     [("combat_use", "negated", [], ["iran"], [], None)]),
])
def test_the_parse_agrees_with_the_words(run_on, model, text, expected):
    assert summary(run_on(text, "2011-11-24", model)) == expected
