"""Find temporal expressions in text and give each a TimeML type, value and mod.

Steps, all on the raw text (so the tagger works without spaCy too):

1. the prefilter (one regex on the lower-cased text) finds trigger words: month and weekday
   names, years, calendar units, "today"...;
2. around each trigger, the alternation of the patterns that use that trigger is searched in a
   small window; each match is a candidate with an underspecified value template;
3. candidates overlapping a negative pattern ("5,500 km", "$48 billion") or a blocked span
   (a missile name found by the entity component) are dropped, then overlaps are settled: the
   longer candidate wins, then the higher priority;
4. modifier words next to a candidate are taken in ("early 2021" -> START, "about two years");
5. in text order, templates are filled and values resolved against the document date, the
   tense of the clause and the most recent date mentioned (:mod:`treatyx.timex.resolve`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from ..quantities import HALF_ONLY, HALF_TAIL, NumberWord, normalise, read_number_words
from .patterns import WINDOW_AFTER, WINDOW_BEFORE, DateRules, PatternRule, Template, norm_key
from .resolve import Resolver, well_formed
from .tense import clause_tense

WORD_START = re.compile(r"(?<!\w)(\w+)|['’](?=\d)")
SLASH_FRACTION = re.compile(r"^(?:(\d+)\s+)?(\d+)/(\d+)$")
UNIT_CODE = re.compile(r"^(\d*)(T?)([A-Z]+)(?:/([A-Z]+))?$")
SMALLER = {"Y": (12, "M", False), "M": (30, "D", False), "W": (7, "D", False),
           "D": (24, "H", True), "TH": (60, "M", True), "TM": (60, "S", True)}
MODIFIER_REACH = 40
COVERING_PRIORITY = 20  # a candidate this specific makes other triggers inside it redundant
NEGATIVE_REACH = 24  # characters around a candidate where a negative pattern may overlap it
LIST_ITEM_REACH = 16  # characters of one listed item next to a date ("and 12", ", 6", "3 and ")
DIGIT = re.compile(r"\d")


# Underspecified values whose day comes from the document date or the story, not the text.
DAY_FROM_CONTEXT = ("UNDEF-REFNEAR-day", "UNDEF-REF-day", "UNDEF-this-dayT")


@dataclass
class Timex:
    """One temporal expression: character offsets, TIMEX3 type, value, mod and the rule id."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    rule: str
    anchor: bool = False
    # a clock time whose day neither the expression nor the story states ("at 5 p.m." alone)
    day_inferred: bool = False

    def attrs(self) -> dict:
        """The JSON-ready dict stored on ``span._.treatyx_date``."""
        data = {"value": self.value, "type": self.type, "mod": self.mod, "rule": self.rule}
        if self.anchor:
            data["anchor"] = True
        if self.day_inferred:
            data["day_inferred"] = True
        return data


@dataclass
class Candidate:
    start: int
    end: int
    rule: PatternRule
    groups: dict[str, str | None]
    mod: str | None = None
    raw: str = ""  # the filled value template, before resolution
    core_start: int | None = None  # where it started before a modifier joined it


