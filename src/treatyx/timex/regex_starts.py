"""How a match of a date pattern can begin, read from the pattern's text.

The tagger tries a pattern only where it can start: at a character it can begin with
(:func:`first_chars`) and a word it can begin with (:func:`first_words`). Both are computed once
per rule from the pattern text by the small parser below, which knows the syntax the rule files
use (literals, escapes, classes, groups, lookarounds, alternation, repeats). Anything it does
not know makes the answer "anything": a pattern is then tried everywhere, which is slower but
never misses a match. (``re`` has no public parse tree; this replaces reading the private one.)

The same parser tells what text any match must hold (:func:`required_texts`): a pattern not
compiled yet is compiled only where that text is in reach.
"""

from __future__ import annotations

import re

UNBOUNDED = 1 << 30

# items: ("lit", ch) | ("in", [class items]) | ("any",) | ("ref",) | ("at",) | ("assert",)
#        | ("branch", [alternatives]) | ("group", items) | ("repeat", low, high, items)
# class items: ("lit", ch) | ("range", lo, hi) | ("cat", "digit"|"space"|"word"|"other")
CATEGORIES = {"d": "digit", "s": "space", "w": "word", "D": "other", "S": "other",
              "W": "other"}
ANCHORS = set("bBAZ")
CONTROL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}


