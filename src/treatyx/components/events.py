"""treatyx_events: dated events with who, which treaty or system, when, and whether it happened.

Triggers come from the ``events`` section (verbs are inflected from their base form), status
cues from ``event_cues``, and word lists (reporting verbs, weapon words, treaty nouns, clause
breaks) from ``lexicon``. Arguments are taken from the trigger's sentence: the agent is the
nearest actor before the trigger in its clause (or after "by" in the passive, or the owner in
"X's withdrawal"), the target the first actor after it; "the treaty" / "the pact" points to the
treaty most recently named. The same event told again later (same type, treaty, status,
compatible actors and date) is merged into the first record, which keeps every mention.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from spacy.attrs import LOWER, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .. import extensions
from ..cache import for_rules
from ..inflect import phrase_forms, plural
from ..matching import PhraseTable
from ..records import mention
from ..ruleset import RuleSet, load_ruleset
from .common import POSSESSIVES, lexicon_words
from .merging import dedupe, merge

CUE_WINDOW = 8  # tokens before a trigger in which a status cue applies
WEAPON_BEFORE, WEAPON_AFTER = 3, 10  # where a test/launch/deployment trigger finds its weapon
STATUS_PRIORITY = ("negated", "hypothetical", "planned")
DATE_TYPES = ("DATE", "TIME")
SENTENCE_OPENING = 2  # a date starting within this many tokens of the sentence start opens it
REFUSED_OBJECT = 5  # words between a verb of refusal and the trigger it refuses
DATELINE_START = 4  # "SEOUL, July 12 (Reuters) -": the dateline's date starts this near...
DATELINE_ENDS = frozenset({"-", "–", "—", "--", "("})  # ...and is followed by one of these


@dataclass(frozen=True)
class Trigger:
    rule: str
    type: str
    tense: str  # base | present | past | participle | gerund | noun | phrase | blocked
    requires: frozenset[str]
    absorbs: frozenset[str] = frozenset()
    subject_is_target: bool = False
    has_actors: bool = True  # False: the treaty is the subject ("New START expires")


BLOCKED = Trigger("trigger-blockers", "", "blocked", frozenset())


@dataclass(frozen=True)
class Cue:
    """A status cue; with ``needs``, it counts only when one of these words (LOWER ids) stands
    between it and the trigger ("urged Moscow to destroy")."""

    status: str
    needs: frozenset[int] = frozenset()
    types: frozenset[str] = frozenset()  # the event types it applies to (empty: all)


@dataclass
class Mention:
    """An entity mention as the event finder sees it."""

    start: int
    end: int
    id: str
    name: str
    role: str
    info: dict


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


def _add_triggers(table: PhraseTable[Trigger], ruleset: RuleSet, irregular: dict) -> None:
    for entry in ruleset.entries("events"):
        for form, tense in _trigger_forms(entry.data, irregular):
            trigger = Trigger(entry.id, entry["type"], tense,
                              frozenset(entry.get("requires", [])),
                              frozenset(entry.get("absorbs", [])),
                              entry.get("subject") == "target", entry.get("subject") != "none")
            table.add(form, trigger, case="ignore")
    # Phrases that look like triggers but are not ("signs that"): longest match wins.
    table.add_all(sorted(lexicon_words(ruleset, "trigger-blockers")), BLOCKED, case="ignore")


def _add_cues(table: PhraseTable[Cue], ruleset: RuleSet) -> None:
    for entry in ruleset.entries("event_cues"):
        needs = frozenset(get_string_id(word.lower()) for word in entry.get("needs_between", []))
        cue = Cue(entry["status"], needs, frozenset(entry.get("types", [])))
        table.add_all(entry["cues"], cue, case="ignore")


def _add_reporting(table: PhraseTable[str], ruleset: RuleSet, irregular: dict) -> None:
    for verb in sorted(lexicon_words(ruleset, "reporting-verbs")):
        for form, _ in phrase_forms(verb, irregular):
            table.add(form, "reporting", case="ignore")


class EventExtractor:
    """Finds event triggers and fills in their arguments from the same sentence."""

    def __init__(self, nlp: Language, name: str, rules: list[str]):
        ruleset: RuleSet = load_ruleset(tuple(rules))
        cache = for_rules(tuple(rules))
        irregular = {entry.id: entry.data for entry in ruleset.entries("verbs")}
        tokenizer = cache.tokenizer_key(nlp.tokenizer)
        self.triggers: PhraseTable[Trigger] = cache.phrase_table(
            f"{name}-triggers", nlp, lambda table: _add_triggers(table, ruleset, irregular),
            tokenizer)
        self.fixed_status = {
            entry.id: entry["status"] for entry in ruleset.entries("events") if entry.get("status")
        }
        self.cues: PhraseTable[Cue] = cache.phrase_table(
            f"{name}-cues", nlp, lambda table: _add_cues(table, ruleset), tokenizer)
        self.reporting: PhraseTable[str] = cache.phrase_table(
            f"{name}-reporting", nlp, lambda table: _add_reporting(table, ruleset, irregular),
            tokenizer)
        self.context_words = {
            need: lexicon_words(ruleset, "weapon-words" if need == "weapon" else need)
            for entry in ruleset.entries("events") for need in entry.get("requires", [])
            if need != "treaty"
        }
        self.treaty_nouns = lexicon_words(ruleset, "treaty-nouns")
        self.clause_breaks = lexicon_words(ruleset, "clause-breaks")
        self.scope_breaks = lexicon_words(ruleset, "date-scope-breaks")
        self.actor_nouns = lexicon_words(ruleset, "actor-nouns")
        self.passive_auxiliaries = lexicon_words(ruleset, "passive-auxiliaries")
        self.speaker_acts = lexicon_words(ruleset, "speaker-acts-events")
        self.joint_cues = lexicon_words(ruleset, "joint-event-cues")
        self.context_before = lexicon_words(ruleset, "context-before-events")
        self.relative_pronouns = lexicon_words(ruleset, "relative-pronouns")
        self.refusal_verbs = lexicon_words(ruleset, "refusal-verbs")
        self.definite_determiners = lexicon_words(ruleset, "definite-determiners")
        self.origin_words = lexicon_words(ruleset, "origin-words")
        self.attributive_markers = lexicon_words(ruleset, "attributive-markers")
        self.list_conjunctions = lexicon_words(ruleset, "list-conjunctions")
        self.state_names = {entry.id: entry["name"] for entry in ruleset.entries("actors")
                            if entry["type"] == "state"}
        self.possessives = lexicon_words(ruleset, "possessive-pronouns")
        self.object_pronouns = lexicon_words(ruleset, "object-pronouns")
        self.other_objects = lexicon_words(ruleset, "non-weapon-objects")
        self.object_stops = lexicon_words(ruleset, "object-phrase-ends")
        extensions.register_extensions()

    # -- per document -----------------------------------------------------------------------
    @cached_property
    def hashes(self) -> _LowerHashes:
        """The word lists as LOWER hashes, built on first use."""
        return _LowerHashes(self)

    def __call__(self, doc: Doc) -> Doc:
        matches = self._select(self.triggers(doc))
        if not matches:
            doc.spans[extensions.SPAN_GROUPS["event"]] = []
            return doc
        context = _DocContext(doc, self)
        found = []
        absorber: tuple[int, Trigger] | None = None  # (end of its last object, trigger)
        for index, (start, end, trigger) in enumerate(matches):
            if absorber is not None and trigger.tense in ("noun", "gerund", "phrase") \
                    and trigger.type in absorber[1].absorbs and start - absorber[0] <= 3:
                absorber = (end, absorber[1])  # "denied the accusations of violating ..."
                continue
            absorber = (end, trigger) if trigger.absorbs else None
            if context.refuses(start, end, matches[index + 1:index + 2]):
                context.refused.add(matches[index + 1][0])
                continue  # "rejected joining talks": the talks are negated, nothing denied
            if trigger != BLOCKED:  # equal, not identical: tables may come from the cache
                event = self._event(doc, context, start, end, trigger)
                if event is not None:
                    found.append(event)
                    context.types_by_sentence.setdefault(event.sentence, set()).add(
                        trigger.type)
        events = merge(found)
        spans = []
        for event in events:
            span = event.span  # already labelled with the event type
            span._.treatyx_event = self._attrs(event, doc, context)
            spans.append(span)
        doc.spans[extensions.SPAN_GROUPS["event"]] = spans
        return doc

    @staticmethod
    def _select(matches: list) -> list[tuple[int, int, Trigger]]:
        """Longest trigger wins where triggers overlap; one trigger per token span."""
        taken: set[int] = set()
        kept = []
        for start, end, payloads in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
            if any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            kept.append((start, end, payloads[0]))
        return sorted(kept)

    def _event(self, doc: Doc, ctx: _DocContext, start: int, end: int,
               trigger: Trigger) -> EventMention | None:
        sent_start, sent_end = ctx.sentence_bounds(start)
        systems = [m for m in ctx.systems if sent_start <= m.start < sent_end]
        has_treaty, treaty = ctx.treaty_for(start, sent_start, sent_end)
        # Short of what it requires, "The Kremlin denied the charge." may take its context
        # from the sentence before (lexicon context-before-events), and "the test took place
        # on ..." may only retell the test told just before.
        retelling = not all(
            ctx.satisfies(need, start, end, sent_start, sent_end, has_treaty, systems)
            for need in trigger.requires) and not (
            trigger.type in self.context_before
            and ctx.previous_sentence_satisfies(trigger.requires, start))
        if retelling and not ctx.refers_back(start, trigger):
            return None
        if trigger.tense in ("past", "participle") and ctx.is_attributive(start, end):
            return None  # "1,550 deployed warheads", "the signed accord": an adjective
        status = self.fixed_status.get(trigger.rule) or (
            "negated" if start in ctx.refused else ctx.status(start, sent_start, trigger.type))
        reporting = ctx.reporting_before(start, sent_start)
        clause_start = max(reporting[1] if reporting else sent_start, ctx.clause_start(start,
                                                                                        sent_start))
        source = ctx.actor_before(reporting[0], sent_start) if reporting else None
        agent = ctx.agent(start, end, trigger, clause_start, sent_end) \
            if trigger.has_actors else None
        agents = ctx.coordinated(agent) if agent is not None else []
        target = ctx.actor_after(end, ctx.clause_end(end, sent_end),
                                 exclude={a.id for a in agents}) if trigger.has_actors else None
        actors: list[dict] = []
        if trigger.subject_is_target and trigger.tense != "noun":
            # "Moscow violated the treaty", said Washington: the subject is the accused.
            for accused in agents:
                actors.extend(_actor_refs(accused, "target", self.state_names))
            if source is not None:  # the accuser
                actors[:0] = _actor_refs(source, "agent", self.state_names)
        elif trigger.has_actors:
            for actor in agents:
                actors.extend(_actor_refs(actor, "agent", self.state_names))
            agent_ids = {a.id for a in agents}
            for actor in ctx.coordinated(target) if target is not None else []:
                if actor.id not in agent_ids:  # "talks with Washington and Seoul"
                    actors.extend(_actor_refs(actor, "target", self.state_names))
        if not actors and source is not None and trigger.type in self.speaker_acts:
            actors.extend(_actor_refs(source, "agent", self.state_names))
        elif source is not None and trigger.has_actors and ctx.is_joint(start, clause_start):
            actors.extend(self._speaker_state(source, actors))
        if not actors and treaty is None and not systems and "weapon" not in trigger.requires:
            return None  # "would be discussed by the two sides": nothing to record
        date, date_weak = ctx.date_for(start, sent_start, sent_end, reporting,
                                       signing=trigger.type == "signing")
        return EventMention(
            span=Span(doc, start, end, label=trigger.type), trigger=trigger,
            sentence=ctx.sentence_index(start),
            status=status, actors=dedupe(actors), treaty=treaty,
            systems=list(dict.fromkeys(m.id for m in systems)), date=date,
            source={"id": source.id, "name": source.name} if source else None,
            date_weak=date_weak, definite=ctx.is_definite(start, trigger), retelling=retelling,
        )

    def _speaker_state(self, source: Mention, actors: list[dict]) -> list[dict]:
        """For an event of two parties ("bilateral dialogue") that names one state or none: the
        state the speaker speaks for, as the other party ("Washington is ready to resume
        bilateral dialogue", Putin said: Russia)."""
        state = source.id if source.info.get("type") == "state" else \
            source.info.get("acts_for", source.info.get("country"))
        states = {a["id"] for a in actors if a["id"] in self.state_names}
        if not state or state in states or len(states) >= 2:
            return []
        return [{"id": state, "name": self.state_names.get(state, state), "role": "agent"}]

    @staticmethod
    def _attrs(event: EventMention, doc: Doc, ctx: _DocContext) -> dict:
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


def _trigger_forms(entry: dict, irregular: dict) -> Iterator[tuple[str, str]]:
    """Every surface form of an events entry with its tense (verbs inflected, nouns pluralised)."""
    for verb in entry.get("verbs") or []:
        yield from phrase_forms(verb, irregular)
    for noun in entry.get("nouns") or []:
        yield noun, "noun"
        yield plural(noun), "noun"
    for phrase in entry.get("phrases") or []:
        yield phrase, "phrase"


def _actor_refs(actor: Mention, role: str, names: dict[str, str]) -> list[dict]:
    """The actor, and beside a person or organisation the state it belongs to."""
    refs = [{"id": actor.id, "name": actor.name, "role": role}]
    country = actor.info.get("acts_for", actor.info.get("country"))
    if actor.info.get("type") != "state" and country and country != actor.id:
        refs.append({"id": country, "name": names.get(country, country), "role": role})
    return refs


def _hashes(words: Iterable[str]) -> frozenset[int]:
    return frozenset(get_string_id(word) for word in words)


class _LowerHashes:
    """The extractor's word lists as sets of LOWER ids (``get_string_id`` of the word: its
    hash, or the symbol number of a built-in string such as "agent" or "number"), so that a
    token is tested through ``doc.to_array(LOWER)`` without creating a Token object.
    Multi-word entries never equal one token's hash, as they never equal one token's text."""

    def __init__(self, extractor: EventExtractor):
        self.clause_breaks = _hashes(extractor.clause_breaks)
        self.scope_breaks = _hashes(extractor.scope_breaks)
        self.treaty_nouns = _hashes(extractor.treaty_nouns)
        self.actor_nouns = _hashes(extractor.actor_nouns)
        self.passive_auxiliaries = _hashes(extractor.passive_auxiliaries)
        self.possessives = _hashes(extractor.possessives)
        self.other_objects = _hashes(extractor.other_objects)
        self.object_stops = _hashes(extractor.object_stops)
        self.context_words = {need: _hashes(words)
                              for need, words in extractor.context_words.items()}
        self.coordinators = _hashes(("and", ",", "&"))
        self.joint_cues = _hashes(extractor.joint_cues)
        self.list_conjunctions = _hashes(extractor.list_conjunctions)
        self.comma = get_string_id(",")
        self.the = get_string_id("the")
        self.to = get_string_id("to")
        self.attributive_markers = _hashes(extractor.attributive_markers)
        self.relative_pronouns = _hashes(extractor.relative_pronouns)
        self.refusal_verbs = _hashes(extractor.refusal_verbs)
        self.definite_determiners = _hashes(extractor.definite_determiners)
        self.origin_words = _hashes(extractor.origin_words)
        self.of, self.by = get_string_id("of"), get_string_id("by")


class _DocContext:
    """What the event finder needs to know about one document, indexed once. What only a
    trigger that meets its requirements needs (actors, dates, cues, reporting verbs) is built
    on first use: in most news with a trigger word, no trigger gets that far."""

    def __init__(self, doc: Doc, extractor: EventExtractor):
        self.doc = doc
        self.extractor = extractor
        self.hashes = extractor.hashes
        # Token attributes are read from these lists rather than through doc[i], which builds
        # a Token object on every access.
        columns = doc.to_array([LOWER, SENT_START])
        self.lower: list[int] = columns[:, 0].tolist()
        self.sent_starts = extensions.sentence_starts(doc, columns[:, 1])
        self.sent_ends = [*self.sent_starts[1:], len(doc)]
        self.info = doc._.treatyx_entity_info or {}
        self.treaties = self._mentions(doc, "treaty", self.info)
        # "the 1987 Intermediate-Range Nuclear Forces Treaty": that year names the treaty.
        self.treaty_tokens = {i for m in self.treaties for i in range(m.start, m.end)}
        self.systems = self._mentions(doc, "system", self.info)
        self.refused: set[int] = set()  # triggers a verb of refusal negates
        self.types_by_sentence: dict[int, set[str]] = {}  # event types found so far

    @cached_property
    def actors(self) -> list[Mention]:
        return self._mentions(self.doc, "actor", self.info)

    @cached_property
    def actor_at(self) -> dict[int, Mention]:
        # An adjective ("Italian newspaper") names a state but is no actor of an event, unless
        # it qualifies an actor noun ("Russian officials", "the Russian side").
        return {i: m for m in self.actors if self._can_act(self.doc, m)
                for i in range(m.start, m.end)}

    @cached_property
    def adjective_at(self) -> dict[int, Mention]:
        return {m.start: m for m in self.actors if m.role == "adjective"}

    @cached_property
    def dates(self) -> list[tuple[int, int, Span, dict]]:
        return [(span.start, span.end, span, span._.treatyx_date or {})
                for span in self.doc.spans.get(extensions.SPAN_GROUPS["date"], [])]

    @cached_property
    def date_tokens(self) -> set[int]:
        return {i for start, end, _, _ in self.dates for i in range(start, end)}

    @cached_property
    def event_dates(self) -> list[tuple[int, int, Span, dict]]:
        """The dates that may date an event, whatever its sentence: none inside a treaty's
        name, none with an inferred day."""
        return [d for d in self.dates if d[2].label_ in DATE_TYPES
                and d[1] not in self.treaty_tokens and d[0] not in self.treaty_tokens
                and not d[3].get("day_inferred")]

    def _in_dateline(self, date: tuple[int, int, Span, dict], sent_start: int) -> bool:
        """"WASHINGTON, July 10 - The United States will ...": the dateline's date opens the
        sentence (and may date it when nothing nearer does) but belongs to no clause."""
        if date[0] - sent_start > DATELINE_START or date[1] >= len(self.lower):
            return False
        return self.doc[date[1]].text in DATELINE_ENDS

    def names_a_treaty(self, date: tuple[int, int, Span, dict]) -> bool:
        """"the 1987 accord": a date right before a word for a treaty names the treaty (and
        can date only its signing: "the Feb. 23 accord signed by Annan")."""
        after = date[1]
        return after < len(self.lower) and self.lower[after] in self.hashes.treaty_nouns

    @cached_property
    def cues(self) -> list[tuple[int, int, Cue]]:
        return [(start, end, payloads[0])
                for start, end, payloads in self.extractor.cues(self.doc)]

    @cached_property
    def reporting(self) -> list[tuple[int, int]]:
        # A verb of saying inside a name is none: "the United States" holds "states".
        names = {i for m in (*self.actors, *self.treaties, *self.systems)
                 for i in range(m.start, m.end)}
        return [(start, end) for start, end, _ in self.extractor.reporting(self.doc)
                if start not in names]

    def _can_act(self, doc: Doc, mention: Mention) -> bool:
        after = mention.end
        if after + 1 < len(doc) and doc[after].text == "-" and \
                self.lower[after + 1] in self.hashes.origin_words:
            return False  # "US-made missiles", "a Russian-built reactor"
        if mention.role != "adjective":
            return True
        nouns, lower = self.hashes.actor_nouns, self.lower
        if after < len(doc) and lower[after] in nouns:
            return True
        # "Iranian and European diplomats": one more adjective, then the actor noun
        return after + 2 < len(doc) and lower[after] in self.hashes.coordinators \
            and lower[after + 2] in nouns

    @staticmethod
    def _mentions(doc: Doc, kind: str, info: dict) -> list[Mention]:
        found = []
        for span in doc.spans.get(extensions.SPAN_GROUPS[kind], []):
            attrs = span._.treatyx_entity or {}
            entity_id = span.kb_id_
            entity = info.get(f"{kind}:{entity_id}", {})
            # Not entity.get("name", span.text), which builds the text (a Token per word) always.
            name = entity["name"] if "name" in entity else span.text  # noqa: SIM401
            found.append(Mention(span.start, span.end, entity_id, name,
                                 attrs.get("role", "alias"), entity))
        return found

    def sentence_index(self, token: int) -> int:
        return max(bisect_right(self.sent_starts, token) - 1, 0)

    def sentence_bounds(self, token: int) -> tuple[int, int]:
        index = self.sentence_index(token)
        return self.sent_starts[index], self.sent_ends[index]

    def clause_start(self, token: int, sent_start: int,
                     breaks: frozenset[int] | None = None) -> int:
        breaks = self.hashes.clause_breaks if breaks is None else breaks
        lower = self.lower
        for i in range(token - 1, sent_start - 1, -1):
            if lower[i] in breaks:
                return i + 1
        return sent_start

    def clause_end(self, token: int, sent_end: int, breaks: frozenset[int] | None = None) -> int:
        breaks = self.hashes.clause_breaks if breaks is None else breaks
        lower = self.lower
        for i in range(token, sent_end):
            if lower[i] in breaks:
                return i
        return sent_end

    def satisfies(self, need: str, start: int, end: int, sent_start: int, sent_end: int,
                  has_treaty: bool, systems: list[Mention]) -> bool:
        """Does the trigger have what it ``requires``: a treaty in its sentence, a weapon as its
        object or modifier ("fired two missiles", "a missile test"), or a lexicon word in its
        sentence?"""
        if need == "treaty":
            return has_treaty
        if need == "weapon":
            if self._object_is_pronoun(end):
                # "... while the US is working to develop its own": the weapon was named earlier.
                lo, hi = sent_start, sent_end
            else:
                lo, hi = max(sent_start, start - WEAPON_BEFORE), min(sent_end, end + WEAPON_AFTER)
                hi = self._before_other_object(end, hi)
            return any(lo <= m.start < hi for m in systems) or self._has_word(need, lo, hi)
        return bool(systems) or has_treaty or self._has_word(need, sent_start, sent_end)

    def _before_other_object(self, end: int, hi: int) -> int:
        """A trigger whose object phrase holds a non-weapon noun ("a test of a solid-fuel
        engine for a missile", "tested a missile rocket engine", "fired artillery") is no
        weapon test: the window then ends where that object begins."""
        others, stops, lower = self.hashes.other_objects, self.hashes.object_stops, self.lower
        i = end + 1 if end < hi and lower[end] == self.hashes.of else end
        while i < hi and lower[i] not in stops:
            if lower[i] in others:
                return end
            i += 1
        for i in range(end, hi):
            if lower[i] in others:
                return i
        return hi

    def _object_is_pronoun(self, end: int) -> bool:
        strings = self.doc.vocab.strings
        following = " ".join(strings[h] for h in self.lower[end:end + 2])
        return any(following == p or following.startswith(p + " ")
                   for p in self.extractor.object_pronouns)

    def is_definite(self, start: int, trigger: Trigger) -> bool:
        # "the test", "the tests": a verb's form after "the" is a noun too
        return trigger.tense in ("noun", "base", "present", "gerund") and start > 0 and \
            self.lower[start - 1] in self.hashes.definite_determiners

    def refers_back(self, start: int, trigger: Trigger) -> bool:
        """"Russia tested the Burevestnik. ... the test took place on October 21": "the test"
        needs no weapon of its own when the sentence before told of such an event."""
        if not self.is_definite(start, trigger):
            return False
        index = self._previous_sentence(self.sentence_index(start))
        return index >= 0 and trigger.type in self.types_by_sentence.get(index, ())

    def _previous_sentence(self, index: int) -> int:
        """The sentence before sentence ``index``, over paragraph breaks (-1: none)."""
        index -= 1
        while index >= 0 and not self.doc[self.sent_starts[index]:self.sent_ends[index]
                                          ].text.strip():
            index -= 1
        return index

    def previous_sentence_satisfies(self, requires: frozenset[str], token: int) -> bool:
        index = self._previous_sentence(self.sentence_index(token))
        if index < 0 or "weapon" in requires:
            return False
        lo, hi = self.sent_starts[index], self.sent_ends[index]
        systems = [m for m in self.systems if lo <= m.start < hi]
        has_treaty, _ = self.treaty_for(lo, lo, hi)
        return all(self.satisfies(need, lo, lo, lo, hi, has_treaty, systems) for need in requires)

    def _has_word(self, need: str, start: int, end: int) -> bool:
        words = self.hashes.context_words.get(need, frozenset())
        return not words.isdisjoint(self.lower[start:end])

    def treaty_for(self, trigger: int, sent_start: int, sent_end: int) -> tuple[bool, str | None]:
        """Does the sentence speak of a treaty, and which one: an explicit name (the nearest),
        else the one "the pact" refers back to (None when no treaty was ever named)."""
        named = [m for m in self.treaties if sent_start <= m.start < sent_end]
        if named:
            return True, min(named, key=lambda m: abs(m.start - trigger)).id
        if self.hashes.treaty_nouns.isdisjoint(self.lower[sent_start:sent_end]):
            return False, None
        before = [m for m in self.treaties if m.start < sent_start]
        if before:
            return True, before[-1].id
        after = [m for m in self.treaties if m.start >= sent_end]
        return True, (after[0].id if after else None)

    def status(self, trigger: int, sent_start: int, event_type: str) -> str:
        found = set()
        if self._actor_to(trigger):
            found.add("planned")  # "US to station missiles in Germany"
        anchor = self.list_start(trigger, sent_start)
        window_start = max(sent_start, anchor - CUE_WINDOW, self.clause_start(anchor, sent_start))
        for start, end, cue in self.cues:
            if window_start <= start and end <= trigger and start not in self.date_tokens:
                if cue.needs and not any(h in cue.needs for h in self.lower[end:trigger]):
                    continue
                if cue.types and event_type not in cue.types:
                    continue
                found.add(cue.status)  # "by May 1991" holds no "may"
        return next((s for s in STATUS_PRIORITY if s in found), "asserted")

    def refuses(self, start: int, end: int, following: list[tuple[int, int, Trigger]]) -> bool:
        """A verb of refusal (lexicon refusal-verbs) with another event's trigger a few words
        after it, in the same clause ("rejected joining arms control talks")."""
        if not following or end - start != 1 or self.lower[start] not in \
                self.hashes.refusal_verbs or following[0][2] == BLOCKED:
            return False
        between = self.lower[end:following[0][0]]
        return (len(between) <= REFUSED_OBJECT and self.hashes.clause_breaks.isdisjoint(between)
                and self.hashes.object_stops.isdisjoint(between))  # not "rejected in talks"

    def _actor_to(self, trigger: int) -> bool:
        """An actor, "to", then the trigger in a headline: its future ("Russia to quit
        treaty"; in the text, "allow Kyiv to fire" is no plan)."""
        return (trigger >= 2 and self._in_headline(trigger)
                and self.lower[trigger - 1] == self.hashes.to
                and (actor := self.actor_at.get(trigger - 2)) is not None
                and actor.end == trigger - 1)

    def _in_headline(self, token: int) -> bool:
        """The first sentence, when it ends without a full stop (a title line)."""
        if self.sentence_index(token) != 0:
            return False
        return not self.doc[self.sent_starts[0]:self.sent_ends[0]].text.rstrip().endswith(
            (".", "!", "?", '."', ".”"))

    def list_start(self, trigger: int, sent_start: int) -> int:
        """The first item when the trigger ends a list of two or more single words before it
        ("produce, possess, or flight-test"), so that a cue before the list ("neither country
        can ...") covers the whole list; else the trigger itself."""
        lower, hashes = self.lower, self.hashes
        i = trigger - 1
        if i <= sent_start:
            return trigger
        if lower[i] in hashes.list_conjunctions:
            needed = 2  # "produce, possess, or flight-test": two items before the last
            i -= 1
            if lower[i] == hashes.comma:
                i -= 1
        elif lower[i] == hashes.comma and trigger + 1 < len(lower) and (
                lower[trigger + 1] == hashes.comma
                or lower[trigger + 1] in hashes.list_conjunctions):
            needed = 1  # "never to test, produce and deploy": a middle item
            i -= 1
        else:
            return trigger
        first, items = trigger, 0
        while i >= sent_start and self._is_plain_word(i):
            first, items = i, items + 1
            if i - 2 < sent_start or lower[i - 1] != hashes.comma:
                break
            i -= 2
        return first if items >= needed else trigger

    def _is_plain_word(self, i: int) -> bool:
        token = self.doc[i]
        return token.is_alpha and token.is_lower

    def is_joint(self, start: int, clause_start: int) -> bool:
        """A word such as "bilateral" in the three words before the trigger."""
        return any(h in self.hashes.joint_cues
                   for h in self.lower[max(clause_start, start - 3):start])

    def reporting_before(self, trigger: int, sent_start: int) -> tuple[int, int] | None:
        before = [(s, e) for s, e in self.reporting if sent_start <= s and e <= trigger]
        return before[-1] if before else None

    def actor_before(self, token: int, limit: int) -> Mention | None:
        for i in range(token - 1, limit - 1, -1):
            if i in self.actor_at:
                return self.actor_at[i]
        return None

    def actor_after(self, token: int, limit: int, exclude: set[str] | None = None
                    ) -> Mention | None:
        for i in range(token, limit):
            actor = self.actor_at.get(i)
            if actor is not None and (not exclude or actor.id not in exclude):
                return actor
        return None

    def agent(self, start: int, end: int, trigger: Trigger, clause_start: int,
              sent_end: int) -> Mention | None:
        doc, lower = self.doc, self.lower
        if trigger.tense in ("past", "participle") and start > 0 and (
                lower[start - 1] in self.hashes.passive_auxiliaries
                or self._after_treaty_name(start)):
            return self._by_agent(end, sent_end)
        if trigger.tense in ("past", "participle") and start == self.sentence_bounds(start)[0]:
            by_agent = self._by_agent(end, sent_end)  # "Signed in 2010 by Obama and ..."
            if by_agent is not None:
                return by_agent
        if trigger.tense == "noun" and start >= 2 and doc[start - 1].text in POSSESSIVES:
            return self.actor_at.get(start - 2)
        nearest = self.actor_before(start, clause_start)
        if nearest is not None:
            return nearest
        antecedent = self._relative_antecedent(start)
        if antecedent is not None:
            return antecedent
        sent_start, _ = self.sentence_bounds(start)
        if trigger.tense == "gerund":
            # "... by now pulling out of the treaty, the U.S. was ...": the subject follows.
            after = self.actor_after(self.clause_end(end, sent_end), sent_end)
            if after is not None:
                return after
        if trigger.tense == "noun" and not (start > 0 and lower[start - 1] in
                                            self.hashes.possessives):
            return None
        # "Putin said ... and denied that ..." / "... and confirmed its withdrawal": a
        # coordinated verb or a possessive pronoun points to the sentence subject.
        return self.actor_after(sent_start, start)

    def _relative_antecedent(self, start: int) -> Mention | None:
        """"the United States, which signed but never ratified the pact": the actor right
        before a relative pronoun (lexicon relative-pronouns) is the subject of the verbs
        after it, unless another actor comes between."""
        sent_start, _ = self.sentence_bounds(start)
        lower, hashes = self.lower, self.hashes
        for i in range(start - 1, sent_start, -1):
            if i in self.actor_at:
                return None
            if lower[i] in hashes.relative_pronouns:
                j = i - 2 if lower[i - 1] == hashes.comma else i - 1
                return self.actor_at.get(j) if j >= sent_start else None
        return None

    def _by_agent(self, end: int, sent_end: int) -> Mention | None:
        """The actor after "by" in the words following a passive participle."""
        for i in range(end, min(end + 8, sent_end)):
            if self.lower[i] == self.hashes.by and i + 1 in self.actor_at:
                return self.actor_at[i + 1]
        return None

    def is_attributive(self, start: int, end: int) -> bool:
        """A participle between a determiner, possessive or number and a word: "on 1,550
        deployed strategic warheads", "the signed accord"."""
        if start == 0 or end >= len(self.lower) or not self.doc[end].is_alpha \
                or self.lower[end] in self.hashes.object_stops:
            return False  # "currently deployed in South Korea" is a verb
        before = self.doc[start - 1]
        return self.lower[start - 1] in self.hashes.attributive_markers or before.like_num

    def _after_treaty_name(self, start: int) -> bool:
        """"the INF treaty signed in 1987": a participle right after a treaty is passive."""
        i = start - 1
        while i > 0 and self.doc[i].is_punct:
            i -= 1
        return i in self.treaty_tokens or self.lower[i] in self.hashes.treaty_nouns

    def coordinated(self, actor: Mention) -> list[Mention]:
        """"Both Russia and China warned": every actor joined to ``actor`` by and/commas. A
        comma joins only inside a list that "and" closes ("Russia, China and Iran"), not two
        clauses ("... at Ukraine, Putin warns")."""
        found = [actor]
        comma = self.hashes.comma
        i = actor.start - 1
        if i > 0 and self.lower[i] == self.hashes.the:
            i -= 1  # "Russia and the United States"
        joined_by_and = False
        while i > 0 and self.lower[i] in self.hashes.coordinators:
            if self.lower[i] == comma and not joined_by_and:
                break
            joined_by_and = True
            previous = self.actor_at.get(i - 1)
            if previous is None and found[0].role == "adjective":
                previous = self._adjective_ending_at(i)  # "Russian and American diplomats"
            if previous is None:
                break
            found.insert(0, previous)
            i = previous.start - 1
            if i > 0 and self.lower[i] == self.hashes.the:
                i -= 1
        i = actor.end  # "by Barack Obama and Dmitry Medvedev"
        while i + 1 < len(self.lower) and self.lower[i] in self.hashes.coordinators:
            j = i + 2 if self.lower[i + 1] == self.hashes.the else i + 1
            following = self.actor_at.get(j)
            if following is None or following.start != j:
                break
            if self.lower[i] == comma and not (
                    following.end < len(self.lower)
                    and self.lower[following.end] in self.hashes.coordinators):
                break  # "at Ukraine, Putin warns": no list goes on after the comma
            found.append(following)
            i = following.end
        return found

    def _adjective_ending_at(self, end: int) -> Mention | None:
        for start in range(end - 1, max(end - 4, -1), -1):
            mention = self.adjective_at.get(start)
            if mention is not None:
                return mention if mention.end == end else None
        return None

    def date_for(self, trigger: int, sent_start: int, sent_end: int,
                 reporting: tuple[int, int] | None, signing: bool = False
                 ) -> tuple[dict | None, bool]:
        """The date of the event at ``trigger``, and whether it is only a guess from the
        sentence (the dateline, the day it was said, the sentence's only date) rather than a
        date of the event's own clause or one opening the sentence."""
        dates = [d for d in self.event_dates if sent_start <= d[0] < sent_end
                 and (signing or not self.names_a_treaty(d))]
        if not dates:
            return None, False
        # A date belongs to the trigger's clause unless a strong break ("that", ";", "which")
        # stands between them; commas and "and" join phrases as often as clauses.
        breaks = self.hashes.scope_breaks
        scope_start = max(self.clause_start(trigger, sent_start, breaks),
                          reporting[1] if reporting else sent_start)
        scope_end = self.clause_end(trigger, sent_end, breaks)
        later_saying = [s for s, _ in self.reporting if trigger < s < scope_end]
        if later_saying:  # "... planned to pull out, and confirmed its withdrawal in February"
            scope_end = later_saying[0]
        own = [d for d in dates if scope_start <= d[0] < scope_end
               and not self._in_dateline(d, sent_start)]
        if not own and self._relative_antecedent(trigger) is not None:
            return None, False  # "..., which signed but never ratified it": not its date
        # "On March 21, at 6:36 a.m., North Korea fired ...": a date opening the sentence
        # dates what the sentence tells.
        opening = [d for d in dates if d[0] - sent_start <= SENTENCE_OPENING and d[0] < trigger]
        weak = False
        if own:
            chosen = min(own, key=lambda d: abs(d[0] - trigger))
        elif opening:
            chosen = opening[0]
            weak = self._in_dateline(chosen, sent_start)
        elif reporting is not None:
            near = [d for d in dates if reporting[0] - 5 <= d[0] <= reporting[1] + 3]
            if not near:
                return None, False
            chosen, weak = near[0], True
        elif len(dates) == 1:
            chosen, weak = dates[0], True
        else:
            return None, False
        _, _, span, attrs = chosen
        return {**mention(span), "value": attrs.get("value"), "type": attrs.get("type"),
                "mod": attrs.get("mod")}, weak


@Language.factory(
    "treatyx_events",
    default_config={"rules": []},
    assigns=["doc.spans"],
    requires=["doc.sents"],
)
def make_events(nlp: Language, name: str, rules: list[str]) -> EventExtractor:
    """Dated events from trigger rules, with arguments from the trigger's sentence."""
    return EventExtractor(nlp, name, rules)
