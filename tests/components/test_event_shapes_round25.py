"""Shapes found in round 25 on part AB: talks and arms contracts suspended, arms contracts
signed, the EU's "restrictive measures", obligations ignored, subcritical experiments,
deliveries told by a noun, what "meet" and "renewed" do not mean, a date that belongs to a
participle or to a goal's deadline, "anti-" before a name, and a quoted event noun with its
"by" agent."""

from __future__ import annotations

import pytest

import treatyx

from ..conftest import check_records, of_kind
from .test_event_arguments import summary
from .test_event_shapes_round15 import with_treaty


@pytest.mark.parametrize(("text", "expected"), [
    # the talks stay beside it, not held
    ("China said on Wednesday it had suspended arms control talks with the United States.",
     [("suspension", "asserted", ["china"], ["united-states"], [], "2024-07-17"),
      ("talks", "negated", ["china"], ["united-states"], [], "2024-07-17")]),
    ("Beijing broke off the nuclear consultations with Washington on Wednesday.",
     [("suspension", "asserted", ["china"], ["united-states"], [], "2024-07-17"),
      ("talks", "negated", [], ["united-states"], [], "2024-07-17")]),
    # another verb's object past "and": the talks cancelled are no suspension
    ("The State Department faulted Moscow for suspending missile inspections and cancelling "
     "talks.", [("inspection", "negated", ["russia"], [], [], None)]),
    # no arms in the sentence
    ("The union suspended talks with the airline over pay.", []),
])
def test_talks_suspended(run, text, expected):
    assert summary(run(text, date="2024-07-18")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("India and Russia signed a contract for five S-400 regiments in October 2018.",
     [("signing", "asserted", ["india", "russia"], [], ["s-400"], "2018-10")]),
    # the participle qualifies the contract; its date is the signing's, not the delivery's
    ("Russia has delivered S-300 systems to Iran under a contract signed between the two "
     "governments in 2007, officials said.",
     [("deployment", "asserted", ["russia"], ["iran"], ["s-300"], "2016-08-09"),
      ("signing", "asserted", ["russia"], [], ["s-300"], "2007")]),
    # "the 2007 contract" names it, and dates no suspension
    ("Moscow suspended the 2007 contract with Tehran in 2010, citing a UN arms embargo.",
     [("suspension", "asserted", ["russia"], ["iran"], [], "2010"),
      ("sanctions", "asserted", ["un-security-council"], [], [], "2010")]),
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
    ("The United States staged a subcritical experiment at its Nevada test site on May 14.",
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
    ("Moscow and Washington want to meet the threat of nuclear missiles jointly.", []),
    ("Russia and China will meet the challenge of US missile defence together.", []),
    ("Russia and China will meet in Beijing to discuss US missile defence.",
     [("talks", "planned", ["china", "russia"], ["united-states"], [], None)]),
    # "renewed" before a noun of strife extends nothing
    ("Washington quit the INF Treaty, leading to renewed tensions.",
     [("withdrawal", "asserted", ["united-states"], [], [], "2019-08-02")]),
    ("Washington quit the INF Treaty in 2019, which led to renewed fighting over it.",
     [("withdrawal", "asserted", ["united-states"], [], [], "2019")]),
])
def test_words_that_tell_no_talks_or_extension(run, text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "by 2012" is the cuts' deadline, not the signing's date
    ("Bush and Putin signed the Moscow Treaty, to reduce their deployed warheads sharply by "
     "2012, in May 2002.",
     [("signing", "asserted", ["george-w-bush", "russia", "united-states", "vladimir-putin"],
       [], [], "2002-05", "sort"),
      ("elimination", "asserted", ["george-w-bush", "russia", "united-states", "vladimir-putin"],
       [], [], "2012", "sort")]),
    # (the day the knowledge base lists, not the deadline)
    ("Bush and Putin signed the Moscow Treaty to cut their deployed warheads by 2012.",
     [("signing", "asserted", ["george-w-bush", "russia", "united-states", "vladimir-putin"],
       [], [], "2002-05-24", "sort"),
      ("elimination", "asserted", ["george-w-bush", "russia", "united-states", "vladimir-putin"],
       [], [], "2012", "sort")]),
    # a deadline of the event itself stays its date
    ("Russia will withdraw from the Moscow Treaty by 2012.",
     [("withdrawal", "planned", ["russia"], [], [], "2012", "sort")]),
])
def test_a_goal_deadline_dates_no_signing(run, text, expected):
    assert with_treaty(run(text, date="2003-06-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Treaty of Moscow entered into force on June 1, 2003.", ["sort"]),
    ("Putin praised the Russian-American treaty on strategic reductions.", ["sort"]),
])
def test_moscow_treaty_names(run, text, expected):
    assert [r["id"] for r in of_kind(run(text), "treaty")] == expected


