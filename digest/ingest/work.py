"""What one ingest run knows (``Run``) and what it learns of each file on its way to an entry (``Work``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .. import registry
from . import entities, lines, reader
from .report import Result


@dataclass
class Work:
    path: Path
    data: bytes
    digest: str
    doc: reader.Document | None = None
    meta: dict = field(default_factory=dict)
    body: str = ""
    page: lines.Page | None = None
    result: Result | None = None
    content: Path | None = None
    mentions: list = field(default_factory=list)
    created: list = field(default_factory=list)  # registry entities this file made ingest create
    date_basis: str = ""  # how the date was found: editor, page, text, text+year from page, story, none
    date_evidence: str = ""  # the words that gave it, or why there is none
    ingested_as: Path | None = None  # the entry already made from these bytes (the file is skipped)
    extraction: entities.Extraction | None = None  # its people and companies, and the names the registry lacks
    registry_size: int = -1  # entities in the registry the extraction was made with (-1: not made yet)
    dated: bool = False  # the date was found ahead of pass 2 (in the worker that read the file)
    with_events: bool = False  # and the events too
    speaker: str | None = None  # a post's poster when it tells their own move: whom its "I" names


@dataclass
class Run:
    """What reading one file needs to know of the run (a worker process gets it when it is forked)."""

    content: Path
    raw_dir: Path
    inbox: Path  # content/inbox, resolved: the files there are moved, not copied
    known_raw: dict[str, Path]
    by_raw: dict[str, Path]
    registry: registry.Registry
    outlets: frozenset[str]  # the registry's outlet names, for the line classifier
    editor_date: dt.date | None
    folders: dict[Path, Path] = field(default_factory=dict)  # each folder of the run's files, resolved

    def resolve(self, path: Path) -> Path:
        """``path.resolve()``, each folder resolved once: a file that is no link resolves to its name in its
        folder's real path (resolving every component of every file again costs a system call each)."""
        if path.is_symlink():
            return path.resolve()
        folder = self.folders.get(path.parent)
        if folder is None:
            folder = self.folders[path.parent] = path.parent.resolve()
        return folder / path.name
