"""Tokenizer adjustments for designators and abbreviations common in arms-control news."""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

# spaCy keeps a full stop after a capital ("U.S."), which also glues it to designators that end a
# sentence: "Hwasong-16B." or "Iskander-M." would miss their alias. Split it after a digit+letter
# or a hyphen+capital ending.
DESIGNATOR_FULL_STOPS = (r"(?<=[0-9][A-Z])\.", r"(?<=[0-9][A-Z][a-z])\.", r"(?<=-[A-Z])\.",
                         r"(?<=-[IVX]{2})\.", r"(?<=-[IVX]{3})\.")


# "U.S.-led" and "U.S.-Russian" stay one token by default, hiding the "U.S." inside.
ABBREVIATION_HYPHENS = (r"(?<=[A-Z]\.)-(?=[A-Za-z])",)


def adjust_tokenizer(nlp: Language) -> None:
    suffixes = list(nlp.Defaults.suffixes or []) + list(DESIGNATOR_FULL_STOPS)
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = list(nlp.Defaults.infixes or []) + list(ABBREVIATION_HYPHENS)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
