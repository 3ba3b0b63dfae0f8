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
    """The merged events as one dated table, printed at close (a table needs all its rows)."""

    def __init__(self, console: Any):
        self.console = console
        self.events: list[dict] = []

    def write(self, events: list[dict]) -> None:
        self.events.extend(events)

    def close(self) -> None:
        from rich.table import Table
        from rich.text import Text

        table = Table(title=f"Timeline: {len(self.events)} events", title_justify="left",
                      expand=True)
        table.add_column("when", no_wrap=True)
        table.add_column("event", ratio=3, min_width=10)
        table.add_column("who", ratio=3, min_width=8)
        table.add_column("treaty, systems", ratio=3, min_width=8)
        table.add_column("sources", no_wrap=True)
        table.add_column("first", no_wrap=True)
        table.add_column("disagree", ratio=2, min_width=6)
        for event in self.events:
            status = event["status"]
            what = Text(event["type"].replace("_", " "))
            if status != "asserted":
                what.append(f" ({status})", style=STATUS_STYLES.get(status, ""))
            docs = len({s["doc"] for s in event["sources"]})
            table.add_row(event["date"]["value"] or "undated", what, ", ".join(event["actors"]),
                          ", ".join(filter(None, [event["treaty"], *event["systems"]])),
                          f"{event['n_sources']} in {docs}", event["first_reported"] or "",
                          Text(", ".join(c["field"] for c in event["conflicts"]),
                               style="yellow"))
        self.console.print(table)
