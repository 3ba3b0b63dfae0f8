"""Shapes found in round 41 on part AR: a volley told by weapons in the plural, dates listed
after a colon, a date that belongs to another event's noun, a past event after "after" that
keeps its own status, the sides of a meeting, sanctions placed and lifted, weapons owned
after a second "of", and talks that are the purpose of a clause."""

from __future__ import annotations

import pytest

from ..conftest import of_kind
from .test_event_arguments import summary

MODEL = [pytest.param(False, id="blank"), pytest.param(True, id="model")]


@pytest.mark.parametrize(("text", "expected"), [
    # weapons in the plural launched on a day: a system named in the sentences after is one
    # of them and takes the day
    ("The army said cruise and ballistic missiles were fired on Wednesday in the drill. A Yars "
     "was test-fired at Plesetsk. A Sineva was fired by a submarine in the Arctic.",
     [("missile_test", "asserted", ["russia"], [], ["yars"], "2022-10-26"),
      ("missile_test", "asserted", ["russia"], [], ["sineva"], "2022-10-26")]),
    # one weapon named on that day: the next, another system, is another launch
    ("The army said a Yars was fired on Wednesday in the drill. A Sineva was fired by a "
     "submarine in the Arctic.",
     [("missile_test", "asserted", ["russia"], [], ["yars"], "2022-10-26"),
      ("missile_test", "asserted", ["russia"], [], ["sineva"], None)]),
])
def test_a_volley_told_in_the_plural_dates_its_named_weapons(run, text, expected):
    assert summary(run(text, date="2022-10-27")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a colon right after the event's noun opens the list of its dates: one test a year,
    # none of them the test of the news
    ("North Korea announced on Sunday that it had carried out a sixth nuclear test. Pyongyang "
     "has staged four nuclear tests: in 2006, 2009, 2013 and 2016.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], "2017-09-03"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2006"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2009"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2013"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2016")]),
    # no date after the colon: the colon still ends the noun's phrase
    ("Pyongyang has staged four nuclear tests: all of them under the same mountain.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], "2017-09-04")]),
])
def test_dates_listed_after_a_colon(run, text, expected):
    assert summary(run(text, date="2017-09-04")) == expected


@pytest.mark.parametrize("model", MODEL)
def test_a_past_meeting_after_a_goal_keeps_its_status_and_its_date(run_on, model):
    # "hopes of restarting negotiations" is a goal, but the summit "after" which they come
    # took place in June: it is an event of its own, and the date right after its noun is
    # its own, not the launches'
    text = ("North Korea launched two rockets from its east coast, a Seoul official said. "
            "Rocket launches clouded hopes of restarting negotiations after the Kim Jong "
            "Un-Trump summit in late June.")
    assert summary(run_on(text, "2019-07-26", model)) == [
        ("missile_test", "asserted", ["north-korea"], [], [], None),
        ("talks", "asserted", ["donald-trump", "kim-jong-un", "north-korea", "united-states"],
         [], [], "2019-06")]


@pytest.mark.parametrize(("text", "expected"), [
    # with no past date in its phrase, what comes after "after" keeps the goal's status
    ("The rockets clouded the efforts to restart negotiations after a summit between Trump "
     "and Kim Jong Un.", []),
    ("Putin offered to keep to New START's missile limits for a year after its expiry.",
     [("extension", "hypothetical", ["russia", "vladimir-putin"], [], [], None)]),
])
def test_what_is_still_to_come_after_after_keeps_the_cue(run, text, expected):
    assert summary(run(text, date="2019-07-25")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state dismantling facilities in a sentence about missiles eliminates them
    ("Satellite pictures show North Korea has started dismantling several facilities of a "
     "plant that builds ballistic missiles.",
     [("elimination", "asserted", ["north-korea"], [], [], None)]),
    ("The town started dismantling an old sports facility next to the missile museum.", []),
])
def test_facilities_dismantled_in_a_sentence_about_weapons(run, text, expected):
    assert summary(run(text, date="2018-07-24")) == expected


@pytest.mark.parametrize("model", MODEL)
@pytest.mark.parametrize(("text", "date", "expected"), [
    # the sides "between" a meeting are its own, not its host
    ("Beijing hosted a meeting between Moon Jae-in and Kim Jong Un on nuclear security.",
     "2018-05-02",
     [("talks", "asserted", ["kim-jong-un", "moon-jae-in", "north-korea", "south-korea"], [],
       [], None)]),
    # the members "of" a meeting: a body of states, or the states of its officials
    ("A meeting of the OSCE on missiles will be held in Vienna on Thursday.", "2022-01-10",
     [("talks", "planned", ["osce"], [], [], "2022-01-13")]),
    ("The minister criticised a meeting of US and Japanese officials on missile defence.",
     "2022-11-03",
     [("warning", "asserted", [], ["japan", "united-states"], [], "2022-11-03"),
      ("talks", "asserted", ["japan", "united-states"], [], [], None)]),
    # an agency's staff is no body of states: its meeting is no talks ...
    ("The director spoke about missile programmes to a meeting of IAEA experts.",
     "2004-03-11", []),
    # ... but its board of governors, 35 states, is (lexicon meeting-bodies)
    ("The director spoke about missile programmes to a meeting of the Board of Governors of "
     "the IAEA.", "2004-03-11",
     [("talks", "asserted", ["iaea", "iaea-board-of-governors"], [], [], None)]),
])
def test_the_sides_of_a_meeting(run_on, model, text, date, expected):
    assert summary(run_on(text, date, model)) == expected


