"""Library entry points: extract records from texts without the command line.

>>> import treatyx
>>> records = treatyx.extract("Moscow suspended the INF Treaty on Wednesday.", date="2019-07-05")
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions
from .errors import InputError
from .io.readers import JSON_TYPES, Document, check_date
from .result import Result

__all__ = ["Result", "RunCounts", "extract", "extract_texts", "extract_to", "load", "process"]


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenised Doc carrying the document's name and date for the components."""
    doc = nlp.make_doc(document.text)
    doc.user_data[extensions.TEXT_KEY] = document.text  # tokenisation is lossless
    doc._.treatyx_doc = document.name
    doc._.treatyx_dct = document.date
    return doc


def set_error_handler(nlp: Language, handler: Any) -> None:
    """``nlp.set_error_handler`` for the components that take one. Trained Cython components
    (spaCy 3.8's parser, NER) declare the method but have no slot for the handler, and raise
    AttributeError: they keep raising, and ``nlp.pipe`` reports that through the default."""
    nlp.default_error_handler = handler
    for _, component in nlp.pipeline:
        if hasattr(component, "set_error_handler"):
            with contextlib.suppress(AttributeError):
                component.set_error_handler(handler)


def process(nlp: Language, documents: Iterable[Document | InputError],
            batch_size: int = 64) -> Iterator[Result | InputError]:
    """Run ``nlp.pipe`` over documents, in order; a failing document becomes a Result with an
    ``error`` and the others go on. InputErrors from the reader pass straight through."""
    pending: deque[tuple[Document | InputError, Doc | None]] = deque()
    failures: dict[int, str] = {}

    def on_error(name: str, _proc: Any, docs: list[Doc], exc: Exception) -> None:
        for doc in docs:
            failures[id(doc)] = f"{name} failed: {type(exc).__name__}: {exc}"

    set_error_handler(nlp, on_error)

    def feed() -> Iterator[Doc]:
        for item in documents:
            if isinstance(item, InputError):
                pending.append((item, None))
                continue
            if len(item.text) > nlp.max_length:
                pending.append((InputError(item.name, f"too big: {len(item.text):,} characters "
                                           f"(the limit is {nlp.max_length:,})"), None))
                continue
            try:
                doc = make_doc(nlp, item)
            except Exception as exc:  # tokenizer failure: report, keep going
                pending.append((InputError(item.name, f"cannot tokenise: {exc}"), None))
                continue
            pending.append((item, doc))
            yield doc

    def drain_until(done: Doc | None) -> Iterator[Result | InputError]:
        while pending:
            item, doc = pending[0]
            if doc is not None and doc is done:
                return
            pending.popleft()
            if doc is None:
                yield item  # an InputError, in its place in the stream
            else:
                yield Result.of(item, error=failures.pop(id(doc), "dropped by the pipeline"))

    for out in nlp.pipe(feed(), batch_size=batch_size):
        yield from drain_until(out)
        item, _ = pending.popleft()
        try:
            yield Result.of(item, records=out._.treatyx_records)
        except Exception as exc:
            yield Result.of(item, error=f"building records failed: {type(exc).__name__}: {exc}")
    yield from drain_until(None)


def load(model: str | None = None, rules: Sequence[str] | None = None) -> Language:
    """The treatyx pipeline (see :func:`treatyx.pipeline.load`); imported on first use so that
    ``import treatyx.api`` stays cheap."""
    from .pipeline import load as load_pipeline

    return load_pipeline(model=model, rules=rules)


_default_nlp: Language | None = None


def _nlp(nlp: Language | None) -> Language:
    global _default_nlp
    if nlp is not None:
        return nlp
    if _default_nlp is None:
        _default_nlp = load()
    return _default_nlp


def extract(text: str, date: str | None = None, name: str = "-",
            nlp: Language | None = None) -> list[dict]:
    """Records for one text; ``date`` (YYYY-MM-DD) anchors relative dates."""
    document = Document(name, text, check_date(date, name))
    result = next(iter(process(_nlp(nlp), [document])))
    if isinstance(result, InputError):
        raise result
    if result.error:
        raise RuntimeError(f"{name}: {result.error}")
    return result.records or []


def _as_document(index: int, item: Any) -> Document | InputError:
    """The Document for one ``(text, meta)`` item, or the InputError saying what is wrong."""
    if not isinstance(item, (tuple, list)) or len(item) != 2:
        kind = JSON_TYPES.get(type(item), type(item).__name__)
        return InputError(str(index), f"expected a (text, meta) pair, got {kind}")
    text, meta = item
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return InputError(str(index), f"meta must be a dict, not {type(meta).__name__}")
    name = str(meta.get("id", index))
    if not isinstance(text, str):
        kind = JSON_TYPES.get(type(text), type(text).__name__)
        return InputError(name, f"text is {kind}, not a string")
    try:
        return Document(name, text, check_date(meta.get("date"), name), dict(meta))
    except InputError as exc:
        return exc


