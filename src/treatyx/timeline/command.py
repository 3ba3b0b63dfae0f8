"""What ``treatyx timeline`` does once click has read its options (kept out of cli.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from ..io.writers import JsonlWriter, JsonWriter, YamlWriter, output_stream
from .build import build_timeline
from .reading import read_records
from .writing import TimelineCsvWriter, TimelineTable

FORMATS = ("table", "jsonl", "json", "csv", "yaml")
BATCH = 500  # events handed to the writer at once


class Problems:
    """Bad input lines and records, each reported on stderr as it is met."""

    def __init__(self) -> None:
        self.count = 0

    def line(self, source: str, number: int | None, message: str) -> None:
        self.count += 1
        where = source if number is None else f"{source}:{number}"
        click.echo(f"treatyx: error: {where}: {message}", err=True)

    def record(self, record: dict, message: str) -> None:
        self.count += 1
        where = f"{record.get('doc')!s} at {record.get('start')!s}"
        click.echo(f"treatyx: error: event record of {where}: {message}", err=True)


@contextlib.contextmanager
def timeline_writer(fmt: str, output: Path | None, console: Callable[..., Any]) -> Iterator[Any]:
    """A writer with write(events) and close() for ``fmt``; ``-o`` is written atomically."""
    if fmt == "sqlite" and output is not None:  # one transaction: all the timeline or none
        from ..io.sqlite import SqliteTimelineWriter

        database = SqliteTimelineWriter(output)
        try:
            yield database
        except BaseException:
            database.abort()
            raise
        database.close()
        return
    with output_stream(output) as stream:
        if fmt == "table":
            writer: Any = TimelineTable(console() if output is None else
                                        console(file=stream, width=160, color_system=None))
        elif fmt == "csv":
            writer = TimelineCsvWriter(stream)
        else:
            writer = {"jsonl": JsonlWriter, "json": JsonWriter, "yaml": YamlWriter}[fmt](stream)
        yield writer
        writer.close()


def write_events(events: Iterator[dict], writer: Any) -> tuple[int, int]:
    """Hand the events over in batches; returns (events, events with conflicts)."""
    count = conflicted = 0
    batch: list[dict] = []
    for event in events:
        batch.append(event)
        count += 1
        conflicted += bool(event["conflicts"])
        if len(batch) >= BATCH:
            writer.write(batch)
            batch = []
    writer.write(batch)
    return count, conflicted


def run(paths: tuple[str, ...], fmt: str, output: Path | None, quiet: bool,
        console: Callable[..., Any]) -> int:
    """Read, merge, write; returns the number of bad lines and records."""
    problems = Problems()
    events = build_timeline(read_records(paths, problems.line), on_bad=problems.record)
    with timeline_writer(fmt, output, console) as writer:
        count, conflicted = write_events(events, writer)
    if not quiet:
        click.echo(f"treatyx: {count} events ({conflicted} with sources that disagree)"
                   + (f"; {problems.count} bad input lines or records" if problems.count else ""),
                   err=True)
    return problems.count
