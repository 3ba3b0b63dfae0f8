"""The one trie-to-regex builder (treatyx.trie)."""

from __future__ import annotations

import re

from treatyx.trie import trie_regex, words_regex


def test_words_regex_prefers_the_longest_phrase_and_shares_prefixes():
    regex = words_regex(["km", "kms", "kilometre", "kilometres", "nautical mile"])
    assert regex == r"(?:k(?:ilometres?|ms?)|nautical\s+mile)"
    found = [m.group() for m in re.finditer(regex, "3 kms, 4 kilometres, 5 nautical  mile")]
    assert found == ["kms", "kilometres", "nautical  mile"]


def test_words_regex_escapes_special_characters():
    assert re.fullmatch(words_regex(["a.m.", "p.m."]), "a.m.")
    assert not re.fullmatch(words_regex(["a.m."]), "axmx")


def test_trie_regex_tries_a_word_end_after_the_longer_continuations():
    word_end = r"(?!\w)"
    regex = trie_regex([["t", "o", word_end], ["t", "o", "n", word_end]])
    assert [m.group() for m in re.finditer(regex, "to ton tone")] == ["to", "ton"]


def test_trie_regex_of_nothing_is_empty():
    assert trie_regex([]) == ""
