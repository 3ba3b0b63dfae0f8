"""The event finder: triggers, then for each one its requirements, status, arguments and
date, then the merging of retellings into one record per event."""

from __future__ import annotations

import calendar
import itertools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cached_property, partial

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ... import extensions
from ...cache import BuildCache
from ...matching import PhraseTable
from ...records import mention
from ...ruleset import Entry, RuleSet
from ...wordforms import phrase_forms, plural
from ..common import POSSESSIVES, contains_phrase, lexicon_phrases, lexicon_words
from ..rulebased import RuleComponent
from . import arguments, requirements
from .context import DocContext, LowerHashes, Mention, after_treaty_name, treaty_noun_at
from .dating import (
    RelativePhrase,
    anniversary_years,
    date_at,
    date_for,
    dateline_date,
    dates_other_clause,
    document_date,
    first_since_date,
    is_recent_day,
    is_vague,
    knowledge_date,
    later_by_duration,
    not_yet_to_come,
    relative_offset,
    relative_phrase_reach,
    saying_days,
    shifted_date,
    to_come,
    week_to_come,
    weekday_to_come,
    years_earlier,
)
from .merging import actor_ids, dedupe, merge
from .status import DATE_PREPOSITIONS, Cue, add_cues, refuses, status
from .syntax_arguments import negation_misses_noun, syntax_actors
from .triggers import (
    BLOCKED,
    STATE_OBJECT,
    TREATY_NEEDS,
    WEAPON_NEEDS,
    Match,
    Trigger,
    add_triggers,
    make_trigger,
    need_lexicon,
    select,
)

VERB_PARTICLES = frozenset({"out", "up", "ahead", "back", "down"})  # "carry out", "go ahead with"
# words between an absorbing trigger's end and the trigger it absorbs ("long-range" is one)
ABSORB_GAP = 3
SAID_CLAUSE_WORDS = 6  # words from a denial to the verb of what it denies ("that" one)
IMPACT_PHRASE = 10  # words after "landed" in which the state it landed in is named
EARLIER_SYSTEM_SENTENCES = 5  # sentences before "the missile" in which it was named
TOPIC_WORD_LENGTH = 5  # letters of a word of a treaty's name that may tell its subject
TOPIC_WORD_TREATIES = 2  # ... when found in the names of at most this many treaties
LATER_SYSTEM_SENTENCES = 12  # sentences after a weapon event in which "the missile, X" names it
DAY_VALUE = 10  # characters of a value that names a day: "2022-11-18"
ATTACK_SENTENCES_BEFORE = 3  # sentences before an interception in which its attack is told
ATTACK_SENTENCES_AFTER = 2  # ... and after it
SUBJECT_PRONOUN_WORDS = 5  # words between "they" and the trigger it is the subject of
OWNER_WORDS = 3  # words before an event noun in which its owner stands ("Iran's launch")
CLAIMED_WORDS = 4  # tokens after "claimed" in which the party the claim is about is named
PREDICATE_GAP = 10  # tokens from an event noun to the date its "happened in" gives it
BODY_SENTENCES = 5  # sentences before inspectors with no actor in which their body is named
ANAPHOR_WINDOW = 6  # words before a system's name in which "the missile" refers back
ANAPHOR_MODIFIERS = 4  # lower-case tokens between "the" and "missile" ("submarine - launched")
THREAT_RULE = "threat-events"  # the rule of a warning derived from a threat (the lexicon entry)
ATTACK_RULE = "intercepted-attack-events"  # the rule of an attack told by what was intercepted
TIME_CLAUSE_OPENING = 4  # words before the opener of a time clause ("Two days after")
RECENT_OFFSET_DAYS = 3  # "Two days after ..." opening a sentence: today's news
VOLLEY_SENTENCES = 3  # sentences after a launch of several weapons that tell one of them
NOUN_DATE_REACH = 6  # tokens after an event noun in which a date of its own may stand
LEAD_SENTENCES = 4  # the first sentences (paragraph breaks not counted) that tell the news
NEWS_OWNER_WORDS = 4  # tokens of a name before the possessive of a news subject
NEWS_SUBJECT_ADJECTIVES = 2  # adjectives between that possessive and the subject
PERFECT_SUBJECT_WORDS = 20  # tokens between an event noun and the perfect verb it is subject of
FIRST = get_string_id("first")  # "its first step to ...": the first of a series, no later one
PRESENT_BE = frozenset(get_string_id(w) for w in ("is", "are", "am"))  # "it is cancelling"
NEGATION_REACH = 3  # words before a trigger in which a plain negation makes it its negated type

TREATY_SUBJECT_WORDS = 6  # words before a treaty's own verb ("expires") that make its subject
SIGNED_OBJECT_WORDS = 3  # from a signing verb to its object's date ("signed a 2015 deal")

# Lexicon lists the event finder reads, by the attribute name they get on LowerHashes.
WORD_LISTS = {
    "treaty_nouns": "treaty-nouns",
    "degree_adverbs": "degree-adverbs",
    "plural_treaty_nouns": "plural-treaty-nouns",
    "main_clause_openers": "main-clause-openers",
    "treaty_noun_blockers": "treaty-noun-blockers",
    "party_nouns": "party-nouns",
    "military_targets": "military-targets",
    "attack_instruments": "attack-instruments",
    "attack_nouns": "attack-nouns",
    "count_words": "count-words",
    "order_verbs": "order-verbs",
    "clause_breaks": "clause-breaks",
    "scope_breaks": "date-scope-breaks",
    "actor_nouns": "actor-nouns",
    "passive_auxiliaries": "passive-auxiliaries",
    "finite_auxiliaries": "finite-auxiliaries",
    "auxiliary_adverbs": "auxiliary-adverbs",
    "noun_date_prepositions": "noun-date-prepositions",
    "reason_prepositions": "reason-prepositions",
    "dated_instruments": "dated-instruments",
    "enacting_instruments": "enacting-instruments",
    "speaker_acts": "speaker-acts-events",
    "speech_events": "speech-events",
    "until_dated_events": "until-dated-events",
    "attack_effect_events": "attack-effect-events",
    "plan_frame_nouns": "plan-frame-nouns",
    "unsaid_when_negated": "unsaid-when-negated",
    "speaker_pronouns": "speaker-pronouns",
    "first_person": "first-person-pronouns",
    "other_persons": "other-person-pronouns",
    "perfect_auxiliaries": "perfect-auxiliaries",
    "past_perfect_auxiliaries": "past-perfect-auxiliaries",
    "days_after": "days-after-words",
    "days_before": "days-before-words",
    "vague_durations": "vague-durations",
    "days_words": "vague-days",
    "news_subjects": "news-subjects",
    "earlier_modifiers": "earlier-event-modifiers",
    "membership_nouns": "membership-nouns",
    "also_doer_auxiliaries": "also-doer-auxiliaries",
    "other_time_prepositions": "other-time-prepositions",
    "other_event_dates": "other-event-dates",
    "other_event_nouns": "other-event-nouns",
    "attack_aims": "aims-within-attacks",
    "foreign_place_aims": "aims-within-foreign-places",
    "joint_cues": "joint-event-cues",
    "context_before": "context-before-events",
    "relative_pronouns": "relative-pronouns",
    "relative_that_verbs": "relative-that-verbs",
    "refusal_verbs": "refusal-verbs",
    "definite_determiners": "definite-determiners",
    "act_anaphors": "act-anaphors",
    "series_ordinals": "series-ordinals",
    "step_nouns": "step-nouns",
    "span_counters": "span-counters",
    "treaty_subject_verbs": "treaty-subject-verbs",
    "informing_verbs": "informing-verbs",
    "origin_words": "origin-words",
    "stance_prefixes": "stance-prefixes",
    "document_nouns": "document-nouns",
    "attributive_markers": "attributive-markers",
    "event_prefixes": "event-prefixes",
    "list_conjunctions": "list-conjunctions",
    "possessives": "possessive-pronouns",
    "other_objects": "non-weapon-objects",
    "object_stops": "object-phrase-ends",
    "agent_anaphors": "agent-anaphors",
    "office_anaphors": "office-anaphors",
    "scene_prepositions": "scene-prepositions",
    "office_times": "office-time-words",
    "other_party_nouns": "other-party-nouns",
    "list_closers": "list-closers",
    "event_noun_modifiers": "event-noun-modifiers",
    "noun_agent_prepositions": "noun-agent-prepositions",
    "noun_determiners": "noun-determiners",
    "disregard_words": "disregard-words",
    "target_prepositions": "target-prepositions",
    "place_prepositions": "place-prepositions",
    "held_place_words": "held-place-words",
    "region_adjectives": "region-adjectives",
    "venue_prepositions": "venue-prepositions",
    "subject_pronouns": "subject-pronouns",
    "impact_words": "impact-words",
    "patient_passives": "patient-passives",
    "phrase_prepositions": "noun-phrase-prepositions",
    "event_predicates": "event-predicates",
    "halting_predicates": "halting-predicates",
    "scheduling_predicates": "scheduling-predicates",
    "conditions": "condition-words",
    "finding_verbs": "finding-verbs",
    "time_openers": "time-clause-openers",
    "future_auxiliaries": "future-auxiliaries",
    "quote_opening_auxiliaries": "quote-opening-auxiliaries",
    "modal_verbs": "modal-verbs",
    "end_date_words": "end-date-words",
    "deadline_nouns": "deadline-nouns",
    "gerund_subordinators": "gerund-subordinators",
    "non_targets": "non-target-words",
    "state_target_nouns": "state-target-nouns",
    "cause_openers": "cause-openers",
    "absorb_breaks": "absorb-breaks",
    "continuation_openers": "continuation-openers",
    "quote_marks": "quote-marks",
    "non_subject_prepositions": "non-subject-prepositions",
    "test_words": "test-words",
    "test_targets": "test-target-words",
    "fighting_words": "fighting-words",
    "casualty_words": "casualty-words",
    "ratification_words": "ratification-words",
    "cause_prepositions": "cause-prepositions",
    "reprisal_nouns": "reprisal-nouns",
    "status_barriers": "status-barriers",
    "clause_status_barriers": "clause-status-barriers",
    "past_event_barriers": "past-event-barriers",
    "plain_negations": "plain-negations",
    "negation_object_prepositions": "negation-object-prepositions",
    "none_determiners": "none-determiners",
    "circumstance_words": "circumstance-words",
    "later_than": "later-than-words",
    "other_event_cues": "other-event-cues",
    "quantity_nouns": "quantity-nouns",
    "partitives": "partitive-words",
    "seat_nouns": "seat-nouns",
    "irregular_participles": "irregular-participles",
    "instrument_words": "instrument-words",
    "group_anaphors": "group-anaphors",
    "naming_openers": "naming-openers",
    "period_start_words": "period-start-words",
    "first_since": "first-since-words",
    "date_list_words": "date-list-words",
    "date_range_openers": "date-range-openers",
    "pair_words": "pair-words",
    "civilian_targets": "civilian-targets",
    "replaced_cues": "replaced-treaty-cues",
    "bound_words": "bound-words",
    "example_cues": "example-cues",
    "following_verbs": "following-verbs",
    "space_payloads": "space-payloads",
}


@dataclass
class EventMention:
    span: Span
    trigger: Trigger
    sentence: int
    status: str
    actors: list[dict]
    treaty: str | None
    systems: list[str]
    date: dict | None
    source: dict | None
    mentions: list[dict] = field(default_factory=list)
    date_weak: bool = False  # the date is a guess from the sentence (see date_for)
    definite: bool = False  # "the test": a noun that refers back
    retelling: bool = False  # only a retelling of an event told before, never one of its own
    headline: bool = False  # told in a title line (the first line, without a full stop)
    said_now: bool = False  # something said, told as said ("Moscow said"), or by its own verb
    # told in the present perfect in the lead ("India has fired missiles into ..."): today's news
    lead_perfect: bool = False
    # told by a simple past verb in the lead ("Ambassador Salehi signed the protocol at a
    # ceremony"): the news, of the lead's day
    lead_past: bool = False
    # a plan told by a verb of saying in the lead ("announced their intention to withdraw",
    # not "said he had planned to ...")
    lead_announced: bool = False
    # the event noun a verb of saying in the lead takes as object ("The Pentagon announced
    # the deployment of ...")
    lead_object: bool = False
    # an act going on, told by a verb of saying in the lead ("North Korea has announced that
    # it is cancelling the pact")
    lead_ongoing: bool = False
    relative: RelativePhrase | None = None  # "one day after ...": see relative_offset
    # its trigger is the date of an agreement the text does not name ("a 2001 accord"): the
    # same event only as one of that date
    unnamed_by_date: bool = False
    # "arrived on Tuesday, a week after ...": the date of the clause the phrase counts from
    relative_anchor: dict | None = None
    # its sentence says it is another event (lexicon other-event-cues: "also", "another")
    another: bool = False
    # told as an earlier one ("the previous test", lexicon earlier-event-modifiers)
    earlier: bool = False
    # counted as one of a series ("the second test", lexicon series-ordinals)
    counted: bool = False
    # a later step of a series ("Tehran's third move to scale back its obligations", lexicon
    # step-nouns): not the act the knowledge base dates
    later_step: bool = False
    # one of the events a list of dates tells ("tests in 2006, 2009, 2013 and 2016"): the same
    # event only as one of its date
    one_of_dates: bool = False
    # an attack told by the weapon an interception downed: where that interception's
    # trigger starts (a character offset), whose date it takes (see _attacks_intercepted)
    attack_of: int | None = None


def _topic_words(ruleset: RuleSet) -> dict[str, frozenset[str]]:
    """The words that tell each listed treaty's subject: those of its name and aliases, of
    TOPIC_WORD_LENGTH letters or more, found in the names of at most TOPIC_WORD_TREATIES
    treaties ("plutonium", not "nuclear" or "agreement"). They rank the treaties "the deal"
    may mean: "an accord with the US to dispose of surplus weapons-grade plutonium"."""
    def name_words(entry: Entry) -> set[str]:
        return {word for name in [entry["name"], *(entry.get("aliases") or ())]
                for word in re.findall(r"[a-z]+", str(name).lower())
                if len(word) >= TOPIC_WORD_LENGTH}

    # names of actors ("South Korea"), months ("September") and words of treaty-common-words
    # ("peninsula") tell no subject
    others = {word for entry in ruleset.entries("actors") for word in name_words(entry)}
    others |= {month.lower() for month in calendar.month_name if month}
    others |= lexicon_words(ruleset, "treaty-common-words")
    words = {entry.id: name_words(entry) - others for entry in ruleset.entries("treaties")}
    counts = Counter(word for found in words.values() for word in found)
    return {treaty: frozenset(w for w in found if counts[w] <= TOPIC_WORD_TREATIES)
            for treaty, found in words.items()}


def _add_verbs(table: PhraseTable[str], ruleset: RuleSet, irregular: dict, list_id: str
               ) -> None:
    """Every inflected form of the verbs of one lexicon list, each with its tense."""
    for verb in sorted(lexicon_words(ruleset, list_id)):
        for form, tense in phrase_forms(verb, irregular):
            table.add(form, tense)


