"""What a trigger needs before it is an event: a treaty in its sentence, a weapon as its object
or modifier, or a context word (``requires`` in the events rules); and the tests that keep a
word from being an event at all (an adjective participle) or let it only retell one."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable

from spacy.strings import get_string_id

from ...ruleset.vocab import ONLY_WORDS
from .context import DocContext, Mention, _start, names_a_treaty
from .triggers import STATE_OBJECT, WEAPON_NEEDS, Trigger

WEAPON_BEFORE, WEAPON_AFTER = 3, 10  # words where a test or deployment has its weapon
BARE_AIM_WORDS = 3  # words between a trigger with no weapon after it and its "at"
ASIDE_WORDS = 6  # tokens of an aside between an auxiliary and its participle
WEAPON_RELATIVE = 6  # tokens before a relative pronoun in which a passive's weapon stands

OWN_PHRASE_WORDS = 3  # words after an event noun in which a date is the noun's own
NOUN_PHRASE_WORDS = 5  # words of an event noun's phrase before it ("the Israeli air")
TREATY_OBJECT_WORDS = 4  # words after a verb in which the treaty it acts on begins
INSTRUMENT_WORDS = 5  # words after "with"/"using" in which the weapon of an attack stands
ARMS_CONTEXT = "arms-context"  # the requirement an arms-control body in the sentence meets
ARMS_CONTEXT_NEED = frozenset({ARMS_CONTEXT})
SHARED_BY_WORDS = 3  # words after a participle in which its "by" stands
SHARED_PASSIVE_WORDS = 8  # words before "and" in which the passive verb it shares stands
APPOSITION_WORDS = 12  # tokens of an apposition between a name and its passive verb
SET_OFF_WORDS = 14  # tokens of a relative clause or apposition set off before a test's verb
OCCASION_ADJECTIVES = 2  # adjectives between "in a" and an occasion noun ("in a successful test")
OBJECT_WORDS = 5  # words after a verb in which unless_object looks for its object
SUBJECT_WORDS = 3  # words before a passive verb in which it looks for its subject
ACT_SENTENCES = 2  # sentences before in which "the move" finds the act it refers to
RELATIVE_NOUN_PHRASE = 4  # words before "that" in which the noun a relative clause qualifies stands
CONTEXT_SENTENCES = 2  # sentences before in which a denial or a warning finds its context
OBJECT_REACH = 8  # ... and `object` ("nuclear and intercontinental missile tests")
INFERRED_TREATY_REACH = 20  # sentences back in which "the deal" finds the treaty it meant
RELATIVE_ASIDE_WORDS = 10  # tokens of a relative clause set off in an object
PARTICLE_GAP = 10  # words from a separable verb to its particle ("pulled the United States out of")

FROM, ON = get_string_id("from"), get_string_id("on")
AT = get_string_id("at")
# prepositions that go on a noun's own phrase: "the agreement on its missiles was dead"
NOUN_PHRASE_PREPOSITIONS = frozenset(get_string_id(w) for w in ("of", "on", "for", "about", "over"))
THEY = get_string_id("they")
PRONOUN_SUBJECTS = frozenset((get_string_id("it"), THEY))
SUBJECT_SYSTEM_WORDS = 3  # words before a system that opens its sentence ("The new Type-12")
TOWARD = get_string_id("toward")
IN_THE_DIRECTION_OF = tuple(get_string_id(w) for w in ("in", "the", "direction", "of"))
FOR = get_string_id("for")
THAT = get_string_id("that")
COPULAS = frozenset(get_string_id(w) for w in ("is", "was", "remains", "remained", "became"))
LINKING_WORDS = COPULAS | frozenset(get_string_id(w) for w in (
    "are", "were", "be", "been", "remain", "constitute", "constitutes", "constituted"))
ATTRIBUTE_WORDS = 4  # words of a determiner and adjectives between a linking verb and a noun


def treaty_for(ctx: DocContext, trigger: int, ratifying: bool = False
               ) -> tuple[bool, str | None]:
    """Does the sentence speak of a treaty, and which one: an explicit name (the nearest),
    else the one "the pact" refers back to, or, for a ``ratifying`` event, a word of
    ratification-words (None when no treaty was ever named)."""
    index = ctx.sentence_index(trigger)
    named = ctx.treaties_in.get(index, [])
    # "The new pact, replacing START I, was signed in Prague": not the treaty replaced
    kept = [m for m in named if not _replaced(ctx, m) or _in_its_relative(ctx, m, trigger)]
    if named and not kept and ctx.holds_treaty_noun(ctx.sent_starts[index], named[0].start):
        named = []  # only the replaced treaty is named: "the pact" is another one
    elif kept:
        named = kept
    if named:
        return True, min(named, key=lambda m: abs(m.start - trigger)).id
    sent_start, sent_end = ctx.sent_starts[index], ctx.sent_ends[index]
    treaties = ctx.treaties  # in text order: the nearest before the sentence, else after it
    if not ctx.holds_treaty_noun(sent_start, sent_end) \
            and not _it_for_treaty_before(ctx, index, trigger) \
            and not (ratifying and _ratifies_a_told_treaty(ctx, index)):
        return False, None
    if not treaties:  # "a historic deal" in a text naming none; "a 2001 accord" is of 2001
        if index not in ctx.inferred_treaties:
            ctx.inferred_treaties[index] = _inferred_treaty(ctx, index)
        return True, ctx.inferred_treaties[index]
    before = bisect_left(treaties, sent_start, key=_start)
    # "The new pact, replacing START I, ... The Duma ratified the treaty": not the one replaced
    if before:
        kept = next((m for m in reversed(treaties[:before]) if not _replaced(ctx, m)), None)
        return True, (kept.id if kept else None)
    after = next((m for m in treaties[bisect_left(treaties, sent_end, key=_start):]
                  if not _replaced(ctx, m)), None)
    return True, (after.id if after is not None else None)


def _ratifies_a_told_treaty(ctx: DocContext, index: int) -> bool:
    """Does sentence ``index`` hold a word of ratification-words that introduces no new
    object ("the exchange of ratification instruments is set for Saturday", not "seek
    ratification of a ban on testing"): what is ratified is the treaty told before?"""
    lower, hashes = ctx.lower, ctx.hashes
    end = ctx.sent_ends[index]
    return any(lower[i] in hashes.ratification_words and not (
        i + 2 < end and lower[i + 1] == hashes.of and lower[i + 2] in hashes.indefinite_articles)
        for i in range(ctx.sent_starts[index], end))


def _it_for_treaty_before(ctx: DocContext, index: int, trigger: int) -> bool:
    """"... signed a new arms treaty. It will be ratified by ...": "It" opening the
    sentence as the subject of the trigger's verb (auxiliaries and their adverbs between),
    a passive or a verb of treaty-subject-verbs ("It expires in 2026"), stands for the treaty
    the sentence before names; "It warned that ..." is a state's."""
    start, lower, hashes = ctx.sent_starts[index], ctx.lower, ctx.hashes
    group = range(start + 1, trigger)
    if ctx.doc[start].text != "It" or not all(
            lower[i] in hashes.auxiliaries or lower[i] in hashes.auxiliary_adverbs
            or lower[i] == hashes.to for i in group):
        return False
    verbs = [i for i in group if lower[i] not in hashes.auxiliary_adverbs]
    if not (verbs and lower[verbs[-1]] in hashes.passive_auxiliaries) \
            and lower[trigger] not in hashes.treaty_subject_verbs:
        return False
    before = ctx.previous_sentence(index)
    return before >= 0 and bool(ctx.treaties_in.get(before))


def _inferred_treaty(ctx: DocContext, index: int) -> str | None:
    """The treaty "the deal" of sentence ``index`` means in a text that names none: the one
    an earlier sentence's word for a treaty was found to mean, when the sentence points
    back to it ("the deal", "this accord") or gives no year for a treaty, else the one this
    sentence describes ("Putin froze a plutonium disposal accord. The deal, signed in 2000
    and put into force by a 2010 protocol, ...": the plutonium agreement again, not another
    pact of its parties)."""
    years = _treaty_years(ctx, index)
    sent_start, sent_end = ctx.sent_starts[index], ctx.sent_ends[index]
    definite = ctx.hashes.definite_determiners
    points_back = any(ctx.lower[i] in ctx.hashes.treaty_nouns and ctx.lower[i - 1] in definite
                      for i in range(sent_start + 1, sent_end))
    for earlier in range(index - 1, max(index - INFERRED_TREATY_REACH, 0) - 1, -1):
        sent_start, sent_end = ctx.sent_starts[earlier], ctx.sent_ends[earlier]
        if not ctx.holds_treaty_noun(sent_start, sent_end) or not ctx.names_states(earlier):
            continue  # (a sentence naming no state describes no treaty well enough)
        before = ctx.described_treaty(earlier, _treaty_years(ctx, earlier))
        signed = ctx.extractor.treaty_signed.get(before or "", "")
        if before is not None and (points_back or not years or signed[:4] in years):
            return before
        if before is None and points_back:
            return None  # "the deal" is the one told before, which no listed treaty fits
        break  # the nearest such sentence only
    return ctx.described_treaty(index, years)


def _treaty_years(ctx: DocContext, index: int) -> set[str]:
    """The years written before a word for a treaty in sentence ``index`` ("a 2001 accord")."""
    return {d[3]["value"][:4] for d in ctx.event_dates_in.get(index, ())
            if d[3].get("value") and names_a_treaty(ctx, d)}


def _replaced(ctx: DocContext, treaty: Mention) -> bool:
    """Is the treaty named right after a word of replaced-treaty-cues ("replacing START I",
    "the successor to the INF Treaty", "a replacement pact for START")?"""
    i = treaty.start - 1
    if i >= 0 and ctx.lower[i] == ctx.hashes.the:
        i -= 1
    if i >= 0 and ctx.lower[i] in (ctx.hashes.to, FOR):
        i -= 1  # "a successor to", "a replacement for"
        if i >= 0 and ctx.lower[i] in ctx.hashes.treaty_nouns:
            i -= 1  # "a successor treaty to", "a replacement pact for"
    return i >= 0 and ctx.lower[i] in ctx.hashes.replaced_cues


def _in_its_relative(ctx: DocContext, treaty: Mention, trigger: int) -> bool:
    """Does the trigger stand in a relative clause on the treaty ("START I, which expired in
    2009", "the START accord that expires in December")? A relative pronoun after the
    treaty, and no comma from it to the trigger."""
    between = range(treaty.end, trigger)
    opener = next((i for i in between if ctx.lower[i] in ctx.hashes.relative_pronouns
                   # "that" after the name or its treaty noun: "the START accord that expires"
                   or (ctx.lower[i] == THAT and (i == treaty.end or ctx.lower[i - 1]
                                                 in ctx.hashes.treaty_nouns))), None)
    return opener is not None and all(ctx.lower[i] != ctx.hashes.comma
                                      for i in range(opener, trigger))


def nearest_trigger(ctx: DocContext, mention: Mention) -> int | None:
    """The start of the trigger nearest to a mention in its sentence (fewest words between;
    on a tie, the one before it, whose object it is)."""
    sent_start, sent_end = ctx.sentence_bounds(mention.start)

    def gap(span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        return (mention.start - end, 0) if end <= mention.start else (start - mention.end, 1)

    near = [span for span in ctx.trigger_spans if sent_start <= span[0] < sent_end]
    return min(near, key=gap)[0] if near else None


def requirements_hold(ctx: DocContext, start: int, end: int, trigger: Trigger) -> bool:
    """Does the trigger have all it ``requires`` in its sentence (any system of the sentence
    counting as its weapon)? Used to choose between entries sharing a form."""
    has_treaty, _ = treaty_for(ctx, start)
    systems = ctx.systems_in.get(ctx.sentence_index(start), [])
    return all(satisfies(ctx, need, start, end, has_treaty, systems)
               for need in trigger.requires)


def satisfies(ctx: DocContext, need: str, start: int, end: int, has_treaty: bool,
              systems: list[Mention]) -> bool:
    """Does the trigger have what it ``requires``: a treaty in its sentence, a weapon as its
    object or modifier ("fired two missiles", "a missile test"), or a lexicon word in its
    sentence?"""
    if "|" in need:  # "treaty|legal-instruments": either will do
        return any(satisfies(ctx, alternative, start, end, has_treaty, systems)
                   for alternative in need.split("|"))
    sent_start, sent_end = ctx.sentence_bounds(start)
    if need == "treaty":
        return has_treaty or _plural_treaty_object(ctx, start, end)
    if need == STATE_OBJECT:
        # "strikes on Yemen": a state named right after the trigger's preposition ("the")
        first = end + 1 if end < sent_end and ctx.lower[end] == ctx.hashes.the else end
        state = ctx.actor_at.get(first)
        return state is not None and state.start == first and state.info.get("type") == "state"
    if need == "weapon-object":
        # "destroy the 9M729 missiles"; "the Kinzhal destroyed a warehouse" is no elimination
        # ("was destroying its remaining chemical arms" is progressive, its object after it)
        if is_passive(ctx, start, sent_start) and not ctx.doc[start].lower_.endswith("ing"):
            # "the chemical weapons stockpile was destroyed": the weapon is the subject, and
            # "was destroyed by a Kinzhal missile" names what destroyed it
            lo = _subject_clause(ctx, start, sent_start)
            hi = start
            aside = ctx.set_off_opening(lo - 1, sent_start, SET_OFF_WORDS,
                                        ctx.hashes.set_off_openers)
            if aside is not None and aside > sent_start:
                # "the munition, which entered the country's airspace, was neutralised":
                # the subject before the relative clause set off between commas (not what
                # the clause names: "the depot, which held old missiles, was destroyed")
                head = ctx.clause_start(aside, sent_start)
                if any(head <= m.start < aside for m in systems) \
                        or _has_word(ctx, need, head, aside):
                    return True
        else:
            lo = end
            hi = _before_other_object(ctx, end, ctx.words_after(end, WEAPON_AFTER, sent_end))
        return any(lo <= m.start < hi for m in systems) or _has_word(ctx, need, lo, hi)
    if need == "treaty-object":
        # "left the INF Treaty", "the pact was abandoned"; "expired, leaving no limits" is none;
        # "is leaving the treaty" is progressive, its object after it
        if is_passive(ctx, start, sent_start) and not ctx.doc[start].lower_.endswith("ing"):
            lo, hi = ctx.clause_start(start, sent_start), start
        else:
            lo, hi = end, ctx.words_after(end, TREATY_OBJECT_WORDS, sent_end)
            coordinator = next((i for i in range(end, hi)
                                if ctx.lower[i] in ctx.hashes.coordinators), None)
            if coordinator is not None:
                # "cancelling a hotline and a nonaggression pact": the second object begins
                # as near its "and" as the first does the verb
                hi = max(hi, ctx.words_after(coordinator + 1, TREATY_OBJECT_WORDS, sent_end))
            before = relative_object(ctx, start)
            if before is not None and before >= sent_start:
                lo, hi = min(lo, before), max(hi, before + 1)  # "the pact, which X left"
            if start - 1 > sent_start and ctx.lower[start - 1] == ctx.hashes.comma \
                    and end < sent_end and ctx.lower[end] == ctx.hashes.by:
                # "The accord, approved by Japan's cabinet": a participle set off after its noun
                lo = min(lo, max(sent_start, start - 1 - TREATY_OBJECT_WORDS))
        return any((i in ctx.treaty_tokens and (has_treaty or i not in ctx.resolution_tokens))
                   or ctx.lower[i] in ctx.hashes.treaty_nouns for i in range(lo, hi))
    if need == "weapon-subject":
        # "the first unit equipped with the Avangard entered combat duty", "a new weapon,
        # which can fly at Mach 27, became operational": what enters service is the subject,
        # however long, or the object after the trigger ("put the Avangard on combat duty")
        hi = _before_other_object(ctx, end, ctx.words_after(end, WEAPON_AFTER, sent_end))
        return any(sent_start <= m.start < hi for m in systems) or _has_word(
            ctx, need, sent_start, hi)
    if need.startswith(ONLY_WORDS):
        # "only:attack-nouns": a word of that lexicon in the sentence, where a treaty or
        # system will not do ("blamed the US withdrawal from the deal" is no allegation)
        return _has_word(ctx, need, sent_start, sent_end)
    if need == "weapon":
        if start > sent_start and ctx.lower[start - 1] in ctx.hashes.other_objects:
            return False  # "a missile design project launched in 1994": the project
        if instrument_follows(ctx, end, ctx.hashes.instrument_words):
            return True  # "struck a Russian airfield with ATACMS missiles"
        if _object_is_pronoun(ctx, end):
            # "... while the US is working to develop its own": the weapon was named earlier,
            # in its sentence or the one before ("Russia fired missiles overnight. Ukraine
            # said it intercepted 20 of them.")
            before = ctx.previous_sentence(ctx.sentence_index(start))
            lo, hi = ctx.sent_starts[before] if before >= 0 else sent_start, sent_end
        elif start > sent_start and _after_possessive(ctx, start, sent_start) \
                and any(m.end < start for m in systems):
            # "the first interception by a David's Sling, which ..., since its deployment in
            # 2019": "its" is the system named before in the sentence ("its first test" too)
            return True
        else:
            lo = max(sent_start, start - WEAPON_BEFORE)
            hi = ctx.words_after(_after_by_agent(ctx, end), WEAPON_AFTER, sent_end)
            dash = next((i for i in range(end, hi) if ctx.is_dash(i)), None)
            if dash is not None:
                # "a further test was carried out for a second new system — the hypersonic
                # glider Avangard": what the dash opens names the weapon
                hi = ctx.words_after(dash + 1, WEAPON_AFTER, sent_end)
            if is_passive(ctx, start, sent_start):
                # "A new Chinese cruise missile has been successfully launched": the subject
                # (of the passive verb it shares: "was launched ... and intercepted by")
                shared = shared_passive(ctx, start, sent_start)
                clause = _subject_clause(ctx, start, sent_start, verb=shared)
                lo = min(lo, clause)
                if clause > sent_start + 1 and (
                        ctx.lower[clause - 1] in ctx.hashes.relative_pronouns
                        or (ctx.lower[clause - 1] == ctx.hashes.that
                            and ctx.lower[clause] in ctx.hashes.passive_auxiliaries)) \
                        and ctx.lower[clause - 2] != ctx.hashes.of:
                    # "a missile at Tel Aviv, which was intercepted", "a missile above the
                    # capital that was fired by ...": what "which" or "that" stands for
                    # (not a count: "a ballistic missile of which 40 had been fired")
                    lo = max(sent_start, min(lo, clause - 1 - WEAPON_RELATIVE))
            hi = _before_other_object(ctx, end, hi)
            if occasion_noun(ctx, start, sent_start):
                # "Japan shot down a ballistic missile target in a test": the test of the
                # clause's own weapon; "shot down a missile ... during an attack": the attack
                lo = min(lo, ctx.clause_start(start, sent_start))
            # "the Burevestnik covered 14,000 km in a key test": a system named earlier in
            # the trigger's clause is its weapon too, also over a relative clause or an
            # apposition set off before the verb ("One more Topol, which Moscow counts on,
            # veered off course during a test launch")
            clause = ctx.clause_start(start, sent_start)
            aside = ctx.set_off_opening(clause - 1, sent_start, SET_OFF_WORDS,
                                        ctx.hashes.set_off_openers)
            if aside is not None and aside > sent_start:
                clause = ctx.clause_start(aside, sent_start)
            lo_system = min(lo, clause)
            return any(lo_system <= m.start < hi for m in systems) or _has_word(
                ctx, need, lo, hi)
        return any(lo <= m.start < hi for m in systems) or _has_word(ctx, need, lo, hi)
    if bool(systems) or has_treaty or _has_word(ctx, need, sent_start, sent_end):
        return True
    if need == ARMS_CONTEXT and any(m.id in ctx.extractor.arms_bodies
                                    for m in ctx.actors_in.get(ctx.sentence_index(start), ())):
        return True  # "Iran and the IAEA held talks in Vienna"
    # (a real trigger only: previous_sentence_satisfies asks with start == end)
    if end <= start:
        return False
    if _refers_to_act_before(ctx, end):
        return _context_before(ctx, need, sent_start)
    return _repeats_noun_before(ctx, end) and _context_before(
        ctx, need, sent_start, ctx.lower[end + 1])


def _refers_to_act_before(ctx: DocContext, end: int) -> bool:
    """Is the trigger's object "the move", "the decision", "this step" (lexicon
    act-anaphors): an act told in the sentences before ("Trump ordered nuclear tests. ...
    Beijing and Moscow criticised the move as reckless")?"""
    lower = ctx.lower
    return end + 1 < len(lower) and lower[end] in ctx.hashes.definite_determiners \
        and lower[end + 1] in ctx.hashes.act_anaphors


def _repeats_noun_before(ctx: DocContext, end: int) -> bool:
    """Is the trigger's object "the" or a possessive and a noun ("Pyongyang renewed the
    moratorium", after "declared a moratorium on missile tests")? Then the sentences before
    may name what that noun is about."""
    lower = ctx.lower
    return end + 1 < len(lower) and (lower[end] in ctx.hashes.definite_determiners
                                     or lower[end] in ctx.hashes.possessives) \
        and ctx.doc[end + 1].is_alpha


def _context_before(ctx: DocContext, need: str, sent_start: int, noun: int | None = None
                    ) -> bool:
    """Does one of the ACT_SENTENCES sentences before hold what ``need`` asks for (a system,
    a treaty or a word), and, given a ``noun``, that noun too (the one the object repeats)?"""
    index = ctx.sentence_index(sent_start)
    for _ in range(ACT_SENTENCES):
        index = ctx.previous_sentence(index)
        if index < 0:
            return False
        start, end = ctx.sent_starts[index], ctx.sent_ends[index]
        if noun is not None and noun not in ctx.lower[start:end]:
            continue
        if ctx.systems_in.get(index) or ctx.treaties_in.get(index) \
                or _has_word(ctx, need, start, end):
            return True
    return False


def counts_weapons(ctx: DocContext, end: int, trigger: Trigger) -> bool:
    """Is the event noun a quantity before "of" (lexicon quantity-nouns): "a barrage of
    missiles", "a salvo of cruise missiles" count what was fired, and name no event?"""
    return trigger.tense == "noun" and end < len(ctx.lower) \
        and ctx.lower[end] == ctx.hashes.of and ctx.lower[end - 1] in ctx.hashes.quantity_nouns


def after_perfect(ctx: DocContext, start: int) -> bool:
    """Is ``start`` a stance held over time, not the news of the day: "Russia has long
    denied ..." (lexicon perfect-auxiliaries, one word between) or "Moscow had denied ..."
    (past-perfect-auxiliaries)? "Britain has accused Iran ..." is news."""
    sent_start = ctx.sentence_bounds(start)[0]
    before = ctx.lower[max(sent_start, start - 2):start]
    if not ctx.hashes.past_perfect_auxiliaries.isdisjoint(before):
        return True
    return len(before) == 2 and before[0] in ctx.hashes.perfect_auxiliaries


def present_perfect(ctx: DocContext, start: int) -> bool:
    """Is the trigger at ``start`` a participle right after "has" or "have" (a word of
    perfect-auxiliaries that is no past-perfect one), or after one adverb of
    auxiliary-adverbs: "India has fired", "have formally agreed", or
    the infinitive after such a participle ("has agreed to suspend"); not an infinitive
    perfect ("claims to have launched": when is not said)?"""
    hashes, lower = ctx.hashes, ctx.lower
    sent_start = ctx.sentence_bounds(start)[0]
    if start - 3 >= sent_start and lower[start - 1] == hashes.to \
            and is_participle(ctx, start - 2):
        start -= 2  # "Iran has agreed to suspend ...": the perfect of "agreed"
    if start - 1 > sent_start and lower[start - 1] == hashes.comma:
        # "has, after years of delays, fired": past an aside set off by commas
        start = next((j for j in range(start - 2, max(sent_start, start - 2 - ASIDE_WORDS), -1)
                      if lower[j] == hashes.comma), start)
    # "have formally adopted"; not "has repeatedly accused", a stance held over time
    auxiliary = word_before_adverb(ctx, start, sent_start, any_in_ly=False)
    return auxiliary >= sent_start and lower[auxiliary] in hashes.perfect_auxiliaries \
        and lower[auxiliary] not in hashes.past_perfect_auxiliaries \
        and not (auxiliary > sent_start and lower[auxiliary - 1] == hashes.to)


def is_participle(ctx: DocContext, i: int) -> bool:
    """Is token ``i`` a past participle: a lower-case word in -ed, or one of lexicon
    irregular-participles ("built", "sent")?"""
    token = ctx.doc[i]
    return token.is_lower and (token.text.endswith("ed")
                               or ctx.lower[i] in ctx.hashes.irregular_participles)


def weapon_told_before(ctx: DocContext, start: int) -> list[Mention]:
    """"It will be stationed on Ishigaki later this year": the system that opens the sentence
    before as its subject ("The upgraded Type-12 missile can reach ..."), when the verb at
    ``start`` has "it" or "they" alone as its subject, opening its sentence (auxiliaries
    between)."""
    sent_start, _ = ctx.sentence_bounds(start)
    hashes, lower = ctx.hashes, ctx.lower
    if lower[sent_start] not in PRONOUN_SUBJECTS:
        return []
    if not all(lower[i] in hashes.auxiliaries or lower[i] in hashes.auxiliary_adverbs
               for i in range(sent_start + 1, start)):
        return []
    before = ctx.previous_sentence(ctx.sentence_index(start))
    if before < 0:
        return []
    named = sorted(ctx.systems_in.get(before, []), key=lambda m: m.start)
    if not named or named[0].start > ctx.sent_starts[before] + SUBJECT_SYSTEM_WORDS:
        return []
    subject = named[:1]  # and the systems joined to it: "The Hwasong-19 and Hwasong-18"
    for m in named[1:]:
        if not all(ctx.lower[i] in hashes.and_or or ctx.doc[i].text == ","
                   for i in range(subject[-1].end, m.start)):
            break
        subject.append(m)
    singular = lower[sent_start] != THEY
    return [] if singular and len({m.id for m in subject}) > 1 else subject


def is_passive(ctx: DocContext, start: int, sent_start: int) -> bool:
    """Does a passive auxiliary stand right before the word at ``start``, or before one
    adverb (see passive_auxiliary: "has been successfully launched"), or a passive verb
    before "and" that it shares ("was launched from Kwajalein and intercepted by ...")?"""
    return passive_auxiliary(ctx, start, sent_start) is not None \
        or shared_passive(ctx, start, sent_start) is not None


def word_before_adverb(ctx: DocContext, start: int, sent_start: int,
                       any_in_ly: bool = True) -> int:
    """Where the word before the one at ``start`` stands, past one adverb of the lexicon
    auxiliary-adverbs, or ``any_in_ly``: the auxiliary of "was first tested", "has formally
    adopted", "was widely condemned"."""
    before = start - 1
    if before > sent_start and ((any_in_ly and ctx.doc[before].lower_.endswith("ly"))
                                or ctx.lower[before] in ctx.hashes.auxiliary_adverbs):
        before -= 1
    return before


def passive_auxiliary(ctx: DocContext, start: int, sent_start: int) -> int | None:
    """Where the passive auxiliary stands right before the word at ``start``, or before one
    adverb (see word_before_adverb: "was destroyed", "has been widely
    condemned", "was first tested"); None if none does."""
    before = word_before_adverb(ctx, start, sent_start)
    return before if before >= sent_start and ctx.lower[before] in ctx.hashes.passive_auxiliaries \
        else None


def _subject_clause(ctx: DocContext, start: int, sent_start: int, verb: int | None = None
                    ) -> int:
    """Where the clause with the subject of the passive verb at ``start`` begins (from the
    clause of ``verb``, a passive verb it shares, else its own): a clause of only
    auxiliaries after "and" ("Agni-3 is the third of its series and was first tested in
    2006") shares the subject of the clause before it, and an apposition belongs to it."""
    lower, hashes = ctx.lower, ctx.hashes
    clause = ctx.clause_start(start if verb is None else verb, sent_start)
    if (opening := ctx.set_off_opening(clause - 1, sent_start, APPOSITION_WORDS,
                                       ctx.hashes.noun_determiners)) is not None:
        return ctx.clause_start(opening, sent_start)  # "The DF-5C, an ICBM, was shown"
    if clause - 1 <= sent_start or lower[clause - 1] != hashes.and_ or not all(
            lower[i] in hashes.passive_auxiliaries or lower[i] in hashes.perfect_auxiliaries
            or lower[i] in hashes.auxiliary_adverbs for i in range(clause, start)):
        return clause
    return ctx.clause_start(clause - 1, sent_start)


def shared_passive(ctx: DocContext, start: int, sent_start: int) -> int | None:
    """Where the passive verb stands that a participle right after "and", with "by" a few
    words on (not "was accused ... and denied it"), shares: "was launched ... and
    intercepted by a US destroyer"; None when there is none in its clause."""
    lower, doc = ctx.lower, ctx.doc
    if start - 2 < sent_start or lower[start - 1] != ctx.hashes.and_ \
            or not doc[start].lower_.endswith("ed") \
            or ctx.hashes.by not in lower[start + 1:start + 1 + SHARED_BY_WORDS]:
        return None
    for i in range(start - 2, max(sent_start, start - 2 - SHARED_PASSIVE_WORDS), -1):
        if lower[i] in ctx.hashes.clause_breaks:
            return None
        if lower[i] in ctx.hashes.passive_auxiliaries and doc[i + 1].lower_.endswith("ed"):
            return i
    return None


def previous_sentence_satisfies(ctx: DocContext, requires: frozenset[str], token: int,
                                next_too: bool = False) -> bool:
    """Does one of the CONTEXT_SENTENCES sentences before give a denial, warning or talks
    (lexicon context-before-events) the context it requires ("Seoul sent a protest to
    Beijing" two sentences after the missile), or, ``next_too`` (lexicon
    context-after-events), the sentence right after it ("Beijing has voiced concern about
    the mission. Its defence ministry said the mission might serve to test a new orbital
    weapon")? A headline takes it from the
    sentences after it, the lead ("US, Russia meet for talks" over "... talks on strategic
    stability")."""
    if not requires.isdisjoint(WEAPON_NEEDS):
        return False
    index = ctx.sentence_index(token)
    step = ctx.next_sentence if ctx.in_headline(token) else ctx.previous_sentence
    if _satisfied_stepping(ctx, index, step, requires):
        return True
    following = ctx.next_sentence(index) if next_too else -1
    return following >= 0 and not ctx.in_headline(token) \
        and _sentence_satisfies(ctx, following, requires)


def arms_context_near(ctx: DocContext, token: int) -> bool:
    """Does one of the CONTEXT_SENTENCES sentences before or after the one of ``token`` speak
    of arms (a system, a treaty, a word of arms-context or an arms-control body)? What lexicon
    near-context-events tell then needs no such word of its own ("The two leaders met in
    Helsinki. Arms control topped the agenda.")."""
    index = ctx.sentence_index(token)
    return any(_satisfied_stepping(ctx, index, step, ARMS_CONTEXT_NEED)
               for step in (ctx.previous_sentence, ctx.next_sentence))


def _satisfied_stepping(ctx: DocContext, index: int, step: Callable[[int], int],
                        requires: frozenset[str]) -> bool:
    """Does one of the CONTEXT_SENTENCES sentences that ``step`` walks to from sentence
    ``index`` (the one before each time, or the one after) hold what ``requires`` asks?"""
    for _ in range(CONTEXT_SENTENCES):
        index = step(index)
        if index < 0:
            return False
        if _sentence_satisfies(ctx, index, requires):
            return True
    return False


def _sentence_satisfies(ctx: DocContext, index: int, requires: frozenset[str]) -> bool:
    """Does sentence ``index`` hold everything ``requires`` asks for, as if a trigger opened
    it?"""
    lo = ctx.sent_starts[index]
    has_treaty, _ = treaty_for(ctx, lo)
    return all(satisfies(ctx, need, lo, lo, has_treaty, ctx.systems_in.get(index, []))
               for need in requires)


def _plural_treaty_object(ctx: DocContext, start: int, end: int) -> bool:
    """"signed parallel political declarations": a plural word for agreements (lexicon
    plural-treaty-nouns) in the object right after the verb, in a sentence about arms."""
    sent_start, sent_end = ctx.sentence_bounds(start)
    hi = ctx.words_after(end, TREATY_OBJECT_WORDS, sent_end)
    return not ctx.hashes.plural_treaty_nouns.isdisjoint(ctx.lower[end:hi]) \
        and _has_word(ctx, ARMS_CONTEXT, sent_start, sent_end)


def _has_word(ctx: DocContext, need: str, start: int, end: int) -> bool:
    words = ctx.hashes.context_words.get(need, frozenset())
    if not words.isdisjoint(ctx.lower[start:end]):
        return True
    phrases = ctx.hashes.context_phrases.get(need)  # "the Latvian parliament voted to ratify"
    return bool(phrases) and any(phrase_starts_at(ctx, i, phrases) for i in range(start, end))


def _before_other_object(ctx: DocContext, end: int, hi: int) -> int:
    """A trigger whose object phrase holds a non-weapon noun ("a test of a solid-fuel
    engine for a missile", "tested a missile rocket engine", "fired artillery") is no
    weapon test: the window then ends where that object begins."""
    others, stops, lower = ctx.hashes.other_objects, ctx.hashes.object_stops, ctx.lower

    def other(i: int) -> bool:
        # "a land-attack cruise missile": a compound's part is none; nor is a noun that a
        # system's name follows ("the underwater device 'Poseidon'") or ends ("the B83
        # gravity bomb"), nor a verb in -ing after "of" or "is" ("accused Tehran of
        # building nuclear weapons")
        return lower[i] in others and not (i > 0 and lower[i - 1] in ctx.hashes.hyphens) \
            and not any(k in ctx.system_starting_at for k in range(i + 1, i + 3)) \
            and i not in ctx.system_ending_at \
            and not (ctx.doc[i].lower_.endswith("ing") and (
                lower[i - 1] == ctx.hashes.of or lower[i - 1] in ctx.hashes.passive_auxiliaries))

    i = end + 1 if end < hi and lower[end] == ctx.hashes.of else end
    while i < hi and lower[i] not in stops:
        if other(i):
            return end
        i += 1
    for i in range(end, hi):
        if other(i):
            return _weapon_modifiers_start(ctx, end, i)
    return hi


def _weapon_modifiers_start(ctx: DocContext, end: int, noun: int) -> int:
    """Where the weapon words that modify a non-weapon noun of the trigger's own object
    begin: in "launched a wave of rocket attacks", "drone and missile attacks", the weapons
    name the attacks, not what was launched. In another phrase ("a raid by Israel on Iran,
    after a drone and missile assault") they still count."""
    lower, weapons = ctx.lower, ctx.hashes.context_words.get("weapon", frozenset())
    start = noun
    while start > end and lower[start - 1] in weapons:
        start -= 1
        if start - 2 >= end and lower[start - 1] == ctx.hashes.and_ \
                and lower[start - 2] in weapons:
            start -= 1
    own_object = all(lower[k] not in ctx.hashes.object_stops or lower[k] == ctx.hashes.of
                      for k in range(end, start))
    return start if own_object else noun


def occasion_noun(ctx: DocContext, start: int, sent_start: int,
                  prepositions: frozenset[int] | None = None) -> bool:
    """An event noun after "in a" or "during a" (or a word of ``prepositions``), the
    occasion of its clause's event: its weapon is the clause's ("shot down a missile target
    in a test", "shot down an Iranian missile during an attack"); for the types of lexicon
    occasion-events, its agent too (not "during an attack on Kyiv")."""
    article = start - 1
    while article > sent_start + 1 and start - article <= OCCASION_ADJECTIVES \
            and ctx.doc[article].is_lower and ctx.doc[article].is_alpha \
            and not ctx.doc[article].is_stop:  # (nor "a": a stop word)
        article -= 1  # "in a successful test", "during a routine live test"
    return article >= sent_start + 1 and ctx.lower[article] in ctx.hashes.indefinite_articles \
        and ctx.lower[article - 1] in (prepositions or ctx.hashes.in_during)


def _after_by_agent(ctx: DocContext, end: int) -> int:
    """Where the words after a trigger go on past the agent of a passive that its "of"
    phrase follows ("Syria was accused by Israel of seeking to build nuclear arms": the
    window opens at "of")."""
    if end + 1 >= len(ctx.lower) or ctx.lower[end] != ctx.hashes.by:
        return end
    first = end + 2 if ctx.lower[end + 1] == ctx.hashes.the else end + 1
    agent = ctx.actor_at.get(first)
    if agent is None or agent.end >= len(ctx.lower) or ctx.lower[agent.end] != ctx.hashes.of:
        return end
    return agent.end


def _object_is_pronoun(ctx: DocContext, end: int) -> bool:
    """Is the object a pronoun of lexicon object-pronouns, perhaps counted ("intercepted 20
    of them", "most of them")?"""
    strings, lower = ctx.doc.vocab.strings, ctx.lower
    if end + 2 < len(lower) and lower[end + 1] == ctx.hashes.of and (
            ctx.doc[end].like_num or lower[end] in ctx.hashes.partitives):
        end += 2
    following = " ".join(strings[h] for h in lower[end:end + 2])
    return any(following == p or following.startswith(p + " ")
               for p in ctx.extractor.object_pronouns)


def is_definite(ctx: DocContext, start: int, trigger: Trigger) -> bool:
    """"the test", "the tests" (a verb's form after "the" is a noun too), or a passive whose
    clause opens with one: "The Babur missile was launched from a mobile launcher" tells of a
    missile already met."""
    if start == 0:
        return False
    lower, quotes = ctx.lower, ctx.hashes.quote_marks
    if trigger.tense in ("noun", "base", "present", "gerund"):
        before = start - 1  # "the Monday test launch", "Tuesday's launch": the day names it
        if lower[before] in ctx.hashes.possessive_marks and before - 1 in ctx.date_tokens:
            return True
        # (a quotation may open after "the": 'the "flight test was conducted ..."')
        while before > 0 and (before in ctx.date_tokens or lower[before] in quotes):
            before -= 1
        return lower[before] in ctx.hashes.definite_determiners or _bare_subject(ctx, start)
    if trigger.tense in ("past", "participle") and lower[start - 1] in \
            ctx.hashes.passive_auxiliaries:
        sent_start, _ = ctx.sentence_bounds(start)
        first = ctx.clause_start(start, sent_start)
        if first > sent_start and lower[first - 1] in quotes:
            first -= 2  # 'the "flight test was conducted': the word before the quote
        return first >= sent_start and lower[first] in ctx.hashes.definite_determiners
    return False


def _bare_subject(ctx: DocContext, start: int) -> bool:
    """Is the event noun at ``start`` the subject of its clause with no determiner, as a
    report's shorthand has it ("The navy says test was conducted at 4:20 a.m."), an
    auxiliary or a verb of event-predicates right after it? It tells of the event met."""
    sent_start, _ = ctx.sentence_bounds(start)
    if not ctx.doc[start].is_lower or (
            ctx.clause_start(start, sent_start) != start
            and all(end != start for _, end in ctx.reporting_in.get(ctx.sentence_index(start),
                                                                    ()))):
        return False
    end = ctx.trigger_span(start)[1]
    return end < len(ctx.lower) and (ctx.lower[end] in ctx.hashes.passive_auxiliaries
                                     or ctx.lower[end] in ctx.hashes.event_predicates)


def refers_back(ctx: DocContext, start: int, trigger: Trigger) -> bool:
    """"Russia tested the Burevestnik. ... the test took place on October 21": "the test"
    needs no weapon of its own when the sentence before told of such an event."""
    sentence = ctx.sentence_index(start)
    index = ctx.previous_sentence(sentence)
    told_before = index >= 0 and trigger.type in ctx.types_by_sentence.get(index, ())
    if counted_in_series(ctx, start) and any(
            trigger.type in types for told, types in ctx.types_by_sentence.items()
            if told <= sentence):
        return True  # "the first test in 2013 failed, the second test in 2014 ...": one of
        # a series, counted after another event of its type told anywhere before it (the
        # story's news, paragraphs back: "the second launch, on Friday a week before")
    if is_definite(ctx, start, trigger):
        return told_before
    # "India tested the Agni-II on Monday. Its previous test ...": a noun told as an earlier
    # one of the series told before it, in its sentence or the one before
    if trigger.tense not in ("noun", "base") or not told_as_earlier(ctx, start):
        return False
    return any(lo < start and (ctx.sentence_index(lo) == sentence
                               or ctx.sentence_index(lo) == ctx.previous_sentence(sentence))
               and lo in ctx.weapon_trigger_starts for lo, _ in ctx.trigger_spans)


def is_attributive(ctx: DocContext, start: int, end: int) -> bool:
    """A participle between a determiner, possessive or number and a word: "on 1,550
    deployed strategic warheads", "the signed accord", "an indigenously developed rocket"
    (one adverb in -ly may stand between; the word may open a quotation: "domestically
    produced 'Neptune' missiles", or be joined by "and": "60 deployed and non-deployed
    bombers")."""
    if _paired_with_its_negation(ctx, start, end):
        return True  # "their warheads, deployed and non-deployed": kinds of warheads
    if end < len(ctx.lower) - 1 and (ctx.lower[end] in ctx.hashes.quote_marks
                                     or ctx.lower[end] in ctx.hashes.and_or):
        end += 1  # "60 deployed and non-deployed bombers": adjectives joined
    if start == 0 or end >= len(ctx.lower) or ctx.lower[end] in ctx.hashes.object_stops \
            or not (ctx.doc[end].is_alpha or end in ctx.actor_at or end in ctx.adjective_at):
        return False  # "currently deployed in South Korea" is a verb ("the number of
        # deployed U.S. warheads": a state's name in letters and dots is a word)
    before = start - 1
    if before > 0 and ctx.doc[before].text.lower().endswith("ly") \
            and ctx.lower[before] not in ctx.hashes.attributive_markers:
        before -= 1
    if _floats_after_auxiliary(ctx, before):
        return False  # "the states have all protested", "were both fired": a verb
    if before in ctx.date_tokens:
        # "a 2001 signed framework pact": a date between a determiner and the participle
        while before - 1 in ctx.date_tokens:
            before -= 1
        return before > 0 and (ctx.lower[before - 1] in ctx.hashes.noun_determiners
                               or ctx.lower[before - 1] in ctx.hashes.possessives)
    word = ctx.doc[before]
    opener = ctx.lower[before - 1] if before > 0 else None
    if opener is not None and ctx.doc[before - 1].is_lower \
            and (opener == ctx.hashes.to or opener in ctx.hashes.modal_verbs) \
            and word.is_lower and word.is_alpha and ctx.lower[before] not in ctx.hashes.auxiliaries:
        return True  # "to cap deployed warheads", "must cut deployed launchers": the object
    # a number, not an ordinal word ("Pakistan first tested the Shaheen-III" is a verb) nor
    # a day ("India on March 12 test fired a cruise missile")
    return ctx.lower[before] in ctx.hashes.attributive_markers or (
        word.like_num and (not word.is_alpha or ctx.lower[before] in ctx.extractor.counts)
        and before not in ctx.date_tokens and not _inside_actor(ctx, before))


def _floats_after_auxiliary(ctx: DocContext, i: int) -> bool:
    """Is the word at ``i`` one that may stand between an auxiliary and its participle
    (lexicon auxiliary-adverbs), right after such an auxiliary ("the states have all ...")?"""
    hashes = ctx.hashes
    return i > 0 and ctx.lower[i] in hashes.auxiliary_adverbs and (
        ctx.lower[i - 1] in hashes.perfect_auxiliaries
        or ctx.lower[i - 1] in hashes.passive_auxiliaries)


def _paired_with_its_negation(ctx: DocContext, start: int, end: int) -> bool:
    """Is the one-word trigger joined by "and" or "or" to its own form after "non-"
    ("deployed and non-deployed")?"""
    lower, doc = ctx.lower, ctx.doc
    i = end + 1  # "non", "-", the trigger's word
    return end - start == 1 and i + 2 < len(doc) and lower[end] in ctx.hashes.and_or \
        and doc[i].lower_ == "non" and doc[i + 1].text == "-" and lower[i + 2] == lower[start]


def _inside_actor(ctx: DocContext, i: int) -> bool:
    """Does token ``i`` stand in an actor's name ("the P5+1 signed": no count of things signed)?"""
    return any(m.start <= i < m.end for m in ctx.actors_in.get(ctx.sentence_index(i), ()))


def modifies_weapon(ctx: DocContext, start: int, end: int, trigger: Trigger,
                    nominal: bool = False) -> bool:
    """An event noun right before a weapon word or a system's name modifies it ("strike
    systems", "test missiles"; a verb's form used as a noun, ``nominal``, too: "Russia's new
    strategic strike missile submarine"), as does a gerund after a determiner or
    possessive ("its striking Iskander missiles"; "has been testing missiles", "with
    producing weapons" stay verbs)."""
    if end >= len(ctx.lower):
        return False
    if trigger.tense == "gerund":
        if start == 0 or ctx.lower[start - 1] not in ctx.hashes.noun_determiners:
            return False
    elif not (trigger.tense == "noun" or nominal) \
            or ctx.lower[end - 1] in ctx.hashes.object_stops:
        return False  # "the development of ICBMs", "a moratorium on ICBM tests": its object
    return weapon_at(ctx, end)


def weapon_at(ctx: DocContext, i: int) -> bool:
    """Does a weapon word or a system's name stand at token ``i``?"""
    return i < len(ctx.lower) and (
        ctx.lower[i] in ctx.hashes.context_words.get("weapon", frozenset())
        or i in ctx.system_starting_at)


def in_compound_word(ctx: DocContext, start: int, end: int) -> bool:
    """A trigger glued by a hyphen to the word before it is part of a compound modifier, not an
    event: "U.S.-produced missiles", "a Multi-Launch Rocket System", "pre-launch checks"; the
    prefixes of lexicon event-prefixes ("re-imposition") keep the event. A trigger glued to
    a designator after it is a name: "the Agni-V (Fire-V) missile", "Strike-2"; a form in -ing
    glued to a lower-case word after it, the first part of a compound: "cutting-edge weapons"."""
    doc = ctx.doc
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and (_designator(doc[end + 1].text) or (
                doc[end - 1].lower_.endswith("ing") and doc[end + 1].is_alpha
                and doc[end + 1].is_lower) or any(doc[i].text == "-" for i in range(start, end))):
        return True  # (a hyphened trigger glued to more: "the Nuclear-Test-Ban Treaty")
    return ctx.glued_by_hyphen(start)


def _designator(text: str) -> bool:
    """A model number or Roman numeral: "2", "V", "IIA", "3M"."""
    return text[:1].isdigit() or (text.isupper() and len(text) <= 4)


def _after_possessive(ctx: DocContext, start: int, sent_start: int) -> bool:
    """Does a possessive pronoun stand right before ``start``, or before an ordinal of
    series-ordinals that does ("its deployment", "its first test")?"""
    possessives = ctx.hashes.possessives
    return ctx.lower[start - 1] in possessives or (
        start - 2 >= sent_start and ctx.lower[start - 1] in ctx.hashes.series_ordinals
        and ctx.lower[start - 2] in possessives)


def counted_in_series(ctx: DocContext, start: int) -> bool:
    """Do "the" and a word of series-ordinals stand right before ``start`` ("the second
    test", "the latest launch")?"""
    return start > 1 and ctx.lower[start - 1] in ctx.hashes.series_ordinals \
        and ctx.lower[start - 2] == ctx.hashes.the


def told_as_earlier(ctx: DocContext, start: int) -> bool:
    """"Macron discussed Iran's recent rocket launches earlier this month": an event noun
    after a word of the lexicon earlier-event-modifiers (one more word may stand between)
    refers to events before the time of its clause, whose date is not theirs."""
    lo = max(ctx.sentence_bounds(start)[0], start - 2)
    return not ctx.hashes.earlier_modifiers.isdisjoint(ctx.lower[lo:start])


def in_other_time_phrase(ctx: DocContext, start: int) -> bool:
    """Does the noun phrase of the event noun at ``start`` open with a word of
    other-time-prepositions ("since the Israeli air strike"), which sets it at another time
    than its clause?"""
    sent_start = ctx.sentence_bounds(start)[0]
    opening = noun_phrase_start(ctx, start, sent_start)
    return opening > sent_start and ctx.lower[opening - 1] in ctx.hashes.other_time_prepositions


def noun_phrase_start(ctx: DocContext, start: int, sent_start: int) -> int:
    """Where the noun phrase of the event noun at ``start`` begins: back over determiners,
    possessives, words of event-noun-modifiers and capitalised words ("the Israeli air
    strike"), at most NOUN_PHRASE_WORDS words."""
    hashes, i = ctx.hashes, start
    while i > sent_start and start - i < NOUN_PHRASE_WORDS:
        word = ctx.lower[i - 1]
        if word in hashes.noun_determiners or word in hashes.event_noun_modifiers \
                or word in hashes.possessive_marks or ctx.doc[i - 1].is_title:
            i -= 1
        else:
            break
    return i


def _states_at(ctx: DocContext, tokens: Iterable[int]) -> set[str]:
    """The states named (as actors or adjectives) by the mentions at ``tokens``."""
    mentions = (ctx.actor_at.get(k) or ctx.adjective_at.get(k) for k in tokens)
    return {m.state for m in mentions if m is not None and m.state}


def _foreign_place(ctx: DocContext, end: int, phrase: range) -> bool:
    """Does ``phrase`` name a place of a state that none of the states named before the
    trigger ending at ``end`` is ("Ukraine fired missiles in Russia's Bryansk region")? With
    no state before it ("a missile launched in Russia's Arkhangelsk region") it is where a
    test was held."""
    sent_start, _ = ctx.sentence_bounds(end - 1)
    there, before = _states_at(ctx, phrase), _states_at(ctx, range(sent_start, end))
    return bool(there) and bool(before) and not there & before


def right_after(ctx: DocContext, end: int, char: int) -> bool:
    """Does character ``char`` fall within the few words right after token ``end`` (a date
    of the event noun's own phrase: "the launch in late November")?"""
    doc = ctx.doc
    if end >= len(doc):
        return False
    last = doc[min(end + OWN_PHRASE_WORDS, len(doc)) - 1]
    return doc[end].idx <= char < last.idx + len(last)


def is_attribute(ctx: DocContext, start: int) -> bool:
    """Is the event noun at ``start`` the attribute of a linking verb ("the launches are a
    flagrant violation of", 'was "a considerable departure" from'), over its determiner,
    adjectives and quote marks?"""
    sent_start = ctx.sentence_bounds(start)[0]
    for i in range(start - 1, max(sent_start, start - ATTRIBUTE_WORDS) - 1, -1):
        if ctx.lower[i] in LINKING_WORDS:
            return True
        if ctx.lower[i] in ctx.hashes.quote_marks:
            continue
        if not ctx.doc[i].is_lower or i in ctx.trigger_tokens:
            return False
    return False


def fits(ctx: DocContext, start: int, end: int, trigger: Trigger) -> bool:
    """Does a conditional trigger at [``start``, ``end``) count here: its weapon aimed at one
    of its ``aimed`` words, its ``particle`` after its object, its ``object`` words in its
    object (or, in the passive, its subject), none of its ``unless_object`` words?"""
    if trigger.aimed and (not is_aimed(ctx, end, trigger.aimed) or (
            start > 0 and (ctx.lower[start - 1] in ctx.hashes.noun_determiners
                           or ctx.lower[start - 1] in ctx.hashes.possessives
                           or ctx.lower[start - 1] in ctx.hashes.possessive_marks))):
        # "the move to ...", "Syria's move to destroy the rockets": a noun, where an aimed
        # verb's weapon is its object
        return False
    if trigger.unless_attribute and is_attribute(ctx, start):
        return False  # "the decision was a departure from the deal": called so, no act
    if trigger.unless_object and (
            (object_holds(ctx, end, trigger.unless_object, through_of=_of_follows(ctx, end))
             and not _plain_passive(ctx, start))
            or passive_subject_holds(ctx, start, end, trigger.unless_object)):
        return False  # "the suspension of sanctions" too: a noun's object comes after "of";
        # in the passive the object is the subject ("the resolution was rejected by ..."),
        # and what follows the verb no object ("the CTBT was concluded with Iran")
    if trigger.object_words and object_word_at(ctx, start, end, trigger) is None \
            and not subject_holds(ctx, start, trigger.object_words) \
            and not _bare_participle_subject_holds(ctx, start, end, trigger.object_words) \
            and not _qualified_noun_holds(ctx, start, trigger.object_words) \
            and not relative_object_holds(ctx, start, trigger.object_words) \
            and not (trigger.about_weapons and trigger.tense == "noun"
                     and _names_system_after(ctx, end)):
        return False
    if trigger.instrument and not instrument_follows(ctx, end, trigger.instrument) \
            and not _instrument_relative(ctx, start, trigger.instrument):
        return False
    return not trigger.particle or particle_at(
        ctx, end, trigger.particle, passive=_plain_passive(ctx, start),
        needs=trigger.requires, start=start) is not None


def _names_system_after(ctx: DocContext, end: int) -> bool:
    """Does a listed system, perhaps after "the", open the words right after a weapons noun
    ("an earlier trial of Agni-II"): it is the weapon an ``object`` word would name?"""
    first = end + 1 if end < len(ctx.lower) and ctx.lower[end] == ctx.hashes.the else end
    return first in ctx.system_starting_at


def _plain_passive(ctx: DocContext, start: int) -> bool:
    """A passive verb whose subject holds no "by" phrase of its own ("its latest Zircon
    missiles were used ...", not "the base hit by the British missiles was used ...": there
    the weapon is the inner verb's), nor a progressive ("we are putting Iran on notice": its
    object after it)."""
    sent_start, _ = ctx.sentence_bounds(start)
    return is_passive(ctx, start, sent_start) and not ctx.doc[start].lower_.endswith("ing") \
        and ctx.hashes.by not in ctx.lower[ctx.clause_start(start, sent_start):start]


def instrument_follows(ctx: DocContext, end: int, words: frozenset[int]) -> bool:
    """Does one of ``words`` ("with", "using", "by") stand in the verb's clause, a weapon (a
    system, a weapon word or one of lexicon attack-instruments) within the few words after
    it: "attacked three Syrian depots on Friday with long-range cruise missiles", "destroyed
    by enemy warplanes", not "attacked the cost of the programme"?"""
    lower = ctx.lower
    _, sent_end = ctx.sentence_bounds(end - 1)
    systems = ctx.systems_in.get(ctx.sentence_index(end - 1), [])
    for i in range(end, sent_end):
        if lower[i] in words:
            hi = ctx.words_after(i + 1, INSTRUMENT_WORDS, sent_end)
            if _has_word(ctx, "weapon", i + 1, hi) or any(i < m.start < hi for m in systems) \
                    or not ctx.hashes.attack_instruments.isdisjoint(lower[i + 1:hi]):
                # (the clause's end, costly to find, only for the first such phrase: a
                # later one is no nearer)
                return i < ctx.clause_end(end, sent_end)
    return False


def _instrument_relative(ctx: DocContext, start: int, words: frozenset[int]) -> bool:
    """Does the verb's clause open with one of ``words`` and a relative pronoun whose
    antecedent, right before them, is a weapon: "the Oreshnik, with which Russia attacked
    Dnipro"?"""
    sent_start, _ = ctx.sentence_bounds(start)
    clause = ctx.clause_start(start, sent_start)
    for i in range(max(sent_start + 1, clause - 2), start - 1):
        if ctx.lower[i] in words and ctx.lower[i + 1] in ctx.hashes.relative_pronouns:
            before = i - 1 if ctx.lower[i - 1] == ctx.hashes.comma else i
            if ctx.lower[before - 1] in ctx.hashes.quote_marks:
                before -= 1  # "in particular 'Oreshnik', with which ..."
            systems = ctx.systems_in.get(ctx.sentence_index(start), [])
            return any(m.end == before for m in systems) or weapon_at(ctx, before - 1)
    return False


def object_holds(ctx: DocContext, end: int, words: frozenset[int],
                 through_of: bool = False) -> bool:
    """Does the object right after a verb (its next few words, up to a clause break or a
    preposition, or past "of" with ``through_of``) hold one of ``words`` ("met its
    obligations", "meets Pakistan's needs")?"""
    return object_at(ctx, end, words, through_of=through_of) is not None


def _of_follows(ctx: DocContext, end: int) -> bool:
    return end < len(ctx.lower) and ctx.lower[end] == ctx.hashes.of


def object_word_at(ctx: DocContext, start: int, end: int, trigger: Trigger) -> int | None:
    """Where a word of the trigger's ``object`` list stands: in the trigger itself ("sanctions
    on", "imposition of sanctions") or in its object ("restored some of the sanctions", "the
    suspension of nuclear and intercontinental missile tests"); None when in neither."""
    wanted = trigger.object_words
    inside = [i for i in range(start, end) if ctx.lower[i] in wanted]
    if inside:
        return inside[-1]
    found = object_at(ctx, end, wanted, through_of=True, reach=OBJECT_REACH)
    if found is not None and trigger.tense != "noun" and _opens_a_clause(ctx, found):
        return None  # "announced the agreement was dead": the subject of a clause of its own
        # (after a noun, its phrase's predicate: "the last trial of the weapon was held")
    return found


def _opens_a_clause(ctx: DocContext, noun: int) -> bool:
    """Does a finite auxiliary follow the noun at ``noun`` over its own phrase (words, and
    "of", "on", "for", "about" or "over" with theirs), no date, clause break or conjunction
    between ("the agreement on its missiles was dead"; not "steps if missiles were")?"""
    hashes, lower, doc = ctx.hashes, ctx.lower, ctx.doc
    _, sent_end = ctx.sentence_bounds(noun)
    for i in range(noun + 1, min(sent_end, noun + 1 + OBJECT_REACH)):
        if i in ctx.date_tokens or not (doc[i].is_alpha and doc[i].is_lower):
            return False  # (nor a name: "steps if US missiles were deployed")
        if lower[i] in hashes.finite_auxiliaries:
            return True
        if lower[i] in hashes.object_stops and lower[i] not in NOUN_PHRASE_PREPOSITIONS:
            return False
        if doc[i].lower_.endswith("ing") or (lower[i] in hashes.noun_determiners
                                            and lower[i - 1] not in NOUN_PHRASE_PREPOSITIONS):
            return False  # another verb's clause: "a joint statement saying the sides had"
    return False


def object_at(ctx: DocContext, end: int, wanted: set[int], through_of: bool = False,
              reach: int = OBJECT_WORDS) -> int | None:
    """Where a word of ``wanted`` (LOWER ids) stands in the object right after a verb (its
    next ``reach`` words as :meth:`DocContext.words_after` counts them, an actor's name one
    word, up to a clause break, a preposition, a finite auxiliary that opens a clause of its
    own ("denies it is blocking access") or a comma before a determiner; with
    ``through_of``, past "of": "some of the sanctions"), or None."""
    hashes, lower = ctx.hashes, ctx.lower
    _, sent_end = ctx.sentence_bounds(end - 1)
    if end + 1 < sent_end and lower[end] in hashes.partitives and lower[end + 1] == hashes.of:
        reach += 2  # "all of" opens the object: "met all of its reporting obligations"
    hedge = next((h for h in ctx.extractor.object_hedges.get(lower[end], ())
                  if tuple(lower[end:end + len(h)]) == h), ()) if end < sent_end else ()
    end += len(hedge)  # "paraded what looked like an unfamiliar launcher": the launcher
    limit = ctx.words_after(end, reach, sent_end, ctx.actor_at)
    i = end - 1
    while i + 1 < limit:
        i += 1
        if (closing := _relative_aside_end(ctx, i, sent_end)) is not None:
            # "called the launches, which came after others, an act of provocation": the
            # object goes on past the relative clause set off by commas
            limit = min(sent_end, limit + closing + 1 - i)
            i = closing
            continue
        if lower[i] in wanted and not (lower[i] in hashes.object_stops
                                       and i + 1 in ctx.date_tokens):
            return i  # not a preposition of a date: "by" in "by the end of 2016" names no agent
        if lower[i] in hashes.finite_auxiliaries:
            return None
        if lower[i] in hashes.object_stops and lower[i] not in hashes.coordinators \
                and not (lower[i] == hashes.of and (through_of or (
                    i == end + 1 and lower[end] in hashes.partitives))):
            return None
        if lower[i] in hashes.coordinators and i + 1 < sent_end \
                and ctx.doc[i + 1].is_lower and ctx.doc[i + 1].lower_.endswith("ing"):
            return None  # "suspending inspections and cancelling talks": another verb's
        if lower[i] == hashes.comma and i + 1 < sent_end \
                and lower[i + 1] in hashes.noun_determiners:
            return None  # "closing the test site, another facility could ...": a new phrase
    return None


def _relative_aside_end(ctx: DocContext, comma: int, sent_end: int) -> int | None:
    """Where the comma stands that closes a relative clause ("which" or "who") opened by the
    comma at ``comma``, within RELATIVE_ASIDE_WORDS; None when none closes there."""
    if ctx.lower[comma] != ctx.hashes.comma or comma + 1 >= sent_end \
            or ctx.lower[comma + 1] not in ctx.hashes.relative_pronouns:
        return None
    return next((closing for opening, closing in ctx.comma_pairs(comma, RELATIVE_ASIDE_WORDS)
                 if opening == comma and closing < sent_end), None)


def subject_holds(ctx: DocContext, start: int, words: frozenset[int]) -> bool:
    """In the passive ("the sanctions were restored"), does the subject, between the
    clause's start and the auxiliary, hold one of ``words``?"""
    sent_start, _ = ctx.sentence_bounds(start)
    if start <= sent_start or ctx.lower[start - 1] not in ctx.hashes.passive_auxiliaries:
        return False
    clause = _subject_clause(ctx, start, sent_start)
    if not words.isdisjoint(ctx.lower[clause:start]):
        return True
    # "its reactor at Arak, which was sealed in 2004": a relative pronoun stands for the
    # noun phrase before it
    opener = next((i for i in (clause, clause - 1) if i > sent_start
                   and ctx.lower[i] in ctx.hashes.relative_pronouns), None)
    if opener is None:
        return False
    before = ctx.word_before_comma(opener)
    return before >= sent_start and _noun_phrase_holds(ctx, before, words, sent_start)


def relative_object_holds(ctx: DocContext, start: int, words: frozenset[int]) -> bool:
    """Is the verb's object the noun phrase its clause qualifies, holding one of ``words``:
    "the sanctions the US has imposed on Iran", "the sanctions that Washington imposed",
    "the moratorium on missile tests that Pyongyang has observed"?"""
    j = relative_object(ctx, start)
    if j is None:
        return False
    return _noun_phrase_holds(ctx, j, words, ctx.sentence_bounds(start)[0])


def relative_clause_object(ctx: DocContext, verb: int) -> int | None:
    """The last word of the noun that the trigger at ``verb`` takes as its object (the
    words its rule wants, ``ctx.trigger_objects``) as the verb of a relative clause on that
    noun ("froze the contract it signed": the contract), else None."""
    words = ctx.trigger_objects.get(verb)
    return relative_object(ctx, verb) if words and relative_object_holds(ctx, verb, words) \
        else None


def _noun_phrase_holds(ctx: DocContext, j: int, words: frozenset[int], sent_start: int
                       ) -> bool:
    """Does the noun phrase ending at ``j`` hold one of ``words`` (RELATIVE_NOUN_PHRASE
    words back at most, over words only)?"""
    lower = ctx.lower
    for i in range(j, max(sent_start, j - RELATIVE_NOUN_PHRASE) - 1, -1):
        if lower[i] in words:
            return True
        if not ctx.doc[i].is_alpha:
            return False
    return False


def relative_object(ctx: DocContext, start: int) -> int | None:
    """The last word of the noun a relative clause qualifies, when the verb at ``start`` has
    its subject, an actor, right before it (an auxiliary "has" between allowed) and the
    clause opens with that actor, "which" or "that" ("the sanctions the US has imposed",
    "the Open Skies Treaty, which Washington left in 2020"), or with a subject pronoun
    ("the contract it signed with Iran in 2007"); else None."""
    lower, hashes = ctx.lower, ctx.hashes
    i = start - 1
    if i >= 0 and lower[i] in hashes.perfect_auxiliaries:
        i -= 1
    pronoun = i >= 0 and lower[i] in hashes.subject_pronouns
    if pronoun:
        j = i - 1
    else:
        actor = ctx.actor_at.get(i)
        if actor is None or actor.end != i + 1:
            return None
        j = actor.start - 1
    if j >= 0 and lower[j] == hashes.the:
        j -= 1
    if j >= 0 and lower[j] in hashes.relative_openers:
        j -= 1
        if j >= 0 and lower[j] == hashes.comma:
            j -= 1  # "the Open Skies Treaty, which Washington left"
    if j < 0 or (pronoun and noun_phrase_opening(ctx, j) is None):
        return None  # "Russia said it signed", "calls for sanctions after it tested"
    return j


def noun_phrase_opening(ctx: DocContext, j: int) -> int | None:
    """The determiner or possessive that opens a phrase of words ending at ``j`` (at most
    RELATIVE_NOUN_PHRASE words before it): "the contract", "its 2007 arms deal"."""
    sent_start = ctx.sentence_bounds(j)[0]
    for i in range(j - 1, max(sent_start, j - RELATIVE_NOUN_PHRASE - 1) - 1, -1):
        if ctx.lower[i] in ctx.hashes.noun_determiners or ctx.lower[i] in ctx.hashes.possessives:
            return i
        if ctx.doc[i].is_punct:
            return None
    return None


def passive_subject_holds(ctx: DocContext, start: int, end: int, words: frozenset[int]
                          ) -> bool:
    """Does the subject of a passive verb, in the few words before its auxiliary ("the
    resolution was rejected") or before a bare participle with its "by" ("Resolution
    rejected by members", a headline's passive), hold one of ``words``? Not a word further
    back ("after some six hours of negotiations ... after the document was signed")."""
    if start > 0 and ctx.lower[start - 1] in ctx.hashes.passive_auxiliaries:
        return _near_subject_holds(ctx, start, start - 1, words)
    return _bare_participle_subject_holds(ctx, start, end, words)


def _bare_participle_subject_holds(ctx: DocContext, start: int, end: int,
                                   words: frozenset[int]) -> bool:
    """Does the subject before a participle with no auxiliary and its "by" right after
    ("the sanctions imposed by the EU") hold one of ``words``, in its few words?"""
    lower = ctx.lower
    if end >= len(lower) or lower[end] != ctx.hashes.by \
            or (start > 0 and lower[start - 1] in ctx.hashes.passive_auxiliaries):
        return False
    return _near_subject_holds(ctx, start, start, words)


def _qualified_noun_holds(ctx: DocContext, start: int, words: frozenset[int]) -> bool:
    """Is the verb at ``start`` a participle right after one of ``words``, the noun it
    qualifies being its object ("a weapons contract signed by both governments in
    2011")? Not a noun after a possessive pronoun, one speaker's own ("his statement
    issued in Islamabad")."""
    return start > 1 and ctx.doc[start].lower_.endswith("ed") \
        and ctx.lower[start - 1] in words \
        and ctx.lower[start - 2] not in ctx.hashes.possessives


def _near_subject_holds(ctx: DocContext, start: int, subject_end: int,
                        words: frozenset[int]) -> bool:
    """Does one of ``words`` stand in the SUBJECT_WORDS words before ``subject_end``, in the
    clause of the verb at ``start``?"""
    sent_start, _ = ctx.sentence_bounds(start)
    lo = max(ctx.clause_start(start, sent_start), subject_end - SUBJECT_WORDS)
    return not words.isdisjoint(ctx.lower[lo:subject_end])

def particle_at(ctx: DocContext, end: int, particles: frozenset[tuple[int, ...]],
                passive: bool = False, needs: frozenset[str] = frozenset(),
                start: int | None = None) -> int | None:
    """Where one of ``particles`` starts after the verb ending at ``end``, its object
    between them, no clause break: an actor or a word standing for one (lexicon
    agent-anaphors: "pulled the United States out of the treaty", "take the country out
    of"; not "pulled its troops back from"), a weapon ("put the Oreshnik system on
    combat duty") or a word of the lists the trigger ``needs`` ("shot their reconnaissance
    plane down"), or None. A ``passive`` verb has its object before it ("the Kinzhal
    missiles were used on Friday to destroy a depot"), at ``start`` its verb's first word,
    and may have the particle right after it ("sarin was used in the attack"; not "the
    matter could go to the Security Council": no such object)."""
    lower, breaks = ctx.lower, ctx.hashes.clause_breaks
    sent_start, sent_end = ctx.sentence_bounds(end - 1)
    weapons = ctx.hashes.context_words.get("weapon", frozenset())
    needed = [ctx.hashes.context_words.get(need, frozenset()) for need in needs]

    treaties = ctx.hashes.treaty_nouns if "treaty" in needs else frozenset()

    def names_object(between: range) -> bool:  # ("sent the accord to the Senate")
        return any(k in ctx.actor_at or lower[k] in ctx.hashes.agent_anaphors
                   or lower[k] in weapons or k in ctx.system_ending_at
                   or lower[k] in treaties or (treaties and k in ctx.treaty_tokens)
                   or any(lower[k] in words for words in needed) for k in between)

    for i in range(end if passive else end + 1, min(sent_end, end + 1 + PARTICLE_GAP)):
        if i > end and lower[i - 1] in breaks:
            return None
        if i > end:
            i = _judgement_start(ctx, i, sent_end, particles)
        if particle_starts_at(ctx, i, particles):
            if not passive:
                return i if names_object(range(end, i)) else None
            if start is None:
                return i
            return i if names_object(range(ctx.clause_start(start, sent_start), start)) \
                else None
    return None


def particle_starts_at(ctx: DocContext, i: int,
                       particles: frozenset[tuple[int, ...]]) -> bool:
    """Does one of ``particles`` start at ``i``, a "to ..." one also with an adverb in -ly
    after its "to" ("pressed Tehran to quickly halt")?"""
    if phrase_starts_at(ctx, i, particles):
        return True
    lower, to = ctx.lower, ctx.hashes.to
    if lower[i] != to or i + 2 >= len(lower) or not ctx.is_ly_adverb(i + 1):
        return False
    return any(len(p) > 1 and p[0] == to and tuple(lower[i + 2:i + 1 + len(p)]) == p[1:]
               for p in particles)


def _judgement_start(ctx: DocContext, i: int, sent_end: int,
                     particles: frozenset[tuple[int, ...]]) -> int:
    """Where a particle begins past a quote mark and an adverb of degree at ``i``
    ('declared the step "illegal"', "called the launch deeply troubling", 'called the tests
    "extremely regrettable"'); ``i`` when none begins past them."""
    j = i + 1 if ctx.doc[i].is_quote else i
    if j < sent_end and ctx.lower[j] in ctx.hashes.degree_adverbs \
            and phrase_starts_at(ctx, j + 1, particles):
        return j + 1
    return j if j != i and phrase_starts_at(ctx, j, particles) else i


def _counted_targets(ctx: DocContext, i: int, sent_end: int) -> bool:
    """Do a count and a word of military-targets start at ``i`` ("42 targets", "dozens of
    bases"): targets struck, no test's aim point?"""
    lower, doc = ctx.lower, ctx.doc
    if i >= sent_end or not (doc[i].like_num or lower[i] in ctx.hashes.count_words):
        return False
    k = i + 2 if i + 2 < sent_end and lower[i + 1] == ctx.hashes.of else i + 1
    return k < sent_end and lower[k] in ctx.hashes.military_targets


def phrase_starts_at(ctx: DocContext, i: int, phrases: Iterable[tuple[int, ...]]) -> bool:
    """Does one of ``phrases`` (each a tuple of LOWER ids) start at token ``i``?"""
    return any(tuple(ctx.lower[i:i + len(phrase)]) == phrase for phrase in phrases)


def _verb_in_ing(ctx: DocContext, i: int) -> bool:
    """Is token ``i`` a lower-case form in -ing with an object that a determiner opens
    ("putting a satellite", "testing its"; not the adjective of "incoming missiles")?"""
    word = ctx.doc[i]
    return word.is_lower and word.is_alpha and word.lower_.endswith("ing") \
        and i + 1 < len(ctx.lower) and (ctx.lower[i + 1] in ctx.hashes.noun_determiners
                                        or ctx.lower[i + 1] in ctx.hashes.possessives)


def is_aimed(ctx: DocContext, end: int, words: frozenset[int]) -> bool:
    """Is the weapon after the trigger (or, in the passive, the trigger itself) followed by
    one of ``words`` ("fired two missiles and drones at Israel", "were fired at Kyiv") and then
    by a phrase that is no date and holds no word of the lexicon non-target-words ("at
    sea", "at a target", "at an altitude", "at 7 a.m." are a test's)?"""
    lower, hashes = ctx.lower, ctx.hashes
    _, sent_end = ctx.sentence_bounds(end - 1)
    weapons = hashes.context_words.get("weapon", frozenset())
    systems = ctx.systems_in.get(ctx.sentence_index(end - 1), [])
    hi = ctx.words_after(end, WEAPON_AFTER, sent_end)

    def ends_object(j: int) -> bool:
        # "at least 26 missiles": that "at" opens the number (lexicon bound-words)
        return lower[j] in hashes.object_stops and lower[j] not in hashes.coordinators and not (
            lower[j] == AT and j + 1 < sent_end and lower[j + 1] in hashes.bound_words)

    # the weapon is the object, before any preposition but "of" ("a large number of
    # missiles"; "fired during a drone attack" has none)
    stop = next((j for j in range(end, hi) if ends_object(j) and lower[j] != hashes.of), None)
    hi = hi if stop is None else stop
    weapon = next((j for j in range(end, hi) if lower[j] in weapons
                   or any(m.start <= j < m.end for m in systems)), None)
    if weapon is None and (stop is None
                           or ctx.words_after(end, BARE_AIM_WORDS, sent_end) < stop):
        return False  # no weapon after it, and its particle far from it: "the launch is a
        # violation of resolutions aimed at showing off ..." aims at nothing
    i = end if weapon is None else weapon
    while i < sent_end and (not ends_object(i) or lower[i] == hashes.of):
        i += 1  # the rest of the object: "missiles and dozens of drones"
    from_place = False
    while i < sent_end and lower[i] in (FROM, hashes.by):
        # past the place it was fired from or who fired it: "a rocket from Gaza toward
        # Israel", "rockets launched by Hezbollah at Israeli towns"
        from_place = from_place or lower[i] == FROM
        i += 1
        while i < sent_end and lower[i] not in hashes.object_stops:
            i += 1
    toward = tuple(lower[i:i + 4]) == IN_THE_DIRECTION_OF  # "in the direction of": toward
    if i >= sent_end or (lower[i] not in words and not (toward and TOWARD in words)):
        return False
    i += 3 if toward else 0
    j = i + 1
    while j < sent_end and lower[j] not in hashes.object_stops and (
            j == i + 1 or j not in ctx.date_tokens):  # "to Kaliningrad | last week"
        j += 1
    phrase = range(i + 1, j)
    if phrase and _verb_in_ing(ctx, phrase[0]):
        return False  # "a rocket aimed at placing a satellite in orbit": a purpose
    if lower[i] in hashes.attack_aims:  # "fired during a drone attack", not "an exercise"
        attacks = hashes.attack_nouns
        return any(lower[k] in attacks for k in phrase)
    if lower[i] in hashes.foreign_place_aims and not _foreign_place(ctx, end, phrase):
        return False  # "in Russia's Bryansk region" after Ukraine fired, not after Russia did
    if ((from_place and lower[i] == AT) or lower[i] == ON) and not any(
            k in ctx.actor_at or k in ctx.adjective_at for k in phrase) \
            and not _counted_targets(ctx, i + 1, sent_end):
        # "launched from a canister at Wheeler Island", "launched on the western coast":
        # where, not at whom ("fired 59 Tomahawks on a Syrian airbase", "launched missiles
        # on 42 targets" name whom)
        return False
    # a date may follow the target ("at Kyiv this year"), not stand for it ("at 7 a.m."); a
    # state's adjective before a word of state-target-nouns makes it a target ("at an Israeli
    # military target", not "at a target off its coast" nor "into Japanese waters")
    other = next((k for k in phrase if lower[k] in hashes.non_targets), None)
    return bool(phrase) and phrase[0] not in ctx.date_tokens and (
        other is None or (lower[other] in hashes.state_target_nouns and any(
            k in ctx.adjective_at for k in range(phrase[0], other))))
