"""treatyx extract -o facts.sqlite and the timeline database: counts, round trip, full-text
search, appending without duplicates, whole documents only, and the README's three queries."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from treatyx.cli import main
from treatyx.io.sqlite import (
    SqliteWriter,
    kind_fields,
    read_records,
    write_timeline_sqlite,
)
from treatyx.io.writers import OBJECT_COLUMNS, OutputError

README = Path(__file__).resolve().parents[2] / "README.md"

# Our own short reports: two launches of one system and one of another, two withdrawals, and a
# document with no record at all.
ARTICLES = [
    ("kp-jul", "2023-07-12",
     "North Korea fires solid-fuel missile\n\nSEOUL - North Korea test-fired a Hwasong-18 "
     "intercontinental ballistic missile on Wednesday, South Korea's military said. The missile "
     "flew about 1,000 km before landing in the sea.\n"),
    ("kp-jul-jp", "2023-07-13",
     "Japan tracks North Korean launch\n\nNorth Korea fired a Hwasong-18 into the sea off its "
     "east coast on Thursday, according to the Japanese coast guard.\n"),
    ("kp-dec", "2023-12-19",
     "Pyongyang launches another ICBM\n\nTOKYO - North Korea launched a Hwasong-18 missile on "
     "Tuesday, Japan's defence ministry said, the third such test this year.\n"),
    ("kp-17", "2022-11-18",
     "North Korea tests its largest missile\n\nNorth Korea launched a Hwasong-17 on Friday, "
     "officials in Seoul said.\n"),
    ("us-inf", "2019-08-02",
     "Washington leaves missile pact\n\nWASHINGTON - The United States formally withdrew from "
     "the INF Treaty on Friday, the State Department said, blaming Russian violations.\n"),
    ("ru-os", "2021-12-18",
     "Moscow quits surveillance-flights accord\n\nMOSCOW - Russia withdrew from the Open Skies "
     "Treaty on Saturday, six months after it announced the decision.\n"),
    ("markets", "2023-03-01",
     "Markets close higher\n\nStocks rose for a third session as investors shrugged off weak "
     "factory data.\n"),
]


def corpus(path: Path, articles: list[tuple[str, str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t, "url": f"https://"
                                        f"news.invalid/{i}"}) + "\n"
                            for i, d, t in articles), encoding="utf-8")
    return path


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(records of a jsonl run, database of an sqlite run) over the same corpus."""
    folder = tmp_path_factory.mktemp("sqlite")
    source = corpus(folder / "news.jsonl", ARTICLES)
    result = invoke("extract", source, "--format", "jsonl", "--workers", "1", "-q")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    database = folder / "facts.sqlite"
    result = invoke("extract", source, "-o", database, "--workers", "1", "-q")
    assert result.exit_code == 0, result.output
    return records, database


