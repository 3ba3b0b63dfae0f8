"""The review page: one self-contained HTML file (its style and script inline, nothing fetched).

An index of the documents, then each document: its text with every record highlighted
(:mod:`.spans`), the events as a dated chart (:mod:`.chart`) and a table linked to their place in
the text. Merged events from ``treatyx timeline`` get one chart and table of their own, each with
its sources. Every string from a text, a record or a rule goes through ``html.escape``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape
from importlib import resources
from typing import Any

from ..io.humandate import in_words, period, sort_key
from ..records import event_ref_ids
from .chart import Mark, timeline_svg
from .spans import KIND_COLORS, ReviewSpanRenderer, highlights_of

FIELDS = ("kind", "text", "id", "name", "type", "class", "country", "title", "acts_for",
          "value", "mod", "status", "date", "actors", "treaty", "systems", "source",
          "min_km", "max_km", "unit", "measure", "subject", "signed", "rule", "start", "end")
KIND_ORDER = ("event", "actor", "treaty", "system", "range", "date")


@dataclass
class DocumentView:
    """One document to show: its name, date, text and records."""

    name: str
    date: str | None
    text: str
    records: list[dict]


def field_text(key: str, value: Any) -> str:
    """A record field as one line of text for people."""
    if key == "date" and isinstance(value, dict):
        words = in_words(value.get("value"), value.get("mod"))
        return f"{words} ({value.get('value')}, “{value.get('text')}”)"
    if key == "value" and isinstance(value, str):
        words = in_words(value)
        return value if words == value else f"{value} ({words})"
    if key == "actors" and isinstance(value, list):
        return ", ".join(_actor(a) for a in value)
    if key in ("treaty", "systems"):  # {id, name, text} references (bare ids in old records)
        items = value if isinstance(value, list) else [value]
        return ", ".join(_reference(item) for item in items)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("id") or value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _reference(item: Any) -> str:
    """An event's treaty or system: "Intermediate-Range Nuclear Forces Treaty (inf-treaty)"."""
    if isinstance(item, dict):
        name, ref = item.get("name"), item.get("id")
        return f"{name} ({ref})" if name and name != ref else str(ref or "")
    return str(item)


def _actor(actor: Any) -> str:
    if isinstance(actor, dict):
        name = actor.get("name") or actor.get("id") or ""
        return f"{name} ({actor['role']})" if actor.get("role") else str(name)
    return str(actor)


def fields_html(record: dict, rec: str) -> str:
    """The hidden list of a record's fields that hovering its highlight shows."""
    rows = [f"<dt>{escape(key)}</dt><dd>{escape(field_text(key, record[key]))}</dd>"
            for key in FIELDS if record.get(key) not in (None, "", [], {})]
    return f'<div class="tx-fields" id="f-{escape(rec)}" hidden><dl>{"".join(rows)}</dl></div>'


def sentence_html(text: str, event: dict) -> str:
    """The event's sentence, escaped, with its trigger in <mark>."""
    sentence = event.get("sentence_text") or ""
    trigger = event.get("trigger") or {}
    start, end = trigger.get("start", event.get("start")), trigger.get("end", event.get("end"))
    at = -1
    if sentence and isinstance(start, int):
        at = text.find(sentence, max(0, start - len(sentence)), start + len(sentence))
    if at >= 0 and isinstance(end, int) and at <= start and end <= at + len(sentence):
        a, b = start - at, end - at
    else:
        a = sentence.find(trigger.get("text") or event.get("text") or "\0")
        b = a + len(trigger.get("text") or event.get("text") or "")
        if a < 0:
            return escape(" ".join(sentence.split()))
    return (escape(sentence[:a]) + f"<mark>{escape(sentence[a:b])}</mark>"
            + escape(sentence[b:])).strip()


def _what(event: dict) -> str:
    return ", ".join(event_ref_ids(event))


def _when(event: dict) -> tuple[str, str]:
    date = event.get("date") or {}
    value = date.get("value")
    return (in_words(value, date.get("mod")) or "undated"), (value or "")


def _status(status: str) -> str:
    return f'<span class="tx-status tx-s-{escape(status)}">{escape(status)}</span>'


