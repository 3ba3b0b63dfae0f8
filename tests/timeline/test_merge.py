"""The merge rule on records written for these tests: whole merged events are compared."""

from __future__ import annotations

import json
import random

from treatyx.timeline import build_timeline

from .records import event, source

LAUNCH_A = event("wire-a", "2023-07-12", "missile_test", "2023-07-12", ["north-korea"],
                 ["hwasong-18"], start=10, date_text="Wednesday",
                 sentence="North Korea fired a Hwasong-18 ICBM into the sea on Wednesday.")
LAUNCH_B = event("paper-b", "2023-07-12", "missile_test", "2023-07-12", ["north-korea"],
                 ["hwasong-18"], start=200, date_text="July 12",
                 sentence="Pyongyang launched its solid-fuel Hwasong-18 on July 12, Tokyo said.")
LAUNCH_C = event("seoul-c", "2023-07-13", "missile_test", "2023-07-13", ["north-korea"],
                 ["hwasong-18"], start=55, date_text="Thursday",
                 sentence="The North test-fired a Hwasong-18 early on Thursday, Seoul time.")


def test_one_launch_from_three_documents_one_a_day_later_in_another_time_zone():
    (merged,) = build_timeline([LAUNCH_C, LAUNCH_A, LAUNCH_B])
    assert merged == {
        "kind": "timeline_event",
        "id": event_id_of([LAUNCH_A, LAUNCH_B, LAUNCH_C]),
        "type": "missile_test",
        "date": {"value": "2023-07-12", "text": "July 12"},
        "actors": ["north-korea"], "systems": ["hwasong-18"], "treaty": None,
        "status": "asserted",
        "sources": [source(LAUNCH_B), source(LAUNCH_A), source(LAUNCH_C)],
        "n_sources": 3, "first_reported": "2023-07-12",
        "conflicts": [{"field": "date", "values": [
            {"value": "2023-07-12", "docs": ["paper-b", "wire-a"]},
            {"value": "2023-07-13", "docs": ["seoul-c"]}]}],
    }


def event_id_of(records):
    """The id is a hash of the type and the sources: recomputed here from (doc, start, end)."""
    import hashlib

    keys = sorted(f"{r['doc']}\x1f{r['start']}\x1f{r['end']}" for r in records)
    return "ev-" + hashlib.sha1("\n".join([records[0]["type"], *keys]).encode()).hexdigest()[:16]


def test_the_id_does_not_depend_on_what_else_the_sources_say():
    assert event_id_of([LAUNCH_A]) == build_timeline([LAUNCH_A]).__next__()["id"]
    assert len(event_id_of([LAUNCH_A])) == 19


def test_two_launches_a_week_apart_never_merge():
    later = [event(doc, "2023-07-19", "missile_test", "2023-07-19", ["north-korea"],
                   sentence="North Korea launched two more ballistic missiles on Wednesday.")
             for doc in ("wire-d", "paper-e")]
    events = list(build_timeline([LAUNCH_A, *later, LAUNCH_B]))
    assert [(e["date"]["value"], sorted(s["doc"] for s in e["sources"])) for e in events] == [
        ("2023-07-12", ["paper-b", "wire-a"]),
        ("2023-07-19", ["paper-e", "wire-d"]),
    ]
    assert [e["conflicts"] for e in events] == [[], []]


def test_launches_on_consecutive_days_stay_apart_when_one_document_tells_both():
    sentence = "It was the second launch in two days, after Monday's cruise missile test."
    monday = event("agency-x", "2024-01-15", "missile_test", "2024-01-15", ["north-korea"],
                   sentence="North Korea tested cruise missiles on Monday.")
    recalled = event("agency-y", "2024-01-16", "missile_test", "2024-01-15", ["north-korea"],
                     start=300, sentence=sentence)
    tuesday = event("agency-y", "2024-01-16", "missile_test", "2024-01-16", ["north-korea"],
                    start=20, sentence="North Korea fired a missile on Tuesday.")
    events = list(build_timeline([tuesday, recalled, monday]))
    assert [(e["date"]["value"], [s["doc"] for s in e["sources"]]) for e in events] == [
        ("2024-01-15", ["agency-x", "agency-y"]),
        ("2024-01-16", ["agency-y"]),
    ]


def test_different_systems_on_one_day_are_two_events():
    cruise = event("wire-a", "2023-07-12", "missile_test", "2023-07-12", ["north-korea"],
                   ["hwasal-2"], start=400, sentence="It also fired Hwasal-2 cruise missiles.")
    events = list(build_timeline([LAUNCH_A, cruise, LAUNCH_B]))
    assert [(e["systems"], e["n_sources"]) for e in events] == [
        (["hwasal-2"], 1), (["hwasong-18"], 2)]


SUSPEND_A = event("wire-a", "2023-02-21", "suspension", "2023-02-21", ["russia"],
                  treaty="new-start", start=5,
                  sentence="Russia suspended its role in New START on Tuesday.")
