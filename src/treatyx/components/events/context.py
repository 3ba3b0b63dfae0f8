"""What the event finder knows about one document, indexed once: token LOWER ids, sentences,
entity mentions, dates, status cues and reporting verbs, each also bucketed by sentence so that
a trigger looks only at its own sentence, never at the whole document."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from spacy.attrs import IS_SPACE, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ... import extensions
from ...matching import token_ids

if TYPE_CHECKING:
    from .extractor import EventExtractor

DATE_TYPES = ("DATE", "TIME")
CROSSHEAD_WORDS = 10  # at most this many words make a line of its own a crosshead
PAGE_LINE_WORDS = 8  # at most this many tokens make a line with no event a byline or caption
SENTENCE_ENDS = frozenset((".", "!", "?", '"', "”", "'", "’"))  # what ends a sentence
CROSSHEAD_ENDS = SENTENCE_ENDS | {":", ")", ","}  # what ends a line that is no crosshead
QUOTED_TERM_WORDS = 3  # words between quotation marks that make a quoted term, not a quote
QUOTED_TITLE_WORDS = 12  # tokens of a document's quoted title at most
TITLE_NOUN_WORDS = 4  # tokens before a quoted title in which its document noun stands
ADJECTIVE_RUN = 6  # tokens of modifiers, hyphens and commas before a weapon word
THE = get_string_id("the")
SERVICE_WORDS = frozenset({get_string_id("air"), get_string_id("naval")})  # "air base"
HYPHEN, EM_DASH, EN_DASH = get_string_id("-"), get_string_id("—"), get_string_id("–")
DOUBLE_HYPHEN = get_string_id("--")  # a dash typed as two hyphens


@dataclass
class Mention:
    """An entity mention as the event finder sees it."""

    start: int
    end: int
    id: str
    name: str
    role: str
    info: dict

    @property
    def state(self) -> str | None:
        """The state this actor is, or the one it acts for or belongs to."""
        if self.info.get("type") == "state":
            return self.id
        return self.info.get("acts_for", self.info.get("country"))


DateMention = tuple[int, int, Span, dict]  # start, end, span, its treatyx_date attributes
NAME_MODIFIERS = 2  # lower-case words between a date and the treaty noun it names
# capitalised words of a body's name between a state's adjective and its actor noun ("the
# Armenian Defense Ministry")
BODY_NAME_WORDS = 2
PLACE_DATELINE_SENTENCES = 10  # sentences (a web page's lines too) a dateline's place may open
DATELINE_WORDS = 12  # tokens of a dateline's place and source before its dash
NAMED_ACTORS = ("state", "person")  # actor types whose names hold no body's trigger
CENTURY = re.compile(r"\d\d")  # a date value that names a century (TimeML "20")
SYSTEM_OPENING_WORDS = 6  # tokens of a sentence in which it opens by naming a system
DATELINE_BARE_WORDS = 3  # a dateline with no comma or source in brackets is this short
OTHER_EVENT_NAME_WORDS = 2  # capitalised words between a date and its event ("Korean War")
DATELINE_DASHES = frozenset(("-", "–", "—", "--"))
APPOSITION_WORDS = 8  # tokens of a phrase set aside after a name ("..., the head of the agency,")
NAME_ASIDE_WORDS = 4  # capitalised words of a name set aside by commas ("..., Shushan Stepanyan,")
BRACKET_ASIDE_TOKENS = 6  # tokens of an aside in brackets that words_after passes over
OPEN_BRACKET, CLOSE_BRACKET = get_string_id("("), get_string_id(")")


def hashes(words: Iterable[str]) -> frozenset[int]:
    return frozenset(get_string_id(word) for word in words)


def _states_named(actors: Iterable[Mention]) -> set[str]:
    """The states among ``actors``, and those of the groups among them ("the six world
    powers": the P5+1's six)."""
    return {state for m in actors for state in (
        (m.id,) if m.info.get("type") == "state" else m.info.get("members", ()))}


class LowerHashes:
    """The extractor's word lists as sets of LOWER ids (``get_string_id`` of the word: its
    hash, or the symbol number of a built-in string such as "agent" or "number"), so that a
    token is tested through its id (``matching.token_ids``) without creating a Token object.
    Multi-word entries never equal one token's hash, as they never equal one token's text;
    those of the lists a trigger ``requires`` are kept apart as phrases."""

    def __init__(self, words: dict[str, set[str]], context_words: dict[str, set[str]]):
        for name, values in words.items():
            setattr(self, name, hashes(values))
        self.context_words = {need: hashes(values) for need, values in context_words.items()}
        # the multi-word entries of the word lists, as tuples of LOWER ids (DocContext.phrase_at)
        self.multi_word = {
            name: tuple(tuple(get_string_id(w) for w in phrase.split()) for phrase in multi)
            for name, values in words.items()
            if (multi := sorted(v for v in values if " " in v))}
        # the few multi-word entries of the lists a trigger requires ("lower house"), as
        # tuples of LOWER ids: a list's single words are tested first
        self.context_phrases = {
            need: tuple(tuple(get_string_id(w) for w in phrase.split()) for phrase in multi)
            for need, values in context_words.items()
            if (multi := sorted(v for v in values if " " in v))}
        self.coordinators = hashes(("and", ",", "&"))
        # "in northern Iraq": the adjective of a region between a preposition and its state
        self.compass_words = hashes(("northern", "southern", "eastern", "western", "central",
                                     "northeastern", "northwestern", "southeastern",
                                     "southwestern"))
        self.comma = get_string_id(",")
        self.the = get_string_id("the")
        self.to = get_string_id("to")
        self.that = get_string_id("that")
        # what opens a relative clause: "which", "who" (lexicon relative-pronouns), or "that"
        self.relative_openers = self.relative_pronouns | {self.that}
        # what opens a relative clause or an apposition set off by commas
        self.set_off_openers = self.relative_pronouns | self.noun_determiners
        self.of, self.by = get_string_id("of"), get_string_id("by")
        self.and_ = get_string_id("and")
        self.and_or = hashes(("and", "or"))
        self.indefinite_articles = hashes(("a", "an"))
        self.in_during = hashes(("in", "during"))
        self.as_ = get_string_id("as")
        self.it_them = hashes(("it", "them", "this", "that"))
        self.possessive_marks = hashes(("'s", "’s"))
        self.hyphens = hashes(("-", "–", "/"))
        self.apostrophes = hashes(("'", "’"))
        # what ends the clause a claim is about: "denied, in a statement, that it transferred
        # ..." goes on over its "that" and commas
        self.claim_breaks = hashes(words["clause_breaks"]) - {self.that, self.comma}
        # what parts what was said from a later speaker's clause: "but", "though", ";" (not
        # a relative clause, nor a quotation's marks)
        self.speaker_breaks = self.claim_breaks - self.quote_marks - self.relative_pronouns
        # the words that may stand before a verb in its group: "would have been", "has"
        self.auxiliaries = self.modal_verbs | self.passive_auxiliaries | self.perfect_auxiliaries


class DocContext:
    """One document as the event finder reads it. What only a trigger that meets its
    requirements needs (actors, dates, cues, reporting verbs) is built on first use: in most
    news with a trigger word, no trigger gets that far."""

    def __init__(self, doc: Doc, extractor: EventExtractor):
        self.doc = doc
        self.extractor = extractor
        self.hashes: LowerHashes = extractor.hashes
        # Token attributes are read from these lists rather than through doc[i], which builds
        # a Token object on every access.
        columns = doc.to_array([SENT_START, IS_SPACE])
        # the phrase tables' own lower-case ids: Unicode hyphens as "-", contractions spelled out
        self.lower: list[int] = list(token_ids(doc)[1][1])
        self.sent_starts = extensions.sentence_starts(doc, columns[:, 0])
        self.is_space: list[int] = columns[:, 1].tolist()
        self.sent_ends = [*self.sent_starts[1:], len(doc)]
        self.info = doc._.treatyx_entity_info or {}
        self.treaties = mentions_of(doc, "treaty", self.info)
        # "the 1987 Intermediate-Range Nuclear Forces Treaty": that year names the treaty.
        self.treaty_tokens = {i for m in self.treaties for i in range(m.start, m.end)}
        self.treaty_ends = {m.end for m in self.treaties}  # the token after each name
        # the tokens of Security Council resolutions, treaties only to some events
        self.resolution_tokens = {i for m in self.treaties if m.id in extractor.resolutions
                                  for i in range(m.start, m.end)}
        # a platform that carries weapons (a submarine class) is no event's weapon
        self.systems = [m for m in mentions_of(doc, "system", self.info)
                        if m.id not in extractor.platforms]
        self.refused: set[int] = set()  # triggers a verb of refusal negates
        # sentence -> the treaty its "deal" means in a text that names none (asked per trigger)
        self.inferred_treaties: dict[int, str | None] = {}
        self.types_by_sentence: dict[int, set[str]] = {}  # event types found so far
        self.agent_states: list[tuple[int, Mention]] = []  # (sentence, state) of agents so far
        self.noun_agents: dict[int, list[Mention]] = {}  # agents of each event noun so far
        # (trigger, event type, agents) of the events so far that have agents
        self.event_agents: list[tuple[int, str, list[Mention]]] = []
        # (trigger, event type, targets) of the events so far that have targets
        self.event_targets: list[tuple[int, str, list[Mention]]] = []
        self.trigger_sentences: set[int] = set()  # sentences that hold a trigger
        self.trigger_spans: list[tuple[int, int]] = []  # (start, end) of each trigger, in order
        self.trigger_starts: frozenset[int] = frozenset()  # the first token of each trigger
        # the words a trigger's rule wants as its object, by the trigger's first token
        self.trigger_objects: dict[int, frozenset[int]] = {}
        self.weapon_trigger_starts: frozenset[int] = frozenset()  # of triggers about weapons
        self.noun_trigger_starts: frozenset[int] = frozenset()  # of event nouns
        self.phrase_trigger_starts: frozenset[int] = frozenset()  # "in breach of"
        self.signing_trigger_starts: frozenset[int] = frozenset()  # of signings' words
        # of triggers of lexicon opposing-events ("condemning", "accused")
        self.opposing_trigger_starts: frozenset[int] = frozenset()
        self.meeting_trigger_starts: frozenset[int] = frozenset()  # talks triggers
        # sentences that hold a trigger of lexicon defending-events (an interception)
        self.defending_sentences: frozenset[int] = frozenset()

    def phrase_at(self, i: int, name: str) -> int:
        """The length of the entry of word list ``name`` (a LowerHashes attribute) that starts
        at token ``i``, a phrase of several words too ("put on hold"); 0 for none."""
        lower = self.lower
        for phrase in self.hashes.multi_word.get(name, ()):
            if tuple(lower[i:i + len(phrase)]) == phrase:
                return len(phrase)
        return 1 if lower[i] in getattr(self.hashes, name) else 0

    # -- sentences -----------------------------------------------------------------------
    def sentence_index(self, token: int) -> int:
        return max(bisect_right(self.sent_starts, token) - 1, 0)

    def sentence_bounds(self, token: int) -> tuple[int, int]:
        index = self.sentence_index(token)
        return self.sent_starts[index], self.sent_ends[index]

    def trigger_span(self, token: int) -> tuple[int, int]:
        """The (start, end) of the trigger starting at ``token``; one token if none does."""
        at = bisect_left(self.trigger_spans, (token,))
        if at < len(self.trigger_spans) and self.trigger_spans[at][0] == token:
            return self.trigger_spans[at]
        return token, token + 1

    def last_trigger_before(self, end: int, floor: int) -> int | None:
        """The start of the last trigger that starts in [``floor``, ``end``), if one does."""
        at = bisect_left(self.trigger_spans, (end,)) - 1
        return self.trigger_spans[at][0] if at >= 0 and self.trigger_spans[at][0] >= floor \
            else None

    def weapon_ends_at(self, i: int) -> bool:
        """Does a weapon word or a system's name end at token ``i`` ("a rocket", "the
        Agni-P")?"""
        return self.lower[i] in self.hashes.context_words.get("weapon", ()) \
            or i in self.system_ending_at

    def weapon_relative_of(self, span: tuple[int, int], ours: tuple[int, int]) -> bool:
        """Does the trigger at ``span`` open a relative clause on the weapon the trigger at
        ``ours`` acts on: "fired a rocket which placed a probe into orbit in May" (what
        the rocket did is the launch told again, and its date the launch's)?"""
        lower, hashes = self.lower, self.hashes
        opener, weapon = span[0] - 1, span[0] - 2
        if weapon < ours[1] or lower[opener] not in hashes.relative_openers:
            return False
        return self.weapon_ends_at(weapon)

    def purpose_of(self, span: tuple[int, int], ours: tuple[int, int]) -> bool:
        """Does the trigger at ``span`` open an infinitive of purpose right after the event
        noun at ``ours``, over a comma, a dash or an adverb in -ly: "the rocket launch -
        officially to place a weather satellite in orbit" (the launch told again)?"""
        if span[0] - 1 < ours[1] or self.lower[span[0] - 1] != self.hashes.to:
            return False
        return all(self.lower[i] == self.hashes.comma or self.is_dash(i) or self.is_ly_adverb(i)
                   for i in range(ours[1], span[0] - 1))

    def is_ly_adverb(self, i: int) -> bool:
        """A lower-case word in -ly ("supposedly", "firmly")."""
        word = self.doc[i]
        return word.is_lower and word.is_alpha and word.text.endswith("ly")

    def by_sentence(self, items: Iterable, start_of: Callable[[Any], int]) -> dict[int, list]:
        """Items grouped by the sentence they start in, so that a trigger reads its own
        sentence's items instead of scanning the document's."""
        groups: dict[int, list] = {}
        for item in items:
            groups.setdefault(self.sentence_index(start_of(item)), []).append(item)
        return groups

    def _blank(self, index: int) -> bool:
        """A sentence of white space only (a paragraph break)."""
        return all(self.is_space[self.sent_starts[index]:self.sent_ends[index]])

    def previous_sentence(self, index: int) -> int:
        """The sentence before sentence ``index``, over paragraph breaks (-1: none)."""
        index -= 1
        while index >= 0 and self._blank(index):
            index -= 1
        return index

    def sentence_gap(self, first: int, second: int) -> int:
        """How many sentences ``second`` comes after ``first`` (negative: before), not
        counting paragraph breaks."""
        return self._sentences_up_to[second] - self._sentences_up_to[first]

    def among_first(self, index: int, sentences: int) -> bool:
        """Is sentence ``index`` among the first ``sentences`` of the text, paragraph breaks
        not counted (the title and the lead)?"""
        return self._sentences_up_to[index] <= sentences

    @cached_property
    def _sentences_up_to(self) -> list[int]:
        """For each sentence, how many sentences that are no paragraph break end with it,
        counted from the first that holds a trigger: the lines of a web page before it
        ("WORLD", "3 MIN READ", "Skip to main content") tell no news and are no lead."""
        first = min(self.trigger_sentences, default=0)
        counts, total = [], 0
        for index in range(len(self.sent_starts)):
            total += index >= first and not self._blank(index) and not self._page_line(index)
            counts.append(total)
        return counts

    def _page_line(self, index: int) -> bool:
        """A short line with no full stop that tells no event: a byline, a photo's credit
        ("Stock photo"), a date line ("Jane Doe Monday, 4 June 2025, 10:15"); it is no
        sentence of the lead. (A short sentence ending in a full stop still is one.)"""
        tokens = self._words_of(index)
        return bool(tokens) and len(tokens) <= PAGE_LINE_WORDS \
            and self.doc[tokens[-1]].text not in SENTENCE_ENDS \
            and index not in self.trigger_sentences

    def system_opening(self, index: int) -> Mention | None:
        """The one system sentence ``index`` names, when it opens by naming it, within its
        first few tokens and after a word of lexicon naming-openers ("The locally developed
        Ra'ad missile ...", "Dubbed 'Aegis Ashore,' the site ..."; not "The Agni-V and the
        Agni-IV are its longest-range weapons"), or None."""
        if index < 0 or self.lower[self.sent_starts[index]] not in self.hashes.naming_openers:
            return None
        named = self.systems_in.get(index, [])
        limit = min(self.sent_ends[index], self.sent_starts[index] + SYSTEM_OPENING_WORDS)
        if len({m.id for m in named}) != 1 or named[0].start >= limit:
            return None
        return named[0]

    def next_sentence(self, index: int) -> int:
        """The sentence after sentence ``index``, over paragraph breaks (-1: none)."""
        index += 1
        while index < len(self.sent_starts) and self._blank(index):
            index += 1
        return index if index < len(self.sent_starts) else -1

    @cached_property
    def _title_line(self) -> bool:
        """Does the first sentence end without a full stop (a title line)?"""
        return bool(self.sent_starts) and not self.doc[
            self.sent_starts[0]:self.sent_ends[0]].text.rstrip().endswith(
            (".", "!", "?", '."', ".”"))

    @cached_property
    def _fitting_treaties(self) -> list[tuple[frozenset[str], str, str, bool]]:
        """:attr:`_treaties_of_named_states`, none when the text names a treaty (a Security
        Council resolution it names is no deal "the deal" could mean)."""
        resolutions = self.extractor.resolutions
        return [] if any(m.id not in resolutions for m in self.treaties) \
            else self._treaties_of_named_states

    @cached_property
    def _treaties_of_named_states(self) -> list[tuple[frozenset[str], str, str, bool]]:
        """The listed treaties all of whose parties are states the text names, signed by the
        document's date, as (parties, signed, id, ended before that date); none when the text
        has no date."""
        now = self.document_date
        if not now:
            return []
        states = _states_named(self.actors)
        return [(parties, signed, treaty, bool(ended and ended[:10] < now))
                for treaty, parties, signed, ended in self.extractor.treaty_parties
                if parties <= states and signed and signed[:10] <= now]

    @cached_property
    def treaty_noun_tokens(self) -> list[int]:
        """The words of treaty-nouns, in text order, but for one followed by "of" and a word
        of treaty-noun-blockers ("a declaration of war")."""
        lower, hashes = self.lower, self.hashes
        return [i for i, word in enumerate(lower) if word in hashes.treaty_nouns and not (
            i + 2 < len(lower) and lower[i + 1] == hashes.of
            and lower[i + 2] in hashes.treaty_noun_blockers)]

    def holds_treaty_noun(self, start: int, end: int) -> bool:
        """Does a word for a treaty (:attr:`treaty_noun_tokens`) stand in [``start``, ``end``)?"""
        i = bisect_left(self.treaty_noun_tokens, start)
        return i < len(self.treaty_noun_tokens) and self.treaty_noun_tokens[i] < end

    def names_states(self, index: int) -> bool:
        """Does sentence ``index`` name a state (or a group of states)?"""
        return bool(_states_named(self.actors_in.get(index, ())))

    def described_treaty(self, index: int, years: AbstractSet[str] = frozenset(),
                         by_topic: bool = False) -> str | None:
        """What "the deal" of sentence ``index`` means in a text that names no treaty: of the
        fitting treaties (:attr:`_fitting_treaties`) signed in one of ``years`` (the years
        written before a word for a treaty in the sentence, when there are any: "a 2001 accord"
        is no pact of 1992; only then may it have ended before the document's date: "a
        1994 pact that later collapsed"), one that holds at least half the states the
        sentence names: the most of them first, then the one whose name's subject words the
        sentence holds most ("an agreement on disposing of plutonium"), then the most
        parties, then the latest signed ("Iran and the six powers reached a historic deal":
        the JCPOA in July 2015, the interim deal of 2013 before it). With ``by_topic``, also
        in a text that names other treaties, but only one whose subject words the sentence
        holds ("the US-Russian 2000 agreement on plutonium" in a story about New START)."""
        fitting = self._treaties_of_named_states if by_topic else self._fitting_treaties
        if not fitting:
            return None
        named = _states_named(self.actors_in.get(index, ()))
        words = {self.doc[i].lower_ for i in range(self.sent_starts[index],
                                                   self.sent_ends[index])}
        topics = self.extractor.treaty_topics
        ranked = [(len(parties & named), len(topics.get(treaty, frozenset()) & words),
                   len(parties), signed, treaty)
                  for parties, signed, treaty, ended in fitting
                  if (2 * len(parties & named) > len(named) or not named)
                  and (signed[:4] in years if years or ended else True)
                  and not (by_topic and not topics.get(treaty, frozenset()) & words)]
        return max(ranked)[-1] if ranked else None

    def in_headline(self, token: int) -> bool:
        """The first sentence, when it ends without a full stop (a title line), or a short
        line of its own inside the text with no full stop (a crosshead: "US lifts sanctions")."""
        index = self.sentence_index(token)
        return self._title_line if index == 0 else self._crosshead(index)

    def _words_of(self, index: int) -> list[int]:
        """The tokens of sentence ``index`` that are no white space."""
        return [i for i in range(self.sent_starts[index], self.sent_ends[index])
                if not self.is_space[i]]

    def _crosshead(self, index: int) -> bool:
        words = self._words_of(index)
        if not words or len(words) > CROSSHEAD_WORDS:
            return False
        text = extensions.doc_text(self.doc)  # Doc.text would join every token on each call
        first, last = self.doc[words[0]], self.doc[words[-1]]
        # only the characters next to the line are read: a document may be megabytes long
        i = first.idx - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        j = last.idx + len(last)
        while j < len(text) and text[j] in " \t":
            j += 1
        return (first.is_title or first.is_upper) and last.text not in CROSSHEAD_ENDS \
            and (i < 0 or text[i] == "\n") and (j >= len(text) or text[j] == "\n")

    def word_before_comma(self, i: int) -> int:
        """The word before token ``i``, past a comma or a dash right before it: the end of
        the noun phrase a relative pronoun stands for ("the law, which ...": "law"; "the
        Security Council -- which would impose sanctions": "Council")."""
        if i >= 2 and (self.lower[i - 1] in (self.hashes.comma, DOUBLE_HYPHEN)
                       or self.is_dash(i - 1)):
            return i - 2
        return i - 1

    def clause_start(self, token: int, sent_start: int,
                     breaks: frozenset[int] | None = None) -> int:
        breaks = self.hashes.clause_breaks if breaks is None else breaks
        lower, term_marks = self.lower, self.quoted_term_marks
        for i in range(token - 1, sent_start - 1, -1):
            if (lower[i] in breaks or self._spaced_dash(i)) and i not in term_marks \
                    and not self.joins_actors(i) and not self._quotes_after_subject(i) \
                    and not self._in_date(i) and not self._joins_modifiers(i) \
                    and not self._joins_adverbs(i) \
                    and not self._joins_weapons(i) and not self._parts_adjectives(i) \
                    and not self._closes_aside(i) and not self._sets_off_a_name(i) \
                    and not self._closes_apposition(i) and not self.opens_examples(i) \
                    and i not in self.bracketed:
                return i + 1
        return sent_start

    def opens_examples(self, i: int) -> bool:
        """Is ``i`` a comma before a word of example-cues ("signed a defence bill, including
        new sanctions on Iran")? The examples belong to the clause before it."""
        return self.lower[i] == self.hashes.comma and i + 1 < len(self.lower) \
            and self.lower[i + 1] in self.hashes.example_cues

    def set_off_opening(self, closing: int, sent_start: int, words: int,
                        openers: frozenset[int]) -> int | None:
        """Where the comma stands that opens a phrase which the comma at ``closing`` closes,
        within ``words`` tokens, when one of ``openers`` follows it: an apposition ("The
        DF-5C, a liquid-fuelled ICBM, was displayed") or a relative clause ("One more
        Topol, which Moscow counts on, veered off course"). None otherwise."""
        lower, comma = self.lower, self.hashes.comma
        if closing <= sent_start or lower[closing] != comma:
            return None
        for opening in range(closing - 2, max(sent_start, closing - words) - 1, -1):
            if lower[opening] == comma:
                return opening if lower[opening + 1] in openers else None
        return None

    def _parts_adjectives(self, i: int) -> bool:
        """"conduct destructive, direct-ascent missile tests": a comma between lower-case
        words that a determiner, a possessive or a light verb opens and a weapon word closes
        parts the modifiers of one noun, and breaks no clause."""
        lower, doc = self.lower, self.doc
        if lower[i] != self.hashes.comma:
            return False
        weapons = self.hashes.context_words.get("weapon", frozenset())

        def modifier(k: int) -> bool:  # (no trigger: "held talks, new tests followed")
            return ((doc[k].is_lower and doc[k].is_alpha and not doc[k].is_stop)
                    or lower[k] in self.hashes.hyphens or lower[k] == self.hashes.comma) \
                and not any(start <= k < end for start, end in self.trigger_spans)

        j = i + 1
        while j < min(i + 1 + ADJECTIVE_RUN, len(lower)) and modifier(j) \
                and lower[j] not in weapons:
            j += 1
        if j >= len(lower) or lower[j] not in weapons:
            return False

        def opens(k: int) -> bool:
            return lower[k] in self.hashes.noun_determiners or lower[k] in self.hashes.possessives \
                or lower[k] in self.hashes.possessive_marks or k in self.light_verb_tokens

        k = i - 1
        while k > max(i - 1 - ADJECTIVE_RUN, 0) and not opens(k) and modifier(k) \
                and lower[k] not in weapons:
            k -= 1
        return k < i - 1 and opens(k)

    def comma_pairs(self, i: int, words: int) -> Iterator[tuple[int, int]]:
        """The commas (opening, closing) around an aside of 1 to ``words`` tokens that the
        comma at ``i`` closes, then those it opens, the shortest first; a word stands before
        the opening one."""
        lower, comma = self.lower, self.hashes.comma
        if lower[i] != comma:
            return
        for n in range(1, words + 1):
            if i - n - 1 >= 1 and lower[i - n - 1] == comma:
                yield i - n - 1, i
        for n in range(1, words + 1):
            if i + n + 1 < len(lower) and lower[i + n + 1] == comma:
                yield i, i + n + 1

    def _closes_aside(self, i: int) -> bool:
        """"Ukraine, naturally, is also refuting ...", "Iran, too, fired ...": the commas around
        one lower-case word right after an actor set it aside, and break no clause."""
        opening, _ = next(self.comma_pairs(i, 1), (None, None))
        if opening is None or opening - 1 not in self.actor_at:
            return False
        word = self.doc[opening + 1]
        return word.is_alpha and word.is_lower

    def _sets_off_a_name(self, i: int) -> bool:
        """"a spokesman for the Georgian Interior Ministry, Levan Beridze, denied": the
        commas around a name (capitalised words) between a noun phrase and a lower-case word
        (the verb) set it aside, and break no clause; so do those around a person named whole
        after any word ("the foreign minister, Sergei Lavrov, will travel"; a list of
        actors, "Putin, Xi, and Modi", is joined by its commas, see joins_actors)."""
        doc = self.doc
        return any(
            closing + 1 < len(doc)
            and (self._person_named_whole(opening + 1, closing) or (
                all(doc[k].is_alpha and doc[k].is_title and k not in self.actor_at
                    for k in range(opening + 1, closing))
                and not doc[opening - 1].is_lower))
            and doc[opening - 1].is_alpha
            and doc[closing + 1].is_alpha and doc[closing + 1].is_lower
            for opening, closing in self.comma_pairs(i, NAME_ASIDE_WORDS))

    def _person_named_whole(self, start: int, end: int) -> bool:
        person = self.actor_at.get(start)
        return person is not None and person.start == start and person.end == end \
            and person.info.get("type") == "person"

    def _closes_apposition(self, i: int) -> bool:
        """"Mohamed ElBaradei, the head of the agency, is due in Iran": the commas around a
        phrase that a determiner or an actor's possessive opens ("Chile, Peru's old rival,
        was ..."), right after an actor and before a lower-case word (the verb), set it
        aside, and break no clause."""
        doc, lower = self.doc, self.lower
        return any(
            closing + 1 < len(doc) and opening - 1 in self.actor_at
            and (lower[opening + 1] in self.hashes.noun_determiners
                 or self._possessive_actor_at(opening + 1))
            and doc[closing + 1].is_alpha and doc[closing + 1].is_lower
            for opening, closing in self.comma_pairs(i, APPOSITION_WORDS))

    def _possessive_actor_at(self, start: int) -> bool:
        """Does an actor's possessive ("Peru's") stand at ``start``?"""
        actor = self.actor_at.get(start)
        return actor is not None and self.lower[actor.end] in self.hashes.possessive_marks

    def _spaced_dash(self, i: int) -> bool:
        """"China - which regards Taiwan as its own - has warned": a hyphen with a space on
        each side is a dash, not the joint of a compound."""
        return self.lower[i] == HYPHEN and i > 0 and bool(self.doc[i - 1].whitespace_) \
            and bool(self.doc[i].whitespace_)

    def is_dash(self, i: int) -> bool:
        """A dash: an em or en dash, or a hyphen with a space on each side."""
        return self.lower[i] in (EM_DASH, EN_DASH) or self._spaced_dash(i)

    @cached_property
    def bracketed(self) -> frozenset[int]:
        """The tokens inside square brackets: an editor's link note or insertion ("signed
        [news report] the pact", "[full text; background]") breaks no clause."""
        if "[" not in self.doc.text:
            return frozenset()
        inside, opened = set(), None
        for token in self.doc:
            if token.text == "[":
                opened = token.i
            elif token.text == "]" and opened is not None:
                inside.update(range(opened + 1, token.i))
                opened = None
        return frozenset(inside)

    def _in_date(self, i: int) -> bool:
        """"earlier that month", "later that day": a "that" of a date is no clause break."""
        return self.lower[i] == self.hashes.that and i in self.date_tokens

    def _quotes_after_subject(self, i: int) -> bool:
        """'Hamas “fired a barrage of rockets”': a quotation opening right
        after an actor goes on with that actor's clause."""
        return i > 0 and self.lower[i] in self.hashes.quote_marks and i - 1 in self.actor_at

    def _joins_modifiers(self, i: int) -> bool:
        """"its second and most advanced satellite launch", "the country's fifth and largest", "the
        first and only launch": a coordinator after a possessive or article and one lower-case
        word that is no trigger's or weapon's joins two modifiers of one noun, and breaks no
        clause."""
        lower, hashes = self.lower, self.hashes
        if i < 2 or lower[i] not in hashes.coordinators or lower[i] == hashes.comma:
            return False
        before = self.doc[i - 1]
        # the spans, not the cached trigger_tokens: this runs while triggers are still being
        # chosen too (requirements read clauses), when caching them would keep none
        return (lower[i - 2] in hashes.possessives or lower[i - 2] in hashes.noun_determiners
                or lower[i - 2] in hashes.possessive_marks) \
            and before.is_lower and before.is_alpha \
            and lower[i - 1] not in hashes.context_words.get("weapon", ()) \
            and not any(start < i <= end for start, end in self.trigger_spans)

    def _joins_adverbs(self, i: int) -> bool:
        """"would quickly and firmly seek ratification": a coordinator between two
        lower-case adverbs in -ly joins modifiers of one verb, and breaks no clause."""
        if i < 1 or i + 1 >= len(self.doc) or self.lower[i] not in self.hashes.coordinators \
                or self.lower[i] == self.hashes.comma:
            return False
        return self.is_ly_adverb(i - 1) and self.is_ly_adverb(i + 1)

    def joins_actors(self, i: int) -> bool:
        """"the United States and Russia": a coordinator between two actors is no clause
        break."""
        lower = self.lower
        if i == 0 or i + 1 >= len(lower) or lower[i] not in self.hashes.coordinators:
            return False  # tested first: most breaks are no coordinator, and actor_at is costly
        actor_at = self.actor_at
        if i - 1 not in actor_at:
            return False
        after = i + 2 if lower[i + 1] == THE and i + 2 < len(lower) else i + 1
        return after in actor_at or self._group_after(after)

    def _group_after(self, i: int) -> bool:
        """"Iran and the six powers signed": a plural of group-anaphors after up to two
        lower-case or capitalised words (a number, "other", "world", "Western") is the rest
        of the subject."""
        doc, groups = self.doc, self.hashes.group_anaphors
        for k in range(i, min(i + 3, len(self.lower))):
            if self.lower[k] in groups:
                return True
            if not (doc[k].is_lower or doc[k].like_num or doc[k].is_title):
                return False
        return False

    def clause_end(self, token: int, sent_end: int, breaks: frozenset[int] | None = None) -> int:
        breaks = self.hashes.clause_breaks if breaks is None else breaks
        lower, term_marks = self.lower, self.quoted_term_marks
        for i in range(token, sent_end):
            if lower[i] in breaks and i not in term_marks and not self._in_date(i) \
                    and not self._joins_weapons(i) and not self._that_after_preposition(i) \
                    and i not in self.bracketed:
                return i
        return sent_end

    def _that_after_preposition(self, i: int) -> bool:
        """"ended over that country's nuclear programme", "in that year": "that" right after a
        preposition is a determiner, no clause break."""
        lower, hashes = self.lower, self.hashes
        return i > 0 and lower[i] == hashes.that and (
            lower[i - 1] in hashes.non_subject_prepositions or lower[i - 1] == hashes.of)

    def _joins_weapons(self, i: int) -> bool:
        """"launched 300 drones and missiles at Israel", "carried out drone and missile
        attacks": "and" between two weapon words is no clause break."""
        lower = self.lower
        if i == 0 or i + 1 >= len(lower) or lower[i] not in self.hashes.coordinators:
            return False
        weapons = self.hashes.context_words.get("weapon", frozenset())
        return lower[i - 1] in weapons and lower[i + 1] in weapons

    def quotation_opening(self, token: int) -> int | None:
        """The quotation mark that opens the quotation ``token`` stands in, within its
        sentence (None: it stands in none; short quoted terms are no quotations)."""
        quotes, terms = self.hashes.quote_marks, self.quoted_term_marks
        sent_start = self.sentence_bounds(token)[0]
        marks = [i for i in range(sent_start, token)
                 if self.lower[i] in quotes and i not in terms]
        return marks[-1] if len(marks) % 2 == 1 else None

    def inside_treaty_name(self, start: int, end: int) -> bool:
        """Is [start, end) inside a treaty's name and not at its start?"""
        return any(m.start < start and end <= m.end for m in self.treaties)

    def inside_body_name(self, start: int, end: int) -> bool:
        """Is [start, end) inside the name of a body (no state nor person), neither at its
        start nor at its end ("the Global Strike Command said"; "UN nuclear inspectors" end
        with the event they name)?"""
        index = self.sentence_index(start)
        return any(m.start < start and end < m.end and m.info.get("type") not in NAMED_ACTORS
                   for m in self.actors_in.get(index, ()))

    def in_quoted_title(self, token: int) -> bool:
        """Does ``token`` stand in a quoted title: a capitalised quotation of a few words
        with no comma or stop inside, a word of document-nouns a few words before it
        ("adopted draft resolution II, “Prevention of an Arms Race in Outer Space”")?"""
        return any(opening < token < closing for opening, closing in self.quoted_titles)

    @cached_property
    def quoted_titles(self) -> list[tuple[int, int]]:
        documents = self.hashes.document_nouns
        stops = {self.hashes.comma, get_string_id("."), get_string_id(";")}
        titles = []
        for opening, closing in self.quote_pairs:
            inside = self.lower[opening + 1:closing]
            if 0 < len(inside) <= QUOTED_TITLE_WORDS and self.doc[opening + 1].is_title \
                    and stops.isdisjoint(inside) and not documents.isdisjoint(
                        self.lower[max(0, opening - TITLE_NOUN_WORDS):opening]):
                titles.append((opening, closing))
        return titles

    @cached_property
    def quote_pairs(self) -> list[tuple[int, int]]:
        """The quotation marks of each sentence taken two by two: (opening, closing)."""
        quotes = self.hashes.quote_marks
        return [pair for found in self.by_sentence(
                    (i for i, word in enumerate(self.lower) if word in quotes), int).values()
                for pair in zip(found[::2], found[1::2], strict=False)]

    @cached_property
    def quoted_term_marks(self) -> frozenset[int]:
        """The quotation marks around a short quoted term ('fired “multiple” missiles',
        'will begin "episodic deployments"') or a quoted noun phrase after its determiner
        ('called the launch a “grave breach of ... resolutions”') or a preposition ('was
        left with "no alternative but retaliation"'), or a quotation after an auxiliary
        (lexicon quote-opening-auxiliaries: 'the US will "retire the bomb"'): a term, not a
        clause of its own, so no break."""
        determiners = self.hashes.noun_determiners
        prepositions = self.hashes.non_subject_prepositions | {self.hashes.of}
        openers = determiners | prepositions | self.hashes.quote_opening_auxiliaries
        marks: set[int] = set()
        for opening, closing in self.quote_pairs:
            if closing - opening - 1 <= QUOTED_TERM_WORDS or (
                    opening > 0 and self.lower[opening - 1] in openers):
                marks.update((opening, closing))
        return frozenset(marks)

    def words_after(self, token: int, words: int, limit: int,
                    names: dict[int, Mention] | None = None) -> int:
        """The token ``words`` words after ``token`` (at most ``limit``), where a compound
        split at its hyphens ("long-range", "nuclear-capable") is one word and a comma or a
        quote mark none: "an improved model of its nuclear-capable, long-range missile" is
        eight words, "fired 'David's Sling' interceptors" three, and a short aside in
        brackets none ("loaded with 20 tonnes (18 Mg) of weapons"). With ``names``, each name
        there is one word too ("a United Nations Security Council statement": three)."""
        lower, hyphens, comma = self.lower, self.hashes.hyphens, self.hashes.comma
        quotes = self.hashes.quote_marks
        i, counted = token, 0
        while i < limit and counted < words:
            if lower[i] == OPEN_BRACKET:
                close = next((j for j in range(i + 1, min(i + BRACKET_ASIDE_TOKENS, limit))
                              if lower[j] == CLOSE_BRACKET), None)
                if close is not None:
                    i = close + 1
                    continue
            joined = i > token and lower[i - 1] in hyphens  # "range" of "long-range"
            if lower[i] not in hyphens and lower[i] != comma and lower[i] not in quotes \
                    and not joined:
                counted += 1
            name = names.get(i) if names else None
            i = name.end if name is not None and name.start == i else i + 1
        return i

    def words_before(self, token: int, words: int, limit: int) -> int:
        """The token where the ``words`` words before ``token`` start (at least ``limit``),
        a compound split at its hyphens counting as one word: "Russian | anti-satellite", and
        a comma between modifiers as none ("destructive, direct-ascent missile tests")."""
        lower, hyphens = self.lower, self.hashes.hyphens
        i, counted = token, 0
        while i > limit and counted < words:
            i -= 1
            if lower[i] not in hyphens and not (i > 0 and lower[i - 1] in hyphens) \
                    and not (lower[i] == self.hashes.comma and self._parts_adjectives(i)):
                counted += 1
        return i

    # -- entity mentions -----------------------------------------------------------------
    @cached_property
    def actors(self) -> list[Mention]:
        dateline = self.dateline
        return [m for m in mentions_of(self.doc, "actor", self.info)
                if (dateline is None or not dateline[0] <= m.start < dateline[1])
                and not self._outlet_tag(m)]

    def _outlet_tag(self, mention: Mention) -> bool:
        """"(Reuters) Weapons inspectors reached the depot ...": a name in brackets that opens
        a sentence is the outlet that filed the story, which acts in none of its events."""
        doc, start = self.doc, mention.start
        return start > 0 and mention.end < len(doc) and doc[start - 1].text == "(" \
            and doc[mention.end].text == ")" \
            and self.sent_starts[self.sentence_index(start)] == start - 1

    @cached_property
    def dateline(self) -> tuple[int, int] | None:
        """The place of a wire dateline ("SEOUL, South Korea (AP) --", "UNITED NATIONS —"),
        from its sentence's start to its dash: where the story was filed, which acts in none
        of its events. Upper-case first word, no lower-case word before the dash, and a
        comma or a source in brackets unless it is short (not "NORTH KOREA FIRES NEW
        MISSILE - ...")."""
        doc = self.doc
        for sent_start in self.sent_starts[:PLACE_DATELINE_SENTENCES]:
            first = doc[sent_start]
            if not (first.is_upper and first.is_alpha and len(first) > 1):
                continue
            words = doc[sent_start:min(sent_start + DATELINE_WORDS, len(doc))]
            dash = next((t.i for t in words if t.text in DATELINE_DASHES), None)
            if dash is None or any(t.is_lower for t in doc[sent_start:dash]):
                continue
            marked = any(t.text in (",", "(") for t in doc[sent_start:dash])
            if marked or dash - sent_start <= DATELINE_BARE_WORDS:
                return sent_start, dash
        return None

    @cached_property
    def actor_at(self) -> dict[int, Mention]:
        # An adjective ("Italian newspaper") names a state but is no actor of an event, unless
        # it qualifies an actor noun ("Russian officials", "the Russian side").
        return {i: m for m in self.actors if self._can_act(m)
                for i in range(m.start, m.end)}

    @cached_property
    def system_starting_at(self) -> dict[int, Mention]:
        return {m.start: m for m in self.systems}

    @cached_property
    def system_ending_at(self) -> dict[int, Mention]:
        """The system whose name ends at each token ("the Zircon tests")."""
        return {m.end - 1: m for m in self.systems}

    @cached_property
    def adjective_at(self) -> dict[int, Mention]:
        return {m.start: m for m in self.actors if m.role == "adjective"}

    def names_origin(self, mention: Mention) -> bool:
        """A name joined by a hyphen to a word of origin-words says where a thing comes
        from: "US-made missiles", "British-provided Storm Shadows"."""
        after = mention.end
        return after + 1 < len(self.doc) and self.doc[after].text == "-" and \
            self.lower[after + 1] in self.hashes.origin_words

    def names_stance(self, mention: Mention) -> bool:
        """A name after a word of stance-prefixes and a hyphen says whom a thing is for or
        against: "anti-Russian measures", "pro-Iranian militias"."""
        before = mention.start
        return before >= 2 and self.doc[before - 1].text == "-" \
            and self.lower[before - 2] in self.hashes.stance_prefixes

    def _can_act(self, mention: Mention) -> bool:
        if mention.role == "ner":
            return False  # a trained NER's guesses are actor records, never event actors
        if mention.id in self.extractor.news_media:
            return False  # "according to the New York Times": media report, never act
        doc, lower = self.doc, self.lower
        after = mention.end
        if self.names_origin(mention):
            return False  # "US-made missiles", "a Russian-built reactor"
        if self.names_stance(mention):
            return False  # "anti-Russian measures" are not Russia's
        if mention.role != "adjective":
            return True
        nouns = self.hashes.actor_nouns
        weapons = self.hashes.context_words.get("weapon", frozenset())
        while after < min(mention.end + 2, len(doc) - 1) and lower[after] in weapons:
            after += 1  # "Iranian drone makers", "North Korean missile engineers"
        if after + 1 < len(doc) and lower[after] in SERVICE_WORDS \
                and lower[after + 1] in self.hashes.military_targets:
            # "a Russian air base in Armenia", "a Russian naval base" are places; "Russian air
            # defences", "Israeli naval commandos" act
            return False
        if after < len(doc) and lower[after] in nouns:
            return True
        if self._title_words_before_actor_noun(after):
            return True  # "the Armenian Defense Ministry", "the Pakistani Foreign Office"
        # "Iranian and European diplomats": one more adjective, then the actor noun
        return after + 2 < len(doc) and lower[after] in self.hashes.coordinators \
            and lower[after + 2] in nouns

    def _title_words_before_actor_noun(self, start: int) -> bool:
        """Capitalised words from ``start`` up to a capitalised actor noun: a body's name."""
        doc, end = self.doc, min(start + BODY_NAME_WORDS + 1, len(self.doc))
        for i in range(start, end):
            if not (doc[i].is_alpha and doc[i].is_title):
                return False
            if i > start and self.lower[i] in self.hashes.actor_nouns:
                return True
        return False

    def salient_state(self, token: int) -> Mention | None:
        """The state the text is about at ``token``: the state agent of the last event told
        in an earlier sentence, else the last state named before it."""
        sentence = self.sentence_index(token)
        for agent_sentence, state in reversed(self.agent_states):
            if agent_sentence < sentence:
                return state
        for mention in reversed(self.actors):
            if mention.start < token and mention.info.get("type") == "state":
                return mention
        return self.main_state

    @cached_property
    def _state_counts(self) -> dict[str, int]:
        """How often the document names each state, itself or through its people and
        organisations ("the Inter-Services Public Relations" counts for Pakistan), in the
        order first named."""
        counts: dict[str, int] = {}
        for mention in self.actors:
            if state := mention.state:
                counts[state] = counts.get(state, 0) + 1
        return counts

    @cached_property
    def main_state(self) -> Mention | None:
        """The state the document names most often (_state_counts)."""
        counts = self._state_counts
        if not counts:
            return None
        state = max(counts, key=lambda key: counts[key])  # the first named wins a tie
        return self._state_as_named(state)

    def main_states(self, count: int) -> list[Mention] | None:
        """The ``count`` states the document names most often (_state_counts), when each is
        named more often than any other state; else None."""
        ranked = sorted(self._state_counts.items(), key=lambda item: -item[1])
        if len(ranked) < count or (
                len(ranked) > count and ranked[count][1] == ranked[count - 1][1]):
            return None
        found = [self._state_as_named(state) for state, _ in ranked[:count]]
        return found if None not in found else None

    def _state_as_named(self, state: str) -> Mention | None:
        """The first mention of ``state`` by its own name, else the state as an inferred
        mention (state_mention)."""
        named = next((m for m in self.actors
                      if m.state == state and m.info.get("type") == "state"), None)
        return named or self.state_mention(state)

    @cached_property
    def sole_state(self) -> Mention | None:
        """The one state every actor of the document stands for, None when the text names
        none or several."""
        return self.main_state if len(self._state_counts) == 1 else None

    def state_mention(self, state: str) -> Mention | None:
        """A state the text does not name where an event needs it (its main state, the owner
        of a system), as a mention without a place in the text."""
        name = self.extractor.state_names.get(state)
        return Mention(-1, -1, state, name, "inferred", {"type": "state"}) if name else None

    @cached_property
    def light_verb_tokens(self) -> set[int]:
        """Tokens of a light verb ("conducted", "carried out": lexicon light-verbs), not a
        noun of the same form after a possessive ("North Korea's launch") or a determiner
        ("the launch was a missile test"; a participle after one stays: "a planned test"), nor
        the second part of a compound ("high-level talks")."""
        marks, determiners = self.hashes.possessive_marks, self.hashes.noun_determiners
        return {i for start, end, _ in self.extractor.light_verb_table(self.doc)
                if not (start > 0 and self.lower[start - 1] in marks)
                and not (start > 0 and self.lower[start - 1] in determiners
                         and not self.doc[start].lower_.endswith("ed"))
                and not self.glued_by_hyphen(start) and not self._participle_adjective(start, end)
                for i in range(start, end)}

    def _participle_adjective(self, start: int, end: int) -> bool:
        """Is the light verb at [``start``, ``end``) a participle that opens its sentence as
        an adjective of the word after it ('"Repeated violation of ... must end')? (After a
        determiner it stays a light verb: "the US postponed a planned test" is the US's.)"""
        doc = self.doc
        if end - start != 1 or not doc[start].lower_.endswith("ed") or end >= len(doc):
            return False
        opening = start - 1 if start > 0 and doc[start - 1].is_quote else start
        return doc[opening].is_sent_start is True and doc[end].is_alpha

    def glued_by_hyphen(self, i: int) -> bool:
        """Is token ``i`` joined by a hyphen to the word before it, the second part of a
        compound ("U.S.-produced", "high-level"), not after a prefix of lexicon
        event-prefixes ("re-imposition")?"""
        doc = self.doc
        return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and self.lower[i - 2] not in self.hashes.event_prefixes

    @cached_property
    def trigger_tokens(self) -> frozenset[int]:
        return frozenset(i for start, end in self.trigger_spans for i in range(start, end))

    def _verb_tokens(self, table: Callable[[Doc], list]) -> frozenset[int]:
        """The tokens of every match of one of the extractor's verb tables in the text."""
        return frozenset(i for start, end, _ in table(self.doc) for i in range(start, end))

    @cached_property
    def naming_verb_tokens(self) -> frozenset[int]:
        """Tokens of a light verb that names its object ("called", "branded": naming-verbs)."""
        return self._verb_tokens(self.extractor.naming_verb_table)

    @cached_property
    def observing_verb_tokens(self) -> frozenset[int]:
        """Tokens of a verb of watching ("detected", "tracked": observing-verbs)."""
        return self._verb_tokens(self.extractor.observing_verb_table)

    @cached_property
    def overseeing_verb_tokens(self) -> frozenset[int]:
        """Tokens of a verb of watching that a leader does to his own state's act
        ("oversaw": overseeing-verbs)."""
        return self._verb_tokens(self.extractor.overseeing_verb_table)

    def names_its_object(self, verb: int, start: int) -> bool:
        """The noun at start is the object a naming verb at verb names ("called the launch
        a violation": the launch), not what it is named ("a violation", "as a breach"): no
        "as" or other trigger between them, and at most one determiner or pronoun."""
        if verb not in self.naming_verb_tokens:
            return False
        hashes, gap = self.hashes, range(verb + 1, start)
        if any(self.lower[i] == hashes.as_ or i in self.trigger_tokens for i in gap):
            return False
        heads = sum(self.lower[i] in hashes.noun_determiners or self.lower[i] in hashes.it_them
                    for i in gap)
        return heads <= 1

    def last_light_verb(self, start: int, end: int) -> int | None:
        return next((i for i in range(end - 1, start - 1, -1) if i in self.light_verb_tokens),
                    None)

    # -- dates, cues, reporting verbs ----------------------------------------------------
    @cached_property
    def dates(self) -> list[DateMention]:
        return [(span.start, span.end, span, span._.treatyx_date or {})
                for span in self.doc.spans.get(extensions.SPAN_GROUPS["date"], [])]

    @cached_property
    def date_tokens(self) -> set[int]:
        return {i for start, end, _, _ in self.dates for i in range(start, end)}

    def in_date_phrase(self, i: int) -> bool:
        """Is token ``i`` part of a date, or a word of object-stops right before one ("on" of
        "on Monday")?"""
        return i in self.date_tokens or (
            i + 1 in self.date_tokens and self.lower[i] in self.hashes.object_stops)

    @cached_property
    def event_dates(self) -> list[DateMention]:
        """The dates that may date an event, whatever its sentence: none inside a treaty's
        name, none with an inferred day, no century ("21st-century security challenges"
        names an era, no time of an event)."""
        return [d for d in self.dates if d[2].label_ in DATE_TYPES
                and d[1] not in self.treaty_tokens and d[0] not in self.treaty_tokens
                and not d[3].get("day_inferred") and not self._dates_another_event(d[0], d[1])
                and not CENTURY.fullmatch(str(d[3].get("value") or ""))]

    def _dates_another_event(self, start: int, end: int) -> bool:
        """Does the date at [``start``, ``end``) follow a word of other-event-dates and "of"
        ("the 10th anniversary of the 2011 uprising": 2011 dates the uprising, not the
        launch), or stand before a word of other-event-nouns, over capitalised words ("the
        1950-1953 Korean War"), but for one after "in" or "during", the time of what is told
        ("fired during the 1991 Gulf War")?"""
        i = start - 1
        if i >= 0 and self.lower[i] == self.hashes.the:
            i -= 1
            if i >= 0 and self.lower[i] in self.hashes.in_during:
                return False
        if i >= 1 and self.lower[i] == self.hashes.of \
                and self.lower[i - 1] in self.hashes.other_event_dates:
            return True
        j = end
        while j < len(self.lower) and self.lower[j] in self.hashes.hyphens \
                and j + 1 in self.date_tokens:
            j = next((k for k in range(j + 1, len(self.lower)) if k not in self.date_tokens),
                     len(self.lower))
            # (the year range "1950-1953" is read as two dates)
        name_start = j
        while j < len(self.lower) and j - name_start < OTHER_EVENT_NAME_WORDS \
                and self.doc[j].is_title and self.lower[j] not in self.hashes.other_event_nouns:
            j += 1
        return j < len(self.lower) and self.lower[j] in self.hashes.other_event_nouns and not (
            j + 1 < len(self.lower) and self.lower[j + 1] in self.hashes.test_words)  # war games

    @cached_property
    def event_dates_in(self) -> dict[int, list[DateMention]]:
        return self.by_sentence(self.event_dates, _first)

    @cached_property
    def dates_in(self) -> dict[int, list[DateMention]]:
        """Every date of each sentence, durations too ("two days after", "in six months")."""
        return self.by_sentence(self.dates, _first)

    @cached_property
    def split_cues(self) -> list[tuple[int, int, Any]]:
        """The status cues a date splits ("decided on Tuesday to", "vowed last week to"),
        as it splits a trigger."""
        skipped = {k for i in self.date_tokens for k in (i - 1, i)
                   if k >= 0 and self.in_date_phrase(k)}  # ("on" of "on Tuesday" too)
        return self.extractor.cues.across(self.doc, skipped)

    @cached_property
    def tells_a_test(self) -> bool:
        """Does a word of test-words stand anywhere in the text?"""
        return not self.hashes.test_words.isdisjoint(self.lower)

    @cached_property
    def cues(self) -> list[tuple[int, int, Any]]:
        found = sorted(self.extractor.cues(self.doc) + self.split_cues, key=_first)
        return [(start, end, cue) for start, end, payloads in found
                for cue in payloads]  # "refused" may be in two cue entries

    @cached_property
    def _reporting_tenses(self) -> dict[tuple[int, int], frozenset[str]]:
        # A verb of saying inside a name is none: "the United States" holds "states".
        names = {i for m in (*self.actors, *self.treaties, *self.systems)
                 for i in range(m.start, m.end)}
        # After a determiner or a possessive it is a noun or an adjective: "a claim denied
        # by Russia", "the report", "Israel's alleged attack".
        nouns = self.hashes.noun_determiners | self.hashes.possessive_marks
        return {(start, end): frozenset(tenses)
                for start, end, tenses in self.extractor.reporting(self.doc)
                if start not in names and not (start and self.lower[start - 1] in nouns)
                and not self._after_plural_possessive(start)}

    def _after_plural_possessive(self, start: int) -> bool:
        """Does a bare apostrophe glued to a word in -s stand before ``start`` ("the United
        States' declared stockpile")?"""
        if start < 2 or self.lower[start - 1] not in self.hashes.apostrophes:
            return False
        owner = self.doc[start - 2]
        return not owner.whitespace_ and owner.lower_.endswith("s")

    @cached_property
    def reporting(self) -> list[tuple[int, int]]:
        # not an editor's link note: "froze [news report] its part in the pact"
        return [span for span in self._reporting_tenses if span[0] not in self.bracketed]

    @property
    def document_date(self) -> str | None:
        """The date the document was published (``doc._.treatyx_dct``), or None."""
        return self.doc._.treatyx_dct

    @cached_property
    def cues_in(self) -> dict[int, list[tuple[int, int, Any]]]:
        """The cues of each sentence, less those inside a longer cue ("said it would" is
        planned, not the "would" inside it; not one a date splits) or inside a treaty's name
        (the "Ban" of "the Comprehensive Nuclear Test Ban Treaty" tells no treaty
        content)."""
        ends: dict[int, set[int]] = {}  # start -> ends of the cues starting there
        split = {(start, end) for start, end, _ in self.split_cues}
        for start, end, _ in self.cues:
            if (start, end) not in split:  # ("said on Monday it would": the "would" may
                ends.setdefault(start, set()).add(end)  # stand nearer the trigger)
        longest = max((end - start for start, end, _ in self.cues), default=0)

        def inside_another(start: int, end: int) -> bool:
            # a longer cue holding it starts at most `longest` tokens before it
            return any(e >= end and (s, e) != (start, end)
                       for s in range(max(0, start - longest), start + 1)
                       for e in ends.get(s, ()))

        return self.by_sentence(
            (cue for cue in self.cues if not inside_another(cue[0], cue[1])
             and cue[0] not in self.treaty_tokens), _first)

    @cached_property
    def reporting_in(self) -> dict[int, list[tuple[int, int]]]:
        return self.by_sentence(self.reporting, _first)

    @cached_property
    def actors_in(self) -> dict[int, list[Mention]]:
        return self.by_sentence(self.actors, _start)

    @cached_property
    def systems_in(self) -> dict[int, list[Mention]]:
        return self.by_sentence(self.systems, _start)

    @cached_property
    def weapon_systems_in(self) -> dict[int, list[Mention]]:
        """:attr:`systems_in` without the aircraft (class AIRCRAFT), which carry the weapons
        events are about."""
        aircraft = self.extractor.aircraft
        return {index: [m for m in named if m.id not in aircraft]
                for index, named in self.systems_in.items()}

    @cached_property
    def treaties_in(self) -> dict[int, list[Mention]]:
        return self.by_sentence(self.treaties, _start)


def _first(item: tuple) -> int:
    return item[0]


def _start(mention: Mention) -> int:
    return mention.start


def mentions_of(doc: Doc, kind: str, info: dict) -> list[Mention]:
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


def names_a_treaty(ctx: DocContext, date: DateMention) -> bool:
    """"the 1987 accord", "the March 14, 2003 bilateral treaty", "a 2006 resolution": a
    date before a word for a treaty (or of dated-instruments), over up to two lower-case
    modifiers, names the treaty (and can date only its
    signing: "the Feb. 23 accord signed by Annan"), and so does one right after a treaty's
    name and "of" ("the INF Treaty of 1987")."""
    return treaty_noun_after(ctx, date[1]) or after_treaty_name(ctx, date[0])


def after_treaty_name(ctx: DocContext, start: int) -> bool:
    """Does "of" stand at ``start`` - 1 right after a treaty's name ("the INF Treaty of
    1987")?"""
    return start > 1 and ctx.lower[start - 1] == ctx.hashes.of \
        and start - 1 in ctx.treaty_ends


def treaty_noun_after(ctx: DocContext, end: int, instruments: bool = True,
                      over_triggers: bool = False) -> bool:
    """Does a word of treaty-nouns (with ``instruments``, of dated-instruments too) follow
    ``end``, over up to NAME_MODIFIERS lower-case words that are no trigger's nor a
    determiner ("the 2015 nuclear deal", not "last month rendered the accord")? With
    ``over_triggers`` those words may be triggers' (while the triggers are still being
    found)."""
    return treaty_noun_at(ctx, end, instruments, over_triggers) is not None


def treaty_noun_at(ctx: DocContext, end: int, instruments: bool = True,
                   over_triggers: bool = False) -> int | None:
    """Where the word of :func:`treaty_noun_after` is, or None."""
    lower, doc, hashes = ctx.lower, ctx.doc, ctx.hashes

    def names(i: int) -> bool:
        return lower[i] in hashes.treaty_nouns or (
            instruments and lower[i] in hashes.dated_instruments)

    after = end
    for _ in range(NAME_MODIFIERS):
        if not (after < len(lower) and not names(after)
                and doc[after].is_alpha and doc[after].is_lower
                and lower[after] not in hashes.noun_determiners
                and (over_triggers or after not in ctx.trigger_tokens)):
            break
        after += 1
    return after if after < len(lower) and names(after) else None
