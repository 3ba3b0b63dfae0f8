"""Every custom attribute treatyx puts on spaCy objects, declared in one place.

Inputs (set before the pipeline runs): ``doc._.treatyx_dct`` (document date, ISO text or None)
and ``doc._.treatyx_doc`` (document name). Outputs: one span group per kind
(``doc.spans["treatyx_<kind>"]``), a JSON-ready attribute dict on each of those spans, and
``doc._.treatyx_records``, the records built from them.
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc, Span

from .kinds import KINDS

SPAN_GROUPS = {kind: f"treatyx_{kind}" for kind in KINDS}

# One span extension per family, so two kinds sharing the same offsets never collide
# (span extension values are keyed by character offsets in doc.user_data).
SPAN_ATTRS = {
    "actor": "treatyx_entity",
    "treaty": "treatyx_entity",
    "system": "treatyx_entity",
    "date": "treatyx_date",
    "range": "treatyx_range",
    "event": "treatyx_event",
}


TEXT_KEY = ("treatyx", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document and shared by the components (spaCy rebuilds it
    from the tokens on every access, which costs about a tenth of tokenisation each time)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def sentence_starts(doc: Doc, sent_start: numpy.ndarray) -> list[int]:
    """The first token of each sentence of ``doc`` (what ``doc.sents`` gives, and raises),
    read from its ``SENT_START`` column instead of building a Span per sentence."""
    if not len(doc):
        return []
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [sent.start for sent in doc.sents]
    return [0, *(numpy.flatnonzero(sent_start[1:] == 1) + 1).tolist()]


def _records_getter(doc: Doc) -> list[dict]:
    from .records import build_records  # local import: records imports this module

    return build_records(doc)


def register_extensions() -> None:
    """Declare the extensions once; safe to call repeatedly."""
    for name in ("treatyx_dct", "treatyx_doc", "treatyx_entity_info", "treatyx_parse"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("treatyx_records"):
        Doc.set_extension("treatyx_records", getter=_records_getter)
    for name in set(SPAN_ATTRS.values()):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register_extensions()
