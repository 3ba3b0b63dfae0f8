"""A line break that only wraps a sentence (wire copy wrapped at a fixed width) is read as a
space by the tokenizer, one character for one: names and triggers match across it, and every
offset and record text stays the document's own."""

from __future__ import annotations

from .test_event_arguments import summary

WRAPPED = ("LAUSANNE, April 2 Iran and six world\n"
           "powers reached an outline agreement on Thursday on\n"
           "restraining Tehran's atomic work for ten years or longer after\n"
           "eight days of tough negotiations in the Swiss town, ending a\n"
           "long row.\n")


def test_a_line_break_that_wraps_a_sentence_reads_as_a_space(nlp):
    doc = nlp.make_doc(WRAPPED)
    words = [t.text for t in doc]
    assert words[words.index("world") + 1] == "powers"
    # one character for one: every offset is still that of the text
    assert [WRAPPED[t.idx:t.idx + len(t)] for t in doc if not t.is_space] == [
        t.text for t in doc if not t.is_space]


def test_a_phrase_wrapped_across_lines_keeps_its_actors(run):
    records = run(WRAPPED, date="2015-04-02")
    parties = ["china", "france", "germany", "iran", "p5-plus-1", "russia", "united-kingdom",
               "united-states"]
    assert summary(records) == [("signing", "asserted", parties, [], [], "2015-04-02"),
                                ("talks", "asserted", parties, [], [], "2015-04-02")]
    # the record's text is the document's own, line breaks included
    assert [r["sentence_text"] for r in records if r["kind"] == "event"] == [
        WRAPPED.strip()] * 2
