"""Turn the spans our components leave on a Doc into JSON-ready records.

Every record has ``kind``, ``doc``, ``text``, ``start``, ``end`` (Python ``str`` offsets, so
``text == document[start:end]``), ``sentence`` and ``rule``, then the fields of its kind
(defined in :mod:`treatyx.recordkinds`). Actors, treaties and systems become one record per
entity per document, at the first mention, with every mention listed.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from typing import Any

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span

from .extensions import SPAN_ATTRS, SPAN_GROUPS, doc_text, sentence_starts
from .recordkinds import json_schema

INDEX_ATTRS = [IDX, LENGTH, SENT_START]

ENTITY_KINDS = ("actor", "treaty", "system")
KIND_ORDER = {"actor": 0, "treaty": 1, "system": 2, "date": 3, "range": 4, "event": 5}


class DocIndex:
    """Character offsets of a doc's tokens and sentences, read once with ``to_array``, so that
    a record's offsets and text come from the doc's text without building Token objects."""

    def __init__(self, doc: Doc):
        self.name = doc._.treatyx_doc
        self.text = doc_text(doc)
        array = doc.to_array(INDEX_ATTRS).reshape(-1, len(INDEX_ATTRS))
        self.starts: list[int] = array[:, 0].tolist()
        self.ends: list[int] = (array[:, 0] + array[:, 1]).tolist()
        try:
            self.sentences = [self.starts[i] for i in sentence_starts(doc, array[:, 2])]
        except ValueError:  # no sentence boundaries set: the whole text is one sentence
            self.sentences = [0]

    def sentence(self, char: int) -> int:
        """Index of the sentence holding the character offset ``char``."""
        return max(bisect_right(self.sentences, char) - 1, 0)

    def offsets(self, span: Span) -> tuple[int, int]:
        return self.starts[span.start], self.ends[span.end - 1]


def _base(kind: str, index: DocIndex, span: Span, rule: str | None) -> dict:
    start, end = index.offsets(span)
    return {"kind": kind, "doc": index.name, "text": index.text[start:end], "start": start,
            "end": end, "sentence": index.sentence(start), "rule": rule}


def mention(span: Span, index: DocIndex | None = None) -> dict[str, Any]:
    if index is None:
        return {"text": span.text, "start": span.start_char, "end": span.end_char}
    start, end = index.offsets(span)
    return {"text": index.text[start:end], "start": start, "end": end}


def _entity_records(doc: Doc, index: DocIndex) -> list[dict]:
    info_table = doc._.treatyx_entity_info or {}
    records = []
    for kind in ENTITY_KINDS:
        by_id: dict[str, list[Span]] = {}
        for span in doc.spans.get(SPAN_GROUPS[kind], []):
            by_id.setdefault(span.kb_id_, []).append(span)
        for entity_id, spans in by_id.items():
            first = spans[0]
            attrs = first._.get(SPAN_ATTRS[kind]) or {}
            record = _base(kind, index, first, attrs.get("rule"))
            record["id"] = entity_id
            record.update(info_table.get(f"{kind}:{entity_id}", {}))
            record["mentions"] = [mention(span, index) for span in spans]
            records.append(record)
    return records


def _span_records(doc: Doc, kind: str, index: DocIndex) -> list[dict]:
    records = []
    for span in doc.spans.get(SPAN_GROUPS[kind], []):
        attrs = dict(span._.get(SPAN_ATTRS[kind]) or {})
        record = _base(kind, index, span, attrs.pop("rule", None))
        record.update(attrs)
        if kind == "event":  # lets `treatyx timeline` date and order reports across documents
            record["doc_date"] = doc._.treatyx_dct
        records.append(record)
    return records


def ref_id(value: Any) -> str | None:
    """The id of an event's treaty or system: ``{"id": ..., "name": ..., "text": ...}``, or a
    bare id (records written before references carried their names)."""
    if isinstance(value, dict):
        return value.get("id")
    return value if isinstance(value, str) else None


def ref_ids(values: Any) -> list[str]:
    """The ids of an event's systems (see :func:`ref_id`)."""
    return [i for i in map(ref_id, values or []) if i]


def event_ref_ids(event: dict) -> list[str]:
    """The ids of what an event concerns: its treaty, then its systems."""
    return [i for i in [ref_id(event.get("treaty")), *ref_ids(event.get("systems"))] if i]


def _reference(entity: dict | None, entity_id: str, near: int, info: dict | None
               ) -> dict[str, Any]:
    """An event's treaty or system as ``{id, name, text}``: its name in the knowledge base and
    the words that name it in this document, the mention nearest the event's trigger;
    ``text`` is null when the event infers it unnamed ("the deal" in a text that names no
    treaty)."""
    if entity is None:
        return {"id": entity_id, "name": (info or {}).get("name"), "text": None}
    nearest = min(entity["mentions"],
                  key=lambda m: max(m["start"] - near, near - m["end"], 0))
    return {"id": entity_id, "name": entity.get("name"), "text": nearest["text"]}


def _name_references(records: list[dict], info_table: dict[str, dict]) -> None:
    """Give each event's treaty and systems their names and words in the text, as its actors
    have (the spans keep bare ids; the records say what they are)."""
    entities = {(r["kind"], r["id"]): r for r in records if r["kind"] in ("treaty", "system")}

    def reference(kind: str, ref: str, near: int) -> dict[str, Any]:
        return _reference(entities.get((kind, ref)), ref, near, info_table.get(f"{kind}:{ref}"))

    for record in records:
        if record["kind"] != "event":
            continue
        near = record["start"]
        treaty = record.get("treaty")
        if isinstance(treaty, str):
            record["treaty"] = reference("treaty", treaty, near)
        record["systems"] = [reference("system", s, near) if isinstance(s, str) else s
                             for s in record.get("systems") or []]


def build_records(doc: Doc) -> list[dict]:
    """All records of one processed document, in text order."""
    index = DocIndex(doc)
    records = _entity_records(doc, index)
    for kind in ("date", "range", "event"):
        records.extend(_span_records(doc, kind, index))
    _name_references(records, doc._.treatyx_entity_info or {})
    records.sort(key=lambda r: (r["start"], KIND_ORDER[r["kind"]]))
    return records


@cache
def record_schema() -> dict:
    """The JSON Schema every record satisfies, generated from the record definitions (the
    shipped ``schema/records.schema.json`` is the same, checked by the tests)."""
    return json_schema()
