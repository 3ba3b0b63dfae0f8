"""``make bench``: treatyx throughput, cold start and memory, side by side with spaCy itself.

Prints, from one run on a reproducible synthetic corpus (``bench/make_corpus.py``):

- tokens/s of ``spacy.blank("en")`` tokenising the corpus: the floor cost of any spaCy pipeline;
- tokens/s of ``treatyx extract`` with 1 worker and with N workers (N = cores), their ratios;
- where one worker's time goes, component by component;
- the cold start of ``treatyx extract`` on one small file next to ``python -c "import spacy"``,
  with the build cache a first run leaves and with an empty one;
- peak memory at 1,000 and 20,000 documents (it must not grow with the number of documents);
- seconds per MB of one document of 10 KB, 100 KB, 1 MB, 2 MB and 5 MB (``--sizes``): the cost
  of a document must grow linearly with its size, so these figures should stay flat.

Every treatyx figure comes from the command line tool in a fresh process, as a user runs it.
Options: ``--docs N`` (default 5000), ``--quick`` (no 20,000-document memory runs),
``--workers N`` (default: cores), ``--rounds N`` (throughput runs per setting, best shown),
``--sizes-only`` (only the document-size series), ``--size-timeout S`` (give up on a size after
S seconds).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
SMALL_FILE = ROOT / "samples" / "withdrawal.txt"
sys.path.insert(0, str(HERE))

from make_corpus import articles, write_corpus  # noqa: E402

SECONDS = re.compile(r", (\d+(?:\.\d+)?) s \(")
START_UP = re.compile(r"\((\d+(?:\.\d+)?) s start-up")


def env() -> dict[str, str]:
    """Subprocess environment: the installed treatyx, or this source tree's when none is."""
    if importlib.util.find_spec("treatyx") is not None:
        return dict(os.environ)
    paths = [str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def treatyx_command() -> list[str]:
    script = Path(sys.executable).with_name("treatyx")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from treatyx.cli import run; run()"]


# -- measuring a process tree ---------------------------------------------------------------------

def _tree(pid: int) -> list[int]:
    pids, i = [pid], 0
    while i < len(pids):
        try:
            children = Path(f"/proc/{pids[i]}/task/{pids[i]}/children").read_text().split()
        except OSError:
            children = []
        pids.extend(int(c) for c in children)
        i += 1
    return pids


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


class Measured:
    def __init__(self, wall: float, max_rss_mb: float, total_mb: float, stderr: str,
                 returncode: int, cpu: float = 0.0):
        self.wall = wall
        self.cpu = cpu  # user + system seconds of the process and its workers
        self.max_rss_mb = max_rss_mb  # the largest single process (parent or a worker)
        self.total_mb = total_mb  # peak sum of proportional set sizes over the process tree
        self.stderr = stderr
        self.returncode = returncode

    @property
    def seconds(self) -> float:
        """Processing time from treatyx's summary line: its time less its start-up."""
        found = SECONDS.findall(self.stderr)
        if not found:
            return self.wall
        start_up = START_UP.findall(self.stderr)
        return float(found[-1]) - (float(start_up[-1]) if start_up else 0.0)


def measure(cmd: list[str], stdout: int | None = subprocess.DEVNULL,
            extra_env: dict[str, str] | None = None) -> Measured:
    """Run ``cmd``; wall time, peak RSS of its largest process, peak PSS of the whole tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE,
                            env={**env(), **(extra_env or {})}, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], sum(_pss_kb(p) for p in _tree(proc.pid)))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    if Path("/proc/self/smaps_rollup").exists():
        sampler.start()
    stderr = proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if sampler.is_alive():
        sampler.join()
    # ru_maxrss (KiB on Linux) covers the process and the workers it waited for
    return Measured(wall, usage.ru_maxrss / 1024, peak[0] / 1024, stderr, proc.returncode,
                    usage.ru_utime + usage.ru_stime)


# -- the figures ----------------------------------------------------------------------------------

BASELINE = """
import json, sys, time, resource
import spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.blank("en")
start = time.perf_counter()
tokens = sum(len(doc) for doc in nlp.pipe(texts))
print(json.dumps({"tokens": tokens, "seconds": time.perf_counter() - start}))
"""

BREAKDOWN = """
import json, sys, time
import treatyx
from treatyx.api import make_doc
from treatyx.io.readers import Document
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = treatyx.load()
times = {}
start = time.process_time()
docs = [make_doc(nlp, Document(str(i), text, None)) for i, text in enumerate(texts)]
times["tokenizer"] = time.process_time() - start
for name, component in nlp.pipeline:
    start = time.process_time()
    for doc in docs:
        component(doc)
    times[name] = time.process_time() - start
start = time.process_time()
for doc in docs:
    doc._.treatyx_records
times["records (JSON-ready dicts)"] = time.process_time() - start
print(json.dumps(times))
"""


def baseline(corpus: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", BASELINE, str(corpus)], capture_output=True,
                         text=True, env=env(), check=True)
    return json.loads(out.stdout)


def breakdown(corpus: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", BREAKDOWN, str(corpus)], capture_output=True,
                         text=True, env=env(), check=True)
    return json.loads(out.stdout)


def extract(corpus: Path, workers: int) -> Measured:
    result = measure([*treatyx_command(), "extract", str(corpus), "--workers", str(workers),
                      "--format", "jsonl"])
    if result.returncode != 0:
        raise SystemExit(f"treatyx extract failed ({result.returncode}):\n{result.stderr}")
    return result


def cold_start(repeats: int) -> tuple[list[float], list[Measured], list[Measured]]:
    """``import spacy`` and ``treatyx extract`` on one small file, interleaved so that both
    see the same machine load: with an empty build cache (a first run after installing or
    editing rules) and with the cache the first run left (every later run)."""
    spacy_times, first_runs, later_runs = [], [], []
    command = [*treatyx_command(), "extract", str(SMALL_FILE), "--format", "jsonl", "-q"]
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="treatyx-bench-cache-") as folder:
            cache = {"TREATYX_CACHE_DIR": folder}
            spacy_times.append(measure([sys.executable, "-c", "import spacy"]).wall)
            first_runs.append(measure(command, extra_env=cache))
            later_runs.append(measure(command, extra_env=cache))
    return spacy_times, first_runs, later_runs


DOCUMENT_SIZES = (10_000, 100_000, 1_000_000, 2_000_000, 5_000_000)

# One document per process: build the pipeline, warm it on a short text, time the long one.
ONE_DOCUMENT = """
import json, sys, time
import treatyx
nlp = treatyx.load()
treatyx.extract("Russia suspended the INF Treaty on Wednesday.", date="2019-07-05", nlp=nlp)
text = open(sys.argv[1], encoding="utf-8").read()
start = time.perf_counter()
records = treatyx.extract(text, date="2019-07-05", nlp=nlp)
print(json.dumps({"seconds": time.perf_counter() - start, "records": len(records)}))
"""


def document_of(size: int) -> Path:
    """One synthetic article of ``size`` characters: the bench corpus's articles, in order,
    joined as paragraphs of one long text and cut at a paragraph end."""
    path = OUT / f"document-{size}.txt"
    if not path.exists():
        parts, length = [], 0
        for row in articles(size // 300 + 10):
            parts.append(row["text"].strip())
            length += len(parts[-1]) + 2
            if length >= size:
                break
        text = "\n\n".join(parts)
        cut = text.rfind("\n\n", 0, size)
        path.write_text((text[:cut] if cut > 0 else text[:size]) + "\n", encoding="utf-8")
    return path


def document_sizes(sizes: tuple[int, ...], timeout: float) -> None:
    """Seconds per MB of one document of each size (processing only, start-up excluded)."""
    print("\none document of each size (processing only, start-up excluded)")
    print(f"  {'size':>10} {'characters':>12} {'seconds':>9} {'s/MB':>8} {'records':>8}")
    for size in sizes:
        path = document_of(size)
        chars = len(path.read_text(encoding="utf-8"))
        try:
            out = subprocess.run([sys.executable, "-c", ONE_DOCUMENT, str(path)],
                                 capture_output=True, text=True, env=env(), check=True,
                                 timeout=timeout)
        except subprocess.TimeoutExpired:
            print(f"  {size / 1e6:8.2f} MB {chars:12,} {'>' + format(timeout, '.0f'):>9} "
                  f"{'>' + format(timeout / (chars / 1e6), '.0f'):>8}", flush=True)
            continue
        except subprocess.CalledProcessError as exc:
            print(f"  {size / 1e6:8.2f} MB failed: {exc.stderr.strip()[-300:]}", flush=True)
            continue
        figures = json.loads(out.stdout)
        seconds = figures["seconds"]
        print(f"  {size / 1e6:8.2f} MB {chars:12,} {seconds:9.2f} {seconds / (chars / 1e6):8.1f} "
              f"{figures['records']:8,}", flush=True)


def corpus_of(docs: int) -> Path:
    path = OUT / f"corpus-{docs}.jsonl"
    if not path.exists():
        write_corpus(path, docs)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description="treatyx benchmark")
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--corpus", type=Path, help="measure on this JSONL corpus (id, text) "
                        "instead of the synthetic one, e.g. real news with a natural vocabulary")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0))
                        if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
    parser.add_argument("--quick", action="store_true", help="skip the 20,000-document runs")
    parser.add_argument("--repeats", type=int, default=5, help="cold start repetitions")
    parser.add_argument("--rounds", type=int, default=2,
                        help="throughput runs per setting (the best is shown)")
    parser.add_argument("--sizes", default=",".join(str(s) for s in DOCUMENT_SIZES),
                        help="document sizes in characters for the size series (comma list)")
    parser.add_argument("--sizes-only", action="store_true", help="only the size series")
    parser.add_argument("--size-timeout", type=float, default=1800.0,
                        help="seconds after which one size of the series is given up")
    args = parser.parse_args()
    workers = max(2, args.workers)
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = tuple(int(s) for s in args.sizes.split(",") if s.strip())
    if args.sizes_only:
        document_sizes(sizes, args.size_timeout)
        return

    corpus = args.corpus or corpus_of(args.docs)
    lines = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    args.docs, chars = len(lines), sum(len(row["text"]) for row in lines)
    origin = "given with --corpus" if args.corpus else "bench/make_corpus.py, seed 2019"
    print(f"corpus: {corpus}: {args.docs:,} documents, {chars:,} characters ({origin})",
          flush=True)

    base = min((baseline(corpus) for _ in range(args.rounds)), key=lambda b: b["seconds"])
    tokens = base["tokens"]
    ones, manys = [], []
    for _ in range(args.rounds):  # alternated, best of each: the machine may be shared
        ones.append(extract(corpus, 1))
        manys.append(extract(corpus, workers))
    one = min(ones, key=lambda m: m.seconds)
    many = min(manys, key=lambda m: m.seconds)
    rows = [
        ('spacy.blank("en") tokenizer', base["seconds"], None),
        ("treatyx extract, 1 worker", one.seconds, one),
        (f"treatyx extract, {workers} workers", many.seconds, many),
    ]
    print(f"\nthroughput ({tokens:,} tokens; seconds = processing without start-up, best of "
          f"{args.rounds})")
    print(f"  {'':34} {'seconds':>8} {'docs/s':>8} {'tokens/s':>10} {'vs blank':>9} "
          f"{'peak RSS':>10}")
    for label, seconds, measured in rows:
        rss = f"{measured.max_rss_mb:7.0f} MB" if measured else ""
        print(f"  {label:34} {seconds:8.2f} {args.docs / seconds:8,.0f} "
              f"{tokens / seconds:10,.0f} {base['seconds'] / seconds:8.1%} {rss:>10}")
    print(f"  speed-up with {workers} workers: {one.seconds / many.seconds:.2f}x "
          f"(wall, start-up included: {one.wall:.1f} s -> {many.wall:.1f} s, "
          f"{one.wall / many.wall:.2f}x)")
    print(f"  treatyx on 1 worker = {base['seconds'] / one.seconds:.1%} of the blank "
          "tokenizer's throughput (goal: 40%)")

    print("\nwhere one worker's time goes (CPU seconds, same corpus)")
    parts = breakdown(corpus)
    total = sum(parts.values())
    for name, seconds in sorted(parts.items(), key=lambda item: -item[1]):
        print(f"  {name:34} {seconds:8.2f} {seconds / total:8.1%}")

    spacy_times, first_runs, treatyx_runs = cold_start(args.repeats)
    spacy_median = statistics.median(spacy_times)
    treatyx_median = statistics.median(run.wall for run in treatyx_runs)
    first_median = statistics.median(run.wall for run in first_runs)
    start_cpu = min(run.cpu for run in treatyx_runs)
    busy_one, busy_many = one.cpu - start_cpu, many.cpu - start_cpu
    print(f"\nCPU of the whole process tree, start-up ({start_cpu:.1f} s) deducted: 1 worker "
          f"{busy_one:.1f} s, {workers} workers {busy_many:.1f} s (parallel overhead "
          f"{busy_many / busy_one - 1:+.0%}); on an idle machine {workers} workers would "
          f"run ~{workers * busy_one / busy_many:.2f}x faster")
    print(f"\ncold start (median of {args.repeats})")
    print(f"  python -c 'import spacy'            {spacy_median:6.2f} s")
    print(f"  treatyx extract {SMALL_FILE.name:20} {treatyx_median:6.2f} s "
          f"({treatyx_median / spacy_median:.2f}x; goal <= 1.5x)")
    print(f"  ... first run, empty build cache      {first_median:6.2f} s "
          f"({first_median / spacy_median:.2f}x; once after installing or editing rules)")

    sizes = [1000] if args.quick else [1000, 20000]
    print("\npeak memory (largest process RSS / whole process tree PSS)")
    for size in sizes:
        path = corpus_of(size)
        cells = []
        for count in (1, workers):
            measured = extract(path, count)
            cells.append(f"{count} worker{'s' if count > 1 else ''}: "
                         f"{measured.max_rss_mb:5.0f} MB / {measured.total_mb:5.0f} MB "
                         f"({measured.seconds:.0f} s)")
        print(f"  {size:6,} documents   " + "   ".join(cells), flush=True)

    document_sizes(sizes, args.size_timeout)


if __name__ == "__main__":
    main()
