"""The treatyx command: formats, inputs, bad inputs, exit codes."""

from __future__ import annotations

import contextlib
import csv
import gzip
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from treatyx.cli import main

from .conftest import check_records

ARTICLE = ("Russia suspends INF treaty\n\nMOSCOW - Russia formally suspended its participation "
           "in the INF Treaty on Wednesday, the Kremlin said. Washington accuses Moscow of "
           "violating the pact with the 9M729 missile, which it says can fly anywhere from 500 "
           "to 5,500 kilometers.\n")


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


def test_cli_summary_of_a_run_where_every_document_failed_gives_no_rate(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 in Moscow".encode("latin-1"))
    result = invoke("extract", binary, latin, "--format", "jsonl")
    assert result.exit_code == 1
    (summary,) = [line for line in result.stderr.splitlines()
                  if line.startswith("treatyx:") and "error:" not in line]
    assert summary.startswith("treatyx: 0 documents, no records, 2 failed, ")
    assert "/s" not in summary and " s start-up)" in summary


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
    assert f"{tmp_path}/mine.yml:3: systems 'x': unknown key 'nam'" in result.stderr
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
    result = invoke("rules", "check", "--examples", "none")  # examples: test_rules_examples
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


# -- output that respects the path; failures to write --------------------------------------------

def _no_parts(folder) -> bool:
    return not list(folder.rglob("*.part"))


def test_cli_output_file_mode_follows_the_umask(article, tmp_path):
    target = tmp_path / "out.jsonl"
    old = os.umask(0o027)
    try:
        assert invoke("extract", article, "-o", target).exit_code == 0
        assert invoke("extract", article, "--format", "csv", "-o", tmp_path / "csv").exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "csv").iterdir()} == {0o640}


def test_cli_output_to_a_symlink_writes_its_target(article, tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real.name)
    assert invoke("extract", article, "-o", link).exit_code == 0
    assert link.is_symlink() and jsonl(real.read_text()) and _no_parts(tmp_path)


