"""Small helpers shared by the components."""

from __future__ import annotations

import re
import unicodedata

from ..ruleset import RuleSet

_NON_ID = re.compile(r"[^a-z0-9]+")
POSSESSIVES = ("'s", "’s")  # the possessive token, straight and curly apostrophe


def slugify(text: str) -> str:
    """A stable kebab-case id for a name found in text ("Hwasong-19" -> "hwasong-19")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_ID.sub("-", ascii_text.lower()).strip("-") or "unnamed"


def lexicon_words(ruleset: RuleSet, list_id: str) -> set[str]:
    """The lower-cased phrases of one ``lexicon`` entry (empty when it is not defined)."""
    entry = ruleset.find("lexicon", list_id)
    return {phrase.lower() for phrase in entry["phrases"]} if entry else set()


def lexicon_phrases(ruleset: RuleSet, list_id: str) -> list[str]:
    """The phrases of one ``lexicon`` entry as written (for phrase matching)."""
    entry = ruleset.find("lexicon", list_id)
    return list(entry["phrases"]) if entry else []


def contains_phrase(words: list[str], phrases: list[list[str]]) -> bool:
    """Does the word sequence ``words`` hold one of ``phrases`` (each a list of words)?"""
    return any(words[i:i + len(phrase)] == phrase
               for phrase in phrases for i in range(len(words) - len(phrase) + 1))
