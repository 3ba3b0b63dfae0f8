"""Re-space text the way tokenised corpora print it, keeping a map of character offsets.

Many corpora are stored one token per space: "Jan. 5 , 1998", "the U.S. 's", "( AP )",
"did n't". :func:`respace` turns ordinary text into that form so an evaluation can measure
the tagger on it with the gold offsets carried over (:meth:`Respaced.span`). With
``zero_pad=True`` a one-digit day after a month name gets a leading zero too ("March 01").
Only for measuring: nothing in the pipeline calls it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations whose full stop stays on the word ("Jan.", "Mr.", "Corp."), as tokenisers keep.
ABBREVIATIONS = frozenset(re.findall(r"\w+", (
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat "
    "sun mr mrs ms dr prof gen col lt sgt capt adm gov sen rep rev st mt ft corp inc co ltd jr "
    "sr bros no vs etc approx dept est")))
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|"
          "Nov\\.?|Dec\\.?")
# Where a space goes in (the position of the character it goes before).
SPACE_BEFORE = re.compile(
    r"(?<=\S)(?:[,;:](?=\s|$|[\"')])|,(?=[^\d\s])|[)\]?!]"
    r"|['’](?:s|re|ve|ll|d|m)(?![\w'’])|n['’]t(?!\w)|\"(?=\s|$|[.,;:)]))",
    re.IGNORECASE)
SPACE_AFTER = re.compile(r"[(\[]|(?:(?<=\s)|^)\"(?=\S)")
FULL_STOP = re.compile(r"(?<=\S)\.(?=\s|$|[\"')\]])")
ZERO_PAD = re.compile(rf"(?-i:\b(?:{MONTHS}))\s+(?=[1-9](?!\d))")


@dataclass
class Respaced:
    text: str
    shift: list[int]  # shift[i]: how far character i of the original text moved

    def span(self, start: int, end: int) -> tuple[int, int]:
        """New offsets of the original span [start, end)."""
        return start + self.shift[start], end - 1 + self.shift[end - 1] + 1


def respace(text: str, spacing: bool = True, zero_pad: bool = False) -> Respaced:
    """``text`` with spaces around punctuation and clitics as in tokenised corpora (``spacing``)
    and/or zero-padded days (``zero_pad``)."""
    inserts: dict[int, str] = {}
    if spacing:
        _spaces(text, inserts)
    if zero_pad:
        for m in ZERO_PAD.finditer(text):
            inserts[m.end()] = inserts.get(m.end(), "") + "0"
    out: list[str] = []
    shift: list[int] = []
    moved = 0
    for i, ch in enumerate(text):
        extra = inserts.get(i)
        if extra:
            out.append(extra)
            moved += len(extra)
        out.append(ch)
        shift.append(moved)
    shift.append(moved)
    return Respaced("".join(out), shift)


def _spaces(text: str, inserts: dict[int, str]) -> None:
    for m in SPACE_BEFORE.finditer(text):
        inserts[m.start()] = " "
    for m in SPACE_AFTER.finditer(text):
        if m.end() < len(text) and not text[m.end()].isspace():
            inserts[m.end()] = " "
    for m in FULL_STOP.finditer(text):
        word = text[text.rfind(" ", 0, m.start()) + 1:m.start()].split("\n")[-1]
        word = word.lstrip("\"'(“‘")
        if "." in word or word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            continue  # "U.S.", "a.m.", "Jan.", "J." keep their full stop
        inserts[m.start()] = " "
