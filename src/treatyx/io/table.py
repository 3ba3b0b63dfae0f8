"""Readable terminal output: one rich table per kind, events as a dated timeline.

Tables are for people at any terminal width, 80 columns included: a cell wraps between whole
words only, and a word too long for its column is shortened with an ellipsis ("russian-for…"),
never split across two lines. Columns are sized here (each to its longest word, the widest
shrunk first until the table fits), so rich never has to fold a word itself. Event dates are
shown in words (:mod:`treatyx.io.humandate`); the records keep their TimeML values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..records import event_ref_ids
from .humandate import in_words, sort_key

ELLIPSIS = "…"
MIN_COLUMN = 6  # no column is squeezed below this (a shortened word keeps 5 letters)
SNIPPET_BEFORE, SNIPPET_AFTER = 6, 9  # words of the sentence shown around the trigger
SNIPPET_WIDTH = 26  # the sentence column is given this much first, when the table allows
STATUS_STYLES = {"negated": "red", "planned": "cyan", "hypothetical": "yellow",
                 "generic": "dim"}


@dataclass
class Cell:
    """A table cell as words (each with a style); lines break only between words."""

    lines: list[list[tuple[str, str]]] = field(default_factory=lambda: [[]])
    keep: bool = False  # rather not wrapped (a date): its column is made as wide when it can
    prefer: int = 0  # a width this cell's column should have when the table can afford it

    def together(self) -> Cell:
        self.keep = True
        return self

    @classmethod
    def of(cls, *lines: str | None, style: str = "") -> Cell:
        cell = cls(lines=[])
        for line in lines:
            cell.lines.append([(word, style) for word in (line or "").split()])
        if not cell.lines:
            cell.lines.append([])
        return cell

    def add(self, text: str | None, style: str = "") -> Cell:
        self.lines[-1].extend((word, style) for word in (text or "").split())
        return self

    def newline(self) -> Cell:
        self.lines.append([])
        return self

    def longest_line(self) -> int:
        return max((sum(len(w) for w, _ in line) + max(len(line) - 1, 0) for line in self.lines),
                   default=0)

    def longest_word(self) -> int:
        return max((len(word) for line in self.lines for word, _ in line), default=0)

    def text(self, width: int) -> Text:
        """The cell as rich Text, each word longer than ``width`` shortened with an ellipsis."""
        out = Text()
        for n, line in enumerate(self.lines):
            if n:
                out.append("\n")
            for i, (word, style) in enumerate(line):
                if i:
                    out.append(" ")
                out.append(shorten_word(word, width), style=style or None)
        return out


def shorten_word(word: str, width: int) -> str:
    return word if len(word) <= width else word[: max(width - 1, 1)] + ELLIPSIS


def fit_widths(longest: Sequence[int], available: int) -> list[int]:
    """Column widths for columns whose longest words are ``longest``, summing to at most
    ``available`` when it can: the widest columns give up letters first."""
    widths = [max(n, 1) for n in longest]
    while sum(widths) > available:
        widest = max(widths)
        if widest <= MIN_COLUMN:
            break
        i = widths.index(widest)
        second = max((w for j, w in enumerate(widths) if j != i), default=MIN_COLUMN)
        widths[i] = max(MIN_COLUMN, min(widest - 1, max(second, widest - (sum(widths)
                                                                           - available))))
    return widths


def words_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
                width: int) -> Table:
    """A rich table of word cells that fits ``width`` columns without cutting a word."""
    columns = [[Cell.of(header), *(row[i] for row in rows)] for i, header in enumerate(headers)]
    widths = column_widths(columns, width - 3 * (len(headers) - 1))
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                  pad_edge=False, padding=(0, 1), expand=False)
    for header, column_width in zip(headers, widths, strict=True):
        table.add_column(Cell.of(header).text(column_width), width=column_width,
                         overflow="fold")
    for row in rows:
        table.add_row(*(cell.text(w) for cell, w in zip(row, widths, strict=True)))
    return table


def column_widths(columns: Sequence[Sequence[Cell]], available: int) -> list[int]:
    """Each column as wide as its longest line when all fit; else each at least as wide as its
    longest word (the widest words shortened first), the rest shared by what each wants more."""
    wants = [max(cell.longest_line() for cell in column) for column in columns]
    if sum(wants) <= available:
        return wants
    words = [max(cell.longest_word() for cell in column) for column in columns]
    soft = [max([cell.longest_line() for cell in column if cell.keep]
                + [min(cell.prefer, cell.longest_line()) for cell in column] + [n])
            for column, n in zip(columns, words, strict=True)]
    widths = fit_widths(words, max(available, len(columns) * MIN_COLUMN))
    widths = share(widths, soft, available)  # first dates whole and the sentence readable,
    return share(widths, wants, available)  # then whatever each column still wants


def share(widths: list[int], targets: Sequence[int], available: int) -> list[int]:
    """Widen columns towards their targets with the room left, fairly: a column that needs
    little gets all it needs, the others share what is left equally."""
    widths = list(widths)
    spare = available - sum(widths)
    need = {i: max(t - w, 0) for i, (t, w) in enumerate(zip(targets, widths, strict=True))}
    for n, i in enumerate(sorted(need, key=need.__getitem__)):
        if spare <= 0:
            break
        given = min(need[i], spare // (len(need) - n))
        widths[i] += given
        spare -= given
    return widths


def event_when(event: dict) -> Cell:
    date = event.get("date") or {}
    return Cell.of(in_words(date.get("value"), date.get("mod")) or date.get("text")).together()


def snippet(event: dict) -> Cell:
    """A few words of the event's sentence around its trigger, the trigger in bold."""
    sentence = " ".join((event.get("sentence_text") or "").split())
    trigger = (event.get("trigger") or {}).get("text") or event.get("text") or ""
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        words = sentence.split()
        cell = Cell.of(" ".join(words[: SNIPPET_BEFORE + SNIPPET_AFTER]))
        cell.prefer = SNIPPET_WIDTH
        return cell.add(ELLIPSIS) if len(words) > SNIPPET_BEFORE + SNIPPET_AFTER else cell
    before, after = sentence[:at].split(), sentence[at + len(trigger):].split()
    glued_before = bool(sentence[:at]) and not sentence[:at][-1].isspace()
    glued_after = bool(sentence[at + len(trigger):]) and \
        not sentence[at + len(trigger)].isspace()
    cell = Cell(prefer=SNIPPET_WIDTH)
    if len(before) > SNIPPET_BEFORE:
        cell.add(ELLIPSIS)
    shown_before = before[-SNIPPET_BEFORE:] if before else []
    # A trigger glued to its neighbours ("US-led") stays in the word it is part of.
    head = shown_before.pop() if glued_before and shown_before else ""
    tail = after.pop(0) if glued_after and after else ""
    for word in shown_before:
        cell.add(word)
    if head or tail:
        cell.lines[-1].append((head + trigger + tail, "bold"))
    else:
        cell.add(trigger, "bold")
    for word in after[:SNIPPET_AFTER]:
        cell.add(word)
    if len(after) > SNIPPET_AFTER:
        cell.add(ELLIPSIS)
    return cell


