"""Every example (and `not`) of every date rule entry, run through the tagger.

An example `{text, dct, value, mod, type}` must yield a date whose rule is the entry's id with
the given fields; a `not` sentence must not yield a date by that rule. (tests/test_rules_examples.py
runs the same through the whole pipeline; this runs the tagger alone and fails faster.)
"""

from __future__ import annotations

import pytest

from treatyx.ruleset import load_ruleset
from treatyx.timex import DateTagger, load_date_rules

RULESET = load_ruleset(())
TAGGER = DateTagger(load_date_rules(()))
FIELDS = ("value", "type", "mod")


def _cases(kind: str):
    for entry in RULESET.entries("date_patterns"):
        for item in entry.get(kind, []):
            example = item if isinstance(item, dict) else {"text": item}
            yield pytest.param(entry, example, id=f"{entry.id}:{example['text'][:40]}")


@pytest.mark.parametrize(("entry", "example"), list(_cases("examples")))
def test_rule_examples_yield_their_value(entry, example):
    found = TAGGER.tag(example["text"], example.get("dct"))
    hits = [t for t in found if t.rule == entry.id]
    assert hits, f"{entry.where}: no date by '{entry.id}' in {example['text']!r}: {found}"
    wanted = {k: example[k] for k in FIELDS if k in example}
    assert any(all(getattr(t, k) == v for k, v in wanted.items()) for t in hits), (
        f"{entry.where}: {example['text']!r} gave {[(t.text, t.value, t.mod) for t in hits]}, "
        f"wanted {wanted}")


@pytest.mark.parametrize(("entry", "example"), list(_cases("not")))
def test_rule_examples_not_sentences(entry, example):
    found = TAGGER.tag(example["text"], example.get("dct"))
    assert not [t for t in found if t.rule == entry.id], f"{entry.where}: {found}"


def test_rule_examples_every_pattern_has_one():
    missing = [e.where + " " + e.id for e in RULESET.entries("date_patterns")
               if not e.get("examples")]
    assert len(missing) <= 12, missing
