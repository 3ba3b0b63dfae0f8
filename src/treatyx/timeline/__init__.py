"""``treatyx timeline``: the event records of many documents merged into real-world events.

Modules, one job each: ``reading`` (JSON lines in), ``dates`` (TimeML values as intervals),
``reports`` (a record reduced to what merging compares), ``compat`` (may two reports be one
event), ``cluster`` and ``clustering`` (the merge rule), ``spill`` and ``build`` (sorted year by
year in bounded memory), ``event`` (the merged record and its conflicts), ``writing`` (output).
"""

from .build import build_timeline
from .reports import BadRecord

__all__ = ["BadRecord", "build_timeline"]