class DateTagger:
    """Tags and resolves temporal expressions with compiled :class:`DateRules`."""

    def __init__(self, rules: DateRules):
        self.rules = rules
        self.numbers = rules.numbers  # the number words shared with the range component
        self.ordinal = rules.vocab.get("ordinal")
        self.units = rules.vocab.get("unit")
        self.ampm = rules.vocab.get("ampm")
        self.dayhalf = rules.vocab.get("dayhalf")

    # -- 1: triggers ----------------------------------------------------------------------------
    def hits(self, text: str) -> dict[tuple[str, ...], list[tuple[int, int]]]:
        """Trigger spans by the trigger vocabularies they belong to (prefilter over the text)."""
        rules = self.rules
        lowered = text.lower()
        prefilter = rules.prefilter
        if len(lowered) != len(text):  # a few characters change length when lower-cased
            lowered, prefilter = text, rules.prefilter_ci
        hits: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for m in prefilter.finditer(lowered):
            if m.lastgroup == "w":
                self._word_hit(text, m.start(), m.end(), m.group(), hits)
            else:
                self._digit_hit(text, m.start(), hits)
        return hits

    def token_hits(self, text: str, words: list[tuple[int, int]], digits: list[int]
                   ) -> dict[tuple[str, ...], list[tuple[int, int]]]:
        """The same from tokens already found: trigger words (start, end) and the character
        offsets of tokens that hold a digit (the spaCy component finds them with arrays)."""
        hits: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for start, end in words:
            self._word_hit(text, start, end, text[start:end].lower(), hits)
        for start in digits:
            self._digit_hit(text, start, hits)
        for spans in hits.values():
            spans.sort()
        return hits

    def _word_hit(self, text: str, start: int, end: int, word: str,
                  hits: dict[tuple[str, ...], list[tuple[int, int]]]) -> None:
        rules = self.rules
        forms = rules.word_forms.get(word)
        if forms is not None and text[start:end] not in forms:
            return  # "may" is no month, "march" no month either
        cats = rules.word_categories.get(word) or rules.word_categories.get(norm_key(word))
        if cats:
            hits.setdefault(cats, []).append((start, end))

    def _digit_hit(self, text: str, p: int, hits: dict[tuple[str, ...], list[tuple[int, int]]]
                   ) -> None:
        """Which regex trigger, if any, matches at the digits at ``p``."""
        digit_triggers = self.rules.digit_triggers
        if digit_triggers is None:
            return
        t = None
        if p and text[p - 1] in "'’":
            t = digit_triggers.match(text, p - 1)
        if t is None:
            t = digit_triggers.match(text, p)
        if t is not None:
            hits.setdefault((self.rules.regex_categories[t.lastgroup],), []).append(t.span())

    # -- 2-3: candidates ---------------------------------------------------------------------
    def candidates(self, text: str, blocked: list[tuple[int, int]] | tuple = (),
                   dct: dt.date | None = None,
                   hits: dict[tuple[str, ...], list[tuple[int, int]]] | None = None
                   ) -> list[Candidate]:
        """Settled candidates with their value templates filled (not yet resolved)."""
        if hits is None:
            hits = self.hits(text)
        if not hits:
            return []
        found: dict[tuple[int, int, str], Candidate] = {}
        n = len(text)
        covered: list[tuple[int, int]] = []  # spans of long candidates found so far
        for cats, spans in hits.items():
            tried: set[int] = set()
            scan = (cats, self.rules.starts_for(cats), self.rules.char_table(cats))
            for hs, he in spans:
                if any(s <= hs and he <= e for s, e in covered):
                    continue  # inside "Friday, Aug. 7, 1998" found from "Friday": done
                self._scan(scan, text, hs, he, n, tried, found, covered)
        cands = [c for c in found.values() if self._fill_raw(c, dct)]
        if not cands:
            return []
        cands = self._drop_negatives(text, cands, blocked)
        settled = self._settle(cands)
        listed = self._listed_items(text, settled, dct)
        return self._settle(settled + listed) if listed else settled

    def _listed_items(self, text: str, cands: list[Candidate], dct: dt.date | None
                      ) -> list[Candidate]:
        """A candidate for each item of a list next to a candidate whose rule has
        ``listed_after`` / ``listed_before``: "August 11 and 12", "March 5, 6 and 9",
        "3 and 4 May". An item rebinds the groups it names and keeps the others; its span is
        that of its groups."""
        added = []
        for c in cands:
            for item, after in ((c.rule.listed_after, True), (c.rule.listed_before, False)):
                if item is None:
                    continue
                pos = c.end if after else c.start
                while True:
                    m = item.match(text, pos, min(len(text), pos + LIST_ITEM_REACH)) if after \
                        else item.search(text, max(0, pos - LIST_ITEM_REACH), pos)
                    if m is None:
                        break
                    spans = [m.span(g) for g in item.groupindex if m.start(g) >= 0]
                    new = Candidate(min(s for s, _ in spans), max(e for _, e in spans), c.rule,
                                    {**c.groups, **{g: v for g, v in m.groupdict().items()
                                                    if v is not None}})
                    if not self._fill_raw(new, dct):
                        break
                    added.append(new)
                    pos = m.end() if after else m.start()
        return added

    def _fill_raw(self, c: Candidate, dct: dt.date | None) -> bool:
        """Fill the first value template that has all its groups and a well-formed value."""
        for template in c.rule.templates:
            raw = self.fill(template, c.groups, dct)
            if raw is not None and well_formed(raw):
                c.raw = raw
                return True
        return False

    def _scan(self, scan: tuple, text: str, hs: int, he: int, n: int, tried: set[int],
              found: dict[tuple[int, int, str], Candidate],
              covered: list[tuple[int, int]]) -> None:
        """Try the patterns of the triggers ``scan[0]`` at each word start up to the trigger at
        [hs, he), only those that can start with the word and character found there."""
        cats, starts, table = scan
        end = min(n, he + WINDOW_AFTER)
        patterns = self.rules.patterns
        matched = False
        for w in WORD_START.finditer(text, max(0, hs - WINDOW_BEFORE), hs + 2):
            pos = w.start()
            if pos in tried or (matched and pos < hs):
                continue  # once something covers the trigger, only the trigger itself is tried
            word = w.group(1)
            if pos < hs and word and starts is not None:
                if word[0].isdigit():
                    if not starts[2]:
                        continue
                else:
                    low = word.lower().rstrip("0123456789")
                    if low not in starts[0] and not (starts[1] and low.startswith(starts[1])):
                        continue  # no pattern of these triggers starts with this word
            tried.add(pos)
            first = text[pos].lower()
            regex = table.get(first, table)
            if regex is table:
                regex = table[first] = self.rules.regex_for(cats, first)
            if regex is None:
                continue
            m = regex.match(text, pos, end)
            if m is not None and m.end() == end < n:
                m = regex.match(text, pos)  # the window cut it short: once more, in full
            if m is None or m.end() <= hs:
                continue
            matched = True
            gname = m.lastgroup
            rule = patterns[gname]
            if rule.group:
                s, e = m.span(f"{gname}_{rule.group}")
            else:
                s, e = m.span()
            if s < e:
                key = (s, e, rule.id)
                if key not in found:
                    groups = {name: m.group(full) for full, name in rule.group_names}
                    found[key] = Candidate(s, e, rule, groups)
                    if rule.priority >= COVERING_PRIORITY:
                        covered.append((s, e))

    def _drop_negatives(self, text: str, cands: list[Candidate],
                        blocked: list[tuple[int, int]] | tuple) -> list[Candidate]:
        spans = list(blocked)
        groups: dict[frozenset[str], list[Candidate]] = {}
        for c in cands:
            groups.setdefault(c.rule.categories, []).append(c)
        for categories, members in groups.items():
            regex = self.rules.negatives_for(categories)
            if regex is None:
                continue
            windows: list[list[int]] = []
            for c in sorted(members, key=lambda c: c.start):
                a, b = max(0, c.start - NEGATIVE_REACH), min(len(text), c.end + NEGATIVE_REACH)
                if windows and a <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], b)
                else:
                    windows.append([a, b])
            for a, b in windows:
                pos = a
                while pos < b:
                    m = regex.search(text, pos, b)
                    if m is None:
                        break
                    spans.append(m.span())
                    pos = m.end() if m.end() > m.start() else m.start() + 1
        if not spans:
            return cands
        spans.sort()
        starts = [s for s, _ in spans]
        reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end so far
        kept = []
        for c in cands:  # dropped when a span starting before its end reaches past its start
            before = bisect.bisect_left(starts, c.end)
            if not before or reach[before - 1] <= c.start:
                kept.append(c)
        return kept

    @staticmethod
    def _settle(cands: list[Candidate]) -> list[Candidate]:
        cands.sort(key=lambda c: (-(c.end - c.start), -c.rule.priority, c.start, c.rule.index))
        chosen: list[Candidate] = []
        starts: list[int] = []
        for c in cands:
            i = bisect.bisect_left(starts, c.start)
            if i < len(chosen) and chosen[i].start < c.end:
                continue
            if i > 0 and chosen[i - 1].end > c.start:
                continue
            chosen.insert(i, c)
            starts.insert(i, c.start)
        return chosen

    # -- 4: modifiers --------------------------------------------------------------------------
    def _extend(self, text: str, cands: list[Candidate]) -> None:
        rules = self.rules
        for i, c in enumerate(cands):
            if not c.rule.modifiers or c.rule.mod is not None:
                continue
            kind = c.rule.type
            low = cands[i - 1].end if i > 0 else 0
            high = cands[i + 1].start if i + 1 < len(cands) else len(text)
            before = rules.before.get(kind)
            if before is not None and _word_before(text, c.start, low).lower() in \
                    rules.modifier_last_words:
                m = before.search(text, max(low, c.start - MODIFIER_REACH), c.start)
                if m is not None:
                    c.core_start, c.start = c.start, m.start()
                    c.mod = rules.modifier_groups[m.lastgroup].mod
            after = rules.after.get(kind)
            if after is not None:
                m = after.match(text, c.end, high)
                if m is not None:
                    c.end = m.end()
                    if c.mod is None:
                        c.mod = rules.modifier_groups[m.lastgroup].mod

    # -- 5: values -----------------------------------------------------------------------------
    def tag(self, text: str, dct: str | dt.date | None = None,
            blocked: list[tuple[int, int]] | tuple = (),
            hits: dict[tuple[str, ...], list[tuple[int, int]]] | None = None,
            sentences: Sequence[int] | None = None) -> list[Timex]:
        """Every temporal expression of ``text``, resolved against ``dct`` (ISO date or None).

        ``blocked``: spans no date may overlap (missile names). ``hits``: triggers found
        beforehand (:meth:`token_hits`); by default the prefilter regex finds them.
        ``sentences``: where each sentence starts (the pipeline's splitter); by default
        :func:`treatyx.components.sentences.split_text` splits ``text`` when a tense is needed."""
        resolver = Resolver(dct)
        cands = self.candidates(text, blocked, resolver.dct, hits)
        if not cands:
            return []
        self._extend(text, cands)
        out: list[Timex] = []
        stated_days: set[str] = set()
        for c in cands:
            raw = c.raw
            tense = None
            if raw.startswith("UNDEF-tense"):
                if sentences is None:
                    from ..components.sentences import split_text  # spaCy, only when needed

                    sentences = split_text(text)
                # a modifier's words are cues too: "could come as early as August" is ahead
                start = c.start if c.core_start is None else c.core_start
                tense = clause_tense(self.rules, text, start, c.end, sentences)
            value, anchored = resolver.resolve(raw, tense)
            if value is None:
                continue
            mod = c.mod
            if c.rule.mod is not None:
                mod = self.fill(c.rule.mod, c.groups, resolver.dct) or None
            # A clock time's day is inferred unless the story stated that day before
            # ("on March 10 ... at 1:50 p.m."); "at 5:24 and 5:36 a.m." alone states none.
            # A day counted from a stated day ("on Thursday ... two days earlier") is stated.
            counted_from = resolver.counted_from
            inferred = raw.startswith(DAY_FROM_CONTEXT) and (
                not anchored or value[:10] not in stated_days) and not (
                counted_from is not None and counted_from.isoformat() in stated_days)
            if not inferred and len(value) >= 10 and value[:4].isdigit():
                stated_days.add(value[:10])
            out.append(Timex(c.start, c.end, text[c.start:c.end], c.rule.type, value, mod,
                             c.rule.id, anchored, inferred))
            resolver.note(value, c.rule.type)
        return out

    # -- templates -----------------------------------------------------------------------------
    def fill(self, template: Template, groups: dict[str, str | None], dct: dt.date | None
             ) -> str | None:
        out = []
        for part in template.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            names, filters = part
            texts = [groups.get(name) for name in names]
            if any(t is None for t in texts):
                return None
            value: str | None = texts[0] if len(texts) == 1 else None
            for i, flt in enumerate(filters):
                args = texts if i == 0 else [value]
                value = self._filter(flt, args, dct)
                if value is None:
                    return None
            if value is None:
                return None
            out.append(value)
        return "".join(out)

    def _filter(self, name: str, args: list[str], dct: dt.date | None) -> str | None:
        text = args[0]
        if name == "num":
            number = self.number_value(text)
            return None if number is None else _num_text(number)
        if name == "pad2":
            return text.zfill(2) if text.isdigit() else text
        if name == "year":
            return self.year_value(text, dct)
        if name == "yearwords":
            return self.spoken_year(text)
        if name == "decade":
            year = self.year_value(text, dct)
            return year[:3] if year else None
        if name == "century":
            number = self.number_value(text)
            if not isinstance(number, int) or number < 1:
                return None
            return f"{number - 1:02d}"
        if name == "dur":
            return self.duration(args[0], args[1]) if len(args) > 1 else self.duration("", text)
        if name == "hour24":
            return self.hour24(args[0], args[1] if len(args) > 1 else "")
        if name == "upper":
            return text.upper()
        if name == "lower":
            return text.lower()
        vocab = self.rules.vocab.get(name)
        return vocab.lookup(text) if vocab is not None else None

    def number_value(self, text: str) -> int | Fraction | str | None:
        """A number written in digits or words: 24, "twenty-four", "a few" (X), "1 1/2"."""
        text = text.strip().replace(",", "")
        half = HALF_TAIL.search(text)
        extra = Fraction(0)
        if half:
            text, extra = text[:half.start()], Fraction(1, 2)
        if HALF_ONLY.match(text):
            return Fraction(1, 2)
        ratio = SLASH_FRACTION.match(text)
        if ratio:  # "1/2", "1 1/2", "3/4"
            whole = int(ratio[1]) if ratio[1] else 0
            value = whole + Fraction(int(ratio[2]), int(ratio[3]))
            return int(value) if value.denominator == 1 else value
        if text.isdigit():
            value: int | Fraction = int(text) + extra
            return int(value) if value.denominator == 1 else value
        result = read_number_words(text, self._number_word)
        if not isinstance(result, Fraction):
            return result  # None, or VAGUE ("several hundred")
        result += extra
        return int(result) if result.denominator == 1 else result

    def _number_word(self, word: str) -> NumberWord | None:
        """A word or phrase of a number: the shared number words (``rules/numbers.yml``), or an
        ordinal ("twenty-first", "3rd") from the ``ordinal`` vocabulary."""
        info = self.numbers.get(normalise(word))
        if info is not None:
            return info
        hit = self.ordinal.lookup(word) if self.ordinal is not None else None
        return None if hit is None else NumberWord(int(hit))

    def year_value(self, text: str, dct: dt.date | None) -> str | None:
        digits = re.sub(r"\D", "", text)
        if len(digits) == 4:
            return digits
        if len(digits) == 2 or (len(digits) == 3 and digits.endswith("0")):
            yy = int(digits[:2])
            if dct is not None:
                century = dct.year // 100 * 100
                year = century + yy
                if year > dct.year + 10:
                    year -= 100
            else:
                year = 1900 + yy if yy >= 30 else 2000 + yy
            return f"{year:04d}"
        return None

    def spoken_year(self, text: str) -> str | None:
        if any(ch.isdigit() for ch in text):
            return None
        words = re.split(r"[\s-]+", text.lower().strip())
        if len(words) >= 2 and words[1] == "thousand":
            rest = [w for w in words[2:] if w != "and"]
            tail = self.number_value(" ".join(rest)) if rest else 0
            return f"{2000 + tail:04d}" if isinstance(tail, int) else None
        head = self.number_value(words[0])
        rest = [w for w in words[1:] if w != "oh"]
        tail = self.number_value(" ".join(rest)) if rest else 0
        if not isinstance(head, int) or not isinstance(tail, int) or tail >= 100:
            return None
        return f"{head * 100 + tail:04d}"

    def hour24(self, hour: str, ampm: str) -> str | None:
        number = self.number_value(hour)
        if not isinstance(number, int) or number > 24:
            return None
        half = None
        for vocab in (self.ampm, self.dayhalf):
            if half is None and vocab is not None and ampm:
                half = vocab.lookup(ampm)
        if half == "pm" and number < 12:
            number += 12
        elif half == "am" and number == 12:
            number = 0
        return f"{number:02d}"

    def duration(self, amount: str, unit: str) -> str | None:
        """ISO 8601 duration from an amount and a unit word: ("two", "years") -> P2Y."""
        code = self.units.lookup(unit) if self.units is not None else None
        if code is None:
            return None
        m = UNIT_CODE.match(code)
        if m is None:
            return None
        mult, time_flag, letter, vague_letter = m.groups()
        number = self.number_value(amount) if amount else 1
        if number is None:
            return None
        t = "T" if time_flag else ""
        if number == "X":
            return f"P{t}X{vague_letter or letter}"
        number = number * int(mult or 1)
        whole = int(number)
        rest = number - whole
        text = f"{whole}{letter}" if whole else ""
        key = t + letter if t else letter
        if rest and key in SMALLER:
            factor, smaller, is_time = SMALLER[key]
            sub = rest * factor
            if sub.denominator == 1:
                if is_time and not t:
                    return f"P{text}T{int(sub)}{smaller}"
                return f"P{t}{text}{int(sub)}{smaller}"
        if rest:
            return None
        return f"P{t}{text}"


def _word_before(text: str, start: int, low: int) -> str:
    """The word ending just before ``start`` (over white space and a hyphen)."""
    j = start
    while j > low and text[j - 1] in " \t\n\r-":
        j -= 1
    k = j
    while k > low and text[k - 1].isalnum():
        k -= 1
    return text[k:j]


def _num_text(number: int | Fraction | str) -> str:
    if isinstance(number, Fraction):
        return str(float(number))
    return str(number)
