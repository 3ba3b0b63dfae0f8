"""An event's treaty and systems are {id, name, text}, as its actors are {id, name, role}:
the knowledge base's id and name, and the words that name them in the document."""

from __future__ import annotations

import contextlib
import sqlite3

from treatyx.io.sqlite import SqliteWriter
from treatyx.records import ref_id, ref_ids
from treatyx.timeline.reports import report_of

from .conftest import of_kind


def test_the_treaty_carries_the_words_nearest_the_event(run):
    text = ("The Intermediate-Range Nuclear Forces Treaty was signed in 1987. Washington left "
            "the INF Treaty on Friday.")
    events = of_kind(run(text, date="2019-08-02"), "event")
    assert [(e["type"], e["treaty"]) for e in events] == [
        ("signing", {"id": "inf-treaty", "name": "Intermediate-Range Nuclear Forces Treaty",
                     "text": "Intermediate-Range Nuclear Forces Treaty"}),
        ("withdrawal", {"id": "inf-treaty", "name": "Intermediate-Range Nuclear Forces Treaty",
                        "text": "INF Treaty"})]


def test_a_system_carries_the_alias_the_text_uses(run):
    (event,) = of_kind(run("Russia has deployed the SSC-8 missile, NATO said on Friday.",
                           date="2019-07-05"), "event")
    assert event["systems"] == [{"id": "9m729", "name": "9M729", "text": "SSC-8"}]


def test_a_treaty_the_text_never_names_has_no_words(run):
    # "a historic deal" between these parties is the JCPOA, which the text does not name
    (event,) = of_kind(run("Iran and the six powers reached a historic deal in Vienna on "
                           "Tuesday.", date="2015-07-15"), "event")
    assert event["treaty"] == {"id": "jcpoa", "name": "Joint Comprehensive Plan of Action",
                               "text": None}


def test_bare_ids_of_older_records_still_read():
    assert (ref_id("new-start"), ref_id({"id": "new-start", "name": "New START", "text": None}),
            ref_id(None)) == ("new-start", "new-start", None)
    assert ref_ids(["9m729", {"id": "ssc-8"}]) == ["9m729", "ssc-8"]
    old = {"kind": "event", "type": "withdrawal", "status": "asserted", "start": 0, "end": 4,
           "date": None, "actors": [{"id": "russia", "name": "Russia", "role": "agent"}],
           "treaty": "inf-treaty", "systems": ["9m729"], "doc": "a", "doc_date": "2019-08-02"}
    new = {**old, "treaty": {"id": "inf-treaty", "name": "INF Treaty", "text": "the pact"},
           "systems": [{"id": "9m729", "name": "9M729", "text": "SSC-8"}]}
    assert report_of(old) == report_of(new)


def test_an_older_records_bare_treaty_id_fills_its_sqlite_column(tmp_path):
    old = {"kind": "event", "doc": "a", "text": "left", "start": 0, "end": 4, "sentence": 0,
           "rule": "withdrawal", "type": "withdrawal", "status": "asserted", "date": None,
           "actors": [], "treaty": "inf-treaty", "systems": ["9m729"]}
    database = tmp_path / "old.sqlite"
    writer = SqliteWriter(database)
    writer.write_document("a", [old])
    writer.close()
    with contextlib.closing(sqlite3.connect(database)) as connection:
        treaty = connection.execute("SELECT treaty_id, treaty_name FROM events").fetchall()
        systems = connection.execute("SELECT system FROM event_systems").fetchall()
    assert (treaty, systems) == ([("inf-treaty", None)], [("9m729",)])
