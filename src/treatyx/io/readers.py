"""Documents from files, folders, standard input and JSONL corpus files, read lazily.

Each input yields either a :class:`Document` or an :class:`~treatyx.errors.InputError` in input
order, so one unreadable file or malformed corpus line is reported while the rest goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError

DEFAULT_GLOBS = ("*.txt", "*.md")
CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
BINARY_SNIFF_BYTES = 8192
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
JSON_TYPES = {dict: "an object", list: "a list", int: "a number", float: "a number",
              bool: "true or false", type(None): "null"}


@dataclass
class Document:
    """One article: its name in the output, its text and its publication date."""

    name: str
    text: str
    date: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CorpusFields:
    text: str = "text"
    id: str = "id"
    date: str = "date"


def check_date(value: str | None, source: str) -> str | None:
    """Return the ISO date or raise InputError naming where it came from."""
    if value in (None, ""):
        return None
    text = str(value)[:10]
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError as exc:
        if ISO_DATE.fullmatch(text):  # the right shape, but no such day: say why
            raise InputError(source, f"date {value!r} does not exist ({exc})") from None
        raise InputError(source, f"date {value!r} is not YYYY-MM-DD") from None


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 text (a BOM is dropped); binary or other encodings are refused with a reason."""
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError(source, "looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8") from None


def is_corpus(path: Path) -> bool:
    return path.name.endswith(CORPUS_SUFFIXES)


def _open_corpus(path: Path) -> BinaryIO:
    return gzip.open(path, "rb") if path.name.endswith(".gz") else path.open("rb")


def read_corpus(path: Path, display: str, fields: CorpusFields,
                default_date: str | None) -> Iterator[Document | InputError]:
    """One Document per JSON line; a bad line becomes an InputError ``file:line``."""
    try:
        handle = _open_corpus(path)
    except OSError as exc:
        yield InputError(display, f"cannot read: {exc.strerror}")
        return
    with handle:
        lineno = 0
        try:
            for lineno, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                yield _corpus_row(raw, f"{display}:{lineno}", fields, default_date)
        except (OSError, EOFError) as exc:
            yield InputError(f"{display}:{lineno + 1}", f"cannot read further: {exc}")


def _corpus_row(raw: bytes, where: str, fields: CorpusFields,
                default_date: str | None) -> Document | InputError:
    try:
        row = json.loads(decode_text(raw, where))
    except InputError as exc:
        return exc
    except json.JSONDecodeError as exc:
        # json's messages may end in " at" ("Invalid control character at"): no "at at"
        message = exc.msg.removesuffix(" at")
        return InputError(where, f"invalid JSON ({message} at column {exc.colno})")
    if not isinstance(row, dict):
        return InputError(where, "each line must be a JSON object")
    text = row.get(fields.text)
    if fields.text not in row:
        return InputError(where, f"no text field {fields.text!r} (use --text-field)")
    if not isinstance(text, str):
        kind = JSON_TYPES.get(type(text), type(text).__name__)
        return InputError(where, f"text field {fields.text!r} is {kind}, not a string")
    name = row.get(fields.id)
    try:
        date = check_date(row.get(fields.date), where) or default_date
    except InputError as exc:
        return exc
    meta = {k: v for k, v in row.items() if k not in (fields.text,)}
    return Document(str(name) if name is not None else where, text, date, meta)


def read_file(path: Path, display: str, default_date: str | None) -> Document | InputError:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputError(display, f"cannot read: {exc.strerror}")
    try:
        return Document(display, decode_text(data, display), default_date)
    except InputError as exc:
        return exc


def folder_files(folder: Path, globs: Iterable[str]) -> list[Path]:
    found = {p for pattern in globs for p in folder.rglob(pattern) if p.is_file()}
    return sorted(found)


def iter_documents(paths: Iterable[str], *, default_date: str | None = None,
                   globs: Iterable[str] = DEFAULT_GLOBS, fields: CorpusFields = CorpusFields(),
                   stdin: BinaryIO | None = None) -> Iterator[Document | InputError]:
    """Every document named by ``paths`` (files, folders, ``-``, corpus files), in order."""
    globs = tuple(globs)
    for given in paths:
        if given == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                yield Document("-", decode_text(stream.read(), "-"), default_date)
            except InputError as exc:
                yield exc
            continue
        path = Path(given)
        if path.is_dir():
            files = folder_files(path, globs)
            if not files:
                yield InputError(given, f"folder has no files matching {', '.join(globs)}")
            for file in files:
                display = str(Path(given) / file.relative_to(path))
                if is_corpus(file):
                    yield from read_corpus(file, display, fields, default_date)
                else:
                    yield read_file(file, display, default_date)
        elif not path.exists():
            yield InputError(given, "no such file or folder")
        elif is_corpus(path):
            yield from read_corpus(path, given, fields, default_date)
        else:
            yield read_file(path, given, default_date)
