"""`treatyx timeline` through click: stdin, files, formats, bad lines."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from treatyx.cli import main
from treatyx.timeline import build_timeline

from .records import event
from .test_merge import LAUNCH_A, LAUNCH_B, LAUNCH_C, SUSPEND_A

ACTOR = {"kind": "actor", "doc": "wire-a", "text": "North Korea", "start": 0, "end": 11,
         "sentence": 0, "rule": "north-korea", "id": "north-korea", "name": "North Korea",
         "type": "state", "mentions": [{"text": "North Korea", "start": 0, "end": 11}]}
RECORDS = [ACTOR, LAUNCH_A, SUSPEND_A, LAUNCH_C, LAUNCH_B]
LINES = "".join(json.dumps(r) + "\n" for r in RECORDS)


def _invoke(args, stdin=None):
    return CliRunner().invoke(main, ["timeline", *args], input=stdin)


def _expected_jsonl(records):
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in build_timeline(records))


def test_extract_output_piped_in_on_stdin_gives_the_merged_events_as_jsonl():
    result = _invoke(["--format", "jsonl"], LINES)
    assert result.exit_code == 0, result.output
    assert result.stdout == _expected_jsonl(RECORDS)
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["type"], e["date"]["value"], e["n_sources"]) for e in events] == [
        ("suspension", "2023-02-21", 1), ("missile_test", "2023-07-12", 3)]
    assert result.stderr == "treatyx: 2 events (1 with sources that disagree)\n"


def test_files_and_stdin_dash_are_read_in_turn_and_o_writes_the_file(tmp_path):
    first = tmp_path / "a.jsonl"
    first.write_text("".join(json.dumps(r) + "\n" for r in RECORDS[:3]))
    out = tmp_path / "timeline.jsonl"
    rest = "".join(json.dumps(r) + "\n" for r in RECORDS[3:])
    result = _invoke([str(first), "-", "-o", str(out), "-q"], rest)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and result.stderr == ""
    assert out.read_text() == _expected_jsonl(RECORDS)


def test_extracts_json_array_output_is_read_too():
    array = "[\n" + ",\n".join("  " + json.dumps(r) for r in RECORDS) + "\n]\n"
    result = _invoke(["--format", "jsonl", "-q"], array)
    assert result.exit_code == 0, result.output
    assert result.stdout == _expected_jsonl(RECORDS)


def test_a_bad_line_is_named_with_its_line_number_and_the_rest_is_merged():
    lines = LINES.splitlines(keepends=True)
    broken = event("paper-z", "2023-07-12", "missile_test", "2023-07-12")
    del broken["status"]
    stdin = "".join([*lines[:2], '{"kind": "event", "doc": \n', "[1, 2]\n",
                     json.dumps(broken) + "\n", *lines[2:]])
    result = _invoke(["--format", "jsonl"], stdin)
    assert result.exit_code == 1
    assert result.stdout == _expected_jsonl(RECORDS)
    assert result.stderr.splitlines() == [
        "treatyx: error: <stdin>:3: not JSON (Expecting value, column 25)",
        "treatyx: error: <stdin>:4: not a record (a JSON list)",
        "treatyx: error: event record of paper-z at 0: event without 'status'",
        "treatyx: 2 events (1 with sources that disagree); 3 bad input lines or records",
    ]


def test_a_missing_file_is_reported_and_the_others_are_read(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(LINES)
    result = _invoke([str(tmp_path / "gone.jsonl"), str(good), "--format", "jsonl", "-q"])
    assert result.exit_code == 1
    assert result.stdout == _expected_jsonl(RECORDS)
    assert result.stderr == (f"treatyx: error: {tmp_path / 'gone.jsonl'}: cannot read: "
                             "No such file or directory\n")


def test_csv_has_one_row_per_event_with_sources_column_by_column():
    result = _invoke(["--format", "csv", "-q"], LINES)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    launch = rows[1]
    assert {k: launch[k] for k in ("type", "date_value", "actors", "systems", "n_sources",
                                   "first_reported", "source_docs", "source_dates",
                                   "conflict_fields")} == {
        "type": "missile_test", "date_value": "2023-07-12", "actors": "north-korea",
        "systems": "hwasong-18", "n_sources": "3", "first_reported": "2023-07-12",
        "source_docs": "paper-b|wire-a|seoul-c",
        "source_dates": "2023-07-12|2023-07-12|2023-07-13", "conflict_fields": "date"}
    assert len(rows) == 2


def test_the_table_is_a_dated_timeline_then_the_undated_events():
    undated = event("blog-u", "2023-09-01", "warning", None, ["north-korea"],
                    sentence="Pyongyang warned of a response.")
    stdin = LINES + json.dumps(undated) + "\n"
    result = _invoke(["--format", "table", "-q"], stdin)
    assert result.exit_code == 0, result.output
    assert [line.rstrip() for line in result.stdout.splitlines()] == [
        "Timeline: 2 dated events",
        "                                             treaty,                    disagree",
        "when              event        who           systems      sources       on",
        "─" * 80,
        "Tue 21 Feb 2023   suspension   russia        new-start    1 in 1 docs",
        "Wed 12 Jul 2023   missile      north-korea   hwasong-18   3 in 3 docs   date",
        "                  test",
        "Undated events: 1",
        "when      event     who           treaty, systems   sources       disagree on",
        "─" * 77,
        "undated   warning   north-korea                     1 in 1 docs",
    ]
