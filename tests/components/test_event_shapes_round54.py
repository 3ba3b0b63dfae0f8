"""Shapes found in round 54 on part BE and the parts tuned on before: the day of a saying
in a clause after an opening date, a clause of time or cause that keeps its own status and
subject, "each side" of a pair, the agent of a denunciation, and the two sides of a story
named long before."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # a date in the clause of the verb of saying dates what is said, not the opening date of
    # the clause before ...
    ("In 2021 Moscow and Washington prolonged New START by five years, yet on 3 March 2023 the "
     "Kremlin said that Russia would suspend its part in the pact.",
     [("extension", "asserted", ["russia", "united-states"], [], [], "2021"),
      ("suspension", "planned", ["russia"], [], [], "2023-03-03")]),
    ("In 2021 Moscow and Washington extended New START, and in February 2023 the Kremlin "
     "announced that Russia would suspend the treaty.",
     [("extension", "asserted", ["russia", "united-states"], [], [], "2021"),
      ("suspension", "planned", ["russia"], [], [], "2023-02")]),
    # ... while with no date in the saying's clause the opening date still dates what the
    # sentence tells (not a date of an earlier clause)
    ("In February 2023 the Kremlin announced that Russia would suspend New START.",
     [("suspension", "planned", ["russia"], [], [], "2023-02")]),
    ("In 2021 Moscow and Washington extended the arms treaty they had signed in 2010, and the "
     "Kremlin said that Russia would suspend New START.",
     [("extension", "asserted", ["russia", "united-states"], [], [], "2021"),
      ("signing", "asserted", ["russia", "united-states"], [], [], "2010"),
      ("suspension", "planned", ["russia"], [], [], "2021")]),
])
def test_the_day_of_a_saying_after_an_earlier_clause(run, text, expected):
    assert summary(run(text, date="2023-06-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a negation or a plan before "since" or "because" is not the status of the verb after
    ("Moscow has not sent any notifications since it suspended New START in February.",
     [("suspension", "asserted", ["russia"], [], [], "2023-02")]),
    ("Seoul will skip the talks because Pyongyang fired a ballistic missile on Monday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2023-05-29")]),
    # the pronoun after "since" is the subject of the clause it depends on, not the speaker
    ("Washington says Russia has sent no notifications under the nuclear treaty since it "
     "suspended New START in February.",
     [("suspension", "asserted", ["russia"], [], [], "2023-02")]),
    # a negation in the verb's own clause still counts
    ("Moscow says it has not suspended New START since the war began.",
     [("suspension", "negated", ["russia"], [], [], None)]),
])
def test_a_clause_of_time_or_cause_keeps_its_own_status(run, text, expected):
    assert summary(run(text, date="2023-06-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Delegations of India and Pakistan held talks on nuclear confidence-building in Islamabad "
     "on Sunday. Each side reaffirmed its moratorium on nuclear test explosions.",
     [("talks", "asserted", ["india", "pakistan"], [], [], "2004-06-20"),
      ("moratorium", "asserted", ["india", "pakistan"], [], [], "2004-06-20")]),
    # no pair named: nobody
    ("Each side in the dispute reaffirmed its moratorium on nuclear test explosions.", []),
])
def test_each_side_of_a_pair(run, text, expected):
    assert summary(run(text, date="2004-06-21")) == expected


@pytest.mark.parametrize("body", ["the Security Council", "the UN Security Council (UNSC)"])
def test_the_agent_of_a_denunciation_does_not_own_what_it_denounces(run, body):
    records = run(f"North Korea threatened a nuclear test on Sunday after the denouncement by "
                  f"{body} of its recent missile launches.", date="2014-03-31")
    assert summary(records) == [
        ("warning", "asserted", ["north-korea"], [], [], "2014-03-30"),
        ("nuclear_test", "asserted", ["north-korea"], [], [], "2014-03-30"),
        ("warning", "asserted", ["un-security-council"], [], [], None),
        ("missile_test", "asserted", ["north-korea"], [], [], None)]


STORY = ("Biden and Putin closed their nuclear arms summit in Helsinki on Wednesday.\n\n"
         "The talks took place in a palace by the harbour{aside}.\n\n"
         "Later, American aides described the session as productive. Crowds gathered nearby.\n\n"
         "The two sides then unveiled a joint declaration on nuclear arms control.")


@pytest.mark.parametrize(("aside", "expected"), [
    # no pair in the sentences just before: the two states the story names most
    ("", [("talks", "asserted", ["joe-biden", "russia", "united-states", "vladimir-putin"],
           [], [], "2021-06-16"),
          ("signing", "asserted", ["russia", "united-states"], [], [], None)]),
    # two states named as often as the second: no guess
    (", and Germany and France welcomed them",
     [("talks", "asserted", ["joe-biden", "russia", "united-states", "vladimir-putin"],
       [], [], "2021-06-16")]),
])
def test_the_two_sides_of_the_story(run, aside, expected):
    assert summary(run(STORY.format(aside=aside), date="2021-06-17")) == expected


def test_the_two_sides_may_be_a_state_and_a_body(run):
    records = run("Washington pressed Tehran to keep the nuclear inspections going. Later Iran "
                  "and the IAEA published a joint statement saying the two sides had reached a "
                  "temporary understanding on inspections.", date="2021-02-22")
    assert summary(records) == [
        ("inspection", "hypothetical", ["iran"], [], [], None),
        ("signing", "asserted", ["iaea", "iran"], [], [], None)]


def test_two_sides_that_agree_to_have_a_dialogue_conclude_nothing(run):
    records = run("Biden and Putin met in Helsinki on Wednesday. The two leaders agreed to have "
                  "a dialogue on nuclear arms control.", date="2021-06-17")
    assert summary(records) == [
        ("talks", "asserted", ["joe-biden", "russia", "united-states", "vladimir-putin"], [], [],
         "2021-06-16")]



@pytest.mark.parametrize(("text", "expected"), [
    # UN sanctions are the Security Council's ...
    ("The sanctions the United Nations imposed last month hit Iranian banks over the nuclear "
     "programme.",
     [("sanctions", "asserted", ["un-security-council"], [], [], "2010-06")]),
    # ... while the United Nations warns as itself
    ("The United Nations warned North Korea against another nuclear test.",
     [("warning", "asserted", ["united-nations"], ["north-korea"], [], "2010-07-02"),
      ("nuclear_test", "hypothetical", ["north-korea"], [], [], None)]),
])
def test_the_organ_a_body_acts_through(run, text, expected):
    assert summary(run(text, date="2010-07-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a phrase split by its date is the phrase
    ("Seoul and Pyongyang agreed on Wednesday to halt all hostile acts, including missile "
     "drills, along the border.",
     [("signing", "asserted", ["north-korea", "south-korea"], [], [], "2018-09-19")]),
    ("Seoul and Pyongyang agreed Wednesday to halt all hostile acts, including missile drills, "
     "along the border.",
     [("signing", "asserted", ["north-korea", "south-korea"], [], [], "2018-09-19")]),
    ("The US withdrawal on Friday from the INF Treaty ended the pact.",
     [("withdrawal", "asserted", ["united-states"], [], [], "2018-09-14")]),
    # nothing else is joined across a date
    ("Seoul and Pyongyang met on Wednesday to halt the missile drills along the border.",
     [("talks", "asserted", ["north-korea", "south-korea"], [], [], "2018-09-19")]),
])
def test_a_phrase_split_by_a_date(run, text, expected):
    assert summary(run(text, date="2018-09-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a test launched from a state, no one else named, is that state's
    ("Officials said two missiles were launched from the eastern coast of North Korea on "
     "Wednesday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2019-10-02")]),
    ("Officials said a missile was launched, from Iran's southern coast, on Wednesday.",
     [("missile_test", "asserted", ["iran"], [], [], "2019-10-02")]),
    ("Two ballistic missiles were fired from near Wonsan on North Korea's east coast on "
     "Wednesday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2019-10-02")]),
    # ... with its day between, or a region of it
    ("Officials said the missiles were fired on Wednesday from northern Syria.",
     [("missile_test", "asserted", ["syria"], [], [], "2019-10-02")]),
    # a region of the state a test flies over is a place, no target, as is the state
    ("Officials said Iran test-fired two Shahab missiles over southern Iraq on Wednesday.",
     [("missile_test", "asserted", ["iran"], [], [], "2019-10-02")]),
    ("Iran Test-Fires Rockets Over Iraq",
     [("missile_test", "asserted", ["iran"], [], [], "2019-10-03")]),
    # (not past the phrase: the state that reports it did not launch it; nor a person, whose
    # name names a ship)
    ("One cruise missile was launched from the Admiral Kuznetsov in the Barents Sea on "
     "Wednesday.",
     [("missile_test", "asserted", [], [], [], "2019-10-02")]),
    ("Two missiles were launched from a submarine, South Korea said on Wednesday.",
     [("missile_test", "asserted", [], [], [], "2019-10-02")]),
    # ... but not from a place in other hands, nor in an attack
    ("Two missiles were fired from Houthi-held territory in Yemen on Wednesday.",
     [("missile_test", "asserted", [], [], [], "2019-10-02")]),
    ("On Wednesday a US warship shot down three cruise missiles that were launched from "
     "Yemen.",
     [("interception", "asserted", ["united-states"], [], [], "2019-10-02"),
      ("combat_use", "asserted", [], [], [], None)]),
    # the same moment in GMT, in brackets, does not change the local day
    ("A rocket was fired from North Korea at about 6:20 a.m. Wednesday (2120 GMT Tuesday).",
     [("missile_test", "asserted", ["north-korea"], [], [], "2019-10-02T06:20")]),
])
def test_a_test_launched_from_a_state(run, text, expected):
    assert summary(run(text, date="2019-10-03")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # states that lead a chorus of criticism warn, each of them
    ("Washington, Tokyo, Beijing and London led a chorus of criticism on Monday after North "
     "Korea announced an underground atomic test.",
     [("warning", "asserted", ["china", "japan", "united-kingdom", "united-states"],
       ["north-korea"], [], "2006-10-09"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2006-10-09")]),
    # a chorus an act draws names no one
    ("The nuclear test drew a chorus of criticism on Monday.", []),
])
def test_a_chorus_of_criticism(run, text, expected):
    assert summary(run(text, date="2006-10-10")) == expected
