"""From articles we wrote, through extract, to the timeline: one launch told by three desks in
two time zones and retold by a fourth article, and a later launch kept apart."""

from __future__ import annotations

import treatyx
from treatyx.timeline import build_timeline

ARTICLES = [
    ("North Korea fired a Hwasong-11 ballistic missile into the sea on Monday evening, US "
     "officials said.", {"id": "wire-desk", "date": "2024-03-18"}),
    ("Japan's defence ministry said North Korea launched a Hwasong-11 missile on Monday.",
     {"id": "tokyo-desk", "date": "2024-03-18"}),
    ("North Korea test-fired a Hwasong-11 early on Tuesday, according to Seoul's Joint Chiefs of "
     "Staff.", {"id": "seoul-desk", "date": "2024-03-19"}),
    ("North Korea fired another Hwasong-11 on Thursday. It had tested the same missile on "
     "Monday.", {"id": "wire-desk-2", "date": "2024-03-21"}),
]


def test_articles_of_one_launch_in_two_time_zones_become_one_event(nlp):
    records = [r for rs in treatyx.extract_texts(ARTICLES, nlp=nlp) for r in rs]
    events = list(build_timeline(records))
    summary = [(e["type"], e["date"]["value"], e["actors"], e["systems"], e["status"],
                [(s["doc"], s["date"]) for s in e["sources"]], e["first_reported"],
                e["conflicts"]) for e in events]
    assert summary == [
        ("missile_test", "2024-03-18TEV", ["north-korea"], ["kn-23"], "asserted",
         [("tokyo-desk", "2024-03-18"), ("wire-desk", "2024-03-18TEV"),
          ("seoul-desk", "2024-03-19"), ("wire-desk-2", "2024-03-18")], "2024-03-18",
         [{"field": "date", "values": [
             {"value": "2024-03-18", "docs": ["tokyo-desk", "wire-desk", "wire-desk-2"]},
             {"value": "2024-03-19", "docs": ["seoul-desk"]}]}]),
        ("missile_test", "2024-03-21", ["north-korea"], ["kn-23"], "asserted",
         [("wire-desk-2", "2024-03-21")], "2024-03-21", []),
    ]
