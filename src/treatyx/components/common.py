"""Small helpers shared by the components."""

from __future__ import annotations

import re
import unicodedata

from ..errors import RuleError, RuleErrors
from ..ruleset import RuleSet
from ..tokenizer import POSSESSIVE_VARIANTS

_NON_ID = re.compile(r"[^a-z0-9]+")
# the possessive token: straight and curly apostrophe, and the variants the tokenizer splits
POSSESSIVES = ("'s", "’s", *POSSESSIVE_VARIANTS)


def slugify(text: str) -> str:
    """A stable kebab-case id for a name found in text ("Hwasong-19" -> "hwasong-19")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_ID.sub("-", ascii_text.lower()).strip("-") or "unnamed"


def _lexicon(ruleset: RuleSet, list_id: str) -> list[str]:
    """The phrases of one ``lexicon`` entry; a list no rule file defines is an error (the
    loader checks the lists the components consult, so this names a list the code misspells)."""
    entry = ruleset.find("lexicon", list_id)
    if entry is None:
        raise RuleErrors([RuleError("lexicon", None, f"lexicon '{list_id}' is not defined "
                                    "in the rules")])
    return entry["phrases"]


def lexicon_words(ruleset: RuleSet, list_id: str) -> set[str]:
    """The lower-cased phrases of one ``lexicon`` entry."""
    return {phrase.lower() for phrase in _lexicon(ruleset, list_id)}


def lexicon_phrases(ruleset: RuleSet, list_id: str) -> list[str]:
    """The phrases of one ``lexicon`` entry as written (for phrase matching)."""
    return list(_lexicon(ruleset, list_id))


def contains_phrase(words: list[str], phrases: list[list[str]]) -> bool:
    """Does the word sequence ``words`` hold one of ``phrases`` (each a list of words)?"""
    return any(words[i:i + len(phrase)] == phrase
               for phrase in phrases for i in range(len(words) - len(phrase) + 1))
