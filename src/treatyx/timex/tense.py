"""Tense of the clause around a temporal expression, from word lists (no tagger needed).

Used to resolve "on Wednesday", "in October", "August 2": past tense picks the most recent
occurrence before the document date, future the next one. The cue words live in the
``date_tense`` rule section:

* ``auxiliary`` (will, would, was, did, is...) and ``verb`` forms (said, met, ``-ed``);
  ``progressive`` ``-ing`` forms count only after an auxiliary, as present, since "was
  withdrawing on August 2" is as often a plan as a past event;
  a verb form takes the tense of the auxiliary chain before it, over ``glue`` words
  ("will not be held" is future, "would have been signed" future, "had been" past);
* ``cue``: other hints (plans to, upcoming, next); ``adjacent`` cues count only right before
  the expression ("payable Dec. 15", "extended to Nov. 16");
* ``boundary`` words (that, which, because...) open another clause: a cue behind one
  counts as farther away.

The cue nearest to the expression in its sentence wins; on a tie the one before it.
"""

from __future__ import annotations

import re

from .patterns import DateRules

WORD = re.compile(r"[A-Za-z]+?(?=n't)|n't|[A-Za-z]+(?:-[A-Za-z]+)*|'[a-z]+")
SENTENCE_END = re.compile(
    r"[.!?]['\"”’)`]*\s+(?=[\"“‘'`(]*[A-Z0-9])|\n\s*\n|;\s|\s--?\s(?=[\"“`']*[A-Z])"
)
MAX_SENTENCE = 400
BOUNDARY_PENALTY = 6


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Rough sentence around [start, end): from the last boundary before to the next one after."""
    left = max(0, start - MAX_SENTENCE)
    s = left
    for m in SENTENCE_END.finditer(text, left, start):
        s = m.end()
    m = SENTENCE_END.search(text, end, min(len(text), end + MAX_SENTENCE))
    e = m.start() + 1 if m else min(len(text), end + MAX_SENTENCE)
    return s, e


def word_cues(rules: DateRules, words: list[str]) -> list[tuple[str, str] | None]:
    """(tense, kind) of each word; phrase cues mark their first word, the rest are parts."""
    cues: list[tuple[str, str] | None] = [None] * len(words)
    lowered = [w.lower() for w in words]
    i = 0
    phrases = rules.tense_phrases
    while i < len(words):
        for phrase, tense, kind in phrases.get(lowered[i], ()):
            n = len(phrase)
            if tuple(lowered[i:i + n]) == phrase:
                cues[i] = (tense, kind)
                for j in range(i + 1, i + n):
                    cues[j] = ("none", "part")
                i += n
                break
        else:
            word = lowered[i]
            hit = rules.tense_words.get(word)
            if hit is None and words[i].islower():
                for cue in rules.tense_regexes:
                    if word not in cue.exceptions and cue.regex.fullmatch(word):
                        hit = (cue.tense, cue.kind)
                        break
            cues[i] = hit
            i += 1
    # a verb form takes the tense of the leftmost auxiliary of the chain just before it; an
    # -ing form counts only after an auxiliary, as present (nearest) unless that is future
    for i, cue in enumerate(cues):
        if cue is None or cue[1] not in ("verb", "progressive"):
            continue
        chosen = None
        j = i - 1
        while j >= 0 and cues[j] is not None and cues[j][1] in ("auxiliary", "glue", "part"):
            if cues[j][1] == "auxiliary":
                chosen = cues[j][0]
            j -= 1
        if cue[1] == "progressive":
            cues[i] = None if chosen is None else (
                "future" if chosen == "future" else "present", "verb")
        elif chosen is not None:
            cues[i] = (chosen, "verb")
    return cues


def clause_tense(rules: DateRules, text: str, start: int, end: int) -> str | None:
    """'past', 'present', 'future' or None for the expression at text[start:end]."""
    s, e = sentence_bounds(text, start, end)
    before = WORD.findall(text, s, start)
    after = WORD.findall(text, end, e)
    cues = word_cues(rules, before + after)
    split = len(before)
    best: tuple[int, int, str] | None = None
    # left of the expression, nearest first
    penalty = distance = 0
    for i in range(split - 1, -1, -1):
        cue = cues[i]
        if cue is None or cue[1] != "part":
            distance += 1  # the words of a phrase cue count as one
        if cue is None:
            continue
        if cue[1] == "boundary":
            penalty += BOUNDARY_PENALTY
        elif cue[1] == "adjacent" and distance > 1:
            continue
        elif cue[0] in ("past", "present", "future"):
            best = (distance + penalty, 0, cue[0])
            break
    penalty = 0
    for distance, i in enumerate(range(split, len(cues)), start=1):
        cue = cues[i]
        if cue is None:
            continue
        if cue[1] == "boundary":
            penalty += BOUNDARY_PENALTY
        elif cue[1] == "adjacent":
            continue
        elif cue[0] in ("past", "present", "future"):
            key = (distance + penalty, 1, cue[0])
            if best is None or key[:2] < best[:2]:
                best = key
            break
    return best[2] if best else None
