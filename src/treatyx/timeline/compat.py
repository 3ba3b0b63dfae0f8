"""Whether a report may join an event: nothing it says contradicts what the event's sources say.

Type and status must be equal; a treaty contradicts another treaty; a list of systems, of actors
or of agents contradicts another only when both are given and share no id (an empty field says
nothing, and an overlap is the same event told in more or less detail); actors do not count
between reports that name the same system.
"""

from __future__ import annotations

from collections.abc import Collection
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .cluster import Cluster


class Facts(Protocol):
    """What is compared: a Report (tuples of ids) or a Cluster (sets of ids)."""

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


def _disjoint(a: Collection[str], b: AbstractSet[str]) -> bool:
    return bool(a) and bool(b) and b.isdisjoint(a)


def compatible(a: Facts, b: Cluster) -> bool:
    """Same type and status, and no contradiction on treaty, systems, actors or agents. Two
    reports naming the same missile system do not contradict on actors: a system has one
    owner, so different actors there are a misreading, kept as a conflict."""
    if a.type != b.type or a.status != b.status or _disjoint(a.treaties, b.treaties):
        return False
    if a.system_set and b.system_set:  # the same system: the same event whoever is named
        return not b.system_set.isdisjoint(a.system_set)
    return not _disjoint(a.actor_set, b.actor_set) and not _disjoint(a.agent_set, b.agent_set)


def agreement(a: Facts, b: Cluster) -> int:
    """How many ids (treaty, systems, actors) both name: the better of two candidates."""
    return (len(b.treaties.intersection(a.treaties)) + len(b.system_set.intersection(a.system_set))
            + len(b.actor_set.intersection(a.actor_set)))


def same_thing(a: Facts, b: Cluster) -> bool:
    """Whether both name the same treaty or system: what lets reports a day apart be one event
    (who acted is not enough: North Korea may launch on two days running)."""
    return not (b.treaties.isdisjoint(a.treaties) and b.system_set.isdisjoint(a.system_set))
