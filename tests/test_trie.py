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


def test_trie_regex_writes_a_last_token_shared_by_every_phrase_once():
    word_end = r"(?!\w)"
    phrases = [["[aA]", "[sS]", word_end], ["[sS]", word_end], ["t", "o", word_end],
               ["t", "o", "n", word_end]]
    regex = trie_regex(phrases)
    assert regex == r"(?:[aA][sS]|[sS]|ton?)(?!\w)"
    one_per_phrase = "|".join("".join(tokens) for tokens in
                              [phrases[0], phrases[1], phrases[3], phrases[2]])
    text = "As s ton to tone sa As."
    assert [m.span() for m in re.finditer(regex, text)] == \
        [m.span() for m in re.finditer(one_per_phrase, text)] == \
        [(0, 2), (3, 4), (5, 8), (9, 11), (20, 22)]


def test_trie_regex_renders_tokens_without_changing_the_tree_or_its_order():
    phrases = [["[aA]", "[sS]"], ["[aA]", "t"], ["B"]]
    written = {"[aA]": "a", "[sS]": "(?a:s)", "B": "(?-i:B)"}
    regex = trie_regex(phrases, lambda token: written.get(token, token))
    assert regex == "(?:(?-i:B)|a(?:(?a:s)|t))"  # branches in the order of the tokens
    assert trie_regex(phrases) == "(?:B|[aA](?:[sS]|t))"


def test_phrases_regex_ignores_ascii_case_only():
    from treatyx.quantities import phrases_regex

    regex = re.compile(phrases_regex([("km", True), ("is", True), ("M", False)]))
    text = "KM km Km \u212am IS iS \u0131s \u017f M m"
    assert [m.group() for m in regex.finditer(text)] == ["KM", "km", "Km", "IS", "iS", "M"]
