"""The kinds of record treatyx writes, in their output order.

Kept apart from :mod:`treatyx.extensions` (which imports spaCy to declare its extensions) so
that the command line and the writers can name the kinds without importing spaCy: ``treatyx
extract`` then imports it while garbage collection is off (see :func:`treatyx.cli.extract`).
"""

KINDS = ("actor", "treaty", "system", "range", "date", "event")
