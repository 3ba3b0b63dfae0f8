"""Who acts in an event and on whom, from word positions in the trigger's sentence: the agent
is the nearest actor before the trigger in its clause (or after "by" in the passive, or the
owner in "X's withdrawal"), the target the first actor after it, the source the actor of a
verb of saying before it; actors joined by "and" or a list act together."""

from __future__ import annotations

from bisect import bisect_left

from spacy.strings import get_string_id
from spacy.tokens import Token

from ...matching import is_clitic
from ..common import POSSESSIVES
from .context import DocContext, Mention
from .requirements import (
    is_participle,
    noun_phrase_opening,
    object_word_at,
    occasion_noun,
    passive_auxiliary,
    present_perfect,
    relative_clause_object,
    relative_object_holds,
    treaty_for,
    weapon_at,
)
from .triggers import Trigger

BY_AGENT_WINDOW = 8  # words after a passive participle in which "by" introduces its agent
SIDES_REACH = 10  # tokens after a passive in which "between"/"among" names the sides that acted
TREATY_OWNER_WORDS = 2  # tokens before a treaty's date that may hold its owner ("Iran's 2015 deal")
TREATY_MODIFIER_WORDS = 5  # words from a party's name to the treaty it qualifies
OBSERVER_WORDS = 4  # words of the longest phrase of observer-phrases
NOUN_TARGET_WINDOW = 6  # words after an event noun's preposition in which its target stands
NOUN_PHRASE_WINDOW = 5  # words between a determiner and the event noun it introduces
SUPPLIER_WORDS = 12  # words from "bought" to the "from" of its supplier
DISREGARD_GAP = 2  # lower-case words from a word of disregard to its event noun
NOUN_ADJECTIVES = 2  # lower-case words between a possessive and its event noun
ORIGIN_WORDS = 6  # words of a "from" phrase in which its state stands ("the eastern coast of")
AGENT_NOUN_WORDS = 2  # tokens from an opposing event noun to the "by" of its agent
ASIDE_DASHES = frozenset(("--", "—", "–"))  # marks that open and close an aside
INSTRUMENT_OWNER_WORDS = 4  # words before a resolution that may name its body
PARTICIPLE_PHRASE_WORDS = 8  # words of "drafted by Washington last week ,"
FOR = get_string_id("for")
BY = get_string_id("by")
AS = get_string_id("as")  # ", as did Seoul": others doing the same
BY_ONLY = frozenset({BY})
BLAME_PREPOSITIONS = frozenset({get_string_id("of"), FOR})
COORDINATING = frozenset({get_string_id("and"), get_string_id("or")})  # joins two event nouns
PARTY_PHRASE = 3  # words from "members of" to the treaty ("of the landmark nuclear deal")
ORDER_OBJECT_WORDS = 10  # words from a verb of ordering to the "to be" of what it orders done
QUOTE_SPEAKER_WINDOW = 20  # words after a closing quote to its verb of saying and speaker
SHORT_SPEAKER = 5  # words from a closing quote with no punctuation before it to its verb
COMMA_SPEAKER_WINDOW = 8  # words after a comma to the verb of saying of "..., Japan said"
SPOKEN_TYPES = frozenset({"warning", "denial", "violation_allegation"})  # told by speaking
INVERTED_SPEAKER_WORDS = 4  # tokens after "..., said" to its speaker ("said a State Department")
PRONOUN_SENTENCES = 3  # sentences before a "she said" in which the person it stands for is named
FIRST_PERSON_NOUNS = 3  # lower-case words of a subject after "our" ("our research sector")
PRONOUN_SUBJECT_GAP = 2  # lower-case words between "he"/"she" and its verb ("he also warned")
# prepositions that end a noun phrase read backwards from its noun ("of" does not)
PHRASE_BREAKING_PREPOSITIONS = frozenset(get_string_id(word) for word in (
    "during", "by", "in", "on", "at", "with", "to", "from", "over", "after", "before", "since",
    "until", "amid", "against", "into", "than"))
PURPOSE_PHRASE_WORDS = 8  # words between "for" and its event noun: "for another round of talks"
# "Russian-made", "US-built": the state before them made the weapon, it need not own it
MAKER_PARTICIPLES = frozenset(get_string_id(word) for word in (
    "made", "built", "designed", "developed", "produced", "manufactured", "supplied"))
CLAIMED = get_string_id("claimed")  # "the attack claimed by the Houthis": they attacked
CLAIM_REACH = 6  # words between an event noun and the participle that names its agent by "by"
PREDICATE_WORDS = 4  # lower-case words of a meeting noun's predicate before "between"
MEETING_TYPES = frozenset({"talks"})  # whose noun's "of" names who meets ("a summit of the G8")
OF_CHAIN_WORDS = 5  # words of a phrase between two "of": "of two extra launchers of"
PREPOSITION_MODIFIERS = 3  # lower-case words between "by" and its actor ("by key signatory X")
JOINT_CUE_WINDOW = 3
WEAPON_ADJECTIVE_GAP = 3  # words from a state's adjective to the weapon word it qualifies
EXAMPLE_WINDOW = 8  # words of a group before ", including" its actors ("by a number of states")
PLACE_NOUN_WORDS = 2  # lower-case words of "the island of" before a state's name
CAUSE_PHRASE = 4  # lower-case words between "over" and the event noun it opens
PASSIVE_SUBJECT = 3  # words before a passive auxiliary in which its subject stands
COUNTED_ADJECTIVES = 2  # capitalised words between a count and its group noun ("South Asian")
LIST_CLOSING_WORDS = 3  # lower-case words closing a list before a relative ("and other states")
KNOWN_AS_WORDS = 4  # words of a description before "known as" ("the three European states")
TO_TARGET_WORDS = 3  # words after "to" in which its actor starts ("to President Assad")
OFFICE_SENTENCES = 3  # sentences back in which "the ministry" finds the ministry it names
NAME_OFFICE_TOKENS = 6  # tokens of an office before a name: "then - Russian - President"
TITLE_WORDS = 2  # words of a title between a state's adjective and a person ("Foreign Minister")
OFFICE_TOKENS = 3  # tokens of an office before "of" and its body ("Director - General of")
FROM = get_string_id("from")  # words before a trigger in which "bilateral" makes an event joint
IN = get_string_id("in")  # "officials in Tehran": a seat (lexicon seat-nouns)
WITH = get_string_id("with")
ABOUT = get_string_id("about")
BECAUSE = get_string_id("because")  # "because of its refusal to": a cause, not "told of its"
EACH = get_string_id("each")  # "Russia and the US will each dispose of": no determiner
HAVING = get_string_id("having")  # "with 180 states having signed": a perfect participle
JOINING_PHRASES = tuple(  # join a list as "and" does: "Russia and China, along with Britain"
    tuple(get_string_id(word) for word in phrase.split())
    for phrase in ("as well as", "along with", "together with"))
# a trigger ending in one of these names both sides after it: "a call between Biden and Xi"
SIDES_PREPOSITIONS = frozenset({get_string_id("between"), get_string_id("among")})
QUOTED_NOUN_WORDS = 8  # tokens from an opening quote to the event noun it quotes
SEAT_OWNER_WORDS = 3  # tokens before "officials in ..." in which the state owning them stands
# an actor after one of these is another side, never the subject of a "to" after it
OTHER_SIDE_PREPOSITIONS = SIDES_PREPOSITIONS | {get_string_id("with")}
GERUND_ARTICLES = frozenset(get_string_id(w) for w in ("the", "a", "an"))
CLEFT_VERBS = frozenset(get_string_id(w) for w in ("is", "was", "'s"))  # "it was X that ..."
IT = get_string_id("it")
# before "a" and a meeting noun, these make the clause's subject one who met
MEETING_OCCASIONS = frozenset(get_string_id(word)
                              for word in ("in", "during", "after", "following", "before"))
THEY = get_string_id("they")
THIRD_PERSON = frozenset(get_string_id(w) for w in ("they", "he", "she"))  # not the speaker
BOTH = get_string_id("both")  # "Both condemned the launch": the two just named
VERBS_AFTER_BOTH = frozenset(get_string_id(w) for w in (  # "Both went on to condemn ..."
    "went", "also", "then", "later", "have", "had", "will", "would", "said", "say", "agreed"))
# "Abe and his Australian counterpart": the pronoun stands for the person before it
PERSONAL_POSSESSIVES = frozenset({get_string_id("his"), get_string_id("her")})


def disregarded(ctx: DocContext, start: int, trigger: Trigger) -> bool:
    """Is the event noun at ``start`` what its clause ignores or defies (lexicon
    disregard-words, up to DISREGARD_GAP lower-case words before it): "ignored repeated
    warnings", "despite warnings"? It is someone else's act, whom the clause does not name."""
    if trigger.tense != "noun":
        return False
    sent_start, _ = ctx.sentence_bounds(start)
    for i in range(start - 1, max(start - 2 - DISREGARD_GAP, sent_start - 1), -1):
        if ctx.lower[i] in ctx.hashes.disregard_words:
            return True
        if not (ctx.doc[i].is_alpha and ctx.doc[i].is_lower):
            return False
    return False


def holds_agent_preposition(ctx: DocContext, start: int, end: int, trigger: Trigger) -> bool:
    """Does the trigger end with the preposition that introduces its agent ("objections
    from", "criticism by"; in a trigger's own words also "in": "alarm in Tokyo")? Not when
    its subject is its target: the actor after "a departure from" its commitments is the one
    accused, nor in a phrase, whose preposition goes with its verb ("abides by")."""
    return end - start > 1 and not trigger.subject_is_target and trigger.tense != "phrase" and (
        ctx.lower[end - 1] in ctx.hashes.noun_agent_prepositions or ctx.lower[end - 1] == IN)


def noun_owner_after(ctx: DocContext, start: int, end: int, trigger: Trigger
                     ) -> Mention | None:
    """The actor an event noun's own preposition introduces: "objections from Israel" (a
    trigger that holds it), "the warning from China"."""
    lower = ctx.lower
    if holds_agent_preposition(ctx, start, end, trigger):
        return actor_after_preposition(ctx, end)
    if end < len(lower) and lower[end] in ctx.hashes.noun_agent_prepositions:
        return actor_after_preposition(ctx, end + 1)
    return None


def anaphoric_agent(ctx: DocContext, start: int, clause_start: int,
                    patient: tuple[int, int] | None = None, nominal: bool = False
                    ) -> Mention | None:
    """"The army test-fired ...", "It also launched ...": a word that stands for a state
    (lexicon agent-anaphors) before the trigger in its clause, with no actor there, points to
    the state the text is about: the agent of the last event told in an earlier sentence,
    else the last state named before the trigger. None when it is the ``patient`` subject of
    a passive verb ("the Syrian regime was accused by ...") and, for an event noun
    (``nominal``), when a verb of watching or a meeting stands between them (lexicon
    observing-verbs: "South Korea's military detected the launch" is not the military's
    launch)."""
    anaphors = [i for i in range(clause_start, start)
                if (ctx.lower[i] in ctx.hashes.agent_anaphors or _office_anaphor(ctx, i))
                and not _inside_a_name(ctx, i) and not _ends_a_name(ctx, i)]
    if not anaphors or (patient is not None and patient[0] <= anaphors[-1] < patient[1]):
        return None
    if nominal and (any(anaphors[-1] < i < start for i in ctx.observing_verb_tokens)
                    or any(clause_start <= i < start for i in ctx.meeting_trigger_starts)):
        return None  # (nor "President Moon held talks on the nuclear test": not his test)
    office = _office_anaphor(ctx, anaphors[-1])
    if office and nominal and any(anaphors[-1] < i < start for i in ctx.opposing_trigger_starts):
        return None  # "The ministry voiced concern over the launches": not the ministry's
    if office:
        # "Japan's defence ministry said ... The ministry expressed concern": the state
        # whose office of that name the text told of last; none told, no guess
        owner = _earlier_office_owner(ctx, anaphors[-1])
        if owner is not None or ctx.lower[anaphors[-1]] not in ctx.hashes.agent_anaphors:
            return owner
    own = _adjective_ending_at(ctx, anaphors[-1])
    if own is not None and not ctx.names_origin(own) and anaphors[-1] + 1 not in ctx.actor_at:
        # (not a title before a name: "South Korean President Moon Jae-in")
        return own  # "Ukrainian forces have used ... in attacks": Ukraine's
    names = [i for i in anaphors if i > 0 and ctx.lower[i - 1] == ctx.hashes.the
             and ctx.doc[i].is_title]
    if names and len(names) == len(anaphors):
        # "the North", "the South": a short name, for a state named so ("South Korea's
        # military said the North fired" is not South Korea's launch)
        word = ctx.doc[names[-1]].lower_
        return next((m for m in reversed(ctx.actors) if m.start < start
                     and m.info.get("type") == "state"
                     and word in m.name.lower().split()), None)
    speaker = _speaker_opening_sentence_before(ctx, anaphors[-1])
    return speaker if speaker is not None else ctx.salient_state(start)


def _office_anaphor(ctx: DocContext, i: int) -> bool:
    """Is token ``i`` a word of office-anaphors after "the" ("the ministry")?"""
    return ctx.lower[i] in ctx.hashes.office_anaphors and i > 0 \
        and ctx.lower[i - 1] == ctx.hashes.the


def _earlier_office_owner(ctx: DocContext, office: int) -> Mention | None:
    """The state or body named right before the last earlier mention of the office noun at
    ``office`` ("Japan's defence ministry", "the Iranian foreign ministry"), in its sentence
    or the OFFICE_SENTENCES before it."""
    lower = ctx.lower
    first = ctx.sent_starts[max(0, ctx.sentence_index(office) - OFFICE_SENTENCES)]
    for k in range(office - 1, first - 1, -1):
        if lower[k] != lower[office]:
            continue
        owner = next((ctx.actor_at.get(j) or ctx.adjective_at[j]
                      for j in range(k - 1, max(first, k - 1 - TITLE_WORDS) - 1, -1)
                      if j in ctx.actor_at or j in ctx.adjective_at), None)
        if owner is not None:
            return owner
    return None


def _office_speaker(ctx: DocContext, saying: int, sent_start: int) -> Mention | None:
    """"The Saudi energy ministry said ... The defence ministry said the drone was shot
    down": a word of office-anaphors right before a verb of saying speaks for the state or
    body whose office of that name the text told of last (:func:`_earlier_office_owner`)."""
    office = saying - 1
    if office <= sent_start or ctx.lower[office] not in ctx.hashes.office_anaphors:
        return None
    return _earlier_office_owner(ctx, office)


def reporter(ctx: DocContext, saying: int, sent_start: int) -> Mention | None:
    """Who speaks at the verb of saying at ``saying``: the actor before it, else the state
    whose office "the ministry" right before it stands for (:func:`_office_speaker`)."""
    return speaker_before(ctx, saying, sent_start) or _office_speaker(ctx, saying, sent_start)


def _speaker_opening_sentence_before(ctx: DocContext, pronoun: int) -> Mention | None:
    """Whom a pronoun opening its sentence ("It warned ...") stands for when the sentence
    before opens with a speaker ("The Syrian army said the raid ..."): that speaker, the
    subject it continues, rather than the agent of the event the speaker told of."""
    lower = ctx.lower
    index = ctx.sentence_index(pronoun)
    if index == 0 or pronoun != ctx.sent_starts[index] \
            or lower[pronoun] not in ctx.hashes.subject_pronouns:
        return None
    i = ctx.sent_starts[index - 1]
    if lower[i] in ctx.hashes.definite_determiners:
        i += 1
    speaker = ctx.actor_at.get(i)
    if speaker is None or speaker.start != i:
        return None
    verb = speaker.end
    while verb < speaker.end + TITLE_WORDS and lower[verb] in ctx.hashes.actor_nouns:
        verb += 1  # "The Syrian army said"
    return speaker if any(s == verb for s, _ in ctx.reporting_in.get(index - 1, ())) else None


def _ends_a_name(ctx: DocContext, i: int) -> bool:
    """Is token ``i`` the last word of an actor's name of several words ("administration" of
    "the Trump administration"): a state named, not a word standing for one?"""
    mention = ctx.actor_at.get(i)
    return mention is not None and mention.start < i == mention.end - 1


def _inside_a_name(ctx: DocContext, i: int) -> bool:
    """Is token ``i`` the first word of a longer adjective of a state ("North" of "North
    Korean"), which qualifies a noun and stands for no subject?"""
    mention = ctx.adjective_at.get(i)
    return mention is not None and mention.end - mention.start > 1


def counted_states(ctx: DocContext, start: int, clause_start: int, trigger: Trigger
                   ) -> list[Mention] | None:
    """"The three countries called the launch a violation", "both sides agreed": a counted
    plural (lexicon group-anaphors after "the" and a number word, or after pair-words) before
    the trigger in its clause, with no actor between, stands for the states last named before
    it (a person counts for the state he serves), looked for in its sentence and the two
    before. None unless the text names that many, and for an event noun unless a light verb
    gives it its subject ("the two sides held talks", not "the three countries condemned the
    launch")."""
    lower, hashes = ctx.lower, ctx.hashes
    i = _group_noun_before(ctx, start, clause_start)
    if i is None and (aside := _aside_before(ctx, clause_start)) is not None:
        # "The two countries, which hold most of the world's warheads, agreed to ...": the
        # subject stands before an aside
        clause_start = ctx.clause_start(aside, ctx.sentence_bounds(aside)[0])
        i = _group_noun_before(ctx, aside, clause_start)
    if i is None and _bare_pair_subject(ctx, clause_start, start):
        i = number = clause_start  # "Both condemned the launch": the two just named
    elif i is None:
        return None
    else:
        number = _counting_word(ctx, i, clause_start)  # "the two South Asian nations"
    if lower[number] in hashes.pair_words:
        count = 2
    elif number >= 1 and lower[number - 1] == hashes.the:
        count = ctx.extractor.counts.get(lower[number], 0)
    else:
        count = 0
    if count and is_nominal(ctx, start, trigger):
        light = ctx.last_light_verb(i, start)
        if light is None or ctx.names_its_object(light, start):
            return None
    if not count:
        return None
    # (with neither, the states the text names most: "Two leaders held a summit in Helsinki.
    # ... Aides praised it. ... The two sides then signed a declaration")
    return _agents_before(ctx, i, count) or _states_before(ctx, i - 1, count) \
        or ctx.main_states(count)


def _bare_pair_subject(ctx: DocContext, clause_start: int, start: int) -> bool:
    """Does the clause open with "both" alone as its subject, a verb right after it ("Both
    condemned the launch", "Both went on to warn"), the trigger after that?"""
    first = clause_start
    if not (first < start and ctx.lower[first] == BOTH):
        return False
    word = ctx.doc[first + 1]  # a verb, not a noun ("Both missiles were fired")
    return first + 1 == start or word.lower in VERBS_AFTER_BOTH or (
        word.is_lower and word.lower_.endswith("ed"))


def _past_descriptor(ctx: DocContext, j: int) -> int:
    """Past a word of group-anaphors, a capitalised word allowed before it, that describes
    the actor right after it ("Nordic allies Denmark and Norway"); else ``j``."""
    if j >= len(ctx.lower):
        return j
    k = j + 1 if ctx.doc[j].is_title and j not in ctx.actor_at else j
    if k + 1 < len(ctx.lower) and ctx.lower[k] in ctx.hashes.group_anaphors \
            and k + 1 in ctx.actor_at:
        return k + 1
    return j


def _aside_before(ctx: DocContext, clause_start: int) -> int | None:
    """Where the comma stands that opens an aside ending with the comma right before
    ``clause_start`` (", which hold most of the world's warheads,", ", however,"); else
    None."""
    lower, hashes = ctx.lower, ctx.hashes
    sent_start = ctx.sentence_bounds(clause_start)[0]
    if clause_start - 2 <= sent_start or lower[clause_start - 1] != hashes.comma:
        return None
    return next((j for j in range(clause_start - 2, sent_start, -1)
                 if lower[j] == hashes.comma), None)


def counted_subject(ctx: DocContext, start: int, clause_start: int) -> bool:
    """Is the subject before the trigger a group of states counted by a number (lexicon
    group-anaphors: "121 states have now joined the Convention", "once 40 countries have
    ratified it"), with no actor between? With no state named for it (counted_states), a
    verb in the present perfect tells a tally, no event ("Over 60 nations signed the pact
    on Tuesday" is one). So does a perfect participle ("with 150 countries having signed
    and 90 having ratified": the number alone stands for the group)."""
    having = start > 1 and ctx.lower[start - 1] == HAVING
    if not (having or present_perfect(ctx, start)):
        return False
    if having:  # "having" opens a clause of its own: its subject stands before it
        if ctx.doc[start - 2].like_num:
            return True
        clause_start = ctx.clause_start(start - 1, ctx.sentence_bounds(start)[0])
    noun = _group_noun_before(ctx, start, clause_start)
    return noun is not None and ctx.doc[_counting_word(ctx, noun, clause_start)].like_num


def _group_noun_before(ctx: DocContext, start: int, clause_start: int) -> int | None:
    """Where the nearest word of group-anaphors before the trigger stands in its clause,
    with no actor between ("the three countries called ..."); None when there is none."""
    for i in range(start - 1, clause_start, -1):
        if i in ctx.actor_at:
            return None
        if ctx.lower[i] in ctx.hashes.group_anaphors:
            return i
    return None


