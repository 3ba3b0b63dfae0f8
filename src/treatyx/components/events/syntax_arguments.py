"""Agents and targets from a dependency parse, for the sentences a trained pipeline parsed
(``--model``; see ``components/syntax.py``).

The subject of an active verb is its agent, the "by" phrase of a passive one; a verb without a
subject of its own takes that of the verb it depends on ("decided to withdraw", "... and
suspended"); a pronoun subject ("it fired") is the subject of a verb above it ("North Korea
said it fired"). A noun's agent is its owner ("Russia's withdrawal"), a state adjective
("the Russian withdrawal"), a "by"/"from"/"between" phrase, or the subject of a light verb whose
object it is ("conducted a test", lexicon ``light-verbs``); for a noun that is the object of
any other verb ("detected the launch", "condemned the test") the parse names no agent. Targets
are objects and the phrases of the lexicon's ``target-prepositions``.

The agents the parse finds decide alone where its construction is unambiguous (a passive's
"by" phrase, a relative clause, a noun's owner: ``sure``); otherwise they only fill in where
the word-position rules find no agent, since a small parser often misreads headlines,
datelines and quotes. A parse that finds no agent never removes one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..syntax import Parse
from .arguments import known_as, names_a_weapon
from .context import DocContext, Mention
from .triggers import Trigger

ACTIVE_SUBJECTS = frozenset({"nsubj"})
PASSIVE_MARKS = frozenset({"nsubjpass", "auxpass"})
AGENT_PHRASE = frozenset({"agent"})  # the "by" of a passive
OBJECTS = frozenset({"pobj"})  # the object of a preposition
INHERITS_SUBJECT = frozenset({"xcomp", "conj", "advcl", "ccomp"})
PHRASE_PARTS = frozenset({"compound", "poss", "amod", "nmod", "appos", "flat", "conj", "cc",
                          "det", "case", "nummod", "pobj"})
PHRASE_PREPOSITIONS = frozenset({"of", "from", "in"})  # "officials of/from/in Russia"
AGENT_PREPOSITIONS = frozenset({"by", "from", "between", "among"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
PRONOUN_TAGS = frozenset({"PRP"})
MAX_CLIMB = 4  # verbs climbed to find a subject
NEITHER_NOR = frozenset({"neither", "nor"})


@dataclass
class SyntaxArguments:
    agents: list[Mention] | None = None  # None: the parse cannot tell
    targets: list[Mention] | None = None
    sure: bool = False  # an unambiguous construction: the parse decides alone


NOTHING = SyntaxArguments()


def syntax_actors(ctx: DocContext, start: int, end: int, trigger: Trigger) -> SyntaxArguments:
    """The agents and targets of the trigger at ``start:end`` from the parse."""
    parse: Parse | None = ctx.doc._.treatyx_parse
    if parse is None or not parse.parsed(start):
        return NOTHING
    head = _span_head(parse, start, end)
    if parse.pos[head] == "PROPN" and trigger.tense != "noun":
        return NOTHING  # a verb tagged as a name: "Washington and Bucharest Sign Shield Pact"
    if parse.pos[head] in NOUN_TAGS or trigger.tense == "noun":
        agents, sure = _noun_agents(ctx, parse, head, start)
    else:
        agents, sure = _verb_agents(ctx, parse, head, MAX_CLIMB)
        if agents and all(_where_a_weapon_came_from(ctx, parse, a) for a in agents):
            # "Missile from Yemen shot down over Riyadh" (a headline's passive without "was"): the
            # weapon's origin is no agent the parse can vouch for; word positions decide
            agents, sure = None, False
        if sure and agents and trigger.type in ctx.extractor.speech_events:
            # "threatened by a US naval missile system": a weapon says nothing, as by word
            # positions (arguments._by_agent_of)
            agents = [a for a in agents if not names_a_weapon(ctx, a)] or None
            sure = agents is not None
    return SyntaxArguments(agents, _targets(ctx, parse, head, start, end), sure)


def _where_a_weapon_came_from(ctx: DocContext, parse: Parse, actor: Mention) -> bool:
    """Is ``actor`` the object of a "from" phrase that qualifies a weapon word ("a missile
    from Yemen")?"""
    preposition = parse.heads[actor.end - 1]
    weapons = ctx.hashes.context_words.get("weapon", frozenset())
    return parse.deps[actor.end - 1] == "pobj" and parse.lemmas[preposition].lower() == "from" \
        and ctx.lower[parse.heads[preposition]] in weapons


def _span_head(parse: Parse, start: int, end: int) -> int:
    """The token of the trigger whose head lies outside it ("withdrew" of "withdrew from")."""
    for i in range(start, end):
        if not start <= parse.heads[i] < end or parse.heads[i] == i:
            return i
    return start


def phrase_actors(ctx: DocContext, parse: Parse, token: int) -> list[Mention]:
    """The actors a noun phrase names: itself ("Russia"), its parts ("South Korea's
    military", "Russian officials", "Russia and China"), or an "of"/"from"/"in" phrase
    ("officials from Japan"); not a state that only qualifies others than it ("U.S. media",
    lexicon other-party-nouns; an alliance's allies are still its members)."""
    found: dict[int, Mention] = {}
    stack = [token]
    seen = set()
    others = ctx.lower[token] in ctx.hashes.other_party_nouns
    while stack:
        i = stack.pop()
        if i in seen:
            continue
        seen.add(i)
        actor = ctx.actor_at.get(i)
        if actor is not None and not (others and actor.info.get("type") == "state"):
            found.setdefault(actor.start, actor)
        for child in parse.children(i):
            dep = parse.deps[child]
            if dep == "conj" and _negated_conjunct(parse, child):
                continue  # "the General Assembly and neither Iran nor Israel"
            if dep == "acl" and (named := known_as(ctx, i)) is not None:
                found.setdefault(named.start, named)  # "the powers known as the P5+1"
            if dep in PHRASE_PARTS or (
                    dep == "prep" and parse.lemmas[child].lower() in PHRASE_PREPOSITIONS):
                stack.append(child)
    return [found[k] for k in sorted(found)]


def _negated_conjunct(parse: Parse, token: int) -> bool:
    """Does a conjunct open with "neither" or "nor" (a parse that joined the subject of a
    clause of its own to the phrase before it)?"""
    return any(parse.lemmas[c].lower() in NEITHER_NOR for c in parse.children(token))


def _children(parse: Parse, token: int, deps: frozenset[str]) -> list[int]:
    return [c for c in parse.children(token) if parse.deps[c] in deps]


def _verb_agents(ctx: DocContext, parse: Parse, verb: int, climb: int
                 ) -> tuple[list[Mention] | None, bool]:
    if _children(parse, verb, PASSIVE_MARKS) or (
            parse.deps[verb] == "acl" and parse.tags[verb] == "VBN"):
        return _by_phrase(ctx, parse, verb), True  # "missiles launched by North Korea"
    subjects = _children(parse, verb, ACTIVE_SUBJECTS)
    if subjects:
        return _subject_actors(ctx, parse, subjects[0], verb, climb), False
    dep, governor = parse.deps[verb], parse.heads[verb]
    if dep == "relcl":  # "the United States, which signed ..."
        actors = phrase_actors(ctx, parse, governor)
        return actors or None, bool(actors)
    if dep in INHERITS_SUBJECT and governor != verb and climb > 0:
        agents, _ = _verb_agents(ctx, parse, governor, climb - 1)
        return agents, False
    return None, False


def _subject_actors(ctx: DocContext, parse: Parse, subject: int, verb: int, climb: int
                    ) -> list[Mention] | None:
    actors = phrase_actors(ctx, parse, subject)
    if actors:
        return actors
    if parse.tags[subject] in PRONOUN_TAGS:
        # "North Korea said it fired": the pronoun is the subject of a verb above.
        for above in parse.ancestors(verb):
            if climb <= 0:
                break
            climb -= 1
            subjects = _children(parse, above, ACTIVE_SUBJECTS)
            if subjects and parse.tags[subjects[0]] not in PRONOUN_TAGS:
                return phrase_actors(ctx, parse, subjects[0]) or None
    return None


def _by_phrase(ctx: DocContext, parse: Parse, verb: int) -> list[Mention]:
    for by in _children(parse, verb, AGENT_PHRASE):
        for obj in _children(parse, by, OBJECTS):
            return phrase_actors(ctx, parse, obj)
    return []  # a passive without "by": no agent in the sentence


def _noun_agents(ctx: DocContext, parse: Parse, noun: int, start: int
                 ) -> tuple[list[Mention] | None, bool]:
    for child in parse.children(noun):
        dep = parse.deps[child]
        if dep == "poss":
            if parse.tags[child] == "PRP$":
                return None, False  # "its withdrawal": whose, the word-position rules say
            return phrase_actors(ctx, parse, child), True
        if dep in ("amod", "compound", "nmod") and child in ctx.actor_at:
            return [ctx.actor_at[child]], True  # "the Russian withdrawal", "a US test"
        if dep == "prep" and parse.lemmas[child].lower() in AGENT_PREPOSITIONS:
            # "inspections by the IAEA": a fallback only, as the word rules read "by" too
            # (only a name as its object: "a break from years of US policy" is none)
            actors = [a for obj in _children(parse, child, OBJECTS)
                      if parse.pos[obj] == "PROPN"
                      for a in phrase_actors(ctx, parse, obj)]
            if actors:
                return actors, False
    governor = parse.heads[noun]
    if parse.deps[noun] in ("dobj", "attr") and governor != noun:
        if ctx.names_its_object(governor, start):
            return [], False  # "Japan called the tests regrettable": not Japan's tests
        if parse.lemmas[governor].lower() in ctx.extractor.light_verbs:
            agents, _ = _verb_agents(ctx, parse, governor, MAX_CLIMB)
            return agents, False
        return [], False  # "Japan detected the launch": the parse names no launcher
    return None, False


def _targets(ctx: DocContext, parse: Parse, head: int, start: int, end: int
             ) -> list[Mention] | None:
    """Objects and target phrases ("fired at Israel", "talks with Washington")."""
    found: list[Mention] = []
    for child in parse.children(head):
        dep = parse.deps[child]
        if dep == "dobj" or (dep == "prep" and parse.lemmas[child].lower()
                             in ctx.extractor.target_prepositions):
            objects = [child] if dep == "dobj" else _children(parse, child, OBJECTS)
            for obj in objects:
                found.extend(a for a in phrase_actors(ctx, parse, obj)
                             if not start <= a.start < end and not _past_a_colon(ctx, end, a))
    return found or None


def _past_a_colon(ctx: DocContext, end: int, actor: Mention) -> bool:
    """Is a colon between the trigger and ``actor``? A headline's "Jets strike depot near
    the port: US officials" names its source after it, never the verb's object."""
    return any(ctx.doc[i].text == ":" for i in range(end, actor.start))


NEGATIONS = frozenset({"neg"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "prep", "attr"})


def negation_misses_noun(ctx: DocContext, start: int, end: int) -> bool:
    """For an event noun that a negation cue marked negated: does the parse show the
    negation belongs to another verb, one that merely has the event as its object ("Israel
    has still not answered the latest rocket attack", "did not condemn the test")? A
    negation of a light verb ("did not conduct a test", lexicon light-verbs), of a verb that
    passes it on ("would not include tests", lexicon negation-passing-verbs) or the word
    "no" ("no test", "no point in the talks", as the words read it) stays. False where the
    parse cannot tell."""
    parse: Parse | None = ctx.doc._.treatyx_parse
    if parse is None or not parse.parsed(start):
        return False
    noun = _span_head(parse, start, end)
    sent_start, _ = ctx.sentence_bounds(start)
    negations = [i for i in range(sent_start, start) if parse.deps[i] in NEGATIONS
                 or (parse.deps[i] == "det" and parse.lemmas[i].lower() == "no")]
    if not negations:
        return False
    for negation in negations:
        verb = parse.heads[negation]
        if parse.deps[negation] == "det":
            return False  # "no point in the talks", "no test": the words' reading stands
        if verb == noun or verb in ctx.light_verb_tokens \
                or parse.lemmas[verb].lower() in ctx.extractor.negation_passing_verbs \
                or parse.lemmas[verb].lower() == "be":
            return False  # (nor of a verb it passes through: "would not include tests"; nor
            # of "be": "will not be at the talks" takes no part in them)
        # the noun must hang from that verb as its object, through prepositions only
        i, steps = noun, 0
        while i != verb and parse.deps[i] in OBJECT_DEPS and steps < MAX_CLIMB:
            if _says_none(parse, i):
                return False  # "did not contain any threat of sanctions": none at all
            i, steps = parse.heads[i], steps + 1
        if i != verb:
            return False
    return True


def _says_none(parse: Parse, noun: int) -> bool:
    """Is the noun at ``noun`` determined by "any" ("did not make any threat"), which puts
    it under the negation of its verb?"""
    return any(parse.deps[c] == "det" and parse.lemmas[c].lower() == "any"
               for c in parse.children(noun))
