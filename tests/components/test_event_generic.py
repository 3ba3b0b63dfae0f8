"""Generic mentions are no events: what a treaty does, what a weapon can do, a condition, a
class of events, a goal (the ``generic`` status cues of rules/events.yml)."""

from __future__ import annotations

import pytest

from ..conftest import of_kind


def event_types(records: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"], e["status"]) for e in of_kind(records, "event")]


@pytest.mark.parametrize("text", [
    "The CTBT prohibits every nuclear test explosion, civilian or military.",
    "The accord limits each side to deploying 700 missile launchers.",
    "Seoul says the Hyunmoo-5 is capable of striking any target in the North.",
    "The new interceptor is designed to intercept missiles in their final phase.",
    "Eight more states have to ratify the CTBT for it to enter into force.",
    "Such missile launches usually end in the sea east of the peninsula.",
    "Beijing wants the THAAD dispute settled through dialogue on missile defence.",
    "The accord is a first step towards the total elimination of nuclear weapons.",
    "The two sides share the aim of concluding a binding agreement on missiles.",
    "The CTBT aims to outlaw nuclear explosions of every kind.",
    "Signatories are barred from conducting nuclear tests.",
])
def test_event_generic_mentions_are_no_events(run, text):
    assert event_types(run(text)) == []


def test_event_generic_cue_leaves_the_specific_event_of_the_sentence(run):
    records = run("Russia tested a missile capable of carrying several warheads on Friday.",
                  date="2023-06-05")
    assert event_types(records) == [("missile_test", "asserted")]
