#!/usr/bin/env python
"""Score treatyx dates against TimeML data (TempEval-3 strict/relaxed span F1, value F1).

    python tools/eval_timeml.py DOCS TIMEX [DOCS TIMEX ...] [-v] [--json]

e.g. ``python tools/eval_timeml.py ../shared/data/timeml/tbaq_timebank.docs.jsonl
../shared/data/timeml/tbaq_timebank.timex.jsonl`` (and the aquaint pair). With several pairs,
figures are printed per pair and for all of them together. ``-v`` lists every error (missed,
spurious, wrong value). ``--duckling FILE`` also checks a Duckling time corpus
(``text``/``value``/``grain``/``reference_time`` rows): share of phrases tagged in full with the
right value at the Duckling grain. ``--tokenised`` first re-spaces every document the way
tokenised corpora print it ("Jan. 5 , 1998", "the U.S. 's", "( AP )"; gold offsets carried
over, see ``treatyx.timex.respace``); ``--zero-pad`` also writes one-digit days after a month
name with a zero ("March 01"). The pipeline is ``spacy.blank("en")`` + sentencizer
(+ treatyx_entities when it loads) + treatyx_dates, with each document's ``dct`` set on
``doc._.treatyx_dct``. Data files are only read, never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

GRAIN_CHARS = {"year": 4, "quarter": 7, "month": 7, "week": 10, "day": 10, "hour": 13,
               "minute": 16, "second": 19}


def build_pipeline(rules: list[str], entities: bool = True):
    import spacy

    from treatyx import extensions
    from treatyx.components import dates  # noqa: F401  (registers the factory)

    extensions.register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    if entities:
        try:
            from treatyx.components import entities as _entities  # noqa: F401

            nlp.add_pipe("treatyx_entities", config={"rules": rules})
        except Exception as exc:  # the entity rules are optional for this evaluation
            print(f"(treatyx_entities not used: {exc})", file=sys.stderr)
            if "treatyx_entities" in nlp.pipe_names:
                nlp.remove_pipe("treatyx_entities")
    nlp.add_pipe("treatyx_dates", config={"rules": rules})
    return nlp


def _line(name: str, result: dict) -> str:
    s, r, v = result["strict"], result["relaxed"], result["value"]
    return (f"{name:<12} gold {result['gold']:>5} sys {result['system']:>5} | "
            f"strict P {s['p']:.3f} R {s['r']:.3f} F1 {s['f1']:.3f} | "
            f"relaxed P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f} | "
            f"value P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f} | "
            f"type acc {result['type_accuracy']:.3f}")


def _show_errors(errors: list[dict]) -> None:
    for err in errors:
        g, s = err["gold"], err["system"]
        if err["kind"] == "missed":
            print(f"  MISSED   {g.doc} [{g.text}] gold={g.value} {g.type}")
        elif err["kind"] == "spurious":
            print(f"  SPURIOUS {s.doc} [{s.text}] sys={s.value} {s.type} ({s.rule})")
        else:
            print(f"  VALUE    {g.doc} gold [{g.text}]={g.value} sys [{s.text}]={s.value} "
                  f"({s.rule})")


def _as_datetime(value: str) -> str | None:
    """A TimeML value as the ISO date(-time) its period starts at, for comparing with Duckling."""
    import datetime as dt
    import re

    m = re.match(r"^(\d{4})-W(\d\d)", value)
    if m:
        return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1).isoformat()
    m = re.match(r"^(\d{4})-Q([1-4])", value)
    if m:
        return f"{m[1]}-{3 * int(m[2]) - 2:02d}-01"
    m = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d)(T\d\d(?::\d\d)?)?)?)?$", value)
    if not m:
        return None
    time = (m[4] or "") + (":00" if m[4] and len(m[4]) == 3 else "")
    return f"{m[1]}-{m[2] or '01'}-{m[3] or '01'}{time}"


def duckling_check(path: Path, rules: list[str]) -> dict:
    """Single points in time of a Duckling corpus (``kind`` datetime): is the phrase tagged
    (a date covering at least half of it) and is the value right at Duckling's grain?"""
    from treatyx.timex import DateTagger, load_date_rules

    tagger = DateTagger(load_date_rules(tuple(rules)))
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if r.get("kind") == "datetime"]
    tagged = right = 0
    for row in rows:
        text = row["text"]
        found = [t for t in tagger.tag(text, row["reference_time"][:10])
                 if 2 * (t.end - t.start) >= len(text.strip())]
        if not found:
            continue
        tagged += 1
        chars = GRAIN_CHARS.get(str(row.get("grain", "")).lower(), 10)
        want = str(row.get("value", ""))[:chars]
        got = _as_datetime(found[0].value) or ""
        right += got[:chars] == want
    return {"rows": len(rows), "tagged": tagged, "value_right": right}


