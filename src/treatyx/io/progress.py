"""Progress of a batch run on stderr: a live bar on a terminal, one summary line at the end.

The bar (documents, documents/s, records, failures, and a bar with an ETA when the number of
documents is known in advance) is drawn with rich only when stderr is a terminal and the run
is not quiet; otherwise nothing is drawn and rich is not even imported. Messages logged while
the bar is live are printed above it, so error lines and the bar never garble each other.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from .readers import folder_files, is_corpus

COUNT_LINES_MAX_BYTES = 2_000_000_000  # counting corpus lines for the ETA costs one fast read


def count_documents(paths: Iterable[str], globs: Iterable[str]) -> int | None:
    """How many documents ``paths`` hold, when cheap to know (for the ETA); else None.

    Files and folders are counted by name; plain ``.jsonl`` corpora by their lines (one fast
    pass over the bytes). Gzip corpora and standard input give None: the bar then shows counts
    and speed without an ETA.
    """
    total = 0
    globs = tuple(globs)
    for given in paths:
        if given == "-":
            total += 1
            continue
        path = Path(given)
        files = folder_files(path, globs) if path.is_dir() else [path]
        for file in files:
            if not is_corpus(file):
                total += 1
                continue
            lines = _count_lines(file)
            if lines is None:
                return None
            total += lines
    return total


def _count_lines(path: Path) -> int | None:
    if path.name.endswith(".gz"):
        return None
    try:
        if path.stat().st_size > COUNT_LINES_MAX_BYTES:
            return None
        lines = 0
        last = b"\n"
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                lines += block.count(b"\n")
                last = block[-1:]
        return lines + (last != b"\n")
    except OSError:
        return None


class Progress:
    """Counts of a run, drawn live on stderr when ``enabled``; always summarised at the end.

    >>> with Progress(enabled=sys.stderr.isatty(), total=5000) as progress:
    ...     progress.advance(records=12)
    ...     progress.advance(failed=True)
    >>> progress.summary(kinds)  # "treatyx: 4,999 documents, ... 1 failed, 3.2 s (1,562/s)"
    """

    def __init__(self, enabled: bool, total: int | None = None,
                 stream: IO[str] | None = None, force_terminal: bool | None = None):
        self.enabled = enabled
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.force_terminal = force_terminal
        self.documents = 0
        self.records = 0
        self.failed = 0
        self.skipped = 0
        self.kinds: Counter[str] = Counter()
        self.started = time.monotonic()
        self._bar: Any = None
        self._task: Any = None

    # -- live display -------------------------------------------------------------------------
    def __enter__(self) -> Progress:
        self.started = time.monotonic()
        if not self.enabled:
            return self
        import rich.progress as rp
        from rich.console import Console

        console = Console(file=self.stream, force_terminal=self.force_terminal)
        columns: list[Any] = [rp.TextColumn("[bold]treatyx")]
        if self.total:
            columns += [rp.BarColumn(bar_width=16), rp.TextColumn("{task.percentage:>3.0f}%")]
        columns += [
            rp.TextColumn("{task.completed:,.0f}{task.fields[of]} docs {task.fields[rate]}/s"),
            rp.TextColumn("{task.fields[records]:,} records{task.fields[failures]}"),
            rp.TimeElapsedColumn(),
        ]
        if self.total:
            columns += [rp.TextColumn("ETA"), rp.TimeRemainingColumn()]
        self._bar = rp.Progress(*columns, console=console, transient=True,
                                refresh_per_second=5, redirect_stdout=False,
                                redirect_stderr=False)
        self._bar.start()
        self._task = self._bar.add_task("treatyx", total=self.total or None,
                                        of=f"/{self.total:,}" if self.total else "",
                                        rate="-", records=0, failures="")
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    @property
    def live(self) -> bool:
        return self._bar is not None

    def advance(self, records: int = 0, failed: bool = False, skipped: bool = False,
                kinds: Mapping[str, int] | Iterable[str] = ()) -> None:
        """One more input handled: done with ``records`` (``kinds``: their kinds, or a count
        per kind), failed, or skipped as done before."""
        if skipped:
            self.skipped += 1
        elif failed:
            self.failed += 1
        else:
            self.documents += 1
            self.records += records
            self.kinds.update(kinds)
        if self._bar is not None:
            elapsed = max(time.monotonic() - self.started, 1e-6)
            failures = f", [red]{self.failed:,} failed[/]" if self.failed else ""
            if self.skipped:
                failures += f", {self.skipped:,} skipped"
            self._bar.update(self._task, advance=1, records=self.records, failures=failures,
                             rate=f"{(self.documents + self.failed) / elapsed:,.0f}")

    def log(self, message: str) -> None:
        """A line on stderr, above the bar when it is live."""
        if self._bar is not None:
            self._bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            print(message, file=self.stream, flush=True)

    # -- the end ------------------------------------------------------------------------------
    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def summary(self, kinds: Iterable[str], interrupted: bool = False) -> str:
        """``treatyx: 5,000 documents, 61,234 records (1,200 actor, ...), 2 failed, 12.3 s``."""
        seconds = self.seconds
        by_kind = ", ".join(f"{self.kinds[k]:,} {k}" for k in kinds if self.kinds[k])
        parts = [f"{self.documents:,} document{'s' if self.documents != 1 else ''}",
                 f"{self.records:,} records ({by_kind})" if self.records else "no records"]
        if self.failed:
            parts.append(f"{self.failed:,} failed")
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped (done before)")
        rate = (self.documents + self.failed) / seconds if seconds > 0 else 0.0
        shown = f"{seconds:.2f}" if seconds < 10 else f"{seconds:.1f}"  # make bench reads it
        parts.append(f"{shown} s ({rate:,.0f} documents/s)")
        prefix = "treatyx: interrupted after " if interrupted else "treatyx: "
        return prefix + ", ".join(parts)

