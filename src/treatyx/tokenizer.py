"""Tokenizer adjustments for designators and abbreviations common in arms-control news.

The pipeline gets them from the registered tokenizer ``treatyx.NewsTokenizer.v1``, with or
without ``--model``: a trained pipeline parses our tokens (see ``components/syntax.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .linebreaks import line_breaks

TOKENIZER = "treatyx.NewsTokenizer.v1"

# Final punctuation before a line break makes it end a sentence (spaCy's Sentencizer's)
FINAL_PUNCT = frozenset(get_string_id(char) for char in Sentencizer.default_punct_chars)

# spaCy keeps a full stop after a capital ("U.S."), which also glues it to designators that end a
# sentence: "Hwasong-16B." or "Iskander-M." would miss their alias. Split it after a digit+letter
# or a hyphen+capital ending.
DESIGNATOR_FULL_STOPS = (r"(?<=[0-9][A-Z])\.", r"(?<=[0-9][A-Z][a-z])\.", r"(?<=-[A-Z])\.",
                         r"(?<=-[IVX]{2})\.", r"(?<=-[IVX]{3})\.")


# Some outlets write the possessive with an accent or a modifier letter ("Finland´s
# withdrawal", "Russiaʼs"): split it off like "'s", and read it as "'s" (its lower-case form).
POSSESSIVE_VARIANTS = ("´s", "ʼs", "`s")
POSSESSIVE_SUFFIXES = (rf"(?<=[A-Za-z])[{''.join(v[0] for v in POSSESSIVE_VARIANTS)}]s",)


# A bullet glued to the next word ("•North Korea") hides the name: split it off. (spaCy
# splits "▪" and "►", which are symbols, but not "•" and "·", which are punctuation.)
BULLETS = (r"[•·‣⁃◦]",)


# "U.S.-led" and "U.S.-Russian" stay one token by default, hiding the "U.S." inside.
ABBREVIATION_HYPHENS = (r"(?<=[A-Z]\.)-(?=[A-Za-z])",)


# Unicode hyphens (U+2010, and U+2011 that keeps "Jong‑un" on one line) are split like "-"
# and read as "-" by every rule (their lower-case form, and in matching.token_ids the ids of
# every token holding one), so "a test‑firing of a Hwasong‑18" finds its trigger and its
# system at the same offsets.
UNICODE_HYPHENS = ("\u2010", "\u2011")
HYPHENS_KEY = "treatyx_unicode_hyphens"  # doc.user_data: the text holds one of them
HYPHEN_VARIANTS = (rf"(?<=[A-Za-z])[{''.join(UNICODE_HYPHENS)}](?=[A-Za-z])",)  # as "-"


# Military and civil title abbreviations spaCy's English exceptions lack ("Gen.", "Adm.",
# "Sen." are there): split, "Col." ends a sentence and "Col. Turki al-Maliki" loses its title.
TITLE_ABBREVIATIONS = ("Col.", "Lt.", "Brig.", "Maj.", "Capt.", "Cpt.", "Sgt.", "Cpl.", "Cmdr.",
                       "Cdr.", "Amb.", "Pvt.", "Spc.", "Insp.", "Supt.")

# "No." before a number: split, "Resolution No. 2371" ends a sentence after "No." and its
# "No" reads as a negation. Kept whole (so "He said No." at the end of a sentence goes on,
# which news text rarely writes).
NUMBER_ABBREVIATIONS = ("No.", "Nos.")


# Scraped text loses the space after a full stop: "in March 2019.Iran announced".
# spaCy splits "agreement.The" (a lower-case letter before) but not a year before the capital.
GLUED_SENTENCES = (r"(?<=[0-9]{4})\.(?=[A-Z][a-z])",)


def _suffixes(nlp: Language) -> list[str]:
    return list(nlp.Defaults.suffixes or []) + list(DESIGNATOR_FULL_STOPS) + list(
        POSSESSIVE_SUFFIXES)


def _infixes(nlp: Language) -> list[str]:
    return list(nlp.Defaults.infixes or []) + list(ABBREVIATION_HYPHENS) + list(
        HYPHEN_VARIANTS) + list(GLUED_SENTENCES)


class NewsTokenizer(Tokenizer):
    """spaCy's Tokenizer; loading a saved one that equals it changes nothing, so it skips
    rebuilding its 1,300 special cases a second time (``spacy.load`` first makes the tokenizer
    from the config, then reads the saved one)."""

    def __call__(self, text: str) -> Doc:
        doc = super().__call__(text)
        if "\n" in text:
            doc = self._unwrapped(doc, text)
        if any(hyphen in text for hyphen in UNICODE_HYPHENS):
            doc.user_data[HYPHENS_KEY] = True  # a test on the string: cheaper than doc.text
        return doc

    def _unwrapped(self, doc: Doc, text: str) -> Doc:
        """The Doc of ``text`` with each line break that only wraps a sentence read as a space
        ("Iran and world\npowers reached": the phrase "world powers"), so that names, triggers
        and word positions work across it. One character for one: every offset stays that of
        ``text``."""
        orth, space = doc.to_array([ORTH, IS_SPACE]).T.tolist()
        wrapping = line_breaks(doc.vocab.strings, orth, space, FINAL_PUNCT)[1]
        if not wrapping:
            return doc
        chars = list(text)
        for i in wrapping:
            token = doc[i]
            chars[token.idx + token.text.index("\n")] = " "
        return super().__call__("".join(chars))

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> Tokenizer:
        if bytes_data == self.to_bytes(exclude=exclude):
            return self
        return super().from_bytes(bytes_data, exclude=exclude)


@registry.tokenizers(TOKENIZER)
def create_news_tokenizer(rules: Sequence[str] = ()) -> Callable[[Language], Tokenizer]:
    """spaCy's rule-based tokenizer for the language, with our suffix and infix rules.
    ``rules`` is not used (configs written by treatyx 0.1 name the rule folders there)."""

    def create(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefix = compile_prefix_regex([*(defaults.prefixes or ()), *BULLETS])
        suffix = compile_suffix_regex(_suffixes(nlp))
        infix = compile_infix_regex(_infixes(nlp))
        for hyphen in UNICODE_HYPHENS:
            nlp.vocab[hyphen].lower_ = "-"
        for possessive in POSSESSIVE_VARIANTS:
            nlp.vocab[possessive].lower_ = "'s"
        exceptions = {**defaults.tokenizer_exceptions,
                      **{word: [{ORTH: word}]
                         for word in (*TITLE_ABBREVIATIONS, *NUMBER_ABBREVIATIONS)}}
        return NewsTokenizer(nlp.vocab, rules=exceptions,
                             prefix_search=prefix.search,
                             suffix_search=suffix.search, infix_finditer=infix.finditer,
                             token_match=defaults.token_match, url_match=defaults.url_match)

    return create