SUSPEND_B = event("paper-b", "2023-02-21", "suspension", "2023-02-21",
                  ["vladimir-putin", "russia"], treaty="new-start", start=80,
                  sentence="Putin said Russia was suspending New START in his address.")
SUSPEND_C = event("paper-c", "2023-02-22", "suspension", "2023-02-21", ["russia"],
                  treaty="new-start", start=12,
                  sentence="Moscow's suspension of New START on February 21 drew criticism.")


def test_sources_naming_different_actors_are_recorded_as_a_conflict():
    (merged,) = build_timeline([SUSPEND_B, SUSPEND_C, SUSPEND_A])
    assert merged == {
        "kind": "timeline_event", "id": event_id_of([SUSPEND_A, SUSPEND_B, SUSPEND_C]),
        "type": "suspension", "date": {"value": "2023-02-21", "text": "2023-02-21"},
        "actors": ["russia", "vladimir-putin"], "systems": [], "treaty": "new-start",
        "status": "asserted",
        "sources": [source(SUSPEND_B), source(SUSPEND_A), source(SUSPEND_C)],
        "n_sources": 3, "first_reported": "2023-02-21",
        "conflicts": [{"field": "actors", "values": [
            {"value": ["russia"], "docs": ["paper-c", "wire-a"]},
            {"value": ["russia", "vladimir-putin"], "docs": ["paper-b"]}]}],
    }


def test_actors_that_share_no_one_are_different_events():
    other = event("paper-d", "2023-02-21", "suspension", "2023-02-21", ["united-states"],
                  treaty="new-start", sentence="Washington halted data exchanges under the pact.")
    events = list(build_timeline([SUSPEND_A, other, SUSPEND_B]))
    assert sorted((e["actors"], e["n_sources"]) for e in events) == [
        (["russia", "vladimir-putin"], 2), (["united-states"], 1)]


def test_status_and_treaty_must_agree():
    maybe = event("paper-e", "2023-02-21", "suspension", "2023-02-21", ["russia"],
                  treaty="new-start", status="hypothetical",
                  sentence="Russia could suspend New START, the Kremlin warned.")
    other_treaty = event("paper-f", "2023-02-21", "suspension", "2023-02-21", ["russia"],
                         treaty="cfe-treaty", sentence="Russia suspended the CFE Treaty.")
    events = list(build_timeline([SUSPEND_A, maybe, other_treaty]))
    assert len(events) == 3


def test_a_month_joins_the_one_event_inside_it_and_a_year_the_best_sharing_one():
    month = event("review-g", "2023-08-01", "missile_test", "2023-07", ["north-korea"],
                  ["hwasong-18"], sentence="In July North Korea tested the Hwasong-18 again.")
    other = event("wire-h", "2023-03-16", "missile_test", "2023-03-16", ["north-korea"],
                  ["hwasong-17"], sentence="North Korea fired a Hwasong-17 on Thursday.")
    year = event("review-i", "2023-12-30", "missile_test", "2023", ["north-korea"],
                 ["hwasong-17"], sentence="The Hwasong-17 was launched once in 2023.")
    events = list(build_timeline([year, month, LAUNCH_A, other]))
    assert [(e["date"]["value"], sorted(s["doc"] for s in e["sources"])) for e in events] == [
        ("2023-03-16", ["review-i", "wire-h"]),
        ("2023-07-12", ["review-g", "wire-a"]),
    ]


def test_an_undated_report_joins_only_an_agreeing_event_near_its_document_date():
    undated = event("blog-j", "2023-07-13", "missile_test", None, ["north-korea"],
                    ["hwasong-18"], sentence="The launch of the Hwasong-18 worried Tokyo.")
    stale = event("blog-k", "2023-08-20", "missile_test", None, ["north-korea"],
                  ["hwasong-18"], sentence="Analysts still debate the Hwasong-18 launch.")
    events = list(build_timeline([stale, undated, LAUNCH_A]))
    assert [(e["date"], [s["doc"] for s in e["sources"]], e["first_reported"])
            for e in events] == [
        ({"value": "2023-07-12", "text": "Wednesday"}, ["wire-a", "blog-j"], "2023-07-12"),
        ({"value": None, "text": None}, ["blog-k"], "2023-08-20"),
    ]


def test_a_launch_on_new_years_eve_told_as_of_new_years_day_is_one_event():
    eve = event("wire-l", "2023-12-31", "missile_test", "2023-12-31", ["north-korea"],
                ["kn-25"], sentence="North Korea fired a KN-25 late on Sunday.")
    day = event("seoul-m", "2024-01-01", "missile_test", "2024-01-01", ["north-korea"],
                ["kn-25"], sentence="The North launched a KN-25 rocket early on Monday.")
    (merged,) = build_timeline([day, eve])
    assert [s["doc"] for s in merged["sources"]] == ["wire-l", "seoul-m"]


