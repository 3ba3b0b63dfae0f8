"""Shapes found in round 15 on part R: "No." before a number, title-case headlines, a year
or an accented apostrophe in a possessive, "as well as" in a list, a passive object of
"rejected", an attempt that failed, a date that goes with the verb before it, a target
attacked or retaliated against, drones launched that struck something."""

from __future__ import annotations

import pytest

from treatyx.records import ref_id

from .test_event_arguments import summary


def with_treaty(records: list[dict]) -> list[tuple]:
    """summary() with each event's treaty added."""
    events = [r for r in records if r["kind"] == "event"]
    return [(*row, ref_id(event["treaty"]))
            for row, event in zip(summary(records), events, strict=True)]


def test_no_before_a_number_ends_no_sentence(run, nlp):
    # "No." splits into "No" and "." by default: the sentence ended there and "No" read as
    # a negation, so the Council lost its sanctions
    text = "The Security Council adopted Resolution No. 2397 to sanction North Korea on Friday."
    assert len(list(nlp(text).sents)) == 1
    assert summary(run(text, date="2017-12-23")) == [
        ("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2017-12-22")]


@pytest.mark.parametrize(("text", "expected"), [
    # a title-case headline: the capitalised words between owner and noun (not the
    # headline's subject) ...
    ("US Plans Talks Over China's New Missile Deployment",
     [("talks", "asserted", ["united-states"], [], [], "2019-03-04"),
      ("deployment", "asserted", ["china"], [], [], "2019-03-04")]),
    # ... and a year between them
    ("Seoul pointed to Washington's 2019 withdrawal from the INF Treaty.",
     [("withdrawal", "asserted", ["united-states"], [], [], "2019")]),
])
def test_a_possessive_reaches_over_title_words_and_a_year(run, text, expected):
    assert summary(run(text, date="2019-03-04")) == expected


@pytest.mark.parametrize("apostrophe", ["´", "ʼ", "`"])
def test_an_accent_for_an_apostrophe_is_a_possessive(run, apostrophe):
    text = f"Parliament in Tallinn backed Estonia{apostrophe}s withdrawal from the Ottawa treaty."
    assert with_treaty(run(text, date="2025-06-27")) == [
        ("withdrawal", "asserted", ["estonia"], [], [], None, "ottawa-treaty")]


@pytest.mark.parametrize(("text", "expected"), [
    # "as well as" goes on a list after it ...
    ("Latvia and Estonia, as well as Finland, announced plans to leave the Ottawa treaty.",
     [("withdrawal", "planned", ["estonia", "finland", "latvia"], [], [], "2025-03-20")]),
    ("Britain as well as France imposed sanctions on Iran over its missile programme.",
     [("sanctions", "asserted", ["france", "united-kingdom"], ["iran"], [], None)]),
    ("New sanctions were imposed by Britain as well as France over Iran's missile programme.",
     [("sanctions", "asserted", ["france", "united-kingdom"], [], [], None)]),
    # ... and before it
    ("Poland, as well as Lithuania and Latvia, announced plans to leave the Ottawa treaty.",
     [("withdrawal", "planned", ["latvia", "lithuania", "poland"], [], [], "2025-03-20")]),
])
def test_as_well_as_joins_a_list(run, text, expected):
    assert summary(run(text, date="2025-03-20")) == expected


@pytest.mark.parametrize("text", [
    # a resolution rejected in the passive is no denial, with or without its auxiliary
    "Iranian Foreign Minister Javad Zarif said the arms embargo on Iran will end next week.\n\n"
    "Resolution rejected by members\n\nZarif added that the embargo began in 2010.",
    "Russia said the US draft on the arms embargo had failed: the resolution was rejected by "
    "eleven members.",
])
def test_a_resolution_rejected_in_the_passive_is_no_denial(run, text):
    assert [e["type"] for e in run(text, date="2020-10-14") if e["kind"] == "event"] == [
        "sanctions"]


def test_an_accusation_rejected_in_the_passive_is_a_denial(run):
    records = run("The accusations of INF Treaty violations were rejected by Moscow.",
                  date="2020-10-14")
    assert summary(records) == [("denial", "asserted", ["russia"], [], [], "2020-10-14")]


