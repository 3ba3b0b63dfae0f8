"""Event triggers: the words of the ``events`` rules in every surface form, and the choice
among overlapping matches."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.strings import get_string_id

from ...matching import PhraseTable
from ...ruleset import RuleSet
from ...ruleset.vocab import ONLY_WORDS
from ...wordforms import phrase_forms, plural
from ..common import lexicon_words

# met by the lexicon's weapon-words
WEAPON_NEEDS = frozenset({"weapon", "weapon-object", "weapon-subject"})
TREATY_NEEDS = frozenset({"treaty", "treaty-object"})  # met by a treaty, not a lexicon word
STATE_OBJECT = "state-object"  # met by a state's name after the trigger, not a lexicon word


def need_lexicon(need: str) -> str:
    """The lexicon whose words meet a requirement: a builtin's, else the lexicon it names."""
    if need in WEAPON_NEEDS:
        return "weapon-words"
    return need.removeprefix(ONLY_WORDS)


@dataclass(frozen=True)
class Trigger:
    rule: str
    type: str
    tense: str  # base | present | past | participle | gerund | noun | phrase | blocked
    requires: frozenset[str]
    absorbs: frozenset[str] = frozenset()
    subject_is_target: bool = False
    has_actors: bool = True  # False: the treaty is the subject ("New START expires")
    # The word lists below hold LOWER ids (spaCy string hashes of lower-case words), made
    # once when the rules load, so matching compares them with ``DocContext.lower`` as is.
    aimed: frozenset[int] = frozenset()  # only when the weapon is followed by one of these
    # only when one of these follows within a few words, the verb's object between them
    # ("pulled the United States out of the treaty"); each a tuple of words
    particle: frozenset[tuple[int, ...]] = frozenset()
    # never when its object holds one of these ("met its obligations" is no meeting)
    unless_object: frozenset[int] = frozenset()
    # only when it or its object holds one of these ("restored some of the sanctions")
    object_words: frozenset[int] = frozenset()
    # only when one of these in its clause is followed by a weapon ("attacked X with missiles")
    instrument: frozenset[int] = frozenset()
    # the type it tells when a plain negation stands right before it ("is not in violation
    # of": a denial); empty: it stays negated
    negated_type: str = ""
    # a verb of these types that opens the clause it governs is what it says ("denied the
    # system contravenes the treaty" is one denial)
    absorbs_clause: frozenset[str] = frozenset()
    # after the object, one of these words before the state that acts, the subject then
    # receiving ("bought S-400 systems from Russia": Russia supplies them to the buyer)
    supplier_after: frozenset[int] = frozenset()
    # with no supplier named, the buyer deploys what it buys ("Germany will buy F-35s")
    buyer_deploys: bool = False
    # never as the attribute of a linking verb ("the plan was a departure from the deal": the
    # act is called so, nobody departs)
    unless_attribute: bool = False

    @property
    def conditional(self) -> bool:
        """Does it count only where its context allows (``aimed``, ``particle``,
        ``unless_object``, ``object``, ``instrument``, ``unless_attribute``)?"""
        return bool(self.aimed or self.particle or self.unless_object or self.object_words
                    or self.instrument or self.unless_attribute)

    @property
    def about_weapons(self) -> bool:
        """Does it require a weapon (anywhere near, or as its object)?"""
        return not self.requires.isdisjoint(WEAPON_NEEDS)


BLOCKED = Trigger("trigger-blockers", "", "blocked", frozenset())

Match = tuple[int, int, Trigger]


def _word_ids(words: list[str]) -> frozenset[int]:
    return frozenset(get_string_id(w.lower()) for w in words)


def make_trigger(entry_id: str, entry: dict, tense: str) -> Trigger:
    """The trigger of an ``events`` entry in one surface form's tense."""
    return Trigger(entry_id, entry["type"], tense,
                   frozenset(entry.get("requires", [])),
                   frozenset(entry.get("absorbs", [])),
                   entry.get("subject") == "target", entry.get("subject") != "none",
                   _word_ids(entry.get("aimed", [])),
                   frozenset(tuple(get_string_id(w) for w in p.lower().split())
                             for p in entry.get("particle", [])),
                   _word_ids(entry.get("unless_object", [])),
                   _word_ids(entry.get("object", [])) if tense != "phrase" else frozenset(),
                   _word_ids(entry.get("instrument", [])),
                   entry.get("negated") or "",
                   frozenset(entry.get("absorbs_clause", [])),
                   _word_ids(entry.get("supplier_after", [])),
                   bool(entry.get("buyer_deploys")),
                   bool(entry.get("unless_attribute")))


