"""Shapes found in round 25 on part AB: talks and arms contracts suspended, arms contracts
signed, the EU's "restrictive measures", obligations ignored, subcritical experiments,
deliveries told by a noun, what "meet" and "renewed" do not mean, a date that belongs to a
participle or to a goal's deadline, "anti-" before a name, and a quoted event noun with its
"by" agent."""

from __future__ import annotations

import pytest

from ..conftest import of_kind
from .test_event_arguments import summary
from .test_event_shapes_round15 import with_treaty


@pytest.mark.parametrize(("text", "expected"), [
    ("China said on Wednesday it had suspended arms control talks with the United States.",
     [("suspension", "asserted", ["china"], ["united-states"], [], "2024-07-17")]),
    ("Beijing broke off the nuclear consultations with Washington on Wednesday.",
     [("suspension", "asserted", ["china"], ["united-states"], [], "2024-07-17")]),
    # another verb's object past "and": the talks cancelled are no suspension
    ("The State Department faulted Moscow for suspending missile inspections and cancelling "
     "talks.", [("inspection", "negated", ["russia"], [], [], None)]),
    # no arms in the sentence
    ("The union suspended talks with the airline over pay.", []),
])
def test_talks_suspended(run, text, expected):
    assert summary(run(text, date="2024-07-18")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia and India signed a contract for five S-400 systems in October 2018.",
     [("signing", "asserted", ["india", "russia"], [], ["s-400"], "2018-10")]),
    # the participle qualifies the contract; its date is the signing's, not the delivery's
    ("Russia has delivered S-300 systems to Iran under a contract signed between the two "
     "countries in 2007, officials said.",
     [("deployment", "asserted", ["russia"], ["iran"], ["s-300"], "2016-08-09"),
      ("signing", "asserted", ["russia"], [], ["s-300"], "2007")]),
    # "the 2007 contract" names it, and dates no suspension
    ("Moscow suspended the 2007 contract with Tehran in 2010, citing a UN arms embargo.",
     [("suspension", "asserted", ["russia"], ["iran"], [], "2010"),
      ("sanctions", "asserted", ["united-nations"], [], [], "2010")]),
    ("The striker signed a new contract with the club in 2018.", []),
])
def test_arms_contracts(run, text, expected):
    assert summary(run(text, date="2016-08-09")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Council kept its restrictive measures on Iran's missile programme.",
     [("sanctions", "asserted", ["european-union"], ["iran"], [], None)]),
    # "anti-" names whom the measures are against; the quoted noun keeps its "by" agent
    ("Moscow cited \u201canti-Russian unilateral restrictive measures\u201d imposed by the "
     "US on its missile industry.",
     [("sanctions", "asserted", ["united-states"], [], [], None)]),
    ("Moscow cited anti-Russian restrictive measures on its missile industry.", []),
])
def test_restrictive_measures(run, text, expected):
    assert summary(run(text, date="2023-10-19")) == expected


def test_obligations_ignored_are_a_violation(run):
    records = run("Obama said North Korea had ignored its international obligations by "
                  "launching the rocket.")
    assert summary(records) == [
        ("violation_allegation", "asserted", ["barack-obama", "united-states"], ["north-korea"],
         [], None),
        ("missile_test", "asserted", ["north-korea"], [], [], None)]
    assert summary(run("The airline ignored its obligations to passengers.")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States conducted a subcritical experiment at the Nevada site on May 14.",
     [("nuclear_test", "asserted", ["united-states"], [], [], "2024-05-14")]),
    ("The United States carried out a sub-critical nuclear experiment in Nevada.",
     [("nuclear_test", "asserted", ["united-states"], [], [], None)]),
])
def test_subcritical_experiments_are_nuclear_tests(run, text, expected):
    assert summary(run(text, date="2024-05-18")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia plans to complete the delivery of the S-300 systems by the end of 2016.",
     [("deployment", "planned", ["russia"], [], ["s-300"], "2016")]),
    ("The first shipment of S-400 systems arrived in Turkey on Friday.",
     [("deployment", "asserted", ["russia"], ["turkey"], ["s-400"], "2016-08-05")]),
    ("The delivery of the report on the missile programme was delayed.", []),
])
def test_deliveries_told_by_a_noun(run, text, expected):
    assert summary(run(text, date="2016-08-09")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # to meet a threat or a challenge is to face it
    ("The United States and Russia are determined to meet the threat posed by nuclear "
     "missiles.", []),
    ("Russia and China will meet the challenge of US missile defence together.", []),
    ("Russia and China will meet in Beijing to discuss US missile defence.",
     [("talks", "planned", ["china", "russia"], ["united-states"], [], None)]),
    # "renewed" before a noun of strife extends nothing
    ("Washington quit the INF Treaty, leading to renewed tensions.",
     [("withdrawal", "asserted", ["united-states"], [], [], None)]),
    ("Washington quit the INF Treaty in 2019, which led to renewed fighting over it.",
     [("withdrawal", "asserted", ["united-states"], [], [], "2019")]),
])
def test_words_that_tell_no_talks_or_extension(run, text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "by 2012" is the cuts' deadline, not the signing's date
    ("Bush and Putin signed the Moscow Treaty, to cut their deployed warheads by two-thirds "
     "by 2012, in May 2002.",
     [("signing", "asserted", ["george-w-bush", "russia", "united-states", "vladimir-putin"],
       [], [], "2002-05", "sort")]),
    ("Bush and Putin signed the Moscow Treaty to cut their deployed warheads by 2012.",
     [("signing", "asserted", ["george-w-bush", "russia", "united-states", "vladimir-putin"],
       [], [], None, "sort")]),
    # a deadline of the event itself stays its date
    ("Russia will withdraw from the Moscow Treaty by 2012.",
     [("withdrawal", "planned", ["russia"], [], [], "2012", "sort")]),
])
def test_a_goal_deadline_dates_no_signing(run, text, expected):
    assert with_treaty(run(text, date="2003-06-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Treaty of Moscow entered into force on June 1, 2003.", ["sort"]),
    ("Putin spoke of the Russian-U.S. treaty on strategic reductions.", ["sort"]),
])
def test_moscow_treaty_names(run, text, expected):
    assert [r["id"] for r in of_kind(run(text), "treaty")] == expected


def test_katyusha_rockets(run):
    records = run("The warheads fit Katyusha multiple rocket launchers.")
    assert [r["id"] for r in of_kind(records, "system")] == ["bm-21-grad"]
