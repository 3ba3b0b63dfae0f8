"""Build the treatyx spaCy pipeline: a blank English base, our components, and optionally a
trained pipeline's parse for the sentences that hold an event trigger."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language

from . import extensions
from .cache import for_rules
from .components import (  # noqa: F401  (factories)
    dates,
    entities,
    events,
    ranges,
    sentences,
    syntax,
)
from .ruleset import load_ruleset
from .tokenizer import TOKENIZER

COMPONENTS = ("treatyx_entities", "treatyx_dates", "treatyx_ranges", "treatyx_events")
MAX_LENGTH = 10_000_000  # our components are linear; the default 1M limit only guards parsers


def load(model: str | None = None, rules: Sequence[str] | None = None) -> Language:
    """A pipeline that extracts treatyx records.

    ``model``: name or path of an installed trained spaCy pipeline (never downloaded) whose
    parser and NER treatyx uses on the sentences that hold an event trigger
    (``treatyx_syntax``); the base is always ``spacy.blank("en")`` with treatyx's tokenizer and
    sentence splitter. ``rules``: extra rule folders loaded after the shipped ones (same ids
    override).
    """
    extra = [str(Path(r)) for r in (rules or [])]
    load_ruleset(tuple(extra))  # fail early, with file:line, before building anything
    tokenizer = {"@tokenizers": TOKENIZER, "rules": extra}
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": tokenizer}})
    nlp.add_pipe("treatyx_sentences")
    if model:
        # A cascade, not a base: our tokens and sentence breaks stay, and the trained
        # pipeline parses only the sentences that hold an event trigger.
        nlp.add_pipe("treatyx_syntax", config={"model": model, "rules": extra})
    nlp.max_length = max(nlp.max_length, MAX_LENGTH)
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"rules": extra})
    extensions.register_extensions()
    for_rules(tuple(extra)).save()  # a first build leaves what it computed for the next run
    return nlp