def test_katyusha_rockets(run):
    records = run("The warheads fit Katyusha multiple rocket launchers.")
    assert [r["id"] for r in of_kind(records, "system")] == ["bm-21-grad"]


def test_a_definite_retelling_joins_the_body_before_the_headline(run):
    text = ("Pakistan tests new cruise missile\n"
            "ISLAMABAD, March 3 -- Pakistan carried out a first test-firing of its new cruise "
            "missile last month, the army announced on Friday.\n"
            "The test-firing of the Babur took place at a range in the south.")
    # the body's test, told last month, takes the system its retelling names
    assert summary(run(text, date="2023-03-03")) == [
        ("missile_test", "asserted", ["pakistan"], [], [], "2023-03-03"),
        ("missile_test", "asserted", ["pakistan"], [], ["babur"], "2023-02")]


@pytest.mark.parametrize(("text", "expected"), [
    # the event noun in the clause of "who suspect" is not the suspecting states'
    ("North Korea launched a rocket on Sunday, defying Tokyo, Washington and others who "
     "suspect the flight hid a missile test.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2009-04-05"),
      # (those who suspect it allege a test: round 37's allegation-suspected)
      ("violation_allegation", "asserted", ["japan", "united-states"], [], [], None)]),
    # through a light verb it is theirs
    ("India, which conducted a missile test on Sunday, denied the charge.",
     [("missile_test", "asserted", ["india"], [], [], "2009-04-05"),
      ("denial", "asserted", ["india"], [], [], "2009-04-05")]),
])
def test_a_relative_clause_gives_its_event_nouns_no_owner(run, text, expected):
    assert summary(run(text, date="2009-04-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday Putin addressed the Russia-Iran-Azerbaijan summit, which dealt with arms sales.",
     [("talks", "asserted", ["azerbaijan", "iran", "russia"], [], [], "2016-08-08")]),
    ("The Russia-US summit on missile defence took place in Geneva on Monday.",
     [("talks", "asserted", ["russia", "united-states"], [], [], "2016-08-08")]),
    # a name joined to a word of origin is no side
    ("Kiev accused Moscow of firing US-made missiles.",
     [("violation_allegation", "asserted", ["ukraine"], ["russia"], [], "2016-08-09"),
      ("missile_test", "asserted", ["russia"], [], [], None)]),
])
def test_states_joined_by_hyphens_are_all_sides(run, text, expected):
    assert summary(run(text, date="2016-08-09")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Medvedev and Obama said on Saturday they had exchanged the instruments of ratification "
     "of New START.",
     [("entry_into_force", "asserted", [], [], [], "2011-02-05", "new-start"),
      ("ratification", "asserted", ["barack-obama", "dmitry-medvedev", "russia",
                                    "united-states"], [], [], "2011-02-05", "new-start")]),
    ("The two ministers exchanged gifts at a ceremony for New START on Saturday.", []),
])
def test_instruments_of_ratification_exchanged(run, text, expected):
    assert with_treaty(run(text, date="2011-02-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("India and Pakistan exchanged lists of their nuclear installations on Monday.",
     [("inspection", "asserted", ["india", "pakistan"], [], [], "2024-01-01")]),
    ("Russia and the United States completed their exchange of data on strategic warheads "
     "on Monday.",
     [("inspection", "asserted", ["russia", "united-states"], [], [], "2024-01-01")]),
    ("The ministers exchanged views on the nuclear talks on Monday.", []),
])
def test_lists_exchanged_under_a_verification_regime(run, text, expected):
    assert summary(run(text, date="2024-01-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials worried the discovery would provide the trigger for a war, and denied that "
     "the warheads were proof.", []),
    ("Officials feared the find would provide a pretext for war and for new missile strikes.",
     []),
    ("Officials said Germany would provide Patriot batteries to Ukraine.",
     [("deployment", "planned", ["germany"], ["ukraine"], ["patriot"], None)]),
])
def test_a_pretext_provided_is_no_delivery(run, text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what happened before the "after" clause's verb in the past perfect is earlier
    ("In 2016, investigators announced that the Buk launcher had returned to Russia after "
     "the airliner had been shot down.",
     [("interception", "asserted", [], [], ["buk"], None)]),
    ("In 2016, investigators announced that the airliner had been shot down by a Buk.",
     [("interception", "asserted", [], [], ["buk"], "2016")]),
])
def test_an_earlier_after_clause_keeps_no_opening_date(run, text, expected):
    assert summary(run(text, date="2018-05-25")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lt Gen Hamid Saleh, the officer in charge of the depot, said the shells were old.",
     [("hamid-saleh", "Lt Gen")]),
    ("NASA Administrator Jane Morrow said the launch would go ahead.",
     [("jane-morrow", "Administrator")]),
])
def test_titles_without_dots_and_administrators(run, text, expected):
    assert [(r["id"], r["title"]) for r in of_kind(run(text), "actor")
            if r["type"] == "person"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the noun a relative clause qualifies may end a phrase: "moratorium on ... testing that"
    ("The experiment respected the moratorium on explosive nuclear testing that Washington "
     "has held since 1992.",
     [("moratorium", "asserted", ["united-states"], [], [], "1992")]),
    ("The talks on nuclear testing that Washington has held since 1992 went nowhere.",
     []),
])
def test_a_moratorium_held_told_by_a_relative_clause(run, text, expected):
    assert summary(run(text, date="2024-05-18")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # with a parse, states joined by hyphens are all sides too
    ("On Monday Putin addressed the Russia-Iran-Azerbaijan summit, which dealt with arms sales.",
     [("talks", "asserted", ["azerbaijan", "iran", "russia"], [], [], "2016-08-08")]),
    # "claim responsibility for" makes no light verb of "claim": the sale is not the speaker's
    ("Wang Wenbin, speaking for China, further claimed the sale of eight nuclear-powered "
     "submarines, though they carry no nuclear weapons, is a proliferation risk.", []),
])
def test_parsed_arguments_round25(trained_nlp, text, expected):
    records = check_records(treatyx.extract(text, date="2016-08-09", nlp=trained_nlp), text)
    assert summary(records) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a document's quoted title tells no event
    ("The committee adopted draft resolution II, \u201cDestructive anti-satellite missile "
     "testing\u201d, by a vote of 155 to 9 on Wednesday.", []),
    ("The report, entitled \u201cNorth Korea Tests New Missiles\u201d, came out on Wednesday.",
     []),
    # a quotation that is no title still tells one
    ("North Korea called the launch \u201ca great success\u201d after it tested two missiles on "
     "Wednesday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2022-12-07")]),
])
def test_quoted_titles_tell_no_event(run, text, expected):
    assert summary(run(text, date="2022-12-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # criticism of an arms act is a warning, as a condemnation is
    ("Hillary Clinton strongly criticized the North Korean missile launch on Tuesday.",
     [("warning", "asserted", ["hillary-clinton", "united-states"], [], [], "2009-04-14"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2009-04-14")]),
    ("The critic criticised the new opera's second act on Tuesday.", []),
    # the capital after "spokesperson in" is no actor where another state owns the office
    ("The Chinese embassy's spokesperson in Washington, Zhao Lin, condemned the new missile "
     "sanctions on Tuesday.",
     [("warning", "asserted", ["china"], [], [], "2009-04-14"),
      ("sanctions", "asserted", ["united-states"], [], [], "2009-04-14")]),
    ("Officials in Tehran condemned the new missile sanctions on Tuesday.",
     [("warning", "asserted", ["iran"], [], [], "2009-04-14")]),
])
def test_criticism_and_the_seat_of_another_states_office(run, text, expected):
    assert summary(run(text, date="2009-04-15")) == expected
