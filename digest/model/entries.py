"""An entry: one article in one language, read from its Markdown file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .files import read_document
from .schema import ENTRY_KEYS, Problem


@dataclass
class Entry:
    """One article in one language."""

    path: Path
    title: str
    lang: str
    slug: str
    date: dt.date | None = None
    title_derived: bool = False
    source: str | None = None
    source_url: str | None = None
    authors: list[str] = field(default_factory=list)
    summary: str | None = None
    companies: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    story: str | None = None
    tags: list[str] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)  # as written (any YAML): model.events reads and checks them
    raw: str | None = None
    reviewed: bool = False
    image: str | None = None
    image_caption: str | None = None
    image_credit: str | None = None
    body: str = ""
    key_lines: dict[str, int] = field(default_factory=dict, repr=False)
    body_line: int = 1

    @property
    def key(self) -> tuple[str, str]:
        return (self.slug, self.lang)


def load_entry(path: Path, label: str | None = None) -> tuple[Entry | None, list[Problem]]:
    label = label or str(path)
    doc, clean, problems = read_document(path, ENTRY_KEYS, label)
    if doc is None:
        return None, problems
    if any(p.severity == "error" for p in problems) and not all(k in clean for k in ("title", "lang", "slug")):
        return None, problems
    entry = Entry(path=path, body=doc.body, key_lines=doc.key_lines, body_line=doc.body_line, **clean)
    return entry, problems
