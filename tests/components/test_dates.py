"""treatyx_dates as a spaCy component: spans, attributes, the document date, blocked names."""

from __future__ import annotations

import json
import textwrap

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from treatyx import extensions
from treatyx.components import dates  # noqa: F401  (registers the factory)

DCT = "2019-07-05"


@Language.component("test_fake_systems")
def fake_systems(doc: Doc) -> Doc:
    """Stands in for treatyx_entities: marks "DF-2019" as a missile system."""
    spans = []
    start = doc.text.find("DF-2019")
    if start >= 0:
        spans.append(doc.char_span(start, start + 7, label="system", alignment_mode="expand"))
    doc.spans["treatyx_system"] = spans
    return doc


def run(dates_nlp, text: str, dct: str | None = DCT) -> Doc:
    doc = dates_nlp.make_doc(text)
    doc._.treatyx_dct = dct
    return dates_nlp(doc)


def dates_of(doc: Doc) -> list[tuple[str, str, str, str | None]]:
    return [(s.text, s.label_, s._.treatyx_date["value"], s._.treatyx_date["mod"])
            for s in doc.spans["treatyx_date"]]


def test_dates_component_writes_spans_and_attributes(dates_nlp):
    doc = run(dates_nlp, "Russia suspended the treaty on Wednesday and will test a missile "
                   "in early 2020 for six weeks.")
    assert dates_of(doc) == [
        ("Wednesday", "DATE", "2019-07-03", None),
        ("early 2020", "DATE", "2020", "START"),
        ("six weeks", "DURATION", "P6W", None),
    ]
    for span in doc.spans["treatyx_date"]:
        attrs = span._.treatyx_date
        assert attrs["rule"] and attrs["type"] == span.label_
        json.dumps(attrs)


def test_dates_component_future_wednesday(dates_nlp):
    doc = run(dates_nlp, "The two sides will meet on Wednesday.")
    assert dates_of(doc) == [("Wednesday", "DATE", "2019-07-10", None)]


def test_dates_component_without_document_date(dates_nlp):
    doc = run(dates_nlp, "The envoys meet on Aug. 2 and again on Wednesday.", None)
    assert [v for _, _, v, _ in dates_of(doc)] == ["XXXX-08-02", "XXXX-WXX-3"]


def test_dates_component_reads_the_dct_extension(dates_nlp):
    first = run(dates_nlp, "The freeze ended last year.", "2019-07-05")
    second = run(dates_nlp, "The freeze ended last year.", "2021-01-10")
    assert dates_of(first)[0][2] == "2018"
    assert dates_of(second)[0][2] == "2020"


def test_dates_component_anchor_flag(dates_nlp):
    doc = run(dates_nlp, "The accord was initialled on June 3, 2010. "
              "The following day it was signed.")
    attrs = [s._.treatyx_date for s in doc.spans["treatyx_date"]]
    assert [a["value"] for a in attrs] == ["2010-06-03", "2010-06-04"]
    assert "anchor" not in attrs[0] and attrs[1]["anchor"] is True


def test_dates_component_never_inside_system_names():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("test_fake_systems")
    pipeline.add_pipe("treatyx_dates")
    doc = run(pipeline, "China paraded the DF-2019 missile in October 2019.")
    assert [s.text for s in doc.spans["treatyx_date"]] == ["October 2019"]


@pytest.mark.parametrize("text", [
    "The Hwasong-15 can reach 13,000 km.",
    "Its range is 2000 km.",
    "The deal is worth $48 billion over 10 years.",
    "Leaders gathered at the G-20.",
    "The navy commissioned its Type 055 cruiser.",
    "About 2000 troops took part.",
])
def test_dates_component_negatives(dates_nlp, text):
    doc = run(dates_nlp, text)
    assert [s.text for s in doc.spans["treatyx_date"] if s._.treatyx_date["type"] == "DATE"] == []


def test_dates_component_empty_doc(dates_nlp):
    doc = run(dates_nlp, "")
    assert list(doc.spans["treatyx_date"]) == []


def test_dates_component_token_triggers_match_the_text_prefilter(dates_nlp):
    text = ("On Friday, Aug. 2, 2019, at 5 p.m., the pact lapsed; Moscow had warned in "
            "mid-2018 and again in the 1990s, weeks after the 3pm deadline.")
    component = dates_nlp.get_pipe("treatyx_dates")
    doc = dates_nlp.make_doc(text)
    from_tokens = component._hits(doc, text)
    from_text = component.tagger.hits(text)
    # tokens may show a little more ("pm" split off "3pm"), never less
    for cats, spans in from_text.items():
        assert set(spans) <= set(from_tokens.get(cats, ())), cats


def test_dates_component_extra_rule_folder(tmp_path):
    (tmp_path / "more.yml").write_text(textwrap.dedent("""
        date_patterns:
          - id: test-harvest-time
            type: DATE
            trigger: [season]
            regex: 'harvest\\s+(?P<s>%season)'
            value: 'UNDEF-this-season={s:season}'
    """), encoding="utf-8")
    pipeline = spacy.blank("en")
    pipeline.add_pipe("treatyx_dates", config={"rules": [str(tmp_path)]})
    doc = run(pipeline, "They met in harvest autumn.")
    assert [(s._.treatyx_date["rule"], s._.treatyx_date["value"])
            for s in doc.spans["treatyx_date"]] == [("test-harvest-time", "2019-FA")]


def test_dates_component_registers_extensions():
    assert Doc.has_extension("treatyx_dct")
    assert extensions.SPAN_GROUPS["date"] == "treatyx_date"
