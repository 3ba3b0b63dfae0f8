"""A dated timeline chart as inline SVG, written from a template (no plotting library).

Each event is a mark at its date (a bar when its date is a month, a year, a season...), its
type beside it, its status as the colour, laid out on as many rows as the labels need so that
none overlaps. Each mark links to the event's place on the page and has a tooltip.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

STATUS_COLORS = {"asserted": "#1f6fb4", "negated": "#c62828", "planned": "#0f8f9f",
                 "hypothetical": "#a08a00", "generic": "#777777"}
WIDTH, MARGIN, ROW, AXIS, CHAR = 900, 24, 22, 34, 6.6  # px; CHAR: width of a label letter


@dataclass(frozen=True)
class Mark:
    first: dt.date
    last: dt.date
    label: str
    status: str
    href: str  # "#anchor" of the event on the page
    tip: str  # tooltip text


def timeline_svg(marks: list[Mark], title: str) -> str:
    """The chart of ``marks`` (dated events), or "" when there is none."""
    if not marks:
        return ""
    low = min(m.first for m in marks)
    high = max(m.last for m in marks)
    pad = max((high - low).days // 20, 15)
    low, high = low - dt.timedelta(days=pad), high + dt.timedelta(days=pad)
    span = max((high - low).days, 1)

    def x(day: dt.date) -> float:
        return MARGIN + (WIDTH - 2 * MARGIN) * (day - low).days / span

    rows: list[float] = []  # right end of the last label on each row
    body = []
    for mark in sorted(marks, key=lambda m: (m.first, m.last)):
        x1, x2 = x(mark.first), max(x(mark.last), x(mark.first) + 6)
        label_end = x2 + 4 + CHAR * len(mark.label)
        row = next((i for i, end in enumerate(rows) if end + 8 < x1), None)
        if row is None:
            rows.append(label_end)
            row = len(rows) - 1
        else:
            rows[row] = label_end
        y = 10 + row * ROW
        color = STATUS_COLORS.get(mark.status, "#444444")
        body.append(
            f'<a href="{escape(mark.href)}" class="tx-mark"><title>{escape(mark.tip)}</title>'
            f'<rect x="{x1:.1f}" y="{y}" width="{x2 - x1:.1f}" height="12" rx="3" '
            f'fill="{color}"/>'
            f'<text x="{x2 + 4:.1f}" y="{y + 10}" font-size="11" fill="#222">'
            f'{escape(mark.label)}</text></a>')
    height = 10 + len(rows) * ROW + AXIS
    axis_y = height - AXIS + 6
    ticks = []
    for day, text in _ticks(low, high):
        tx = x(day)
        ticks.append(f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="4" y2="{axis_y + 4}" '
                     f'stroke="#ddd"/><text x="{tx:.1f}" y="{axis_y + 18}" font-size="11" '
                     f'text-anchor="middle" fill="#555">{escape(text)}</text>')
    return (f'<svg class="tx-chart" role="img" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
            f'height="{height}" xmlns="http://www.w3.org/2000/svg">'
            f'<title>{escape(title)}</title>{"".join(ticks)}'
            f'<line x1="{MARGIN}" x2="{WIDTH - MARGIN}" y1="{axis_y}" y2="{axis_y}" '
            f'stroke="#888"/>{"".join(body)}</svg>')


def _ticks(low: dt.date, high: dt.date) -> list[tuple[dt.date, str]]:
    """Years (every 1, 2, 5, 10... so that there are at most 10), or months for short spans."""
    years = high.year - low.year
    if years < 2:
        ticks, day = [], dt.date(low.year, low.month, 1)
        step = 1 if (high - low).days < 300 else 3
        while day <= high:
            if day >= low:
                ticks.append((day, day.strftime("%b %Y")))
            month = day.month - 1 + step
            day = dt.date(day.year + month // 12, month % 12 + 1, 1)
        return ticks
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 1000) if years / s <= 10)
    first = (low.year // step + 1) * step
    return [(dt.date(year, 1, 1), str(year)) for year in range(first, high.year + 1, step)]
