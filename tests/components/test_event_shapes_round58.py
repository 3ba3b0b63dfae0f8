"""Shapes found in round 58 on part BI and the parts tuned on before: launches that kill
people in a text that tells no test, a relative clause on an object with a subject of its
own (its verb an event, its date and status its own, its pronoun the main subject), calls
for calm, and a resolution that censures a state."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    ("Missiles fired by Iran killed three people in the port city on Friday.",
     [("combat_use", "asserted", ["iran"], [], [], "2024-04-19")]),
    ("Rockets launched by the Houthis wounded two guards at the airport on Friday.",
     [("combat_use", "asserted", ["houthis", "yemen"], [], [], "2024-04-19")]),
    # a drill told anywhere in the text: an accident of a test can kill too
    ("The navy held a live-fire exercise off the coast on Friday. A missile fired by "
     "Taiwan's navy killed a fisherman on Friday.",
     [("missile_test", "asserted", ["taiwan"], [], [], "2024-04-19")]),
])
def test_a_launch_that_kills_is_combat_use_unless_the_text_tells_a_test(run, text, expected):
    assert summary(run(text, date="2024-04-20")) == expected
