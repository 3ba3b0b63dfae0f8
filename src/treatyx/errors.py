"""Exceptions that the CLI turns into one clear line (and an exit code) instead of a traceback."""

from __future__ import annotations


class TreatyxError(Exception):
    """Base class for errors that are the user's to fix, not bugs."""


class RuleError(TreatyxError):
    """A problem in a rule file, located by file and line."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


class RuleErrors(TreatyxError):
    """Several rule problems found in one pass, reported together."""

    def __init__(self, errors: list[RuleError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class InputError(TreatyxError):
    """An input document or corpus line that cannot be read."""

    def __init__(self, source: str, message: str):
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")
