"""Merged events out: a rich table (the timeline) and flat CSV; JSON Lines, JSON and YAML use
the writers of ``treatyx.io.writers``."""

from __future__ import annotations

import csv
from typing import IO, Any

CSV_COLUMNS = ("id", "type", "date_value", "date_text", "status", "actors", "systems", "treaty",
               "n_sources", "first_reported", "source_docs", "source_starts", "source_ends",
               "source_dates", "conflict_fields")
SEPARATOR = "|"  # as in extract's CSV
STATUS_STYLES = {"negated": "red", "planned": "cyan", "hypothetical": "yellow"}


def _joined(values: list[Any]) -> str:
    return SEPARATOR.join("" if v is None else str(v) for v in values)


def csv_row(event: dict) -> dict[str, Any]:
    sources = event["sources"]
    return {
        "id": event["id"], "type": event["type"], "date_value": event["date"]["value"] or "",
        "date_text": event["date"]["text"] or "", "status": event["status"],
        "actors": _joined(event["actors"]), "systems": _joined(event["systems"]),
        "treaty": event["treaty"] or "", "n_sources": event["n_sources"],
        "first_reported": event["first_reported"] or "",
        "source_docs": _joined([s["doc"] for s in sources]),
        "source_starts": _joined([s["start"] for s in sources]),
        "source_ends": _joined([s["end"] for s in sources]),
        "source_dates": _joined([s["date"] for s in sources]),
        "conflict_fields": _joined([c["field"] for c in event["conflicts"]]),
    }


class TimelineCsvWriter:
    """One row per merged event; list fields joined with ``|``, sources column by column."""

    def __init__(self, stream: IO[str]):
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
        self.writer.writeheader()

    def write(self, events: list[dict]) -> None:
        for event in events:
            self.writer.writerow(csv_row(event))
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class TimelineTable:
    """The merged events as a dated table, then the undated ones, printed at close (a table
    needs all its rows); words are never cut across lines (``treatyx.io.table``)."""

    HEADERS = ("when", "event", "who", "treaty, systems", "sources", "disagree on")

    def __init__(self, console: Any):
        self.console = console
        self.events: list[dict] = []

    def write(self, events: list[dict]) -> None:
        self.events.extend(events)

    def close(self) -> None:
        from ..io.table import words_table

        dated = [e for e in self.events if e["date"]["value"]]
        undated = [e for e in self.events if not e["date"]["value"]]
        for title, events in ((f"Timeline: {len(dated)} dated events", dated),
                              (f"Undated events: {len(undated)}", undated)):
            if events:
                rows = [self._row(e) for e in events]
                self.console.print(words_table(title, self.HEADERS, rows, self.console.width))

    @staticmethod
    def _row(event: dict) -> list[Any]:
        from ..io.humandate import in_words
        from ..io.table import Cell

        what = Cell.of(event["type"].replace("_", " "))
        if event["status"] != "asserted":
            what.add(f"({event['status']})", STATUS_STYLES.get(event["status"], ""))
        docs = len({s["doc"] for s in event["sources"]})
        return [Cell.of(in_words(event["date"]["value"]) or "undated").together(), what,
                Cell.of(", ".join(event["actors"])),
                Cell.of(", ".join(filter(None, [event["treaty"], *event["systems"]]))),
                Cell.of(f"{event['n_sources']} in {docs} docs").together(),
                Cell.of(", ".join(c["field"] for c in event["conflicts"]), style="yellow")]
