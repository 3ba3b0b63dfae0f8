"""Build the treatyx spaCy pipeline: a blank (or trained) English base plus our components."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language

from . import extensions
from .cache import for_rules
from .components import dates, entities, events, ranges, sentences  # noqa: F401  (factories)
from .errors import TreatyxError
from .ruleset import load_ruleset
from .tokenizer import TOKENIZER, adjust_tokenizer

COMPONENTS = ("treatyx_entities", "treatyx_dates", "treatyx_ranges", "treatyx_events")
MAX_LENGTH = 10_000_000  # our components are linear; the default 1M limit only guards parsers


def load(model: str | None = None, rules: Sequence[str] | None = None) -> Language:
    """A pipeline that extracts treatyx records.

    ``model``: name or path of an installed trained spaCy pipeline to stack our components on
    (never downloaded); default is ``spacy.blank("en")`` with a sentencizer. ``rules``: extra rule
    folders loaded after the shipped ones (same ids override).
    """
    extra = [str(Path(r)) for r in (rules or [])]
    load_ruleset(tuple(extra))  # fail early, with file:line, before building anything
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise TreatyxError(
                f"cannot load spaCy pipeline {model!r}: install it first "
                f"(treatyx never downloads models). {exc}"
            ) from None
        if not (nlp.has_pipe("parser") or nlp.has_pipe("senter")):
            nlp.add_pipe("treatyx_sentences")
        adjust_tokenizer(nlp)
    else:
        tokenizer = {"@tokenizers": TOKENIZER, "rules": extra}
        nlp = spacy.blank("en", config={"nlp": {"tokenizer": tokenizer}})
        nlp.add_pipe("treatyx_sentences")
    nlp.max_length = max(nlp.max_length, MAX_LENGTH)
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"rules": extra})
    extensions.register_extensions()
    for_rules(tuple(extra)).save()  # a first build leaves what it computed for the next run
    return nlp
