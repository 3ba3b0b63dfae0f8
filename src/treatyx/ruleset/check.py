"""Checks across entries that the schema of one entry cannot see: a name claimed by two
entities, and lexicon lists the components consult but no rule file defines. The loader runs
them on every load, so ``treatyx extract --rules`` refuses what ``treatyx rules check`` does."""

from __future__ import annotations

from ..errors import RuleError
from .loader import RuleSet
from .models import CONSULTED_LEXICONS
from .schema import SECTIONS

NAME_KEYS = ("name", "aliases", "metonyms", "adjectives", "demonyms")


def duplicate_names(ruleset: RuleSet) -> list[RuleError]:
    """A name (exact text) given to two different entities, with both places."""
    claimed: dict[str, tuple[str, str, str]] = {}
    problems = []
    for section, spec in SECTIONS.items():
        if spec.entity_kind is None or section == "system_patterns":
            continue
        for entry in ruleset.entries(section):
            names = [entry["name"]] + [n for key in NAME_KEYS[1:] for n in entry.get(key, [])]
            for name in dict.fromkeys(names):
                owner = (section, entry.id, entry.where)
                first = claimed.setdefault(name, owner)
                if first[:2] != owner[:2]:
                    problems.append(RuleError(entry.path, entry.line,
                                              f"name {name!r} of {section} '{entry.id}' is "
                                              f"already claimed by {first[0]} '{first[1]}' "
                                              f"at {first[2]}"))
    return problems


def missing_lexicons(ruleset: RuleSet) -> list[RuleError]:
    """Lexicon lists the code reads that no rule file defines."""
    defined = {entry.id for entry in ruleset.entries("lexicon")}
    return [RuleError("rules/lexicon.yml", None, f"lexicon '{list_id}' is missing: the "
                      "components consult it") for list_id in CONSULTED_LEXICONS
            if list_id not in defined]


def cross_checks(ruleset: RuleSet, include_shipped: bool = True) -> list[RuleError]:
    """Every check across entries (``include_shipped`` False: a partial rule set, where
    lists the shipped rules define may be missing)."""
    return duplicate_names(ruleset) + (missing_lexicons(ruleset) if include_shipped else [])


def check_ruleset(ruleset: RuleSet) -> list[RuleError]:
    """The cross-entry checks of a loaded rule set (empty: a loaded rule set passed them)."""
    return cross_checks(ruleset)
