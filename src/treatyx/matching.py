"""Phrase matching shared by the components: the case rule and compiled PhraseMatchers.

Phrases from rule files are plain text. A phrase is matched exactly as written when it is a
single word or carries an upper-case letter inside a word or a digit (``INF``, ``New START``,
``9M729``, ``Screwdriver``); other multi-word phrases ignore case (``the Kremlin``). An entry
may force the choice with ``case: exact`` or ``case: ignore``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

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
        self._pending.setdefault((text, exact), []).append(payload)

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
