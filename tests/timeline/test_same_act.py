"""Forms of one act (compat.SAME_ACT): sources that give one act different types or statuses
are merged when they name the same treaty or system and nothing else contradicts."""

from __future__ import annotations

import random

from treatyx.timeline import build_timeline
from treatyx.timeline.compat import SAME_ACT, act_of, reading

from .records import event, source

WITHDREW = event("wire-a", "2023-11-02", "withdrawal", "2023-11-02", ["russia"], treaty="ctbt",
                 start=14, date_text="Thursday",
                 sentence="Moscow pulled out of its ratification of the test-ban pact on Thursday.")
REVOKED = event("paper-b", "2023-11-02", "ratification", "2023-11-02",
                ["vladimir-putin", "russia"], treaty="ctbt", status="negated", start=90,
                date_text="November 2",
                sentence="On November 2 Putin signed a law that undoes Russia's ratification "
                         "of the test-ban treaty.")
UNDATED = event("daily-c", "2023-11-03", "withdrawal", None, [], treaty="ctbt", start=300,
                sentence="Officials cast the revocation as parity with Washington.")


def _groups(events):
    return [(e["type"], e["status"], e["date"]["value"], sorted((s["doc"], s["start"])
             for s in e["sources"])) for e in events]


def test_a_revoked_ratification_told_as_a_withdrawal_and_as_a_ratification_undone_is_one_event():
    never = event("daily-c", "2023-11-03", "ratification", None, ["united-states"],
                  treaty="ctbt", status="negated", start=420,
                  sentence="Washington signed the pact in 1996 but never ratified it.")
    other_treaty = event("paper-b", "2023-11-02", "ratification", "2023-11-02", ["russia"],
                         treaty="new-start", status="negated", start=700,
                         sentence="Russia's ratification of New START was not undone on "
                                  "Thursday, aides stressed.")
    events = list(build_timeline([never, REVOKED, other_treaty, UNDATED, WITHDREW]))
    assert _groups(events) == [
        ("ratification", "negated", "2023-11-02", [("paper-b", 700)]),
        ("withdrawal", "asserted", "2023-11-02", [("daily-c", 300), ("paper-b", 90),
                                                  ("wire-a", 14)]),
        ("ratification", "negated", None, [("daily-c", 420)]),
    ]
    assert events[1] == {
        "kind": "timeline_event", "id": events[1]["id"], "type": "withdrawal",
        "date": {"value": "2023-11-02", "text": "November 2"},
        "actors": ["russia", "vladimir-putin"], "systems": [], "treaty": "ctbt",
        "status": "asserted",
        "sources": [source(REVOKED), source(WITHDREW), source(UNDATED)],
        "n_sources": 3, "first_reported": "2023-11-02",
        "conflicts": [
            {"field": "type", "values": [{"value": "withdrawal", "docs": ["daily-c", "wire-a"]},
                                         {"value": "ratification", "docs": ["paper-b"]}]},
            {"field": "status", "values": [{"value": "asserted", "docs": ["daily-c", "wire-a"]},
                                           {"value": "negated", "docs": ["paper-b"]}]},
            {"field": "actors", "values": [
                {"value": ["russia", "vladimir-putin"], "docs": ["paper-b"]},
                {"value": ["russia"], "docs": ["wire-a"]}]}],
    }


def test_forms_of_one_act_need_the_same_treaty_not_only_the_same_actor():
    no_treaty = event("wire-d", "2023-11-02", "withdrawal", "2023-11-02", ["russia"], start=8,
                      sentence="Russia withdrew from the grain corridor talks on Thursday.")
    events = list(build_timeline([REVOKED, no_treaty]))
    assert _groups(events) == [
        ("ratification", "negated", "2023-11-02", [("paper-b", 90)]),
        ("withdrawal", "asserted", "2023-11-02", [("wire-d", 8)]),
    ]


def test_a_suspension_announced_as_planned_on_the_day_joins_the_suspension_of_that_day():
    done = event("wire-a", "2023-02-21", "suspension", "2023-02-21", ["russia"],
                 treaty="new-start", start=5,
                 sentence="Russia suspended its part in New START on Tuesday.")
    announced = event("paper-b", "2023-02-21", "suspension", "2023-02-21", ["russia"],
                      treaty="new-start", status="planned", start=40,
                      sentence="In Tuesday's speech Putin said Moscow would halt its part "
                               "in New START.")
    later_plan = event("paper-c", "2023-03-01", "suspension", "2023-03-01", ["russia"],
                       treaty="new-start", status="planned", start=9,
                       sentence="Moscow would also stop data exchanges from March 1.")
    other_pact = event("paper-d", "2023-02-21", "suspension", "2023-02-21", ["russia"],
                       treaty="cfe-treaty", status="planned", start=77,
                       sentence="Russia would next halt its part in the CFE pact, aides said.")
    events = list(build_timeline([later_plan, other_pact, announced, done]))
    assert _groups(events) == [
        ("suspension", "asserted", "2023-02-21", [("paper-b", 40), ("wire-a", 5)]),
        ("suspension", "planned", "2023-02-21", [("paper-d", 77)]),
        ("suspension", "planned", "2023-03-01", [("paper-c", 9)]),
    ]
    assert [c["field"] for c in events[0]["conflicts"]] == ["status"]


def test_a_planned_launch_never_joins_a_launch_of_that_day():
    fired = event("wire-a", "2024-05-30", "missile_test", "2024-05-30", ["north-korea"],
                  ["kn-25"], start=3, sentence="North Korea fired KN-25 rockets on Thursday.")
    planned = event("paper-b", "2024-05-30", "missile_test", "2024-05-30", ["north-korea"],
                    status="planned", start=60,
                    sentence="Seoul said the North was readying a satellite launch on Thursday.")
    assert _groups(build_timeline([planned, fired])) == [
        ("missile_test", "asserted", "2024-05-30", [("wire-a", 3)]),
        ("missile_test", "planned", "2024-05-30", [("paper-b", 60)]),
    ]


