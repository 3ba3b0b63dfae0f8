"""Checks across entries that single-entry validation cannot see: a name claimed by two
entities, and event entries that have no trigger at all."""

from __future__ import annotations

from ..errors import RuleError
from .loader import RuleSet
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


def triggerless_events(ruleset: RuleSet) -> list[RuleError]:
    return [RuleError(e.path, e.line, f"events entry '{e.id}' has no verbs, nouns or phrases")
            for e in ruleset.entries("events")
            if not (e.get("verbs") or e.get("nouns") or e.get("phrases"))]


def check_ruleset(ruleset: RuleSet) -> list[RuleError]:
    return duplicate_names(ruleset) + triggerless_events(ruleset)
