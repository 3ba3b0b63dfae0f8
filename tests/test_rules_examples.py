"""Every `examples:` and `not:` sentence in the shipped rule files, run through the pipeline.

An example must yield a record whose `id` or `rule` is its entry's id (plus any fields the
example lists at its top level); a `not` sentence must yield none. An example with an `expect:`
list also states the whole answer: for each kind it names, the records of that kind in the
sentence must be exactly the expected ones (none missing, none extra), each with the fields
given. Adding knowledge adds tests; :func:`example_problems` is the one checker, also used by
``test_rule_mutations.py`` to show that a wrong rule fails it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from spacy.language import Language

import treatyx
from treatyx.ruleset import Entry, load_ruleset

from .conftest import check_records

# The fields a failure message (and a proposed expectation) shows for each kind of record.
SUMMARY_FIELDS = {
    "actor": ("id", "type", "country"),
    "treaty": ("id", "signed", "in_force", "expires", "ended"),
    "system": ("id", "class", "country"),
    "date": ("text", "value", "type"),
    "range": ("text", "min_km", "max_km", "bound", "measure"),
    "event": ("type", "status", "actors", "treaty", "systems", "date"),
}
CASE_KEYS = ("text", "dct", "expect")


def example_cases(entries: list[Entry], key: str) -> Iterator[tuple[Entry, int, dict]]:
    """(entry, index, case) for every `examples` (or `not`) item, a string made a mapping."""
    for entry in entries:
        for index, example in enumerate(entry.get(key, [])):
            yield entry, index, example if isinstance(example, dict) else {"text": example}


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


def extract(nlp: Language, case: dict) -> list[dict]:
    return check_records(treatyx.extract(case["text"], date=case.get("dct"), nlp=nlp),
                         case["text"])


def example_problems(nlp: Language, entry: Entry, case: dict) -> list[str]:
    """Why an `examples:` item of ``entry`` does not hold under ``nlp`` (empty when it does)."""
    records = extract(nlp, case)
    own = produced_by(records, entry)
    if not own:
        return [f"{entry.section} '{entry.id}' not produced by: {case['text']}"]
    problems = []
    fields = {k: v for k, v in case.items() if k not in CASE_KEYS}
    if fields and not any(record_matches(r, fields) for r in own):
        problems.append(f"no record with {fields} among {[summary(r) for r in own]}")
    return problems + whole_answer_problems(records, case.get("expect") or [])


def not_problems(nlp: Language, entry: Entry, case: dict) -> list[str]:
    """Why a `not:` item of ``entry`` does not hold (empty when the entry is not produced)."""
    if produced_by(extract(nlp, case), entry):
        return [f"{entry.section} '{entry.id}' wrongly produced by: {case['text']}"]
    return []


def _params(key: str):
    return [pytest.param(entry, case, id=f"{entry.section}:{entry.id}:{index}")
            for entry, index, case in example_cases(list(load_ruleset(())), key)]


@pytest.mark.parametrize(("entry", "case"), _params("examples"))
def test_rules_example_produces_its_entry(nlp, entry, case):
    problems = example_problems(nlp, entry, case)
    assert not problems, f"{entry.where}: {case['text']}\n" + "\n".join(problems)


@pytest.mark.parametrize(("entry", "case"), _params("not"))
def test_rules_not_sentence_does_not_produce_entry(nlp, entry, case):
    problems = not_problems(nlp, entry, case)
    assert not problems, f"{entry.where}: " + "\n".join(problems)
