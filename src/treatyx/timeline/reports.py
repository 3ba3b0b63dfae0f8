"""An event record reduced to what merging needs (a Report), with its canonical sort key."""

from __future__ import annotations

from typing import NamedTuple

from ..records import ref_id
from .dates import GRAIN_DAY, GRAIN_WIDE, GRAIN_YEAR, day_of, interval, year_of

LOOSE = 10**6  # the bucket of reports with no year to go by, processed last


class BadRecord(ValueError):
    """An event record missing what merging needs (its message names the field)."""


class Report(NamedTuple):
    """One event record. Ids are sorted tuples; ``lo``/``hi``/``grain`` come from the date
    value (-1 when undated); ``doc_day`` is the document date as an ordinal (-1 when none);
    ``own_word`` says the report is dated on its document's day by the word of one of its agents
    ("North Korea said on Friday it has tested...": the day may be the announcement's)."""

    bucket: int
    type: str
    status: str
    treaty: str
    systems: tuple[str, ...]
    actors: tuple[str, ...]
    agents: tuple[str, ...]
    lo: int
    hi: int
    grain: int
    value: str
    text: str
    doc: str
    doc_day: int
    doc_date: str
    start: int
    end: int
    sentence: str
    own_word: bool

    mixed = False  # a report has one form (Cluster.mixed: several)

    @property
    def dated(self) -> bool:
        return self.lo >= 0

    @property
    def vague(self) -> bool:
        """Dated by words that name no place on the calendar ("recently": PAST_REF)."""
        return self.lo < 0 and bool(self.value)

    # the view compat.compatible() compares (shared with Cluster)
    @property
    def forms(self) -> tuple[tuple[str, str]]:
        return ((self.type, self.status),)

    @property
    def treaties(self) -> tuple[str, ...]:
        return (self.treaty,) if self.treaty else ()

    @property
    def system_set(self) -> tuple[str, ...]:
        return self.systems

    @property
    def actor_set(self) -> tuple[str, ...]:
        return self.actors

    @property
    def agent_set(self) -> tuple[str, ...]:
        return self.agents


def _ids(items: object, field: str) -> tuple[str, ...]:
    """The ids of a list of ``{id, name, text}`` references (or of bare ids)."""
    if not isinstance(items, list):
        raise BadRecord(f"event field {field!r} is not a list")
    ids = [ref_id(item) for item in items]
    if not all(ids):
        raise BadRecord(f"event field {field!r} holds an item without an id")
    return tuple(sorted(set(ids)))


def _actors(record: dict) -> tuple[tuple[str, ...], tuple[str, ...]]:
    actors = record.get("actors") or []
    if not isinstance(actors, list) or not all(isinstance(a, dict) and a.get("id")
                                               for a in actors):
        raise BadRecord("event field 'actors' is not a list of {id, name, role}")
    ids = tuple(sorted({str(a["id"]) for a in actors}))
    agents = tuple(sorted({str(a["id"]) for a in actors if a.get("role") == "agent"}))
    return ids, agents


def report_of(record: dict) -> Report:
    """The Report of one ``kind: event`` record; BadRecord when a field has the wrong shape."""
    for field in ("type", "status"):
        if not isinstance(record.get(field), str):
            raise BadRecord(f"event without {field!r}")
    date = record.get("date") or {}
    if not isinstance(date, dict):
        raise BadRecord("event field 'date' is not an object")
    value = date.get("value") if isinstance(date.get("value"), str) else None
    span = interval(value)
    doc_date = record.get("doc_date") if isinstance(record.get("doc_date"), str) else None
    doc_day = day_of(doc_date)
    if span is not None and span.grain <= GRAIN_YEAR:
        bucket = year_of(span.lo)
    elif span is None and doc_day is not None:
        bucket = year_of(doc_day)
    else:  # a decade or century, or undated without a document date
        bucket = LOOSE
    actors, agents = _actors(record)
    start, end = record.get("start"), record.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        raise BadRecord("event without integer 'start' and 'end'")
    treaty = ref_id(record.get("treaty"))
    source = record.get("source")
    speaker = source.get("id") if isinstance(source, dict) else None
    own_word = (span is not None and span.grain <= GRAIN_DAY and span.lo == doc_day
                and speaker in agents)
    return Report(
        bucket=bucket, type=record["type"], status=record["status"],
        treaty=treaty if isinstance(treaty, str) else "",
        systems=_ids(record.get("systems") or [], "systems"), actors=actors, agents=agents,
        lo=span.lo if span else -1, hi=span.hi if span else -1,
        grain=span.grain if span else GRAIN_WIDE + 1,
        value=value or "", text=str(date.get("text") or "") if value else "",
        doc=str(record.get("doc") or ""), doc_day=doc_day if doc_day is not None else -1,
        doc_date=doc_date[:10] if doc_day is not None and doc_date else "",
        start=start, end=end, sentence=str(record.get("sentence_text") or ""),
        own_word=own_word,
    )
