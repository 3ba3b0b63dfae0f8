"""Event status cues in real-looking sentences: the longest cue wins, cues that need words
between them and the trigger, and quoted terms."""

from __future__ import annotations

import pytest

from ..conftest import of_kind


def statuses(records: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"], e["status"]) for e in of_kind(records, "event")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow announced it would withdraw from the Open Skies Treaty.",
     [("withdrawal", "planned")]),
    ("Pyongyang has refused for years to destroy its Hwasong-15 missiles.",
     [("elimination", "negated")]),
    ("Iran has yet to develop a Khorramshahr-4 warhead, the report said.",
     [("development", "negated")]),
    ("Biden backed his proposal to extend New START by five years.",
     [("extension", "hypothetical")]),
    ("Biden proposed extending New START by five years.", [("extension", "hypothetical")]),
    ("Grossi requested a meeting with Iran on resuming nuclear inspections.",
     [("talks", "hypothetical"), ("inspection", "hypothetical")]),
    ('The Pentagon will begin "episodic deployments" of Typhon launchers in Germany.',
     [("deployment", "planned")]),
])
def test_event_status_of_cues(run, text, expected):
    assert statuses(run(text)) == expected
