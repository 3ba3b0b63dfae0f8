"""Event records judged one by one against a gold file (the format of `treatyx eval`).

For each event record treatyx gives: is its type one the gold has in that document, is its
actor right (an actor of a gold event of that type), and is it fully right (one gold event,
required or optional, agrees in type, actor, treaty, systems and date)? Prints the shares.

usage: python tools/judge_events.py GOLD.yml DOCS [--model NAME]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

import treatyx
from treatyx.api import Document, process


def norm(name: object) -> str:
    text = str(name).lower().replace("’", "'")
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"[\s\-_.,'()]+", " ", text).strip()


def gold_aliases(doc: dict) -> dict[str, set[str]]:
    aliases: dict[str, set[str]] = {}
    for key in ("treaties", "systems", "actors"):
        for part in ("required", "optional"):
            for names in (doc.get(key) or {}).get(part) or []:
                accepted = {norm(n) for n in names}
                for name in accepted:
                    aliases[name] = accepted
    return aliases


def record_names(record: dict, key: str) -> set[str]:
    value = record.get(key)
    if value is None:
        return set()
    items = value if isinstance(value, list) else [value]
    # actors, an event's treaty and systems: {id, name, ...} (a treaty or system also gives
    # the words that name it in the text); bare ids from older records
    return {norm(v[field]) for v in items if isinstance(v, dict)
            for field in ("id", "name", "text") if v.get(field)} | {
        norm(v) for v in items if isinstance(v, str)}


def judge(record: dict, events: list[dict], aliases: dict[str, set[str]]) -> tuple[bool, ...]:
    """(right type, right actor, fully right) for one record."""
    same = [e for e in events if e["type"] == record["type"]]
    if not same:
        return False, False, False
    actors = record_names(record, "actors")

    def agrees(gold: dict, field: str, key: str) -> bool:
        return field not in gold or bool(
            record_names(record, key) & aliases.get(norm(gold[field]), {norm(gold[field])}))

    actor_right = any("actor" in e and agrees(e, "actor", "actors") for e in same) or (
        all("actor" not in e for e in same) and not actors)
    date = str((record.get("date") or {}).get("value") or "")
    full = any(agrees(e, "actor", "actors") and agrees(e, "treaty", "treaty")
               and agrees(e, "system", "systems")
               and ("date" not in e or date.startswith(str(e["date"]))) for e in same)
    return True, actor_right, full


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("docs")
    parser.add_argument("--model")
    args = parser.parse_args()
    gold = yaml.safe_load(Path(args.gold).read_text(encoding="utf-8"))
    by_name = {doc["doc"]: doc for doc in gold}
    missing = [doc["doc"] for doc in gold if not (Path(args.docs) / doc["doc"]).is_file()]
    if missing:  # a clone whose articles could not all be fetched again
        print(f"{len(missing)} of {len(gold)} documents not in {args.docs}, left out: "
              f"{', '.join(missing)}", file=sys.stderr)
    documents = [Document(doc["doc"], (Path(args.docs) / doc["doc"]).read_text(encoding="utf-8"),
                          str(doc["date"])) for doc in gold if doc["doc"] not in missing]
    counts = [0, 0, 0, 0]  # records, right type, right actor, fully right
    for result in process(treatyx.load(model=args.model), documents):
        doc = by_name[result.document.name]
        events = ((doc.get("events") or {}).get("required") or []) + (
            (doc.get("events") or {}).get("optional") or [])
        aliases = gold_aliases(doc)
        for record in result.records or []:
            if record["kind"] == "event":
                counts[0] += 1
                for i, ok in enumerate(judge(record, events, aliases), start=1):
                    counts[i] += ok
    records, typed, actor, full = counts
    print(f"{records} event records: right type {typed}, actor right on {actor}/{typed} "
          f"({actor / max(typed, 1):.0%}) of those, fully right {full} "
          f"({full / max(records, 1):.0%})")


if __name__ == "__main__":
    main()
