"""A document's text with every record highlighted, in displaCy's span style.

spaCy's :class:`~spacy.displacy.render.SpanRenderer` does the layout: which span sits on which
line under a word when spans overlap ("render slots"), and the look of its templates. This
module gives it the text cut into pieces at every word and every record boundary (so a record's
characters are exactly its pieces), and its own versions of the three templates, which add what
a review needs: the record each bar belongs to, an anchor to link to, a focusable label. The
text's own spaces and line breaks are kept. Everything from the text and the rules is escaped
here; nothing else in the markup comes from outside.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from html import escape
from typing import Any

from spacy.displacy.render import SpanRenderer

KIND_COLORS = {"event": "#ff8197", "actor": "#7aecec", "treaty": "#feca74",
               "system": "#ff9561", "range": "#c887fb", "date": "#bfe1d9"}

# displaCy's TPL_SPAN, TPL_SPAN_SLICE and TPL_SPAN_START, with classes for the page's style
# sheet (the fixed parts of their inline styles) and the record each bar and label belongs to.
TPL_TOKEN = ('<span class="tx-tok"{recs} style="height: {total_height}px">'
             '{text}{span_slices}{span_starts}</span>')
TPL_SLICE = '<span class="tx-bar" style="background: {bg}; top: {top_offset}px"></span>'
TPL_START = ('<span class="tx-bar tx-bar-start" style="background: {bg}; top: {top_offset}px">'
             '<span class="tx-hl tx-{role}" id="{anchor}" data-rec="{rec}" data-kind="{kind}" '
             'tabindex="0" style="background: {bg}">{label}</span></span>')
WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Highlight:
    """One span to draw: a record (``role`` "record") or another mention of it ("mention")."""

    start: int
    end: int
    kind: str
    rec: str  # the record's html id: the fields shown on hover
    anchor: str  # this highlight's own html id
    role: str = "record"


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    space: str  # the whitespace after it, as in the text


def pieces(text: str, cuts: set[int]) -> list[Piece]:
    """The text's words, cut again at each offset of ``cuts`` that falls inside one."""
    out: list[Piece] = []
    for match in WORD.finditer(text):
        inner = sorted(c for c in cuts if match.start() < c < match.end())
        bounds = [match.start(), *inner, match.end()]
        for a, b in itertools.pairwise(bounds):
            out.append(Piece(a, b, ""))
        following = text[match.end():]
        space = following[: len(following) - len(following.lstrip())]
        out[-1] = Piece(out[-1].start, out[-1].end, space)
    return out


def highlights_of(records: list[dict], prefix: str) -> list[Highlight]:
    """A highlight for each record with offsets, and one for each further mention of it."""
    found = []
    for n, record in enumerate(records):
        if not isinstance(record.get("start"), int) or not isinstance(record.get("end"), int):
            continue
        rec = f"{prefix}r{n}"
        found.append(Highlight(record["start"], record["end"], record["kind"], rec, rec))
        for m, mention in enumerate(record.get("mentions") or []):
            span = (mention.get("start"), mention.get("end"))
            if span != (record["start"], record["end"]) and all(isinstance(x, int) for x in span):
                found.append(Highlight(span[0], span[1], record["kind"], rec, f"{rec}m{m}",
                                       role="mention"))
    return found


class ReviewSpanRenderer(SpanRenderer):
    """displaCy's span renderer, keeping the text's whitespace and naming each span's record."""

    def __init__(self) -> None:
        super().__init__({"colors": KIND_COLORS,
                          "template": {"span": TPL_TOKEN, "slice": TPL_SLICE,
                                       "start": TPL_START}})

    def render_text(self, text: str, highlights: list[Highlight]) -> str:
        """The markup of ``text`` with ``highlights`` drawn under it."""
        cuts = {h.start for h in highlights} | {h.end for h in highlights}
        parts = pieces(text, cuts)
        starts = {p.start: i for i, p in enumerate(parts)}
        spans = []
        for h in highlights:
            first = starts.get(h.start)
            if first is None or h.end <= h.start:
                continue  # not on a word (whitespace only): nothing to draw
            last = first
            while last < len(parts) and parts[last].end <= h.end:
                last += 1
            spans.append({"start_token": first, "end_token": last, "label": h.kind,
                          "highlight": h})
        tokens = [text[p.start:p.end] for p in parts]
        per_token = self._assemble_per_token_info(tokens, spans)
        ordered = sorted(spans, key=lambda s: (s["start_token"],
                                               -(s["end_token"] - s["start_token"]), s["label"]))
        out = [escape(text[: parts[0].start]) if parts else escape(text)]
        for idx, (piece, info) in enumerate(zip(parts, per_token, strict=True)):
            covering = [s for s in ordered if s["start_token"] <= idx < s["end_token"]]
            for entity, span in zip(info["entities"], covering, strict=True):
                entity["highlight"] = span["highlight"]
            inner_space = ""
            # a space between two pieces of the same span belongs under its bar
            if covering and "\n" not in piece.space and any(
                    idx + 1 < s["end_token"] for s in covering):
                inner_space, outer_space = piece.space, ""
            else:
                outer_space = piece.space
            out.append(self._piece(tokens[idx] + inner_space, info["entities"]))
            out.append(escape(outer_space))
        return "".join(out)

    def _piece(self, text: str, entities: list[dict[str, Any]]) -> str:
        if not entities:
            return escape(text)
        entities = sorted(entities, key=lambda e: e["render_slot"])
        slices, starts = [], []
        for entity in entities:
            h: Highlight = entity["highlight"]
            bg = self.colors.get(entity["label"].upper(), self.default_color)
            top = self.top_offset + self.offset_step * (entity["render_slot"] - 1)
            slices.append(self.span_slice_template.format(bg=bg, top_offset=top))
            if entity["is_start"]:
                starts.append(self.span_start_template.format(
                    bg=bg, top_offset=top, role=h.role, anchor=escape(h.anchor),
                    rec=escape(h.rec), kind=escape(h.kind), label=escape(h.kind)))
        height = self.top_offset + self.span_label_offset + self.offset_step * (len(entities) - 1)
        recs = " ".join(dict.fromkeys(e["highlight"].rec for e in entities))
        return self.span_template.format(
            text=escape(text), span_slices="".join(slices), span_starts="".join(starts),
            total_height=height, recs=f' data-recs="{escape(recs)}"')
