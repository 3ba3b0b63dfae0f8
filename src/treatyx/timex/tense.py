"""Tense of the clause around a temporal expression, from word lists (no tagger needed).

Used to resolve "on Wednesday", "in October", "August 2": past tense picks the most recent
occurrence before the document date, future the next one. The cue words live in the
``date_tense`` rule section:

* ``auxiliary`` (will, would, was, did, is...) and ``verb`` forms (said, met, ``-ed``);
  a verb form takes the tense of the auxiliary chain before it, over ``glue`` words
  ("will not be held" is future, "would have been signed" future, "had been" past);
  ``progressive`` ``-ing`` forms count only after an auxiliary, as present, since "was
  withdrawing on August 2" is as often a plan as a past event;
* ``cue``: other hints (plans to, upcoming, next); ``adjacent`` cues count only right before
  the expression ("payable Dec. 15", "extended to Nov. 16"), ``leading`` cues only before it
  ("ahead of" tells what follows it: "finished on Thursday ahead of the talks" is past);
  ``attributive`` cues (the planned) count unless a verb stands before them in the same
  clause ("failed in a planned test on Wednesday": past);
* ``boundary`` words (that, which, because...) open another clause: a cue behind one
  counts as farther away.

The cue nearest to the expression in its sentence wins; on a tie the one before it. Cues are
read outwards from the expression and only as far as needed. Sentences are the pipeline's
(:mod:`treatyx.components.sentences`), given as the offsets where each one starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from .patterns import DateRules

WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*|[,;:()]")  # "didn't", "we'll", commas
MAX_SENTENCE = 160  # characters each way: the cue is nearly always within a few words
BOUNDARY_PENALTY = 6
TENSES = ("past", "present", "future")
CHAIN = ("auxiliary", "glue", "part")


def sentence_bounds(text: str, start: int, end: int, starts: Sequence[int]) -> tuple[int, int]:
    """The sentence around [start, end), ``starts`` being where each sentence of ``text``
    starts, cut to :data:`MAX_SENTENCE` characters each way."""
    s = starts[bisect_right(starts, start) - 1] if starts and starts[0] <= start else 0
    after = bisect_left(starts, end)
    e = starts[after] if after < len(starts) else len(text)
    return max(s, start - MAX_SENTENCE), min(e, end + MAX_SENTENCE)


class _Cues:
    """Cue of each word of a word list, computed on demand (phrases mark their first word)."""

    def __init__(self, rules: DateRules, words: list[str], split: int):
        self.rules = rules
        self.words = words
        self.split = split  # where the expression was: no phrase reaches over it
        self.lowered = [w.lower().replace("’", "'") for w in words]
        self.raw: dict[int, tuple[str, str] | None] = {}
        self.has_phrases = any(w in rules.tense_phrases for w in self.lowered)

    def _raw(self, i: int) -> tuple[str, str] | None:
        if i in self.raw:
            return self.raw[i]
        rules, lowered = self.rules, self.lowered
        word = lowered[i]
        hit = None
        for phrase, tense, kind in rules.tense_phrases.get(word, ()):
            n = len(phrase)
            if tuple(lowered[i:i + n]) == phrase and not i < self.split < i + n:
                hit = (tense, kind)
                for j in range(i + 1, i + n):
                    self.raw.setdefault(j, ("none", "part"))
                break
        if hit is None and self.has_phrases:
            # a word inside a phrase that starts up to three words before
            for j in range(max(0, i - 3, self.split if i >= self.split else 0), i):
                for phrase, _tense, _kind in rules.tense_phrases.get(lowered[j], ()):
                    n = len(phrase)
                    if j + n > i and tuple(lowered[j:j + n]) == phrase:
                        self.raw[i] = ("none", "part")
                        return self.raw[i]
        if hit is None:
            # "United" and "Red" are no past forms: regex cues need the word written lower-case
            hit = rules.word_cue(word, self.words[i].islower())
        self.raw[i] = hit
        return hit

    def get(self, i: int) -> tuple[str, str] | None:
        """The cue of word i, a verb taking the tense of the auxiliary chain before it."""
        cue = self._raw(i)
        if cue is None or cue[1] not in ("verb", "progressive"):
            return cue
        chosen = None
        j = i - 1
        while j >= 0:
            prev = self._raw(j)
            if prev is None or prev[1] not in CHAIN:
                break
            if prev[1] == "auxiliary":
                chosen = prev[0]
            j -= 1
        if cue[1] == "progressive":
            if chosen is None:
                return None
            return ("future" if chosen == "future" else "present", "verb")
        return (chosen, "verb") if chosen is not None else cue


def clause_tense(rules: DateRules, text: str, start: int, end: int, starts: Sequence[int]
                 ) -> str | None:
    """'past', 'present', 'future' or None for the expression at text[start:end], whose
    sentences start at ``starts``."""
    s, e = sentence_bounds(text, start, end, starts)
    before = WORD.findall(text, s, start)
    after = WORD.findall(text, end, e)
    split = len(before)
    cues = _Cues(rules, before + after, split)
    best: tuple[int, int, str] | None = None
    attributive: tuple[int, int, str] | None = None  # a plan's adjective, if no verb precedes
    penalty = distance = 0
    for i in range(split - 1, -1, -1):  # left of the expression, nearest first
        cue = cues.get(i)
        if cue is None or cue[1] != "part":
            distance += 1  # the words of a phrase cue count as one
        if cue is None:
            continue
        if cue[1] == "boundary":
            if attributive is not None:
                break  # the clause ends: the adjective stands
            penalty += BOUNDARY_PENALTY
        elif cue[1] == "adjacent" and distance > 1:
            continue
        elif cue[1] == "attributive" and attributive is None:
            attributive = (distance + penalty, 0, cue[0])
        elif cue[0] in TENSES:
            best = (distance + penalty, 0, cue[0])
            break
    if best is None:
        best = attributive
    penalty = 0
    for distance, i in enumerate(range(split, len(before) + len(after)), start=1):
        if best is not None and distance + penalty >= best[0]:
            break
        cue = cues.get(i)
        if cue is None:
            continue
        if cue[1] == "boundary":
            penalty += BOUNDARY_PENALTY
        elif cue[1] in ("adjacent", "leading"):
            continue
        elif cue[0] in TENSES:
            key = (distance + penalty, 1, cue[0])
            if best is None or key[:2] < best[:2]:
                best = key
            break
    return best[2] if best else None
