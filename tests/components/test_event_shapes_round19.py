"""Shapes found in round 19 on part V: what a denial denies without "that", a passive verb
with an adverb, a word of a state's name that is no anaphor, a possessive before a long noun
phrase, a verb joined by "or" to a negated one, "any" under a negated verb, and clock
times written "0755 h"."""

from __future__ import annotations

import pytest

import treatyx

from ..conftest import check_records
from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow has always denied its new cruise missile breaches the INF Treaty.",
     [("denial", "asserted", ["russia"], [], [], None)]),
    ("Moscow denied on Monday that its new missile had violated the treaty.",
     [("denial", "asserted", ["russia"], [], [], "2019-01-21")]),
    # a comma ends what is denied: the allegation after it is the speaker's own
    ("Moscow denied the report, but Washington says the missile violates the treaty.",
     [("denial", "asserted", ["russia"], [], [], "2019-01-23"),
      ("violation_allegation", "asserted", ["united-states"], [], [], "2019-01-23")]),
])
def test_what_a_denial_denies_is_no_allegation_of_its_own(run, text, expected):
    assert [e[:4] + e[5:] for e in summary(run(text, date="2019-01-23"))] == \
        [e[:4] + e[5:] for e in expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of a passive verb is what was condemned, however the adverb stands
    ("A North Korean missile test on Sunday was widely condemned by world leaders.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2017-02-12")]),
    ("Syria was repeatedly accused of violating the convention.",
     [("violation_allegation", "asserted", [], ["syria"], [], "2017-02-14")]),
    ("Two Iranian missiles were quickly intercepted by Israel on Sunday.",
     [("combat_use", "asserted", ["iran"], ["israel"], [], "2017-02-12"),
      ("interception", "asserted", ["israel"], [], [], "2017-02-12")]),
])
def test_a_passive_verb_takes_its_agent_from_by_past_an_adverb(run, text, expected):
    assert summary(run(text, date="2017-02-14")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (the penalties a resolution would have placed are sanctions that did not happen)
    ("A draft resolution would have placed fresh penalties on Pyongyang for its latest "
     "intercontinental ballistic missile launches.",
     [("sanctions", "hypothetical", [], ["north-korea"], [], None),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # a word that is no modifier of event nouns keeps "its" to two of them
    ("A draft resolution would have placed fresh penalties on Pyongyang for its strikingly "
     "hostile rhetoric and the missile launches.",
     [("sanctions", "hypothetical", [], ["north-korea"], [], None)]),
])
def test_its_before_a_long_noun_phrase_of_modifiers_owns_the_event(run, text, expected):
    assert summary(run(text, date="2022-05-27")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran would not test, or deploy, new missiles.",
     [("missile_test", "negated", ["iran"], [], [], None),
      ("deployment", "negated", ["iran"], [], [], None)]),
    # with no "not", the second verb is as plain as the first
    ("Iran will test, or deploy, new missiles.",
     [("missile_test", "planned", ["iran"], [], [], None),
      ("deployment", "planned", ["iran"], [], [], None)]),
])
def test_a_verb_joined_by_or_shares_the_status_of_the_verb_before(run, text, expected):
    assert summary(run(text, date="2021-03-17")) == expected


def test_a_noun_after_any_stays_under_its_verbs_negation_with_a_parse(trained_nlp):
    text = ("China and Russia supported the text since it did not hold any direct threat of "
            "sanctions on Iran.")
    records = check_records(treatyx.extract(text, date="2006-02-04", nlp=trained_nlp), text)
    assert [(e[0], e[1]) for e in summary(records)] == [("sanctions", "negated")]


def test_a_negated_verb_whose_object_holds_the_event_leaves_it_asserted_with_a_parse(
        trained_nlp):
    text = "So far Israel has not replied to the most recent missile attack by Iran."
    records = check_records(treatyx.extract(text, date="2024-04-15", nlp=trained_nlp), text)
    assert summary(records) == [("combat_use", "asserted", ["iran"], [], [], None)]


