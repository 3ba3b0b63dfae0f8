"""Merged events from ``treatyx timeline``: one chart and one table, each event with its sources.

A merged event is a JSON line with ``kind: "timeline_event"``, ``id``, ``type``, ``date``
(``value``, ``text``), ``actors``, ``systems``, ``treaty``, ``status``, ``sources`` (``doc``,
``start``, ``end``, ``date``, ``sentence``), ``n_sources``, ``first_reported`` and ``conflicts``.
A source whose document is also on the page links to the event's place in that document.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

from ..io.humandate import in_words, period, sort_key
from .chart import Mark, timeline_svg

KIND = "timeline_event"


def is_timeline_file(path: Path) -> bool:
    """Whether ``path`` is a JSON-lines file of merged events (its first record says so)."""
    if path.suffix != ".jsonl" or not path.is_file():
        return False
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.strip():
                try:
                    first = json.loads(line)
                except ValueError:
                    return False
                return isinstance(first, dict) and first.get("kind") == KIND
    return False


def read_timeline(path: Path) -> list[dict]:
    """The merged events of a timeline file (other lines are skipped)."""
    events = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON: {exc}") from None
            if isinstance(record, dict) and record.get("kind") == KIND:
                events.append(record)
    return events


def _names(values: Any) -> str:
    out = []
    for value in values or []:
        if isinstance(value, dict):
            name = value.get("name") or value.get("id") or ""
            out.append(f"{name} ({value['role']})" if value.get("role") else str(name))
        else:
            out.append(str(value))
    return ", ".join(out)


def _text(value: Any) -> str:
    if value in (None, "", [], {}):
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def conflicts_text(conflicts: Any) -> str:
    """``[{field, values: [{value, docs}]}]`` in words:
    "date: 2019-08-02 (a.txt) or 2019-08-03 (b.txt)"."""
    if not isinstance(conflicts, list):
        return _text(conflicts)
    parts = []
    for conflict in conflicts:
        if not isinstance(conflict, dict) or not isinstance(conflict.get("values"), list):
            parts.append(_text(conflict))
            continue
        values = []
        for item in conflict["values"]:
            if isinstance(item, dict) and "value" in item:
                value = item["value"]
                shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
                docs = ", ".join(map(str, item.get("docs") or []))
                values.append(f"{shown or 'none'} ({docs})" if docs else shown)
            else:
                values.append(_text(item))
        parts.append(f"{conflict.get('field')}: {' or '.join(values)}")
    return "; ".join(parts)


def _source(source: dict, anchors: dict[tuple[str, int], str]) -> str:
    doc = str(source.get("doc") or "")
    where = escape(doc)
    anchor = anchors.get((doc, source.get("start"))) if isinstance(source.get("start"), int) \
        else None
    if anchor:
        where = f'<a href="{escape(anchor)}">{where}</a>'
    date = (f" ({escape(in_words(str(source['date'])))})" if source.get("date") else "")
    sentence = escape(" ".join(str(source.get("sentence") or "").split()))
    return f"<li>{where}{date}: {sentence}</li>"


def merged_section(events: list[dict], anchors: dict[tuple[str, int], str]) -> str:
    """The chart and table of the merged events, in date order, undated last."""
    events = sorted(events, key=lambda e: (not (e.get("date") or {}).get("value"),
                                           sort_key((e.get("date") or {}).get("value"))))
    marks, rows = [], []
    for n, event in enumerate(events):
        anchor = f"tl{n}"
        date = event.get("date") or {}
        value = date.get("value")
        words = in_words(value, date.get("mod")) or "undated"
        kind = str(event.get("type") or "").replace("_", " ")
        status = str(event.get("status") or "")
        sources = event.get("sources") or []
        span = period(value, date.get("mod"))
        if span is not None:
            marks.append(Mark(span[0], span[1], kind, status, f"#{anchor}",
                              f"{words}: {kind} ({status}), {len(sources)} source(s)"))
        what = ", ".join(str(x) for x in [event.get("treaty"), *(event.get("systems") or [])]
                         if x)
        conflicts = conflicts_text(event.get("conflicts"))
        rows.append(
            f'<tr id="{anchor}"><td title="{escape(str(value or ""))}">{escape(words)}</td>'
            f"<td>{escape(kind)}</td>"
            f'<td><span class="tx-status tx-s-{escape(status)}">{escape(status)}</span></td>'
            f"<td>{escape(_names(event.get('actors')))}</td><td>{escape(what)}</td>"
            f"<td>{escape(str(event.get('n_sources', len(sources))))}</td>"
            f"<td>{escape(_text(event.get('first_reported')))}</td>"
            f'<td><ul class="tx-sources">{"".join(_source(s, anchors) for s in sources)}</ul>'
            + (f'<p class="tx-note">conflicts: {escape(conflicts)}</p>' if conflicts else "")
            + "</td></tr>")
    undated = len(events) - len(marks)
    note = (f'<p class="tx-note">{undated} merged event(s) without a calendar date are in the '
            f"table only.</p>" if undated else "")
    return (f'<section class="tx-merged" id="timeline"><h2>Timeline ({len(events)} merged '
            f"events)</h2>{timeline_svg(marks, 'Merged events')}{note}"
            '<table class="tx-events"><thead><tr><th>when</th><th>event</th><th>status</th>'
            "<th>actors</th><th>treaty/system</th><th>sources</th><th>first reported</th>"
            f"<th>reported by</th></tr></thead><tbody>{''.join(rows)}</tbody></table></section>")
