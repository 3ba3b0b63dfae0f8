"""Whether a report may join an event: nothing it says contradicts what the event's sources say.

Type and status must be equal; a treaty contradicts another treaty; a list of systems, of actors
or of agents contradicts another only when both are given and share no id (an empty field says
nothing, and an overlap is the same event told in more or less detail); actors do not count
between reports that name the same system.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol


class Facts(Protocol):
    """What is compared: a Report or a Cluster."""

    type: str
    status: str

    @property
    def treaties(self) -> Collection[str]: ...
    @property
    def system_set(self) -> Collection[str]: ...
    @property
    def actor_set(self) -> Collection[str]: ...
    @property
    def agent_set(self) -> Collection[str]: ...


def _disjoint(a: Collection[str], b: Collection[str]) -> bool:
    return bool(a) and bool(b) and not any(item in b for item in a)


def compatible(a: Facts, b: Facts) -> bool:
    """Same type and status, and no contradiction on treaty, systems, actors or agents. Two
    reports naming the same missile system do not contradict on actors: a system has one
    owner, so different actors there are a misreading, kept as a conflict."""
    if a.type != b.type or a.status != b.status or _disjoint(a.treaties, b.treaties):
        return False
    if _disjoint(a.system_set, b.system_set):
        return False
    if any(system in b.system_set for system in a.system_set):
        return True
    return not _disjoint(a.actor_set, b.actor_set) and not _disjoint(a.agent_set, b.agent_set)


def agreement(a: Facts, b: Facts) -> int:
    """How many ids (treaty, systems, actors) both name: the better of two candidates."""
    return sum(1 for group_a, group_b in ((a.treaties, b.treaties), (a.system_set, b.system_set),
                                          (a.actor_set, b.actor_set))
               for item in group_a if item in group_b)


def same_thing(a: Facts, b: Facts) -> bool:
    """Whether both name the same treaty or system: what lets reports a day apart be one event
    (who acted is not enough: North Korea may launch on two days running)."""
    return (any(t in b.treaties for t in a.treaties)
            or any(s in b.system_set for s in a.system_set))
