"""A registry entity (a company or a person), read from its YAML file under companies/ or people/."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import frontmatter
from .files import read_text, repeated
from .schema import ENTITY_KEYS, ID_RE, Problem, validate


@dataclass
class Entity:
    """A company or a person from the registry."""

    kind: str  # "company" or "person"
    id: str
    name: str
    path: Path
    aliases: list[str] = field(default_factory=list)
    description: dict[str, str] = field(default_factory=dict)
    links: dict[str, Any] = field(default_factory=dict)
    affiliations: list[dict[str, Any]] = field(default_factory=list)
    reviewed: bool = True
    key_lines: dict[str, int] = field(default_factory=dict, repr=False)


def load_entity(path: Path, kind: str, label: str | None = None) -> tuple[Entity | None, list[Problem]]:
    label = label or str(path)
    try:
        text = read_text(path)
        meta, key_lines, repeats = frontmatter.load_with_lines(text)
    except frontmatter.FrontMatterError as exc:
        return None, [Problem(label, exc.line, str(exc), exc.fix)]
    meta = meta or {}
    if not isinstance(meta, dict):
        return None, [
            Problem(
                label,
                1,
                "registry file is not a mapping of keys to values",
                "write one 'key: value' per line, starting with name:",
            )
        ]
    clean, problems = validate(meta, ENTITY_KEYS, label, key_lines)
    problems += repeated(repeats, label)
    if "name" not in clean:
        return None, problems
    entity_id = path.stem
    if not ID_RE.match(entity_id):
        problems.append(
            Problem(
                label,
                1,
                f"file name '{path.name}' is not a valid id",
                "rename it to lowercase letters, digits and hyphens, e.g. sam-altman.yml",
            )
        )
    entity = Entity(kind=kind, id=entity_id, path=path, key_lines=key_lines, **clean)
    return entity, problems
