"""TimeML date values in words, for people: ``2019-08-02`` -> "Fri 2 Aug 2019".

Only the display changes: records keep their TimeML ``value`` (jsonl, csv, json, yaml).
A value this module does not know is shown as it is, never guessed at.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night",
                "DT": "daytime"}
REFERENCES = {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}
MODS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about",
        "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "by", "ON_OR_AFTER": "from",
        "LESS_THAN": "less than", "MORE_THAN": "more than", "EQUAL_OR_LESS": "at most",
        "EQUAL_OR_MORE": "at least"}

YEAR = r"(?P<y>\d{4}|XXXX)"
SHAPES = re.compile(
    rf"^{YEAR}(?:-(?:"
    r"(?P<m>\d\d|XX)(?:-(?P<d>\d\d|XX))?"
    r"|W(?P<w>\d\d|XX)(?:-(?P<wd>[1-7]|WE))?"
    r"|Q(?P<q>[1-4X])|H(?P<h>[12X])|(?P<s>SP|SU|FA|WI)"
    r"))?(?:T(?P<t>\d\d:\d\d(?::\d\d)?|MO|AF|EV|NI|DT))?$"
)
DECADE = re.compile(r"^(?P<dec>\d{3})X$")
CENTURY = re.compile(r"^(?P<c>\d\d)$")


def in_words(value: str | None, mod: str | None = None) -> str:
    """The date a TimeML ``value`` (with its ``mod``) names, in words; "" for no value."""
    if not value:
        return ""
    words = _words(value)
    if words is None:
        return value
    qualifier = MODS.get(mod or "")
    return f"{qualifier} {words}" if qualifier else words


def _words(value: str) -> str | None:
    if value in REFERENCES:
        return REFERENCES[value]
    if m := DECADE.match(value):
        return f"the {m['dec']}0s"
    if m := CENTURY.match(value):
        return f"the {_ordinal(int(m['c']) + 1)} century"
    m = SHAPES.match(value)
    if m is None:
        return None
    year = None if m["y"] == "XXXX" else int(m["y"])
    if m["w"] is not None:
        text = _week(year, m["w"], m["wd"])
    elif m["q"] is not None:
        text = _of_year(f"Q{m['q']}" if m["q"] != "X" else "a quarter", year)
    elif m["h"] is not None:
        half = {"1": "first half", "2": "second half"}.get(m["h"], "half")
        text = _of_year(f"{half} of", year, joiner=" ")
    elif m["s"] is not None:
        text = _of_year(SEASONS[m["s"]], year)
    else:
        text = _calendar(year, m["m"], m["d"])
    if text is None:
        return None
    if m["t"]:
        part = PARTS_OF_DAY.get(m["t"], m["t"])
        text = f"{text}, {part}"
    return text


def _calendar(year: int | None, month: str | None, day: str | None) -> str | None:
    """YYYY, YYYY-MM, YYYY-MM-DD and their X forms."""
    if month is None or month == "XX":
        if day not in (None, "XX"):
            return None
        return str(year) if year is not None else "a year unknown"
    number = int(month)
    if not 1 <= number <= 12:
        return None
    name = MONTHS[number - 1]
    if day is None or day == "XX":
        return f"{name} {year}" if year is not None else f"{name}, year unknown"
    if year is None:
        return f"{int(day)} {name}, year unknown"
    try:
        date = dt.date(year, number, int(day))
    except ValueError:
        return None
    return f"{WEEKDAYS[date.weekday()]} {date.day} {name} {year}"


def _week(year: int | None, week: str, weekday: str | None) -> str | None:
    """YYYY-Www, YYYY-Www-D, YYYY-Www-WE and XXXX-WXX-D."""
    if week == "XX" or year is None:
        if weekday == "WE":
            return "a weekend, date unknown"
        if weekday:
            return f"a {WEEKDAY_NAMES[int(weekday) - 1]}, year unknown" if year is None \
                else f"a {WEEKDAY_NAMES[int(weekday) - 1]} in {year}"
        return "a week, date unknown"
    try:
        monday = dt.date.fromisocalendar(year, int(week), 1)
    except ValueError:
        return None
    if weekday == "WE":
        saturday = monday + dt.timedelta(days=5)
        return f"weekend of {saturday.day} {MONTHS[saturday.month - 1]} {saturday.year}"
    if weekday:
        day = monday + dt.timedelta(days=int(weekday) - 1)
        return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"week of {monday.day} {MONTHS[monday.month - 1]} {monday.year}"


def _of_year(what: str, year: int | None, joiner: str = " ") -> str:
    return f"{what}{joiner}{year}" if year is not None else f"{what}, year unknown"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def sort_key(value: str | None) -> tuple[int, str]:
    """Events in time order: calendar values by their text (ISO sorts), unknown years last."""
    if not value or not value[:4].isdigit():
        return (1, value or "")
    return (0, value)


def period(value: str | None, mod: str | None = None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a calendar TimeML value covers (``2019-08`` -> 1 to 31 Aug
    2019), its first, middle or last third with ``mod`` START, MID or END ("early 2021");
    None for values with unknown parts, references and durations."""
    whole = _period(value)
    if whole is None or mod not in THIRDS:
        return whole
    first, last = whole
    third = dt.timedelta(days=((last - first).days + 1) // 3)
    if not third:
        return whole
    if mod == "START":
        return first, first + third - dt.timedelta(days=1)
    if mod == "END":
        return last - third + dt.timedelta(days=1), last
    return first + third, last - third


THIRDS = ("START", "MID", "END")


def _period(value: str | None) -> tuple[dt.date, dt.date] | None:
    if not value:
        return None
    if m := DECADE.match(value):
        first = int(m["dec"]) * 10
        return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
    m = SHAPES.match(value)
    if m is None or m["y"] == "XXXX":
        return None
    year = int(m["y"])
    try:
        if m["w"] is not None:
            if m["w"] == "XX":
                return None
            monday = dt.date.fromisocalendar(year, int(m["w"]), 1)
            if m["wd"] == "WE":
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            if m["wd"]:
                day = monday + dt.timedelta(days=int(m["wd"]) - 1)
                return day, day
            return monday, monday + dt.timedelta(days=6)
        if m["q"] is not None:
            return None if m["q"] == "X" else _months(year, 3 * int(m["q"]) - 2, 3)
        if m["h"] is not None:
            return None if m["h"] == "X" else _months(year, 6 * int(m["h"]) - 5, 6)
        if m["s"] is not None:
            start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m["s"]]
            return _months(year, start, 3)
        if m["m"] in (None, "XX"):
            return (dt.date(year, 1, 1), dt.date(year, 12, 31)) if m["m"] is None else None
        if m["d"] in (None, "XX"):
            return _months(year, int(m["m"]), 1) if m["d"] is None else None
        day = dt.date(year, int(m["m"]), int(m["d"]))
        return day, day
    except ValueError:
        return None


def _months(year: int, first: int, count: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, first, 1)
    end_month = first + count  # the month after the period
    end = dt.date(year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
    return start, end - dt.timedelta(days=1)