def _counting_word(ctx: DocContext, noun: int, clause_start: int) -> int:
    """Where the word that may count a group noun stands: right before it, or before up to
    COUNTED_ADJECTIVES capitalised words ("the two South Asian nations", "both Korean
    governments")."""
    i = noun - 1
    while i > clause_start and noun - i <= COUNTED_ADJECTIVES and ctx.doc[i].is_title \
            and i not in ctx.actor_at:
        i -= 1
    return i


def treaty_of_party_noun(ctx: DocContext, start: int, clause_start: int) -> str | None:
    """The treaty whose parties a word of party-nouns before the trigger names, with no
    actor between: "the remaining members of the accord", "signatories to the JCPOA"."""
    for i in range(start - 1, clause_start - 1, -1):
        if i in ctx.actor_at:
            return None
        if ctx.lower[i] not in ctx.hashes.party_nouns:
            continue
        if i > clause_start and ctx.doc[i - 1].is_title:
            return None  # "European signatories of the deal": only some of them
        j = i + 1
        if j >= start or ctx.lower[j] not in (ctx.hashes.of, ctx.hashes.to):
            return None
        j += 1
        while j < min(start, i + 2 + PARTY_PHRASE) and j not in ctx.treaty_tokens \
                and ctx.lower[j] not in ctx.hashes.treaty_nouns:
            j += 1
        if j in ctx.treaty_tokens:
            return next(m.id for m in ctx.treaties if m.start <= j < m.end)
        if j < start and ctx.lower[j] in ctx.hashes.treaty_nouns:
            return treaty_for(ctx, start)[1]
        return None
    return None


def _agents_before(ctx: DocContext, token: int, count: int) -> list[Mention] | None:
    """The states (or bodies of no state) of the last event before ``token`` (in its
    sentence or the two before) that had that many acting: "Britain and France struck rebel
    depots in northern Mali on Monday, the third time the two allies have carried out raids
    there"."""
    floor = ctx.sent_starts[max(ctx.sentence_index(token) - 2, 0)]
    for start, _, agents in reversed(ctx.event_agents):
        if start >= token:
            continue
        if start < floor:
            break
        # (a body of no state counts as a side of its own: "Iran and the IAEA issued a joint
        # statement saying the two sides had reached an understanding")
        states = {m.state or m.id: m for m in agents}
        if len(states) == count:
            found = [m if m.id == state else ctx.state_mention(state)
                     for state, m in states.items()]
            return found if None not in found else None
    return None


def _states_before(ctx: DocContext, token: int, count: int) -> list[Mention] | None:
    floor = ctx.sent_starts[max(ctx.sentence_index(token) - 2, 0)]
    states: dict[str, Mention] = {}
    for mention in reversed(ctx.actors):
        if mention.start >= token:
            continue
        if mention.start < floor or len(states) == count:
            break
        state = mention.state
        if state and state not in states:
            states[state] = mention if state == mention.id else ctx.state_mention(state)
    found = [m for m in reversed(states.values()) if m is not None]
    return found if len(found) == count else None


def supplier(ctx: DocContext, end: int, trigger: Trigger) -> Mention | None:
    """Who supplies the weapons a trigger with ``supplier_after`` words tells of: the actor
    after one of them, at most SUPPLIER_WORDS words on, over "and" but no other clause break
    ("bought air-defence radars and drones from China"), else a state's adjective before
    the weapon of its object ("the purchase of a Russian missile system"); None for another
    trigger or none named."""
    if not trigger.supplier_after:
        return None
    _, sent_end = ctx.sentence_bounds(end - 1)
    hashes = ctx.hashes
    limit = ctx.words_after(end, SUPPLIER_WORDS, sent_end)
    object_end = None  # the object ends at its first preposition but "of"
    for i in range(end, limit):
        if ctx.lower[i] in hashes.coordinators:
            continue
        if ctx.lower[i] in trigger.supplier_after:
            return actor_after_preposition(ctx, i + 1)
        if object_end is None and ctx.lower[i] in hashes.object_stops and ctx.lower[i] != hashes.of:
            object_end = i
        if ctx.lower[i] in hashes.clause_breaks:
            break
    # ("bought interceptors as a defence against North Korean missiles": not the object's)
    return weapon_adjective(ctx, limit if object_end is None else object_end, end)


def weapon_adjective(ctx: DocContext, start: int, clause_start: int) -> Mention | None:
    """"A Houthi ballistic missile struck the kingdom's south", "a Russian missile hit Kyiv":
    a state's or group's adjective before a weapon word, in the clause before the trigger,
    names who fired it ("an Iranian-made drone" names only where it was made); so does a
    state's name right before a weapon word or a system ("UK Trident missile misfires")."""
    weapons = ctx.hashes.context_words.get("weapon", frozenset())
    for i in range(clause_start, start):
        mention = ctx.adjective_at.get(i)
        if mention is None:
            state = ctx.actor_at.get(i)
            if state is not None and state.start == i and state.info.get("type") == "state" \
                    and state.end < start and (state.end in ctx.system_starting_at
                                               or ctx.lower[state.end] in weapons):
                return state
            continue
        if mention.end < start and ctx.doc[mention.end].text == "-":
            continue
        if any(ctx.lower[k] in weapons for k in _next_words(ctx, mention.end, start)):
            return mention
    return None


def _next_words(ctx: DocContext, first: int, stop: int) -> list[int]:
    """The tokens of the next WEAPON_ADJECTIVE_GAP words from ``first`` (before ``stop``),
    a hyphenated compound counting as one word ("a Syrian anti-aircraft missile")."""
    doc, tokens, words = ctx.doc, [], 0
    k = first
    while k < stop and words < WEAPON_ADJECTIVE_GAP:
        tokens.append(k)
        joined = k + 1 < stop and doc[k + 1].text == "-" and not doc[k].whitespace_
        if joined:
            tokens.append(k + 1)
            k += 2
            continue
        words += 1
        k += 1
    return tokens


def system_owner(ctx: DocContext, systems: list[Mention], event_type: str) -> Mention | None:
    """The state that owns every system of the event: a Typhon deployment told without its
    agent is the United States', a Hwasong-15 launch North Korea's (for the event types of
    lexicon system-owner-events only: a state fires missiles it bought). A system many states
    bought (``exported``) is no maker's for the types of lexicon buyer-events: "three Scud
    missiles were launched" names no launcher, while "the sale of Patriot missiles" is still
    the maker's. For an event done against an attack (lexicon defending-events), only the
    interceptors count (interceptor-classes): "an Iron Dome battery downed a rocket" is
    Israel's, "two Kinzhal missiles were shot down" nobody's."""
    if event_type in ctx.extractor.defending_events:
        systems = ctx.extractor.interceptors(systems)
    states = {m.info.get("country") for m in systems}
    if len(states) != 1 or None in states:
        return None
    if event_type in ctx.extractor.buyer_events \
            and any(m.id in ctx.extractor.exported_systems for m in systems):
        return None
    (state,) = states
    return ctx.state_mention(state)


def reporting_before(ctx: DocContext, trigger: int) -> tuple[int, int] | None:
    """The last verb of saying that ends before the trigger in its sentence."""
    before = [(s, e) for s, e in ctx.reporting_in.get(ctx.sentence_index(trigger), ())
              if e <= trigger]
    return before[-1] if before else None


def trailing_saying(ctx: DocContext, trigger: int) -> tuple[int, int, int] | None:
    """'"..., which plainly breaches Security Council resolutions," a senior official said',
    'The launch breached UN resolutions, Japan said': the verb of saying after the trigger's
    clause, a closing quote or a comma before its speaker, as (that mark, verb start, verb
    end)."""
    index = ctx.sentence_index(trigger)
    lower, quotes, comma = ctx.lower, ctx.hashes.quote_marks, ctx.hashes.comma
    marks = quotes | {comma}
    for start, end in ctx.reporting_in.get(index, ()):
        if start <= trigger:
            continue
        # a quotation closes on its punctuation ('... resolutions," a senior official
        # said'); a quoted term does not ('warned that "Iranian-made drones" endangered the
        # region after a strike it said had been foiled')
        mark = next((i for i in range(start - 1, max(trigger, start - QUOTE_SPEAKER_WINDOW), -1)
                     if lower[i] in quotes and (ctx.doc[i - 1].is_punct
                                                or start - i <= SHORT_SPEAKER)), None)
        if mark is None:  # a comma only just before its speaker: ", Japan's ministry said"
            mark = next((i for i in range(start - 1, max(trigger, start - COMMA_SPEAKER_WINDOW),
                                          -1) if lower[i] == comma), None)
        if mark is None:
            return None
        after = next((i for i in range(mark + 1, start) if lower[i] not in marks), start)
        if after == start and ctx.doc[start].lower_.endswith("ing"):
            return None  # "..., claiming that ...": the clause's own subject says it
        # ", and Japan said ...", ", which Seoul said ...": another clause, not the speaker;
        # nor ", after a raid it said was repelled"
        if lower[after] in ctx.hashes.clause_breaks or not ctx.hashes.scope_breaks.isdisjoint(
                lower[after:start]):
            return None
        return mark, start, end
    return None


def third_person_quoted(ctx: DocContext, start: int, clause_start: int) -> bool:
    """Does "they", "he" or "she" stand before the trigger in its clause inside a quotation
    ('Trump said, adding: "They are not ready to negotiate"'): someone other than the
    speaker, whom the quotation does not name?"""
    return ctx.quotation_opening(start) is not None \
        and not THIRD_PERSON.isdisjoint(ctx.lower[clause_start:start])


def pronoun_speaker(ctx: DocContext, saying: tuple[int, int] | None) -> Mention | None:
    """'"It is an outright violation of its obligations," she said': a pronoun next to the
    verb of saying (lexicon speaker-pronouns) stands for the person named last before it, in
    its sentence or the few before."""
    if saying is None:
        return None
    start, end = saying
    pronouns = ctx.hashes.speaker_pronouns
    if not ((start > 0 and ctx.lower[start - 1] in pronouns)
            or (end < len(ctx.lower) and ctx.lower[end] in pronouns)):
        return None
    if start > 1 and ctx.lower[start - 1] in pronouns and ctx.lower[start - 2] == ctx.hashes.comma:
        # "Fresh from talks with the NATO chief, he told reporters": not a person of the
        # phrase that opens the sentence, but one named before it
        return _person_named_before(ctx, ctx.sentence_bounds(start)[0])
    return _person_named_before(ctx, start)


def continued_quotation_speaker(ctx: DocContext, trigger: int) -> Mention | None:
    """'"We are studying the reports closely," said a Foreign Office spokeswoman. "We condemn
    every unlawful missile launch."': a sentence that opens with a quotation mark and has no
    verb of saying goes on with what the sentence before said, whose speaker, named before or
    after its verb of saying, says it too."""
    index = ctx.sentence_index(trigger)
    sent_start = ctx.sent_starts[index]
    quotes = ctx.hashes.quote_marks
    opens = ctx.lower[sent_start] in quotes or (
        sent_start > 0 and ctx.lower[sent_start - 1] in quotes
        and not ctx.doc[sent_start - 1].whitespace_)  # the splitter may leave it before
    if not opens or ctx.reporting_in.get(index):
        return None
    before = ctx.previous_sentence(index)
    sayings = ctx.reporting_in.get(before, ()) if before >= 0 else ()
    if not sayings:
        return None
    return saying_speaker(ctx, *sayings[-1])


def speaker_of_quotation_closed_later(ctx: DocContext, trigger: int) -> Mention | None:
    """'The army "masked the blasts because it knew they broke the test ban. It also muffled
    them," he said': a quotation that opens before the trigger and stays open to the end
    of its sentence is said by the speaker of the next sentence's closing verb of saying."""
    index = ctx.sentence_index(trigger)
    sent_start, sent_end = ctx.sent_starts[index], ctx.sent_ends[index]
    marks = [i for i in range(sent_start, sent_end) if ctx.lower[i] in ctx.hashes.quote_marks]
    if len(marks) % 2 == 0 or marks[-1] > trigger or sent_end >= len(ctx.doc):
        return None
    following = sent_end  # the next sentence starts where this one ends
    found = trailing_saying(ctx, following)
    if found is None:
        return None
    return trailing_speaker(ctx, following, found) or pronoun_speaker(ctx, found[1:])


def saying_speaker(ctx: DocContext, start: int, end: int) -> Mention | None:
    """Who says it at the verb of saying [start, end): the actor before it, or, when the verb
    follows a quotation or a comma ('..., said a State Department spokesperson on Monday'),
    the one that opens the words right after it."""
    sent_start, sent_end = ctx.sentence_bounds(start)
    found = speaker_before(ctx, start, sent_start)
    if found is not None or not _after_comma_or_quote(ctx, start):
        return found
    return actor_after(ctx, end, min(end + INVERTED_SPEAKER_WORDS, sent_end))


def _after_comma_or_quote(ctx: DocContext, start: int) -> bool:
    """Does a comma or a quote mark stand right before ``start``, where a speaker named
    after the verb may follow ('"...," said an official', "..., warns Russian envoy")?"""
    return start > 0 and (ctx.lower[start - 1] == ctx.hashes.comma
                          or ctx.lower[start - 1] in ctx.hashes.quote_marks)


def _person_named_before(ctx: DocContext, token: int) -> Mention | None:
    """The person named last before ``token``, in its sentence or the PRONOUN_SENTENCES
    before (paragraph breaks not counted): whom "he" or "she" there stands for."""
    index = ctx.sentence_index(token)
    for _ in range(PRONOUN_SENTENCES):
        index = max(ctx.previous_sentence(index), 0)
    first = ctx.sent_starts[index]
    persons = [m for m in ctx.actors if first <= m.start and m.end <= token
               and m.info.get("type") == "person"]
    # one after a preposition is no subject ("Putin said ... at his meeting with Lukashenko.
    # He also offered ...": Putin), unless no other is named
    return next((m for m in reversed(persons) if not _after_preposition(
        ctx, m, first, ctx.hashes.non_subject_prepositions)), persons[-1] if persons else None)


def pronoun_partnered(ctx: DocContext, start: int, clause_start: int) -> Mention | None:
    """"Rutte says he and Japanese Foreign Minister Taro Kono held talks": "he" or "she"
    (lexicon speaker-pronouns) right before the "and" that opens the trigger's clause stands
    for the person named last before it (the speaker), one side of what they did together."""
    lower, pronoun = ctx.lower, clause_start - 2
    if pronoun < 0 or lower[pronoun] not in ctx.hashes.speaker_pronouns \
            or lower[pronoun + 1] != ctx.hashes.and_:
        return None
    return _person_named_before(ctx, pronoun)


def pronoun_subject(ctx: DocContext, start: int, clause_start: int) -> Mention | None:
    """"Lavrov spoke on Tuesday. He warned that ...": "he" or "she" (lexicon
    speaker-pronouns) as the verb's subject, a few lower-case words before it ("he also
    warned", "she has denied"), stands for the person named last before it, in its sentence
    or the few before."""
    for i in range(start - 1, max(clause_start, start - PRONOUN_SUBJECT_GAP - 1) - 1, -1):
        if ctx.lower[i] in ctx.hashes.speaker_pronouns:
            return _person_named_before(ctx, i)
        if not ctx.doc[i].is_lower:
            return None
    return None


def first_person_subject(ctx: DocContext, start: int, clause_start: int,
                         nominal: bool = False) -> bool:
    """Is "we" the subject of the trigger, or "our" the owner of its subject or noun, a few
    lower-case words before it in its clause (lexicon first-person-pronouns: '"We have
    conducted a test," the ministry said', 'our scientists successfully tested ...')? Then
    the speaker acts. Not over another trigger: in '"We condemn the missile launch," Abe
    said' the launch is the object of the condemnation, not Japan's. An event noun is the
    subject's through a light verb only ('"We suspect the test was meant as a warning," an
    official said' is someone else's test)."""
    floor = max(clause_start, start - PRONOUN_SUBJECT_GAP - FIRST_PERSON_NOUNS - 1)
    for i in range(start - 1, floor - 1, -1):
        if ctx.lower[i] in ctx.hashes.first_person:
            return not nominal or ctx.lower[i] in ctx.hashes.possessives \
                or ctx.last_light_verb(i + 1, start) is not None
        if not (ctx.doc[i].is_lower and (ctx.doc[i].is_alpha or is_clitic(ctx.doc[i].text))) \
                or i in ctx.trigger_starts \
                or ctx.lower[i] in ctx.hashes.other_persons:
            return False  # ("we will not let them violate the treaty": theirs)
    return False


def trailing_speaker(ctx: DocContext, trigger: int, found: tuple[int, int, int] | None
                     ) -> Mention | None:
    """'"... which plainly breaches Security Council resolutions," a senior Seoul official
    said', 'The launch breached UN resolutions, said Japan': the speaker named after the
    quotation or clause that holds the trigger, next to its verb of saying (``found``, from
    :func:`trailing_saying`), tells the event."""
    if found is None:
        return None
    mark, _, saying_end = found
    limit = min(ctx.sentence_bounds(trigger)[1], saying_end + QUOTE_SPEAKER_WINDOW)
    # any mention, adjectives too: "a senior aide in the French presidential office"
    return next((m for m in ctx.actors if mark < m.start and m.end <= limit
                 and m.role != "ner" and m.id not in ctx.extractor.news_media), None)


def takes_as_object(ctx: DocContext, reporting: tuple[int, int], start: int,
                    trigger: Trigger) -> bool:
    """Is a verb of saying also a light verb whose object is the event noun ("announced the
    suspension of the treaty", "confirmed its withdrawal", "announced on Monday a cut in its
    arsenal": a date between), so that its subject does the event rather than report it?"""
    verb_end = reporting[1]
    if verb_end - 1 not in ctx.light_verb_tokens or not is_nominal(ctx, start, trigger):
        return False
    between = [ctx.lower[i] for i in range(verb_end, start)
               if not ctx.in_date_phrase(i)]  # not "on Monday"
    return len(between) <= NOUN_PHRASE_WINDOW and all(
        word in ctx.hashes.noun_determiners or word in ctx.hashes.event_noun_modifiers
        or word in ctx.hashes.possessives for word in between)


def actor_inside(ctx: DocContext, start: int, end: int) -> Mention | None:
    """The first actor that can act between ``start`` and ``end``, or None."""
    return next((ctx.actor_at[i] for i in range(start, end) if i in ctx.actor_at), None)


def actor_before(ctx: DocContext, token: int, limit: int) -> Mention | None:
    for i in range(token - 1, limit - 1, -1):
        if i in ctx.actor_at:
            return ctx.actor_at[i]
    return None


def speaker_before(ctx: DocContext, token: int, limit: int) -> Mention | None:
    """Who says what the verb of saying at ``token`` says: the nearest actor before it that
    is no object of a preposition ("The Iranian delegation to the IAEA said": Iran),
    else the nearest actor. A participle set off by a comma says what its sentence's
    subject says: "Washington notified the UN of its demand, citing Iranian violations"."""
    if token - 1 > limit and ctx.lower[token - 1] == ctx.hashes.comma \
            and ctx.doc[token].lower_.endswith("ing") \
            and (subject := first_subject(ctx, limit, token - 1)) is not None:
        return subject
    subject = subject_before(ctx, token, limit)
    if subject is not None or (token - 1 > limit and ctx.lower[token - 1] == THEY):
        return subject  # "strikes on Syria to stop a plant they say is ...": "they" is no
        # one named after a preposition
    return actor_before(ctx, token, limit)


def subject_before(ctx: DocContext, token: int, limit: int) -> Mention | None:
    """The nearest actor before ``token`` that can be a subject: not the object of a
    preposition ("a ceasefire in Ukraine", "missiles to Germany"; lexicon
    non-subject-prepositions). An aside in parentheses right before ``token`` is passed over:
    "Iran and the six powers (Russia, China, ...) held talks"."""
    i = _before_parentheses(ctx, token, limit)
    while (actor := actor_before(ctx, i, limit)) is not None:
        if _owner_in_apposition(ctx, actor, limit):
            i = actor.start  # "Chile, Peru's old rival, was ...": Chile
            continue
        listed = actor if actor.end == token else _first_conjunct(ctx, actor, limit)
        if not _after_preposition(ctx, listed, limit, ctx.hashes.non_subject_prepositions) \
                and not _before_other_party(ctx, actor, token) \
                and not _by_agent_of_blame(ctx, actor, limit, token):
            return actor
        if _to_right_before(ctx, actor.end, token) \
                and not _after_preposition(ctx, actor, limit, OTHER_SIDE_PREPOSITIONS):
            return actor  # "waited for China to sign", "called on Pyongyang to immediately
            # halt": its subject (not "agreed with Japan to hold talks": the other side)
        i = actor.start
    return None


def _to_right_before(ctx: DocContext, to: int, token: int) -> bool:
    """Does "to" at ``to`` open the infinitive at ``token``, an adverb in -ly between
    allowed ("to immediately halt")?"""
    if ctx.lower[to] != ctx.hashes.to:
        return False
    return to + 1 == token or (to + 2 == token and ctx.is_ly_adverb(to + 1))


