"""treatyx: dated, source-grounded facts from arms-control news.

``load``, ``extract``, ``extract_texts``, ``extract_to`` and ``process`` are imported on first
use, so that importing a submodule (or ``treatyx.__version__``) does not build the whole
pipeline stack.
"""

from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("treatyx")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__", "extract", "extract_texts", "extract_to", "load", "process"]


def __getattr__(name: str) -> Any:
    if name in ("extract", "extract_texts", "extract_to", "load", "process"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'treatyx' has no attribute {name!r}")