def add_triggers(table: PhraseTable[Trigger], ruleset: RuleSet, irregular: dict) -> None:
    for entry in ruleset.entries("events"):
        for form, tense in trigger_forms(entry.data, irregular):
            table.add(form, make_trigger(entry.id, entry.data, tense), case=entry.get("case"))
    # Phrases that look like triggers but are not ("signs that"): longest match wins. A noun
    # phrase blocks its plural too ("launch site", "launch sites").
    blockers = lexicon_words(ruleset, "trigger-blockers")
    table.add_all(sorted(blockers | {plural(b) for b in blockers}), BLOCKED)


def trigger_forms(entry: dict, irregular: dict) -> Iterator[tuple[str, str]]:
    """Every surface form of an events entry with its tense (verbs inflected, nouns pluralised)."""
    for verb in entry.get("verbs") or []:
        yield from phrase_forms(verb, irregular)
    for noun in entry.get("nouns") or []:
        for form in (noun, plural(noun)):
            yield form, "noun"
            yield from ((hyphened, "noun") for hyphened in _hyphened(form))
    for phrase in entry.get("phrases") or []:
        yield phrase, "phrase"


def _hyphened(noun_phrase: str) -> Iterator[str]:
    """A noun phrase with one space between two words written as a hyphen, as a compound
    before a noun often is ("nuclear-weapons tests", "missile-test site")."""
    words = noun_phrase.split(" ")
    for at in range(1, len(words)):
        if words[at - 1][-1:].isalpha() and words[at][:1].isalpha():
            yield " ".join([*words[:at - 1], words[at - 1] + "-" + words[at], *words[at + 1:]])


def select(matches: list, fits: Callable[[int, int, Trigger], bool] | None = None,
           holds: Callable[[int, int, Trigger], bool] | None = None) -> list[Match]:
    """Longest trigger wins where triggers overlap; one trigger per token span. Where one form
    belongs to several entries, a conditional entry (``aimed``, ``particle``, ``object``...)
    comes first and counts only when ``fits(start, end, trigger)`` holds ("fired missiles at
    Israel", "pulled the country out of"); else the next entry does. Of the entries that
    count, the first whose requirements hold here (``holds``) is taken, else the first:
    "in violation of international law" is the sovereignty entry's when a strike is named,
    the treaty entry's otherwise. A longer match none of whose entries holds gives way to a
    shorter one inside it that has an entry of its type, when any of that match's entries
    holds: in "voted to ratify a landmark arms treaty" the treaty is too far for "vote to
    ratify" (a legislature's approval), not for "ratify"; "tested a" wants a missile,
    "tested" also takes a nuclear device. Without ``fits`` (only where a trigger is
    matters), every entry counts."""
    fits = fits or (lambda start, end, trigger: True)

    def counting(start: int, end: int, payloads: list[Trigger]) -> Iterator[Trigger]:
        return (t for t in sorted(payloads, key=lambda t: not t.conditional)
                if not t.conditional or fits(start, end, t))

    def nested(start: int, end: int, kind: str) -> list[tuple[int, int, list[Trigger]]]:
        """The shorter matches inside [start, end) with an entry of type ``kind``."""
        return [(s, e, p) for s, e, p in matches
                if start <= s and e <= end and e - s < end - start
                and any(t.type == kind for t in p)]

    taken: set[int] = set()
    kept = []
    for start, end, payloads in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        if any(i in taken for i in range(start, end)):
            continue
        entries = counting(start, end, payloads)
        trigger = next(entries, None)
        if trigger is None:
            continue
        inner = nested(start, end, trigger.type) if holds is not None else []
        if holds is not None and (len(payloads) > 1 or inner) \
                and not holds(start, end, trigger):
            trigger = next((t for t in entries if holds(start, end, t)), trigger)
            if inner and not holds(start, end, trigger) and any(
                    holds(s, e, t) for s, e, p in inner for t in counting(s, e, p)):
                continue  # "voted to ratify a landmark treaty": "ratify" needs less
        taken.update(range(start, end))
        kept.append((start, end, trigger))
    return sorted(kept)