def _owner_in_apposition(ctx: DocContext, actor: Mention, limit: int) -> bool:
    """Is ``actor`` the possessive that opens an apposition to the actor right before its
    comma ("Chile, Peru's old rival, ...")? Not after a name that is no actor ("Ali Sabah,
    Kuwait's envoy, said": Kuwait's)."""
    comma = actor.start - 1
    return comma - 1 >= limit and ctx.lower[comma] == ctx.hashes.comma \
        and actor.end < len(ctx.lower) and ctx.lower[actor.end] in ctx.hashes.possessive_marks \
        and _actor_ending_at(ctx, comma) is not None


def _first_conjunct(ctx: DocContext, actor: Mention, limit: int) -> Mention:
    """The first of the actors joined to ``actor`` by "and" or "or" ("with Washington and
    Moscow": Washington), else ``actor``: a preposition before the first governs them all
    (not when the actor stands right before the verb: "reacting to India and Russia
    signing the deal", where it is the verb's subject)."""
    while actor.start - 1 > limit and ctx.lower[actor.start - 1] in ctx.hashes.and_or:
        before = _actor_ending_at(ctx, actor.start - 1)
        if before is None:
            break
        actor = before
    return actor


def _by_agent_of_blame(ctx: DocContext, actor: Mention, limit: int, token: int) -> bool:
    """Is ``actor`` the "by" agent of a passive verb that an "of" or "for" phrase holding
    ``token`` follows ("Iran was accused by Israel of developing nuclear weapons": Israel
    accuses, Iran develops; not "the move by Iran to withdraw ... of its inspectors")?"""
    return _passive_by_agent(ctx, actor, limit) and any(
        ctx.lower[k] in BLAME_PREPOSITIONS for k in range(actor.end, token))


def _passive_by_agent(ctx: DocContext, actor: Mention, limit: int) -> bool:
    """Is ``actor`` (at or after ``limit``) the "by" agent of a participle ("accused by
    Israel", "condemned by the United States"), not of a noun ("the move by Iran")?"""
    if not _after_preposition(ctx, actor, limit, BY_ONLY):
        return False
    by = actor.start - 1 if ctx.lower[actor.start - 1] == BY else actor.start - 2
    return by >= 1 and is_participle(ctx, by - 1)


def _before_other_party(ctx: DocContext, actor: Mention, token: int) -> bool:
    """Does a word for others than the actor follow it ("the second U.S. ally to deploy",
    "Russia's neighbours condemned"; lexicon other-party-nouns)?"""
    after = actor.end
    if after < token and ctx.lower[after] in ctx.hashes.possessive_marks:
        after += 1
    return after < token and ctx.lower[after] in ctx.hashes.other_party_nouns


def _before_parentheses(ctx: DocContext, token: int, limit: int) -> int:
    """The opening parenthesis of an aside that closes right before ``token``, else
    ``token``."""
    if token - 1 <= limit or ctx.doc[token - 1].text != ")":
        return token
    for i in range(token - 2, limit - 1, -1):
        if ctx.doc[i].text == "(":
            return i
    return token


def verb_subject(ctx: DocContext, token: int, clause_start: int) -> Mention | None:
    """The subject of the verb at ``token``: the nearest actor before it that is no object of
    a preposition, or, when "it"/"they" stands between, whom the pronoun stands for
    ("Russia said it had notified Washington it was suspending": Russia)."""
    nearest = subject_before(ctx, token, clause_start)
    if nearest is not None and _of_its_between(ctx, nearest.end, token):
        # "Washington notified Moscow of its decision to leave": the teller leaves
        nearest = _informer(ctx, nearest, clause_start) or nearest
    return _reporter_for_pronoun(ctx, nearest.end if nearest else clause_start, token) \
        or nearest


def it_stands_for_a_weapon(ctx: DocContext, token: int) -> bool:
    """Is the verb's subject "it", right before it (an auxiliary between allowed), whose
    clause a subordinator opens right after a weapon ("radars followed the missile after it
    blasted off")? Then "it" is the weapon, which names no agent."""
    sent_start = ctx.sentence_bounds(token)[0]
    pronoun = token - 1
    if pronoun > sent_start and ctx.lower[pronoun] in ctx.hashes.auxiliaries:
        pronoun -= 1
    opener = pronoun - 1
    return opener > sent_start and ctx.lower[pronoun] == IT and _subordinator(ctx, opener) \
        and (weapon_at(ctx, opener - 1) or opener - 1 in ctx.system_ending_at)


def _follower(ctx: DocContext, start: int, clause_start: int) -> Mention | None:
    """"Russia would follow the US in pulling out of the treaty": the subject of a verb of
    following-verbs whose object (an actor) and "in" stand right before the verb in -ing
    at ``start`` does it too; the object did it before."""
    lower = ctx.lower
    if start < 3 or lower[start - 1] != IN or not ctx.doc[start].lower_.endswith("ing"):
        return None
    followed = _actor_ending_at(ctx, start - 1)
    if followed is None:
        return None
    verb = followed.start - 1
    if verb > clause_start and lower[verb] == ctx.hashes.the:
        verb -= 1
    if verb < clause_start or lower[verb] not in ctx.hashes.following_verbs:
        return None
    return verb_subject(ctx, verb, clause_start)


def _owner_of_noun_before_to(ctx: DocContext, start: int, clause_start: int
                             ) -> Mention | None:
    """"penalties on Tehran for its failure to halt enrichment": a verb after "to" and a
    noun that a possessive pronoun opens is done by whom the pronoun stands for, the actor
    named last before it in its sentence (the clause's own when the clause names one; else
    one before it: "on Tehran, because of its refusal to freeze"), not by the clause's
    subject."""
    lower, hashes = ctx.lower, ctx.hashes
    if start < 3 or lower[start - 1] != hashes.to or not ctx.doc[start - 2].is_alpha:
        return None
    owner = start - 3
    while owner > clause_start and owner >= start - 4 and ctx.doc[owner].is_lower \
            and ctx.doc[owner].is_alpha and lower[owner] not in hashes.possessives:
        owner -= 1  # up to two modifiers: "after Moscow's latest formal move to quit"
    if owner < clause_start:
        return None  # (its first word may be the pronoun: "... and its plans to hold")
    if lower[owner] in hashes.possessive_marks:
        return _actor_ending_at(ctx, owner)  # "Tehran's latest move to quit the deal"
    if lower[owner] not in hashes.possessives \
            or (_of_its_between(ctx, owner, owner + 1) and lower[owner - 2] != BECAUSE):
        return None  # ("notified Moscow of its decision to leave": the teller's, see
    return actor_before(ctx, owner, ctx.sentence_bounds(start)[0])  # verb_subject)


def _of_its_between(ctx: DocContext, lo: int, hi: int) -> bool:
    """Does "of its" or "about its" (a possessive pronoun) stand between ``lo`` and ``hi``?"""
    lower, hashes = ctx.lower, ctx.hashes
    return any(lower[i] in hashes.possessives and lower[i - 1] in (hashes.of, ABOUT)
               for i in range(max(lo, 1), hi))


def _reporter_for_pronoun(ctx: DocContext, after: int, start: int) -> Mention | None:
    """"Russia said it had notified Washington it was suspending ...": a subject pronoun
    ("it", "they") between the nearest actor and the trigger is the subject, and stands for
    whoever the nearest verb of saying before it has as subject, not for that actor; never
    for a person ("..., spokesman Geng Shuang said, adding it will take measures": "it" is
    the state of the sentence, not the spokesman)."""
    pronoun = next((i for i in range(start - 1, after - 1, -1)
                    if ctx.lower[i] in ctx.hashes.subject_pronouns), None)
    if pronoun is None:
        return None
    if (main := _relative_clause_pronoun(ctx, pronoun, start)) is not None:
        return main
    if (owner := _claimant_before(ctx, pronoun)) is not None:
        return owner
    if (punished := _reaction_target_before(ctx, pronoun)) is not None:
        return punished
    sent_start, _ = ctx.sentence_bounds(start)
    sayings = [(s, e) for s, e in ctx.reporting_in.get(ctx.sentence_index(start), ())
               if e <= pronoun]
    if not sayings:
        return None
    saying, said = sayings[-1]
    if pronoun > said and _subordinator(ctx, pronoun - 1) \
            and (subject := first_subject(ctx, said, pronoun - 1)) is not None:
        # "Tokyo said North Korea would pay a price if it tested a missile", "Washington
        # says Russia has shared no data since it suspended the treaty": the pronoun of a
        # condition, or of a clause of time or cause, stands for the subject of the clause
        # it depends on
        return subject
    if ctx.doc[saying].lower_.endswith("ing") and (
            ctx.doc[saying - 1].text == "," or _after_subordinator(ctx, saying, sent_start)):
        # "North Korea expelled US inspectors, saying it would ...": a participle of saying
        # shares the sentence's subject, whatever actor stands nearer
        speaker = first_subject(ctx, sent_start, saying)
    else:
        speaker = speaker_before(ctx, saying, sent_start)
    return None if speaker is not None and speaker.info.get("type") == "person" else speaker


def _relative_clause_pronoun(ctx: DocContext, pronoun: int, start: int) -> Mention | None:
    """"Moscow froze the contract it signed with Tehran": the pronoun subject of a relative
    clause on a noun, the object its verb wants, stands for the subject of the verb whose
    object that noun is (not "Iran's claim it had launched a rocket": no object)."""
    head = relative_clause_object(ctx, start) if pronoun >= start - 2 else None
    if head is None:
        return None
    opening = noun_phrase_opening(ctx, head)
    return None if opening is None else subject_before(
        ctx, opening, ctx.sentence_bounds(start)[0])


def _subordinator(ctx: DocContext, i: int) -> bool:
    """Does the word at ``i`` open a clause of condition, time or cause (lexicons
    condition-words, clause-status-barriers, gerund-subordinators)?"""
    hashes = ctx.hashes
    return ctx.lower[i] in hashes.conditions or ctx.lower[i] in hashes.clause_status_barriers \
        or ctx.lower[i] in hashes.gerund_subordinators


def _after_gerund_trigger(ctx: DocContext, clause_start: int, end: int) -> bool:
    """Is the last trigger before ``end`` in its clause a form in -ing ("accused Russia of
    violating the treaty by deploying ...": the means is the violator's, not the
    accuser's)?"""
    last = ctx.last_trigger_before(end, clause_start)
    return last is not None and ctx.doc[last].lower_.endswith("ing")


def _reaction_target_before(ctx: DocContext, pronoun: int) -> Mention | None:
    """"Seoul imposed sanctions on Pyongyang after it test-fired three missiles": a subject
    pronoun right after a word of cause-openers stands for the target of the event of
    reacting-events told last before it in its sentence (what is punished or condemned is what
    the target did)."""
    if pronoun == 0 or ctx.lower[pronoun - 1] not in ctx.hashes.cause_openers:
        return None
    sent_start, _ = ctx.sentence_bounds(pronoun)
    reaction = next((targets for at, kind, targets in reversed(ctx.event_targets)
                     if sent_start <= at < pronoun and kind in ctx.extractor.reacting_events),
                    None)
    return reaction[0] if reaction else None


def _claimant_before(ctx: DocContext, pronoun: int) -> Mention | None:
    """"Pyongyang's claim that it had begun reprocessing", "Tehran's announcement it had
    tested a rocket engine": a pronoun right after a noun an actor's possessive owns (a "that"
    between them allowed) stands for that actor."""
    lower = ctx.lower
    noun = pronoun - 2 if lower[pronoun - 1] == ctx.hashes.that else pronoun - 1
    if noun < 2 or lower[noun - 1] not in ctx.hashes.possessive_marks:
        return None
    return _actor_ending_at(ctx, noun - 1)


def first_subject(ctx: DocContext, start: int, limit: int) -> Mention | None:
    """The first actor from ``start`` that is no object of a preposition (lexicon
    non-subject-prepositions): "The reclusive North, long under UN sanctions, has staged ..."
    names no subject here, not the UN; "U.S. media expressed ..." (lexicon other-party-nouns)
    names none either."""
    i = start
    while (actor := actor_after(ctx, i, limit)) is not None:
        if not _after_preposition(ctx, actor, start, ctx.hashes.non_subject_prepositions) \
                and (actor.info.get("type") != "state"
                     or not _before_other_party(ctx, actor, limit)):
            return actor  # ("NATO allies": an alliance's allies are its members)
        i = actor.end
    return None


def _after_preposition(ctx: DocContext, actor: Mention, limit: int,
                       prepositions: frozenset[int] | set[int]) -> bool:
    """Is ``actor`` right after one of ``prepositions`` (a "the" between allowed), at or
    after ``limit``?"""
    before = actor.start - 1
    if before > limit and ctx.lower[before] in ctx.hashes.compass_words:
        before -= 1  # "in northern Iraq"
    if before > limit and ctx.lower[before] == ctx.hashes.the:
        before -= 1
    if before > limit and ctx.lower[before] == IN and ctx.lower[before - 1] in \
            ctx.hashes.seat_nouns:
        # "officials in Tehran", "the Foreign Ministry in Islamabad": its seat; but not where
        # another state owns the office ("Russia's embassy spokesman in London")
        return any(i in ctx.actor_at or i in ctx.adjective_at
                   for i in range(max(limit, before - 1 - SEAT_OWNER_WORDS), before - 1))
    if before > limit and ctx.lower[before] == FROM and ctx.lower[before - 1] in \
            ctx.hashes.actor_nouns:
        return False  # "Negotiators from Iran and the EU resumed talks": whom they represent
    return before >= limit and ctx.lower[before] in prepositions


def _joining_phrase_ending(ctx: DocContext, i: int) -> int | None:
    """When "as well as", "along with" or "together with" (a comma before it allowed) ends
    at ``i``, the token before it: "Finland, Sweden and Norway, as well as Denmark" joins
    Denmark to the list."""
    for phrase in JOINING_PHRASES:
        first = i - len(phrase) + 1
        if first > 0 and tuple(ctx.lower[first:i + 1]) == phrase:
            return first - 2 if ctx.lower[first - 1] == ctx.hashes.comma else first - 1
    return None


def _joining_phrase_starting(ctx: DocContext, i: int) -> int | None:
    """When a phrase of JOINING_PHRASES (a comma before it allowed) starts at ``i``, the
    token after it."""
    if i < len(ctx.lower) and ctx.lower[i] == ctx.hashes.comma:
        i += 1
    return next((i + len(phrase) for phrase in JOINING_PHRASES
                 if tuple(ctx.lower[i:i + len(phrase)]) == phrase), None)


def actor_after(ctx: DocContext, token: int, limit: int, exclude: set[str] | None = None
                ) -> Mention | None:
    for i in range(token, limit):
        actor = ctx.actor_at.get(i)
        if actor is not None and (not exclude or actor.id not in exclude):
            return actor
    return None


def agent(ctx: DocContext, start: int, end: int, trigger: Trigger, clause_start: int
          ) -> Mention | None:
    """Who did the event, from word positions; not whoever watched it ("the IAEA monitored
    the closing of the reactor", lexicon observing-verbs), unless a person oversaw it (lexicon
    overseeing-verbs: "Kim Jong Un oversaw the launch" is his state's launch)."""
    found = _agent(ctx, start, end, trigger, clause_start)
    if found is not None and _watched(ctx, start) and found.end <= start - 2 \
            and found == subject_before(ctx, start - 2, clause_start) \
            and not (found.info.get("type") == "person"
                     and start - 2 in ctx.overseeing_verb_tokens):
        return None
    return found


def _agent(ctx: DocContext, start: int, end: int, trigger: Trigger, clause_start: int
           ) -> Mention | None:
    lower = ctx.lower
    sent_start, sent_end = ctx.sentence_bounds(start)
    passive = passive_verb(ctx, start, trigger)
    if passive or (trigger.tense in ("past", "participle") and _after_treaty_name(ctx, start)):
        found = _by_agent_of(ctx, end, sent_end, trigger) or _sides_after(ctx, end)
        if found is None and trigger.about_weapons and passive \
                and ctx.lower[start] not in ctx.hashes.patient_passives:
            found = _owner_in_subject(ctx, start, clause_start, sent_start)
        if found is None and trigger.object_words and passive:
            found = _object_word_owner(ctx, start, clause_start, trigger)
        if found is None and passive:
            found = _orderer(ctx, start, sent_start)
        if found is None and passive:
            found = _origin_agent(ctx, start, end, sent_end, trigger)
        return found
    if reduced_relative(ctx, start, trigger) and _by_agent_of(ctx, end, sent_end, trigger) is None \
            and (origin := _origin_agent(ctx, start, end, sent_end, trigger)) is not None:
        return origin  # "a rocket fired from Iran was shot down": Iran fired it
    if (trigger.tense in ("past", "participle") or _participle_with_by(ctx, start, end, trigger)) \
            and not _subject_right_before(ctx, start, clause_start):
        # "Signed in 2010 by Obama and ...", "a claim denied by Moscow", "a rocket over
        # Haifa fired from Lebanon by Hezbollah": a participle with its "by" agent (not a
        # verb with its subject: "The Kremlin dismissed claims by Britain")
        found = _by_agent_of(ctx, end, sent_end, trigger)
        if found is not None:
            return found
    if reduced_relative(ctx, start, trigger):
        return by_agent(ctx, end, sent_end)
    if trigger.tense == "gerund" and (subject := _gerund_subject(ctx, start)) is not None:
        return subject  # "a warning about China developing anti-satellite weapons"
    if trigger.tense == "gerund" and start > clause_start and lower[start - 1] == ctx.hashes.by \
            and not _after_gerund_trigger(ctx, clause_start, start - 1) \
            and (subject := first_subject(ctx, clause_start, start - 1)) is not None:
        return subject  # "Pyongyang defied a Council resolution last spring by firing a rocket"
    if trigger.tense == "gerund" and (blamed := _blamed_for(ctx, start)) is not None:
        return blamed  # "imposed sanctions on Iran for testing ballistic missiles"
    if trigger.tense == "noun" and (blamed := _blamed_for_noun(ctx, start)) is not None:
        return blamed  # "blamed Russia for the nerve agent attack"
    if trigger.tense == "gerund" and _after_determiner(ctx, start, sent_start) and (
            by := _by_after_object(ctx, end)) is not None:
        # "the shooting down of one of its helicopters by Syrian air defences"
        return actor_after_preposition(ctx, by + 1)
    nominal = is_nominal(ctx, start, trigger)
    if not nominal and (instrument := _enacting_antecedent(ctx, start)) is not None:
        # "the Security Council resolution, which imposed an embargo": the Council, or none
        return _instrument_owner(ctx, instrument)
    if _as_what_the_act_served(ctx, start, clause_start):
        # "The US struck a Syrian airbase as a warning to Assad": the striker warns
        return first_subject(ctx, clause_start, start)
    if nominal:
        owner = noun_owner(ctx, start, end, clause_start, trigger) \
            or _origin_after_object(ctx, end, sent_end, trigger)
        if owner is not None:
            return owner
    else:
        speaker = _inverted_speaker(ctx, start, end, trigger, sent_end)
        if speaker is not None:
            return speaker
        owner = _owner_of_noun_before_to(ctx, start, clause_start)
        if owner is not None:
            return owner
        follower = _follower(ctx, start, clause_start)
        if follower is not None:
            return follower
        # "India has made clear that it will not sign": "it" is who said so
        subject = verb_subject(ctx, start, clause_start)
        if subject is not None:
            return subject
        person = pronoun_subject(ctx, start, clause_start)
        if person is not None:
            return person
        if first_person_subject(ctx, start, clause_start):
            # '"If the US arsenal is in Europe, we will have to take steps," he said': "we"
            # is the speaker, not the quotation's first actor
            return None
    if not nominal and _subject_weapon_relative(ctx, clause_start, start):
        return None  # "claims that the rocket, which struck a power plant, was fired by Moscow"
    antecedent = relative_antecedent(ctx, start)
    if antecedent is not None and not (
            nominal and not possessive_pronoun_before(ctx, start, clause_start)
            and not _light_verb_reaches(ctx, antecedent.end, start)):
        # an event noun is the antecedent's only through a light verb ("Japan, which
        # conducted a test") or a possessive pronoun ("Iran, which has been isolated since its
        # first satellite launch"), not "critics who believe the launch hid a weapons test"
        return antecedent
    if trigger.tense == "gerund" and _after_subordinator(ctx, start, sent_start):
        # "fired a missile barely a month after formally leaving the treaty"; in
        # what is said, the subject of the said clause ("Netanyahu says Iran lied after
        # signing the deal": Iran signed)
        saying = reporting_before(ctx, start)
        if saying is not None and _comma_before_subordinator(ctx, start, saying[1]) and (
                speaker := saying_speaker(ctx, *saying)) is not None:
            # "The envoy said Iraq was behind the blast, while accusing Baghdad of ...": set
            # off by its comma, the gerund goes with the saying, so its speaker accuses
            return speaker
        subject = first_subject(ctx, saying[1] if saying else sent_start, start)
        if subject is not None:
            return subject
    if trigger.tense == "gerund" and not _after_determiner(ctx, start, sent_start) \
            and lower[start - 1] not in ctx.hashes.passive_auxiliaries and not (
            first_subject(ctx, sent_start, start) is not None
            and _relative_after_object(ctx, end, sent_end)):
        # "... by quitting the accord this year, Russia has ...": the subject follows (not
        # for a verb in the progressive: '"Damascus was building a reactor," a US official
        # said'; not after "the missile firing off its coast, Japan suspended ferries"; nor in a
        # relative clause after a participle that follows its subject: "Israel tested a
        # system, launching a missile that alarmed Syria")
        after = actor_after(ctx, ctx.clause_end(end, sent_end), sent_end)
        if after is not None:
            return after
    if nominal and not (start > 0 and lower[start - 1] in ctx.hashes.possessives):
        return None
    if nominal:
        # "Washington condemned Pyongyang for its missile test": the possessive pronoun
        # stands for the actor named last before it in its clause, when one is
        nearest = actor_before(ctx, start - 1, clause_start)
        if nearest is not None and _opposes(ctx, nearest, start - 1):
            return _state_opposed(ctx, nearest, start - 1)
        if nearest is not None and nearest.start >= clause_start:
            return nearest
        if actor_before(ctx, start - 1, sent_start) is None:
            # "Their accession to the pact raises ...": with no actor named before
            # it in its sentence, the pronoun stands for the state the text is about (the
            # agent of the event told before, with those coordinated with it)
            return ctx.salient_state(start - 1)
    if not nominal and _has_own_subject(ctx, clause_start, start):
        # "Russia said its drones had struck airfields": the weapons of whoever said so;
        # "Kyiv's air force said several rockets struck Odesa": nobody named
        return _owner_of_possessed_subject(ctx, clause_start, start)
    # "Putin said ... and denied that ..." / "... and confirmed its withdrawal": a
    # coordinated verb or a possessive pronoun points to the sentence subject.
    # Inside a quotation, the subject of the quotation: '..., saying "repeated launches
    # threaten peace"' is not the speaker's; '"... its nuclear testing ..."' is China's.
    opening = ctx.quotation_opening(start)
    if not nominal and opening is None and (
            subject := _subject_of_clause_coordinated(ctx, clause_start, sent_start)) is not None:
        return subject
    if opening is None and trigger.tense == "phrase" and (
            saying := reporting_before(ctx, start)) is not None:
        # a noun of the phrases ("inspectors") after a verb of saying: the subject of what is
        # said ("the envoy says the accord requires Iran to open the plant to inspectors")
        return first_subject(ctx, saying[1], start)
    if opening is None and (person := _opening_pronoun_subject(ctx, sent_start, start)):
        return person
    return first_subject(ctx, sent_start if opening is None else opening + 1, start)


