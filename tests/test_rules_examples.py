"""Every `examples:` and `not:` sentence in the shipped rule files, run through the pipeline.

An example must yield a record whose `id` or `rule` is its entry's id (plus any fields the
example lists at its top level); a `not` sentence must yield none. An example with an `expect:`
list also states the whole answer: for each kind it names, the records of that kind in the
sentence must be exactly the expected ones (none missing, none extra), each with the fields
given. The checker is the one `treatyx rules check` runs (:mod:`treatyx.ruleset.examples`);
:func:`case_problems` is also what ``test_rule_mutations.py`` uses to show that a wrong rule
fails it. Adding knowledge adds tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import treatyx
from treatyx.ruleset import load_ruleset
from treatyx.ruleset.examples import Case, cases, example_problems, not_problems

from .conftest import check_records


def case_problems(nlp: Language, case: Case) -> list[str]:
    """Why an `examples:` or `not:` item does not hold under ``nlp`` (empty when it does);
    the records are also checked against the record schema and their offsets."""
    text = case.case["text"]
    records = check_records(treatyx.extract(text, date=case.case.get("dct"), nlp=nlp), text)
    check = example_problems if case.key == "examples" else not_problems
    return check(records, case.entry, case.case)


def _params(key: str):
    return [pytest.param(case, id=f"{case.entry.section}:{case.entry.id}:{case.index}")
            for case in cases(load_ruleset(())) if case.key == key]


@pytest.mark.parametrize("case", _params("examples"))
def test_rules_example_produces_its_entry(nlp, case):
    problems = case_problems(nlp, case)
    assert not problems, f"{case.entry.path}:{case.line}: {case.case['text']}\n" + "\n".join(
        problems)


@pytest.mark.parametrize("case", _params("not"))
def test_rules_not_sentence_does_not_produce_entry(nlp, case):
    problems = case_problems(nlp, case)
    assert not problems, f"{case.entry.path}:{case.line}: " + "\n".join(problems)
