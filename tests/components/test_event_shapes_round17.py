"""Shapes found in round 17 on part T: "it" before a light verb after a saying, a dated
definite retelling ("the April 5 launch") of an event told by its month, a verb read as a noun
after a possessive ("Iraq's move to destroy"), enrichment suspended, a treaty adopted by a
parliament, reluctance to act."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # "it" before the light verb stands for the speaker of the saying before it, not for the
    # place of the dateline
    ("SEOUL, South Korea - North Korea announced on Monday that it carried out another "
     "underground nuclear test.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], "2009-05-25")]),
    ("TOKYO, Japan - Pakistan said it conducted a fresh test of a cruise missile.",
     [("missile_test", "asserted", ["pakistan"], [], [], None)]),
])
def test_it_before_a_light_verb_is_the_speaker(run, text, expected):
    assert summary(run(text, date="2009-05-25")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a retelling with the day ("the April 5 launch") joins the launch told by its month and
    # gives it its day; without "the" it is another launch
    ("Last month Pyongyang fired a long-range rocket. The UN Security Council condemned the "
     "April 5 rocket launch.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2009-04-05"),
      ("warning", "asserted", ["un-security-council"], [], [], "2009-04-05")]),
])
def test_the_day_of_a_definite_retelling_refines_the_month(run, text, expected):
    assert summary(run(text, date="2009-05-25")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a possessive, "move" is a noun: no weapon is moved
    ("Washington called Iraq's move to destroy some of the missiles a ruse.",
     [("elimination", "asserted", ["iraq"], [], [], None)]),
    ("Russia moved its missiles to Kaliningrad.",
     [("deployment", "asserted", ["russia"], [], [], None)]),
])
def test_a_verb_after_a_possessive_is_a_noun(run, text, expected):
    assert summary(run(text, date="2003-03-01")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran agreed on Tuesday to suspend its uranium enrichment.",
     [("moratorium", "asserted", ["iran"], [], [], "2003-10-21")]),
    ("Tehran said it would halt reprocessing of uranium fuel.",
     [("moratorium", "planned", ["iran"], [], [], "2003-10-22")]),
    # enrichment resumed is no moratorium: it develops (development-enrichment)
    ("Tehran resumed its uranium enrichment on Tuesday.",
     [("development", "asserted", ["iran"], [], [], "2003-10-21")]),
])
def test_enrichment_suspended_is_a_moratorium(run, text, expected):
    assert summary(run(text, date="2003-10-22")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a national legislature adopting a treaty ratifies it ...
    ("The Duma adopted the Adapted CFE Treaty on June 25.",
     [("ratification", "asserted", ["russia", "state-duma"], [], [], "2004-06-25")]),
    # ... a conference or the General Assembly adopting one concludes it
    ("The UN General Assembly on Tuesday adopted the Arms Trade Treaty.",
     [("signing", "asserted", ["un-general-assembly"], [], [], "2004-07-13")]),
])
def test_a_parliament_adopting_a_treaty_ratifies_it(run, text, expected):
    assert summary(run(text, date="2004-07-19")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow deplored the reluctance of Estonia and Latvia to ratify the CFE Treaty.",
     [("ratification", "negated", ["estonia", "latvia"], [], [], None)]),
    ("Estonia reluctantly agreed on Monday to ratify the CFE Treaty.",
     [("ratification", "asserted", ["estonia"], [], [], "2004-07-19")]),
])
def test_reluctance_to_act_negates_the_act(run, text, expected):
    assert summary(run(text, date="2004-07-19")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb in -ing after "is" is progressive: its treaty is the object after it
    ("Pyongyang said it is leaving the inter-Korean nonaggression pact.",
     [("withdrawal", "asserted", ["north-korea"], [], [], "2013-03-09")]),
    # the second of two objects joined by "and" may be the treaty
    ("Pyongyang said it was cancelling a military hotline and the inter-Korean nonaggression "
     "pact.",
     [("withdrawal", "asserted", ["north-korea"], [], [], None)]),
    # the British spelling of "cancel"
    ("North Korea cancelled the inter-Korean nonaggression pact on Friday.",
     [("withdrawal", "asserted", ["north-korea"], [], [], "2013-03-08")]),
    # cancelling other things is no withdrawal
    ("North Korea cancelled a military hotline and a family reunion.", []),
])
def test_a_treaty_cancelled_is_left(run, text, expected):
    assert summary(run(text, date="2013-03-09")) == expected


def test_british_forms_double_the_final_l():
    from treatyx.wordforms import verb_forms

    assert {form for form, _ in verb_forms("cancel", {})} == {
        "cancel", "cancels", "canceled", "cancelled", "canceling", "cancelling"}
    assert {form for form, _ in verb_forms("control", {})} == {
        "control", "controls", "controlled", "controlling"}
    assert {form for form, _ in verb_forms("appeal", {})} == {
        "appeal", "appeals", "appealed", "appealing"}


@pytest.mark.parametrize(("text", "expected"), [
    # an agreement finalised is concluded; what it is about is no event of its own
    ("Seoul, Tokyo and Washington finalised an agreement on sharing data on North Korean "
     "missile launches on Friday.",
     [("signing", "asserted", ["japan", "south-korea", "united-states"], [], [], "2023-08-18")]),
    ("Moscow and Minsk signed an accord on stationing nuclear missiles in Belarus on Friday.",
     [("signing", "asserted", ["belarus", "russia"], [], [], "2023-08-18")]),
])
def test_what_an_agreement_is_about_is_no_event(run, text, expected):
    assert summary(run(text, date="2023-08-21")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a goal is no event
    ('"Our goal remains to swiftly conclude a new treaty with Russia," the US delegation said.',
     []),
    # "denying X a win" withholds something: no denial
    ("Washington and Moscow failed to clinch a new START treaty this year, denying the Obama "
     "administration an early win.",
     [("signing", "negated", ["russia", "united-states"], [], [], "2009")]),
    # "attack groups" are units, not an attack
    ("The RS-24 will reinforce attack groups in Russia's Strategic Missile Forces.", []),
    # a plan to deploy abandoned
    ("Obama scuttles Bush plan for missile shield",
     [("deployment", "negated", ["barack-obama", "united-states"], [], [], None)]),
])
def test_goals_withholding_units_and_abandoned_plans(run, text, expected):
    assert summary(run(text, date="2009-09-18")) == expected


def test_a_headline_abbreviation_of_south_sudan(run):
    assert summary(run("UNSC slaps arms embargo on S Sudan", date="2018-07-13")) == [
        ("sanctions", "asserted", ["un-security-council"], ["south-sudan"], [], "2018-07-13")]


def test_the_country_after_the_council_is_the_state_the_text_is_about(run):
    # "the country" is the state the text is about: the sanctions' target, and the owner of
    # "its" test (not the Council named before it)
    text = ("North Korea fired a missile on Monday. Pyongyang is angry over a UN Security "
            "Council vote to impose more sanctions on the country for its third nuclear test.")
    assert summary(run(text, date="2013-03-08")) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2013-03-04"),
        ("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], None),
        ("nuclear_test", "asserted", ["north-korea"], [], [], None)]


def test_a_missiles_earlier_tests_told_one_by_one(run):
    # "first tested" is a verb (an ordinal word is no number before an adjective); "its
    # second flight test" is the same weapon's, by the state the text is about
    text = ("India first tested its Agni-II missile on April 11, 1999. After its second flight "
            "test in Odisha on January 17, 2001, the missile was cleared for production.")
    assert summary(run(text, date="2010-12-10")) == [
        ("missile_test", "asserted", ["india"], [], ["agni-ii"], "1999-04-11"),
        ("missile_test", "asserted", ["india"], [], ["agni-ii"], "2001-01-17")]



def test_the_lead_after_page_lines_tells_the_news_of_the_day(run):
    # paragraph breaks do not count among the title and lead; what the lead announces is
    # the news of the article's day
    text = ("Tensions rise on the Korean peninsula\n\n"
            "Pyongyang angry over sanctions vote\n\n"
            "Last updated: 8 March 2013\n\n"
            "North Korea has announced that it is cancelling the inter-Korean nonaggression "
            "pact.\n")
    assert summary(run(text, date="2013-03-08")) == [
        ("withdrawal", "asserted", ["north-korea"], [], [], "2013-03-08")]


def test_its_neighbours_are_not_the_state_it_stands_for(run):
    # "its neighbours condemned": others condemn, not the state of the sentence's subject
    text = ("North Korea tested a hydrogen bomb on Sunday. Pyongyang hailed the blast as a "
            "complete success, but its neighbours condemned the nuclear test.")
    assert summary(run(text, date="2017-09-03")) == [
        ("nuclear_test", "asserted", ["north-korea"], [], [], "2017-09-03")]
