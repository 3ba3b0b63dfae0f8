"""Shapes found in round 29 on part AF: weapons that name an attack, modifiers joined by
"and", the weapon and day on each side of a phrase of time, adjectives after a light verb,
"that" after a preposition, a text that opens with a strike, a missile in a relative clause,
"its" test, concern voiced and calls for restraint, a state's media."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # the rockets name the attacks: no launch of rockets besides them
    ("Moscow launched a heavy wave of rocket attacks over much of Ukraine on Monday.",
     [("combat_use", "asserted", ["russia"], [], [], "2023-03-13")]),
    ("Moscow launched missile and drone attacks across Ukraine on Monday.",
     [("combat_use", "asserted", ["russia"], [], [], "2023-03-13")]),
    # weapons launched in a wave are still launched
    ("Pyongyang launched a wave of missiles into the sea on Monday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2023-03-13")]),
    # the weapons of an attack in another phrase still arm a strike
    ("It was the second direct strike by Tehran on Israel, following a drone and missile assault "
     "in April.",
     [("combat_use", "asserted", ["iran"], ["israel"], [], None)]),
])
def test_weapons_that_name_an_attack(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "drone and missile" modify one noun: the sentence's subject carried the attacks out
    ("The Houthis carried out drone and missile attacks on Israel on Monday.",
     [("combat_use", "asserted", ["houthis", "yemen"], ["israel"], [], "2023-03-13")]),
    ("The Houthis launched missile and drone attacks on Israel on Monday.",
     [("combat_use", "asserted", ["houthis", "yemen"], ["israel"], [], "2023-03-13")]),
])
def test_weapon_words_joined_before_one_noun(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the family's name with a weapon word is a system; with no agent, its owner tests it
    ("A Prithvi missile was test-fired from Chandipur on Friday.",
     [("missile_test", "asserted", ["india"], [], ["prithvi-series"], "2004-03-19")]),
    # the weapons on this side of "after" are the owner's: India's test, Pakistan's launch
    ("Friday's test of a Prithvi missile came nine days after Pakistan tested a Shaheen-II "
     "missile.",
     [("missile_test", "asserted", ["india"], [], ["prithvi-series"], "2004-03-19"),
      ("missile_test", "asserted", ["pakistan"], [], ["shaheen-ii"], "2004-03-10")]),
    # a vague date of a later retelling yields to the day the phrase counts to
    ("Friday's test of a Prithvi missile came nine days after Pakistan tested a Shaheen-II "
     "missile. Musharraf said the testing of the Shaheen-II would be succeeded by further "
     "tests in coming months.",
     [("missile_test", "asserted", ["india"], [], ["prithvi-series"], "2004-03-19"),
      ("missile_test", "asserted", ["pakistan", "pervez-musharraf"], [], ["shaheen-ii"],
       "2004-03-10"),
      ("missile_test", "planned", ["pakistan"], [], ["shaheen-ii"], "FUTURE_REF")]),
])
def test_each_side_of_a_phrase_of_time_has_its_own_weapon_and_day(run, text, expected):
    assert summary(run(text, date="2004-03-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective between a light verb and its event noun: the noun is still its object
    ("Trump spoke out on Thursday, shortly after Putin had announced successful tests of a new "
     "cruise missile.",
     [("missile_test", "asserted", ["russia", "vladimir-putin"], [], [], None)]),
    ("Moscow conducted successful tests of a new cruise missile on Monday.",
     [("missile_test", "asserted", ["russia"], [], [], "2025-11-03")]),
])
def test_the_object_of_a_light_verb_after_an_adjective(run, text, expected):
    assert summary(run(text, date="2025-11-05")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a possessive mark, "fifth and biggest" join two modifiers of one noun: the
    # clause goes on to "the country", the state the text is about
    ("The Security Council adopted tougher sanctions against North Korea, stepping up pressure "
     "following the isolated country's fifth and biggest nuclear test in September.",
     [("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], None),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2016-09")]),
])
def test_modifiers_joined_after_a_possessive_mark(run, text, expected):
    assert summary(run(text, date="2016-12-01")) == expected


P5_AND_IRAN = ["china", "france", "germany", "iran", "p5-plus-1", "russia", "united-kingdom",
               "united-states"]


@pytest.mark.parametrize(("text", "expected"), [
    # "that" after a preposition is a determiner: the clause, and its Thursday, go on
    ("Talks between Iran and the six powers over that country's atomic programme ended in "
     "Baghdad Thursday, but negotiators agreed to meet once more in Moscow next month.",
     [("talks", "asserted", P5_AND_IRAN, [], [], "2012-05-24"),
      ("talks", "planned", P5_AND_IRAN, [], [], "2012-06")]),
])
def test_that_after_a_preposition_breaks_no_clause(run, text, expected):
    assert summary(run(text, date="2012-05-25")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a text whose first event is a strike is about a war: the missile fired is the strike
    ("Missile strike kills two in Polish village\n\nWarsaw said it had found no proof that the "
     "missile was fired by Russia.",
     [("combat_use", "asserted", ["russia"], [], [], "2022-11-16")]),
    # one that opens with a test is not
    ("Missile test draws condemnation\n\nWarsaw said the missile was fired by Russia.",
     [("missile_test", "asserted", ["russia"], [], [], "2022-11-16")]),
])
def test_a_text_that_opens_with_a_strike_is_about_a_war(run, text, expected):
    assert summary(run(text, date="2022-11-16")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the missile is the subject of what the relative clause tells: the sentence's subject
    # did not strike
    ("Biden questioned claims the missile, which struck a farm building in Przewodow on "
     "Tuesday, was fired by Moscow.",
     [("combat_use", "asserted", [], [], [], "2022-11-15")]),
    # a missile that is an object was fired by the subject, and "fired a" is a verb that
    # struck a state
    ("Russia fired a missile, which struck a depot in Ukraine, on Monday.",
     [("combat_use", "asserted", ["russia"], ["ukraine"], [], "2022-11-14")]),
    # an actor before "which" still acts
    ("The United States, which fired missiles at a Syrian airbase on Friday, was condemned "
     "by Russia.",
     [("combat_use", "asserted", ["united-states"], [], [], "2022-11-11"),
      ("warning", "asserted", ["russia"], [], [], "2022-11-11")]),
    ("Russia deployed a new missile, which struck a depot in Ukraine.",
     [("deployment", "asserted", ["russia"], [], [], None),
      ("combat_use", "asserted", ["russia"], ["ukraine"], [], None)]),
])
def test_a_missile_in_a_relative_clause(run, text, expected):
    assert summary(run(text, date="2022-11-16")) == expected


def test_its_test_is_of_the_weapon_named_before(run):
    # "Its" looks back to the Agni-IV before the Agni-II named after it; since round 50 the
    # Agni-II set off before "failed" is the weapon of the later tests
    text = ("The Agni-IV is a solid-fuelled missile with two stages. Its maiden flight test in "
            "December 2010 ended in failure, with the missile dropping into the sea. An older "
            "model of this missile, the Agni-II, failed as well in tests in 2009.")
    assert summary(run(text, date="2011-11-15")) == [
        ("missile_test", "asserted", ["india"], [], ["agni-iv"], "2010-12"),
        ("missile_test", "asserted", ["india"], [], ["agni-ii"], "2009")]


@pytest.mark.parametrize(("text", "expected"), [
    # concern voiced with an adjective between, about what the preposition names
    ("The Bush administration has expressed fresh worries about China's growing missile "
     "arsenal.",
     [("warning", "asserted", ["united-states"], ["china"], [], "2005-06-21")]),
    # opposition and anger voiced are warnings too
    ("Beijing expressed firm opposition to the nuclear test on Sunday.",
     [("warning", "asserted", ["china"], [], [], "2005-06-21")]),
    ("Seoul voiced grave concern over the North Korean missile launch on Monday.",
     [("warning", "asserted", ["south-korea"], [], [], "2005-06-20"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2005-06-20")]),
])
def test_concern_voiced(run, text, expected):
    assert summary(run(text, date="2005-06-21")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a call for restraint after an arms act is a warning by whoever calls
    ("Soon after the Pakistani test early this month, the United States appealed for restraint "
     "across the region.",
     [("warning", "asserted", ["united-states"], [], [], "2004-03")]),
    ("Tokyo urged restraint after the North Korean missile launch on Monday.",
     [("warning", "asserted", ["japan"], [], [], "2004-03-19"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2004-03-15")]),
    # not without "restraint"
    ("Tokyo urged talks after the North Korean missile launch on Monday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2004-03-15")]),
])
def test_a_call_for_restraint(run, text, expected):
    assert summary(run(text, date="2004-03-19")) == expected


@pytest.mark.parametrize("model", [False, True])
def test_a_states_media_are_not_the_state(run_on, model):
    # by word positions and in the parse alike, "U.S. media" name no US act
    text = ("China flight-tested a hypersonic glide vehicle last week. U.S. media have "
            "expressed alarm about the test.")
    assert summary(run_on(text, "2005-06-21", model)) == [
        ("missile_test", "asserted", ["china"], [], [], "2005-W24")]


@pytest.mark.parametrize(("text", "expected"), [
    # the "by" of a participle names a missile system: no warning by the system's state
    ("Beijing warned that it felt threatened by the United States missile system deployed to "
     "the Philippines.",
     [("warning", "asserted", ["china"], ["united-states"], [], "2025-02-13"),
      ("deployment", "asserted", ["united-states"], ["philippines"], [], None)]),
    ("Lithuania said it felt threatened by Russian Iskander missiles in Kaliningrad.",
     [("warning", "asserted", ["lithuania"], [], ["iskander-m"], "2025-02-13")]),
    # the same in the passive
    ("Beijing said it would not stay silent while it is threatened by the United States "
     "missile system that can reach its cities.",
     [("warning", "asserted", ["china"], ["united-states"], [], "2025-02-13")]),
])
def test_a_weapon_that_threatens_says_nothing(run, text, expected):
    assert summary(run(text, date="2025-02-13")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the "by" agent of a passive accuses or condemns; the passive's subject did the act
    ("Iran has been accused by Washington of covertly seeking to develop nuclear weapons.",
     [("violation_allegation", "asserted", ["united-states"], ["iran"], [], None),
      ("development", "asserted", ["iran"], [], [], None)]),
    ("North Korea was condemned by Japan for testing a missile on Monday.",
     [("warning", "asserted", ["japan"], ["north-korea"], [], "2003-12-15"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2003-12-15")]),
])
def test_the_passives_subject_did_what_it_is_blamed_for(run, text, expected):
    assert summary(run(text, date="2003-12-18")) == expected


def test_a_nouns_by_agent_still_acts(run):
    # "the move by Iran", "the vote by Seoul" are no passives: their actor acts in what follows
    text = ("The IAEA on Saturday condemned the move by Iran to revoke the accreditation of "
            "several veteran inspectors.")
    assert [(e[0], e[2]) for e in summary(run(text, date="2023-09-17"))] == [
        ("warning", ["iaea"]), ("inspection", ["iran"])]
    text = ("Tokyo welcomed the vote by Seoul for imposing sanctions on Pyongyang because of its "
            "missile tests.")
    assert summary(run(text, date="2003-12-18")) == [
        ("sanctions", "asserted", ["south-korea"], ["north-korea"], [], None),
        ("missile_test", "asserted", ["north-korea"], [], [], None)]