class EventExtractor(RuleComponent):
    """Finds event triggers and fills in their arguments from the same sentence."""

    SECTIONS = ("events", "event_cues", "verbs", "lexicon", "actors", "treaties", "numbers",
                "systems", "date_vocab")  # (the ordinals of anniversaries)

    def build(self, ruleset: RuleSet, cache: BuildCache) -> None:
        nlp, name = self.nlp, self.name
        irregular = {entry.id: entry.data for entry in ruleset.entries("verbs")}
        tokenizer = cache.tokenizer_key(nlp.tokenizer)
        self.triggers: PhraseTable[Trigger] = cache.phrase_table(
            f"{name}-triggers", nlp, lambda table: add_triggers(table, ruleset, irregular),
            tokenizer)
        self.fixed_status = {
            entry.id: entry["status"] for entry in ruleset.entries("events") if entry.get("status")
        }
        self.cues: PhraseTable[Cue] = cache.phrase_table(
            f"{name}-cues", nlp, lambda table: add_cues(table, ruleset), tokenizer)

        def verb_table(list_id: str, key: str) -> PhraseTable[str]:
            """Every inflected form of one lexicon list's verbs, with its tense (cached)."""
            return cache.phrase_table(
                f"{name}-{key}", nlp,
                lambda table: _add_verbs(table, ruleset, irregular, list_id), tokenizer)

        # short asides that may split a verb phrase as a date does (lexicon phrase-asides)
        self.aside_table: PhraseTable[str] = cache.phrase_table(
            f"{name}-asides", nlp, lambda table: table.add_all(
                lexicon_phrases(ruleset, "phrase-asides"), "aside"), tokenizer)
        self.reporting = verb_table("reporting-verbs", "reporting")
        self.light_verb_table = verb_table("light-verbs", "light-verbs")
        self.anaphor_table = verb_table("verb-anaphors", "verb-anaphors")
        self.naming_verb_table = verb_table("naming-verbs", "naming-verbs")
        self.observing_verb_table = verb_table("observing-verbs", "observing-verbs")
        self.overseeing_verb_table = verb_table("overseeing-verbs", "overseeing-verbs")
        # With a trained parse: light verbs by lemma, and the prepositions of targets.
        # not "confirm its": "Beijing confirmed the strike" names no striker; nor "claim
        # responsibility for": "China claimed the sale of submarines was a risk" names no
        # seller (only particles and prepositions may follow the verb)
        pronouns = lexicon_words(ruleset, "possessive-pronouns")
        particles = lexicon_words(ruleset, "object-phrase-ends") | VERB_PARTICLES
        self.light_verbs = {words[0] for verb in lexicon_words(ruleset, "light-verbs")
                            if pronouns.isdisjoint(words := verb.split())
                            and particles.issuperset(words[1:])}
        self.target_prepositions = lexicon_words(ruleset, "target-prepositions")
        self.negation_passing_verbs = lexicon_words(ruleset, "negation-passing-verbs")
        # (id, parties, signed, ended) of the treaties of two parties or more: what "the deal"
        # means in a text that names no treaty (DocContext.described_treaty)
        self.treaty_parties = [
            (entry.id, frozenset(entry.get("parties") or ()), str(entry.get("signed") or ""),
             str(entry.get("ended") or "")) for entry in ruleset.entries("treaties")
            if len(entry.get("parties") or ()) >= 2]
        self.treaty_topics = _topic_words(ruleset)
        # the entries whose trigger is a date naming a treaty ("the 2002 Moscow Treaty"), and
        # the day each listed treaty was signed
        self.date_named = [make_trigger(entry.id, entry.data, "phrase")
                           for entry in ruleset.entries("events") if entry.get("named_by_date")]
        self.date_named_rules = frozenset(trigger.rule for trigger in self.date_named)
        self.treaty_signed = {entry.id: str(entry.get("signed") or "")
                              for entry in ruleset.entries("treaties")}
        self.signed_that_day: dict[str, list[str]] = {}  # "2013-09-14" -> treaties signed then
        for treaty, day in self.treaty_signed.items():
            self.signed_that_day.setdefault(day, []).append(treaty)
        self.context_words = {
            need: lexicon_words(ruleset, need_lexicon(need))
            for entry in ruleset.entries("events") for needs in entry.get("requires", [])
            for need in needs.split("|")
            if need not in TREATY_NEEDS and need != STATE_OBJECT  # "a|b": either will do
        }
        self.words = {attr: lexicon_words(ruleset, list_id)
                      for attr, list_id in WORD_LISTS.items()}
        # verbs whose past is their base form ("hit"): a verb, not a noun, before its object
        self.words["past_as_base"] = {verb for verb, forms in irregular.items()
                                      if forms.get("past") == verb}
        # past forms that are not their base ("took", "came", "was"): a phrase opening with one
        # tells what is done ("took effect on January 16")
        self.words["irregular_pasts"] = {
            past for verb, forms in irregular.items()
            for past in str(forms.get("past") or "").split("/") if past and past != verb}
        self.speaker_acts = self.words["speaker_acts"]
        self.speech_events = self.words["speech_events"]
        self.until_dated_events = self.words["until_dated_events"]
        self.attack_effect_events = self.words["attack_effect_events"]
        self.unsaid_when_negated = self.words["unsaid_when_negated"]
        self.context_before = self.words["context_before"]
        self.context_after = lexicon_words(ruleset, "context-after-events")
        self.near_context_events = lexicon_words(ruleset, "near-context-events")
        self.outward_events = lexicon_words(ruleset, "outward-events")
        self.owner_events = lexicon_words(ruleset, "system-owner-events")
        self.buyer_events = lexicon_words(ruleset, "buyer-events")
        self.sole_state_events = lexicon_words(ruleset, "sole-state-events")
        self.series_events = lexicon_words(ruleset, "series-events")
        self.scene_events = lexicon_words(ruleset, "scene-events")
        self.body_events = lexicon_words(ruleset, "body-inspection-events")
        self.inspecting_bodies = lexicon_words(ruleset, "inspecting-bodies")
        self.condemning_events = lexicon_words(ruleset, "condemning-events")
        self.place_events = lexicon_words(ruleset, "place-not-target-events")
        self.origin_agent_events = lexicon_words(ruleset, "origin-agent-events")
        self.origin_noun_events = lexicon_words(ruleset, "origin-noun-events")
        self.non_state_fire_origins = lexicon_words(ruleset, "non-state-fire-origins")
        self.clause_target_events = lexicon_words(ruleset, "clause-target-events")
        self.venue_events = lexicon_words(ruleset, "venue-events")
        self.combat_evidence = lexicon_words(ruleset, "combat-evidence-events")
        self.weapon_adjective_events = lexicon_words(ruleset, "weapon-adjective-events")
        self.object_owner_events = lexicon_words(ruleset, "object-owner-events")
        self.aircraft_target_events = lexicon_words(ruleset, "aircraft-target-events")
        self.missile_only_events = lexicon_words(ruleset, "missile-only-events")
        self.inter_state_events = lexicon_words(ruleset, "inter-state-events")
        self.two_sides_rules = lexicon_words(ruleset, "two-sides-rules")
        self.resolutions = frozenset(entry.id for entry in ruleset.entries("treaties")
                                     if entry["kind"] == "resolution")
        self.resolution_events = lexicon_words(ruleset, "resolution-events")
        # "first": 1, "30th": 30 (the temporal tagger's ordinals): an anniversary's distance
        self.ordinals = {str(word).lower(): int(value) for entry in ruleset.entries("date_vocab")
                         if entry.id == "ordinal"
                         for word, value in (entry.get("words") or {}).items()}
        # "a Russian warning": a verb's form in -ing that its entry also lists as a noun
        self.noun_gerunds = frozenset(
            get_string_id(noun.lower()) for entry in ruleset.entries("events")
            for noun in entry.get("nouns") or () if " " not in noun and noun.endswith("ing"))
        # "two test launches": a verb's -s form that is also the plural of a noun of its type
        self.plural_nouns = frozenset(
            (entry["type"], plural(noun).lower()) for entry in ruleset.entries("events")
            for noun in entry.get("nouns") or ())
        self.meeting_bodies = lexicon_words(ruleset, "meeting-bodies")
        self.two_sides_verb_rules = lexicon_words(ruleset, "two-sides-verb-rules")
        self.body_agent_rules = lexicon_words(ruleset, "body-agent-rules")
        self.refuser_events = lexicon_words(ruleset, "refuser-acts-events")
        self.occasion_events = lexicon_words(ruleset, "occasion-events")
        self.scheduled_events = lexicon_words(ruleset, "scheduled-events")
        self.attack_dated_events = lexicon_words(ruleset, "attack-dated-events")
        self.foreign_weapon_events = lexicon_words(ruleset, "foreign-weapon-events")
        self.instrument_enacted_events = lexicon_words(ruleset, "instrument-enacted-events")
        self.party_acts = lexicon_words(ruleset, "party-acts-events")
        self.one_per_date = lexicon_words(ruleset, "one-per-date-events")
        self.party_only = lexicon_words(ruleset, "party-only-events")
        self.undoing_rules = lexicon_words(ruleset, "undoing-rules")
        self.purpose_events = lexicon_words(ruleset, "purpose-events")
        self.listed_parties = {treaty: parties for treaty, parties, _, _ in self.treaty_parties}
        # (type, actor or "", day) of each event a treaty's history lists
        self.listed_events = {entry.id: [(item["type"], item.get("actor") or "",
                                          str(item["date"]))
                                         for item in entry.get("history") or ()
                                         if item.get("date")]
                              for entry in ruleset.entries("treaties")}
        # (state, day) of each listed party's withdrawal, by treaty ("the current members")
        self.withdrawn = {treaty: [(actor, day) for kind, actor, day in listed
                                   if kind == "withdrawal" and actor]
                          for treaty, listed in self.listed_events.items()}
        self.agent_needed = lexicon_words(ruleset, "agent-needed-events")
        self.actor_or_system_needed = lexicon_words(ruleset, "actor-or-system-needed-events")
        self.ratified_events = lexicon_words(ruleset, "ratified-treaty-events")
        self.own_claims = lexicon_words(ruleset, "own-claim-rules")
        self.other_claims = lexicon_words(ruleset, "other-party-claim-rules")
        self.two_parties = {treaty: sorted(parties)
                            for treaty, parties in self.listed_parties.items() if len(parties) == 2}
        self.attack_events = lexicon_words(ruleset, "attack-events")
        self.defending_events = lexicon_words(ruleset, "defending-events")
        self.reacting_events = lexicon_words(ruleset, "reacting-events")
        self.interceptor_test_events = lexicon_words(ruleset, "interceptor-test-events")
        self.interceptor_classes = frozenset(lexicon_phrases(ruleset, "interceptor-classes"))
        self.opposing_events = lexicon_words(ruleset, "opposing-events")
        self.act_claims = lexicon_words(ruleset, "act-claim-events")
        self.news_media = lexicon_words(ruleset, "news-media")
        self.arms_bodies = lexicon_words(ruleset, "arms-context-bodies")
        self.threat_events = lexicon_words(ruleset, "threat-events")
        self.intercepted_attack_events = lexicon_words(ruleset, "intercepted-attack-events")
        self.observer_phrases = [phrase.split()
                                 for phrase in lexicon_words(ruleset, "observer-phrases")]
        self.system_anaphors = [phrase.split()
                                for phrase in lexicon_words(ruleset, "system-anaphors")]
        # ("the", "missile"): the ends of a two-word anaphor, with words between them
        self.anaphor_ends = {(phrase[0], phrase[-1]) for phrase in self.system_anaphors
                             if len(phrase) == 2}
        self.object_pronouns = lexicon_words(ruleset, "object-pronouns")
        # "paraded what looked like an unfamiliar launcher": words the object opens with that
        # only hedge what follows, by their first word (longest first)
        self.object_hedges: dict[int, list[tuple[int, ...]]] = {}
        for hedge in sorted(lexicon_words(ruleset, "object-hedges"), key=len, reverse=True):
            words = tuple(get_string_id(w) for w in hedge.split())
            self.object_hedges.setdefault(words[0], []).append(words)
        self.target_particles = [tuple(get_string_id(word) for word in phrase.lower().split())
                                 for phrase in lexicon_words(ruleset, "target-particles")]
        # "missiles", "rockets": a weapon word whose singular is one too
        weapon_words = lexicon_words(ruleset, "weapon-words")
        self.plural_weapons = frozenset(get_string_id(word) for word in weapon_words
                                        if word.endswith("s") and word[:-1] in weapon_words)
        # "the three countries": one-word numbers of two or more, by LOWER id
        self.counts = {get_string_id(phrase.lower()): entry["value"]
                       for entry in ruleset.entries("numbers")
                       if isinstance(entry.get("value"), int) and entry["value"] >= 2
                       for phrase in entry.get("phrases", []) if " " not in phrase}
        self.actor_names = {entry.id: entry["name"] for entry in ruleset.entries("actors")}
        self.actor_countries = {entry.id: entry["country"]
                                for entry in ruleset.entries("actors") if entry.get("country")}
        # (actor, event type) -> the organ it acts through: UN sanctions are the Council's
        self.organs = {(entry.id, event_type): organ for entry in ruleset.entries("actors")
                       for event_type, organ in (entry.get("acts_through") or {}).items()}
        self.treaty_names = {entry.id: entry["name"] for entry in ruleset.entries("treaties")}
        # who signed each treaty: its signatories, else its parties
        self.signing_parties = {entry.id: entry.get("signed_by") or entry["parties"]
                                for entry in ruleset.entries("treaties") if entry.get("parties")}
        self.exported_systems = frozenset(entry.id for entry in ruleset.entries("systems")
                                          if entry.get("exported"))
        self.platforms = frozenset(entry.id for entry in ruleset.entries("systems")
                                   if entry.get("platform"))
        # an aircraft is an event's system only when no weapon it carries is named with it
        self.aircraft = frozenset(entry.id for entry in ruleset.entries("systems")
                                  if entry["class"] == "AIRCRAFT")
        self.state_names = {entry.id: entry["name"] for entry in ruleset.entries("actors")
                            if entry["type"] == "state"}
        # bodies that are parties of a listed treaty in their own right (the IAEA of Iran's
        # accords with it), unlike groups of states (the P5+1) or assemblies
        self.treaty_bodies = frozenset(
            party for entry in ruleset.entries("treaties")
            for party in [*entry.get("parties", []), *entry.get("signed_by", [])]
            if party not in self.state_names)
        extensions.register_extensions()

    def _aside_tokens(self, doc: Doc) -> set[int]:
        """The tokens of the phrases of lexicon phrase-asides, which may split a verb phrase
        as a date does: "agreed in a phone call to scrap the limit"."""
        return {i for start, end, _ in self.aside_table(doc) for i in range(start, end)}

    @cached_property
    def hashes(self) -> LowerHashes:
        """The word lists as LOWER hashes, built on first use."""
        return LowerHashes(self.words, self.context_words)

    def __call__(self, doc: Doc) -> Doc:
        # a phrase with a quoted word in it counts as the phrase: 'in "non-compliance" with',
        # and so does one a date splits: "agreed on Wednesday to halt"
        found_forms = sorted(self.triggers(doc)
                             + self.triggers.across_marks(doc, self.hashes.quote_marks)
                             + self.triggers.across(doc, _date_tokens(doc)
                                                    | self._aside_tokens(doc)),
                             key=lambda m: (m[0], -m[1]))
        if not found_forms and not (self.date_named and (
                doc.spans.get(extensions.SPAN_GROUPS["treaty"])
                or (doc.spans.get(extensions.SPAN_GROUPS["date"])
                    and not self.hashes.treaty_nouns.isdisjoint(
                        doc.to_array(LOWER).tolist())))):  # "its 2008 agreement"
            doc.spans[extensions.SPAN_GROUPS["event"]] = []
            return doc
        ctx = DocContext(doc, self)
        found_forms = sorted(found_forms + self._treaty_dates(ctx, found_forms),
                             key=lambda m: m[0])
        # a trigger in a compound modifier ("US-supplied ATACMS") is no event, nor does it
        # stand between another trigger and its arguments
        # nor is one in a document's quoted title ("draft resolution II, “Destructive
        # anti-satellite missile testing”")
        # nor one inside a treaty's name ("the pact prohibiting the development, testing and
        # use of nuclear weapons") or a body's ("the Global Strike Command said")
        found_forms = [m for m in found_forms if not requirements.in_compound_word(ctx, *m[:2])
                       and not ctx.in_quoted_title(m[0]) and not ctx.inside_treaty_name(*m[:2])
                       and not ctx.inside_body_name(*m[:2])]
        matches = select(found_forms, partial(requirements.fits, ctx),
                         partial(requirements.requirements_hold, ctx))
        ctx.trigger_sentences = {ctx.sentence_index(start) for start, _, trigger in matches
                                 if trigger != BLOCKED}
        kept = _absorb(ctx, matches)
        # an absorber reaches over what it absorbed, so a system named after "announced
        # sanctions against" is the absorber's
        # (a date that names a treaty is no word of the sentence's events: "The 1991 START
        # Treaty expired" has the treaty as subject)
        ctx.trigger_spans = [(start, reach) for _, start, reach, trigger in kept
                             if trigger != BLOCKED and trigger.rule not in self.date_named_rules]
        ctx.trigger_starts = frozenset(start for start, _ in ctx.trigger_spans)
        ctx.trigger_objects = {start: trigger.object_words for _, start, _, trigger in kept
                               if trigger != BLOCKED and trigger.object_words}
        ctx.weapon_trigger_starts = frozenset(start for _, start, _, trigger in kept
                                              if trigger != BLOCKED and trigger.about_weapons)
        ctx.noun_trigger_starts = frozenset(start for _, start, _, trigger in kept
                                            if trigger != BLOCKED and trigger.tense == "noun")
        ctx.phrase_trigger_starts = frozenset(  # those opened by a preposition
            start for _, start, _, trigger in kept if trigger != BLOCKED
            and trigger.tense == "phrase"
            and ctx.lower[start] in ctx.hashes.non_subject_prepositions)
        ctx.signing_trigger_starts = frozenset(
            start for _, start, _, trigger in kept if trigger.type == "signing"
            and trigger.rule not in self.date_named_rules)
        ctx.meeting_trigger_starts = frozenset(
            start for _, start, _, trigger in kept
            if trigger != BLOCKED and trigger.type in arguments.MEETING_TYPES)
        ctx.opposing_trigger_starts = frozenset(
            start for _, start, _, trigger in kept
            if trigger != BLOCKED and trigger.type in self.opposing_events)
        ctx.defending_sentences = frozenset(
            ctx.sentence_index(start) for _, start, _, trigger in kept
            if trigger != BLOCKED and trigger.type in self.defending_events)
        found = []
        for index, start, _, trigger in kept:
            end = matches[index][1]
            if refuses(ctx, start, end, matches[index + 1:index + 2], trigger.absorbs):
                ctx.refused.add(matches[index + 1][0])
                continue  # "rejected joining talks": the talks are negated, nothing denied
            if trigger != BLOCKED:  # equal, not identical: tables may come from the cache
                event = self._event(ctx, start, end, trigger)
                if event is not None:
                    found.append(event)
                    ctx.types_by_sentence.setdefault(event.sentence, set()).add(trigger.type)
        found = sorted(found + self._verb_anaphors(ctx, found) + self._threats(ctx, found)
                       + self._attacks_intercepted(ctx, found), key=lambda e: e.span.start)
        found = [copy for event in found
                 for copy in [*self._per_date(ctx, event), *self._last_before_first(ctx, event)]]
        for event in found:
            self._retype_war_launch(ctx, event)
        _retype_launches_of_a_war(ctx, found)
        _sellers_sign(found)
        events = merge(found, self.undoing_rules)
        for event in events:
            if event.trigger.about_weapons and not event.systems:
                finders = (self._system_named_later, self._system_named_before)
                if _possessive_pronoun_opens(ctx, event.span.start,
                                             ctx.sent_starts[event.sentence], event.trigger):
                    # "Its second flight test in March 2014 failed": "its" looks back first
                    finders = finders[::-1]
                event.systems = finders[0](ctx, event) or finders[1](ctx, event)
        _share_weapons_over_dates(events)
        for event in events:
            event.systems = self._without_carriers(ctx, event)
        used = {system for event in events for system in event.systems}
        for event in events:
            if event.trigger.about_weapons and not event.systems:
                event.systems = arguments.only_system_of_agents(ctx, event.actors, used,
                                                                self.aircraft)
        for event in events:
            if event.trigger.type in self.party_acts and event.treaty \
                    and not any(a["role"] == "agent" for a in event.actors):
                event.actors = self._parties(ctx, event.treaty) + event.actors
        for event in events:
            if self._guessed_for_others(ctx, event.treaty, event.trigger, event.sentence,
                                        event.actors):
                # "Washington and Bucharest sign a missile pact ... the secretary signed it": a
                # retelling joined a state that is no party of the deal its sentence guessed
                event.treaty = None
            if event.trigger.type == "signing" and event.treaty is None:
                event.treaty = self._signed_that_day(event)
            elif event.trigger.type == "sanctions" and event.treaty is None:
                event.treaty = self._resolution_that_day(ctx, event)
        for event in events:
            # a vague date a later retelling gave ("more tests in coming months") yields to
            # the phrase that counts from another event ("ten days after Pakistan tested")
            if event.relative is not None and (
                    event.date is None or is_vague(event.date.get("value"))):
                event.date = shifted_date(ctx, event.relative,
                                          _anchor_date(ctx, events, event))
        for event in events:
            if event.date is None and event.relative is None \
                    and event.trigger.type in self.attack_dated_events:
                event.date = _attack_date(ctx, events, event, self.attack_events)
        for event in events:
            if event.date is None and event.relative is None and event.systems \
                    and event.trigger.about_weapons and not event.another:
                event.date = _volley_date(ctx, events, event)
        spans = []
        told = {e.trigger.type for e in events if e.actors or e.treaty or e.systems}
        for event in events:
            if event.date is None and event.treaty and event.status == "asserted" \
                    and event.relative is None and not event.later_step:
                event.date = self._listed_day(event, ctx.document_date)
        said_days: list[tuple[str | None, dict]] | None = None  # found once, when needed
        for event in events:
            now = event.date is not None and event.date.get("value") == "PRESENT_REF"
            if (event.date is None or now) and event.relative is None and (
                    (event.status == "asserted"
                     and (event.headline or event.said_now or event.lead_perfect
                          or event.lead_object or event.lead_ongoing))
                    or (event.status == "planned" and event.lead_announced)):
                # the news of the day its agent is told to have spoken ("Beijing says it will
                # impose sanctions ... Mao Ning on Thursday confirmed the decision"), else of the
                # day of the dateline ("MOSCOW, Nov. 23 (Xinhua) --"), else of the day it was
                # published; "now" is that day too
                if said_days is None:
                    said_days = saying_days(ctx)
                event.date = self._day_said(said_days, event) \
                    or self._day_agent_acted(ctx, events, event) \
                    or (event.trigger.type in self.speech_events
                        and self._said_with(events, event, self.speech_events)) \
                    or dateline_date(ctx) or document_date(ctx)
            elif event.date is None and event.relative is None and event.lead_past \
                    and event.status == "asserted" and not event.another:
                event.date = _lead_day(events, event) or dateline_date(ctx)
            if event.date is None and event.relative is None \
                    and event.trigger.type in self.speech_events:
                event.date = self._said_with(events, event)
        _date_attacks_as_interceptions(events)
        for event in events:
            if _says_nothing(ctx, event, told):
                continue
            span = event.span  # already labelled with the event type
            span._.treatyx_event = self._attrs(event, ctx)
            spans.append(span)
            if event.treaty:
                self._name_inferred_treaty(doc, event.treaty)
        doc.spans[extensions.SPAN_GROUPS["event"]] = spans
        return doc

    def _listed_day(self, event: EventMention, now: str | None) -> dict | None:
        """"That Soviet-era accord, signed by Moscow and Washington", "the treaty has
        entered force": an act on a treaty that the text does not date takes the
        day the knowledge base lists for an act of its type (the treaty's ``history``) by its
        agents, or with no agent for an act with none; a bilateral treaty signed by its
        parties, the day it was signed. None unless that is one day, not after the
        document's date."""
        agents = {side for side in self._agent_sides(event) if side in self.state_names}
        listed = [(actor, day) for kind, actor, day in self.listed_events.get(event.treaty, [])
                  if kind == event.trigger.type]
        if not agents:
            days = {day for actor, day in listed if not actor}
        else:
            days = {day for actor, day in listed if actor in agents}
            if not days and event.trigger.type == "signing" \
                    and agents <= set(self.two_parties.get(event.treaty, ())):
                days = {day for _, day in listed}
        if len(days) != 1 or (now and min(days) > now):
            return None
        return knowledge_date(days.pop())

    def _day_said(self, said_days: list[tuple[str | None, dict]], event: EventMention
                  ) -> dict | None:
        """The first day on which the state of one of the event's agents is told to have
        spoken (``dating.saying_days``)."""
        states = self._agent_sides(event)
        return next((day for state, day in said_days if state in states), None)

    def _day_agent_acted(self, ctx: DocContext, events: list[EventMention],
                         event: EventMention) -> dict | None:
        """"The Council imposed sanctions on Monday ... The Council condemned the test":
        what an agent is told in the past to have said, with no day of its own, was said on
        the day of the news, that of the lead's first act dated in the week before
        publication, when the agent is that act's."""
        if event.trigger.tense != "past":
            return None
        news = next((other for other in events
                     if other.span.start < event.span.start
                     and ctx.among_first(other.sentence, LEAD_SENTENCES)
                     and other.date is not None and not other.date_weak
                     and other.status == "asserted"
                     and is_recent_day(ctx, other.date.get("value"))), None)
        if news is None or not actor_ids(event, "agent") & actor_ids(news, "agent"):
            return None
        return news.date

    def _agent_sides(self, event: EventMention) -> set[str]:
        """The states (or bodies) the event's agents stand for (``_sides``)."""
        return _sides(actor_ids(event, "agent"), self.actor_countries)

    def _said_with(self, events: list[EventMention], event: EventMention,
                   of_types: AbstractSet[str] | None = None) -> dict | None:
        """"Japan condemned the launch, calling it a breach of UN rules": what an
        agent says in the sentence of its own dated act of the same status (here the
        condemnation) is said on the same day, not what another agent said before ("she
        dismissed Baku's claim that it had given notice") nor the signing of a treaty the
        sentence names by its year ("does not breach the 2002 Moscow Treaty, Russia said");
        with ``of_types``, only an act of those types ("condemned the test, calling it a
        violation", not "denied that it tested a missile in August")."""
        agents = actor_ids(event, "agent")
        return next((other.date for other in events
                     if other is not event and other.sentence == event.sentence
                     and (of_types is None or other.trigger.type in of_types)
                     and other.date is not None and other.status == event.status
                     and other.trigger.rule not in self.date_named_rules
                     and agents & actor_ids(other, "agent")),
                    None)

    def _defender(self, ctx: DocContext, start: int, agents: list[Mention]) -> list[Mention]:
        """"Hezbollah fires rockets at Israel ... The army says its batteries launched
        interceptors": who defends is not who attacked. After an attack (lexicon
        attack-events), an interception's agents the text does not name after it (or names
        only as where the missile came from: "launched from Yemen"), guessed from what the
        text is about, yield to that attack's target, else to none."""
        attack = next((at for at, kind, _ in reversed(ctx.event_agents)
                       if at < start and kind in self.attack_events), None)
        if attack is None or any(agent.start > attack
                                 and ctx.lower[agent.start - 1] != arguments.FROM
                                 for agent in agents):
            return agents
        return next((found for at, _, found in ctx.event_targets if at == attack), [])

    def _through_organs(self, actors: list[dict], event_type: str) -> list[dict]:
        """Each actor that acts through an organ in events of this type (rules/actors
        ``acts_through``) replaced by that organ: "sanctions imposed by the United Nations"
        are the Security Council's."""
        if not any((actor["id"], event_type) in self.organs for actor in actors):
            return actors
        return dedupe([
            {**actor, "id": organ, "name": self.actor_names[organ]}
            if (organ := self.organs.get((actor["id"], event_type))) else actor
            for actor in actors])

    def _one_sided(self, ctx: DocContext, trigger: Trigger, actors: list[dict], status: str
                   ) -> bool:
        """Does an event that needs two sides (lexicons two-sides-rules, for its nouns, and
        two-sides-verb-rules) have one only: "the Pentagon held a meeting on the budget",
        "the Pentagon is discussing new options"? A meeting of a body of states (lexicon
        meeting-bodies) is talks among its members, any body's meeting to come is news ("the IAEA
        board will meet on Thursday"), and a refusal to discuss is a refusal to the other
        side ("no willingness to discuss its extension")."""
        verb = trigger.rule in self.two_sides_verb_rules
        if verb and status == "negated":
            return False
        if not verb and not (trigger.rule in self.two_sides_rules
                             and trigger.tense in ("noun", "gerund")):
            return False
        sides = _sides((a["id"] for a in actors), self.actor_countries)
        if not verb and sides and sides <= self.meeting_bodies:
            return False  # "the Security Council met behind closed doors": its members meet
        return len(sides) < 2 and not (status == "planned" and _one_body(ctx, sides))

    def _signed_on(self, treaty: str | None, date: dict | None) -> bool:
        """For a listed treaty with a known signing day, is ``date`` (one that names the
        treaty) a day of that signing ("1987" of 1987-12-08)?"""
        if treaty is None or date is None:
            return False
        signed = self.treaty_signed.get(treaty, "")
        return not signed or signed.startswith(str(date.get("value")))

    def _treaty_dates(self, ctx: DocContext, found_forms: list
                      ) -> list[tuple[int, int, list[Trigger]]]:
        """The dates that name a treaty ("the 2002 Moscow Treaty", "the 1953 armistice", "a
        2007 agreement", "the INF Treaty of 1987"), as triggers of the entries that are
        ``named_by_date``; not a treaty word that qualifies an event noun after it ("the 2018
        nuclear deal talks")."""
        if not self.date_named:
            return []
        names = {m.start for m in ctx.treaties}
        # "the INF Treaty of 1987" (not "Resolution 1718 of 2006": adopted, never signed)
        resolution_ends = {m.end for m in ctx.treaties if m.id in self.resolutions}
        event_nouns = {start for start, _, triggers in found_forms
                       if any(t != BLOCKED and t.tense == "noun" for t in triggers)}
        return [(start, end, list(self.date_named)) for start, end, span, attrs in ctx.dates
                if span.label_ == "DATE" and not attrs.get("day_inferred")
                and str(attrs.get("value", ""))[:1].isdigit()
                and (start in names or end in names
                     or (after_treaty_name(ctx, start) and start - 1 not in resolution_ends)
                     or self._names_an_agreement(ctx, end, event_nouns))]

    @staticmethod
    def _names_an_agreement(ctx: DocContext, end: int, event_nouns: set[int]) -> bool:
        """Does a treaty word follow the date ending at ``end``, no event noun after it?"""
        noun = treaty_noun_at(ctx, end, instruments=False, over_triggers=True)
        return noun is not None and noun + 1 not in event_nouns

    @staticmethod
    def _negates_other_verb(ctx: DocContext, start: int) -> bool:
        """Without a parse: does the negation nearest before the event noun belong to the
        word after it, the noun standing in a phrase after that word ("did not share details
        about the launch", "did not remark on the flight", "was not aware of the test": the event
        took place)? Not when it is that word's object ("did not conduct a test", "will not
        take part in talks"), nor when the phrase says none ("did not contain any threat of
        sanctions")."""
        sent_start = ctx.sentence_bounds(start)[0]
        negation = next((i for i in range(start - 1, sent_start, -1)
                         if ctx.lower[i] in ctx.hashes.plain_negations), None)
        if negation is None:
            return False
        word = ctx.doc[negation + 1]
        if not (word.is_alpha and word.is_lower) \
                or ctx.lower[negation + 1] in ctx.hashes.passive_auxiliaries:
            return False  # (nor "would not be held to a moratorium": the moratorium ends)
        between = ctx.lower[negation + 2:start]
        return not ctx.hashes.negation_object_prepositions.isdisjoint(between) \
            and ctx.hashes.none_determiners.isdisjoint(between)

    @staticmethod
    def _before_next_weapon_event(ctx: DocContext, end: int, sentence: int,
                                  systems: list[Mention]) -> list[Mention]:
        """The systems named before the next weapon event of the sentence that has a subject
        of its own: one named after it is that event's ("fired a Scud at the city, and Saudi
        air defences downed it with a Patriot"; not "developed, produced and deployed a
        missile"). A system anywhere in the sentence still meets a trigger's requirement."""
        after = ctx.trigger_spans[bisect_left(ctx.trigger_spans, (end,)):]  # in text order
        later = next((s for s, _ in after if s < ctx.sent_ends[sentence]
                      and s in ctx.weapon_trigger_starts
                      and any(i in ctx.actor_at for i in range(end, s))), None)
        return systems if later is None else [m for m in systems if m.start < later]

    @staticmethod
    def _not_earlier_weapon_events(ctx: DocContext, start: int, sentence: int,
                                   systems: list[Mention]) -> list[Mention]:
        """A system named after an earlier weapon event of the sentence is that event's when
        a state other than its maker owns this trigger's noun: "stationed PAC-3 batteries
        ahead of Pyongyang's satellite launch" (not "deployed the Iskander before Russia's
        test of it", nor "sent Tomahawks to Kyiv for strikes deep inside Russia": Kyiv owns
        no strike)."""
        before = ctx.trigger_spans[:bisect_left(ctx.trigger_spans, (start,))]
        earlier = next((e for s, e in reversed(before) if s >= ctx.sent_starts[sentence]
                        and s in ctx.weapon_trigger_starts), None)
        if earlier is None:
            return systems

        def other_state_between(m: Mention) -> bool:
            maker = m.info.get("country")
            owner = range(max(m.end, start - OWNER_WORDS), start)  # "North Korea's"
            states = {a.state for i in owner if (a := ctx.actor_at.get(i)) is not None}
            return maker is not None and bool(states - {maker, None})
        return [m for m in systems if not (earlier <= m.start and m.end <= start
                                           and other_state_between(m))]

    def _name_inferred_treaty(self, doc: Doc, treaty: str) -> None:
        """Give the entity table the name of a treaty an event infers that the text never
        names ("the deal" in a text that names none), so that its record can say which."""
        table = doc._.treatyx_entity_info
        if table is None:
            table = doc._.treatyx_entity_info = {}
        if f"treaty:{treaty}" not in table and treaty in self.treaty_names:
            table[f"treaty:{treaty}"] = {"name": self.treaty_names[treaty]}

    def _known_parties(self, treaty: str) -> list[dict]:
        """Who signed ``treaty`` (rules/treaties.yml: ``signed_by``, else ``parties``), as
        agents of the signing a text tells by naming it with its year ("the 2015 nuclear
        deal": the date-named rules take only a date of its signing)."""
        return [{"id": party, "name": self.actor_names.get(party, party), "role": "agent"}
                for party in self.signing_parties.get(treaty, ())]

    def _event(self, ctx: DocContext, start: int, end: int,
               trigger: Trigger, anaphor: bool = False) -> EventMention | None:
        """The event a trigger tells here, or None; an ``anaphor`` ("did so") tells again the
        event of ``trigger``, whose requirements were met where that event was told."""
        if requirements.counts_weapons(ctx, end, trigger):
            return None  # "fired a barrage of missiles": the firing is the event
        if trigger.tense == "present" and start > 0 and (
                (ctx.doc[start - 1].like_num and start - 1 not in ctx.date_tokens
                 and start - 1 not in ctx.treaty_tokens)
                or (end - start == 1 and (ctx.lower[start - 1] == ctx.hashes.the
                                          or ctx.lower[start - 1] in ctx.hashes.possessives))):
            if (trigger.type, ctx.doc[start:end].text.lower()) not in self.plural_nouns:
                return None  # "9,000 pounds of sarin", "broke the seals": a verb's -s form
                # after a count or a determiner (not after a name's number: "Resolution
                # 1718 imposes")
            trigger = replace(trigger, tense="noun")  # "two test launches of the Sarmat"
        sentence = ctx.sentence_index(start)
        sent_start = ctx.sent_starts[sentence]
        systems = ctx.systems_in.get(sentence, [])
        if not trigger.about_weapons:
            # "Moscow extended New START, and China tested a DF-26": a system belongs to the
            # nearest trigger unless the event is about weapons; a claim about a weapons act
            # told after it has that act's weapons too ("denied that it transferred Scud
            # missiles"), up to the end of its clause ("denied the claim, and China tested")
            claim_end = ctx.clause_end(end, ctx.sent_ends[sentence], ctx.hashes.claim_breaks) \
                if trigger.type in self.act_claims else start
            systems = [m for m in systems
                       if (near := requirements.nearest_trigger(ctx, m)) == start
                       or (near is not None and start < near < claim_end
                           and near in ctx.weapon_trigger_starts)]
        else:
            # "Pakistan test-fires Fatah-I rocket, days after Abdali launch": a system right
            # before another weapon event's noun names that event's weapon
            weapon_starts = ctx.weapon_trigger_starts
            own = [m for m in systems if m.end == start]
            # and only; an aircraft right before it carries the weapon named after it ("Tu-95
            # bombers fired Kh-101 missiles"), which _without_carriers then keeps alone
            systems = own if any(m.id not in self.aircraft for m in own) else own + [
                m for m in systems if m.end not in weapon_starts]
        if arguments.reduced_relative(ctx, start, trigger):
            # "The Arrow 3 intercepted a missile launched from Yemen": a system named before
            # the verb whose object the participle qualifies is that verb's
            before = bisect_left(ctx.trigger_spans, (start,)) - 1  # spans are in text order
            if before >= 0 and ctx.trigger_spans[before][0] >= sent_start:
                systems = [m for m in systems if m.start > ctx.trigger_spans[before][0]]
        # "It will be stationed on Ishigaki": the system the sentence before names is the
        # weapon of a trigger whose sentence names none, and "it" is no state in any case
        pronoun_weapon = requirements.weapon_told_before(ctx, start) \
            if trigger.about_weapons else []
        told_before = [] if systems else pronoun_weapon
        has_treaty, treaty = requirements.treaty_for(
            ctx, start, ratifying=trigger.type in self.ratified_events)
        if treaty in self.resolutions and trigger.type not in self.resolution_events:
            # "fired a missile in breach of Resolution 1874": the resolution is the breach's,
            # and the Council's adopting it is its sanctions, no signing
            has_treaty, treaty = False, None
        if trigger.about_weapons and not ctx.treaties_in.get(sentence) \
                and treaty not in {m.id for m in ctx.treaties}:
            treaty = None  # "The missile firing came after North Korea unveiled an
            # agreement": a deal the text never names is no weapon event's
        named = None
        if trigger.rule in self.date_named_rules:
            # "a successor to the 1991 START": the date names the treaty it stands in; "a 2010
            # accord" names none, but "New START, a 2010 arms treaty" the one before it
            named = next((m for m in ctx.treaties if m.start <= start < m.end or m.start == end
                          or (m.end == start - 1 and after_treaty_name(ctx, start))),
                         None)  # (the last: "the INF Treaty of 1987")
            treaty = named.id if named is not None else (
                None if _indefinite_unapposed(ctx, start) else treaty)
        # Short of what it requires, "The Kremlin denied the charge." may take its context
        # from the sentence before (lexicon context-before-events), and "the test took place
        # on ..." may only retell the test told just before.
        retelling = not anaphor and not all(
            requirements.satisfies(ctx, need, start, end, has_treaty, systems)
            or (told_before and need in WEAPON_NEEDS)
            or (need == requirements.ARMS_CONTEXT and trigger.type in self.near_context_events
                and requirements.arms_context_near(ctx, start))
            for need in trigger.requires) and not (
            trigger.type in self.context_before
            and requirements.previous_sentence_satisfies(
                ctx, trigger.requires, start, trigger.type in self.context_after))
        if retelling and not requirements.refers_back(ctx, start, trigger):
            return None
        systems = systems or told_before
        if trigger.about_weapons and (
                close := arguments.opening_phrase_end(ctx, start)) is not None:
            # "During the attack, a US F-15 jet shot down a drone": the weapons of the clause
            # after the scene-setting phrase are that clause's events'
            systems = [m for m in systems if m.start < close]
        if trigger.about_weapons:
            systems = self._before_next_weapon_event(ctx, end, sentence, systems)
            if trigger.type not in self.foreign_weapon_events:
                systems = self._not_earlier_weapon_events(ctx, start, sentence, systems)
        if trigger.type in self.interceptor_test_events and sentence in ctx.defending_sentences \
                and not ctx.hashes.test_words.isdisjoint(ctx.lower[start:end]):
            # "an Arrow 3 destroyed a target missile during a flight test": an interception
            # trial tests the interceptor, not its target (a missile "launched from Yemen" and
            # shot down is no trial)
            systems = self.interceptors(ctx.systems_in.get(sentence, [])) or systems
        if arguments.is_participle_trigger(ctx, start, end, trigger) \
                and requirements.is_attributive(ctx, start, end):
            return None  # "1,550 deployed warheads", "the disputed missile": an adjective
        nominal = arguments.is_nominal(ctx, start, trigger)
        if requirements.modifies_weapon(ctx, start, end, trigger, nominal):
            return None  # "contemporary strike systems", "its striking Iskander missiles"
        # (a phrase's predicate may follow it as a noun's does: "the inspectors were expelled")
        event_status = self.fixed_status.get(trigger.rule) or (
            "negated" if start in ctx.refused else status(
                ctx, start, trigger.type, end if nominal or trigger.tense == "phrase" else None,
                base_verb=trigger.tense == "base"))
        if event_status == "negated" and trigger.type in self.unsaid_when_negated:
            return None  # "will not threaten to use its nuclear arsenal": no warning
        if event_status == "generic":
            return None  # "the treaty bans testing", "capable of striking": no event
        if event_status == "negated" and nominal and (
                negation_misses_noun(ctx, start, end) or self._negates_other_verb(ctx, start)):
            event_status = "asserted"  # "has still not reacted to the drone attack"
        reporting = arguments.reporting_before(ctx, start)
        said = reporting  # what is announced, as object or in what is said
        object_said = reporting is not None and arguments.takes_as_object(
            ctx, reporting, start, trigger)
        if object_said:
            reporting = None  # "The Kremlin announced the suspension": it suspends
        clause_start = max(reporting[1] if reporting else sent_start,
                           ctx.clause_start(start, sent_start))
        if not trigger.has_actors and trigger.rule not in self.date_named_rules \
                and ctx.last_trigger_before(
                    start, max(clause_start, start - TREATY_SUBJECT_WORDS)) is not None:
            return None  # "The talks on the INF Treaty formally ended": the talks ended
        if trigger.type in self.attack_effect_events \
                and not ctx.hashes.attack_nouns.isdisjoint(ctx.lower[clause_start:start]):
            return None  # "the strike destroyed several launchers": what the strike did
        # the verb of saying before the trigger, else one after its clause ("..., Japan said")
        trailing = None if reporting else arguments.trailing_saying(ctx, start)
        saying = reporting or (trailing[1:] if trailing else None)
        source = arguments.reporter(ctx, reporting[0], sent_start) if reporting else \
            arguments.trailing_speaker(ctx, start, trailing)
        if source is None and reporting is not None \
                and (later := arguments.trailing_saying(ctx, start)) is not None:
            # '"We keep hearing claims ..., but they are groundless," Peskov said': a word
            # of saying with nobody before it leaves the speaker to the verb of saying
            # after the clause
            source = arguments.trailing_speaker(ctx, start, later)
        if source is None:  # "..., she said": the person named last before
            source = arguments.pronoun_speaker(ctx, saying)
        if source is None and saying is None:
            source = arguments.continued_quotation_speaker(ctx, start) \
                or arguments.speaker_of_quotation_closed_later(ctx, start)
        supplier = arguments.supplier(ctx, end, trigger)
        if trigger.supplier_after and supplier is None and not trigger.buyer_deploys:
            return None  # "India will buy missile technology": a purchase from nobody named
        actors = self._actors(ctx, start, end, trigger, clause_start, source, systems, supplier,
                              weapon_told=bool(pronoun_weapon))
        if named is not None:
            # "the 1987 treaty between Moscow and Washington": the sides that concluded it;
            # none told, those rules/treaties.yml lists as its signers
            actors = [ref for side in arguments.treaty_sides(ctx, start, named.end, named)
                      for ref in arguments.actor_refs(side, "agent", self.actor_names)] \
                or self._known_parties(named.id)
        elif trigger.rule in self.date_named_rules \
                and (noun := treaty_noun_at(ctx, end, instruments=False,
                                            over_triggers=True)) is not None:
            # "its 2008 agreement with the US": the sides an agreement the text does not
            # name is told with
            actors = [ref for side in arguments.treaty_sides(ctx, start, noun + 1)
                      for ref in arguments.actor_refs(side, "agent", self.actor_names)] \
                or actors
        if (event_status == "negated" or trigger.rule in self.fixed_status) \
                and trigger.negated_type and _plainly_negated(ctx, start, clause_start):
            # "Tehran said the launch was not in violation of the resolution": a denial by
            # whoever says so (its agents; with none, whoever was said not to violate); also
            # for an entry whose status is fixed ("said the missiles do not pose a threat")
            trigger = replace(trigger, type=trigger.negated_type)
            event_status = "asserted"
            actors = [a for a in actors if a["role"] == "agent"] or [
                {**a, "role": "agent"} for a in actors]
        if self._guessed_for_others(ctx, treaty, trigger, sentence, actors):
            treaty = None  # "Moscow and Minsk signed a trade agreement": not New START
        bare = not actors and treaty is None and not systems and not trigger.about_weapons \
            and trigger.rule not in self.date_named_rules
        if bare and not (trigger.tense == "noun" and requirements.is_definite(ctx, start, trigger)):
            # "is to be discussed by both delegations": nothing to record (a definite noun
            # goes on: "The talks will take place later this week" dates the talks told before)
            return None
        if not any(a["role"] == "agent" for a in actors) \
                and arguments.counted_subject(ctx, start, clause_start):
            return None  # "121 states have now joined the Convention": a tally
        if trigger.rule in self.own_claims and reporting is not None and source is not None \
                and not any(i in ctx.actor_at for i in range(reporting[1], start)):
            # "a reactor that Tehran says serves peaceful ends only": with no actor in
            # what is said, the claim is the speaker's
            actors = arguments.actor_refs(source, "agent", self.actor_names) + [
                a for a in actors if a["role"] == "target"]
        if trigger.rule in self.own_claims and (
                (reporting is not None and source is None) or (
                    source is not None and source.state not in {
                        a["id"] for a in actors if a["role"] == "agent"})):
            # "the watchdog said Iran had complied with the deal", "the inspectors said the
            # plant was peaceful": no denial; the speaker of the saying before must be the agent
            return None
        if trigger.rule in self.own_claims and reporting is not None and source is not None \
                and any(ctx.actor_at[i].state not in (source.state, None)
                        for i in range(_said_from(ctx, reporting[1], start), start)
                        if i in ctx.actor_at):
            # "the minister said Iran must convince the world its programme is peaceful": what
            # another state's programme is, told by a speaker of a state of their own
            return None
        if trigger.rule in self.other_claims:
            # "Tbilisi claims that Russia used Iskander missiles": a claim about another
            # party, named after the verb; "Pyongyang claimed it had tested ..." is none
            claimed = arguments.actor_after(
                ctx, end, min(end + CLAIMED_WORDS, ctx.sentence_bounds(start)[1]))
            claimer = {a["id"] for a in actors if a["role"] == "agent"}
            accused = [] if claimed is None else arguments.actor_refs(
                claimed, "target", self.actor_names)
            if not accused or claimer & {a["id"] for a in accused} \
                    or nominal:  # "a claim backed by French officials": the noun
                return None
            if not any(a["role"] == "target" for a in actors):
                actors = dedupe([*actors, *accused])
        if event_status == "negated" and trigger.type in self.refuser_events:
            actors = self._with_refuser(ctx, start, clause_start, trigger.type, actors)
        actors = self._through_organs(actors, trigger.type)
        if self._one_sided(ctx, trigger, actors, event_status):
            return None
        if trigger.rule in self.body_agent_rules and not any(
                a["role"] == "agent" and a["id"] in self.inspecting_bodies for a in actors):
            return None  # "Kerry signed documents confirming that ...": no inspection of his
        if trigger.type == "combat_use" and _only_persons_attacked(ctx, actors) \
                and not requirements.satisfies(ctx, "weapon", start, end, has_treaty, systems):
            return None  # "the minister launched an attack on the opposition leader": words
        if trigger.type in self.outward_events:
            actors = _without_own_targets(actors, self.actor_countries)
        if trigger.type in self.inter_state_events:
            partner = arguments.pronoun_partnered(ctx, start, clause_start)
            if partner is not None:  # "Rutte says he and the Japanese minister held talks"
                actors = dedupe([*actors,
                                 *arguments.actor_refs(partner, "agent", self.actor_names)])
            parties = _they_before(ctx, start)
            if parties and len(_sides((a["id"] for a in actors if a["role"] == "agent"),
                                      self.actor_countries)) < 2:
                # "Xi received Putin in Beijing, where they agreed to open talks": "they" are
                # all the sides named before it
                actors = dedupe([ref for m in parties
                                 for ref in arguments.actor_refs(m, "agent", self.actor_names)])
            actors = _two_sides(actors, self.actor_countries)
            if actors is None:
                return None  # "Netanyahu held a meeting with Defence Minister Israel Katz"
        # "stays in force until 5 February 2026": an expiry ends on the date right after it
        own = date_at(ctx, end) if trigger.type in self.until_dated_events else None
        date, date_weak = (own, False) if own is not None else date_for(
            ctx, start, reporting, signing=trigger.type == "signing",
            speech=trigger.type in self.speech_events)
        if trigger.rule in self.date_named_rules:
            date, date_weak = date_at(ctx, start), False  # the trigger is its date
            if not self._signed_on(treaty, date):
                if named is not None or not all(
                        requirements.satisfies(ctx, need, start, end, False, systems)
                        for need in trigger.requires):
                    return None  # "the 2018 New START deal": no day of its signing
                if any(i in ctx.signing_trigger_starts
                       for i in range(max(clause_start, start - SIGNED_OBJECT_WORDS), start)):
                    return None  # "signed a 2015 deal with ...": that signing's date
                # "a 2007 agreement on the reactor": an agreement not named, unless a listed
                # treaty of that year and of the sentence's states has its subject there ("the
                # US-Russian 2000 agreement on disposing of plutonium") or, in a text that
                # names no treaty, the sentence's states are its parties ("a 1994 pact between
                # Pyongyang and Washington")
                treaty = None
                if date:
                    years = {str(date.get("value"))[:4]}
                    treaty = ctx.described_treaty(sentence, years, by_topic=True) \
                        or ctx.described_treaty(sentence, years)
        told_past = trigger.tense == "past" or _after_a_past_verb(ctx, start, trigger) \
            or _past_phrase(ctx, start, trigger)
        if date is not None and event_status == "asserted" and told_past:
            date = not_yet_to_come(ctx, date)  # "fired ... on November 21" is no day to come
        elif event_status == "asserted" and not date_weak \
                and trigger.rule not in self.fixed_status \
                and (to_come(ctx, date) or week_to_come(ctx, date)
                     or (date or {}).get("value") == "FUTURE_REF") \
                and trigger.type not in self.scheduled_events \
                and not _other_trigger_before(ctx, end, date):
            # "agreed to hold talks on Saturday", told on a Wednesday, "will embark on a
            # dialogue in the near future" (not "the embargo expires on October 18": the day
            # is the expiry's)
            event_status = "planned"
        if event_status == "planned" and date is not None and not date_weak \
                and date["start"] > ctx.doc[start].idx and (
                    trigger.tense != "past"
                    or ctx.lower[start - 1] in ctx.hashes.passive_auxiliaries):
            # "to be test-launched on Thursday" (not "on Tuesday backed plans to build", nor
            # "sent the treaty to the Senate on Tuesday": the sending is done)
            date = weekday_to_come(ctx, date)
        if event_status == "planned" and (date is None or date_weak) \
                and (later := later_by_duration(ctx, start)) is not None:
            date, date_weak = later, False  # "will hold talks in six months"
        earlier = _told_as_earlier(ctx, start, trigger)
        if date is not None and earlier \
                and not requirements.right_after(ctx, end, date["start"]) \
                and not _predicate_dates(ctx, end, date["start"]):
            # "discussed the recent missile tests this week": that week is the talk's; "the
            # latest launch in early March" and "the previous test of a missile
            # happened in August" keep their own dates
            date, date_weak = None, False
        if date is not None and nominal \
                and (years := anniversary_years(ctx, start, self.ordinals)) is not None:
            date, date_weak = years_earlier(date, years), False  # "the first anniversary of"
        # "Moscow denies ...", "the Kremlin warned ...", "Washington said Moscow had violated
        # ...": something said is the news of the day it was reported, unless dated
        relative = relative_offset(ctx, start)
        anchor = None
        if relative is not None and date is not None and dates_other_clause(ctx, relative, date):
            # "The carrier docked on Friday, two days after Iran launched": the
            # date is the other clause's, which the phrase counts from
            date, date_weak, anchor = None, False, date
            # dated here, before merging, so that "Wednesday's report came a day after the
            # launch" keeps the launch apart from other days' launches (unless an event told
            # before the phrase, which may take another sentence's date, is what it counts from)
            if not any(sent_start <= at < relative.start for at in ctx.trigger_starts):
                date = shifted_date(ctx, relative, anchor)
        if trigger.about_weapons:
            # "The launch of the Nasr came five days after a test of the Babur": the
            # weapons on either side of the phrase are those of either event
            own = _this_side_of_relative_phrase(ctx, start, relative, systems)
            if len(own) < len(systems) and trigger.type in self.owner_events \
                    and not any(a["role"] == "agent" for a in actors) \
                    and (owner := arguments.system_owner(ctx, own, trigger.type)) is not None:
                # "Monday's test of the Agni missile came a week after Pakistan tested
                # a Ghauri": the owner of this side's weapons, not of both sides'
                actors = [*arguments.actor_refs(owner, "agent", self.actor_names), *actors]
            systems = own
        said_now = trigger.type in self.speech_events and (
            saying is not None or trigger.tense == "present" or (
                trigger.tense == "past" and not requirements.after_perfect(ctx, start))
            or (trigger.tense == "base" and _right_after_we(ctx, start)))
        in_lead = ctx.among_first(sentence, LEAD_SENTENCES)
        return EventMention(
            span=Span(ctx.doc, start, end, label=trigger.type), trigger=trigger,
            sentence=sentence, status=event_status, actors=dedupe(actors), treaty=treaty,
            systems=list(dict.fromkeys(
                m.id for m in systems
                if not (trigger.type in self.missile_only_events and m.id in self.aircraft))),
            date=date,
            source={"id": source.id, "name": source.name} if source else None,
            date_weak=date_weak, definite=requirements.is_definite(ctx, start, trigger),
            unnamed_by_date=trigger.rule in self.date_named_rules and treaty is None,
            retelling=retelling, headline=ctx.in_headline(start), said_now=said_now,
            lead_perfect=in_lead and _told_in_perfect(ctx, start, end, clause_start, trigger),
            lead_past=in_lead and _finite_past(ctx, start, end, trigger) and not earlier,
            lead_announced=in_lead and said is not None
            and ctx.hashes.past_perfect_auxiliaries.isdisjoint(ctx.lower[said[1]:start]),
            lead_object=in_lead and object_said,
            lead_ongoing=in_lead and said is not None and ctx.lower[start - 1] in PRESENT_BE
            and (trigger.tense == "gerund"  # "says it is sanctioning": a phrase in -ing too
                 or (trigger.tense == "phrase" and ctx.doc[end - 1].lower_.endswith("ing"))),
            relative=relative if date is None else None, relative_anchor=anchor,
            another=not ctx.hashes.other_event_cues.isdisjoint(
                ctx.lower[sent_start:ctx.sent_ends[sentence]]),
            earlier=earlier,
            counted=_ordinal_of_a_series(ctx, start, trigger),
            later_step=_later_step(ctx, start),
        )

    def _with_refuser(self, ctx: DocContext, start: int, clause_start: int, event_type: str,
                      actors: list[dict]) -> list[dict]:
        """"North Korea expelled IAEA inspectors": who refused, barred or expelled acts (the
        subject of the negating cue that holds only this type), the inspectors are its
        target."""
        cues = [s for s, e, cue in ctx.cues_in.get(ctx.sentence_index(start), ())
                if clause_start <= s and e <= start and cue.status == "negated"
                and event_type in cue.types]
        refuser = arguments.verb_subject(ctx, cues[-1], clause_start) if cues else None
        if refuser is None or refuser.id in {a["id"] for a in actors}:
            return actors
        return [*arguments.actor_refs(refuser, "agent", self.actor_names),
                *({**a, "role": "target"} for a in actors)]

    def _actors(self, ctx: DocContext, start: int, end: int, trigger: Trigger,
                clause_start: int, source: Mention | None, systems: list[Mention],
                supplier: Mention | None, weapon_told: bool = False) -> list[dict]:
        """The event's actors with their roles (agent, target): from the parse where a trained
        pipeline gave one and it names them, else from word positions; a ``supplier`` (of a
        trigger with ``supplier_after``) acts, and whoever buys from it is the target; with
        ``weapon_told`` the pronoun that opens the sentence is a weapon, no state."""
        names = self.actor_names
        if not trigger.has_actors:
            return []
        # the speaker of an allegation, denial or warning is its agent when no other is named
        speaker_acts = source is not None and trigger.type in self.speaker_acts and (
            trigger.subject_is_target  # ('"they are groundless," Peskov said': he denies)
            or not arguments.third_person_quoted(ctx, start, clause_start))
        if arguments.disregarded(ctx, start, trigger) or (
                trigger.type in self.speech_events
                and arguments.holds_agent_preposition(ctx, start, end, trigger)):
            # "North Korea ignored repeated warnings": not its warnings; only the noun's own
            # preposition names whose ("despite objections from Israel"), as it does for a
            # noun that holds it ("drew criticism from observers": no one named)
            own = arguments.noun_owner_after(ctx, start, end, trigger)
            return [] if own is None else [
                ref for actor in arguments.coordinated(ctx, own)
                for ref in arguments.actor_refs(actor, "agent", names)]
        parsed = syntax_actors(ctx, start, end, trigger)
        # "radars followed the missile after it blasted off": "it" is the missile, no agent
        weapon_pronoun = arguments.it_stands_for_a_weapon(ctx, start)
        if parsed.agents:
            # the words' reading holds on the parse too ("the Vienna talks": a place)
            kept = [] if weapon_pronoun else [
                m for m in parsed.agents if not arguments.venue_before(ctx, m, start, trigger)]
            if len(kept) < len(parsed.agents):
                parsed = replace(parsed, agents=kept)
        owner = None  # the state whose systems name the agent, when nothing else does
        reduced = arguments.reduced_relative(ctx, start, trigger)
        nominal = arguments.is_nominal(ctx, start, trigger)
        if parsed.sure and parsed.agents:
            # the parse may miss a list the words make ("US, Iran to resume talks"), or the
            # group a state's possessive opens ("by Yemen's Houthi rebels")
            joined = {(m.start, m.id): m for agent in parsed.agents
                      for m in [*arguments.coordinated(ctx, agent),
                                *filter(None, [arguments.possessed_actor(ctx, agent)])]}
            agents = arguments.with_hyphen_partners(ctx, list(joined.values()))
        else:
            # ... and outranks "it": in "..., Kirby said, as it is a clear breach of UN
            # sanctions" Kirby accuses; in "it tried to intercept the rocket launched from
            # Gaza" (a reduced relative) "it" did not fire
            counted = arguments.counted_states(ctx, start, clause_start, trigger)
            agent = None if counted or weapon_pronoun else self._not_the_opposed(
                ctx, start, trigger, arguments.agent(ctx, start, end, trigger, clause_start),
                clause_start) or (
                arguments.weapon_adjective(ctx, start, clause_start)
                if trigger.type in self.weapon_adjective_events else None) or (
                arguments.object_weapon_owner(ctx, end)
                if trigger.type in self.object_owner_events else None) or (
                None if speaker_acts or reduced or weapon_told  # "They were tested": weapons
                else self._not_the_opposed(ctx, start, trigger, self._not_opposed_after(
                    ctx, start, trigger, arguments.anaphoric_agent(
                        ctx, start, clause_start, arguments.patient_subject(ctx, start, trigger),
                        nominal)), clause_start))
            if agent is None and trigger.type in self.owner_events and not any(
                    _placed(m) for m in parsed.agents or ()):
                # ('"We fired the Shaheen," a general said': on the parse, "we" is the
                # general, whose state the text does not say; the weapon's owner fired it)
                agent = owner = arguments.system_owner(ctx, systems, trigger.type)
                if agent is not None:
                    parsed = replace(parsed, agents=None)
            agents = counted or (arguments.coordinated(ctx, agent) if agent is not None
                                 else parsed.agents or self._members(ctx, start, clause_start))
            if not agents and source is not None \
                    and arguments.first_person_subject(ctx, start, clause_start, nominal):
                agents = [source]  # '"We conducted a nuclear test," the ministry said'
        if nominal:
            shared = arguments.coordinated_noun(ctx, start)
            if not agents and shared is not None:
                # "the country's fifth nuclear test and latest satellite launch"
                agents = ctx.noun_agents.get(shared, [])
            ctx.noun_agents[start] = agents
            if not agents and trigger.type in self.series_events:
                # "fired a missile on Monday, which followed one on May 2 and a nuclear
                # test on June 8": the test told before it in its sentence names who
                agents = _series_agents(ctx, start, self.series_events)
            if not agents and requirements.counted_in_series(ctx, start) \
                    and _dated_in_phrase(ctx, start, end):
                # "Russia flew a new ICBM on Wednesday. Its first test, in 2009, went wrong":
                # one of the series of the last such event told, by its agents (with no
                # date of its own, "This is the third test this month" retells that event)
                agents = _earlier_agents(ctx, start, trigger.type)
        if not agents and nominal and trigger.type in self.scene_events:
            # "On the final day of talks in Vienna, Iran, the E3 ... agreed on":
            # the subject the opening phrase sets the scene for takes part
            scene = arguments.subject_after_opening_phrase(ctx, start)
            agents = arguments.coordinated(ctx, scene) if scene is not None else []
        bodies = self.inspecting_bodies
        if trigger.type in self.body_events \
                and (inside := _body_inside(ctx, start, end, bodies)) is not None:
            agents = [inside]  # "will restart the cascades under IAEA supervision"
        if not agents and trigger.type in self.body_events:
            # "an IAEA inspection", "Inspectors from the OPCW"; "The OPCW said ... The team
            # of inspectors visited the depot"
            # (one the trigger's own words name has taken its place above)
            body = arguments.noun_owner_after(ctx, start, end, trigger) \
                or _inspecting_body(ctx, start, bodies)
            agents = [body] if body is not None else []
        if not agents and trigger.type in self.sole_state_events \
                and ctx.sole_state is not None and arguments.passive_verb(ctx, start, trigger):
            # "Two interceptors were installed in their silos on Thursday" in a story whose
            # every actor is American (a passive verb: "let them deploy" names who deploys)
            agents = [ctx.sole_state]
        if agents and not nominal:
            # "Tokyo condemned the launch, as did Seoul": the states after "as did" act too
            known = {a.id for a in agents}
            agents = [*agents, *(m for m in arguments.also_doers(ctx, end) if m.id not in known)]
        if agents:
            ctx.event_agents.append((start, trigger.type, agents))
        particle_target = None
        if trigger.particle:  # "Trump pulled the United States out of": the US withdraws
            at = requirements.particle_at(ctx, end, trigger.particle, needs=trigger.requires)
            inside = arguments.actor_inside(ctx, end, at or end)
            if inside is not None and at is not None and self._target_particle(ctx, at):
                # "with critics declaring the US action illegal": the US is what is called
                # so, never who calls it, whatever the clause's subject
                agents = [a for a in agents if a.id != inside.id]
                particle_target = inside
            elif inside is not None:
                agents = [inside, *(a for a in agents if a.id != inside.id)]
        if supplier is not None and not trigger.subject_is_target:
            # "China's purchase of Su-35 jets from Russia": Russia supplies, China receives
            # (the receiver of a verb whose subject is its target stays so, below)
            target = next((a for a in agents if a.id != supplier.id), None)
            agents = arguments.coordinated(ctx, supplier)
        else:
            target = particle_target or arguments.target(ctx, start, end, trigger,
                                                         exclude={a.id for a in agents})
        if target is not None:
            targets = arguments.coordinated(ctx, target)
        elif nominal or trigger.object_words or reduced:
            # a noun's target comes only through its preposition, and so does that of a verb
            # whose object word names what the event is ("US sanctions on the regime"); a
            # reduced relative's object is the noun it qualifies ("the base hit by the British
            # missiles was used to train rebels": no target of the parse)
            targets = []
        else:
            # the parse's object, but not a place or a treaty's party ("adopted the treaty at
            # the UN", "ratified the U.S.-Russia treaty"), as by word positions, nor one of
            # the agents' side ("Russia may deploy missiles: Medvedev", a headline's speaker)
            sides = _sides((a.id for a in agents), self.actor_countries)
            targets = [t for t in parsed.targets or []
                       if arguments.may_be_target(ctx, t, end, trigger)
                       and sides.isdisjoint(_sides((t.id,), self.actor_countries))]
        if trigger.type in self.defending_events and agents and owner is None:
            # (not for the owner of the interceptors: an Iron Dome battery's is Israel's)
            agents = self._defender(ctx, start, agents)
        if targets:
            ctx.event_targets.append((start, trigger.type, targets))
        if nominal and trigger.type in self.purpose_events:
            # "The envoy flew to Oman for talks with Iranian officials": the host is a side
            host = arguments.visited_state(ctx, start, clause_start)
            if host is not None and host.id not in {a.id for a in [*agents, *targets]}:
                targets = [*targets, host]
        actors: list[dict] = []
        condemners = _series_agents(ctx, start, self.condemning_events, states_only=False) \
            if trigger.subject_is_target else []
        if condemners:
            # "Japan condemned the launch, carried out in violation of UN resolutions": the
            # condemnation calls the act a violation; whoever condemns alleges it
            for accuser in condemners:
                actors.extend(arguments.actor_refs(accuser, "agent", names))
            for accused in agents:
                actors.extend(arguments.actor_refs(accused, "target", names))
        elif trigger.subject_is_target and (
                trigger.tense != "noun" or requirements.is_attribute(ctx, start)
                or (agents and all(a.start >= end or _possessor_of(ctx, a, start)
                                   for a in agents))):
            # "Moscow violated the treaty", said Washington: the subject is the accused, as
            # it is of "... are a flagrant violation of the resolutions", and so is whoever
            # a noun names after it ("the violation of its obligations by Libya") or owns it
            # ("Russia's violation")
            makers = {m.info.get("country") for m in systems}
            for accused in agents:
                # "Russia's forces will receive the Avangard": a state that receives weapons
                # it makes itself deploys them
                own = trigger.type in self.weapon_adjective_events and makers == {accused.state}
                actors.extend(arguments.actor_refs(accused, "agent" if own else "target", names))
            if trigger.type in self.weapon_adjective_events:
                # "Germany will host US missiles": whose weapons are deployed there
                _, sent_end = ctx.sentence_bounds(start)
                owner = supplier or arguments.weapon_adjective(
                    ctx, ctx.clause_end(end, sent_end), end)
                if owner is not None:  # ("took delivery of the batteries from Russia")
                    actors[:0] = arguments.actor_refs(owner, "agent", names)
            if speaker_acts:  # the accusers: "Britain and EU partners said"
                actors[:0] = [ref for accuser in arguments.coordinated(ctx, source)
                              for ref in arguments.actor_refs(accuser, "agent", names)]
        else:
            for actor in agents:
                actors.extend(arguments.actor_refs(actor, "agent", names))
            agent_ids = {a.id for a in agents}
            for actor in targets:
                if actor.id not in agent_ids:  # "talks with Washington and Seoul"
                    actors.extend(arguments.actor_refs(actor, "target", names))
            states = [a for a in agents if a.info.get("type") == "state"]
            if states and trigger.type not in self.speech_events:
                # what a state says of another's acts does not make it what the text is
                # about: "The launch was denounced by Japan ... It had tested"
                ctx.agent_states.append((ctx.sentence_index(start), states[0]))
        if speaker_acts and not any(a["role"] == "agent" for a in actors):
            # "Moscow's breaches of the treaty", Washington said: the speaker accuses
            for speaker in arguments.coordinated(ctx, source):
                actors.extend(arguments.actor_refs(speaker, "agent", names))
        elif source is not None and arguments.is_joint(ctx, start, clause_start):
            actors.extend(arguments.speaker_state(source, actors, self.state_names))
        return actors

    def _system_named_later(self, ctx: DocContext, event: EventMention) -> list[str]:
        """"Russia fired an experimental missile at Ukraine. ... Putin said the new missile,
        called Oreshnik, ...": a weapon event that names no system takes the one a later
        sentence names right after "the missile" (lexicon system-anaphors); the news event
        also the one the next sentence opens by naming (lexicon naming-openers), and the first
        of its agent's own systems named with "the" ("how far the Hyunmoo-2 missile
        flew")."""
        last = min(event.sentence + LATER_SYSTEM_SENTENCES, len(ctx.sent_starts) - 1)
        agents = actor_ids(event, "agent")
        # the news event: told in the title or lead, of the article's year ("its last ICBM
        # test in November 2017" is another)
        year = (ctx.document_date or "")[:4]
        news = ctx.among_first(event.sentence, LEAD_SENTENCES) and (
            event.date is None or str(event.date.get("value", "")).startswith(year))
        if news and agents and (
                opening := ctx.system_opening(ctx.next_sentence(event.sentence))) is not None \
                and opening.id not in self.aircraft:
            # "Pakistan test fired a new cruise missile. The locally developed Ra'ad missile
            # ...", "... Dubbed 'Aegis Ashore,' the site": the next sentence opens by naming it
            return [opening.id]
        for sentence in range(event.sentence + 1, last + 1):
            for system in ctx.weapon_systems_in.get(sentence, ()):
                # (a weapon told later, not the aircraft that carries it)
                before = ctx.doc[max(ctx.sent_starts[sentence],
                                     system.start - ANAPHOR_WINDOW):system.start]
                if contains_phrase([token.lower_ for token in before], self.system_anaphors):
                    return [system.id]
                if news and system.start > 0 \
                        and ctx.lower[system.start - 1] == ctx.hashes.the \
                        and system.info.get("country") in agents \
                        and sentence not in ctx.trigger_sentences and sum(
                            other.info.get("country") in agents
                            for other in ctx.systems_in[sentence]) == 1:
                    # "Park did not say how far the Hyunmoo-2 missile flew": the news event
                    # of the title or lead takes the first of its agent's own systems named
                    # after it, as a known one, alone in a sentence that tells no event
                    # (not "In 2012 it tested the Agni-V", "the Agni-V and the Agni-IV")
                    return [system.id]
        return []

    def _per_date(self, ctx: DocContext, event: EventMention) -> list[EventMention]:
        """"tested nuclear devices in 2006 and 2009": an event of one-per-date-events dated by
        the first date of a list is one event per date of the list."""
        if event.trigger.type not in self.one_per_date or event.status != "asserted" \
                or event.date is None or event.date.get("start") is None:
            return [event]
        first = next((i for i, d in enumerate(ctx.dates)
                      if d[2].start_char == event.date["start"]), None)
        if first is None or (ctx.dates[first][0] > 0 and ctx.lower[ctx.dates[first][0] - 1]
                             in ctx.hashes.date_range_openers):
            return [event]
        copies = [event]
        for before, date in itertools.pairwise(ctx.dates[first:]):
            between = range(before[1], date[0])
            if not between or date[3].get("type") != "DATE" or is_vague(date[3].get("value")) \
                    or not all(ctx.lower[i] in ctx.hashes.date_list_words for i in between) \
                    or not any(ctx.lower[i] in ctx.hashes.and_or
                               or ctx.lower[i] == ctx.hashes.comma for i in between):
                break
            # its own span, from the trigger to its date: a span's extension values are kept
            # per place in the text, so copies sharing one would share one record
            span = Span(ctx.doc, min(event.span.start, date[0]), max(event.span.end, date[1]),
                        label=event.span.label)
            copies.append(replace(event, span=span, date=date_at(ctx, date[0]), mentions=[]))
        if len(copies) > 1:
            for copy in copies:
                copy.one_of_dates = True
        return copies

    def interceptors(self, systems: list[Mention]) -> list[Mention]:
        """The systems of ``systems`` that intercept (lexicon interceptor-classes)."""
        return [m for m in systems if m.info.get("class") in self.interceptor_classes]

    def _last_before_first(self, ctx: DocContext, event: EventMention) -> list[EventMention]:
        """"its first launch since 2017": an event of one-per-date-events told as the
        first since a stated time tells the last one before it, at that time, by the same
        agents with the same weapons; that one happened, whatever the status of the first
        ("debated whether to carry out the first nuclear test since 1992")."""
        if event.trigger.type not in self.one_per_date \
                or not any(a["role"] == "agent" for a in event.actors):
            return []
        since = first_since_date(ctx, event.span.start)
        if since is None:
            return []
        # its own span, from "since" to the date: a span's extension values are kept per
        # place in the text
        span = Span(ctx.doc, since[0] - 1, since[1], label=event.span.label)
        # (a day or month with no year is one before the article's: "since January")
        return [replace(event, span=span, date=not_yet_to_come(ctx, date_at(ctx, since[0])),
                        mentions=[], status="asserted", earlier=True)]

    def _verb_anaphors(self, ctx: DocContext, found: list[EventMention]) -> list[EventMention]:
        """"Macron signed the instrument of ratification on March 2, while Scholz did so on
        March 4": a verb anaphor (lexicon verb-anaphors: "did so", "has done so") tells
        the event told last before it, in its sentence or the one before, again, with its
        own agent, date and status, and the treaty and systems of that event."""
        events = []
        for start, end, tenses in self.anaphor_table(ctx.doc):
            sentence = ctx.sentence_index(start)
            antecedent = next((e for e in reversed(found) if e.span.end <= start
                               and sentence - e.sentence <= 1), None)
            if antecedent is None:
                continue
            trigger = replace(antecedent.trigger, tense=tenses[0])
            event = self._event(ctx, start, end, trigger, anaphor=True)
            if event is None or not any(a["role"] == "agent" for a in event.actors):
                continue
            clause = ctx.doc[ctx.clause_start(start, ctx.sent_starts[sentence])].idx
            if event.date is not None and (event.date.get("start") or clause) < clause:
                event.date = None  # "... in 2000, but the US has not done so": not its date
            event.treaty = event.treaty or antecedent.treaty
            event.systems = event.systems or antecedent.systems
            events.append(event)
        return events

    def _not_the_opposed(self, ctx: DocContext, start: int, trigger: Trigger,
                         agent: Mention | None, clause_start: int) -> Mention | None:
        """``agent``, but never, for an opposing event (lexicon opposing-events), the agent of
        an event told in a clause of time that opens the sentence (lexicon
        time-clause-openers), named there, before the trigger's clause: "Two days after
        Pakistan fired a missile, the army chief called the launch a provocation" is not
        Pakistan's warning ("After firing two missiles, North Korea warned Japan" is North
        Korea's)."""
        if agent is None or trigger.type not in self.opposing_events \
                or agent.start >= clause_start:
            return agent
        first = ctx.sent_starts[ctx.sentence_index(start)]
        opener = next((i for i in range(first, min(agent.start, first + TIME_CLAUSE_OPENING))
                       if ctx.lower[i] in ctx.hashes.time_openers), None)
        if opener is None:
            return agent
        opposed = {m.state for at, _, agents in ctx.event_agents
                   if opener < at < start for m in agents}
        return None if agent.state in opposed else agent

    def _not_opposed_after(self, ctx: DocContext, start: int, trigger: Trigger,
                           agent: Mention | None) -> Mention | None:
        """``agent`` (whom "it" or "the country" stands for), but not, for an opposing
        event, the state its clause names after the trigger: "It expressed alarm at Iranian
        plans" is no alarm of Iran's, whatever state the text is about. A state after "of"
        may be the speaker's own ("a violation of Qatar's sovereignty")."""
        if agent is None or trigger.type not in self.opposing_events:
            return agent
        clause_end = ctx.clause_end(start + 1, ctx.sentence_bounds(start)[1])
        named = (*ctx.actors_in.get(ctx.sentence_index(start), ()),
                 *(ctx.adjective_at.get(i) for i in range(start + 1, clause_end)))
        opposed = any(m is not None and start < m.start < clause_end and m.state == agent.state
                      and ctx.lower[m.start - 1] != ctx.hashes.of for m in named)
        return None if opposed else agent

    def _parties(self, ctx: DocContext, treaty: str) -> list[dict]:
        """"The accord was concluded on October 4": the two parties of a bilateral treaty (its
        listed ``parties``) act together, when the text names both."""
        parties = self.two_parties.get(treaty, [])
        named = {m.state for m in ctx.actors}
        if not parties or not set(parties) <= named:
            return []
        return [{"id": state, "name": self.state_names.get(state, state), "role": "agent"}
                for state in parties]

    def _signed_that_day(self, event: EventMention) -> str | None:
        """"Washington and Moscow reached a deal to remove Syria's chemical arsenal" on
        September 14, 2013: an agreement the text leaves unnamed, concluded
        on the very day one listed treaty was signed, by agents that are all its listed
        parties (or of a treaty that lists none), is that treaty."""
        day = str((event.date or {}).get("value") or "")
        found = self.signed_that_day.get(day, []) if len(day) == DAY_VALUE else []
        if not any(a["role"] == "agent" and a["id"] in self.state_names for a in event.actors):
            return None
        fitting = [treaty for treaty in found if self._by_parties(treaty, event.actors)]
        return fitting[0] if len(fitting) == 1 else None

    def _resolution_that_day(self, ctx: DocContext, event: EventMention) -> str | None:
        """"The Council imposed new sanctions on Monday ... Resolution 2375 bans ...":
        sanctions the text dates to the very day a resolution it names was adopted are that
        resolution's."""
        day = str((event.date or {}).get("value") or "")
        named = {m.id for m in ctx.treaties if m.id in self.resolutions}
        return next((treaty for treaty in self.signed_that_day.get(day, [])
                     if treaty in named), None)

    def _members(self, ctx: DocContext, start: int, clause_start: int) -> list[Mention]:
        """The parties a word of party-nouns before the trigger stands for: "Diplomats from
        the remaining members of the accord met on Friday" (the listed parties of the treaty,
        less those that had withdrawn by the article's date)."""
        treaty = arguments.treaty_of_party_noun(ctx, start, clause_start)
        if treaty is None:
            return []
        now = ctx.document_date or "9999"
        gone = {state for state, day in self.withdrawn.get(treaty, ()) if day <= now}
        found = [ctx.state_mention(state)
                 for state in sorted(self.listed_parties.get(treaty, ())) if state not in gone]
        return [m for m in found if m is not None]

    def _guessed_for_others(self, ctx: DocContext, treaty: str | None, trigger: Trigger,
                            sentence: int, actors: list[dict]) -> bool:
        """Is ``treaty`` one the event's sentence does not name (found from "the deal"), for
        an act only parties do (lexicon party-only-events), by a state or an international
        body that is party to treaties of its own but none of its listed parties ("Iran and
        the IAEA strike deal" in a text that names the 2015 accord later: not that accord)?"""
        return treaty is not None and trigger.type in self.party_only \
            and not ctx.treaties_in.get(sentence) \
            and not self._by_parties(treaty, actors, bodies=True)

    def _by_parties(self, treaty: str, actors: list[dict], bodies: bool = False) -> bool:
        """Are the acting states of an event (and, with ``bodies``, its acting bodies that
        are parties of some listed treaty) all listed parties of ``treaty`` (or does the
        treaty list none)?"""
        parties = self.listed_parties.get(treaty)
        return not parties or all(
            a["id"] in parties for a in actors if a["role"] == "agent" and (
                a["id"] in self.state_names or (bodies and a["id"] in self.treaty_bodies)))

    def _target_particle(self, ctx: DocContext, at: int) -> bool:
        """Does a particle of target-particles start at ``at``? Then the actor between the
        verb and it is acted on: "putting Tehran on notice" warns Tehran."""
        return requirements.particle_starts_at(ctx, at, self.target_particles)

    def _without_carriers(self, ctx: DocContext, event: EventMention) -> list[str]:
        """The event's systems but the aircraft that only carry its weapons ("MiG-31 jets
        armed with Kinzhal missiles were moved": the Kinzhal's move) or that it hits ("Turkey
        shot down a Su-24": no system; lexicon aircraft-target-events)."""
        systems = event.systems
        if any(system not in self.aircraft for system in systems):
            return [system for system in systems if system not in self.aircraft]
        if event.trigger.type in self.aircraft_target_events:
            hit = {m.id for m in ctx.systems_in.get(event.sentence, ())
                   if m.id in self.aircraft and m.start >= event.span.end}
            return [system for system in systems if system not in hit]
        return systems

    def _retype_war_launch(self, ctx: DocContext, event: EventMention) -> None:
        """"A second rocket fired by Hamas was shot down over Ashkelon": a launch
        told by a verb in a sentence that also tells an event of combat-evidence-events (an
        interception), a word of fighting-words ("missiles launched amid the fighting") or
        of casualty-words in a text that tells no test ("rockets fired at the port killed
        two"), that landed in a state after it ("fired a missile on March 8, which landed on a
        farm in Poland"), or after an attack noun ("The assault used 12 missiles launched
        from Syria") is combat use, unless a word of test-words
        says it was a test."""
        trigger = event.trigger
        if trigger.type != "missile_test" or trigger.tense == "noun" or (
                trigger.tense == "phrase" and not _past_phrase(ctx, event.span.start, trigger)):
            return
        sent_start, sent_end = ctx.sent_starts[event.sentence], ctx.sent_ends[event.sentence]
        if not ctx.hashes.test_words.isdisjoint(ctx.lower[sent_start:sent_end]) \
                or _names_a_test_target(ctx, sent_start, sent_end):
            return
        if self.combat_evidence.isdisjoint(ctx.types_by_sentence.get(event.sentence, ())) \
                and ctx.hashes.fighting_words.isdisjoint(ctx.lower[sent_start:sent_end]) \
                and not _casualties_outside_a_test(ctx, sent_start, sent_end) \
                and not _landed_in_a_state(ctx, event.span.end, sent_end) \
                and not _attack_noun_before(ctx, sent_start, event.span.start):
            return
        _make_combat_use(ctx, event)

    def _system_named_before(self, ctx: DocContext, event: EventMention) -> list[str]:
        """"The Zircon was intercepted late on Monday. ... Kyiv said the missile had been
        fired alongside drones": an event whose clause says "the missile" (lexicon
        system-anaphors) takes the systems of the nearest sentence before that names some,
        at most EARLIER_SYSTEM_SENTENCES back; with no agent, their owner fires them (for
        the types of system-owner-events)."""
        start, end = event.span.start, event.span.end
        sent_start, sent_end = ctx.sentence_bounds(start)
        # the trigger's own words are no anaphor ("the missile test")
        clause_start = ctx.clause_start(start, sent_start)
        clause = [t.lower_ if not start - 1 <= t.i < end else ""
                  for t in ctx.doc[clause_start:ctx.clause_end(end, sent_end)]]
        if not contains_phrase(clause, self.system_anaphors) \
                and not self._modified_system_anaphor(ctx, clause_start, len(clause)) \
                and not _possessive_pronoun_opens(ctx, start, clause_start, event.trigger) \
                and not event.counted:
            return []  # ("After its second flight test in 2001, ...": the weapon's test)
        index = event.sentence
        for _ in range(EARLIER_SYSTEM_SENTENCES):
            index = ctx.previous_sentence(index)
            if index < 0:
                return []
            systems = ctx.weapon_systems_in.get(index, [])
            if systems:
                found = list(dict.fromkeys(m.id for m in systems))
                if event.trigger.type in self.owner_events and not any(
                        a["role"] == "agent" for a in event.actors) and (
                        owner := arguments.system_owner(ctx, systems, event.trigger.type)
                ) is not None:
                    event.actors = dedupe([*arguments.actor_refs(owner, "agent",
                                                                 self.actor_names),
                                           *event.actors])
                return found
        return []

    def _threats(self, ctx: DocContext, found: list[EventMention]) -> list[EventMention]:
        """"Iran said it would strike US bases if attacked": an act of threat-events, planned
        or hypothetical, that its own agent announces is that agent's warning too, told on
        the day it was said; the verb of saying is its trigger."""
        threats = []
        for event in found:
            if event.trigger.type not in self.threat_events or event.source is None \
                    or event.status not in ("planned", "hypothetical"):
                continue
            speaker = _sides((event.source["id"],), self.actor_countries)
            saying = arguments.reporting_before(ctx, event.span.start)
            if saying is None or not speaker or not speaker <= self._agent_sides(event):
                continue
            threats.append(replace(
                event, span=Span(ctx.doc, *saying, label="warning"),
                trigger=replace(event.trigger, type="warning", rule=THREAT_RULE),
                status="asserted", date=None, date_weak=False, said_now=True, systems=[],
                mentions=[]))
        return threats

    def _attacks_intercepted(self, ctx: DocContext, found: list[EventMention]
                             ) -> list[EventMention]:
        """"Jordan's jets downed four Iranian drones", "thirty Russian drones were shot
        down": a weapon that a state's or group's adjective names in the object of an event of
        intercepted-attack-events (in the passive, its subject) was fired by that side, whose
        attack it is, of the same day and status, its words the trigger; not the interceptor's
        own weapon, nor where the sentence tells an attack by a verb of its own."""
        attacks = []
        weapons = ctx.hashes.context_words.get("weapon", frozenset())
        for event in found:
            if event.trigger.type not in self.intercepted_attack_events \
                    or event.status != "asserted" \
                    or "combat_use" in ctx.types_by_sentence.get(event.sentence, ()):
                continue
            start, end = event.span.start, event.span.end
            sent_start, sent_end = ctx.sentence_bounds(start)
            if requirements.is_passive(ctx, start, sent_start):
                lo, hi = ctx.clause_start(start, sent_start), start
            else:
                lo, hi = end, ctx.clause_end(end, sent_end)
            attacker = arguments.weapon_adjective(ctx, hi, lo)
            if attacker is None or _sides((attacker.id,), self.actor_countries) \
                    & self._agent_sides(event):
                continue
            weapon = next((i for i in range(attacker.end, hi) if ctx.lower[i] in weapons), None)
            if weapon is None:
                continue
            defenders = [{**actor, "role": "target"} for actor in event.actors
                         if actor["role"] == "agent"]
            attacks.append(replace(
                event, span=Span(ctx.doc, attacker.start, weapon + 1, label="combat_use"),
                trigger=replace(event.trigger, type="combat_use", rule=ATTACK_RULE),
                actors=[*arguments.actor_refs(attacker, "agent", self.actor_names), *defenders],
                # the attacker's weapons, not the interceptor's ("a Patriot downed a Kinzhal")
                systems=[s for s in event.systems
                         if ctx.info.get(f"system:{s}", {}).get("country") == attacker.state],
                mentions=[], attack_of=event.span.start_char))
        return attacks

    def _modified_system_anaphor(self, ctx: DocContext, first: int, size: int) -> bool:
        """"The ship-launched missile should enter service next year": a phrase of
        system-anaphors with lower-case words between its determiner and its noun, in the
        ``size`` tokens from ``first``. Not a capitalised word ("the Russian missile" may be
        another) nor an event's trigger ("the missile test")."""
        doc, last = ctx.doc, first + size
        for i in range(first, last):
            for k in range(i + 2, min(i + 2 + ANAPHOR_MODIFIERS, last)):
                if not (doc[k - 1].is_lower or doc[k - 1].text == "-"):
                    break
                if (doc[i].lower_, doc[k].lower_) in self.anaphor_ends \
                        and not {k, k + 1} & ctx.trigger_starts:
                    return True  # (not "the repeated missile launches")
        return False

    @staticmethod
    def _attrs(event: EventMention, ctx: DocContext) -> dict:
        doc = ctx.doc
        # The sentence text is cut from the document text: Span.text builds it token by token.
        sentence = doc[ctx.sent_starts[event.sentence]:ctx.sent_ends[event.sentence]]
        return {
            "rule": event.trigger.rule,
            "type": event.trigger.type,
            "trigger": mention(event.span),
            "status": event.status,
            "date": event.date,
            "actors": event.actors,
            "treaty": event.treaty,
            "systems": event.systems,
            "source": event.source,
            "sentence_text": extensions.doc_text(doc)[sentence.start_char:sentence.end_char],
            "mentions": event.mentions,
        }


