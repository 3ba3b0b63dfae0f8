"""List the development-set texts this clone lacks, to fetch them again (see dev/README.md).

Prints one tab-separated line per text missing from dev/texts/ or dev/timeline/texts/: the
folder, the file name, the address and the topic of its `sources-*.yml` entry, so that each can
be looked up again in the stored public pages (the texts are third-party and never committed).

    python tools/missing_dev_texts.py [--all] > to-fetch.tsv

``--all`` lists every text, present or not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "dev"


def sources() -> list[tuple[str, dict]]:
    """(folder of the text, its source entry) for every part and the timeline."""
    found = []
    for path in sorted(DEV.glob("sources-*.yml")):
        found += [("dev/texts", entry) for entry in yaml.safe_load(path.read_text("utf-8"))]
    timeline = DEV / "timeline" / "sources.yml"
    if timeline.is_file():
        found += [("dev/timeline/texts", entry)
                  for entry in yaml.safe_load(timeline.read_text("utf-8"))]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="list present texts too")
    args = parser.parse_args(argv)
    missing = 0
    for folder, entry in sources():
        present = (ROOT / folder / entry["doc"]).is_file()
        missing += not present
        if args.all or not present:
            topic = " ".join(str(entry.get("topic", "")).split())
            print("\t".join((folder, entry["doc"], entry["url"], topic)))
    print(f"{missing} missing", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
