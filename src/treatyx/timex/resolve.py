"""Pin underspecified TimeML values to the calendar.

Patterns give values such as ``UNDEF-this-year-MINUS-1``; this module turns them into
``2018`` using the document creation time (DCT), the tense of the governing verb and the
*narrative reference* (the most recent date mentioned before the expression). Grammar::

    UNDEF-<anchor>-<unit>[-PLUS-<n>|-MINUS-<n>][<suffix>]
        anchor  this     the DCT                     ("last year" = UNDEF-this-year-MINUS-1)
                REF      the narrative reference     ("the following day" = UNDEF-REF-day-PLUS-1)
                REFNEAR  the latest reference within a week of the DCT, else the DCT (the day
                         of "at 10 a.m.": the launch day, not a date recalled in passing)
                REFUNIT  the reference, shifted, keeping its granularity ("a year earlier"
                         after "the third quarter" = the third quarter of the year before)
                NEARUNIT like REFUNIT, but only when the reference lies in the DCT's year or
                         the one before, else the DCT at <unit> granularity ("a year ago")
        unit    year half quarter month week weekend day decade century
        suffix  appended to the result: "-Q3", "-SU", "TNI", "T17:00"

    UNDEF-<which>-<field>[=<value>][<suffix>]
        which   Y2019 (that year), tense (resolve by the tense of the clause: future =
                next occurrence; past, present or unknown = most recent occurrence, as
                news mostly tells what happened ("comes after the attacks of April 13"),
                but a month or day more than half a year back loses to one within two
                months ahead),
                past / future (as if the tense were known), last, next (excluding the DCT's
                own occurrence), this (the DCT's year or week), REF (the reference's year)
        field   month=08  date=08-02  date=04-25@6 (a Saturday: picks the year that fits)
                date=11-4#4 (fourth Thursday of November; #-1 = last)
                date=11-01>2 (first Tuesday after November 1)
                weekday=3 (1 = Monday)  season=SU  quarter=3  half=1  weekend

Without a DCT, DCT-anchored values keep X in the unknown places (``XXXX-08-02``, ``XXXX-WXX-3``,
``XXXX``); the system clock is never used.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

UNITS = "year|half|quarter|month|weekend|week|day|decade|century"
RELATIVE = re.compile(
    rf"^UNDEF-(this|REF|REFNEAR|REFUNIT|NEARUNIT)-({UNITS})(?:-(PLUS|MINUS)-(\d+|X))?(.*)$"
)
FIELD = re.compile(
    r"^UNDEF-(tense|past|future|last|next|this|REF|Y\d{4})-(?:"
    r"(month|date|weekday|season|quarter|half)"
    r"=(\d\d-(?:\d\d(?:@[1-7]|>[1-7])?|[1-7]#-?[1-5])|\d+|[A-Z]{2})"
    r"|(weekend)(?!-PLUS|-MINUS))(.*)$"
)
MONTH_DAY = re.compile(r"^(\d\d)-(?:(\d\d)(?:@([1-7])|>([1-7]))?|([1-7])#(-?[1-5]))$")
NEAR_DAYS = 7
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASONS = ("WI", "SP", "SU", "FA")  # by calendar order of their start within a Dec-Nov year
X_FORMS = {
    "year": "XXXX", "half": "XXXX-HX", "quarter": "XXXX-QX", "month": "XXXX-XX",
    "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "day": "XXXX-XX-XX", "decade": "XXXX",
    "century": "XX",
}
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
REF_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|Q(?P<q>[1-4])|H(?P<h>[12])|"
    r"W(?P<w>\d\d?)(?P<we>-WE)?|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)


@dataclass(frozen=True)
class Anchor:
    """A resolved date mention used as the narrative reference."""

    day: dt.date  # first day of the period
    unit: str  # year | half | quarter | month | week | weekend | day | season
    season: str | None = None

    @classmethod
    def parse(cls, value: str) -> Anchor | None:
        m = REF_VALUE.match(value)
        if not m:
            return None
        year = int(m["y"])
        try:
            if m["d"]:
                return cls(dt.date(year, int(m["m"]), int(m["d"])), "day")
            if m["m"]:
                return cls(dt.date(year, int(m["m"]), 1), "month")
            if m["q"]:
                return cls(dt.date(year, 3 * int(m["q"]) - 2, 1), "quarter")
            if m["h"]:
                return cls(dt.date(year, 6 * int(m["h"]) - 5, 1), "half")
            if m["w"]:
                monday = dt.date.fromisocalendar(year, int(m["w"]), 1)
                return cls(monday, "weekend" if m["we"] else "week")
            if m["s"]:
                start = SEASON_START[m["s"]]
                return cls(dt.date(year, start, 1), "season", m["s"])
        except ValueError:
            return None
        return cls(dt.date(year, 1, 1), "year")


def well_formed(value: str) -> bool:
    """Whether a filled value template is final or an UNDEF form this module can resolve."""
    if not value.startswith("UNDEF-"):
        return "UNDEF" not in value
    if FIELD.match(value):
        return True
    m = RELATIVE.match(value)
    return bool(m) and m[4] != "X"


def parse_dct(value: str | None) -> dt.date | None:
    """The document date from ISO text ("2019-07-05", "2019-07-05T10:00:00"); None if unusable."""
    if not value:
        return None
    m = ISO_DAY.match(str(value).strip())
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    if n == 0:
        return day
    if unit in ("day",):
        return day + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12, "decade": 120,
              "century": 1200}[unit]
    return add_months(day, months * n)


def fmt(day: dt.date, unit: str, season: str | None = None) -> str:
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "day":
        return day.isoformat()
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if unit in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "decade":
        return f"{day.year // 10:03d}X"
    if unit == "century":
        return f"{day.year // 100:02d}"
    if unit == "season":
        return f"{day.year:04d}-{season}"
    raise ValueError(unit)


def _season_of(day: dt.date) -> tuple[int, str]:
    """(year, season) of a day; winter belongs to the year of its December."""
    if day.month in (12, 1, 2):
        return (day.year if day.month == 12 else day.year - 1), "WI"
    return day.year, ("SP" if day.month <= 5 else "SU" if day.month <= 8 else "FA")


def _season_index(year: int, season: str) -> int:
    order = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}
    return year * 4 + order[season]


def _choose(candidates: list[tuple[int, object]], which: str, tense: str | None,
            far: int | None = None, near: int = 0) -> object:
    """Pick among (distance from the DCT, value) options.

    ``last``/``next`` exclude the DCT's own occurrence; ``tense`` picks future (>= 0) for the
    future tense, else past (<= 0).
    With ``far``: a tense-picked option more than ``far`` away loses to one within ``near``
    ("payable Dec. 7" written in late October is this December, past tense or not; "Oct. 19"
    in a November article is not next year's)."""
    chosen = _pick(candidates, which, tense)
    if far is not None and which == "tense":
        distance = next(d for d, v in candidates if v == chosen)
        if abs(distance) > far:
            close = [c for c in candidates if abs(c[0]) <= near]
            if close:
                return min(close, key=lambda c: abs(c[0]))[1]
    return chosen


def _pick(candidates: list[tuple[int, object]], which: str, tense: str | None) -> object:
    if which == "last":
        pool = [c for c in candidates if c[0] < 0]
        return max(pool, key=lambda c: c[0])[1]
    if which == "next":
        pool = [c for c in candidates if c[0] > 0]
        return min(pool, key=lambda c: c[0])[1]
    if tense == "future":
        pool = [c for c in candidates if c[0] >= 0]
        return min(pool, key=lambda c: c[0])[1]
    pool = [c for c in candidates if c[0] <= 0]
    return max(pool, key=lambda c: c[0])[1]


class Resolver:
    """Resolves the values of one document, in text order, keeping the narrative reference."""

    def __init__(self, dct: str | dt.date | None):
        self.dct = dct if isinstance(dct, dt.date) else parse_dct(dct)
        self.refs: list[Anchor] = []  # resolved date mentions, most recent last
        self.counted_from: dt.date | None = None  # see resolve()
        self._compared = False  # the last value was a comparison ("a year earlier")

    @property
    def ref(self) -> Anchor | None:
        return self.refs[-1] if self.refs else None

    def ref_at(self, unit: str) -> Anchor | None:
        """The most recent reference at least as fine as ``unit`` ("the quarter" skips "1988")."""
        for anchor in reversed(self.refs):
            if not _coarser(anchor.unit, unit):
                return anchor
        return None

    def note(self, value: str, kind: str) -> None:
        """Remember a resolved DATE/TIME value as the narrative reference.

        Comparisons counted back from the reference ("a year earlier", "the year-ago quarter")
        do not move it: the story is still about the period mentioned before."""
        if kind in ("DATE", "TIME") and not self._compared:
            anchor = Anchor.parse(value)
            if anchor is not None:
                self.refs.append(anchor)
                del self.refs[:-20]
        self._compared = False

    def resolve(self, value: str, tense: str | None = None) -> tuple[str | None, bool]:
        """(resolved value, used the narrative reference). None when it cannot be resolved.
        After a value counted from a reference day ("two days earlier"), ``counted_from`` is
        that day."""
        self.counted_from = None
        if not value.startswith("UNDEF-"):
            return value, False
        m = FIELD.match(value)
        if m:
            try:
                return self._field(m[1], m[2] or m[4], m[3], m[5], tense)
            except (ValueError, OverflowError):
                return None, False
        m = RELATIVE.match(value)
        if m:
            try:
                return self._relative(m[1], m[2], m[3], m[4], m[5])
            except (ValueError, OverflowError):  # "3,000 years ago": before year 1
                return None, False
        return None, False

    # -- UNDEF-<anchor>-<unit>[-PLUS-n] ---------------------------------------------------
    def _relative(self, anchor: str, unit: str, op: str | None, n: str | None, suffix: str
                  ) -> tuple[str | None, bool]:
        if n == "X":  # "several years ago": no value at this grain
            return None, False
        amount = (int(n) if n else 0) * (-1 if op == "MINUS" else 1)
        dct, ref = self.dct, self.ref
        if anchor in ("REFUNIT", "NEARUNIT"):
            self._compared = True
            if ref is not None:
                near = dct is None or ref.day.year in (dct.year, dct.year - 1)
                if anchor == "REFUNIT" or (near and ref.unit not in ("year", unit)):
                    day = shift(ref.day, unit, amount)
                    return fmt(day, ref.unit, ref.season) + suffix, True
        if anchor == "REF":
            ref = self.ref_at(unit)
            if ref is not None:
                self.counted_from = ref.day
                return fmt(shift(ref.day, unit, amount), unit) + suffix, True
        if anchor == "REFNEAR":
            for ref in reversed(self.refs):
                if not _coarser(ref.unit, unit) and (
                        dct is None or abs((ref.day - dct).days) <= NEAR_DAYS):
                    self.counted_from = ref.day
                    return fmt(shift(ref.day, unit, amount), unit) + suffix, True
        if dct is None:
            return X_FORMS[unit] + suffix, False
        return fmt(shift(dct, unit, amount), unit) + suffix, False

    # -- UNDEF-<which>-<field>=<value> ------------------------------------------------------
    def _field(self, which: str, field: str, arg: str | None, suffix: str, tense: str | None
               ) -> tuple[str | None, bool]:
        dct = self.dct
        anchored = False
        if which.startswith("Y"):
            dct, which = dt.date(int(which[1:]), 7, 1), "this"
        if which in ("past", "future"):
            which, tense = "tense", which
        if which == "REF":
            if self.ref is not None:
                dct, anchored = self.ref.day, True
                which = "this"
            else:
                which = "tense"
        if dct is None:
            return _x_field(field, arg) + suffix, False
        if field == "month":
            month = int(arg)
            options = [((y - dct.year) * 12 + month - dct.month, y)
                       for y in (dct.year - 1, dct.year, dct.year + 1)]
            year = dct.year if which == "this" else _choose(options, which, tense, 6, 2)
            return f"{year:04d}-{month:02d}" + suffix, anchored
        if field == "date":
            weekday = arg.partition("@")[2]
            options = []
            for y in (dct.year - 1, dct.year, dct.year + 1):
                day = calendar_day(y, arg)
                if day is not None:
                    options.append(((day - dct).days, day))
            if weekday:  # "Saturday, April 25": the year in which April 25 is a Saturday
                fitting = [o for o in options if o[1].isoweekday() == int(weekday)]
                if len(fitting) == 1:
                    return fitting[0][1].isoformat() + suffix, anchored
            if not options:
                return None, False
            if which == "this":
                day = next((d for _, d in options if d.year == dct.year), options[0][1])
            else:
                day = _choose(options, which, tense, 183, 62)
            return day.isoformat() + suffix, anchored
        if field == "weekday":
            weekday = int(arg)
            if which == "this":
                day = dct + dt.timedelta(days=weekday - dct.isoweekday())
            else:
                if tense != "future":
                    tense = "past"
                base = dct + dt.timedelta(days=weekday - dct.isoweekday())
                options = [((d - dct).days, d) for d in
                           (base - dt.timedelta(days=7), base, base + dt.timedelta(days=7))]
                day = _choose(options, which, tense)
            return day.isoformat() + suffix, anchored
        if field == "weekend":
            saturday = dct + dt.timedelta(days=6 - dct.isoweekday())
            if which == "this":
                day = saturday
            else:
                options = [((d - dct).days + (1 if (d - dct).days == -1 else 0), d)
                           for d in (saturday - dt.timedelta(days=7), saturday,
                                     saturday + dt.timedelta(days=7))]
                day = _choose(options, which, tense)
            return fmt(day, "weekend") + suffix, anchored
        if field == "season":
            season = arg
            year_now, season_now = _season_of(dct)
            now = _season_index(year_now, season_now)
            options = [(_season_index(y, season) - now, y)
                       for y in (year_now - 1, year_now, year_now + 1)]
            year = year_now if which == "this" else _choose(options, which, tense)
            return f"{year:04d}-{season}" + suffix, anchored
        if field in ("quarter", "half"):
            size = 3 if field == "quarter" else 6
            number = int(arg)
            current = (dct.month - 1) // size + 1
            per_year = 12 // size
            options = [((y - dct.year) * per_year + number - current, y)
                       for y in (dct.year - 1, dct.year, dct.year + 1)]
            if which == "tense":
                # reports name quarters of the DCT's year: "third-quarter profit" in October
                # is this year's; only a past quarter still to come is last year's
                year = dct.year - 1 if tense == "past" and number > current else dct.year
            elif which == "this":
                year = dct.year
            else:
                year = _choose(options, which, tense)
            letter = "Q" if field == "quarter" else "H"
            return f"{year:04d}-{letter}{number}" + suffix, anchored
        return None, False


def calendar_day(year: int, spec: str) -> dt.date | None:
    """The day ``spec`` (08-02, 11-4#4, 11-01>2) falls on in ``year``; None if impossible."""
    m = MONTH_DAY.match(spec)
    if m is None:
        return None
    month = int(m[1])
    if m[2]:
        mday = int(m[2])
        if mday > calendar.monthrange(year, month)[1]:
            return None
        day = dt.date(year, month, mday)
        if m[4]:  # first given weekday after that day
            day += dt.timedelta(days=(int(m[4]) - day.isoweekday() - 1) % 7 + 1)
        return day
    weekday, nth = int(m[5]), int(m[6])
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).isoweekday() == weekday]
    return dt.date(year, month, days[nth - 1] if nth > 0 else days[nth])


_GRAIN = {"century": 0, "decade": 1, "year": 2, "half": 3, "season": 3, "quarter": 4,
          "month": 5, "week": 6, "weekend": 6, "day": 7}


def _coarser(ref_unit: str, unit: str) -> bool:
    return _GRAIN.get(ref_unit, 7) < _GRAIN.get(unit, 7)


def _x_field(field: str, arg: str | None) -> str:
    if field == "month":
        return f"XXXX-{int(arg):02d}"
    if field == "date":
        spec = arg.partition("@")[0]
        return f"XXXX-{spec}" if re.fullmatch(r"\d\d-\d\d", spec) else "XXXX-XX-XX"
    if field == "weekday":
        return f"XXXX-WXX-{int(arg)}"
    if field == "weekend":
        return "XXXX-WXX-WE"
    if field == "season":
        return f"XXXX-{arg}"
    if field == "quarter":
        return f"XXXX-Q{arg}"
    return f"XXXX-H{arg}"
