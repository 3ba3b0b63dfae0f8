"""The one result type: what became of one input document, whichever runner processed it
(:func:`treatyx.api.process` in this process, :class:`treatyx.batch.Batch` on worker
processes, :mod:`treatyx.distributed` on a cluster)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .io.readers import Document


@dataclass(slots=True)
class Result:
    """One input's records, or why it has none.

    ``name`` is the document name (or the input that could not be read); ``records`` (the
    document's records, or what a batch ``transform`` made of them) is None exactly when
    ``error`` says what went wrong. ``document`` is the input Document, or None for an
    unreadable input.
    """

    name: str
    records: Any = None
    error: str | None = None
    document: Document | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    @classmethod
    def of(cls, document: Document, records: Any = None, error: str | None = None) -> Result:
        """The result of a document that was read."""
        return cls(document.name, records, error, document)
