"""treatyx_syntax: a trained spaCy pipeline's parse and named entities, for the sentences that
hold an event trigger only.

A cascade: treatyx's own tokens and sentence breaks stay as they are (a trained parser's
sentences swallow headlines and datelines), and each sentence with a trigger is handed to the
trained pipeline as a pre-tokenised Doc, so its tokens line up one to one with ours. Heads,
dependency labels, tags and lemmas go to ``doc._.treatyx_parse`` (a :class:`Parse`); the named
entities of those sentences become ``doc.ents`` for the entities component. Sentences without a
trigger are never parsed, which is where the time goes in a full trained pipeline.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions
from ..cache import BuildCache
from ..errors import TreatyxError
from ..ruleset import RuleSet
from .events.triggers import BLOCKED, add_triggers, select
from .rulebased import RuleComponent


@dataclass
class Parse:
    """A partial dependency parse of a Doc: for each token its head (a token index of the
    whole Doc), dependency label, fine tag, coarse part of speech and lemma; ``head == -1``
    where the token's sentence was not parsed."""

    heads: list[int]
    deps: list[str]
    tags: list[str]
    pos: list[str]
    lemmas: list[str]
    _children: dict[int, list[int]] | None = field(default=None, repr=False)

    @classmethod
    def empty(cls, length: int) -> Parse:
        return cls([-1] * length, [""] * length, [""] * length, [""] * length, [""] * length)

    def parsed(self, i: int) -> bool:
        return self.heads[i] >= 0

    def children(self, i: int) -> list[int]:
        if self._children is None:
            children: dict[int, list[int]] = {}
            for child, head in enumerate(self.heads):
                if head >= 0 and head != child:
                    children.setdefault(head, []).append(child)
            self._children = children
        return self._children.get(i, [])

    def ancestors(self, i: int) -> Iterable[int]:
        seen = {i}
        while self.heads[i] >= 0 and self.heads[i] not in seen:
            i = self.heads[i]
            seen.add(i)
            yield i


def load_trained(model: str) -> Language:
    """An installed trained pipeline (a package name or a folder); never downloaded."""
    try:
        trained = spacy.load(model, exclude=["senter"])
    except OSError as exc:
        raise TreatyxError(
            f"cannot load spaCy pipeline {model!r}: install it first "
            f"(treatyx never downloads models). {exc}"
        ) from None
    return trained


class SentenceParser(RuleComponent):
    """Parses the sentences of a Doc that hold an event trigger with a trained pipeline.

    Its saved rules are the event triggers; the trained pipeline is not saved with it: the
    ``model`` of its config is loaded again (an installed package name, or a folder)."""

    SECTIONS = ("events", "verbs", "lexicon")

    def __init__(self, nlp: Language, name: str, model: str, rules: list[str]):
        super().__init__(nlp, name, rules)
        self.model_name = model
        self.trained = load_trained(model)
        self.has_parser = self.trained.has_pipe("parser")  # else it only adds its entities
        extensions.register_extensions()

    def build(self, ruleset: RuleSet, cache: BuildCache) -> None:
        irregular = {entry.id: entry.data for entry in ruleset.entries("verbs")}
        self.triggers = cache.phrase_table(
            f"{self.name}-triggers", self.nlp,
            lambda table: add_triggers(table, ruleset, irregular))

    def __call__(self, doc: Doc) -> Doc:
        parse = Parse.empty(len(doc))
        doc._.treatyx_parse = parse
        sentences = self._trigger_sentences(doc)
        if not sentences:
            return doc
        inputs = [Doc(self.trained.vocab, words=[t.text for t in sent],
                      spaces=[bool(t.whitespace_) for t in sent]) for sent in sentences]
        entities = []
        for sent, parsed in zip(sentences, self.trained.pipe(inputs), strict=True):
            offset = sent.start
            if self.has_parser:
                for token in parsed:
                    i = offset + token.i
                    parse.heads[i] = offset + token.head.i
                    parse.deps[i], parse.tags[i] = token.dep_, token.tag_
                    parse.pos[i], parse.lemmas[i] = token.pos_, token.lemma_
            entities.extend(Span(doc, offset + ent.start, offset + ent.end, label=ent.label_)
                            for ent in parsed.ents)
        doc.ents = entities
        return doc

    def _trigger_sentences(self, doc: Doc) -> list[Span]:
        starts = extensions.sentence_starts(doc, doc.to_array([SENT_START])) or [0]
        ends = [*starts[1:], len(doc)]
        wanted = {bisect_right(starts, start) - 1
                  for start, _, trigger in select(self.triggers(doc)) if trigger != BLOCKED}
        return [doc[starts[k]:ends[k]] for k in sorted(wanted)]


@Language.factory(
    "treatyx_syntax",
    default_config={"model": "en_core_web_sm", "rules": []},
    assigns=["doc.ents", "doc._.treatyx_parse"],
    requires=["doc.sents"],
)
def make_syntax(nlp: Language, name: str, model: str, rules: list[str]) -> SentenceParser:
    """A trained pipeline's parse and entities for the sentences that hold a trigger."""
    return SentenceParser(nlp, name, model, rules)

