"""Say so on one line when the browser tests could not run."""

BROWSER_SKIPPED = ""


def pytest_terminal_summary(terminalreporter):
    if BROWSER_SKIPPED:
        terminalreporter.write_line(BROWSER_SKIPPED)
