"""Every `examples:` and `not:` sentence in the shipped rule files, run through the pipeline.

An example must yield a record whose `id` or `rule` is its entry's id (plus any fields the
example lists); a `not` sentence must yield none. Adding knowledge adds tests.
"""

from __future__ import annotations

import pytest

from treatyx.ruleset import load_ruleset

from .conftest import check_records


def _cases(key: str):
    for entry in load_ruleset(()):
        for index, example in enumerate(entry.get(key, [])):
            case = example if isinstance(example, dict) else {"text": example}
            yield pytest.param(entry.section, entry.id, case,
                               id=f"{entry.section}:{entry.id}:{index}")


def _produced_by(records: list[dict], section: str, entry_id: str) -> list[dict]:
    return [r for r in records if entry_id in (r.get("rule"), r.get("id"))
            or (section == "events" and r["kind"] == "event" and r.get("rule") == entry_id)]


def _extract(nlp, case: dict) -> list[dict]:
    import treatyx

    return check_records(treatyx.extract(case["text"], date=case.get("dct"), nlp=nlp),
                         case["text"])


@pytest.mark.parametrize(("section", "entry_id", "case"), list(_cases("examples")))
def test_rules_example_produces_its_entry(nlp, section, entry_id, case):
    records = _produced_by(_extract(nlp, case), section, entry_id)
    assert records, f"{section} '{entry_id}' not produced by: {case['text']}"
    expected = {k: v for k, v in case.items() if k not in ("text", "dct")}
    if expected:
        assert any(all(r.get(k) == v for k, v in expected.items()) for r in records), (
            f"no record with {expected} among {records}")


@pytest.mark.parametrize(("section", "entry_id", "case"), list(_cases("not")))
def test_rules_not_sentence_does_not_produce_entry(nlp, section, entry_id, case):
    records = _produced_by(_extract(nlp, case), section, entry_id)
    assert not records, f"{section} '{entry_id}' wrongly produced by: {case['text']}"
