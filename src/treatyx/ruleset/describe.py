"""The rule schema in words: a Markdown table of each section's keys, generated from the
models (``treatyx rules schema``), so the documentation cannot drift from what is checked."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from . import models as m
from .schema import SECTIONS

# Named value types of the models, by the validator or constraint that defines them.
_NAMED = {
    m._state_ref: "state id",
    m._actor_ref: "actor id",
    m._requirement: ("`treaty`, `treaty-object`, `weapon`, `weapon-object`, `weapon-subject`, "
                     "`state-object`, a lexicon id or `only:` and a lexicon id "
                     "(`a|b`: either)"),
    m._trigger_vocab: "trigger vocabulary id",
    m._iso_date: "ISO date",
    m._day: "YYYY-MM-DD",
    m._regex: "regex",
    m._single_word: "one-word text",
    m._macros: "regex",
}
_PATTERNS = {m.NON_BLANK: "text", m.ENTRY_ID: "kebab-case id"}


def _describe(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        for meta in args[1:]:
            func = getattr(meta, "func", None)
            if func in _NAMED:
                return _NAMED[func]
            if getattr(meta, "pattern", None) in _PATTERNS:
                return _PATTERNS[meta.pattern]
            if getattr(meta, "gt", None) == 0:
                return "number > 0"
            if getattr(meta, "ge", None) == 0:
                return "whole number >= 0" if args[0] is int else "number >= 0"
        inner = args[0]
        if typing.get_origin(inner) in (typing.Union, types.UnionType):  # tagged union
            return " or ".join(_describe(a) for a in typing.get_args(inner))
        return _describe(inner)
    if origin is typing.Literal:
        return " / ".join(str(a) for a in args)
    if origin in (typing.Union, types.UnionType):
        parts = [_describe(a) for a in args if a is not type(None)]
        return " or ".join(parts)
    if origin is list:
        return f"list of {_describe(args[0])}"
    if origin is dict:
        return f"mapping {_describe(args[0])}: {_describe(args[1])}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "{" + ", ".join(_key(f, n) for n, f in annotation.model_fields.items()) + "}"
    return {str: "text", int: "whole number", float: "number", bool: "true / false"}.get(
        annotation, getattr(annotation, "__name__", str(annotation)))


def _key(info: FieldInfo, name: str) -> str:
    return (info.alias or name) + ("" if info.is_required() else "?")


def _type_of(info: FieldInfo) -> str:
    if info.metadata:
        return _describe(typing.Annotated[(info.annotation, *info.metadata)])
    return _describe(info.annotation)


def schema_markdown(only: str | None = None) -> str:
    """Markdown: per section, its purpose and a table of keys (type, required, default)."""
    if only is not None and only not in SECTIONS:
        raise KeyError(only)
    common = set(m.EntryModel.model_fields)
    out = ["Keys every entry may have: `id` (required, kebab-case), `examples`, `not` (texts, "
           "or mappings `{text, dct?, expect?: [{kind, id?, <field>...}], <field>...}`), "
           "`note`.\n"]
    for section, spec in SECTIONS.items():
        if only not in (None, section):
            continue
        out.append(f"\n### `{section}`\n\n{spec.description}.\n\n| key | type | required |\n"
                   "|---|---|---|\n")
        for name, info in spec.model.model_fields.items():
            if name in common:
                continue
            required = "yes" if info.is_required() else ""
            out.append(f"| `{info.alias or name}` | {_type_of(info)} | {required} |\n")
    return "".join(out)


def rule_file_json_schema() -> dict[str, Any]:
    """A JSON Schema of one rule file (sections mapping to lists of entries), for editors
    that check YAML as it is typed; references between entries are checked by treatyx only."""
    from pydantic.json_schema import models_json_schema

    models = [(spec.model, "validation") for spec in SECTIONS.values()]
    refs, defs = models_json_schema(models, ref_template="#/$defs/{model}")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "treatyx rule file",
        "type": "object",
        "additionalProperties": False,
        "properties": {section: {"type": "array", "description": spec.description,
                                 "items": refs[(spec.model, "validation")]}
                       for section, spec in SECTIONS.items()},
        "$defs": defs["$defs"],
    }
