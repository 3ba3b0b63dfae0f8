"""Missile-test events on the CSIS North Korea provocation summaries (issue 5 targets).

Reads ../shared/data/nk_events/csis_dev.jsonl as a corpus with document date = gold date + 1
day (a next-day news report) and prints four figures:
  1. "Missile Provocation" rows with a missile_test event (goal >= 95%);
  2. of those whose text names the day of the launch, the share whose main event carries
     exactly the gold date (goal >= 90%);
  3. of those whose text names no day of the launch, the share where no day is invented (the
     date is null, coarser than a day, or a day the text itself states, e.g. an earlier launch);
  4. rows of other types without any missile_test event (goal >= 90%).
Not part of the test suite: a user's clone has no ../shared.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from shared_data import DATA, corpus_arguments, read_rows

import treatyx

DEFAULT = DATA / "nk_events" / "csis_dev.jsonl"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def names_launch_day(text: str, gold: str) -> bool:
    """Does the text itself name the day of the launch: "August 20" / "20 August" for the
    gold day, or the gold day's weekday (a next-day report says "on Saturday")?"""
    day = dt.date.fromisoformat(gold)
    month = day.strftime("%B")
    # "on August 20", "of March 10", "on 20 August", "on Saturday": a day said as a date of
    # something, not "the date was written as July 1".
    patterns = [rf"\b(?:[Oo]n|of)\s+{month[:3]}\w*\.?\s+{day.day}(?!\d)",
                rf"\b(?:[Oo]n|of)\s+(?:the\s+)?{day.day}(?:st|nd|rd|th)?\s+{month[:3]}",
                rf"\b{WEEKDAYS[day.weekday()]}\b"]
    return any(re.search(p, text) for p in patterns)
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def main_event(events: list[dict], gold: str) -> dict | None:
    """The launch the row is about: the missile_test with the gold date if any, else the
    first one in the text."""
    tests = [e for e in events if e["type"] == "missile_test"]
    for event in tests:
        if (event.get("date") or {}).get("value", "").startswith(gold):
            return event
    return tests[0] if tests else None


def main() -> int:
    args = corpus_arguments(__doc__.split("\n")[0], DEFAULT, "list the failures")
    rows = read_rows(Path(args.corpus))
    if rows is None:
        return 0
    nlp = treatyx.load()
    counts = {k: [0, 0] for k in ("has_test", "exact_day", "no_invented_day", "others_clean")}
    failures: dict[str, list[str]] = {k: [] for k in counts}
    for row in rows:
        dct = (dt.date.fromisoformat(row["date"]) + dt.timedelta(days=1)).isoformat()
        records = treatyx.extract(row["text"], date=dct, nlp=nlp)
        events = [r for r in records if r["kind"] == "event"]
        event = main_event(events, row["date"])
        value = ((event or {}).get("date") or {}).get("value") or ""
        label = f"{row['id']} gold={row['date']} got={value or None}: {row['text'][:110]}"
        if row["type"] != "Missile Provocation":
            ok = not any(e["type"] == "missile_test" for e in events)
            _count(counts, failures, "others_clean", ok, label)
            continue
        _count(counts, failures, "has_test", event is not None, label)
        if event is None:
            continue
        if names_launch_day(row["text"], row["date"]):
            _count(counts, failures, "exact_day", value[:10] == row["date"], label)
        else:
            # invented: a day the text does not state in any form (the document date, say)
            invented = bool(DAY_VALUE.match(value)) and not names_launch_day(row["text"],
                                                                               value[:10])
            _count(counts, failures, "no_invented_day", not invented, label)
    for key, (ok, total) in counts.items():
        share = ok / total if total else float("nan")
        print(f"{key:16s} {ok:4d}/{total:<4d} {share:.3f}")
        if args.verbose:
            for line in failures[key]:
                print("   ", line)
    return 0


def _count(counts: dict, failures: dict, key: str, ok: bool, label: str) -> None:
    counts[key][1] += 1
    counts[key][0] += ok
    if not ok:
        failures[key].append(label)


if __name__ == "__main__":
    sys.exit(main())
