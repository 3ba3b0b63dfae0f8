"""Shapes found in round 36 on part AM: a list of dates that tells one event per date, the
sides of a treaty named by its year, "the first since" and "earlier in the day", "we" on a
trained parse, joining a regime, a threat of something, and SAM-2 style names."""

from __future__ import annotations

import pytest

from tests.conftest import of_kind

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # a list of dates joined by commas and "and" tells one test per date
    ("Pyongyang has set off nuclear devices three times, in 2006, 2009 and February 2013.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], "2006"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2009"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2013-02")]),
    ("Iran fired a Shahab-3 in 2009, another in 2011 and the last in 2014.",
     [("missile_test", "asserted", ["iran"], [], ["shahab-3"], "2009"),
      ("missile_test", "asserted", ["iran"], [], ["shahab-3"], "2011"),
      ("missile_test", "asserted", ["iran"], [], ["shahab-3"], "2014")]),
    ("Pakistan fired Ghauri missiles on May 3 and again on May 9.",
     [("missile_test", "asserted", ["pakistan"], [], ["ghauri"], "2014-05-03"),
      ("missile_test", "asserted", ["pakistan"], [], ["ghauri"], "2014-05-09")]),
    # the two ends of a period are one date, not a list
    ("North Korea fired missiles between 2016 and 2017.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2016")]),
    # two dates of one time, joined by no "and" or comma, are one date's parts; a duration
    # after a comma is no date of the list
    ("Iran tested a Shahab-3 last Monday in 2014.",
     [("missile_test", "asserted", ["iran"], [], ["shahab-3"], "2014-05-26")]),
    ("India fired an Agni-V on Monday, 2 hours after sunrise.",
     [("missile_test", "asserted", ["india"], [], ["agni-v"], "2014-05-26")]),
    # words other than the list's between two dates end the list
    ("India fired an Agni-V in 2012 and its navy sailed in 2013.",
     [("missile_test", "asserted", ["india"], [], ["agni-v"], "2012")]),
    # other types keep one event: talks held on two days are one round
    ("Iran and the IAEA held talks on May 3 and May 4.",
     [("talks", "asserted", ["iaea", "iran"], [], [], "2014-05-03")]),
])
def test_a_list_of_dates_tells_one_event_per_date(run, text, expected):
    assert summary(run(text, date="2014-06-01")) == expected


def test_each_dated_copy_points_to_its_own_date():
    import treatyx

    text = "Iran fired Shahab-3 missiles in 2009 and 2011."
    events = [r for r in treatyx.extract(text, date="2014-06-01") if r["kind"] == "event"]
    assert [(e["text"], e["date"]["text"]) for e in events] == [
        ("fired", "2009"), ("fired Shahab-3 missiles in 2009 and 2011", "2011")]


@pytest.mark.parametrize(("text", "expected"), [
    # a treaty named by its year: the sides after "between" signed it
    ("The 1987 INF Treaty between the Soviet Union and the US banned such missiles.",
     ["soviet-union", "united-states"]),
    # after "with", the state that owns the deal before its date, or inside its name
    ("Tehran said Iran's 2015 nuclear accord with France and Germany still held.",
     ["france", "germany", "iran"]),
    ("Tehran's envoy praised the 2015 Iran nuclear accord with France and Germany.",
     ["france", "germany", "iran"]),
    # with no owner, "with" names one side only, and no side is taken
    ("Russia left the 1990 CFE Treaty with NATO states in 2023.", []),
])
def test_the_sides_of_a_treaty_named_by_its_year(run, text, expected):
    signings = [e for e in of_kind(run(text, date="2023-12-01"), "event")
                if e["type"] == "signing"]
    assert len(signings) == 1
    assert sorted(a["id"] for a in signings[0]["actors"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the date after "since" in "the first ... since" is an earlier event's
    ("Libyan forces fired a Scud, their first since the revolt began six months ago.",
     [("missile_test", "asserted", ["libya"], [], ["scud-b"], None)]),
    # (since round 50 that earlier event is told too: the last launch, in 2017)
    ("Iran fired a Shahab-3, its first launch since 2017.",
     [("missile_test", "asserted", ["iran"], [], ["shahab-3"], None),
      ("missile_test", "asserted", ["iran"], [], ["shahab-3"], "2017")]),
    # without "first", a date after "since" is left to the other rules
    ("Iran has fired Shahab-3 missiles since 2017.",
     [("missile_test", "asserted", ["iran"], [], ["shahab-3"], "2017")]),
])
def test_the_first_since_a_date_is_not_of_that_date(run, text, expected):
    assert summary(run(text, date="2011-08-16")) == expected


def test_earlier_in_the_day_is_the_day_told_before(run):
    text = ("Iran's foreign ministry praised the new missile on Thursday. The praise followed "
            "a launch of the Khorramshahr-4 earlier in the day.")
    assert summary(run(text, date="2023-05-26")) == [
        ("missile_test", "asserted", ["iran"], [], ["khorramshahr-4"], "2023-05-25")]


@pytest.mark.parametrize("model", [False, True])
def test_we_is_the_speakers_side_with_or_without_the_parse(run_on, model):
    # '"We have fired the X," a general said': the weapon's owner fires it, on a trained
    # parse as by word positions (the parse's "we" is not the general alone)
    text = ('"We fired the Shaheen 1 from a secret site this morning," Major General Shaukat '
            'Sultan, the army spokesman, told reporters.')
    assert summary(run_on(text, "2003-10-08", model)) == [
        ("missile_test", "asserted", ["pakistan"], [], ["shaheen-i"], None)]