def _inverted_speaker(ctx: DocContext, start: int, end: int, trigger: Trigger, sent_end: int
                      ) -> Mention | None:
    """The speaker after a trigger that is said (a verb of saying or one of SPOKEN_TYPES),
    set off by a comma or a closing quote ("Warships could become targets, warns Russian
    envoy"): the actor between the verb and the clause's end, when that end is near and only
    the speaker's title or a date follow the actor. A verb whose clause goes on ("...,
    warned Japan that ...", "..., accusing Tehran of ...") has an object there, no speaker."""
    if not _after_comma_or_quote(ctx, start):
        return None
    if trigger.type not in SPOKEN_TYPES and not any(
            s <= start < e for s, e in ctx.reporting_in.get(ctx.sentence_index(start), ())):
        return None
    limit = ctx.clause_end(end, sent_end)
    if limit - end > INVERTED_SPEAKER_WORDS + 2 or (
            limit < sent_end and not ctx.doc[limit].is_punct):
        return None
    speaker = actor_after(ctx, end, limit)
    if speaker is None or not all(
            ctx.doc[i].is_title or ctx.doc[i].is_punct or ctx.in_date_phrase(i)
            or ctx.lower[i] in ctx.hashes.actor_nouns for i in range(speaker.end, limit)):
        return None  # only the speaker's words and a date to the clause's end
    return speaker


def _opening_pronoun_subject(ctx: DocContext, sent_start: int, start: int) -> Mention | None:
    """"He also faulted Pyongyang's missile sales, calling them unlawful": "he" or "she"
    (lexicon speaker-pronouns) opening the sentence is its subject, the person named last
    before it, unless a verb of saying stands between ("He said the accession of the three
    powers ...": not his)."""
    if ctx.lower[sent_start] not in ctx.hashes.speaker_pronouns \
            or reporting_before(ctx, start) is not None:
        return None
    return _person_named_before(ctx, sent_start)


def _enacting_antecedent(ctx: DocContext, start: int) -> int | None:
    """Where the instrument stands (lexicon enacting-instruments) that "that" or "which"
    right before the verb at ``start`` (auxiliaries between) stands for: "a resolution that
    would have imposed sanctions", "the law, which bans ..."; else None."""
    lower, hashes = ctx.lower, ctx.hashes
    i = start - 1
    while i > 0 and lower[i] in hashes.auxiliaries:
        i -= 1
    if i < 1 or lower[i] not in hashes.relative_openers:
        return None
    noun = ctx.word_before_comma(i)
    if noun >= 0 and lower[noun] in hashes.enacting_instruments:
        return noun
    # over a participle's phrase after it: "a resolution drafted by Washington last week, that"
    sent_start = ctx.sentence_bounds(start)[0]
    for k in range(noun - 1, max(sent_start, noun - PARTICIPLE_PHRASE_WORDS) - 1, -1):
        if lower[k] in hashes.enacting_instruments:
            return k if ctx.doc[k + 1].lower_.endswith("ed") else None
    return None


def _instrument_owner(ctx: DocContext, instrument: int) -> Mention | None:
    """The actor named in the instrument's own phrase, right before it over capitalised words
    ("the UN Security Council resolution", "a Security Council Resolution"), else None."""
    owner = actor_before(ctx, instrument, max(ctx.sentence_bounds(instrument)[0],
                                              instrument - INSTRUMENT_OWNER_WORDS))
    if owner is None or any(ctx.doc[k].is_lower for k in range(owner.end, instrument)):
        return None
    return owner


def _watched(ctx: DocContext, start: int) -> bool:
    """Is the trigger the object of a verb of watching (lexicon observing-verbs), after a
    determiner ("supervised the closing of", "monitored the shutdown")?"""
    return start >= 2 and ctx.lower[start - 1] in ctx.hashes.noun_determiners \
        and start - 2 in ctx.observing_verb_tokens


def _subject_of_clause_coordinated(ctx: DocContext, clause_start: int, sent_start: int
                                   ) -> Mention | None:
    """A verb after "and" shares the subject of the clause it is joined to, when that clause
    opens after a comma, "but" or "however": "Iran agreed to the deal with six powers, but
    Washington later left it and put sanctions on its banks" (Washington did, not the
    sentence's Iran)."""
    joint = clause_start - 1
    if joint <= sent_start or ctx.lower[joint] != ctx.hashes.and_:
        return None
    previous = ctx.clause_start(joint, sent_start)
    if previous <= sent_start or ctx.lower[previous - 1] not in ctx.hashes.main_clause_openers:
        return None
    return first_subject(ctx, previous, joint)


def _relative_after_object(ctx: DocContext, end: int, sent_end: int) -> bool:
    """Does the clause of the verb ending at ``end`` end with a relative pronoun ("which",
    "who", "that") after its object ("launching a missile that alarmed Syria"; not the
    "that" of "warning that Russia would respond")?"""
    i = ctx.clause_end(end, sent_end)
    return end < i < sent_end and ctx.lower[i] in ctx.hashes.relative_openers


def _light_verb_reaches(ctx: DocContext, lo: int, start: int) -> bool:
    """Is there a light verb after ``lo`` whose object is the event noun at ``start``, with
    no other event between them? Not the object a naming verb names ("which branded the
    test a breach": the test is not the one who brands it)."""
    light = ctx.last_light_verb(lo, start)
    return light is not None and not ctx.names_its_object(light, start) \
        and ctx.last_trigger_before(start, lo) is None


def _by_agent_of(ctx: DocContext, end: int, sent_end: int, trigger: Trigger
                 ) -> Mention | None:
    """The "by" agent of a passive or participle; none for a speech act whose "by" names a
    weapon ("felt threatened by a US naval missile system": a weapon says nothing)."""
    found = by_agent(ctx, end, sent_end)
    if found is not None and trigger.type in ctx.extractor.speech_events \
            and names_a_weapon(ctx, found):
        return None
    return found


def names_a_weapon(ctx: DocContext, state: Mention) -> bool:
    """Does a weapon word or a system's name follow the state, over up to
    PREPOSITION_MODIFIERS lower-case modifiers ("a United States naval missile system")?"""
    i = state.end
    while i < min(state.end + PREPOSITION_MODIFIERS, len(ctx.lower)) \
            and not weapon_at(ctx, i) and ctx.doc[i].is_lower and ctx.doc[i].is_alpha \
            and not ctx.doc[i].is_stop:  # not "accused by the US of using chemical weapons"
        i += 1
    return weapon_at(ctx, i)


def _opposes(ctx: DocContext, actor: Mention, pronoun: int) -> bool:
    """Does a trigger of lexicon opposing-events stand between the actor and a possessive
    pronoun after it ("a Security Council statement condemning its rocket launch")? Who
    opposes an act is not who did it. Also when the actor is the agent of such a noun
    before it ("the denunciation by the United Nations of its missile launches")."""
    if not ctx.opposing_trigger_starts.isdisjoint(range(actor.end, pronoun)):
        return True
    if actor.start >= 2 and ctx.doc[actor.start - 1].text == "(" \
            and (named := _actor_ending_at(ctx, actor.start - 1)) is not None:
        actor = named  # "the rebuke by the Security Council (UNSC) of its tests"
    before = actor.start - 1
    if before > 0 and ctx.lower[before] == ctx.hashes.the:
        before -= 1
    return before > 0 and ctx.lower[before] in ctx.hashes.noun_agent_prepositions \
        and not ctx.opposing_trigger_starts.isdisjoint(range(before - AGENT_NOUN_WORDS, before))


def _state_opposed(ctx: DocContext, opponent: Mention, pronoun: int) -> Mention | None:
    """Whom "its" stands for after an ``opponent``'s condemnation or charge: the state the
    text is about, unless that is the opponent itself."""
    state = ctx.salient_state(pronoun)
    return state if state is not None and state.id != opponent.id else None


def _blamed_for(ctx: DocContext, start: int) -> Mention | None:
    """The actor right before the "for" of a gerund, a date between allowed: whom the clause
    acts on for what it did ("sanctions on the Turkish military on Dec. 14 for buying")."""
    sent_start, _ = ctx.sentence_bounds(start)
    i = start - 1
    if i <= sent_start or ctx.lower[i] != FOR:
        return None
    i -= 1
    if i in ctx.date_tokens:
        while i > sent_start and i in ctx.date_tokens:
            i -= 1
        if ctx.doc[i].pos_ in ("ADP", "") and ctx.doc[i].is_lower:
            i -= 1  # the date's preposition ("on Sept. 20")
    actor = ctx.actor_at.get(i)
    if actor is None or actor.end != i + 1:
        return None
    if _passive_by_agent(ctx, actor, sent_start):
        # "North Korea was condemned by Japan for testing": the passive's subject is blamed
        return subject_before(ctx, actor.start, sent_start)
    return actor


def _blamed_for_noun(ctx: DocContext, start: int) -> Mention | None:
    """The actor right before the "for" that opens an event noun's phrase (a determiner and
    a few lower-case modifiers between): whom the clause blames or acts on did it ("blamed
    Russia for the nerve agent attack", "sanctioned Syria for the chlorine attacks")."""
    sent_start, _ = ctx.sentence_bounds(start)
    i = start - 1
    while i > sent_start and start - i <= NOUN_PHRASE_WINDOW and ctx.lower[i] != FOR:
        word = ctx.doc[i]
        if not (word.is_lower or word.text == "-") or i in ctx.trigger_tokens:
            return None
        i -= 1
    return _blamed_for(ctx, i + 1) if ctx.lower[i] == FOR else None


def _gerund_subject(ctx: DocContext, start: int) -> Mention | None:
    """The actor right before a gerund, itself after a preposition: the gerund's subject
    ("concerns about Russia developing a weapon", "reports of North Korea testing"; a
    quotation mark between them: 'referring to Russia "developing a weapon"')."""
    if start > 1 and ctx.lower[start - 1] in ctx.hashes.quote_marks:
        start -= 1
    actor = ctx.actor_at.get(start - 1) if start > 0 else None
    if actor is None or actor.end != start:
        return None
    sent_start, _ = ctx.sentence_bounds(start)
    prepositions = ctx.hashes.non_subject_prepositions | {ctx.hashes.of}
    return actor if _after_preposition(ctx, actor, sent_start, prepositions) else None


def _origin_agent(ctx: DocContext, start: int, end: int, sent_end: int, trigger: Trigger
                  ) -> Mention | None:
    """For the types of lexicon origin-agent-events, the state the "from" phrase after the
    verb names (see _origin_actor): "a rocket fired from Iran was shot down" is Iran's
    attack. Not in an attack or a launch that is intercepted from a state of lexicon
    non-state-fire-origins, where any armed group may have fired: a test fired from Syria is
    Syria's, a rocket fired from Syria at Israel may be any group's."""
    if trigger.type not in ctx.extractor.origin_agent_events:
        return None
    origin = _origin_actor(ctx, end, sent_end)
    if origin is not None and origin.id in ctx.extractor.non_state_fire_origins and (
            trigger.type == "combat_use" or ctx.sentence_index(start) in ctx.defending_sentences):
        return None
    return origin


def _origin_after_object(ctx: DocContext, end: int, sent_end: int, trigger: Trigger
                         ) -> Mention | None:
    """For the types of lexicon origin-noun-events, the state a "from" phrase after the
    noun's "of" object names: "a shipment of rockets from Iran" (see _origin_actor)."""
    if trigger.type not in ctx.extractor.origin_noun_events:
        return None
    lower, i = ctx.lower, end
    if lower[end - 1] == ctx.hashes.of or (end < sent_end and lower[end] == ctx.hashes.of):
        # over the "of" object ("a shipment of Syrian-made rockets from Iran"); a noun with
        # none has its "from" right after it (not "the deployment comes after attacks from
        # Iran")
        while i < min(sent_end, end + ORIGIN_WORDS) and lower[i] != FROM:
            i += 1
    return _origin_actor(ctx, i, sent_end)


def _origin_actor(ctx: DocContext, end: int, sent_end: int) -> Mention | None:
    """The state a "from" phrase right after a passive verb names as where it was done:
    "a rocket was launched from Iran's Semnan province", "fired from the western coast of
    Libya", "from a US Navy destroyer" (the first actor in the phrase's words
    before a clause break, no person); None for a place of no listed actor ("from near
    Wonsan") or one in other hands (lexicon held-place-words: "from rebel-held territory in
    Syria")."""
    lower, hashes = ctx.lower, ctx.hashes
    first = end + (end < sent_end and lower[end] == hashes.comma)
    while first < sent_end and ctx.in_date_phrase(first):
        first += 1  # "was fired on Monday from southern Iran", "early today from"
    if first >= sent_end or lower[first] != FROM:
        return None
    for i in range(first + 1, min(sent_end, first + 1 + ORIGIN_WORDS)):
        if lower[i] in hashes.clause_breaks or lower[i] in hashes.held_place_words:
            return None
        if (mention := ctx.actor_at.get(i)) is not None:
            # (a person's name there names a ship: "from the Admiral Gorshkov")
            return None if mention.info.get("type") == "person" else mention
    return None


def _orderer(ctx: DocContext, start: int, sent_start: int) -> Mention | None:
    """Who ordered a passive infinitive done (lexicon order-verbs): "Putin ordered air
    defence systems to be deployed in Syria" is Putin's deployment."""
    lower, hashes = ctx.lower, ctx.hashes
    if start - 2 <= sent_start or lower[start - 2] != hashes.to:
        return None
    floor = ctx.words_before(start - 2, ORDER_OBJECT_WORDS, sent_start)
    verb = next((i for i in range(start - 3, floor - 1, -1) if lower[i] in hashes.order_verbs),
                None)
    return None if verb is None else subject_before(ctx, verb, sent_start)


def _owner_of_what_was_hit(ctx: DocContext, auxiliary: int) -> Mention | None:
    """The actor whose possessive opens the subject of a passive auxiliary, over the
    lower-case words of its noun phrase ("two of Syria's long-range radar stations were
    hit": Syria)."""
    i = auxiliary - 1
    while i > 0 and auxiliary - i <= NOUN_PHRASE_WINDOW and (
            ctx.lower[i] in ctx.hashes.hyphens
            or (ctx.doc[i].is_lower and ctx.doc[i].is_alpha)):
        i -= 1  # (over the hyphen of "long-range")
    return ctx.actor_at.get(i - 1) if ctx.doc[i].text in POSSESSIVES else None


def _owner_in_subject(ctx: DocContext, start: int, clause_start: int, sent_start: int
                      ) -> Mention | None:
    """Whose weapon the subject of a passive launch or use names: "Russia's missiles were
    fired", "Russia said that its latest Zircon missiles were used" (the pronoun
    stands for the actor named last before it)."""
    for i in range(clause_start, start):
        if ctx.doc[i].text in POSSESSIVES and i - 1 in ctx.actor_at:
            return ctx.actor_at[i - 1]
        if ctx.lower[i] in ctx.hashes.possessives:
            return actor_before(ctx, i, sent_start)
    return None


def _object_word_owner(ctx: DocContext, start: int, clause_start: int, trigger: Trigger
                       ) -> Mention | None:
    """Whose the object word is in the subject of a passive verb: "U.N. sanctions were
    imposed on Pyongyang", "Russia's sanctions were tightened"; None for "sanctions on Iran
    were lifted", nor after a preposition ("a measure on Syria sanctions was passed":
    the topic, whom they hit)."""
    for i in range(clause_start, start):
        if ctx.lower[i] in trigger.object_words:
            before = i - 2 if i - 2 >= clause_start and ctx.doc[i - 1].text in POSSESSIVES \
                else i - 1
            owner = ctx.actor_at.get(before) if before >= clause_start else None
            if owner is not None and _after_preposition(
                    ctx, owner, clause_start, ctx.hashes.non_subject_prepositions):
                return None
            return owner
    return None


def passive_verb(ctx: DocContext, start: int, trigger: Trigger) -> bool:
    """A participle right after a passive auxiliary ("was accused", "were launched"), one
    adverb in -ly between at most ("has been widely condemned"), or a headline's participle
    with its "by" agent right after it ("Pyongyang condemned by Tokyo over ..."). A verb
    whose participle is its base form ("hit", "shut") is read as its base, so after a
    passive auxiliary it is the participle: "the depots have been hit"."""
    end = ctx.trigger_span(start)[1]
    auxiliary = passive_auxiliary(ctx, start, ctx.sentence_bounds(start)[0])
    if trigger.tense == "base" and end - start == 1:
        # (one word: a phrase after the auxiliary, "was shut down", keeps its old reading)
        return auxiliary is not None
    return is_participle_trigger(ctx, start, end, trigger) and (
        auxiliary is not None or _headline_passive(ctx, start))


def is_participle_trigger(ctx: DocContext, start: int, end: int, trigger: Trigger) -> bool:
    """Is the trigger at [``start``, ``end``) a verb's past form or participle, or a phrase
    of one word in -ed ("sanctioned", a phrase because the verb's -s form is the noun)?"""
    return trigger.tense in ("past", "participle") or (
        trigger.tense == "phrase" and end - start == 1 and ctx.doc[start].lower_.endswith("ed"))


def _headline_passive(ctx: DocContext, start: int) -> bool:
    """A headline drops the auxiliary: "Pyongyang condemned by Tokyo", a state before the
    participle and an actor right after its "by"."""
    after = start + 1
    return ctx.in_headline(start) and start - 1 in ctx.actor_at \
        and after + 1 < len(ctx.lower) and ctx.lower[after] == ctx.hashes.by \
        and after + 1 in ctx.actor_at


def patient_subject(ctx: DocContext, start: int, trigger: Trigger) -> tuple[int, int] | None:
    """Where the subject of a passive verb stands when it is what the verb is done to ("Syria
    was accused", "the Syrian regime in August was accused"): the few words before the
    auxiliary, in its clause; None for no passive verb, or one about a weapon (in "Israel's
    interceptors were launched" the subject is the weapon, and its owner the agent)."""
    if not passive_verb(ctx, start, trigger) or (
            trigger.about_weapons and ctx.lower[start] not in ctx.hashes.patient_passives):
        return None  # ("Iran's radar sites were hit": what was hit, lexicon patient-passives)
    sent_start, _ = ctx.sentence_bounds(start)
    auxiliary = passive_auxiliary(ctx, start, sent_start)
    if auxiliary is None:  # a headline's: the subject stands right before the participle
        auxiliary = start
    return max(auxiliary - PASSIVE_SUBJECT, ctx.clause_start(auxiliary, sent_start)), auxiliary


