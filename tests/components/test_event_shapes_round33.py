"""Shapes found in round 33 on part AJ: arsenals cut, launches in war games, a date between
a verb of saying and its object, compounds in -ing, and actors listed after a preposition."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary
from .test_event_shapes_round15 import with_treaty


@pytest.mark.parametrize(("text", "expected"), [
    # a state that cuts its arsenal eliminates part of it
    ("Paris said on Friday it would cut its nuclear stockpile to below 300 warheads.",
     [("elimination", "planned", ["france"], [], [], "2008-03-21")]),
    ("London will reduce the number of its nuclear warheads to 180 by the mid-2020s.",
     [("elimination", "planned", ["united-kingdom"], [], [], "202X")]),
    # a bilateral treaty's cuts are made by both its parties
    ("Russia and the United States signed the New START treaty in April 2010. The treaty "
     "slashes both nuclear arsenals to 1,550 deployed warheads each.",
     [("signing", "asserted", ["russia", "united-states"], [], [], "2010-04"),
      ("elimination", "asserted", ["russia", "united-states"], [], [], None)]),
    # what weapons do, cost or risk is not cut
    ("Washington wants to reduce the role of nuclear weapons in its strategy.", []),
    ("The Pentagon will cut the cost of its nuclear weapons.", []),
    ("France will cut the risk of nuclear weapons being used.", []),
    ("Russia will reduce the range of its missiles.", []),
    ("The ministry will cut its missile defence budget by a fifth.", []),
    ("Both sides said they wanted to reduce tensions over the nuclear missile tests.", []),
])
def test_an_arsenal_cut(run, text, expected):
    assert summary(run(text, date="2008-03-22")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # war games and manoeuvres are drills: a launch in them is a test, whatever word of war
    ("The Revolutionary Guards plan to fire a Shahab-2 on the first day of the war games.",
     [("missile_test", "planned", ["iran", "irgc"], [], ["shahab-2"], None)]),
    ("The army fired a Shahab-2 missile on Friday during manoeuvres near the war zone.",
     [("missile_test", "asserted", ["iran"], [], ["shahab-2"], "2008-03-21")]),
    # fighting with no drill named: a launch in war
    ("The army fired a Shahab-2 missile on Friday during the fighting in the Gulf.",
     [("combat_use", "asserted", ["iran"], [], ["shahab-2"], "2008-03-21")]),
])
def test_a_launch_in_war_games(run, text, expected):
    assert summary(run(text, date="2008-03-22")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date between a verb of saying and the event noun it has as object: the subject acts
    ("Moscow announced on Monday its withdrawal from the treaty.",
     [("withdrawal", "asserted", ["russia"], [], [], "2008-03-17")]),
    ("London announced on Monday a further reduction in its stockpile of nuclear warheads.",
     [("elimination", "asserted", ["united-kingdom"], [], [], "2008-03-17")]),
])
def test_a_date_before_the_object_of_announced(run, text, expected):
    assert summary(run(text, date="2008-03-22")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a form in -ing glued to a lower-case word is the first part of a compound
    ("Minsk asked Moscow for cutting-edge nuclear missiles and warheads.", []),
    # a verb glued to a designator stays part of a name, a test word before a hyphened
    # verb stays the test
    ("North Korea test-fired a Hwasong-18 missile on Sunday.",
     [("missile_test", "asserted", ["north-korea"], [], ["hwasong-18"], "2008-03-16")]),
    ("US ICBM test-launched from Vandenberg on Sunday",
     [("missile_test", "asserted", ["united-states"], [], [], "2008-03-16")]),
])
def test_a_compound_in_ing(run, text, expected):
    assert summary(run(text, date="2008-03-22")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # actors joined by "and" after a preposition are all its objects: none is the subject
    ("Beijing keeps pace with Moscow and Washington by testing new nuclear missiles.",
     [("missile_test", "asserted", ["china"], [], [], None)]),
    # right before a verb in -ing, they are its subject
    ("Reacting to India and Russia signing the missile deal, Washington imposed sanctions "
     "on New Delhi.",
     [("signing", "asserted", ["india", "russia"], [], [], None),
      ("sanctions", "asserted", ["united-states"], ["india"], [], None)]),
])
def test_actors_listed_after_a_preposition(run, text, expected):
    assert summary(run(text, date="2008-03-22")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle after its subject's clause is the subject's, not an actor's in the
    # relative clause after its object
    ("Iran tested a new air defence system on Tuesday, firing a missile over the Gulf that "
     "alarmed officials in Israel.",
     [("missile_test", "asserted", ["iran"], [], [], "2018-04-24")]),
    # a participle that opens the sentence still has the subject after it
    ("After firing two missiles into the sea on Tuesday, North Korea warned Japan.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2018-04-24"),
      ("warning", "asserted", ["north-korea"], ["japan"], [], "2018-04-24")]),
])
def test_a_participle_after_its_subject(run, text, expected):
    assert summary(run(text, date="2018-04-28")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the two Koreas act together, each of them
    ("The presidents of South and North Korea met on Friday for an inter-Korean summit on "
     "the nuclear issue.",
     [("talks", "asserted", ["north-korea", "south-korea", "two-koreas"], [], [],
       "2018-04-27")]),
    # a joint declaration is an agreement signed
    ("The two Koreas signed a joint declaration on Friday at the border village.",
     [("signing", "asserted", ["north-korea", "south-korea", "two-koreas"], [], [],
       "2018-04-27")]),
    # a date before the name of a war dates the war, not the summit
    ("Seoul and Pyongyang vowed to bring the 1950-1953 Korean War to an official close at an "
     "inter-Korean summit on nuclear disarmament.",
     [("talks", "asserted", ["north-korea", "south-korea", "two-koreas"], [], [], None)]),
])
def test_the_two_koreas(run, text, expected):
    assert summary(run(text, date="2018-04-28")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # war games are no war: their year dates the launch in them
    ("Iran fired a new missile during the 2006 war games in the Gulf.",
     [("missile_test", "asserted", ["iran"], [], [], "2006")]),
])
def test_a_date_before_war_games(run, text, expected):
    assert summary(run(text, date="2018-04-28")) == expected


def test_a_declaration_of_war_is_no_treaty(run):
    records = run("North Korea scrapped the 1953 armistice agreement in March. It warned on "
                  "Friday that it would treat any further sanctions as tantamount to a "
                  "declaration of war.",
                  date="2013-06-08")
    assert with_treaty(records) == [
        ("withdrawal", "asserted", ["north-korea"], [], [], "2013-03", "korean-armistice"),
        ("signing", "asserted", ["china", "north-korea"], [], [], "1953", "korean-armistice"),
        ("warning", "asserted", ["north-korea"], [], [], "2013-06-07", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a deal between two states is no listed treaty that holds only one of them, and "the
    # deal" told after it is that deal too
    ("Washington and Bucharest signed a missile defence agreement on Tuesday. Moscow "
     "condemned the plan. The Senate must still ratify the deal.",
     [("signing", "asserted", ["romania", "united-states"], [], [], "2011-09-13", None),
      ("warning", "asserted", ["russia"], [], [], "2011-09-14", None),
      ("ratification", "planned", ["united-states", "us-senate"], [], [], None, None)]),
    # a headline's signing joined by its retelling, whose sentence a listed treaty fits
    # (Moscow named in it), keeps no treaty that one of its signers is no party of
    ("Washington and Bucharest sign missile defence pact\n\nSecretary of State Hillary "
     "Clinton on Tuesday signed an agreement to base US interceptors in Romania, a plan that "
     "has angered Moscow.",
     [("signing", "asserted", ["hillary-clinton", "romania", "united-states"], [], [],
       "2011-09-13", None)]),
])
def test_a_deal_between_a_party_and_another_state(run, text, expected):
    assert with_treaty(run(text, date="2011-09-14")) == expected


def test_a_deal_in_a_sentence_naming_no_state(run):
    # a sentence that names no state may still describe the listed treaty of the text's
    records = run("Russia and the United States agreed on new cuts to their nuclear arsenals. "
                  "The arms deal was signed in Prague in April 2010.", date="2010-05-01")
    assert with_treaty(records) == [
        ("signing", "asserted", ["russia", "united-states"], [], [], "2010-04", "new-start")]


@pytest.mark.parametrize(("text", "expected"), [
    # an attack on a person with no weapon named is words
    ("Prime Minister Theresa May launched an attack on Labour leader Jeremy Corbyn in the "
     "Commons on Monday.", []),
    # on a state it is war, weapon named or not
    ("Israel launched an attack on Iran on Friday.",
     [("combat_use", "asserted", ["israel"], ["iran"], [], "2016-07-15")]),
    ("Israel carried out air strikes in the south on Friday.",
     [("combat_use", "asserted", ["israel"], [], [], "2016-07-15")]),
])
def test_an_attack_on_a_person(run, text, expected):
    assert summary(run(text, date="2016-07-19")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # weapons fired on a counted number of targets are an attack, over a second weapon
    # counted in the object
    ("The Revolutionary Guards launched 40 cruise missiles and scores of drones on 25 "
     "targets in northern Iraq on Wednesday.",
     [("combat_use", "asserted", ["iran", "irgc"], [], [], "2022-09-28")]),
    ("Israel launched two missiles on dozens of targets near Damascus.",
     [("combat_use", "asserted", ["israel"], [], [], None)]),
    # one target is a test's aim
    ("North Korea launched a missile on a target island on Sunday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2022-09-25")]),
])
def test_weapons_fired_on_many_targets(run, text, expected):
    assert summary(run(text, date="2022-09-29")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weapon built or renewed is developed, by the state that owns the weapon object
    ("Lawmakers voted in favour of renewing Britain's Trident nuclear weapons system.",
     [("development", "asserted", ["united-kingdom"], [], ["trident-ii"], None)]),
    ("North Korea is building a new submarine able to fire ballistic missiles.",
     [("development", "asserted", ["north-korea"], [], [], None)]),
    # what is built must be the weapon
    ('"With this missile deal we are building a safer future for all of us," Hillary '
     'Clinton said.', []),
    # a weapon mass produced is developed, in the passive too
    ("The Agni-IV will be mass produced after two more tests.",
     [("development", "planned", ["india"], [], ["agni-iv"], None),
      ("missile_test", "planned", ["india"], [], ["agni-iv"], None)]),
    # the owner of the object eliminates it too
    ("The plan to eliminate Libya's chemical weapons stockpile should be completed by "
     "mid-2014.",
     [("elimination", "planned", ["libya"], [], [], "2014")]),
])
def test_a_weapon_built_or_renewed(run, text, expected):
    assert summary(run(text, date="2016-07-19")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a submarine class is a platform: the missile it fires is the test's weapon
    ("A Borei-class submarine test-fired a Bulava missile on Monday.",
     [("missile_test", "asserted", ["russia"], [], ["bulava"], "2011-09-12")]),
    # a state that expects to act plans to
    ("Washington expected to deploy the interceptors in Romania within four years, Clinton "
     "said on Tuesday.",
     [("deployment", "planned", ["united-states"], ["romania"], [], "2011-09-13")]),
])
def test_a_platform_and_an_expected_act(run, text, expected):
    assert summary(run(text, date="2011-09-14")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # reprocessing spent fuel develops; "it" after an actor's claim that is the claimant
    ("Washington doubted Pyongyang's claim that it had begun reprocessing spent nuclear fuel "
     "rods.",
     [("development", "asserted", ["north-korea"], [], [], None)]),
    # reprocessing activities or a reprocessing plant are no reprocessing done
    ("The IAEA said Iran had not suspended its enrichment and reprocessing activities.",
     [("moratorium", "negated", ["iran"], [], [], None)]),
    ("Iran has a nuclear reprocessing plant at Isfahan.", []),
])
def test_reprocessing_and_a_claimant(run, text, expected):
    assert summary(run(text, date="2003-04-18")) == expected


@pytest.mark.parametrize("model", [False, True])
def test_a_headline_signing_with_and_without_a_parse(run_on, model):
    # a headline's verb the tagger takes for a name is read by word positions, and the
    # headline's signers keep the retelling from New START
    text = ("Washington and Bucharest Sign Missile Shield Pact\n\nSecretary of State Hillary "
            "Clinton on Tuesday signed an agreement to base US interceptors in Romania under a "
            "plan that has angered Moscow.")
    assert with_treaty(run_on(text, "2011-09-14", model)) == [
        ("signing", "asserted", ["hillary-clinton", "romania", "united-states"], [], [],
         "2011-09-13", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # two sides that agree to act conclude an agreement
    ("Seoul and Pyongyang agreed to halt all hostile acts along the border, including missile "
     "drills, in September 2018.",
     [("signing", "asserted", ["north-korea", "south-korea"], [], [], "2018-09")]),
    # one side and the other it agrees with
    ("Tehran agreed to let IAEA inspectors visit the enrichment plant in March 2012.",
     [("signing", "asserted", ["iran"], ["iaea"], [], "2012-03"),
      ("inspection", "asserted", ["iaea"], [], [], "2012-03")]),
    # one side alone decides
    ("Moscow agreed to slash its strategic warheads by a third in 1991.",
     [("elimination", "asserted", ["russia"], [], [], "1991")]),
    # talks agreed, or an act on a treaty, are that act
    ("Moscow and Washington agreed to extend the missile treaty for five years.",
     [("extension", "asserted", ["russia", "united-states"], [], [], None)]),
    ("Iran and the six powers agreed to hold more talks in Baghdad next month on the nuclear "
     "dispute.",
     [("talks", "planned", ["china", "france", "germany", "iran", "p5-plus-1", "russia",
                            "united-kingdom", "united-states"], [], [], "2018-10")]),
])
def test_two_sides_agree_to_act(run, text, expected):
    assert summary(run(text, date="2018-09-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date at the very end names no other event and breaks nothing
    ("Seoul and Pyongyang held talks on nuclear arms in 1950-1953",
     [("talks", "asserted", ["north-korea", "south-korea"], [], [], "1950")]),
    # the name of a war may end the text (a headline, dated by the article)
    ("Seoul and Pyongyang held nuclear talks to end the 1950-1953 Korean War",
     [("talks", "asserted", ["north-korea", "south-korea"], [], [], "2018-04-28")]),
])
def test_a_year_range_at_the_end_of_the_text(run, text, expected):
    assert summary(run(text, date="2018-04-28")) == expected