def _volley_date(ctx: DocContext, events: list[EventMention], event: EventMention
                 ) -> dict | None:
    """"The PLA launched two missiles ... on Wednesday. ... The other, a DF-21D, was
    launched from Zhejiang": an undated weapon event that names its system, told at most
    VOLLEY_SENTENCES after a dated one of its type and agents whose sentence tells several
    weapons ("two missiles", "cruise and ballistic missiles were fired on Monday"), is one of
    them, and takes its date; not one its sentence tells as another (other-event-cues: "It
    also launched a DF-21D")."""
    agents = actor_ids(event, "agent")
    for earlier in reversed(events):
        if earlier.span.start >= event.span.start or earlier.date is None \
                or earlier.trigger.type != event.trigger.type \
                or not 0 < event.sentence - earlier.sentence <= VOLLEY_SENTENCES:
            continue
        if is_vague(earlier.date.get("value")) or (
                agents and not agents & actor_ids(earlier, "agent")):
            continue
        if _counts_weapons(ctx, earlier.sentence) or _plural_weapons(ctx, earlier.sentence):
            return dict(earlier.date)
    return None


def _counts_weapons(ctx: DocContext, sentence: int) -> bool:
    """Does a number word above one stand before a weapon word ("two missiles"), one word
    between at most, in the sentence?"""
    counts = ctx.extractor.counts
    return _before_weapon_word(ctx, ctx.sent_starts[sentence], ctx.sent_ends[sentence],
                               lambda word: counts.get(word, 0) > 1, gap=1)


