"""Shapes found in round 58 on part BI and the parts tuned on before: launches that kill
people in a text that tells no test, a relative clause on an object with a subject of its
own (its verb an event, its date and status its own, its pronoun the main subject), calls
for calm, and a resolution that censures a state."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary
from .test_event_shapes_round15 import with_treaty


@pytest.mark.parametrize(("text", "expected"), [
    ("Missiles fired by Iran killed three people in the port city on Friday.",
     [("combat_use", "asserted", ["iran"], [], [], "2024-04-19")]),
    ("Rockets launched by the Houthis wounded two guards at the airport on Friday.",
     [("combat_use", "asserted", ["houthis", "yemen"], [], [], "2024-04-19")]),
    # a drill told anywhere in the text: an accident of a test can kill too
    ("The navy held a live-fire exercise off the coast on Friday. A missile fired by "
     "Taiwan's navy killed a fisherman on Friday.",
     [("missile_test", "asserted", ["taiwan"], [], [], "2024-04-19")]),
])
def test_a_launch_that_kills_is_combat_use_unless_the_text_tells_a_test(run, text, expected):
    assert summary(run(text, date="2024-04-20")) == expected


@pytest.mark.parametrize("opening", ["contract it signed", "contract that it signed",
                                     "contract Moscow signed"])
def test_a_relative_clause_on_the_object_has_its_own_event_and_date(run, opening):
    # 2007 is the signing's, not the freeze's; "it" is Moscow, the main verb's subject
    records = run(f"Moscow froze the air defence {opening} with Tehran in 2007 for five "
                  "S-300 batteries.", date="2015-04-14")
    assert summary(records) == [
        ("suspension", "asserted", ["russia"], [], [], None),
        ("signing", "asserted", ["russia"], ["iran"], ["s-300"], "2007")]


def test_a_negation_before_the_noun_leaves_its_relative_clause_asserted(run):
    records = run("Moscow did not honour the S-300 contract it signed with Tehran in 2007.",
                  date="2015-04-14")
    assert summary(records) == [("signing", "asserted", ["russia"], ["iran"], ["s-300"], "2007")]


def test_the_pronoun_of_a_relative_clause_is_the_subject_of_the_noun_s_verb(run):
    # not the first actor of the sentence
    records = run("US intelligence believes Iran had a nuclear weapons programme that it "
                  "halted in 2003.", date="2015-04-14")
    assert summary(records) == [("moratorium", "asserted", ["iran"], [], [], "2003")]


def test_a_clause_after_a_noun_of_saying_is_no_relative_clause(run):
    # "claim it had launched": what was claimed, whose pronoun is the owner's
    records = run("Washington said on Monday that Tehran's claim it had launched a rocket into "
                  "orbit was worrying.", date="2008-08-19")
    assert summary(records) == [("missile_test", "asserted", ["iran"], [], [], "2008-08-18")]


def test_a_pronoun_after_a_noun_with_no_determiner_opens_no_relative_clause(run):
    # "sanctions after it announced": "after" opens a clause of time, so nothing is imposed
    records = run("North Korea faced calls for harsh sanctions after it announced a nuclear "
                  "test.", date="2006-10-10")
    assert summary(records) == [("nuclear_test", "asserted", ["north-korea"], [], [], "2006-10-10")]


@pytest.mark.parametrize(("call", "targets"), [
    ("called for calm on the peninsula", []),
    ("urged calm on the peninsula", []),
    # the state urged is the target
    ("urged Seoul to remain calm", ["south-korea"]),
])
def test_a_call_for_calm_about_arms_is_a_warning(run, call, targets):
    records = run(f"China {call} on Wednesday amid fears of a nuclear test.",
                  date="2013-02-14")
    assert summary(records) == [("warning", "asserted", ["china"], targets, [], "2013-02-13")]


def test_a_call_for_calm_about_no_arms_is_none(run):
    assert summary(run("The coach called for calm after the final.", date="2013-02-13")) == []


@pytest.mark.parametrize(("verb", "expected"), [
    ("criticizing", "violation_allegation"),
    ("censuring", "violation_allegation"),
    ("condemning", "violation_allegation"),
])
def test_a_board_resolution_censuring_a_state_is_its_allegation(run, verb, expected):
    records = run(f"On Wednesday the IAEA board of governors adopted a resolution {verb} "
                  "Tehran over its enrichment work.", date="2024-06-06")
    assert summary(records) == [
        (expected, "asserted", ["iaea", "iaea-board-of-governors"], ["iran"], [], "2024-06-05")]


@pytest.mark.parametrize("verb", ["testfired", "test-fired", "test fired"])
def test_a_test_firing_spelt_as_one_word_is_a_missile_test(run, verb):
    records = run(f"India successfully {verb} the Agni Prime missile off Odisha on Saturday.",
                  date="2021-12-19")
    assert summary(records) == [("missile_test", "asserted", ["india"], [], ["agni-p"],
                                 "2021-12-18")]


def test_instruments_of_ratification_are_of_the_treaty_told_before(run):
    # the sentence names no treaty: "ratification" stands for the one told before
    records = run("The Senate approved New START in December. Both foreign ministers will "
                  "exchange the instruments of ratification on Saturday.", date="2011-02-01")
    assert [(r[0], r[1], r[-2], r[-1]) for r in with_treaty(records)] == [
        ("ratification", "asserted", "2010-12", "new-start"),
        ("entry_into_force", "planned", "2011-02-05", "new-start"),
        ("ratification", "planned", "2011-02-05", "new-start")]


def test_ratification_of_a_new_object_is_no_told_treaty(run):
    # a new object after "ratification of a": not the treaty told before, so no record
    records = run("The president praised the New START talks. He pledged to seek ratification "
                  "of a ban on nuclear testing.", date="2009-04-06")
    assert [r for r in with_treaty(records) if r[0] == "ratification"] == []


def test_a_word_of_ratification_names_no_treaty_for_another_event(run):
    records = run("The president praised the New START talks. North Korea fired a missile as "
                  "ratification was debated.", date="2009-04-06")
    assert [r for r in with_treaty(records) if r[0] == "missile_test"] == [
        ("missile_test", "asserted", ["north-korea"], [], [], None, None)]


def test_what_is_needed_for_an_event_is_hypothetical(run):
    records = run("Washington signed the Arms Trade Treaty on Wednesday. Sixty-seven Senate "
                  "votes are required for ratification.", date="2013-09-26")
    assert with_treaty(records) == [
        ("signing", "asserted", ["united-states"], [], [], "2013-09-25", "arms-trade-treaty"),
        ("ratification", "hypothetical", [], [], [], None, "arms-trade-treaty")]


def test_instruments_of_ratification_in_a_text_naming_no_treaty_are_of_the_one_that_fits(run):
    # the two states and the date fit New START
    records = run("Russia and the United States will exchange the instruments of ratification "
                  "in Munich on Saturday.", date="2011-02-01")
    assert [(r[0], r[1], r[-1]) for r in with_treaty(records)] == [
        ("entry_into_force", "planned", "new-start"), ("ratification", "planned", "new-start")]


@pytest.mark.parametrize(("text", "date"), [
    ("Seoul decided last year to deploy the THAAD battery.", "2022"),
    ("Seoul vowed on Monday to deploy the THAAD battery.", "2023-05-15"),
    ("Seoul pledged in March to deploy the THAAD battery.", "2023-03"),
    ("Seoul decided to deploy the THAAD battery last year.", "2022"),
])
def test_a_date_inside_a_cue_of_plans_splits_no_cue(run, text, date):
    assert summary(run(text, date="2023-05-16")) == [
        ("deployment", "planned", ["south-korea"], [], ["thaad"], date)]


@pytest.mark.parametrize("text", [
    "The Agni-V missile will soon be ready for operational induction.",
    "The Agni-V missile has been cleared for deployment.",
])
def test_a_weapon_ready_for_induction_is_a_planned_deployment(run, text):
    assert summary(run(text, date="2021-12-19")) == [
        ("deployment", "planned", ["india"], [], ["agni-v"], None)]


def test_people_ready_for_induction_deploy_nothing(run):
    assert summary(run("The new cadets are ready for induction.", date="2021-12-19")) == []


def test_a_cue_a_date_splits_leaves_the_cue_inside_it(run):
    # "said on Monday it would": the "would" next to the trigger still plans it
    records = run("Iran said on Monday it would take another step to reduce its obligations "
                  "under the JCPOA within weeks.", date="2020-01-07")
    assert summary(records) == [("suspension", "planned", ["iran"], [], [], "2020-01-06")]


def test_a_treaty_named_with_of_and_its_year_tells_its_signing_not_the_other_dates(run):
    records = run("Russia left the INF Treaty of 1987 in 2019.", date="2024-09-20")
    assert with_treaty(records) == [
        ("withdrawal", "asserted", ["russia"], [], [], "2019", "inf-treaty"),
        ("signing", "asserted", ["soviet-union", "united-states"], [], [], "1987", "inf-treaty")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington accused Tehran of breaching Resolution 1737 of 2006.",
     [("violation_allegation", "asserted", ["united-states"], ["iran"], [], "2009-04-06")]),
    ("Seoul said on Monday that the launch was in breach of UN resolution 1718 of 2006.",
     [("violation_allegation", "asserted", ["south-korea"], [], [], "2009-04-06")]),
])
def test_a_resolution_named_with_of_and_its_year_is_no_signing_and_no_date(run, text, expected):
    # the resolution was adopted, never signed; its year dates no charge of breaching it
    assert summary(run(text, date="2009-04-06")) == expected


def test_a_verb_s_form_right_after_the_is_a_plural_noun(run):
    # "the seals" seals no deal: only the removal of the seals is told
    records = run("Tehran broke the seals despite its accord with the European trio.",
                  date="2006-01-12")
    assert summary(records) == [("moratorium", "asserted", ["iran"], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington objected on Monday to the missile sale.",
     [("warning", "asserted", ["united-states"], [], [], "2015-04-13")]),
    ("The residents objected to the new parking rules.", []),
])
def test_an_objection_about_arms_is_a_warning(run, text, expected):
    assert summary(run(text, date="2015-04-14")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The IAEA installed monitoring equipment at the enrichment plant on Monday.",
     [("inspection", "asserted", ["iaea"], [], [], "2021-09-13")]),
    ("The IAEA began installing new cameras at the reactor on Monday.",
     [("inspection", "asserted", ["iaea"], [], [], "2021-09-13")]),
    ("The city police installed new cameras at the nuclear museum.", []),
    # no inspecting body: a state's own cameras inspect nothing
    ("Japan installed new cameras at its nuclear museum on Monday.", []),
])
def test_monitors_an_inspecting_body_installs_are_its_inspection(run, text, expected):
    assert summary(run(text, date="2021-09-14")) == expected