def extract_texts(items: Iterable[tuple[str, dict[str, Any]]], nlp: Language | None = None,
                  rules: Sequence[str] | None = None,
                  on_error: Callable[[str, str], None] | None = None, workers: int = 1,
                  stop: Callable[[], bool] | None = None) -> Iterator[list[dict]]:
    """Records per document for ``(text, meta)`` pairs, in order, for use inside your own
    batch framework (a Dask bag partition, a Spark ``mapPartitions``...).

    ``meta`` may hold ``id`` (the ``doc`` field; default: the item's index) and ``date``
    (YYYY-MM-DD, anchors relative dates). Items are consumed lazily and memory stays flat
    however many there are. A document that fails, or an item that is not a ``(str, dict)``
    pair (a text that is None or a number, a bad date), yields an empty list and, when given,
    ``on_error(doc_id, message)`` is called; nothing is raised for one bad item.
    ``workers > 1`` runs that many processes (see :mod:`treatyx.batch`); they end with this
    process, however it ends. ``stop``: a function checked after each document; once it
    returns True the iteration ends after whole documents (e.g. set from a signal handler).
    """
    from .batch import run

    pipeline = nlp if nlp is not None else (load(rules=rules) if rules else _nlp(None))

    def documents() -> Iterator[Document | InputError]:
        for index, item in enumerate(items):
            yield _as_document(index, item)

    loader = functools.partial(load, rules=list(rules) if rules else None)  # picklable
    for outcome in run(documents(), pipeline, workers=workers, loader=loader, stop=stop):
        if outcome.error is not None and on_error is not None:
            on_error(outcome.name, outcome.error)
        yield outcome.records or []


@dataclass
class RunCounts:
    """What :func:`extract_to` did: documents written, failed, skipped as done before, and
    whether it stopped early (``stop``)."""

    documents: int = 0
    records: int = 0
    failed: int = 0
    skipped: int = 0
    stopped: bool = False


class _Discard(Exception):
    """Raised inside the atomic output of a stopped run, so the file is left as it was."""


def extract_to(output: str | os.PathLike[str], items: Iterable[tuple[str, dict[str, Any]]],
               done: str | os.PathLike[str] | None = None, nlp: Language | None = None,
               rules: Sequence[str] | None = None,
               on_error: Callable[[str, str], None] | None = None, workers: int = 1,
               stop: Callable[[], bool] | None = None) -> RunCounts:
    """Write the records of ``(text, meta)`` items to ``output`` as JSON lines, with the
    guarantees of ``treatyx extract -o``:

    - without ``done``: atomically (a temporary file renamed on success; a symlink's target, a
      FIFO or a device as :func:`treatyx.io.writers.atomic_output` says); a run stopped by
      ``stop`` or an exception leaves ``output`` as it was;
    - with ``done`` (a file, as ``--skip-done``): resumably: documents listed there are
      skipped, each finished one is appended to ``output`` then listed, and a run killed at any
      point is resumed by calling again with the same arguments (each document written once).

    Failed documents go to ``on_error(doc_id, message)``; a place that cannot be written
    raises :class:`treatyx.io.writers.OutputError`.
    """
    from .batch import run
    from .io.skiplist import DoneList, resume_output
    from .io.writers import atomic_output, dumps

    pipeline = nlp if nlp is not None else (load(rules=rules) if rules else _nlp(None))
    loader = functools.partial(load, rules=list(rules) if rules else None)
    counts = RunCounts()
    done_list = DoneList(Path(done)) if done is not None else None

    def documents() -> Iterator[Document | InputError]:
        for index, item in enumerate(items):
            document = _as_document(index, item)
            if (done_list is not None and isinstance(document, Document)
                    and document.name in done_list):
                counts.skipped += 1
                continue
            yield document

    with contextlib.ExitStack() as stack:
        if done_list is not None:
            stack.enter_context(done_list)
            stream, _note = resume_output(Path(output), done_list)
            stack.enter_context(stream)
        else:
            stack.enter_context(contextlib.suppress(_Discard))
            stream = stack.enter_context(atomic_output(Path(output)))
        outcomes = stack.enter_context(contextlib.closing(
            run(documents(), pipeline, workers=workers, loader=loader, stop=stop)))
        for outcome in outcomes:
            if outcome.error is not None:
                counts.failed += 1
                if on_error is not None:
                    on_error(outcome.name, outcome.error)
                continue
            records = outcome.records or []
            stream.write("".join(dumps(record) + "\n" for record in records))
            stream.flush()
            counts.documents += 1
            counts.records += len(records)
            if done_list is not None:
                done_list.add(outcome.name, os.fstat(stream.fileno()).st_size)
            if stop is not None and stop():  # after a whole document, as the CLI does
                break
        counts.stopped = bool(stop is not None and stop())
        if counts.stopped and done_list is None:
            raise _Discard
    return counts