def _plural_weapons(ctx: DocContext, sentence: int) -> bool:
    """Does the sentence name weapons in the plural ("cruise missiles were launched")?"""
    plurals = ctx.extractor.plural_weapons
    return any(ctx.lower[i] in plurals
               for i in range(ctx.sent_starts[sentence], ctx.sent_ends[sentence]))


def _before_weapon_word(ctx: DocContext, start: int, end: int, wanted: Callable[[int], bool],
                        gap: int = 0) -> bool:
    """Does a word that ``wanted`` accepts (a LOWER id) stand in [``start``, ``end``) before a
    weapon word (weapon-words), at most ``gap`` words between?"""
    lower, weapons = ctx.lower, ctx.hashes.context_words.get("weapon", frozenset())
    return any(wanted(lower[i]) and any(lower[k] in weapons
                                        for k in range(i + 1, min(i + 2 + gap, end)))
               for i in range(start, end - 1))


def _series_agents(ctx: DocContext, start: int, series: AbstractSet[str],
                   states_only: bool = True) -> list[Mention]:
    """The state agents (or all agents) of the last event of a type of ``series`` told
    before ``start`` in its sentence, or none."""
    sent_start, _ = ctx.sentence_bounds(start)
    for before, event_type, agents in reversed(ctx.event_agents):
        if before < sent_start:
            break
        if before < start and event_type in series:
            return [a for a in agents if not states_only or a.info.get("type") == "state"]
    return []