def test_a_named_missile_called_a_test_by_one_source_and_a_strike_by_another_is_one_launch():
    test = event("wire-a", "2024-11-21", "missile_test", "2024-11-21", ["russia"], ["oreshnik"],
                 start=20, sentence="Russia tested its new Oreshnik missile in combat on Thursday.")
    strike = event("paper-b", "2024-11-21", "combat_use", "2024-11-21", ["russia", "ukraine"],
                   ["oreshnik"], start=50,
                   sentence="An Oreshnik missile struck a plant in Dnipro on Thursday.")
    next_day = event("paper-c", "2024-11-22", "combat_use", "2024-11-22", ["russia"],
                     ["oreshnik"], start=7, sentence="Another Oreshnik hit the city on Friday.")
    unnamed = event("paper-d", "2024-11-21", "missile_test", "2024-11-21", ["russia"], start=61,
                    sentence="Russia test-fired a missile on Thursday, a blogger claimed.")
    other = event("paper-e", "2024-11-21", "combat_use", "2024-11-21", ["russia"], ["kh-101"],
                  start=33, sentence="Kh-101 cruise missiles struck Odesa on Thursday.")
    events = list(build_timeline([unnamed, next_day, strike, other, test]))
    assert _groups(events) == [
        ("combat_use", "asserted", "2024-11-21", [("paper-e", 33)]),
        ("missile_test", "asserted", "2024-11-21", [("paper-b", 50), ("wire-a", 20)]),
        ("missile_test", "asserted", "2024-11-21", [("paper-d", 61)]),
        ("combat_use", "asserted", "2024-11-22", [("paper-c", 7)]),
    ]
    assert events[1]["conflicts"] == [
        {"field": "type", "values": [{"value": "combat_use", "docs": ["paper-b"]},
                                     {"value": "missile_test", "docs": ["wire-a"]}]},
        {"field": "actors", "values": [{"value": ["russia", "ukraine"], "docs": ["paper-b"]},
                                       {"value": ["russia"], "docs": ["wire-a"]}]}]


def test_types_not_listed_as_one_act_never_merge():
    test = event("wire-a", "2024-11-21", "missile_test", "2024-11-21", ["russia"], ["oreshnik"],
                 start=20, sentence="Russia tested its new Oreshnik missile on Thursday.")
    deployed = event("paper-b", "2024-11-21", "deployment", "2024-11-21", ["russia"],
                     ["oreshnik"], start=44,
                     sentence="Russia put Oreshnik launchers on duty in Belarus on Thursday.")
    assert sorted(e["type"] for e in build_timeline([deployed, test])) == [
        "deployment", "missile_test"]


def test_the_table_names_each_act_by_its_first_form():
    assert all(len(pair) == 2 and pair[0] != pair[1] for pair in SAME_ACT)
    assert act_of("ratification", "negated") == act_of("withdrawal", "planned") == \
        "withdrawal/asserted"
    assert act_of("ratification", "asserted") == "ratification"
    assert act_of("withdrawal", "negated") == "withdrawal"
    assert reading({("ratification", "negated"), ("withdrawal", "asserted")}) == (
        "withdrawal", "asserted")
    assert reading({("combat_use", "asserted"), ("missile_test", "asserted")}) == (
        "missile_test", "asserted")


def test_a_form_joins_only_an_event_whose_every_form_is_one_act_with_it():
    # a plan to withdraw is one act with the withdrawal, not with the ratification undone
    plan = event("paper-e", "2023-11-02", "withdrawal", "2023-11-02", ["russia"], treaty="ctbt",
                 status="planned", start=61,
                 sentence="Moscow would leave the test-ban pact's ratification behind on "
                          "Thursday, a deputy said.")
    assert _groups(build_timeline([plan, WITHDREW, REVOKED])) == [
        ("withdrawal", "asserted", "2023-11-02", [("paper-b", 90), ("wire-a", 14)]),
        ("withdrawal", "planned", "2023-11-02", [("paper-e", 61)]),
    ]
    assert _groups(build_timeline([plan, WITHDREW])) == [
        ("withdrawal", "asserted", "2023-11-02", [("paper-e", 61), ("wire-a", 14)])]


def test_forms_of_one_act_merge_the_same_in_any_order_in_memory_or_spilled():
    plan = event("paper-e", "2023-11-02", "withdrawal", "2023-11-02", ["russia"], treaty="ctbt",
                 status="planned", start=61, sentence="Moscow would quit the pact's ratification.")
    late = event("paper-f", "2023-11-03", "withdrawal", "2023-11-03", ["russia"], treaty="ctbt",
                 start=5, sentence="Russia's exit from the test-ban ratification took effect.")
    records = [WITHDREW, REVOKED, UNDATED, plan, late]
    expected = _groups(build_timeline(records))
    # the undated report could be the plan's or the act's: it is left alone
    assert expected == [
        ("withdrawal", "planned", "2023-11-02", [("paper-e", 61)]),
        ("withdrawal", "asserted", "2023-11-02", [("paper-b", 90), ("paper-f", 5),
                                                  ("wire-a", 14)]),
        ("withdrawal", "asserted", None, [("daily-c", 300)]),
    ]
    rng = random.Random(3)
    for _ in range(20):
        rng.shuffle(records)
        for run_size in (2, 100_000):
            assert _groups(build_timeline(records, run_size=run_size)) == expected
