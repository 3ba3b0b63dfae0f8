"""Sorting more reports than fit in memory: sorted runs spilled to temporary files, merged."""

from __future__ import annotations

import heapq
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO

from .reports import Report

RUN_SIZE = 100_000  # reports held in memory before a sorted run goes to disk
CHUNK = 2_000  # reports pickled together (one pickle per report is slow)


def _spill(run: list[Report]) -> IO[bytes]:
    handle = tempfile.TemporaryFile()  # noqa: SIM115 - closed by sorted_reports
    for i in range(0, len(run), CHUNK):
        pickle.dump(run[i:i + CHUNK], handle, protocol=pickle.HIGHEST_PROTOCOL)
    handle.seek(0)
    return handle


def _replay(handle: IO[bytes]) -> Iterator[Report]:
    while True:
        try:
            chunk = pickle.load(handle)  # our own temporary file
        except EOFError:
            return
        yield from chunk


def sorted_reports(reports: Iterable[Report], run_size: int = RUN_SIZE) -> Iterator[Report]:
    """``reports`` in their natural (canonical) order, holding at most ``run_size`` at once
    plus one chunk per spilled run."""
    runs: list[IO[bytes]] = []
    buffer: list[Report] = []
    try:
        for report in reports:
            buffer.append(report)
            if len(buffer) >= run_size:
                buffer.sort()
                runs.append(_spill(buffer))
                buffer = []
        buffer.sort()
        if not runs:
            yield from buffer
            return
        yield from heapq.merge(*(_replay(run) for run in runs), buffer)
    finally:
        for run in runs:
            run.close()
