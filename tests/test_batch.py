"""Batch runs: workers keep input order, bad documents are reported and skipped, Ctrl-C leaves
valid output, --skip-done resumes, progress stays off when stderr is not a terminal."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner
from spacy.language import Language

import treatyx
import treatyx.pipeline
from treatyx.batch import Batch, cpu_count, graceful_stop, run
from treatyx.cli import _default_workers, main
from treatyx.errors import InputError
from treatyx.io.progress import Progress, count_documents
from treatyx.io.readers import Document
from treatyx.io.skiplist import DoneList

STORIES = [
    "Russia suspended its part in the INF Treaty on {day}, the Kremlin said.",
    "North Korea test-fired a Hwasong-{n} missile on {day}, according to Seoul.",
    "Washington accused Moscow of breaching the New START treaty on {day}.",
    "The 9M729 missile can fly between 500 and {km:,} kilometers, US officials said.",
    "Diplomats from both sides will meet in Geneva next {day} for arms control talks.",
]
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def story(i: int) -> str:
    """A short article of our own, different for every i."""
    first = STORIES[i % len(STORIES)].format(day=DAYS[i % 5], n=14 + i % 6, km=5000 + i)
    second = STORIES[(i + 2) % len(STORIES)].format(day=DAYS[(i + 3) % 5], n=15, km=5500)
    return f"Arms control wire {i}\n\n{first} {second}\n"


def corpus_rows(count: int) -> list[dict]:
    return [{"id": f"doc-{i:03d}", "date": "2019-07-05", "text": story(i)} for i in range(count)]


def write_corpus(path: Path, rows: list[dict], bad_lines: dict[int, str] | None = None) -> Path:
    lines = [json.dumps(row) for row in rows]
    for index, line in (bad_lines or {}).items():
        lines.insert(index, line)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.name.endswith(".gz"):
        with gzip.open(path, "wb") as handle:
            handle.write(data)
    else:
        path.write_bytes(data)
    return path


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def doc_order(records: list[dict]) -> list[str]:
    return list(dict.fromkeys(r["doc"] for r in records))


@pytest.fixture(autouse=True)
def shared_pipeline(nlp, monkeypatch):
    """The CLI builds its pipeline with treatyx.pipeline.load: reuse the session's one."""
    monkeypatch.setattr(treatyx.pipeline, "load", lambda model=None, rules=None: nlp)


def invoke(*args):
    return CliRunner().invoke(main, ["extract", *(str(a) for a in args)])


# -- order and parallelism ------------------------------------------------------------------------

