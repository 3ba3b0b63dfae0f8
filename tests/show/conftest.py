"""The samples' review page, built once for the page and browser tests; and one line saying
so when the browser tests could not run."""

from __future__ import annotations

from pathlib import Path

import pytest

import treatyx
from treatyx.show import collect
from treatyx.show.page import render_page

ROOT = Path(__file__).resolve().parents[2]
BROWSER_SKIPPED = ""


@pytest.fixture(scope="session")
def samples_page(nlp):
    """(document views, html) of `treatyx show samples/ --date 2019-08-02`."""
    found = collect([str(ROOT / "samples")], lambda: nlp, kinds=treatyx.extensions.KINDS,
                    date="2019-08-02")
    assert not found.failures, found.failures
    return found.views, render_page(found.views)


def pytest_terminal_summary(terminalreporter):
    if BROWSER_SKIPPED:
        terminalreporter.write_line(BROWSER_SKIPPED)
