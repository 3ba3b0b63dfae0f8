"""Validate raw rule entries against their section model; errors name the offending key.

The YAML loader remembers the line of every key and list item (:mod:`.yamlload`); a pydantic
error's location (``("titles", 0, "from")``) is walked through the raw data to find the line of
the deepest key or item it reaches, so ``file:line`` points at the bad key, not at the entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from ..errors import RuleError
from .models import ENTRY_ID, NON_BLANK, REQUIRES_BUILTINS, Known
from .schema import SECTIONS
from .vocab import ONLY_WORDS
from .yamlload import LineDict

YAML_HINT = (" (YAML reads unquoted no/on/off/yes and numbers as other types: quote them)")
MESSAGES = {
    "string_type": "must be text",
    "float_type": "must be a number",
    "int_type": "must be a whole number",
    "bool_type": "must be true or false",
    "list_type": "must be a list",
    "dict_type": "must be a mapping of keys",
    "model_type": "must be a mapping of keys",
    "model_attributes_type": "must be a mapping of keys",
}
SHOW_INPUT = {*MESSAGES, "literal_error", "string_pattern_mismatch", "greater_than",
              "greater_than_equal"}


def collect_known(raw: Iterable[tuple[str, Any]]) -> Known:
    """The ids of every (section, raw entry) pair, for checking references between entries."""
    known = Known()
    for section, item in raw:
        entry_id = item.get("id")
        if not isinstance(entry_id, str):
            continue
        if section == "actors":
            known.actors.add(entry_id)
            known.actor_types[entry_id] = str(item.get("type"))
            if item.get("type") == "state":
                known.states.add(entry_id)
        elif section == "lexicon":
            known.lexicon.add(entry_id)
        elif section == "systems":
            known.systems.add(entry_id)
        elif section == "date_vocab":
            known.vocab.add(entry_id)
            if item.get("trigger") is True:
                known.trigger_vocab.add(entry_id)
        elif section == "events" and isinstance(item.get("requires"), list):
            known.required.update(need.removeprefix(ONLY_WORDS)
                                  for value in item["requires"] if isinstance(value, str)
                                  for need in value.split("|") if need not in REQUIRES_BUILTINS)
    return known


def _locate(item: LineDict, loc: tuple) -> tuple[int, str, Any]:
    """Line, readable path (``titles[0].from``) and value at the deepest point of ``loc``
    found in the raw data; location parts absent from it (union tags) are skipped."""
    node: Any = item
    line = item.line
    path = ""
    for part in loc:
        if isinstance(node, dict) and part in node:
            line = getattr(node, "key_lines", {}).get(part, line)
            path += f".{part}" if path else str(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            lines = getattr(node, "lines", None)
            line = lines[part] if lines else line
            path += f"[{part}]"
            node = node[part]
    return line, path, node


def _message(error: dict) -> str:
    kind = error["type"]
    if kind == "missing":
        return f"missing required key '{error['loc'][-1]}'"
    if kind == "extra_forbidden":
        return "unknown key"
    text = MESSAGES.get(kind)
    if kind == "string_pattern_mismatch":
        pattern = error["ctx"]["pattern"]
        text = "must not be empty" if pattern == NON_BLANK else (
            "must be lower-case kebab-case text" if pattern == ENTRY_ID else
            f"must match {pattern}")
    elif kind == "literal_error":
        text = f"must be one of {error['ctx']['expected']}"
    elif text is None:
        text = error["msg"]
        text = text[0].lower() + text[1:] if text[:1].isupper() and text[1:2].islower() else text
        text = text.replace("input should be", "must be")
    value = error.get("input")
    if kind in SHOW_INPUT and not isinstance(value, dict | list):
        text += f", got {value!r}"
        if kind == "string_type" and isinstance(value, bool | int | float):
            text += YAML_HINT
    return text


def entry_errors(exc: ValidationError, section: str, item: LineDict, path: str
                 ) -> list[RuleError]:
    """One :class:`RuleError` per bad key (the messages of one key's union members joined)."""
    entry_id = item.get("id")
    label = f"{section} '{entry_id}'" if isinstance(entry_id, str) else f"{section} entry"
    found: dict[tuple[int, str], list[str]] = {}
    for error in exc.errors(include_url=False):
        line, where, _ = _locate(item, error["loc"])
        if not error["loc"]:  # the entry as a whole: name its id line
            line = item.key_lines.get("id", item.line)
        message = _message(error)
        if error["type"] == "extra_forbidden":
            allowed = _allowed(section, error["loc"])
            message = f"unknown key '{error['loc'][-1]}'" + (f" (allowed: {allowed})"
                                                            if allowed else "")
            where = where.rpartition(".")[0] if "." in where else ""
        messages = found.setdefault((line, where), [])
        if message not in messages:
            messages.append(message)
    return [RuleError(path, line, f"{label}: {where + ': ' if where else ''}"
                                  f"{' or '.join(messages)}")
            for (line, where), messages in found.items()]


def _allowed(section: str, loc: tuple) -> str:
    """The keys allowed where an unknown key was found (top level of an entry only)."""
    if len(loc) != 1:
        return ""
    fields = SECTIONS[section].model.model_fields
    return ", ".join(sorted(f.alias or name for name, f in fields.items()))


def validate_entry(section: str, item: LineDict, path: str, known: Known | None
                   ) -> list[RuleError]:
    """Problems of one raw entry (empty when it is valid)."""
    try:
        SECTIONS[section].model.model_validate(item, context=known)
    except ValidationError as exc:
        return entry_errors(exc, section, item, path)
    return example_field_errors(section, item, path)


# The kind of record the examples of each section produce (their fields are that kind's).
SECTION_RECORDS = {"treaties": "treaty", "systems": "system", "system_patterns": "system",
                   "actors": "actor", "titles": "actor", "events": "event", "event_cues": "event",
                   "units": "range", "numbers": "range"}
CASE_KEYS = ("text", "dct", "expect")


def example_field_errors(section: str, item: LineDict, path: str) -> list[RuleError]:
    """Record fields an example names that its record kind does not have (a misspelt field
    would otherwise fail, or pass, for the wrong reason), at the line of the field."""
    from ..recordkinds import field_names

    kind = SECTION_RECORDS.get(section) or ("date" if section.startswith("date_") else
                                            "range" if section.startswith("range_") else None)
    label = f"{section} '{item.get('id')}'"
    problems = []

    def check(mapping: LineDict, record_kind: str, where: str, skip: tuple[str, ...]) -> None:
        known = field_names(record_kind)
        for key in mapping:
            if key not in skip and key not in known:
                problems.append(RuleError(path, mapping.key_lines.get(key, mapping.line),
                                          f"{label}: {where}: {key!r} is not a field of "
                                          f"{record_kind} records ({', '.join(known[7:])})"))

    for list_key in ("examples", "not"):
        for index, case in enumerate(item.get(list_key) or []):
            if not isinstance(case, LineDict):
                continue
            if kind is not None:
                check(case, kind, f"{list_key}[{index}]", CASE_KEYS)
            for number, expected in enumerate(case.get("expect") or []):
                check(expected, expected["kind"], f"{list_key}[{index}].expect[{number}]",
                      ("kind",))
    return problems


