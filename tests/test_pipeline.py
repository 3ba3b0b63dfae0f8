"""The pipeline follows spaCy's conventions: factories, span groups, save and reload."""

from __future__ import annotations

import subprocess
import sys

import spacy

import treatyx
from treatyx.pipeline import COMPONENTS


def test_pipeline_blank_english_with_treatyx_factories(nlp):
    assert nlp.lang == "en"
    assert nlp.pipe_names[:1] == ["treatyx_sentences"]
    assert {"treatyx_entities", "treatyx_dates", "treatyx_ranges", "treatyx_events"} <= set(
        nlp.pipe_names)


def test_pipeline_add_pipe_by_factory_name_on_plain_spacy():
    nlp = spacy.blank("en")
    nlp.add_pipe("treatyx_sentences")
    nlp.add_pipe("treatyx_entities")
    doc = nlp("The Kremlin said the INF Treaty was dead.")
    assert [s.kb_id_ for s in doc.spans["treatyx_treaty"]] == ["inf-treaty"]
    assert doc._.treatyx_records


def test_pipeline_saved_to_disk_loads_in_fresh_process(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    code = ("import spacy; nlp = spacy.load(r'%s'); doc = nlp('Moscow tested the SSC-8.'); "
            "print(sorted({r['kind'] for r in doc._.treatyx_records}))" % (tmp_path / "pipe"))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert "system" in proc.stdout


def test_pipeline_extract_texts_yields_per_document_in_order(nlp):
    texts = [("Moscow warned Washington.", {"id": "a"}), ("", {"id": "b"}),
             ("The INF Treaty collapsed in 2019.", {"id": "c", "date": "2019-09-01"})]
    results = list(treatyx.extract_texts(texts, nlp=nlp))
    assert len(results) == 3
    assert results[1] == []
    assert {r["doc"] for r in results[0]} == {"a"} and {r["doc"] for r in results[2]} == {"c"}


def test_pipeline_stacks_on_a_saved_base_pipeline(tmp_path):
    base = spacy.blank("en")
    base.add_pipe("sentencizer")
    base.to_disk(tmp_path / "base")
    nlp = treatyx.load(model=str(tmp_path / "base"))
    # treatyx keeps its own tokenizer and sentences; the trained pipeline runs inside
    # treatyx_syntax, on the sentences that hold a trigger
    assert nlp.pipe_names == ["treatyx_sentences", "treatyx_syntax", *COMPONENTS]
    records = treatyx.extract("The Kremlin quit the INF Treaty.", nlp=nlp)
    assert {"actor", "treaty"} <= {r["kind"] for r in records}


def test_pipeline_missing_model_is_a_clear_error():
    import pytest

    from treatyx.errors import TreatyxError

    with pytest.raises(TreatyxError, match="never downloads"):
        treatyx.load(model="no_such_pipeline_xyz")


def test_pipeline_headline_lines_are_sentences(nlp):
    doc = nlp("Russia quits treaty\n\nMOSCOW - Russia said on Monday it would leave.")
    assert next(s.text.strip() for s in doc.sents) == "Russia quits treaty"


def test_pipeline_a_sentence_ends_at_an_initialism_before_its_opener(nlp):
    # "U.S." is one token, so no full stop ends the sentence; "The" after it opens one,
    # "Navy" does not
    doc = nlp("The radar was paid for by Japan and the U.S. The army said a missile was "
              "fired at Eilat. The U.S. Navy watched.")
    assert [s.text for s in doc.sents] == [
        "The radar was paid for by Japan and the U.S.",
        "The army said a missile was fired at Eilat.",
        "The U.S. Navy watched."]


def test_pipeline_model_ner_adds_people_and_organisations_no_rule_knows(tmp_path):
    # A saved pipeline whose entity ruler stands in for a trained NER model.
    base = spacy.blank("en")
    base.add_pipe("sentencizer")
    base.add_pipe("entity_ruler").add_patterns([
        {"label": "PERSON", "pattern": "Maria Lindqvist"},
        {"label": "PERSON", "pattern": "Vladimir Putin"},
        {"label": "ORG", "pattern": "the Arms Control Association"},
        {"label": "GPE", "pattern": "Geneva"},
    ])
    base.to_disk(tmp_path / "base")
    nlp = treatyx.load(model=str(tmp_path / "base"))
    text = ("Maria Lindqvist of the Arms Control Association said Vladimir Putin could leave the "
            "New START treaty. Lindqvist spoke in Geneva.")
    actors = {r["id"]: r for r in treatyx.extract(text, nlp=nlp) if r["kind"] == "actor"}
    person = actors["maria-lindqvist"]
    assert (person["type"], person["rule"]) == ("person", "ner-person-labels")
    assert len(person["mentions"]) == 2  # the surname alone later on
    assert actors["arms-control-association"]["type"] == "organization"
    assert actors["arms-control-association"]["text"] == "Arms Control Association"
    assert actors["vladimir-putin"]["rule"] == "vladimir-putin"  # the knowledge base wins
    assert "geneva" not in actors
    # the default pipeline has no NER: no unknown names
    default_ids = {r["id"] for r in treatyx.extract(text) if r["kind"] == "actor"}
    assert "maria-lindqvist" not in default_ids
