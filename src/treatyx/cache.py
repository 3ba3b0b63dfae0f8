"""What building the pipeline computes from the rule files, kept on disk between runs.

Building the components parses ~700 KB of YAML, tokenises ~9,000 names for the phrase tables
and compiles a few hundred regular expressions: about a second, twice what ``import spacy``
costs, paid again by every ``treatyx extract`` of a single file. None of it changes until the
rules, treatyx, spaCy or Python do, so it is kept in one pickle per configuration:

- the file name is a digest of the Python version, the regex engine's version, spaCy's
  version, the contents of treatyx's own source files and of every rule file in use, so any
  edit to any of them starts a new file (and nothing stale is ever read);
- compiled regular expressions are stored as their pattern text and flags only (``re`` has no
  public way to store compiled code) and come back as :class:`LazyRegex`, compiled on first
  use: a run compiles only the expressions its documents need;
- a cache that cannot be read, written or unpickled is ignored: treatyx builds as if there
  were none. Files are written atomically, and only the 8 most recently used are kept.

Pipelines loaded from a saved folder (:mod:`treatyx.components.rulebased`) use a cache named by
the digest of the rule data saved there (:func:`for_data`) instead of rule folders.

Location: ``$TREATYX_CACHE_DIR``, else ``$XDG_CACHE_HOME/treatyx``, else ``~/.cache/treatyx``.
``TREATYX_CACHE_DIR=off`` turns the cache off.
"""

from __future__ import annotations

import atexit
import copyreg
import gc
import hashlib
import io
import os
import pickle
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .matching import PhraseTable

T = TypeVar("T")

ENV_VAR = "TREATYX_CACHE_DIR"
OFF = ("off", "0", "no", "none", "")
KEEP_FILES = 16
FORMAT = 2  # bump when the layout of the cached data changes


# -- where, and under which name ---------------------------------------------------------------

def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    configured = os.environ.get(ENV_VAR)
    if configured is not None:
        return None if configured.strip().lower() in OFF else Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "treatyx"


def _hash_files(digest: Any, paths: Iterable[Path], root: Path) -> None:
    for path in paths:
        digest.update(str(path.relative_to(root)).encode("utf-8", "surrogateescape") + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
        digest.update(b"\0")


_environment: str | None = None


def environment_key() -> str:
    """Digest of everything besides the rules that shapes what is built (once per process)."""
    global _environment
    if _environment is None:
        import spacy

        digest = hashlib.sha256(f"{FORMAT}|{sys.version}|{spacy.__version__}|".encode())
        package = Path(__file__).resolve().parent
        _hash_files(digest, sorted(package.rglob("*.py")), package)
        _environment = digest.hexdigest()
    return _environment


def rules_key(folders: Sequence[Path]) -> str:
    """Digest of the contents of every rule file in ``folders``, in order."""
    from .ruleset.loader import rule_files

    digest = hashlib.sha256()
    for folder in folders:
        digest.update(str(folder).encode("utf-8", "surrogateescape") + b"\0\0")
        if folder.is_dir():
            _hash_files(digest, rule_files(folder), folder)
    return digest.hexdigest()


# -- compiled regular expressions ----------------------------------------------------------------

@contextmanager
def collection_paused() -> Iterator[None]:
    """No garbage collection inside (then as before): building and loading rules makes many
    objects and no garbage, so collections would only walk them (a 45 ms full one, measured,
    while a pipeline was built)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class LazyRegex:
    """A regular expression kept as its text and flags, compiled when first used.

    What the build cache gives back for every compiled pattern it stored: reading the cache
    costs no compilation, and a run compiles only what its documents use. It offers the
    methods of ``re.Pattern``; after the first use they are the compiled pattern's own bound
    methods (an instance attribute each), so later calls cost no indirection.
    """

    METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
               "scanner")

    def __init__(self, pattern: str | bytes, flags: int = 0):
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern:
        # Compiling makes thousands of short-lived objects, none in a cycle; the collections
        # they would trigger (while documents are processed) only walk the pipeline's objects.
        with collection_paused():
            return re.compile(self.pattern, self.flags)

    @property
    def ready(self) -> bool:
        """Compiled already (its methods are the compiled pattern's)."""
        return "match" in self.__dict__

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("pattern", "flags"):
            raise AttributeError(name)
        compiled = self.compiled()
        for method in self.METHODS:
            setattr(self, method, getattr(compiled, method))
        self.groupindex, self.groups = compiled.groupindex, compiled.groups
        return getattr(compiled, name)

    def __reduce__(self) -> tuple:
        return LazyRegex, (self.pattern, self.flags)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyRegex | re.Pattern):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r}, {self.flags})"


def _reduce_pattern(pattern: re.Pattern) -> tuple:
    return LazyRegex, (pattern.pattern, pattern.flags)


def _dumps(value: Any) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, re.Pattern: _reduce_pattern}
    pickler.dump(value)
    return buffer.getvalue()


# -- the store ------------------------------------------------------------------------------------

class BuildCache:
    """Built objects of one configuration by name, read from and written to one file.

    ``get(name, build)`` returns what ``build()`` returned, from memory, from the file, or by
    calling it; ``save()`` writes the file when something was built. ``path`` None: memory only.
    """

    def __init__(self, path: Path | None):
        self.path = path
        self._items: dict[str, Any] = {}
        self._dirty = False
        self._growing: set[str] = set()
        self.requested: list[str] = []  # names asked for, in order (see RuleComponent)
        if path is not None:
            self._items = self._read(path)
            atexit.register(self.save)  # what was compiled while documents were processed

    @staticmethod
    def _read(path: Path) -> dict[str, Any]:
        # unpickling makes ~10^5 objects, none garbage: collections took a third of the time
        with collection_paused():
            try:
                with path.open("rb") as handle:
                    items = pickle.load(handle)
                os.utime(path)  # most recently used: kept when old files are pruned
            except Exception:  # missing, unreadable, truncated, written by other code: rebuild
                return {}
        return items if isinstance(items, dict) else {}

    def get(self, name: str, build: Callable[[], T], grows: bool = False) -> T:
        """``grows``: the object may compute more as it is used (e.g. regexes compiled on
        first need), and says so with a true ``grown`` attribute; :meth:`save` then writes it
        again, so the next run starts with what this one compiled."""
        self.requested.append(name)
        if name not in self._items:
            self._items[name] = build()
            self._dirty = True
        if grows:
            self._growing.add(name)
        return self._items[name]

    def adopt(self, other: BuildCache, names: Iterable[str]) -> None:
        """Keep ``other``'s objects ``names`` here too (a saved pipeline's cache starts with
        what the pipeline it was saved from had built)."""
        for name in names:
            if name in other._items and name not in self._items:
                self._items[name] = other._items[name]
                self._dirty = True
                if name in other._growing:
                    self._growing.add(name)

    @staticmethod
    def tokenizer_key(tokenizer: Any) -> str:
        """Digest of a tokenizer's settings: phrases split by one are valid for the other."""
        return hashlib.sha256(tokenizer.to_bytes(exclude=["vocab"])).hexdigest()

    def phrase_table(self, name: str, nlp: Any, fill: Callable[[PhraseTable], None],
                     tokenizer_key: str | None = None) -> PhraseTable:
        """The compiled :class:`~treatyx.matching.PhraseTable` ``fill`` adds phrases to, for
        ``nlp``'s tokenizer (pass ``tokenizer_key`` when building several tables at once)."""
        from .matching import PhraseTable

        key = tokenizer_key or self.tokenizer_key(nlp.tokenizer)

        def build() -> PhraseTable:
            table: PhraseTable = PhraseTable(nlp, name)
            fill(table)
            return table.compile()

        return self.get(f"phrases:{name}:{key}", build)

    def save(self) -> None:
        """Write the file if anything was built since it was read; never raises."""
        grown = [self._items[name] for name in self._growing
                 if getattr(self._items[name], "grown", False)]
        if not (self._dirty or grown) or self.path is None:
            return
        self._dirty = False
        for item in grown:
            item.grown = False
        from .io.writers import atomic_output

        try:
            data = _dumps(self._items)
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with atomic_output(self.path, binary=True) as out:
                out.write(data)
            _prune(self.path.parent)
        except Exception:  # a read-only home or a full disk only costs speed
            return


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("build-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP_FILES:]:
        old.unlink(missing_ok=True)


_caches: dict[tuple[str, ...], BuildCache] = {}


def for_rules(extra_folders: tuple[str, ...] = ()) -> BuildCache:
    """The cache of pipelines built from the shipped rules plus ``extra_folders``: the same
    object for the whole process (like the parsed rules before it), its file named by the
    contents of the rule files when it is first asked for."""
    found = _caches.get(extra_folders)
    if found is None:
        from .ruleset.loader import shipped_rules_dir

        folders = [shipped_rules_dir(), *(Path(folder) for folder in extra_folders)]
        key = hashlib.sha256(f"{environment_key()}|{rules_key(folders)}".encode()).hexdigest()
        folder = cache_dir()
        path = folder / f"build-{key[:32]}.pickle" if folder is not None else None
        found = _caches[extra_folders] = BuildCache(path)
    return found


def for_data(digest: str) -> BuildCache:
    """The cache of components built from saved rule data (not from rule folders), named by
    ``digest``, the digest of that data."""
    key = f"data:{digest}"
    found = _caches.get((key,))
    if found is None:
        name = hashlib.sha256(f"{environment_key()}|{key}".encode()).hexdigest()
        folder = cache_dir()
        path = folder / f"build-{name[:32]}.pickle" if folder is not None else None
        found = _caches[(key,)] = BuildCache(path)
    return found


def save_all() -> None:
    """Save every cache this process used (see :meth:`BuildCache.save`)."""
    for found in _caches.values():
        found.save()


def forget() -> None:
    """Drop what this process holds, so the next build reads the rule files (and the cache
    folder) again: for tests and for tools that edit rules while running."""
    _caches.clear()


def clear() -> int:
    """Delete every cache file (of any configuration); return how many there were."""
    forget()
    folder = cache_dir()
    if folder is None or not folder.is_dir():
        return 0
    removed = 0
    for path in folder.glob("build-*.pickle"):
        path.unlink(missing_ok=True)
        removed += 1
    return removed
