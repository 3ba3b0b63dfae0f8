"""A finished cluster as one ``timeline_event`` record, with the fields its sources disagree on."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from .cluster import Cluster
from .dates import GRAIN_DAY, iso_day
from .reports import Report


def event_id(kind: str, reports: list[Report]) -> str:
    """A hash of the type and the sources (doc, start, end): the same sources, the same id
    (the type keeps apart two events one trigger may give)."""
    keys = sorted({f"{r.doc}\x1f{r.start}\x1f{r.end}" for r in reports})
    return "ev-" + hashlib.sha1("\n".join([kind, *keys]).encode("utf-8")).hexdigest()[:16]


def _date(reports: list[Report]) -> dict:
    """The day told by most documents (an actor's own word on its document's day counts only
    when no other source gives a day; on a tie the earliest), at the most precise value given
    for it (the most given, then the earliest); with no day, the most precise value given."""
    dated = [r for r in reports if r.value and r.dated]
    if not dated:
        return {"value": None, "text": None}
    days = [r for r in dated if r.grain <= GRAIN_DAY]
    if days:
        told = Counter(lo for lo, _ in {(r.lo, r.doc) for r in days if not r.own_word}
                       or {(r.lo, r.doc) for r in days})
        day = min(told, key=lambda lo: (-told[lo], lo))
        dated = [r for r in days if r.lo == day]
    finest = min(r.grain for r in dated)
    counts = Counter(r.value for r in dated if r.grain == finest)
    value = min(counts, key=lambda v: (-counts[v], v))
    text = min(r for r in dated if r.value == value).text
    return {"value": value, "text": text}


def _ranked(reports: list[Report], field: str) -> list[str]:
    """Ids named by any source, the most often named first."""
    counts = Counter(item for r in reports for item in getattr(r, field))
    return sorted(counts, key=lambda item: (-counts[item], item))


def _values(pairs: list[tuple[object, str]]) -> list[dict]:
    docs: dict[object, set[str]] = defaultdict(set)
    for value, doc in pairs:
        docs[value].add(doc)
    ordered = sorted(docs, key=lambda v: (-len(docs[v]), str(v)))
    return [{"value": list(v) if isinstance(v, tuple) else v, "docs": sorted(docs[v])}
            for v in ordered]


def conflicts(reports: list[Report]) -> list[dict]:
    """Fields on which sources that say something differ: the type and status (forms of one
    act, compat.SAME_ACT), the day of day-precise dates, and the actors or systems of sources
    that name any (an empty field is not a disagreement)."""
    found = []
    days = [(iso_day(r.lo), r.doc) for r in reports if r.dated and r.grain <= GRAIN_DAY]
    for field, pairs in (("type", [(r.type, r.doc) for r in reports]),
                         ("status", [(r.status, r.doc) for r in reports]),
                         ("date", days),
                         ("actors", [(r.actors, r.doc) for r in reports if r.actors]),
                         ("systems", [(r.systems, r.doc) for r in reports if r.systems])):
        if len({value for value, _ in pairs}) > 1:
            found.append({"field": field, "values": _values(pairs)})
    return found


def build_event(cluster: Cluster) -> dict:
    reports = sorted(cluster.reports, key=lambda r: (r.doc_date, r.doc, r.start, r.end, r))
    doc_dates = [r.doc_date for r in reports if r.doc_date]
    treaties = sorted(cluster.treaties)
    kind, status = cluster.reading
    return {
        "kind": "timeline_event",
        "id": event_id(kind, reports),
        "type": kind,
        "date": _date(reports),
        "actors": _ranked(reports, "actors"),
        "systems": _ranked(reports, "systems"),
        "treaty": treaties[0] if treaties else None,
        "status": status,
        "sources": [{"doc": r.doc, "start": r.start, "end": r.end, "date": r.value or None,
                     "sentence": r.sentence} for r in reports],
        "n_sources": len(reports),
        "first_reported": min(doc_dates) if doc_dates else None,
        "conflicts": conflicts(reports),
    }


def sort_key(cluster: Cluster) -> tuple:
    """Dated events by date, then undated ones by document date; then type and sources."""
    if cluster.dated:
        return (0, cluster.lo, cluster.hi, cluster.grain, cluster.reading, min(cluster.reports))
    return (1, cluster.doc_lo, 0, 0, cluster.reading, min(cluster.reports))
