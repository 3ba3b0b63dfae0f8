"""What the evaluation scripts share: where ../shared/data is and how a missing file is met."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def corpus_arguments(description: str, default: Path, verbose_help: str) -> argparse.Namespace:
    """The common command line: an optional corpus path and -v."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus", nargs="?", default=str(default))
    parser.add_argument("-v", "--verbose", action="store_true", help=verbose_help)
    return parser.parse_args()


def read_rows(path: Path) -> list[dict] | None:
    """The JSON lines of ``path``, or None (with a message) when the data is not there: a
    user's clone has no ../shared, and the scripts then skip cleanly."""
    if not path.exists():
        print(f"{path}: not found (this script measures on ../shared/data; skipped)")
        return None
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
