"""treatyx_sentences: sentence boundaries for news text, headlines and datelines included.

spaCy's rule-based Sentencizer splits at sentence-final punctuation only, so a headline with
no full stop would run into the lead paragraph. This component runs the Sentencizer and also
starts a sentence after every line break, where news text puts headlines, bylines and
paragraphs. With a trained pipeline that already set boundaries, it only adds the line breaks.

It is treatyx's one sentence splitter: the date tagger reads the tense of a clause within the
sentences it finds (:func:`sentence_start_chars` on a processed Doc, :func:`split_text` on raw
text).
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .. import extensions
from ..linebreaks import line_breaks

ATTRS = [ORTH, IS_PUNCT, IS_SPACE]
# Words that open a sentence and never follow an initialism inside one: "... funded by
# Japan and the U.S. The ministry said ..." ends a sentence at "U.S." (one token, so the
# Sentencizer sees no full stop), "the U.S. Navy" does not.
SENTENCE_OPENERS = ("The", "It", "He", "She", "They", "We", "This", "These", "Those", "Its",
                    "His", "Her", "Their", "But", "However")
INITIALISM = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "U.K.", "D.C."


class NewsSentencizer:
    """spaCy's Sentencizer rule, read from token arrays, plus a boundary after line breaks."""

    def __init__(self, punct_chars: list[str] | None = None):
        self.punct_chars = set(punct_chars or Sentencizer.default_punct_chars)
        self._punct_ids = {get_string_id(char) for char in self.punct_chars}
        self._opener_ids = {get_string_id(word) for word in SENTENCE_OPENERS}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0 or doc.has_annotation("DEP"):
            return doc  # a parser's boundaries cannot be edited; they already follow lines
        orth, punct, space = doc.to_array(ATTRS).T.tolist()
        if doc.has_annotation("SENT_START"):  # a trained senter ran: only add line breaks
            for i in self._line_breaks(doc, orth, space):
                doc[i].is_sent_start = True
            return doc
        starts = self._sentencizer_starts(orth, punct)
        for i in self._after_initialisms(doc, orth):
            starts[i] = 1
        for i in self._line_breaks(doc, orth, space):
            starts[i] = 1
        doc.from_array([SENT_START], numpy.array(starts, dtype=numpy.int64).view(numpy.uint64)
                       .reshape(-1, 1))
        return doc

    def _sentencizer_starts(self, orth: list[int], punct: list[int]) -> list[int]:
        """What ``Sentencizer`` decides (1: starts a sentence, -1: does not): a sentence ends
        after a run of final punctuation, at the first token that is no punctuation."""
        punct_ids = self._punct_ids
        starts = [-1] * len(orth)
        starts[0] = 1
        start, seen_final = 0, False
        for i, (word, is_punct) in enumerate(zip(orth, punct, strict=True)):
            is_final = word in punct_ids
            if seen_final and not is_punct and not is_final:
                starts[start] = 1
                start, seen_final = i, False
            elif is_final:
                seen_final = True
        starts[start] = 1
        return starts

    def _after_initialisms(self, doc: Doc, orth: list[int]) -> list[int]:
        """Tokens of SENTENCE_OPENERS right after an initialism that ends a sentence."""
        strings = doc.vocab.strings
        return [i for i in range(1, len(orth)) if orth[i] in self._opener_ids
                and INITIALISM.match(strings[orth[i - 1]])]

    def _line_breaks(self, doc: Doc, orth: list[int], space: list[int]) -> list[int]:
        """Tokens right after a line break that ends a sentence (see :mod:`..linebreaks`;
        treatyx's tokenizer has already read the breaks that wrap one as spaces)."""
        return line_breaks(doc.vocab.strings, orth, space, self._punct_ids)[0]


@Language.factory(
    "treatyx_sentences",
    default_config={"punct_chars": None},
    assigns=["token.is_sent_start", "doc.sents"],
)
def make_sentences(nlp: Language, name: str, punct_chars: list[str] | None) -> NewsSentencizer:
    """Sentence boundaries at final punctuation and at line breaks."""
    return NewsSentencizer(punct_chars)


def sentence_start_chars(doc: Doc) -> list[int] | None:
    """The character offset where each sentence of ``doc`` starts, in order; None when no
    component set sentence boundaries."""
    if len(doc) == 0:
        return [0]
    if "sents" not in doc.user_hooks and not doc.has_annotation("SENT_START"):
        return None
    columns = doc.to_array([SENT_START, IDX])
    starts = extensions.sentence_starts(doc, columns[:, 0]) or [0]
    return [int(columns[i, 1]) for i in starts]


_splitter: Language | None = None


def split_text(text: str) -> list[int]:
    """Sentence starts (character offsets) of raw text, as the pipeline splits it: treatyx's
    tokenizer and :class:`NewsSentencizer` (a blank pipeline built on first use)."""
    global _splitter
    if _splitter is None:
        import spacy

        from ..tokenizer import TOKENIZER

        nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
        nlp.add_pipe("treatyx_sentences")
        _splitter = nlp
    return sentence_start_chars(_splitter(text))
