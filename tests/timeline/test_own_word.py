"""A launch dated by its actor's own announcement: "Pyongyang said on Thursday that it had
test-fired" in a Thursday paper may give the day of the statement, not of the launch."""

from __future__ import annotations

from treatyx.timeline import build_timeline

from .records import event

WIRE = event("wire-b", "2023-07-12", "missile_test", "2023-07-12", ["north-korea"],
             ["hwasong-18"], start=4, speaker="south-korea",
             sentence="The North fired a Hwasong-18 toward the sea on Wednesday, Seoul said.")


def _daily(doc_date: str, speaker: str) -> list[dict]:
    """One paper's two reports: the launch on Wednesday, and a statement dated Thursday."""
    fired = event("daily-a", doc_date, "missile_test", "2023-07-12", ["north-korea"],
                  ["hwasong-18"], start=10, speaker="south-korea",
                  sentence="A Hwasong-18 was launched from near the capital on Wednesday, the "
                           "South's military said.")
    said = event("daily-a", doc_date, "missile_test", "2023-07-13", ["north-korea"],
                 ["hwasong-18"], start=200, speaker=speaker,
                 sentence="Pyongyang said on Thursday that it had tested the Hwasong-18.")
    return [said, fired]


def _groups(records):
    return [(e["date"]["value"], sorted((s["doc"], s["start"]) for s in e["sources"]))
            for e in build_timeline(records)]


def test_a_launch_and_its_actors_own_announcement_next_day_in_one_document_are_one_event():
    assert _groups([*_daily("2023-07-13", "north-korea"), WIRE]) == [
        ("2023-07-12", [("daily-a", 10), ("daily-a", 200), ("wire-b", 4)])]


def test_another_source_telling_the_next_day_in_that_document_is_a_second_launch():
    assert _groups([*_daily("2023-07-13", "japan"), WIRE]) == [
        ("2023-07-12", [("daily-a", 10), ("wire-b", 4)]),
        ("2023-07-13", [("daily-a", 200)])]


def test_the_actors_word_counts_as_the_launch_day_when_it_is_not_the_papers_day():
    assert _groups([*_daily("2023-07-14", "north-korea"), WIRE]) == [
        ("2023-07-12", [("daily-a", 10), ("wire-b", 4)]),
        ("2023-07-13", [("daily-a", 200)])]


def test_the_event_takes_the_day_most_papers_give_not_an_announcements_finer_time():
    agency = event("kcna-c", "2023-07-13", "missile_test", "2023-07-13TMO", ["north-korea"],
                   ["hwasong-18"], start=0, speaker="north-korea", date_text="Thursday morning",
                   sentence="The state agency said on Thursday morning the Hwasong-18 test "
                            "had succeeded.")
    radio = event("radio-e", "2023-07-13", "missile_test", "2023-07-13", ["north-korea"],
                  ["hwasong-18"], start=30, speaker="north-korea",
                  sentence="Pyongyang claimed on Thursday a flawless Hwasong-18 launch.")
    (merged,) = build_timeline([agency, radio, *_daily("2023-07-13", "north-korea"), WIRE])
    assert merged["date"] == {"value": "2023-07-12", "text": "2023-07-12"}
    assert merged["conflicts"] == [{"field": "date", "values": [
        {"value": "2023-07-13", "docs": ["daily-a", "kcna-c", "radio-e"]},
        {"value": "2023-07-12", "docs": ["daily-a", "wire-b"]}]}]
