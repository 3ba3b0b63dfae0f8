"""treatyx_sentences: sentence boundaries for news text, headlines and datelines included.

spaCy's rule-based Sentencizer splits at sentence-final punctuation only, so a headline with
no full stop would run into the lead paragraph. This component runs the Sentencizer and also
starts a sentence after every line break, where news text puts headlines, bylines and
paragraphs. With a trained pipeline that already set boundaries, it only adds the line breaks.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc


class NewsSentencizer:
    def __init__(self, punct_chars: list[str] | None = None):
        self.sentencizer = Sentencizer(punct_chars=punct_chars)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("SENT_START"):
            doc = self.sentencizer(doc)
        if doc.has_annotation("DEP"):
            return doc  # a parser's boundaries cannot be edited; they already follow lines
        # Only whitespace tokens can hold a line break: find them in one array call.
        for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]):
            if "\n" in doc[i].text:
                doc[int(i) + 1].is_sent_start = True
        return doc


@Language.factory(
    "treatyx_sentences",
    default_config={"punct_chars": None},
    assigns=["token.is_sent_start"],
)
def make_sentences(nlp: Language, name: str, punct_chars: list[str] | None) -> NewsSentencizer:
    """Sentence boundaries at final punctuation and at line breaks."""
    return NewsSentencizer(punct_chars)
