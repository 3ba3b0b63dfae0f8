"""Compile the ``date_*`` rule sections once into ready-to-run regexes and tables.

Everything the tagger knows about words lives in the rule files; this module only turns them
into machinery:

* ``date_vocab`` entries become *macros*: ``%month`` (or ``%{month}``) inside any date regex
  expands to an alternation of the entry's words, built once as a prefix tree (longest match
  first, a space matching any run of white space), or to the entry's own ``regex``. Each word maps
  to a normalised value that value templates look up (``{m:month}`` -> ``08``).
* vocabularies marked ``trigger: true`` make up the *prefilter*: one regex run over the
  lower-cased text. A pattern is only tried in a small window around a trigger that it uses,
  so a document without dates costs one regex scan.
* ``date_patterns`` are grouped by trigger into one alternation per trigger (higher
  ``priority`` first, then file order); each pattern's named groups are renamed so they can
  share one regex. Patterns ignore case, except inside ``case: exact`` vocabularies (month
  and weekday names), which expand to ``(?-i:...)``.
* ``date_modifiers`` become one "before" and one "after" regex per TIMEX3 type.
* ``date_negatives`` become one alternation per set of triggers (a negative with ``trigger``
  only checks candidates of patterns run by those triggers); a candidate overlapping one of its
  matches is dropped.
* ``date_tense`` becomes a word table (and a few regexes) for :mod:`treatyx.timex.tense`.
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass, field
from typing import Any

from .. import cache as build_cache
from ..cache import LazyRegex
from ..errors import RuleError, RuleErrors
from ..quantities import NumberWord, number_words
from ..ruleset import Entry, RuleSet, load_ruleset
from ..trie import words_regex
from .regex_starts import Need, first_chars, first_words, fold, holds, required_texts

MACRO = re.compile(r"%\{([a-z0-9][a-z0-9_-]*)\}|%([a-z][a-z0-9]*)")
NAMED_GROUP = re.compile(r"\(\?P<([A-Za-z_]\w*)>")
NAMED_BACKREF = re.compile(r"\(\?P=([A-Za-z_]\w*)\)")
NUMBERED_BACKREF = re.compile(r"(?<!\\)\\[1-9]")
TEMPLATE_FIELD = re.compile(r"\{([A-Za-z_][\w,]*)((?::[A-Za-z0-9_-]+)*)\}")
SPACES = re.compile(r"\s+")
WORD = re.compile(r"(?<!\w)\w+")  # a word where a pattern is tried (as the tagger reads it)
NEEDS_REACH = 400  # longest window where a pattern not compiled yet is first looked for its needs
NEEDS_CHECKS = 256  # calls of an Alternatives that look for needs: the first few documents'
TYPES = ("DATE", "TIME", "DURATION", "SET")
BUILTIN_FILTERS = frozenset({
    "num", "pad2", "year", "yearwords", "decade", "century", "dur", "hour24", "upper", "lower",
})

# How far (in characters) a pattern match may start before / end after the trigger found by
# the prefilter. Longer than any expression a rule describes ("at least the past 18 months").
WINDOW_BEFORE = 28
WINDOW_AFTER = 36


def norm_key(text: str) -> str:
    """Lookup form of a word: lower case, no full stops, one space, straight apostrophes."""
    text = text.replace("’", "'").replace(".", "").lower()
    return SPACES.sub(" ", text).strip()


@dataclass
class Vocab:
    id: str
    table: dict[str, str]  # norm_key(word) -> value
    words: list[str]  # as written
    regex: str | None  # own regex (instead of words)
    case_exact: bool
    trigger: bool
    where: str

    @functools.cached_property
    def pattern(self) -> str:
        if self.regex is not None:
            return f"(?:{self.regex})"
        body = words_regex(self.words)
        return f"(?-i:{body})" if self.case_exact else f"(?i:{body})"

    def lookup(self, text: str) -> str | None:
        found = self.table.get(text.lower())
        return found if found is not None else self.table.get(norm_key(text))


@dataclass
class Template:
    """A value template: literal text and ``{group:filter:...}`` fields."""

    source: str
    parts: list[Any]  # str | (tuple[str, ...] groups, tuple[str, ...] filters)

    @property
    def groups(self) -> set[str]:
        return {g for p in self.parts if isinstance(p, tuple) for g in p[0]}


@dataclass
class PatternRule:
    id: str
    index: int
    type: str
    regex: str  # expanded (macros replaced), original group names
    templates: list[Template]
    mod: Template | None
    group: str | None
    priority: int
    modifiers: bool
    categories: frozenset[str]
    where: str
    gname: str = ""
    listed_after: re.Pattern | None = None  # one list item right after a match
    listed_before: re.Pattern | None = None  # one list item right before it (ends at its end)

    @property
    def renamed(self) -> str:
        regex = NAMED_GROUP.sub(lambda m: f"(?P<{self.gname}_{m.group(1)}>", self.regex)
        regex = NAMED_BACKREF.sub(lambda m: f"(?P={self.gname}_{m.group(1)})", regex)
        return rf"(?P<{self.gname}>(?:{regex})(?!\w))"  # matched at word starts only

    @functools.cached_property
    def starts(self) -> frozenset[str] | None:
        """Lower-cased first characters of a match (None: any)."""
        return first_chars(self.regex)

    @functools.cached_property
    def words(self) -> tuple[frozenset[str], tuple[str, ...], bool] | None:
        """First words a match can begin with (see :func:`first_words`)."""
        return first_words(self.regex)

    @functools.cached_property
    def needs(self) -> tuple[Need, ...]:
        """Text any match must hold (see :func:`required_texts`)."""
        return required_texts(self.regex)

    @functools.cached_property
    def group_names(self) -> tuple[tuple[str, str], ...]:
        """(name in the combined regex, name in the rule) of each named group."""
        return tuple((f"{self.gname}_{n}", n) for n in re.compile(self.regex).groupindex)

    @functools.cached_property
    def compiled(self) -> re.Pattern:
        return re.compile(rf"(?<!\w)(?:{self.regex})(?!\w)", re.IGNORECASE)


@dataclass
class Modifier:
    id: str
    mod: str
    position: str
    types: frozenset[str]
    words: list[str]


@dataclass
class TenseCue:
    id: str
    tense: str
    kind: str  # auxiliary | verb | cue
    words: list[str]
    regex: re.Pattern | None
    exceptions: frozenset[str]


@dataclass
class DateRules:
    """Everything the tagger needs, compiled once per rule set."""

    vocab: dict[str, Vocab]
    patterns: dict[str, PatternRule]  # by group name (r0, r1...)
    by_id: dict[str, PatternRule]
    prefilter: re.Pattern  # on lower-cased text
    prefilter_ci: re.Pattern  # same, case-insensitive, for texts whose lower() changes length
    digit_triggers: re.Pattern | None  # regex triggers, tried where the prefilter saw digits
    word_categories: dict[str, tuple[str, ...]]  # norm_key(trigger word) -> vocab ids
    word_forms: dict[str, frozenset[str]]  # trigger words only valid as written ("May")
    trigger_words: frozenset[str]  # the prefilter's words, lower-cased as written ("sept.")
    regex_categories: dict[str, str]  # prefilter group name -> vocab id
    by_category: dict[str, list[PatternRule]]  # trigger vocabulary id -> patterns using it
    before: dict[str, re.Pattern | None]  # TIMEX3 type -> prefix modifier regex
    after: dict[str, re.Pattern | None]
    modifier_groups: dict[str, Modifier]
    modifier_last_words: frozenset[str]  # last words of "before" modifiers ("early", "of")
    negatives: list[tuple[str, frozenset[str] | None]]  # (regex, triggers it checks; None: all)
    tense_words: dict[str, tuple[str, str]]  # single word -> (tense, kind)
    tense_phrases: dict[str, list[tuple[tuple[str, ...], str, str]]]  # first word -> cues
    tense_regexes: list[TenseCue]
    numbers: dict[str, NumberWord] = field(default_factory=dict)  # the shared number words
    rule_count: int = 0
    _combined: dict = field(default_factory=dict)
    _rule_regexes: dict = field(default_factory=dict, repr=False)  # gname -> LazyRegex
    _word_cues: dict = field(default_factory=dict, repr=False)  # (word, lower-case?) -> cue

    def __getstate__(self) -> dict:
        # The word-cue memo fills with the words of the documents processed; the build cache
        # keeps what the rules compile to, not that.
        return {**self.__dict__, "_word_cues": {}}

    def word_cue(self, word: str, lower: bool) -> tuple[str, str] | None:
        """The tense cue of a single lower-cased word (a listed word, else the first regex
        cue it matches; only auxiliaries when the text had it capitalised), memoised."""
        key = (word, lower)
        found = self._word_cues.get(key, _MISSING)
        if found is _MISSING:
            found = self.tense_words.get(word)
            if found is None:
                for cue in self.tense_regexes:
                    if (lower or cue.kind == "auxiliary") and word not in cue.exceptions \
                            and cue.regex.fullmatch(word):
                        found = (cue.tense, cue.kind)
                        break
            if len(self._word_cues) >= WORD_CUES_KEPT:
                self._word_cues.clear()  # a bound on memory over a long corpus
            self._word_cues[key] = found
        return found

    def starts_for(self, categories: tuple[str, ...]
                   ) -> tuple[frozenset[str], tuple[str, ...], bool] | None:
        """Words the patterns of these triggers can begin with (None: any), cached."""
        key = ("words", categories)
        if key not in self._combined:
            exact: set[str] = set()
            prefixes: set[str] = set()
            digit = False
            found: tuple | None = None
            for c in categories:
                for rule in self.by_category.get(c, []):
                    words = rule.words
                    if words is None:
                        break
                    exact |= words[0]
                    prefixes.update(words[1])
                    digit = digit or words[2]
                else:
                    continue
                break
            else:
                found = (frozenset(exact), tuple(sorted(prefixes)), digit)
            self._combined[key] = found
        return self._combined[key]

    def negatives_for(self, categories: frozenset[str]) -> re.Pattern | None:
        """The negatives that check candidates of patterns run by these triggers (cached)."""
        key = ("negatives", categories)
        found = self._combined.get(key, _MISSING)
        if found is _MISSING:
            found = _alternation([regex for regex, triggers in self.negatives
                                  if triggers is None or triggers & categories])
            self._combined[key] = found
        return found

    def char_table(self, categories: tuple[str, ...]) -> dict:
        """first character -> :meth:`regex_for` result, filled as characters turn up."""
        return self._combined.setdefault(("chars", categories), {})

    def prepare(self) -> DateRules:
        """Compute the per-rule values the tagger reads (kept by the build cache)."""
        for rule in self.patterns.values():
            _ = rule.group_names, rule.starts, rule.words, rule.needs
        return self

    def precompile(self) -> DateRules:
        """Compile every pattern and negative alternation now. Without it each is compiled
        when a document first needs it; before forking workers, doing it once here spares
        every worker compiling its own."""
        triggers = {*self.word_categories.values(),
                    *((category,) for category in self.regex_categories.values())}
        firsts = set().union(*(r.starts for r in self.patterns.values() if r.starts))
        for categories in sorted(triggers):
            self.starts_for(categories)
            table = self.char_table(categories)
            for first in sorted(firsts):
                table[first] = self.regex_for(categories, first)
            members = {r.categories for c in categories for r in self.by_category.get(c, [])}
            for rule_categories in members:
                negatives = self.negatives_for(rule_categories)
                if negatives is not None:
                    _ = negatives.search
        for rule in self.patterns.values():
            _ = self._rule_regex(rule).match
        return self

    def regex_for(self, categories: tuple[str, ...], first: str) -> Alternatives | None:
        """The patterns run by these triggers that can start with the character ``first``
        (lower-cased), priority first, as one :class:`Alternatives` (cached)."""
        key = (categories, first)
        found = self._combined.get(key, _MISSING)
        if found is _MISSING:
            members = {r.gname: r for c in categories for r in self.by_category.get(c, [])
                       if r.starts is None or first in r.starts}
            ordered = sorted(members.values(), key=lambda r: (-r.priority, r.index))
            found = Alternatives([(self._rule_regex(r), r.words, r.needs) for r in ordered]) \
                if ordered else None
            self._combined[key] = found
        return found

    def _rule_regex(self, rule: PatternRule) -> LazyRegex:
        found = self._rule_regexes.get(rule.gname)
        if found is None:
            found = self._rule_regexes[rule.gname] = LazyRegex(rule.renamed, re.IGNORECASE)
        return found


class Alternatives:
    """Patterns tried one after another at a position, the first that matches winning: what
    ``re`` does with their alternation ``(?P<r0>...)|(?P<r1>...)``, with the same groups, but
    each pattern is compiled once, on its first use, however many alternations hold it
    (compiling the alternations themselves cost three times as much at start-up).

    At the start of a word, a pattern whose first words (:func:`first_words`) cannot be that
    word is skipped without being tried, or compiled: the test the tagger makes for all the
    patterns of a trigger before its words, made for each pattern. A pattern not compiled yet
    is also skipped where the text in reach misses what any match of it must hold
    (:func:`required_texts`): most patterns a short document reaches never match it, and
    each costs a millisecond to compile. Only for its first :data:`NEEDS_CHECKS` calls: a
    long run compiles what it needs and then matches as fast as without the test."""

    __slots__ = ("checks", "items")

    def __init__(self, items: list[tuple[LazyRegex, tuple | None, tuple[Need, ...]]]):
        self.items = tuple(items)
        self.checks = NEEDS_CHECKS

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        word = WORD.match(text, pos)
        low, digit = "", False
        if word is not None:
            digit = word.group()[0].isdigit()
            low = word.group().lower().rstrip("0123456789")
        window = None
        check = self.checks > 0 and endpos - pos <= NEEDS_REACH
        if check:
            self.checks -= 1
        for regex, words, needs in self.items:
            if word is not None and words is not None:
                if digit:
                    if not words[2]:
                        continue
                elif low not in words[0] and not (words[1] and low.startswith(words[1])):
                    continue
            if check and needs and not regex.ready:
                if window is None:
                    window = fold(text[pos:endpos])
                if not holds(window, needs):
                    continue  # no match here: not compiled (yet)
            found = regex.match(text, pos, endpos)
            if found is not None:
                return found
        return None

    def __getstate__(self) -> tuple:
        return self.items

    def __setstate__(self, state: tuple) -> None:
        self.items = state
        self.checks = NEEDS_CHECKS


class _Errors:
    def __init__(self) -> None:
        self.items: list[RuleError] = []

    def add(self, entry: Entry, message: str) -> None:
        self.items.append(RuleError(entry.path, entry.line, f"{entry.section} entry "
                                    f"'{entry.id}': {message}"))

    def raise_if_any(self) -> None:
        if self.items:
            raise RuleErrors(self.items)


def _vocab(entry: Entry) -> Vocab:
    """A date vocabulary; its shape (words or regex, texts, trigger) is checked by the rule
    schema when the rules load (:mod:`treatyx.ruleset.models`)."""
    words_raw = entry.get("words") or []
    if isinstance(words_raw, dict):
        table = {norm_key(word): str(value) for word, value in words_raw.items()}
    else:
        table = {norm_key(word): word for word in words_raw}
    words = sorted(words_raw, key=lambda w: (-len(w), w))
    return Vocab(entry.id, table, words, entry.get("regex"), entry.get("case") == "exact",
                 bool(entry.get("trigger")), entry.where)


def _expand(regex: str, vocab: dict[str, Vocab], used: set[str], stack: tuple[str, ...] = ()
            ) -> str:
    def repl(m: re.Match) -> str:
        name = m.group(1) or m.group(2)
        voc = vocab.get(name)
        if voc is None:
            raise KeyError(name)
        if name in stack:
            raise RecursionError(name)
        used.add(name)
        if voc.regex is not None:
            return "(?:" + _expand(voc.regex, vocab, used, (*stack, name)) + ")"
        return voc.pattern

    return MACRO.sub(repl, regex)


def _template(source: Any, entry: Entry, vocab: dict[str, Vocab], groups: set[str],
              errors: _Errors) -> Template | None:
    if not isinstance(source, str | int):
        errors.add(entry, f"template {source!r} must be text")
        return None
    source = str(source)
    parts: list[Any] = []
    pos = 0
    for m in TEMPLATE_FIELD.finditer(source):
        if m.start() > pos:
            parts.append(source[pos:m.start()])
        names = tuple(m.group(1).split(","))
        filters = tuple(f for f in m.group(2).split(":") if f)
        for name in names:
            if name not in groups:
                errors.add(entry, f"template {source!r} uses group '{name}' that the regex "
                           f"does not define (groups: {', '.join(sorted(groups)) or 'none'})")
        for flt in filters:
            if flt not in BUILTIN_FILTERS and flt not in vocab:
                errors.add(entry, f"template {source!r}: unknown filter '{flt}' (a date_vocab "
                           f"id or one of {', '.join(sorted(BUILTIN_FILTERS))})")
        parts.append((names, filters))
        pos = m.end()
    if pos < len(source):
        parts.append(source[pos:])
    if any(isinstance(p, str) and ("{" in p or "}" in p) for p in parts):
        errors.add(entry, f"template {source!r} has a malformed {{group:filter}} field")
    return Template(source, parts)


def _expanded(entry: Entry, source: str, vocab: dict[str, Vocab], used: set[str],
              errors: _Errors, where: str = "") -> str | None:
    """``source`` with its macros expanded, or None after reporting why it cannot be
    (``where`` names the key when it is not ``regex``)."""
    try:
        return _expand(source, vocab, used)
    except KeyError as exc:
        errors.add(entry, f"{where}unknown macro %{exc.args[0]} (define it in date_vocab)")
    except RecursionError as exc:
        errors.add(entry, f"{where}macro %{exc.args[0]} refers to itself")
    return None


def _compiled(entry: Entry, expanded: str, errors: _Errors, where: str = ""
              ) -> re.Pattern | None:
    try:
        return re.compile(expanded, re.IGNORECASE)
    except re.error as exc:
        errors.add(entry, f"{where}invalid regex after macro expansion: {exc}")
        return None


def _pattern(entry: Entry, index: int, vocab: dict[str, Vocab], errors: _Errors
             ) -> PatternRule | None:
    used: set[str] = set()
    expanded = _expanded(entry, entry["regex"], vocab, used, errors)
    if expanded is None:
        return None
    if NUMBERED_BACKREF.search(entry["regex"]):
        errors.add(entry, "use named groups (?P<name>...) and (?P=name), not \\1")
        return None
    compiled = _compiled(entry, expanded, errors)
    if compiled is None:
        return None
    if compiled.match(""):
        errors.add(entry, "regex matches the empty text")
        return None
    groups = set(compiled.groupindex)
    explicit = entry.get("trigger")
    if explicit is not None:  # trigger vocabularies, checked by the rule schema
        categories = frozenset([explicit] if isinstance(explicit, str) else explicit)
    else:
        categories = frozenset(n for n in used if vocab[n].trigger)
    if not categories:
        triggers = ", ".join(sorted(n for n, v in vocab.items() if v.trigger))
        errors.add(entry, f"regex uses no trigger vocabulary, so it would never run "
                   f"(use one of: {triggers}, or set 'trigger')")
        return None
    values = entry["value"] if isinstance(entry["value"], list) else [entry["value"]]
    templates = [_template(v, entry, vocab, groups, errors) for v in values]
    mod = entry.get("mod")
    mod_t = _template(mod, entry, vocab, groups, errors) if mod is not None else None
    group = entry.get("group")
    if group is not None and group not in groups:
        errors.add(entry, f"'group' names '{group}', which the regex does not define")
    priority = entry.get("priority", 0)
    modifiers = entry.get("modifiers", True)
    listed = {key: _listed_item(entry, key, vocab, groups, errors)
              for key in ("listed_after", "listed_before")}
    if any(t is None for t in templates):
        return None
    return PatternRule(entry.id, index, entry["type"], expanded, templates, mod_t, group,
                       priority, bool(modifiers), categories, entry.where, **listed)


def _listed_item(entry: Entry, key: str, vocab: dict[str, Vocab], groups: set[str],
                 errors: _Errors) -> re.Pattern | None:
    """The compiled regex of one list item next to a match (``listed_after`` or
    ``listed_before``): its named groups must be groups of the pattern, which they rebind."""
    source = entry.get(key)
    expanded = None if source is None else _expanded(entry, source, vocab, set(), errors,
                                                     f"{key}: ")
    if expanded is None:
        return None
    anchored = f"(?:{expanded})\\Z" if key == "listed_before" else expanded
    compiled = _compiled(entry, anchored, errors, f"{key}: ")
    if compiled is None:
        return None
    if not compiled.groupindex or not set(compiled.groupindex) <= groups:
        errors.add(entry, f"{key}: its named groups must be groups of the regex "
                   f"({', '.join(sorted(groups))})")
        return None
    return compiled


def _modifier_regex(mods: list[Modifier], position: str, kind: str) -> tuple[re.Pattern | None,
                                                                              dict[str, Modifier]]:
    alts = []
    groups: dict[str, Modifier] = {}
    for i, mod in enumerate(mods):
        if mod.position != position or kind not in mod.types:
            continue
        name = f"m{i}"
        groups[name] = mod
        alts.append(f"(?P<{name}>{words_regex(sorted(mod.words, key=len, reverse=True))})")
    if not alts:
        return None, groups
    body = "|".join(alts)
    if position == "before":
        return re.compile(rf"(?i)(?<!\w)(?:{body})(?:\s+|\s*-\s*)\Z"), groups
    return re.compile(rf"(?i)\s+(?:{body})(?!\w)"), groups


def compile_rules(ruleset: RuleSet) -> DateRules:
    """Compile every ``date_*`` section of ``ruleset``; raise RuleErrors with file:line."""
    errors = _Errors()
    numbers = number_words(ruleset.entries("numbers"))
    vocab: dict[str, Vocab] = {}
    for entry in ruleset.entries("date_vocab"):
        vocab[entry.id] = _vocab(entry)
    # macros inside vocabulary regexes must expand and compile too
    for voc in vocab.values():
        if voc.regex is None:
            continue
        try:
            re.compile(_expand(voc.regex, vocab, set(), (voc.id,)))
        except (KeyError, RecursionError, re.error) as exc:
            entry = ruleset.find("date_vocab", voc.id)
            errors.add(entry, f"regex does not compile after macro expansion: {exc}")
    errors.raise_if_any()

    rules: list[PatternRule] = []
    for index, entry in enumerate(ruleset.entries("date_patterns")):
        rule = _pattern(entry, index, vocab, errors)
        if rule is not None:
            rules.append(rule)
    modifiers = [Modifier(e.id, e["mod"], e.get("position", "before"),
                          frozenset(e.get("types", TYPES)), list(e["words"]))
                 for e in ruleset.entries("date_modifiers")]

    negatives: list[tuple[str, frozenset[str] | None]] = []
    for entry in ruleset.entries("date_negatives"):
        try:
            expanded = _expand(entry["regex"], vocab, set())
            re.compile(expanded)
        except KeyError as exc:
            errors.add(entry, f"unknown macro %{exc.args[0]}")
            continue
        except re.error as exc:
            errors.add(entry, f"invalid regex after macro expansion: {exc}")
            continue
        triggers = entry.get("trigger")
        if triggers is not None:  # trigger vocabularies, checked by the rule schema
            triggers = frozenset([triggers] if isinstance(triggers, str) else triggers)
        negatives.append((f"(?:{expanded})", triggers))

    tense_words: dict[str, tuple[str, str]] = {}
    tense_phrases: list[tuple[tuple[str, ...], str, str]] = []
    tense_regexes: list[TenseCue] = []
    for entry in ruleset.entries("date_tense"):
        kind = entry.get("kind", "verb")
        for word in entry.get("words", []):
            key = tuple(norm_key(word).split())
            if len(key) == 1:
                tense_words[key[0]] = (entry["tense"], kind)
            else:
                tense_phrases.append((key, entry["tense"], kind))
        if entry.get("regex"):
            tense_regexes.append(TenseCue(entry.id, entry["tense"], kind, [],
                                          re.compile(entry["regex"]),
                                          frozenset(norm_key(w) for w in entry.get("except", []))))
    phrases_by_word: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for phrase in sorted(tense_phrases, key=lambda p: -len(p[0])):
        phrases_by_word.setdefault(phrase[0][0], []).append(phrase)
    errors.raise_if_any()

    # prefilter: one prefix tree of single trigger words + every trigger regex. A phrase
    # ("New Year's Day") is found by its last word, so the tree never swallows a shorter
    # trigger inside it ("the fourth of July" must still show "July" to the month patterns).
    word_categories: dict[str, set[str]] = {}
    regex_categories: dict[str, str] = {}
    regex_alts: list[str] = []
    trie_words: set[str] = set()
    for voc in vocab.values():
        if not voc.trigger:
            continue
        if voc.regex is None:
            for word in voc.words:
                key = word.lower().split()[-1]
                trie_words.add(key)
                word_categories.setdefault(norm_key(key), set()).add(voc.id)
        else:
            gname = f"t{len(regex_categories)}"
            regex_categories[gname] = voc.id
            regex_alts.append(f"(?P<{gname}>{_expand(voc.regex, vocab, set())})")
    # words that only exact-case vocabularies know are hits only as written ("May", not "may")
    forms: dict[str, set[str]] = {}
    loose: set[str] = set()
    for voc in vocab.values():
        if voc.trigger and voc.regex is None:
            for word in voc.words:
                key = word.split()[-1]
                if voc.case_exact:
                    forms.setdefault(key.lower(), set()).add(key)
                else:
                    loose.add(key.lower())
    word_forms = {k: frozenset(v) for k, v in forms.items() if k not in loose}
    lowered = sorted(trie_words, key=lambda w: (-len(w), w))
    # prefilter on the lower-cased text: a trigger word, or a run of digits where the regex
    # triggers (years, ISO dates, clock times...) are then tried one by one
    alts = [rf"(?<!\w)(?P<w>{words_regex(lowered)})(?!\w)"] if lowered else []
    if regex_alts:
        alts.append(r"(?<![\d.,])(?P<d>\d+)")
    prefilter_src = "|".join(alts) if alts else r"(?!x)x"
    prefilter = re.compile(prefilter_src)
    prefilter_ci = re.compile(prefilter_src, re.IGNORECASE)
    digit_triggers = re.compile("|".join(regex_alts), re.IGNORECASE) if regex_alts else None

    for i, rule in enumerate(sorted(rules, key=lambda r: (-r.priority, r.index))):
        rule.gname = f"r{i}"
    by_category: dict[str, list[PatternRule]] = {}
    for rule in rules:
        for category in rule.categories:
            by_category.setdefault(category, []).append(rule)

    before: dict[str, re.Pattern | None] = {}
    after: dict[str, re.Pattern | None] = {}
    modifier_groups: dict[str, Modifier] = {}
    for kind in TYPES:
        before[kind], groups = _modifier_regex(modifiers, "before", kind)
        modifier_groups.update(groups)
        after[kind], groups = _modifier_regex(modifiers, "after", kind)
        modifier_groups.update(groups)

    return DateRules(
        vocab=vocab,
        patterns={r.gname: r for r in rules},
        by_id={r.id: r for r in rules},
        prefilter=prefilter,
        prefilter_ci=prefilter_ci,
        digit_triggers=digit_triggers,
        word_categories={k: tuple(sorted(v)) for k, v in word_categories.items()},
        word_forms=word_forms,
        trigger_words=frozenset(trie_words),
        regex_categories=regex_categories,
        by_category=by_category,
        before=before,
        after=after,
        modifier_groups=modifier_groups,
        modifier_last_words=frozenset(
            re.split(r"[\s-]+", w.lower().strip())[-1] for m in modifiers
            if m.position == "before" for w in m.words),
        negatives=negatives,
        tense_words=tense_words,
        tense_phrases=phrases_by_word,
        tense_regexes=tense_regexes,
        numbers=numbers,
        rule_count=len(rules),
    )


_MISSING = object()
WORD_CUES_KEPT = 50_000


def _alternation(alternatives: list[str]) -> LazyRegex | None:
    return LazyRegex("|".join(alternatives)) if alternatives else None


def load_date_rules(rules: tuple[str, ...] | RuleSet = (),
                    cache: build_cache.BuildCache | None = None) -> DateRules:
    """The compiled date rules of the shipped rules plus the extra folders ``rules``, or of a
    parsed :class:`RuleSet` (with the build ``cache`` that belongs to it), kept in memory and
    in the build cache (regexes as text: each compiled on first use)."""
    if isinstance(rules, RuleSet):
        ruleset: RuleSet | None = rules
        store = cache if cache is not None else build_cache.BuildCache(None)
    else:
        ruleset, extra = None, tuple(rules)
        store = build_cache.for_rules(extra)
    return store.get("date-rules", lambda: compile_rules(
        ruleset if ruleset is not None else load_ruleset(extra)).prepare())
