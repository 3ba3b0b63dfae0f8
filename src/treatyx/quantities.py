"""Numbers and phrase lists as regular expressions, for the range component; number words
read for both the range component and the temporal tagger.

The words come from rule files (``units``, ``range_*`` sections, and the ``numbers`` list in
``rules/numbers.yml``, shared by ranges and dates); this module only turns them into regex text
and reads the numbers those regexes find: digits ("5,500", "2.5", "10 1/2", "1.5 thousand") and
number words ("ten", "twenty-five", "a thousand", "fifteen hundred", "two and a half", "three
point five", "half a dozen"). :func:`number_words` reads the list and :func:`read_number_words`
is the one words-to-number reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from .matching import is_exact_phrase
from .trie import trie_regex

# Digits: 5,500 | 5 500 (space, no-break or thin space) | 5500 | 2.5 | 10 1/2 | 1/4. Never
# inside a word or another number ("9M729", "3.5.1", "5,5").
_GROUPED = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,])"
DIGITS = (
    rf"(?<![\w.])(?<!\d,)(?:(?:{_GROUPED}|\d+)(?:\.\d+)?(?:[ \u00a0]\d{{1,2}}/\d{{1,2}})?"
    r"|\d{1,2}/\d{1,2})(?![\d/])"
)
_FRACTION = re.compile(r"(\d+)/(\d+)$")
_SPACES = re.compile(r"\s+")
_THIN_GROUP = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))")
_WORD_END = r"(?!\w)"


def _char(ch: str, ignore_case: bool) -> str:
    lower, upper = ch.lower(), ch.upper()
    if not ignore_case or lower == upper:
        return re.escape(ch)
    if len(lower) == 1 and len(upper) == 1:
        return f"[{re.escape(lower)}{re.escape(upper)}]"
    return f"(?i:{re.escape(ch)})"


# Case-insensitive matching in Unicode mode also finds a few non-ASCII letters for these
# ("K" Kelvin sign, "ı" and "İ", "ſ"); ASCII mode (?a:) finds only the two ASCII cases.
_FOLDS_BEYOND_ASCII = "iks"


def _folded(ch: str, token: str) -> str:
    """What :func:`phrases_regex` writes, inside its ``(?i:...)``, for the token ``token``
    (from :func:`_char`) of the character ``ch``: what matches exactly the characters
    ``token`` matches without the flag. "[aA]" becomes "a", which costs the compiler a
    fraction of a character class (a third of the compile time of the range regexes)."""
    if token == f"[{ch.lower()}{ch.upper()}]" and ch.isascii() and ch.isalpha():
        lower = ch.lower()
        return f"(?a:{lower})" if lower in _FOLDS_BEYOND_ASCII else lower
    if ch.isascii() and not ch.isalpha():
        return token  # no case: the flag changes nothing
    return f"(?-i:{token})"  # as written, or a class or group that spells the case out


def phrases_regex(phrases: Iterable[tuple[str, bool]], *, hyphen_before: bool = True) -> str:
    """One regex for plain-text phrases given as ``(phrase, ignore_case)``.

    Spaces in a phrase match any whitespace; words stay whole: a phrase may follow a digit
    ("3km") but not a letter ("roundabout" holds no "about"), nor a hyphen when
    ``hyphen_before=False`` ("range" is not found in "intermediate-range"). The regex is a
    trie with one character class per letter, so Python's matcher skips non-starters fast.
    """
    by_start: dict[bool, list[list[str]]] = {True: [], False: []}
    written: dict[str, str] = {}  # token -> its text inside (?i:...)
    for phrase, ignore_case in set(phrases):
        words = phrase.split()
        if not words:
            continue
        tokens: list[str] = []
        for index, word in enumerate(words):
            if index:
                tokens.append(r"\s+")
            for ch in word:
                token = _char(ch, ignore_case)
                written.setdefault(token, _folded(ch, token))
                tokens.append(token)
        if words[-1][-1].isalnum():
            tokens.append(_WORD_END)
        by_start[words[0][0].isalnum()].append(tokens)
    parts = []
    def render(token: str) -> str:
        return written.get(token, token)

    if by_start[True]:
        guard = r"(?<![^\W\d])" if hyphen_before else r"(?<![^\W\d])(?<!-)"
        parts.append(guard + "(?:" + trie_regex(by_start[True], render) + ")")
    if by_start[False]:
        parts.append(trie_regex(by_start[False], render))
    if not parts:
        return "(?!)"  # matches nothing
    # Under the flag, white space, word ends and the guard (classes of categories only) match
    # what they match without it.
    return "(?i:" + "|".join(parts) + ")"


def normalise(text: str) -> str:
    """The lookup key of a matched phrase: single spaces, lower case."""
    return _SPACES.sub(" ", text.strip()).lower()


@dataclass(frozen=True)
class NumberWord:
    """What a number word is worth: ``scale`` multiplies what came before ("five hundred"),
    ``needs_scale`` counts only before a scale word ("a thousand"), ``vague`` has no value
    ("several", "a few"); ``exact`` must match as written (the case rule of
    :func:`treatyx.matching.is_exact_phrase`)."""

    value: float
    scale: bool = False
    needs_scale: bool = False
    vague: bool = False
    exact: bool = False


def number_words(entries: Iterable[Any]) -> dict[str, NumberWord]:
    """The ``numbers`` rule entries as a table: normalised phrase -> :class:`NumberWord` (the
    rule schema made sure each has either a numeric ``value`` or ``vague: true``)."""
    table: dict[str, NumberWord] = {}
    for entry in entries:
        value = entry.get("value")
        vague = bool(entry.get("vague"))
        for phrase in entry["phrases"]:
            table[normalise(phrase)] = NumberWord(
                0 if vague else value, bool(entry.get("scale")), bool(entry.get("needs_scale")),
                vague, is_exact_phrase(phrase, entry.get("case")))
    return table


VAGUE = "X"  # what read_number_words gives for a vague amount ("several hundred")
# "two and a half", "one and a half", "1 ½": a half added to the number before it
HALF_TAIL = re.compile(r"(?i)(?:[\s-]+and[\s-]+an?[\s-]+half|\s*½|\s+1/2)$")
# "half", "a half", "half a", "½": the number is one half
HALF_ONLY = re.compile(r"(?i)^(?:an?[\s-]+)?half(?:[\s-]+an?)?$|^½$")
# the words a half is written with, for regexes that must match them
HALF_WORDS = r"(?:[\s-]+and[\s-]+an?[\s-]+half)"
WORD_SPLIT = re.compile(r"[\s-]+")


def read_number_words(text: str, lookup: Callable[[str], NumberWord | None]
                      ) -> Fraction | str | None:
    """The value of a number in words: "twenty-four" 24, "fifteen hundred" 1500, "a thousand"
    1000, "two thousand and five" 2005, "two and a half" 5/2, "half a" 1/2, "three point five"
    7/2; :data:`VAGUE` when a word is vague ("several hundred"); None when a word is not a
    number word. ``lookup`` gives the :class:`NumberWord` of a lower-cased word."""
    text = text.strip()
    extra = Fraction(0)
    half = HALF_TAIL.search(text)
    if half:
        text, extra = text[:half.start()], Fraction(1, 2)
    if HALF_ONLY.match(text):
        return Fraction(1, 2) + extra if not half else None
    words = _phrases([w.lower() for w in WORD_SPLIT.split(text) if w], lookup)
    if not words:
        return None
    decimals: list[str] = []
    if "point" in words:  # "three point five": digits after the point, one word each
        at = words.index("point")
        words, after = words[:at], words[at + 1:]
        for word in after:
            info = lookup(word)
            if info is None or info.vague or info.scale or not 0 <= info.value < 10:
                return None
            decimals.append(str(int(info.value)))
        if not words or not decimals:
            return None
    total = current = Fraction(0)
    for word in words:
        info = lookup(word)
        if info is None:
            return None
        if info.vague:
            return VAGUE
        value = Fraction(info.value)
        if info.scale:
            current = (current or 1) * value
            if value >= 1000:
                total, current = total + current, Fraction(0)
        else:
            current += value
    result = total + current + extra
    if decimals:
        result += Fraction(int("".join(decimals)), 10 ** len(decimals))
    return result


def _phrases(words: list[str], lookup: Callable[[str], NumberWord | None]) -> list[str]:
    """The words of a number with its multi-word phrases joined, longest first ("half a dozen",
    "a couple of"), and the "and" between numbers left out."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(MAX_PHRASE_WORDS, len(words) - i), 1, -1):
            phrase = " ".join(words[i:i + size])
            if lookup(phrase) is not None:
                out.append(phrase)
                i += size
                break
        else:
            if words[i] != "and":
                out.append(words[i])
            i += 1
    return out


