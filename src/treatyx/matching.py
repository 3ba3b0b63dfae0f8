"""Phrase matching shared by the components: the case rule and compiled PhraseMatchers.

Phrases from rule files are plain text. A phrase is matched exactly as written when it is a
single word or carries an upper-case letter inside a word or a digit (``INF``, ``New START``,
``9M729``, ``Screwdriver``); other multi-word phrases ignore case (``the Kremlin``). An entry
may force the choice with ``case: exact`` or ``case: ignore``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

Payload = TypeVar("Payload")


def is_exact_phrase(phrase: str, forced: str | None = None) -> bool:
    """Decide whether ``phrase`` must match with its exact capitalisation."""
    if forced == "exact":
        return True
    if forced == "ignore":
        return False
    words = phrase.split()
    if len(words) == 1:
        return True
    return any(ch.isdigit() for ch in phrase) or any(
        ch.isupper() for word in words for ch in word[1:]
    )


APOSTROPHES = ("'", "’")


def _apostrophe_variants(text: str) -> list[str]:
    """News text writes "Russia's" and "Russia’s"; a phrase with one also matches the other."""
    return [text.replace(a, b) for a in APOSTROPHES for b in APOSTROPHES if a != b and a in text]


class PhraseTable(Generic[Payload]):
    """Two PhraseMatchers (exact and lower-cased) mapping matched text to payloads.

    Payloads are kept in a list indexed by the match key, so one phrase may carry several
    payloads (e.g. the same trigger word for two event rules).
    """

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._nlp = nlp
        self._payloads: dict[int, list[Payload]] = {}
        self._pending: dict[tuple[str, bool], list[Payload]] = {}

    def add(self, phrase: str, payload: Payload, case: str | None = None) -> None:
        exact = is_exact_phrase(phrase, case)
        text = phrase if exact else phrase.lower()
        for variant in dict.fromkeys((text, *_apostrophe_variants(text))):
            payloads = self._pending.setdefault((variant, exact), [])
            if payload not in payloads:
                payloads.append(payload)

    def add_all(self, phrases: Iterable[str], payload: Payload, case: str | None = None) -> None:
        for phrase in phrases:
            self.add(phrase, payload, case)

    def compile(self) -> PhraseTable[Payload]:
        """Tokenise all pending phrases in one batch and add them to the matchers."""
        keys = list(self._pending)
        docs = self._nlp.tokenizer.pipe(text for text, _ in keys)
        for (text, exact), doc in zip(keys, docs, strict=True):
            label = f"{self.name}:{'E' if exact else 'L'}:{text}"
            key = self._nlp.vocab.strings.add(label)
            self._payloads.setdefault(key, []).extend(self._pending[(text, exact)])
            (self._exact if exact else self._lower).add(label, [doc])
        self._pending.clear()
        return self

    def __call__(self, doc: Doc) -> list[tuple[int, int, list[Payload]]]:
        """All matches as ``(start_token, end_token, payloads)``, overlaps included."""
        found: list[tuple[int, int, list[Any]]] = []
        for matcher in (self._exact, self._lower):
            for key, start, end in matcher(doc):
                found.append((start, end, self._payloads[key]))
        found.sort(key=lambda m: (m[0], -m[1]))
        return found

    def __len__(self) -> int:
        return len(self._exact) + len(self._lower)


class Scanner:
    """``regex.finditer(text)`` with the same matches, faster for patterns that open with a
    lookbehind (``(?<![\\w-])KN-?\\d+``): Python's ``re`` cannot skip ahead to a literal prefix
    then and tries the pattern at every character. The scanner searches for the rest of the
    pattern (which has a prefix to skip to) and checks the lookbehinds where it matched."""

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern)
        head, rest = _leading_lookbehinds(pattern)
        self._rest: re.Pattern | None = None
        if head and rest:
            try:
                self._rest = re.compile(rest)
            except re.error:
                self._rest = None

    def finditer(self, text: str) -> Iterator[re.Match]:
        if self._rest is None:
            yield from self.regex.finditer(text)
            return
        search, match = self._rest.search, self.regex.match
        pos = 0
        while (found := search(text, pos)) is not None:
            start = found.start()
            real = match(text, start)  # lookbehinds see the text before ``start``
            if real is None:
                pos = start + 1
                continue
            yield real
            pos = real.end() if real.end() > start else start + 1


def _leading_lookbehinds(pattern: str) -> tuple[str, str]:
    """Split ``(?<!a)(?<=b)rest`` into the lookbehinds and ``rest`` ('' , pattern if none)."""
    i = 0
    while pattern.startswith(("(?<!", "(?<="), i):
        depth, j, in_class = 0, i, False
        while j < len(pattern):
            ch = pattern[j]
            if ch == "\\":
                j += 2
                continue
            if in_class:
                in_class = ch != "]"
            elif ch == "[":
                in_class = True
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        else:
            return "", pattern  # unbalanced: leave it to re
        i = j + 1
    return pattern[:i], pattern[i:]


FIRST_CUSTOM_FLAG = 19  # spaCy's attrs FLAG19..FLAG63 are free for custom lexeme flags


def lexeme_flag(vocab: Vocab, getter: Callable[[str], bool]) -> int:
    """A lexeme flag id (one of spaCy's free custom bits) for ``getter``, shared per vocab.

    A flag is computed once per word type and read for a whole doc with one ``to_array``
    call, so a component can find its candidate tokens without a Python loop over the doc.
    ``getter`` must compare equal to an earlier one with the same words, so that pipelines
    built twice on one vocab reuse the bit instead of using up another.
    """
    for flag_id, existing in vocab.lex_attr_getters.items():
        if existing == getter and flag_id < 64:
            return flag_id
    free = [bit for bit in range(FIRST_CUSTOM_FLAG, 64) if bit not in vocab.lex_attr_getters]
    if not free:
        raise RuntimeError("no free lexeme flag left in this spaCy vocab")
    return vocab.add_flag(getter, flag_id=free[0])
