"""treatyx: dated, source-grounded facts from arms-control news."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("treatyx")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

from .api import extract, extract_texts, load, process

__all__ = ["__version__", "extract", "extract_texts", "load", "process"]
