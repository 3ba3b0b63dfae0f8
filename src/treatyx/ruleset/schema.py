"""What each rule section may contain.

A section is a named list of entries (``systems:``, ``events:``...). Its spec says which keys an
entry must and may have, which keys hold phrases (matched as text), regexes (compiled at load),
dates, or values from a fixed vocabulary. The loader checks every entry against its spec and
reports problems as ``file:line``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

COMMON_KEYS = frozenset({"id", "examples", "not", "note"})

EVENT_TYPES = (
    "signing", "ratification", "entry_into_force", "withdrawal", "suspension", "expiry",
    "extension", "violation_allegation", "denial", "missile_test", "nuclear_test", "deployment",
    "development", "talks", "warning", "elimination", "combat_use", "interception", "sanctions",
    "moratorium", "inspection",
)
SYSTEM_CLASSES = (
    "SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "GLCM", "ALCM", "SLCM", "ASBM", "HGV", "HCM", "SAM",
    "ABM", "ASAT", "SLV", "BM", "CM", "MLRS", "ASM", "AShM", "OTHER",
)
ACTOR_TYPES = ("state", "organization", "person")
TREATY_KINDS = ("treaty", "agreement", "regime", "statement", "code")
STATUSES = ("planned", "negated", "hypothetical", "asserted")
# A cue may also say that a trigger names no event at all: "the treaty bans testing",
# "a missile capable of striking", "had to ratify": a generic mention, never a record.
CUE_STATUSES = ("planned", "negated", "hypothetical", "generic")
CASE_MODES = ("exact", "ignore")


@dataclass(frozen=True)
class SectionSpec:
    """Shape of the entries of one rule section."""

    required: frozenset[str]
    optional: frozenset[str] = frozenset()
    phrases: frozenset[str] = frozenset()  # keys holding a list of plain-text phrases
    regexes: frozenset[str] = frozenset()  # keys holding one Python regex
    dates: frozenset[str] = frozenset()  # keys holding an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    entity_kind: str | None = None  # actor/treaty/system: records carry the entry id
    description: str = ""

    @property
    def allowed(self) -> frozenset[str]:
        return self.required | self.optional | COMMON_KEYS


def _spec(required, optional=(), **kwargs) -> SectionSpec:
    return SectionSpec(frozenset(required) | {"id"}, frozenset(optional), **kwargs)


SECTIONS: dict[str, SectionSpec] = {
    "treaties": _spec(
        {"name", "kind"},
        {"aliases", "parties", "signed", "in_force", "expires", "ended", "history", "case"},
        phrases=frozenset({"aliases"}),
        dates=frozenset({"signed", "in_force", "expires", "ended"}),
        choices={"kind": TREATY_KINDS, "case": CASE_MODES},
        entity_kind="treaty",
        description="treaties, agreements and regimes with their names and dates",
    ),
    "systems": _spec(
        {"name", "class", "country"},
        {"aliases", "weapon_names", "range_km", "status", "case", "type_note"},
        phrases=frozenset({"aliases", "weapon_names"}),
        choices={
            "class": SYSTEM_CLASSES,
            "case": CASE_MODES,
            "status": ("in-service", "retired", "development", "cancelled", "testing"),
        },
        entity_kind="system",
        description="missile systems with aliases, class, country and published range",
    ),
    "system_patterns": _spec(
        {"regex"},
        {"name", "class", "country"},
        regexes=frozenset({"regex"}),
        choices={"class": SYSTEM_CLASSES},
        entity_kind="system",
        description="designator shapes for systems that are not in the list",
    ),
    "actors": _spec(
        {"name", "type"},
        {"aliases", "metonyms", "adjectives", "demonyms", "capital", "country", "titles", "case"},
        phrases=frozenset({"aliases", "metonyms", "adjectives", "demonyms"}),
        choices={"type": ACTOR_TYPES, "case": CASE_MODES},
        entity_kind="actor",
        description="states, organisations and people",
    ),
    "titles": _spec(
        {"phrases"},
        phrases=frozenset({"phrases"}),
        description="job titles that introduce a person's name",
    ),
    "events": _spec(
        {"type"},
        {"verbs", "nouns", "phrases", "requires", "status", "absorbs", "subject", "aimed"},
        phrases=frozenset({"verbs", "nouns", "phrases", "aimed"}),
        choices={"type": EVENT_TYPES, "status": STATUSES, "subject": ("agent", "target", "none")},
        description="event triggers: verbs (inflected automatically), nouns (plural added), "
        "fixed phrases",
    ),
    "event_cues": _spec(
        {"status", "cues"},
        {"needs_between", "types"},
        phrases=frozenset({"cues", "needs_between"}),
        choices={"status": CUE_STATUSES, "types": EVENT_TYPES},
        description="words that make an event planned, negated or hypothetical, or make a "
        "trigger a generic mention (no event)",
    ),
    "lexicon": _spec(
        {"phrases"},
        phrases=frozenset({"phrases"}),
        description="named word lists the components consult (place-cues, weapon-words, "
        "reporting-verbs, treaty-nouns, clause-breaks...)",
    ),
    "verbs": _spec(
        {"past"},
        {"participle", "third"},
        description="irregular English verbs: base form (id), past, past participle",
    ),
    "units": _spec(
        {"phrases", "km"},
        {"measure"},
        phrases=frozenset({"phrases"}),
        description="length units and their size in kilometres",
    ),
}

# Sections owned by the temporal tagger (date_*) and the ranges component (range_*) are added
# below by their modules' authors: one SECTIONS[...] = _spec(...) line block each.


# --- temporal tagger (treatyx.timex, components/dates.py) ---------------------------------------
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
TIMEX_MODS = (
    "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
    "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
)
SECTIONS["date_vocab"] = _spec(
    set(),
    {"words", "regex", "case", "trigger"},
    regexes=frozenset({"regex"}),
    choices={"case": CASE_MODES},
    description="word lists and regex macros (%id in date regexes) with their normalised values",
)
SECTIONS["date_patterns"] = _spec(
    {"regex", "type", "value"},
    {"mod", "group", "priority", "modifiers", "trigger"},
    regexes=frozenset({"regex"}),
    choices={"type": TIMEX_TYPES},
    description="temporal expression patterns with their (underspecified) TimeML value",
)
SECTIONS["date_modifiers"] = _spec(
    {"words", "mod"},
    {"position", "types"},
    phrases=frozenset({"words"}),
    choices={"mod": TIMEX_MODS, "position": ("before", "after")},
    description="words before or after a temporal expression that set its TimeML mod",
)
SECTIONS["date_negatives"] = _spec(
    {"regex"},
    {"trigger"},
    regexes=frozenset({"regex"}),
    description="text shapes that are never dates (ranges, money, designators...)",
)
SECTIONS["date_tense"] = _spec(
    {"tense"},
    {"words", "regex", "except", "kind"},
    phrases=frozenset({"words", "except"}),
    regexes=frozenset({"regex"}),
    choices={"tense": ("past", "present", "future", "none"),
             "kind": ("auxiliary", "verb", "progressive", "cue", "adjacent", "glue",
                      "boundary")},
    description="tense cues used to resolve weekday and month names against the document date",
)

# --- range_* sections (treatyx_ranges; see rules/ranges.yml) ---
RANGE_MEASURES = ("range", "distance", "altitude")
SECTIONS["numbers"] = _spec(
    {"phrases"},
    {"value", "scale", "needs_scale", "vague"},
    phrases=frozenset({"phrases"}),
    description="number words read by ranges and dates (ten, hundred, a thousand, several)",
)
SECTIONS["range_connectors"] = _spec(
    {"phrases"},
    {"openers", "needs_opener", "case"},
    phrases=frozenset({"phrases", "openers"}),
    choices={"case": CASE_MODES},
    description="words joining two numbers into one figure (500 to 5,500 km; between ... and)",
)
SECTIONS["range_cues"] = _spec(
    {"type", "phrases"},
    {"position", "case"},
    phrases=frozenset({"phrases"}),
    choices={"type": ("approx", "at_most", "at_least"),
             "position": ("before", "after", "infix"), "case": CASE_MODES},
    description="words making a figure approximate or a bound (about, up to, more than)",
)
SECTIONS["range_measures"] = _spec(
    {"measure", "phrases"},
    {"position", "window", "case"},
    phrases=frozenset({"phrases"}),
    choices={"measure": RANGE_MEASURES, "position": ("before", "after"), "case": CASE_MODES},
    description="words telling whether a figure is a range, a distance or an altitude",
)
SECTIONS["range_blockers"] = _spec(
    {"phrases", "position"},
    {"window", "case"},
    phrases=frozenset({"phrases"}),
    choices={"position": ("before", "after"), "case": CASE_MODES},
    description="words showing a number and unit are not a length ($5m, 900 km/h, 5m people)",
)
