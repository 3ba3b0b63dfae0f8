"""Shapes found in round 24 on part AA: "START" read by the text's date, the treaty a
replacement pact is for, a relative clause opened by "that" after a treaty noun, weapons
transferred, noun compounds that tell no event ("launch vehicles", "firing range"), the
Warsaw Pact, and a denial's weapons and day."""

from __future__ import annotations

import pytest

from ..conftest import of_kind
from .test_event_arguments import summary
from .test_event_shapes_round15 import with_treaty


@pytest.mark.parametrize(("date", "expected"), [
    ("2009-07-06", ["start-i"]),   # before New START was signed: the 1991 treaty
    ("2022-11-08", ["new-start"]),  # once New START was in force
    ("2010-06-15", []),  # between the two, news used the name for both
    (None, []),  # no date, no way to tell
])
def test_bare_start_is_read_by_the_text_date(run, date, expected):
    records = run("Moscow said it would keep to the START treaty limits.", date=date)
    assert [r["id"] for r in of_kind(records, "treaty")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the treaty a replacement pact is for is not the one signed
    ("Obama and Medvedev signed a document as a guide for a replacement pact for START I.",
     [("signing", "asserted", ["barack-obama", "dmitry-medvedev", "russia", "united-states"],
       [], [], None, None)]),
    ("Obama and Medvedev signed a document as a guide for a successor treaty to START I.",
     [("signing", "asserted", ["barack-obama", "dmitry-medvedev", "russia", "united-states"],
       [], [], None, None)]),
    # a date in a relative clause opened by "that" after a treaty noun is the clause's own
    ("Obama and Medvedev signed a document as a guide for a successor to the START treaty "
     "that expires in December.",
     [("signing", "asserted", ["barack-obama", "dmitry-medvedev", "russia", "united-states"],
       [], [], None, None),
      ("expiry", "asserted", [], [], [], "2009-12", "start-i")]),
    ("Negotiators worked on a successor to the START accord that expires in December.",
     [("expiry", "asserted", [], [], [], "2009-12", "start-i")]),
])
def test_the_treaty_a_replacement_is_for(run, text, expected):
    assert with_treaty(run(text, date="2009-07-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran transferred ballistic missiles to Russia last month, officials said.",
     [("deployment", "asserted", ["iran"], ["russia"], [], "2024-09")]),
    ("Officials said Iran had transferred Fath-360 missiles to Russia.",
     [("deployment", "asserted", ["iran"], ["russia"], ["fath-360"], None)]),
    ("Iran transferred funds to a Russian bank last month.", []),
])
def test_weapons_transferred_to_a_state(run, text, expected):
    assert summary(run(text, date="2024-10-14")) == expected


@pytest.mark.parametrize("text", [
    "The accord lets each side keep 1,800 warheads and 1,400 launch vehicles.",
    "The Iskander, accurate to a few metres, has a firing range of about 480 km.",
    "Soldiers trained at the firing range near the coast on Friday.",
])
def test_noun_compounds_that_tell_no_event(run, text):
    assert of_kind(run(text, date="2021-02-25"), "event") == []


def test_the_warsaw_pact_is_no_polish_actor(run):
    text = "As the Cold War wound down, the accord was negotiated between NATO and the Warsaw Pact."
    assert [r["id"] for r in of_kind(run(text), "actor")] == ["nato", "warsaw-pact"]
    assert summary(run(text)) == [("talks", "asserted", ["nato", "warsaw-pact"], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a denial of a weapons act told after it is about that act's weapons
    ("Syria denied that it transferred Scud missiles to Hezbollah.",
     [("denial", "asserted", ["syria"], [], ["scud-b"], "2010-04-17"),  # the news of the day
      ("deployment", "negated", ["syria"], ["hezbollah", "lebanon"], ["scud-b"], None)]),
    # ... within its own clause only
    ("Russia denied the claim, and China tested a DF-26 on Friday.",
     [("denial", "asserted", ["russia"], [], [], "2010-04-16"),
      ("missile_test", "asserted", ["china"], [], ["df-26"], "2010-04-16")]),
    # the day it was denied may stand between the denial and its "that"
    ("Syria denied on Thursday that it transferred Scud missiles to Hezbollah.",
     [("denial", "asserted", ["syria"], [], ["scud-b"], "2010-04-15"),
      ("deployment", "negated", ["syria"], ["hezbollah", "lebanon"], ["scud-b"],
       "2010-04-15")]),
])
def test_a_claim_about_a_weapons_act_takes_its_weapons(run, text, expected):
    assert summary(run(text, date="2010-04-17")) == expected


def test_a_national_security_council_is_no_us_or_un_body_by_its_name_alone(run):
    # Japan's, South Korea's and the Philippines' councils share the name: a meeting of one
    # is no talks with Washington, and "Security Council" inside it is not the UN's
    text = ("Japanese Prime Minister Shinzo Abe told reporters after a National Security Council "
            "meeting that the cabinet had agreed on sanctions against North Korea.")
    records = run(text, date="2016-02-10")
    assert [r["id"] for r in of_kind(records, "actor")] == ["japan", "shinzo-abe", "north-korea"]
    assert summary(records) == [("sanctions", "asserted", ["japan", "shinzo-abe"],
                                 ["north-korea"], [], None)]
    records = run("A US National Security Council spokesman said the talks were useful.")
    assert [r["id"] for r in of_kind(records, "actor")] == ["us-nsc"]


