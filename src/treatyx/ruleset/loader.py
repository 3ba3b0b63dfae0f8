"""Find, parse and validate rule files into a :class:`RuleSet`.

The shipped rules (``treatyx/rules`` inside the installed package) are always loaded first; each
extra folder given by the user is loaded after them, and an entry there with the same section and
id replaces the shipped one. Every problem found is collected and raised together as
:class:`~treatyx.errors.RuleErrors`, each naming ``file:line``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import RuleError, RuleErrors
from .schema import SECTIONS
from .yamlload import LineDict, LineList, load_yaml_file

if TYPE_CHECKING:
    from .models import Known

LINED_KEYS = ("examples", "not", "aliases", "metonyms", "adjectives", "demonyms", "weapon_names",
              "short_names")


@dataclass(frozen=True)
class Entry:
    """One validated rule entry and where it was written."""

    section: str
    data: dict[str, Any]
    path: str
    line: int
    # the line of each item of `examples`, `not` and the name lists (of `name`: one line), so
    # `rules check` names a failing example and a name claimed twice by its own line
    lines: dict[str, list[int]] = field(default_factory=dict, compare=False)

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def get(self, key: str, default: Any = None) -> Any:
        value = self.data.get(key)
        return default if value is None else value

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def dated_aliases(self) -> list[tuple[list[str], str, str]]:
        """Each group of dated aliases as (names, first date, last date), an open end as ""
        or "~" so that plain string comparison with an ISO date tells whether it holds."""
        return [(group["names"], str(group.get("from") or ""), str(group.get("to") or "~"))
                for group in self.get("dated_aliases", [])]


@dataclass
class RuleSet:
    """All rule entries, by section, in load order."""

    sections: dict[str, list[Entry]]
    folders: tuple[str, ...]

    def entries(self, section: str) -> list[Entry]:
        return self.sections.get(section, [])

    def __iter__(self) -> Iterator[Entry]:
        for entries in self.sections.values():
            yield from entries

    def find(self, section: str, entry_id: str) -> Entry | None:
        return next((e for e in self.entries(section) if e.id == entry_id), None)


def shipped_rules_dir() -> Path:
    """The rules folder packed inside the installed package."""
    return Path(str(files("treatyx") / "rules"))


def rule_files(folder: Path) -> list[Path]:
    """Every YAML file below ``folder``, in a stable order."""
    found = [p for p in folder.rglob("*") if p.suffix in (".yml", ".yaml") and p.is_file()]
    return sorted(found)


def plain(value: Any) -> Any:
    """Rule data as plain dicts and lists (the line-remembering dicts stay in the loader), so
    values copied into records serialise as JSON, YAML or msgpack."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def _display_path(path: Path, root: Path, label: str) -> str:
    return f"{label}/{path.relative_to(root).as_posix()}"


@dataclass(frozen=True)
class _Raw:
    """One entry as read from YAML, before validation."""

    section: str
    item: LineDict
    path: str


def _read_folder(folder: Path, label: str, errors: list[RuleError]) -> list[_Raw]:
    """Every entry of every rule file below ``folder``; problems of file shape to ``errors``."""
    found: list[_Raw] = []
    for path in rule_files(folder):
        display = _display_path(path, folder, label)
        try:
            document = load_yaml_file(path, display)
        except RuleError as exc:
            errors.append(exc)
            continue
        if document is None:
            continue
        if not isinstance(document, LineDict):
            errors.append(RuleError(display, 1, "a rule file must map section names "
                                    f"({', '.join(SECTIONS)}) to lists of entries"))
            continue
        for section, items in document.items():
            line = document.key_lines.get(section, document.line)
            if section not in SECTIONS:
                errors.append(RuleError(display, line, f"unknown section '{section}' "
                                        f"(known: {', '.join(SECTIONS)})"))
                continue
            if not isinstance(items, list):
                errors.append(RuleError(display, line, f"section '{section}' must be a list"))
                continue
            for index, item in enumerate(items):
                if not isinstance(item, LineDict):
                    where = items.lines[index] if isinstance(items, LineList) else line
                    errors.append(RuleError(display, where, f"each {section} entry must be a "
                                            "mapping of keys"))
                    continue
                found.append(_Raw(section, item, display))
    return found