def _dated_in_phrase(ctx: DocContext, start: int, end: int) -> bool:
    """Does a date (not a span: "over the past three weeks") stand in the phrase of the event
    noun at ``start``-``end``: before it ("the first 2011 test") or a few tokens after it in
    its clause ("the first test, on March 3, 2009")?"""
    sentence = ctx.sentence_index(start)
    reach = min(end + NOUN_DATE_REACH,
                ctx.clause_end(end, ctx.sent_ends[sentence], ctx.hashes.scope_breaks))
    return any(start - 2 <= date_start <= reach and not start <= date_start < end
               and str(value.get("value") or "")[:1].isdigit()  # a day, month or year
               for date_start, _, _, value in ctx.dates_in.get(sentence, ()))


def _earlier_agents(ctx: DocContext, start: int, event_type: str) -> list[Mention]:
    """The agents of the last event of ``event_type`` told before the sentence of
    ``start``, or none."""
    sent_start, _ = ctx.sentence_bounds(start)
    return next((agents for before, told_type, agents in reversed(ctx.event_agents)
                 if before < sent_start and told_type == event_type), [])


def _body_inside(ctx: DocContext, start: int, end: int, bodies: AbstractSet[str]
                 ) -> Mention | None:
    """The body of ``bodies`` that qualifies the trigger's last word inside it ("an IAEA
    inspection"; not "cooperation with the IAEA", where the body is the other side)."""
    return next((m for m in ctx.actors_in.get(ctx.sentence_index(start), ())
                 if start <= m.start and m.end < end and m.id in bodies), None)


