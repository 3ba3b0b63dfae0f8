"""From event records to merged events, year by year, in bounded memory.

Reports are sorted (on disk when many) by year bucket, so that only the events of three
consecutive years are held at once: a year's undated reports may join an event from the last
days of the year before or the first day of the next, and a launch on 31 December may be told
as of 1 January.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby

from .cluster import Cluster
from .clustering import cluster_dated, cluster_loose, merge_adjacent_days, place_undated
from .compat import act_of
from .event import build_event, sort_key
from .reports import LOOSE, BadRecord, Report, report_of
from .spill import RUN_SIZE, sorted_reports

OnBad = Callable[[dict, str], None]


def event_reports(records: Iterable[dict], on_bad: OnBad | None = None) -> Iterator[Report]:
    """The Reports of the ``kind: event`` records (other kinds are skipped)."""
    for record in records:
        if record.get("kind") != "event":
            continue
        try:
            yield report_of(record)
        except BadRecord as exc:
            if on_bad is None:
                raise
            on_bad(record, str(exc))


class _Years:
    """Events of the years still open, by year and type, and the undated reports waiting for
    the next year's events."""

    def __init__(self) -> None:
        self.events: dict[int, dict[str, list[Cluster]]] = {}
        self.undated: dict[int, list[Report]] = {}

    def add_year(self, year: int, reports: list[Report]) -> None:
        by_type: dict[str, list[Report]] = defaultdict(list)
        undated = []
        for report in reports:
            (by_type[act_of(report.type, report.status)] if report.dated
             else undated).append(report)
        events = {kind: cluster_dated(group) for kind, group in sorted(by_type.items())}
        before = self.events.get(year - 1, {})
        for kind, clusters in events.items():  # 31 December and 1 January
            merge_adjacent_days(before.get(kind, []) + clusters)
            clusters[:] = [c for c in clusters if c.alive]
        self.events[year] = events
        self.undated[year] = undated

    def place_undated(self, year: int) -> None:
        by_type: dict[str, list[Report]] = defaultdict(list)
        for report in self.undated.pop(year, []):
            by_type[act_of(report.type, report.status)].append(report)
        target = self.events.setdefault(year, {})
        for kind, reports in sorted(by_type.items()):
            pool = [c for y in (year - 1, year, year + 1)
                    for c in self.events.get(y, {}).get(kind, [])]
            target.setdefault(kind, []).extend(place_undated(reports, pool))

    def close(self, year: int) -> Iterator[dict]:
        clusters = [c for group in self.events.pop(year, {}).values() for c in group if c.alive]
        for cluster in sorted(clusters, key=sort_key):
            yield build_event(cluster)

    def advance(self, year: int) -> Iterator[dict]:
        """After ``year`` was added: place earlier undated reports, close years before last."""
        for earlier in sorted(y for y in self.undated if y < year):
            self.place_undated(earlier)
        for earlier in sorted(y for y in self.events if y < year - 1):
            yield from self.close(earlier)

    def finish(self) -> Iterator[dict]:
        for year in sorted(self.undated):
            self.place_undated(year)
        for year in sorted(self.events):
            yield from self.close(year)


def merge_reports(reports: Iterable[Report], run_size: int = RUN_SIZE) -> Iterator[dict]:
    """Merged events, in date order, from Reports in any order."""
    years = _Years()
    for year, group in groupby(sorted_reports(reports, run_size), key=lambda r: r.bucket):
        if year == LOOSE:
            yield from years.finish()
            clusters = cluster_loose(group)
            for cluster in sorted(clusters, key=sort_key):
                yield build_event(cluster)
            return
        years.add_year(year, list(group))
        yield from years.advance(year)
    yield from years.finish()


def build_timeline(records: Iterable[dict], on_bad: OnBad | None = None,
                   run_size: int = RUN_SIZE) -> Iterator[dict]:
    """``treatyx extract`` records (any kinds, many documents) in, merged events out.

    Only ``kind: event`` records are used. The same set of records in any order gives the
    same events in the same order. A malformed event record raises BadRecord, or is passed
    to ``on_bad(record, message)`` and skipped when that is given."""
    return merge_reports(event_reports(records, on_bad), run_size)
