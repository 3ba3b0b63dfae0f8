"""Shapes found in round 56 on part BG and the parts tuned on before: an ordinal test of a
series told paragraphs after the news, a judgement after an adverb of degree, whose plans a
test is, an agreement announced, a defence system as a weapon, a noun that opens a clause
of its own, and the sides of an agreement named by its year."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


def test_an_ordinal_test_told_paragraphs_later_is_its_own_dated_test(run):
    # the second paragraph is no test, so "the second test" finds its series only in the
    # news told before it; its date is its own, not the news's
    records = run("Pyongyang launched a pair of missiles toward the East Sea on Wednesday, Seoul "
                  "said.\n\n"
                  "The United States urged Pyongyang to return to talks on its nuclear "
                  "programme.\n\n"
                  "The second test on Friday last week drew praise from state media for a new "
                  "guided missile.", date="2014-07-02")
    assert summary(records) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2014-07-02"),
        ("missile_test", "asserted", ["north-korea"], [], [], "2014-06-27")]


def test_an_ordinal_test_does_not_give_its_day_to_the_undated_news(run):
    records = run("Pyongyang launches missiles before summit\n\n"
                  "Pyongyang has launched a pair of missiles toward the East Sea a day before "
                  "the summit in Seoul.\n\n"
                  "The second test on Friday last week drew praise from state media for a new "
                  "guided missile.", date="2014-07-02")
    assert [e for e in summary(records) if e[0] == "missile_test"] == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2014-07-02"),
        ("missile_test", "asserted", ["north-korea"], [], [], "2014-06-27")]


@pytest.mark.parametrize(("text", "expected"), [
    ('Tokyo called the missile tests "extremely regrettable".',
     [("warning", "asserted", ["japan"], [], [], "2014-07-02")]),
    ("Seoul called the launch deeply troubling.",
     [("warning", "asserted", ["south-korea"], [], [], "2014-07-02")]),
    # an adverb alone is no judgement
    ("Seoul called the launch very early on Wednesday.", []),
])
def test_a_judgement_after_an_adverb_of_degree_is_a_warning(run, text, expected):
    assert [e for e in summary(run(text, date="2014-07-02")) if e[0] == "warning"] == expected


def test_a_test_planned_is_the_one_whose_plans_they_are(run):
    records = run("Beijing and Seoul plan to press Pyongyang over its missile programme and its "
                  "plans to conduct a seventh nuclear test.", date="2014-07-02")
    assert [e for e in summary(records) if e[0] == "nuclear_test"] == [
        ("nuclear_test", "planned", ["north-korea"], [], [], None)]


def test_an_agreement_announced_is_signed_by_those_who_announce_it(run):
    records = run("Washington and Madrid announced a deal on Tuesday that lets four destroyers "
                  "with anti-missile systems use a Spanish port.", date="2011-10-07")
    assert [e for e in summary(records) if e[0] == "signing"] == [
        ("signing", "asserted", ["spain", "united-states"], [], [], "2011-10-04")]


def test_an_agreement_that_opens_a_clause_of_its_own_is_not_announced(run):
    records = run("Tehran announced the agreement on its missiles was dead.", date="2011-10-07")
    assert [e for e in summary(records) if e[0] == "signing"] == []


def test_a_defence_system_makes_a_development_military(run):
    records = run("Ankara has decided to focus on developing a defence system of its own "
                  "instead, the ministry said.", date="2015-11-17")
    assert [e[:3] for e in summary(records)] == [("development", "planned", ["turkey"])]


def test_an_agreement_announced_by_its_parties_is_signed(run):
    records = run("The missile defence deal announced by Washington and Madrid angered Moscow.",
                  date="2011-10-07")
    assert [e for e in summary(records) if e[0] == "signing"] == [
        ("signing", "asserted", ["spain", "united-states"], [], [], None)]


@pytest.mark.parametrize(("text", "agents"), [
    # "its": the state named last before it; "with": the other side
    ("Warsaw made the Patriot battery a condition of its 2008 agreement with the US on "
     "missile defence.", ["poland", "united-states"]),
    # "between": every side
    ("The 2008 agreement between Warsaw and Washington on missile defence still holds.",
     ["poland", "united-states"]),
    # with no owner, "with" names one side of two: none is taken
    ("Warsaw praised a 2008 agreement with the US on missile defence.", []),
])
def test_the_sides_of_an_agreement_named_by_its_year(run, text, agents):
    records = run(text, date="2016-05-10")
    assert [e for e in summary(records) if e[0] == "signing"] == [
        ("signing", "asserted", agents, [], [], "2008")]


@pytest.mark.parametrize(("text", "expected"), [
    # whose strikes they are attacks the state after "on"
    ("Tripoli said French and British strikes on Libya began on Saturday.",
     [("combat_use", "asserted", ["france", "united-kingdom"], ["libya"], [], "2026-02-28")]),
    # a strike on no state is no attack of a state
    ("The union said Iran's dockers held strikes on the waterfront on Saturday.", []),
])
def test_strikes_on_a_state(run, text, expected):
    assert [e for e in summary(run(text, date="2026-03-02")) if e[0] == "combat_use"] == expected


@pytest.mark.parametrize(("place", "agents"), [
    ("Iran", ["iran"]),  # the state it was fired from fired it
    ("Yemen", []),  # an armed group there may have: where from, not who
])
def test_a_rocket_fired_from_a_state_and_shot_down(run, place, agents):
    records = run(f"A rocket fired from {place} on Wednesday was shot down by NATO air defence "
                  "units.", date="2026-03-09")
    assert summary(records) == [
        ("combat_use", "asserted", agents, [], [], "2026-03-04"),
        ("interception", "asserted", ["nato"], [], [], "2026-03-04")]


@pytest.mark.parametrize(("text", "expected"), [
    # the subject before a relative clause set off by commas is what was neutralised ...
    ("Officials said the cruise missile, which crossed into Polish airspace, was neutralised "
     "by NATO jets on Monday.",
     [("interception", "asserted", ["nato"], [], [], "2024-03-25")]),
    # ... not what the clause names
    ("Officials said the hangar, which held spare missile parts, was neutralised by a fire "
     "on Monday.", []),
])
def test_a_passive_subject_past_a_relative_clause(run, text, expected):
    assert [e for e in summary(run(text, date="2024-03-26")) if e[0] == "interception"] \
        == expected


def test_its_first_test_is_a_test_of_the_system_named_before(run):
    records = run("Analysts said the weapon is the Bulava, a naval missile whose makers held "
                  "its first test last autumn.", date="2005-03-18")
    assert summary(records) == [("missile_test", "asserted", ["russia"], [], ["bulava"], "2004-FA")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pyongyang said a rail-mobile missile regiment was organised at the party congress in "
     "January.", [("deployment", "asserted", ["north-korea"], [], [], "2021-01")]),
    ("The ministry set up a new committee on missile defence in January.", []),
])
def test_a_missile_unit_formed_is_deployed(run, text, expected):
    assert [e for e in summary(run(text, date="2021-09-16")) if e[0] == "deployment"] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "toward" before a verb of its own says where a missile flew, not a goal ...
    ("A cruise missile tracked toward the Polish border was shot down by NATO jets on Monday.",
     [("interception", "asserted", ["nato"], [], [], "2024-03-25")]),
    # ... but before an event noun it names what is aimed at
    ("Seoul welcomed the talks as progress toward the elimination of the North's missiles.",
     []),
])
def test_toward_is_a_goal_only_before_its_noun(run, text, expected):
    assert [e for e in summary(run(text, date="2024-03-26"))
            if e[0] in ("interception", "elimination")] == expected