@pytest.mark.parametrize(("text", "value"), [
    ("North Korea fired a missile at 0540 h from the east coast.", "2017-02-14T05:40"),
    ("North Korea fired a missile at 0540 h local time from the east coast.",
     "2017-02-14T05:40"),
    ("North Korea fired a missile at 2210 h GMT from the east coast.", "2017-02-14T22:10Z"),
])
def test_a_clock_time_written_with_h_is_a_time_and_no_target(run, text, value):
    records = run(text, date="2017-02-14")
    assert [r["value"] for r in records if r["kind"] == "date"] == [value]
    assert [e[:3] for e in summary(records)] == [("missile_test", "asserted", ["north-korea"])]


@pytest.mark.parametrize(("text", "expected"), [
    # a warning that qualifies a noun is a thing, not a warning given
    ("Warning sirens sounded across Kuwait City as the missiles flew over.", []),
    ("The ship fired warning shots at the drone.", []),
    ("Kuwait warned Iraq on Thursday against further missile attacks.",
     [("warning", "asserted", ["kuwait"], ["iraq"], [], "2003-03-20")]),
])
def test_a_warning_that_qualifies_a_noun_is_no_warning(run, text, expected):
    assert summary(run(text, date="2003-03-21")) == expected


def test_a_state_referred_to_the_security_council_is_accused_by_whoever_refers_it(run):
    text = ("The IAEA board voted on Saturday to report Iran to the UN Security Council. Tehran "
            "said it would resume uranium enrichment.")
    assert summary(run(text, date="2006-02-05")) == [
        ("violation_allegation", "asserted", ["iaea", "iaea-board-of-governors"], ["iran"], [],
         "2006-02-04"),
        ("development", "planned", ["iran"], [], [], "2006-02-05")]


@pytest.mark.parametrize(("text", "expected"), [
    ("India has been shut out of nuclear commerce since its atomic test of 1974.",
     [("nuclear_test", "asserted", ["india"], [], [], "1974")]),
    ("On Thursday, the director said that since Israel's air strike on the desert site, Syria "
     "had built nothing new.",
     [("combat_use", "asserted", ["israel"], [], [], None)]),
    # without "since", the strike is what the director told of on Thursday
    ("On Thursday, the director said that Israel's air strike on the desert site had "
     "destroyed the reactor.",
     [("combat_use", "asserted", ["israel"], [], [], "2008-04-24")]),
])
def test_an_event_noun_after_since_takes_neither_the_status_nor_the_date_of_its_clause(
        run, text, expected):
    assert summary(run(text, date="2008-04-25")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the weapon of the opening launch is used in the attack told after it: that attack
    ("Three missiles were launched by Iraq at Kuwait today, one of them a Scud, a British "
     "spokesman said.",
     [("combat_use", "asserted", ["iraq"], ["kuwait"], ["scud-b"], "2003-03-20")]),
    # another weapon's attack leaves the launch a launch
    ("Three Al-Samoud missiles were launched by Iraq at Kuwait today, a British spokesman "
     "said.",
     [("missile_test", "asserted", ["iraq"], [], ["scud-b"], "2003-03-20"),
      ("combat_use", "asserted", ["iraq"], ["kuwait"], ["al-samoud-2"], "2003-03-20")]),
])
def test_a_launch_that_opens_the_text_is_the_attack_told_after_it(run, body, expected):
    text = "Iraq launches Scud missiles\n\n" + body
    assert summary(run(text, date="2003-03-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the supplier after "from", over "and"; the sanctioned buyer, before "for" and a date
    ("The US imposed sanctions on the Chinese People's Liberation Army on Thursday for buying "
     "combat aircraft and air defence missiles from Russia.",
     [("sanctions", "asserted", ["united-states"], ["china", "pla"], [], "2018-09-20"),
      ("deployment", "asserted", ["russia"], ["china", "pla"], [], "2018-09-20")]),
    # the supplier's adjective before the weapon bought
    ("Washington sanctioned Ankara over Turkey's purchase of a Russian missile system.",
     [("sanctions", "asserted", ["united-states"], ["turkey"], [], None),
      ("deployment", "asserted", ["russia"], ["turkey"], [], None)]),
    # no supplier named: no transfer
    ("Joining the group will let India buy missile technology.", []),
])
def test_weapons_bought_from_a_state_are_its_transfer_to_the_buyer(run, text, expected):
    assert summary(run(text, date="2018-09-21")) == expected


