"""The run summary on a terminal is wrapped at whole words; in a log it stays one line."""

from __future__ import annotations

import io

from treatyx.io.progress import fit_terminal

LINE = ("treatyx: 1 document, 37 records (12 actor, 3 treaty, 4 system, 9 date, 2 range, "
        "7 event), 2.10 s (1.90 s start-up, 5 documents/s)")


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_summary_wraps_whole_words_at_the_terminal_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    lines = fit_terminal(LINE, FakeTerminal()).splitlines()
    assert len(lines) == 2 and all(len(line) <= 80 for line in lines)
    assert " ".join(line.strip() for line in lines).split() == LINE.split()


def test_progress_summary_stays_one_line_when_not_a_terminal():
    assert fit_terminal(LINE, io.StringIO()) == LINE
