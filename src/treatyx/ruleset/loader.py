"""Find, parse and validate rule files into a :class:`RuleSet`.

The shipped rules (``treatyx/rules`` inside the installed package) are always loaded first; each
extra folder given by the user is loaded after them, and an entry there with the same section and
id replaces the shipped one. Every problem found is collected and raised together as
:class:`~treatyx.errors.RuleErrors`, each naming ``file:line``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..errors import RuleError, RuleErrors
from .regex_safety import repeats_a_repetition
from .schema import SECTIONS, SectionSpec
from .yamlload import LineDict, load_yaml_file

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ENTRY_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True)
class Entry:
    """One validated rule entry and where it was written."""

    section: str
    data: dict[str, Any]
    path: str
    line: int

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


def _check_phrases(key: str, value: Any, where: tuple[str, int], errors: list[RuleError]) -> None:
    if not isinstance(value, list):
        errors.append(RuleError(*where, f"'{key}' must be a list of texts"))
        return
    bad = [v for v in value if not (isinstance(v, str) and v.strip())]
    if bad:
        errors.append(RuleError(*where, f"'{key}' must hold non-empty texts, got "
                                f"{', '.join(repr(v) for v in bad)} (YAML reads unquoted "
                                f"no/on/off/yes and numbers as other types: quote them)"))


def validate_entry(section: str, spec: SectionSpec, item: Any, where: tuple[str, int],
                   errors: list[RuleError]) -> bool:
    """Check one entry against its section spec; append problems to ``errors``."""
    if not isinstance(item, dict):
        errors.append(RuleError(*where, f"each {section} entry must be a mapping of keys"))
        return False
    before = len(errors)
    entry_id = item.get("id")
    label = f"{section} entry '{entry_id}'" if entry_id else f"{section} entry"
    for key in item:
        if key not in spec.allowed:
            allowed = ", ".join(sorted(spec.allowed))
            errors.append(RuleError(*where, f"unknown key '{key}' in {label} (allowed: {allowed})"))
    for key in sorted(spec.required):
        if item.get(key) in (None, "", []):
            errors.append(RuleError(*where, f"{label} is missing required key '{key}'"))
    if entry_id is not None and (not isinstance(entry_id, str) or not ENTRY_ID.match(entry_id)):
        errors.append(RuleError(*where, f"id {entry_id!r} must be lower-case kebab-case text"))
    for key in spec.phrases:
        if item.get(key) is not None:
            _check_phrases(key, item[key], where, errors)
    for key in spec.regexes:
        pattern = item.get(key)
        if pattern is None:
            continue
        if not isinstance(pattern, str):
            errors.append(RuleError(*where, f"'{key}' in {label} must be a regex text"))
            continue
        try:
            re.compile(pattern)
        except re.error as exc:
            errors.append(RuleError(*where, f"invalid regex in {label}: {exc}"))
            continue
        if repeats_a_repetition(pattern):
            errors.append(RuleError(*where, f"regex in {label} repeats a repeated group (as in "
                                    "'(a+)+'): it can take exponential time on some texts; "
                                    "write the repetition once"))
    for key in spec.dates:
        value = item.get(key)
        if value is not None and not (isinstance(value, str) and ISO_DATE.match(value)):
            errors.append(RuleError(*where, f"'{key}' in {label} must be an ISO date "
                                    f"(YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}"))
    for key, options in spec.choices.items():
        value = item.get(key)
        for one in value if isinstance(value, list) else [value]:  # a value or a list of them
            if one is not None and one not in options:
                errors.append(RuleError(*where, f"'{key}' in {label} is {one!r}; expected one "
                                        f"of {', '.join(options)}"))
    for key in ("examples", "not"):
        value = item.get(key)
        if value is None:
            continue
        if not isinstance(value, list) or not all(
            isinstance(v, str) or (isinstance(v, dict) and isinstance(v.get("text"), str))
            for v in value
        ):
            errors.append(RuleError(*where, f"'{key}' in {label} must be a list of sentences "
                                    f"(or of mappings with a 'text')"))
    return len(errors) == before


def _load_folder(folder: Path, label: str, errors: list[RuleError]) -> list[Entry]:
    entries: list[Entry] = []
    for path in rule_files(folder):
        display = _display_path(path, folder, label)
        try:
            document = load_yaml_file(path, display)
        except RuleError as exc:
            errors.append(exc)
            continue
        if document is None:
            continue
        if not isinstance(document, dict):
            errors.append(RuleError(display, 1, "a rule file must map section names "
                                    f"({', '.join(SECTIONS)}) to lists of entries"))
            continue
        for section, items in document.items():
            line = getattr(document, "line", 1)
            spec = SECTIONS.get(section)
            if spec is None:
                errors.append(RuleError(display, line, f"unknown section '{section}' "
                                        f"(known: {', '.join(SECTIONS)})"))
                continue
            if not isinstance(items, list):
                errors.append(RuleError(display, line, f"section '{section}' must be a list"))
                continue
            for item in items:
                where = (display, item.line if isinstance(item, LineDict) else line)
                if validate_entry(section, spec, item, where, errors):
                    entries.append(Entry(section, plain(item), *where))
    return entries


def _merge(layers: list[list[Entry]], errors: list[RuleError]) -> dict[str, list[Entry]]:
    merged: dict[str, dict[str, Entry]] = {}
    for layer in layers:
        in_layer: dict[tuple[str, str], Entry] = {}
        for entry in layer:
            key = (entry.section, entry.id)
            if key in in_layer:
                first = in_layer[key]
                errors.append(RuleError(entry.path, entry.line, f"duplicate {entry.section} id "
                                        f"'{entry.id}' (first defined at {first.where})"))
                continue
            in_layer[key] = entry
            merged.setdefault(entry.section, {})[entry.id] = entry  # later layers override
    return {section: list(by_id.values()) for section, by_id in merged.items()}


def read_ruleset(extra_folders: tuple[str, ...] = (), include_shipped: bool = True) -> RuleSet:
    """Load and validate rules; raise :class:`RuleErrors` listing every problem found."""
    errors: list[RuleError] = []
    layers: list[list[Entry]] = []
    if include_shipped:
        layers.append(_load_folder(shipped_rules_dir(), "rules", errors))
    for folder in extra_folders:
        path = Path(folder)
        if not path.is_dir():
            errors.append(RuleError(folder, None, "rule folder not found"))
            continue
        layers.append(_load_folder(path, folder.rstrip("/"), errors))
    sections = _merge(layers, errors)
    if errors:
        raise RuleErrors(errors)
    return RuleSet(sections, tuple(extra_folders))


def load_ruleset(extra_folders: tuple[str, ...] = ()) -> RuleSet:
    """:func:`read_ruleset`, once per configuration: every component of a pipeline shares one
    parse, and the build cache keeps it between runs (see :mod:`treatyx.cache`)."""
    from ..cache import for_rules

    extra = tuple(extra_folders)
    return for_rules(extra).get("ruleset", lambda: read_ruleset(extra))
