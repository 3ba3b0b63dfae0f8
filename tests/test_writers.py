"""Output files respect their path: regular files atomically with the umask's mode, a
symlink's target, devices, FIFOs and sockets written in place; every failure is an
OutputError that leaves nothing behind. CSV keeps every field of the schema."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import socket
import stat
import tempfile
import threading
from pathlib import Path

import pytest

from treatyx.io.writers import (
    CsvWriter,
    OutputError,
    atomic_output,
    csv_columns,
    csv_row,
    field_columns,
)
from treatyx.records import record_schema


@contextlib.contextmanager
def umask(value: int):
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_gets_the_mode_open_would_give_under_the_umask(tmp_path):
    for mask, expected in ((0o022, 0o644), (0o027, 0o640), (0o077, 0o600)):
        target = tmp_path / f"out-{mask:o}.jsonl"
        with umask(mask), atomic_output(target) as handle:
            handle.write("line\n")
        assert target.read_text() == "line\n"
        assert mode(target) == expected
    assert leftovers(tmp_path) == []


def test_replaced_file_keeps_its_mode_and_is_replaced_atomically(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    target.chmod(0o664)
    with umask(0o077), atomic_output(target) as handle:
        handle.write("new\n")
        assert target.read_text() == "old\n"  # untouched until the end
    assert target.read_text() == "new\n" and mode(target) == 0o664


def test_symlink_target_is_written_beside_the_target_and_the_link_stays(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "links").mkdir()
    target = tmp_path / "data" / "real.jsonl"
    target.write_text("old\n")
    link = tmp_path / "links" / "out.jsonl"
    link.symlink_to(Path("..") / "data" / "real.jsonl")
    seen_parts = []
    with atomic_output(link) as handle:
        handle.write("new\n")
        seen_parts = leftovers(tmp_path / "data")
    assert seen_parts and leftovers(tmp_path / "links") == []  # the temporary file was beside
    assert link.is_symlink() and target.read_text() == "new\n"
    assert leftovers(tmp_path / "data") == []


def test_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "out.jsonl"
    link.symlink_to(tmp_path / "made" / "later.jsonl")
    with atomic_output(link) as handle:
        handle.write("x\n")
    assert link.is_symlink() and (tmp_path / "made" / "later.jsonl").read_text() == "x\n"


def test_fifo_is_written_directly_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    with atomic_output(fifo) as handle:
        handle.write("through the pipe\n")
    reader.join(10)
    assert received == ["through the pipe\n"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and leftovers(tmp_path) == []


def test_character_device_is_written_directly_and_never_replaced(tmp_path):
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the same device as /dev/null
        with device.open("w") as handle:
            handle.write("probe")  # a folder mounted nodev refuses to open devices
    except (PermissionError, OSError):
        pytest.skip("cannot make a usable character device here (needs root, no nodev)")
    with atomic_output(device) as handle:
        handle.write("discarded\n")
    assert stat.S_ISCHR(device.lstat().st_mode) and leftovers(tmp_path) == []
    with atomic_output(Path(os.devnull)) as handle:
        handle.write("discarded\n")
    assert stat.S_ISCHR(os.lstat(os.devnull).st_mode)


def test_socket_is_written_directly(tmp_path):
    folder = Path(tempfile.mkdtemp(prefix="tx-", dir="/tmp"))  # socket paths must be short
    path = folder / "s"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    received = []

    def serve() -> None:
        connection, _ = server.accept()
        with connection:
            chunks = []
            while data := connection.recv(4096):
                chunks.append(data)
            received.append(b"".join(chunks))

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        with atomic_output(path) as handle:
            handle.write("over a socket\n")
        thread.join(10)
        assert received == [b"over a socket\n"]
        assert stat.S_ISSOCK(path.lstat().st_mode)
    finally:
        server.close()
        path.unlink()
        folder.rmdir()


def test_a_failure_inside_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write("half")
        raise RuntimeError("boom")
    assert target.read_text() == "old\n" and leftovers(tmp_path) == []


def test_unwritable_places_are_output_errors_that_leave_nothing(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("")
    with pytest.raises(OutputError, match="Not a directory"), atomic_output(afile / "x.jsonl"):
        pass
    with pytest.raises(OutputError, match="is a folder"), atomic_output(tmp_path):
        pass
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(OutputError, match="No space left"), \
            atomic_output(Path("/dev/full")) as handle:
        handle.write("x" * 100_000)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_an_output_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="Permission denied"), \
                atomic_output(folder / "new" / "x.jsonl"):
            pass
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_new_parent_folders_are_removed_again_when_the_write_fails(tmp_path):
    target = tmp_path / "a" / "b" / "out.jsonl"
    with pytest.raises(RuntimeError), atomic_output(target):
        assert (tmp_path / "a" / "b").is_dir()
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


# -- CSV ------------------------------------------------------------------------------------------

def test_every_schema_field_has_a_csv_column():
    schema = record_schema()
    kinds = [ref["$ref"].rsplit("/", 1)[1] for ref in schema["oneOf"]]
    assert kinds
    for kind in kinds:
        columns = csv_columns(kind)
        assert len(columns) == len(set(columns)), kind
        for name in schema["$defs"][kind]["properties"]:
            missing = [c for c in field_columns(name) if c not in columns]
            assert not missing, f"{kind}.{name}: no CSV column {missing}"


EVENT = {
    "kind": "event", "doc": "a1", "text": "suspended", "start": 7, "end": 16, "sentence": 0,
    "rule": "suspension", "type": "suspension",
    "trigger": {"text": "suspended", "start": 7, "end": 16}, "status": "asserted",
    "date": {"text": "Wednesday", "start": 36, "end": 45, "value": "2019-07-03",
             "type": "DATE", "mod": None},
    "actors": [{"id": "russia", "name": "Russia", "role": "agent"},
               {"id": "united-states", "name": "United States", "role": "target"}],
    "treaty": {"id": "inf-treaty", "name": "INF Treaty", "text": "the INF Treaty"},
    "systems": [{"id": "9m729", "name": "9M729", "text": "9M729"},
                {"id": "ssc-8", "name": "SSC-8", "text": None}],
    "source": {"id": "kremlin", "name": "Kremlin"},
    "sentence_text": "Moscow suspended the INF Treaty on Wednesday.",
    "mentions": [{"text": "suspended", "start": 7, "end": 16, "sentence": 0},
                 {"text": "suspension", "start": 60, "end": 70, "sentence": 1}],
    "doc_date": "2019-07-05",
}


def test_csv_flattens_nested_fields_into_columns():
    stream = io.StringIO()
    writer = CsvWriter({"event": stream})
    writer.write([EVENT])
    writer.close()
    (row,) = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert set(row) == set(csv_columns("event"))
    assert row == {
        "kind": "event", "doc": "a1", "id": "", "text": "suspended", "start": "7", "end": "16",
        "sentence": "0", "rule": "suspension", "type": "suspension", "status": "asserted",
        "date_text": "Wednesday", "date_start": "36", "date_end": "45",
        "date_value": "2019-07-03", "date_type": "DATE", "date_mod": "",
        "actor_count": "2", "actor_ids": "russia|united-states",
        "actor_names": "Russia|United States", "actor_roles": "agent|target",
        "treaty_id": "inf-treaty", "treaty_name": "INF Treaty", "treaty_text": "the INF Treaty",
        "system_count": "2", "system_ids": "9m729|ssc-8", "system_names": "9M729|SSC-8",
        "system_texts": "9M729|", "source_id": "kremlin",
        "source_name": "Kremlin", "trigger_text": "suspended", "trigger_start": "7",
        "trigger_end": "16", "sentence_text": "Moscow suspended the INF Treaty on Wednesday.",
        "mention_count": "2", "mention_starts": "7|60", "mention_ends": "16|70",
        "doc_date": "2019-07-05",
    }


def test_csv_row_of_a_record_with_bare_treaty_and_system_ids():
    # records written before an event's treaty and systems carried their names
    row = csv_row({**EVENT, "treaty": "inf-treaty", "systems": ["9m729"]})
    assert (row["treaty_id"], row["treaty_name"]) == ("inf-treaty", "")
    assert (row["system_count"], row["system_ids"], row["system_names"]) == (1, "9m729", "")


def test_csv_row_of_an_undated_event_and_a_system_range():
    row = csv_row({**EVENT, "date": None, "source": None, "actors": []})
    assert row["date_value"] == "" and row["source_id"] == "" and row["actor_count"] == 0
    system = csv_row({"kind": "system", "range_km": {"min": 480, "max": 2500},
                      "aliases": ["9M729", "SSC-8"], "known": True})
    assert (system["range_km_min"], system["range_km_max"]) == (480, 2500)
    assert system["aliases"] == "9M729|SSC-8" and system["known"] is True
