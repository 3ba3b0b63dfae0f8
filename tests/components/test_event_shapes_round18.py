"""Shapes found in round 18 on part U: a place after "at", a treaty's parties named before
it, weapons delivered to another state, a programme halted, a longer trigger that needs more
than a shorter one inside it, steps still to come, the light verb that owns an event noun,
nuclear facilities dismantled, inspectors sent away and talks quit."""

from __future__ import annotations

import pytest

import treatyx

from ..conftest import check_records
from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # an institution after "at" is where a treaty is adopted or talks are held
    ("On Friday, 122 countries adopted a treaty banning nuclear weapons at the United Nations "
     "in New York.",
     [("signing", "asserted", [], [], [], "2017-07-07")]),
    ("Russia and the United States held talks at NATO headquarters on Tuesday about the "
     "missile deployments.",
     [("talks", "asserted", ["russia", "united-states"], [], [], "2017-07-04")]),
    ("Russia and the United States held talks with NATO on Tuesday about the missile "
     "deployments.",
     [("talks", "asserted", ["russia", "united-states"], ["nato"], [], "2017-07-04")]),
    # one fires at a target
    ("Iran fired missiles at Israel on Friday.",
     [("combat_use", "asserted", ["iran"], ["israel"], [], "2017-07-07")]),
])
def test_an_actor_after_at_is_the_place_of_a_treaty_act_or_talks(run, text, expected):
    assert summary(run(text, date="2017-07-08")) == expected


def test_a_treaty_described_by_what_it_bans_is_named(run):
    records = run("On Friday, 122 countries adopted a treaty banning nuclear weapons.",
                  date="2017-07-08")
    assert [r["treaty"]["id"] for r in records if r["kind"] == "event"] == ["tpnw"]
    tests_ban = run("The treaty banning nuclear weapons tests was signed in 1963.")
    assert all((r.get("treaty") or {}).get("id") != "tpnw" for r in tests_ban)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Duma ratified the U.S.-Russian Moscow Treaty on Wednesday.",
     [("ratification", "asserted", ["russia", "state-duma"], [], [], "2017-07-05")]),
    ("Putin suspended the US-Russian nuclear arms treaty New START on Tuesday.",
     [("suspension", "asserted", ["russia", "vladimir-putin"], [], [], "2017-07-04")]),
    # the other party after "with" stays the target
    ("Moscow signed the treaty with the United States in May 2002.",
     [("signing", "asserted", ["russia"], ["united-states"], [], "2002-05")]),
])
def test_the_parties_named_before_a_treaty_are_no_target(run, text, expected):
    assert summary(run(text, date="2017-07-08")) == expected


def test_a_by_phrase_inside_a_that_clause_is_not_the_agent_of_the_verb_before(run):
    text = ("NATO chief Anders Fogh Rasmussen said the missiles were defensive. He warned that "
            "the use of nerve gas by Syria would draw a firm reply.")
    assert summary(run(text, date="2012-12-04")) == [
        ("warning", "asserted", ["anders-fogh-rasmussen", "nato"], [], [], "2012-12-04")]


