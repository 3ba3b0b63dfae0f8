"""Readable terminal output: one rich table per kind, events as a dated timeline."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text


def _date_key(event: dict) -> str:
    date = event.get("date") or {}
    return date.get("value") or "~"  # undated events go last


def _actors(event: dict) -> str:
    return ", ".join(f"{a['name']} ({a['role']})" for a in event.get("actors", []))


class TableWriter:
    def __init__(self, console: Console):
        self.console = console

    def write(self, records: list[dict]) -> None:
        if not records:
            return
        by_kind: dict[str, list[dict]] = {}
        for record in records:
            by_kind.setdefault(record["kind"], []).append(record)
        self.console.rule(Text(str(records[0].get("doc")), style="bold"))
        if "event" in by_kind:
            self.console.print(self._events(by_kind["event"]))
        for kind, build in (("actor", self._actors), ("treaty", self._treaties),
                            ("system", self._systems), ("range", self._ranges),
                            ("date", self._dates)):
            if kind in by_kind:
                self.console.print(build(by_kind[kind]))

    def close(self) -> None:
        pass

    @staticmethod
    def _table(title: str, *columns: str) -> Table:
        table = Table(title=title, title_justify="left", show_lines=False, expand=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        return table

    def _events(self, events: list[dict]) -> Table:
        table = self._table("Events (timeline)", "when", "event", "status", "who", "treaty/system",
                            "trigger")
        for event in sorted(events, key=_date_key):
            date = event.get("date") or {}
            what = ", ".join(filter(None, [event.get("treaty"), *event.get("systems", [])]))
            status = event["status"]
            style = {"negated": "red", "planned": "cyan", "hypothetical": "yellow"}.get(status)
            table.add_row(date.get("value") or "-", event["type"], Text(status, style=style or ""),
                          _actors(event), what, f"{event['text']} @{event['start']}")
        return table

    def _actors(self, actors: list[dict]) -> Table:
        table = self._table("Actors", "id", "name", "type", "title", "country", "mentions")
        for actor in actors:
            table.add_row(actor["id"], actor.get("name") or "", actor.get("type") or "",
                          actor.get("title") or "", actor.get("country") or "",
                          str(len(actor.get("mentions", []))))
        return table

    def _treaties(self, treaties: list[dict]) -> Table:
        table = self._table("Treaties", "id", "name", "signed", "mentions")
        for treaty in treaties:
            table.add_row(treaty["id"], treaty.get("name") or "", treaty.get("signed") or "",
                          str(len(treaty.get("mentions", []))))
        return table

    def _systems(self, systems: list[dict]) -> Table:
        table = self._table("Missile systems", "id", "name", "class", "country", "aliases")
        for system in systems:
            table.add_row(system["id"], system.get("name") or "", system.get("class") or "",
                          system.get("country") or "", ", ".join(system.get("aliases") or [])[:80])
        return table

    def _ranges(self, ranges: list[dict]) -> Table:
        table = self._table("Ranges", "text", "km", "measure", "subject")
        for rng in ranges:
            km = (f"{rng['min_km']:g}" if rng["min_km"] == rng["max_km"]
                  else f"{rng['min_km']:g}-{rng['max_km']:g}")
            table.add_row(rng["text"], km, rng.get("measure") or "", rng.get("subject") or "")
        return table

    def _dates(self, dates: list[dict]) -> Table:
        table = self._table("Dates", "text", "value", "type", "mod")
        for date in dates:
            table.add_row(date["text"], date.get("value") or "", date.get("type") or "",
                          date.get("mod") or "")
        return table
