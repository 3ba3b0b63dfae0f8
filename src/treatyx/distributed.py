"""``treatyx extract --scheduler ADDRESS``: the documents of a run processed on a Dask cluster.

The corpus is read here, cut into partitions (:func:`treatyx.batch._chunks`: a few dozen
documents) and sent to the cluster's workers; each worker process builds the pipeline once, on
its first partition (:func:`worker_pipeline`), and sends back what the local run's workers send
back (finished JSON lines for ``--format jsonl``). Outcomes are yielded in input order, so the
output is byte for byte that of a local run. A few partitions per worker are in flight at
once: reading never runs far ahead of the cluster, and memory stays flat.

Failures are handled as locally: a document that fails is an Outcome with an ``error`` (the run
goes on); a worker that dies has its partitions run again on another worker by the scheduler;
a partition that kills its workers again and again (Dask's ``KilledWorker``) is retried one
document at a time so that only the culprit is reported. A worker that cannot build the
pipeline, or a scheduler that goes away, ends the run with a :class:`ClusterError`.

Needs ``dask.distributed`` (``pip install 'treatyx[dask]'``), the same treatyx version on
every worker, and any ``--rules`` folder at the same path on the workers.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .batch import Outcome, Payload, _chunks, _outcomes, process_chunk, wait_or_stop
from .errors import InputError
from .io.readers import Document
from .io.writers import OutputError

__all__ = ["ClusterError", "DaskRunner", "PipelineSpec", "process_partition", "worker_pipeline"]

PARTITION_DOCS = 32  # documents per task: a task costs the scheduler ~1 ms, a document ~10 ms
PARTITION_CHARS = 128_000  # ...or fewer, when they are long
IN_FLIGHT_PER_WORKER = 3  # partitions submitted ahead per worker thread
MIN_IN_FLIGHT = 4  # while the cluster has no worker yet, or just one
WINDOW_SECONDS = 2.0  # how often the number of worker threads is read again
POLL_SECONDS = 0.05  # how often a wait for a partition checks whether to stop
CONNECT_TIMEOUT = "30s"


class ClusterError(OutputError):
    """The cluster cannot do the run (unreachable scheduler, a worker that cannot build the
    pipeline, a lost connection): the command line prints one line and exits 2."""


class PipelineFailed(RuntimeError):
    """Raised in a worker that cannot build the pipeline (a missing ``--model`` or rule
    folder there): the same would happen on every worker, so the run stops."""


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to build the pipeline: the ``--model`` and ``--rules`` given."""

    model: str | None = None
    rules: tuple[str, ...] = ()

    def load(self) -> Any:
        from .pipeline import load

        return load(model=self.model, rules=list(self.rules))


# -- in the worker -------------------------------------------------------------------------------

_pipelines: dict[PipelineSpec, Any] = {}
_lock = threading.Lock()  # one partition at a time per worker process: a pipeline is not
# thread-safe (memory zones, error handlers), and a worker process may run several threads


def worker_pipeline(spec: PipelineSpec) -> Any:
    """The pipeline of this worker process, built on its first partition and kept."""
    with _lock:
        nlp = _pipelines.get(spec)
        if nlp is None:
            try:
                nlp = _pipelines[spec] = spec.load()
            except Exception as exc:
                raise PipelineFailed(f"{type(exc).__name__}: {exc}") from None
        return nlp


def process_partition(spec: PipelineSpec, documents: list[Document],
                      transform: Callable[[list[dict]], Any] | None = None) -> list[Payload]:
    """(records or what ``transform`` made of them, error) per document, in order: the Dask
    task. A document that fails is an error here, not an exception (see :mod:`treatyx.batch`)."""
    nlp = worker_pipeline(spec)
    with _lock:
        return list(process_chunk(nlp, documents, transform))


# -- in the client -------------------------------------------------------------------------------

@dataclass
class _Partition:
    items: list[Document | InputError]
    future: Any = None
    documents: list[Document] = field(default_factory=list)


def _import_distributed(address: str) -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterError(address, "--scheduler needs dask.distributed: "
                                    "pip install 'treatyx[dask]'") from None
    return distributed