def test_a_word_further_back_is_no_passive_subject(run):
    # "talks" stands in the clause, far before "the document was signed": no object of it
    records = run("Trump said the missile engine test site was not mentioned in the Singapore "
                  "joint statement the two leaders signed after a long day of talks, since they "
                  "settled it only after the document was signed.", date="2018-06-12")
    assert summary(records) == [
        ("signing", "asserted", ["donald-trump", "united-states"], [], [], None),
        ("talks", "asserted", ["donald-trump", "united-states"], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # an attempt said to fail did not happen ...
    ("Washington tried to reimpose the UN sanctions on Tehran, but the attempt failed.",
     [("sanctions", "negated", ["united-states"], ["iran"], [], None)]),
    # ... an attempt with no failure told keeps its status ...
    ("Washington tried to reimpose UN sanctions on Tehran over its nuclear work.",
     [("sanctions", "asserted", ["united-states"], ["iran"], [], None)]),
    # ... and a failed test still took place
    ("North Korea tried to launch a missile on Monday, but the launch failed.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2020-10-12")]),
])
def test_an_attempt_that_failed_is_negated(run, text, expected):
    assert summary(run(text, date="2020-10-16")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date phrase goes with the verb it follows, not the next one
    ("The Chemical Weapons Convention was signed in 1993 and entered into force in 1997.",
     [("signing", "asserted", [], [], [], "1993", "cwc"),
      ("entry_into_force", "asserted", [], [], [], "1997", "cwc")]),
    ("The Treaty of Pelindaba was signed in 1996 and came into force in 2009.",
     [("signing", "asserted", [], [], [], "1996", "pelindaba"),
      ("entry_into_force", "asserted", [], [], [], "2009", "pelindaba")]),
])
def test_a_date_goes_with_the_nearer_trigger(run, text, expected):
    assert with_treaty(run(text, date="2024-05-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a military target attacked or retaliated against is an attack ...
    ("Saudi jets retaliated against the rebels' missile launch sites near the port on Friday.",
     [("combat_use", "asserted", ["saudi-arabia"], [], [], "2016-10-28")]),
    ("Swarms of drones attacked an oil processing facility in eastern Saudi Arabia on "
     "Saturday.",
     [("combat_use", "asserted", [], ["saudi-arabia"], [], "2016-10-29")]),
    # ... not a budget attacked, nor one only feared
    ("Critics attacked the cost of the missile defence programme.", []),
    ("Submarines let Pyongyang keep a retaliatory force in the event of any attack on its "
     "missile bases.", []),
    # an attack "in the event of" which something is done has not happened
    ("In the event of a North Korean missile strike on Seoul, Washington will defend its ally.",
     [("combat_use", "hypothetical", ["north-korea"], ["south-korea"], [], None)]),
])
def test_a_target_attacked_or_retaliated_against(run, text, expected):
    assert summary(run(text, date="2016-10-30")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # drones launched that then struck something were used in war: one attack ...
    ("The Houthis said they launched drones on Saturday that struck two oil plants.",
     [("combat_use", "asserted", ["houthis", "yemen"], [], [], "2019-09-14")]),
    # ... a missile launched that flew somewhere was tested
    ("North Korea launched a missile on Saturday that flew 600 km before landing in the sea.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2019-09-14")]),
])
def test_a_weapon_launched_that_struck_was_used(run, text, expected):
    assert summary(run(text, date="2019-09-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a missile destroyed before it reached its target was intercepted
    ("Saudi forces destroyed the Houthi missile before it reached the city.",
     [("interception", "asserted", ["saudi-arabia"], [], [], None),
      ("combat_use", "asserted", ["houthis", "yemen"], ["saudi-arabia"], [], None)]),
    ("Inspectors watched as workers destroyed the missiles at the depot.",
     [("elimination", "asserted", [], [], [], None)]),
])
def test_a_missile_destroyed_before_it_reached_its_target(run, text, expected):
    assert summary(run(text, date="2016-10-30")) == expected


@pytest.mark.parametrize("phrase", ["will not sit idly", "will not be a bystander"])
def test_not_sitting_idly_is_a_warning(run, phrase):
    text = f"Ankara {phrase} if Athens keeps placing missiles on the islands, Erdogan said."
    assert summary(run(text, date="2022-12-11")) == [
        ("warning", "asserted", ["turkey"], ["greece"], [], "2022-12-11")]


