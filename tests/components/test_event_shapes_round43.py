"""Shapes found in round 43 on part AT: the sides of a meeting named past its predicate, what
a condition's verb finds, powers and capabilities that are no event, a month "as early as"
ahead, a censure for failing to act, a weapon name that keeps its meaning in its text, a deal
of an international body that is no earlier treaty, and a claim about another state's
programme."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary

MODEL = [pytest.param(False, id="blank"), pytest.param(True, id="model")]


@pytest.mark.parametrize("model", MODEL)
@pytest.mark.parametrize(("text", "expected"), [
    # the predicate stands between the noun and its sides; a scheduled meeting is planned
    ("Disarmament talks are scheduled between Germany and Iran in Vienna on October 1.",
     [("talks", "planned", ["germany", "iran"], [], [], "2009-10-01")]),
    ("Strategic stability talks will open on Monday between Moscow and Washington.",
     [("talks", "planned", ["russia", "united-states"], [], [], "2009-10-05")]),
    # a clause break before "between": those are the sides of something else
    ("Talks with Iran on the nuclear programme resumed on Monday, weeks after a clash "
     "between Israel and Hamas.",
     [("talks", "asserted", [], ["iran"], [], "2009-09-28")]),
    # past a word that is no lower-case word of a predicate: another noun's sides
    ("The nuclear talks with Iran followed Friday's clash between Israel and Hamas.",
     [("talks", "asserted", [], ["iran"], [], "2009-09-25")]),
])
def test_the_sides_of_a_meeting_named_past_its_predicate(run_on, model, text, expected):
    assert summary(run_on(text, "2009-09-29", model)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a condition's verb of finding would find is as hypothetical as the condition; the
    # power to reimpose sanctions is no sanctions
    ("Britain and France can reimpose sanctions on Iran if they find that Iran is in "
     "breach of the JCPOA.",
     [("violation_allegation", "hypothetical", ["france", "united-kingdom"], ["iran"], [],
       None)]),
    # the same finding, made
    ("Britain and France found on Monday that Iran is in breach of the JCPOA.",
     [("violation_allegation", "asserted", ["france", "united-kingdom"], ["iran"], [],
       "2025-05-12")]),
    # a power held is no event
    ("Iran's parliament has the power to halt inspections of its nuclear sites.", []),
])
def test_a_condition_holds_the_clause_its_verb_of_finding_opens(run, text, expected):
    assert summary(run(text, date="2025-05-16")) == expected


def test_what_a_condition_asks_to_be_shown_is_told_as_it_is(run):
    # "show that": the enrichment is told, only its purpose is in question
    text = ("The envoy said talks could go on only if Tehran can show that it is enriching "
            "uranium for power plants alone.")
    assert [(e[0], e[1]) for e in summary(run(text, date="2025-05-16"))
            if e[0] == "development"] == [("development", "asserted")]


def test_a_capability_with_an_aside_is_no_strike(run):
    text = "North Korea tested a rocket capable in principle of striking US bases in Guam."
    assert [e[0] for e in summary(run(text))] == ["missile_test"]


def test_a_month_as_early_as_is_the_next_one(run):
    text = ("Diplomats said Britain, France and Germany could move to restore UN sanctions on "
            "Iran as early as August if the nuclear talks stall.")
    assert summary(run(text, date="2025-05-16")) == [
        ("sanctions", "hypothetical", ["france", "germany", "united-kingdom"], ["iran"], [],
         "2025-08")]


@pytest.mark.parametrize(("text", "expected"), [
    # censured for failing to act: a charge against the state
    ("On Friday the IAEA board rebuked Tehran for failing to answer its questions about "
     "uranium particles.",
     [("violation_allegation", "asserted", ["iaea", "iaea-board-of-governors"], ["iran"], [],
       "2025-06-13")]),
    # condemned for an act: a warning, the act its own event
    ("Japan condemned North Korea on Friday for the missile launch.",
     [("warning", "asserted", ["japan"], ["north-korea"], [], "2025-06-13"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2025-06-13")]),
    # no arms: neither
    ("The coach criticised the defenders for failing to track the striker.", []),
])
def test_a_censure_for_failing_to_act_is_an_allegation(run, text, expected):
    assert summary(run(text, date="2025-06-14")) == expected


def test_a_weapon_name_keeps_its_meaning_in_its_text(run):
    # named as a missile once ("called"), the bare name is the missile in the rest of the text
    text = ('India on Friday unveiled a new missile called "Shourya". The army test-fired '
            "Shourya on Sunday.")
    assert summary(run(text, date="2008-11-15")) == [
        ("development", "asserted", ["india"], [], ["shaurya"], "2008-11-14"),
        ("missile_test", "asserted", ["india"], [], ["shaurya"], "2008-11-09")]


def test_a_weapon_name_alone_in_a_text_names_no_weapon(run):
    text = "Shaurya Kumar won the chess prize. Shaurya said the final was hard."
    assert [r for r in run(text) if r["kind"] == "system"] == []


def test_a_deal_an_international_body_strikes_is_no_treaty_it_is_no_party_to(run):
    text = ("Iran, IAEA strike deal on inspections of two sites\n\n"
            "Iran said on Wednesday it had agreed to give the UN atomic agency access to two "
            "sites.\n\nThe United States wants to restore the sanctions that the 2015 "
            "nuclear deal with six powers had eased.")
    signings = [(e["text"], (e["treaty"] or {}).get("id"), (e["date"] or {}).get("value"))
                for e in run(text, date="2020-08-27") if e.get("type") == "signing"]
    assert signings == [("strike", None, "2020-08-26"), ("2015", "jcpoa", "2015")]


@pytest.mark.parametrize(("text", "expected"), [
    # another state's programme, told by a speaker of a state of their own: no denial
    ("Clinton said on Sunday that Tehran will have to show the world that its nuclear "
     "programme is for peaceful purposes.", []),
    # the state's own programme: its denial
    ("Iran said on Sunday that its nuclear programme is for peaceful purposes.",
     [("denial", "asserted", ["iran"], [], [], "2009-09-27")]),
])
def test_a_claim_about_another_states_programme_is_no_denial(run, text, expected):
    assert summary(run(text, date="2009-09-28")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one of the series with a date of its own: its own event, by the state of the series
    ("Russia launched a new ICBM on Wednesday. The first test, on March 3, 2009, went wrong.",
     [("missile_test", "asserted", ["russia"], [], [], "2012-05-23"),
      ("missile_test", "asserted", ["russia"], [], [], "2009-03-03")]),
    # with no date of its own, the count retells the event just told
    ("Pakistan fired a Babur missile on Thursday. This was the third missile test in three "
     "weeks.",
     [("missile_test", "asserted", ["pakistan"], [], ["babur"], "2012-05-24")]),
])
def test_one_of_a_series_with_a_date_of_its_own_is_an_event_of_the_series(run, text,
                                                                           expected):
    assert summary(run(text, date="2012-05-25")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cleft puts its actor before "that": the actor acts, not the speaker's state
    ("A Tehran official argued on Friday that it was the Syrian army that launched the rockets.",
     [("missile_test", "asserted", ["syria"], [], [], None)]),
    ("It was Israel that fired the rockets, Tehran said.",
     [("missile_test", "asserted", ["israel"], [], [], None)]),
    # an actor before the "that" of a verb of saying is no cleft's
    ("Seoul told Tokyo that its navy fired two missiles on Friday.",
     [("missile_test", "asserted", ["south-korea"], [], [], "2018-05-11")]),
])
def test_a_cleft_names_who_acts(run, text, expected):
    assert summary(run(text, date="2018-05-12")) == expected


def test_the_five_permanent_members_of_the_council_are_its_five_states(run):
    text = "The five permanent members of the Security Council condemned the test on Monday."
    assert summary(run(text, date="2018-05-12")) == [
        ("warning", "asserted", ["china", "france", "p5", "russia", "united-kingdom",
                                 "united-states"], [], [], "2018-05-07")]


@pytest.mark.parametrize("dash", ["--", "—", "-"])
def test_a_relative_pronoun_after_a_dash_stands_for_the_noun_before_it(run, dash):
    text = (f"Washington wants the agency to take the case to the Security Council {dash} which "
            "would likely impose new sanctions on North Korea.")
    assert summary(run(text)) == [
        ("sanctions", "hypothetical", ["un-security-council"], ["north-korea"], [], None)]


def test_meeting_escalation_with_escalation_is_a_threat(run):
    text = ('"We will meet escalation with escalation," a spokesman for the Houthis said on '
            "Monday after the missile strikes.")
    assert summary(run(text, date="2024-01-10")) == [
        ("warning", "asserted", ["houthis", "yemen"], [], [], "2024-01-08")]
