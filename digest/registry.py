"""The entity registry: companies and people from content/, outlets and products from package data.

Every surface form (name, alias) is indexed under a normalised key, so "Sebastien Bubeck",
"SÉBASTIEN BUBECK" and "Sébastien  Bubeck" find the same person, and "l’OAI" the same company as "OAI".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process
from unidecode import unidecode

from .content import ENTITY_DIRS
from .model import Entity, Problem, load_entity

KINDS = tuple(ENTITY_DIRS)  # ("company", "person")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Casefold, strip accents, treat apostrophes, hyphens, dots and runs of spaces alike."""
    text = unidecode(text).casefold()
    text = re.sub(r"['`\-‐‑–—_./]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def slug(name: str, max_length: int = 80) -> str:
    """An id for a name: "Karén Simonyan" -> "karen-simonyan"; cut at a hyphen to ``max_length`` so any
    file system takes it as a file name (a 300-letter name once failed a whole paste)."""
    text = re.sub(r"[^a-z0-9]+", "-", unidecode(name).lower()).strip("-")
    if len(text) <= max_length:
        return text
    cut = text[: max_length + 1].rsplit("-", 1)[0]
    return cut if "-" in text[: max_length + 1] else text[:max_length]


def compact(text: str) -> str:
    """A key without spaces, to match @handles ("@satyanadella") against names."""
    return norm(text).replace(" ", "")


@lru_cache(maxsize=None)
def _data_list(name: str) -> tuple[str, ...]:
    text = resources.files("digest").joinpath(f"data/{name}.yml").read_text(encoding="utf-8")
    return tuple(str(item) for item in yaml.safe_load(text) or [])


@dataclass
class Registry:
    root: Path | None = None
    entities: dict[str, dict[str, Entity]] = field(default_factory=lambda: {k: {} for k in KINDS})
    index: dict[str, tuple[str, str]] = field(default_factory=dict)  # norm(surface) -> (kind, id)
    handles: dict[str, tuple[str, str]] = field(default_factory=dict)  # compact(name) -> (kind, id)
    surnames: dict[str, set[str]] = field(default_factory=dict)  # norm(surname) -> person ids
    outlets: set[str] = field(default_factory=set)
    products: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    words: dict[str, set[str]] = field(default_factory=dict)  # each word of a multi-word surface -> its keys
    longest: int = 1  # words in the longest surface form, bounds the n-gram search
    _first: set[str] | None = field(default=None, repr=False)

    def add(self, entity: Entity) -> None:
        """Index an entity (also used for entities created during an ingest batch)."""
        self.entities[entity.kind][entity.id] = entity
        self._first = None
        for surface in [entity.name, *entity.aliases]:
            key = norm(surface.lstrip("@"))
            if not key:
                continue
            self.index.setdefault(key, (entity.kind, entity.id))
            self.handles.setdefault(compact(surface.lstrip("@")), (entity.kind, entity.id))
            words = key.split(" ")
            self.longest = max(self.longest, len(words))
            if len(words) >= 2 and not surface.startswith("@"):
                for word in words:
                    self.words.setdefault(word, set()).add(key)
                if entity.kind == "person":
                    self.surnames.setdefault(words[-1], set()).add(entity.id)

    def first_words(self) -> set[str]:
        """First words of every surface form (entities, outlets, products): a text position whose word is
        not among them cannot start a match, so most words cost one set lookup."""
        if self._first is None:
            self._first = {k.split(" ")[0] for k in (*self.index, *self.outlets, *self.products)}
        return self._first

    def get(self, kind: str, entity_id: str) -> Entity | None:
        return self.entities[kind].get(entity_id)

    def name(self, kind: str, entity_id: str) -> str:
        entity = self.get(kind, entity_id)
        return entity.name if entity else entity_id

    def lookup(self, surface: str) -> tuple[str, str] | None:
        """(kind, id) for a surface form, exact after normalisation; an @handle also matches a name without spaces."""
        hit = self.index.get(norm(surface.lstrip("@")))
        if hit is None and surface.startswith("@"):
            hit = self.handles.get(compact(surface.lstrip("@")))
        return hit

    def resolve(self, surface: str, kind: str | None = None, fuzzy: bool = False) -> str | None:
        """The id a surface form means (exact after normalisation; with ``fuzzy``, a close spelling)."""
        hit = self.lookup(surface)
        if hit and (kind is None or hit[0] == kind):
            return hit[1]
        key = norm(surface.lstrip("@"))
        if fuzzy and len(key) >= 8 and " " in key:
            # Only names sharing a word with the surface are compared, so the cost does not grow with the registry.
            choices = {k for word in key.split(" ") for k in self.words.get(word, ())}
            choices = [k for k in choices if kind is None or self.index[k][0] == kind]
            match = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=87)
            if match and _same_initials(key, match[0]):
                return self.index[match[0]][1]
        return None

    def is_outlet(self, surface: str) -> bool:
        return norm(surface) in self.outlets

    def is_product(self, surface: str) -> bool:
        return norm(surface) in self.products

    def did_you_mean(self, entity_id: str, kind: str) -> list[str]:
        """Close ids for an unknown id, by id spelling and by alias (an old id may be an alias now)."""
        hit = self.index.get(norm(entity_id))
        close = [hit[1]] if hit and hit[0] == kind else []
        for candidate, _, _ in process.extract(entity_id, list(self.entities[kind]), scorer=fuzz.ratio, limit=3, score_cutoff=70):
            if candidate not in close:
                close.append(candidate)
        return close


def _same_initials(a: str, b: str) -> bool:
    """Fuzzy matches keep each word's first letter: "sebastian bubeck" ~ "sebastien bubeck", not "sam altmann"."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(x[0] == y[0] for x, y in zip(wa, wb))


def load(content_dir: Path) -> Registry:
    """Read content/companies/*.yml and content/people/*.yml; problems are kept, not raised."""
    registry = Registry(root=Path(content_dir))
    registry.outlets = {norm(s) for s in _data_list("outlets")}
    registry.products = {norm(s) for s in _data_list("products")}
    for kind, folder in ENTITY_DIRS.items():
        for path in sorted((Path(content_dir) / folder).glob("*.yml")):
            entity, problems = load_entity(path, kind)
            registry.problems.extend(problems)
            if entity:
                registry.add(entity)
    return registry
