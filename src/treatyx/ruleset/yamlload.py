"""YAML loading that remembers where each mapping starts, so errors can name file:line.

Built on ``yaml.SafeLoader`` (the LibYAML-backed ``CSafeLoader`` when PyYAML has it: parsing
the whole knowledge base is several times faster): no arbitrary objects, just data, plus a
``line`` on every mapping and an error for keys repeated inside one mapping (PyYAML silently
keeps the last one).
"""

from __future__ import annotations

import datetime as _dt
import functools
from pathlib import Path
from typing import Any

from ..errors import RuleError


class LineDict(dict):
    """A dict that knows the 1-based line where its YAML mapping started, and the line of
    each of its keys (``key_lines``): errors name the key at fault, not the entry."""

    line: int = 0
    key_lines: dict[Any, int]


class LineList(list):
    """A list that knows the 1-based line of each of its items (``lines``)."""

    lines: list[int]


def _construct_mapping(loader: Any, node: Any):
    import yaml

    data = LineDict()
    data.line = node.start_mark.line + 1
    data.key_lines = seen = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} appears twice in one mapping", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line + 1
        data[key] = loader.construct_object(value_node, deep=True)


def _construct_timestamp(loader: Any, node: Any) -> str:
    import yaml

    # Dates in rule files are data, kept as the ISO text the author wrote.
    value = yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    return value.isoformat()


def _construct_sequence(loader: Any, node: Any):
    data = LineList()
    data.lines = [item.start_mark.line + 1 for item in node.value]
    yield data
    data.extend(loader.construct_object(item, deep=True) for item in node.value)


@functools.cache
def _line_loader() -> type:
    """The loader class, made on first use: a run that reads the rules from the build cache
    never imports PyYAML (13 ms of a one-file run's start-up)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class _LineLoader(base):  # type: ignore[misc, valid-type]
        pass

    _LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                _construct_mapping)
    _LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG,
                                _construct_sequence)
    _LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
    return _LineLoader


def load_yaml_file(path: Path, display: str) -> Any:
    """Parse one YAML file; syntax errors become ``RuleError(display, line, ...)``."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(display, None, f"not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise RuleError(display, None, f"cannot read: {exc.strerror}") from None
    import yaml

    try:
        return yaml.load(text, Loader=_line_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise RuleError(display, line, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise RuleError(display, None, f"YAML error: {exc}") from None