def _who(event: dict) -> Cell:
    """The actors by name, "(target)" after those that are not agents."""
    cell = Cell()
    actors = event.get("actors", [])
    for n, actor in enumerate(actors):
        comma = "," if n < len(actors) - 1 else ""
        role = actor.get("role")
        name = str(actor.get("name") or actor.get("id"))
        if role and role != "agent":
            cell.add(name)
            cell.add(f"({role}){comma}", "dim")
        else:
            cell.add(name + comma)
    return cell


def _what(event: dict) -> Cell:
    return Cell.of(", ".join(event_ref_ids(event)))


def _event_row(event: dict) -> list[Cell]:
    status = event.get("status") or ""
    kind = Cell.of((event.get("type") or "").replace("_", " ")).newline()
    kind.add(status, STATUS_STYLES.get(status, ""))
    source = event.get("source") or {}
    return [event_when(event), kind, _who(event), _what(event), snippet(event),
            Cell.of(source.get("name"))]


EVENT_HEADERS = ("when", "event", "who", "treaty/system", "sentence", "source")


class TableWriter:
    def __init__(self, console: Console):
        self.console = console

    @property
    def width(self) -> int:
        return self.console.width

    def write(self, records: list[dict]) -> None:
        if not records:
            return
        by_kind: dict[str, list[dict]] = {}
        for record in records:
            by_kind.setdefault(record["kind"], []).append(record)
        self.console.rule(Text(str(records[0].get("doc")), style="bold"))
        if "event" in by_kind:
            for table in self._events(by_kind["event"]):
                self.console.print(table)
        for kind, build in (("actor", self._actors), ("treaty", self._treaties),
                            ("system", self._systems), ("range", self._ranges),
                            ("date", self._dates)):
            if kind in by_kind:
                self.console.print(build(by_kind[kind]))

    def close(self) -> None:
        pass

    def _events(self, events: list[dict]) -> list[Table]:
        dated = [e for e in events if (e.get("date") or {}).get("value")]
        undated = [e for e in events if not (e.get("date") or {}).get("value")]
        dated.sort(key=lambda e: sort_key(e["date"]["value"]))
        tables = []
        if dated:
            tables.append(words_table("Events (timeline)", EVENT_HEADERS,
                                      [_event_row(e) for e in dated], self.width))
        if undated:
            tables.append(words_table("Undated events", EVENT_HEADERS,
                                      [_event_row(e) for e in undated], self.width))
        return tables

    def _actors(self, actors: list[dict]) -> Table:
        rows = [[Cell.of(a["id"]), Cell.of(a.get("name")), Cell.of(a.get("type")),
                 Cell.of(a.get("title")), Cell.of(a.get("country")),
                 Cell.of(str(len(a.get("mentions", []))))] for a in actors]
        return words_table("Actors", ("id", "name", "type", "title", "country", "mentions"),
                           rows, self.width)

    def _treaties(self, treaties: list[dict]) -> Table:
        rows = [[Cell.of(t["id"]), Cell.of(t.get("name")), Cell.of(in_words(t.get("signed"))),
                 Cell.of(str(len(t.get("mentions", []))))] for t in treaties]
        return words_table("Treaties", ("id", "name", "signed", "mentions"), rows, self.width)

    def _systems(self, systems: list[dict]) -> Table:
        rows = [[Cell.of(s["id"]), Cell.of(s.get("name")), Cell.of(s.get("class")),
                 Cell.of(s.get("country")), _aliases(s.get("aliases") or [])] for s in systems]
        return words_table("Missile systems", ("id", "name", "class", "country", "aliases"),
                           rows, self.width)

    def _ranges(self, ranges: list[dict]) -> Table:
        rows = []
        for rng in ranges:
            km = (f"{rng['min_km']:g}" if rng["min_km"] == rng["max_km"]
                  else f"{rng['min_km']:g}-{rng['max_km']:g}")
            rows.append([Cell.of(rng["text"]), Cell.of(km), Cell.of(rng.get("measure")),
                         Cell.of(rng.get("subject"))])
        return words_table("Ranges", ("text", "km", "measure", "subject"), rows, self.width)

    def _dates(self, dates: list[dict]) -> Table:
        rows = [[Cell.of(d["text"]), Cell.of(in_words(d.get("value"), d.get("mod"))),
                 Cell.of(d.get("value")), Cell.of(d.get("type")), Cell.of(d.get("mod"))]
                for d in dates]
        return words_table("Dates", ("text", "in words", "value", "type", "mod"), rows,
                           self.width)


MAX_ALIASES = 6


def _aliases(aliases: list[str]) -> Cell:
    """The first aliases, whole; an ellipsis says that more were left out."""
    shown = ", ".join(aliases[:MAX_ALIASES])
    cell = Cell.of(shown)
    return cell.add(f"{ELLIPSIS} (+{len(aliases) - MAX_ALIASES})", "dim") \
        if len(aliases) > MAX_ALIASES else cell
