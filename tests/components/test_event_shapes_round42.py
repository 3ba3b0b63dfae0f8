"""Shapes found in round 42 on part AS: an event noun after a preposition or a count, a name
or title set aside by commas before the verb, an event noun that is the subject of a
present perfect in the lead, uranium enriched as a development, missile-defence radars
deployed, a passive relative opened by "that", and talks one is "in"."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary

MODEL = [pytest.param(False, id="blank"), pytest.param(True, id="model")]


@pytest.mark.parametrize("model", MODEL)
@pytest.mark.parametrize(("text", "expected"), [
    # a title set aside after the name: the name is still the verb's subject
    ("Mohamed ElBaradei, the head of the IAEA, will reach Tehran this week for talks about the "
     "nuclear dispute.",
     [("talks", "planned", ["iaea", "mohamed-elbaradei"], [], [], "2006-W15")]),
    # the name set aside after the title
    ("The Russian foreign minister, Sergei Lavrov, will travel to Washington next week for "
     "talks on the INF Treaty.",
     [("talks", "planned", ["russia", "sergey-lavrov"], [], [], "2006-W16")]),
    # names in a list are no aside: each of them takes part
    ("Putin, Xi, and Modi held talks on the nuclear treaty on Monday.",
     [("talks", "asserted", ["china", "india", "narendra-modi", "russia", "vladimir-putin",
                             "xi-jinping"], [], [], "2006-04-10")]),
])
def test_an_aside_between_the_subject_and_its_verb_breaks_no_clause(run_on, model, text,
                                                                    expected):
    assert summary(run_on(text, "2006-04-11", model)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb's -s form that is the plural of a noun of its type, after a count: a noun
    ("Two test launches of a Bulava missile failed on Monday, the navy said.",
     [("missile_test", "asserted", ["russia"], [], ["bulava"], "2023-05-29")]),
    ("Three launches of Bulava missiles were carried out in 2009.",
     [("missile_test", "asserted", ["russia"], [], ["bulava"], "2009")]),
    # no noun of its type: a count of something else ("pounds")
    ("The blast left 9,000 pounds of debris near the missile base.", []),
])
def test_a_count_before_an_event_noun(run, text, expected):
    assert summary(run(text, date="2023-05-31")) == expected


def test_an_event_noun_subject_of_a_present_perfect_in_the_lead_is_the_news_of_the_day(run):
    # numbers and modifiers open the sentence: the noun is the subject, the launches the news
    text = ("Two practice launches of a Bulava missile from a submarine in the White Sea have "
            "failed.")
    assert summary(run(text, date="2023-05-31")) == [
        ("missile_test", "asserted", ["russia"], [], ["bulava"], "2023-05-31")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Iranian engineers have enriched uranium to 20 percent, the agency said on Thursday.",
     [("development", "asserted", ["iran"], [], [], "2023-05-25")]),
    # the material, and a right claimed, are no event
    ("Inspectors found traces of highly enriched uranium at the site.", []),
    ("Iran insists on its right to enrich uranium.", []),
])
def test_uranium_enriched_is_a_development(run, text, expected):
    assert summary(run(text, date="2023-05-31")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a missile-defence radar is deployed as its interceptors are
    ("The Pentagon will deploy an X-band radar in Turkey next year.",
     [("deployment", "planned", ["united-states", "us-dod"], ["turkey"], ["x-band-radar"],
       "2024")]),
    # the Cyrillic Kh read as a Latin X
    ("Ukraine sold six X-55 cruise missiles to China in 2001.",
     [("deployment", "asserted", ["ukraine"], ["china"], ["kh-55"], "2001")]),
])
def test_weapons_named_in_more_ways(run, text, expected):
    assert summary(run(text, date="2023-05-31")) == expected


@pytest.mark.parametrize("model", MODEL)
def test_a_passive_relative_opened_by_that_finds_its_weapon_before_a_place(run_on, model):
    text = ("Saudi air defences intercepted a ballistic missile above the capital that was "
            "fired by the Houthis.")
    assert summary(run_on(text, "2021-02-27", model)) == [
        ("interception", "asserted", ["saudi-arabia"], [], [], None),
        ("combat_use", "asserted", ["houthis", "yemen"], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a participle before a state's name written with dots is an adjective
    ("A report gave the tally of deployed U.S. missiles in Europe.", []),
    # a decree that allows for a delivery: it is planned
    ("A Kremlin order issued on Monday allows for the delivery of S-300 batteries to Tehran.",
     [("deployment", "planned", ["russia"], [], ["s-300"], "2023-05-29")]),
])
def test_adjectives_and_what_is_allowed(run, text, expected):
    assert summary(run(text, date="2023-05-31")) == expected


@pytest.mark.parametrize("model", MODEL)
@pytest.mark.parametrize(("text", "expected"), [
    # "be in talks": the subject talks (and the -s form after "in" is the noun)
    ("The six powers are in talks to tighten penalties on Tehran over its missile programme.",
     [("talks", "asserted", ["china", "france", "germany", "p5-plus-1", "russia",
                             "united-kingdom", "united-states"], [], [], None),
      ("sanctions", "planned", ["china", "france", "germany", "p5-plus-1", "russia",
                                "united-kingdom", "united-states"], ["iran"], [], None)]),
    # ... but who "remains in non-compliance" is accused, and the speaker accuses
    ("Moscow remains in non-compliance with the arms accord, Pompeo told reporters.",
     [("violation_allegation", "asserted", ["mike-pompeo", "united-states"], [], [],
       "2023-05-31")]),
])
def test_what_one_is_in(run_on, model, text, expected):
    assert summary(run_on(text, "2023-05-31", model)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a treaty named by the year it was signed: its signing by the states that signed it
    ("Tehran has breached the limits of the 2015 nuclear deal, the agency said.",
     [("violation_allegation", "asserted", [], ["iran"], [], "2020-02-10"),
      ("signing", "asserted", ["china", "france", "germany", "iran", "russia",
                               "united-kingdom", "united-states"], [], [], "2015")]),
    # signed by the Soviet Union, though Russia is now its party
    ("Washington quit the 1987 treaty last year.",
     [("withdrawal", "asserted", ["united-states"], [], [], "2019"),
      ("signing", "asserted", ["soviet-union", "united-states"], [], [], "1987")]),
    # a year that is not the signing's names no listed treaty: an agreement of that year,
    # whose signers the text does not say
    ("Washington quit the 2019 nuclear deal last year.",
     [("withdrawal", "asserted", ["united-states"], [], [], "2019"),
      ("signing", "asserted", [], [], [], "2019")]),
])
def test_a_treaty_named_by_its_year_was_signed_by_its_signatories(run, text, expected):
    assert summary(run(text, date="2020-02-10")) == expected


@pytest.mark.parametrize("model", MODEL)
def test_a_violation_that_is_the_attribute_of_its_subject_accuses_the_subject(run_on, model):
    text = ('"North Korea\'s missile launches are a flagrant violation of Security Council '
            'resolutions," the Japanese minister said on Friday.')
    assert summary(run_on(text, "2022-04-02", model)) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2022-04-01"),
        ("violation_allegation", "asserted", ["japan"], ["north-korea"], [], "2022-04-01")]


@pytest.mark.parametrize(("text", "expected"), [
    # a participle and "by" after the noun's own phrase and a comma, or after "was"
    ("The drone attack on the refinery, carried out by the Houthis, caused a fire.",
     [("combat_use", "asserted", ["houthis", "yemen"], [], [], None)]),
    ("The drone attack on the refinery was claimed by the Houthis.",
     [("combat_use", "asserted", ["houthis", "yemen"], [], [], None)]),
])
def test_who_carried_out_or_claimed_an_attack_made_it(run, text, expected):
    assert summary(run(text, date="2021-02-27")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the state one goes to, or is due in, for talks is a side of them
    ("The US envoy traveled to Oman on Friday for talks with Iranian officials on the nuclear "
     "programme.",
     [("talks", "asserted", ["united-states"], ["iran", "oman"], [], "2006-04-07")]),
    ("The agency's head, ElBaradei, is due in Iran next week for talks with its leaders on "
     "the nuclear programme.",
     [("talks", "planned", ["iaea", "mohamed-elbaradei"], ["iran"], [], "2006-W16")]),
    # a capital after "to" is a place, no side
    ("The US envoy traveled to Geneva on Friday for talks on the nuclear programme.",
     [("talks", "asserted", ["united-states"], [], [], "2006-04-07")]),
])
def test_the_state_visited_for_talks_takes_part(run, text, expected):
    assert summary(run(text, date="2006-04-11")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # warnings, denials, allegations and signings take their arms context from the two
    # sentences before or after theirs (lexicon near-context-events) ...
    ("Japan protested strongly on Monday. The statement was brief. It followed the launch of "
     "a ballistic missile by North Korea.",
     [("warning", "asserted", ["japan"], [], [], "2024-03-04"),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # ... not from further away
    ("Japan protested strongly on Monday. The statement was brief. Reporters waited outside. "
     "It followed the launch of a ballistic missile by North Korea.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
])
def test_arms_context_from_the_sentences_near(run, text, expected):
    assert summary(run(text, date="2024-03-05")) == expected



def test_talks_take_their_context_from_the_sentences_near(run):
    text = ("Trump and Putin met in Helsinki on Monday. The weather was warm. Nuclear arms "
            "control topped their agenda.")
    assert summary(run(text, date="2018-07-17")) == [
        ("talks", "asserted", ["donald-trump", "russia", "united-states", "vladimir-putin"], [],
         [], "2018-07-16")]


@pytest.mark.parametrize("model", MODEL)
@pytest.mark.parametrize(("text", "expected"), [
    # "will not be at the talks": no part in them, on the parse too
    ("Japan said it will not be at the nuclear talks in Beijing.",
     [("talks", "negated", ["japan"], [], [], None)]),
    # the summit on whose sidelines a meeting takes place is where, not another event
    ("Putin told reporters he had raised the treaty with Trump at a meeting on the margins of "
     "the G20 leaders' summit in Osaka on Saturday.",
     [("talks", "asserted", ["russia", "vladimir-putin"], ["g20"], [], "2019-06-29")]),
])
def test_where_a_meeting_is_held_and_who_is_not_there(run_on, model, text, expected):
    assert summary(run_on(text, "2019-07-05", model)) == expected