def _after_subordinator(ctx: DocContext, start: int, sent_start: int) -> bool:
    """A gerund right after "after", "before", "since", "while"... (lexicon
    gerund-subordinators; one adverb in -ly may stand between) shares the sentence's
    subject."""
    i = _subordinator_slot(ctx, start, sent_start)
    return i >= sent_start and ctx.lower[i] in ctx.hashes.gerund_subordinators


def _subordinator_slot(ctx: DocContext, start: int, floor: int) -> int:
    """Where the subordinator of the gerund at ``start`` stands: right before it, or before
    one word in -ly after ``floor`` ("after formally leaving")."""
    i = start - 1
    if i > floor and ctx.doc[i].text.lower().endswith("ly"):
        i -= 1
    return i


def _comma_before_subordinator(ctx: DocContext, start: int, limit: int) -> bool:
    """Does a comma (after ``limit``) stand right before the subordinator of the gerund at
    ``start`` (", while accusing", ", after signing")?"""
    i = _subordinator_slot(ctx, start, limit)
    return i - 1 >= limit and ctx.lower[i - 1] == ctx.hashes.comma


def _subject_right_before(ctx: DocContext, start: int, clause_start: int) -> bool:
    """Is the verb finite, an actor its subject with at most a date or adverbs between
    ("The Kremlin on Thursday rejected", "Russia strongly denied"), or a subject pronoun
    right before it ("after what he called a provocation by Russia": not Russia's)?"""
    if start > clause_start and (ctx.lower[start - 1] in ctx.hashes.subject_pronouns
                                 or ctx.lower[start - 1] in ctx.hashes.speaker_pronouns):
        return True
    subject = subject_before(ctx, start, clause_start)
    if subject is None:
        return False
    between = _office_end(ctx, subject.end, start)
    return all(
        i in ctx.date_tokens or i + 1 in ctx.date_tokens or ctx.doc[i].lower_.endswith("ly")
        for i in range(between, start))


def _office_end(ctx: DocContext, start: int, limit: int) -> int:
    """Where the words of the office or body an actor ending at ``start`` names end, past a
    possessive mark if one follows the actor ("Iran's foreign minister", "Iranian
    diplomats", "Russia's defence ministry"): words that are no stop words, at most
    TITLE_WORDS + 1."""
    end = start + 1 if start < limit and ctx.doc[start].text in POSSESSIVES else start
    stop = min(limit, end + TITLE_WORDS + 1)
    while end < stop and ctx.doc[end].is_alpha and not ctx.doc[end].is_stop:
        end += 1  # (not "Israel as alleged by London")
    return end


def _owner_of_possessed_subject(ctx: DocContext, clause_start: int, start: int
                                ) -> Mention | None:
    """"The ministry said its drones had struck ...": a clause after a verb of saying whose
    subject a possessive pronoun opens, a weapon word after it, is done by whoever said so."""
    first = _past_dash_aside(ctx, clause_start, start)
    weapons = ctx.hashes.context_words.get("weapon", frozenset())
    if ctx.lower[first] not in ctx.hashes.possessives \
            or not any(ctx.lower[i] in weapons for i in range(first + 1, start)):
        return None
    saying = reporting_before(ctx, start)
    if saying is None or saying[1] not in (clause_start, first - 1):
        return None  # (the verb of saying right before the clause, or before its "that")
    return reporter(ctx, saying[0], ctx.sentence_bounds(start)[0])


def _has_own_subject(ctx: DocContext, clause_start: int, start: int) -> bool:
    """Does the verb's clause name a subject of its own before it: a weapon, a name or a
    number ("a missile and other rockets hit"), or others of the state a possessive names
    ("its neighbours condemned"), where "and denied" names none?"""
    first = _past_dash_aside(ctx, clause_start, start)
    return any((_names_a_thing(ctx, i, first) and i not in ctx.date_tokens)
               or _others_of(ctx, i, start) for i in range(first, start))


def _past_dash_aside(ctx: DocContext, clause_start: int, start: int) -> int:
    """Where the verb's own words begin, past an aside between dashes that opened before its
    clause ("Russia -- which backed the resolution -- on Thursday denounced"), else
    ``clause_start``."""
    closing = next((i for i in range(start - 1, clause_start - 1, -1)
                    if ctx.doc[i].text in ASIDE_DASHES), None)
    if closing is None:
        return clause_start
    sent_start = ctx.sentence_bounds(start)[0]
    opened = any(ctx.doc[i].text in ASIDE_DASHES for i in range(sent_start, clause_start))
    return closing + 1 if opened else clause_start


def _others_of(ctx: DocContext, i: int, start: int) -> bool:
    """Is token ``i`` a possessive pronoun before a word for others than the state it stands
    for (lexicon other-party-nouns: "its neighbours", "their critics")?"""
    lower, hashes = ctx.lower, ctx.hashes
    return (lower[i] in hashes.possessives and i + 1 < start
            and lower[i + 1] in hashes.other_party_nouns)


def _names_a_thing(ctx: DocContext, i: int, first: int) -> bool:
    """Is token ``i`` a weapon word, a number, or a capitalised word other than the first
    (``first``) of its stretch: a word of a noun phrase, not a verb?"""
    token = ctx.doc[i]
    return ctx.lower[i] in ctx.hashes.context_words.get("weapon", frozenset()) \
        or token.like_num or (token.text[:1].isupper() and i > first)


def is_nominal(ctx: DocContext, start: int, trigger: Trigger) -> bool:
    """A noun trigger, or a verb's form used as one: after a determiner, a possessive or "of",
    over the words of a noun phrase and system names ("a test", "the launch", "the most
    recent launch", "its first flight test", "the Zircon tests", "Zircon's tests", "a spate
    of missile launches"), after a light verb ("announced tests", "announced successful
    tests"), or opening its sentence ("Talks with Pyongyang will resume"). A gerund is one
    only after a weapon word and a determiner or possessive ("condemned the missile
    firing"), after a determiner with "of" after it, as an object ("the effects of the
    testing of the rocket", "began the testing of"; as a subject, "the testing of the rocket
    would come before further launches", its verb's cues are the noun's), or
    after a state's adjective ("the Iranian testing of rockets")."""
    if trigger.tense == "noun":
        return True
    if trigger.tense == "gerund" and (
            _adjective_ending_at(ctx, start) is not None
            or _adjective_ending_at(ctx, _first_noun_of_pair(ctx, start)) is not None):
        return True  # "the Iranian testing of rockets", "prompts Russian warning", "the
        # Russian design and testing of missiles"
    if trigger.tense == "gerund" and ctx.lower[start] not in ctx.extractor.noun_gerunds:
        if start >= 2 and ctx.lower[start - 1] in ctx.hashes.noun_determiners \
                and start + 1 < len(ctx.lower) and ctx.lower[start + 1] == ctx.hashes.of \
                and (ctx.lower[start - 2] == ctx.hashes.of or start - 2 in ctx.light_verb_tokens):
            return True  # "the effects of the testing of the rocket", "began the testing of"
        weapons = ctx.hashes.context_words.get("weapon", frozenset())
        return start >= 2 and ctx.lower[start - 1] in weapons and (
            ctx.lower[start - 2] in ctx.hashes.noun_determiners
            or ctx.lower[start - 2] in ctx.hashes.possessive_marks)
    if trigger.tense not in ("base", "present", "gerund"):
        return False  # (a gerund its entry also lists as a noun is read as a noun is)
    hashes, sent_start = ctx.hashes, ctx.sentence_bounds(start)[0]
    if trigger.tense == "present" and start > sent_start \
            and ctx.lower[start - 1] in hashes.non_subject_prepositions:
        return True  # "arrived for talks", "a return to talks": no verb's "-s" form follows
        # a preposition
    if ctx.lower[start] in hashes.past_as_base and start + 1 < len(ctx.lower) \
            and ctx.lower[start + 1] in hashes.noun_determiners:
        return False  # "a missile hit an apartment block": a past verb and its object
    i = start - 1
    floor = ctx.words_before(start, NOUN_PHRASE_WINDOW, sent_start)
    while i >= sent_start and i >= floor:
        if i in ctx.light_verb_tokens and not (i > sent_start
                                               and ctx.lower[i - 1] in hashes.noun_determiners):
            return True  # "Russia announced tests of ...", "announced successful tests": the
            # object of a light verb (not "the repeated launches": an adjective)
        if ctx.lower[i] == EACH and i > sent_start and ctx.lower[i - 1] in hashes.auxiliaries:
            return False  # "will each dispose of": "each" floats after an auxiliary, and the
            # verb stays a verb
        if ctx.lower[i] in hashes.noun_determiners or ctx.lower[i] in hashes.possessive_marks \
                or ctx.lower[i] == hashes.of:  # "a spate of missile launches"
            return True
        if ctx.lower[i] in COORDINATING and _noun_trigger_ending_at(ctx, i) is not None:
            return True  # "its fifth nuclear test and latest satellite launch"
        named = ctx.system_ending_at.get(i) or _adjective_ending_at(ctx, i + 1)
        if named is not None:
            # "the Zircon tests", "a North Korean missile launch": over the name
            floor, i = floor - (i - named.start + 1), named.start - 1
            continue
        if ctx.lower[i] not in hashes.event_noun_modifiers and not _in_compound(ctx, i) \
                and not ctx.doc[i].like_num:  # "Two practice launches ... have failed"
            return False
        i -= 1
    return i < sent_start  # it opens the sentence: "Talks with Pyongyang will resume"


def noun_owner(ctx: DocContext, start: int, end: int, clause_start: int, trigger: Trigger
               ) -> Mention | None:
    """Whose event an event noun tells: "Russia's withdrawal", "the US missile test", "India
    conducted a test" (lexicon light-verbs), "the launch by North Korea", "warnings from
    Beijing", the sides "between" or "of" a meeting ("hosted a meeting between Koizumi and
    Kim", "a meeting of the OSCE"). An actor before the noun with another verb between
    ("Japan detected the launch", "China condemned the test") owns nothing."""
    lower = ctx.lower
    if end - start > 1 and lower[end - 1] in SIDES_PREPOSITIONS:
        # the trigger holds the preposition: "a call between Biden and Xi"
        return actor_after_preposition(ctx, end)
    if end < len(lower) and lower[end] in SIDES_PREPOSITIONS \
            and (sides := actor_after_preposition(ctx, end + 1)) is not None:
        return sides  # "hosted a meeting between Koizumi and Kim": the sides, not the host
    if trigger.type in MEETING_TYPES and (sides := _sides_past_predicate(ctx, end)) is not None:
        return sides  # "talks are planned between the two sides"
    if end < len(lower) and lower[end] == ctx.hashes.of and trigger.type in MEETING_TYPES \
            and (members := actor_after_preposition(ctx, end + 1)) is not None:
        return members  # "a meeting of the OSCE", "a meeting of US and Japanese officials"
    if end < len(lower) and lower[end] == ctx.hashes.by \
            and (found := actor_after_preposition(ctx, end + 1)) is not None:
        return found  # "a violation by Iran of Resolution 1929": who broke it
    if holds_agent_preposition(ctx, start, end, trigger) \
            and (found := actor_after_preposition(ctx, end)) is not None:
        return found  # a trigger "sanctions from", "objections from": whatever verb is before
    if end - start > 2 and (inside := actor_inside(ctx, start + 1, end)) is not None:
        return inside  # the trigger names it: "the reimposition of UN sanctions"
    mark = _possessive_before(ctx, start, clause_start)
    if mark is not None:
        if lower[mark] in ctx.hashes.possessives:
            # "placed sanctions on Iran over its repeated missile tests": the
            # pronoun stands for the actor named last before it in the clause, else for
            # the speaker of the verb of saying that opens it ("Pyongyang hails the success
            # of its third nuclear test")
            nearest = actor_before(ctx, mark, clause_start)
            if nearest is not None and _opposes(ctx, nearest, mark):
                return _state_opposed(ctx, nearest, mark)
            if nearest is not None and nearest.start >= clause_start:
                if _state_word_between(ctx, nearest.end, mark):
                    # "sanctions on the country for its third nuclear test": the pronoun
                    # stands for "the country", the state the text is about
                    return ctx.salient_state(mark) or nearest
                return _informer(ctx, nearest, clause_start) or nearest
            saying = reporting_before(ctx, start)
            sent_start = ctx.sentence_bounds(start)[0]
            if saying is not None and saying[1] == clause_start:
                return speaker_before(ctx, saying[0], sent_start)
            if saying is None and actor_before(ctx, mark, sent_start) is None:
                # "Tensions were high due to its nuclear test": with no actor named before
                # it in its sentence, the state the text is about
                return ctx.salient_state(mark)
            return None
        return ctx.actor_at.get(mark - 1)
    owner = _weapon_owner_after_of(ctx, end) or _member_after_of(ctx, end) or (
        None if trigger.subject_is_target  # "alleged Russian violations": Russia is accused
        else _adjective_owner(ctx, start, clause_start))
    if owner is not None and owner.info.get("members"):
        member = _member_acting(ctx, owner, start, clause_start)
        if member is not None:
            return member
    if owner is not None:
        return owner
    named = actor_before(ctx, start, clause_start)
    if named is not None and named.end <= start and _owns_as_modifier(ctx, named, start, trigger) \
            and not trigger.subject_is_target:
        return named  # "concern about the US missile test", after a preposition too
    cause = _cause_before(ctx, start, clause_start)
    if cause is not None:
        # "sanctions on Iran over a string of missile tests", "Japan protested to
        # China over the launch": whom the clause acts on did it
        nearest = actor_before(ctx, cause, clause_start)
        if nearest is not None and nearest.start >= clause_start and any(
                ctx.doc[i].is_lower and ctx.lower[i] != IN  # "the ministry in Seoul"
                and ctx.lower[i] not in ctx.hashes.noun_determiners
                and ctx.lower[i] not in ctx.hashes.possessive_marks
                and ctx.lower[i] not in ctx.hashes.actor_nouns
                for i in range(clause_start, nearest.start)):
            # (acted on, after a verb or a preposition; not the clause's subject: "Japan
            # voiced concern over the test" is no test of Japan's, nor is "Seoul's ministry"
            # or "the ministry in Seoul voiced concern ...")
            return nearest
    purpose = _purpose_for(ctx, start, clause_start) \
        if trigger.type in ctx.extractor.purpose_events else None
    if purpose is not None and (doer := first_subject(ctx, clause_start, purpose)) is not None:
        return doer  # "Moscow and Washington will send delegations to Geneva for talks"
    nearest = subject_before(ctx, start, clause_start)
    if nearest is not None and trigger.type in ctx.extractor.occasion_events \
            and occasion_noun(ctx, start, clause_start) \
            and ctx.last_trigger_before(start, nearest.end) is not None:
        return nearest  # "Japan shot down a missile target in a test": Japan's test
    if nearest is not None and trigger.type in MEETING_TYPES \
            and occasion_noun(ctx, start, clause_start, MEETING_OCCASIONS):
        # "Abe and Morrison agreed in a phone call", "the minister spoke after a meeting
        # with": the subject met, whatever the verb
        return nearest
    # "imposed sanctions on Pakistan after its nuclear tests": "its" decides (see agent), not
    # the subject of the clause's light verb; a "by" phrase still names the agent
    owned = start > clause_start and lower[start - 1] in ctx.hashes.possessives
    light = None if owned else ctx.last_light_verb(clause_start, start)
    if light is not None and ctx.names_its_object(light, start):
        return None  # "Japan called the launch a violation": the launch is not Japan's
    if light is not None and _in_prepositional_phrase(ctx, light + 1, start) \
            and not _enacted_by_instrument(ctx, light + 1, start, trigger):
        # "the Council held an emergency meeting on the missile launch": the light verb's
        # object is the meeting, the launch no event of the Council's
        light = None
    if light is not None and _verb_after_to(ctx, light + 1, start):
        light = None  # "held emergency meetings to monitor the launches": not theirs
    if nearest is not None and _owns_as_modifier(ctx, nearest, start, trigger):
        return nearest
    first = light
    while first is not None and first - 1 in ctx.light_verb_tokens:
        first -= 1  # "wrapped up": from its first word
    if first is not None \
            and (planner := _owner_of_noun_before_to(ctx, first, clause_start)) is not None:
        return planner  # "talks on its plans to hold a nuclear test": whose plans
    if light is not None and trigger.subject_is_target and lower[light] == IN:
        return None  # "Moscow stays in non-compliance with the accord": it is accused
    if nearest is not None and first is not None and light >= nearest.end:
        # a light verb between them: "India conducted a test" ("Iran and the six powers
        # (Russia, ...) held talks": the light verb's subject, before the aside)
        return subject_before(ctx, first, clause_start) or nearest
    if light is not None:
        # "the Council approved a British-drafted package of sanctions": whoever does the
        # light verb; "The US is leaving the agreement and will re-impose penalties": with
        # no actor in the clause, the subject of the sentence does it too
        # "North Korea declared that it carried out a nuclear test": "it" before the light
        # verb stands for the speaker of the saying before it
        # "the Council, which branded the test a breach": the antecedent of "which"
        doer = subject_before(ctx, light, clause_start) or pronoun_subject(
            ctx, light, clause_start) or _reporter_for_pronoun(ctx, clause_start, light) \
            or relative_antecedent(ctx, light)
        if doer is not None:
            return doer
        if nearest is None:  # (inside a quotation, the subject of what is quoted first)
            opening = ctx.quotation_opening(start)
            sent_start, _ = ctx.sentence_bounds(start)
            quoted = None if opening is None else first_subject(ctx, opening + 1, clause_start)
            return quoted or first_subject(ctx, sent_start, clause_start)
    if end < len(lower) and ctx.doc[end].is_quote and any(
            ctx.doc[i].is_quote for i in range(max(clause_start - 1, start - QUOTED_NOUN_WORDS,
                                                   0), start)):
        end += 1  # '"unilateral restrictive measures" imposed by the US': past the quote
    if end < len(lower) and lower[end] in ctx.hashes.noun_agent_prepositions:
        # "the launch by North Korea", "talks between the US and Russia", "its ratification
        # by fellow signatory Egypt"
        return actor_after_preposition(ctx, end + 1)
    by = _by_after_object(ctx, end)
    if by is not None:
        # "the shooting down of one of its helicopters by Syrian air defences"
        return actor_after_preposition(ctx, by + 1)
    # "the test conducted by Pyongyang", "sanctions imposed by the EU": a light verb's
    # participle and "by" (not "the test condemned by Japan": Japan did not test); also past
    # the noun's own phrase, a comma or a passive auxiliary, and for "claimed" ("the attack
    # on the refinery, claimed by the Houthis", "one attack was claimed by a militia")
    first = _claiming_participle(ctx, end)
    i = first
    while i < len(lower) and (i in ctx.light_verb_tokens or lower[i] == CLAIMED):
        i += 1
    if first < i < len(lower) and lower[i] == ctx.hashes.by:
        return actor_after_preposition(ctx, i + 1)
    return None


def _claiming_participle(ctx: DocContext, end: int) -> int:
    """Where the participle stands that may follow an event noun ending at ``end``: at once,
    or past a short phrase of the noun's own ("on the refinery") when a comma or a passive
    auxiliary ("was") stands right before it, with no other trigger, actor or clause break
    between; else ``end`` ("the deployment of missiles made by Russia": their maker)."""
    lower, hashes = ctx.lower, ctx.hashes
    dates = ctx.date_tokens

    def in_dates(i: int) -> bool:  # "2006 and 2009": a date, or a word between two
        return i in dates or (i - 1 in dates and i + 1 in dates)

    words, limit = 0, end
    while limit < len(lower) and words < CLAIM_REACH:
        words += not in_dates(limit)  # the noun's own dates do not count ("the tests in
        limit += 1  # 2006 and 2009 were conducted by")
    for i in range(end, limit):
        if i in ctx.light_verb_tokens or lower[i] == CLAIMED:
            return i if i == end or lower[i - 1] == hashes.comma \
                or lower[i - 1] in hashes.passive_auxiliaries else end
        if in_dates(i):
            continue
        if i in ctx.trigger_tokens or i in ctx.actor_at or (
                lower[i] in hashes.clause_breaks and lower[i] != hashes.comma):
            return end
        if not (ctx.doc[i].is_lower or ctx.doc[i].text == ","):
            return end
    return end


def _actor_right_after_to(ctx: DocContext, to: int, clause_end: int) -> bool:
    """Does an actor follow "to" over "the" and capitalised words of a title only ("to North
    Korea", "to President Bashar al-Assad's regime"; not "to eliminate Syria's weapons")?"""
    for i in range(to + 1, min(to + 1 + TO_TARGET_WORDS, clause_end)):
        if i in ctx.actor_at:
            return True
        if ctx.lower[i] != ctx.hashes.the and not ctx.doc[i].is_title:
            return False
    return False


