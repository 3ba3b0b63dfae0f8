"""The review page: self-contained, every record highlighted once, everything escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner

import treatyx
from treatyx.cli import main
from treatyx.show import collect
from treatyx.show.page import render_page
from treatyx.show.spans import ReviewSpanRenderer, highlights_of

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE_TEXT = ('Zorblat Institute said <script>alert("text")</script> & "quotes" on Friday '
                "that Russia suspended the INF Treaty.\n")
HOSTILE_RULES = """\
actors:
  - id: zorblat-institute
    name: "Zorblat \\"<script>alert('rule')</script>\\" & Co"
    type: organization
    aliases: [Zorblat Institute]
"""


class Page(HTMLParser):
    """Tags, attributes, and each document's text as the page shows it (labels left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.texts: list[str] = []
        self.token_recs: list[tuple[str, str]] = []  # (data-recs, text) of highlighted pieces
        self._stack: list[str] = []
        self._in_text = 0
        self._in_label = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        classes = (attrs.get("class") or "").split()
        if tag in ("link", "meta"):  # void elements
            return
        self._stack.append(" ".join(classes))
        if "tx-text" in classes:
            self._in_text = len(self._stack)
            self.texts.append("")
        if "tx-hl" in classes:
            self._in_label = len(self._stack)
        if "tx-tok" in classes:
            self.token_recs.append((attrs.get("data-recs", ""), ""))

    def handle_endtag(self, tag):
        if self._stack:
            if self._in_label == len(self._stack):
                self._in_label = 0
            if self._in_text == len(self._stack):
                self._in_text = 0
            self._stack.pop()

    def handle_data(self, data):
        if self._in_text and not self._in_label:
            self.texts[-1] += data
            if self.token_recs and "tx-tok" in self._stack[-1].split():
                recs, text = self.token_recs[-1]
                self.token_recs[-1] = (recs, text + data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def test_page_is_self_contained(samples_page):
    _, html = samples_page
    page = parse(html)
    for tag, attrs in page.tags:
        assert "src" not in attrs, tag
        if tag == "link":
            assert attrs.get("href", "").startswith("data:"), attrs
        if tag == "a":
            assert attrs["href"].startswith("#"), attrs
    assert "@import" not in html and "url(" not in html
    assert [tag for tag, _ in page.tags].count("script") == 1  # our own, inline


def test_every_record_with_offsets_is_highlighted_once_and_the_text_is_kept(samples_page):
    views, html = samples_page
    page = parse(html)
    assert page.texts == [view.text for view in views]
    records = sum(1 for v in views for r in v.records if isinstance(r.get("start"), int))
    assert records > 0 and html.count('class="tx-hl tx-record"') == records
    mentions = sum(len(highlights_of(v.records, "")) for v in views) - records
    assert html.count('class="tx-hl tx-mention"') == mentions


def test_each_highlight_covers_exactly_its_record(samples_page):
    """For records with no further mentions, the pieces marked with the record spell it."""
    views, html = samples_page
    page = parse(html)
    for d, view in enumerate(views):
        for n, record in enumerate(view.records):
            if record.get("mentions") and len(record["mentions"]) > 1:
                continue
            rec = f"d{d}r{n}"
            shown = "".join(text for recs, text in page.token_recs if rec in recs.split())
            assert shown.strip() == record["text"], (rec, record)


def test_events_table_and_chart_link_to_their_place_in_the_text(samples_page):
    views, html = samples_page
    d = next(i for i, v in enumerate(views) if v.name.endswith("withdrawal.txt"))
    section = html.split(f'id="d{d}"')[1].split('class="tx-text"')[0]
    events = [n for n, r in enumerate(views[d].records) if r["kind"] == "event"]
    assert len(events) == 8
    for n in events:
        assert f'href="#d{d}r{n}"' in section
        assert f'id="d{d}r{n}"' in html
    whens = re.findall(r'<tr><td title="[^"]*">([^<]*)</td>', section)
    assert whens == ["Tue 8 Dec 1987", "May 1991", "Jul 2014", "early 2019", "Jan 2019",
                     "Fri 2 Aug 2019", "undated", "undated"]
    assert "<mark>quits</mark>" in section and "<mark>accused</mark>" in section
    assert section.count("<a href=") == 8 + 6  # table rows, and the 6 dated marks in the chart
    assert "2 event(s) without a calendar date" in section


def test_text_and_rule_names_are_escaped(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "actors.yml").write_text(HOSTILE_RULES)
    article = tmp_path / "hostile & <odd> \"name\".txt"
    article.write_text(HOSTILE_TEXT)
    out = tmp_path / "review.html"
    result = CliRunner().invoke(main, ["show", str(article), "--rules", str(rules),
                                       "--date", "2019-08-02", "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert html.count("<script") == 1 and "alert(" not in html.split("<script>")[1]
    assert "&lt;script&gt;alert(&quot;text&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;" \
        in html
    assert "Zorblat &quot;&lt;script&gt;alert(&#x27;rule&#x27;)&lt;/script&gt;&quot; &amp; Co" \
        in html
    assert "hostile &amp; &lt;odd&gt; &quot;name&quot;.txt" in html
    page = parse(html)
    assert page.texts == [HOSTILE_TEXT]
    assert not [attrs for _, attrs in page.tags if any(k.startswith("on") for k in attrs)]


def test_overlapping_records_stack_like_displacy():
    text = "Moscow suspended the treaty on 2 February 2019."
    records = [
        {"kind": "event", "start": 7, "end": 16, "text": "suspended"},
        {"kind": "date", "start": 31, "end": 46, "text": "2 February 2019"},
        {"kind": "date", "start": 33, "end": 46, "text": "February 2019"},
    ]
    html = ReviewSpanRenderer().render_text(text, highlights_of(records, "x"))
    page = parse(f'<div class="tx-text">{html}</div>')
    assert page.texts == [text]
    # the shorter date sits one slot below the longer one where they overlap
    assert re.search(r'data-recs="xr1 xr2"', html)
    assert 'top: 57px' in html and 'top: 40px' in html


def test_timeline_file_is_one_timeline_with_sources_linked_to_the_documents(nlp, monkeypatch):
    monkeypatch.chdir(ROOT)
    found = collect([str(FIXTURES / "timeline.jsonl"), "samples/withdrawal.txt"], lambda: nlp,
                    kinds=treatyx.extensions.KINDS, date="2019-08-02")
    assert len(found.merged) == 4 and len(found.views) == 1
    html = render_page(found.views, found.merged)
    section = html.split('id="timeline"')[1].split("</section>")[0]
    whens = re.findall(r'<tr id="tl\d"><td title="[^"]*">([^<]*)</td>', section)
    assert whens == ["Jul 2014", "Fri 2 Aug 2019", "a Friday, year unknown", "undated"]
    quits = next(n for n, r in enumerate(found.views[0].records)
                 if r["kind"] == "event" and r["text"] == "quits")
    assert f'<a href="#d0r{quits}">samples/withdrawal.txt</a> (Fri 2 Aug 2019)' in section
    assert "wire/other-desk.txt (Sat 3 Aug 2019): Washington left the pact &lt;b&gt;on Friday" \
        "&lt;/b&gt; &amp; said &quot;Moscow&quot;" in section
    assert "conflicts: date: 2019-08-02 (samples/withdrawal.txt) or 2019-08-03 " \
        "(wire/other-desk.txt)" in section
    assert "<td>russia, united-states</td><td>new-start</td>" in section  # actors as ids
    assert section.count('class="tx-mark"') == 2  # the two events with a calendar date
    assert "2 merged event(s) without a calendar date" in section


def test_show_terminal_colours_each_kind(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Russia suspended the INF Treaty on Friday.\n")
    result = CliRunner().invoke(main, ["show", "--terminal", str(article), "--date",
                                       "2019-08-02"], env={"FORCE_COLOR": "1",
                                                           "COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Russia suspended the INF Treaty on Friday." in re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "\x1b[1;36mRussia" in out  # actor: bold cyan
    assert "\x1b[1;37;41msuspended" in out  # event: bold white on red
    assert "\x1b[1;33mINF Treaty" in out  # treaty: bold yellow
    assert "\x1b[1;34mFriday" in out  # date: bold blue


def test_show_writes_to_stdout_with_dash_and_reports_bad_inputs(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Russia suspended the INF Treaty on Friday.\n")
    result = CliRunner().invoke(main, ["show", str(article), str(tmp_path / "missing.txt"),
                                       "-o", "-"])
    assert result.exit_code == 1
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "missing.txt" in result.stderr