def test_two_workers_give_the_same_output_as_one_in_input_order(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", corpus_rows(30))
    one = invoke(corpus, "--workers", "1", "--format", "jsonl")
    two = invoke(corpus, "--workers", "2", "--format", "jsonl")
    assert one.exit_code == 0 and two.exit_code == 0, two.stderr
    assert one.stdout == two.stdout
    assert doc_order(jsonl(two.stdout)) == [f"doc-{i:03d}" for i in range(30)]


def test_library_batch_keeps_order_around_input_errors(nlp):
    items = [Document(f"d{i}", story(i), "2019-07-05") for i in range(20)]
    items.insert(7, InputError("broken.txt", "cannot read"))
    for workers in (1, 2):
        outcomes = list(run(items, nlp, workers=workers))
        assert [o.name for o in outcomes] == [getattr(i, "name", "broken.txt") for i in items]
        assert outcomes[7].error == "cannot read" and outcomes[7].records is None
        assert all(o.ok and o.records for i, o in enumerate(outcomes) if i != 7)


def test_extract_texts_with_workers_and_on_error(nlp):
    failed = []
    pairs = [(story(i), {"id": f"t{i}"}) for i in range(12)]
    pairs.insert(3, (story(3), {"id": "bad-date", "date": "05/07/2019"}))
    results = list(treatyx.extract_texts(pairs, nlp=nlp, workers=2,
                                         on_error=lambda doc, msg: failed.append((doc, msg))))
    assert len(results) == 13 and results[3] == []
    assert failed and failed[0][0] == "bad-date" and "YYYY-MM-DD" in failed[0][1]
    assert [doc_order(r) for r in results if r] == [[f"t{i}"] for i in range(12)]


def test_extract_texts_reports_bad_items_and_yields_empty_lists(nlp):
    failed = []
    items = [(None, {"id": "none"}), (123, {"id": "number"}), (story(1), {"id": "good"}),
             None, "a bare string", (story(2), "not a dict"), (story(3), None)]
    results = list(treatyx.extract_texts(items, nlp=nlp,
                                         on_error=lambda doc, msg: failed.append((doc, msg))))
    assert [bool(r) for r in results] == [False, False, True, False, False, False, True]
    assert doc_order(results[2]) == ["good"] and doc_order(results[6]) == ["6"]
    assert failed == [("none", "text is null, not a string"),
                      ("number", "text is a number, not a string"),
                      ("3", "expected a (text, meta) pair, got null"),
                      ("4", "expected a (text, meta) pair, got str"),
                      ("5", "meta must be a dict, not str")]
    assert list(treatyx.extract_texts([(None, {})], nlp=nlp)) == [[]]  # no on_error: no raise


def test_extract_texts_stops_after_whole_documents(nlp):
    seen = []
    pairs = [(story(i), {"id": f"s{i}"}) for i in range(40)]
    for records in treatyx.extract_texts(pairs, nlp=nlp, stop=lambda: len(seen) >= 3):
        seen.append(records)
    assert 3 <= len(seen) < 40
    assert [doc_order(r) for r in seen] == [[f"s{i}"] for i in range(len(seen))]


def test_graceful_stop_lets_library_users_stop_after_whole_documents(nlp):
    pairs = [(story(i), {"id": f"g{i}"}) for i in range(40)]
    seen = []
    before = signal.getsignal(signal.SIGINT)
    with graceful_stop() as stop:
        for records in treatyx.extract_texts(pairs, nlp=nlp, stop=stop):
            seen.append(records)
            if len(seen) == 2:
                os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C: no KeyboardInterrupt
        assert stop.requested
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)  # a second one stops at once
            time.sleep(1)
    assert 2 <= len(seen) < 40
    assert [doc_order(r) for r in seen] == [[f"g{i}"] for i in range(len(seen))]
    assert signal.getsignal(signal.SIGINT) is before  # the handler is put back