class _Unknown(Exception):
    """A construct the parser does not model: the answer is "could start anywhere"."""


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.i = 0

    def peek(self, ahead: int = 0) -> str:
        j = self.i + ahead
        return self.text[j] if j < len(self.text) else ""

    def parse(self) -> list:
        items = self.alternation()
        if self.i != len(self.text):
            raise _Unknown(self.text[self.i:])
        return items

    def alternation(self) -> list:
        alts = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            alts.append(self.sequence())
        return alts[0] if len(alts) == 1 else _branch(alts)

    def sequence(self) -> list:
        items: list = []
        while self.peek() not in ("", "|", ")"):
            atom = self.atom()
            if atom is None:
                continue
            items.append(self.repeat(atom))
        return items

    def repeat(self, atom: tuple) -> tuple:
        ch = self.peek()
        if ch in ("*", "+", "?"):
            self.i += 1
            low, high = {"*": (0, UNBOUNDED), "+": (1, UNBOUNDED), "?": (0, 1)}[ch]
        elif ch == "{" and self._bounds() is not None:
            low, high = self._bounds()  # type: ignore[misc]
            self.i = self.text.index("}", self.i) + 1
        else:
            return atom
        if self.peek() in ("?", "+"):  # lazy or possessive: the same possible starts
            self.i += 1
        if atom[0] in ("at", "assert"):
            raise _Unknown("repeated assertion")
        return ("repeat", low, high, [atom])

    def _bounds(self) -> tuple[int, int] | None:
        end = self.text.find("}", self.i)
        if end < 0:
            return None
        body = self.text[self.i + 1:end]
        low, comma, high = body.partition(",")
        if not (low.isdigit() or (comma and not low)) or (high and not high.isdigit()):
            return None
        return int(low or 0), (int(high) if high else UNBOUNDED if comma else int(low))

    def atom(self) -> tuple | None:
        ch = self.peek()
        self.i += 1
        if ch == "(":
            return self.group()
        if ch == "[":
            return ("in", self.char_class())
        if ch == ".":
            return ("any",)
        if ch in ("^", "$"):
            return ("at",)
        if ch == "\\":
            return self.escape(in_class=False)
        if ch in ("*", "+", "?", "{") and ch != "{":
            raise _Unknown("nothing to repeat")
        return ("lit", ch)

    def group(self) -> tuple | None:
        if self.peek() != "?":
            return ("group", self._group_body())
        self.i += 1
        kind = self.peek()
        if kind == ":":
            self.i += 1
            return ("group", self._group_body())
        if kind == "P" and self.peek(1) == "=":  # back-reference: what it matches varies
            self.i = self.text.index(")", self.i) + 1
            return ("ref",)
        if kind == "P" and self.peek(1) == "<":
            self.i = self.text.index(">", self.i) + 1
            return ("group", self._group_body())
        if kind in ("=", "!"):
            self.i += 1
            self._group_body()
            return ("assert",)
        if kind == "<" and self.peek(1) in ("=", "!"):
            self.i += 2
            self._group_body()
            return ("assert",)
        if kind == ">":  # atomic group
            self.i += 1
            return ("group", self._group_body())
        # inline flags: (?i) (?-i:...) (?ai-s:...); verbose mode changes what text means
        j = self.i
        while j < len(self.text) and self.text[j] in "aiLmsux-":
            j += 1
        flags = self.text[self.i:j]
        if "x" in flags.split("-")[0] or j >= len(self.text):
            raise _Unknown("verbose or unknown group")
        self.i = j + 1
        if self.text[j] == ")":
            return None
        if self.text[j] == ":":
            return ("group", self._group_body())
        raise _Unknown("unknown group")

    def _group_body(self) -> list:
        items = self.alternation()
        if self.peek() != ")":
            raise _Unknown("unclosed group")
        self.i += 1
        return items

    def escape(self, in_class: bool) -> tuple:
        ch = self.peek()
        self.i += 1
        if ch == "":
            raise _Unknown("trailing backslash")
        if ch in CATEGORIES:
            category = ("cat", CATEGORIES[ch])
            return category if in_class else ("in", [category])
        if ch in ANCHORS and not in_class:
            return ("at",)
        if ch in CONTROL:
            return ("lit", CONTROL[ch])
        if ch in "xuU":
            size = {"x": 2, "u": 4, "U": 8}[ch]
            code = self.text[self.i:self.i + size]
            self.i += size
            return ("lit", chr(int(code, 16)))
        if ch in "123456789" and not in_class:
            return ("ref",)
        if ch.isalnum():  # \N{...}, octal escapes
            raise _Unknown(f"escape \\{ch}")
        return ("lit", ch)

    def char_class(self) -> list:
        items: list = []
        if self.peek() == "^":
            self.i += 1
            items.append(("cat", "other"))  # negated: could be almost anything
        first = True
        while True:
            ch = self.peek()
            if ch == "":
                raise _Unknown("unclosed class")
            if ch == "]" and not first:
                self.i += 1
                return items
            first = False
            self.i += 1
            item = self.escape(in_class=True) if ch == "\\" else ("lit", ch)
            if item[0] == "lit" and self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.i += 1
                end = self.peek()
                self.i += 1
                high = self.escape(in_class=True) if end == "\\" else ("lit", end)
                if high[0] != "lit":
                    raise _Unknown("range to a category")
                items.append(("range", ord(item[1]), ord(high[1])))
            else:
                items.append(item)


def _branch(alts: list[list]) -> list:
    """Like ``re``'s parser: a shared first item is taken out of the alternatives, and
    alternatives of one character each become a character class."""
    prefix: list = []
    while all(alts) and all(alt[0] == alts[0][0] for alt in alts[1:]):
        prefix.append(alts[0][0])
        alts = [alt[1:] for alt in alts]
    if all(len(alt) == 1 and alt[0][0] in ("lit", "in") and not _negated(alt[0])
           for alt in alts):
        chars: list = []
        for alt in alts:
            chars.extend([alt[0]] if alt[0][0] == "lit" else alt[0][1])
        return [*prefix, ("in", chars)]
    return [*prefix, ("branch", alts)]


def _negated(item: tuple) -> bool:
    return item[0] == "in" and ("cat", "other") in item[1]


def _parse(regex: str) -> list:
    items = _Parser(regex).parse()
    return [_single(item) for item in items]


