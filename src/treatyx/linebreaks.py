"""Which line breaks of a tokenised text end a line of news, and which only wrap a sentence.

News text puts headlines, bylines and paragraphs on lines of their own, so a line break
usually ends a sentence. Wire copy, e-mail and text taken from PDFs also wrap each paragraph
at a fixed width ("Iran and world\\npowers reached a framework agreement"). Both the
tokenizer (which reads a wrapping break as a space, so that "world powers" is one phrase) and
the sentence splitter (which goes on past it) ask this module.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from spacy.strings import StringStore

MIN_WRAPPED_LINES = 3  # lines going on in lower case that make a text wrapped at a fixed width


def line_breaks(strings: StringStore, orth: Sequence[int], space: Sequence[int],
                final_punct: Container[int]) -> tuple[list[int], list[int]]:
    """The tokens after a whitespace token with a line break that start a sentence, and the
    whitespace tokens of the line breaks that only wrap one.

    A break wraps a sentence when it is a single one with no final punctuation before it and
    a lower-case word after it ("... notified the allies that Moscow\\nconducted tests"). In a
    text wrapped at a fixed width (at least three such lines, and at least a third of its
    single line breaks), a capitalised word after a single break goes on its sentence too
    ("... Foreign Minister Sergei\\nLavrov")."""
    starts, open_lines = [], []
    lowercase_continued = single = 0
    for i, is_space in enumerate(space[:-1]):
        if not is_space or "\n" not in strings[orth[i]]:
            continue
        one_break = strings[orth[i]].count("\n") == 1
        single += one_break
        if one_break and i > 0 and orth[i - 1] not in final_punct:
            open_lines.append(i)
            lowercase_continued += strings[orth[i + 1]][:1].islower()
        else:
            starts.append(i + 1)
    if lowercase_continued >= MIN_WRAPPED_LINES and 3 * lowercase_continued >= single:
        return starts, open_lines  # fixed-width wrapping: an open line goes on
    wrapping = [i for i in open_lines if strings[orth[i + 1]][:1].islower()]
    starts.extend(i + 1 for i in open_lines if not strings[orth[i + 1]][:1].islower())
    return sorted(starts), wrapping
