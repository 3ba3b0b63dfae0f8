"""The treatyx command: formats, inputs, bad inputs, exit codes."""

from __future__ import annotations

import csv
import gzip
import json
import subprocess
import sys

import pytest
import yaml
from click.testing import CliRunner

from treatyx.cli import main

from .conftest import check_records

ARTICLE = ("Russia suspends INF treaty\n\nMOSCOW - Russia formally suspended its participation "
           "in the INF Treaty on Wednesday, the Kremlin said. Washington accuses Moscow of "
           "violating the pact with the 9M729 missile, which it says can fly between 500 and "
           "5,500 kilometers.\n")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def invoke(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_extract_jsonl_records_point_into_document(article):
    result = invoke("extract", article, "--date", "2019-07-05", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = check_records(jsonl(result.stdout), ARTICLE)
    kinds = {r["kind"] for r in records}
    assert {"actor", "treaty", "system", "range", "date", "event"} <= kinds
    assert all(r["doc"] == str(article) for r in records)


def test_cli_kinds_filter(article):
    result = invoke("extract", article, "--kinds", "range", "--format", "jsonl")
    records = jsonl(result.stdout)
    assert records and {r["kind"] for r in records} == {"range"}
    assert records[0]["min_km"] == 500 and records[0]["max_km"] == 5500


def test_cli_unknown_kind_is_usage_error(article):
    result = invoke("extract", article, "--kinds", "missile")
    assert result.exit_code == 2 and "unknown kind" in result.output


def test_cli_bad_date_is_usage_error(article):
    assert invoke("extract", article, "--date", "05/07/2019").exit_code == 2


def test_cli_json_and_yaml_formats(article):
    as_json = json.loads(invoke("extract", article, "--format", "json").stdout)
    as_yaml = yaml.safe_load(invoke("extract", article, "--format", "yaml").stdout)
    assert as_json == as_yaml and len(as_json) > 5


def test_cli_csv_single_kind_and_folder(article, tmp_path):
    result = invoke("extract", article, "--format", "csv", "--kinds", "actor")
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert rows and {row["kind"] for row in rows} == {"actor"}
    out = tmp_path / "csvout"
    assert invoke("extract", article, "--format", "csv", "-o", out).exit_code == 0
    assert {p.name for p in out.iterdir()} >= {"event.csv", "actor.csv", "range.csv"}
    assert invoke("extract", article, "--format", "csv").exit_code == 2


def test_cli_table_format(article):
    result = invoke("extract", article, "--date", "2019-07-05", "--format", "table")
    assert result.exit_code == 0
    assert "Events" in result.stdout and "suspension" in result.stdout


def test_cli_output_file_written_atomically(article, tmp_path):
    target = tmp_path / "out.jsonl"
    assert invoke("extract", article, "-o", target).exit_code == 0
    assert jsonl(target.read_text())
    assert not list(tmp_path.glob("*.part"))


def test_cli_stdin(article):
    result = invoke("extract", "-", "--format", "jsonl", input=ARTICLE)
    assert result.exit_code == 0 and all(r["doc"] == "-" for r in jsonl(result.stdout))


def test_cli_folder_recursive_and_empty_folder(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(ARTICLE)
    (tmp_path / "a" / "b" / "two.md").write_text(ARTICLE)
    (tmp_path / "a" / "skip.csv").write_text("x,y")
    result = invoke("extract", tmp_path / "a", "--format", "jsonl")
    assert result.exit_code == 0
    assert {r["doc"] for r in jsonl(result.stdout)} == {
        str(tmp_path / "a" / "one.txt"), str(tmp_path / "a" / "b" / "two.md")}
    (tmp_path / "empty").mkdir()
    result = invoke("extract", tmp_path / "empty")
    assert result.exit_code == 1 and "no files matching" in result.stderr


def test_cli_bad_inputs_reported_others_processed(article, tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 in Moscow".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = invoke("extract", tmp_path / "missing.txt", binary, latin, empty, article,
                    "--format", "jsonl")
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.stderr
    assert "image.txt: looks like a binary file" in result.stderr
    assert "latin.txt: not UTF-8" in result.stderr
    assert {r["doc"] for r in jsonl(result.stdout)} == {str(article)}


def test_cli_corpus_with_a_malformed_line(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    rows = [json.dumps({"id": "a1", "date": "2019-07-05", "text": ARTICLE}), "{not json",
            json.dumps({"id": "a3", "body": "no text field"}),
            json.dumps({"id": "a4", "text": ARTICLE})]
    corpus.write_text("\n".join(rows) + "\n")
    result = invoke("extract", corpus, "--format", "jsonl")
    assert result.exit_code == 1
    assert f"{corpus}:2: invalid JSON" in result.stderr
    assert f"{corpus}:3: no text field" in result.stderr
    records = jsonl(result.stdout)
    assert [d for d in dict.fromkeys(r["doc"] for r in records)] == ["a1", "a4"]
    dated = [r for r in records if r["doc"] == "a1" and r["kind"] == "date"]
    assert any(r["value"] == "2019-07-03" for r in dated)


def test_cli_corpus_renamed_fields_and_gzip(tmp_path):
    corpus = tmp_path / "c.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"key": "x", "body": ARTICLE, "published": "2019-07-05"}) + "\n")
    result = invoke("extract", corpus, "--text-field", "body", "--id-field", "key",
                    "--date-field", "published", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert {r["doc"] for r in jsonl(result.stdout)} == {"x"}


def test_cli_broken_rule_file_exits_2_with_file_and_line(article, tmp_path):
    (tmp_path / "mine.yml").write_text("systems:\n  - id: x\n    nam: X\n")
    result = invoke("extract", article, "--rules", tmp_path)
    assert result.exit_code == 2
    assert f"{tmp_path}/mine.yml:2: unknown key 'nam'" in result.stderr
    assert "Traceback" not in result.output


def test_cli_user_rules_add_a_system(article, tmp_path):
    (tmp_path / "mine.yml").write_text(
        "systems:\n  - id: zircon-test\n    name: Kometa-9\n    class: HCM\n"
        "    country: russia\n    aliases: [Kometa-9]\n")
    text = tmp_path / "t.txt"
    text.write_text("Russia tested the Kometa-9 on Friday.")
    result = invoke("extract", text, "--rules", tmp_path, "--kinds", "system")
    assert [r["id"] for r in jsonl(result.stdout)] == ["zircon-test"]


def test_cli_rules_check_and_list(tmp_path):
    result = invoke("rules", "check")
    assert result.exit_code == 0 and result.stdout.startswith("ok:")
    listed = jsonl(invoke("rules", "list", "--kind", "system", "--format", "jsonl").stdout)
    assert listed and all(row["section"] == "systems" for row in listed)
    (tmp_path / "bad.yml").write_text("treaties:\n  - id: Bad Id\n    name: X\n    kind: pact\n")
    result = invoke("rules", "check", tmp_path)
    assert result.exit_code == 2 and "bad.yml:2" in result.stderr


def test_cli_schema_is_json_schema():
    schema = json.loads(invoke("schema").stdout)
    assert schema["$schema"].startswith("https://json-schema.org")


def test_cli_empty_file_gives_no_records(tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_text("")
    result = invoke("extract", empty, "--format", "jsonl")
    assert result.exit_code == 0 and result.stdout == ""


def test_cli_document_longer_than_spacy_default_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 4000)  # > 1,000,000 characters
    result = invoke("extract", big, "--kinds", "treaty", "--format", "jsonl")
    assert result.exit_code == 0
    (treaty,) = jsonl(result.stdout)
    assert len(treaty["mentions"]) >= 4000


def _treatyx() -> list[str]:
    return [sys.executable, "-c", "from treatyx.cli import run; run()"]


def test_cli_subprocess_pipes_valid_jsonl(article):
    proc = subprocess.run([*_treatyx(), "extract", str(article), "--date", "2019-07-05"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    check_records(records, ARTICLE)


def test_cli_subprocess_closed_pipe_ends_quietly(article, tmp_path):
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps({"id": str(i), "text": ARTICLE}) + "\n"
                              for i in range(200)))
    cmd = " ".join([*(f"'{c}'" for c in _treatyx()), "extract", str(corpus), "| head -1"])
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True,
                          text=True, check=False)
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr
    assert len(proc.stdout.splitlines()) == 1
    assert proc.returncode == 0


def test_cli_version():
    result = invoke("--version")
    assert result.exit_code == 0 and "treatyx" in result.stdout


def test_cli_eval_timeml_scores_a_small_annotated_set(tmp_path):
    text = "Russia suspended the treaty on Wednesday. Talks resume next month."
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"doc": "d1", "dct": "2019-07-05", "text": text}) + "\n")
    gold = [{"doc": "d1", "start": 31, "end": 40, "type": "DATE", "value": "2019-07-03"},
            {"doc": "d1", "start": 55, "end": 65, "type": "DATE", "value": "2019-08"}]
    assert [text[g["start"]:g["end"]] for g in gold] == ["Wednesday", "next month"]
    timex = tmp_path / "timex.jsonl"
    timex.write_text("".join(json.dumps(g) + "\n" for g in gold))
    result = invoke("eval", "timeml", docs, timex, "--json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["gold"] == 2 and figures["value"]["f1"] == 1.0
