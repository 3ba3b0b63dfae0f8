"""treatyx_ranges: range figures ("between 500 and 5,500 km") as kilometres, linked to a system.

Units come from the ``units`` section, every other word from the ``range_*`` sections
(``rules/ranges.yml``): number words, pair connectors, approx/bound cues, measure cues and
blockers. All of it is compiled once into a few regular expressions:

1. a cheap prefilter over the document text finds a number (digits or a number word) right
   before a unit;
2. around each hit only, the full figure regex reads cue words, an optional first number and
   connector ("between 500 and", "500-"), the number, the unit and a trailing cue ("or more");
3. blockers drop money, speeds and counts ("$5m", "900 km/h", "a 5m-strong army");
4. the measure comes from the first listed ``range_measures`` entry whose words stand within
   its window (never across another figure), the subject from a system mention in the
   same sentence: the one the figure modifies ("a 1,500-km Tomahawk"), else the nearest before
   it, else the nearest after it.

Unit phrases match exactly as written when they have at most two letters or carry a capital or
a digit ("m" is metres, "M" is not), otherwise ignoring case. ``range_*`` phrases ignore case
unless their entry says ``case: exact``.

Writes ``doc.spans["treatyx_range"]`` (label = measure) and ``span._.treatyx_range``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions
from ..errors import RuleError, RuleErrors
from ..quantities import NumberReader, NumberWord, alternation, normalise, phrase_regex, round_km
from ..ruleset import Entry, RuleSet, load_ruleset

GROUP = extensions.SPAN_GROUPS["range"]
ATTR = extensions.SPAN_ATTRS["range"]
SYSTEM_GROUP = extensions.SPAN_GROUPS["system"]
MEASURES = ("range", "distance", "altitude")

LOOK_BACK = 160  # characters read before a prefilter hit to find the start of its figure
LOOK_AHEAD = 60
CUE_REACH = 160  # characters searched for measure cues and blockers on each side
MODIFIER_GAP = 2  # words between a figure and the system it modifies ("1,500-km range Tomahawk")
SUBJECT_BEFORE = 15  # words back to the nearest system mention
SUBJECT_AFTER = 8
WORD = re.compile(r"[^\W_]+")
HARD_BREAK = re.compile(r"[,;:.()\[\]]")
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

    exact: dict[str, list] = field(default_factory=dict)
    folded: dict[str, list] = field(default_factory=dict)
    patterns: list[tuple[str, str]] = field(default_factory=list)

    def add(self, phrase: str, payload, exact: bool, *, hyphen_before: bool = True) -> None:
        key = " ".join(phrase.split())
        if exact:
            self.exact.setdefault(key, []).append(payload)
        else:
            self.folded.setdefault(key.lower(), []).append(payload)
        self.patterns.append((key, phrase_regex(key, not exact, hyphen_before=hyphen_before)))

    def regex(self) -> str:
        return alternation(self.patterns)

    def lookup(self, text: str) -> list:
        key = " ".join(text.split())
        return self.exact.get(key) or self.folded.get(normalise(key)) or []


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


def _unit_is_exact(phrase: str) -> bool:
    letters = [ch for ch in phrase if ch.isalpha()]
    return len(letters) <= 2 or any(ch.isupper() or ch.isdigit() for ch in phrase)


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _number(entry: Entry, key: str, errors: list[RuleError], *, positive: bool = True):
    value = entry.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or (
        positive and value <= 0
    ):
        errors.append(RuleError(entry.path, entry.line,
                                f"'{key}' in {entry.section} entry '{entry.id}' must be a "
                                f"{'positive ' if positive else ''}number, got {value!r}"))
        return None
    return float(value)


class RangeFinder:
    """Finds range figures and writes them to ``doc.spans["treatyx_range"]``."""

    def __init__(self, ruleset: RuleSet):
        errors: list[RuleError] = []
        self.units = PhraseMap()
        for entry in ruleset.entries("units"):
            km = _number(entry, "km", errors)
            measure = entry.get("measure")
            if measure is not None and measure not in MEASURES:
                errors.append(RuleError(entry.path, entry.line, f"'measure' in units entry "
                                        f"'{entry.id}' is {measure!r}; expected one of "
                                        f"{', '.join(MEASURES)}"))
            unit = Unit(entry.id, km or 1.0, measure)
            for phrase in entry["phrases"]:
                self.units.add(phrase, unit, _unit_is_exact(phrase))

        words: dict[str, NumberWord] = {}
        for entry in ruleset.entries("range_numbers"):
            value = _number(entry, "value", errors, positive=False)
            info = NumberWord(value or 0.0, bool(entry.get("scale")), bool(entry.get("needs_scale")))
            for phrase in entry["phrases"]:
                words[phrase] = info
        self.numbers = NumberReader(words)

        self.connectors, self.openers = PhraseMap(), PhraseMap()
        for entry in ruleset.entries("range_connectors"):
            exact = entry.get("case") == "exact"
            for phrase in entry["phrases"]:
                self.connectors.add(phrase, entry, exact)
            for phrase in entry.get("openers", []):
                self.openers.add(phrase, entry, exact)

        self.cues = {position: PhraseMap() for position in ("before", "after", "infix")}
        for entry in ruleset.entries("range_cues"):
            for phrase in entry["phrases"]:
                self.cues[entry.get("position", "before")].add(
                    phrase, entry["type"], entry.get("case") == "exact")

        self.measures = {"before": PhraseMap(), "after": PhraseMap()}
        for rank, entry in enumerate(ruleset.entries("range_measures")):
            position = entry.get("position", "before")
            window = entry.get("window", 3 if position == "before" else 1)
            if isinstance(window, bool) or not isinstance(window, int) or window < 0:
                errors.append(RuleError(entry.path, entry.line, f"'window' in range_measures "
                                        f"entry '{entry.id}' must be a whole number >= 0"))
                continue
            for phrase in entry["phrases"]:
                self.measures[position].add(
                    phrase, (rank, window, entry["measure"]), entry.get("case") == "exact",
                    hyphen_before=position == "after")

        self.blockers = {"before": PhraseMap(), "after": PhraseMap()}
        for entry in ruleset.entries("range_blockers"):
            window = entry.get("window", 0)
            if isinstance(window, bool) or not isinstance(window, int) or window < 0:
                errors.append(RuleError(entry.path, entry.line, f"'window' in range_blockers "
                                        f"entry '{entry.id}' must be a whole number >= 0"))
                continue
            for phrase in entry["phrases"]:
                self.blockers[entry["position"]].add(phrase, window, entry.get("case") == "exact")
        if errors:
            raise RuleErrors(errors)
        self._compile()

    def _compile(self) -> None:
        unit = self.units.regex()
        number = self.numbers.regex
        bare_words = [(w, phrase_regex(w, True)) for w, info in self.numbers.words.items()
                      if not info.needs_scale]
        infix = self.cues["infix"].regex()
        # A number (its last digit or word) right before a unit: cheap to scan the whole text.
        self.prefilter = re.compile(
            rf"(?:\d|{alternation(bare_words)})(?:\s*{infix})?\s*-?\s*{unit}"
        )
        mods = rf"(?P<mods>(?:{self.cues['before'].regex()}\s*){{0,3}})"
        pair = (rf"(?:(?:(?P<open>{self.openers.regex()})\s+)?(?P<n1>{number})"
                rf"(?:\s*-?\s*(?P<u1>{unit}))?\s*(?P<conn>{self.connectors.regex()})\s*)")
        tail = (rf"(?P<n2>{number})(?P<infix>\s*{infix})?\s*-?\s*(?P<unit>{unit})"
                rf"(?P<after>\s*[-,]?\s*{self.cues['after'].regex()})?")
        self.figure = re.compile(rf"{mods}{pair}?{tail}")
        self.single = re.compile(rf"{mods}{tail}")  # no first number: never read as a pair
        self.cue_before = re.compile(self.cues["before"].regex())
        self.measure_res = {pos: re.compile(m.regex()) for pos, m in self.measures.items()}
        self.blocker_res = {pos: re.compile(m.regex()) for pos, m in self.blockers.items()}

    # -- finding -------------------------------------------------------------------------

    def find(self, text: str) -> list[Figure]:
        """Every figure in ``text``, in order, without overlaps."""
        figures: list[Figure] = []
        covered = -1
        for hit in self.prefilter.finditer(text):
            if hit.start() < covered:
                continue
            figure = self._figure_at(text, hit.start(), hit.end())
            if figure is not None and figure.start >= covered:
                figures.append(figure)
                covered = figure.end
        return figures

    def _figure_at(self, text: str, hit_start: int, hit_end: int) -> Figure | None:
        lo = max(0, hit_start - LOOK_BACK)
        if lo:
            space = text.find(" ", lo, hit_start)
            lo = space + 1 if space >= 0 else hit_start
        hi = min(len(text), hit_end + LOOK_AHEAD)
        for regex in (self.figure, self.single):
            for match in regex.finditer(text, lo, hi):
                if match.start() > hit_start:
                    break
                if match.end("unit") >= hit_end:
                    figure = self._read(text, match, hi)
                    if figure and figure.start <= hit_start and figure.end >= hit_end:
                        return figure
                    break
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
        """Read a figure as one number: "twenty-five miles" (the whole), "5 and 10 km" (10)."""
        if self._words_joined(match):
            single = self.single.match(text, match.start(), hi)
        else:
            single = self.single.match(text, match.start("n2"), hi)
        return None if single is None else self._read(text, single, hi)

    def _words_joined(self, match: re.Match) -> bool:
        return (match.group("conn") == "-" and match.group("u1") is None
                and match.end("n1") == match.start("conn") and match.end("conn") == match.start("n2")
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
        before = text[max(0, start - CUE_REACH // 2):start]
        for hit in self.blocker_res["before"].finditer(before):
            gap = before[hit.end():]
            if _words(gap) <= max(self.blockers["before"].lookup(hit.group())) and (
                gap.strip() == "" or not HARD_BREAK.search(gap)
            ):
                return True
        after = text[end:end + CUE_REACH // 2]
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
        before = text[max(lo, start - CUE_REACH):start]
        for hit in self.measure_res["before"].finditer(before):
            gap = _words(before[hit.end():])
            for rank, window, name in self.measures["before"].lookup(hit.group()):
                if gap <= window and (best is None or (rank, gap, 0) < best):
                    best, measure = (rank, gap, 0), name
        after = text[end:min(hi, end + CUE_REACH)]
        for hit in self.measure_res["after"].finditer(after):
            gap = _words(after[:hit.start()])
            for rank, window, name in self.measures["after"].lookup(hit.group()):
                if gap <= window and (best is None or (rank, gap, 1) < best):
                    best, measure = (rank, gap, 1), name
        return measure

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        figures = self.find(text) if text else []
        spans: list[Span] = []
        if figures:
            spans = self._describe(doc, text, self._align(doc, figures))
        doc.spans[GROUP] = spans
        return doc

    def _align(self, doc: Doc, figures: list[Figure]) -> list[Figure]:
        """Token-aligned figures, without overlaps or numbers that belong to a system name."""
        systems = [(s.start_char, s.end_char) for s in doc.spans.get(SYSTEM_GROUP, [])]
        kept: list[Figure] = []
        last_token = 0
        for figure in figures:
            span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
            if span is None or span.start < last_token:
                continue
            if any(s < figure.end and figure.num_start < e for s, e in systems):
                continue
            figure.span = span
            kept.append(figure)
            last_token = span.end
        return kept

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
            hi = min(sent_hi, groups[g + 1][0].span.start_char if g + 1 < len(groups) else len(text))
            cut = max(text.rfind(";", lo, start), text.rfind(":", lo, start))
            lo = max(lo, cut + 1)
            cut = CLAUSE_END.search(text, end, hi)
            hi = cut.start() if cut else hi
            subject = _subject(text, start, end, systems, sent_lo, sent_hi)
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
    found = []
    for span in doc.spans.get(SYSTEM_GROUP, []):
        info = span._.get(extensions.SPAN_ATTRS["system"]) or {}
        if info.get("kind", "system") != "system":
            continue
        system_id = info.get("id") or span.kb_id_ or None
        if system_id:
            found.append((span.start_char, span.end_char, system_id))
    found.sort()
    return found


def _subject(text: str, start: int, end: int, systems: list[tuple[int, int, str]],
             sent_lo: int, sent_hi: int) -> str | None:
    """The system a figure describes: the one it modifies, else the nearest before or after."""
    before = after = None
    for s, e, system_id in systems:
        if e <= start and s >= sent_lo:
            gap = text[e:start]
            if _words(gap) <= SUBJECT_BEFORE:
                before = system_id
        elif s >= end and e <= sent_hi:
            gap = text[end:s]
            if _words(gap) <= MODIFIER_GAP and not HARD_BREAK.search(gap):
                return system_id
            if after is None and _words(gap) <= SUBJECT_AFTER:
                after = system_id
    return before or after


@Language.factory("treatyx_ranges", default_config={"rules": []}, assigns=["doc.spans"])
def make_ranges(nlp: Language, name: str, rules: list[str]) -> RangeFinder:
    extensions.register_extensions()
    return RangeFinder(load_ruleset(tuple(rules)))
