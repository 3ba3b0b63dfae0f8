"""Progress of a batch run on stderr: a live bar on a terminal, one summary line at the end.

The bar (documents, documents/s, records, failures, and a bar with an ETA when the number of
documents is known in advance) is drawn with rich only when stderr is a terminal and the run
is not quiet; otherwise nothing is drawn and rich is not even imported. Messages logged while
the bar is live are printed above it, so error lines and the bar never garble each other.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
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
                 stream: IO[str] | None = None, force_terminal: bool | None = None,
                 process_started: float | None = None):
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
        # time.monotonic() when the process started (its start-up is counted in the summary)
        self.process_started = process_started
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
        """Processing time: since the documents started to be read (start-up excluded)."""
        return time.monotonic() - self.started

    def summary(self, kinds: Iterable[str], interrupted: bool = False) -> str:
        """``treatyx: 5,000 documents, 61,234 records (1,200 actor, ...), 2 failed, 13.5 s
        (1.2 s start-up, 406 documents/s)``: the time is the whole run's, start-up included;
        the rate is over the processing time."""
        seconds = self.seconds
        by_kind = ", ".join(f"{self.kinds[k]:,} {k}" for k in kinds if self.kinds[k])
        parts = [_plural(self.documents, "document"),
                 f"{self.records:,} records ({by_kind})" if self.records else "no records"]
        if self.failed:
            parts.append(f"{self.failed:,} failed")
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped (done before)")
        # the rate of documents processed: a run where every document failed has none
        rate = self.documents / seconds if seconds > 0 else 0.0
        rate_text = (f"{_number(rate)} document{'' if _number(rate) == '1' else 's'}/s"
                     if self.documents else "")
        if self.process_started is not None:
            total = time.monotonic() - self.process_started
            start_up = max(total - seconds, 0.0)
            details = ", ".join(p for p in (f"{_seconds(start_up)} s start-up", rate_text) if p)
            parts.append(f"{_seconds(total)} s ({details})")
        else:
            parts.append(f"{_seconds(seconds)} s ({rate_text})" if rate_text
                         else f"{_seconds(seconds)} s")
        prefix = "treatyx: interrupted after " if interrupted else "treatyx: "
        return prefix + ", ".join(parts)


def fit_terminal(line: str, stream: IO[str] | None = None) -> str:
    """``line`` wrapped at whole words to the width of the terminal ``stream`` is (stderr by
    default), so a terminal never cuts a word in two; unchanged when it is no terminal (logs
    keep one line per run)."""
    stream = stream or sys.stderr
    if not stream.isatty():
        return line
    width = shutil.get_terminal_size().columns
    return textwrap.fill(line, width=max(width, 20), subsequent_indent="  ",
                         break_long_words=False, break_on_hyphens=False)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 else f"{value:.2g}"


def _seconds(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"  # make bench reads these


_IMPORTED = time.monotonic()


def process_start() -> float:
    """``time.monotonic()`` when this process started (from /proc on Linux, so the
    interpreter's own start-up counts too); elsewhere, when this module was imported."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # seconds after boot
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED
    if not 0 <= age < time.monotonic() - _IMPORTED + 3600:
        return _IMPORTED
    return time.monotonic() - age
