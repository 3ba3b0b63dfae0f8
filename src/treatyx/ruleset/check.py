"""Checks across entries that the schema of one entry cannot see: a name claimed by two
entities, and lexicon lists the components consult but no rule file defines. The loader runs
them on every load, so ``treatyx extract --rules`` refuses what ``treatyx rules check`` does."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import RuleError
from .loader import Entry, RuleSet
from .schema import SECTIONS
from .vocab import CONSULTED_LEXICONS

NAME_KEYS = ("name", "aliases", "metonyms", "adjectives", "demonyms", "weapon_names")


def _names(entry: Entry) -> Iterator[tuple[str, int]]:
    """Each name an entity entry claims, with the line it is written on."""
    for key in NAME_KEYS:
        values = entry.get(key, [])
        lines = entry.lines.get(key, [])
        for index, name in enumerate([values] if isinstance(values, str) else values):
            yield name, lines[index] if index < len(lines) else entry.line


def _entity_entries(ruleset: RuleSet) -> Iterator[tuple[str, Entry]]:
    """The entries that name entities (not the patterns of system designators), with their
    section."""
    for section, spec in SECTIONS.items():
        if spec.entity_kind is not None and section != "system_patterns":
            for entry in ruleset.entries(section):
                yield section, entry


def duplicate_names(ruleset: RuleSet) -> list[RuleError]:
    """A name (exact text) given to two different entities, with both places."""
    claimed: dict[str, tuple[str, str, str]] = {}
    problems = []
    for section, entry in _entity_entries(ruleset):
        seen: set[str] = set()
        for name, line in _names(entry):
            if name in seen:
                continue
            seen.add(name)
            owner = (section, entry.id, f"{entry.path}:{line}")
            first = claimed.setdefault(name, owner)
            if first[:2] != owner[:2]:
                problems.append(RuleError(entry.path, line,
                                          f"name {name!r} of {section} '{entry.id}' is "
                                          f"already claimed by {first[0]} '{first[1]}' "
                                          f"at {first[2]}"))
    return problems


def overlapping_dated_names(ruleset: RuleSet) -> list[RuleError]:
    """A dated alias that another entity claims for an overlapping range of document dates,
    or as a plain name: which one a text means could not be told."""
    plain = {name: entry.id for _, entry in _entity_entries(ruleset)
             for name, _ in _names(entry)}
    spans: dict[str, list[tuple[str, str, str]]] = {}
    problems = []
    for _, entry in _entity_entries(ruleset):
        for names, first, last in entry.dated_aliases():
            for name in names:
                other = plain.get(name)
                if other is not None and other != entry.id:
                    problems.append(RuleError(entry.path, entry.line, (
                        f"dated alias {name!r} of '{entry.id}' is a name of '{other}'")))
                for owner, start, end in spans.get(name, []):
                    if owner != entry.id and start <= last and first <= end:
                        problems.append(RuleError(entry.path, entry.line, (
                            f"dated alias {name!r} of '{entry.id}' overlaps the dates it "
                            f"names '{owner}'")))
                spans.setdefault(name, []).append((entry.id, first, last))
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
    return duplicate_names(ruleset) + overlapping_dated_names(ruleset) + (
        missing_lexicons(ruleset) if include_shipped else [])


def check_ruleset(ruleset: RuleSet) -> list[RuleError]:
    """The cross-entry checks of a loaded rule set (empty: a loaded rule set passed them)."""
    return cross_checks(ruleset)