def test_cli_output_to_a_fifo_writes_through_it(article, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    result = invoke("extract", article, "--date", "2019-07-05", "-o", fifo)
    reader.join(30)
    assert result.exit_code == 0, result.output
    check_records(jsonl(received[0]), ARTICLE)
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and _no_parts(tmp_path)


def test_cli_output_to_dev_null_leaves_it_a_character_device(article):
    for fmt in ("jsonl", "csv", "table"):
        result = invoke("extract", article, "--format", fmt, "--kinds", "event", "-o", "/dev/null")
        assert result.exit_code == 0, result.output
        assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


@pytest.mark.parametrize("option", ["-o", "csv", "--errors", "--skip-done"])
def test_cli_unwritable_output_is_one_line_and_exit_2(article, tmp_path, option):
    blocker = tmp_path / "afile"
    blocker.write_text("")  # a file where a folder should be
    before = sorted(p.name for p in tmp_path.iterdir())
    where = blocker / "out"
    args = {"-o": ["-o", where / "x.jsonl"], "csv": ["--format", "csv", "-o", where],
            "--errors": ["--errors", where / "e.jsonl"],
            "--skip-done": ["--skip-done", where / "done.jsonl", "-o", tmp_path / "r.jsonl"]}
    result = invoke("extract", article, *args[option])
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("treatyx: error: ") and "Not a dir" in lines[0]
    assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing left behind


def test_cli_output_failing_mid_run_is_exit_2_and_leaves_nothing(article, tmp_path):
    full = "treatyx: error: /dev/full: cannot write: No space left on device"
    result = invoke("extract", article, "-o", "/dev/full")
    assert result.exit_code == 2 and result.stderr.splitlines() == [full]
    result = invoke("extract", article, tmp_path / "missing.txt", "--errors", "/dev/full",
                    "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2 and result.stderr.splitlines()[-1] == full
    done = tmp_path / "done.jsonl"
    result = invoke("extract", article, "-o", "/dev/full", "--skip-done", done)
    assert result.exit_code == 2 and result.stderr.splitlines() == [full]
    assert not done.exists() and not (tmp_path / "out.jsonl").exists()  # nothing left
    assert "Traceback" not in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_cli_read_only_folder_is_exit_2(article, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        for args in (["-o", folder / "x.jsonl"], ["--errors", folder / "e.jsonl"],
                     ["--skip-done", folder / "d.jsonl"], ["--format", "csv", "-o", folder]):
            result = invoke("extract", article, *args)
            assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1, args
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


# -- CSV keeps every field ------------------------------------------------------------------------

def test_cli_csv_has_flattened_columns_matching_the_jsonl(article, tmp_path):
    out = tmp_path / "csv"
    assert invoke("extract", article, "--date", "2019-07-05", "--format", "csv",
                  "-o", out).exit_code == 0
    records = jsonl(invoke("extract", article, "--date", "2019-07-05").stdout)
    events = [r for r in records if r["kind"] == "event"]
    rows = list(csv.DictReader((out / "event.csv").read_text().splitlines()))
    assert len(rows) == len(events)
    for row, event in zip(rows, events, strict=True):
        assert row["date_value"] == ((event["date"] or {}).get("value") or "")
        assert row["actor_ids"] == "|".join(a["id"] for a in event["actors"])
        assert row["system_ids"] == "|".join(s["id"] for s in event["systems"])
        assert row["treaty_id"] == ((event["treaty"] or {}).get("id") or "")
        assert int(row["mention_count"]) == len(event["mentions"])
    systems = list(csv.DictReader((out / "system.csv").read_text().splitlines()))
    (record,) = [r for r in records if r["kind"] == "system"]
    assert systems[0]["aliases"] == "|".join(record["aliases"])
    assert systems[0]["range_km_max"] == str((record.get("range_km") or {}).get("max", ""))


# -- small but visible ----------------------------------------------------------------------------

@pytest.mark.parametrize("command", [["extract", "{article}", "--format", "table"],
                                     ["rules", "list"], ["rules", "list", "--format", "table"]])
def test_cli_closed_pipe_exits_0_for_tables_and_rules_list(article, command):
    args = [c.format(article=article) for c in command]
    cmd = " ".join([*(f"'{c}'" for c in [*_treatyx(), *args]), "| head -1"])
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 1 and "Traceback" not in proc.stderr


def test_cli_corpus_messages_say_what_is_wrong(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"id": "a1", "text": "tab\x01here"}\n'
                       + json.dumps({"id": "a2", "text": 123}).encode() + b"\n"
                       + json.dumps({"id": "a3", "text": "x", "date": "2019-13-45"}).encode()
                       + b"\n")
    result = invoke("extract", corpus, "--format", "jsonl")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert errors == [
        f"treatyx: error: {corpus}:1: invalid JSON (Invalid control character at column 26)",
        f"treatyx: error: {corpus}:2: text field 'text' is a number, not a string",
        f"treatyx: error: {corpus}:3: date '2019-13-45' does not exist (month must be in 1..12)",
    ]


def test_cli_date_that_does_not_exist(article):
    result = invoke("extract", article, "--date", "2019-13-45")
    assert result.exit_code == 2 and "does not exist (month must be in 1..12)" in result.output
    result = invoke("extract", article, "--date", "2019-02-29")
    assert result.exit_code == 2 and "does not exist (day is out of range" in result.output
    assert "not YYYY-MM-DD" in invoke("extract", article, "--date", "5/7/2019").output


def test_cli_summary_counts_start_up_and_a_table_run_prints_it(article):
    for fmt in ("jsonl", "table"):
        result = invoke("extract", article, "--format", fmt)
        (summary,) = [line for line in result.stderr.splitlines() if line.startswith("treatyx:")]
        assert summary.startswith("treatyx: 1 document, ") and " s start-up, " in summary
        assert "documents/s" in summary or "document/s" in summary


def test_cli_summary_on_a_terminal_after_a_table(article):
    """On a real terminal (a pty), a table run ends with the summary line too."""
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen([*_treatyx(), "extract", str(article), "--date", "2019-07-05"],
                            stdout=slave, stderr=subprocess.PIPE, text=True)
    os.close(slave)
    shown = []

    def drain() -> None:
        with contextlib.suppress(OSError):
            while data := os.read(master, 65536):
                shown.append(data)

    reader = threading.Thread(target=drain)
    reader.start()
    _, err = proc.communicate(timeout=300)
    reader.join(10)
    os.close(master)
    assert proc.returncode == 0, err
    assert b"Events" in b"".join(shown)
    assert err.startswith("treatyx: 1 document, ")


def test_cli_help_says_which_options_repeat_and_lists_exit_codes():
    text = " ".join(invoke("extract", "--help").stdout.split())
    assert "--rules DIRECTORY Extra rule folder; its entries override shipped ones with the " \
           "same id. Repeatable." in text
    assert "(default: *.txt *.md). Repeatable." in text
    for line in ("Exit codes:", "0 every document was processed", "1 some documents could not",
                 "2 usage error", "130 interrupted"):
        assert line in text, line
    assert "Exit codes:" in invoke("--help").stdout


def test_readme_dask_example_runs_as_a_script():
    """Dask and Spark start processes that import the script: the work must be guarded."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    (block,) = [b for b in readme.split("```python")[1:] if "dask.bag" in b]
    lines = block.split("```", 1)[0].splitlines()
    guard = lines.index('if __name__ == "__main__":')
    for index, line in enumerate(lines):
        if "dask.bag" in line or "map_partitions" in line or "mapPartitions" in line:
            assert index > guard and line.startswith("    "), line
