"""Many documents, in order, on one or several processes, with flat memory.

:func:`run` takes the stream of :class:`~treatyx.io.readers.Document` (and the
:class:`~treatyx.errors.InputError` a reader yields for what it could not read) and yields one
:class:`~treatyx.result.Result` per item, in input order, as soon as it and everything before it
are done.

- One worker: the pipeline runs in this process, no pool.
- Several workers: a pool of processes forked *after* the pipeline was built here, so each
  worker starts with the compiled rules already in memory (where ``fork`` is unavailable, each
  worker builds the pipeline once with ``loader``). Documents travel in chunks; at most a few
  chunks per worker are in flight, so reading never runs ahead of processing and memory stays
  flat however long the input. Workers return JSON-ready records (or what ``transform``
  makes of them, such as finished JSON lines), never spaCy objects.
- Every chunk (after a warm-up of the first documents) runs inside ``nlp.memory_zone()``, so
  the strings and lexemes that new words add to the vocabulary are freed again instead of
  growing with the corpus.
- Workers die with the process that started them, even when it is killed with SIGKILL: on
  Linux the kernel sends them SIGKILL then (``PR_SET_PDEATHSIG``), and elsewhere a thread in
  each worker notices within a second that its parent is gone.
- A document whose processing raises becomes a ``Result`` with an ``error``; the others go
  on. A worker that dies (killed, out of memory, a crash in native code) is replaced, and the
  documents of its chunk are retried one at a time so that only the culprit is reported.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from .errors import InputError
from .io.readers import Document
from .result import Result

__all__ = ["Batch", "Outcome", "Result", "StopFlag", "cpu_count", "graceful_stop",
           "process_chunk", "run"]

CHUNK_DOCS = 16  # documents per task sent to a worker
CHUNK_CHARS = 64_000  # ...or fewer, when they are long
IN_FLIGHT_PER_WORKER = 3  # chunks submitted ahead per worker: enough to never starve one
POLL_SECONDS = 0.2  # how often a wait for a worker checks whether to stop


def wait_or_stop(done: Callable[[], bool], stop: Callable[[], bool],
                 pause: Callable[[], object]) -> bool:
    """Wait until ``done()``, asking ``stop()`` after each ``pause()``; False if asked to
    stop. The one wait of a local pool and of a Dask cluster (their futures differ)."""
    while not done():
        if stop():
            return False
        pause()
    return True
PARENT_CHECK_SECONDS = 1.0  # how often a worker checks that its parent is still alive
PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
CLOSE_GRACE_SECONDS = 5.0  # on close, how long a worker may finish its chunk (~0.1 s)
# Documents per process processed before memory zones start (see _zone). Their words stay in
# the vocabulary for good: on news, the first 1,000 articles hold nearly every word later ones
# repeat, so zones then only free the rare ones (with 256, re-creating words that zones had
# freed cost 13% of the throughput on 2,012 news articles; with 1,000, nothing measurable).
WARM_UP_DOCS = 1000

# (records or what transform made of them, error) for one document, as a worker sends it back
Payload = tuple[Any, str | None]


Outcome = Result  # the name this module gave the one result type before it was shared


def cpu_count() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# -- the work itself (in this process, or in a worker) ----------------------------------------

_warm: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # nlp -> documents seen


def _zone(nlp: Any, documents: int) -> contextlib.AbstractContextManager:
    """``nlp.memory_zone()``, after the first documents of a process: those are processed
    outside any zone so that the words every text uses stay in the vocabulary for good, instead
    of being looked up again in every zone (which costs a third of the throughput)."""
    zone = getattr(nlp, "memory_zone", None)
    if zone is None:
        return contextlib.nullcontext()
    try:
        seen = _warm.get(nlp, 0)
        if seen < WARM_UP_DOCS:
            _warm[nlp] = seen + documents
            return contextlib.nullcontext()
    except TypeError:  # not weak-referenceable: zones from the start
        pass
    return zone()


def process_chunk(nlp: Any, documents: list[Document],
                  transform: Callable[[list[dict]], Any] | None = None) -> Iterator[Payload]:
    """(records, error) for each document, in order, inside one memory zone; ``transform``
    turns a document's records into what is returned instead (e.g. JSON text)."""
    from .api import process  # api imports spaCy: only when there is work

    with _zone(nlp, len(documents)):
        for result in process(nlp, documents):
            if isinstance(result, InputError):
                yield None, result.message
            elif isinstance(result, Result) and result.error is None:
                records = result.records or []
                if transform is None:
                    yield records, None
                    continue
                try:
                    yield transform(records), None
                except Exception as exc:
                    yield None, f"output failed: {type(exc).__name__}: {exc}"
            else:
                yield None, result.error or "failed"


_worker_nlp: Any = None  # the pipeline a forked worker inherits, or builds once
_worker_transform: Callable[[list[dict]], Any] | None = None


def _die_with_parent(parent: int, signal_too: bool) -> None:
    """End this worker when ``parent`` ends, however it ends (a worker blocked writing a
    result nobody reads would otherwise live on). Linux, when the parent's main thread forked
    the worker (the signal fires when the forking *thread* ends): the kernel's parent-death
    signal. Everywhere: a watchdog thread that exits once the worker has another parent."""
    if signal_too and sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="treatyx-parent-watch", daemon=True).start()


