"""Shapes found in round 23 on part Z: a weapon name before a hyphenated weapon phrase, the
protocol of a zone treaty, "station" as a place, "hit by Russian missiles", a threat of war, a secret nuclear facility,
a reach "enough to" strike, efforts and pretexts, and a present-tense headline beside an
older launch."""

from __future__ import annotations

import pytest

from ..conftest import of_kind
from .test_event_arguments import summary
from .test_event_shapes_round15 import with_treaty


@pytest.mark.parametrize(("text", "expected"), [
    # a name that is also a given name names the missile only before a weapon word; a
    # word joined by hyphens counts as one on the way there
    ("Iran tested the Emad surface-to-air missile on Sunday.", ["emad"]),
    ("Iran fired an Emad medium-range ballistic missile on Sunday.", ["emad"]),
    ("Emad Hosseini, a lawmaker, said the missile test was a success.", []),
    ("Iran named the Emad project after a general, and the missile was shown later.", []),
])
def test_a_weapon_name_before_a_hyphenated_phrase(run, text, expected):
    assert [r["id"] for r in of_kind(run(text), "system")] == expected


def test_the_protocol_of_a_zone_treaty_is_its_own_treaty(run):
    text = ("The United States, Russia, China, Britain and France signed a protocol to the "
            "Treaty on a Nuclear-Weapons-Free Zone in Central Asia on Tuesday.")
    assert with_treaty(run(text, date="2014-05-07")) == [
        ("signing", "asserted",
         ["china", "france", "russia", "united-kingdom", "united-states"], [], [],
         "2014-05-06", "canwfz-protocol")]
    assert with_treaty(run("Kazakhstan signed the Treaty on a Nuclear-Weapons-Free Zone in "
                           "Central Asia in 2006.")) == [
        ("signing", "asserted", ["kazakhstan"], [], [], "2006", "semipalatinsk")]