class DaskRunner:
    """Outcomes of documents processed on a Dask cluster, in input order (the interface of
    :class:`treatyx.batch.Batch`: ``with DaskRunner(...) as runner: runner.run(items)``).

    ``scheduler``: the scheduler's address (``tcp://host:8786``), or pass ``client``, a
    connected ``distributed.Client`` (left open on exit). ``transform`` (picklable) turns each
    document's records into what its Outcome carries, on the worker. ``stop()`` is checked
    while waiting: once True, the run ends after whole documents and queued partitions are
    cancelled.
    """

    def __init__(self, scheduler: str | None = None, *, client: Any = None,
                 spec: PipelineSpec | None = None,
                 transform: Callable[[list[dict]], Any] | None = None,
                 stop: Callable[[], bool] | None = None,
                 partition_docs: int = PARTITION_DOCS, partition_chars: int = PARTITION_CHARS):
        if scheduler is None and client is None:
            raise ValueError("DaskRunner needs a scheduler address or a client")
        self.address = scheduler or str(getattr(client, "scheduler", None) or "dask")
        self.client = client
        self._own_client = client is None
        self.spec = spec or PipelineSpec()
        self.transform = transform
        self.stop = stop or (lambda: False)
        self.partition_docs = partition_docs
        self.partition_chars = partition_chars
        self.retried = 0  # partitions retried one document at a time
        self._run_id = uuid.uuid4().hex[:8]
        self._keys = itertools.count()
        self._pending: deque[_Partition] = deque()

    def __enter__(self) -> DaskRunner:
        if self.client is None:
            distributed = _import_distributed(self.address)
            try:
                self.client = distributed.Client(self.address, timeout=CONNECT_TIMEOUT,
                                                 set_as_default=False)
            except (OSError, TimeoutError, ValueError) as exc:
                raise ClusterError(self.address, "cannot reach the Dask scheduler: "
                                                 f"{type(exc).__name__}: {exc}") from None
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Cancel what is still queued; close the client if this runner opened it."""
        futures = [p.future for p in self._pending if p.future is not None]
        self._pending.clear()
        if futures and self.client is not None:
            with contextlib.suppress(Exception):  # a scheduler already gone cancels nothing
                self.client.cancel(futures)
        if self._own_client and self.client is not None:
            self.client.close()
            self.client = None

    # running
    def _window(self) -> int:
        try:
            workers = self.client.scheduler_info().get("workers", {}).values()
            threads = sum(w.get("nthreads", 1) for w in workers)
        except Exception:
            threads = 0
        return max(MIN_IN_FLIGHT, threads * IN_FLIGHT_PER_WORKER)

    def _submit(self, documents: list[Document]) -> Any:
        key = f"treatyx-extract-{self._run_id}-{next(self._keys)}"
        return self.client.submit(process_partition, self.spec, documents, self.transform,
                                  key=key, pure=False)

    def run(self, items: Iterable[Document | InputError]) -> Iterator[Outcome]:
        """One Outcome per input item, in input order (see :class:`treatyx.batch.Batch`)."""
        if self.client is None:
            self.__enter__()
        window, sized = self._window(), time.monotonic()
        chunks = _chunks(items, self.partition_docs, self.partition_chars)
        exhausted = False
        while True:
            if time.monotonic() - sized > WINDOW_SECONDS:  # workers come and go
                window, sized = self._window(), time.monotonic()
            while not exhausted and len(self._pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                partition = _Partition(chunk.items, documents=chunk.documents)
                if partition.documents:
                    partition.future = self._submit(partition.documents)
                self._pending.append(partition)
            if not self._pending:
                return
            partition = self._pending[0]
            payloads = self._collect(partition)
            if payloads is None:
                return  # asked to stop
            self._pending.popleft()
            yield from _outcomes(partition.items, payloads)
            if self.stop():
                return

    def _wait(self, future: Any) -> bool:
        return wait_or_stop(future.done, self.stop, lambda: time.sleep(POLL_SECONDS))

    def _result(self, future: Any) -> list[Payload]:
        try:
            return future.result()
        except PipelineFailed as exc:
            raise ClusterError(self.address, f"a worker cannot build the pipeline: {exc}"
                               ) from None
        except (OSError, TimeoutError) as exc:  # the connection to the scheduler was lost
            raise ClusterError(self.address, f"lost the Dask cluster: {type(exc).__name__}: "
                                             f"{exc}") from None

    def _collect(self, partition: _Partition) -> list[Payload] | None:
        if partition.future is None:
            return []
        if not self._wait(partition.future):
            return None
        try:
            return self._result(partition.future)
        except ClusterError:
            raise
        except Exception:  # KilledWorker, or a partition that failed as a whole
            pass
        self.retried += 1
        payloads: list[Payload] = []
        for document in partition.documents:  # one by one, so only the culprit is reported
            future = self._submit([document])
            if not self._wait(future):
                return None
            try:
                payloads.extend(self._result(future))
            except ClusterError:
                raise
            except Exception as exc:
                payloads.append((None, _failure(exc)))
        return payloads


def _failure(exc: Exception) -> str:
    if type(exc).__name__ == "KilledWorker":
        return ("the worker process died while processing this document (killed, out of "
                "memory, or a crash), on every worker that tried it")
    return f"failed on the cluster: {type(exc).__name__}: {exc}"
