"""treatyx_ranges: range figures ("between 300 and 2,000 km") as kilometres, linked to a system.

Units come from the ``units`` section, every other word from the ``range_*`` sections
(``rules/ranges.yml``): number words, pair connectors, approx/bound cues, measure cues and
blockers. All of it is compiled once into a few regular expressions:

1. a lexeme flag marks unit words ("km", "500km"): a document without one costs one array
   read; otherwise one regex finds digits right before a unit, and flagged units right after
   a number word count too ("ten miles"); only text near flagged tokens is ever built;
2. around each hit only, the full figure regex reads cue words, an optional first number and
   connector ("between 500 and", "500-"), the number, the unit and a trailing cue ("or more");
3. blockers drop money, speeds and counts ("$5m", "900 km/h", "a 5m-strong army");
4. the measure comes from the first listed ``range_measures`` entry whose words stand within
   its window (never across another figure), the subject from a system mention in the
   same sentence: the one the figure modifies ("a 1,500-km Tomahawk"), else the nearest before
   it, else the nearest after it.

Phrases follow treatyx's one case rule (:func:`treatyx.matching.is_exact_phrase`): lower case
ignores case except a word of one or two letters ("m" is metres, "M" is not); a capital or a
digit is matched as written; an entry's ``case`` overrides.

Writes ``doc.spans["treatyx_range"]`` (label = measure) and ``span._.treatyx_range``.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .. import extensions
from ..cache import BuildCache
from ..matching import is_exact_phrase, lexeme_flag
from ..quantities import NumberReader, normalise, number_words, phrases_regex, round_km
from ..ruleset import RuleSet
from ..trie import words_regex
from .common import contains_phrase, lexicon_phrases
from .rulebased import RuleComponent

GROUP = extensions.SPAN_GROUPS["range"]
ATTR = extensions.SPAN_ATTRS["range"]
SYSTEM_GROUP = extensions.SPAN_GROUPS["system"]
MEASURES = ("range", "distance", "altitude")

LOOK_BACK = 100  # characters read before a prefilter hit to find the start of its figure
LOOK_AHEAD = 60
TOKENS_BEFORE = 60  # tokens of context kept around a unit word (covers the reaches below)
TOKENS_AFTER = 30
WORD_CHARS = 16  # characters allowed per word of a cue's window when searching for the cue
MODIFIER_GAP = 2  # words between a figure and the system it modifies ("1,500-km range Tomahawk")
SUBJECT_BEFORE = 15  # words back to the nearest system mention
SUBJECT_AFTER = 8
ANAPHOR_REACH = 400  # characters before its sentence where "the missile" finds the system meant
ANAPHOR_WORDS = 10  # tokens before a figure where "the missile" may stand
WORD = re.compile(r"[^\W_]+")
HARD_BREAK = re.compile(r"[,;:.()\[\]]")  # punctuation a modifier does not reach across
LETTER_HYPHEN = re.compile(r"[^\W\d_]-$")
CLAUSE_END = re.compile(r"[;:]")
OPEN_BRACKET = re.compile(r"\s*[(\[]\s*")
CLOSE_BRACKET = re.compile(r"\s*[)\]]")


@dataclass
class Unit:
    id: str
    km: float
    measure: str | None


@dataclass
class PhraseMap:
    """Phrases of one kind, as one regex, and what each (normalised) phrase stands for."""

    hyphen_before: bool = True
    exact: dict[str, list] = field(default_factory=dict)
    folded: dict[str, list] = field(default_factory=dict)
    phrases: list[tuple[str, bool]] = field(default_factory=list)

    def add(self, phrase: str, payload, case: str | None = None) -> None:
        """Add ``phrase`` under the case rule; ``case`` is its entry's ``case:`` key."""
        key = " ".join(phrase.split())
        exact = is_exact_phrase(key, case)
        if exact:
            self.exact.setdefault(key, []).append(payload)
        else:
            self.folded.setdefault(key.lower(), []).append(payload)
        self.phrases.append((key, not exact))

    def regex(self) -> str:
        return phrases_regex(self.phrases, hyphen_before=self.hyphen_before)

    def lookup(self, text: str) -> list:
        key = " ".join(text.split())
        return self.exact.get(key) or self.folded.get(normalise(key)) or []


