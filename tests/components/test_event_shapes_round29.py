"""Shapes found in round 29 on part AF: weapons that name an attack rather than what was
launched, and weapon words joined by "and" before one noun."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # the rockets name the attacks: no launch of rockets besides them
    ("Moscow launched a large wave of rocket attacks across Ukraine on Monday.",
     [("combat_use", "asserted", ["russia"], [], [], "2023-03-13")]),
    ("Moscow launched missile and drone attacks across Ukraine on Monday.",
     [("combat_use", "asserted", ["russia"], [], [], "2023-03-13")]),
    # weapons launched in a wave are still launched
    ("Pyongyang launched a wave of missiles into the sea on Monday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2023-03-13")]),
    # the weapons of an attack in another phrase still arm a strike
    ("It was the second direct strike by Tehran on Israel, following a missile and drone assault "
     "in April.",
     [("combat_use", "asserted", ["iran"], ["israel"], [], None)]),
])
def test_weapons_that_name_an_attack(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "drone and missile" modify one noun: the sentence's subject carried the attacks out
    ("The Houthis carried out drone and missile attacks on Israel on Monday.",
     [("combat_use", "asserted", ["houthis", "yemen"], ["israel"], [], "2023-03-13")]),
    ("The Houthis launched missile and drone attacks on Israel on Monday.",
     [("combat_use", "asserted", ["houthis", "yemen"], ["israel"], [], "2023-03-13")]),
])
def test_weapon_words_joined_before_one_noun(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected
