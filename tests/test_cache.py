"""The build cache: what it restores equals what it stored, and a bad cache never hurts."""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from treatyx import cache

ARTICLE = (
    "Moscow, 3 March 2019 (wire) - Russia suspended its obligations under the INF Treaty on "
    "Monday, a day after Washington accused it of deploying the 9M729 cruise missile, which "
    "NATO calls the SSC-8 and which can fly anywhere from 500 to 5,500 km.\n"
)


def _round_trip(value):
    return pickle.loads(cache._dumps(value))


@pytest.mark.parametrize("pattern", [
    re.compile(r"(?P<n>\d+(?:,\d{3})*)\s*-?\s*(?:km|kilomet(?:er|re)s?)\b", re.IGNORECASE),
    re.compile(r"(?x) (?P<month> jan | feb ) \s+ (?P<day>\d{1,2})"),
    re.compile(r"(?<![\w-])KN-?\d+"),
    re.compile(rb"\d{4}-\d{2}"),
    re.compile(r"(?a)\w+"),
])
def test_a_stored_regex_comes_back_equal_and_matches_the_same(pattern):
    restored = _round_trip(pattern)
    assert restored is not pattern
    assert (restored.pattern, restored.flags, restored.groupindex) == (
        pattern.pattern, pattern.flags, pattern.groupindex)
    sample = (b"2019-03 KN-23 and 1,500 Km" if isinstance(pattern.pattern, bytes)
              else "jan 12: KN-23, 1,500 Kilometres, x-KN-9")
    assert [m.span() for m in restored.finditer(sample)] == [
        m.span() for m in pattern.finditer(sample)]


def test_a_stored_regex_is_its_text_and_compiles_on_first_use():
    pattern = re.compile(r"(?P<a>\d+) km", re.IGNORECASE)
    data = cache._dumps({"regex": pattern})
    assert b"(?P<a>\\d+) km" in data  # the text, not compiled code
    restored = pickle.loads(data)["regex"]
    assert isinstance(restored, cache.LazyRegex) and "search" not in vars(restored)
    assert restored == pattern and restored.match("42 KM").group("a") == "42"
    assert "search" in vars(restored)  # compiled once, then the pattern's own methods


def test_built_once_then_read_back_by_another_process(tmp_path):
    path = tmp_path / "build-x.pickle"
    calls = []

    def build():
        calls.append(1)
        return {"regex": re.compile(r"\d+ km"), "words": ("a", "b")}

    first = cache.BuildCache(path)
    built = first.get("thing", build)
    assert first.get("thing", build) is built and len(calls) == 1
    first.save()
    assert path.exists()
    again = cache.BuildCache(path).get("thing", build)
    assert len(calls) == 1
    assert again["words"] == ("a", "b") and again["regex"].search("a 500 km").group() == "500 km"


@pytest.mark.parametrize("content", [b"", b"not a pickle at all", pickle.dumps(["a", "list"])])
def test_an_unreadable_cache_file_is_rebuilt_and_replaced(tmp_path, content):
    path = tmp_path / "build-x.pickle"
    path.write_bytes(content)
    store = cache.BuildCache(path)
    assert store.get("thing", lambda: 42) == 42
    store.save()
    assert cache.BuildCache(path).get("thing", lambda: 0) == 42


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    store = cache.BuildCache(blocker / "build-x.pickle")
    assert store.get("thing", lambda: 1) == 1
    store.save()  # must not raise
    assert blocker.read_text().startswith("a file")


def test_only_the_most_recently_used_files_are_kept(tmp_path):
    for i in range(cache.KEEP_FILES + 3):
        old = tmp_path / f"build-{i:02d}.pickle"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    store = cache.BuildCache(tmp_path / "build-new.pickle")
    store.get("thing", lambda: 1)
    store.save()
    kept = sorted(p.name for p in tmp_path.glob("build-*.pickle"))
    assert len(kept) == cache.KEEP_FILES and "build-new.pickle" in kept
    assert "build-00.pickle" not in kept


def test_the_cache_can_be_turned_off_and_moved(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.ENV_VAR, "off")
    assert cache.cache_dir() is None
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path))
    assert cache.cache_dir() == tmp_path
    monkeypatch.delenv(cache.ENV_VAR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "treatyx"


def test_editing_a_rule_file_changes_which_cache_file_is_used(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    rule = folder / "extra.yml"
    rule.write_text("treaties: []\n")
    before = cache.rules_key([folder])
    rule.write_text("treaties: []\n# an edit\n")
    assert cache.rules_key([folder]) != before


def _extract(env: dict[str, str], path: Path) -> str:
    out = subprocess.run([sys.executable, "-m", "treatyx", "extract", str(path), "--format",
                          "jsonl", "--date", "2019-03-03", "-q"], capture_output=True,
                         text=True, env=env, check=True)
    return out.stdout


def test_a_cold_and_a_warm_cache_and_no_cache_give_the_same_records(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / "cache"
    env = {**os.environ, cache.ENV_VAR: str(folder)}
    cold = _extract(env, article)
    files = list(folder.glob("build-*.pickle"))
    assert len(files) == 1
    warm = _extract(env, article)
    off = _extract({**os.environ, cache.ENV_VAR: "off"}, article)
    assert cold == warm == off
    kinds = {json.loads(line)["kind"] for line in cold.splitlines()}
    assert {"treaty", "system", "actor", "range", "date", "event"} <= kinds


def test_cache_info_and_clear_commands(tmp_path):
    env = {**os.environ, cache.ENV_VAR: str(tmp_path)}
    (tmp_path / "build-abc.pickle").write_bytes(b"x" * 10)
    command = [sys.executable, "-m", "treatyx", "cache"]
    info = subprocess.run([*command, "info"], capture_output=True, text=True, env=env,
                          check=True).stdout
    assert str(tmp_path) in info and "build-abc.pickle" in info
    cleared = subprocess.run([*command, "clear"], capture_output=True, text=True, env=env,
                             check=True).stdout
    assert "removed 1" in cleared and not list(tmp_path.glob("build-*.pickle"))


def test_the_cache_holds_no_compiled_regex_and_a_run_does_not_rewrite_it(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / "cache"
    env = {**os.environ, cache.ENV_VAR: str(folder)}
    first = _extract(env, article)
    (path,) = folder.glob("build-*.pickle")
    written = path.read_bytes()
    items = pickle.loads(written)
    stored = []

    def walk(value, depth=0):
        if isinstance(value, re.Pattern):
            stored.append(value)
        elif depth < 6 and isinstance(value, dict | list | tuple):
            for item in value.values() if isinstance(value, dict) else value:
                walk(item, depth + 1)
        elif depth < 6 and hasattr(value, "__dict__"):
            walk(vars(value), depth + 1)

    walk(items)
    assert not stored, "a compiled pattern was unpickled: it should come back as its text"
    assert _extract(env, article) == first
    assert path.read_bytes() == written  # what the second run compiled is not saved again


class Growing:
    """Something that computes more as it is used (as the date rules do)."""

    grown = False


def test_a_growing_item_is_saved_again_only_when_it_grew(tmp_path):
    path = tmp_path / "build-x.pickle"
    store = cache.BuildCache(path)
    item = store.get("item", Growing, grows=True)
    store.save()
    first = path.stat().st_mtime_ns
    store.save()  # nothing new: not written again
    assert path.stat().st_mtime_ns == first
    item.grown = True
    os.utime(path, ns=(first - 10**9, first - 10**9))
    store.save()
    assert path.stat().st_mtime_ns > first - 10**9 and not item.grown
