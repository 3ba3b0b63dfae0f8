"""Shapes found in round 22 on part Y: a day before a compound verb, a passive accusation,
a suspended participation in talks, a test as the occasion of its clause's event, another
state's ally, a date past a phrase of another event, events dated ahead of the article, a
progressive verb's object, an alleged act, "the two leaders", and a weapon named by the
next sentence."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary
from .test_event_shapes_round15 import with_treaty


@pytest.mark.parametrize(("text", "expected"), [
    # the day of a date is no count before a participle ("1,550 deployed warheads")
    ("Pakistan on August 25 test fired a new cruise missile.",
     [("missile_test", "asserted", ["pakistan"], [], [], "2007-08-25")]),
    ("The treaty allows 700 deployed launchers.", []),
])
def test_a_day_before_a_verb_is_no_count(run, text, expected):
    assert summary(run(text, date="2007-08-27")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the agent of the passive stands between the verb and its "of": the weapon is still
    # the accusation's
    ("Iran has been accused by Washington of quietly seeking to build nuclear weapons.",
     [("violation_allegation", "asserted", ["united-states"], ["iran"], [], None),
      ("development", "asserted", ["iran"], [], [], None)]),  # Iran builds (round 29)
    # ... but not past an agent that no "of" follows
    ("The radar was developed by Israel and the United States; analysts said the missile it "
     "tracked was old.",
     []),
])
def test_a_passive_accusation_reaches_past_its_agent(run, text, expected):
    assert summary(run(text, date="2003-12-18")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea announced on Thursday that it was suspending its participation in the "
     "six-party talks.",
     # (negated talks too, since the six-party talks are an arms-control body: round 28)
     [("suspension", "asserted", ["north-korea"], [], [], "2005-02-10"),
      ("talks", "negated", ["china", "japan", "north-korea", "russia", "six-party-talks",
                            "south-korea", "united-states"], [], [], "2005-02-10")]),
    # without a word of talks it suspends no treaty either
    ("Russia suspended its participation in the tournament.", []),
])
def test_a_participation_in_talks_is_suspended(run, text, expected):
    assert summary(run(text, date="2005-02-11")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the test in which the subject shot the target down is the subject's, with the
    # clause's weapon
    ("Japan shot down a ballistic missile target in a test on Monday.",
     [("interception", "asserted", ["japan"], [], [], "2007-12-17"),
      ("missile_test", "asserted", ["japan"], [], [], "2007-12-17")]),
    # an attack has the clause's weapon too, but it is the attacker's
    ("Ukrainian air defences shot down an incoming Russian hypersonic missile during an attack "
     "on Kyiv this week.",
     [("interception", "asserted", ["ukraine"], [], [], "2007-W51"),
      ("combat_use", "asserted", ["russia"], ["ukraine"], [], "2007-W51")]),
])
def test_a_test_is_the_occasion_of_its_clause(run, text, expected):
    assert summary(run(text, date="2007-12-18")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ally of the United States is not the United States
    ("Japan's navy is the first U.S. ally ever to intercept a ballistic missile from a "
     "warship.",
     [("interception", "asserted", ["japan"], [], [], None)]),
    # a group's allies are its members: "NATO allies" act as NATO
    ("NATO allies test-fired missiles in Crete on Tuesday.",
     [("missile_test", "asserted", ["nato"], [], [], "2007-12-18")]),
])
def test_an_ally_is_another_state(run, text, expected):
    assert summary(run(text, date="2007-12-18")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "on Saturday" stands past "a day after": it dates the talks, not the firing
    ("North Korea's missile firing came a day after it agreed to hold denuclearization talks "
     "with the United States on Saturday.",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("talks", "planned", ["north-korea"], ["united-states"], [], "2019-10-05")]),
    # (a date before the phrase is the firing's; the talks are a day before it)
    ("North Korea fired a missile on Tuesday, a day after talks with South Korea.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2019-10-01"),
      ("talks", "asserted", ["north-korea"], ["south-korea"], [], "2019-09-30")]),
])
def test_a_date_past_a_phrase_of_another_event_is_its(run, text, expected):
    assert summary(run(text, date="2019-10-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an event dated after the article's day is planned ...
    ("North Korea agreed to hold denuclearization talks with the United States on Saturday.",
     [("talks", "planned", ["north-korea"], ["united-states"], [], "2019-10-05")]),
    # ... but not one that takes effect on a fixed day (lexicon scheduled-events)
    ("New START expires on February 5.",
     [("expiry", "asserted", [], [], [], "2020-02-05")]),
    # ... nor one told in the past tense (a year after the article's is what the text says)
    ("Russia and the United States signed a missile treaty in Geneva in September 2020.",
     [("signing", "asserted", ["russia", "united-states"], [], [], "2020-09")]),
    # ... nor one whose date is another trigger's
    ("The arms embargo on Iran expires on October 18.",
     [("sanctions", "asserted", [], ["iran"], [], "2019-10-18")]),
])
def test_an_event_dated_ahead_is_planned(run, text, expected):
    assert summary(run(text, date="2019-10-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a progressive verb has its object after it, not in its subject as a passive would
    ("Putin said his country was at last destroying its remaining chemical weapons on "
     "Wednesday.",
     [("elimination", "asserted", ["russia", "vladimir-putin"], [], [], "2017-09-27")]),
    ("The chemical weapons stockpile was destroyed in 2023.",
     [("elimination", "asserted", [], [], [], "2023")]),
])
def test_a_progressive_verb_has_its_object_after_it(run, text, expected):
    assert summary(run(text, date="2017-09-27")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb's form used as a noun before a weapon word modifies it
    ("The navy's first strike missile submarine returned from its maiden patrol.", []),
    ("Israel said it would strike missile sites in Iran on Monday.", []),
])
def test_a_verb_form_used_as_a_noun_modifies_a_weapon(run, text, expected):
    assert summary(run(text, date="2018-11-05")) == expected


def test_an_alleged_act_is_hypothetical(run):
    assert summary(run("Washington said Iran had allegedly supplied Russia with ballistic "
                       "missiles.", date="2024-09-12")) == [
        ("deployment", "hypothetical", ["iran"], ["russia"], [], None)]


def test_the_two_leaders_are_the_states_of_the_two_last_named(run):
    assert summary(run("Joe Biden welcomed Yoon Suk Yeol to the White House on Wednesday. "
                       "The two leaders held talks on the missile threat.",
                       date="2023-04-26")) == [
        ("talks", "asserted", ["south-korea", "united-states"], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # the next sentence opens by naming the weapon the news event did not
    ("Pakistan test fired a new cruise missile on Monday. The locally developed Ra'ad missile "
     "can fly 400 kilometres.",
     [("missile_test", "asserted", ["pakistan"], [], ["raad"], "2017-09-25"),
      ("development", "asserted", ["pakistan"], [], ["raad"], None)]),
    ("NATO said a new U.S. missile defense site had become operational in Poland. Dubbed "
     "Aegis Ashore, the facility forms one piece of a larger shield.",
     [("deployment", "asserted", ["united-states"], ["poland"], ["aegis-ashore"], None)]),
    # not for an event of another year than the article's, nor one with no agent
    ("Poland destroyed its missiles in the 1990s. The Scud-B was among them.",
     [("elimination", "asserted", ["poland"], [], [], "199X")]),
    ("A missile was fired at the base on Monday. The Scud-B is an old missile.",
     [("combat_use", "asserted", [], [], [], "2017-09-25")]),
])
def test_the_next_sentence_may_open_by_naming_the_weapon(run, text, expected):
    assert summary(run(text, date="2017-09-27")) == expected


def test_the_treaty_a_successor_replaces_is_not_the_one_signed(run):
    # "the treaty" in the headline is the next one named that is not replaced ("a successor
    # to the 1991 START treaty": START I is replaced), and the year still names START I's
    # signing; the headline's signing has the day the knowledge base lists
    records = run("Obama and Medvedev sign disarmament treaty. The pact, a successor to the "
                  "1991 START treaty, is the so-called New START.", date="2010-04-08")
    assert with_treaty(records) == [
        ("signing", "asserted", ["barack-obama", "dmitry-medvedev", "russia", "united-states"],
         [], [], "2010-04-08", "new-start"),
        ("signing", "asserted", ["soviet-union", "united-states"], [], [], "1991", "start-i")]


@pytest.mark.parametrize(("text", "expected"), [
    # what began "since 1999" does not date the event told the sentence before ...
    ("India and Pakistan reached an understanding on missile test notification. It puts in "
     "writing what officials have shared since 1999.",
     [("signing", "asserted", ["india", "pakistan"], [], [], None)]),
    # ... another date of that sentence does
    ("India and Pakistan reached an understanding on missile test notification. It was "
     "announced on Saturday.",
     [("signing", "asserted", ["india", "pakistan"], [], [], "2005-08-06")]),
])
def test_a_period_start_is_no_date_of_the_event_before(run, text, expected):
    assert summary(run(text, date="2005-08-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the state agreed with is the other side, not the subject of "to hold"
    ("North Korea agreed with the United States to hold denuclearization talks.",
     [("talks", "asserted", ["north-korea"], [], [], None)]),
    # ... as the state waited for is
    ("Russia waited for Washington to ratify the treaty first.",
     [("ratification", "asserted", ["united-states"], [], [], None)]),
])
def test_a_state_agreed_with_is_no_subject_of_the_infinitive(run, text, expected):
    assert summary(run(text, date="2019-10-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "we" is the subject of the condemnation, not of the launch it condemns ...
    ("\"We condemn the missile launch,\" Abe said.",
     [("warning", "asserted", ["japan", "shinzo-abe"], [], [], "2019-10-02")]),
    # ... but of a test "we" conducted
    ("\"We have successfully tested a new missile,\" Abe said.",
     [("missile_test", "asserted", ["japan", "shinzo-abe"], [], [], "2019-10-02")]),
])
def test_we_acts_only_in_its_own_event(run, text, expected):
    assert summary(run(text, date="2019-10-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a gerund after a weapon word and a determiner is a noun: the object of the
    # condemnation, not the condemner's launch
    ("Japan condemned the missile firing.",
     [("warning", "asserted", ["japan"], [], [], "2019-10-02")]),
    ("North Korea's missile firing drew condemnation.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # a gerund after an auxiliary stays a verb
    ("Russia has been testing missiles.",
     [("missile_test", "asserted", ["russia"], [], [], None)]),
])
def test_a_gerund_after_a_weapon_word_is_a_noun(run, text, expected):
    assert summary(run(text, date="2019-10-02")) == expected


def test_a_deal_the_text_never_names_is_no_weapon_events(run):
    # "an agreement" with two states the text names fits the Singapore statement, but the
    # firing is no act under it (the agreement struck, told in a relative clause on it, is
    # the signing of that statement)
    records = run("North Korea's missile firing came a day after it unveiled an agreement "
                  "it had struck with the United States.", date="2019-10-02")
    assert with_treaty(records) == [
        ("missile_test", "asserted", ["north-korea"], [], [], None, None),
        ("signing", "asserted", ["north-korea"], ["united-states"], [], None,
         "singapore-joint-statement")]


@pytest.mark.parametrize(("text", "expected"), [
    # the actor inside a noun trigger of several words is its agent; and "last month" does
    # not name "the accord" over a verb and a determiner, so it dates the sanctions
    ("The reimposition of UN sanctions last month rendered the accord moot.",
     [("sanctions", "asserted", ["un-security-council"], [], [], "2025-09")]),
    ("The 2015 nuclear deal was signed in Vienna.",
     [("signing", "asserted", ["china", "france", "germany", "iran", "russia",
                               "united-kingdom", "united-states"], [], [], "2015")]),
])
def test_a_noun_trigger_names_its_agent(run, text, expected):
    assert summary(run(text, date="2025-10-18")) == expected
