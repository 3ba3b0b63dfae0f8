"""treatyx_dates: temporal expressions (TimeML TIMEX3) with resolved values.

The tagging itself is :mod:`treatyx.timex` (pure Python over ``doc.text``); this component
compiles the ``date_*`` rules once, finds the trigger tokens with one lexeme-flag array read
(no Python loop over the tokens), runs the tagger with the document date
(``doc._.treatyx_dct``), keeps dates out of missile-system names found by
``treatyx_entities``, and writes ``doc.spans["treatyx_date"]`` (label = TIMEX3 type) with
``span._.treatyx_date = {"value", "type", "mod", "rule"}`` (plus ``"anchor": True`` when the
value was counted from the date mentioned before it rather than from the document date).
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .. import extensions
from ..cache import BuildCache
from ..matching import lexeme_flag, token_ids
from ..ruleset import RuleSet
from ..timex.patterns import load_date_rules
from ..timex.tagger import DateTagger
from .rulebased import RuleComponent
from .sentences import sentence_start_chars

SPAN_GROUP = extensions.SPAN_GROUPS["date"]
BLOCKING_GROUPS = (extensions.SPAN_GROUPS["system"],)
DIGIT = re.compile(r"\d")


class TriggerFlag:
    """Lexeme flag getter: the word is a trigger word of the date rules or holds a digit."""

    def __init__(self, words: frozenset[str]):
        self.words = words

    def __call__(self, string: str) -> bool:
        return string.lower() in self.words or DIGIT.search(string) is not None

    def __eq__(self, other) -> bool:
        return isinstance(other, TriggerFlag) and self.words == other.words

    def __hash__(self) -> int:
        return hash(self.words)


class DateRecognizer(RuleComponent):
    """Finds and resolves dates; one instance per pipeline, rules compiled once."""

    SECTIONS = ("date_vocab", "date_patterns", "date_modifiers", "date_negatives", "date_tense",
                "numbers")

    def __init__(self, nlp: Language, rules: list[str] | tuple[str, ...] = (),
                 name: str = "treatyx_dates"):
        super().__init__(nlp, name, rules)
        extensions.register_extensions()

    def build(self, ruleset: RuleSet, cache: BuildCache) -> None:
        nlp = self.nlp
        self.tagger = DateTagger(load_date_rules(ruleset, cache))
        self.words = self.tagger.rules.trigger_words
        self.word_ids = {get_string_id(word) for word in self.words}  # as LOWER ids
        self.flag = lexeme_flag(nlp.vocab, TriggerFlag(self.words))

    def warm_up(self) -> None:
        """Compile every date alternation now instead of when a document first needs it:
        :class:`~treatyx.batch.Batch` calls this before forking workers, so they share them."""
        self.tagger.rules.precompile()

    def _hits(self, doc: Doc, text: str) -> dict:
        """Trigger tokens (one flag array read): rule words, and tokens with a digit."""
        if len(doc) == 0:
            return {}
        words, digits = [], []
        array = doc.to_array([self.flag, IDX, LENGTH])
        lower = token_ids(doc)[1][1]
        word_ids = self.word_ids
        for i in numpy.flatnonzero(array[:, 0]).tolist():
            start = int(array[i, 1])
            end = start + int(array[i, 2])
            if lower[i] in word_ids:
                words.append((start, end))
            else:
                m = DIGIT.search(text, start, end)
                if m is not None:
                    digits.append(m.start())
        return self.tagger.token_hits(text, words, digits)

    def __call__(self, doc: Doc) -> Doc:
        blocked = []
        for name in BLOCKING_GROUPS:
            group = doc.spans.get(name)
            if group:
                blocked.extend((span.start_char, span.end_char) for span in group)
        spans = []
        text = extensions.doc_text(doc)
        timexes = self.tagger.tag(text, doc._.treatyx_dct, blocked, self._hits(doc, text),
                                  sentence_start_chars(doc))
        for timex in timexes:
            span = doc.char_span(timex.start, timex.end, label=timex.type,
                                 alignment_mode="expand")
            if span is None or (spans and span.start < spans[-1].end):
                continue
            spans.append(span)
            span._.treatyx_date = timex.attrs()
        doc.spans[SPAN_GROUP] = spans
        return doc


@Language.factory(
    "treatyx_dates",
    default_config={"rules": []},
    assigns=["doc.spans", "span._.treatyx_date"],
    requires=["span._.treatyx_entity"],  # no date inside a missile system's name
)
def make_dates(nlp: Language, name: str, rules: list[str]) -> DateRecognizer:
    """Temporal expressions, resolved against ``doc._.treatyx_dct``."""
    return DateRecognizer(nlp, rules, name)
