"""Shapes found in round 60 on part BK and the parts tuned on before: a speaker named after
its verb, offices dated by "then-", examples set off by ", including", votes against
sanctions, programmes said to aim at weapons, infinitives split by an adverb, a scheduled
meeting's day, and fire into a bay or toward a purpose."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker follows the verb, which closes the clause: the envoy warns, not Norway
    ("Norwegian frigates may become targets for Russian missiles, warns Russian envoy",
     [("warning", "asserted", ["russia"], [], [], "2015-03-21")]),
    ("Moscow broke the INF Treaty, charges US envoy.",
     [("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2015-03-21")]),
    # a verb whose clause goes on has its object there: North Korea warns Japan
    ("North Korea fired two missiles on Monday, warned Japan that more would follow and left "
     "the talks.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2015-03-16"),
      ("warning", "asserted", ["north-korea"], ["japan"], [], "2015-03-16")]),
    # a participle after the comma has its object after it
    ("The United States ranks North Korea first among its worries, accusing Pyongyang of "
     "enlarging its arsenal.",
     [("violation_allegation", "asserted", ["united-states"], ["north-korea"], [], None),
      ("development", "asserted", ["north-korea"], [], [], None)]),
])
@pytest.mark.parametrize("model", [False, True])
def test_a_speaker_after_its_verb_at_the_clause_end_is_the_agent(run_on, text, expected, model):
    assert summary(run_on(text, "2015-03-21", model)) == expected


@pytest.mark.parametrize("model", [False, True])
def test_an_office_dated_by_then_keeps_the_list_of_signers(run_on, model):
    records = run_on("George W. Bush and then-Russian President Vladimir Putin signed the Moscow "
                     "Treaty in 2002.", "2021-01-29", model)
    assert summary(records) == [
        ("signing", "asserted", ["george-w-bush", "russia", "united-states", "vladimir-putin"], [],
         [], "2002")]


def test_examples_set_off_by_including_belong_to_the_clause_before(run):
    # the sanctions are in the bill Obama signed
    records = run("Obama signed a defence bill on Wednesday, including tougher sanctions on Iran.",
                  date="2013-01-03")
    assert summary(records) == [
        ("sanctions", "asserted", ["barack-obama", "united-states"], ["iran"], [], "2013-01-02")]


@pytest.mark.parametrize("office", ["permanent representative", "representative"])
def test_a_state_s_representative_to_a_body_speaks_for_the_state(run, office):
    records = run(f'Ertan Kaya, the Turkish {office} to the United Nations, said "we are deeply '
                  'concerned that the sanctions will hurt diplomacy."', date="2010-06-09")
    assert summary(records) == [("warning", "asserted", ["turkey"], [], [], "2010-06-09")]


def test_a_vote_against_a_sanctions_resolution_refuses_the_sanctions(run):
    # the voters impose none (the Council named, the vote is still no refused signing)
    records = run("On Friday Lebanon and Algeria, both members of the Security Council, cast votes "
                  "against a Council resolution designed to impose an arms embargo on Syria.",
                  date="2011-08-06")
    assert summary(records) == [
        ("sanctions", "negated", ["algeria", "lebanon"], [], [], "2011-08-05")]


def test_they_before_a_verb_of_saying_is_no_actor_named_after_a_preposition(run):
    # "they" is the ministers, not North Korea: no accuser is named, so no allegation
    records = run("Rumours spread in Tokyo that ministers might back strikes on North Korea to end "
                  "an atomic effort they claim is aimed at building nuclear weapons.",
                  date="2017-04-10")
    assert summary(records) == [("combat_use", "hypothetical", [], ["north-korea"], [], None)]


def test_sanctions_named_after_a_preposition_hit_that_state(run):
    records = run("A measure on Syria sanctions was passed in May 2011.", date="2012-06-09")
    assert summary(records) == [("sanctions", "asserted", [], ["syria"], [], "2011-05")]


@pytest.mark.parametrize("model", [False, True])
def test_an_adverb_inside_the_infinitive_keeps_whom_it_urges(run_on, model):
    records = run_on("Washington called on Tehran to quickly halt its missile tests.",
                     "2019-05-10", model)
    assert summary(records) == [
        ("warning", "asserted", ["united-states"], ["iran"], [], "2019-05-10"),
        ("moratorium", "hypothetical", ["iran"], [], [], None)]


@pytest.mark.parametrize("model", [False, True])
def test_a_visit_kicked_off_is_the_visitor_s(run_on, model):
    # not the launcher's visit
    records = run_on("Pakistan test-fired a missile on Friday. The launch came days after Indian "
                     "Prime Minister Narendra Modi kicked off an official visit to Russia.",
                     "2023-07-14", model)
    assert summary(records) == [
        ("missile_test", "asserted", ["pakistan"], [], [], "2023-07-14"),
        ("talks", "asserted", ["india", "narendra-modi"], ["russia"], [], None)]


def test_a_meeting_day_after_meets_is_the_next_one(run):
    records = run("Envoys said the IAEA board must pass the Syrian file on to New York after it "
                  "meets Sept. 12.", date="2011-06-01")
    assert summary(records) == [
        ("talks", "planned", ["iaea", "iaea-board-of-governors"], [], [], "2011-09-12")]


@pytest.mark.parametrize(("text", "expected"), [
    # into a bay from a test range: a test, not an attack
    ("India fired an Agni-II missile into the Bay of Bengal on Thursday, officials said.",
     [("missile_test", "asserted", ["india"], [], ["agni-ii"], "2019-04-18")]),
    # "aimed at" and a verb in -ing tell a purpose, not a target
    ("Iran fired a Simorgh rocket aimed at placing a research satellite in orbit on Thursday.",
     [("missile_test", "asserted", ["iran"], [], ["simorgh"], "2019-04-18")]),
    # a place after "at" is still a target
    ("Hezbollah fired rockets aimed at Israeli towns on Thursday.",
     [("combat_use", "asserted", ["hezbollah", "lebanon"], [], [], "2019-04-18")]),
])
def test_fire_into_a_bay_or_toward_a_purpose_is_no_attack(run, text, expected):
    assert summary(run(text, date="2019-04-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Belarus announced on Monday it would follow Moscow in quitting the CFE Treaty.",
     [("withdrawal", "planned", ["belarus"], [], [], "2019-03-04")]),
    ("Japan followed Australia in ratifying the Arms Trade Treaty in 2014.",
     [("ratification", "asserted", ["japan"], [], [], "2014")]),
])
def test_who_follows_a_state_in_an_act_does_it(run, text, expected):
    assert summary(run(text, date="2019-03-05")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "it" is the agency's board; Iran, whose moves alarm it, is not the one alarmed
    ("The agency's board met in Vienna on Iran. It also voiced alarm at Iranian moves to enrich "
     "more uranium.",
     [("talks", "asserted", [], ["iran"], [], None),
      ("development", "asserted", ["iran"], [], [], None)]),
    # a state after "of" may be the speaker's own: the ministry is Qatar's
    ("Iranian missiles hit a base in Qatar on Monday. The Qatari foreign ministry condemned the "
     "attack. The ministry also called the strike a violation of Qatar's sovereignty.",
     [("combat_use", "asserted", ["iran"], ["qatar"], [], "2019-03-04"),
      ("violation_allegation", "asserted", ["qatar"], [], [], None)]),
    # another state's plans: "it" is still the state told of before
    ("France tested a missile on Monday. It also voiced concern over Britain's plans.",
     [("missile_test", "asserted", ["france"], [], [], "2019-03-04"),
      ("warning", "asserted", ["france"], ["united-kingdom"], [], "2019-03-04")]),
])
def test_it_that_stands_for_the_state_a_concern_is_about_is_not_its_speaker(run, text,
                                                                             expected):
    assert summary(run(text, date="2019-03-05")) == expected


def test_a_week_to_come_dates_what_is_threatened_not_the_threat(run):
    # the threat is the news of the day; next week is when the work would restart
    records = run("Iran has threatened to restart uranium conversion at Isfahan next week.",
                  date="2005-08-06")
    assert summary(records) == [("warning", "asserted", ["iran"], [], [], "2005-08-06")]


def test_a_relative_clause_set_off_in_the_object_does_not_end_it(run):
    # "which ... Thursday," tells the flights; "a dangerous provocation" is still what
    # Australia calls them (and Thursday is the flights' day, not the call's)
    records = run("Australia called the Chinese missile flights, which passed near its waters on "
                  "Thursday, a dangerous provocation.", date="2023-03-10")
    assert summary(records) == [("warning", "asserted", ["australia"], [], [], "2023-03-10")]


@pytest.mark.parametrize(("text", "expected"), [
    # the seizure is Israel's search; the shipment, Iran's transfer
    ("Israeli commandos raided a ship carrying a shipment of Syrian-made rockets from Iran on "
     "Wednesday.",
     [("inspection", "asserted", ["israel"], [], [], "2014-03-05"),
      ("deployment", "asserted", ["iran"], [], [], "2014-03-05")]),
    # "from" after another verb is no origin of the deployment
    ("The THAAD deployment comes weeks after a drone strike from Yemen on Eilat.",
     [("deployment", "asserted", ["united-states"], [], ["thaad"], None),
      ("combat_use", "asserted", ["yemen"], [], [], None)]),
    ("The THAAD deployment came days after envoys from Iran left Vienna.",
     [("deployment", "asserted", ["united-states"], [], ["thaad"], None)]),
])
def test_a_shipment_from_a_state_is_its_transfer(run, text, expected):
    assert summary(run(text, date="2014-03-06")) == expected
