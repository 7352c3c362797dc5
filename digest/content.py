"""Load the whole content tree: entries, the entity registry and the editor's introductions to editions.

Loading never stops at the first bad file: every problem is collected so
`digest check` and the build can report them all at once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import introductions
from .introductions import Introduction
from .model import Entity, Entry, Problem, load_entity, load_entry
from .model.kinds import FOLDERS
from .roles import is_female


@dataclass
class Corpus:
    root: Path
    entries: list[Entry] = field(default_factory=list)
    companies: dict[str, Entity] = field(default_factory=dict)
    people: dict[str, Entity] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    introductions: list[Introduction] = field(default_factory=list)  # the editor's, to weekly editions

    def label(self, path: Path) -> str:
        """A path as the editor knows it: relative to the content folder's parent."""
        text, base = str(path), self._base
        if base == ".":
            return text
        if text.startswith(base + os.sep):  # string work: Path.relative_to is slow for 10,000 entries
            return text[len(base) + 1 :]
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return text

    @cached_property
    def _base(self) -> str:
        return str(self.root.parent)

    def entities(self, kind: str) -> dict[str, Entity]:
        return self.companies if kind == "company" else self.people

    @cached_property
    def women(self) -> frozenset[str]:
        """The registry people whose first name is a woman's (French roles agree with it). Cached with the
        corpus, so in the build cache's snapshot: the first-name list takes 0.2 s to load."""
        return frozenset(person_id for person_id, person in self.people.items() if is_female(person.name))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def entry_paths(root: Path) -> list[Path]:
    return sorted((root / "entries").glob("**/*.md"))


def load(root: Path, cache=None) -> Corpus:
    """Read every entry and registry file under ``root`` (a content folder).

    With a ``digest.build.parsed.Parsed``, files unchanged since the last build are not parsed again.
    """
    root = Path(root)
    corpus = Corpus(root=root)

    def parse(path, label, reader, *args):
        return cache.load(path, label, lambda: reader(path, *args, label)) if cache else reader(path, *args, label)

    for kind, folder in FOLDERS.items():
        for path in sorted((root / folder).glob("*.yml")):
            entity, problems = parse(path, corpus.label(path), load_entity, kind)
            corpus.problems.extend(problems)
            if entity:
                corpus.entities(kind)[entity.id] = entity
    for path in entry_paths(root):
        entry, problems = parse(path, corpus.label(path), load_entry)
        corpus.problems.extend(problems)
        if entry:
            corpus.entries.append(entry)
    for path in introductions.paths(root):
        introduction, problems = parse(path, corpus.label(path), introductions.load_introduction)
        corpus.problems.extend(problems)
        if introduction:
            corpus.introductions.append(introduction)
    return corpus
