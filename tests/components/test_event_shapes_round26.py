"""Shapes found in round 26 on part AC: a treaty denounced, a bilateral treaty extended with no
agent, the IAEA's seals removed, what a source "discussing classified information" and
"secret nuclear technology" do not tell, the names of the plutonium agreement, of the US
midcourse defence and of the Shaheen family, and a place named after a person."""

from __future__ import annotations

import datetime

import pytest

from treatyx.components.events import dating

from ..conftest import of_kind
from .test_event_arguments import summary
from .test_event_shapes_round15 import with_treaty


@pytest.mark.parametrize(("text", "expected"), [
    # denouncing a treaty is leaving it, in treaty law
    ("Russia denounced the CFE Treaty on Tuesday.",
     [("withdrawal", "asserted", ["russia"], [], [], "2023-11-07", "cfe-treaty")]),
    ("Moscow's denunciation of the plutonium utilization agreement took effect in October.",
     [("withdrawal", "asserted", ["russia"], [], [], "2023-10", "pmda")]),
    # denouncing another's act is condemning it
    ("Moscow denounced the US withdrawal from the INF Treaty on Tuesday.",
     [("warning", "asserted", ["russia"], ["united-states"], [], "2023-11-07", "inf-treaty"),
      ("withdrawal", "asserted", ["united-states"], [], [], "2023-11-07", "inf-treaty")]),
    ("Japan denounced North Korea's missile launch on Tuesday.",
     [("warning", "asserted", ["japan"], ["north-korea"], [], "2023-11-07", None),
      ("missile_test", "asserted", ["north-korea"], [], [], "2023-11-07", None)]),
])
def test_a_treaty_denounced_is_left(run, text, expected):
    assert with_treaty(run(text, date="2023-11-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # neither party prolongs a bilateral treaty alone; both are named in the text
    ("India and Pakistan signed the nuclear accidents agreement in 2007. In February 2012 the "
     "agreement was extended again, this time until 2017.",
     [("signing", "asserted", ["india", "pakistan"], [], [], "2007",
       "india-pakistan-nuclear-accidents-agreement"),
      ("extension", "asserted", ["india", "pakistan"], [], [], "2012-02",
       "india-pakistan-nuclear-accidents-agreement")]),
    # neither party named: no agent is guessed
    ("The Agreement on Reducing the Risk from Accidents Relating to Nuclear Weapons was last "
     "extended in February 2012.",
     [("extension", "asserted", [], [], [], "2012-02",
       "india-pakistan-nuclear-accidents-agreement")]),
])
def test_a_bilateral_treaty_extended_without_agent(run, text, expected):
    assert with_treaty(run(text, date="2017-02-21")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran has removed the IAEA seals from its uranium conversion plant near Isfahan.",
     [("moratorium", "asserted", ["iran"], [], [], "2005-08-10", None)]),
    ("Pyongyang's removal of the seals at its nuclear reactor began on Sunday.",
     [("moratorium", "asserted", ["north-korea"], [], [], "2005-08-07", None)]),
    # no arms in the sentence
    ("Greece removed the seals on the shipping container.", []),
])
def test_seals_removed_end_a_freeze(run, text, expected):
    assert with_treaty(run(text, date="2005-08-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a source's reason for anonymity holds no talks
    ("A defence official, speaking anonymously because he was discussing classified "
     "information, said the missiles had been launched near Damascus.",
     [("missile_test", "asserted", [], [], [], None, None)]),
    ("Lavrov discussed the New START treaty with Blinken by phone on Monday.",
     [("talks", "asserted", ["russia", "sergey-lavrov"], ["antony-blinken", "united-states"], [],
       "2023-11-06", "new-start")]),
])
def test_discussing_information_is_no_talks(run, text, expected):
    assert with_treaty(run(text, date="2023-11-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington announced it will share secret nuclear technology with Canberra.", []),
    # (since round 48 the reactor built is Syria's development too)
    ("Washington said Damascus had built a secret nuclear reactor.",
     [("development", "asserted", ["syria"], [], [], None, None),
      ("violation_allegation", "asserted", ["united-states"], ["syria"], [], "2021-09-16",
       None)]),
])
def test_secret_technology_shared_is_no_allegation(run, text, expected):
    assert with_treaty(run(text, date="2021-09-16")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The plutonium utilization agreement was signed in 2000.", ["pmda"]),
    ("The Pentagon praised its ground-based, mid-course defense system.", ["gbi"]),
    ("The company supplies components for Pakistan's Shaheen missile series.",
     ["shaheen-series"]),
    ("Shaheen Air flights to Dubai resumed on Monday.", []),
])
def test_names_of_round26(run, text, expected):
    records = run(text)
    assert [r["id"] for r in of_kind(records, "treaty") + of_kind(records, "system")] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the site is named after the president, who does nothing in it
    ("The Marshall Islands host the Ronald Reagan Ballistic Missile Defense Test Site, from "
     "which a dummy warhead lifted off.", ["marshall-islands"]),
    ("Ronald Reagan signed the INF Treaty in Washington.", ["ronald-reagan"]),
    # only capitalised words run on to the place's noun
    ("Ronald Reagan spoke at the Space Center on Friday.", ["ronald-reagan"]),
])
def test_a_place_named_after_a_person(run, text, expected):
    assert [r["id"] for r in of_kind(run(text), "actor")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # meeting a demand or a need is no meeting; the singular as the plural
    ("Tehran says it needs nuclear power to meet booming electricity demand.", []),
    ("Iran's new reactor will meet the growing need for nuclear power, Tehran said.", []),
    # work suspended under a deal suspends no treaty
    ("Under the NPT, Tehran agreed in November to suspend its nuclear fuel work.", []),
])
def test_a_demand_met_and_work_suspended(run, text, expected):
    assert with_treaty(run(text, date="2005-08-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # concluded on the day the framework was signed: that framework
    ("Russia and the United States agreed on a joint proposal to eliminate chemical weapons in "
     "Syria on September 14, 2013.",
     [("signing", "asserted", ["russia", "united-states"], [], [], "2013-09-14",
       "syria-chemical-weapons-framework"),
      ("elimination", "hypothetical", ["russia", "united-states"], ["syria"], [],
       "2013-09-14", None)]),
    # another day: another agreement
    ("Russia and the United States agreed on a joint proposal to eliminate chemical weapons in "
     "Syria on September 13, 2013.",
     [("signing", "asserted", ["russia", "united-states"], [], [], "2013-09-13", None),
      ("elimination", "hypothetical", ["russia", "united-states"], ["syria"], [],
       "2013-09-13", None)]),
    # the Washington Declaration's day, but Japan is none of its parties
    ("Tokyo and Washington reached a deal on April 26, 2023.",
     [("signing", "asserted", ["japan", "united-states"], [], [], "2023-04-26", None)]),
])
def test_an_unnamed_agreement_concluded_the_day_a_treaty_was_signed(run, text, expected):
    assert with_treaty(run(text, date="2023-11-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the condemnation is the news of the day, and so is what it calls the test
    ("The US condemned the launch, calling it a violation of Security Council resolutions.",
     [("warning", "asserted", ["united-states"], [], [], "2008-07-10", None),
      ("violation_allegation", "asserted", ["united-states"], [], [], "2008-07-10", None)]),
    # what was not said has no day of its saying
    ("The US condemned the launch but did not call it a violation of Security Council "
     "resolutions.",
     [("warning", "asserted", ["united-states"], [], [], "2008-07-10", None),
      ("violation_allegation", "negated", ["united-states"], [], [], None, None)]),
    # another's claim rejected: its warnings came before (since round 45 the Russian pilots
    # stand for Russia, the one warned)
    ("He rejected Turkey's claim that its air force had warned the Russian pilots ten times.",
     [("denial", "asserted", [], ["turkey"], [], "2008-07-10", None),
      ("warning", "asserted", ["turkey"], ["russia"], [], None, None)]),
    # said in a sentence of its own, it keeps no date
    ("The US condemned the launch. Washington called it a violation of Security Council "
     "resolutions.",
     [("warning", "asserted", ["united-states"], [], [], "2008-07-10", None),
      ("violation_allegation", "asserted", ["united-states"], [], [], None, None)]),
])
def test_what_a_dated_statement_calls_an_act(run, text, expected):
    assert with_treaty(run(text, date="2008-07-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a pact is about is no test, in a headline too
    ("India and Pakistan Reach a Pact on Missile Tests\n\nThe missile test notification "
     "agreement is due to be signed in October.",
     [("signing", "asserted", ["india", "pakistan"], [], [], "2005-08-08"),
      ("signing", "planned", ["india", "pakistan"], [], [], "2005-10")]),
    # "long-range fires" are weapons, not a launch
    ("From 2026 Washington will deploy its long-range fire weapons to bases in Germany, the two "
     "allies agreed on Wednesday.",
     [("deployment", "planned", ["united-states"], ["germany"], [], "2026")]),
])
def test_a_pacts_topic_and_long_range_fires(run, text, expected):
    assert summary(run(text, date="2005-08-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # bombing raids are fighting: a launch in their sentence is combat use
    ("Hours after coalition bombing raids on its capital, Iraq fired Scud missiles at the "
     "frontier zone with Kuwait.",
     [("combat_use", "asserted", ["iraq"], ["kuwait"], ["scud-b"], None)]),
    ("Iraq fired Scud missiles at the frontier zone with Kuwait.",
     [("missile_test", "asserted", ["iraq"], ["kuwait"], ["scud-b"], None)]),
])
def test_a_launch_beside_bombing_raids(run, text, expected):
    assert summary(run(text, date="2003-03-20")) == expected