@pytest.mark.parametrize(("text", "expected"), [
    ("India delivered its first BrahMos missiles to the Philippines on Friday.",
     [("deployment", "asserted", ["india"], ["philippines"], ["brahmos"], "2024-04-19")]),
    ("Germany and the Netherlands plan to provide Patriot batteries, the ministers said.",
     [("deployment", "planned", ["germany", "netherlands"], [], ["patriot"], None)]),
    # (told in the past in an article of April: last May)
    ("Britain shipped Storm Shadow missiles to Ukraine in May.",
     [("deployment", "asserted", ["united-kingdom"], ["ukraine"], ["storm-shadow"], "2023-05")]),
    ("Aircraft and shipping lanes near the missile range were closed.", []),
    # what a missile could deliver is its payload
    ("North Korea said it tested a new missile that could deliver nuclear warheads to the US "
     "mainland.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
    ("The ministry provided details of the missile test.", []),
    # the contract's signing (round 25), but no delivery
    ("Ankara signed the supply contract for the S-400 in 2017.",
     [("signing", "asserted", ["turkey"], [], ["s-400"], "2017")]),
    # a participle glued to a name is an adjective: no delivery, and the strike keeps its
    # weapon
    ("Ukraine struck facilities in Kursk using US-supplied ATACMS missiles.",
     [("combat_use", "asserted", ["ukraine"], [], ["atacms"], None)]),
])
def test_weapons_delivered_to_another_state_are_a_deployment_by_the_supplier(run, text,
                                                                              expected):
    assert summary(run(text, date="2024-04-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the development halted is the moratorium's, not an event of its own
    ("Libya agreed on Friday to halt its programme to develop weapons of mass destruction.",
     [("moratorium", "asserted", ["libya"], [], [], "2003-12-19")]),
    ("North Korea froze its nuclear weapons programme in 1994.",
     [("moratorium", "asserted", ["north-korea"], [], [], "1994")]),
    # calls to halt it are no halt
    ("North Korea has ignored international calls to halt its nuclear and missile "
     "programmes.",
     [("moratorium", "hypothetical", ["north-korea"], [], [], None)]),
    # a programme others stop is no moratorium
    ("Trump threatened a military strike to stop the country's nuclear programme.",
     [("warning", "asserted", ["donald-trump", "united-states"], [], [], "2003-12-20")]),
])
def test_a_weapons_programme_halted_by_its_state_is_a_moratorium(run, text, expected):
    assert summary(run(text, date="2003-12-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "vote to ratify" (a legislature's approval) wants the treaty right after it; "ratify"
    # takes the treaty the text names (whose cuts are an elimination: with one of its two
    # parties named, nobody's)
    ("On Wednesday the State Duma voted to ratify a nuclear arms reduction treaty. The Moscow "
     "Treaty cuts both arsenals by two-thirds.",
     [("ratification", "asserted", ["russia", "state-duma"], [], [], "2003-05-14"),
      ("elimination", "asserted", [], [], [], None)]),
    # a step still to come
    ("The Moscow Treaty must still be approved by the Federation Council.",
     [("ratification", "planned", ["federation-council", "russia"], [], [], None)]),
    ("Putin used a session on Tuesday to urge lawmakers to ratify the Moscow Treaty.",
     [("ratification", "hypothetical", ["russia", "vladimir-putin"], [], [], "2003-05-13")]),
    # a treaty opened for signature has no signer yet, whoever approved it
    ("Countries adopted the nuclear weapons ban treaty on Friday. Now approved by the UN, the "
     "pact will be open for signature from September 20.",
     [("signing", "asserted", [], [], [], "2003-05-09"),
      ("signing", "planned", [], [], [], "2003-09-20")]),
])
def test_ratification_steps_done_and_still_to_come(run, text, expected):
    assert summary(run(text, date="2003-05-14")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "level" is a light verb; glued by a hyphen to the word before it, it is none
    ("Tokyo leveled new sanctions against North Korea after the tests.",
     [("sanctions", "asserted", ["japan"], ["north-korea"], [], None)]),
    ("The test-fire came soon after a round of high-level talks between New Delhi and "
     "Islamabad.",
     [("talks", "asserted", ["india", "pakistan"], [], [], None)]),
    # a light verb's own object and a verb after "to": the event noun is that verb's object
    ("Early on Wednesday North Korea launched seven ballistic missiles toward the Sea of "
     "Japan. Tokyo officials held crisis meetings to monitor the launches with help from U.S. "
     "satellites.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2006-07-05")]),
    ("Japan held emergency meetings to monitor the missile launches.", []),
    ("Trump told reporters he had planned to place 250 more sanctions on North Korea.",
     [("sanctions", "planned", ["donald-trump", "united-states"], ["north-korea"], [], None)]),
])
def test_the_light_verb_that_owns_an_event_noun(run, text, expected):
    assert summary(run(text, date="2006-07-05")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The resolution calls for Iran to ratify the Additional Protocol.",
     [("ratification", "hypothetical", ["iran"], [], [], None)]),
    # the suspension of enrichment is a halt of it, not of the treaty named beside it
    ("The resolution demands a suspension of uranium enrichment and reprocessing work under "
     "the Additional Protocol.",
     [("moratorium", "hypothetical", [], [], [], None)]),
])
def test_what_a_resolution_calls_for_has_not_happened(run, text, expected):
    assert summary(run(text, date="2006-12-23")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the second verb after "and" shares the modal of the first, however far back it stands
    ("Under the draft accord, Iran would close half of the centrifuge halls that enrich "
     "uranium which might one day serve a weapon, and dismantle a reactor able to yield "
     "plutonium.",
     [("elimination", "hypothetical", ["iran"], [], [], None)]),
    ("North Korea began to disable its nuclear reactor at Yongbyon in November 2007.",
     [("elimination", "asserted", ["north-korea"], [], [], "2007-11")]),
    # a plant with no nuclear word in its sentence is no weapons facility
    ("The city will demolish the old power plant next year.", []),
])
def test_nuclear_facilities_dismantled_by_their_state(run, text, expected):
    assert summary(run(text, date="2015-04-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # inspectors ordered out inspect no more; the state that orders them out acts
    # UN nuclear inspectors are the IAEA's (round 20)
    ("North Korea ordered UN nuclear inspectors to leave the country on Tuesday.",
     [("inspection", "negated", ["north-korea"], ["iaea"], [], "2009-04-14")]),
    # talks quit are not held
    ("North Korea said on Tuesday it would quit the six-party talks on its nuclear programme.",
     [("talks", "negated", ["north-korea"], [], [], "2009-04-14")]),
])
def test_inspectors_sent_away_and_talks_quit(run, text, expected):
    assert summary(run(text, date="2009-04-15")) == expected


