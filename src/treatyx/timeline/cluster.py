"""An event being built: the reports merged so far and the union of what they say."""

from __future__ import annotations

from .compat import Form, reading
from .dates import GRAIN_DAY, GRAIN_TIME
from .reports import Report


class Cluster:
    """Reports of one real-world event. ``lo``/``hi``/``grain`` is its most precise date (-1
    when undated); ``days`` the day each day-precise source gives; ``doc_lo`` the earliest
    document date of an undated cluster (ordinal); ``forms`` the (type, status) pairs its sources
    give (several only for forms of one act, see compat.SAME_ACT: then ``mixed``), ``type`` and
    ``status`` its first report's (compared fast while not mixed); ``told`` the documents that
    date it to a day by other words than its actor's own on the document's day (see clustering).
    """

    __slots__ = ("actor_set", "agent_set", "alive", "days", "doc_lo", "docs", "forms", "grain",
                 "hi", "keys", "lo", "mixed", "reports", "status", "system_set", "told",
                 "treaties", "type")

    def __init__(self, report: Report):
        self.type, self.status = report.type, report.status
        self.forms: set[Form] = set()
        self.mixed = False
        self.treaties: set[str] = set()
        self.system_set: set[str] = set()
        self.actor_set: set[str] = set()
        self.agent_set: set[str] = set()
        self.reports: list[Report] = []
        self.keys: set[tuple[str, int, int]] = set()
        self.docs: set[str] = set()
        self.told: set[str] = set()
        self.days: set[int] = set()
        self.lo, self.hi, self.grain = report.lo, report.hi, report.grain
        self.doc_lo = report.doc_day
        self.alive = True
        self.add(report)

    @property
    def reading(self) -> Form:
        """The event's type and status: its sources', or SAME_ACT's first when they differ."""
        return reading(self.forms)

    @property
    def dated(self) -> bool:
        return self.lo >= 0

    @property
    def day_precise(self) -> bool:
        return self.dated and self.grain <= GRAIN_DAY

    def add(self, report: Report) -> None:
        """Merge one report (the same record given twice counts once)."""
        key = (report.doc, report.start, report.end)
        if key in self.keys:
            return
        self.keys.add(key)
        self.reports.append(report)
        self.docs.add(report.doc)
        if not self.mixed and (report.type, report.status) != (self.type, self.status):
            self.mixed = True
        self.forms.add((report.type, report.status))
        if report.treaty:
            self.treaties.add(report.treaty)
        self.system_set.update(report.systems)
        self.actor_set.update(report.actors)
        self.agent_set.update(report.agents)
        if report.grain in (GRAIN_TIME, GRAIN_DAY):
            self.days.add(report.lo)
            if not report.own_word:
                self.told.add(report.doc)
        if report.doc_day >= 0 and (self.doc_lo < 0 or report.doc_day < self.doc_lo):
            self.doc_lo = report.doc_day

    def absorb(self, other: Cluster) -> None:
        """Take every report of ``other`` (an adjacent day's cluster), which then dies."""
        for report in other.reports:
            self.add(report)
        self.lo, self.hi = min(self.lo, other.lo), max(self.hi, other.hi)
        self.grain = min(self.grain, other.grain)
        other.alive = False