def test_the_actor_before_for_does_what_the_gerund_tells(run):
    records = run("The US imposed sanctions on Iran for testing ballistic missiles.")
    assert summary(records) == [
        ("sanctions", "asserted", ["united-states"], ["iran"], [], None),
        ("missile_test", "asserted", ["iran"], [], [], None)]


def test_the_lead_is_counted_from_the_first_line_that_tells_an_event(run):
    # a web page's lines before its news ("Skip to main content") are no lead sentences
    text = ("Skip to main content\nAll news\nLatest stories\nAdvertisement\n\nTehran faces UN "
            "referral\n\nThe IAEA board has voted to report Tehran to the UN Security Council "
            "over its nuclear work.")
    assert summary(run(text, date="2006-02-04")) == [
        ("violation_allegation", "asserted", ["iaea", "iaea-board-of-governors"], ["iran"], [],
         "2006-02-04")]


@pytest.mark.parametrize(("text", "expected"), [
    ("On Sunday, President Joe Biden told Pentagon chief Lloyd Austin to send a THAAD battery "
     "to Israel.",
     [("deployment", "planned", ["lloyd-austin", "united-states"], ["israel"], ["thaad"],
       "2024-10-13")]),
    # told without "to": what is told took place
    ("The Pentagon told reporters on Sunday that the US sent a THAAD battery to Israel.",
     [("deployment", "asserted", ["united-states"], ["israel"], ["thaad"], "2024-10-13")]),
])
def test_what_someone_is_told_to_do_is_planned(run, text, expected):
    assert summary(run(text, date="2024-10-14")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a warning not given tells nothing ...
    ("Britain said it will not use, or threaten to use, its nuclear arms against states that "
     "have none.", []),
    ("US officials said the missile did not threaten the destroyer.", []),
    # ... a test not carried out still does
    ("North Korea did not test a missile on Sunday, Seoul said.",
     [("missile_test", "negated", ["north-korea"], [], [], "2021-03-14")]),
])
def test_a_negated_warning_is_no_event(run, text, expected):
    assert summary(run(text, date="2021-03-17")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body's meeting to come is news ...
    ("The UN Security Council will hold an emergency meeting on Thursday on the missile "
     "launches.",
     [("talks", "planned", ["un-security-council"], [], [], "2006-07-06")]),
    # ... as is one the agency's board of 35 states held (round 52: a body of states' meeting
    # is its members' talks, and the board acts for the agency), but not a state's own
    # meeting to come
    ("The IAEA board held an emergency meeting in Vienna on the safeguards budget.",
     [("talks", "asserted", ["iaea", "iaea-board-of-governors"], [], [], None)]),
    ("The prime minister will hold a meeting with his defence ministers on Thursday about the "
     "missile launches.", []),
    # "was to" tells what was to come
    ("The UN Security Council was to meet later on Wednesday.",
     [("talks", "planned", ["un-security-council"], [], [], "2006-07-05")]),
])
def test_a_meeting_a_body_will_hold_is_planned_talks(run, text, expected):
    assert summary(run(text, date="2006-07-05")) == expected


def test_a_date_after_anniversary_of_dates_another_event(run):
    text = ("Iran announced that it had sent a satellite into orbit on Tuesday. The launch of "
            "the Omid satellite was meant to mark the anniversary of the 1979 revolution.")
    assert summary(run(text, date="2009-02-04")) == [
        ("missile_test", "asserted", ["iran"], [], ["omid"], "2009-02-03")]


@pytest.mark.parametrize(("text", "expected"), [
    # a day and month before the article's day, told in the past: last year's
    ("Russia fired a ballistic missile on November 21, the ministry said.",
     [("missile_test", "asserted", ["russia"], [], [], "2024-11-21")]),
    # ... as is a gerund after a comma that follows a verb in the past tense
    ("Russia test-fired the Oreshnik on November 21, hitting a defense industry facility in "
     "Dnipro.",
     [("missile_test", "asserted", ["russia"], [], ["oreshnik"], "2024-11-21"),
      ("combat_use", "asserted", ["russia"], [], [], "2024-11-21")]),
    # what is set to come keeps the day to come
    ("The New START treaty is set to expire on February 5, the ministry said.",
     [("expiry", "asserted", [], [], [], "2026-02-05")]),
])
def test_a_day_told_in_the_past_is_no_day_to_come(run, text, expected):
    assert summary(run(text, date="2025-10-31")) == expected