def test_extract_to_is_atomic_and_resumable_like_the_cli(nlp, tmp_path):
    from treatyx.api import extract_to

    pairs = [(story(i), {"id": f"r{i}", "date": "2019-07-05"}) for i in range(12)]
    pairs.insert(4, (None, {"id": "broken"}))
    whole = tmp_path / "whole.jsonl"
    failed = []
    counts = extract_to(whole, pairs, nlp=nlp, on_error=lambda d, m: failed.append(d))
    assert (counts.documents, counts.failed, counts.stopped) == (12, 1, False)
    assert failed == ["broken"]
    assert doc_order(jsonl(whole.read_text())) == [f"r{i}" for i in range(12)]

    kept = tmp_path / "kept.jsonl"
    kept.write_text("before\n")
    counts = extract_to(kept, pairs, nlp=nlp, stop=lambda: True)
    assert counts.stopped and kept.read_text() == "before\n"  # a stopped run leaves it

    out, done = tmp_path / "out.jsonl", tmp_path / "done.jsonl"
    first = extract_to(out, pairs, done=done, nlp=nlp,
                       stop=lambda: done.exists() and len(done.read_text().splitlines()) >= 5)
    assert first.stopped and 0 < first.documents < 12
    second = extract_to(out, pairs, done=done, nlp=nlp)
    assert second.skipped == first.documents and not second.stopped
    assert out.read_text() == whole.read_text()  # together: exactly one whole run


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:  # a zombie (exited, not yet reaped by its new parent) is not alive
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_workers_die_when_the_main_process_is_killed(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", corpus_rows(2000))
    proc = _start([str(corpus), "--workers", "2", "-q"], subprocess.PIPE)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while len(workers) < 2:
        assert proc.poll() is None and time.monotonic() < deadline, "no workers started"
        time.sleep(0.1)
        workers = _children(proc.pid)
    time.sleep(1.0)  # let them work (and fill the result pipe nobody will read)
    proc.kill()
    proc.wait()
    gone_by = time.monotonic() + 5
    while any(_alive(w) for w in workers) and time.monotonic() < gone_by:
        time.sleep(0.05)
    left = [w for w in workers if _alive(w)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers outlived the main process"


def test_default_workers(tmp_path):
    single = tmp_path / "one.txt"
    single.write_text(story(1))
    assert _default_workers((str(single),)) == 1
    assert _default_workers(("-",)) == 1
    assert _default_workers((str(tmp_path),)) == cpu_count()
    assert _default_workers((str(write_corpus(tmp_path / "c.jsonl", corpus_rows(2))),)) \
        == cpu_count()


# -- failures -------------------------------------------------------------------------------------

def test_bad_line_and_undecodable_file_are_reported_the_rest_processed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_corpus(folder / "a.jsonl", corpus_rows(6), bad_lines={2: '{"id": "x", "text": '})
    (folder / "b.txt").write_bytes("Moscow caf\xe9 talks".encode("latin-1"))
    (folder / "c.txt").write_text(story(4))
    errors = tmp_path / "errors.jsonl"
    result = invoke(folder, "--glob", "*.jsonl", "--glob", "*.txt", "--workers", "2",
                    "--errors", errors, "--format", "jsonl")
    assert result.exit_code == 1
    assert f"{folder / 'a.jsonl'}:3: invalid JSON" in result.stderr
    assert f"{folder / 'b.txt'}: not UTF-8" in result.stderr
    assert doc_order(jsonl(result.stdout)) == [*(f"doc-{i:03d}" for i in range(6)),
                                               str(folder / "c.txt")]
    logged = jsonl(errors.read_text())
    assert [e["doc"] for e in logged] == [f"{folder / 'a.jsonl'}:3", str(folder / "b.txt")]
    assert all(set(e) == {"doc", "error"} and e["error"] for e in logged)
    assert "6 failed" not in result.stderr and "2 failed" in result.stderr


class Boom(Exception):
    pass


@Language.component("test_batch_trap")
def _trap(doc):
    """Fails on documents that say so: raises on 'EXPLODE', kills its process on 'CRASH'."""
    if "EXPLODE" in doc.text:
        raise Boom("component blew up")
    if "CRASH" in doc.text and os.getpid() != _trap.parent_pid:
        os._exit(3)  # a worker dying as if killed or out of memory
    return doc


_trap.parent_pid = os.getpid()


@pytest.fixture
def trap_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("treatyx_sentences")
    nlp.add_pipe("treatyx_entities")
    nlp.add_pipe("test_batch_trap")
    return nlp


def test_component_error_and_worker_crash_fail_only_their_document(trap_nlp):
    items = [Document(f"d{i}", story(i)) for i in range(40)]
    items[5] = Document("explodes", "The INF Treaty. EXPLODE")
    items[23] = Document("crashes", "The INF Treaty. CRASH")
    with Batch(trap_nlp, workers=2) as batch:
        outcomes = list(batch.run(items))
    assert [o.name for o in outcomes] == [i.name for i in items]
    failed = {o.name: o.error for o in outcomes if not o.ok}
    assert set(failed) == {"explodes", "crashes"}
    assert "Boom: component blew up" in failed["explodes"]
    assert "worker process died" in failed["crashes"]
    assert batch.restarts >= 1


def test_too_big_document_is_reported(trap_nlp):
    trap_nlp.max_length = 100
    outcomes = list(run([Document("big", "x " * 80), Document("small", "The INF Treaty.")],
                        trap_nlp))
    assert outcomes[0].error.startswith("too big: 160 characters")
    assert outcomes[1].ok


# -- gzip, progress -------------------------------------------------------------------------------

def test_gzip_corpus_with_workers(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl.gz", corpus_rows(8))
    result = invoke(corpus, "--workers", "2", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert doc_order(jsonl(result.stdout)) == [f"doc-{i:03d}" for i in range(8)]


def test_progress_hidden_when_stderr_is_not_a_terminal(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", corpus_rows(5))
    result = invoke(corpus, "--format", "jsonl")
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("treatyx: 5 documents, ")
    assert "\x1b" not in result.stderr and "\r" not in result.stderr
    assert invoke(corpus, "--format", "jsonl", "-q").stderr == ""


def test_progress_bar_on_a_terminal_and_summary():
    stream = io.StringIO()
    with Progress(enabled=True, total=3, stream=stream, force_terminal=True) as progress:
        progress.advance(records=4, kinds=["actor"] * 3 + ["event"])
        progress.advance(failed=True)
        progress.log("treatyx: error: x: broken")
        progress.advance(skipped=True)
        if progress.live:
            progress._bar.refresh()
    shown = stream.getvalue()
    assert "docs" in shown and "records" in shown and "ETA" in shown
    assert "treatyx: error: x: broken" in shown
    summary = progress.summary(("actor", "event"))
    assert summary.startswith("treatyx: 1 document, 4 records (3 actor, 1 event), 1 failed, "
                              "1 skipped")
    assert Progress(enabled=False).__enter__()._bar is None


def test_count_documents_for_the_eta(tmp_path):
    write_corpus(tmp_path / "c.jsonl", corpus_rows(7))
    (tmp_path / "a.txt").write_text("x")
    assert count_documents([str(tmp_path)], ["*.txt", "*.jsonl"]) == 8
    write_corpus(tmp_path / "z.jsonl.gz", corpus_rows(2))
    assert count_documents([str(tmp_path / "z.jsonl.gz")], ["*.txt"]) is None


# -- resumable runs ------------------------------------------------------------------------------

def test_skip_done_resumes_exactly_once_after_a_kill(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", corpus_rows(10))
    full = invoke(corpus, "--format", "jsonl").stdout
    out, done = tmp_path / "out.jsonl", tmp_path / "done.jsonl"
    first = invoke(corpus, "-o", out, "--skip-done", done, "--workers", "2")
    assert first.exit_code == 0 and out.read_text() == full
    assert [e["doc"] for e in jsonl(done.read_text())] == [f"doc-{i:03d}" for i in range(10)]
    # Simulate a kill: 4 documents recorded as done, then half of the 5th document's records
    # in the output and half a line in the done list.
    entries = done.read_text().splitlines()
    cut = json.loads(entries[3])["end"]
    out.write_bytes(out.read_bytes()[:cut + 150])
    done.write_text("\n".join(entries[:4]) + '\n{"doc": "doc-0')
    again = invoke(corpus, "-o", out, "--skip-done", done)
    assert again.exit_code == 0, again.stderr
    assert "4 skipped" in again.stderr and "dropped 150 bytes" in again.stderr
    assert out.read_text() == full
    assert len(jsonl(done.read_text())) == 10
    nothing_left = invoke(corpus, "-o", out, "--skip-done", done)
    assert "0 documents" in nothing_left.stderr and out.read_text() == full


def test_skip_done_with_stdout_and_a_hand_made_list(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", corpus_rows(5))
    done = tmp_path / "done.txt"
    done.write_text("doc-000\ndoc-003\n")
    result = invoke(corpus, "--skip-done", done)
    assert doc_order(jsonl(result.stdout)) == ["doc-001", "doc-002", "doc-004"]
    assert invoke(corpus, "--skip-done", done, "--format", "csv").exit_code == 2


def test_done_list_ignores_a_cut_line(tmp_path):
    path = tmp_path / "done.jsonl"
    path.write_text('{"doc": "a", "end": 10}\nb\n{"doc": "c"')
    done = DoneList(path)
    assert "a" in done and "b" in done and "c" not in done and done.last_end == 10
    with done:
        done.add("d", 20)
    assert path.read_text() == '{"doc": "a", "end": 10}\nb\n{"doc": "d", "end": 20}\n'


# -- Ctrl-C (a real process and a real signal) -----------------------------------------------------

def _start(args: list[str], stdout) -> subprocess.Popen:
    code = "from treatyx.cli import run; run()"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(treatyx.__file__).parent.parent), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, "-c", code, "extract", *args], stdout=stdout,
                            stderr=subprocess.PIPE, text=True, env=env)


def _interrupt_when(proc: subprocess.Popen, ready, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "the run never got going"
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)


def test_ctrl_c_leaves_whole_documents_and_resumes(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", corpus_rows(400))
    out, done = tmp_path / "out.jsonl", tmp_path / "done.jsonl"
    proc = _start([str(corpus), "--workers", "2", "-o", str(out), "--skip-done", str(done)],
                  subprocess.DEVNULL)
    _interrupt_when(proc, lambda: done.exists() and done.stat().st_size > 200)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted after" in err and "Traceback" not in err
    finished = [e["doc"] for e in jsonl(done.read_text())]
    assert 0 < len(finished) < 400
    records = jsonl(out.read_text())  # every line whole
    assert doc_order(records) == [d for d in finished if d in doc_order(records)]
    assert out.stat().st_size == json.loads(done.read_text().splitlines()[-1])["end"]
    # the rest, resumed in this process: together exactly one full run
    resumed = invoke(corpus, "-o", out, "--skip-done", done)
    assert resumed.exit_code == 0
    assert out.read_text() == invoke(corpus, "--format", "jsonl").stdout


def test_ctrl_c_keeps_stdout_valid_and_output_file_untouched(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", corpus_rows(400))
    captured = tmp_path / "stdout.jsonl"
    with captured.open("w") as stdout:
        proc = _start([str(corpus), "--workers", "2"], stdout)
        _interrupt_when(proc, lambda: captured.stat().st_size > 2000)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "Traceback" not in err
    text = captured.read_text()
    assert text.endswith("\n")
    docs = doc_order(jsonl(text))
    assert docs == [f"doc-{i:03d}" for i in range(len(docs))] and len(docs) < 400

    target = tmp_path / "old.jsonl"
    target.write_text("previous results\n")
    proc = _start([str(corpus), "--workers", "1", "-o", str(target)], subprocess.DEVNULL)
    time.sleep(0.2)
    _interrupt_when(proc, lambda: any(tmp_path.glob(".old.jsonl.*.part")))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "left unchanged" in err
    assert target.read_text() == "previous results\n"
    assert not list(tmp_path.glob("*.part"))


def test_after_the_warm_up_new_words_do_not_stay_in_the_vocabulary(monkeypatch):
    """Flat memory: past WARM_UP_DOCS documents, the words a document adds are freed again."""
    import treatyx.batch

    monkeypatch.setattr(treatyx.batch, "WARM_UP_DOCS", 2)
    nlp = spacy.blank("en")

    def documents(start: int) -> list[Document]:
        # every document brings words no other document has
        return [Document(f"d{i}", f"Envoy Zorv{i}ak met Quel{i}ine in Xant{i}ora.", None)
                for i in range(start, start + 8)]

    with Batch(nlp) as batch:
        list(batch.run(documents(0)))  # warm-up: these words stay
        after_warm_up = len(nlp.vocab.strings)
        list(batch.run(documents(100)))
        list(batch.run(documents(200)))
    assert "Zorv3ak" in nlp.vocab.strings
    assert "Zorv103ak" not in nlp.vocab.strings and "Xant207ora" not in nlp.vocab.strings
    assert len(nlp.vocab.strings) == after_warm_up


@Language.factory("warm_up_counter")
def _make_warm_up_counter(nlp, name):
    return WarmUpCounter()


class WarmUpCounter:
    """A component that computes something lazily, and can do it ahead when asked."""

    def __init__(self):
        self.warm_ups = 0

    def warm_up(self):
        self.warm_ups += 1

    def __call__(self, doc):
        return doc


def test_components_warm_up_once_before_workers_are_forked():
    nlp = spacy.blank("en")
    counter = nlp.add_pipe("warm_up_counter")
    with Batch(nlp, workers=1) as batch:
        list(batch.run([Document("a", "one", None)]))
    assert counter.warm_ups == 0  # no workers: lazily, as documents need it
    with Batch(nlp, workers=2) as batch:
        outcomes = list(batch.run([Document(f"d{i}", "text", None) for i in range(4)]))
    assert counter.warm_ups == 1 and all(outcome.ok for outcome in outcomes)


def test_closing_the_pool_lets_workers_finish_the_chunk_in_hand():
    """Killing a worker while it sends a result back can hang the executor for good (half a
    message in its pipe): close() lets the chunk in hand finish and the workers exit."""
    nlp = spacy.blank("en")
    batch = Batch(nlp, workers=2)
    batch._start()
    executor = batch._executor
    processes = list(executor._processes.values())
    busy = [executor.submit(time.sleep, 0.5) for _ in processes]
    while not all(future.running() for future in busy):  # handed to the workers
        time.sleep(0.01)
    started = time.monotonic()
    batch.close()
    assert time.monotonic() - started >= 0.3  # it waited for them...
    assert all(future.done() and future.exception() is None for future in busy)
    assert [p.exitcode for p in processes] == [0] * len(processes)  # ...not terminated


def test_one_result_type_for_process_and_batch(nlp):
    """api.process and Batch (one or two workers) give the same Result for the same document."""
    from treatyx.api import Result as ApiResult
    from treatyx.api import process
    from treatyx.batch import Outcome, Result

    document = Document("d0", story(0), "2019-07-05")
    here = next(process(nlp, [document]))
    assert ApiResult is Result is Outcome and type(here) is Result
    assert (here.name, here.document, here.error, here.ok) == ("d0", document, None, True)
    for workers in (1, 2):
        [batched] = list(run([document], nlp, workers=workers))
        assert type(batched) is Result
        assert (batched.name, batched.records, batched.error) == (here.name, here.records, None)
