"""Merging event mentions: the same event told again (the headline, the lead, "the
withdrawal" later) becomes one record with every retelling in its ``mentions``.

Kept apart from the finding of events because the rules for what counts as a
retelling, and which retelling's date and actors the record keeps, are a subject of their own.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ...records import mention
from .dating import DAY, is_vague

if TYPE_CHECKING:
    from .extractor import EventMention

REPORTED_DAYS = 2  # days after an event within which the day it was reported may fall
NEXT_SENTENCE = 2  # sentence indices to the next sentence (a blank line between counts one)
AGENTS_TOLD_BEFORE = 6  # sentence indices back in which "the withdrawal" finds its agents
ISO_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")  # a week, or its weekend


def merge(events: list[EventMention], undoing: AbstractSet[str] = frozenset()
          ) -> list[EventMention]:
    """One record per event: later retellings join the first compatible one. An event an
    entry of ``undoing`` (lexicon undoing-rules: sanctions lifted) tells by a verb never
    joins one of its type that another entry told by a verb, nor the reverse."""
    merged: list[EventMention] = []
    for event in events:
        event.mentions.append({**mention(event.span), "sentence": event.sentence})
        candidates = merged if not event.definite else sorted(merged, key=lambda m: m.headline)
        target = next((m for m in candidates if _same_event(m, event)
                       and not _undoes(m, event, undoing)), None)
        if target is None:
            if not event.retelling:
                _take_agents_told_before(event, merged)
                merged.append(event)
            elif (event.earlier or event.counted) and event.date is not None:
                # "India tested the Agni-II on Monday. Its previous test was carried out on
                # June 2, 2009", "the second test in 2014": an event of the series told before
                # (see requirements.refers_back), with a date of its own
                merged.append(event)
            continue
        target.mentions.extend(event.mentions)
        if event.relative is not None and target.relative is None and _date_rank(target) <= 2:
            # a headline's "cruise missile test", then "Two days after North Korea tested ...":
            # a day counted from another event (dated once merged) outranks the headline's guess
            target.relative, target.relative_anchor = event.relative, event.relative_anchor
            target.date, target.date_weak = None, False
        if _date_rank(event) > _date_rank(target) or (
                (target.headline or _date_rank(event) == _date_rank(target))
                and target.date and event.date and _date_rank(event) > 1
                and _within(event.date["value"], target.date["value"])):
            # "suspends ... for now" or a dateline's day, then "the test took place on"
            target.date, target.date_weak = event.date, event.date_weak
        if not event.retelling and (actor_ids(event, "agent") or target.sentence == event.sentence):
            # a retelling without an agent adds no actors: its "target" is often only
            # another actor of its sentence ("a day before the Trump-Xi summit")
            target.actors = dedupe(target.actors + event.actors)
        target.systems = list(dict.fromkeys(target.systems + event.systems))
        target.treaty = target.treaty or event.treaty
        target.source = target.source or event.source
    return merged


def _undoes(first: EventMention, later: EventMention, undoing: AbstractSet[str]) -> bool:
    """Does one of two events told by verbs undo the other ("placed sanctions ... agreed to
    waive them")? A noun may name what the verb undoes ("the lifting of the sanctions on")."""
    return (first.trigger.rule in undoing) != (later.trigger.rule in undoing) \
        and first.trigger.tense != "noun" and later.trigger.tense != "noun"


def _take_agents_told_before(event: EventMention, merged: list[EventMention]) -> None:
    """"The withdrawal will become effective a year after ...": a definite event noun of a
    treaty with no actor of its own, another status than the event told before, is that
    event's next step; it takes the agents of the last event of its type and treaty, a few
    sentences back."""
    if not (event.definite and event.treaty) or event.actors:
        return
    before = next((m for m in reversed(merged) if m.trigger.type == event.trigger.type
                   and m.treaty == event.treaty and actor_ids(m, "agent")), None)
    if before is not None and event.sentence - before.sentence <= AGENTS_TOLD_BEFORE:
        event.actors = [a for a in before.actors if a["role"] == "agent"]


def dedupe(actors: list[dict]) -> list[dict]:
    """The actors with the first of each id kept, in order."""
    seen: dict[str, dict] = {}
    for actor in actors:
        seen.setdefault(actor["id"], actor)
    return list(seen.values())


def actor_ids(event: EventMention, role: str) -> set[str]:
    """The ids of the event's actors in ``role`` ("agent" or "target")."""
    return {a["id"] for a in event.actors if a["role"] == role}


def _compatible(a: set[str], b: set[str]) -> bool:
    return not (a and b) or bool(a & b)


def _same_event(first: EventMention, later: EventMention) -> bool:
    """Is ``later`` a retelling of ``first``? Same type, status and treaty (a headline may
    leave it unsaid), no conflicting date, systems, agents or targets; across sentences the
    agents must match, or the retelling must name no actor at all ("the withdrawal"). A mere
    retelling ("the test took place on ...") joins on type, status, date and systems alone."""
    if (first.trigger.type, first.status) != (later.trigger.type, later.status):
        return False
    if later.earlier and not first.earlier:
        return False  # "the previous test of a banned missile happened in August": not the news
    if later.counted and later.date and not first.date:
        return False  # "has launched a rocket ... The second launch, on Friday a week before":
        # one of the series with a day of its own, not the undated news
    if (later.relative is not None
            and any(told["sentence"] == later.sentence for told in first.mentions)) or (
            first.relative is not None and later.retelling):
        return False  # "fired a missile on Friday, days after it fired two cruise missiles",
        # or "The test came a week after a launch of ...": what the phrase counts from is
        # told in its sentence; "the launch" later retells the news, not the event told as
        # days before it
    if later.relative is not None and later.relative.unit and later.relative.amount \
            and first.date is not None and later.sentence != first.sentence:
        return False  # "Kyiv shot down six missiles overnight. ... eight days after it first
        # intercepted a Kinzhal": a date counted from another event (by a duration, not
        # "shortly before"), told in a sentence of its own, is another day than the first's
    if first.treaty != later.treaty and not (first.sentence == 0 and not first.treaty) and not (
            later.treaty is None and (later.retelling or (
                actor_ids(later, "agent")
                and actor_ids(first, "agent") == actor_ids(later, "agent")))):
        # only a headline may leave the treaty unsaid ("Iran and E3 hold talks"), or a
        # retelling: one by the same agents ("Officials in Moscow called the accusation
        # baseless"), or a mere one ("The test occurred on Sunday")
        return False
    if (first.unnamed_by_date or later.unnamed_by_date) and not (
            first.date and later.date and _same_time(first.date["value"], later.date["value"])):
        return False  # "agreed on Oct. 5 to rewrite a 2001 accord": two signings
    if (first.one_of_dates or later.one_of_dates) and first.date and later.date \
            and not _same_time(first.date["value"], later.date["value"]):
        return False  # "its tests of 2006, 2009, 2013 and 2016": none is the test of the news
    if first.date and later.date and not _same_time(first.date["value"], later.date["value"]) \
            and not (later.definite and first.date_weak) and not _reported_later(first, later) \
            and not ((first.headline or later.definite)
                     and _within(later.date["value"], first.date["value"])) \
            and not _noun_dated_by_saying(first, later):
        return False  # (a dateline or saying date gives way to "the test took place on ...";
        # a headline's month holds the lead's day)
    if first.trigger.about_weapons and first.systems and later.systems \
            and not set(first.systems) & set(later.systems):
        return False  # the Burevestnik test, then "also tested the Poseidon"
    if later.retelling:
        return True  # "South Korea condemned the launch": its actors are not the launch's
    agents, later_agents = actor_ids(first, "agent"), actor_ids(later, "agent")
    if not _compatible(actor_ids(first, "target"), actor_ids(later, "target")):
        return False
    if first.sentence == later.sentence or not later_agents:
        return _compatible(agents, later_agents)  # no agent: the targets decided above
    if first.headline and not agents:
        return True  # a headline leaves the agent unsaid ("ICBM test-launched from ...")
    if first.trigger.about_weapons and not first.headline and not (
            later.definite or _same_weapon_event(first, later) or _names_its_weapon(first, later)
            or _noun_dated_by_saying(first, later)):
        return False  # "It had earlier test-fired a new anti-ship missile": another test (the
        # lead retells the headline's: "Pyongyang fires new rocket", then the launch)
    if not later.actors:
        # "the withdrawal" of a treaty; "the missile was fired from ..." of the same weapon
        return bool(first.treaty) or (first.trigger.about_weapons and _compatible(
            set(first.systems), set(later.systems)))
    if not agents and first.trigger.about_weapons:
        return True  # "the launch of the THAAD interceptor", then who launched it (the same
        # weapon event: checked above)
    return bool(agents & later_agents)


def _same_weapon_event(first: EventMention, later: EventMention) -> bool:
    """Two tests, launches or deployments told in different sentences, neither "the test":
    one event only when they name the same day, or the same systems at no other date."""
    if first.date and later.date and not is_vague(first.date["value"]) \
            and not is_vague(later.date["value"]):
        return _same_time(first.date["value"], later.date["value"]) or (
            _reported_later(first, later) and _compatible(set(first.systems),
                                                          set(later.systems)))
    return bool(first.systems) and set(first.systems) == set(later.systems)


def _names_its_weapon(first: EventMention, later: EventMention) -> bool:
    """"India has test-fired its newest submarine-launched missile, ... said on Friday.
    Fired in the Bay of Bengal, the K-4 ...": an undated weapon event right after a
    dated one that named no system names that event's weapon, unless its sentence says it is
    another (lexicon other-event-cues)."""
    return (0 < later.sentence - first.sentence <= NEXT_SENTENCE and first.date is not None
            and later.date is None and not first.systems and bool(later.systems)
            and not later.another)


def _noun_dated_by_saying(first: EventMention, later: EventMention) -> bool:
    """Is ``first`` an event noun dated only by the day it was spoken of ("Turkey's missile
    test scares Athens, Erdogan said on Sunday"), and ``later`` the same agents' event with a
    date of its own before that day ("In October, Turkey test-fired the Tayfun")? The noun
    names that event, not one of the day."""
    if not (first.date and first.date_weak and first.trigger.tense == "noun" and later.date
            and not later.date_weak and actor_ids(first, "agent") & actor_ids(later, "agent")):
        return False
    said, happened = str(first.date["value"]), str(later.date["value"])
    return happened[:len(said)] < said[:len(happened)]


def _reported_later(first: EventMention, later: EventMention) -> bool:
    """Is one date only the day the event was reported (a weak guess: "said on Friday it
    has tested ...", or the date of a later "the launch": "confirmed the launch ... on
    Friday") and at most REPORTED_DAYS after the other's own date ("fired ... on
    Thursday")? Then the two may be one event."""
    weak, own = (first, later) if first.date_weak else (later, first)
    if not (weak.date_weak or (weak is later and later.definite)) or own.date_weak:
        return False  # ("the launch" retold later may carry the day it was confirmed)
    try:
        said = date.fromisoformat(str(weak.date["value"])[:10])
        happened = date.fromisoformat(str(own.date["value"])[:10])
    except ValueError:
        return False  # a month, a year, a week: no day to compare
    return timedelta(0) <= said - happened <= timedelta(days=REPORTED_DAYS)


def _within(value: str, period: str) -> bool:
    """Is the date ``value`` a finer date inside ``period`` ("2024-05-22" in "2024-05", a
    day in its ISO week or weekend: "2006-07-09" in "2006-W27-WE")?"""
    value, period = str(value), str(period)
    week = ISO_WEEK.fullmatch(period)
    if week is not None and DAY.match(value):
        year, number, day = date.fromisoformat(value).isocalendar()
        return (year, number) == (int(week[1]), int(week[2])) and (not week[3] or day >= 6)
    return len(value) > len(period) and len(period) in (4, 7) and value.startswith(period + "-")


def _same_time(value: str, other: str) -> bool:
    """Equal, a day and a time on that day ("2023-07-12", "2023-07-12T10:00"), or a vague
    "now" / "recently" (PRESENT_REF, PAST_REF) beside any date."""
    return (value == other or value.startswith(other + "T") or other.startswith(value + "T")
            or is_vague(value) or is_vague(other))


def _date_rank(event: EventMention) -> int:
    """How much an event's date is worth: none, vague ("now"), a guess from its sentence (a
    dateline, the day it was said), a date of its own clause."""
    if not event.date:
        return 0
    if is_vague(event.date.get("value")):
        return 1
    return 2 if event.date_weak else 3

