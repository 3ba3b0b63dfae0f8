"""Shapes found in round 47 on part AX: commitments to a deal cut back, a state's step or move
"to" act, an accusation of nuclear testing, the target a "that" clause names after an
accusation noun, a meeting that "concluded with" no agreement, an event named after "the first
anniversary of", a rebuke a state's adjective owns, reactions a launch "drew", an act "what he
called" a provocation, a state's military target, interceptors a defender fires after an
attack, "intercepted 20 of them", economic penalties, and South Korea's space launchers."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary

MODEL = [pytest.param(False, id="blank"), pytest.param(True, id="model")]


def _typed_treaties(records: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["type"], (e["treaty"] or {}).get("id")) for e in records
            if e["kind"] == "event"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran began scaling back its commitments under the JCPOA on 8 May 2019.",
     [("suspension", "asserted", ["iran"], [], [], "2019-05-08")]),
    ("Tehran said the step to cut its obligations under the JCPOA would follow on Sunday.",
     [("suspension", "asserted", ["iran"], [], [], "2019-07-07")]),
    # commitments that name no treaty are no suspension
    ("Ottawa reduced its commitments to the alliance's training mission in Latvia.", []),
])
def test_commitments_to_a_deal_cut_back_suspend_it(run, text, expected):
    assert summary(run(text, date="2019-07-05")) == expected


@pytest.mark.parametrize(("text", "agents"), [
    # a state's possessive before the noun that "to" follows acts, after a preposition too
    ("In Tehran's latest move to withdraw from the JCPOA, officials met on Friday.",
     ["iran"]),
    ("The cabinet met after Pyongyang's third step to quit the NPT.", ["north-korea"]),
    # two modifiers at most between the possessive and the noun
    ("Officials met after Moscow's notice and its long-expected decision to quit the CFE "
     "Treaty.", ["russia"]),
])
def test_a_states_step_to_act_is_its_act(run, text, agents):
    # (three words or more between the possessive and the noun: "Russia's allies oppose the
    # plan to quit the INF Treaty" is no plan of Russia's, see below)
    withdrawals = [e for e in summary(run(text, date="2019-07-05")) if e[0] == "withdrawal"]
    assert [e[2] for e in withdrawals] == [agents]


def test_an_accusation_of_nuclear_testing_is_an_allegation(run):
    records = run("Washington accused Moscow on Friday of carrying out low-yield nuclear tests.",
                  date="2020-05-23")
    assert [e for e in summary(records) if e[0] != "nuclear_test"] == [
        ("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2020-05-22"),
    ]


def test_an_accusation_noun_targets_whom_its_that_clause_names(run):
    # the clause's act is a deployment of its own, not a breach that would take it in
    records = run("US allegations that Moscow deployed missiles the INF Treaty bans strained "
                  "ties.", date="2018-12-05")
    assert summary(records) == [
        ("violation_allegation", "asserted", ["united-states"], ["russia"], [], None),
        ("deployment", "asserted", ["russia"], [], [], None),
    ]


def test_a_meeting_that_concluded_with_no_deal_signed_nothing(run):
    records = run("The summit on New START concluded with no agreement on a successor.",
                  date="2021-01-10")
    assert [e for e in summary(records) if e[0] == "signing"] == []


def test_a_possessive_too_far_from_the_noun_owns_nothing(run):
    records = run("Russia's allies oppose the plan to quit the INF Treaty.", date="2024-03-02")
    assert summary(records) == [("withdrawal", "planned", [], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # the date is the anniversary's: the withdrawal was a year (two years) before it
    ("Moscow used the first anniversary of Washington's exit from the INF Treaty, on August "
     "2, 2020, to repeat its offer.", "2019-08-02"),
    ("Pyongyang marked the fifth anniversary of its first Hwasong-15 launch on Friday.",
     "2017-11-25"),
    # a leap day's anniversary falls on the last day of February
    ("Moscow used the first anniversary of the Russian exit from the CFE Treaty, on February "
     "29, 2024, to repeat its offer.", "2023-02-28"),
    # no ordinal: the year is not told, and the anniversary's day is not the event's
    ("Pyongyang marked the anniversary of its first Hwasong-15 launch on Friday.", None),
    # an event told outside the anniversary's phrase keeps the day
    ("Pyongyang marked the anniversary on Friday with a Hwasong-15 launch.", "2022-11-25"),
])
def test_an_event_named_by_its_anniversary(run, text, expected):
    records = run(text, date="2022-11-28")
    dates = [e[5] for e in summary(records)
             if e[0] in ("withdrawal", "suspension", "missile_test")]
    assert dates == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pyongyang's missile launch drew a French rebuke on Friday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2021-06-25"),
      ("warning", "asserted", ["france"], [], [], "2021-06-25")]),
    # a reaction the launch drew is no act of whoever launched: nobody is named
    ("Pyongyang's missile launch on Friday drew swift international criticism.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2021-06-25")]),
])
def test_reactions_a_launch_drew(run, text, expected):
    assert summary(run(text, date="2021-07-01")) == expected


@pytest.mark.parametrize("model", MODEL)
def test_what_he_called_a_provocation_is_his_warning(run_on, model):
    text = ("Prime Minister Mark Carney said on Monday fighter jets were scrambled after what "
            "he called a reckless provocation by Russia's air force.")
    warnings = [e for e in summary(run_on(text, "2025-10-07", model)) if e[0] == "warning"]
    assert warnings == [("warning", "asserted", ["mark-carney"], ["russia"], [], "2025-10-06")]


@pytest.mark.parametrize(("text", "expected"), [
    # a state's adjective before "target" makes it one: an attack, with quote marks about the
    # weapon's name
    ('Hezbollah fired a "new precision rocket" at an Israeli military target on Sunday.',
     [("combat_use", "asserted", ["hezbollah", "lebanon"], ["israel"], [], "2024-09-15")]),
    # "target" in a noun phrase is no verb of attack
    ("The Houthis have targeted a Saudi military target near Jizan using two drones.",
     [("combat_use", "asserted", ["houthis", "yemen"], ["saudi-arabia"], [], "2024-09-16")]),
    # no state before "target", or waters a state owns: a test
    ("Pyongyang fired a missile at a target off its east coast on Sunday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2024-09-15")]),
    ("Pyongyang fired a missile into Japanese waters on Sunday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2024-09-15")]),
])
def test_a_states_military_target(run, text, expected):
    assert summary(run(text, date="2024-09-16")) == expected


@pytest.mark.parametrize(("text", "interceptors"), [
    # "the army" is the attacked state's, not the attacker the text is about
    ("Houthi rebels fired a missile at Israel on Sunday. The army said it fired interceptors "
     "at the missile launched from Yemen.", ["israel"]),
    # with no state attacked, nobody is guessed
    ("Houthi rebels fired a missile at Eilat on Sunday. The army said it fired interceptors "
     "at the missile launched from Yemen.", []),
    # a state the text names after the attack intercepts
    ("Houthi rebels fired a missile at Eilat on Sunday. Egypt said it fired interceptors at "
     "the missile launched from Yemen.", ["egypt"]),
])
def test_interceptors_are_fired_by_the_attacked(run, text, interceptors):
    records = summary(run(text, date="2024-09-16"))
    assert [e[2] for e in records if e[0] == "interception"] == [interceptors]
    assert [e[2] for e in records if e[0] == "combat_use"] == [["houthis", "yemen"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia fired drones and missiles at Odesa overnight. Ukraine said it intercepted 20 of "
     "them.", [("interception", "asserted", ["ukraine"], [], [], None)]),
    ("Russia fired drones and missiles at Odesa overnight. Ukraine said it shot down most of "
     "them.", [("interception", "asserted", ["ukraine"], [], [], None)]),
    # what "them" stands for is no weapon
    ("The navy built new patrol ships last year. Its crews intercepted 20 of them.", []),
])
def test_a_counted_pronoun_object_points_to_the_weapons_before(run, text, expected):
    interceptions = [e for e in summary(run(text, date="2024-09-16"))
                     if e[0] == "interception"]
    assert interceptions == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The American penalties on Pyongyang's missile suppliers took effect in June.",
     [("sanctions", "asserted", ["united-states"], ["north-korea"], [], "2017-06")]),
    ("The league announced penalties against two clubs for missing the deadline.", []),
])
def test_economic_penalties_are_sanctions(run, text, expected):
    assert summary(run(text, date="2017-08-01")) == expected


def test_south_koreas_space_launcher_is_the_launchs_system(run):
    records = run("Seoul launched its Naro rocket from Goheung on Tuesday, but the satellite "
                  "failed to reach orbit.", date="2009-08-26")
    tests = [e for e in summary(records) if e[0] == "missile_test"]
    assert tests == [("missile_test", "asserted", ["south-korea"], [], ["naro"], "2009-08-25")]
    assert [(s["id"], s["class"]) for s in records if s["kind"] == "system"] == [
        ("naro", "SLV")]


def test_treaty_of_the_suspension_is_kept(run):
    records = run("Tehran began scaling back its commitments under the JCPOA on 8 May 2019.",
                  date="2019-07-05")
    assert _typed_treaties(records) == [("suspension", "jcpoa")]


@pytest.mark.parametrize(("text", "status"), [
    # a quotation that opens four words before the trigger still lets "no indication" negate
    ('A French diplomat said there was no indication the test was "by any measure '
     'inconsistent with the treaty."', "negated"),
    ('A French diplomat said the test was "by any measure inconsistent with the treaty."',
     "asserted"),
])
def test_a_quoted_term_keeps_the_cue_before_it(run, text, status):
    allegations = [e for e in summary(run(text, date="2021-03-02"))
                   if e[0] == "violation_allegation"]
    assert [e[1] for e in allegations] == [status]


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran's army paraded what seemed to be a new cruise missile on Saturday.",
     [("development", "asserted", ["iran", "iran-army"], [], [], "2021-02-27")]),
    ("Iran's army paraded what looked like a new cruise missile on Saturday.",
     [("development", "asserted", ["iran", "iran-army"], [], [], "2021-02-27")]),
    # the hedge opens no other object: its skills are no weapon shown
    ("Iran's army paraded what seemed to be its skills on Saturday.", []),
])
def test_a_hedged_object_is_the_object(run, text, expected):
    assert summary(run(text, date="2021-03-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's defence ministry reported that its missiles had struck airfields in western "
     "Ukraine.",
     [("combat_use", "asserted", ["russia", "russian-defence-ministry"], ["ukraine"], [],
       None)]),
    ("Iran said that its missiles had hit militant bases in Iraq.",
     [("combat_use", "asserted", ["iran"], ["iraq"], [], None)]),
    # a subject no possessive opens names nobody
    ("Kyiv's air force said several rockets had struck Odesa overnight.",
     [("combat_use", "asserted", [], [], [], None)]),
    # a possessive that opens others of the speaker's, no weapons of its own
    ("Iraq said its neighbours had fired missiles at the rebels.",
     [("combat_use", "asserted", [], [], [], None)]),
])
def test_weapons_a_speaker_calls_its_own(run, text, expected):
    assert summary(run(text, date="2025-09-11")) == expected


@pytest.mark.parametrize(("text", "date"), [
    # the treaty's history dates the first suspension, not a later step of the series
    ("Tehran made its third move to scale back its obligations under the JCPOA.", None),
    ("Tehran made another move to scale back its obligations under the JCPOA.", None),
    ("Tehran made its first move to scale back its obligations under the JCPOA.",
     "2019-05-08"),
])
def test_a_later_step_is_not_the_act_the_history_dates(run, text, date):
    assert summary(run(text, date="2019-11-05")) == [
        ("suspension", "asserted", ["iran"], [], [], date)]


@pytest.mark.parametrize(("text", "expected"), [
    # a leader who oversaw a launch did it through his state
    ("Kim Jong Un oversaw the launch of new cruise missiles from a destroyer on Sunday.",
     [("missile_test", "asserted", ["kim-jong-un", "north-korea"], [], [], "2025-12-28")]),
    # an agency that supervised or a foreign military that detected an act did not do it
    ("The IAEA supervised the closing of the reactor in July.", []),
    ("South Korea's military detected the launch on Sunday.", []),
])
def test_a_leader_who_oversaw_a_launch(run, text, expected):
    assert summary(run(text, date="2025-12-29")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # acquiring the bomb is becoming a nuclear power, no purchase
    ("Seoul has stepped up work on missile defences amid fears that Pyongyang could acquire "
     "nuclear weapons soon.",
     [("development", "hypothetical", ["north-korea"], [], [], None)]),
    # weapons bought from a supplier stay a transfer
    ("Turkey will acquire nuclear-capable missiles from Russia.",
     [("deployment", "planned", ["russia"], ["turkey"], [], None)]),
])
def test_acquiring_the_bomb_is_development(run, text, expected):
    assert summary(run(text, date="2008-01-17")) == expected