class UnitFlag:
    """Lexeme flag getter: the word is a unit ("km") or digits fused with one ("500km")."""

    def __init__(self, words: frozenset[str], fused: str):
        self.words = words
        self.fused = re.compile(fused, re.IGNORECASE)

    def __call__(self, string: str) -> bool:
        return string.lower() in self.words or self.fused.fullmatch(string) is not None

    def __eq__(self, other) -> bool:
        return isinstance(other, UnitFlag) and (self.words, self.fused.pattern) == (
            other.words, other.fused.pattern)

    def __hash__(self) -> int:
        return hash((self.words, self.fused.pattern))


@dataclass
class Figure:
    start: int
    end: int
    num_start: int
    values: tuple[float, float]
    unit: Unit
    unit_text: str
    approx: bool
    bound: str | None
    span: Span | None = None


def _reach(table: PhraseMap) -> int:
    """How many characters to search for the phrases of ``table`` given their windows."""
    payloads = [p for group in (*table.exact.values(), *table.folded.values()) for p in group]
    windows = [p if isinstance(p, int) else p[1] for p in payloads] or [0]
    longest = max((len(phrase) for phrase, _ in table.phrases), default=0)
    return WORD_CHARS * (max(windows) + 1) + longest


def _words(text: str) -> int:
    return len(WORD.findall(text))


