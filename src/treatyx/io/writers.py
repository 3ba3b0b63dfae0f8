"""Record writers: JSON Lines, JSON, YAML and CSV, plus output files that respect their path.

A writer gets the records of one document at a time (``write(records)``) and is closed once
(``close()``), so output streams while documents are processed.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import secrets
import socket
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import TreatyxError
from ..kinds import KINDS
from ..recordkinds import COMMON_NAMES, csv_fields

O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

FORMATS = ("table", "jsonl", "json", "csv", "yaml")
COMMON_FIELDS = COMMON_NAMES
# The fields of each kind, in CSV column order: every field of its definition in
# treatyx.recordkinds (from which ``treatyx schema`` is generated too).
CSV_FIELDS = csv_fields()
# Nested fields become several flat columns: an object one column per key (``date_value``),
# a list of objects one column per key with the values joined by LIST_SEPARATOR
# (``actor_ids``), in the same order, so the n-th id, name and role belong together.
OBJECT_COLUMNS = {
    "date": ("text", "start", "end", "value", "type", "mod"),
    "source": ("id", "name"),
    "trigger": ("text", "start", "end"),
    "range_km": ("min", "max"),
    "treaty": ("id", "name", "text"),
}
LIST_COLUMNS = {  # field: (column prefix, keys)
    "actors": ("actor", ("id", "name", "role")),
    "systems": ("system", ("id", "name", "text")),
    "mentions": ("mention", ("start", "end")),
}
LIST_SEPARATOR = "|"


def field_columns(name: str) -> tuple[str, ...]:
    """The CSV columns that hold the field ``name``."""
    if name in OBJECT_COLUMNS:
        return tuple(f"{name}_{key}" for key in OBJECT_COLUMNS[name])
    if name in LIST_COLUMNS:
        prefix, keys = LIST_COLUMNS[name]
        return (f"{prefix}_count", *(f"{prefix}_{key}s" for key in keys))
    return (name,)


def csv_columns(kind: str) -> list[str]:
    """Every column of a kind's CSV file, in order."""
    fields = list(COMMON_FIELDS) + [f for f in CSV_FIELDS[kind] if f not in COMMON_FIELDS]
    return [column for name in fields for column in field_columns(name)]


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
        import yaml  # only for this format: not part of every run's start-up

        if records:
            self.stream.write(yaml.safe_dump(records, sort_keys=False, allow_unicode=True))
            self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    if isinstance(value, dict):  # not expected: every nested field has its columns
        return json.dumps(value, ensure_ascii=False)
    return value


def as_object(value: Any, first_key: str) -> dict:
    """A nested field as an object: a bare value (an event's treaty or system as an id, in
    records written before references carried names) fills the first column."""
    if isinstance(value, dict):
        return value
    return {} if value is None else {first_key: value}


def csv_row(record: dict) -> dict[str, Any]:
    """One flat CSV row: nested fields spread over the columns of :func:`field_columns`,
    lists of strings joined with ``|``, None as an empty cell."""
    row: dict[str, Any] = {}
    for key, value in record.items():
        if key in OBJECT_COLUMNS:
            value = as_object(value, OBJECT_COLUMNS[key][0])
            for sub in OBJECT_COLUMNS[key]:
                row[f"{key}_{sub}"] = _cell(value.get(sub))
        elif key in LIST_COLUMNS:
            prefix, keys = LIST_COLUMNS[key]
            items = [as_object(item, keys[0]) for item in value or []]
            row[f"{prefix}_count"] = len(items)
            for sub in keys:
                row[f"{prefix}_{sub}s"] = _cell([item.get(sub) for item in items])
        else:
            row[key] = _cell(value)
    return row


class CsvWriter:
    """CSV for one kind of record per stream (the columns differ between kinds)."""

    def __init__(self, streams: dict[str, IO[str]]):
        self.writers = {}
        for kind, stream in streams.items():
            writer = csv.DictWriter(stream, fieldnames=csv_columns(kind), extrasaction="ignore")
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


# -- output files --------------------------------------------------------------------------------

class OutputError(TreatyxError):
    """An output (``-o``, ``--errors``, ``--skip-done``...) that cannot be written: the CLI
    prints it as one line and exits 2."""

    def __init__(self, path: Path | str, message: str):
        self.path = str(path)
        self.message = message
        super().__init__(f"{path}: {message}")


def output_error(path: Path | str, exc: OSError, doing: str = "cannot write") -> OutputError:
    reason = exc.strerror or str(exc)
    if exc.filename is not None and str(exc.filename) != str(path):
        reason += f" ({exc.filename})"
    return OutputError(path, f"{doing}: {reason}")