def test_becoming_a_member_of_a_regime_is_joining_it(run):
    assert summary(run("India became a member of the Australia Group on Friday.",
                       date="2018-01-20")) == [
        ("ratification", "asserted", ["india"], [], [], "2018-01-19")]


@pytest.mark.parametrize(("text", "expected"), [
    # the threat or danger of an act is no act
    ("Japan lives with the danger of a missile launch by North Korea.",
     [("missile_test", "hypothetical", ["north-korea"], [], [], None)]),
    ("Seoul spoke of the threat of a seventh nuclear test by North Korea.",
     [("nuclear_test", "hypothetical", ["north-korea"], [], [], None)]),
    # an export control group is no sanction
    ("The Australia Group is the third export control group of which India is a member.",
     []),
])
def test_a_threat_of_an_act_and_a_control_group(run, text, expected):
    assert summary(run(text, date="2018-01-20")) == expected


@pytest.mark.parametrize(("text", "system"), [
    ("The ship carried SAM 2 missiles.", "s-75"),
    ("The ship carried SAM-3 missiles.", "s-125"),
])
def test_sam_numbers_name_soviet_air_defence_missiles(run, text, system):
    assert [r["id"] for r in of_kind(run(text, date="2013-02-02"), "system")] == [system]


@pytest.mark.parametrize(("text", "expected"), [
    # who watched the event is not its target, after a title or a state's possessive too
    ("Iran tested a missile in the presence of President Ebrahim Raisi.",
     [("missile_test", "asserted", ["iran"], [], [], None)]),
    ("Iran and the IAEA signed the accord in the presence of China's Foreign Minister Wang Yi "
     "in Cairo on Tuesday.",
     [("signing", "asserted", ["iaea", "iran"], [], [], "2025-09-09")]),
    # whom it is aimed at still is
    ("North Korea fired a missile at Japan, watched by Kim Jong Un.",
     [("combat_use", "asserted", ["north-korea"], ["japan"], [], None)]),
])
def test_an_observer_is_no_target(run, text, expected):
    assert summary(run(text, date="2025-09-10")) == expected


def test_a_statement_issued_names_who_says_what_follows(run):
    text = "France issued a statement after the launch that Iran had violated resolution 2231."
    assert summary(run(text, date="2023-05-26")) == [
        ("violation_allegation", "asserted", ["france"], ["iran"], [], "2023-05-26")]



LEAD = "Iran fired a Shahab-3 missile on Thursday. "
LEAD_TEST = ("missile_test", "asserted", ["iran"], [], ["shahab-3"], "2003-12-18")


@pytest.mark.parametrize(("text", "expected"), [
    # a verb in the simple past in the lead tells the news, on the lead's day
    (LEAD + "Its ambassador signed the Additional Protocol at a ceremony in Vienna.",
     [LEAD_TEST, ("signing", "asserted", [], [], [], "2003-12-18")]),
    # a participle with its phrase, or one used as an adjective, tells no news of the day
    (LEAD + "Moscow fears the US missile defence system deployed in Poland.",
     [LEAD_TEST, ("deployment", "asserted", ["united-states"], ["poland"], [], None)]),
    (LEAD + "The locally developed Shahab-3 can reach Israel.",
     [LEAD_TEST, ("development", "asserted", ["iran"], ["israel"], ["shahab-3"], None)]),
    # a passive does, but not with a phrase after it, nor the verb of a relative clause
    (LEAD + "Two older Shahab-3 missiles were destroyed, officials said.",
     [LEAD_TEST, ("elimination", "asserted", [], [], ["shahab-3"], "2003-12-18")]),
    (LEAD + "The Shahab-3 was developed with help from North Korea.",
     [LEAD_TEST, ("development", "asserted", ["iran"], [], ["shahab-3"], None)]),
    (LEAD + "Iran, which signed the Additional Protocol, denies any breach.",
     [LEAD_TEST, ("signing", "asserted", ["iran"], [], [], None),
      ("denial", "asserted", ["iran"], [], [], "2003-12-19")]),
    # past the lead, an undated verb keeps no date
    (LEAD + "It was the first test. Officials were pleased. Crowds cheered. Reporters "
     "gathered. Later its ambassador signed the Additional Protocol.",
     [LEAD_TEST, ("signing", "asserted", [], [], [], None)]),
])
def test_a_simple_past_in_the_lead_is_of_the_leads_day(run, text, expected):
    assert summary(run(text, date="2003-12-19")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an earlier event of the series told before, with a date its light verb gives it
    ("India tested an Agni-II on Monday. Its previous test was carried out on June 2, 2009.",
     [("missile_test", "asserted", ["india"], [], ["agni-ii"], "2009-11-23"),
      ("missile_test", "asserted", ["india"], [], ["agni-ii"], "2009-06-02")]),
    # with no date of its own it adds nothing
    ("India tested an Agni-II on Monday. Its previous test failed.",
     [("missile_test", "asserted", ["india"], [], ["agni-ii"], "2009-11-23")]),
    # a trial of a named system is its test
    ("An earlier trial of Agni-II took place on April 11, 1999.",
     [("missile_test", "asserted", ["india"], [], ["agni-ii"], "1999-04-11")]),
])
def test_an_earlier_test_of_the_series_keeps_its_own_date(run, text, expected):
    assert summary(run(text, date="2009-11-24")) == expected


@pytest.mark.parametrize("model", [False, True])
def test_a_break_from_a_policy_is_no_breach_on_the_parse_either(run_on, model):
    # "from" names a noun's agent on the parse only with a name as its object ("a break
    # from years of US policy" has none)
    text = ("The accord, which marked a sharp break from years of the United States' export "
            "policy, was hailed.")
    assert summary(run_on(text, "2006-03-03", model)) == []
