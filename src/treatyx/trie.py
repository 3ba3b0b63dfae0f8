"""Many phrases as one regex: a prefix tree, so that phrases sharing a start are tried once.

The one trie-to-regex builder of treatyx: the date vocabularies and modifiers
(:mod:`treatyx.timex.patterns`), the range component's phrase lists and number words
(:mod:`treatyx.quantities`) all build their alternations here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_LOOKAROUND = ("(?!", "(?=", "(?<")
_CHUNK = re.compile(r"\s+|.", re.DOTALL)


def trie_regex(sequences: Iterable[Sequence[str]]) -> str:
    """One regex for many token sequences, each token a piece of regex text ("k", r"\\s+",
    "[aA]", r"(?!\\w)"). Longest match first: at each node the longer continuations are tried
    before the phrase may end there, and zero-width tokens (lookarounds such as a word end)
    after the tokens that consume text."""
    end = ""  # no token is empty: marks where a phrase ends
    trie: dict = {}
    for tokens in sequences:
        node = trie
        for token in tokens:
            node = node.setdefault(token, {})
        node[end] = {}

    def emit(node: dict) -> str:
        keys = sorted((k for k in node if k), key=lambda k: (k.startswith(_LOOKAROUND), k))
        alts = [key + emit(node[key]) for key in keys]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end in node:
            body = body + "?" if len(alts) == 1 and len(alts[0]) == 1 else f"(?:{body})?"
        return body

    return emit(trie)


def literal_tokens(text: str) -> list[str]:
    """The tokens of a plain-text phrase: each character escaped, any run of white space
    matching any white space."""
    return [r"\s+" if chunk.isspace() else re.escape(chunk) for chunk in _CHUNK.findall(text)]


def words_regex(words: Iterable[str]) -> str:
    """One regex for plain-text phrases (matched as written; white space matches any)."""
    return trie_regex(literal_tokens(word) for word in words)
