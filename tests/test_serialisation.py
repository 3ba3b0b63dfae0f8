"""A saved pipeline is its rules as data: spacy.load gives the records treatyx extract gives,
whatever happens to the rule files afterwards; the components declare what they need."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import spacy

import treatyx
from treatyx import cache
from treatyx.components.rulebased import DATA_FILE
from treatyx.io.writers import dumps
from treatyx.ruleset import RuleSet, loader
from treatyx.ruleset.loader import shipped_rules_dir

SRC = Path(treatyx.__file__).resolve().parent

TEXTS = [
    ("Beijing, 14 May 2024 - China flew a DF-26 on Tuesday, the defence ministry said, two "
     "weeks after Washington warned that the missile could strike Guam from 4,000 km away.",
     "2024-05-14"),
    ("In February 2023 Russia suspended New START. Moscow said it would still keep to the "
     "treaty's caps on deployed warheads until it lapses in 2026.",
     "2023-03-01"),
    ("North Korea launched a Hwasong-18 solid-fuel missile on Wednesday. Pyongyang said the "
     "test was a warning to Seoul and Washington.\nThe missile flew about 1,000 kilometres.",
     "2023-07-12"),
    ("Skyhook-7 test planned\nThe ministry will test the Skyhook-7 next month, officials said.",
     "2025-01-20"),
]


def _lines(nlp) -> str:
    """Every record of every text, as ``treatyx extract`` writes them (JSON Lines)."""
    out = []
    for index, (text, date) in enumerate(TEXTS):
        records = treatyx.extract(text, date=date, name=f"t{index}", nlp=nlp)
        out.extend(dumps(record) + "\n" for record in records)
    return "".join(out)


def test_a_saved_pipeline_loads_with_plain_spacy_and_gives_the_same_records(nlp, tmp_path):
    nlp.to_disk(tmp_path / "saved")
    for name in ("treatyx_entities", "treatyx_dates", "treatyx_ranges", "treatyx_events"):
        assert (tmp_path / "saved" / name / DATA_FILE).is_file()
    config = (tmp_path / "saved" / "config.cfg").read_text(encoding="utf-8")
    assert "rules = []" in config and str(shipped_rules_dir()) not in config
    loaded = spacy.load(tmp_path / "saved")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.max_length == nlp.max_length == 10_000_000
    expected = _lines(nlp)
    assert {'"kind": "system"', '"kind": "event"', '"kind": "range"', '"kind": "date"'} <= {
        m.group() for m in re.finditer(r'"kind": "\w+"', expected)}
    assert _lines(loaded) == expected


def test_components_round_trip_through_bytes(nlp):
    for name in ("treatyx_entities", "treatyx_dates", "treatyx_ranges", "treatyx_events"):
        component = nlp.get_pipe(name)
        data = component.to_bytes()
        assert data.startswith(b'{"format":1')
        copy = nlp.create_pipe(name)
        copy.from_bytes(data)
        assert copy.to_bytes() == data


def _write(folder: Path, text: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "extra.yml").write_text(textwrap.dedent(text), encoding="utf-8")
    return str(folder)


EXTRA_SYSTEM = """\
    systems:
      - id: skyhook-7
        name: "Skyhook-7"
        class: SRBM
        country: russia
        aliases: ["Skyhook-7", "Skyhook 7"]
        examples:
          - text: "The Skyhook-7 was shown at a parade."
            expect: [{kind: system, id: skyhook-7, class: SRBM, country: russia}]
    """


def test_a_saved_pipeline_survives_edited_shipped_rules_and_a_moved_rule_folder(
        tmp_path, monkeypatch):
    shipped = tmp_path / "shipped"
    shutil.copytree(shipped_rules_dir(), shipped)
    monkeypatch.setattr(loader, "shipped_rules_dir", lambda: shipped)
    mine = _write(tmp_path / "mine", EXTRA_SYSTEM)
    cache.forget()
    try:
        built = treatyx.load(rules=[mine])
        expected = _lines(built)
        assert '"id": "skyhook-7"' in expected and '"id": "df-26"' in expected
        built.to_disk(tmp_path / "saved")
        del built

        # the "installed" rules change, and the user's folder moves away
        china = shipped / "systems" / "china.yml"
        china.write_text(china.read_text(encoding="utf-8").replace("DF-26", "DF-62"),
                         encoding="utf-8")
        moved = tmp_path / "moved"
        Path(mine).rename(moved)
        cache.forget()

        assert _lines(spacy.load(tmp_path / "saved")) == expected
        edited = loader.read_ruleset((str(moved),))  # what a new build would read
        assert edited.find("systems", "df-26")["name"] == "DF-62"
    finally:
        cache.forget()


def test_build_command_saves_a_pipeline_that_spacy_loads_in_a_fresh_process(tmp_path):
    article = tmp_path / "article.txt"
    text, date = TEXTS[0]
    article.write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "treatyx"]
    saved = tmp_path / "saved"
    subprocess.run([*command, "build", str(saved)], check=True, capture_output=True)
    extracted = subprocess.run(
        [*command, "extract", str(article), "--date", date, "-q", "--format", "jsonl"],
        check=True, capture_output=True, text=True).stdout
    assert '"id": "df-26"' in extracted
    code = textwrap.dedent(f"""
        import sys, spacy, treatyx
        from treatyx.io.writers import dumps
        nlp = spacy.load({str(saved)!r})
        text = open({str(article)!r}, encoding="utf-8").read()
        records = treatyx.extract(text, date={date!r}, name={str(article)!r}, nlp=nlp)
        sys.stdout.write("".join(dumps(r) + "\\n" for r in records))
    """)
    loaded = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                            text=True).stdout
    assert loaded == extracted


def test_components_declare_what_they_require_and_assign(nlp):
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values())
    summary = analysis["summary"]
    assert "span._.treatyx_date" in summary["treatyx_dates"]["assigns"]
    assert {"span._.treatyx_date", "span._.treatyx_entity", "doc.sents"} <= set(
        summary["treatyx_events"]["requires"])
    assert "span._.treatyx_entity" in summary["treatyx_ranges"]["requires"]
    assert "doc.sents" in summary["treatyx_sentences"]["assigns"]


def test_analyze_pipes_reports_events_without_dates():
    partial = spacy.blank("en")
    for name in ("treatyx_sentences", "treatyx_entities", "treatyx_events"):
        partial.add_pipe(name)
    problems = partial.analyze_pipes()["problems"]
    assert problems["treatyx_events"] == ["span._.treatyx_date"]
    assert problems["treatyx_entities"] == []


def test_adding_a_component_reads_no_rules_until_it_is_used(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("rules read at add_pipe")

    blank = spacy.blank("en")
    monkeypatch.setattr("treatyx.components.rulebased.load_ruleset", refuse)
    component = blank.add_pipe("treatyx_entities")
    blank.analyze_pipes()
    assert component.rule_set is None
    monkeypatch.undo()
    assert [s.kb_id_ for s in blank("The INF Treaty is dead.").spans["treatyx_treaty"]] == [
        "inf-treaty"]


PRIVATE_RE = re.compile(r"_sre|re\._parser|re\._compiler|sre_|from re import _")


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: p.name)
def test_no_private_regex_internals(path):
    found = [line for line in path.read_text(encoding="utf-8").splitlines()
             if PRIVATE_RE.search(line)]
    assert not found, f"{path}: {found}"


class RecordingRuleSet(RuleSet):
    """A RuleSet that notes which sections are read."""

    def __init__(self, ruleset: RuleSet):
        super().__init__(ruleset.sections, ruleset.folders)
        self.read: set[str] = set()

    def entries(self, section: str):
        self.read.add(section)
        return super().entries(section)

    def __iter__(self):
        self.read.update(self.sections)
        return super().__iter__()


@pytest.mark.parametrize("factory", ["treatyx_entities", "treatyx_dates", "treatyx_ranges",
                                     "treatyx_events"])
def test_a_component_saves_every_rule_section_its_build_reads(factory):
    full = loader.load_ruleset(())
    # the knowledge-base sections cut short for speed; the lexicon's lists are looked up by id
    small = RuleSet({section: entries if len(entries) < 50 or section == "lexicon"
                     else entries[:5] for section, entries in full.sections.items()}, ())
    recording = RecordingRuleSet(small)
    component = spacy.blank("en").add_pipe(factory)
    component.use_rules(recording, cache.BuildCache(None))  # nothing cached: every table built
    assert recording.read <= set(component.SECTIONS)


def test_a_pipeline_with_a_trained_model_saves_its_triggers_and_names_the_model(tmp_path):
    base = spacy.blank("en")
    base.add_pipe("sentencizer")
    base.to_disk(tmp_path / "base")
    built = treatyx.load(model=str(tmp_path / "base"))
    built.to_disk(tmp_path / "saved")
    assert (tmp_path / "saved" / "treatyx_syntax" / DATA_FILE).is_file()
    loaded = spacy.load(tmp_path / "saved")
    assert loaded.get_pipe("treatyx_syntax").model_name == str(tmp_path / "base")
    assert _lines(loaded) == _lines(built)
