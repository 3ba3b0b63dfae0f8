"""Event records written for these tests, in the shape `treatyx extract` gives them."""

from __future__ import annotations


def event(doc: str, doc_date: str | None, type_: str, value: str | None, actors=(),
          systems=(), treaty=None, status="asserted", start=0, sentence="", date_text=None,
          speaker=None):
    """One ``kind: event`` record; ``actors`` are ids, or (id, role) pairs (default agent);
    ``speaker`` the id of the record's source (who said it), if any."""
    pairs = [(a, "agent") if isinstance(a, str) else a for a in actors]
    trigger = sentence.split()[1] if len(sentence.split()) > 1 else "x"
    return {
        "kind": "event", "doc": doc, "text": trigger, "start": start,
        "end": start + len(trigger), "sentence": 0, "rule": type_, "type": type_,
        "trigger": {"text": trigger, "start": start, "end": start + len(trigger)},
        "status": status,
        "date": None if value is None else {"text": date_text or value, "start": start + 40,
                                            "end": start + 48, "value": value, "type": "DATE",
                                            "mod": None},
        "actors": [{"id": a, "name": a.title(), "role": role} for a, role in pairs],
        "treaty": treaty, "systems": list(systems),
        "source": speaker and {"id": speaker, "name": speaker.title()},
        "sentence_text": sentence, "mentions": [], "doc_date": doc_date,
    }


def source(record: dict) -> dict:
    """The ``sources`` entry a record becomes."""
    return {"doc": record["doc"], "start": record["start"], "end": record["end"],
            "date": (record["date"] or {}).get("value"), "sentence": record["sentence_text"]}
