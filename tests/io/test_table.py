"""Terminal tables at 80 and 160 columns: whole words only, dates in words, snippets."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from treatyx.api import process
from treatyx.cli import main
from treatyx.io.humandate import in_words
from treatyx.io.readers import iter_documents
from treatyx.io.table import Cell, TableWriter, column_widths, snippet

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
TITLES = "Events (timeline) Undated events Actors Treaties Missile systems Ranges Dates"
HEADERS = "when event who treaty/system sentence source id name type title country mentions " \
          "signed class aliases text km measure subject in words value mod"


@pytest.fixture(scope="module")
def sample_records(nlp):
    docs = iter_documents([str(SAMPLES)], default_date="2019-08-02")
    return [result.records for result in process(nlp, docs)]


def render(records: list[dict], width: int) -> str:
    out = io.StringIO()
    TableWriter(Console(file=out, width=width, color_system=None)).write(records)
    return out.getvalue()


def vocabulary(records: list[dict]) -> set[str]:
    """Every word a table may show: words of the records' strings, dates in words, headers."""
    words: set[str] = set((TITLES + " " + HEADERS).split())

    def walk(value):
        if isinstance(value, str):
            words.update(value.split())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            words.add(str(len(value)))  # mention counts
            for item in value:
                walk(item)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            words.update({str(value), f"{value:g}"})

    for record in records:
        walk(record)
        date = record.get("date") if record["kind"] == "event" else record
        if isinstance(date, dict):
            words.update(in_words(date.get("value"), date.get("mod")).split())
        if record["kind"] == "treaty":
            words.update(in_words(record.get("signed")).split())
        if record["kind"] == "event":
            words.update(w.strip(",") for w in str(record["type"]).split("_"))
    return words


def cut_words(output: str, words: set[str]) -> list[str]:
    """Words of the output that are neither whole nor visibly shortened ("russian-for…")."""
    plain = set()
    for word in words:
        plain.update({word, word.rstrip(","), word + ","})
    bad = []
    for line in output.splitlines():
        for token in line.split():
            if set(token) <= set("─━-") or token in {"…", "(+2)", "(+1)"} or \
                    re.fullmatch(r"\(\+\d+\)|\d+-\d+", token):
                continue
            if token in plain or token.strip("(),") in plain or token.rstrip(",") in plain:
                continue
            if token.endswith("…") and any(w.startswith(token[:-1]) for w in words):
                continue
            if token.startswith("…") and any(w.startswith(token[1:]) for w in words):
                continue
            bad.append(token)
    return bad


@pytest.mark.parametrize("width", [80, 160])
def test_sample_tables_cut_no_word_and_fit_the_width(sample_records, width):
    for records in sample_records:
        output = render(records, width)
        assert max(len(line) for line in output.splitlines()) <= width
        assert cut_words(output, vocabulary(records)) == []


def test_word_check_catches_a_word_split_across_lines():
    assert cut_words("united-sta\ntes", {"united-states"}) == ["united-sta", "tes"]
    assert cut_words("united-sta…", {"united-states"}) == []


def withdrawal(sample_records):
    return next(r for r in sample_records if r and r[0]["doc"].endswith("withdrawal.txt"))


def test_events_dated_in_words_in_time_order_undated_apart(sample_records):
    output = render(withdrawal(sample_records), 160)
    timeline, undated = output.split("Undated events")
    whens = [w for w in ("Tue 8 Dec 1987", "May 1991", "Jul 2014", "early 2019", "Jan 2019",
                         "Fri 2 Aug 2019") if w in timeline]
    assert whens == ["Tue 8 Dec 1987", "May 1991", "Jul 2014", "early 2019", "Jan 2019",
                     "Fri 2 Aug 2019"]
    assert [timeline.index(w) for w in whens] == sorted(timeline.index(w) for w in whens)
    assert "2019-08-02" not in timeline.split("Actors")[0]  # TimeML values stay in jsonl
    assert "@" not in timeline  # no trigger offsets
    assert "refused for years to destroy" in undated and "no plans to deploy" in undated
    assert "Mike Pompeo" in timeline  # the source column


def test_snippet_marks_the_trigger_in_bold_and_shortens_with_an_ellipsis():
    event = {"sentence_text": "Officials in Seoul said on Monday that the North had fired two "
                              "short-range missiles into the sea east of the peninsula early "
                              "that morning.",
             "trigger": {"text": "fired"}}
    cell = snippet(event)
    words = [(w, s) for line in cell.lines for w, s in line]
    assert [w for w, s in words if s == "bold"] == ["fired"]
    assert " ".join(w for w, _ in words) == ("… on Monday that the North had fired two "
                                             "short-range missiles into the sea east of the …")


def test_snippet_keeps_a_glued_trigger_inside_its_word():
    cell = snippet({"sentence_text": "The US-led talks resumed.", "trigger": {"text": "led"}})
    assert [(w, s) for line in cell.lines for w, s in line] == [
        ("The", ""), ("US-led", "bold"), ("talks", ""), ("resumed.", "")]


def test_column_widths_give_every_column_its_longest_word_when_it_fits():
    columns = [[Cell.of("violation allegation")], [Cell.of("a b c d e f g h i j k l m n")]]
    assert column_widths(columns, 100) == [20, 27]
    assert column_widths(columns, 20) == [14, 6]  # each at least its longest word, rest shared
    narrow = column_widths([[Cell.of("russian-foreign-ministry")], [Cell.of("x")]], 12)
    assert narrow[0] == 11 and Cell.of("russian-foreign-ministry").text(11).plain == \
        "russian-fo…"


def test_make_demo_at_80_columns_cuts_no_word(sample_records, monkeypatch):
    """What `make demo` prints (COLUMNS=80): every line fits, every word whole."""
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["extract", "samples/withdrawal.txt", "--date",
                                       "2019-08-02", "--format", "table", "-q"],
                                env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) > 50 and max(len(line) for line in lines) <= 80
    assert cut_words(result.stdout.replace("samples/withdrawal.txt", ""),
                     vocabulary(withdrawal(sample_records))) == []


def test_who_names_actors_with_roles_other_than_agent():
    from treatyx.io.table import _who

    event = {"actors": [{"id": "a", "name": "Yoon Suk Yeol", "role": "agent"},
                        {"id": "b", "name": "US National Security Council", "role": "target"},
                        {"id": "c", "name": "United States", "role": "target"}]}
    assert " ".join(w for line in _who(event).lines for w, _ in line) == \
        "Yoon Suk Yeol, US National Security Council (target), United States (target)"
