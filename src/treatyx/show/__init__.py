"""``treatyx show``: look at what treatyx extracted, in a browser page or in the terminal.

:func:`collect` runs the extraction on documents (and reads ``treatyx timeline`` files as they
are); :mod:`.page` writes the self-contained review page, :mod:`.terminal` the coloured text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .page import DocumentView


@dataclass
class Collected:
    """What the inputs gave: documents with their records, merged events, and failures."""

    views: list[DocumentView] = field(default_factory=list)
    merged: list[dict] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def collect(paths: Iterable[str], nlp_factory, *, kinds: tuple[str, ...],
            date: str | None = None, globs: Iterable[str] = (), fields=None) -> Collected:
    """Read timeline files as merged events; extract the records of every other input.
    ``nlp_factory()`` builds the pipeline, only when a document needs one."""
    from ..api import process
    from ..errors import InputError
    from ..io.readers import DEFAULT_GLOBS, CorpusFields, iter_documents
    from .merged import is_timeline_file, read_timeline

    out = Collected()
    documents = []
    for given in paths:
        path = Path(given)
        if given != "-" and is_timeline_file(path):
            try:
                out.merged.extend(read_timeline(path))
            except ValueError as exc:
                out.failures.append(str(exc))
        else:
            documents.append(given)
    if not documents:
        return out
    nlp = nlp_factory()
    inputs = iter_documents(documents, default_date=date, globs=tuple(globs) or DEFAULT_GLOBS,
                            fields=fields or CorpusFields())
    for result in process(nlp, inputs):
        if isinstance(result, InputError):
            out.failures.append(f"{result.source}: {result.message}")
        elif result.error is not None:
            out.failures.append(f"{result.document.name}: {result.error}")
        else:
            records = [r for r in result.records or [] if r.get("kind") in kinds]
            out.views.append(DocumentView(result.document.name, result.document.date,
                                          result.document.text, records))
    return out
