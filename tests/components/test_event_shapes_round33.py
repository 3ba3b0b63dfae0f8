"""Shapes found in round 33 on part AJ: arsenals cut, launches in war games, a date between
a verb of saying and its object, compounds in -ing, and actors listed after a preposition."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


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
