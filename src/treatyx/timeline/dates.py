"""TimeML date values as calendar intervals: which days a value covers and how precise it is.

A value is read as ``(lo, hi, grain)``: the first and last day it covers (proleptic Gregorian
ordinals) and its grain (GRAIN_TIME finest ... GRAIN_YEAR coarsest). Values with unknown parts
(``XXXX-08-02``), references (``PAST_REF``), durations and sets give None: for merging they
are undated. Decades and centuries are kept (GRAIN_WIDE) but never join finer events.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

GRAIN_TIME, GRAIN_DAY, GRAIN_WEEK, GRAIN_MONTH, GRAIN_PART, GRAIN_YEAR, GRAIN_WIDE = range(7)

VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d)(?P<t>T.*)?)?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|W(?P<w>\d\d?)(?:-(?P<wd>[1-7])|(?P<we>-WE))?|(?P<s>SP|SU|FA|WI)))?$"
)
WIDE = re.compile(r"^(?P<decade>\d{3})X$|^(?P<century>\d\d)$")
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # 14 = next Feb


class Interval(NamedTuple):
    lo: int
    hi: int
    grain: int


def _month_span(year: int, first: int, last: int) -> tuple[int, int]:
    """Days of months first..last of ``year`` (a month past 12 belongs to the next year)."""
    lo = dt.date(year, first, 1)
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    hi = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return lo.toordinal(), hi.toordinal()


def _week(year: int, week: int, weekday: str | None, weekend: bool) -> Interval:
    if weekday:
        day = dt.date.fromisocalendar(year, week, int(weekday)).toordinal()
        return Interval(day, day, GRAIN_DAY)
    first = dt.date.fromisocalendar(year, week, 6 if weekend else 1).toordinal()
    return Interval(first, first + (1 if weekend else 6), GRAIN_WEEK)


def interval(value: str | None) -> Interval | None:
    """The days a TimeML value covers, or None when it names no place on the calendar."""
    if not value:
        return None
    match = VALUE.match(value)
    try:
        if match is None:
            return _wide(value)
        year = int(match["y"])
        if match["d"]:
            day = dt.date(year, int(match["m"]), int(match["d"])).toordinal()
            return Interval(day, day, GRAIN_TIME if match["t"] else GRAIN_DAY)
        if match["m"]:
            month = int(match["m"])
            return Interval(*_month_span(year, month, month), GRAIN_MONTH)
        if match["w"]:
            return _week(year, int(match["w"]), match["wd"], bool(match["we"]))
        if match["q"]:
            quarter = int(match["q"])
            return Interval(*_month_span(year, 3 * quarter - 2, 3 * quarter), GRAIN_PART)
        if match["h"]:
            half = int(match["h"])
            return Interval(*_month_span(year, 6 * half - 5, 6 * half), GRAIN_PART)
        if match["s"]:
            return Interval(*_month_span(year, *SEASON_MONTHS[match["s"]]), GRAIN_PART)
        return Interval(*_month_span(year, 1, 12), GRAIN_YEAR)
    except ValueError:  # no such day or week (2023-02-30, 2021-W53)
        return None


def _wide(value: str) -> Interval | None:
    match = WIDE.match(value)
    if match is None:
        return None
    if match["decade"]:
        first = int(match["decade"]) * 10
        return Interval(*_span_years(first, first + 9), GRAIN_WIDE)
    first = int(match["century"]) * 100
    return Interval(*_span_years(max(first, 1), first + 99), GRAIN_WIDE)


def _span_years(first: int, last: int) -> tuple[int, int]:
    return dt.date(first, 1, 1).toordinal(), dt.date(last, 12, 31).toordinal()


def iso_day(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def day_of(iso: str | None) -> int | None:
    """The ordinal of a YYYY-MM-DD document date (longer ISO text is cut to the day)."""
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(str(iso)[:10]).toordinal()
    except ValueError:
        return None


def year_of(ordinal: int) -> int:
    return dt.date.fromordinal(ordinal).year
