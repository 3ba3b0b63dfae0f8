"""Records and timelines as a SQLite database, for SQL queries (``sqlite3``, Datasette).

Written with the standard library's ``sqlite3``: no dependency to install, and the transactions
are ours to place (every document is written whole or not at all; see :class:`SqliteWriter`).

Layout (``treatyx extract -o facts.sqlite``):

- ``documents``: one row per document written (``doc`` is its key, so a second run into the
  same database skips the documents already there);
- one table per kind (``actors``, ``treaties``, ``systems``, ``dates``, ``ranges``,
  ``events``) with ``pk`` (the row's key), ``doc``, the offsets and every field of the record:
  an object field is spread over columns (``date_value``, ``trigger_start``...), a list of
  strings (``aliases``) is JSON text, fields a newer treatyx adds land in ``extra`` (JSON);
- link tables for list fields: ``event_actors`` (event, position, actor, name, role),
  ``event_systems`` (event, position, system, name, text) and ``mentions`` (kind, record,
  position, text, start, end, sentence) for the mentions of entities and events;
- ``sentences`` (the sentences that hold an event) and its full-text index ``sentences_fts``.

``treatyx timeline -o`` writes ``timeline_events`` and its links (``timeline_actors``,
``timeline_systems``, ``timeline_sources``, ``timeline_conflicts``), replacing the timeline of
an earlier run in one transaction; the records' tables of the same database are left alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .. import recordkinds
from ..extensions import KINDS
from .writers import COMMON_FIELDS, CSV_FIELDS, OBJECT_COLUMNS, OutputError, as_object, make_parents

SCHEMA_VERSION = 2  # PRAGMA user_version of a treatyx database (2: event systems and
# treaties with their names, version 1 had bare ids)
SUFFIXES = (".sqlite", ".sqlite3", ".db")
TABLES = {"actor": "actors", "treaty": "treaties", "system": "systems", "date": "dates",
          "range": "ranges", "event": "events"}
ENTITY_KINDS = ("actor", "treaty", "system")
# Declared column types: a record field's come from its JSON type (treatyx.recordkinds), the
# others are named here, and the rest is TEXT. BOOLEAN columns read back as bool; no type keeps
# a number as given (the ranges of the rules are integers, extracted ones floats).
JSON_TYPES = {"boolean": "BOOLEAN", "integer": "INTEGER", "number": "REAL"}
COLUMN_TYPES = {"start": "INTEGER", "end": "INTEGER", "sentence": "INTEGER",
                "range_km_min": "", "range_km_max": "", "date_start": "INTEGER",
                "date_end": "INTEGER", "trigger_start": "INTEGER", "trigger_end": "INTEGER",
                "n_sources": "INTEGER", "position": "INTEGER", "event": "INTEGER",
                "record": "INTEGER", "records": "INTEGER"}
JSON_FIELDS = {"aliases"}  # lists of strings, stored as JSON text
LINKED_FIELDS = {"mentions", "actors", "systems"}  # stored in link tables
COMMIT_SECONDS = 1.0  # a transaction holds the documents of about this long...
COMMIT_DOCS = 1000  # ...or this many, whichever comes first
CACHE_KIB = 64 * 1024  # page cache: the indexes of a large database stay in memory
BUSY_TIMEOUT_SECONDS = 30  # another process writing the same database: wait this long

# Indexes on the columns people filter by: (table, columns).
INDEXES = [
    *((TABLES[kind], ("doc",)) for kind in KINDS),
    *((TABLES[kind], ("id",)) for kind in ENTITY_KINDS),
    ("actors", ("type",)), ("dates", ("type",)), ("dates", ("value",)),
    ("events", ("type",)), ("events", ("date_value",)), ("events", ("treaty_id",)),
    ("event_actors", ("actor",)), ("event_systems", ("system",)),
]  # event_actors, event_systems and mentions are found by their event or record through
# their primary key


def is_database_path(path: Path | str | None) -> bool:
    """Whether ``-o PATH`` names a SQLite database by its suffix (facts.sqlite, x.db)."""
    return path is not None and str(path).lower().endswith(SUFFIXES)


def q(name: str) -> str:
    """A quoted SQL identifier (``end`` and ``type`` are column names here)."""
    return '"' + name.replace('"', '""') + '"'


# -- columns of each kind ---------------------------------------------------------------------

@functools.cache
def kind_fields(kind: str) -> tuple[str, ...]:
    """The record fields of a kind in column order (the ``csv`` field list, less ``kind``)."""
    common = [f for f in COMMON_FIELDS if f != "kind" and (f != "id" or kind in ENTITY_KINDS)]
    return (*common, *(f for f in CSV_FIELDS[kind] if f not in common))


def kind_columns(kind: str) -> list[str]:
    """The columns of a kind's table after ``pk``: scalar fields, objects spread over one
    column per key, then ``extra``."""
    columns = []
    for name in kind_fields(kind):
        if name in LINKED_FIELDS:
            continue
        if name in OBJECT_COLUMNS:
            columns.extend(f"{name}_{key}" for key in OBJECT_COLUMNS[name])
        else:
            columns.append(name)
    return [*columns, "extra"]


def _reference_row(system: Any) -> tuple[Any, Any, Any]:
    """(id, name, text) of an event's system: ``{id, name, text}`` or a bare id."""
    system = as_object(system, "id")
    return system.get("id"), system.get("name"), system.get("text")