def _inspecting_body(ctx: DocContext, start: int, bodies: AbstractSet[str]
                     ) -> Mention | None:
    """The body of ``bodies`` named last before ``start``, in its sentence or up to
    BODY_SENTENCES sentences before it; with none, the first one the next sentence names
    ("Weapons inspectors reached the depot on Monday. The OPCW said ...")."""
    index = ctx.sentence_index(start)
    following = ctx.next_sentence(index)
    for _ in range(BODY_SENTENCES):
        index = ctx.previous_sentence(index)
    floor = ctx.sent_starts[max(index, 0)]
    found = next((m for m in reversed(ctx.actors)
                  if floor <= m.start < start and m.id in bodies), None)
    if found is None and following >= 0:
        found = next((m for m in ctx.actors_in.get(following, ()) if m.id in bodies), None)
    return found


def _predicate_dates(ctx: DocContext, end: int, char: int) -> bool:
    """Does a verb that says the event noun takes place (lexicon event-predicates) stand
    between the noun and its date (which starts at character ``char``), a few words on and
    no other event between ("the previous test of a banned missile happened in August"), or a
    light verb ("its previous test was carried out on June 2")?"""
    doc = ctx.doc
    date_start = next((i for i in range(end, min(end + PREDICATE_GAP, len(doc)))
                       if doc[i].idx >= char), None)
    if date_start is None:
        return False
    return any(ctx.lower[i] in ctx.hashes.event_predicates or i in ctx.light_verb_tokens
               for i in range(end, date_start)) \
        and ctx.last_trigger_before(date_start, end) is None


