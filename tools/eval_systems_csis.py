"""Recall of missile-system names on the CSIS North Korea provocation summaries.

Reads ../shared/data/nk_events/csis_dev.jsonl (or the path given) as a corpus, finds the
missile names that appear in each text with a deliberately broad, independent detector
(designator shapes and programme words), and reports how many of them fall inside a `system`
record that treatyx produced. Prints the misses so they can be fixed as general patterns.
Not part of the test suite: a user's clone has no ../shared.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from shared_data import DATA, corpus_arguments, read_rows

import treatyx

DEFAULT = DATA / "nk_events" / "csis_dev.jsonl"

# Place and newspaper names that share a programme word are not missile names.
NOT_MISSILES = re.compile(r"Musudan-ri|Rodong Sinmun|Sohae|Tonghae")

# Independent of the knowledge base on purpose: shapes an analyst would call a missile name.
MISSILE_NAME = re.compile(
    r"(?<![\w-])(?:"
    r"(?:Hwasong|Hwaseong|Pukguksong|Haeil|Hwasal|Chollima|Unha|Taepodong|Nodong|Rodong|Musudan|"
    r"Scud|Toksa|Paektusan|Padasuri|Pulhwasal)(?:[- ]?\d+[A-Za-z]?)?(?![\w-])"
    r"|KN-?\d{1,2}(?![\w-])"
    r")"
)


def main() -> int:
    args = corpus_arguments(__doc__.split("\n")[0], DEFAULT, "list every miss")
    rows = read_rows(Path(args.corpus))
    if rows is None:
        return 0
    nlp = treatyx.load()
    found = missed = 0
    misses: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    for row in rows:
        text = row["text"]
        records = treatyx.extract(text, nlp=nlp)
        spans = [(m["start"], m["end"]) for r in records if r["kind"] == "system"
                 for m in r["mentions"]]
        ids.update(r["id"] for r in records if r["kind"] == "system")
        for match in MISSILE_NAME.finditer(text):
            if NOT_MISSILES.match(text, match.start()):
                continue
            if any(s <= match.start() < e for s, e in spans):
                found += 1
            else:
                missed += 1
                context = text[max(match.start() - 30, 0):match.end() + 30].replace("\n", " ")
                misses[match.group(0) + (f" | {context}" if args.verbose else "")] += 1
    total = found + missed
    print(f"documents: {len(rows)}  missile names in text: {total}  recognised: {found}  "
          f"recall: {found / total:.3f}" if total else "no missile names found")
    print("most frequent system ids:", ", ".join(f"{k}={v}" for k, v in ids.most_common(12)))
    if misses:
        shown = misses.most_common(None if args.verbose else 15)
        print("missed:", ", ".join(f"{k!r}x{v}" for k, v in shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
