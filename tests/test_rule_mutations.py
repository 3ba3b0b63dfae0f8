"""The rule examples catch a wrong rule: copy the rules, change one fact, and the examples of the
changed entry (or section) must fail under the same checker as ``test_rules_examples.py``.

Each case copies the shipped rule file holding the entry into an extra rule folder (whose
entries replace the shipped ones, as a user's would), builds one pipeline from it without the
build cache, and runs only the examples that could notice.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import treatyx
from treatyx.ruleset import load_ruleset, shipped_rules_dir
from treatyx.ruleset.examples import cases as example_cases

from .test_rules_examples import case_problems

# (rule file, section, entry id, text in that entry, its replacement, whose examples to run:
#  the entry's own, or a whole section's; a failure must name what the change brought in)
MUTATIONS = [
    pytest.param("systems/china.yml", "systems", "df-26", "class: IRBM", "class: ICBM", "entry",
                 "ICBM", id="df-26-class"),
    pytest.param("systems/china.yml", "systems", "df-26", "country: china", "country: russia",
                 "entry", "russia", id="df-26-country"),
    pytest.param("treaties.yml", "treaties", "new-start", 'signed: "2010-04-08"',
                 'signed: "2001-04-08"', "entry", "2001-04-08", id="new-start-signed"),
    pytest.param("treaties.yml", "treaties", "new-start", 'expires: "2026-02-05"',
                 'expires: "2062-02-05"', "entry", "2062-02-05", id="new-start-expires"),
    pytest.param("events.yml", "events", "withdrawal", "verbs: [", "verbs: [announce, ",
                 "section", "withdrawal", id="withdrawal-announce"),
    pytest.param("events.yml", "events", "withdrawal", "verbs: [", "verbs: [say, ",
                 "section", "withdrawal", id="withdrawal-say"),
]


def mutate_entry(path: Path, entry_id: str, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` at the first line of the YAML entry ``- id: entry_id`` of
    ``path`` that starts with it (a key of the entry, not an example stating it)."""
    text = path.read_text(encoding="utf-8")
    start = re.search(rf"^\s*- id: {re.escape(entry_id)}\s*$", text, re.MULTILINE)
    assert start, f"no entry {entry_id} in {path}"
    after = re.search(r"^\s*- id: ", text[start.end():], re.MULTILINE)
    end = start.end() + after.start() if after else len(text)
    block = text[start.start():end]
    key = re.search(rf"^\s*{re.escape(old)}", block, re.MULTILINE)  # the key, not an example
    assert key, f"{old!r} does not start a line of entry {entry_id}"
    block = block[:key.start()] + key.group().replace(old, new) + block[key.end():]
    path.write_text(text[:start.start()] + block + text[end:], encoding="utf-8")


@pytest.mark.parametrize(("file", "section", "entry_id", "old", "new", "scope", "brought"),
                         MUTATIONS)
def test_changing_one_fact_fails_the_examples(nlp, tmp_path, monkeypatch, file, section, entry_id,
                                              old, new, scope, brought):
    copy = tmp_path / "rules"
    (copy / file).parent.mkdir(parents=True)
    shutil.copyfile(shipped_rules_dir() / file, copy / file)
    mutate_entry(copy / file, entry_id, old, new)
    monkeypatch.setenv("TREATYX_CACHE_DIR", "off")  # built once: writing it would only cost
    cases = [c for c in example_cases(load_ruleset((str(copy),)))
             if c.key == "examples" and c.entry.section == section
             and (scope == "section" or c.entry.id == entry_id)]
    assert any("expect" in c.case for c in cases), "no structured example to catch it"
    for case in cases:  # the shipped rules pass these very examples
        assert not case_problems(nlp, case), case.case["text"]
    mutated = treatyx.load(rules=[str(copy)])
    failures = [problem for case in cases for problem in case_problems(mutated, case)]
    assert failures, f"changing {old!r} to {new!r} in {entry_id} fails no example"
    assert any(brought in problem for problem in failures), failures