MAX_PHRASE_WORDS = 3


class NumberReader:
    """Regex text for numbers (digits or words) and a reader for what it matches."""

    def __init__(self, words: dict[str, NumberWord]):
        # vague words ("several") have no value: never part of a figure
        self.words = {normalise(k): v for k, v in words.items() if not v.vague}
        small = [(w, not v.exact) for w, v in self.words.items()
                 if not v.scale and not v.needs_scale]
        scale = [(w, not v.exact) for w, v in self.words.items() if v.scale]
        article = [(w, not v.exact) for w, v in self.words.items() if v.needs_scale]
        small_re, scale_re, article_re = (phrases_regex(x) for x in (small, scale, article))
        group = rf"{small_re}(?:[\s-]+{small_re})*"
        tail = rf"(?:[\s-]+{scale_re}(?:(?:\s+and)?[\s-]+{group})?)*"
        start = rf"(?:{group}|{article_re}(?=\s+{scale_re}))"
        point = rf"(?:\s+point(?:\s+{small_re})+)"
        halves = r"(?<![^\W\d])(?:(?:an?[\s-]+)?half(?:[\s-]+an?)?)(?!\w)"
        self.word_regex = rf"(?:{start}{tail}(?:{point}|{HALF_WORDS})?|{halves})"
        self.regex = rf"(?:{DIGITS}(?:[\s-]+{scale_re})*|{self.word_regex})"

    def read(self, text: str) -> float | None:
        """The value of a number matched by :attr:`regex` (None when it cannot be read)."""
        text = _THIN_GROUP.sub("", text.strip())
        parts = re.split(r"[\s-]+", text)
        if parts and parts[0][:1].isdigit():
            value = read_digits(parts[0])
            rest = parts[1:]
            if rest and _FRACTION.match(rest[0]):  # "10 1/2"
                value = None if value is None else value + (read_digits(rest[0]) or 0.0)
                rest = rest[1:]
            if value is None:
                return None
            for word in rest:
                info = self.words.get(word.lower())
                if info is None or not info.scale:
                    return None
                value *= info.value
            return value
        value = read_number_words(text, self.words.get)
        return float(value) if isinstance(value, Fraction) else None


def read_digits(text: str) -> float | None:
    """"5,500" -> 5500.0, "2.5" -> 2.5, "1/2" -> 0.5, "5\u00a0500" -> 5500.0."""
    text = text.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    fraction = _FRACTION.match(text)
    if fraction:
        denominator = int(fraction.group(2))
        return int(fraction.group(1)) / denominator if denominator else None
    try:
        return float(text)
    except ValueError:
        return None


def round_km(value: float) -> float:
    """Kilometres as reported: one decimal."""
    return round(value, 1)
