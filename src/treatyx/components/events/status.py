"""Whether an event happened, is planned, negated or hypothetical: status cues (the
``event_cues`` rules) before the trigger in its clause, verbs of refusal, and headlines of the
"Russia to quit treaty" kind."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.strings import get_string_id

from ...matching import PhraseTable
from ...ruleset import RuleSet
from .context import DocContext
from .requirements import is_attributive, is_participle, relative_clause_object
from .triggers import BLOCKED, Match

WOULD, THAT, BE = get_string_id("would"), get_string_id("that"), get_string_id("be")
UNDER = get_string_id("under")
PAST_DATE_REACH = 8  # tokens after an event noun in which a date of its own may stand
DATE_PREPOSITIONS = frozenset(get_string_id(w) for w in ("on", "in", "at"))
AUXILIARIES = frozenset(get_string_id(w) for w in ("will", "would", "shall", "has", "have", "had"))
CUE_WINDOW = 8  # words before a trigger in which a status cue applies
EXAMPLE_LIST = 24  # tokens of a list of examples before a trigger ("including ..., ... or")
NEEDS_REACH = 4  # further words for a cue that needs a word between ("urged ... to")
STATUS_PRIORITY = ("generic", "negated", "hypothetical", "planned")  # the first found wins
REFUSED_OBJECT = 5  # words between a verb of refusal and the trigger it refuses
NOUN_PHRASE = 6  # words of a prepositional phrase between an event noun and its predicate
PREDICATE_WINDOW = 3  # words after such a cue in which its verb of taking place stands
CONDITION_REACH = 4  # words from a condition's "if" to the "that" of its verb's clause
QUOTED_TERM = 4  # words of a quoted term before its trigger ('"episodic deployments"')


@dataclass(frozen=True)
class Cue:
    """A status cue; with ``needs``, it counts only when one of these words (LOWER ids) stands
    between it and the trigger ("urged Moscow to destroy"); with ``after``, only when one
    follows the trigger in its sentence ("tried to reimpose sanctions, but the move failed");
    with ``unless``, not when one of these words stands between it and the trigger ("rejected
    the vote to impose sanctions": the vote was held); with ``right_before``, only when one
    of these words stands right before the trigger ("kept Iran from building", not "kept
    the damage from a system deployed in Europe")."""

    status: str
    needs: frozenset[int] = frozenset()
    types: frozenset[str] = frozenset()  # the event types it applies to (empty: all)
    after: frozenset[int] = frozenset()  # one of these must follow the trigger in its sentence
    unless: frozenset[int] = frozenset()
    right_before: frozenset[int] = frozenset()


def add_cues(table: PhraseTable[Cue], ruleset: RuleSet) -> None:
    for entry in ruleset.entries("event_cues"):
        needs, after, unless, right_before = (
            frozenset(get_string_id(word.lower()) for word in entry.get(key, []))
            for key in ("needs_between", "needs_after", "unless_between", "needs_right_before"))
        cue = Cue(entry["status"], needs, frozenset(entry.get("types", [])), after, unless,
                  right_before)
        table.add_all(entry["cues"], cue, case=entry.get("case"))


def status(ctx: DocContext, trigger: int, event_type: str, noun_end: int | None = None,
           base_verb: bool = False) -> str:
    """The status of the event whose trigger starts at ``trigger``; ``noun_end``, for an event
    noun, lets a cue right after its phrase count too ("sanctions against Iran would follow",
    "talks were set to begin"); a ``base_verb`` right after "and" shares the cues of the verb
    before it ("so they can fly apart and hit separate targets"); a verb whose object is
    the noun its relative clause qualifies takes no cue from before that noun."""
    sent_start, sent_end = ctx.sentence_bounds(trigger)
    found = set()
    if noun_end is not None and (after := _cue_after_noun(ctx, noun_end, sent_end)):
        found.add(after)
    if noun_end is not None and _halted_after_noun(ctx, noun_end, sent_end):
        found.add("negated")
    if noun_end is not None and _scheduled_after_noun(ctx, noun_end, sent_end):
        found.add("planned")
    if _actor_to(ctx, trigger):
        found.add("planned")  # "US to station missiles in Germany"
    anchor = list_start(ctx, trigger, sent_start)
    example = _examples_opener(ctx, anchor, sent_start)
    if example is not None:
        # "bans several activities, including developing and testing nuclear arms": the
        # cues before the list of examples cover its items (from before its comma)
        anchor = example - 1 if ctx.lower[example - 1] == ctx.hashes.comma else example
    for before in range(anchor - 1, max(sent_start, anchor - QUOTED_TERM) - 1, -1):
        if ctx.lower[before] in ctx.hashes.quote_marks:
            anchor = before  # 'will begin "episodic deployments"': a quoted term, no clause
            break
    clause_start = ctx.clause_start(anchor, sent_start)
    if base_verb and (joined := _joining_word(ctx, anchor, sent_start)) is not None \
            and sent_start < joined < clause_start:
        # "will not deploy, or plan to deploy, such missiles": the first verb's clause
        clause_start = ctx.clause_start(joined, sent_start)
    # (in words: a compound split at its hyphens is one, "state-of-the-art radar")
    window_start = max(ctx.words_before(anchor, CUE_WINDOW, sent_start), clause_start)
    # a cue that needs a word between ("urged ... to") reaches over a longer object: "urged
    # the IAEA Board of Governors to call a special session", and into a relative clause on
    # its object: "vetoed a draft that would have renewed the mandate"
    relative = clause_start > sent_start and ctx.lower[clause_start - 1] == THAT
    wide_start = max(ctx.words_before(anchor, CUE_WINDOW + NEEDS_REACH, sent_start),
                     ctx.clause_start(clause_start - 1, sent_start) if relative else clause_start)
    barrier = next((i for i in range(anchor - 1, window_start - 1, -1)
                    if _status_barrier(ctx, i, noun_end)), None)
    if (head := relative_clause_object(ctx, trigger)) is not None:
        # "did not honour the contract it signed in 2007": the relative clause has a
        # subject of its own, and a cue before the noun it qualifies is the main verb's
        barrier = head if barrier is None or barrier < head else barrier
    for start, end, cue in ctx.cues_in.get(ctx.sentence_index(trigger), ()):
        if barrier is not None and end <= barrier:
            continue
        # a cue that ends with the "that" opening the trigger's clause holds it too ("denied
        # that it had tested a missile"), also with the day it was said before the "that"
        # ("denied on Thursday that it had transferred missiles")
        opens_clause = (end == clause_start > sent_start and ctx.lower[end - 1] == THAT) or (
            end < clause_start - 1 and ctx.lower[clause_start - 1] == THAT
            and all(i in ctx.date_tokens or (i + 1 in ctx.date_tokens
                                             and ctx.lower[i] in DATE_PREPOSITIONS)
                    for i in range(end, clause_start - 1)))
        if ((wide_start if cue.needs else window_start) <= start or opens_clause) \
                and end <= trigger and start not in ctx.date_tokens:
            if cue.needs and not any(h in cue.needs for h in ctx.lower[end:trigger]):
                continue
            if cue.unless and not cue.unless.isdisjoint(ctx.lower[end:trigger]):
                continue
            if cue.right_before and ctx.lower[trigger - 1] not in cue.right_before:
                continue
            if cue.types and event_type not in cue.types:
                continue
            if cue.status == "generic" and end - start == 1 and is_participle(ctx, start) \
                    and (is_attributive(ctx, start, end) or _object_adjective(ctx, start)):
                continue  # "the outlawed gas was used in an attack": an adjective, no ban
            if cue.after and cue.after.isdisjoint(ctx.lower[trigger:sent_end]):
                continue
            if cue.status == "hypothetical" and _planned_would(ctx, start, end):
                found.add("planned")  # "announced on Friday that it would leave the treaty"
                continue
            found.add(cue.status)  # "by May 1991" holds no "may"
    if base_verb and not found and _joining_word(ctx, anchor, sent_start) is not None:
        found.update(_shared_modal_status(ctx, trigger, event_type, sent_start))
    if _in_opening_condition(ctx, trigger, sent_start) \
            or _in_condition_complement(ctx, clause_start, sent_start):
        found.add("hypothetical")  # "If they came to the table and we reached an accord, ..."
    elif _in_future_time_clause(ctx, trigger, sent_start, sent_end):
        found.add("planned")  # "Once Iran has ratified the CTBT, sanctions will be lifted"
    if "planned" in found and not ctx.hashes.conditions.isdisjoint(
            ctx.lower[trigger:sent_end]):
        found.add("hypothetical")  # "said it would pull out of the accord if ..."
    return next((s for s in STATUS_PRIORITY if s in found), "asserted")


def _status_barrier(ctx: DocContext, i: int, noun_end: int | None) -> bool:
    """Does the word at ``i`` open a phrase whose event keeps its own status, whatever cue
    comes before it? Before an event noun, a word of status-barriers ("will impose sanctions
    on Iran over its missile tests"; not the light verb "hand over") or of past-event-barriers
    with a past date in the phrase; before a verb, a word of clause-status-barriers ("has not
    shared the data since it suspended the treaty")."""
    lower, hashes = ctx.lower, ctx.hashes
    if noun_end is None:
        return lower[i] in hashes.clause_status_barriers
    return (lower[i] in hashes.status_barriers
            or (lower[i] in hashes.past_event_barriers and _past_date_in_phrase(ctx, i, noun_end))
            ) and i not in ctx.light_verb_tokens


def _object_adjective(ctx: DocContext, cue: int) -> bool:
    """Does the participle at ``cue`` open the object of another event's verb, a word of
    its noun after it ("imposed limited trade sanctions")?"""
    return cue - 1 in ctx.trigger_starts and cue + 1 < len(ctx.lower) \
        and ctx.doc[cue + 1].is_alpha


def _past_date_in_phrase(ctx: DocContext, word: int, noun_end: int) -> bool:
    """Does a date before the article's day start after ``word`` and at most
    PAST_DATE_REACH tokens past the event noun, in its clause ("after the summit in June",
    "following last month's summit", "after the summit between Moon and Kim in April")?"""
    today = ctx.document_date
    if not today:
        return False
    sentence = ctx.sentence_index(word)
    reach = min(noun_end + PAST_DATE_REACH,
                ctx.clause_end(noun_end, ctx.sent_ends[sentence], ctx.hashes.scope_breaks))
    for start, _, _, value in ctx.dates_in.get(sentence, ()):
        if word < start <= reach:
            day = str(value.get("value") or "")
            if day[:1].isdigit() and day < today[:len(day)]:
                return True
    return False


def _joining_word(ctx: DocContext, anchor: int, sent_start: int) -> int | None:
    """Where the comma, or else the "and" or "or", that joins ``anchor`` to a verb before it
    stands ("and dismantle", ", or threaten to use"); None if none does."""
    i = anchor - 1
    if i <= sent_start or ctx.lower[i] not in ctx.hashes.and_or:
        return None
    return i - 1 if i - 1 > sent_start and ctx.lower[i - 1] == ctx.hashes.comma else i


def _shared_modal_status(ctx: DocContext, trigger: int, event_type: str, sent_start: int
                         ) -> set[str]:
    """A base verb after "and" is the second verb of the modal or "to" before the first one:
    "Iran would remove half of its centrifuges, which could enrich uranium for weapons, and
    dismantle a reactor" is as planned or hypothetical as the first verb, however far back
    its cue stands in the sentence. Only planned and hypothetical cues that need nothing
    more; a "would" of a plan (:func:`_planned_would`) is planned for both verbs."""
    found = set()
    for start, end, cue in ctx.cues_in.get(ctx.sentence_index(trigger), ()):
        if sent_start <= start and end <= trigger and start not in ctx.date_tokens \
                and cue.status in ("planned", "hypothetical") and not cue.needs \
                and not cue.after and (not cue.types or event_type in cue.types):
            found.add("planned" if cue.status == "hypothetical"
                      and _planned_would(ctx, start, end) else cue.status)
    return found


def _opening_word(ctx: DocContext, trigger: int, sent_start: int) -> int | None:
    """Where the word that opens the trigger's sentence stands, past opening quote marks;
    None when the trigger itself opens it."""
    first = sent_start
    while first < trigger and ctx.lower[first] in ctx.hashes.quote_marks:
        first += 1
    return first if first < trigger else None


def _in_opening_condition(ctx: DocContext, trigger: int, sent_start: int) -> bool:
    """Does the trigger stand in the condition that opens its sentence, from "If" or
    "Unless" (lexicon condition-words) to the first comma: "If the other parties returned to
    talks and we struck a deal, we would rejoin"?"""
    first = _opening_word(ctx, trigger, sent_start)
    if first is None or ctx.lower[first] not in ctx.hashes.conditions:
        return False
    return all(ctx.lower[i] != ctx.hashes.comma for i in range(first + 1, trigger))


def _in_condition_complement(ctx: DocContext, clause_start: int, sent_start: int) -> bool:
    """Does the trigger's clause open with the "that" of a verb of finding in a condition:
    "can restore the sanctions if they find that Iran is not complying", "unless inspectors
    confirm that the site was destroyed"? What would be found is as hypothetical as the
    condition ("only if it can show its plant makes fuel for reactors" still
    tells the enrichment: lexicon finding-verbs). Only a few words from "if" (lexicon
    condition-words) to "that"."""
    that = clause_start - 1
    if that <= sent_start + 1 or ctx.lower[that] != THAT \
            or ctx.lower[that - 1] not in ctx.hashes.finding_verbs:
        return False
    for i in range(that - 1, max(sent_start, that - 1 - CONDITION_REACH) - 1, -1):
        if ctx.lower[i] in ctx.hashes.conditions:
            return True
        if ctx.lower[i] == ctx.hashes.comma:
            return False
    return False


def _in_future_time_clause(ctx: DocContext, trigger: int, sent_start: int, sent_end: int
                           ) -> bool:
    """Does the trigger stand in the clause of time that opens its sentence, from "After",
    "Once" or "When" (lexicon time-clause-openers) to the first comma, with "will" (lexicon
    future-auxiliaries) in the main clause after it: "Once Iran has ratified the CTBT, the
    sanctions will be lifted"?"""
    first = _opening_word(ctx, trigger, sent_start)
    if first is None or ctx.lower[first] not in ctx.hashes.time_openers:
        return False
    comma = next((i for i in range(first + 1, sent_end) if ctx.lower[i] == ctx.hashes.comma),
                 None)
    if comma is None or trigger > comma:
        return False
    # the main clause's own future, not that of what it reports ("NATO said it will respond")
    said = min((s for s, _ in ctx.reporting_in.get(ctx.sentence_index(trigger), ())
                if s > comma), default=sent_end)
    return not ctx.hashes.future_auxiliaries.isdisjoint(ctx.lower[comma + 1:said])


def _planned_would(ctx: DocContext, start: int, end: int) -> bool:
    """"would" that tells a plan, with no condition in its sentence: after a verb of saying
    there, the future of what was said ("Russia announced on Friday that it would leave"),
    or in a sentence that opens with "Under", one word and a word of plan-frame-nouns, what
    the plan provides ("Under the plan, Japan would buy ..."; not "Under the draft accord,
    Tehran would ...")."""
    if end - start != 1 or ctx.lower[start] != WOULD:
        return False
    lower, index = ctx.lower, ctx.sentence_index(start)
    sent_start, sent_end = ctx.sent_starts[index], ctx.sent_ends[index]
    said = any(e <= start for _, e in ctx.reporting_in.get(index, ()))
    noun = sent_start + 2
    under_a_plan = noun < start and lower[sent_start] == UNDER \
        and lower[noun] in ctx.hashes.plan_frame_nouns
    return (said or under_a_plan) and ctx.hashes.conditions.isdisjoint(lower[sent_start:sent_end])


def _cue_after_noun(ctx: DocContext, end: int, sent_end: int) -> str | None:
    """A status cue (not a generic one) that follows an event noun at once or after one
    prepositional phrase of a few words in the same clause, before a verb that says the event
    takes place (lexicon event-predicates): "sanctions against Iran would follow", "talks were
    set to begin" ("the launch of a Hwasong-15 could reach the US" says nothing of the launch)."""
    lower, hashes = ctx.lower, ctx.hashes
    stop = _predicate_reach(ctx, end, sent_end)
    for start, cue_end, cue in ctx.cues_in.get(ctx.sentence_index(end - 1), ()):
        if end <= start <= stop and cue.status != "generic" and not cue.needs \
                and start not in ctx.date_tokens \
                and not hashes.event_predicates.isdisjoint(
                    lower[cue_end:cue_end + PREDICATE_WINDOW]):
            if cue.status == "hypothetical" and _planned_would(ctx, start, cue_end):
                return "planned"  # "she said further meetings would happen soon"
            return cue.status
    return None


def _predicate_reach(ctx: DocContext, end: int, sent_end: int) -> int:
    """The last token where the predicate of an event noun ending at ``end`` may start: right
    after it, or after one prepositional phrase of a few words in its clause."""
    lower, hashes = ctx.lower, ctx.hashes
    stop = ctx.clause_end(end, sent_end)
    if lower[end - 1] in hashes.phrase_prepositions:  # the trigger holds it: "talks with"
        return min(stop, end + NOUN_PHRASE)
    if end < stop and lower[end] in hashes.phrase_prepositions:
        return min(stop, end + 1 + NOUN_PHRASE)
    return min(stop, end)


def _halted_after_noun(ctx: DocContext, end: int, sent_end: int) -> bool:
    """Does the predicate of an event noun say, in the passive, that it was stopped or
    dropped (lexicon halting-predicates): "Romania's deployment of the new radar will be
    put on hold", "the talks were called off"? Such an event is negated."""
    lower, hashes = ctx.lower, ctx.hashes
    for i in range(end, _predicate_reach(ctx, end, sent_end) + 1):
        j = i
        while j < sent_end and (lower[j] in hashes.passive_auxiliaries
                                or lower[j] in AUXILIARIES):
            j += 1
        if j < sent_end and any(lower[k] in hashes.passive_auxiliaries for k in range(i, j)) \
                and ctx.phrase_at(j, "halting_predicates"):
            return True
    return False


def _scheduled_after_noun(ctx: DocContext, end: int, sent_end: int) -> bool:
    """Does the predicate of an event noun say it is scheduled (lexicon
    scheduling-predicates), with or without its auxiliary: "Russia-US nuclear talks set for a
    third round", "the launch is slated for May"? Such an event is planned."""
    return any(ctx.phrase_at(i, "scheduling_predicates")
               for i in range(end, min(sent_end, _predicate_reach(ctx, end, sent_end) + 1)))


def refuses(ctx: DocContext, start: int, end: int, following: list[Match],
            absorbs: frozenset[str] = frozenset()) -> bool:
    """A verb of refusal (lexicon refusal-verbs) with another event's trigger a few words
    after it, in the same clause ("rejected joining arms control talks"), unless the verb's
    own entry takes that trigger in (``absorbs``: "rejected the US accusation" is a denial)."""
    hashes = ctx.hashes
    if not following or end - start != 1 or ctx.lower[start] not in hashes.refusal_verbs \
            or following[0][2] == BLOCKED or following[0][2].type in absorbs:
        return False
    between = ctx.lower[end:following[0][0]]
    return (len(between) <= REFUSED_OBJECT and hashes.clause_breaks.isdisjoint(between)
            and hashes.object_stops.isdisjoint(between))  # not "rejected in talks"


def _actor_to(ctx: DocContext, trigger: int) -> bool:
    """An actor or a weapon, "to" (or "to be"), then the trigger in a headline: its future
    ("Russia to quit treaty", "Agni rocket to be test-launched on Thursday"; in the text, "allow
    Kyiv to fire" is no plan)."""
    to = trigger - 2 if trigger >= 3 and ctx.lower[trigger - 1] == BE else trigger - 1
    if to < 1 or ctx.lower[to] != ctx.hashes.to or not ctx.in_headline(trigger):
        return False
    actor = ctx.actor_at.get(to - 1)
    if actor is not None and actor.end == to:
        return True
    # a weapon only as the headline's subject: "Russia unveils new missile to strike
    # carriers" tells a purpose
    return ctx.last_trigger_before(to, ctx.sentence_bounds(to)[0]) is None \
        and ctx.weapon_ends_at(to - 1)


def list_start(ctx: DocContext, trigger: int, sent_start: int) -> int:
    """The first item when the trigger ends a list of two or more single words before it
    ("produce, possess, or flight-test"), so that a cue before the list ("neither country
    can ...") covers the whole list; else the trigger itself."""
    lower, hashes = ctx.lower, ctx.hashes
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
    while i >= sent_start and _is_plain_word(ctx, i):
        first, items = i, items + 1
        if i - 2 < sent_start or lower[i - 1] != hashes.comma:
            break
        i -= 2
    return first if items >= needed else trigger


def _examples_opener(ctx: DocContext, anchor: int, sent_start: int) -> int | None:
    """The word of example-cues ("including") that opens the list of lower-case words,
    commas and hyphens the trigger at ``anchor`` stands in; else None."""
    lower, hashes = ctx.lower, ctx.hashes
    for i in range(anchor - 1, max(sent_start + 1, anchor - EXAMPLE_LIST) - 1, -1):
        if lower[i] in hashes.example_cues:
            return i
        if not (_is_plain_word(ctx, i) or lower[i] == hashes.comma
                or lower[i] in hashes.hyphens):
            return None
    return None


def _is_plain_word(ctx: DocContext, i: int) -> bool:
    token = ctx.doc[i]
    return token.is_alpha and token.is_lower
