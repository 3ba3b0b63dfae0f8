"""What the components built from rules share: building once, and saving the rules as data.

A component is made by its factory without reading any rules (cheap), then gets its rules in
one of three ways:

- :meth:`RuleComponent.use_rules` with a parsed :class:`~treatyx.ruleset.RuleSet` (what
  :func:`treatyx.pipeline.load` does for every component, from one parse);
- ``from_disk`` / ``from_bytes``: the rule entries a saved pipeline holds (what
  ``spacy.load(folder)`` does), so a saved pipeline never reads rule files again;
- on first use, from the shipped rules plus the ``rules`` folders of its config (what a plain
  ``nlp.add_pipe("treatyx_entities")`` gets).

``to_disk`` writes ``rules.json``: the entries of the rule sections the component reads
(:attr:`RuleComponent.SECTIONS`), as plain data with the file and line each came from. No
compiled object is stored: phrase tables are tokenised and regular expressions compiled again
from that data (the build cache keeps what it can between runs, named by the data's digest).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy import ty
from spacy.language import Language

from ..cache import BuildCache, collection_paused, for_data, for_rules
from ..ruleset import Entry, RuleSet, load_ruleset

DATA_FILE = "rules.json"
FORMAT = 1
MAX_LENGTH = 10_000_000  # characters (see RuleComponent)

# Attributes spaCy and treatyx look up on a component to see whether it has them (spaCy's
# component protocols among them): asking must not build the component, since spacy.load asks
# before from_disk gives it its rules.
PROBES = frozenset({
    "name", "labels", "hide_labels", "get_error_handler", "set_error_handler", "update",
    "rehearse", "use_params", "model", "is_trainable", "listening_components", "memory_zone",
    "pipe", "initialize", "score", "finish_update", "get_loss", "add_label", "cfg", "nlp",
    "rules", "rule_set", "warm_up", "_rehearsal_model", "_building",
    *(name for protocol in (ty.TrainableComponent, ty.InitializableComponent,
                            ty.ListenedToComponent)
      for name in (*getattr(protocol, "__annotations__", {}), *vars(protocol))),
})

def rules_to_bytes(ruleset: RuleSet, sections: Iterable[str]) -> bytes:
    """The entries of ``sections`` as JSON, in load order, with where each was written."""
    data = {"format": FORMAT, "sections": {
        section: [{"data": entry.data, "path": entry.path, "line": entry.line}
                  for entry in ruleset.entries(section)]
        for section in sections}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def rules_from_bytes(raw: bytes) -> RuleSet:
    """The :class:`RuleSet` that :func:`rules_to_bytes` wrote."""
    with collection_paused():
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"not treatyx rule data of format {FORMAT}")
        sections = {section: [Entry(section, item["data"], item["path"], item["line"])
                              for item in items]
                    for section, items in data["sections"].items()}
    return RuleSet(sections, ())


class RuleComponent:
    """Base class of a component compiled from rule entries (see the module docstring).

    Subclasses set :attr:`SECTIONS` and implement :meth:`build`. Until the rules are given,
    reading any attribute :meth:`build` sets builds the component from its ``rules`` folders.
    """

    SECTIONS: tuple[str, ...] = ()

    def __init__(self, nlp: Language, name: str, rules: Iterable[str] = ()):
        # treatyx's components are linear in the text: a pipeline that holds them takes
        # documents up to MAX_LENGTH (spaCy's default 1,000,000 only guards its parsers), also
        # when spacy.load builds it from a saved config
        nlp.max_length = max(nlp.max_length, MAX_LENGTH)
        self.nlp = nlp
        self.name = name
        self.rules = tuple(str(folder) for folder in rules)
        self.rule_set: RuleSet | None = None  # the entries it was built from

    def build(self, ruleset: RuleSet, cache: BuildCache) -> None:
        """Compile ``ruleset`` into the component's tables (``cache`` keeps them)."""
        raise NotImplementedError

    def use_rules(self, ruleset: RuleSet, cache: BuildCache | None = None) -> None:
        """Build from ``ruleset`` (its :attr:`SECTIONS` are what :meth:`to_disk` saves)."""
        if cache is None:
            cache = for_data(hashlib.sha256(rules_to_bytes(ruleset, self.SECTIONS)).hexdigest())
        self.__dict__["_building"] = True
        asked = len(cache.requested)
        try:
            self.build(ruleset, cache)
        finally:
            self.__dict__["_building"] = False
        self.rule_set = ruleset
        self._cache, self._cached = cache, cache.requested[asked:]

    def ensure_built(self) -> None:
        if self.__dict__.get("rule_set") is None:
            self.use_rules(load_ruleset(self.rules), for_rules(self.rules))

    def __getattr__(self, attr: str) -> Any:
        # Called only for attributes not set yet: those of build(), before it ran.
        if attr.startswith("__") or attr in PROBES or self.__dict__.get("_building", False) \
                or self.__dict__.get("rule_set") is not None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {attr!r}")
        self.ensure_built()
        return object.__getattribute__(self, attr)

    # -- serialisation: the rule entries, as data ----------------------------------------------
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        self.ensure_built()
        assert self.rule_set is not None
        return rules_to_bytes(self.rule_set, self.SECTIONS)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> RuleComponent:
        with collection_paused():  # spacy.load of a saved pipeline: as `extract` builds it
            self.use_rules(rules_from_bytes(data), for_data(hashlib.sha256(data).hexdigest()))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the rule entries; the build cache of the saved data starts with what this
        component built, so loading what was just saved compiles nothing again."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        data = self.to_bytes(exclude=exclude)
        (path / DATA_FILE).write_bytes(data)
        saved = for_data(hashlib.sha256(data).hexdigest())
        if saved is not self._cache:
            saved.adopt(self._cache, self._cached)
            saved.save()

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RuleComponent:
        return self.from_bytes((Path(path) / DATA_FILE).read_bytes(), exclude=exclude)
