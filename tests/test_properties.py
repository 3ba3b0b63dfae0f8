"""Property-based tests: whatever the text, bytes or corpus lines, treatyx never shows a
traceback, exits with a documented code, and every record it writes satisfies ``treatyx
schema`` with ``text == document[start:end]``.

``make test`` runs a few examples per property (``TREATYX_FUZZ_EXAMPLES``, default 8);
``make fuzz`` runs many more and prints how many cases Hypothesis tried.

Runs of one punctuation mark are kept to 1,000 characters: spaCy's tokenizer splits them one
suffix at a time, each a regex search over the rest, so time grows with the square of the run
(3,000 quotes: 3.6 s; 6,000: 9.8 s), which a deadline on a busy machine turns into flaky
failures rather than a finding.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import treatyx
import treatyx.pipeline
from treatyx.cli import main

from .conftest import check_records

EXAMPLES = int(os.environ.get("TREATYX_FUZZ_EXAMPLES", "8"))
settings.register_profile(
    "treatyx", max_examples=EXAMPLES, deadline=timedelta(seconds=30), derandomize=EXAMPLES < 50,
    database=None,  # no .hypothesis/ folder in the working tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture])
FUZZ = settings.get_profile("treatyx")
EXIT_CODES = {0, 1}  # a run that starts: every document processed, or some failed

# Words and pieces that reach every component: names, treaties, systems, dates, ranges, events.
PIECES = [
    "Russia", "the United States", "North Korea", "Moscow", "Washington", "NATO", "Kremlin",
    "President", "Vladimir Putin", "said", "suspended", "withdrew from", "tested", "launched",
    "deployed", "signed", "ratified", "violating", "denied", "talks", "the INF Treaty",
    "New START", "the treaty", "pact", "Hwasong-15", "9M729", "SSC-8", "Iskander", "missile",
    "ICBM", "on Wednesday", "last year", "next month", "in 1987", "Aug 2", "2019-08-02",
    "on March 3, 2021", "between 300 and 3,400 kilometers", "1,000 km", "about 300 miles",
    "up to 1,800 km", "range of", "not", "would", "may", "plans to", ".", ",", ";", ":", "!",
    "?", "(", ")", '"', "'", "\u201c", "\u201d", "-", "\u2014", "\n", "\n\n", "  ", "\t",
]
UNICODE = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
TOKENS = st.one_of(
    st.sampled_from(PIECES),
    UNICODE,
    st.integers(-10**6, 10**12).map(str),
    st.sampled_from(".,;:!?-()[]\"'/\\*#@&%$\u2026\u00a0").flatmap(
        lambda c: st.integers(2, 1000).map(lambda n: c * n)),  # repeated punctuation
    st.integers(100, 20_000).map(lambda n: "a" * n),  # very long token
    st.integers(1, 2_000).map(lambda n: "word " * n),  # a very long line
)
TEXTS = st.lists(TOKENS, max_size=40).map(" ".join)


@pytest.fixture(scope="module")
def patched_load(nlp):
    """The CLI builds its pipeline per run: give it the session's, so examples stay fast."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(treatyx.pipeline, "load", lambda *args, **kwargs: nlp)
        yield nlp


def cli(*args: object, stdin: bytes | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


def no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        repr(result.exception))
    assert "Traceback" not in result.output


def records_of(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@contextlib.contextmanager
def folder():
    with tempfile.TemporaryDirectory(prefix="treatyx-fuzz-") as name:
        yield Path(name)


@FUZZ
@given(text=TEXTS, date=st.one_of(st.none(), st.dates().map(str)))
def test_any_text_gives_valid_records(nlp, text, date):
    check_records(treatyx.extract(text, date=date, nlp=nlp), text)


@FUZZ
@given(data=st.one_of(st.binary(max_size=3000), TEXTS.map(lambda t: t.encode("utf-8")),
                      st.binary(max_size=200).map(lambda b: b"Russia tested a missile. "
                                                  + b)))
def test_any_bytes_as_a_file(patched_load, data):
    with folder() as where:
        path = where / "input.txt"
        path.write_bytes(data)
        result = cli("extract", path, "--format", "jsonl", "--workers", "1", "-q")
    no_traceback(result)
    assert result.exit_code in EXIT_CODES, result.output
    if result.exit_code == 0:
        check_records(records_of(result.stdout), data.decode("utf-8-sig"))
    else:
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"treatyx: error: {path}: ") and not result.stdout


JSON_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                        UNICODE, st.lists(st.integers(), max_size=3),
                        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))
ROW = st.fixed_dictionaries({}, optional={
    "id": JSON_VALUES, "text": st.one_of(TEXTS, TEXTS, JSON_VALUES),
    "date": st.one_of(st.dates().map(str), JSON_VALUES), "extra": JSON_VALUES})
LINE = st.one_of(
    ROW.map(lambda row: json.dumps(row, ensure_ascii=False).encode("utf-8")),
    ROW.map(lambda row: json.dumps(row).encode("ascii")),
    TEXTS.map(lambda t: json.dumps({"text": t}).replace("\\u", "\\ud800\\u").encode()),
    st.binary(max_size=200).filter(lambda b: b"\n" not in b and b"\r" not in b),
    UNICODE.map(lambda t: t.replace("\n", " ").replace("\r", " ").encode("utf-8")),
)


@FUZZ
@given(lines=st.lists(LINE, min_size=1, max_size=8))
def test_any_corpus_lines(patched_load, lines):
    with folder() as where:
        corpus = where / "corpus.jsonl"
        corpus.write_bytes(b"\n".join(lines) + b"\n")
        result = cli("extract", corpus, "--format", "jsonl", "--workers", "1", "-q")
    no_traceback(result)
    assert result.exit_code in EXIT_CODES, result.output
    texts = {}
    for number, raw in enumerate(lines, start=1):
        with contextlib.suppress(ValueError):
            row = json.loads(raw.decode("utf-8-sig"))
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                name = row.get("id")
                texts.setdefault(f"{corpus}:{number}" if name is None else str(name),
                                 []).append(row["text"])
    records = records_of(result.stdout)
    for record in records:
        candidates = texts[record["doc"]]
        assert any(text[record["start"]:record["end"]] == record["text"]
                   for text in candidates), record
        check_records([record], candidates[0] if len(candidates) == 1 else
                      next(t for t in candidates
                           if t[record["start"]:record["end"]] == record["text"]))
    errors = [line for line in result.stderr.splitlines() if line.startswith("treatyx: error:")]
    assert (result.exit_code == 1) == bool(errors)


@FUZZ
@given(date=st.text(max_size=14), kinds=st.text(max_size=12))
def test_any_options_are_a_clear_usage_error_or_a_run(patched_load, date, kinds):
    with folder() as where:
        path = where / "a.txt"
        path.write_text("Russia suspended the INF Treaty on Wednesday.", encoding="utf-8")
        result = cli("extract", path, "--date", date, "--kinds", kinds, "--format", "jsonl")
    no_traceback(result)
    assert result.exit_code in {0, 2}, result.output