def _in_prepositional_phrase(ctx: DocContext, lo: int, hi: int) -> bool:
    """Does a preposition of non-subject-prepositions between ``lo`` (right after a light
    verb) and an event noun at ``hi`` open the phrase the noun stands in? The nearest such
    preposition counts; a word of gerund-subordinators nearer the noun ("reached an
    agreement on curbing the programme after eight days of talks") opens a phrase of time,
    whose talks are the subject's own. Not "to" and "with" ("planned to place sanctions",
    "broke its moratorium with a launch"), nor a date's ("on Monday")."""
    hashes = ctx.hashes
    for i in range(hi - 1, lo - 1, -1):
        if ctx.lower[i] in hashes.gerund_subordinators and i not in ctx.date_tokens:
            return False  # (also before a duration: "after eight days of talks")
        if i in ctx.date_tokens or i + 1 in ctx.date_tokens:
            continue
        if ctx.lower[i] in hashes.non_subject_prepositions \
                and ctx.lower[i] not in (hashes.to, WITH):
            return True
        if ctx.lower[i] == hashes.to and i + 1 < hi \
                and ctx.lower[i + 1] in hashes.noun_determiners:
            return True  # "reiterated its opposition to the deployment": not its deployment
    return False


def _enacted_by_instrument(ctx: DocContext, lo: int, hi: int, trigger: Trigger) -> bool:
    """"Putin signed a decree on the suspension of the treaty": is the event noun at ``hi``
    (of a type of instrument-enacted-events) in the phrase of a word of enacting-instruments
    that the light verb before ``lo`` takes, so that whoever signs or adopts it acts? ("the
    Council adopted a resolution on the nuclear test": a test is no such act.)"""
    if trigger.type not in ctx.extractor.instrument_enacted_events:
        return False
    hashes = ctx.hashes
    preposition = next((i for i in range(hi - 1, lo - 1, -1)
                        if ctx.lower[i] in hashes.non_subject_prepositions
                        and i not in ctx.date_tokens), None)
    return preposition is not None and preposition > lo \
        and ctx.lower[preposition - 1] in hashes.enacting_instruments


def _verb_after_to(ctx: DocContext, lo: int, hi: int) -> bool:
    """Does "to" and a verb (a lower-case word that opens no noun phrase) stand between ``lo``
    (right after a light verb) and ``hi``, past the light verb's own object? Another verb
    then takes the event noun as its object ("held meetings to monitor the launches"; not
    "planned to place sanctions")."""
    hashes = ctx.hashes
    return any(ctx.lower[i] == hashes.to and ctx.doc[i + 1].is_alpha and ctx.doc[i + 1].is_lower
               and ctx.lower[i + 1] not in hashes.noun_determiners
               and ctx.lower[i + 1] not in hashes.possessives
               for i in range(lo + 1, hi - 1) if i not in ctx.date_tokens)


def _state_word_between(ctx: DocContext, lo: int, hi: int) -> bool:
    """Does "the" and a word that stands for a state (lexicon agent-anaphors: "the country",
    "the regime") stand between ``lo`` and ``hi``?"""
    lower, hashes = ctx.lower, ctx.hashes
    return any(lower[i] in hashes.agent_anaphors and lower[i - 1] == hashes.the
               for i in range(max(lo, 1), hi))


def _by_after_object(ctx: DocContext, end: int) -> int | None:
    """Where "by" follows the "of" phrase of an event noun within a few words, no comma,
    participle ("missiles made by Russia") or other event between; else None. A trigger
    may hold its "of" ("the violation of Syrian airspace by Israel")."""
    lower = ctx.lower
    if 0 < end <= len(lower) and lower[end - 1] == ctx.hashes.of:
        end -= 1
    if end >= len(lower) or lower[end] != ctx.hashes.of:
        return None
    _, sent_end = ctx.sentence_bounds(end)
    for i in range(end + 1, min(sent_end, end + 1 + NOUN_TARGET_WINDOW)):
        if lower[i] == ctx.hashes.by:
            return None if is_participle(ctx, i - 1) else i
        if lower[i] == ctx.hashes.comma or i in ctx.trigger_starts:
            return None
    return None


def _cause_before(ctx: DocContext, start: int, clause_start: int) -> int | None:
    """Where a word of cause-prepositions ("over"), or of reason-prepositions after a word
    of reprisal-nouns ("in retaliation for"), opens the noun phrase of an event noun, over
    up to CAUSE_PHRASE lower-case words ("over a series of rocket launches"); else None."""
    lower, hashes = ctx.lower, ctx.hashes
    for i in range(start - 1, max(clause_start, start - 1 - CAUSE_PHRASE) - 1, -1):
        if lower[i] in hashes.cause_prepositions or (
                lower[i] in hashes.reason_prepositions and i > clause_start
                and lower[i - 1] in hashes.reprisal_nouns):
            return i
        word = ctx.doc[i]
        if not (word.is_alpha and word.is_lower) or i in ctx.trigger_tokens:
            return None
    return None


def _adjective_owner(ctx: DocContext, start: int, clause_start: int) -> Mention | None:
    """"a defence against North Korean missile attacks": a state's adjective right before
    the event noun (over words of its noun phrase) owns it, after a preposition too, and
    the noun joined to it by "and" ("the Russian design and testing of missiles")."""
    pair = _first_noun_of_pair(ctx, start)
    if pair < start:  # ("and" may open a clause of its own)
        clause_start = min(clause_start, ctx.clause_start(pair, ctx.sentence_bounds(pair)[0]))
    floor = max(ctx.words_before(pair, NOUN_PHRASE_WINDOW + 1, clause_start), clause_start)
    for i in range(start - 1, floor - 1, -1):
        mention = ctx.adjective_at.get(i)
        if mention is not None and (ctx.names_origin(mention) or ctx.names_stance(mention)):
            continue  # "used British-provided missiles in attacks": not Britain's attacks
        if mention is not None:
            return mention if mention.role == "adjective" and (
                _modifies_noun(ctx, mention.end, start)
                or _modifies_noun(ctx, mention.end, pair)) else None
    return None


def _first_noun_of_pair(ctx: DocContext, start: int) -> int:
    """Where the noun joined by "and" or "or" right before ``start`` stands ("development"
    in "development and testing"), else ``start``."""
    return start - 2 if start >= 2 and ctx.lower[start - 1] in ctx.hashes.and_or else start


def _member_acting(ctx: DocContext, group: Mention, start: int, clause_start: int
                   ) -> Mention | None:
    """"North Korea quit the six-party talks", "North Korea said it would quit the six-party
    talks": a member of the group that owns the event noun, the subject of the verb whose
    object the noun is, acts alone (not "hosted a session of the six-party talks")."""
    subject = subject_before(ctx, start, clause_start)
    after = subject.end if subject is not None else None
    if subject is None:
        subject = _reporter_for_pronoun(ctx, clause_start, start)
        after = next((i + 1 for i in range(start - 1, clause_start - 1, -1)
                      if ctx.lower[i] in ctx.hashes.subject_pronouns), None)
    if subject is None or after is None or subject.state not in group.info["members"]:
        return None
    prepositions = ctx.hashes.non_subject_prepositions
    if any(ctx.lower[i] in prepositions or ctx.lower[i] == ctx.hashes.of
           for i in range(after, start)):
        return None
    return subject


def object_weapon_owner(ctx: DocContext, end: int) -> Mention | None:
    """The state whose name or adjective opens the weapon object of a verb ending at ``end``
    ("renewing Britain's Trident system", "to destroy Libyan chemical weapons")."""
    return _state_before_weapon(ctx, end, ctx.sentence_bounds(end - 1)[1])


def _purpose_for(ctx: DocContext, start: int, clause_start: int) -> int | None:
    """Where the "for" stands that opens the noun phrase of the event noun at ``start``, over
    at most PURPOSE_PHRASE_WORDS lower-case words of a noun phrase ("for another round of
    strategic stability talks"); None if no "for" does, or if another preposition or a verb's
    -ing form stands between ("for three weeks during difficult negotiations", "stalling for
    time by dragging out the negotiations")."""
    doc = ctx.doc
    for i in range(start - 1, max(clause_start, start - PURPOSE_PHRASE_WORDS - 1) - 1, -1):
        if ctx.lower[i] == FOR:
            return i
        if i in ctx.actor_at or not (doc[i].is_lower or doc[i].text == "-") \
                or ctx.lower[i] in PHRASE_BREAKING_PREPOSITIONS or doc[i].lower_.endswith("ing"):
            return None
    return None


def visited_state(ctx: DocContext, start: int, clause_start: int) -> Mention | None:
    """The state a clause's subject goes to or is in for the event noun at ``start`` that a
    "for" opens (lexicon purpose-events): "flew to Oman for talks", "is due in Iran this
    week for talks"; None when the clause names none (a capital after "to" or "in" is a
    place, no actor: see lexicon place-cues)."""
    purpose = _purpose_for(ctx, start, clause_start)
    if purpose is None:
        return None
    for i in range(clause_start + 1, purpose):
        actor = ctx.actor_at.get(i)
        if actor is not None and actor.start == i and actor.info.get("type") == "state" \
                and ctx.lower[i - 1] in (IN, ctx.hashes.to):
            return actor
    return None


def _weapon_owner_after_of(ctx: DocContext, end: int) -> Mention | None:
    """"the deployment of US missiles in Japan", "a test of a North Korean missile": the
    state whose adjective or name stands before the weapon after "of" owns the event; also
    after a second "of" that ends a short phrase of lower-case words and numbers ("the
    deployment of two extra launchers of a US missile defence system")."""
    lower, doc = ctx.lower, ctx.doc
    i = _past_of(ctx, end)
    if i is None:
        return None
    sent_end = ctx.sentence_bounds(end - 1)[1]
    owner = _state_before_weapon(ctx, i, sent_end)
    if owner is not None:
        return owner
    for k in range(i, min(i + OF_CHAIN_WORDS + 1, sent_end)):
        if lower[k] == ctx.hashes.of:
            return _state_before_weapon(ctx, k + 1, sent_end) if k > i else None
        if not (doc[k].is_lower or doc[k].like_num):
            return None
    return None


def _past_of(ctx: DocContext, end: int) -> int | None:
    """Where the words after an event noun's "of" begin: the trigger may hold it ("testing
    of") or it may follow ("the deployment of"); None with no "of"."""
    lower = ctx.lower
    i = end if lower[end - 1] == ctx.hashes.of else end + 1
    return i if i <= len(lower) and lower[i - 1] == ctx.hashes.of else None


def _member_after_of(ctx: DocContext, end: int) -> Mention | None:
    """"the suspension of Russia's participation in the CFE Treaty": the state whose
    possessive stands after the noun's "of", before a word of membership-nouns, acts on its
    own part in the treaty."""
    lower = ctx.lower
    i = _past_of(ctx, end)
    if i is None:
        return None
    if i < len(lower) and lower[i] == ctx.hashes.the:
        i += 1
    state = ctx.actor_at.get(i)
    if state is None or state.start != i or state.info.get("type") != "state":
        return None
    after = state.end  # "Russia's", "the United States'"
    return state if after + 1 < len(lower) and (lower[after] in ctx.hashes.possessive_marks
                                                or lower[after] in ctx.hashes.apostrophes) \
        and lower[after + 1] in ctx.hashes.membership_nouns else None


def _state_before_weapon(ctx: DocContext, i: int, sent_end: int) -> Mention | None:
    """The state whose adjective or name opens the words from ``i`` (over determiners) and
    stands before a weapon word or a system: "US missiles", "a North Korean missile", "two
    Iranian missiles", "a recently installed Israeli anti-rocket battery" (a few lower-case
    modifiers before it)."""
    lower, doc = ctx.lower, ctx.doc
    while i < len(lower) and (lower[i] in ctx.hashes.noun_determiners or doc[i].like_num):
        i += 1
    for _ in range(PREPOSITION_MODIFIERS):
        if i < len(lower) and doc[i].is_lower and doc[i].is_alpha \
                and lower[i] not in ctx.hashes.object_stops:
            i += 1
    mention = ctx.adjective_at.get(i) or ctx.actor_at.get(i)
    if mention is None or mention.start != i or mention.info.get("type") not in (
            "state", "group"):
        return None
    if mention.end + 1 < len(lower) and doc[mention.end].text == "-" \
            and lower[mention.end + 1] in MAKER_PARTICIPLES:
        return None  # "Russian-made S-400 systems": who made them, not who owns them
    weapons = ctx.hashes.context_words.get("weapon", frozenset())
    if any(lower[k] in weapons or (k < sent_end and k in ctx.system_starting_at)
           for k in _next_words(ctx, mention.end, len(lower))):
        return mention
    return None


def also_doers(ctx: DocContext, end: int) -> list[Mention]:
    """"Tokyo condemned the launch on Thursday, as did Seoul": the actors after a comma, "as"
    and an auxiliary of also-doer-auxiliaries later in the verb's clause (no clause break but
    commas between) do what the verb tells too."""
    lower = ctx.lower
    _, sent_end = ctx.sentence_bounds(end - 1)
    at = next((i for i in range(end, sent_end - 3) if lower[i] == ctx.hashes.comma
               and lower[i + 1] == AS and lower[i + 2] in ctx.hashes.also_doer_auxiliaries),
              None)
    if at is None or any(lower[i] in ctx.hashes.clause_breaks and lower[i] != ctx.hashes.comma
                         for i in range(end, at)):
        # "opposed the pact while Canada held back, as did Peru", "..., and Iran launched
        # one, as did North Korea": the other verb's
        return []
    first = ctx.actor_at.get(at + 3)
    return coordinated(ctx, first) if first is not None and first.start == at + 3 else []


def actor_after_preposition(ctx: DocContext, first: int) -> Mention | None:
    """The actor a preposition introduces, over "the" and up to a few lower-case words
    before it ("by key signatory Indonesia", "by nuclear-armed North Korea", a hyphenated
    compound counting as one: "by the Iran-backed Houthis"); of an owner and what it owns,
    the owned ("by Yemen's Houthi rebels": the Houthis; "by Saudi Arabia's Crown Prince
    Mohammed bin Salman": the prince)."""
    doc = ctx.doc
    if first > 0 and ctx.lower[first - 1] == ctx.hashes.by and _opens_means_clause(ctx, first):
        return None  # "a move toward penalties by charging Tehran with ...": how, not who
    listed = _example_list(ctx, first)
    if listed is not None:
        return actor_after_preposition(ctx, listed)
    limit = ctx.words_after(first, 1 + PREPOSITION_MODIFIERS, len(doc))
    for i in range(first, limit):
        if i + 2 < len(doc) and ctx.lower[i + 1] in ctx.hashes.hyphens \
                and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
            continue  # "Iran-backed", "Saudi-led": a compound modifier, not the actor
        if i in ctx.actor_at:
            found = ctx.actor_at[i]
            after = found.end
            if after + 1 < len(doc) and ctx.lower[after] in ctx.hashes.possessive_marks:
                return ctx.actor_at.get(after + 1) or _titled_person(ctx, after + 1) or found
            return found
        if ctx.lower[i] == ctx.hashes.of and i > first and ctx.lower[i - 1] in \
                ctx.hashes.actor_nouns and (state := ctx.actor_at.get(i + 1)) is not None:
            return state  # "by the foreign ministers of Kazakhstan and Kyrgyzstan"
        if not (doc[i].is_lower or doc[i].text == "-") or ctx.lower[i] in ctx.hashes.object_stops:
            return _titled_person(ctx, i)  # "by President Medvedev"
    return None


def _example_list(ctx: DocContext, first: int) -> int | None:
    """Where the actors stand that a group noun after a preposition is illustrated with: "by
    several leading nations, including Brazil and India" (lexicon example-cues); None when
    the phrase names its actor itself."""
    doc = ctx.doc
    for i in range(first, min(first + EXAMPLE_WINDOW, len(doc) - 2)):
        if ctx.opens_examples(i):
            return i + 2 if i > first else None
        if not doc[i].is_lower or i in ctx.actor_at:
            return None
    return None


def _titled_person(ctx: DocContext, first: int) -> Mention | None:
    """A person whose title stands between a preposition and the name ("by President
    Medvedev", "by Foreign Minister Sergei Lavrov"): the title is part of the mention's
    info, not of its span."""
    # over a state's adjective and the title: "by Russian Foreign Minister Sergei Lavrov"
    for k in range(first + 1, min(first + TITLE_WORDS + 3, len(ctx.lower))):
        person = ctx.actor_at.get(k)
        if person is not None and person.start == k:
            info = person.info
            return person if info.get("type") == "person" and info.get("title") else None
    return None


def possessive_pronoun_before(ctx: DocContext, start: int, clause_start: int) -> bool:
    """Is the event noun at ``start`` owned by a possessive pronoun before its adjectives
    ("its second flight test")?"""
    mark = _possessive_before(ctx, start, clause_start)
    return mark is not None and ctx.lower[mark] in ctx.hashes.possessives


def _possessive_before(ctx: DocContext, start: int, clause_start: int) -> int | None:
    """Where the possessive mark of an event noun stands: right before it ("Russia's
    withdrawal") or before up to two lower-case adjectives ("the DPRK's provocative missile
    tests"), no determiner, verb of saying or other trigger between; else None. A possessive
    pronoun counts only before adjectives ("its continued missile tests"): right before the
    noun, its antecedent is found in :func:`agent`. A title-case noun may have title-case
    words before it (a headline's "China's Missile Deployment"), and a year may stand among
    them ("Washington's 2018 withdrawal")."""
    free = 0  # words that are no event-noun modifier: "its latest intercontinental
    # ballistic missile tests" has none
    for mark in range(start - 1, max(clause_start, start - 1 - NOUN_PHRASE_WINDOW) - 1, -1):
        word = ctx.doc[mark]
        if word.text in POSSESSIVES or (mark < start - 1
                                        and ctx.lower[mark] in ctx.hashes.possessives):
            return mark
        if _compound_hyphen(ctx, mark):
            continue  # "its first long-range missile test": a compound is one word
        free += ctx.lower[mark] not in ctx.hashes.event_noun_modifiers \
            and not ctx.glued_by_hyphen(mark)
        if free > NOUN_ADJECTIVES or not _noun_modifier(ctx, word, mark, start) \
                or ctx.lower[mark] in ctx.hashes.noun_determiners \
                or _inside(ctx.trigger_spans, mark) or _inside(ctx.reporting, mark):
            return None
    return None


def _compound_hyphen(ctx: DocContext, i: int) -> bool:
    """Is token ``i`` the hyphen inside a compound, no space on either side ("long-range")?"""
    return ctx.doc[i].text == "-" and i > 0 and not ctx.doc[i].whitespace_ \
        and not ctx.doc[i - 1].whitespace_


def _informer(ctx: DocContext, told: Mention, clause_start: int) -> Mention | None:
    """"Washington notified Moscow of its decision to leave": when the actor before "its" is
    the one told (right after a verb of informing-verbs, "the" between allowed), "its"
    stands for the subject who tells; else None."""
    i = told.start - 1
    if i > clause_start and ctx.lower[i] == ctx.hashes.the:
        i -= 1
    if i <= clause_start or ctx.lower[i] not in ctx.hashes.informing_verbs:
        return None
    return subject_before(ctx, i, clause_start)


def _noun_modifier(ctx: DocContext, word: Token, i: int, noun: int) -> bool:
    """Can ``word`` (at ``i``) stand between a possessive and the event noun at ``noun``: a
    lower-case word, a date ("Washington's 2018 withdrawal", "its Feb. 12 nuclear test"), or
    a capitalised word before a capitalised noun that is no actor (a headline's "China's
    Missile Deployment")?"""
    if word.is_alpha and word.is_lower:
        return True
    if i in ctx.date_tokens or (
            len(word.text) == 4 and word.text.isdigit() and word.text[:2] in ("19", "20")):
        return True
    return word.is_title and ctx.doc[noun].is_title and i not in ctx.actor_at


def coordinated_noun(ctx: DocContext, start: int) -> int | None:
    """The start of the event noun joined by "and" or "or" before this one's noun phrase,
    whose owner it shares: "the country's fifth nuclear test and latest satellite launch"."""
    i = start - 1
    while i > start - 1 - NOUN_ADJECTIVES and i > 0 and ctx.doc[i].is_alpha \
            and ctx.doc[i].is_lower and ctx.lower[i] not in COORDINATING:
        i -= 1
    return _noun_trigger_ending_at(ctx, i) if ctx.lower[i] in COORDINATING else None


def _noun_trigger_ending_at(ctx: DocContext, end: int) -> int | None:
    """The start of the event noun that ends right before ``end``, if one does."""
    start = trigger_ending_at(ctx, end)
    return start if start is not None and start in ctx.noun_trigger_starts else None


def trigger_ending_at(ctx: DocContext, end: int) -> int | None:
    """The start of the trigger that ends right before ``end``, if one does."""
    at = bisect_left(ctx.trigger_spans, (end,)) - 1
    if at < 0:
        return None
    start, stop = ctx.trigger_spans[at]
    return start if stop == end else None


def _inside(spans: list[tuple[int, int]], token: int) -> bool:
    return any(start <= token < end for start, end in spans)


def _owns_as_modifier(ctx: DocContext, actor: Mention, start: int, trigger: Trigger) -> bool:
    """Does ``actor`` open the noun phrase of the event noun at ``start`` ("the US missile
    test")? Not a city before a meeting, which is where it is held ("the Vienna talks")."""
    return _modifies_noun(ctx, actor.end, start) and not _city_of_meeting(actor, trigger)


def venue_before(ctx: DocContext, actor: Mention, start: int, trigger: Trigger) -> bool:
    """Is ``actor`` a city named in the noun phrase of the meeting at ``start`` ("the Vienna
    talks", "Amid Vienna Negotiations"): where it is held, not a side?"""
    return _city_of_meeting(actor, trigger) and actor.end <= start \
        and _modifies_noun(ctx, actor.end, start)


