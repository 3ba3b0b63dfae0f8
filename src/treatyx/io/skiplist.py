"""The done list of a resumable run (``treatyx extract --skip-done FILE``).

One line per finished document, appended (and flushed) right after the document's records
were written: ``{"doc": "a1", "end": 18342}``, where ``end`` is the size in bytes of the ``-o``
output file once that document's records were in it. A restarted run skips every document
named in the list and, before appending to the output, cuts it back to the last ``end``: the
records of a document that was being written when the run was killed are dropped and written
again, so every document appears exactly once. A line may also be a bare document name (a
list made by hand): those documents are skipped too.

Names read from the list are kept in memory (a set), so a restart over a corpus of a million
rows holds a million names; documents finished during the run are only written to the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from pathlib import Path
from typing import IO

from .writers import GuardedStream, make_parents, output_error


class DoneList:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.names: set[str] = set()
        self.last_end: int | None = None  # output size after the last finished document
        self._complete_bytes = 0  # where the last complete line ends
        self._handle: IO[str] | None = None
        self._created = False  # this run made the file (removed again if a run fails empty)
        self._read()

    def _read(self) -> None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise output_error(self.path, exc, "cannot read") from None
        # A line cut short by a kill has no newline yet: ignore it (and drop it on open()).
        self._complete_bytes = data.rfind(b"\n") + 1
        for raw in data[:self._complete_bytes].decode("utf-8", errors="replace").splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("{"):
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(entry, dict) and "doc" in entry:
                    self.names.add(str(entry["doc"]))
                    if isinstance(entry.get("end"), int):
                        self.last_end = entry["end"]
                continue
            self.names.add(line)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __len__(self) -> int:
        return len(self.names)

    def open(self) -> DoneList:
        """Start appending (after dropping an incomplete last line, if any)."""
        try:
            make_parents(self.path.parent)
            self._created = not self.path.exists()
            if _is_file(self.path) and self.path.stat().st_size != self._complete_bytes:
                os.truncate(self.path, self._complete_bytes)
            self._handle = GuardedStream(self.path.open("a", encoding="utf-8"), self.path)
        except OSError as exc:
            raise output_error(self.path, exc) from None
        return self

    def add(self, name: str, end: int | None = None) -> None:
        """Record one finished document (one write, flushed at once)."""
        if self._handle is None:
            self.open()
        assert self._handle is not None
        entry: dict[str, object] = {"doc": name}
        if end is not None:
            entry["end"] = end
        self._handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._handle.flush()

    def close(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None

    def __enter__(self) -> DoneList:
        return self.open()

    def __exit__(self, exc_type: object, *_exc: object) -> None:
        self.close()
        if exc_type is not None and self._created:  # a run that failed: leave nothing behind
            with contextlib.suppress(OSError):
                if self.path.stat().st_size == 0:
                    self.path.unlink()


def resume_output(path: Path, done: DoneList) -> tuple[IO[str], str | None]:
    """Open ``path`` for appending the records of a resumed run; return it and a note.

    With nothing done yet, the output starts empty. Otherwise it is cut back to the size
    recorded with the last finished document, dropping the records of a document that was
    being written when the previous run stopped.
    """
    try:
        return _resume_output(path, done)
    except OSError as exc:
        raise output_error(path, exc) from None


def _is_file(path: Path) -> bool:
    """A regular file (through symlinks): only those are cut back, never a FIFO or device."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:
        return False


def _resume_output(path: Path, done: DoneList) -> tuple[IO[str], str | None]:
    note = None
    make_parents(path.parent)
    size = path.stat().st_size if _is_file(path) else 0
    if not done.names:
        keep = 0
        if size:
            note = f"nothing in {done.path} yet: {path} starts afresh"
    elif done.last_end is None:
        keep = size
    elif size >= done.last_end:
        keep = done.last_end
        if size > keep:
            note = (f"dropped {size - keep:,} bytes at the end of {path} (records of a document "
                    "that was not finished)")
    else:
        keep = size
        note = (f"{path} is shorter than {done.path} expects ({size:,} < {done.last_end:,} "
                "bytes): was it replaced? appending anyway")
    if _is_file(path) and size != keep:
        os.truncate(path, keep)
    handle = path.open("a", encoding="utf-8", newline="")
    return GuardedStream(handle, path), note  # type: ignore[return-value]