HEADLINE = ("China says it will impose fresh sanctions on Lockheed Martin over its weapons "
            "deals with Taiwan.\n\n")


@pytest.mark.parametrize(("body", "expected_date"), [
    # the news is of the day its agent is told to have spoken
    ("Wang Wenbin, a Foreign Ministry spokesman, announced the decision on Monday at a news "
     "conference.",
     "2022-02-21"),
    # not of a day to come
    ("Wang Wenbin will announce the details on Friday.", "2022-02-22"),
    # another state's day is not China's
    ("A US State Department spokesman said on Monday the arms sale was routine.",
     "2022-02-22"),
    # a day more than a week old is no news of this article's
    ("Wang Wenbin, a Foreign Ministry spokesman, announced the decision at a news conference "
     "on February 10.",
     "2022-02-22"),
])
def test_something_said_is_dated_by_the_day_its_speaker_spoke(run, body, expected_date):
    assert summary(run(HEADLINE + body, date="2022-02-22")) == [
        ("sanctions", "planned", ["china"], [], [], expected_date)]


def test_a_day_no_calendar_has_dates_no_saying():
    # a value the tagger may build from "February 29" of a common year names no day
    assert dating._iso_day("2019-02-29") is None
    assert dating._iso_day("2019-02-28") == datetime.date(2019, 2, 28)
    assert dating._iso_day("2019-02") is None