def respaced(docs: list[dict], timex: list[dict], spacing: bool, zero_pad: bool
             ) -> tuple[list[dict], list[dict]]:
    """The documents re-spaced as in tokenised corpora, with the gold offsets moved along."""
    from treatyx.timex.respace import respace

    texts = {}
    new_docs = []
    for row in docs:
        texts[row["doc"]] = done = respace(row["text"], spacing, zero_pad)
        new_docs.append(row | {"text": done.text})
    new_timex = []
    for row in timex:
        done = texts[row["doc"]]
        start, end = done.span(row["start"], row["end"])
        new_timex.append(row | {"start": start, "end": end, "text": done.text[start:end]})
    return new_docs, new_timex


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="DOCS TIMEX pairs of JSON-lines files")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--rules", action="append", default=[], help="extra rule folder")
    parser.add_argument("--no-entities", action="store_true", help="dates component only")
    parser.add_argument("--duckling", type=Path, help="also check a Duckling time corpus")
    parser.add_argument("--tokenised", action="store_true",
                        help="re-space the texts as tokenised corpora do (space before , . 's)")
    parser.add_argument("--zero-pad", action="store_true",
                        help="one-digit days after a month name get a zero (March 01)")
    args = parser.parse_args(argv)
    if len(args.files) % 2:
        parser.error("give DOCS TIMEX files in pairs")
    pairs = [(Path(a), Path(b)) for a, b in zip(args.files[::2], args.files[1::2], strict=True)]
    missing = [str(p) for pair in pairs for p in pair if not p.is_file()]
    if args.duckling and not args.duckling.is_file():
        missing.append(str(args.duckling))
    if missing:
        print("evaluation data not found (it lives outside the project, e.g. "
              f"../shared/data/timeml): {', '.join(missing)}; nothing to do.")
        return 0
    if not pairs and not args.duckling:
        parser.error("give at least one DOCS TIMEX pair (or --duckling FILE)")

    from treatyx.timex.evaluate import gold_mentions, read_jsonl, score, system_mentions

    nlp = build_pipeline(args.rules, entities=not args.no_entities)
    all_gold: dict = {}
    all_system: dict = {}
    report: dict = {}
    for docs_path, timex_path in pairs:
        name = docs_path.name.split(".")[0].replace("tbaq_", "")
        docs, timex = read_jsonl(docs_path), read_jsonl(timex_path)
        if args.tokenised or args.zero_pad:
            docs, timex = respaced(docs, timex, args.tokenised, args.zero_pad)
        gold = gold_mentions(timex)
        for row in docs:
            gold.setdefault(row["doc"], [])
        started = time.perf_counter()
        system = system_mentions(nlp, docs)
        elapsed = time.perf_counter() - started
        scores = score(gold, system)
        report[name] = scores.as_dict() | {"documents": len(docs), "seconds": round(elapsed, 2)}
        if not args.json:
            print(_line(name, report[name]))
            if args.verbose:
                _show_errors(scores.errors)
        all_gold.update(gold)
        all_system.update(system)
    if len(pairs) > 1:
        report["all"] = score(all_gold, all_system).as_dict()
        if not args.json:
            print(_line("all", report["all"]))
    if args.duckling:
        report["duckling"] = duckling_check(args.duckling, args.rules)
        if not args.json:
            d = report["duckling"]
            print(f"duckling     datetime rows {d['rows']}: tagged {d['tagged']}, "
                  f"right value at the Duckling grain {d['value_right']}")
    if args.json:
        print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