class GuardedStream:
    """A text or binary stream whose write errors (a full disk, a vanished device) become an
    :class:`OutputError` naming the output; a closed pipe stays a BrokenPipeError."""

    def __init__(self, stream: IO[Any], name: Path | str):
        self._stream = stream
        self._name = name

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """An OSError becomes an OutputError naming the output; a closed pipe stays itself."""
        try:
            yield
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise output_error(self._name, exc) from None

    def write(self, data: Any) -> int:
        with self._guard():
            return self._stream.write(data)

    def flush(self) -> None:
        with self._guard():
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def __enter__(self) -> GuardedStream:
        return self

    def __exit__(self, *_exc: object) -> None:
        with self._guard():
            self._stream.close()


def _target(path: Path) -> Path:
    """Where writing to ``path`` lands: a symlink's final target (which may not exist yet)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def make_parents(folder: Path) -> list[Path]:
    """Create ``folder`` and missing parents (mode from the umask); return those created."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        created.mkdir(exist_ok=True)
    return missing


def _remove_folders(folders: list[Path]) -> None:
    for folder in folders:  # deepest first; only if still empty
        with contextlib.suppress(OSError):
            folder.rmdir()


def _open_direct(target: Path, mode: int, binary: bool) -> IO[Any]:
    """A device, FIFO or socket: written in place, as a shell redirection would."""
    if stat.S_ISSOCK(mode):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(str(target))
        except OSError:
            sock.close()
            raise
        handle = sock.makefile("wb")
        sock.close()  # the file object keeps the connection open
        return handle if binary else io.TextIOWrapper(handle, encoding="utf-8", newline="")
    if binary:
        return open(target, "wb")  # closed by the caller
    return open(target, "w", encoding="utf-8", newline="")


def _temp_beside(target: Path) -> tuple[int, Path]:
    """A new file next to ``target``, created as open() would (mode 0o666 less the umask)."""
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_CLOEXEC, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


@contextlib.contextmanager
def atomic_output(path: Path, binary: bool = False) -> Iterator[IO[Any]]:
    """Open ``path`` for writing, respecting what it is:

    - a regular file or a new path: written to a temporary file beside it, renamed into place
      on success only (a failed or interrupted run never leaves a half-written file); a new
      file gets the mode ``open()`` would give under the umask, a replaced one keeps its mode
      (and, where allowed, its owner);
    - a symlink: the same for its target, beside the target (the link stays a link);
    - a character or block device, a FIFO or a socket: written directly, never replaced.

    Yields a text stream (bytes when ``binary``); every failure is an :class:`OutputError`.
    """
    target = _target(path)
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise output_error(path, exc) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(path, "cannot write: is a folder")
    if info is not None and not stat.S_ISREG(info.st_mode):
        yield from _direct(path, target, info, binary)
    else:
        yield from _atomic(path, target, info, binary)


@contextlib.contextmanager
def output_stream(output: Path | None) -> Iterator[IO[str]]:
    """Standard output (guarded: a closed pipe or full disk is one clear error), or ``output``
    written atomically."""
    if output is None:
        yield GuardedStream(sys.stdout, "standard output")  # type: ignore[misc]
    else:
        with atomic_output(output) as handle:
            yield handle


def _close_quietly(handle: IO[Any]) -> None:
    """Close after a failure: what is still buffered cannot be written either."""
    with contextlib.suppress(OSError, ValueError):
        handle.close()


def _direct(path: Path, target: Path, info: os.stat_result, binary: bool) -> Iterator[IO[Any]]:
    try:
        handle = _open_direct(target, info.st_mode, binary)
    except OSError as exc:
        raise output_error(path, exc) from None
    guarded = GuardedStream(handle, path)
    try:
        yield guarded  # type: ignore[misc]
        guarded.flush()
    finally:
        _close_quietly(handle)


def _atomic(path: Path, target: Path, info: os.stat_result | None,
            binary: bool) -> Iterator[IO[Any]]:
    created: list[Path] = []
    tmp: Path | None = None
    handle: IO[Any] | None = None
    in_body = False  # an error of the caller's own (not of this output) is not reworded
    try:
        created = make_parents(target.parent)
        fd, tmp = _temp_beside(target)
        if info is not None:  # keep the replaced file's mode and owner, as open() would
            os.fchmod(fd, stat.S_IMODE(info.st_mode))
            if (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
                with contextlib.suppress(OSError):
                    os.fchown(fd, info.st_uid, info.st_gid)
        handle = (os.fdopen(fd, "wb") if binary else
                  os.fdopen(fd, "w", encoding="utf-8", newline=""))
        in_body = True
        yield GuardedStream(handle, path)  # type: ignore[misc]
        in_body = False
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        os.replace(tmp, target)
    except BaseException as exc:
        if handle is not None:
            _close_quietly(handle)
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        _remove_folders(created)
        if (isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError)
                and not in_body):
            raise output_error(path, exc) from None
        raise


__all__ = ["FORMATS", "KINDS", "CsvWriter", "GuardedStream", "JsonWriter", "JsonlWriter",
           "OutputError", "YamlWriter", "atomic_output", "csv_columns", "csv_row", "dumps",
           "field_columns", "output_error"]