def _validate(layer: list[_Raw], known: Known, errors: list[RuleError]) -> list[Entry]:
    from .validate import validate_entry  # the models are built only when rules are read

    entries = []
    for raw in layer:
        problems = validate_entry(raw.section, raw.item, raw.path, known)
        if problems:
            errors.extend(problems)
        else:
            lines = {key: raw.item[key].lines for key in LINED_KEYS
                     if isinstance(raw.item.get(key), LineList)}
            for key in ("id", "name"):  # scalar keys errors may name after validation
                if key in raw.item:
                    lines[key] = [raw.item.key_lines[key]]
            entries.append(Entry(raw.section, plain(raw.item), raw.path, raw.item.line, lines))
    return entries


def _merge(layers: list[list[Entry]], errors: list[RuleError]) -> dict[str, list[Entry]]:
    merged: dict[str, dict[str, Entry]] = {}
    for layer in layers:
        in_layer: dict[tuple[str, str], Entry] = {}
        for entry in layer:
            key = (entry.section, entry.id)
            if key in in_layer:
                first = in_layer[key]
                line = entry.lines.get("id", [entry.line])[0]
                first_line = first.lines.get("id", [first.line])[0]
                errors.append(RuleError(entry.path, line, f"duplicate {entry.section} id "
                                        f"'{entry.id}' (first defined at {first.path}:"
                                        f"{first_line})"))
                continue
            in_layer[key] = entry
            merged.setdefault(entry.section, {})[entry.id] = entry  # later layers override
    return {section: list(by_id.values()) for section, by_id in merged.items()}


_shipped: dict[tuple, tuple[list[_Raw], list[Entry], list[RuleError]]] = {}


def _shipped_layer() -> tuple[list[_Raw], list[Entry], list[RuleError]]:
    """The shipped rules read and validated, once per process while their files are unchanged.
    Validated on their own: entries of other folders add ids a reference may name, and never
    make a shipped entry wrong (clashes across folders are the cross checks' job)."""
    folder = shipped_rules_dir()
    files = rule_files(folder)
    key = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    found = _shipped.get(key)
    if found is None:
        from .validate import collect_known

        errors: list[RuleError] = []
        raw = _read_folder(folder, "rules", errors)
        known = collect_known((r.section, r.item) for r in raw)
        entries = _validate(raw, known, errors)
        _shipped.clear()
        found = _shipped[key] = (raw, entries, errors)
    return found


def read_ruleset(extra_folders: tuple[str, ...] = (), include_shipped: bool = True) -> RuleSet:
    """Load and validate rules; raise :class:`RuleErrors` listing every problem found: the
    typed schema of each entry (:mod:`.models`), references between entries, ids defined
    twice in one folder, and names claimed by two entities (:mod:`.check`)."""
    from .check import cross_checks
    from .validate import collect_known

    errors: list[RuleError] = []
    folders: list[tuple[Path, str]] = []
    for folder in extra_folders:
        path = Path(folder)
        if not path.is_dir():
            errors.append(RuleError(folder, None, "rule folder not found"))
            continue
        folders.append((path, folder.rstrip("/")))
    raw_layers = [_read_folder(path, label, errors) for path, label in folders]
    shipped: tuple[list[_Raw], list[Entry], list[RuleError]] = ([], [], [])
    if include_shipped:
        shipped = _shipped_layer()
        errors[:0] = shipped[2]
    known = collect_known((raw.section, raw.item) for layer in (shipped[0], *raw_layers)
                          for raw in layer)
    layers = [shipped[1]] if include_shipped else []
    layers += [_validate(layer, known, errors) for layer in raw_layers]
    sections = _merge(layers, errors)
    ruleset = RuleSet(sections, tuple(extra_folders))
    if not errors:
        errors.extend(cross_checks(ruleset, include_shipped))
    if errors:
        raise RuleErrors(errors)
    return ruleset


def load_ruleset(extra_folders: tuple[str, ...] = ()) -> RuleSet:
    """:func:`read_ruleset`, once per configuration: every component of a pipeline shares one
    parse, and the build cache keeps it between runs (see :mod:`treatyx.cache`)."""
    from ..cache import for_rules

    extra = tuple(extra_folders)
    return for_rules(extra).get("ruleset", lambda: read_ruleset(extra))
