"""Measure the range component (treatyx_ranges) on public length-expression data.

Reads, when they exist (nothing is copied into the project):
  DIR/duckling_distance_en.jsonl  phrases with a value and unit ("between 3 and 5 kilometers")
  DIR/ms_dimension_length.jsonl   sentences with gold spans (Start/End inclusive) and values

and prints precision, recall and value accuracy, for all gold items and for those in a unit
treatyx handles (km, miles, nautical miles, metres, feet, yards: not inches or millimetres,
which in arms-control news are calibres, not distances).

    python tools/eval_units.py [DIR] [--rules EXTRA_DIR ...] [--errors]

DIR defaults to ../shared/data/units beside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

KM_PER_UNIT = {
    "kilometre": 1.0, "kilometer": 1.0, "mile": 1.609344, "metre": 0.001, "meter": 0.001,
    "m": 0.001, "foot": 0.0003048, "yard": 0.0009144, "nauticalmile": 1.852,
}
OTHER_UNITS = {"inch", "centimetre", "millimetre", "millimeter", "decimeter", "picometer"}
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "units"


def _factor(unit: str) -> float | None:
    return KM_PER_UNIT.get(unit.lower().replace(" ", ""))


def _close(got: float, want: float) -> bool:
    return abs(got - round(want, 1)) <= 0.051


def build(rules: list[str]):
    import spacy

    from treatyx.components import ranges  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("treatyx_ranges", config={"rules": rules})
    return nlp


def found(nlp, text: str) -> list[dict]:
    doc = nlp(text)
    return [{"start": s.start_char, "end": s.end_char, "text": s.text, **s._.treatyx_range}
            for s in doc.spans["treatyx_range"]]


def _ratio(num: int, den: int) -> str:
    return f"{num / den:6.1%} ({num}/{den})" if den else "     - (0/0)"


def eval_duckling(nlp, path: Path, show: bool) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    stats = {scope: {"n": 0, "found": 0, "exact": 0, "value": 0} for scope in ("all", "in")}
    errors = []
    for row in rows:
        factor = _factor(row["unit"])
        scopes = ("all", "in") if factor is not None else ("all",)
        got = found(nlp, row["text"])
        exact = [r for r in got if r["start"] == 0 and r["end"] == len(row["text"])]
        value_ok = False
        if exact and factor is not None:
            record = exact[0]
            if row["kind"] == "between":
                value_ok = _close(record["min_km"], row["from"] * factor) and _close(
                    record["max_km"], row["to"] * factor)
            else:
                want = row["value"] * factor
                bound = {"under": "at_most", "above": "at_least"}.get(row["kind"])
                value_ok = (_close(record["min_km"], want) and _close(record["max_km"], want)
                            and record["bound"] == bound)
        for scope in scopes:
            stats[scope]["n"] += 1
            stats[scope]["found"] += bool(got)
            stats[scope]["exact"] += bool(exact)
            stats[scope]["value"] += value_ok
        if not value_ok and factor is not None:
            errors.append((row["text"], row["kind"], got))
    print(f"duckling_distance_en: {len(rows)} phrases")
    for scope, label in (("all", "all units"), ("in", "handled units")):
        s = stats[scope]
        print(f"  {label:14} found {_ratio(s['found'], s['n'])}  whole phrase "
              f"{_ratio(s['exact'], s['n'])}  value {_ratio(s['value'], s['n'])}")
    if show:
        for text, kind, got in errors:
            found_here = [(r["text"], r["min_km"], r["max_km"], r["bound"]) for r in got]
            print(f"    MISS {kind:8} {text!r} -> {found_here}")


def eval_ms(nlp, path: Path, show: bool) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    gold_n = {"all": 0, "in": 0}
    hits = {"strict": {"all": 0, "in": 0}, "relaxed": {"all": 0, "in": 0}}
    value_ok = value_n = 0
    pred_n = 0
    pred_ok = {"strict": 0, "relaxed": 0}
    errors = []
    for row in rows:
        text = row["Input"]
        golds = []
        for result in row["Results"]:
            if result.get("Resolution", {}).get("subtype", "Length") != "Length":
                continue
            unit = result["Resolution"]["unit"]
            golds.append((result["Start"], result["End"] + 1, float(result["Resolution"]["value"]),
                          _factor(unit), result["Text"]))
        got = found(nlp, text)
        pred_n += len(got)
        for record in got:
            if any(record["start"] == s and record["end"] == e for s, e, *_ in golds):
                pred_ok["strict"] += 1
            if any(record["start"] < e and s < record["end"] for s, e, *_ in golds):
                pred_ok["relaxed"] += 1
            else:
                errors.append(("FALSE", text, record["text"]))
        for start, end, value, factor, gold_text in golds:
            scopes = ("all", "in") if factor is not None else ("all",)
            strict = [r for r in got if r["start"] == start and r["end"] == end]
            relaxed = [r for r in got if r["start"] < end and start < r["end"]]
            for scope in scopes:
                gold_n[scope] += 1
                hits["strict"][scope] += bool(strict)
                hits["relaxed"][scope] += bool(relaxed)
            if factor is not None:
                value_n += 1
                ok = bool(relaxed) and _close(relaxed[0]["min_km"], value * factor)
                value_ok += ok
                if not ok:
                    errors.append(("MISS", text, f"{gold_text!r} -> "
                                   f"{[(r['text'], r['min_km']) for r in relaxed]}"))
    print(f"ms_dimension_length: {len(rows)} sentences, {gold_n['all']} gold lengths "
          f"({gold_n['in']} in handled units), {pred_n} found")
    for mode in ("strict", "relaxed"):
        print(f"  {mode:8} precision {_ratio(pred_ok[mode], pred_n)}  recall all "
              f"{_ratio(hits[mode]['all'], gold_n['all'])}  recall handled "
              f"{_ratio(hits[mode]['in'], gold_n['in'])}")
    print(f"  value accuracy (handled units, km to 0.1) {_ratio(value_ok, value_n)}")
    if show:
        for kind, text, what in errors:
            print(f"    {kind:5} {what}   in {text[:90]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DIR),
                        help="folder holding the two .jsonl files")
    parser.add_argument("--rules", action="append", default=[], help="extra rule folder")
    parser.add_argument("--errors", action="store_true", help="list misses and false hits")
    args = parser.parse_args(argv)
    folder = Path(args.data)
    files = {name: folder / f"{name}.jsonl"
             for name in ("duckling_distance_en", "ms_dimension_length")}
    present = {name: path for name, path in files.items() if path.is_file()}
    if not present:
        print(f"eval_units: no evaluation data in {folder} (expected "
              f"{', '.join(p.name for p in files.values())}); nothing to measure.",
              file=sys.stderr)
        return 0
    nlp = build(args.rules)
    if "duckling_distance_en" in present:
        eval_duckling(nlp, present["duckling_distance_en"], args.errors)
    if "ms_dimension_length" in present:
        eval_ms(nlp, present["ms_dimension_length"], args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
