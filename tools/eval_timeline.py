"""B-cubed precision and recall of `treatyx timeline`'s sources on real news of the same events.

Runs extract on the texts of dev/timeline/sources.yml (with their dates), merges the event
records with build_timeline, and scores the merged events against dev/timeline/gold.yml:
  - main: over the records that belong to a gold event (see gold.yml's header);
  - strict: over every event record, those of no gold event counting as events of their own;
and says whether any merged event holds sources of two gold events on different days of the
same type (two launches on different days merged). `-v` lists the merged events.

`--synthetic N` instead writes N synthetic event records (real-world events, each told by
several documents with day slips, coarser and missing dates) to a file and times
`treatyx timeline` over it in a child process: wall time and peak RSS.

usage: python tools/eval_timeline.py [--dev dev/timeline] [--model NAME] [-v]
       python tools/eval_timeline.py --synthetic 1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import yaml

import treatyx
from treatyx.timeline import build_timeline
from treatyx.timeline.compat import ACTS, act_of
from treatyx.timeline.dates import interval

Key = tuple[str, int, int]  # (doc, start, end) of an event record


def extract(dev: Path, model: str | None) -> list[dict]:
    sources = yaml.safe_load((dev / "sources.yml").read_text(encoding="utf-8"))
    nlp = treatyx.load(model=model) if model else treatyx.load()
    present = [s for s in sources if (dev / "texts" / s["doc"]).is_file()]
    if len(present) < len(sources):  # a text the stored pages no longer give
        missing = sorted(s["doc"] for s in sources if s not in present)
        print(f"skipped {len(missing)} text(s) not in {dev / 'texts'}: {', '.join(missing)}")
    pairs = [((dev / "texts" / s["doc"]).read_text(encoding="utf-8"),
              {"id": s["doc"], "date": str(s["date"])}) for s in present]
    return [r for records in treatyx.extract_texts(pairs, nlp=nlp) for r in records
            if r["kind"] == "event"]


def _fits(record: dict, gold_date: str) -> int:
    """2: same day or value; 1: a day off, or a coarser value holding it; 0: no."""
    value = (record.get("date") or {}).get("value")
    have, want = interval(value), interval(gold_date)
    if have is None or want is None:
        return 0
    if value == gold_date or (have.lo, have.hi) == (want.lo, want.hi):
        return 2
    if have.lo == have.hi and want.lo == want.hi and abs(have.lo - want.lo) <= 1:
        return 1
    return 1 if have.lo <= want.lo and want.hi <= have.hi else 0


def gold_of(record: dict, gold: list[dict]) -> str | None:
    """The gold event a record belongs to, or None (no fit, or an ambiguous one)."""
    if interval((record.get("date") or {}).get("value")) is None:
        said = {g["id"] for g in gold if record["type"] in g["types"]
                for say in g.get("says", []) if say["doc"] == record["doc"]
                and say["text"] in record["sentence_text"]}
        return said.pop() if len(said) == 1 else None
    mine = [g for g in gold if record["doc"] in g["docs"] and record["type"] in g["types"]]
    scored = sorted(((_fits(record, str(g["date"])), g["id"]) for g in mine), reverse=True)
    scored = [s for s in scored if s[0]]
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def bcubed(predicted: dict[Key, str], truth: dict[Key, str]) -> tuple[float, float]:
    """B-cubed precision and recall over the keys of ``truth``."""
    pred_sets: dict[str, set[Key]] = defaultdict(set)
    gold_sets: dict[str, set[Key]] = defaultdict(set)
    for key in truth:
        pred_sets[predicted[key]].add(key)
        gold_sets[truth[key]].add(key)
    precision = recall = 0.0
    for key in truth:
        both = len(pred_sets[predicted[key]] & gold_sets[truth[key]])
        precision += both / len(pred_sets[predicted[key]])
        recall += both / len(gold_sets[truth[key]])
    return precision / len(truth), recall / len(truth)


def _days_apart(gold: dict[str, dict], a: str, b: str) -> bool:
    one, two = interval(str(gold[a]["date"])), interval(str(gold[b]["date"]))
    return bool(one and two and one.lo == one.hi and two.lo == two.hi and one.lo != two.lo)


TYPES = ("missile_test", "suspension", "withdrawal", "warning", "talks", "sanctions",
         "deployment", "violation_allegation")
STATES = [f"state-{i}" for i in range(25)]


def synthetic_records(count: int, seed: int = 14):
    """``count`` event records: events spread over 1995-2024, each told 1-12 times."""
    rng = random.Random(seed)
    first = dt.date(1995, 1, 1).toordinal()
    made = doc = 0
    while made < count:
        day = first + rng.randrange(30 * 365)
        kind, actor = rng.choice(TYPES), rng.choice(STATES)
        system = f"{actor}-sys-{rng.randrange(6)}" if kind == "missile_test" else None
        treaty = f"treaty-{rng.randrange(12)}" if kind in ("suspension", "withdrawal") else None
        for _ in range(min(rng.randint(1, 12), count - made)):
            doc += 1
            told = day + (1 if rng.random() < 0.1 else 0)
            iso = dt.date.fromordinal(told).isoformat()
            value = rng.choices([iso, iso[:7], iso[:4], None], [80, 8, 4, 8])[0]
            yield {"kind": "event", "doc": f"doc-{doc}", "text": "fired", "start": 40,
                   "end": 45, "sentence": 1, "rule": kind, "type": kind,
                   "trigger": {"text": "fired", "start": 40, "end": 45}, "status": "asserted",
                   "date": value and {"text": iso, "start": 60, "end": 70, "value": value,
                                      "type": "DATE", "mod": None},
                   "actors": [{"id": actor, "name": actor, "role": "agent"}],
                   "treaty": treaty, "systems": [system] if system else [], "source": None,
                   "sentence_text": f"Officials said {actor} did it ({kind}) on {iso}, "
                                    "according to the wire.",
                   "mentions": [], "doc_date": dt.date.fromordinal(told + 1).isoformat()}
            made += 1


def scale(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in synthetic_records(count):
                out.write(json.dumps(record) + "\n")
        size = path.stat().st_size
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "treatyx", "timeline", str(path), "--format",
                        "jsonl", "-o", str(Path(folder) / "timeline.jsonl")], check=True)
        seconds = time.perf_counter() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        events = sum(1 for _ in (Path(folder) / "timeline.jsonl").open())
    print(f"{count:,} event records ({size / 1e6:.0f} MB) -> {events:,} events in "
          f"{seconds:.0f} s wall, {usage.ru_utime + usage.ru_stime:.0f} s CPU, "
          f"peak RSS {usage.ru_maxrss / 1024:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", type=Path, default=Path("dev/timeline"))
    parser.add_argument("--model")
    parser.add_argument("--synthetic", type=int, metavar="N")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.synthetic:
        scale(args.synthetic)
        return
    gold = yaml.safe_load((args.dev / "gold.yml").read_text(encoding="utf-8"))
    by_id = {g["id"]: g for g in gold}
    records = extract(args.dev, args.model)
    events = list(build_timeline(records))
    predicted = {(s["doc"], s["start"], s["end"]): e["id"] for e in events for s in e["sources"]}
    truth_all = {}
    truth = {}
    for record in records:
        key = (record["doc"], record["start"], record["end"])
        found = gold_of(record, gold)
        truth_all[key] = found or f"alone:{key}"
        if found:
            truth[key] = found
    p, r = bcubed(predicted, truth)
    # what merging could reach at best: each gold event's records of one type and status (or of
    # forms of one act, compat.SAME_ACT) as one (other records are never merged, whatever the rule)
    kinds = {(r["doc"], r["start"], r["end"]): (act_of(r["type"], r["status"]), r["status"]
                                                 if (r["type"], r["status"]) not in ACTS else "")
             for r in records}
    _, ceiling = bcubed({k: f"{v}:{kinds[k]}" for k, v in truth.items()}, truth)
    sp, sr = bcubed(predicted, truth_all)
    merged_days = []
    for event in events:
        ids = sorted({truth[k] for s in event["sources"]
                      if (k := (s["doc"], s["start"], s["end"])) in truth})
        merged_days += [(event["id"], a, b) for i, a in enumerate(ids) for b in ids[i + 1:]
                        if by_id[a]["types"] == by_id[b]["types"] and _days_apart(by_id, a, b)]
    multi = [e for e in events if len({s["doc"] for s in e["sources"]}) > 1]
    print(f"documents {len({r['doc'] for r in records})}, event records {len(records)}, "
          f"of gold events {len(truth)} ({len(set(truth.values()))} of {len(gold)} gold events "
          f"found), merged events {len(events)} ({len(multi)} from several documents)")
    print(f"B-cubed of sources (gold events' records): P={p:.3f} R={r:.3f}")
    print(f"B-cubed of sources (every record, the rest alone): P={sp:.3f} R={sr:.3f}")
    print(f"recall ceiling when extract's types and statuses (acts) are kept: {ceiling:.3f}")
    print(f"events of different days merged: {len(merged_days)}"
          + "".join(f"\n  {e}: {a} + {b}" for e, a, b in merged_days))
    if args.verbose:
        for event in events:
            print(f"\n{event['date']['value']} {event['type']} {event['status']} "
                  f"{event['actors']} {event['systems']} {event['treaty']} "
                  f"{[c['field'] for c in event['conflicts']]}")
            for s in event["sources"]:
                key = (s["doc"], s["start"], s["end"])
                print(f"   {s['doc']:28s} {s['date']!s:12s} {truth.get(key, '-'):28s} "
                      f"{s['sentence'][:70]!r}")


if __name__ == "__main__":
    main()
