"""Shapes found in round 48 on part AY: an interceptor trial tests the interceptor, a weapon
"to be test-launched on Thursday" in a headline, a weapon name with its apposition, talks "in" a
city "between" two sides, a violation "by" a state, a means "by test-firing", calls "for"
sanctions with words between, "it" after a reaction to what its target did, an adjective no
ban, a trigger inside a body's name, a missile destroyed on purpose, a test told again with its
system and day, weapons replacing older ones, an attack on another state, and an escalation."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary

MODEL = [pytest.param(False, id="blank"), pytest.param(True, id="model")]


@pytest.mark.parametrize(("text", "expected"), [
    # the target missile is no system of the test; the interceptor's owner tests it (and,
    # since round 50, intercepts with it)
    ("Last week an Arrow 3 interceptor destroyed a Scud target over the sea in a flight test.",
     [("interception", "asserted", ["israel"], [], ["arrow-3", "scud-b"], "2024-W18"),
      ("missile_test", "asserted", ["israel"], [], ["arrow-3"], "2024-W18")]),
    # the target's own launch is told apart, with its own weapon
    ("During a test on Tuesday, a THAAD battery shot down a Scud fired from a barge.",
     [("missile_test", "asserted", ["united-states"], [], ["thaad"], "2024-05-07"),
      ("interception", "asserted", ["united-states"], [], ["thaad"], "2024-05-07"),
      ("missile_test", "asserted", [], [], ["scud-b"], "2024-05-07")]),
    # no interception in the sentence: the test keeps the systems it names
    ("The army tested a Scud and a Patriot battery on Tuesday.",
     [("missile_test", "asserted", [], [], ["scud-b", "patriot"], "2024-05-07")]),
])
def test_an_interceptor_trial_tests_the_interceptor(run, text, expected):
    assert summary(run(text, date="2024-05-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("India's Agni-P missile to be test-launched from Odisha on Thursday",
     [("missile_test", "planned", ["india"], [], ["agni-p"], "2021-07-01")]),
    ("Agni-P to be test-launched on Thursday",
     [("missile_test", "planned", ["india"], [], ["agni-p"], "2021-07-01")]),
    # in the text, "set to" also with "all" between
    ("Officials said the Agni-P was all set to make its first flight on Thursday.",
     [("missile_test", "planned", ["india"], [], ["agni-p"], "2021-07-01")]),
    # a day the text gives with its month stays that day
    ("Agni-P to be test-launched on Thursday, June 24",
     [("missile_test", "planned", ["india"], [], ["agni-p"], "2021-06-24")]),
    # done: the Thursday before the article's Friday
    ("India test-launched the Agni-P on Thursday.",
     [("missile_test", "asserted", ["india"], [], ["agni-p"], "2021-06-24")]),
])
def test_a_weapon_to_be_tested_on_a_weekday_is_planned_for_the_next(run, text, expected):
    assert summary(run(text, date="2021-06-25")) == expected


def test_a_weapon_after_a_verb_in_a_headline_plans_nothing(run):
    # "to" after the object of "unveils" gives the weapon's purpose: no strike is planned (the
    # strike itself is still read as told, a limit of the purpose infinitive)
    records = summary(run("Russia unveils new missile to strike carriers", date="2021-06-25"))
    assert records[0] == ("development", "asserted", ["russia"], [], [], "2021-06-25")
    assert [e[0] for e in records if e[1] == "planned" or e[0] == "warning"] == []


def test_a_weapon_name_confirmed_by_its_apposition(run):
    records = run("Pakistan test-fired its Nasr, a nuclear-capable battlefield missile, on "
                  "May 11.", date="2011-07-15")
    assert summary(records) == [
        ("missile_test", "asserted", ["pakistan"], [], ["nasr"], "2011-05-11")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A new timetable came out of talks in Geneva on March 3 between Iran and the IAEA.",
     [("talks", "asserted", ["iaea", "iran"], [], [], "2023-03-03")]),
    ("A new timetable came out of talks in New York on March 3 between Iran and the IAEA.",
     [("talks", "asserted", ["iaea", "iran"], [], [], "2023-03-03")]),
])
def test_talks_in_a_city_between_two_sides(run, text, expected):
    assert summary(run(text, date="2023-03-10")) == expected


def test_a_violation_by_a_state_targets_it(run):
    records = run("In its report, the commission found a violation by Russia of article 4 of "
                  "the INF Treaty.", date="2018-11-02")
    events = [(e["type"], [(a["id"], a["role"]) for a in e["actors"]],
               (e["treaty"] or {}).get("id")) for e in records if e["kind"] == "event"]
    assert events == [("violation_allegation", [("russia", "target")], "inf-treaty")]


def test_a_means_of_a_gerund_is_that_gerunds_act(run):
    records = run("A US official accused Moscow on Friday of breaching the INF Treaty by "
                  "deploying a ground-launched cruise missile.", date="2017-03-11")
    assert [e for e in summary(records) if e[0] == "deployment"] == [
        ("deployment", "asserted", ["russia"], [], [], "2017-03-10")]


def test_a_means_told_by_a_gerund_is_the_subjects_act(run):
    records = run("Moscow broke the INF Treaty in 2014 by flight-testing a banned cruise "
                  "missile, US officials said.", date="2017-08-30")
    assert summary(records) == [
        ("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2014"),
        ("missile_test", "asserted", ["russia"], [], [], "2014"),
    ]


@pytest.mark.parametrize(("text", "status"), [
    ("The test prompted calls from lawmakers in Tokyo this week for new sanctions against "
     "Pyongyang.", "hypothetical"),
    # no "for" between: what is called so took place
    ("Tokyo called the sanctions on Pyongyang a success.", "asserted"),
])
def test_calls_for_sanctions_with_words_between(run, text, status):
    sanctions = [e for e in summary(run(text, date="2017-09-01")) if e[0] == "sanctions"]
    assert [e[1] for e in sanctions] == [status]


@pytest.mark.parametrize(("text", "agents"), [
    # what a reaction answers is its target's act; "limited" is no treaty's limit there
    ("Seoul imposed limited trade sanctions on Pyongyang after it launched a satellite rocket "
     "in May.", ["north-korea"]),
    ("Canberra condemned Pyongyang because it fired a missile over Japan in August.",
     ["north-korea"]),
    # no word of cause before "it": the sentence's subject
    ("Tokyo imposed sanctions on Pyongyang, and it fired two missiles into the sea in August.",
     ["japan"]),
    # no reaction before it: "it" is who acted first
    ("Washington held talks with Tokyo after it tested a new rocket in August.",
     ["united-states"]),
])
def test_it_after_a_reaction_stands_for_its_target(run, text, agents):
    tests = [e for e in summary(run(text, date="2017-09-01")) if e[0] == "missile_test"]
    assert [e[2] for e in tests] == [agents]


@pytest.mark.parametrize("text", [
    "The accord limited deployment of interceptors to one site.",
    # no event's verb right before the participle: the treaty's limit
    "The pact limited both sides to deploying 1,550 warheads.",
    "The treaty limited Russia and the United States to deploying 1,550 warheads.",
])
def test_a_treaty_still_limits_what_it_limits(run, text):
    assert summary(run(text, date="2017-09-01")) == []


@pytest.mark.parametrize(("text", "expected"), [
    # "Strike" inside a body's name is no strike
    ("The flight ended early, the Global Strike Command of the US Air Force said on Monday.",
     []),
    # "six-party" names the talks' states: the talks are the event
    ("North Korea has boycotted the six-party talks since 2009.",
     [("talks", "negated", ["north-korea"], [], [], "2009")]),
])
def test_a_trigger_inside_a_bodys_name(run, text, expected):
    assert summary(run(text, date="2023-11-02")) == expected


def test_a_missile_destroyed_on_purpose_was_not_intercepted(run):
    records = run("A Trident II was deliberately destroyed minutes into a routine test, the "
                  "Navy said.", date="2023-11-02")
    assert [e[0] for e in summary(records)] == ["missile_test"]


def test_a_lead_test_takes_the_system_and_day_of_the_next_sentence(run):
    text = ("KINGS BAY, Ga. — The US Navy said a routine test of a submarine-launched ballistic "
            "missile ended early when the missile broke apart over the Atlantic.\n\n"
            "The Trident II was launched at 3:10 p.m. Tuesday from a submarine off Florida, "
            "the service said.")
    assert summary(run(text, date="2023-11-02")) == [
        ("missile_test", "asserted", ["united-states"], [], ["trident-ii"],
         "2023-10-31T15:10")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Russian army replaced its Tochka launchers with Iskander-M systems in 2019.",
     [("deployment", "asserted", ["russia"], [], ["tochka", "iskander-m"], "2019")]),
    ("The president replaced the defence minister with his deputy on Monday.", []),
])
def test_weapons_that_replace_older_ones_are_deployed(run, text, expected):
    assert summary(run(text, date="2024-03-01")) == expected


def test_an_interception_is_not_dated_by_an_attack_on_another_state(run):
    text = ("Qatari air defences shot down three Iranian drones, the ministry said. In other "
            "news, the Pentagon said on Monday that American bombers had conducted air strikes "
            "on 300 sites in Iran.")
    interceptions = [e for e in summary(run(text, date="2026-03-11"))
                     if e[0] == "interception"]
    assert interceptions == [("interception", "asserted", ["qatar"], ["iran"], [], None)]


@pytest.mark.parametrize("model", MODEL)
@pytest.mark.parametrize("text", [
    "Qatar's foreign ministry described the drone strike as a dangerous escalation.",
    # a quoted judgement: who describes the act is who speaks
    "Qatar's foreign ministry, in a brief statement, described the missile attack on the port "
    "as “a dangerous escalation.”",
])
def test_an_act_called_an_escalation_is_warned_against(run_on, model, text):
    records = run_on(text, "2026-03-11", model)
    assert [e for e in summary(records) if e[0] == "warning"] == [
        ("warning", "asserted", ["qatar"], [], [], "2026-03-11")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel and Japan signed a defence pact on Sunday. The two ministers pledged to ratify "
     "the agreement quickly.",
     [("signing", "asserted", ["israel", "japan"], [], [], "2024-05-05"),
      ("ratification", "planned", ["israel", "japan"], [], [], None)]),
    ("Israel and Japan signed a defence pact on Sunday. Both governments committed themselves "
     "to ratifying the pact by December.",
     [("signing", "asserted", ["israel", "japan"], [], [], "2024-05-05"),
      ("ratification", "planned", ["israel", "japan"], [], [], "2024-12")]),
])
def test_two_ministers_commit_to_ratify(run, text, expected):
    assert summary(run(text, date="2024-05-08")) == expected


def test_efforts_to_persuade_a_state_are_no_act_yet(run):
    records = run("Washington asked Beijing to help persuade Pyongyang to give up its nuclear "
                  "arsenal.", date="2005-01-18")
    assert summary(records) == [
        ("elimination", "hypothetical", ["north-korea"], [], [], None)]


@pytest.mark.parametrize(("text", "status"), [
    ("Air Force crews were slated to fire a Minuteman III from California next week.",
     "planned"),
    ("The Navy was scheduled to launch a Trident II from a submarine in March.", "planned"),
    # asked to cancel it: the deployment stands, only the call is told
    ("Moscow urged Berlin to cancel the stationing of Typhon launchers.", "hypothetical"),
    # postponed, called off: it did not take place
    ("The Pentagon put off a Minuteman III test it had planned for Tuesday.", "negated"),
    ("The Pentagon called off the Minuteman III test set for Thursday.", "negated"),
    # no cue: done
    ("The Pentagon tested a Minuteman III on Thursday.", "asserted"),
])
def test_a_test_slated_postponed_or_called_off(run, text, status):
    events = summary(run(text, date="2022-03-03"))
    assert [e[1] for e in events] == [status]


def test_a_verb_in_the_progressive_has_its_subject_before_it(run):
    # a form in -ing after "was" is no gerund whose subject follows: not the speaker's
    records = run('"Until 2019, the Libyan regime was building a nuclear reactor in the '
                  'desert," the State Department said.', date="2020-02-01")
    assert [e for e in summary(records) if e[0] == "development"] == [
        ("development", "asserted", ["libya"], [], [], None)]


def test_a_lead_that_says_a_state_is_imposing_sanctions_dates_them_that_day(run):
    # "is sanctioning" is a phrase of the sanctions entry in -ing: news of the day it is told
    text = ("Ottawa acts on drone sales\n\n"
            "Canada says it is sanctioning three Iranian firms over drone sales to Moscow.\n")
    assert summary(run(text, date="2023-03-02")) == [
        ("sanctions", "asserted", ["canada"], ["iran"], [], "2023-03-02")]


def test_a_date_after_when_is_no_guess_for_the_event_before(run):
    records = run("Ankara is negotiating with the IAEA about remote cameras for the reactor "
                  "when fuel is loaded into it in October.", date="2004-04-05")
    assert summary(records) == [("talks", "asserted", ["turkey"], ["iaea"], [], None)]


def test_a_century_dates_no_event(run):
    # "21st-century" names an era (TimeML value "20"), never the time of the talks
    records = run("Washington and Moscow will hold negotiations on a 21st-century security "
                  "framework.", date="2008-04-07")
    assert summary(records) == [("talks", "planned", ["russia", "united-states"], [], [], None)]
