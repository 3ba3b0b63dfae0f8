"""Many phrases as one regex: a prefix tree, so that phrases sharing a start are tried once.

The one trie-to-regex builder of treatyx: the date vocabularies and modifiers
(:mod:`treatyx.timex.patterns`), the range component's phrase lists and number words
(:mod:`treatyx.quantities`) all build their alternations here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

_LOOKAROUND = ("(?!", "(?=", "(?<")
_CHUNK = re.compile(r"\s+|.", re.DOTALL)
_ATOM = re.compile(r"\\?.|\[[^\]]+\]", re.DOTALL)  # one character, escaped or a class


def trie_regex(sequences: Iterable[Sequence[str]],
               render: Callable[[str], str] | None = None) -> str:
    """One regex for many token sequences, each token a piece of regex text ("k", r"\\s+",
    "[aA]", r"(?!\\w)"). Longest match first: at each node the longer continuations are tried
    before the phrase may end there, and zero-width tokens (lookarounds such as a word end)
    after the tokens that consume text.

    A last token that ends every phrase below a node is written once, after their
    alternation (``(?:ab|c)(?!\\w)``, not ``(?:ab(?!\\w)|c(?!\\w))``): the same matches,
    tried in the same order, from a shorter regex that is cheaper to compile.

    ``render`` gives the text written for a token (default: the token itself); the prefix tree
    and the order of its branches are those of the tokens as given."""
    text = render or (lambda token: token)
    end = ""  # no token is empty: marks where a phrase ends
    trie: dict = {}
    for tokens in sequences:
        node = trie
        for token in tokens:
            node = node.setdefault(token, {})
        node[end] = {}

    def emit(node: dict) -> tuple[str, str]:
        """(head, tail): the regex of the phrases below ``node`` is head + tail, where tail
        is the one last token of them all ("" when they do not all end alike)."""
        keys = sorted((k for k in node if k), key=lambda k: (k.startswith(_LOOKAROUND), k))
        alts = []
        for key in keys:
            head, tail = emit(node[key])
            alts.append((text(key) + head, tail) if head or tail else ("", key))
        if end in node:
            alts.append(("", ""))
        tails = {tail for _, tail in alts}
        if len(tails) == 1 and "" not in tails:
            return _alternation([head for head, _ in alts]), tails.pop()
        return _alternation([head + (text(tail) if tail else "") for head, tail in alts]), ""

    head, tail = emit(trie)
    return head + (text(tail) if tail else "")


def _alternation(alts: list[str]) -> str:
    """Alternatives in order; an empty last one (the phrase may end here) as ``?``."""
    if len(alts) <= 1:
        return alts[0] if alts else ""
    if alts[-1] == "":
        body = alts[:-1]
        if len(body) == 1:
            return body[0] + "?" if _ATOM.fullmatch(body[0]) else f"(?:{body[0]})?"
        return "(?:" + "|".join(body) + ")?"
    return "(?:" + "|".join(alts) + ")"


def literal_tokens(text: str) -> list[str]:
    """The tokens of a plain-text phrase: each character escaped, any run of white space
    matching any white space."""
    return [r"\s+" if chunk.isspace() else re.escape(chunk) for chunk in _CHUNK.findall(text)]


def words_regex(words: Iterable[str]) -> str:
    """One regex for plain-text phrases (matched as written; white space matches any)."""
    return trie_regex(literal_tokens(word) for word in words)