def test_sanctions_placed_and_waived_are_two_events(run):
    # "placed" and "waive" tell two acts: the undated placing does not join the waiver and
    # take its date
    text = ("Washington imposed sanctions on Pakistan over its nuclear tests, but decided "
            "following the September 11, 2001 attacks on America to waive the sanctions.")
    assert summary(run(text, date="2005-07-18")) == [
        ("sanctions", "asserted", ["united-states"], ["pakistan"], [], None),
        ("nuclear_test", "asserted", ["pakistan"], [], [], None),
        ("sanctions", "asserted", ["united-states"], [], [], "2001-09-11")]


@pytest.mark.parametrize(("text", "expected"), [
    # the bare family name of the Qiam-1, in both spellings
    ("Iran test-fired Qiyam missiles on Monday.",
     [("missile_test", "asserted", ["iran"], [], ["qiam-1"], "2012-07-02")]),
    ("Iran test-fired Qiam missiles on Monday.",
     [("missile_test", "asserted", ["iran"], [], ["qiam-1"], "2012-07-02")]),
    # "test launched" in two words is one verb
    ("Iran said the Shahab-3 was test launched during the drill on Tuesday.",
     [("missile_test", "asserted", ["iran"], [], ["shahab-3"], "2012-07-03")]),
])
def test_a_family_name_and_test_launched(run, text, expected):
    assert summary(run(text, date="2012-07-04")) == expected


def test_test_launched_in_two_words_is_one_trigger(run):
    records = of_kind(run("Iran said the Shahab-3 was test launched on Tuesday.",
                          date="2012-07-04"), "event")
    assert [(e["type"], e["trigger"]["text"]) for e in records] == [
        ("missile_test", "test launched")]


@pytest.mark.parametrize(("text", "expected"), [
    # the state before the weapon after a second "of" owns the deployment
    ("Villagers scuffled with police during the deployment of two extra launchers of a US "
     "missile defence system on Thursday.",
     [("deployment", "asserted", ["united-states"], [], [], "2017-09-07")]),
    # police deployed near a missile base deploy no weapon
    ("Some 5,000 police were deployed around the missile battery on Thursday.", []),
])
def test_deployments_of_weapons_not_of_police(run, text, expected):
    assert summary(run(text, date="2017-09-08")) == expected


@pytest.mark.parametrize("model", MODEL)
@pytest.mark.parametrize(("text", "expected"), [
    # talks that are the purpose of the clause ("for a new round of talks") are its subject's
    ("Moscow and Washington will send delegations to Geneva on June 16 for another round of "
     "strategic stability talks.",
     [("talks", "planned", ["russia", "united-states"], [], [], "2020-06-16")]),
    # "for" a length of time, then another preposition: not the subject's talks
    ("The fines come after the White House held them back for nearly three weeks during "
     "difficult negotiations over a prisoner swap.", []),
])
def test_talks_that_are_the_purpose_of_a_clause(run_on, model, text, expected):
    assert summary(run_on(text, "2020-06-09", model)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence opening with "two days after ..." and no date of its own tells the news of
    # the day: what the phrase counts from came two days before the article's
    ("New Delhi warned on Wednesday that the launch would fuel an arms race. Two days after "
     "Pakistan fired a Shaheen-II missile, the army chief called the launch a provocation.",
     [("warning", "asserted", ["india"], [], [], "2011-04-27"),
      ("missile_test", "asserted", ["pakistan"], [], ["shaheen-ii"], "2011-04-25")]),
    # two years is no recent offset: the sentence need not tell the news of the day
    ("New Delhi warned on Wednesday that the launch would fuel an arms race. Two years after "
     "Pakistan fired a Shaheen-II missile, the army chief called the launch a provocation.",
     [("warning", "asserted", ["india"], [], [], "2011-04-27"),
      ("missile_test", "asserted", ["pakistan"], [], ["shaheen-ii"], None)]),
])
def test_a_recent_offset_opening_a_sentence_counts_from_the_news(run, text, expected):
    assert summary(run(text, date="2011-04-27")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the testing of" is a noun: the state that would counter it did not test, and the
    # steps it would take to counter it warn
    ("North Korea test-fired a Hwasong-18 on Thursday. Tokyo said it would take measures to "
     "counter the effects of the testing of the new rocket.",
     [("missile_test", "asserted", ["north-korea"], [], ["hwasong-18"], "2023-04-13"),
      ("warning", "asserted", ["japan"], [], [], "2023-04-14")]),
    # the state whose adjective makes a weapon "-made" made it; the noun's owner is the
    # light verb's subject
    ("The Turkish army began the testing of Chinese-made HQ-9 systems on Thursday.",
     [("missile_test", "asserted", ["turkey"], [], ["hq-9"], "2023-04-13")]),
])
def test_the_testing_of_a_weapon_is_a_noun(run, text, expected):
    assert summary(run(text, date="2023-04-14")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a nuclear doctrine signed or changed warns
    ("Putin signed a revised nuclear doctrine on Tuesday, and first announced changes to the "
     "nuclear doctrine in September.",
     [("warning", "asserted", ["russia", "vladimir-putin"], [], [], "2024-11-19"),
      ("warning", "asserted", ["russia", "vladimir-putin"], [], [], "2024-09")]),
    ("The coach signed a new defensive doctrine for the team on Tuesday.", []),
])
def test_a_nuclear_doctrine_signed_or_changed_warns(run, text, expected):
    assert summary(run(text, date="2024-11-20")) == expected


def test_of_names_who_meets_only_for_talks(run):
    # an investigation "of" a state's work is not that state's: "of" names the sides of
    # talks only
    text = ("The IAEA chief said the investigation of Iran's past nuclear work would end in "
            "December.")
    assert summary(run(text, date="2015-09-21")) == [
        ("inspection", "planned", ["iaea"], [], [], "2015-12")]