def _city_of_meeting(actor: Mention, trigger: Trigger) -> bool:
    """A state named by its capital (a metonym), for an event of a meeting."""
    return actor.role == "metonym" and trigger.type in MEETING_TYPES


def _modifies_noun(ctx: DocContext, gap_start: int, gap_end: int) -> bool:
    """Only words of a noun phrase between an actor and an event noun ("the US missile
    test", "North Korean ballistic missile launch")."""
    modifiers = ctx.hashes.event_noun_modifiers
    return all(ctx.lower[i] in modifiers or _in_compound(ctx, i)
               or _names_a_thing(ctx, i, ctx.sentence_bounds(i)[0])
               for i in range(gap_start, gap_end))


def _in_compound(ctx: DocContext, i: int) -> bool:
    """Is token ``i`` part of a hyphenated compound ("short-range", "anti-satellite")?"""
    lower, hyphens = ctx.lower, ctx.hashes.hyphens
    return lower[i] in hyphens or (i > 0 and lower[i - 1] in hyphens and
                                   not ctx.doc[i - 1].whitespace_) or (
        i + 1 < len(lower) and lower[i + 1] in hyphens and not ctx.doc[i].whitespace_)


def target(ctx: DocContext, start: int, end: int, trigger: Trigger, exclude: set[str]
           ) -> Mention | None:
    """The first actor after the trigger in its clause ("warned Washington", "fired at
    Israel"); after an event noun, only one its preposition introduces ("talks with Seoul",
    "sanctions on Iran", lexicon target-prepositions): in "the US test angered Moscow",
    Moscow is the object of another verb."""
    _, sent_end = ctx.sentence_bounds(start)
    that_clause = end + 1 < sent_end and ctx.lower[end] == ctx.hashes.that \
        and trigger.type in ctx.extractor.clause_target_events
    if that_clause:
        end += 1  # "alleged that North Korea is building ...": the clause's subject, as
        # after a noun ("accusations that Moscow carries out nuclear tests")
    clause_end = ctx.clause_end(end, sent_end)
    if (subject := patient_subject(ctx, start, trigger)) is not None:
        # "Syria was accused by Western powers of ...", "UN sanctions on Iran were lifted":
        # the subject is what the verb is done to (not "UN sanctions ... were reimposed")
        if ctx.lower[start] in ctx.hashes.patient_passives and (
                owner := _owner_of_what_was_hit(ctx, subject[1])) is not None \
                and owner.id not in exclude:
            return owner  # "two of Syria's radar stations were hit": whose they are
        found = actor_before(ctx, subject[1], subject[0])
        if found is not None and found.start >= subject[0] and found.id not in exclude \
                and ctx.doc[found.end].text not in POSSESSIVES:
            return found
    if reduced_relative(ctx, start, trigger) or _participle_with_by(ctx, start, end, trigger):
        # "a missile fired from Yemen was shot down by Israel", "the base hit by the British
        # missiles was used to train rebels": the relative ends at the
        # sentence's own verb
        clause_end = next((i for i in range(end, clause_end) if _starts_a_verb(ctx, i)),
                          clause_end)
    nominal = is_nominal(ctx, start, trigger) and not that_clause
    if trigger.object_words:
        # "restored some of the US sanctions on Iran": the target follows the object noun
        # as it follows an event noun, and "US" is whose sanctions they are
        found = object_word_at(ctx, start, end, trigger)
        if found is None and relative_object_holds(ctx, start, trigger.object_words):
            # "the contract Russia signed with Iran": the object stands before the relative
            # clause, whose verb is followed as any verb is, up to the sentence's own verb
            # ("the sanctions the UN imposed last month hit Iranian banks")
            clause_end = next((i for i in range(end, clause_end) if _starts_a_verb(ctx, i)),
                              clause_end)
        elif found is None:
            # a passive verb whose subject holds the object word: a target preposition
            # follows it as it follows the noun ("sanctions were imposed on North Korea")
            if not passive_verb(ctx, start, trigger):
                return None
            nominal = True
        else:
            if found >= end and ctx.lower[found] in ctx.hashes.actor_nouns:
                # "designated five Chinese companies": the object names whom it targets
                owner = _adjective_ending_at(ctx, found) or _adjective_ending_at(
                    ctx, found - 1)
                if owner is not None and owner.id not in exclude:
                    return owner
            if found >= end:
                # a warning's object says what it is about ("voiced grave concern over the
                # US test"), whom any preposition then names; else as after an event noun
                start = end = found + 1
                nominal = trigger.type != "warning"
    if nominal and trigger.subject_is_target and (accused := _adjective_owner(
            ctx, start, ctx.clause_start(start, ctx.sentence_bounds(start)[0]))) is not None \
            and accused.id not in exclude:
        return accused  # "citing Iranian violations": Iran is accused
    if nominal:
        prepositions = ctx.hashes.target_prepositions
        if ctx.lower[end - 1] in prepositions or (
                trigger.type in MEETING_TYPES and ctx.lower[end - 1] == ctx.hashes.to
                and _actor_right_after_to(ctx, end - 1, clause_end)):
            after = end  # the trigger holds its preposition: "sanctions on", "visit to"
        elif end < len(ctx.lower) and ctx.lower[end] in prepositions:
            after = end + 1  # "strikes against militant camps in Afghanistan": Afghanistan
        elif end < len(ctx.lower) and ctx.lower[end] == ctx.hashes.to \
                and _actor_right_after_to(ctx, end, clause_end):
            after = end + 1  # "a warning to North Korea", not "a proposal to eliminate ..."
        elif end < len(ctx.lower) and ctx.lower[end] == ctx.hashes.of:
            # "the deployment of a THAAD battery to Israel": past the object of "of", where
            # it goes or whom it is aimed at
            stop = next((i for i in range(end + 1, min(clause_end, end + NOUN_TARGET_WINDOW))
                         if ctx.lower[i] in ctx.hashes.object_stops), None)
            if stop is None or not (ctx.lower[stop] in prepositions
                                    or ctx.lower[stop] == ctx.hashes.to):
                return None
            after = stop + 1
        else:
            return None
        found = actor_after(ctx, after, min(clause_end, after + NOUN_TARGET_WINDOW), exclude)
        if found is not None and _at_venue(ctx, found, after, trigger):
            return None  # "the talks at NATO headquarters": where they were held
        if found is None and _state_word_between(ctx, after + 1, min(after + 2, clause_end)):
            # "sanctions on the country": the state the text is about
            found = ctx.salient_state(start)
            return found if found is not None and found.id not in exclude else None
        # "fired two interceptors at rockets launched from Syria": where from, no target
        return None if found is None or ctx.lower[found.start - 1] == FROM else found
    places = ctx.hashes.place_prepositions if trigger.type in ctx.extractor.place_events \
        else frozenset()
    # "fired a missile ahead of the summit between Kim and Trump", "tested a rocket in breach
    # of UN resolutions": no target past another event's noun or phrase (a participle may
    # qualify the object: "shot down a missile fired from Yemen by Houthi rebels")
    clause_end = next((i for i in range(end, clause_end) if i in ctx.noun_trigger_starts
                       or i in ctx.phrase_trigger_starts), clause_end)
    i = end
    while (found := actor_after(ctx, i, clause_end, exclude)) is not None:
        before = _phrase_preposition(ctx, found.start, end)
        if ctx.lower[before] != FROM and ctx.lower[before] not in places \
                and may_be_target(ctx, found, end, trigger, clause_end) \
                and not _owner_of_what_is_warned(ctx, found, end, trigger) \
                and not _observer(ctx, found, end):
            return found
        # "fired a missile from Yemen toward Israel": Yemen is where from; "missiles
        # launched around Taiwan" in a test: where they flew
        i = found.end
    return None


def _observer(ctx: DocContext, actor: Mention, floor: int) -> bool:
    """Is ``actor`` who watched the event, after a phrase of lexicon observer-phrases and
    at most its title ("tested a missile in the presence of President Raisi")?"""
    i = actor.start
    while i > floor and ctx.doc[i - 1].is_title:
        i -= 1  # the title before the name
    if i - 2 > floor and ctx.lower[i - 1] in ctx.hashes.possessive_marks \
            and (owner := _actor_ending_at(ctx, i - 1)) is not None:
        i = owner.start  # "in the presence of China's Foreign Minister Wang Yi"
    words = [t.lower_ for t in ctx.doc[max(floor, i - OBSERVER_WORDS):i]]
    return any(words[-len(phrase):] == phrase for phrase in ctx.extractor.observer_phrases)


def _owner_of_what_is_warned(ctx: DocContext, actor: Mention, end: int, trigger: Trigger
                             ) -> bool:
    """"warned Iran's enrichment would breach the deal": right after a verb of warning, a
    possessive whose noun a verb follows (lexicons passive-auxiliaries, perfect-auxiliaries,
    modal-verbs) opens what is warned of, not whom it is addressed to ("condemned North
    Korea's launch", "warned Iran's leaders that ..." still are)."""
    lower, hashes = ctx.lower, ctx.hashes
    if trigger.type != "warning" or actor.start != end or actor.end + 1 >= len(lower) \
            or lower[actor.end] not in hashes.possessive_marks:
        return False
    for i in range(actor.end + 2, min(actor.end + 2 + NOUN_PHRASE_WINDOW, len(lower))):
        if lower[i] in hashes.auxiliaries:
            return True
        if lower[i] in hashes.object_stops or (
                lower[i] in hashes.clause_breaks and lower[i] not in hashes.quote_marks):
            return False
    return False


def may_be_target(ctx: DocContext, actor: Mention, end: int, trigger: Trigger,
                  limit: int | None = None) -> bool:
    """Can ``actor``, after a trigger ending at ``end`` (by word positions or a parse), be its
    target: not the place of a treaty act or talks, nor a party named before a treaty (that
    begins before ``limit``, by default the sentence's end)?"""
    if limit is None:
        _, limit = ctx.sentence_bounds(end - 1)
    return not _at_venue(ctx, actor, end, trigger) \
        and not _names_treaty_parties(ctx, actor, limit)


def _names_treaty_parties(ctx: DocContext, actor: Mention, clause_end: int) -> bool:
    """Does ``actor`` qualify the treaty named right after it ("ratified the U.S.-Russian
    Moscow Treaty", "suspended the Russia-US New START treaty"): one of its parties, not whom
    the event is aimed at? Only names, hyphens and words of a noun phrase between them (no
    preposition or other phrase end, no trigger)."""
    lower = ctx.lower
    for i in range(actor.end, min(actor.end + TREATY_MODIFIER_WORDS, clause_end)):
        if i in ctx.treaty_tokens or lower[i] in ctx.hashes.treaty_nouns:
            return True
        if not (lower[i] in ctx.hashes.hyphens or i in ctx.actor_at or (
                ctx.doc[i].is_alpha and lower[i] not in ctx.hashes.object_stops
                and i not in ctx.trigger_starts)):
            return False
    return False


def _at_venue(ctx: DocContext, actor: Mention, floor: int, trigger: Trigger) -> bool:
    """Is ``actor`` where an event of venue-events took place, after a venue-preposition
    ("adopted the treaty at the United Nations headquarters"), not whom it concerns?"""
    if trigger.type not in ctx.extractor.venue_events:
        return False
    before = _phrase_preposition(ctx, actor.start, floor)
    return ctx.lower[before] in ctx.hashes.venue_prepositions


def _after_determiner(ctx: DocContext, start: int, sent_start: int) -> bool:
    """Is a gerund a noun: an article or possessive right before it, or before one word of
    its noun phrase (event-noun-modifiers, weapon-words: "the missile firing", "the
    accidental firing")? Not "the bill revoking ratification", "each accusing the other"."""
    def article(i: int) -> bool:
        return ctx.lower[i] in GERUND_ARTICLES or ctx.lower[i] in ctx.hashes.possessives

    i = start - 1
    if i > sent_start and not article(i) and (
            ctx.lower[i] in ctx.hashes.event_noun_modifiers
            or ctx.lower[i] in ctx.hashes.context_words.get("weapon", ())):
        i -= 1
    if i > sent_start and ctx.lower[i] in ctx.hashes.quote_marks:
        i -= 1  # 'an "adequate warning"': the quotation opens inside the noun phrase
    return i >= sent_start and article(i)


def _phrase_preposition(ctx: DocContext, name: int, floor: int) -> int:
    """The word that opens the phrase of a name after a verb: right before it, or before
    "the" and a few lower-case words and "of" ("around the island of Taiwan": "around"),
    before a person's title ("from the Admiral Kuznetsov": "from") or before a word of
    region-adjectives ("from northern Syria": "from")."""
    before = name - 1
    mention = ctx.actor_at.get(name)
    if mention is not None and mention.info.get("type") == "person":
        while before > floor and name - before <= TITLE_WORDS and ctx.doc[before].is_title \
                and before not in ctx.actor_at:
            before -= 1
    while before > floor and ctx.lower[before] in ctx.hashes.region_adjectives:
        before -= 1
    if before > floor and ctx.lower[before] == ctx.hashes.of:
        i = before - 1
        while i > floor and i > before - 1 - PLACE_NOUN_WORDS and ctx.doc[i].is_lower \
                and ctx.doc[i].is_alpha and ctx.lower[i] != ctx.hashes.the:
            i -= 1
        if i > floor and ctx.lower[i] == ctx.hashes.the:
            return i - 1
        return before
    if before > floor and ctx.lower[before] == ctx.hashes.the:
        before -= 1
    return before


def relative_antecedent(ctx: DocContext, start: int) -> Mention | None:
    """"the United States, which signed but never ratified the pact": the actor right
    before a relative pronoun (lexicon relative-pronouns) is the subject of the verbs
    after it, unless another actor comes between."""
    sent_start, _ = ctx.sentence_bounds(start)
    lower, hashes = ctx.lower, ctx.hashes
    for i in range(start - 1, sent_start, -1):
        if i in ctx.actor_at and _after_of(ctx, ctx.actor_at[i].start):
            continue  # "which branded it a breach of (several) UN resolutions and went on to"
        if lower[i] == hashes.that and i not in ctx.actor_at:
            # "which feared that the test ...": the test's own clause; but in a cleft the
            # actor before "that" acts ("it was the Syrian army that fired the missiles")
            return _cleft_focus(ctx, i, sent_start)
        if i in ctx.actor_at:
            return None
        if lower[i] in hashes.relative_pronouns:
            j = ctx.word_before_comma(i)
            # "the US, Japan and other countries, which ...": over the words closing a list
            floor, k = max(sent_start, j - LIST_CLOSING_WORDS), j
            while k > floor and k not in ctx.actor_at and ctx.doc[k].is_lower \
                    and ctx.doc[k].is_alpha:
                k -= 1
            if k < j and k in ctx.actor_at and lower[ctx.actor_at[k].end] == hashes.and_:
                j = k  # not "US officials who acknowledged receiving warning": no list
            return ctx.actor_at.get(j) if j >= sent_start else None
    return None


def _cleft_focus(ctx: DocContext, that: int, sent_start: int) -> Mention | None:
    """The actor a cleft puts before its "that": "it was Israel that fired", "it is the
    Syrian army that fired" (a word of agent-anaphors may follow a state's adjective), or
    None when the words before "that" are no "it is/was" and an actor."""
    lower, hashes = ctx.lower, ctx.hashes
    j = that - 1
    if j > sent_start and j not in ctx.actor_at and lower[j] in hashes.agent_anaphors:
        j -= 1  # "the Syrian army"
    focus = ctx.actor_at.get(j)
    if focus is None:
        return None
    k = focus.start - 1
    if k > sent_start and lower[k] == hashes.the:
        k -= 1
    if k - 1 < sent_start or lower[k] not in CLEFT_VERBS or lower[k - 1] != IT:
        return None
    return focus


def _after_of(ctx: DocContext, i: int) -> bool:
    """Does "of" stand before token ``i``, over at most two lower-case words ("of several
    U.N. resolutions")?"""
    k = i - 1
    while k > i - 3 and k > 0 and ctx.doc[k].is_lower and ctx.doc[k].is_alpha \
            and ctx.lower[k] != ctx.hashes.of:
        k -= 1
    return k >= 0 and ctx.lower[k] == ctx.hashes.of


def _subject_weapon_relative(ctx: DocContext, clause_start: int, start: int) -> bool:
    """Does the verb at ``start`` open a relative clause set off by commas whose antecedent
    is a weapon, the subject of the verb after the clause ("the missile, which hit a silo,
    was fired by Moscow")? The weapon acts, and its firer is not the sentence's subject; a
    weapon that is an object ("Russia fired a Kinzhal, which struck a depot") is the
    subject's."""
    lower, hashes = ctx.lower, ctx.hashes
    sent_start, sent_end = ctx.sentence_bounds(start)
    pronoun = clause_start - 1 if start == clause_start else start - 1
    if pronoun <= sent_start or lower[pronoun] not in hashes.relative_pronouns:
        return False
    antecedent = pronoun - 2 if lower[pronoun - 1] == hashes.comma else pronoun - 1
    if antecedent < sent_start \
            or lower[antecedent] not in hashes.context_words.get("weapon", frozenset()):
        return False
    closing = next((i for i in range(start, sent_end) if lower[i] == hashes.comma), None)
    return closing is not None and closing + 1 < sent_end and _starts_a_verb(ctx, closing + 1)


def reduced_relative(ctx: DocContext, start: int, trigger: Trigger) -> bool:
    """Is the trigger a participle right after its weapon word ("the missile fired from
    Yemen", "two missiles launched by North Korea") or a system's name: a reduced relative
    clause, whose agent is never the subject before it?"""
    before = start - 1
    if trigger.tense not in ("past", "participle") or before < ctx.sentence_bounds(start)[0]:
        return False
    weapons = ctx.hashes.context_words.get("weapon", frozenset())
    end = start + 1
    if end < len(ctx.lower) and end not in ctx.date_tokens and (
            ctx.lower[end] in ctx.hashes.noun_determiners or end in ctx.treaty_tokens):
        return False  # "Russia's new missile violated the INF Treaty": a verb and its object
    return ctx.lower[before] in weapons or before in ctx.system_ending_at


def _participle_with_by(ctx: DocContext, start: int, end: int, trigger: Trigger) -> bool:
    """A participle with no auxiliary, "by" right after it: a reduced relative clause ("the
    base hit by the British missiles"; "hit" is read as a base form too), also a phrase
    in -ed ("a move disputed by Russia")."""
    return (trigger.tense in ("past", "participle", "base")
            or is_participle_trigger(ctx, start, end, trigger)) \
        and not passive_verb(ctx, start, trigger) \
        and end < len(ctx.lower) and ctx.lower[end] == ctx.hashes.by


def _sides_past_predicate(ctx: DocContext, end: int) -> Mention | None:
    """The sides a meeting noun's predicate names after it with "between" or "among": "talks
    are planned between Berlin and Tehran", "talks will open on Monday among the
    envoys". Only over auxiliaries, dates, capitalised words ("talks in Geneva on March 3
    between ...") and a few lower-case words, in the noun's clause."""
    _, sent_end = ctx.sentence_bounds(end - 1)
    words = 0
    for i in range(end, ctx.clause_end(end, sent_end)):
        if ctx.lower[i] in SIDES_PREPOSITIONS and i not in ctx.date_tokens:
            return actor_after_preposition(ctx, i + 1)
        if i in ctx.date_tokens or ctx.doc[i].is_title:
            continue  # a place or a host: "talks in Vienna", "talks Oman hosted"
        token = ctx.doc[i]
        if not (token.is_alpha and token.is_lower) or i in ctx.trigger_starts:
            return None
        words += 1
        if words > PREDICATE_WORDS:
            return None
    return None


def _starts_a_verb(ctx: DocContext, i: int) -> bool:
    """Does token ``i`` open another verb: a passive auxiliary or a trigger ("... was shot
    down", "... intercepted")?"""
    return ctx.lower[i] in ctx.hashes.passive_auxiliaries or i in ctx.trigger_starts


def _sides_after(ctx: DocContext, end: int) -> Mention | None:
    """The first of the sides a passive names after it in its clause with "between" or
    "among": "the accord reached between Tehran and the six powers", "the deal was
    struck in July after two years of talks among Iran and six powers" (who talked
    concluded it). Not past the clause's end, nor past an actor: "reached with Iran after
    talks between ..." names its side already."""
    _, sent_end = ctx.sentence_bounds(end - 1)
    limit = min(ctx.clause_end(end, sent_end), end + SIDES_REACH)
    for i in range(end, limit):
        if ctx.lower[i] in SIDES_PREPOSITIONS and i not in ctx.date_tokens:
            return actor_after_preposition(ctx, i + 1)
        if i in ctx.actor_at:
            return None
    return None


