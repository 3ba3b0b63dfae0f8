"""extract --scheduler: the documents processed on a Dask LocalCluster of two worker processes
give the local run's output byte for byte; failures of a document or a worker cost nothing else.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from treatyx import distributed as cluster_run
from treatyx.batch import Outcome
from treatyx.cli import main
from treatyx.io.readers import Document

distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is not installed: pip install 'treatyx[dask]'")

# Our own short reports (and one corpus line that cannot be read, named by the reader).
ARTICLES = [
    ("seoul-1", "2023-07-12", "North Korea test-fired a Hwasong-18 missile on Wednesday, the "
                              "military in Seoul said."),
    ("kyiv-1", "2023-05-16", "Ukraine said a Patriot battery intercepted six Kinzhal missiles "
                             "over Kyiv overnight."),
    ("geneva-1", "2021-06-16", "Presidents Biden and Putin agreed in Geneva to start talks on "
                               "strategic stability."),
    ("moscow-1", "2023-02-21", "Putin said Russia would suspend its participation in New START, "
                               "the last treaty limiting the two arsenals."),
    ("tehran-1", "2023-06-06", "Iran unveiled a missile it called Fattah, saying it could reach "
                               "targets 1,400 km away."),
]


def corpus_lines(articles=ARTICLES) -> str:
    lines = [json.dumps({"id": i, "date": d, "text": t}) for i, d, t in articles]
    lines.insert(2, '{"id": "broken", "text": "no closing brace"')
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def client(cluster):
    with distributed.Client(cluster, set_as_default=False) as connected:
        yield connected


def documents() -> list[Document]:
    return [Document(i, t, d) for i, d, t in ARTICLES]


def outcomes(runner: cluster_run.DaskRunner) -> list[tuple]:
    with runner:
        return [(o.name, o.records, o.error) for o in runner.run(documents())]


def test_cluster_output_equals_local_output(cluster, tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(corpus_lines(), encoding="utf-8")
    runner = CliRunner()
    local = runner.invoke(main, ["extract", str(corpus), "--format", "jsonl", "--workers", "1",
                                 "-q"])
    remote = runner.invoke(main, ["extract", str(corpus), "--format", "jsonl", "-q",
                                  "--scheduler", cluster.scheduler_address])
    assert local.exit_code == remote.exit_code == 1  # the broken line, reported by both
    assert remote.stdout_bytes == local.stdout_bytes
    assert len(local.stdout.splitlines()) > 10
    assert remote.stderr == local.stderr
    assert local.stderr.startswith(f"treatyx: error: {corpus}:3: invalid JSON")
    assert local.stderr.count("\n") == 1


def test_partitions_come_back_in_input_order(client):
    """One document per partition on two workers: they finish in any order, come back in ours."""
    expected = [(d.name, None) for d in documents()]
    found = outcomes(cluster_run.DaskRunner(client=client, partition_docs=1,
                                            transform=_doc_names))
    assert [(name, error) for name, _, error in found] == expected
    assert [records for _, records, _ in found] == [[d.name] for d in documents()]


def _doc_names(records: list[dict]) -> list[str]:
    return sorted({r["doc"] for r in records})


def _fail_on(name: str, records: list[dict]) -> list[dict]:
    if any(r["doc"] == name for r in records):
        raise ValueError("cannot write this one")
    return records


def _die_once(marker: str, name: str, records: list[dict]) -> list[dict]:
    """Kill the worker process the first time it finishes document ``name``."""
    if any(r["doc"] == name for r in records) and not os.path.exists(marker):
        Path(marker).touch()
        os._exit(1)
    return records


def test_a_failing_document_is_named_and_the_rest_goes_on(client):
    found = outcomes(cluster_run.DaskRunner(client=client, partition_docs=2,
                                            transform=functools.partial(_fail_on, "geneva-1")))
    assert [(name, error) for name, _, error in found] == [
        ("seoul-1", None), ("kyiv-1", None),
        ("geneva-1", "output failed: ValueError: cannot write this one"),
        ("moscow-1", None), ("tehran-1", None)]
    assert all(records for name, records, _ in found if name != "geneva-1")


def test_a_worker_killed_midway_costs_no_document(client, tmp_path):
    plain = outcomes(cluster_run.DaskRunner(client=client, partition_docs=2))
    marker = tmp_path / "killed-once"
    runner = cluster_run.DaskRunner(client=client, partition_docs=2,
                                    transform=functools.partial(_die_once, str(marker),
                                                                "moscow-1"))
    assert outcomes(runner) == plain  # the partition ran again on the other worker
    assert marker.exists()
    assert all(error is None for _, _, error in plain)


# -- a partition that kills every worker it is given (without a real cluster) -----------------

class KilledWorker(Exception):
    """Stands for distributed.KilledWorker (the runner tells it by its name)."""


class _Future:
    def __init__(self, value=None, error=None):
        self.value, self.error = value, error

    def done(self):
        return True

    def result(self):
        if self.error is not None:
            raise self.error
        return self.value


class _Client:
    """Runs each partition at once; any partition that holds ``culprit`` kills its workers."""

    def __init__(self, culprit: str):
        self.culprit = culprit
        self.partitions: list[list[str]] = []

    def scheduler_info(self):
        return {"workers": {"a": {"nthreads": 1}, "b": {"nthreads": 1}}}

    def submit(self, _function, _spec, documents, _transform, key, pure):
        names = [d.name for d in documents]
        self.partitions.append(names)
        if self.culprit in names:
            return _Future(error=KilledWorker(f"{key}: attempted to run 4 times"))
        return _Future([([{"doc": n}], None) for n in names])

    def cancel(self, futures):
        pass


def test_a_partition_that_kills_its_workers_is_retried_one_document_at_a_time():
    client = _Client("moscow-1")
    runner = cluster_run.DaskRunner(client=client, partition_docs=3)
    with runner:
        found: list[Outcome] = list(runner.run(documents()))
    assert [(o.name, o.error) for o in found] == [
        ("seoul-1", None), ("kyiv-1", None), ("geneva-1", None),
        ("moscow-1", "the worker process died while processing this document (killed, out of "
                     "memory, or a crash), on every worker that tried it"),
        ("tehran-1", None)]
    assert client.partitions == [["seoul-1", "kyiv-1", "geneva-1"], ["moscow-1", "tehran-1"],
                                 ["moscow-1"], ["tehran-1"]]
    assert runner.retried == 1


def test_an_unreachable_scheduler_is_a_usage_error(monkeypatch, tmp_path):
    monkeypatch.setattr(cluster_run, "CONNECT_TIMEOUT", "1s")
    text = tmp_path / "a.txt"
    text.write_text("Russia suspended New START.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(text), "--format", "jsonl",
                                       "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert result.stderr.startswith("treatyx: error: tcp://127.0.0.1:9: cannot reach the Dask "
                                    "scheduler")
    assert result.stdout == ""
