"""``treatyx show --terminal``: a document's text with each record kind in its own colour."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.text import Text

from .page import KIND_ORDER, DocumentView
from .spans import highlights_of

KIND_STYLES = {"event": "bold white on red", "actor": "bold cyan", "treaty": "bold yellow",
               "system": "bold magenta", "range": "bold green", "date": "bold blue"}


def legend(records: list[dict]) -> Text:
    counts = Counter(r.get("kind") for r in records)
    out = Text()
    for kind in KIND_ORDER:
        if out:
            out.append("  ")
        out.append(f"{kind} {counts.get(kind, 0)}", style=KIND_STYLES[kind])
    return out


def coloured_text(view: DocumentView) -> Text:
    """The text, every record and mention styled by kind; events drawn last, on top."""
    text = Text(view.text)
    order = {kind: n for n, kind in enumerate(reversed(KIND_ORDER))}
    for h in sorted(highlights_of(view.records, ""), key=lambda h: order.get(h.kind, -1)):
        text.stylize(KIND_STYLES.get(h.kind, "bold"), h.start, h.end)
    return text


def print_documents(views: list[DocumentView], console: Console) -> None:
    for view in views:
        title = view.name + (f" ({view.date})" if view.date else "")
        console.rule(Text(title, style="bold"))
        console.print(legend(view.records))
        console.print()
        console.print(coloured_text(view), soft_wrap=False)
