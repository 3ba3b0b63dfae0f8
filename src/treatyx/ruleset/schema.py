"""What each rule section may contain: the section names, their typed models, their meaning.

A section is a named list of entries (``systems:``, ``events:``...). The model of each entry
lives in :mod:`treatyx.ruleset.models`; this table says which model reads which section, which
sections name entities (records carry the entry id), and what each is for (``treatyx rules
schema`` prints it).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .vocab import (  # noqa: F401  (the vocabularies, for other modules and docs)
    ACTOR_TYPES,
    CASE_MODES,
    CUE_STATUSES,
    EVENT_TYPES,
    RANGE_MEASURES,
    STATUSES,
    SYSTEM_CLASSES,
    TIMEX_MODS,
    TIMEX_TYPES,
    TREATY_KINDS,
)

if TYPE_CHECKING:
    from pydantic import BaseModel


@dataclass(frozen=True)
class SectionSpec:
    """One rule section: the model of its entries, named, and built on first use (building
    the pydantic models costs more than a warm start from the build cache)."""

    model_name: str
    description: str
    entity_kind: str | None = None  # actor/treaty/system: records carry the entry id

    @property
    def model(self) -> type[BaseModel]:
        return getattr(importlib.import_module(".models", __package__), self.model_name)


SECTIONS: dict[str, SectionSpec] = {
    "treaties": SectionSpec("Treaty", "treaties, agreements and regimes with their names and "
                            "dates", "treaty"),
    "systems": SectionSpec("System", "missile systems with aliases, class, country and "
                           "published range", "system"),
    "system_patterns": SectionSpec("SystemPattern", "designator shapes for systems that are "
                                   "not in the list", "system"),
    "actors": SectionSpec("Actor", "states, organisations and people", "actor"),
    "titles": SectionSpec("JobTitles", "job titles that introduce a person's name"),
    "events": SectionSpec("Event", "event triggers: verbs (inflected automatically), nouns "
                          "(plural added), fixed phrases"),
    "event_cues": SectionSpec("EventCue", "words that make an event planned, negated or "
                              "hypothetical, or make a trigger a generic mention (no event)"),
    "lexicon": SectionSpec("Lexicon", "named word lists the components consult (place-cues, "
                           "weapon-words, reporting-verbs, treaty-nouns, clause-breaks...)"),
    "verbs": SectionSpec("Verb", "irregular English verbs: base form (id), past, past "
                         "participle"),
    "units": SectionSpec("Unit", "length units and their size in kilometres"),
    # temporal tagger (treatyx.timex, components/dates.py)
    "date_vocab": SectionSpec("DateVocab", "word lists and regex macros (%id in date regexes) "
                              "with their normalised values"),
    "date_patterns": SectionSpec("DatePattern", "temporal expression patterns with their "
                                 "(underspecified) TimeML value"),
    "date_modifiers": SectionSpec("DateModifier", "words before or after a temporal expression "
                                  "that set its TimeML mod"),
    "date_negatives": SectionSpec("DateNegative", "text shapes that are never dates (ranges, "
                                  "money, designators...)"),
    "date_tense": SectionSpec("DateTense", "tense cues used to resolve weekday and month names "
                              "against the document date"),
    # ranges component (components/ranges.py; see rules/ranges.yml)
    "numbers": SectionSpec("NumberWord", "number words read by ranges and dates (ten, hundred, "
                           "a thousand, several)"),
    "range_connectors": SectionSpec("RangeConnector", "words joining two numbers into one "
                                    "figure (500 to 5,500 km; between ... and)"),
    "range_cues": SectionSpec("RangeCue", "words making a figure approximate or a bound (about, "
                              "up to, more than)"),
    "range_measures": SectionSpec("RangeMeasure", "words telling whether a figure is a range, a "
                                  "distance or an altitude"),
    "range_blockers": SectionSpec("RangeBlocker", "words showing a number and unit are not a "
                                  "length ($5m, 900 km/h, 5m people)"),
}