def _single(item: tuple) -> tuple:
    """A class of one literal is that literal (as ``re`` reads ``[a]``)."""
    if item[0] == "in" and len(item[1]) == 1 and item[1][0][0] == "lit":
        return item[1][0]
    if item[0] == "group":
        return ("group", [_single(i) for i in item[1]])
    if item[0] == "repeat":
        return ("repeat", item[1], item[2], [_single(i) for i in item[3]])
    if item[0] == "branch":
        return ("branch", [[_single(i) for i in alt] for alt in item[1]])
    return item


# -- first characters ----------------------------------------------------------------------------

def first_chars(regex: str) -> frozenset[str] | None:
    """Lower-cased characters a match of ``regex`` can start with; None if any character."""
    try:
        chars, _ = _first_seq(_parse(regex))
    except (_Unknown, ValueError, IndexError, RecursionError):
        return None
    return None if chars is None else frozenset(c.lower() for c in chars)


def _first_seq(items: list) -> tuple[set[str] | None, bool]:
    chars: set[str] = set()
    for item in items:
        found, nullable = _first_item(item)
        if found is None:
            return None, False
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _first_item(item: tuple) -> tuple[set[str] | None, bool]:
    op = item[0]
    if op == "lit":
        return {item[1]}, False
    if op == "in":
        chars: set[str] = set()
        for part in item[1]:
            if part[0] == "lit":
                chars.add(part[1])
            elif part[0] == "range" and part[2] - part[1] < 256:
                chars.update(chr(c) for c in range(part[1], part[2] + 1))
            elif part == ("cat", "digit"):
                chars.update("0123456789")
            elif part == ("cat", "space"):
                chars.update(" \t\n\r\f\v")
            else:
                return None, False
        return chars, False
    if op == "branch":
        chars = set()
        nullable = False
        for alt in item[1]:
            found, empty = _first_seq(alt)
            if found is None:
                return None, False
            chars |= found
            nullable = nullable or empty
        return chars, nullable
    if op == "group":
        return _first_seq(item[1])
    if op == "repeat":
        found, empty = _first_seq(item[3])
        return found, empty or item[1] == 0
    if op in ("at", "assert"):
        return set(), True
    return None, False


# -- first words ---------------------------------------------------------------------------------

class _Unbounded(Exception):
    pass


def first_words(regex: str) -> tuple[frozenset[str], tuple[str, ...], bool] | None:
    """How a match of ``regex`` can begin: (whole first words, first-word prefixes, may start
    with a digit), lower-cased; None when it could begin with anything."""
    try:
        items = _parse(regex)
        exact: set[str] = set()
        prefixes: set[str] = set()
        digit = [False]
        _walk(items, "", exact, prefixes, digit, [100000])
    except (_Unbounded, _Unknown, ValueError, IndexError, RecursionError):
        return None
    return frozenset(exact), tuple(sorted(prefixes)), digit[0]


def _walk(items: list, partial: str, exact: set[str], prefixes: set[str], digit: list[bool],
          budget: list[int]) -> None:
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unbounded
    if not items:
        if not partial:
            raise _Unbounded
        exact.add(partial)
        return
    item, rest = items[0], items[1:]
    op = item[0]
    if op in ("at", "assert"):
        _walk(rest, partial, exact, prefixes, digit, budget)
    elif op == "lit":
        ch = item[1].lower()
        if ch.isalpha():
            _walk(rest, partial + ch, exact, prefixes, digit, budget)
        elif partial:
            exact.add(partial)
        elif ch.isdigit():
            digit[0] = True
        # a rule can also begin with an apostrophe ("'90s"): tried at every apostrophe anyway
    elif op == "in":
        kinds = _char_kinds(item[1])
        if not partial:
            if "letter" in kinds:
                raise _Unbounded
            if "digit" in kinds:
                digit[0] = True
        elif "letter" in kinds:
            prefixes.add(partial)
        else:
            exact.add(partial)
    elif op == "branch":
        for alt in item[1]:
            _walk(list(alt) + rest, partial, exact, prefixes, digit, budget)
    elif op == "group":
        _walk(list(item[1]) + rest, partial, exact, prefixes, digit, budget)
    elif op == "repeat":
        _, low, high, sub = item
        if low == 0:
            _walk(rest, partial, exact, prefixes, digit, budget)
        if high != 0:
            more = [] if high == 1 else [("repeat", max(0, low - 1), high, sub)]
            _walk(list(sub) + more + rest, partial, exact, prefixes, digit, budget)
    elif partial:
        prefixes.add(partial)
    else:
        raise _Unbounded