def _encode(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


@functools.cache
def _plan(kind: str) -> tuple[frozenset[str], tuple[tuple[str, tuple[str, ...] | None], ...]]:
    """(the fields a row holds, and per field its object keys or None), for :func:`record_row`."""
    fields = tuple((name, OBJECT_COLUMNS.get(name)) for name in kind_fields(kind)
                   if name not in LINKED_FIELDS)
    return frozenset(kind_fields(kind)) | {"kind"}, fields


def record_row(record: dict, kind: str) -> list[Any]:
    """The values of a record's row, in :func:`kind_columns` order (without ``pk``)."""
    known, fields = _plan(kind)
    extra = {k: v for k, v in record.items() if k not in known}
    row: list[Any] = []
    for name, keys in fields:
        value = record.get(name)
        if keys is not None:
            value = as_object(value, keys[0])  # a bare id of an older record fills the first
            row.extend(_encode(value.get(key)) for key in keys)
            if not value.keys() <= set(keys):  # keys without a column: keep it whole
                extra[name] = value
        elif isinstance(value, (list, dict)):
            row.append(json.dumps(value, ensure_ascii=False))
        else:
            row.append(value)
    row.append(json.dumps(extra, ensure_ascii=False) if extra else None)
    return row


# -- the schema ---------------------------------------------------------------------------------

@functools.cache
def column_types(kind: str | None = None) -> dict[str, str]:
    """The declared type of each column of a kind's table (or of any other table)."""
    types = dict(COLUMN_TYPES)
    for field in recordkinds.KINDS.get(kind, ()) if kind else ():
        json_type = field.schema.get("type")
        for name in json_type if isinstance(json_type, list) else [json_type]:
            if name in JSON_TYPES:
                types[field.name] = JSON_TYPES[name]
    return types


def _table_sql(name: str, columns: Iterable[str], key: str = "pk INTEGER PRIMARY KEY",
               tail: str = "", kind: str | None = None) -> str:
    types = column_types(kind)
    body = ", ".join([*([key] if key else []),
                      *(f"{q(c)} {types.get(c, 'TEXT')}".rstrip() for c in columns)])
    return f"CREATE TABLE IF NOT EXISTS {q(name)} ({body}{tail})"


def _index_sql(table: str, columns: tuple[str, ...]) -> str:
    name = f"idx_{table}_{'_'.join(columns)}"
    return (f"CREATE INDEX IF NOT EXISTS {q(name)} ON {q(table)} "
            f"({', '.join(q(c) for c in columns)})")


def _fts_sql(table: str, column: str, key: str = "pk") -> list[str]:
    """An external-content FTS5 index on ``table.column``, kept in step by triggers."""
    fts = f"{table}_fts"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {q(fts)} USING fts5({q(column)}, "
        f"content={q(table)}, content_rowid={q(key)})",
        f"CREATE TRIGGER IF NOT EXISTS {q(table + '_ai')} AFTER INSERT ON {q(table)} BEGIN "
        f"INSERT INTO {q(fts)}(rowid, {q(column)}) VALUES (new.{q(key)}, new.{q(column)}); END",
        f"CREATE TRIGGER IF NOT EXISTS {q(table + '_ad')} AFTER DELETE ON {q(table)} BEGIN "
        f"INSERT INTO {q(fts)}({q(fts)}, rowid, {q(column)}) "
        f"VALUES ('delete', old.{q(key)}, old.{q(column)}); END",
    ]


def records_schema() -> list[str]:
    """The statements that create the records' tables, indexes and full-text index."""
    statements = [
        _table_sql("documents", ("date", "records", "added", "meta"),
                   key="doc TEXT PRIMARY KEY"),
        *(_table_sql(TABLES[kind], kind_columns(kind), kind=kind) for kind in KINDS),
        _table_sql("event_actors", ("event", "position", "actor", "name", "role"), key="",
                   tail=", PRIMARY KEY (event, position)"),
        _table_sql("event_systems", ("event", "position", "system", "name", "text"), key="",
                   tail=", PRIMARY KEY (event, position)"),
        _table_sql("mentions", ("kind", "record", "position", "text", "start", "end",
                                "sentence"), key="",
                   tail=", PRIMARY KEY (kind, record, position)"),
        _table_sql("sentences", ("doc", "sentence", "text"), tail=", UNIQUE (doc, sentence)"),
        *_fts_sql("sentences", "text"),
    ]
    statements.extend(_index_sql(table, columns) for table, columns in INDEXES)
    return statements


TIMELINE_EVENT_COLUMNS = ("id", "type", "date_value", "date_text", "treaty", "status",
                          "n_sources", "first_reported", "extra")
TIMELINE_SOURCE_COLUMNS = ("event", "position", "doc", "start", "end", "date_value",
                           "date_text", "sentence", "extra")
TIMELINE_TABLES = ("timeline_events", "timeline_actors", "timeline_systems",
                   "timeline_sources", "timeline_conflicts")


def timeline_schema() -> list[str]:
    statements = [
        _table_sql("timeline_events", TIMELINE_EVENT_COLUMNS),
        _table_sql("timeline_actors", ("event", "position", "actor"), key="",
                   tail=", PRIMARY KEY (event, position)"),
        _table_sql("timeline_systems", ("event", "position", "system"), key="",
                   tail=", PRIMARY KEY (event, position)"),
        _table_sql("timeline_sources", TIMELINE_SOURCE_COLUMNS),
        _table_sql("timeline_conflicts", ("event", "field", "position", "value", "docs"),
                   key="", tail=", PRIMARY KEY (event, field, position)"),
        *_fts_sql("timeline_sources", "sentence"),
    ]
    for table, columns in [("timeline_events", ("type",)), ("timeline_events", ("date_value",)),
                           ("timeline_events", ("treaty",)), ("timeline_events", ("id",)),
                           ("timeline_actors", ("actor",)), ("timeline_systems", ("system",)),
                           ("timeline_sources", ("event",)), ("timeline_sources", ("doc",)),
                           ("timeline_conflicts", ("event",))]:
        statements.append(_index_sql(table, columns))
    return statements


# -- opening ----------------------------------------------------------------------------------

def _database_error(path: Path | str, exc: Exception) -> OutputError:
    return OutputError(path, f"cannot write the database: {exc}")


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are begun and ended explicitly), to a
    database that is new or was made by treatyx; anything else is an :class:`OutputError`."""
    target = Path(path)
    if target.is_dir():
        raise OutputError(path, "cannot write: is a folder")
    try:
        make_parents(target.parent)
        connection = sqlite3.connect(target, timeout=BUSY_TIMEOUT_SECONDS,
                                     isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise _database_error(path, exc) from None
    try:
        connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise OutputError(path, f"not a SQLite database ({exc})") from None
    if version not in (0, SCHEMA_VERSION) or (version == 0 and tables):
        connection.close()
        raise OutputError(path, "a SQLite database that treatyx did not make (or made by "
                                f"another version: user_version {version}); choose a new file")
    return connection


def _create(connection: sqlite3.Connection, statements: list[str]) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements:
            connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def present_documents(path: Path | str) -> set[str]:
    """The documents a database already holds (empty when it does not exist yet), so that a
    run into it skips them before processing them."""
    if not Path(path).is_file():
        return set()
    connection = connect(path)
    try:
        found = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").fetchone()
        if found is None:
            return set()
        return {row[0] for row in connection.execute("SELECT doc FROM documents")}
    finally:
        connection.close()


# -- writing records ----------------------------------------------------------------------------

def _insert_sql(table: str, columns: Iterable[str], verb: str = "INSERT") -> str:
    columns = list(columns)
    return (f"{verb} INTO {q(table)} ({', '.join(q(c) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})")


class SqliteWriter:
    """Records into a SQLite database, one whole document at a time.

    Each document is written inside a savepoint: all of its rows, or (on any error) none.
    Documents are committed together about once a second, so a run that is killed loses at
    most the last second of documents, never part of one, and the next run adds them again.
    A document already in the database (an earlier run, or a name seen twice) is skipped.
    """

    def __init__(self, path: Path | str, log: Callable[[str], Any] | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.path = path
        self.log = log
        self.clock = clock
        self.connection = connect(path)
        self.written = self.skipped = self.rows = 0
        self._since: float | None = None  # when the open transaction began
        self._in_transaction = 0
        self._inserts = {kind: _insert_sql(TABLES[kind], ["pk", *kind_columns(kind)])
                         for kind in KINDS}
        self._next_pk: dict[str, int] = {}  # per kind, read when a transaction begins
        self._document = _insert_sql("documents", ("doc", "date", "records", "added", "meta"),
                                     "INSERT OR IGNORE")
        self._actors = _insert_sql("event_actors", ("event", "position", "actor", "name",
                                                    "role"))
        self._systems = _insert_sql("event_systems",
                                    ("event", "position", "system", "name", "text"))
        self._mentions = _insert_sql("mentions", ("kind", "record", "position", "text", "start",
                                                  "end", "sentence"))
        self._sentence = _insert_sql("sentences", ("doc", "sentence", "text"),
                                     "INSERT OR IGNORE")
        try:
            _create(self.connection, records_schema())
        except sqlite3.Error as exc:
            self.connection.close()
            raise _database_error(path, exc) from None

    def write(self, records: list[dict]) -> None:
        """The records of one document (named by their ``doc``; a document without records
        needs :meth:`write_document`, which also keeps its date)."""
        if records:
            self.write_document(records[0]["doc"], records)

    def write_document(self, name: str, records: list[dict], date: str | None = None,
                       meta: dict | None = None) -> bool:
        """Write one document whole; False (and nothing written) when it is already there.
        ``meta``: the corpus fields of the document other than its text (JSON in ``meta``)."""
        try:
            if self._since is None:
                self._begin()
            self.connection.execute("SAVEPOINT document")
            try:
                added = self._write_rows(name, records, date, meta)
            except BaseException:
                self.connection.execute("ROLLBACK TO document")
                raise
            finally:
                self.connection.execute("RELEASE document")
            self._in_transaction += 1
            if (self.clock() - self._since >= COMMIT_SECONDS
                    or self._in_transaction >= COMMIT_DOCS):
                self.commit()
        except sqlite3.Error as exc:
            raise _database_error(self.path, exc) from None
        if added:
            self.written += 1
            self.rows += len(records)
        else:
            self.skipped += 1
        return added

    def _begin(self) -> None:
        """Begin a transaction; holding the write lock, read where each table's keys go on
        (rows get their ``pk`` here, so a document's rows go in with one executemany each)."""
        self.connection.execute("BEGIN IMMEDIATE")
        self._since = self.clock()
        for kind in KINDS:
            last = self.connection.execute(f"SELECT max(pk) FROM {q(TABLES[kind])}").fetchone()
            self._next_pk[kind] = (last[0] or 0) + 1

    def _write_rows(self, name: str, records: list[dict], date: str | None,
                    meta: dict | None) -> bool:
        added = self.connection.execute(self._document, (
            name, date, len(records), dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            json.dumps(meta, ensure_ascii=False) if meta else None))
        if added.rowcount == 0:
            return False
        rows: dict[str, list[list[Any]]] = {}
        mentions: list[tuple] = []
        actors: list[tuple] = []
        systems: list[tuple] = []
        sentences: list[tuple] = []
        next_pk = self._next_pk
        for record in records:
            kind = record["kind"]
            pk = next_pk[kind]
            next_pk[kind] = pk + 1
            rows.setdefault(kind, []).append([pk, *record_row(record, kind)])
            mentions.extend((kind, pk, i, m.get("text"), m.get("start"), m.get("end"),
                             m.get("sentence")) for i, m in enumerate(record.get("mentions") or []))
            if kind == "event":
                actors.extend((pk, i, a.get("id"), a.get("name"), a.get("role"))
                              for i, a in enumerate(record.get("actors") or []))
                systems.extend((pk, i, *_reference_row(s))
                               for i, s in enumerate(record.get("systems") or []))
                if record.get("sentence_text"):
                    sentences.append((record.get("doc"), record.get("sentence"),
                                      record["sentence_text"]))
        executemany = self.connection.executemany
        for kind, kind_rows in rows.items():
            executemany(self._inserts[kind], kind_rows)
        for sql, link_rows in ((self._mentions, mentions), (self._actors, actors),
                               (self._systems, systems), (self._sentence, sentences)):
            if link_rows:
                executemany(sql, link_rows)
        return True

    def commit(self) -> None:
        if self._since is not None:
            self.connection.execute("COMMIT")
            self._since = None
            self._in_transaction = 0

    def close(self) -> None:
        """Commit the whole documents written so far (also after an error or Ctrl-C: each
        one is complete) and close the database."""
        if self.connection is None:
            return
        try:
            self.commit()
        except sqlite3.Error as exc:
            raise _database_error(self.path, exc) from None
        finally:
            with contextlib.suppress(sqlite3.Error):
                if self.connection.in_transaction:
                    self.connection.execute("ROLLBACK")
            self.connection.close()
            self.connection = None  # type: ignore[assignment]
        if self.skipped and self.log is not None:
            self.log(f"treatyx: {self.path}: {self.skipped} document(s) already in the "
                     "database were skipped")


# -- reading records back -----------------------------------------------------------------------

def _decode(kind: str, column: str, value: Any) -> Any:
    if value is None:
        return None
    if column_types(kind).get(column) == "BOOLEAN":
        return bool(value)
    return value


def read_records(path: Path | str) -> Iterator[dict]:
    """Every record of a database as a dict, documents in the order they were written and
    records in table order within each kind (``pk``); optional fields come back as None."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        for kind in KINDS:
            yield from _read_kind(connection, kind)
    finally:
        connection.close()


def _links(connection: sqlite3.Connection, sql: str, key: Any) -> list[sqlite3.Row]:
    return connection.execute(sql, key).fetchall()


def _read_kind(connection: sqlite3.Connection, kind: str) -> Iterator[dict]:
    for row in connection.execute(f"SELECT * FROM {q(TABLES[kind])} ORDER BY pk"):
        record: dict[str, Any] = {"kind": kind}
        for name in kind_fields(kind):
            if name in OBJECT_COLUMNS:
                values = {key: _decode(kind, f"{name}_{key}", row[f"{name}_{key}"])
                          for key in OBJECT_COLUMNS[name]}
                record[name] = values if any(v is not None for v in values.values()) else None
            elif name in JSON_FIELDS:
                record[name] = json.loads(row[name]) if row[name] is not None else None
            elif name not in LINKED_FIELDS:
                record[name] = _decode(kind, name, row[name])
        if row["extra"]:
            record.update(json.loads(row["extra"]))
        pk = row["pk"]
        if "mentions" in kind_fields(kind):
            mentions = _links(connection, "SELECT text, start, \"end\", sentence FROM mentions "
                              "WHERE kind = ? AND record = ? ORDER BY position", (kind, pk))
            record["mentions"] = [{k: v for k, v in dict(m).items() if v is not None}
                                  for m in mentions]
        if kind == "event":
            record["actors"] = [dict(a) for a in _links(
                connection, "SELECT actor AS id, name, role FROM event_actors WHERE event = ? "
                "ORDER BY position", (pk,))]
            record["systems"] = [dict(s) for s in _links(
                connection, "SELECT system AS id, name, text FROM event_systems WHERE event = ? "
                "ORDER BY position", (pk,))]
        yield record


# -- timelines ----------------------------------------------------------------------------------

def _date_parts(value: Any) -> tuple[Any, Any]:
    """(value, text) of a timeline date: an object {value, text}, a plain string, or None."""
    if isinstance(value, dict):
        return value.get("value"), value.get("text")
    return value, None


class SqliteTimelineWriter:
    """Merged timeline events into a SQLite database. The timeline tables are emptied and
    refilled in one transaction, committed by :meth:`close`: a failed or interrupted run
    (:meth:`abort`, or never closed) leaves the database as it was."""

    EVENT_KEYS = frozenset({"kind", "id", "type", "date", "actors", "systems", "treaty",
                            "status", "sources", "n_sources", "first_reported", "conflicts"})
    SOURCE_KEYS = frozenset({"doc", "start", "end", "date", "sentence"})

    def __init__(self, path: Path | str):
        self.path = path
        self.count = 0
        self.connection = connect(path)
        try:
            _create(self.connection, timeline_schema())
            self.connection.execute("BEGIN IMMEDIATE")
            for table in TIMELINE_TABLES:
                self.connection.execute(f"DELETE FROM {q(table)}")
        except sqlite3.Error as exc:
            self.connection.close()
            raise _database_error(path, exc) from None
        self._event = _insert_sql("timeline_events", TIMELINE_EVENT_COLUMNS)
        self._source = _insert_sql("timeline_sources", TIMELINE_SOURCE_COLUMNS)
        self._actor = _insert_sql("timeline_actors", ("event", "position", "actor"))
        self._system = _insert_sql("timeline_systems", ("event", "position", "system"))
        self._conflict = _insert_sql("timeline_conflicts", ("event", "field", "position",
                                                            "value", "docs"))

    def write(self, events: Iterable[dict]) -> None:
        try:
            for event in events:
                self._write_event(event)
        except sqlite3.Error as exc:
            raise _database_error(self.path, exc) from None

    def _write_event(self, event: dict) -> None:
        value, text = _date_parts(event.get("date"))
        extra = {k: v for k, v in event.items() if k not in self.EVENT_KEYS}
        pk = self.connection.execute(self._event, (
            event.get("id"), event.get("type"), value, text, event.get("treaty"),
            event.get("status"), event.get("n_sources"), event.get("first_reported"),
            json.dumps(extra, ensure_ascii=False) if extra else None)).lastrowid
        many = self.connection.executemany
        many(self._actor, [(pk, i, a) for i, a in enumerate(event.get("actors") or [])])
        many(self._system, [(pk, i, s) for i, s in enumerate(event.get("systems") or [])])
        sources = []
        for i, source in enumerate(event.get("sources") or []):
            value, text = _date_parts(source.get("date"))
            rest = {k: v for k, v in source.items() if k not in self.SOURCE_KEYS}
            sources.append((pk, i, source.get("doc"), source.get("start"), source.get("end"),
                            value, text, source.get("sentence"),
                            json.dumps(rest, ensure_ascii=False) if rest else None))
        many(self._source, sources)
        many(self._conflict, [
            (pk, conflict.get("field"), i, json.dumps(item.get("value"), ensure_ascii=False),
             json.dumps(item.get("docs", []), ensure_ascii=False))
            for conflict in event.get("conflicts") or []
            for i, item in enumerate(conflict.get("values") or [])])
        self.count += 1

    def close(self) -> None:
        """Commit the whole timeline and close the database."""
        if self.connection is None:
            return
        try:
            self.connection.execute("COMMIT")
        except sqlite3.Error as exc:
            raise _database_error(self.path, exc) from None
        finally:
            self._close()

    def abort(self) -> None:
        """Drop what this run wrote: the database keeps the timeline it had."""
        if self.connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self.connection.execute("ROLLBACK")
            self._close()

    def _close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
        self.connection.close()
        self.connection = None  # type: ignore[assignment]


def write_timeline_sqlite(db_path: Path | str, events: Iterable[dict]) -> int:
    """Write merged timeline events (``treatyx timeline``'s JSON objects) to ``db_path``,
    replacing the timeline it held, all or nothing; return how many events were written."""
    writer = SqliteTimelineWriter(db_path)
    try:
        writer.write(events)
    except BaseException:
        writer.abort()
        raise
    writer.close()
    return writer.count


__all__ = ["SCHEMA_VERSION", "SqliteTimelineWriter", "SqliteWriter", "is_database_path",
           "kind_columns", "present_documents", "read_records", "records_schema",
           "timeline_schema", "write_timeline_sqlite"]