def _init_worker(loader: Callable[[], Any] | None,
                 transform: Callable[[list[dict]], Any] | None,
                 parent: int | None = None, parent_signal: bool = False) -> None:
    # Ctrl-C reaches the whole process group: the parent decides when to stop, not the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        _die_with_parent(parent, parent_signal)
    global _worker_nlp, _worker_transform
    _worker_transform = transform
    if _worker_nlp is None:
        if loader is None:
            raise RuntimeError("a worker has no pipeline: pass loader= where fork is unavailable")
        _worker_nlp = loader()


def _warm_up(nlp: Any) -> None:
    """Let components compute now what they would otherwise compute lazily in every worker
    (a rule component's build, on its first document unless the rules were given; a
    component's optional ``warm_up()``), and keep it in the build cache."""
    warmed = False
    for _, component in getattr(nlp, "pipeline", []):
        ensure_built = getattr(component, "ensure_built", None)
        if callable(ensure_built):
            ensure_built()
            warmed = True
        warm_up = getattr(component, "warm_up", None)
        if callable(warm_up):
            warm_up()
            warmed = True
    if warmed:
        from .cache import save_all

        save_all()


def _work(documents: list[Document]) -> list[Payload]:
    return list(process_chunk(_worker_nlp, documents, _worker_transform))


def _ping() -> int:
    return os.getpid()


# -- chunking -----------------------------------------------------------------------------------

@dataclass(slots=True)
class _Chunk:
    items: list[Document | InputError]
    future: Future | None = None

    @property
    def documents(self) -> list[Document]:
        # Only what the components need travels to a worker: no ``meta``.
        return [Document(d.name, d.text, d.date) for d in self.items if isinstance(d, Document)]


def _chunks(items: Iterable[Document | InputError], max_docs: int,
            max_chars: int) -> Iterator[_Chunk]:
    chunk: list[Document | InputError] = []
    chars = docs = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Document):
            docs += 1
            chars += len(item.text)
        if docs >= max_docs or chars >= max_chars:
            yield _Chunk(chunk)
            chunk, chars, docs = [], 0, 0
    if chunk:
        yield _Chunk(chunk)


def _outcomes(items: list[Document | InputError], payloads: Iterable[Payload]
              ) -> Iterator[Result]:
    results = iter(payloads)
    for item in items:
        if isinstance(item, InputError):
            yield Result(item.source, error=item.message)
            continue
        records, error = next(results)
        yield Result.of(item, records=records, error=error)


# -- the runner ---------------------------------------------------------------------------------