def test_the_same_record_given_twice_counts_once_and_other_kinds_are_ignored():
    actor = {"kind": "actor", "doc": "wire-a", "id": "north-korea", "start": 0, "end": 11}
    (merged,) = build_timeline([LAUNCH_A, actor, dict(LAUNCH_A)])
    assert merged["n_sources"] == 1


def _many_records():
    records = [LAUNCH_A, LAUNCH_B, LAUNCH_C, SUSPEND_A, SUSPEND_B, SUSPEND_C]
    for i, day in enumerate(("2022-11-02", "2022-11-03", "2022-11-18", "2022-11-18")):
        for doc in ("x", "y", "z"):
            records.append(event(f"{doc}{i}", day, "missile_test", day,
                                 ["north-korea", ("japan", "target")][: 1 + i % 2],
                                 ["hwasong-17"] if i == 3 else [], start=i,
                                 sentence=f"Report {doc} of launch {i}."))
    records.append(event("u1", "2022-11-19", "missile_test", None, ["north-korea"],
                         ["hwasong-17"], sentence="The ICBM flew for 69 minutes."))
    records.append(event("u2", "2022-11-19", "missile_test", "2022-11", ["north-korea"],
                         sentence="November saw a record number of launches."))
    return records


def test_any_order_gives_byte_identical_output_in_memory_or_spilled_to_disk():
    records = _many_records()
    expected = "".join(json.dumps(e) + "\n" for e in build_timeline(records))
    assert expected.count("\n") >= 6
    rng = random.Random(14)
    for _ in range(20):
        shuffled = records[:]
        rng.shuffle(shuffled)
        for run_size in (3, 100_000):
            got = "".join(json.dumps(e) + "\n"
                          for e in build_timeline(shuffled, run_size=run_size))
            assert got == expected


def test_launches_on_consecutive_days_naming_no_common_system_stay_apart():
    first = [event(doc, "2022-11-02", "missile_test", "2022-11-02", ["north-korea"],
                   sentence="North Korea fired some 23 missiles on Wednesday.")
             for doc in ("wire-n", "paper-o")]
    second = [event(doc, "2022-11-03", "missile_test", "2022-11-03", ["north-korea"],
                    ["hwasong-17"], sentence="An ICBM thought to be a Hwasong-17 flew on Thursday.")
              for doc in ("wire-p", "paper-q")]
    events = list(build_timeline(second + first))
    assert [(e["date"]["value"], sorted(s["doc"] for s in e["sources"])) for e in events] == [
        ("2022-11-02", ["paper-o", "wire-n"]), ("2022-11-03", ["paper-q", "wire-p"])]


SRBM = event("wire-r", "2022-11-17", "missile_test", "2022-11-17", ["north-korea"],
             sentence="North Korea fired a short-range missile on Thursday.")
ICBM = event("wire-s", "2022-11-18", "missile_test", "2022-11-18", ["north-korea"],
             sentence="North Korea fired a suspected ICBM on Friday.")


def test_an_undated_report_between_two_launches_is_left_alone_unless_one_came_after_it():
    friday = event("paper-t", "2022-11-18", "missile_test", None, ["north-korea"],
                   sentence="North Korea has launched a missile, Tokyo says.")
    thursday = event("paper-u", "2022-11-17", "missile_test", None, ["north-korea"],
                     sentence="Japan also confirmed that the North had fired a missile.")
    events = list(build_timeline([friday, ICBM, thursday, SRBM]))
    assert [(e["date"]["value"], [s["doc"] for s in e["sources"]]) for e in events] == [
        ("2022-11-17", ["paper-u", "wire-r"]),
        ("2022-11-18", ["wire-s"]),
        (None, ["paper-t"]),
    ]


def test_a_vague_date_joins_no_event():
    recently = event("paper-v", "2023-07-13", "missile_test", "PAST_REF", ["north-korea"],
                     ["hwasong-18"], sentence="The North has recently tested Hwasong-18s.")
    events = list(build_timeline([LAUNCH_A, recently]))
    assert [(e["date"], [s["doc"] for s in e["sources"]]) for e in events] == [
        ({"value": "2023-07-12", "text": "Wednesday"}, ["wire-a"]),
        ({"value": None, "text": None}, ["paper-v"]),
    ]
    assert events[1]["sources"][0]["date"] == "PAST_REF"


def test_strikes_with_the_same_missile_a_day_apart_are_two_events():
    monday = event("wire-w", "2023-05-15", "combat_use", "2023-05-15", ["russia"], ["kinzhal"],
                   sentence="Russia fired Kinzhal missiles at Kyiv on Monday.")
    tuesday = event("paper-x", "2023-05-16", "combat_use", "2023-05-16", ["russia"],
                    ["kinzhal"], sentence="Russia launched Kinzhal missiles again on Tuesday.")
    events = list(build_timeline([tuesday, monday]))
    assert [(e["date"]["value"], [s["doc"] for s in e["sources"]]) for e in events] == [
        ("2023-05-15", ["wire-w"]), ("2023-05-16", ["paper-x"])]
