"""Read and write Markdown files with YAML front matter, keeping line numbers.

Every error names the file and the line so an editor can jump straight to it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml

try:  # libyaml's C loader is several times faster; fall back when absent.
    from yaml import CSafeDumper as SafeDumper
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class SafeLoader(_BaseLoader):
    """Safe loader where a value that only looks like a timestamp (2024-02-30) stays text for the schema to report."""


def _timestamp(loader: SafeLoader, node: yaml.ScalarNode) -> object:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, AttributeError, OverflowError):
        return loader.construct_scalar(node)


SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` through libyaml's C parser when PyYAML has it (data files, gold files): the same values,
    several times faster."""
    return yaml.load(text, Loader=_BaseLoader)


DELIMITER = "---"


class FrontMatterError(ValueError):
    """A file whose front matter cannot be read at all."""

    def __init__(self, message: str, line: int, fix: str):
        super().__init__(message)
        self.line = line
        self.fix = fix


@dataclass
class Document:
    meta: dict[str, Any]
    body: str
    key_lines: dict[str, int] = field(default_factory=dict)  # 1-based line of each key
    body_line: int = 1  # 1-based line where the body starts
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)  # (key, line) of repeats YAML would drop


def _key_lines(node: yaml.Node | None, first_line: int) -> tuple[dict[str, int], list[tuple[str, int]]]:
    """Line of each top-level key, and keys written twice (YAML silently keeps the last value)."""
    if not isinstance(node, yaml.MappingNode):
        return {}, []
    lines: dict[str, int] = {}
    repeats: list[tuple[str, int]] = []
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode):
            line = first_line + key.start_mark.line
            if str(key.value) in lines:
                repeats.append((str(key.value), line))
            lines[str(key.value)] = line  # the last one is the value YAML keeps
    return lines, repeats


def load_with_lines(text: str, first_line: int = 1) -> tuple[object, dict[str, int], list[tuple[str, int]]]:
    """Parse YAML once: the data, the line of each top-level key and the keys written twice.

    Parser errors become FrontMatterError with a line number."""
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        lines = _key_lines(node, first_line)  # before constructing: merge keys ("<<") rewrite the node
        return (None if node is None else loader.construct_document(node)), *lines
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + (mark.line if mark else 0)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FrontMatterError(
            f"malformed YAML: {problem}",
            line,
            "check indentation and quote values containing ':' or '#', e.g. title: \"A: B\"",
        ) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:  # a tagged value that cannot be built
        raise FrontMatterError(
            f"malformed YAML: cannot read a value ({exc})",
            first_line,
            "remove '!!' tags and quote the value, e.g. title: \"...\"",
        ) from None
    finally:
        loader.dispose()


def parse(text: str) -> Document:
    """Split ``---`` front matter from the Markdown body and parse it."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != DELIMITER:
        raise FrontMatterError(
            "no front matter: the file must start with a line '---'",
            1,
            "add a YAML block between two '---' lines at the top (see `digest new`)",
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == DELIMITER)
    except StopIteration:
        raise FrontMatterError(
            "front matter is never closed",
            1,
            "add a line '---' after the last front-matter key",
        ) from None
    yaml_text = "\n".join(lines[1:end])
    meta, key_lines, repeats = load_with_lines(yaml_text, first_line=2)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError(
            "front matter is not a mapping of keys to values",
            2,
            "write one 'key: value' per line",
        )
    body = "\n".join(lines[end + 1 :])
    return Document(meta, body, key_lines, end + 2, repeats)


def _represent_str(dumper: _Dumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _Dumper(SafeDumper):
    pass


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(dt.date, lambda d, v: d.represent_scalar("tag:yaml.org,2002:timestamp", v.isoformat()))


def dump_yaml(data: object) -> str:
    """Deterministic, human-friendly YAML: key order kept, unicode kept, no wrapping."""
    text = _dump_flat(data)
    if text is not None:
        return text
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False)


# The common shape (an entry's front matter: keys to null, booleans, one-line strings, lists of them, events) is written
# directly, as libyaml would write it: PyYAML's representer costs more than the rest of writing an entry. Such a
# string starts with a letter or digit, has no ":", "#", tab or line break, no character outside the Basic
# Multilingual Plane, and does not end with a space; it is written plain, or single-quoted when it would read as
# another type (null, true, 12, 2024-01-02). Anything else goes through PyYAML. tests/test_frontmatter.py
# compares both writers on every fixture set's entries and on strings made to break them.
_PLAIN = re.compile(
    r"(?![\U00010000-\U0010ffff])[^\W_]"
    r"[^:#\t\n\r\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff\U00010000-\U0010ffff]{0,999}"
)
_KEY = re.compile(r"[a-z][a-z0-9_]{0,63}")  # libyaml writes a key of 129 characters or more another way
_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"
_CONSTANTS = {None: "null", True: "true", False: "false"}


def _scalar(value: object) -> str | None:
    """``value`` as libyaml writes it, if it is null, a boolean or a one-line string of the plain kind; else None."""
    if value is None or type(value) is bool:
        return _CONSTANTS[value]
    return _string(value) if type(value) is str else None


@lru_cache(maxsize=4096)
def _string(value: str) -> str | None:
    """``_scalar`` of a string: keys, ids, languages and types repeat from entry to entry, and YAML's resolver tries
    its patterns on each."""
    if _PLAIN.fullmatch(value) is None or value[-1] == " ":
        return None
    if _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR:  # type: ignore[no-untyped-call]
        return value
    return "'" + value.replace("'", "''") + "'"  # "2024-01-02", "null": a string, so quoted


def _key(key: object) -> bool:
    return type(key) is str and _KEY.fullmatch(key) is not None and _scalar(key) == key


def _mapping(data: dict[Any, Any], indent: str) -> list[str] | None:
    """The lines of a mapping of keys to scalars, each key line after the first prefixed with ``indent``."""
    out: list[str] = []
    for key, value in data.items():
        if not _key(key) or (text := _scalar(value)) is None:
            return None
        out.append(f"{indent if out else ''}{key}: {text}\n")
    return out


def _dump_flat(data: object) -> str | None:
    """``data`` as ``dump_yaml`` writes it when it has the common shape, else None: a mapping of keys to scalars and
    to lists of scalars or of such mappings (an entry's events)."""
    if type(data) is not dict or not data:
        return None
    containers: list[Any] = [value for value in data.values() if type(value) is list]
    containers += [item for value in containers for item in value if type(item) is dict]
    if len({id(value) for value in containers}) < len(containers):  # one object written twice: YAML writes an alias
        return None
    out: list[str] = []
    for key, value in data.items():
        lines: list[str] | None
        if type(value) is not list:
            lines = _mapping({key: value}, "")
        elif not _key(key):
            return None
        elif not value:
            lines = [f"{key}: []\n"]
        elif all(type(item) is dict and item for item in value):
            mappings = [found for item in value if (found := _mapping(item, "  ")) is not None]
            lines = None if len(mappings) < len(value) else [f"{key}:\n", *("- " + "".join(m) for m in mappings)]
        else:
            scalars = [text for item in value if (text := _scalar(item)) is not None]
            lines = None if len(scalars) < len(value) else [f"{key}:\n", *(f"- {item}\n" for item in scalars)]
        if lines is None:
            return None
        out += lines
    return "".join(out)


def render(meta: dict[str, Any], body: str) -> str:
    return f"{DELIMITER}\n{dump_yaml(meta)}{DELIMITER}\n\n{body.strip()}\n"
