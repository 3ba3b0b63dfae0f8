"""Records in: JSON lines (or the one-record-a-line JSON array `extract --format json`
writes) from files, ``-`` or stdin; a bad line is reported by file and line and skipped."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO

OnError = Callable[[str, int | None, str], None]  # (source, line or None, message)
ARRAY_PUNCTUATION = {"[", "]", "[]"}


def _open(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def parse_lines(lines: Iterable[str], source: str, on_error: OnError) -> Iterator[dict]:
    """The records of one input, one per line; blank lines and a JSON array's brackets and
    commas are skipped, anything else that is not a JSON object is reported."""
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text in ARRAY_PUNCTUATION:
            continue
        if text.endswith(",") and text.startswith("{"):
            text = text[:-1]
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            on_error(source, number, f"not JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(record, dict):
            on_error(source, number, f"not a record (a JSON {type(record).__name__})")
            continue
        yield record


def read_records(paths: Iterable[str], on_error: OnError) -> Iterator[dict]:
    """Every record of ``paths`` in turn (stdin when there are none)."""
    for path in list(paths) or ["-"]:
        source = "<stdin>" if path == "-" else path
        try:
            handle = _open(path)
        except OSError as exc:
            on_error(source, None, f"cannot read: {exc.strerror or exc}")
            continue
        try:
            yield from parse_lines(handle, source, on_error)
        except (OSError, UnicodeDecodeError, EOFError) as exc:
            on_error(source, None, f"cannot read further: {exc}")
        finally:
            if handle is not sys.stdin:
                handle.close()
