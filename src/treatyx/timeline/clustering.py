"""The merge rule, phase by phase, over the reports of one type and year. Every phase walks its
reports in their canonical order (Report tuples sort on every field), so the same set of
records gives the same events whatever order they came in.

Reports are grouped by type before merging, forms of one act (compat.SAME_ACT) in one group.

1. Day-precise reports of the same day join the compatible event that shares most ids with them.
2. Events of consecutive days merge once (a day's tolerance: a launch reported in Seoul's
   date and in Washington's), when compatible, naming the same system or treaty, and no
   document reports both days; never strikes and interceptions (NO_DAY_TOLERANCE). A report
   dated on its document's day by the word of its own actor ("North Korea said on Friday it
   has tested ...") does not count as its document telling that day: the day may be the
   announcement's (a state often announces its launch the morning after).
3. Coarser reports (week, month, quarter, season, year) join the one compatible event inside
   their interval, or the one that shares most ids when several are; else an event of their
   own grain (one per interval and compatible facts).
4. Undated reports join the compatible event that shares most ids with them (at least one) and
   lies within their document's window (DOC_WINDOW days before its date to one day after), on a
   tie the one not after the document date (none if still tied); else they are merged with
   undated reports of documents dated within a day that name the same system or treaty.
   A vague date ("recently": PAST_REF) names no one event: such a report stays alone.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable

from .cluster import Cluster
from .compat import Facts, agreement, compatible, same_thing
from .dates import GRAIN_DAY
from .reports import Report

DAY_TOLERANCE = 1
# A war repeats these day after day with the same weapons: a day apart is another strike.
NO_DAY_TOLERANCE = frozenset({"combat_use", "interception"})
DOC_WINDOW = (3, 1)  # days before and after the document date an undated event may lie


def _strikes(cluster: Cluster) -> bool:
    """Whether a source tells the event as a type wars repeat daily (NO_DAY_TOLERANCE)."""
    return any(kind in NO_DAY_TOLERANCE for kind, _ in cluster.forms)


def _best(candidates: list[Cluster], item: Facts) -> Cluster | None:
    """The candidate sharing most ids with ``item`` (the first made, on a tie)."""
    best, score = None, -1
    for cluster in candidates:
        points = agreement(item, cluster)
        if points > score:
            best, score = cluster, points
    return best


def _unambiguous(candidates: list[Cluster], item: Facts) -> Cluster | None:
    """The only candidate, or the one sharing strictly most ids (at least one); else None."""
    if len(candidates) == 1:
        return candidates[0]
    scored = sorted(((agreement(item, c), i) for i, c in enumerate(candidates)), reverse=True)
    if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return candidates[scored[0][1]]
    return None


def _undated_home(candidates: list[Cluster], report: Report) -> Cluster | None:
    """For an undated report: the candidate sharing most ids, then one not after its document
    date (a source rarely tells what happened after it was written); None on a tie. Nearer
    is not better: "the launch" of a report may be yesterday's as well as today's."""
    def rank(cluster: Cluster) -> tuple[int, bool]:
        return -agreement(report, cluster), cluster.lo > report.doc_day

    ranked = sorted(candidates, key=rank)
    if len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1]):
        return None
    return ranked[0] if ranked else None


def cluster_days(reports: Iterable[Report]) -> list[Cluster]:
    """Phase 1: day-precise reports, by day."""
    clusters: list[Cluster] = []
    by_day: dict[int, list[Cluster]] = defaultdict(list)
    for report in sorted(reports, key=lambda r: (r.lo, r)):
        home = _best([c for c in by_day[report.lo] if compatible(report, c)], report)
        if home is None:
            home = Cluster(report)
            by_day[report.lo].append(home)
            clusters.append(home)
        else:
            home.add(report)
    return clusters


def merge_adjacent_days(clusters: list[Cluster]) -> None:
    """Phase 2: a single-day event absorbs a compatible one of the next day that names the
    same system or treaty and shares no document telling its day with it (the other one
    dies); an actor's own word on its document's day does not count (Cluster.told)."""
    by_day: dict[int, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.alive and cluster.day_precise and cluster.lo == cluster.hi:
            by_day[cluster.lo].append(cluster)
    for day in sorted(by_day):
        for later in by_day[day]:
            if _strikes(later):
                continue
            earlier = [c for c in by_day.get(day - DAY_TOLERANCE, ())
                       if c.alive and c.lo == c.hi and not _strikes(c) and compatible(c, later)
                       and same_thing(c, later) and not (c.told & later.told)]
            home = _best(earlier, later)
            if home is not None and later.alive and later.lo == later.hi:
                home.absorb(later)


def place_coarse(reports: Iterable[Report], clusters: list[Cluster]) -> None:
    """Phase 3: week to year reports, finest first; new events are appended to ``clusters``."""
    by_start = sorted(clusters, key=lambda c: c.lo)  # creation order among equal starts
    starts = [c.lo for c in by_start]
    for report in sorted(reports, key=lambda r: (r.grain, r)):
        within = by_start[bisect_left(starts, report.lo):bisect_right(starts, report.hi)]
        inside = [c for c in within if c.alive and c.grain < report.grain
                  and c.hi <= report.hi and compatible(report, c)]
        home = _unambiguous(inside, report)
        if home is None:
            same = [c for c in within if c.alive and (c.lo, c.hi, c.grain) ==
                    (report.lo, report.hi, report.grain) and compatible(report, c)]
            home = _best(same, report)
        if home is None:
            home = Cluster(report)
            clusters.append(home)
            at = bisect_right(starts, home.lo)
            starts.insert(at, home.lo)
            by_start.insert(at, home)
        else:
            home.add(report)


def cluster_dated(reports: Iterable[Report]) -> list[Cluster]:
    """Phases 1-3 for the dated reports of one type and year."""
    fine, coarse = [], []
    for report in reports:
        (fine if report.grain <= GRAIN_DAY else coarse).append(report)
    clusters = cluster_days(fine)
    merge_adjacent_days(clusters)
    clusters = [c for c in clusters if c.alive]
    place_coarse(coarse, clusters)
    return clusters


def place_undated(reports: Iterable[Report], pool: list[Cluster]) -> list[Cluster]:
    """Phase 4: undated reports with a document date; returns the undated events made."""
    before, after = DOC_WINDOW
    made: list[Cluster] = []
    by_start: dict[int, list[Cluster]] = defaultdict(list)
    for cluster in pool:
        if cluster.day_precise:
            by_start[cluster.lo].append(cluster)
    for report in sorted(reports, key=lambda r: (r.doc_day, r)):
        if report.vague:  # "recently", "in the past": not one event the source tells
            made.append(Cluster(report))
            continue
        last = report.doc_day + after
        near = [c for day in range(report.doc_day - before, last + 1)
                for c in by_start.get(day, ()) if c.alive and c.hi <= last
                and compatible(report, c) and agreement(report, c)]
        home = _undated_home(near, report)
        if home is None:
            same = [c for c in made if abs(c.doc_lo - report.doc_day) <= 1
                    and compatible(report, c) and same_thing(report, c)]
            home = _best(same, report)
        if home is None:
            made.append(Cluster(report))
        else:
            home.add(report)
    return made


def cluster_loose(reports: Iterable[Report]) -> list[Cluster]:
    """Reports with no year: a decade or century joins the same interval; undated reports
    without a document date stay alone (nothing says when they were told)."""
    clusters: list[Cluster] = []
    for report in sorted(reports):
        same = [] if not report.dated else [
            c for c in clusters if (c.lo, c.hi) == (report.lo, report.hi)
            and compatible(report, c)]
        home = _best(same, report)
        if home is None:
            clusters.append(Cluster(report))
        else:
            home.add(report)
    return clusters


__all__ = ["DAY_TOLERANCE", "DOC_WINDOW", "NO_DAY_TOLERANCE", "cluster_dated", "cluster_loose",
           "merge_adjacent_days", "place_undated"]
