"""Numbers and phrase lists as regular expressions, for the range component.

The words come from rule files (``units``, ``range_*`` sections); this module only turns them
into regex text and reads the numbers those regexes find: digits ("5,500", "2.5", "10 1/2",
"1.5 thousand") and number words ("ten", "twenty-five", "a thousand", "fifteen hundred").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Digits: 5,500 | 5 500 (no-break or thin space) | 5500 | 2.5 | 10 1/2 | 1/4. Never inside a
# word or another number ("9M729", "3.5.1", "5,5").
_GROUPED = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+"
DIGITS = (
    rf"(?<![\w.])(?<!\d,)(?:(?:{_GROUPED}|\d+)(?:\.\d+)?(?:[ \u00a0]\d{{1,2}}/\d{{1,2}})?"
    r"|\d{1,2}/\d{1,2})(?![\d/])"
)
_FRACTION = re.compile(r"(\d+)/(\d+)$")
_SPACES = re.compile(r"\s+")
_THIN_GROUP = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))")


def phrase_regex(phrase: str, ignore_case: bool, *, hyphen_before: bool = True) -> str:
    """Regex text for a plain-text phrase: spaces match any whitespace, words stay whole.

    A phrase may follow a digit ("3km") but not a letter ("roundabout" holds no "about").
    With ``hyphen_before=False`` the phrase may not be the second half of a hyphenated word
    ("range" is not found in "intermediate-range").
    """
    body = r"\s+".join(re.escape(word) for word in phrase.split())
    if phrase[:1].isalnum():
        body = (r"(?<![^\W\d])" if hyphen_before else r"(?<![^\W\d])(?<!-)") + body
    if phrase[-1:].isalnum():
        body += r"(?![\w])"
    return f"(?i:{body})" if ignore_case else body


def alternation(patterns: Iterable[tuple[str, str]]) -> str:
    """One non-capturing alternation of ``(phrase, regex)`` pairs, longest phrase first."""
    ordered = sorted(set(patterns), key=lambda item: (-len(item[0]), item[0]))
    if not ordered:
        return "(?!)"  # matches nothing
    return "(?:" + "|".join(regex for _, regex in ordered) + ")"


def normalise(text: str) -> str:
    """The lookup key of a matched phrase: single spaces, lower case."""
    return _SPACES.sub(" ", text.strip()).lower()


@dataclass(frozen=True)
class NumberWord:
    value: float
    scale: bool = False
    needs_scale: bool = False


class NumberReader:
    """Regex text for numbers (digits or words) and a reader for what it matches."""

    def __init__(self, words: dict[str, NumberWord]):
        self.words = {normalise(k): v for k, v in words.items()}
        small = [(w, phrase_regex(w, True)) for w, v in self.words.items()
                 if not v.scale and not v.needs_scale]
        scale = [(w, phrase_regex(w, True)) for w, v in self.words.items() if v.scale]
        article = [(w, phrase_regex(w, True)) for w, v in self.words.items() if v.needs_scale]
        small_re, scale_re, article_re = alternation(small), alternation(scale), alternation(article)
        group = rf"{small_re}(?:[\s-]+{small_re})*"
        tail = rf"(?:[\s-]+{scale_re}(?:(?:\s+and)?[\s-]+{group})?)*"
        start = rf"(?:{group}|{article_re}(?=\s+{scale_re}))"
        self.word_regex = start + tail
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
        return self._read_words([p for p in parts if p and p.lower() != "and"])

    def _read_words(self, words: list[str]) -> float | None:
        total = current = 0.0
        for word in words:
            info = self.words.get(word.lower())
            if info is None:
                return None
            if info.scale:
                current = (current or 1.0) * info.value
                if info.value >= 1000:
                    total += current
                    current = 0.0
            else:
                current += info.value
        return total + current


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
    return round(value + 0.0, 1)
