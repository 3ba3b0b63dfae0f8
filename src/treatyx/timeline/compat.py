"""Whether a report may join an event: nothing it says contradicts what the event's sources say.

Type and status must be equal, or be two forms of one act (SAME_ACT) when both name the same
treaty or system; a treaty contradicts another treaty; a list of systems, of actors or of agents
contradicts another only when both are given and share no id (an empty field says nothing, and
an overlap is the same event told in more or less detail); actors do not count between reports
that name the same system.
"""

from __future__ import annotations

from collections.abc import Collection
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .cluster import Cluster

Form = tuple[str, str]  # (type, status) of an event record

# Forms that independent sources give to one act, with why. The first of a pair is the reading
# the merged event takes when its sources give both. A report of one form joins an event of the
# other only when both name the same treaty or system (a shared actor is not enough) and their
# dates, treaty, systems and actors are compatible as for one form. Kept here, not in rules/:
# the timeline reads records only (no rule set is loaded to merge a million of them), and the
# table is about how sources word one act, not about the extraction's patterns.
SAME_ACT: dict[tuple[Form, Form], str] = {
    (("withdrawal", "asserted"), ("ratification", "negated")):
        "revoking a ratification is told as a withdrawal or as the ratification undone",
    (("suspension", "asserted"), ("suspension", "planned")):
        "a suspension announced the day it is made ('would halt participation')",
    (("withdrawal", "asserted"), ("withdrawal", "planned")):
        "a withdrawal announced the day it is made ('would withdraw')",
    (("missile_test", "asserted"), ("combat_use", "asserted")):
        "one firing of a named missile, called a test by some sources and a strike by others",
}


def _paired() -> dict[Form, frozenset[Form]]:
    pairs: dict[Form, set[Form]] = {}
    for one, two in SAME_ACT:
        pairs.setdefault(one, {one}).add(two)
        pairs.setdefault(two, {two}).add(one)
    return {form: frozenset(others) for form, others in pairs.items()}


def _acts() -> dict[Form, str]:
    """Each form of the table to the name of its act: the first-listed form of the forms it is
    connected to through pairs."""
    order = list(dict.fromkeys(form for pair in SAME_ACT for form in pair))
    act: dict[Form, str] = {}
    for form in order:
        if form in act:
            continue
        group, todo = {form}, [form]
        while todo:
            for other in PAIRED[todo.pop()] - group:
                group.add(other)
                todo.append(other)
        name = "/".join(min(group, key=order.index))
        act.update(dict.fromkeys(group, name))
    return act


PAIRED = _paired()  # a form to the forms it may merge with (itself included)
ACTS = _acts()
RANK = {form: i for i, form in enumerate(dict.fromkeys(f for pair in SAME_ACT for f in pair))}


def act_of(kind: str, status: str) -> str:
    """The key reports are grouped by before merging: their type, or the act of SAME_ACT
    their form belongs to (reports of different groups never merge)."""
    return ACTS.get((kind, status), kind)


def reading(forms: Collection[Form]) -> Form:
    """The form an event of these forms is given: the first listed in SAME_ACT."""
    return min(forms, key=lambda form: (RANK.get(form, len(RANK)), form))


def _forms_agree(a: Collection[Form], b: Collection[Form]) -> bool:
    """Every form of one is the same as, or paired in SAME_ACT with, every form of the other."""
    return all(x == y or y in PAIRED.get(x, ()) for x in a for y in b)


class Facts(Protocol):
    """What is compared: a Report (tuples of ids) or a Cluster (sets of ids)."""

    type: str
    status: str
    mixed: bool

    @property
    def forms(self) -> Collection[Form]: ...
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
    """The same type and status (or forms of one act naming the same treaty or system), and
    no contradiction on treaty, systems, actors or agents. Two reports naming the same missile
    system do not contradict on actors: a system has one owner, so different actors there are
    a misreading, kept as a conflict."""
    one_form = not (a.mixed or b.mixed) and a.type == b.type and a.status == b.status
    if not one_form and not (_forms_agree(a.forms, b.forms) and same_thing(a, b)):
        return False
    if _disjoint(a.treaties, b.treaties):
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