@pytest.mark.parametrize(("text", "expected"), [
    # an embargo that expires, a treaty named beside it: the embargo's expiry ...
    ("Under the JCPOA, the UN arms embargo against Iran expires on October 18.",
     [("sanctions", "asserted", ["un-security-council"], ["iran"], [], "2020-10-18", "jcpoa"),
      ("expiry", "asserted", ["united-nations"], [], [], "2020-10-18", "jcpoa")]),
    # ... a treaty that expires, no sanctions named: the treaty's, with no actor
    ("Putin offered to maintain the limits set in the New START accord after it expires in "
     "February.",
     [("extension", "hypothetical", ["russia", "vladimir-putin"], [], [], "2021-02",
       "new-start"),
      ("expiry", "asserted", [], [], [], "2021-02", "new-start")]),
])
def test_an_embargo_or_a_treaty_expires(run, text, expected):
    assert with_treaty(run(text, date="2020-10-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the sanctions a clause says someone imposed are that one's sanctions ...
    ("Tehran questioned the sanctions the EU has imposed over its missile programme.",
     [("sanctions", "asserted", ["european-union"], [], [], "2020-10-10")]),
    ("Tehran questioned the sanctions which the EU imposed over its missile programme.",
     [("sanctions", "asserted", ["european-union"], [], [], None)]),
    # ... not sanctions with no one imposing them
    ("Tehran questioned the sanctions over its missile programme.", []),
])
def test_the_sanctions_someone_imposed(run, text, expected):
    assert summary(run(text, date="2020-10-10")) == expected


def test_an_event_noun_dated_by_its_saying_is_the_earlier_event(run):
    # the noun names the test told later with its own month, not a test on the day it was
    # spoken of
    records = run("Turkey's missile test worries Athens, Erdogan said on Sunday.\n\n"
                  "In October, Turkey test-fired the Tayfun ballistic missile over the Black "
                  "Sea.", date="2022-12-11")
    assert summary(records) == [("missile_test", "asserted", ["turkey"], [], ["tayfun"],
                                 "2022-10")]


def test_an_event_noun_of_the_day_stays_apart_from_an_earlier_one(run):
    # a verb of the day is news of its own: two tests
    records = run("Turkey test-fired another ballistic missile on Sunday, Erdogan said.\n\n"
                  "In October, Turkey test-fired the Tayfun ballistic missile over the Black "
                  "Sea.", date="2022-12-11")
    assert summary(records) == [
        ("missile_test", "asserted", ["turkey"], [], [], "2022-12-11"),
        ("missile_test", "asserted", ["turkey"], [], ["tayfun"], "2022-10")]


def test_the_withdrawal_told_next_takes_its_agents(run):
    records = run("Lawmakers on Thursday approved Estonia's withdrawal from the Ottawa treaty. "
                  "The withdrawal will take effect half a year after the convention's "
                  "depositary, the UN, is notified.", date="2025-06-19")
    assert with_treaty(records) == [
        ("withdrawal", "asserted", ["estonia"], [], [], "2025-06-19", "ottawa-treaty"),
        ("withdrawal", "planned", ["estonia"], [], [], None, "ottawa-treaty")]


