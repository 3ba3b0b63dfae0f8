"""Turn the spans our components leave on a Doc into JSON-ready records.

Every record has ``kind``, ``doc``, ``text``, ``start``, ``end`` (Python ``str`` offsets, so
``text == document[start:end]``), ``sentence`` and ``rule``, then the fields of its kind
(see ``schema/records.schema.json``). Actors, treaties and systems become one record per
entity per document, at the first mention, with every mention listed.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.tokens import Doc, Span

from .extensions import SPAN_ATTRS, SPAN_GROUPS

ENTITY_KINDS = ("actor", "treaty", "system")
KIND_ORDER = {"actor": 0, "treaty": 1, "system": 2, "date": 3, "range": 4, "event": 5}


class SentenceIndex:
    """Maps a character offset to the index of its sentence."""

    def __init__(self, doc: Doc):
        try:
            self.starts = [sent.start_char for sent in doc.sents]
        except ValueError:  # no sentence boundaries set: the whole text is one sentence
            self.starts = [0]

    def __call__(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)


def _base(kind: str, doc: Doc, span: Span, sentence: SentenceIndex, rule: str | None) -> dict:
    return {"kind": kind, "doc": doc._.treatyx_doc, "text": span.text,
            "start": span.start_char, "end": span.end_char,
            "sentence": sentence(span.start_char), "rule": rule}


def mention(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start_char, "end": span.end_char}


def _entity_records(doc: Doc, sentence: SentenceIndex) -> list[dict]:
    info_table = doc._.treatyx_entity_info or {}
    records = []
    for kind in ENTITY_KINDS:
        by_id: dict[str, list[Span]] = {}
        for span in doc.spans.get(SPAN_GROUPS[kind], []):
            by_id.setdefault(span.kb_id_, []).append(span)
        for entity_id, spans in by_id.items():
            first = spans[0]
            attrs = first._.get(SPAN_ATTRS[kind]) or {}
            record = _base(kind, doc, first, sentence, attrs.get("rule"))
            record["id"] = entity_id
            record.update(info_table.get(f"{kind}:{entity_id}", {}))
            record["mentions"] = [mention(span) for span in spans]
            records.append(record)
    return records


def _span_records(doc: Doc, kind: str, sentence: SentenceIndex) -> list[dict]:
    records = []
    for span in doc.spans.get(SPAN_GROUPS[kind], []):
        attrs = dict(span._.get(SPAN_ATTRS[kind]) or {})
        record = _base(kind, doc, span, sentence, attrs.pop("rule", None))
        record.update(attrs)
        records.append(record)
    return records


def build_records(doc: Doc) -> list[dict]:
    """All records of one processed document, in text order."""
    sentence = SentenceIndex(doc)
    records = _entity_records(doc, sentence)
    for kind in ("date", "range", "event"):
        records.extend(_span_records(doc, kind, sentence))
    records.sort(key=lambda r: (r["start"], KIND_ORDER[r["kind"]]))
    return records


@cache
def record_schema() -> dict:
    """The JSON Schema every record satisfies (shipped as package data)."""
    text = (files("treatyx") / "schema" / "records.schema.json").read_text(encoding="utf-8")
    return json.loads(text)