class RangeFinder:
    """Finds range figures and writes them to ``doc.spans["treatyx_range"]``."""

    def __init__(self, ruleset: RuleSet, vocab: Vocab | None = None):
        """Compile the range rules (validated by the rule schema when loaded: see
        :mod:`treatyx.ruleset.models`); ``vocab`` binds the result to a pipeline at once (a
        finder without one is what the build cache keeps: see :meth:`bind`)."""
        self.flag = -1
        self.units = PhraseMap()
        for entry in ruleset.entries("units"):
            unit = Unit(entry.id, float(entry["km"]), entry.get("measure"))
            for phrase in entry["phrases"]:
                self.units.add(phrase, unit)

        self.numbers = NumberReader(number_words(ruleset.entries("numbers")))

        self.connectors, self.openers = PhraseMap(), PhraseMap()
        for entry in ruleset.entries("range_connectors"):
            for phrase in entry["phrases"]:
                self.connectors.add(phrase, entry, entry.get("case"))
            for phrase in entry.get("openers", []):
                self.openers.add(phrase, entry, entry.get("case"))

        self.cues = {position: PhraseMap() for position in ("before", "after", "infix")}
        for entry in ruleset.entries("range_cues"):
            for phrase in entry["phrases"]:
                self.cues[entry.get("position", "before")].add(
                    phrase, entry["type"], entry.get("case"))

        self.measures = {"before": PhraseMap(hyphen_before=False), "after": PhraseMap()}
        for rank, entry in enumerate(ruleset.entries("range_measures")):
            position = entry.get("position", "before")
            window = entry.get("window", 3 if position == "before" else 1)
            for phrase in entry["phrases"]:
                self.measures[position].add(
                    phrase, (rank, window, entry["measure"]), entry.get("case"))

        self.blockers = {"before": PhraseMap(), "after": PhraseMap()}
        for entry in ruleset.entries("range_blockers"):
            window = entry.get("window", 0)
            for phrase in entry["phrases"]:
                self.blockers[entry["position"]].add(phrase, window, entry.get("case"))
        self.anaphors = [phrase.lower().split() for phrase in
                         lexicon_phrases(ruleset, "system-anaphors")]
        self.reach = {f"{kind}-{pos}": _reach(table) for kind, tables in
                      (("measure", self.measures), ("block", self.blockers))
                      for pos, table in tables.items()}
        self._compile()
        if vocab is not None:
            self._bind_flag(vocab)

    def bind(self, vocab: Vocab) -> RangeFinder:
        """A copy of this compiled finder that reads ``vocab``'s lexeme flag for unit words."""
        bound = copy.copy(self)
        bound._bind_flag(vocab)
        return bound

    def _bind_flag(self, vocab: Vocab) -> None:
        self.flag = lexeme_flag(vocab, self.unit_flag)

    def _compile(self) -> None:
        unit = self.units.regex()
        number = self.numbers.regex
        infix = self.cues["infix"].regex()
        # Prefilter: case-folded plain-text tries after a digit, so the scan runs at C speed.
        unit_words = sorted({normalise(p) for p, _ in self.units.phrases}, key=len, reverse=True)
        plain_units = words_regex(unit_words)
        plain_infix = words_regex(normalise(p) for p, _ in self.cues["infix"].phrases)
        self.digit_hits = re.compile(
            rf"\d(?:\s*(?:{plain_infix or '(?!)'}))?[\s-]{{0,2}}(?:{plain_units})(?![^\W_])",
            re.IGNORECASE)
        self.number_words = {w.lower() for w, info in self.numbers.words.items()
                             if not info.needs_scale and " " not in w} | {"half"}
        self.unit_flag = UnitFlag(frozenset(w.split()[-1] for w in unit_words),
                                  rf"[\d.,]+[\s+-]?(?:{plain_units})")
        mods = rf"(?P<mods>(?:{self.cues['before'].regex()}\s*){{0,3}})"
        # "8- to 16-metre": a hyphen may hang after the first number, its unit left out
        pair = (rf"(?:(?:(?P<open>{self.openers.regex()})\s+)?(?P<n1>{number})"
                rf"(?:\s*-?\s*(?P<u1>{unit})|-(?=\s))?\s*(?P<conn>{self.connectors.regex()})\s*)")
        tail = (rf"(?P<n2>{number})(?P<infix>\s*{infix})?\s*-?\s*(?P<unit>{unit})"
                rf"(?P<after>\s*[-,]?\s*{self.cues['after'].regex()})?")
        self.figure = re.compile(rf"{mods}{pair}?{tail}")
        self.single = re.compile(rf"{mods}{tail}")  # no first number: never read as a pair
        self.cue_before = re.compile(self.cues["before"].regex())
        self.starts = re.compile(  # where a figure may begin: a cue, an opener or a number
            rf"{self.cues['before'].regex()}|{self.openers.regex()}|(?<![\w.])(?<!\d,)\d"
            rf"|{self.numbers.word_regex}")
        self.measure_res = {pos: re.compile(m.regex()) for pos, m in self.measures.items()}
        self.blocker_res = {pos: re.compile(m.regex()) for pos, m in self.blockers.items()}

    # -- finding -------------------------------------------------------------------------

    def find(self, text: str, doc: Doc, flagged: list[int]) -> list[Figure]:
        """Every figure in ``text`` (``doc``'s text), in order, without overlaps."""
        figures: list[Figure] = []
        covered = -1
        for hit_start, hit_end in self.hits(text, doc, flagged):
            if hit_start < covered:
                continue
            figure = self._figure_at(text, hit_start, hit_end, covered)
            if figure is not None and figure.start >= covered:
                figures.append(figure)
                covered = figure.end
        return figures

    def hits(self, text: str, doc: Doc, flagged: list[int]) -> list[tuple[int, int]]:
        """Where a number stands right before a unit: ``(start, end)``, in text order.

        Digits: one case-folded regex over the text. Number words ("ten miles"): among the
        flagged unit tokens, those right after a number word (a hyphen may stand between:
        "six-mile"), or one word after it ("half a mile").
        """
        found = [(m.start(), m.end()) for m in self.digit_hits.finditer(text)]
        added = False
        for i in flagged:
            if i == 0:
                continue
            j = i - 2 if i > 1 and doc[i - 1].text == "-" else i - 1
            if doc[j].lower_ in self.number_words or (
                    j > 0 and doc[j - 1].lower_ in self.number_words):
                token = doc[i]
                found.append((token.idx, token.idx + len(token.text)))
                added = True
        if added:
            found.sort()
        return found

    def _figure_at(self, text: str, hit_start: int, hit_end: int, covered: int) -> Figure | None:
        """The figure holding a prefilter hit: tried from each place a figure can start."""
        lo = max(0, covered, hit_start - LOOK_BACK)
        hi = min(len(text), hit_end + LOOK_AHEAD)
        for start in self.starts.finditer(text, lo, hit_start + 1):
            for regex in (self.figure, self.single):
                match = regex.match(text, start.start(), hi)
                if match is None or match.end("unit") < hit_end:
                    break
                figure = self._read(text, match, hi)
                if figure and figure.start <= hit_start and figure.end >= hit_end:
                    return figure
        return None

    def _read(self, text: str, match: re.Match, hi: int) -> Figure | None:
        unit = self.units.lookup(match.group("unit"))[0]
        value = self.numbers.read(match.group("n2"))
        if value is None:
            return None
        start, first = match.start(), match.start("n2")
        low = value * unit.km
        pair_ok = False
        if match.groupdict().get("n1") is not None:
            pair_ok = self._pair_ok(match) and not self._words_joined(match)
            if pair_ok:
                n1 = self.numbers.read(match.group("n1"))
                u1 = self.units.lookup(match.group("u1"))[0] if match.group("u1") else unit
                pair_ok = n1 is not None
                if pair_ok:
                    low, first = n1 * u1.km, match.start("n1")
            if not pair_ok:
                return self._single(text, match, hi)
        if LETTER_HYPHEN.search(text, max(0, first - 2), first):  # SS-20, Hwasong-15
            return None
        mods = match.group("mods") or ""
        kinds = [self.cues["before"].lookup(m.group())[0] for m in self.cue_before.finditer(mods)]
        if match.group("infix"):
            kinds.append(self.cues["infix"].lookup(match.group("infix"))[0])
        if match.group("after"):
            after = match.group("after").strip(" \t\n-,")
            kinds.append(self.cues["after"].lookup(after)[0])
        end = match.end()
        if self._blocked(text, start, match.end("unit")):
            return None
        high = value * unit.km
        bounds = [k for k in kinds if k != "approx"]
        return Figure(start, end, first, (min(low, high), max(low, high)), unit,
                      match.group("unit"), "approx" in kinds, bounds[-1] if bounds else None)

    def _single(self, text: str, match: re.Match, hi: int) -> Figure | None:
        """Read a figure as one number: "twenty-five miles" and "two and a half miles" (the
        whole), "5 and 10 km" (10)."""
        single = self.single.match(text, match.start(), hi)
        if (single is None or single.end("unit") != match.end("unit")) and not \
                self._words_joined(match):
            single = self.single.match(text, match.start("n2"), hi)
        return None if single is None else self._read(text, single, hi)

    def _words_joined(self, match: re.Match) -> bool:
        """True for a hyphenated number word ("twenty-five"), which is no pair."""
        return (match.group("conn") == "-" and match.group("u1") is None
                and match.end("n1") == match.start("conn") == match.end("conn") - 1
                and match.end("conn") == match.start("n2")
                and not match.group("n1")[:1].isdigit() and not match.group("n2")[:1].isdigit())

    def _pair_ok(self, match: re.Match) -> bool:
        connectors = self.connectors.lookup(match.group("conn"))
        opener = match.group("open")
        for entry in connectors:
            if opener is None and not entry.get("needs_opener"):
                return True
            if opener is not None and normalise(opener) in {normalise(o) for o in
                                                           entry.get("openers", [])}:
                return True
        return False

    def _blocked(self, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - self.reach["block-before"]):start]
        for hit in self.blocker_res["before"].finditer(before):
            gap = before[hit.end():]
            if _words(gap) <= max(self.blockers["before"].lookup(hit.group())) and (
                gap.strip() == "" or not HARD_BREAK.search(gap)
            ):
                return True
        after = text[end:end + self.reach["block-after"]]
        for hit in self.blocker_res["after"].finditer(after):
            gap = after[:hit.start()]
            if _words(gap) <= max(self.blockers["after"].lookup(hit.group())) and not (
                HARD_BREAK.search(gap)
            ):
                return True
            break
        return False

    # -- describing ----------------------------------------------------------------------

    def measure(self, text: str, start: int, end: int, lo: int, hi: int) -> str | None:
        """The measure named by a cue word in ``text[lo:start]`` or ``text[end:hi]``."""
        best: tuple[int, int, int] | None = None
        measure = None
        before = text[max(lo, start - self.reach["measure-before"]):start]
        for hit in self.measure_res["before"].finditer(before):
            gap = _words(before[hit.end():])
            for rank, window, name in self.measures["before"].lookup(hit.group()):
                if gap <= window and (best is None or (rank, gap, 0) < best):
                    best, measure = (rank, gap, 0), name
        after = text[end:min(hi, end + self.reach["measure-after"])]
        for hit in self.measure_res["after"].finditer(after):
            gap = _words(after[:hit.start()])
            for rank, window, name in self.measures["after"].lookup(hit.group()):
                if gap <= window and (best is None or (rank, gap, 1) < best):
                    best, measure = (rank, gap, 1), name
        return measure

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        flagged = doc.to_array(self.flag).nonzero()[0].tolist()
        if flagged:  # some token is, or ends with, a unit word
            text = _text_near(doc, flagged)
            figures = self.find(text, doc, flagged)
            if figures:
                spans = self._describe(doc, text, self._align(doc, figures))
        doc.spans[GROUP] = spans
        return doc

    def _align(self, doc: Doc, figures: list[Figure]) -> list[Figure]:
        """Token-aligned figures, without overlaps or numbers that belong to a system name."""
        systems = sorted((s.start_char, s.end_char) for s in doc.spans.get(SYSTEM_GROUP, []))
        starts = [s for s, _ in systems]
        reach = list(accumulate((e for _, e in systems), max))  # furthest end so far
        kept: list[Figure] = []
        last_token = 0
        for figure in figures:
            span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
            if span is None or span.start < last_token:
                continue
            before = bisect_left(starts, figure.end)  # the systems starting before its end
            if before and reach[before - 1] > figure.num_start:
                continue  # a number inside a system name
            figure.span = span
            kept.append(figure)
            last_token = span.end
        return kept

    def _antecedent(self, doc: Doc, figure: Span, after: int,
                    systems: list[tuple[int, int, str]]) -> str | None:
        """"The missile's range was below 500 km": the system that a phrase of the lexicon list
        ``system-anaphors`` a few words before the figure refers back to, when the sentence
        names none and the text just before names exactly one."""
        sent = figure.sent
        if not self.anaphors or any(sent.start <= s < sent.end for s, _, _ in systems):
            return None
        start = max(sent.start, after, figure.start - ANAPHOR_WORDS)
        words = [token.lower_ for token in doc[start:figure.start]]
        if not contains_phrase(words, self.anaphors):
            return None
        reach = sent.start_char - ANAPHOR_REACH
        named = {system_id for s, _, system_id in systems
                 if s < sent.start and doc[s].idx >= reach}
        return named.pop() if len(named) == 1 else None

    def _describe(self, doc: Doc, text: str, figures: list[Figure]) -> list[Span]:
        has_sents = doc.has_annotation("SENT_START")
        systems = _systems(doc)
        spans: list[Span] = []
        groups = _conversion_groups(text, figures)
        for g, group in enumerate(groups):
            main = group[0]
            start, end = main.span.start_char, _group_end(text, group)
            if has_sents:
                sent = main.span.sent
                sent_lo, sent_hi = sent.start_char, sent.end_char
            else:
                sent_lo, sent_hi = 0, len(text)
            lo = max(sent_lo, groups[g - 1][-1].span.end_char if g else 0)
            hi = sent_hi if g + 1 == len(groups) else min(sent_hi, groups[g + 1][0].span.start_char)
            cut = max(text.rfind(";", lo, start), text.rfind(":", lo, start))
            lo = max(lo, cut + 1)
            cut = CLAUSE_END.search(text, end, hi)
            hi = cut.start() if cut else hi
            subject = _subject(doc, main.span.start, group[-1].span.end, systems)
            if subject is None and has_sents:
                after = groups[g - 1][-1].span.end if g else 0  # not across another figure
                subject = self._antecedent(doc, main.span, after, systems)
            measure = self.measure(text, start, end, lo, hi) or main.unit.measure or (
                "range" if subject else "distance")
            for figure in group:
                span = figure.span
                labelled = Span(doc, span.start, span.end, label=measure)
                low, high = figure.values
                labelled._.set(ATTR, {
                    "min_km": round_km(low), "max_km": round_km(high), "unit": figure.unit_text,
                    "approx": figure.approx or main.approx, "bound": figure.bound or main.bound,
                    "measure": measure, "subject": subject, "rule": figure.unit.id,
                })
                spans.append(labelled)
        return spans