@pytest.mark.parametrize(("text", "expected"), [
    # a condemnation or a protest is a warning by whoever condemns, the condemned its target
    ("Japan condemned North Korea's missile launch on Sunday.",
     [("warning", "asserted", ["japan"], ["north-korea"], [], "2022-10-02"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2022-10-02")]),
    ("Tokyo lodged a strong protest with Pyongyang over the missile launch.",
     [("warning", "asserted", ["japan"], ["north-korea"], [], "2022-10-05"),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # not a condemnation named by a noun, with no one condemning
    ("North Korea's nuclear test drew international condemnation.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], None)]),
])
def test_a_condemnation_is_a_warning(run, text, expected):
    assert summary(run(text, date="2022-10-05")) == expected


def test_a_wire_dateline_without_its_dash_dates_nothing_of_its_own(run):
    # "RIYADH Oct 28" opens the text; the launch is Thursday's
    records = run("RIYADH Oct 28 Houthi fighters fired a ballistic missile toward Jeddah on "
                  "Thursday, Saudi officials said.", date="2016-10-28")
    assert summary(records) == [("combat_use", "asserted", ["houthis", "yemen"], [], [],
                                 "2016-10-27")]


def test_the_launch_confirmed_a_day_later_is_the_same_launch(run):
    records = run("Houthi fighters fired a ballistic missile toward Jeddah on Thursday. In a "
                  "statement on Friday, the rebels confirmed the launch of their Burkan-1 "
                  "missile.", date="2016-10-28")
    assert summary(records) == [("combat_use", "asserted", ["houthis", "yemen"], [],
                                 ["burkan-1"], "2016-10-27")]


@pytest.mark.parametrize(("text", "expected"), [
    # "the move" refers to an act told in the sentences before, which give the context ...
    ("Washington ordered its army to resume nuclear weapons testing. The order came a day "
     "before the summit. Moscow and Beijing condemned the move as dangerous.",
     [("nuclear_test", "planned", ["united-states"], [], [], None),
      ("warning", "asserted", ["china", "russia"], [], [], "2025-10-31")]),
    # ... not when nothing before is about arms
    ("The city banned fireworks. Moscow and Beijing condemned the move.", []),
])
def test_the_move_condemned_takes_its_context_from_before(run, text, expected):
    assert summary(run(text, date="2025-10-31")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an agreement agreed to is signed, but one another verb takes is that verb's
    ("In 2013 Washington agreed to a deal over Iran's nuclear programme.",
     [("signing", "asserted", ["united-states"], ["iran"], [], "2013")]),
    ("India and Pakistan agreed to extend their pact on cutting nuclear accident risks for "
     "five more years.",
     [("extension", "asserted", ["india", "pakistan"], [], [], None)]),
])
def test_agreeing_to_an_agreement_or_to_extend_it(run, text, expected):
    assert summary(run(text, date="2024-06-12")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a warning about plural launches or tests is about arms
    ("The State Department warned that any further launches would deepen Pyongyang's "
     "isolation.",
     [("warning", "asserted", ["united-states", "us-state-department"], [], [], "2024-06-12")]),
    ("The weather service warned that further storms would hit the coast.", []),
])
def test_plural_launches_make_a_warning_about_arms(run, text, expected):
    assert summary(run(text, date="2024-06-12")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state that protested warns; street protests are no one's warning
    ("Tokyo protested after several Chinese ballistic missiles fell in waters Japan claims as "
     "its exclusive economic zone.",
     [("warning", "asserted", ["japan"], [], [], None)]),
    ("The missile deal was signed after mass protests in Kyiv in 2014.", []),
    ("Seoul filed a formal protest with Beijing over the missile drills.",
     [("warning", "asserted", ["south-korea"], ["china"], [], "2024-06-12")]),
    # "the report" rejected takes its context from the sentence before (context-before-events)
    ("The OPCW said in a report released on Friday that Syrian forces had used chlorine in "
     "the 2018 attack. Damascus rejected the report as fabricated.",
     [("denial", "asserted", ["syria"], [], [], "2024-06-12")]),
])
def test_protests_and_a_report_rejected(run, text, expected):
    assert summary(run(text, date="2024-06-12")) == expected


def test_a_treaty_a_relative_clause_says_was_left(run):
    records = run("The Open Skies Treaty, which Washington left in 2020, allowed unarmed "
                  "observation flights.", date="2024-06-12")
    assert with_treaty(records) == [
        ("withdrawal", "asserted", ["united-states"], [], [], "2020", "open-skies")]


def test_a_nuclear_explosive_test_is_a_nuclear_test(run):
    records = run("Washington said Beijing may have carried out a nuclear explosive test at Lop "
                  "Nur.", date="2020-04-16")
    assert summary(records) == [("nuclear_test", "hypothetical", ["china"], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # "its" after the state told stands for the state that tells ...
    ("Washington formally notified Moscow of its decision to leave the INF Treaty on Friday.",
     [("withdrawal", "asserted", ["united-states"], [], [], "2019-02-01", "inf-treaty")]),
    ("Washington notified Moscow of its planned withdrawal from the INF Treaty on Friday.",
     [("withdrawal", "asserted", ["united-states"], [], [], "2019-02-01", "inf-treaty")]),
    ("The US informed Russia about its plans to withdraw from the Open Skies Treaty.",
     [("withdrawal", "planned", ["united-states"], [], [], None, "open-skies")]),
    # ... but not over an object after another verb
    ("The US imposed new sanctions on Pyongyang over its continued missile tests.",
     [("sanctions", "asserted", ["united-states"], ["north-korea"], [], None, None),
      ("missile_test", "asserted", ["north-korea"], [], [], None, None)]),
])
def test_its_after_the_state_told_is_the_teller(run, text, expected):
    assert with_treaty(run(text, date="2019-02-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # leaders who spoke by phone held talks ...
    ("Putin and Biden spoke by phone on Tuesday about arms control.",
     [("talks", "asserted", ["joe-biden", "russia", "united-states", "vladimir-putin"], [], [],
       "2024-06-11")]),
    # ... a weapon inducted into the forces is deployed
    ("India has inducted the Agni-V into its strategic forces command.",
     [("deployment", "asserted", ["india"], [], ["agni-v"], "2024-06-12")]),
])
def test_a_phone_call_and_a_weapon_inducted(run, text, expected):
    assert summary(run(text, date="2024-06-12")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date before "and" and a second verb goes with the verb before it
    ("India and Pakistan signed the pact in 2005 and extended it in 2022.",
     [("signing", "asserted", ["india", "pakistan"], [], [], "2005"),
      ("extension", "asserted", ["india", "pakistan"], [], [], "2022")]),
    # the day of a time in GMT is not the local day
    ("North Korea fired a ballistic missile at 6:45 a.m. local time (2145 GMT Wednesday).",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
])
def test_dates_of_another_verb_or_another_zone(run, text, expected):
    assert summary(run(text, date="2024-06-13")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what is ruled out is negated, what is (un)likely hypothetical
    ("Moscow has ruled out resuming nuclear tests, the Kremlin said.",
     [("nuclear_test", "negated", ["russia"], [], [], None)]),
    ("The Senate is unlikely to ratify the CTBT before the election.",
     [("ratification", "hypothetical", ["united-states", "us-senate"], [], [], None)]),
])
def test_ruled_out_and_unlikely(run, text, expected):
    assert summary(run(text, date="2024-06-13")) == expected


def test_a_protest_finds_its_context_two_sentences_back(run):
    records = run("North Korea fired a missile over Japan on Friday. Prime Minister Abe ordered "
                  "his cabinet to stay on alert. Tokyo lodged a strong protest with Pyongyang via "
                  "its embassy in Beijing.", date="2017-09-15")
    assert summary(records) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2017-09-15"),
        ("warning", "asserted", ["japan"], ["north-korea"], [], "2017-09-15")]


def test_sanctions_imposed_by_someone_are_theirs(run):
    records = run("The sanctions imposed by the EU on Russia over its missile deployments took "
                  "effect.", date="2021-04-07")
    assert summary(records) == [
        ("sanctions", "asserted", ["european-union"], [], [], None),
        ("deployment", "asserted", ["russia"], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a headline takes the context it requires from its lead ...
    ("Washington, Moscow meet for talks in Geneva\n\nThe agenda covers strategic stability "
     "and arms control, officials said on Monday.",
     [("talks", "asserted", ["russia", "united-states"], [], [], "2022-01-10")]),
    # ... and holds nothing when the lead is about something else
    ("Washington, Moscow meet for talks in Geneva\n\nThe two delegations discussed trade "
     "tariffs and visas on Monday.", []),
])
def test_a_headline_takes_its_context_from_the_lead(run, text, expected):
    assert summary(run(text, date="2022-01-10")) == expected


def test_a_withdrawal_from_ratification_undoes_it(run):
    # the ratification a withdrawal is from did not hold: no ratification of the day
    records = run("Putin signs law on Russia's withdrawal from CTBT ratification",
                  date="2023-11-02")
    assert [(e["type"], e["status"]) for e in records if e["kind"] == "event"] == [
        ("withdrawal", "asserted"), ("ratification", "negated")]
