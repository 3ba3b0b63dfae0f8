"""Run the `examples:` and `not:` of rule entries through a pipeline: what `treatyx rules
check` reports, each failure with the file and line of the example.

An example must yield a record whose `id` or `rule` is its entry's id, with any record fields
the example lists at its top level; a `not` sentence must yield none. An example with an
`expect:` list states the whole answer: for each kind it names, the records of that kind in the
sentence must be exactly the expected ones (none missing, none extra), each with the fields
given. The semantics are those of the test suite's example tests (tests/test_rules_examples.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import RuleError
from ..records import ref_id, ref_ids
from .loader import Entry, RuleSet

# The fields a failure message shows for each kind of record.
SUMMARY_FIELDS = {
    "actor": ("id", "type", "country"),
    "treaty": ("id", "signed", "in_force", "expires", "ended"),
    "system": ("id", "class", "country"),
    "date": ("text", "value", "type"),
    "range": ("text", "min_km", "max_km", "bound", "measure"),
    "event": ("type", "status", "actors", "treaty", "systems", "date"),
}
CASE_KEYS = ("text", "dct", "expect")


@dataclass(frozen=True)
class Case:
    """One `examples` or `not` item of an entry, as a mapping, with its line."""

    entry: Entry
    key: str  # "examples" or "not"
    index: int
    case: dict[str, Any]

    @property
    def line(self) -> int:
        lines = self.entry.lines.get(self.key, [])
        return lines[self.index] if self.index < len(lines) else self.entry.line


def cases(ruleset: RuleSet) -> Iterator[Case]:
    for entry in ruleset:
        for key in ("examples", "not"):
            for index, example in enumerate(entry.get(key, [])):
                yield Case(entry, key, index,
                           example if isinstance(example, dict) else {"text": example})


def produced_by(records: list[dict], entry: Entry) -> list[dict]:
    return [r for r in records if entry.id in (r.get("rule"), r.get("id"))]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _actor(item: Any) -> tuple[Any, Any]:
    """An expected actor: ``russia`` (an agent) or ``{id: russia, role: target}``."""
    if isinstance(item, dict):
        return item.get("id"), item.get("role", "agent")
    return item, "agent"


def field_matches(key: str, have: Any, want: Any) -> bool:
    """Whether a record's field ``have`` is what an example says (``want``)."""
    want = _plain(want)
    if key == "actors":
        if not isinstance(want, list):
            return False
        return sorted(_actor(w) for w in want) == sorted(
            (a.get("id"), a.get("role")) for a in have or [])
    if isinstance(want, list) and isinstance(have, list):
        # an event's systems: {id, name, text} references, named by id in an example
        have = [h.get("id") if isinstance(h, dict) else h for h in have]
        return sorted(map(str, want)) == sorted(map(str, have))
    if isinstance(have, dict) and not isinstance(want, dict) and want is not None:
        have = have.get("value", have.get("id"))  # an event's date, a source: its value or id
    if isinstance(want, dict):
        return isinstance(have, dict) and all(
            field_matches(k, have.get(k), v) for k, v in want.items())
    return have == want


def record_matches(record: dict, expected: dict) -> bool:
    return all(field_matches(k, record.get(k), v) for k, v in expected.items())


def summary(record: dict) -> dict:
    """The fields that matter of a record, as an example would state them."""
    out: dict[str, Any] = {"kind": record["kind"]}
    for key in SUMMARY_FIELDS.get(record["kind"], ("id",)):
        value = record.get(key)
        if key == "actors":
            value = [a["id"] if a["role"] == "agent" else {"id": a["id"], "role": a["role"]}
                     for a in value or []]
        elif key == "date" and record["kind"] == "event":
            value = value["value"] if value else None
        elif key == "treaty" and record["kind"] == "event":
            value = ref_id(value)
        elif key == "systems":
            value = ref_ids(value)
        out[key] = value
    return out


def _pairs(expected: list[dict], records: list[dict]) -> bool:
    """Whether every expectation can be given its own record (a perfect matching)."""
    if not expected:
        return not records
    first, rest = expected[0], expected[1:]
    return any(record_matches(r, first) and _pairs(rest, records[:i] + records[i + 1:])
               for i, r in enumerate(records))


def whole_answer_problems(records: list[dict], expect: list[dict]) -> list[str]:
    """What differs between the records and the expected ones, for each kind expected."""
    problems = []
    for kind in dict.fromkeys(e.get("kind") for e in expect):
        wanted = [{k: v for k, v in e.items() if k != "kind"} for e in expect
                  if e.get("kind") == kind]
        found = [r for r in records if r["kind"] == kind]
        if len(wanted) == len(found) and _pairs(wanted, found):
            continue
        missing = [w for w in wanted if not any(record_matches(r, w) for r in found)]
        extra = [summary(r) for r in found if not any(record_matches(r, w) for w in wanted)]
        problems.append(f"{kind} records differ: expected {len(wanted)}, got {len(found)}; "
                        f"missing {missing}; unexpected {extra}"
                        + ("" if missing or extra else f"; got {[summary(r) for r in found]}"))
    return problems


def example_problems(records: list[dict], entry: Entry, case: dict) -> list[str]:
    """Why an `examples:` item of ``entry`` does not hold for ``records`` (empty: it does)."""
    own = produced_by(records, entry)
    if not own:
        return [f"{entry.section} '{entry.id}' not produced by: {case['text']}"]
    problems = []
    fields = {k: v for k, v in case.items() if k not in CASE_KEYS}
    if fields and not any(record_matches(r, fields) for r in own):
        problems.append(f"no record with {fields} among {[summary(r) for r in own]}")
    return problems + whole_answer_problems(records, case.get("expect") or [])


def not_problems(records: list[dict], entry: Entry, case: dict) -> list[str]:
    """Why a `not:` item of ``entry`` does not hold (empty when the entry is not produced)."""
    if produced_by(records, entry):
        return [f"{entry.section} '{entry.id}' wrongly produced by: {case['text']}"]
    return []


def check_examples(ruleset: RuleSet, nlp: Any, only: tuple[str, ...] | None = None
                   ) -> tuple[int, list[RuleError]]:
    """Run the examples and `not` sentences through ``nlp`` (a treatyx pipeline built from
    the same rules): all of them, or ``only`` those of entries from these rule folders. How
    many ran, and one :class:`RuleError` per failing one."""
    from ..api import extract_texts

    prefixes = None if only is None else tuple(f"{f.rstrip('/')}/" for f in only)
    todo = [c for c in cases(ruleset) if prefixes is None or c.entry.path.startswith(prefixes)]
    items = ((c.case["text"], {"id": str(i), "date": c.case.get("dct")})
             for i, c in enumerate(todo))
    failures: list[RuleError] = []
    for case, records in zip(todo, extract_texts(items, nlp=nlp), strict=True):
        check = example_problems if case.key == "examples" else not_problems
        for problem in check(records, case.entry, case.case):
            failures.append(RuleError(case.entry.path, case.line,
                                      f"{case.key}[{case.index}]: {problem}"))
    return len(todo), failures
