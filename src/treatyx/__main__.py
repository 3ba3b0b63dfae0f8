"""``python -m treatyx``: the same as the ``treatyx`` command."""

from .cli import run

run()
