"""Generate a reproducible synthetic news corpus from our own sample articles.

Sentences of ``samples/*.txt`` are shuffled into new articles; numbers, years, days, weekdays,
months and the people's names are varied, so the tokenizer cache and the matchers see a
realistic spread of strings. The same ``--seed`` and ``--docs`` always give the same bytes.

    python bench/make_corpus.py --docs 5000 --out bench/out/corpus.jsonl
    python bench/make_corpus.py --docs 1000 --out bench/out/small.jsonl.gz   # gzip by suffix
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Invented officials: the names vary, the titles before them stay as the samples wrote them.
FIRST_NAMES = ("Anna", "Pavel", "Ines", "Tomas", "Mei", "Kwame", "Lena", "Oleg", "Sofia",
               "Rafael", "Hana", "Viktor", "Amara", "Jonas", "Elif", "Marek", "Nadia", "Kenji",
               "Greta", "Luis", "Irina", "Samuel", "Yara", "Dmitri", "Clara", "Arjun")
LAST_NAMES = ("Varga", "Lindqvist", "Okafor", "Moreau", "Takeda", "Novak", "Haddad", "Petrov",
              "Castillo", "Brandt", "Kowalski", "Mensah", "Ferreira", "Sato", "Horvath", "Dahl",
              "Volkova", "Reyes", "Berger", "Nakamura", "Ivanova", "Lund", "Serrano", "Aydin")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
NUMBER = re.compile(r"(?<![\w.,-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w-])|(?<![\w.,-])\d+(?:\.\d+)?"
                    r"(?![\w-])")
MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2})\b")
FULL_NAME = re.compile(r"\b[A-Z][a-z]+ (?:[A-Z][a-z]+ )?[A-Z][a-z]+\b")
TITLE_WORDS = re.compile(r"\b(?:Secretary|Minister|President|spokesman|spokeswoman|Chancellor|"
                         r"leader|Ambassador|Prime Minister|General|envoy|official)\s+$")


def sample_sentences(folder: Path = SAMPLES) -> tuple[list[str], list[str]]:
    """(headlines, body sentences) of every sample article, in a stable order."""
    headlines, body = [], []
    for path in sorted(folder.glob("*.txt")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")]
        paragraphs = [p for p in paragraphs if p]
        if not paragraphs:
            continue
        headlines.append(paragraphs[0])
        for paragraph in paragraphs[1:]:
            body.extend(s.strip() for s in SENTENCE_END.split(paragraph) if s.strip())
    return headlines, body


class Varier:
    """Replaces numbers, dates and names in one sentence with seeded random ones."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def number(self, match: re.Match) -> str:
        text = match.group(0)
        digits = text.replace(",", "")
        value = float(digits)
        if "." not in digits and 1950 <= value <= 2035:
            return str(self.rng.randint(1987, 2030))  # a year
        scaled = value * self.rng.uniform(0.5, 2.0)
        if "." in digits:
            return f"{scaled:,.1f}" if "," in text else f"{scaled:.1f}"
        whole = max(1, round(scaled))
        return f"{whole:,}" if "," in text or whole >= 10_000 else str(whole)

    def month_day(self, match: re.Match) -> str:
        return f"{self.rng.choice(MONTHS)} {self.rng.randint(1, 28)}"

    def person(self, match: re.Match) -> str:
        before = match.string[:match.start()]
        if not TITLE_WORDS.search(before):
            return match.group(0)  # not a titled person: a place, a treaty, a headline word
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def __call__(self, sentence: str) -> str:
        sentence = MONTH_DAY.sub(self.month_day, sentence)
        sentence = NUMBER.sub(self.number, sentence)
        sentence = FULL_NAME.sub(self.person, sentence)
        for weekday in WEEKDAYS:
            if weekday in sentence:
                sentence = sentence.replace(weekday, self.rng.choice(WEEKDAYS))
        return sentence


def articles(count: int, seed: int = 2019, target_chars: int = 440) -> Iterator[dict]:
    """``count`` JSON-ready rows ``{id, date, text}`` of about ``target_chars`` characters."""
    headlines, body = sample_sentences()
    if not body:
        raise SystemExit(f"no sample sentences found under {SAMPLES}")
    rng = random.Random(seed)
    vary = Varier(rng)
    start = dt.date(2015, 1, 1)
    for index in range(count):
        size = int(target_chars * rng.uniform(0.5, 1.5))
        paragraphs, paragraph, length = [], [], 0
        while length < size:
            sentence = vary(rng.choice(body))
            paragraph.append(sentence)
            length += len(sentence) + 1
            if len(paragraph) >= rng.randint(1, 3):
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            paragraphs.append(" ".join(paragraph))
        text = "\n\n".join([vary(rng.choice(headlines)), *paragraphs]) + "\n"
        date = start + dt.timedelta(days=rng.randint(0, 3650))
        yield {"id": f"bench-{index:06d}", "date": date.isoformat(), "text": text}


def write_corpus(path: Path, count: int, seed: int = 2019) -> tuple[int, int]:
    """Write the corpus (gzip when the name ends in .gz); return (documents, characters)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    chars = 0
    # mtime=0 keeps gzip output byte-identical between runs
    handle = (gzip.GzipFile(path, "wb", mtime=0) if path.name.endswith(".gz")
              else path.open("wb"))
    with handle:
        for row in articles(count, seed):
            chars += len(row["text"])
            handle.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
    return count, chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "corpus.jsonl")
    args = parser.parse_args()
    docs, chars = write_corpus(args.out, args.docs, args.seed)
    print(f"{args.out}: {docs} documents, {chars:,} characters")


if __name__ == "__main__":
    main()