P5 = ["china", "france", "germany", "iran", "p5-plus-1", "russia", "united-kingdom",
      "united-states"]


@pytest.mark.parametrize(("text", "expected"), [
    # talks in a phrase of time after the light verb's object are its subject's own, and
    # "for no less than a decade" is a length, not "a decade after" the talks
    ("World powers and Iran reached a framework accord on Thursday on limiting Iran's "
     "nuclear work for no less than a decade after nine days of talks.",
     [("signing", "asserted", P5, [], [], "2015-04-02"),
      ("talks", "asserted", P5, [], [], "2015-04-02")]),
    # the launch a meeting is "on" is not the cabinet's
    ("Japan's cabinet held an emergency meeting on Thursday on the missile launch.", []),
])
def test_talks_before_an_agreement(run, text, expected):
    assert summary(run(text, date="2015-04-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (the treaty's cuts are both parties' elimination)
    ("Senate backs U.S.-Russia pact to cut active nuclear warheads",
     [("ratification", "asserted", ["united-states", "us-senate"], [], [], None),
      ("elimination", "asserted", ["russia", "united-states"], [], [], None)]),
    ("The TPNW was adopted at the UN Conference in Manhattan on July 7, 2017.",
     [("signing", "asserted", [], [], [], "2017-07-07")]),
])
def test_a_parse_gives_no_place_or_treaty_party_as_target(trained_nlp, text, expected):
    """With --model, the parse's object passes the same tests as a target found by word
    positions."""
    records = check_records(treatyx.extract(text, nlp=trained_nlp), text)
    assert summary(records) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the actor right before a gerund, after a preposition, is its subject
    ("Officials said the warning was about Russia developing a space weapon able to knock "
     "out satellites.",
     [("development", "asserted", ["russia"], [], [], None)]),
    ("Officials spoke of North Korea testing a new missile.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
    ("The allies staged the drills as a reply to North Korea launching an intercontinental "
     "missile.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
])
def test_the_actor_before_a_gerund_is_its_subject(run, text, expected):
    assert summary(run(text, date="2024-02-16")) == expected
