"""The closed vocabularies of the rule files (a module of plain data: importing it is free,
unlike the pydantic models, which are only built when rule files are validated)."""

from __future__ import annotations

EVENT_TYPES = (
    "signing", "ratification", "entry_into_force", "withdrawal", "suspension", "expiry",
    "extension", "violation_allegation", "denial", "missile_test", "nuclear_test", "deployment",
    "development", "talks", "warning", "elimination", "combat_use", "interception", "sanctions",
    "moratorium", "inspection",
)
SYSTEM_CLASSES = (
    "SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "GLCM", "ALCM", "SLCM", "ASBM", "HGV", "HCM", "SAM",
    "ABM", "ASAT", "SLV", "BM", "CM", "MLRS", "ASM", "AShM", "AIRCRAFT", "OTHER",
)
SYSTEM_STATUSES = ("in-service", "retired", "development", "cancelled", "testing")
ACTOR_TYPES = ("state", "organization", "person")
TREATY_KINDS = ("treaty", "agreement", "regime", "statement", "code", "resolution")
STATUSES = ("planned", "negated", "hypothetical", "asserted")
# A cue may also say that a trigger names no event at all: "the treaty bans testing",
# "a missile capable of striking", "had to ratify": a generic mention, never a record.
CUE_STATUSES = ("planned", "negated", "hypothetical", "generic")
CASE_MODES = ("exact", "ignore")
RECORD_KINDS = ("actor", "treaty", "system", "date", "range", "event")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
TIMEX_MODS = (
    "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
    "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
)
RANGE_MEASURES = ("range", "distance", "altitude")
# Words an event's `requires` may name besides lexicon ids.
REQUIRES_BUILTINS = ("treaty", "treaty-object", "weapon", "weapon-object", "weapon-subject",
                     "state-object")
ONLY_WORDS = "only:"  # "only:attack-nouns": that lexicon's words, never a treaty or system
# Lexicon lists the code consults by id: a lexicon entry must be one of these or be named by an
# event's `requires`, so a misspelt id is an error instead of a list nobody reads.
CONSULTED_LEXICONS = (
    "enacting-instruments", "negation-object-prepositions", "none-determiners",
    "place-cues", "reporting-verbs", "test-target-words", "own-claim-rules",
    "other-party-claim-rules", "act-anaphors", "series-ordinals", "span-counters",
    "treaty-subject-verbs", "outward-events",
    "informing-verbs", "treaty-common-words", "honorifics", "name-enders", "first-person-pronouns",
    "other-person-pronouns", "partitive-words", "arms-context-bodies",
    "threat-events", "intercepted-attack-events", "buyer-events", "object-owner-events",
    "aircraft-target-events",
    "missile-only-events", "sole-state-events",
    "vague-durations", "vague-days", "status-barriers", "clause-status-barriers",
    "past-event-barriers", "undoing-rules",
    "purpose-events",
    "series-events", "condemning-events", "disregard-words", "weapon-words", "treaty-nouns",
    "treaty-noun-blockers",
    "ban-verbs",
    "regulate-verbs",
    "clause-breaks",
    "date-scope-breaks", "possessive-pronouns", "object-pronouns", "object-hedges",
    "non-weapon-objects",
    "object-phrase-ends", "list-conjunctions", "joint-event-cues", "ner-person-labels",
    "ner-organization-labels", "attributive-markers", "system-anaphors",
    "context-before-events", "relative-pronouns", "relative-that-verbs",
    "refusal-verbs", "definite-determiners",
    "origin-words", "stance-prefixes", "document-nouns",
    "speaker-acts-events", "speech-events", "unsaid-when-negated", "until-dated-events",
    "plan-frame-nouns", "office-anaphors", "attack-effect-events",
    "speaker-pronouns",
    "perfect-auxiliaries", "past-perfect-auxiliaries", "test-words", "fighting-words",
    "casualty-words", "ratification-words", "ratified-treaty-events",
    "cause-prepositions", "reprisal-nouns", "plain-negations", "target-particles",
    "circumstance-words", "later-than-words", "quote-opening-auxiliaries",
    "other-event-cues", "agent-needed-events", "two-sides-rules", "two-sides-verb-rules",
    "meeting-bodies", "resolution-events",
    "combat-evidence-events",
    "quantity-nouns", "instrument-words", "attack-dated-events", "attack-events", "step-nouns",
    "defending-events",
    "foreign-weapon-events",
    "seat-nouns", "message-nouns", "supply-verbs", "visit-nouns", "body-agent-rules",
    "phrase-asides",
    "degree-adverbs", "non-state-fire-origins",
    "plural-treaty-nouns",
    "family-name-first",
    "irregular-participles",
    "aims-within-attacks", "aims-within-foreign-places", "earlier-event-modifiers",
    "membership-nouns", "instrument-enacted-events", "actor-or-system-needed-events",
    "also-doer-auxiliaries",
    "other-time-prepositions",
    "noun-date-prepositions", "opposing-events", "act-claim-events", "dated-instruments",
    "reason-prepositions", "accusation-words", "context-after-events", "near-context-events",
    "other-event-dates", "other-event-nouns", "count-words", "days-after-words",
    "days-before-words", "news-subjects",
    "passive-auxiliaries", "finite-auxiliaries", "attack-instruments", "attack-nouns",
    "auxiliary-adverbs",
    "actor-nouns",
    "non-target-words", "state-target-nouns", "cause-openers", "reacting-events",
    "interceptor-test-events", "interceptor-classes", "absorb-breaks", "trigger-blockers",
    "name-blockers", "ship-prefixes",
    "place-features", "namesake-features", "same-as-cues",
    "name-spellings", "common-words", "agent-anaphors", "other-party-nouns", "light-verbs",
    "negation-passing-verbs", "main-clause-openers",
    "naming-verbs",
    "observing-verbs", "overseeing-verbs",
    "scene-events", "body-inspection-events", "inspecting-bodies",
    "office-time-words",
    "scene-prepositions",
    "group-anaphors", "pair-words", "civilian-targets", "replaced-treaty-cues", "bound-words",
    "example-cues", "following-verbs", "space-payloads", "party-acts-events",
    "one-per-date-events", "date-list-words",
    "date-range-openers", "first-since-words",
    "observer-phrases",
    "party-only-events", "party-nouns",
    "military-targets", "order-verbs", "verb-anaphors",
    "noun-agent-prepositions", "target-prepositions", "event-noun-modifiers",
    "noun-determiners", "continuation-openers", "system-owner-events", "place-prepositions",
    "place-not-target-events", "origin-agent-events", "origin-noun-events", "held-place-words",
    "region-adjectives",
    "venue-prepositions",
    "venue-events",
    "list-closers",
    "impact-words", "patient-passives",
    "subject-pronouns", "quote-marks",
    "news-media", "non-subject-prepositions", "event-prefixes", "noun-phrase-prepositions",
    "event-predicates", "halting-predicates", "scheduling-predicates", "condition-words",
    "finding-verbs",
    "time-clause-openers",
    "future-auxiliaries", "modal-verbs", "end-date-words", "deadline-nouns",
    "gerund-subordinators", "weapon-adjective-events", "inter-state-events",
    "refuser-acts-events", "occasion-events", "scheduled-events",
    "naming-openers", "period-start-words", "clause-target-events",
)
