"""Every example (and `not`) of every date rule entry, run through the tagger.

An example `{text, dct, value, mod, type}` must yield a date whose rule is the entry's id (for
date_patterns) with the given fields; for date_modifiers the fields must match a date whose
span takes in one of the modifier's words. A `not` sentence must not yield a date by that rule.
"""

from __future__ import annotations

import pytest

from treatyx.ruleset import load_ruleset
from treatyx.timex import DateTagger, load_date_rules

RULESET = load_ruleset(())
TAGGER = DateTagger(load_date_rules(()))
FIELDS = ("value", "type", "mod")


def _cases(kind: str):
    for section in ("date_patterns", "date_modifiers"):
        for entry in RULESET.entries(section):
            for item in entry.get(kind, []):
                example = item if isinstance(item, dict) else {"text": item}
                yield pytest.param(section, entry, example,
                                   id=f"{entry.id}:{example['text'][:40]}")


def _matches(section, entry, found):
    if section == "date_patterns":
        return [t for t in found if t.rule == entry.id]
    words = [w.lower() for w in entry["words"]]
    return [t for t in found if t.mod == entry["mod"]
            and any(w in t.text.lower() for w in words)]


@pytest.mark.parametrize(("section", "entry", "example"), list(_cases("examples")))
def test_rule_examples_yield_their_value(section, entry, example):
    found = TAGGER.tag(example["text"], example.get("dct"))
    hits = _matches(section, entry, found)
    assert hits, f"{entry.where}: no date by '{entry.id}' in {example['text']!r}: {found}"
    wanted = {k: example[k] for k in FIELDS if k in example}
    assert any(all(getattr(t, k) == v for k, v in wanted.items()) for t in hits), (
        f"{entry.where}: {example['text']!r} gave {[(t.text, t.value, t.mod) for t in hits]}, "
        f"wanted {wanted}")


@pytest.mark.parametrize(("section", "entry", "example"), list(_cases("not")))
def test_rule_examples_not_sentences(section, entry, example):
    found = TAGGER.tag(example["text"], example.get("dct"))
    assert not _matches(section, entry, found), f"{entry.where}: {found}"