def _char_kinds(items: list) -> set[str]:
    """'letter', 'digit', 'space', 'other': what a character class can match."""
    kinds: set[str] = set()
    for part in items:
        if part[0] == "lit":
            chars = [part[1]]
        elif part[0] == "range":
            chars = [chr(c) for c in range(part[1], min(part[2], part[1] + 300) + 1)]
        else:
            kinds.add({"digit": "digit", "space": "space", "word": "letter"}.get(
                part[1], "other"))
            continue
        for ch in chars:
            kinds.add("letter" if ch.isalpha() else "digit" if ch.isdigit()
                      else "space" if ch.isspace() else "other")
    return kinds


# -- text a match must hold ----------------------------------------------------------------------

# Characters outside ASCII that case-insensitive matching in Unicode mode takes for an ASCII
# one (every code point checked against each ASCII character, as a literal and in a class).
ASCII_FOLDS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))
SMALL_CLASS = 64  # the most characters a class may stand for to count as a required text

# A need: (texts, digit): a match holds one of the texts (lower case, ASCII), or, when digit
# is true, a digit (any that ``\d`` matches).
Need = tuple[tuple[str, ...], bool]


DIGIT = re.compile(r"\d")


def holds(folded: str, needs: tuple[Need, ...]) -> bool:
    """True when the text ``folded`` (see :func:`fold`) meets every need."""
    for texts, digit in needs:
        if not any(text in folded for text in texts) and not (
                digit and DIGIT.search(folded) is not None):
            return False
    return True


def fold(text: str) -> str:
    """``text`` as required texts are looked for in it: every character a case-insensitive
    pattern takes for the ASCII letter x written x."""
    if not text.isascii():
        for char, ascii_char in ASCII_FOLDS:
            if char in text:
                text = text.replace(char, ascii_char)
    return text.lower()


def required_texts(regex: str) -> tuple[Need, ...]:
    """What every match of ``regex`` (compiled case-insensitively, or not) must hold: each
    need is met by the matched text, so a text (passed through :func:`fold`) that misses
    one cannot hold a match. Only literal ASCII text counts (runs of literals, small classes,
    words from a short list: "fri", "mon"... for a weekday), never a lookaround; () when
    nothing is known. The most selective needs first, at most :data:`MAX_NEEDS`."""
    try:
        found = _seq_needs(_parse(regex))
    except (_Unknown, ValueError, IndexError, RecursionError):
        return ()
    return tuple(sorted(set(found), key=_rank, reverse=True)[:MAX_NEEDS])


MAX_NEEDS = 4
MAX_TEXTS = 64  # the most texts a need (or a run of literal text being read) may list
BRANCH_CHOICES = 3  # needs of each alternative combined into the needs of an alternation


def _selectivity(need: Need) -> tuple[int, int]:
    texts, digit = need
    return (min((len(t) for t in texts), default=1) if not digit else 1, -len(texts) - digit)


def _rank(need: Need) -> tuple:
    """Most selective first; ties in a fixed order (not that of a set, which varies by run)."""
    return _selectivity(need), need


def _need(texts: set[str], digit: bool = False) -> Need:
    """A need of these texts: a text that holds another one is left out."""
    kept = sorted(t for t in texts if not any(o != t and o in t for o in texts))
    return tuple(kept), digit


