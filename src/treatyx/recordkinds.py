"""Every record kind defined once: its fields, their JSON types, which are required.

From these definitions come the JSON Schema of the records (``treatyx schema``, shipped as
``schema/records.schema.json``; a test checks the file equals :func:`json_schema`) and the CSV
columns (``treatyx.io.writers.CSV_FIELDS``). A field a component adds to a record must be
defined here: the schema refuses fields it does not name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .ruleset.vocab import ACTOR_TYPES, EVENT_TYPES, RANGE_MEASURES, STATUSES, TIMEX_TYPES

SCHEMA_ID = "https://treatyx.invalid/records.schema.json"
ENTITY_KINDS = ("actor", "treaty", "system")

STRING: dict[str, Any] = {"type": "string"}
STRING_OR_NULL: dict[str, Any] = {"type": ["string", "null"]}
OFFSET: dict[str, Any] = {"type": "integer", "minimum": 0}
SPAN: dict[str, Any] = {"$ref": "#/$defs/span"}
MENTIONS: dict[str, Any] = {"type": "array", "minItems": 1, "items": SPAN}
STRINGS: dict[str, Any] = {"type": "array", "items": STRING}
# an event's treaty or system: its id, its name in the knowledge base, its words in the text
REFERENCE: dict[str, Any] = {
    "type": "object", "required": ["id", "name", "text"],
    "properties": {"id": STRING, "name": STRING_OR_NULL, "text": STRING_OR_NULL}}


@dataclass(frozen=True)
class Field:
    """One field of a record: its name, the JSON Schema of its value, whether every record
    of the kind has it, and what it means when the name does not say."""

    name: str
    schema: dict[str, Any]
    required: bool = True
    description: str = ""

    def json_schema(self) -> dict[str, Any]:
        if self.description:
            return {**self.schema, "description": self.description}
        return dict(self.schema)


def _common(kind: str) -> tuple[Field, ...]:
    """The fields every record starts with."""
    return (
        Field("kind", {"const": kind}),
        Field("doc", STRING_OR_NULL, description="the document's name"),
        Field("text", STRING),
        Field("start", OFFSET),
        Field("end", OFFSET),
        Field("sentence", OFFSET, description="index of the sentence in the document, from 0"),
        Field("rule", STRING_OR_NULL, description="id of the rule entry that found it"),
    )


def _entity(kind: str) -> tuple[Field, ...]:
    return (*_common(kind), Field("id", STRING))


# The fields of each kind after the common ones, in CSV column order.
KINDS: dict[str, tuple[Field, ...]] = {
    "actor": (
        *_entity("actor"),
        Field("name", STRING),
        Field("type", {"enum": list(ACTOR_TYPES)}),
        Field("title", STRING_OR_NULL, required=False),
        Field("country", STRING_OR_NULL, required=False),
        Field("acts_for", STRING_OR_NULL, required=False,
              description="state a person speaks for in this article: the country of the "
                          "office they hold (null for posts at NATO, the UN...)"),
        Field("members", {"type": "array", "items": {"type": "string"}}, required=False,
              description="ids of the member states of a group that always has the same "
                          "ones (the E3, the P5+1)"),
        Field("mentions", MENTIONS),
    ),
    "treaty": (
        *_entity("treaty"),
        Field("name", STRING),
        Field("aliases", STRINGS, required=False),
        Field("category", STRING_OR_NULL, required=False),
        Field("signed", STRING_OR_NULL, required=False),
        Field("in_force", STRING_OR_NULL, required=False),
        Field("expires", STRING_OR_NULL, required=False),
        Field("ended", STRING_OR_NULL, required=False),
        Field("mentions", MENTIONS),
    ),
    "system": (
        *_entity("system"),
        Field("name", STRING),
        Field("aliases", STRINGS),
        Field("class", STRING_OR_NULL),
        Field("country", STRING_OR_NULL),
        Field("known", {"type": "boolean"}, required=False),
        Field("range_km", {"type": ["object", "null"]}, required=False),
        Field("variant_of", STRING, required=False),
        Field("platform", {"type": "boolean"}, required=False),
        Field("mentions", MENTIONS),
    ),
    "range": (
        *_common("range"),
        Field("min_km", {"type": "number"}),
        Field("max_km", {"type": "number"}),
        Field("unit", STRING),
        Field("approx", {"type": "boolean"}),
        Field("bound", {"enum": ["at_most", "at_least", None]}),
        Field("measure", {"enum": list(RANGE_MEASURES)}),
        Field("subject", STRING_OR_NULL),
    ),
    "date": (
        *_common("date"),
        Field("value", STRING),
        Field("type", {"enum": list(TIMEX_TYPES)}),
        Field("mod", STRING_OR_NULL),
        Field("anchor", {"type": "boolean"}, required=False,
              description="true when the value was resolved against the document date or an "
                          "earlier date of the story"),
        Field("day_inferred", {"type": "boolean"}, required=False,
              description="true for a clock time whose day neither the expression nor the "
                          "story states"),
    ),
    "event": (
        *_common("event"),
        Field("type", {"enum": list(EVENT_TYPES)}),
        Field("status", {"enum": list(STATUSES)}),
        Field("date", {"anyOf": [{"type": "null"}, {
            "type": "object", "required": ["text", "start", "end", "value", "type"],
            "properties": {"text": STRING_OR_NULL,
                           "start": {"type": ["integer", "null"]},
                           "end": {"type": ["integer", "null"]}, "value": STRING_OR_NULL,
                           "type": STRING_OR_NULL, "mod": STRING_OR_NULL,
                           "inferred": {"enum": ["document date", "knowledge base"]}}}]},
              description="when the event took place: a date of the text (text, start, end), "
                          "or, with inferred: \"document date\", the document's own date "
                          "(text, start and end null) for a headline's event or something "
                          "said in the present tense that the text does not date, or, with "
                          "inferred: \"knowledge base\", the day rules/treaties.yml lists "
                          "for an act on a treaty that the text does not date"),
        Field("actors", {"type": "array", "items": {
            "type": "object", "required": ["id", "name", "role"],
            "properties": {"id": STRING, "name": STRING,
                           "role": {"enum": ["agent", "target"]}}}}),
        Field("treaty", {"anyOf": [{"type": "null"}, REFERENCE]},
              description="the treaty the event concerns: its id and name in the knowledge "
                          "base and the words that name it in this document (text: the "
                          "mention nearest the event; null when the event infers "
                          "it, as \"the deal\" in a text that names no treaty)"),
        Field("systems", {"type": "array", "items": REFERENCE},
              description="the missile systems of the event, as the treaty"),
        Field("source", {"anyOf": [{"type": "null"},
                                   {"type": "object", "required": ["id", "name"]}]},
              required=False),
        Field("trigger", SPAN),
        Field("sentence_text", STRING),
        Field("mentions", {"type": "array", "items": SPAN}, required=False),
        Field("doc_date", STRING_OR_NULL, required=False,
              description="the document date given to extract (YYYY-MM-DD), or null"),
    ),
}
# The leading CSV columns: the common fields, an entity's id after the document's name.
COMMON_NAMES = tuple(name for f in _common("") for name in
                     ((f.name, "id") if f.name == "doc" else (f.name,)))


def field_names(kind: str) -> tuple[str, ...]:
    """Every field a record of ``kind`` may have."""
    return tuple(f.name for f in KINDS[kind])


def required_names(kind: str) -> tuple[str, ...]:
    return tuple(f.name for f in KINDS[kind] if f.required)


def csv_fields() -> dict[str, tuple[str, ...]]:
    """The fields of each kind that follow the common ones, in CSV column order."""
    return {kind: tuple(f.name for f in fields if f.name not in COMMON_NAMES)
            for kind, fields in KINDS.items()}


def json_schema() -> dict[str, Any]:
    """The JSON Schema every record satisfies: one of the kinds, no field it does not
    define."""
    defs: dict[str, Any] = {"span": {
        "type": "object", "required": ["text", "start", "end"],
        "properties": {"text": STRING, "start": OFFSET, "end": OFFSET,
                       "sentence": {"type": "integer"}},
    }}
    for kind, fields in KINDS.items():
        defs[kind] = {
            "type": "object",
            "required": [f.name for f in fields if f.required],
            "properties": {f.name: f.json_schema() for f in fields},
            "additionalProperties": False,
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "treatyx record",
        "description": "One line of `treatyx extract --format jsonl`. Offsets are Python str "
                       "indices: text == document[start:end].",
        "$defs": defs,
        "oneOf": [{"$ref": f"#/$defs/{kind}"} for kind in KINDS],
    }


def schema_text() -> str:
    """:func:`json_schema` as the shipped file holds it."""
    import json

    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