def rows(database: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return connection.execute(sql, params).fetchall()


def count(database: Path, table: str) -> int:
    return rows(database, f'SELECT count(*) FROM "{table}"')[0][0]


def test_every_table_holds_exactly_the_records(built):
    records, database = built
    kinds = Counter(r["kind"] for r in records)
    tables = {"actor": "actors", "treaty": "treaties", "system": "systems", "date": "dates",
              "range": "ranges", "event": "events"}
    assert {kind: count(database, table) for kind, table in tables.items()} == {
        kind: kinds.get(kind, 0) for kind in tables}
    events = [r for r in records if r["kind"] == "event"]
    assert count(database, "event_actors") == sum(len(e["actors"]) for e in events)
    assert count(database, "event_systems") == sum(len(e["systems"]) for e in events)
    assert count(database, "mentions") == sum(len(r.get("mentions", [])) for r in records)
    # every document, also the one without records, with its date and number of records
    per_doc = Counter(r["doc"] for r in records)
    assert sorted(rows(database, "SELECT doc, date, records, meta FROM documents")) == sorted(
        (doc, date, per_doc.get(doc, 0),
         json.dumps({"id": doc, "date": date, "url": f"https://news.invalid/{doc}"}))
        for doc, date, _ in ARTICLES)
    assert per_doc["markets"] == 0
    assert count(database, "sentences") == len({(e["doc"], e["sentence"]) for e in events})


def _normal(record: dict) -> dict:
    """A record as the database gives it back: every field of its kind present (None when the
    record left it out) and every object with all its keys."""
    out = {name: record.get(name) for name in ["kind", *kind_fields(record["kind"])]}
    for name, keys in OBJECT_COLUMNS.items():
        if isinstance(out.get(name), dict):
            out[name] = {key: out[name].get(key) for key in keys}
    return out


def test_records_round_trip(built):
    records, database = built
    def key(record: dict) -> str:
        return json.dumps(record, sort_keys=True)

    assert sorted(map(key, map(_normal, records))) == sorted(map(key, read_records(database)))


def test_full_text_search_finds_the_sentence(built):
    _, database = built
    found = rows(database, "SELECT s.doc, s.text FROM sentences_fts JOIN sentences AS s "
                           "ON s.pk = sentences_fts.rowid WHERE sentences_fts MATCH ?",
                 "surveillance OR Minsk")
    assert found == [("ru-os", "Moscow quits surveillance-flights accord\n\n")]


def test_appending_adds_new_documents_only(built, tmp_path):
    records, first = built
    database = tmp_path / "facts.sqlite"
    database.write_bytes(first.read_bytes())
    before = {t: count(database, t) for t in ("documents", "events", "actors", "mentions")}
    again = corpus(tmp_path / "again.jsonl", ARTICLES)
    result = invoke("extract", again, "-o", database, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "7 skipped" in result.stderr
    assert {t: count(database, t) for t in before} == before
    extra = ("ir-talks", "2024-05-02",
             "Iran and the IAEA held talks in Vienna on Thursday about inspections.\n")
    more = corpus(tmp_path / "more.jsonl", [ARTICLES[0], extra])
    result = invoke("extract", more, "-o", database, "--workers", "1", "-q")
    assert result.exit_code == 0, result.output
    assert count(database, "documents") == before["documents"] + 1
    assert rows(database, "SELECT count(*) FROM events WHERE doc = 'kp-jul'") == [
        (sum(1 for r in records if r["doc"] == "kp-jul" and r["kind"] == "event"),)]


def test_writer_skips_a_name_it_holds_and_rolls_back_a_failed_document(built, tmp_path):
    records, _ = built
    database = tmp_path / "w.sqlite"
    writer = SqliteWriter(database)
    of = [r for r in records if r["doc"] == "us-inf"]
    assert writer.write_document("us-inf", of, "2019-08-02")
    assert not writer.write_document("us-inf", of, "2019-08-02")  # already there
    broken = [dict(r, doc="broken") for r in records if r["doc"] == "ru-os"]
    assert [r["kind"] for r in broken[:2]] == ["actor", "event"]
    broken[1]["rule"] = {"not", "storable"}  # fails after the document's actor rows went in
    with pytest.raises(OutputError, match="not supported"):
        writer.write_document("broken", broken)
    writer.close()
    assert (writer.written, writer.skipped) == (1, 1)
    assert rows(database, "SELECT doc FROM documents") == [("us-inf",)]
    for table in ("actors", "treaties", "dates", "events", "sentences"):
        assert rows(database, f'SELECT DISTINCT doc FROM "{table}"') == [("us-inf",)], table
    assert count(database, "mentions") == sum(len(r.get("mentions", [])) for r in of)
    assert count(database, "event_actors") == sum(len(r.get("actors", [])) for r in of)


def test_usage_errors(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Russia withdrew from the Open Skies Treaty.\n", encoding="utf-8")
    result = invoke("extract", text, "--format", "sqlite")
    assert result.exit_code == 2 and "sqlite needs -o FILE" in result.stderr
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    result = invoke("extract", text, "-o", other)
    assert result.exit_code == 2 and "did not make" in result.stderr
    assert rows(other, "SELECT name FROM sqlite_master") == [("t",)]


# -- timeline ---------------------------------------------------------------------------------

def source(doc: str, start: int, date: str | None, sentence: str) -> dict:
    return {"doc": doc, "start": start, "end": start + 5, "date": date, "sentence": sentence}


TIMELINE = [
    {"kind": "timeline_event", "id": "ev-1", "type": "missile_test",
     "date": {"value": "2023-07-12", "text": "Wednesday"}, "actors": ["north-korea"],
     "systems": ["hwasong-18"], "treaty": None, "status": "asserted",
     "sources": [source("kp-jul", 60, "2023-07-12", "North Korea test-fired a Hwasong-18."),
                 source("kp-jul-jp", 45, "2023-07-13", "North Korea fired a Hwasong-18.")],
     "n_sources": 2, "first_reported": "2023-07-12",
     "conflicts": [{"field": "date", "values": [{"value": "2023-07-12", "docs": ["kp-jul"]},
                                                {"value": "2023-07-13", "docs": ["kp-jul-jp"]}]}]},
    {"kind": "timeline_event", "id": "ev-2", "type": "missile_test",
     "date": {"value": "2023-12-19", "text": "Tuesday"}, "actors": ["north-korea"],
     "systems": ["hwasong-18"], "treaty": None, "status": "asserted",
     "sources": [source("kp-dec", 50, "2023-12-19", "North Korea launched a Hwasong-18.")],
     "n_sources": 1, "first_reported": "2023-12-19", "conflicts": []},
    {"kind": "timeline_event", "id": "ev-3", "type": "withdrawal",
     "date": {"value": "2021-12-18", "text": "Saturday"}, "actors": ["russia", "belarus"],
     "systems": [], "treaty": "open-skies", "status": "asserted",
     "sources": [source("ru-os", 48, "2021-12-18", "Russia withdrew from Open Skies."),
                 source("by-os", 20, None, "Moscow and Minsk left the Open Skies pact.")],
     "n_sources": 2, "first_reported": "2021-12-18",
     "conflicts": [{"field": "actors", "values": [{"value": ["russia"], "docs": ["ru-os"]},
                                                  {"value": ["russia", "belarus"],
                                                   "docs": ["by-os"]}]}]},
]


def test_timeline_tables(tmp_path):
    database = tmp_path / "timeline.sqlite"
    assert write_timeline_sqlite(database, TIMELINE) == 3
    assert count(database, "timeline_events") == 3
    assert count(database, "timeline_sources") == sum(e["n_sources"] for e in TIMELINE)
    assert rows(database, "SELECT e.id, a.actor FROM timeline_actors AS a JOIN timeline_events "
                          "AS e ON e.pk = a.event ORDER BY e.id, a.position") == [
        ("ev-1", "north-korea"), ("ev-2", "north-korea"), ("ev-3", "russia"),
        ("ev-3", "belarus")]
    assert rows(database, "SELECT doc FROM timeline_sources_fts JOIN timeline_sources AS s "
                          "ON s.pk = timeline_sources_fts.rowid WHERE timeline_sources_fts "
                          "MATCH 'Minsk'") == [("by-os",)]
    # a new timeline replaces the old one, whole
    assert write_timeline_sqlite(database, TIMELINE[1:2]) == 1
    assert rows(database, "SELECT id FROM timeline_events") == [("ev-2",)]
    assert count(database, "timeline_sources") == 1
    # a run that fails midway leaves the timeline the database had

    def failing():
        yield TIMELINE[0]
        raise RuntimeError("input broke")

    with pytest.raises(RuntimeError):
        write_timeline_sqlite(database, failing())
    assert rows(database, "SELECT id FROM timeline_events") == [("ev-2",)]


# -- the README's queries -----------------------------------------------------------------------

def readme_query(title: str) -> str:
    """The ```sql block of the README whose first line is ``-- <title>``."""
    blocks = re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    found = [b for b in blocks if b.startswith(f"-- {title}")]
    assert len(found) == 1, f"README has no single sql block titled {title!r}"
    return found[0]


def test_readme_query_every_test_of_one_system(built):
    records, database = built
    found = rows(database, readme_query("Every test of one system"))
    assert [row[:3] for row in found] == [
        ("2023-07-12", "kp-jul", "asserted"), ("2023-07-13", "kp-jul-jp", "asserted"),
        ("2023-12-19", "kp-dec", "asserted")]  # not the Hwasong-17 of 2022
    sentences = {r["doc"]: r["sentence_text"] for r in records if r["kind"] == "event"}
    assert [row[3] for row in found] == [sentences[doc] for doc in ("kp-jul", "kp-jul-jp",
                                                                     "kp-dec")]


def test_readme_query_who_withdrew_from_which_treaty(built):
    _, database = built
    found = rows(database, readme_query("Who withdrew from which treaty"))
    assert found == [
        ("2019-08-02", "United States", "Intermediate-Range Nuclear Forces Treaty", "us-inf"),
        ("2021-12-18", "Russia", "Treaty on Open Skies", "ru-os")]


def test_readme_query_events_with_conflicting_sources(built, tmp_path):
    _, first = built
    database = tmp_path / "both.sqlite"
    database.write_bytes(first.read_bytes())  # records and timeline in one database
    write_timeline_sqlite(database, TIMELINE)
    found = rows(database, readme_query("Timeline events whose sources disagree"))
    assert found == [
        ("2021-12-18", "withdrawal", 2, "actors", '["russia"]', '["ru-os"]'),
        ("2021-12-18", "withdrawal", 2, "actors", '["russia", "belarus"]', '["by-os"]'),
        ("2023-07-12", "missile_test", 2, "date", '"2023-07-12"', '["kp-jul"]'),
        ("2023-07-12", "missile_test", 2, "date", '"2023-07-13"', '["kp-jul-jp"]')]


def test_timeline_command_writes_the_database(built, tmp_path):
    records, first = built
    database = tmp_path / "facts.sqlite"
    database.write_bytes(first.read_bytes())
    lines = "".join(json.dumps(r) + "\n" for r in records)
    result = CliRunner().invoke(main, ["timeline", "--format", "jsonl"], input=lines)
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    result = CliRunner().invoke(main, ["timeline", "-o", str(database), "-q"], input=lines)
    assert result.exit_code == 0, result.output
    assert sorted(rows(database, "SELECT id, type, date_value, n_sources FROM timeline_events")
                  ) == sorted((e["id"], e["type"], e["date"]["value"], e["n_sources"])
                              for e in events)
    assert count(database, "timeline_sources") == sum(e["n_sources"] for e in events)
    assert count(database, "documents") == len(ARTICLES)  # the records' tables are kept
    # the two reports of the July launch are one event whose sources disagree on the day
    assert rows(database, readme_query("Timeline events whose sources disagree")) == [
        ("2023-07-12", "missile_test", 2, "date", '"2023-07-12"', '["kp-jul"]'),
        ("2023-07-12", "missile_test", 2, "date", '"2023-07-13"', '["kp-jul-jp"]')]


WRITE_FOREVER = """
import json, sys
from treatyx.io.sqlite import SqliteWriter
records = json.loads(open(sys.argv[2], encoding="utf-8").read())
writer = SqliteWriter(sys.argv[1])
for i in range(1_000_000):
    for doc, of in records.items():
        name = f"{doc}#{i}"
        writer.write_document(name, [dict(r, doc=name) for r in of])
"""


def _consistent(database: Path) -> int:
    """Every document listed has all its rows, and no row belongs to a document not listed."""
    assert rows(database, "PRAGMA integrity_check") == [("ok",)]
    listed = dict(rows(database, "SELECT doc, records FROM documents"))
    found: Counter[str] = Counter()
    for table in ("actors", "treaties", "systems", "dates", "ranges", "events"):
        found.update(dict(rows(database, f'SELECT doc, count(*) FROM "{table}" GROUP BY doc')))
    assert {doc: n for doc, n in listed.items() if n} == dict(found)
    return len(listed)


def test_a_killed_writer_leaves_whole_documents_and_a_rerun_adds_the_rest(built, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    records, _ = built
    by_doc: dict[str, list[dict]] = {}
    for record in records:
        by_doc.setdefault(record["doc"], []).append(record)
    source = tmp_path / "records.json"
    source.write_text(json.dumps(by_doc), encoding="utf-8")
    database = tmp_path / "killed.sqlite"
    process = subprocess.Popen([sys.executable, "-c", WRITE_FOREVER, str(database), str(source)])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # until a few commits went in
            time.sleep(0.5)
            with contextlib.suppress(sqlite3.Error):
                if database.exists() and count(database, "documents") > 200:
                    break
        process.send_signal(signal.SIGKILL)  # in the middle of a document, most likely
    finally:
        process.wait()
    kept = _consistent(database)
    assert kept > 200
    writer = SqliteWriter(database)  # run again: what is there is skipped, the rest added
    for i in range(kept // len(by_doc) + 2):
        for doc, of in by_doc.items():
            name = f"{doc}#{i}"
            writer.write_document(name, [dict(r, doc=name) for r in of])
    writer.close()
    assert writer.skipped == kept
    assert _consistent(database) == (kept // len(by_doc) + 2) * len(by_doc)


def test_typed_and_unknown_fields_come_back_as_written(tmp_path):
    date = {"kind": "date", "doc": "d1", "text": "Friday", "start": 10, "end": 16, "sentence": 0,
            "rule": "weekday", "value": "2019-08-02", "type": "DATE", "mod": None,
            "anchor": True, "day_inferred": False}
    found = {"kind": "range", "doc": "d1", "text": "500 km", "start": 30, "end": 36,
             "sentence": 1, "rule": "km", "min_km": 500.0, "max_km": 500.0, "unit": "km",
             "approx": False, "bound": None, "measure": "range", "subject": None,
             "confidence": 0.5}  # a field this treatyx does not know: kept in `extra`
    database = tmp_path / "typed.sqlite"
    writer = SqliteWriter(database)
    writer.write_document("d1", [date, found])
    writer.close()
    assert list(read_records(database)) == [found, date]  # in table order: ranges, dates
    assert rows(database, "SELECT anchor, day_inferred FROM dates") == [(1, 0)]
    assert rows(database, "SELECT extra FROM ranges") == [('{"confidence": 0.5}',)]
