"""treatyx_dates: temporal expressions (TimeML TIMEX3) with resolved values.

The tagging itself is :mod:`treatyx.timex` (pure Python over ``doc.text``); this component
compiles the ``date_*`` rules once, runs the tagger with the document date
(``doc._.treatyx_dct``), keeps dates out of missile-system names found by ``treatyx_entities``,
and writes ``doc.spans["treatyx_date"]`` (label = TIMEX3 type) with
``span._.treatyx_date = {"value", "type", "mod", "rule"}`` (plus ``"anchor": True`` when the value
was counted from the date mentioned before rather than from the document date).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions
from ..timex.patterns import load_date_rules
from ..timex.tagger import DateTagger

SPAN_GROUP = extensions.SPAN_GROUPS["date"]
BLOCKING_GROUPS = (extensions.SPAN_GROUPS["system"],)


class DateRecognizer:
    """Finds and resolves dates; one instance per pipeline, rules compiled once."""

    def __init__(self, rules: list[str] | tuple[str, ...] = ()):
        extensions.register_extensions()
        self.tagger = DateTagger(load_date_rules(tuple(str(r) for r in rules)))

    def __call__(self, doc: Doc) -> Doc:
        blocked = []
        for name in BLOCKING_GROUPS:
            group = doc.spans.get(name)
            if group:
                blocked.extend((span.start_char, span.end_char) for span in group)
        spans = []
        for timex in self.tagger.tag(doc.text, doc._.treatyx_dct, blocked):
            span = doc.char_span(timex.start, timex.end, label=timex.type,
                                 alignment_mode="expand")
            if span is None or (spans and span.start < spans[-1].end):
                continue
            spans.append(span)
            span._.treatyx_date = timex.attrs()
        doc.spans[SPAN_GROUP] = spans
        return doc


@Language.factory(
    "treatyx_dates",
    default_config={"rules": []},
    assigns=["doc.spans"],
)
def make_dates(nlp: Language, name: str, rules: list[str]) -> DateRecognizer:
    """Temporal expressions, resolved against ``doc._.treatyx_dct``."""
    return DateRecognizer(rules)