def treaty_sides(ctx: DocContext, date: int, after: int, treaty: Mention | None = None
                 ) -> list[Mention]:
    """The sides of an agreement named by its date, told right after its name (or its word,
    ``after`` being the token past it): "the 2015 deal between Iran and six powers" (every
    side), "Iran's 2015 accord with the P5+1", "its 2008 agreement with the US" (the side
    after "with", and the state that owns the deal: before its date, the one a possessive
    pronoun stands for, or inside a listed treaty's name; with no owner, "with" names only
    one side of two, and none is taken)."""
    if after + 1 >= len(ctx.doc) or ctx.lower[after] not in OTHER_SIDE_PREPOSITIONS:
        return []
    first = actor_after_preposition(ctx, after + 1)
    if first is None:
        return []
    sides = coordinated(ctx, first)
    if ctx.lower[after] != WITH:
        return sides
    owner = next((ctx.actor_at[i] for i in range(max(0, date - TREATY_OWNER_WORDS), after)
                  if i in ctx.actor_at and ctx.actor_at[i].info.get("type") == "state"), None)
    if owner is None and date > 0 and ctx.lower[date - 1] in ctx.hashes.possessives:
        # "Warsaw made it a condition of its 2008 agreement with the US": whom the pronoun
        # stands for, the state named last before it in its sentence
        sent_start, _ = ctx.sentence_bounds(date)
        nearest = actor_before(ctx, date - 1, sent_start)
        owner = nearest if nearest is not None and nearest.info.get("type") == "state" \
            else None
    if owner is None and treaty is not None:
        # "the 2015 Iran nuclear accord with ...": a state's name inside the treaty's, as the
        # text names that state elsewhere
        states = {m.name: m for m in ctx.actors if m.info.get("type") == "state"}
        owner = next((states[ctx.doc[i].text] for i in range(treaty.start, treaty.end)
                      if ctx.doc[i].text in states), None)
    return [owner, *sides] if owner is not None else []


def by_agent(ctx: DocContext, end: int, sent_end: int) -> Mention | None:
    """The actor after "by" in the words following a passive participle, up to the next
    verb or "that": in "a missile fired from Yemen was shot down by Israel" the "by" is the second
    verb's."""
    for i in range(end, min(end + BY_AGENT_WINDOW, sent_end)):
        if _starts_a_verb(ctx, i) or (ctx.lower[i] == ctx.hashes.that
                                      and i not in ctx.date_tokens):
            return None  # "He warned that any use of the weapons by Syria ...": its clause's
        if ctx.lower[i] != ctx.hashes.by:
            continue
        if i > end and is_participle(ctx, i - 1):
            return None  # "accused Kyiv of using missiles supplied by Washington"
        found = actor_after_preposition(ctx, i + 1) or _state_before_weapon(ctx, i + 1, sent_end)
        if found is not None:  # "signed by Russia and the United States"; "hit by Russian
            return found  # missiles": the state whose weapons they are
        words = ctx.lower[i + 1:min(i + 3, sent_end)]
        if not ctx.hashes.agent_anaphors.isdisjoint(words) and words[0] in (
                ctx.hashes.possessives | ctx.hashes.definite_determiners):
            return ctx.salient_state(i)  # "halted by our country in 2019"
    return None


def _opens_means_clause(ctx: DocContext, i: int) -> bool:
    """Is the word at ``i`` a verb in -ing ("by accusing", "by threatening"): after "by",
    the means, whose object is no agent?"""
    word = ctx.doc[i]
    return word.is_lower and word.is_alpha and len(word) > 4 and word.lower_.endswith("ing")


def _office_set_off_before(ctx: DocContext, comma: int) -> Mention | None:
    """The state's adjective that opens an office ("the French president") right before the
    ``comma`` that sets a name aside after it; else None."""
    if comma < 2 or ctx.lower[comma] != ctx.hashes.comma:
        return None
    office = _office_start(ctx, comma)
    return _adjective_ending_at(ctx, office) if office < comma else None


def _office_start(ctx: DocContext, i: int) -> int:
    """Where the nouns of an office ("foreign secretary", lexicon actor-nouns) that end right
    before ``i`` begin, over at most TITLE_WORDS of them; ``i`` when none ends there."""
    k = i
    while k - 1 >= max(1, i - TITLE_WORDS) and ctx.lower[k - 1] in ctx.hashes.actor_nouns:
        k -= 1
    return k


def _after_treaty_name(ctx: DocContext, start: int) -> bool:
    """"the CFE treaty signed in 1990": a participle right after a treaty is passive."""
    i = start - 1
    while i > 0 and ctx.doc[i].is_punct:
        i -= 1
    return i in ctx.treaty_tokens or ctx.lower[i] in ctx.hashes.treaty_nouns


def coordinated(ctx: DocContext, actor: Mention) -> list[Mention]:
    """"Both Russia and China warned": every actor joined to ``actor`` by and/commas. A
    comma joins only inside a list that "and" closes ("Russia, China and Iran"), not two
    clauses ("... at Ukraine, Putin warns")."""
    lower, hashes = ctx.lower, ctx.hashes
    found = [actor]
    comma = hashes.comma
    i = actor.start - 1
    if actor.info.get("type") == "person":
        # "Kim Jong Un and Russian President Vladimir Putin"
        i = _before_title(ctx, i, actor.info.get("title") or "")
        office = _office_set_off_before(ctx, i)
        if office is not None:
            # "the Italian premier and the German chancellor, Olaf Scholz, met": the list
            # goes on before the office the name is set aside after
            found.insert(0, office)
            i = office.start - 1
    i = _before_compound(ctx, i)  # "Iran and the so-called E3"
    if i > 0 and lower[i] == hashes.the:
        i -= 1  # "Russia and the United States"
    elif i > 0 and lower[i] in PERSONAL_POSSESSIVES and lower[i - 1] in hashes.coordinators:
        i -= 1  # "Abe and his Australian counterpart": the person the pronoun stands for
    # a headline's list opens it with commas alone ("US, Russia extend New START"), not
    # "Russia fires missile at Ukraine, Putin warns West"
    headline_list = ctx.in_headline(actor.start)
    # "the US, Japan and other countries": "and other(s)" closes the list after the actor
    joined_by_and = actor.end + 1 < len(lower) and lower[actor.end] == hashes.and_ \
        and lower[actor.end + 1] in hashes.list_closers
    while i > 0 and ((before_phrase := _joining_phrase_ending(ctx, i)) is not None
                     or lower[i] in hashes.coordinators):
        at_comma = before_phrase is None and lower[i] == comma
        if before_phrase is not None:
            i = before_phrase + 1  # "Latvia, as well as Poland": as after "and"
        previous = ctx.actor_at.get(i - 1)
        if previous is None and _serial_comma(ctx, i):
            previous = ctx.actor_at.get(i - 2)  # "Russia, China, and Iran"
        if at_comma and not joined_by_and and not (
                headline_list and previous is not None
                and previous.start == ctx.sentence_bounds(previous.start)[0]):
            break
        joined_by_and = True
        if previous is None and (found[0].role == "adjective" or (
                found[0].end < len(lower) and ctx.doc[found[0].end].is_lower)):
            # "Russian and American diplomats", "Russian and US delegations"; over the nouns
            # of its office ("the British foreign secretary and the German chancellor")
            previous = _adjective_ending_at(ctx, _office_start(ctx, i))
        if previous is None:
            break
        found.insert(0, previous)
        i = _before_compound(ctx, previous.start - 1)
        if i > 0 and lower[i] == hashes.the:
            i -= 1
    i = actor.end  # "by Barack Obama and Dmitry Medvedev"
    person = _person_after(ctx, i)  # "between French President Emmanuel Macron and ..."
    if person is not None and not any(lower[k] in hashes.coordinators
                                      for k in range(i, person.start)):
        found.append(person)
        i = person.end
    elif actor.role == "adjective":  # "the British foreign secretary and the German chancellor"
        office = i
        while i < min(office + TITLE_WORDS, len(lower) - 1) and lower[i] in hashes.actor_nouns:
            i += 1
    while i + 1 < len(lower) and ((after_phrase := _joining_phrase_starting(ctx, i)) is not None
                                  or lower[i] in hashes.coordinators):
        if after_phrase is not None:
            i = after_phrase - 1  # "Latvia, as well as Poland": as "and"
        elif lower[i] == comma and _serial_comma(ctx, i + 1):
            i += 1  # "Russia, China, and Iran"
        j = _after_compound(ctx, i + 2 if lower[i + 1] == hashes.the else i + 1)
        j = _past_descriptor(ctx, j)  # "along with Nordic allies Denmark and Norway"
        if j not in ctx.actor_at and j + 1 < len(lower) and lower[j] in hashes.office_times:
            j += 1  # "and then German Foreign Minister Frank-Walter Steinmeier"
        following = ctx.actor_at.get(j)
        if following is None and lower[i + 1] == hashes.the:
            # "and the Director-General of the IAEA": the body the office holder serves
            following = _served_body(ctx, i + 2)
            j = following.start if following is not None else j
        if following is None and lower[i + 1] == hashes.the:
            # "and the countries known as the E3": the name a description is known by
            following = known_as(ctx, i + 2)
            j = following.start if following is not None else j
        if following is None and (titled := _actor_after_title(ctx, i + 1)) is not None:
            # "and then-Russian-President Boris Yeltsin", "and President ...": an actor
            # after the words of an office
            following, j = titled, titled.start
        if following is not None and following.start == i + 1:
            j = i + 1  # a name that holds its "the": "Argentina, the Bahamas, Portugal"
        if following is None or following.start != j:
            break
        if lower[i] == comma and not (
                following.end < len(lower) and lower[following.end] in hashes.coordinators) \
                and not (headline_list
                         and found[0].start == ctx.sentence_bounds(found[0].start)[0]):
            break  # "at Ukraine, Putin warns": no list goes on after the comma (but a
            # headline's list that opens it: "US, Iran to resume talks")
        found.append(following)
        i = following.end
        if following.role == "adjective" or following.info.get("type") == "state":
            # "... and Russian President Dmitry Medvedev", "and U.S. President Ronald Reagan"
            person = _person_after(ctx, i)
            if person is not None:
                found.append(person)
                i = person.end
    return with_hyphen_partners(ctx, found)


def known_as(ctx: DocContext, first: int) -> Mention | None:
    """The actor a description starting at ``first`` is known by, a few words on: "the
    three European states known as the E3", "the group called the P5+1"."""
    for i in range(first, min(first + KNOWN_AS_WORDS, len(ctx.lower) - 2)):
        if ctx.doc[i].lower_ == "known" and ctx.doc[i + 1].lower_ == "as":
            after = i + 2
        elif ctx.doc[i].lower_ in ("called", "dubbed"):
            after = i + 1
        else:
            continue
        after += ctx.lower[after] == ctx.hashes.the
        return ctx.actor_at.get(after)
    return None


def possessed_actor(ctx: DocContext, actor: Mention) -> Mention | None:
    """The actor right after ``actor``'s possessive mark: the Houthis of "Yemen's Houthi
    rebels"."""
    i = actor.end
    if i + 1 >= len(ctx.lower) or ctx.lower[i] not in ctx.hashes.possessive_marks:
        return None
    owned = ctx.actor_at.get(i + 1)
    return owned if owned is not None and owned.start == i + 1 else None


def with_hyphen_partners(ctx: DocContext, found: list[Mention]) -> list[Mention]:
    """The actors joined to the first and last of ``found`` by hyphens with no space, all
    sides of one compound ("the Russia-Iran-Azerbaijan summit", "US-China talks")."""
    before: list[Mention] = []
    i = found[0].start
    while i >= 2 and _hyphen_joins(ctx, i - 1) and (previous := (
            _actor_ending_at(ctx, i - 1) or _adjective_ending_at(ctx, i - 1))) is not None:
        before.insert(0, previous)
        i = previous.start
    after: list[Mention] = []
    i = found[-1].end
    while i + 1 < len(ctx.lower) and _hyphen_joins(ctx, i) \
            and (following := ctx.actor_at.get(i + 1) or ctx.adjective_at.get(i + 1)) \
            and following.start == i + 1:
        after.append(following)
        i = following.end
    return [*before, *found, *after] if before or after else found


def _serial_comma(ctx: DocContext, i: int) -> bool:
    """Is the coordinator at ``i`` ("and", "&") the last joint of a list of three or more,
    after a serial comma ("Russia, China, and Iran"), and so no second clause ("at Ukraine,
    and Japan said")?"""
    lower, comma = ctx.lower, ctx.hashes.comma
    if i < 4 or lower[i] == comma or lower[i] not in ctx.hashes.coordinators \
            or lower[i - 1] != comma:
        return False
    last = ctx.actor_at.get(i - 2)
    if last is None or last.start < 2 or lower[last.start - 1] != comma:
        return False
    return last.start - 2 in ctx.actor_at


def _before_compound(ctx: DocContext, i: int) -> int:
    """The token before a hyphenated lower-case compound that ends at ``i`` ("so-called",
    "newly-elected"), or ``i`` itself when none does."""
    j = i
    while j > 1 and _hyphen_joins(ctx, j - 1) and ctx.doc[j].is_lower \
            and ctx.doc[j - 2].is_lower:
        j -= 2
    return j - 1 if j != i else i


def _after_compound(ctx: DocContext, i: int) -> int:
    """The token after a hyphenated lower-case compound that starts at ``i`` ("so-called"),
    or ``i`` itself when none does."""
    doc, j = ctx.doc, i
    while j + 2 < len(doc) and _hyphen_joins(ctx, j + 1) and doc[j].is_lower \
            and doc[j + 2].is_lower:
        j += 2
    return j + 1 if j != i else i


def _hyphen_joins(ctx: DocContext, k: int) -> bool:
    """Is token ``k`` (not the first) a hyphen with no space on either side, joining the
    words around it ("so-called", "Russia-Iran")?"""
    return ctx.lower[k] in ctx.hashes.hyphens and not ctx.doc[k - 1].whitespace_ \
        and not ctx.doc[k].whitespace_


def _actor_after_title(ctx: DocContext, i: int) -> Mention | None:
    """The actor named first after the words of an office from ``i`` on: capitalised words,
    hyphens and "then" ("then-Russian-President Boris Yeltsin": Russia, whose president
    :func:`coordinated` adds)."""
    for k in range(i, min(i + NAME_OFFICE_TOKENS + 1, len(ctx.lower))):
        actor = ctx.actor_at.get(k)
        if actor is not None and actor.start == k:
            return actor
        if not (ctx.doc[k].is_title or ctx.lower[k] in ctx.hashes.hyphens
                or ctx.lower[k] in ctx.hashes.office_times):
            return None
    return None


def _person_after(ctx: DocContext, i: int) -> Mention | None:
    """The person named in the title words from ``i`` on ("| President Dmitry Medvedev"); not
    past a trigger ("a US spokesperson calls Shoigu's claim false")."""
    for k in range(i, min(i + TITLE_WORDS + 1, len(ctx.lower))):
        if k in ctx.trigger_starts:
            return None
        if k in ctx.actor_at and ctx.actor_at[k].start == k \
                and ctx.actor_at[k].info.get("type") == "person":
            return ctx.actor_at[k]
    return None


def _as_what_the_act_served(ctx: DocContext, start: int, clause_start: int) -> bool:
    """Is the event noun at ``start`` what the clause's act served as: "as" and an article
    right before it ("as a warning to"; not "as long as talks continue")?"""
    at = start - 2
    return at > clause_start and ctx.lower[at] == ctx.hashes.as_ \
        and ctx.lower[at + 1] in ctx.hashes.noun_determiners


def opening_phrase_end(ctx: DocContext, start: int) -> int | None:
    """The comma that closes a phrase opening the sentence with a word of scene-prepositions
    and holding ``start`` ("During talks in Geneva, | Russia and ..."), or None."""
    sent_start, sent_end = ctx.sentence_bounds(start)
    if ctx.lower[sent_start] not in ctx.hashes.scene_prepositions:
        return None
    comma = ctx.hashes.comma
    close = next((k for k in range(start, sent_end) if ctx.lower[k] == comma), None)
    if close is None or comma in ctx.lower[sent_start:start]:
        return None
    return close


def subject_after_opening_phrase(ctx: DocContext, start: int) -> Mention | None:
    """The actor right after the comma that closes a phrase opening the sentence with a word
    of scene-prepositions and holding ``start`` ("During talks in Geneva, | Russia and ...")."""
    close = opening_phrase_end(ctx, start)
    if close is None:
        return None
    sent_end = ctx.sentence_bounds(start)[1]
    after = close + 2 if close + 2 < sent_end and ctx.lower[close + 1] == ctx.hashes.the \
        else close + 1
    return ctx.actor_at.get(after)


def _served_body(ctx: DocContext, i: int) -> Mention | None:
    """The actor after an office in capitals and "of" from ``i`` on ("Director-General of
    the IAEA", "Secretary-General of NATO")."""
    lower, doc = ctx.lower, ctx.doc
    for k in range(i, min(i + OFFICE_TOKENS + 1, len(lower))):
        if lower[k] == ctx.hashes.of and k > i:
            after = k + 2 if k + 1 < len(lower) and lower[k + 1] == ctx.hashes.the else k + 1
            return ctx.actor_at.get(after)
        if not (doc[k].is_title or lower[k] in ctx.hashes.hyphens) or k in ctx.actor_at:
            return None
    return None


def _before_title(ctx: DocContext, i: int, title: str) -> int:
    """The token before a person's title and its state adjective ("and | Russian President
    Vladimir Putin", "and | Chinese leader Xi Jinping" when the person has a title, "and |
    Czech Minister of Foreign Affairs Jan Kohout" over all its words), when a
    coordinator stands there; else ``i`` unchanged."""
    titled = bool(title)
    k, steps, limit = i, 0, max(TITLE_WORDS, len(title.split()))
    while k > 0 and steps <= limit and ctx.lower[k] not in ctx.hashes.coordinators:
        if ctx.doc[k].text in POSSESSIVES and (owner := _actor_ending_at(ctx, k)) is not None:
            k, steps = owner.start - 1, steps + 1  # "and | North Korea's Kim Jong Un"
        elif _hyphen_joins(ctx, k) or ctx.lower[k] in ctx.hashes.office_times:
            k -= 1  # "and | then-Chinese President Hu Jintao": no word of the title
        elif ctx.doc[k].is_title or (titled and ctx.doc[k].is_alpha):
            k, steps = k - 1, steps + 1
        else:
            break
    return k if steps and k > 0 and ctx.lower[k] in ctx.hashes.coordinators else i


def _actor_ending_at(ctx: DocContext, end: int) -> Mention | None:
    """The actor whose name (of up to four tokens) ends right before ``end``."""
    return _mention_ending_at(ctx.actor_at, end, 4)


def _adjective_ending_at(ctx: DocContext, end: int) -> Mention | None:
    return _mention_ending_at(ctx.adjective_at, end, 3)


def _mention_ending_at(mentions: dict[int, Mention], end: int, tokens: int
                       ) -> Mention | None:
    """The mention of ``mentions`` (keyed by its start, or by each of its tokens) of up to
    ``tokens`` tokens that ends right before ``end``: the nearest one found looking back from
    ``end``, if that one ends there."""
    for start in range(end - 1, max(end - 1 - tokens, -1), -1):
        mention = mentions.get(start)
        if mention is not None:
            return mention if mention.end == end else None
    return None


def is_joint(ctx: DocContext, start: int, clause_start: int) -> bool:
    """A word such as "bilateral" in the three words before the trigger."""
    return any(h in ctx.hashes.joint_cues
               for h in ctx.lower[max(clause_start, start - JOINT_CUE_WINDOW):start])


def speaker_state(source: Mention, actors: list[dict], state_names: dict[str, str]
                  ) -> list[dict]:
    """For an event of two parties ("bilateral dialogue") that names one state or none: the
    state the speaker speaks for, as the other party ("Washington is ready to resume
    bilateral dialogue", Putin said: Russia)."""
    state = source.state
    states = {a["id"] for a in actors if a["id"] in state_names}
    if not state or state in states or len(states) >= 2:
        return []
    return [{"id": state, "name": state_names.get(state, state), "role": "agent"}]


def actor_refs(actor: Mention, role: str, names: dict[str, str]) -> list[dict]:
    """The actor, and beside a person or organisation the state it belongs to, or beside a
    group the states it is made of ("the E3": France, Germany and the United Kingdom)."""
    refs = [{"id": actor.id, "name": actor.name, "role": role}]
    country = actor.info.get("acts_for", actor.info.get("country"))
    if actor.info.get("type") != "state" and country and country != actor.id:
        refs.append({"id": country, "name": names.get(country, country), "role": role})
    refs.extend({"id": state, "name": names.get(state, state), "role": role}
                for state in actor.info.get("members", ()))
    return refs


def only_system_of_agents(ctx: DocContext, actors: list[dict], used: set[str],
                          carriers: frozenset[str] = frozenset()) -> list[str]:
    """"Pakistan tests ballistic missile ... The Ababeel can carry ...": a weapon event that
    names no system takes the one system of its agents' country the document names, when no
    other event has claimed it (two tests, one named, are not one system); the aircraft
    that carry weapons (``carriers``) do not count."""
    countries = {ctx.info.get(f"actor:{actor['id']}", {}).get("country")
                 for actor in actors if actor["role"] == "agent"} - {None}
    if not countries:
        return []
    owned = {m.id for m in ctx.systems if m.id not in carriers
             and ctx.info.get(f"system:{m.id}", {}).get("country") in countries}
    return sorted(owned) if len(owned) == 1 and not owned & used else []