def events_section(text: str, records: list[dict], prefix: str, title: str) -> str:
    """The chart and the table of one document's events."""
    events = [(n, r) for n, r in enumerate(records) if r.get("kind") == "event"]
    if not events:
        return '<p class="tx-none">No events found.</p>'
    events.sort(key=lambda item: (not (item[1].get("date") or {}).get("value"),
                                  sort_key((item[1].get("date") or {}).get("value"))))
    marks, rows = [], []
    for n, event in events:
        anchor = f"#{prefix}r{n}"
        words, value = _when(event)
        kind = str(event.get("type") or "").replace("_", " ")
        span = period(value, (event.get("date") or {}).get("mod"))
        if span is not None:
            marks.append(Mark(span[0], span[1], kind, str(event.get("status")), anchor,
                              f"{words}: {kind} ({event.get('status')})"))
        rows.append(
            f'<tr><td title="{escape(value)}">{escape(words)}</td><td>{escape(kind)}</td>'
            f'<td>{_status(str(event.get("status") or ""))}</td>'
            f'<td>{escape(field_text("actors", event.get("actors") or []))}</td>'
            f'<td>{escape(_what(event))}</td>'
            f'<td>{sentence_html(text, event)}</td>'
            f'<td class="tx-link"><a href="{escape(anchor)}">in text</a></td></tr>')
    chart = timeline_svg(marks, f"Events of {title}")
    undated = len(events) - len(marks)
    note = (f'<p class="tx-note">{undated} event(s) without a calendar date are in the table '
            f'only.</p>' if undated else "")
    return (chart + note + '<table class="tx-events"><thead><tr><th>when</th><th>event</th>'
            '<th>status</th><th>actors</th><th>treaty/system</th><th>sentence</th><th></th>'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def document_section(view: DocumentView, index: int, renderer: ReviewSpanRenderer) -> str:
    prefix = f"d{index}"
    highlights = highlights_of(view.records, prefix)
    text_html = renderer.render_text(view.text, highlights)
    fields = "".join(fields_html(r, f"{prefix}r{n}") for n, r in enumerate(view.records)
                     if isinstance(r.get("start"), int))
    date = f' <span class="tx-date">{escape(view.date)}</span>' if view.date else ""
    return (f'<section class="tx-doc" id="{prefix}"><h2>{escape(view.name)}{date}</h2>'
            f'<h3>Events</h3>{events_section(view.text, view.records, prefix, view.name)}'
            f'<h3>Text</h3><div class="tx-text">{text_html}</div>{fields}'
            '<p><a href="#top">back to the index</a></p></section>')


def index_section(views: list[DocumentView]) -> str:
    rows = []
    for i, view in enumerate(views):
        counts = Counter(r.get("kind") for r in view.records)
        cells = "".join(f"<td>{counts.get(k, 0)}</td>" for k in KIND_ORDER)
        rows.append(f'<tr><td><a href="#d{i}">{escape(view.name)}</a></td>'
                    f'<td>{escape(view.date or "")}</td>{cells}</tr>')
    heads = "".join(f"<th>{k}s</th>" for k in KIND_ORDER)
    return (f'<table class="tx-index"><thead><tr><th>document</th><th>date</th>{heads}</tr>'
            f'</thead><tbody>{"".join(rows)}</tbody></table>')


def legend() -> str:
    return "".join(f'<span class="tx-key" style="background: {color}">{escape(kind)}</span>'
                   for kind, color in KIND_COLORS.items())


def render_page(views: list[DocumentView], merged: list[dict] | None = None,
                title: str = "treatyx review") -> str:
    """The whole page: index, merged timeline (when given), then each document."""
    from .merged import merged_section

    renderer = ReviewSpanRenderer()
    anchors = _source_anchors(views)
    parts = [f'<h1 id="top">{escape(title)}</h1>',
             f'<p class="tx-legend">Hover or click a highlight to see its record. {legend()}</p>']
    if merged:
        parts.append(merged_section(merged, anchors))
    if views:
        parts.append(f"<h2>Documents ({len(views)})</h2>{index_section(views)}")
        parts.extend(document_section(v, i, renderer) for i, v in enumerate(views))
    style = resources.files(__package__).joinpath("page.css").read_text(encoding="utf-8")
    script = resources.files(__package__).joinpath("page.js").read_text(encoding="utf-8")
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="icon" href="data:,"><title>{escape(title)}</title>'
            f'<style>{style}</style></head><body>{"".join(parts)}'
            '<div id="tx-tip" role="tooltip" hidden></div>'
            f'<script>{script}</script></body></html>\n')


def _source_anchors(views: list[DocumentView]) -> dict[tuple[str, int], str]:
    """(document name, event start) -> the event's anchor, to link merged events' sources."""
    anchors = {}
    for i, view in enumerate(views):
        for n, record in enumerate(view.records):
            if record.get("kind") == "event" and isinstance(record.get("start"), int):
                anchors[(view.name, record["start"])] = f"#d{i}r{n}"
                for mention in record.get("mentions") or []:
                    if isinstance(mention.get("start"), int):
                        anchors.setdefault((view.name, mention["start"]), f"#d{i}r{n}")
    return anchors
