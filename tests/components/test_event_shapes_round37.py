"""Shapes found in round 37 on part AN: a state's office as a verb's subject, a vote that
is rejected but was held, a possessive after "because of", suspicions and inspections as
allegations, chemicals neutralized, a verb form after a count, a dialogue in the near
future, the year of a war an event happened in, and an interception dated by the attack
with its weapon told paragraphs before."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # the office after a state's possessive is the verb's subject: its "by" phrase names
    # who made what is denied, not who denies
    ("Iran's foreign minister rejected the ruling by the IAEA board.",
     [("denial", "asserted", ["iran"], ["iaea", "iaea-board-of-governors"], [], "2007-03-25")]),
    ("Russia's defence ministry on Monday denied claims by Ukraine.",
     [("denial", "asserted", ["russia", "russian-defence-ministry"], ["ukraine"], [],
       "2007-03-19")]),
    ("Iran's foreign minister quickly rejected the allegations by the IAEA.",
     [("denial", "asserted", ["iran"], ["iaea"], [], None)]),
    # "as" is no office: the "by" phrase names who alleges
    ("Iran sent missiles to the rebels to strike Israel as alleged by London and Washington.",
     [("deployment", "asserted", ["iran"], ["israel"], [], None),
      ("violation_allegation", "asserted", ["united-kingdom", "united-states"], [], [],
       "2007-03-25")]),
    # so is the office after a state's adjective
    ("Iranian diplomats denied the charges by the IAEA.",
     [("denial", "asserted", ["iran"], ["iaea"], [], "2007-03-25")]),
    # a participle with its "by" agent and no subject before it keeps that agent, also
    # after a state's noun and a comma
    ("The claims, rejected by Iran's foreign minister, were new.",
     [("denial", "asserted", ["iran"], [], [], "2007-03-25")]),
    ("Moscow's allegations, rejected by NATO, were new.",
     [("denial", "asserted", ["nato"], [], [], "2007-03-25")]),
])
def test_an_office_after_a_state_is_the_subject(run, text, expected):
    assert summary(run(text, date="2007-03-25")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a vote or decision already taken stays taken when someone rejects it
    ("Iran rejected the Security Council's vote on Friday to expand the sanctions against "
     "it.",
     [("denial", "asserted", ["iran"], ["un-security-council"], [], "2007-03-23"),
      ("sanctions", "asserted", ["un-security-council"], [], [], "2007-03-23")]),
    # a proposal rejected before its adoption did not happen
    ("China rejected a resolution to slap new sanctions on Tehran.",
     [("sanctions", "negated", ["china"], ["iran"], [], None)]),
])
def test_a_rejected_vote_was_still_held(run, text, expected):
    assert summary(run(text, date="2007-03-25")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "because of its refusal to": the state named last in the sentence refuses, even past
    # the clause break
    ("The Security Council imposed sanctions on Tehran, because of its refusal to freeze "
     "enrichment.",
     [("sanctions", "asserted", ["un-security-council"], ["iran"], [], None),
      ("moratorium", "negated", ["iran"], [], [], None)]),
    # "told ... of its decision to": still the teller's
    ("Washington notified Moscow of its decision to leave the INF Treaty.",
     [("withdrawal", "asserted", ["united-states"], [], [], None)]),
])
def test_whose_refusal_a_possessive_after_because_of_names(run, text, expected):
    found = summary(run(text, date="2007-03-25"))
    assert [(t, s, a, g, y) for t, s, a, g, y, _ in found] == \
        [(t, s, a, g, y) for t, s, a, g, y, _ in expected]


@pytest.mark.parametrize(("text", "expected"), [
    # suspecting or contending a weapons act is an allegation
    ("Several Western governments, among them France, contend Iran is enriching uranium "
     "to build nuclear weapons.",
     [("violation_allegation", "asserted", ["france"], ["iran"], [], None),
      ("development", "asserted", ["iran"], [], [], None)]),
    ("Japan suspects that North Korea is building nuclear weapons.",
     [("violation_allegation", "asserted", ["japan"], ["north-korea"], [], None),
      ("development", "asserted", ["north-korea"], [], [], None)]),
    # a verb in -ing after "of" is no object of its own ("building" is no building)
    ("Washington accused Tehran of building nuclear weapons.",
     [("violation_allegation", "asserted", ["united-states"], ["iran"], [], "2010-09-13"),
      ("development", "asserted", ["iran"], [], [], None)]),
    # the past participle as an adjective or with its phrase suspects nothing
    ("North Korea fired a suspected ICBM on Friday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2010-09-10")]),
    ("The initiative lets navies board ships suspected of carrying missile parts.", []),
    # keeping inspectors from their work is an allegation too
    ("The IAEA accused Syria of stalling the inspection for a month.",
     [("violation_allegation", "asserted", ["iaea"], ["syria"], [], "2010-09-13")]),
    # and neither without a weapon, a programme or inspectors
    ("Officials suspect the fire at the port was started on purpose.", []),
])
def test_suspicions_and_obstruction_are_allegations(run, text, expected):
    assert summary(run(text, date="2010-09-13")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("US crews at the Colorado depot finished neutralizing the last mustard agent in June.",
     [("elimination", "asserted", ["united-states"], [], [], "2023-06")]),
    # air defences that neutralise drones intercept them
    ("Ukrainian air defences neutralised 30 drones overnight.",
     [("interception", "asserted", ["ukraine"], [], [], None)]),
    # the stockpile is what is destroyed
    ("Russia destroyed its final chemical stockpile in 2017.",
     [("elimination", "asserted", ["russia"], [], [], "2017")]),
    # a deadline for a destruction is no destruction
    ("The treaty gives states deadlines for the destruction of their stockpiles.", []),
])
def test_chemicals_neutralized_are_destroyed(run, text, expected):
    assert summary(run(text, date="2023-07-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb's -s form after a count is a plural noun
    ("Libya declared 9,000 pounds of sulfur mustard.", []),
    # after a name's number it is a verb
    ("Resolution 1718 imposes sanctions on North Korea.",
     [("sanctions", "asserted", [], ["north-korea"], [], None)]),
])
def test_a_verb_form_after_a_count_is_a_noun(run, text, expected):
    assert summary(run(text, date="2006-10-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an asserted event dated "in the near future" is planned
    ("The United States and Russia begin a new round of nuclear arms talks in the near "
     "future.",
     [("talks", "planned", ["russia", "united-states"], [], [], "FUTURE_REF")]),
    # a war named with its year after "during" or "in" is the time of the event
    ("The US Navy fired Tomahawks against Baghdad during the 1991 Gulf War.",
     [("combat_use", "asserted", ["united-states", "us-navy"], ["iraq"], ["tomahawk"],
       "1991")]),
    ("US warships fired Tomahawk missiles at Iraq in the 2003 Iraq War.",
     [("combat_use", "asserted", ["united-states"], ["iraq"], ["tomahawk"], "2003")]),
    # elsewhere it dates the war, not the event
    ("North Korea, at odds with the South since the 1950-1953 Korean War, test-fired a "
     "Scud.",
     [("missile_test", "asserted", ["north-korea"], [], ["scud-b"], None)]),
])
def test_times_of_the_future_and_of_a_war(run, text, expected):
    assert summary(run(text, date="2021-06-16")) == expected


def test_an_interception_takes_the_day_of_the_attack_with_its_weapon(run):
    text = ("Russia said on Nov. 19 that Ukraine had launched ATACMS missiles at the "
            "Bryansk region. Ukraine's army did not comment. Local channels showed smoke "
            "over a depot. The town is far from the border. Officials in Kyiv were silent. "
            "The Russian ministry said its forces shot down five ATACMS missiles.")
    found = summary(run(text, date="2024-11-20"))
    assert found == [
        ("combat_use", "asserted", ["ukraine"], [], ["atacms"], "2024-11-19"),
        ("interception", "asserted", ["russia"], [], ["atacms"], "2024-11-19")]


@pytest.mark.parametrize(("text", "expected"), [
    # caps imposed are sanctions; the date after the noun of the test they punish, over
    # its adjectives, is the test's, and the sentence's opening date the sanctions'
    ("Last month, the Security Council slapped caps on Pyongyang's fuel imports to punish "
     "it for its sixth and largest nuclear test on Sept. 3.",
     [("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2017-09"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2017-09-03")]),
    # a cap a treaty sets is no sanction
    ("The treaty caps each side at 1,550 deployed warheads.", []),
])
def test_caps_imposed_and_the_date_of_the_act_they_punish(run, text, expected):
    assert summary(run(text, date="2017-10-17")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "its" with no actor named before it in its sentence: the state the text is about
    ("North Korea fired two rockets on Monday. Fears had grown since its latest atomic "
     "test on 3 March.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2009-06-29"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2009-03-03")]),
    # with one named before it, that one, as before
    ("North Korea fired two rockets on Monday. Fears had grown since Japan condemned its "
     "latest atomic test on 3 March.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2009-06-29"),
      ("warning", "asserted", ["japan"], [], [], "2009-03-03"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2009-03-03")]),
])
def test_its_with_no_actor_before_it_is_the_state_of_the_text(run, text, expected):
    assert summary(run(text, date="2009-07-04")) == expected


def _date_values(run, text: str, date: str) -> list[str]:
    return [r["value"] for r in run(text, date=date) if r["kind"] == "date"]


@pytest.mark.parametrize(("text", "expected"), [
    # a plan's adjective points forward, unless a verb before it tells the time
    ("Negotiators prepare for the planned summit on Friday.", ["2004-12-17"]),
    ("The navy failed in a planned interceptor test on Wednesday.", ["2004-12-15"]),
    ("Leaders met at the planned summit on Friday.", ["2004-12-10"]),
    # past a clause break it stands
    ("Moscow confirmed, after a week of silence, the planned summit on Friday.",
     ["P1W", "2004-12-17"]),
])
def test_a_planned_event_takes_the_tense_of_the_verb_before_it(run, text, expected):
    assert _date_values(run, text, "2004-12-16") == expected


def test_what_the_plan_was_for_is_planned(run):
    text = "The plan was for the navy to fire an interceptor at a dummy warhead near Guam."
    assert summary(run(text, date="2004-12-16")) == [
        ("interception", "planned", [], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a state's adjective before two nouns joined by "and" owns the second too
    ('"The North Korean production and testing of missiles worries us," the spokesman '
     "said.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
])
def test_an_adjective_owns_both_nouns_of_a_pair(run, text, expected):
    assert summary(run(text, date="2008-08-17")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an event noun whose predicate says it is scheduled is planned, in a headline too
    ("Russia-US nuclear talks set for third round in Vienna",
     [("talks", "planned", ["russia", "united-states"], [], [], None)]),
    ("The next round of nuclear talks between Iran and the IAEA is slated for May.",
     [("talks", "planned", ["iaea", "iran"], [], [], "2026-05")]),
    # held talks are not
    ("Russia and the US held arms talks in Vienna.",
     [("talks", "asserted", ["russia", "united-states"], [], [], None)]),
])
def test_a_scheduled_event_is_planned(run, text, expected):
    assert summary(run(text, date="2026-02-14")) == expected


@pytest.mark.parametrize("model", [False, True])
def test_no_point_in_talks_negates_them_with_or_without_the_parse(run_on, model):
    # "no" before another noun of which the talks hang: the words' negation stands
    text = "Pyongyang says there is no point in the six-party talks."
    assert summary(run_on(text, "2005-02-10", model)) == [
        ("talks", "negated",
         ["china", "japan", "north-korea", "russia", "six-party-talks", "south-korea",
          "united-states"], [], [], None)]


@pytest.mark.parametrize("model", [False, True])
def test_a_negated_verb_that_has_the_event_as_object_still_leaves_it(run_on, model):
    # (the parse still tells a negation that belongs to another verb)
    text = "Seoul did not yet react to the North's latest missile launch."
    found = summary(run_on(text, "2005-02-10", model))
    assert [status for _, status, *_ in found] == ["asserted"]


def test_days_listed_with_one_month_tell_one_test_each(run):
    text = "North Korea tested cruise missiles on October 3 and 4."
    assert summary(run(text, date="2021-10-06")) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2021-10-03"),
        ("missile_test", "asserted", ["north-korea"], [], [], "2021-10-04")]