def _told_in_perfect(ctx: DocContext, start: int, end: int, clause_start: int, trigger: Trigger
                     ) -> bool:
    """"India has fired ...", or an event noun after a light verb in the present perfect:
    "Lukashenko has signed an order on his country's withdrawal from ..."."""
    if requirements.present_perfect(ctx, start):
        return True
    if not arguments.is_nominal(ctx, start, trigger):
        # "Inspectors from the agency have verified ...": a phrase trigger is no verb's form,
        # so it is a noun phrase when it is the subject of the perfect
        return trigger.tense == "phrase" and _subject_of_perfect(ctx, start, end)
    light = ctx.last_light_verb(clause_start, start)
    if light is not None:
        return requirements.present_perfect(ctx, light)
    return _subject_of_perfect(ctx, start, end)


def _subject_of_perfect(ctx: DocContext, start: int, end: int) -> bool:
    """"Two practice launches of a submarine missile have failed": an event noun that opens
    its sentence (over determiners, numbers, names and modifiers) as the subject of a verb in
    the present perfect, with no clause break or other event between."""
    lower, hashes = ctx.lower, ctx.hashes
    sent_start, sent_end = ctx.sentence_bounds(start)
    weapons = hashes.context_words.get("weapon", frozenset())
    if not all(lower[i] in hashes.event_noun_modifiers or lower[i] in weapons
               or ctx.doc[i].like_num or not ctx.doc[i].is_lower
               for i in range(sent_start, start)):
        return False
    for i in range(end, min(sent_end, end + PERFECT_SUBJECT_WORDS)):
        if lower[i] in hashes.clause_breaks or i in ctx.trigger_starts:
            return False
        if lower[i] in hashes.perfect_auxiliaries:
            return i + 1 < sent_end and requirements.present_perfect(ctx, i + 1) \
                and requirements.is_participle(ctx, i + 1)
    return False


def _told_as_earlier(ctx: DocContext, start: int, trigger: Trigger) -> bool:
    """"its recent nuclear test and rocket launch": an event noun told as earlier, or
    joined by "and" to one that is; "since the Israeli air strike": an event noun of another
    time (not a verb: "the first since Kim met Putin in September")."""
    if requirements.told_as_earlier(ctx, start):
        return True
    if arguments.is_nominal(ctx, start, trigger) and requirements.in_other_time_phrase(ctx, start):
        return True
    shared = arguments.coordinated_noun(ctx, start)
    return shared is not None and requirements.told_as_earlier(ctx, shared)


def _says_nothing(ctx: DocContext, event: EventMention, told: set[str]) -> bool:
    """An event of agent-needed-events with nobody acting or acted on; an event with no who
    and no what (a treaty or system) that is a noun or gerund
    ("condemned the missile test", "a moratorium on missile testing"), or an undated verb in a
    text that tells an event of its type with them ("the missile was launched by a
    submarine"): it refers to an event told elsewhere, or to none. A verb stays when it is
    all the text tells of its type ("A ballistic missile was launched from Wonsan")."""
    if not event.actors and event.trigger.type in ctx.extractor.agent_needed:
        return True  # "the treaty requires talks", "nuclear tests were detected": whose?
    if not event.actors and not event.systems \
            and event.trigger.type in ctx.extractor.actor_or_system_needed:
        return True  # "the weapons were shipped": whose, and which?
    if event.actors or event.treaty or event.systems:
        return False
    if event.trigger.tense == "gerund" or arguments.is_nominal(ctx, event.span.start,
                                                               event.trigger):
        return True
    return event.date is None and event.trigger.type in told


def _sides(actor_ids: Iterable[str], countries: dict[str, str]) -> set[str]:
    """The sides the actors stand for: a person or body counts as its state."""
    return {countries.get(a, a) for a in actor_ids}


def _past_phrase(ctx: DocContext, start: int, trigger: Trigger) -> bool:
    """A phrase trigger that opens with a verb in -ed ("fired a", "launched a") or another
    past form of lexicon verbs ("took effect", "came into force", "was implemented"; not
    "set to expire", whose past is its base)."""
    return trigger.tense == "phrase" and (ctx.doc[start].lower_.endswith("ed")
                                          or ctx.lower[start] in ctx.hashes.irregular_pasts)


def _other_trigger_before(ctx: DocContext, end: int, date: dict) -> bool:
    """Does another trigger stand between the trigger's end and its date?"""
    at = date.get("start", -1)
    return any(i >= end and ctx.doc[i].idx < at for i in ctx.trigger_starts)


def _after_a_past_verb(ctx: DocContext, start: int, trigger: Trigger) -> bool:
    """A gerund after a comma that follows a trigger in the past tense in its sentence shares
    its tense: "test-fired the missile on May 6, hitting a depot near Kharkiv"."""
    if trigger.tense != "gerund" or start < 1 or ctx.lower[start - 1] != ctx.hashes.comma:
        return False
    sent_start, _ = ctx.sentence_bounds(start)
    return any(sent_start <= first < start and requirements.is_participle(ctx, end - 1)
               for first, end in ctx.trigger_spans)  # ("test-fired": its last part)


def _one_body(ctx: DocContext, sides: set[str]) -> bool:
    """Is the one side an organisation (the Security Council, the IAEA, NATO)?"""
    return len(sides) == 1 and any(m.id in sides and m.info.get("type") == "organization"
                                   for m in ctx.actors)


def _they_before(ctx: DocContext, start: int) -> list[Mention]:
    """The actors named in the sentence before a "they" right before the trigger's verb
    (SUBJECT_PRONOUN_WORDS words at most), when they are of two states or more and no verb
    of saying stands between them and it."""
    sent_start, _ = ctx.sentence_bounds(start)
    lo = ctx.words_before(start, SUBJECT_PRONOUN_WORDS, sent_start)
    they = next((i for i in range(start - 1, lo - 1, -1)
                 if ctx.lower[i] == requirements.THEY), None)
    if they is None:
        return []
    index = ctx.sentence_index(start)
    named = [m for m in ctx.actors_in.get(index, ()) if m.end <= they and m.state]
    if len({m.state for m in named}) < 2 or any(
            named[0].start < s < they for s, _ in ctx.reporting_in.get(index, ())):
        return []  # "Trump said North Korea ..., adding, 'they are not ready'": what is said
    return named


def _without_own_targets(actors: list[dict], countries: dict[str, str]) -> list[dict]:
    """The actors without the agents' own state as a target ("the Guards stand ready to
    defend Iran": Iran is defended, not warned); its people and bodies stay ("the president
    threatened Congress with a veto")."""
    sides = _sides((a["id"] for a in actors if a["role"] == "agent"), countries)
    return [a for a in actors if a["role"] != "target" or a["id"] not in sides]


def _date_tokens(doc: Doc) -> set[int]:
    """The tokens of the document's dates, with the preposition right before each ("on" of
    "on Wednesday")."""
    found: set[int] = set()
    for span in doc.spans.get(extensions.SPAN_GROUPS["date"], []):
        start = span.start - (span.start > 0 and doc[span.start - 1].lower in DATE_PREPOSITIONS)
        found.update(range(start, span.end))
    return found


def _two_sides(actors: list[dict], countries: dict[str, str]) -> list[dict] | None:
    """The actors of an event that takes two sides (lexicon inter-state-events) without the
    targets of the agents' own states ("a delegation led by Sherman"); None when those were
    all its targets and its agents one state's, a person among them (a leader meeting his
    own minister)."""
    agents = {a["id"] for a in actors if a["role"] == "agent"}
    sides = _sides(agents, countries)
    agents |= {countries[a] for a in agents if a in countries}
    own = [a for a in actors if a["role"] == "target"
           and (a["id"] in agents or countries.get(a["id"]) in agents)]
    if own and len(own) == sum(a["role"] == "target" for a in actors) and len(sides) == 1 \
            and any(a["role"] == "agent" and a["id"] in countries for a in actors):
        return None
    return [a for a in actors if a not in own]


def _absorb(ctx: DocContext, matches: list[Match]) -> list[tuple[int, int, int, Trigger]]:
    """The matches no trigger before absorbs, as (index in ``matches``, start, reach,
    trigger): an absorber's reach ends at the last trigger it absorbed ("denied the
    accusations of violating ...", "intercepted and destroyed"), else at its own end."""
    kept: list[tuple[int, int, int, Trigger]] = []
    absorber: tuple[int, Trigger] | None = None  # (end of its last object, trigger)
    object_word: int | None = None  # where the absorber's `object` word stands
    for index, (start, end, trigger) in enumerate(matches):
        if absorber is not None and trigger.type in absorber[1].absorbs and (
                (trigger.tense in ("noun", "gerund", "phrase")
                 and ctx.words_after(absorber[0], ABSORB_GAP, start) == start
                 and ctx.hashes.absorb_breaks.isdisjoint(ctx.lower[absorber[0]:start]))
                or (start == absorber[0] + 1
                    and ctx.lower[absorber[0]] in ctx.hashes.coordinators)
                or (object_word is not None and start <= object_word < end)
                or (object_word is not None and start == object_word + 2
                    and ctx.lower[start - 1] == ctx.hashes.to)):
            # "suspended nuclear and intercontinental missile tests": the tests are its object;
            # "halt its drive to develop nuclear weapons": what the object is for
            absorber = (end, absorber[1])
            kept[-1] = (*kept[-1][:2], end, kept[-1][3])
            continue
        if absorber is not None and _opens_said_clause(ctx, absorber, start, trigger):
            continue  # "denied the system contravenes the treaty": what the denial says
        if kept and kept[-1][3].type == trigger.type and (
                (trigger.tense != "noun"
                 and ctx.weapon_relative_of((start, end), matches[kept[-1][0]][:2]))
                or (trigger.tense == "base" and kept[-1][3].tense == "noun"
                    and ctx.purpose_of((start, end), kept[-1][1:3]))):
            # the launch told again: "fired a rocket which placed a probe into orbit", "the
            # rocket launch, supposedly to place a probe in orbit"
            kept[-1] = (*kept[-1][:2], end, kept[-1][3])
            continue
        absorber = (end, trigger) if trigger.absorbs or trigger.absorbs_clause else None
        object_word = requirements.object_word_at(ctx, start, end, trigger) \
            if trigger.absorbs and trigger.object_words else None
        kept.append((index, start, end, trigger))
    return kept


def _opens_said_clause(ctx: DocContext, absorber: tuple[int, Trigger], start: int,
                       trigger: Trigger) -> bool:
    """Is the verb at ``start`` of a type the absorber takes in with its clause
    (``absorbs_clause``), at most SAID_CLAUSE_WORDS words after it with no clause break
    between but the "that" that may open the clause ("denied that its missile had violated")?"""
    end, absorbing = absorber
    if trigger.type not in absorbing.absorbs_clause or trigger.tense in ("noun", "gerund"):
        return False
    between = ctx.lower[end:start]
    if between[:1] == [ctx.hashes.that]:
        between = between[1:]
    return ctx.words_after(end, SAID_CLAUSE_WORDS, start) == start \
        and ctx.hashes.clause_breaks.isdisjoint(between)


def _attack_noun_before(ctx: DocContext, start: int, end: int) -> bool:
    """Does an attack noun (lexicon attack-nouns) after a determiner or possessive stand
    between ``start`` and ``end`` ("The assault involved 19 missiles fired ..."; not the
    verb in "could strike countries that let Kyiv fire ...")?"""
    hashes, lower = ctx.hashes, ctx.lower
    return any(lower[i] in hashes.attack_nouns and (lower[i - 1] in hashes.noun_determiners
                                                    or lower[i - 1] in hashes.possessives)
               for i in range(start + 1, end))


def _landed_in_a_state(ctx: DocContext, start: int, sent_end: int) -> bool:
    """Does a word of impact-words after ``start`` ("landed", "struck"), said of the missile
    (after a relative pronoun, a subject pronoun, a weapon word, a system or "and"), lead,
    within its phrase, to an actor or a word of civilian-targets, with no word of
    non-target-words ("landed in the sea", "in Japan's economic zone" are a test's)?"""
    impacts, hashes = ctx.hashes.impact_words, ctx.hashes
    weapons = hashes.context_words.get("weapon", frozenset())
    for i in range(start, sent_end):
        if ctx.lower[i] not in impacts:
            continue
        before = ctx.lower[i - 1]
        if not (before in hashes.relative_pronouns or before in weapons
                or before in hashes.subject_pronouns
                or before == ctx.hashes.and_ or i - 1 in ctx.system_ending_at):
            continue  # what landed is the missile ("which landed", "they hit"), not
            # "Pelosi landed in"
        end = ctx.words_after(i + 1, IMPACT_PHRASE, sent_end)
        phrase = range(i + 1, end)
        if any(ctx.lower[k] in hashes.non_targets for k in phrase):
            return False
        return any(k in ctx.actor_at or ctx.lower[k] in hashes.civilian_targets
                   for k in phrase)
    return False