def _seq_needs(items: list) -> list[Need]:
    needs: list[Need] = []
    run: set[str] = {""}  # what the literal text read so far can be (lower case)

    def end_run() -> None:
        if "" not in run:
            needs.append(_need(run))
        run.clear()
        run.add("")

    for item in items:
        texts = _texts(item)
        if texts is not None and len(run) * len(texts) <= MAX_TEXTS:
            run = {a + b for a in run for b in texts}
            continue
        end_run()
        if texts is not None:  # a list too long to combine with the run: starts a new one
            run = set(texts)
            continue
        op = item[0]
        if op == "in":
            need = _class_need(item[1])
            if need is not None:
                needs.append(need)
        elif op == "group":
            needs.extend(_seq_needs(item[1]))
        elif op == "repeat" and item[1] >= 1:
            needs.extend(_seq_needs(item[3]))
        elif op == "branch":
            needs.extend(_branch_needs(item[1]))
        # anything else (a lookaround, an anchor, a back-reference, any character, a literal
        # outside ASCII, an optional part) needs nothing
    end_run()
    return needs


def _branch_needs(alts: list[list]) -> list[Need]:
    """Each way of taking one need from every alternative gives a need of the alternation
    (whichever alternative matched, its need is met): the best few are kept."""
    choices = []
    for alt in alts:
        alt_needs = sorted(set(_seq_needs(alt)), key=_rank, reverse=True)
        if not alt_needs:
            return []  # an alternative that needs nothing: the alternation needs nothing
        choices.append(alt_needs[:BRANCH_CHOICES])
    combined: list[Need] = []
    picks = [[]]
    for options in choices:
        picks = [[*pick, need] for pick in picks for need in options][:MAX_TEXTS]
    for pick in picks:
        texts = {t for need in pick for t in need[0]}
        if len(texts) <= MAX_TEXTS:
            combined.append(_need(texts, any(need[1] for need in pick)))
    return sorted(set(combined), key=_rank, reverse=True)[:MAX_NEEDS]


def _texts(item: tuple) -> set[str] | None:
    """Every text ``item`` can match, lower-cased, when that is a short list of ASCII texts
    (a literal, a small class, a group or alternation of such); None otherwise."""
    op = item[0]
    if op == "lit":
        return {item[1].lower()} if item[1].isascii() else None
    if op == "in":
        need = _class_need(item[1])
        return set(need[0]) if need is not None and not need[1] else None
    if op in ("group", "branch"):
        found: set[str] = set()
        for alt in (item[1] if op == "branch" else [item[1]]):
            texts = {""}
            for part in alt:
                more = _texts(part)
                if more is None or len(texts) * len(more) > MAX_TEXTS:
                    return None
                texts = {a + b for a in texts for b in more}
            found |= texts
            if len(found) > MAX_TEXTS:
                return None
        return found
    if op == "repeat" and item[2] <= 3:
        body = _texts(("group", item[3]))
        if body is None:
            return None
        found, texts = set(), {""}
        for count in range(item[2] + 1):
            if count >= item[1]:
                found |= texts
            if count < item[2]:
                if len(texts) * len(body) > MAX_TEXTS:
                    return None
                texts = {a + b for a in texts for b in body}
        return found if len(found) <= MAX_TEXTS else None
    return None


def _class_need(parts: list) -> Need | None:
    chars: set[str] = set()
    digit = False
    for part in parts:
        if part[0] == "lit":
            chars.add(part[1])
        elif part[0] == "range" and part[2] - part[1] < SMALL_CLASS:
            chars.update(chr(c) for c in range(part[1], part[2] + 1))
        elif part == ("cat", "digit"):
            digit = True
        else:
            return None  # a negated class, a category: could be almost anything
    if not all(ch.isascii() for ch in chars) or len(chars) > SMALL_CLASS:
        return None
    return tuple(sorted({ch.lower() for ch in chars})), digit
