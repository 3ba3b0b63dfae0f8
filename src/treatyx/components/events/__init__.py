"""treatyx_events: dated events with who, which treaty or system, when, and whether it happened.

One module per question, each readable alone:

- ``triggers``: the trigger words of the ``events`` rules, in every form;
- ``requirements``: whether a trigger has what it needs to be an event (a treaty, a weapon);
- ``status``: asserted, planned, negated or hypothetical (the ``event_cues`` rules);
- ``arguments``: agents, targets and sources;
- ``dating``: which date of the sentence dates the event;
- ``merging``: the same event told again becomes one record;
- ``context``: the per-document indexes they all read; ``extractor``: the component itself.
"""

from __future__ import annotations

from spacy.language import Language

from .extractor import EventExtractor, EventMention

__all__ = ["EventExtractor", "EventMention", "make_events"]


@Language.factory(
    "treatyx_events",
    default_config={"rules": []},
    assigns=["doc.spans", "span._.treatyx_event"],
    requires=["doc.sents", "span._.treatyx_entity", "span._.treatyx_date"],
)
def make_events(nlp: Language, name: str, rules: list[str]) -> EventExtractor:
    """Dated events from trigger rules, with arguments from the trigger's sentence."""
    return EventExtractor(nlp, name, rules)
