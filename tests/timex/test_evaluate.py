"""TempEval-3 scoring on a tiny TimeML-style data set of our own, and tools/eval_timeml.py."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from treatyx.components import dates  # noqa: F401  (registers the factory)
from treatyx.timex.evaluate import Mention, evaluate_timeml, score

TOOL = Path(__file__).resolve().parents[2] / "tools" / "eval_timeml.py"

DOCS = [
    {"doc": "d1", "dct": "2019-07-05",
     "text": "Russia suspended the treaty on Wednesday. Talks resume next month."},
    {"doc": "d2", "dct": "2019-07-05",
     "text": "The freeze held for six years until early 2019."},
]


def _gold(doc: int, text: str, type_: str, value: str) -> dict:
    start = DOCS[doc]["text"].index(text)
    return {"doc": DOCS[doc]["doc"], "start": start, "end": start + len(text), "text": text,
            "type": type_, "value": value}


TIMEX = [
    _gold(0, "Wednesday", "DATE", "2019-07-03"),
    _gold(0, "next month", "DATE", "2019-08"),
    _gold(1, "six years", "DURATION", "P6Y"),
    _gold(1, "2019", "DATE", "2019"),
]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_evaluate_fixture_offsets_are_right():
    texts = {d["doc"]: d["text"] for d in DOCS}
    for row in TIMEX:
        assert texts[row["doc"]][row["start"]:row["end"]] == row["text"]


def test_evaluate_timeml_scores(tmp_path, dates_nlp):
    docs = write_jsonl(tmp_path / "docs.jsonl", DOCS)
    timex = write_jsonl(tmp_path / "timex.jsonl", TIMEX)
    result = evaluate_timeml(docs, timex, dates_nlp)
    # "early 2019" is one expression for us, "2019" for the gold: relaxed, not strict
    assert result["gold"] == 4 and result["system"] == 4
    assert result["strict"]["f1"] == 0.75
    assert result["relaxed"]["f1"] == 1.0
    assert result["value"]["f1"] == 1.0
    assert result["type_accuracy"] == 1.0


def test_evaluate_score_counts_errors():
    gold = {"d": [Mention("d", 0, 5, "DATE", "2019", "a"),
                  Mention("d", 10, 15, "DATE", "X", "b")]}
    system = {"d": [Mention("d", 0, 5, "DATE", "2018", "a"),
                    Mention("d", 20, 25, "DATE", "Y", "c")]}
    scores = score(gold, system)
    kinds = sorted(e["kind"] for e in scores.errors)
    assert kinds == ["missed", "spurious", "value"]
    assert scores.as_dict()["relaxed"]["f1"] == 0.5
    assert scores.as_dict()["value"]["f1"] == 0.0


def load_tool():
    spec = importlib.util.spec_from_file_location("eval_timeml", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_evaluate_tool_skips_missing_data(tmp_path, capsys):
    tool = load_tool()
    code = tool.main([str(tmp_path / "no.docs.jsonl"), str(tmp_path / "no.timex.jsonl")])
    assert code == 0
    assert "not found" in capsys.readouterr().out


def test_evaluate_tool_prints_figures(tmp_path, capsys):
    tool = load_tool()
    docs = write_jsonl(tmp_path / "mine.docs.jsonl", DOCS)
    timex = write_jsonl(tmp_path / "mine.timex.jsonl", TIMEX)
    assert tool.main([str(docs), str(timex), "--no-entities", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["mine"]["value"]["f1"] == 1.0