class Batch:
    """A pipeline and, for ``workers > 1``, a pool of processes ready to run it.

    ``transform`` (a picklable function) turns each document's records into what its Result
    carries, in the worker: JSON text, a filtered list... so the parent has less to do.

    Use as a context manager: the pool is started on entry (before any progress display or
    other thread exists, since workers are forked) and stopped on exit, also on errors and
    Ctrl-C, without waiting for the documents still in flight.

    >>> with Batch(nlp, workers=2) as batch:
    ...     for outcome in batch.run(documents):
    ...         ...
    """

    def __init__(self, nlp: Any, workers: int = 1, loader: Callable[[], Any] | None = None,
                 chunk_docs: int = CHUNK_DOCS, chunk_chars: int = CHUNK_CHARS,
                 stop: Callable[[], bool] | None = None,
                 transform: Callable[[list[dict]], Any] | None = None):
        self.nlp = nlp
        self.workers = max(1, int(workers))
        self.loader = loader
        self.transform = transform
        self.chunk_docs = chunk_docs
        self.chunk_chars = chunk_chars
        self.stop = stop or (lambda: False)
        self.restarts = 0
        self._executor: ProcessPoolExecutor | None = None
        self._fork = ("fork" in multiprocessing.get_all_start_methods()
                      and sys.platform != "darwin")

    # pool management
    def __enter__(self) -> Batch:
        if self.workers > 1:
            self._start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _start(self) -> None:
        global _worker_nlp
        if self._fork:
            _warm_up(self.nlp)
            _worker_nlp = self.nlp  # inherited by the forked workers, copy-on-write
            context = multiprocessing.get_context("fork")
            loader = None
        else:
            context = multiprocessing.get_context("spawn")
            loader = self.loader
            if loader is None:
                from .pipeline import load

                loader = load
        self._executor = ProcessPoolExecutor(self.workers, mp_context=context,
                                             initializer=_init_worker,
                                             initargs=(loader, self.transform, os.getpid(),
                                                       threading.current_thread()
                                                       is threading.main_thread()))
        # With fork, the first submit forks every worker at once: do it now, while this
        # process has no other thread (a progress display starts one).
        self._executor.submit(_ping).result()

    def close(self) -> None:
        """Stop the pool: queued chunks are dropped, and each worker may finish the chunk in
        hand for up to CLOSE_GRACE_SECONDS before it is terminated. A worker killed while it
        sends a result back leaves half a message in the result pipe; the executor's thread
        then waits for the rest forever, and the interpreter with it at exit."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        processes = list((getattr(executor, "_processes", None) or {}).values())
        # The executor's own thread joins the workers once they are done (joining them here
        # too would race it for their exit status); shutdown() forgets it, so take it first.
        manager = getattr(executor, "_executor_manager_thread", None)
        executor.shutdown(wait=False, cancel_futures=True)
        try:
            if manager is not None:
                manager.join(timeout=CLOSE_GRACE_SECONDS)
        except KeyboardInterrupt:  # a second Ctrl-C: stop now
            pass
        for process in processes:
            with contextlib.suppress(Exception):
                if process.is_alive():
                    process.terminate()
        if manager is not None:
            manager.join(timeout=5)

    def _restart(self) -> None:
        self.restarts += 1
        self.close()
        self._start()

    # running
    def run(self, items: Iterable[Document | InputError]) -> Iterator[Result]:
        """One Result per input item, in input order. Stops early (without an error) once
        ``stop()`` returns True; closing the iterator stops the work too."""
        chunks = _chunks(items, self.chunk_docs, self.chunk_chars)
        if self.workers == 1:
            yield from self._run_here(chunks)
        else:
            yield from self._run_pool(chunks)

    def _run_here(self, chunks: Iterator[_Chunk]) -> Iterator[Result]:
        for chunk in chunks:
            # the whole chunk first: nothing is yielded while a memory zone is open
            payloads = list(process_chunk(self.nlp, chunk.documents, self.transform))
            yield from _outcomes(chunk.items, payloads)
            if self.stop():
                return

    def _submit(self, chunk: _Chunk) -> None:
        documents = chunk.documents
        if documents and self._executor is not None:
            chunk.future = self._executor.submit(_work, documents)

    def _run_pool(self, chunks: Iterator[_Chunk]) -> Iterator[Result]:
        if self._executor is None:
            self._start()
        window = self.workers * IN_FLIGHT_PER_WORKER
        pending: deque[_Chunk] = deque()
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                self._submit(chunk)
                pending.append(chunk)
            if not pending:
                return
            chunk = pending.popleft()
            payloads = self._collect(chunk, pending)
            if payloads is None:
                return  # asked to stop
            yield from _outcomes(chunk.items, payloads)
            if self.stop():
                return

    def _wait(self, future: Future) -> bool:
        return wait_or_stop(future.done, self.stop,
                            lambda: wait_futures([future], timeout=POLL_SECONDS))

    def _collect(self, chunk: _Chunk, pending: deque[_Chunk]) -> list[Payload] | None:
        if chunk.future is None:
            return []
        if not self._wait(chunk.future):
            return None
        try:
            return chunk.future.result()
        except BrokenProcessPool:
            # A worker died and every chunk in flight was lost with the pool: start a new
            # one, find the culprit below, then resubmit the rest.
            self._restart()
            broken = True
        except Exception:  # the chunk as a whole failed (e.g. a result that cannot be sent)
            broken = False
        payloads: list[Payload] = []
        for document in chunk.documents:  # one by one, so only the culprit is reported
            single = _Chunk([document])
            self._submit(single)
            assert single.future is not None
            if not self._wait(single.future):
                return None
            try:
                payloads.extend(single.future.result())
            except BrokenProcessPool:
                payloads.append((None, "the worker process died while processing this "
                                       "document (killed, out of memory, or a crash)"))
                self._restart()
                broken = True
            except Exception as exc:
                payloads.append((None, f"failed in a worker: {type(exc).__name__}: {exc}"))
        if broken:
            for later in pending:
                self._submit(later)
        return payloads


class StopFlag:
    """A ``stop`` function for :class:`Batch` and ``extract_texts``: True once requested."""

    def __init__(self) -> None:
        self.requested = False

    def __call__(self) -> bool:
        return self.requested


@contextlib.contextmanager
def graceful_stop(stop: StopFlag | None = None) -> Iterator[StopFlag]:
    """Ctrl-C and SIGTERM set the flag instead of raising, so a run finishes the document in
    hand and stops with whole documents written (what ``treatyx extract`` does); a second
    Ctrl-C stops at once (KeyboardInterrupt). Outside the main thread, signals are left alone.

    >>> with graceful_stop() as stop:
    ...     for records in treatyx.extract_texts(pairs, stop=stop):
    ...         ...
    """
    flag = stop if stop is not None else StopFlag()

    def handler(signum: int, _frame: Any) -> None:
        if flag.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        flag.requested = True

    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError):  # not the main thread: leave signals alone
            previous[signum] = signal.signal(signum, handler)
    try:
        yield flag
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def run(items: Iterable[Document | InputError], nlp: Any, workers: int = 1,
        loader: Callable[[], Any] | None = None, stop: Callable[[], bool] | None = None,
        transform: Callable[[list[dict]], Any] | None = None) -> Iterator[Result]:
    """Results for ``items`` in order, on ``workers`` processes (see :class:`Batch`)."""
    with Batch(nlp, workers=workers, loader=loader, stop=stop, transform=transform) as batch:
        yield from batch.run(items)