@pytest.mark.parametrize(("text", "expected"), [
    # a secret nuclear programme a state is said to run: the speaker accuses it
    ("Netanyahu said on Monday that Iran had lied about its secret nuclear program.",
     [("violation_allegation", "asserted", ["benjamin-netanyahu", "israel"], ["iran"], [],
       "2018-04-30")]),
    # (since round 48 the building of the reactor is Syria's development too)
    ("The White House said Syria had been building a covert nuclear reactor near the "
     "Euphrates.",
     [("development", "asserted", ["syria"], [], [], None),
      ("violation_allegation", "asserted", ["united-states"], ["syria"], [], "2018-05-01")]),
    # no one says so: no accuser, no record
    ("A secret nuclear site was found in the desert.", []),
])
def test_a_secret_nuclear_programme_said_of_a_state(run, text, expected):
    assert summary(run(text, date="2018-05-01")) == expected


PLUTONIUM = ("Russian President Vladimir Putin on Monday issued a decree suspending a pact with "
             "the United States on the disposal of surplus weapons-grade plutonium. ")


@pytest.mark.parametrize(("text", "date", "expected"), [
    # "the deal" of a text that names no treaty is the one an earlier sentence described,
    # not another pact of the same parties...
    (PLUTONIUM + "The deal was signed in 2000.", "2016-10-03",
     [("suspension", "asserted", ["russia", "vladimir-putin"], ["united-states"], [],
       "2016-10-03", "pmda"),
      ("signing", "asserted", ["russia", "united-states"], [], [], "2000", "pmda")]),
    # ... also when the sentence gives the year of another instrument
    (PLUTONIUM + "The deal, first signed in 2000 and taking effect under a 2010 agreement, "
     "was suspended because of hostile steps.", "2016-10-03",
     [("suspension", "asserted", ["russia", "vladimir-putin"], ["united-states"], [],
       "2016-10-03", "pmda"),
      ("signing", "asserted", ["russia", "united-states"], [], [], "2000", "pmda"),
      ("entry_into_force", "asserted", [], [], [], "2000", "pmda"),
      ("suspension", "asserted", [], [], [], "2000", "pmda")]),
    # a sentence that names no state describes no treaty to refer back to
    ("The 2015 deal was signed in Vienna by Iran, Britain, Germany, the United States, China, "
     "France and Russia. UN sanctions returned after three European parties to the deal pushed "
     "for them, which made the accord moot. From now on, every provision of the deal is "
     "terminated, Iran said on the pact's expiration day.", "2025-10-18",
     [("signing", "asserted",
       ["china", "france", "germany", "iran", "russia", "united-kingdom", "united-states"],
       [], [], "2015", "jcpoa"),
      ("withdrawal", "asserted", [], [], [], "PRESENT_REF", "jcpoa"),
      ("expiry", "asserted", [], [], [], "PRESENT_REF", "jcpoa")]),
])
def test_the_deal_of_a_text_naming_no_treaty_keeps_its_reading(run, text, date, expected):
    assert with_treaty(run(text, date=date)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # news verbs for a launch, an attack and a weapon shown for the first time
    ("North Korea lobbed two ballistic missiles into the sea on Monday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2024-10-14")]),
    ("The Houthis unleashed drones and missiles at ships in the Red Sea on Monday.",
     [("combat_use", "asserted", ["houthis", "yemen"], [], [], "2024-10-14")]),
    ("Iran rolled out a new ballistic missile on Monday.",
     [("development", "asserted", ["iran"], [], [], "2024-10-14")]),
    ("Russia positioned Iskander missiles in Kaliningrad on Monday.",
     [("deployment", "asserted", ["russia"], [], ["iskander-m"], "2024-10-14")]),
    ("The US Army fielded the first Dark Eagle battery on Monday.",
     [("deployment", "asserted", ["united-states", "us-army"], [], ["dark-eagle"],
       "2024-10-14")]),
    ("The United States penalised Chinese firms over missile sales on Monday.",
     [("sanctions", "asserted", ["united-states"], ["china"], [], "2024-10-14")]),
    # a denial of claims, however the claims are named, negates what they claim
    ("Moscow rebuffed claims that it violated the INF Treaty on Monday.",
     [("denial", "asserted", ["russia"], [], [], "2024-10-14"),
      ("violation_allegation", "negated", ["russia"], [], [], "2024-10-14")]),
    # ... only with a weapon, and not the nouns
    ("The company rolled out a software update on Monday.", []),
    ("Russia unleashed a wave of criticism on Monday.", []),
    ("Russia positioned itself as a mediator in the missile talks.", []),
    ("Four warships fired missiles at positions of the militants on Monday.",
     [("combat_use", "asserted", [], [], [], "2024-10-14")]),
])
def test_news_verbs_of_launches_attacks_deployments_and_denials(run, text, expected):
    assert summary(run(text, date="2024-10-15")) == expected
