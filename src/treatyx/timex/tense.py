"""Tense of the clause around a temporal expression, from word lists (no tagger needed).

Used to resolve "on Wednesday", "in October", "August 2": past tense picks the most recent
occurrence before the document date, future the next one. The cue words live in the
``date_tense`` rule section: auxiliaries (will, would, was, did...), verb forms (said, met,
``-ed`` forms) and other cues (next, upcoming...). A verb form takes the tense of an auxiliary
just before it ("will be held" is future, "was withdrawing" past). The cue nearest to the
expression in its sentence wins; on a tie the one before it.
"""

from __future__ import annotations

import re

from .patterns import DateRules

WORD = re.compile(r"[A-Za-z]+?(?=n't)|n't|[A-Za-z]+|'[a-z]+")
SENTENCE_END = re.compile(r"[.!?]['\"”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n\s*\n|[;:]\s")
MAX_SENTENCE = 400
AUX_REACH = 3  # words between an auxiliary and its verb ("will not be held")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Rough sentence around [start, end): from the last boundary before to the next one after."""
    left = max(0, start - MAX_SENTENCE)
    s = left
    for m in SENTENCE_END.finditer(text, left, start):
        s = m.end()
    m = SENTENCE_END.search(text, end, min(len(text), end + MAX_SENTENCE))
    e = m.start() + 1 if m else min(len(text), end + MAX_SENTENCE)
    return s, e


def _cues(rules: DateRules, words: list[str]) -> list[tuple[str, str] | None]:
    cues: list[tuple[str, str] | None] = [None] * len(words)
    lowered = [w.lower() for w in words]
    i = 0
    while i < len(words):
        for phrase, tense, kind in rules.tense_phrases:
            n = len(phrase)
            if tuple(lowered[i:i + n]) == phrase:
                cues[i] = (tense, kind)
                for j in range(i + 1, i + n):
                    cues[j] = ("", "part")
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
    # a verb form takes the tense of an auxiliary just before it
    for i, cue in enumerate(cues):
        if cue is None or cue[1] != "verb":
            continue
        for j in range(i - 1, max(-1, i - 1 - AUX_REACH), -1):
            aux = cues[j]
            if aux is not None and aux[1] == "auxiliary":
                cues[i] = (aux[0], "verb")
                break
    return cues


def clause_tense(rules: DateRules, text: str, start: int, end: int) -> str | None:
    """'past', 'present', 'future' or None for the expression at text[start:end]."""
    s, e = sentence_bounds(text, start, end)
    before = WORD.findall(text, s, start)
    after = WORD.findall(text, end, e)
    words = before + after
    cues = _cues(rules, words)
    split = len(before)
    best: tuple[int, int, str] | None = None
    for i, cue in enumerate(cues):
        if cue is None or not cue[0]:
            continue
        distance = split - i if i < split else i - split + 1
        key = (distance, 0 if i < split else 1, cue[0])
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None
