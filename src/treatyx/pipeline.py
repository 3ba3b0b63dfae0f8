"""Build the treatyx spaCy pipeline: a blank English base, our components, and optionally a
trained pipeline's parse for the sentences that hold an event trigger.

The rules are parsed once and handed to every component (``use_rules``); the pipeline's config
names no rule folder, and ``nlp.to_disk(folder)`` saves each component's rule entries as data,
so ``spacy.load(folder)`` gives the same results whatever happens to the rule files later
(see :mod:`treatyx.components.rulebased`)."""

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
from .components.rulebased import MAX_LENGTH
from .ruleset import load_ruleset
from .tokenizer import TOKENIZER

COMPONENTS = ("treatyx_entities", "treatyx_dates", "treatyx_ranges", "treatyx_events")


def load(model: str | None = None, rules: Sequence[str] | None = None) -> Language:
    """A pipeline that extracts treatyx records.

    ``model``: name or path of an installed trained spaCy pipeline (never downloaded) whose
    parser and NER treatyx uses on the sentences that hold an event trigger
    (``treatyx_syntax``); the base is always ``spacy.blank("en")`` with treatyx's tokenizer and
    sentence splitter. ``rules``: extra rule folders loaded after the shipped ones (same ids
    override).
    """
    extra = tuple(str(Path(r)) for r in (rules or []))
    ruleset = load_ruleset(extra)  # fail early, with file:line, before building anything
    cache = for_rules(extra)
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.add_pipe("treatyx_sentences")
    names = list(COMPONENTS)
    if model:
        # A cascade, not a base: our tokens and sentence breaks stay, and the trained
        # pipeline parses only the sentences that hold an event trigger.
        nlp.add_pipe("treatyx_syntax", config={"model": model})
        names.insert(0, "treatyx_syntax")
    nlp.max_length = max(nlp.max_length, MAX_LENGTH)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    for name in names:
        nlp.get_pipe(name).use_rules(ruleset, cache)
    extensions.register_extensions()
    cache.save()  # a first build leaves what it computed for the next run
    return nlp


def save(nlp: Language, folder: str | Path) -> Path:
    """Save ``nlp`` to ``folder`` (``spacy.load(folder)`` loads it, treatyx installed)."""
    path = Path(folder)
    nlp.to_disk(path)
    return path