def _text_near(doc: Doc, flagged: list[int]) -> str:
    """``doc.text`` with only the parts near the given tokens filled in, the rest blank.

    Offsets are those of ``doc.text``; building just the windows costs little on long
    documents that hold one or two figures.
    """
    windows: list[list[int]] = []
    for i in flagged:
        start, end = max(0, i - TOKENS_BEFORE), min(len(doc), i + TOKENS_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    if windows == [[0, len(doc)]]:
        return doc.text
    last = doc[-1]
    length = last.idx + len(last.text_with_ws)
    pieces, pos = [], 0
    for start, end in windows:
        first = doc[start].idx
        piece = doc[start:end].text
        pieces += [" " * (first - pos), piece]
        pos = first + len(piece)
    pieces.append(" " * (length - pos))
    return "".join(pieces)


def _conversion_groups(text: str, figures: list[Figure]) -> list[list[Figure]]:
    """Figures with their conversions in brackets: "450 km (280 miles)" is one group."""
    groups: list[list[Figure]] = []
    for figure in figures:
        if groups:
            last = groups[-1][-1]
            between = text[last.span.end_char:figure.span.start_char]
            if OPEN_BRACKET.fullmatch(between) and CLOSE_BRACKET.match(text, figure.span.end_char):
                groups[-1].append(figure)
                continue
        groups.append([figure])
    return groups


def _group_end(text: str, group: list[Figure]) -> int:
    end = group[-1].span.end_char
    if len(group) > 1:
        end = CLOSE_BRACKET.match(text, end).end()
    return end


def _systems(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start_token, end_token, id)`` of the system mentions, in text order."""
    found = []
    for span in doc.spans.get(SYSTEM_GROUP, []):
        info = span._.get(extensions.SPAN_ATTRS["system"]) or {}
        if info.get("kind", "system") != "system":
            continue
        system_id = info.get("id") or span.kb_id_ or None
        if system_id:
            found.append((span.start, span.end, system_id))
    found.sort()
    return found


def _subject(doc: Doc, start: int, end: int, systems: list[tuple[int, int, str]]) -> str | None:
    """The system that tokens ``start:end`` describe, within their sentence.

    The one the figure modifies ("a 1,500-km Tomahawk", "a 5,500-km-range Hwasong-12"), else
    the nearest before it, else the nearest after it, each within a few words.
    """
    if not systems:
        return None
    if doc.has_annotation("SENT_START"):
        sent = doc[start].sent
        sent_lo, sent_hi = sent.start, sent.end
    else:
        sent_lo, sent_hi = 0, len(doc)
    before = after = None
    # only the systems of the sentence (in text order) can qualify: a slice, not all of them
    in_sentence = systems[bisect_left(systems, (sent_lo,)):bisect_left(systems, (sent_hi,))]
    for s, e, system_id in in_sentence:
        if e <= start and s >= sent_lo:
            if _word_tokens(doc, e, start) <= SUBJECT_BEFORE:
                before = system_id
        elif s >= end and e <= sent_hi:
            gap = _word_tokens(doc, end, s)
            if gap <= MODIFIER_GAP and not any(HARD_BREAK.fullmatch(t.text) for t in doc[end:s]):
                return system_id
            if after is None and gap <= SUBJECT_AFTER:
                after = system_id
    return before or after


def _word_tokens(doc: Doc, start: int, end: int) -> int:
    """How many tokens between ``start`` and ``end`` are words (not punctuation)."""
    if end - start > 3 * SUBJECT_BEFORE:
        return end - start
    return sum(1 for token in doc[start:end] if not (token.is_punct or token.is_space))


class RangeComponent(RuleComponent):
    """The ``treatyx_ranges`` component: a :class:`RangeFinder` compiled from its rules (once
    per rule set, kept by the build cache) and bound to the pipeline's vocabulary."""

    SECTIONS = ("units", "numbers", "range_connectors", "range_cues", "range_measures",
                "range_blockers", "lexicon")

    def build(self, ruleset: RuleSet, cache: BuildCache) -> None:
        extensions.register_extensions()
        compiled = cache.get("range-finder", lambda: RangeFinder(ruleset))
        self.finder = compiled.bind(self.nlp.vocab)
        self.flag = self.finder.flag

    def __call__(self, doc: Doc) -> Doc:
        return self.finder(doc)


@Language.factory(
    "treatyx_ranges",
    default_config={"rules": []},
    assigns=["doc.spans", "span._.treatyx_range"],
    requires=["span._.treatyx_entity"],  # the system a range belongs to
)
def make_ranges(nlp: Language, name: str, rules: list[str]) -> RangeComponent:
    return RangeComponent(nlp, name, rules)