def _attack_date(ctx: DocContext, events: list[EventMention], event: EventMention,
                 attack_types: set[str]) -> dict | None:
    """The day of the attack an undated interception stopped: an attack or launch (lexicon
    attack-events) dated to the day, not one on the state whose weapons were intercepted,
    told in the same sentence, else the nearest of the
    ATTACK_SENTENCES_BEFORE sentences before, else of the ATTACK_SENTENCES_AFTER after (a lead
    tells the interception before the attack's day), else the nearest one before that fired
    a weapon the interception names ("Ukraine launched ATACMS missiles ... Russia claimed it
    shot down five ATACMS", paragraphs apart). An attack told again counts where each of its
    retellings stands."""
    ranked = []
    weapons = set(event.systems)
    countries = ctx.extractor.actor_countries
    intercepted = _sides(actor_ids(event, "target"), countries)
    for other in events:
        if other.trigger.type not in attack_types or other.status != "asserted" \
                or len(str((other.date or {}).get("value") or "")) < DAY_VALUE:
            continue
        if not intercepted.isdisjoint(_sides(actor_ids(other, "target"), countries)):
            continue  # "US strikes on targets inside Iran" are not what stopped "Iranian
            # drones" fired at Saudi Arabia
        told = {other.sentence} | {m["sentence"] for m in other.mentions if "sentence" in m}
        same_weapon = not weapons.isdisjoint(other.systems)
        for sentence in told:
            gap = ctx.sentence_gap(sentence, event.sentence)  # > 0: the attack before
            if -ATTACK_SENTENCES_AFTER <= gap <= ATTACK_SENTENCES_BEFORE:
                ranked.append(((0 if gap == 0 else 1 if gap > 0 else 2, abs(gap)),
                               other.date))
            elif same_weapon and gap > 0:
                ranked.append(((3, gap), other.date))
    return min(ranked, key=lambda pair: pair[0])[1] if ranked else None


def _anchor_date(ctx: DocContext, events: list[EventMention], event: EventMention
                 ) -> dict | None:
    """The date of the event that "one day after ..." counts from: one told earlier in the
    same sentence ("The launch comes one day after ..."), else the nearest dated event of
    the same type told in an earlier sentence and dated to the day (what "the launch" refers
    back to). A headline counts from the news of the day, the document's date; so does a
    sentence opening with a subject of the lexicon news-subjects ("The move comes a year
    after ..."), unless the sentence before tells a dated event that the move may be."""
    phrase = event.span.doc[event.relative.start].idx if event.relative \
        else event.span.start_char
    same_type = None
    for other in events:
        if other is event or not other.date:
            continue
        for told in other.mentions:
            if told["sentence"] == event.sentence and told["start"] < phrase:
                return other.date
        if other.trigger.type == event.trigger.type and other.sentence < event.sentence \
                and len(str(other.date.get("value") or "")) >= DAY_VALUE and (
                    same_type is None or other.sentence > same_type.sentence):
            same_type = other
    if same_type is not None:
        return same_type.date
    if event.relative_anchor is not None:
        return event.relative_anchor
    if event.headline:
        return document_date(ctx)
    if _opens_with_news_subject(ctx, event.sentence):
        before = ctx.previous_sentence(event.sentence)
        told = [other for other in events if other.sentence == before and other.date]
        return told[-1].date if told else document_date(ctx)
    if _opens_with_recent_offset(ctx, events, event):
        return document_date(ctx)
    return None


def _opens_with_recent_offset(ctx: DocContext, events: list[EventMention],
                              event: EventMention) -> bool:
    """Does the sentence open with a phrase of at most RECENT_OFFSET_DAYS days ("Two days
    after Pakistan fired a Shaheen-II, the Indian army chief called the launch a
    provocation"), with no date and no other event in it to count from but an undated one
    said (lexicon speech-events: the call is the news of the day too)? What the sentence
    then tells is the news of the day."""
    relative = event.relative
    if relative is None or relative.unit != "D" or not -RECENT_OFFSET_DAYS <= relative.amount < 0:
        return False
    first = ctx.sent_starts[event.sentence]
    return relative.start - first <= 1 and not ctx.event_dates_in.get(event.sentence) \
        and not any(other is not event and other.sentence == event.sentence
                    and (other.date is not None
                         or other.trigger.type not in ctx.extractor.speech_events)
                    for other in events)


def _this_side_of_relative_phrase(ctx: DocContext, start: int, relative: RelativePhrase | None,
                                  systems: list[Mention]) -> list[Mention]:
    """The systems of the trigger at ``start`` on its own side of a phrase that tells
    another event of its sentence as some time before or after ("The launch of the Nasr
    came five days after a test of the Babur"); all of them if there is no such phrase
    or it is vague ("shortly after launch")."""
    sentence = ctx.sentence_index(start)
    if relative is not None and not relative.unit:
        return systems  # "self-destructed shortly after launch": the same event
    if relative is None:
        spans = ctx.trigger_spans
        at = bisect_left(spans, (ctx.sent_starts[sentence],))
        stop = bisect_left(spans, (ctx.sent_ends[sentence],))
        phrase = next((found for other, _ in spans[at:stop] if other != start
                       and (found := relative_offset(ctx, other)) is not None), None)
        if phrase is None:
            return systems
        lo, hi = relative_phrase_reach(ctx, phrase, sentence)
        return [m for m in systems if not lo <= m.start < hi]
    lo, hi = relative_phrase_reach(ctx, relative, sentence)
    return [m for m in systems if lo <= m.start < hi]


def _date_attacks_as_interceptions(events: list[EventMention]) -> None:
    """An attack told by the weapon an interception downed takes the day the interception
    was given once merged and dated (the day its own speaker spoke, say: the attacker did
    not speak)."""
    for event in events:
        if event.attack_of is None:
            continue
        event.date = next((other.date for other in events if other.attack_of is None
                           and other.date is not None
                           and any(told["start"] == event.attack_of for told in other.mentions)),
                          event.date)


def _opens_with_news_subject(ctx: DocContext, sentence: int) -> bool:
    """Does the sentence open with "The news", "The move", "It" ... (lexicon news-subjects),
    also after a possessive name and a few adjectives ("Putin's angry speech came a day after
    ...")?"""
    start, end = ctx.sent_starts[sentence], ctx.sent_ends[sentence]
    if start < end and ctx.lower[start] == ctx.hashes.the:
        start += 1
    owner = next((i for i in range(start + 1, min(end, start + NEWS_OWNER_WORDS))
                  if ctx.doc[i].lower_ in POSSESSIVES), None)
    if owner is not None:
        start = owner + 1  # "Kim Jong Un's", "the country's"
        while start < end - 1 and ctx.doc[start].is_lower and ctx.doc[start].is_alpha \
                and ctx.lower[start] not in ctx.hashes.news_subjects \
                and start <= owner + NEWS_SUBJECT_ADJECTIVES:
            start += 1  # "lengthy", "first public"
    return start < end and ctx.lower[start] in ctx.hashes.news_subjects


def _share_weapons_over_dates(events: list[EventMention]) -> None:
    """"three tests of the missile in May, on June 2 and July 9": the copies of one
    event per date of a list test one weapon, so each takes the systems the first copy (in
    the order of the list) to name any was given, and with no agent of its own that copy's
    agents (the weapon's owner); the search for a system told in another sentence depends
    on the date and the copy's span, which differ from copy to copy."""
    named: dict[int, tuple[int, EventMention]] = {}
    for event in events:
        if event.one_of_dates and event.systems:
            start, end = event.span.start, event.span.end
            if start not in named or end < named[start][0]:
                named[start] = (end, event)
    for event in events:
        if event.one_of_dates and event.span.start in named:
            first = named[event.span.start][1]
            event.systems = first.systems
            if not any(a["role"] == "agent" for a in event.actors):
                event.actors = dedupe([*(a for a in first.actors if a["role"] == "agent"),
                                       *event.actors])


def _sellers_sign(events: list[EventMention]) -> None:
    """"India signed a deal to buy S-400 systems from Russia": the state that a purchase told
    after a signing in its sentence is bought from (an agent of a trigger with
    ``supplier_after``) is the other side of the deal its buyer signed."""
    for signing in events:
        if signing.trigger.type != "signing":
            continue
        signers = {a["id"] for a in signing.actors}
        for purchase in events:
            if purchase.sentence != signing.sentence or not purchase.trigger.supplier_after \
                    or purchase.span.start <= signing.span.start:
                continue
            buyers = {a["id"] for a in purchase.actors if a["role"] == "target"}
            sellers = [a for a in purchase.actors
                       if a["role"] == "agent" and a["id"] not in signers]
            if buyers & signers and sellers:
                signing.actors = [*signing.actors, *({**a, "role": "target"} for a in sellers)]
                signers |= {a["id"] for a in sellers}


def _retype_launches_of_a_war(ctx: DocContext, events: list[EventMention]) -> None:
    """"UK fires cruise missiles at Libya ... HMS Astute launched the Tomahawk missiles
    before dawn": in a text about a war (its first event, or its first with an agent,
    is combat use: "Missile strike kills two ... the missile was fired by Russia") that never
    speaks of a test (no word of test-words), a launch told by a verb, by an agent of combat
    use told before or by the first agent, is that combat use (not a launch of a satellite:
    lexicon space-payloads)."""
    if ctx.tells_a_test:
        return
    lead = next((e for e in events if e.status == "asserted" and any(
        a["role"] == "agent" for a in e.actors)), None)
    if lead is None:
        return
    attacks = [e for e in events if e.trigger.type == "combat_use" and e.status == "asserted"]
    first = next(e for e in events if e.status == "asserted")
    if lead.trigger.type != "combat_use" and not _launch_of_a_later_attack(lead, attacks) \
            and (first.trigger.type == "missile_test"
                 or not any(e.sentence == first.sentence for e in attacks)):
        return  # the text opens with no attack: not about a war (an attack told in its
        # opening sentence after another event that is no launch counts: "a battery, which
        # arrived in the region last month, shot down a missile the militia fired"; not
        # "fired four cruise missiles, hitting the preset target")
    attackers: set[str] = set()
    for event in events:
        agents = actor_ids(event, "agent")
        if event.trigger.type == "combat_use" and event.status == "asserted":
            attackers |= agents
        elif event.trigger.type == "missile_test" and event.trigger.tense not in (
                "noun", "phrase") and (agents & attackers or event is lead) \
                and _on_earth(ctx, event):
            _make_combat_use(ctx, event)


def _casualties_outside_a_test(ctx: DocContext, sent_start: int, sent_end: int) -> bool:
    """Does the sentence tell people killed or hurt (lexicon casualty-words) in a text that
    never speaks of a test? An accidental launch in a drill can kill too."""
    return not ctx.hashes.casualty_words.isdisjoint(ctx.lower[sent_start:sent_end]) \
        and not ctx.tells_a_test


def _indefinite_unapposed(ctx: DocContext, start: int) -> bool:
    """Does an indefinite article open the date at ``start``, with no treaty named right
    before that it describes ("under a 2010 accord", not "New START, a 2010 arms treaty" nor
    "the INF Treaty is a 1987 accord")?"""
    if start == 0 or ctx.lower[start - 1] not in ctx.hashes.indefinite_articles:
        return False
    link = start - 2  # the comma or the copula before the article
    return not (link > 0 and (ctx.doc[link].text == "," or ctx.lower[link] in requirements.COPULAS)
                and any(m.end == link for m in ctx.treaties))


def _said_from(ctx: DocContext, saying_end: int, trigger: int) -> int:
    """Where what is said begins: after a phrase set off by a comma right after the verb of
    saying and the "that" that follows it ("said, as Washington's charges piled up, that
    Moscow abides by the treaty": the phrase is no part of the claim)."""
    if saying_end >= trigger or ctx.lower[saying_end] != ctx.hashes.comma:
        return saying_end  # (not '"...," said the agency's chief, who urged that ...')
    that = next((i for i in range(saying_end, trigger) if ctx.lower[i] == ctx.hashes.that),
                None)
    return saying_end if that is None else that + 1


def _possessor_of(ctx: DocContext, actor: Mention, start: int) -> bool:
    """Is ``actor`` the possessive owner of the noun at ``start``, over words of lexicon
    event-noun-modifiers ("Russia's violation", "Iran's continued breach"; not "North Korea's
    envoy called the drills a violation")?"""
    return actor.end < start and ctx.lower[actor.end] in ctx.hashes.possessive_marks \
        and all(ctx.lower[i] in ctx.hashes.event_noun_modifiers
                for i in range(actor.end + 1, start))


def _only_persons_attacked(ctx: DocContext, actors: list[dict]) -> bool:
    """Are the targets of an attack all people (none a state, a place or a body)?"""
    targets = {a["id"] for a in actors if a["role"] == "target"}
    persons = {m.id for m in ctx.actors if m.info.get("type") == "person"}
    return bool(targets) and targets <= persons


def _finite_past(ctx: DocContext, start: int, end: int, trigger: Trigger) -> bool:
    """Is the trigger a verb in the simple past of a main clause ("Salehi signed the
    protocol", "two missiles were destroyed"): not a participle with its phrase ("sites
    bombed by the US", "a system deployed in Poland") or used as an adjective ("the locally
    developed Ra'ad"), a relative clause's verb or one after "has"/"had"?"""
    if end < len(ctx.lower) and (ctx.lower[end] in ctx.hashes.non_subject_prepositions
                                 or ctx.lower[end] == ctx.hashes.by):
        return False  # a participle's phrase ("deployed in the Philippines"), no object
    before = start - 1
    while before > 0 and ctx.doc[before].is_lower and ctx.doc[before].lower_.endswith("ly"):
        before -= 1
    if before >= 0 and (ctx.lower[before] in ctx.hashes.definite_determiners
                        or ctx.lower[before] in ctx.hashes.indefinite_articles
                        or ctx.lower[before] in ctx.hashes.possessives):
        return False  # an adjective: "the locally developed Ra'ad"
    return trigger.tense == "past" and not requirements.after_perfect(ctx, start) \
        and arguments.relative_antecedent(ctx, start) is None


def _lead_day(events: list[EventMention], event: EventMention) -> dict | None:
    """The date of the last event told before ``event`` in the lead with a date of its own
    clause (not a guess from its sentence)."""
    return next((other.date for other in reversed(events)
                 if other.span.start < event.span.start and other.date is not None
                 and not other.date_weak and other.status == "asserted"
                 and not is_vague(other.date.get("value"))), None)


def _placed(actor: Mention) -> bool:
    """Does the text or the knowledge base tell which state ``actor`` is or acts for (a
    state, a body, a person with a country)?"""
    return actor.info.get("type") != "person" or bool(
        actor.info.get("acts_for") or actor.info.get("country"))


def _launch_of_a_later_attack(lead: EventMention, attacks: list[EventMention]) -> bool:
    """"Iraq fires Scud missiles ... two missiles were launched by Iraqi forces at Saudi
    Arabia, one of them a Scud": a launch that opens the text, by an agent who attacks with the same
    weapon later in it, is that attack."""
    agents = actor_ids(lead, "agent")
    return bool(lead.systems) and any(
        agents & actor_ids(attack, "agent")
        and set(lead.systems) & set(attack.systems) for attack in attacks)


def _possessive_pronoun_opens(ctx: DocContext, start: int, clause_start: int,
                              trigger: Trigger) -> bool:
    """Does a possessive pronoun open the event noun's phrase: right before it ("Its first
    flight"), or before its adjectives ("its second flight test"), or the subject of a verb
    ("its air defences fired")? An infinitive has no such phrase ("would do its best to
    build up its defences" looks back to no missile)."""
    if not arguments.is_nominal(ctx, start, trigger) and ctx.lower[start - 1] == ctx.hashes.to:
        return False
    return (start > clause_start and ctx.lower[start - 1] in ctx.hashes.possessives) \
        or arguments.possessive_pronoun_before(ctx, start, clause_start)


def _ordinal_of_a_series(ctx: DocContext, start: int, trigger: Trigger) -> bool:
    """Is the event noun counted in a series ("the second test", "the latest launch")? It
    counts the tests of a weapon named before, as "its" would."""
    return arguments.is_nominal(ctx, start, trigger) and requirements.counted_in_series(ctx, start)


def _later_step(ctx: DocContext, start: int) -> bool:
    """Is the verb at ``start`` told as a later step of a series: "to" after a word of
    step-nouns that an ordinal (series-ordinals) or "another" (other-event-cues) opens
    ("Tehran's third move to scale back its obligations", "another step to quit")?"""
    lower, hashes = ctx.lower, ctx.hashes
    return start >= 3 and lower[start - 1] == hashes.to \
        and lower[start - 2] in hashes.step_nouns and lower[start - 3] != FIRST and (
            lower[start - 3] in hashes.series_ordinals
            or lower[start - 3] in hashes.other_event_cues)


def _right_after_we(ctx: DocContext, start: int) -> bool:
    """Is the base form at ``start`` a present tense of "we", adverbs in -ly between ("We
    strongly condemn")?"""
    i = start - 1
    while i > 0 and ctx.doc[i].is_lower and ctx.doc[i].lower_.endswith("ly"):
        i -= 1
    return i >= 0 and ctx.lower[i] in ctx.hashes.first_person


def _plainly_negated(ctx: DocContext, start: int, clause_start: int) -> bool:
    """A word of plain-negations at most NEGATION_REACH words before the trigger, in its
    clause: "was not in violation of", "has never breached"."""
    lo = max(clause_start, start - NEGATION_REACH)
    return not ctx.hashes.plain_negations.isdisjoint(ctx.lower[lo:start])


def _on_earth(ctx: DocContext, event: EventMention) -> bool:
    """No word of space-payloads in the event's sentence: nothing put into space."""
    sentence = event.sentence
    return ctx.hashes.space_payloads.isdisjoint(
        ctx.lower[ctx.sent_starts[sentence]:ctx.sent_ends[sentence]])


def _names_a_test_target(ctx: DocContext, sent_start: int, sent_end: int) -> bool:
    """Does a word of test-target-words stand right before a weapon word ("a target
    missile")?"""
    return _before_weapon_word(ctx, sent_start, sent_end, ctx.hashes.test_targets.__contains__)


def _make_combat_use(ctx: DocContext, event: EventMention) -> None:
    """A launch found to be an attack becomes combat use (its trigger and labelled span)."""
    event.trigger = replace(event.trigger, type="combat_use")
    event.span = Span(ctx.doc, event.span.start, event.span.end, label="combat_use")
