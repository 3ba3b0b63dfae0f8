"""Record writers: JSON Lines, JSON, YAML, CSV and rich tables, plus atomic output files.

A writer gets the records of one document at a time (``write(records)``) and is closed once
(``close()``), so output streams while documents are processed.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import yaml

from ..extensions import KINDS

FORMATS = ("table", "jsonl", "json", "csv", "yaml")
COMMON_FIELDS = ("kind", "doc", "id", "text", "start", "end", "sentence", "rule")
CSV_FIELDS = {
    "actor": ("name", "type", "title", "country", "mentions"),
    "treaty": ("name", "category", "signed", "in_force", "expires", "ended", "mentions"),
    "system": ("name", "class", "country", "known", "aliases", "mentions"),
    "range": ("min_km", "max_km", "unit", "approx", "bound", "measure", "subject"),
    "date": ("value", "type", "mod"),
    "event": ("type", "status", "date", "actors", "treaty", "systems", "source", "trigger",
              "sentence_text", "mentions"),
}


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False) builds
# a new encoder for every call


def dumps(record: dict) -> str:
    return _ENCODER.encode(record)


class JsonlWriter:
    def __init__(self, stream: IO[str]):
        self.stream = stream

    def write(self, records: list[dict]) -> None:
        for record in records:
            self.stream.write(dumps(record) + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class JsonWriter:
    """One JSON array, written incrementally so memory stays flat."""

    def __init__(self, stream: IO[str]):
        self.stream = stream
        self.count = 0
        self.stream.write("[")

    def write(self, records: list[dict]) -> None:
        for record in records:
            self.stream.write(("," if self.count else "") + "\n  " + dumps(record))
            self.count += 1
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")
        self.stream.flush()


class YamlWriter:
    def __init__(self, stream: IO[str]):
        self.stream = stream

    def write(self, records: list[dict]) -> None:
        if records:
            self.stream.write(yaml.safe_dump(records, sort_keys=False, allow_unicode=True))
            self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


def csv_row(record: dict) -> dict[str, Any]:
    """Flatten nested values (lists, objects) to JSON text for a CSV cell."""
    row = {}
    for key, value in record.items():
        if isinstance(value, (list, dict)):
            row[key] = json.dumps(value, ensure_ascii=False)
        elif value is None:
            row[key] = ""
        else:
            row[key] = value
    return row


class CsvWriter:
    """CSV for one kind of record per stream (the columns differ between kinds)."""

    def __init__(self, streams: dict[str, IO[str]]):
        self.writers = {}
        for kind, stream in streams.items():
            columns = list(COMMON_FIELDS) + [c for c in CSV_FIELDS[kind] if c not in COMMON_FIELDS]
            writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            self.writers[kind] = (writer, stream)

    def write(self, records: list[dict]) -> None:
        for record in records:
            target = self.writers.get(record["kind"])
            if target is not None:
                target[0].writerow(csv_row(record))
        for _, stream in self.writers.values():
            stream.flush()

    def close(self) -> None:
        for _, stream in self.writers.values():
            stream.flush()


@contextlib.contextmanager
def atomic_output(path: Path, binary: bool = False) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and rename it into place on success only,
    so a failed or interrupted run never leaves a half-written file (text, or bytes when
    ``binary``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with (os.fdopen(fd, "wb") if binary else
              os.fdopen(fd, "w", encoding="utf-8", newline="")) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise



__all__ = ["FORMATS", "KINDS", "CsvWriter", "JsonWriter", "JsonlWriter", "YamlWriter",
           "atomic_output", "csv_row", "dumps"]