@pytest.mark.parametrize(("text", "expected"), [
    # a missile destroyed where the sentence tells of interceptors is shot down
    ("On Tuesday the interceptor destroyed a mock ballistic missile over the ocean.",
     [("interception", "asserted", [], [], [], "2017-05-30")]),
    # without them, destroying missiles is eliminating them
    ("Iraq destroyed four of its al-Samoud 2 missiles on Tuesday.",
     [("elimination", "asserted", ["iraq"], [], ["al-samoud-2"], "2017-05-30")]),
])
def test_a_missile_destroyed_beside_an_interceptor(run, text, expected):
    assert summary(run(text, date="2017-05-31")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the knowledge base lists the day the two parties signed it
    ("The INF Treaty, signed by Washington and Moscow, banned ground-launched missiles.",
     ("1987-12-08", "knowledge base")),
    # the text's own date stays
    ("The United States signed the INF Treaty in Washington in December 1987.",
     ("1987-12", None)),
    # the day of this party's own signature
    ("Russia signed the plutonium disposition agreement.", ("2000-08-29", "knowledge base")),
    # of a bilateral treaty, the day it was signed, though the history lists the other party
    ("Moscow signed New START.", ("2010-04-08", "knowledge base")),
    # the two parties signed on different days: no one day
    ("Russia and the United States signed the plutonium disposition agreement.", (None, None)),
    # a state whose signing of a treaty of many parties the knowledge base does not list
    ("Iran signed the Comprehensive Nuclear-Test-Ban Treaty.", (None, None)),
])
def test_a_signing_the_text_does_not_date(run, text, expected):
    (signing,) = [r for r in of_kind(run(text, date="2025-08-05"), "event")
                  if r["type"] == "signing"]
    date = signing["date"] or {}
    assert (date.get("value"), date.get("inferred")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act with no agent: the day listed for one with none
    ("The Russia-North Korea treaty has entered into force, KCNA said.",
     ("entry_into_force", "2024-12-04")),
    # the day listed for this state's act of this type
    ("Russia suspended New START, the Kremlin said.", ("suspension", "2023-02-21")),
    # none listed for this state
    ("The United States suspended New START, officials said.", ("suspension", None)),
    # an act to come has no listed day
    ("The Russia-North Korea treaty will enter into force soon.", ("entry_into_force", None)),
])
def test_an_act_on_a_treaty_the_text_does_not_date(run, text, expected):
    (event,) = of_kind(run(text, date="2024-12-06"), "event")
    assert (event["type"], (event["date"] or {}).get("value")) == expected
