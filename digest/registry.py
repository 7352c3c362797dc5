"""The entity registry: companies and people from content/, outlets and products from package data,
and the knowledge base of well-known organisations and people shipped in digest/data/.

Every surface form (name, alias) is indexed under a normalised key, so "Sebastien Bubeck",
"SÉBASTIEN BUBECK" and "Sébastien  Bubeck" find the same person, and "l’OAI" the same company as "OAI".
The content registry always wins: a knowledge-base record that shares an id or a surface form with a
content file only adds its other surface forms to that file's entity; otherwise its id is *known*, and
ingest creates the registry file from the record the first time an article mentions it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from .model import Entity, Problem, load_entity
from .model.frontmatter import load_yaml
from .model.kinds import FOLDERS, KINDS
from .model.text import compact, norm, slug

KNOWLEDGE = {"company": "organisations", "person": "people"}  # kind -> digest/data/<file>.yml
ARTICLE = re.compile(r"^(?:le|la|les|l|the) ")  # a normalised key's leading article


def _data(name: str):
    return load_yaml(resources.files("digest").joinpath(f"data/{name}.yml").read_text(encoding="utf-8"))


@cache
def _data_list(name: str) -> tuple[str, ...]:
    return tuple(str(item) for item in _data(name) or [])


@dataclass(frozen=True)
class Known:
    """A record of the knowledge base: what a registry file created from it says."""

    kind: str
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    description: dict = field(default_factory=dict)
    links: dict = field(default_factory=dict)
    # Surface forms that are also ordinary words ("Apple", "Mistral"): matched only as written, and at a
    # sentence start only next to a company cue. ``needs_cue``: a cue is needed anywhere ("Figure", "H").
    # The rules are in ingest/entities.py (_meant).
    ambiguous: tuple[str, ...] = ()
    needs_cue: tuple[str, ...] = ()
    channel: tuple[str, ...] = ()  # platforms that carry posts: "a post on Twitter" names no organisation
    school: bool = False  # a university or school (kind: university): its name may also be a place's

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@lru_cache(maxsize=1)
def knowledge() -> tuple[Known, ...]:
    """The knowledge base, parsed once per process."""
    records = []
    for kind, name in KNOWLEDGE.items():
        for item in _data(name) or []:
            links = {"website": item["website"]} if item.get("website") else {}
            records.append(
                Known(
                    kind,
                    item.get("id") or slug(item["name"]),
                    item["name"],
                    tuple(item.get("aliases") or ()),
                    dict(item["description"]),
                    links,
                    tuple(item.get("ambiguous") or ()),
                    tuple(item.get("needs_cue") or ()),
                    tuple(item.get("channel") or ()),
                    item.get("kind") == "university",
                )
            )
    return tuple(records)


@dataclass
class Registry:
    root: Path | None = None
    entities: dict[str, dict[str, Entity]] = field(default_factory=lambda: {k: {} for k in KINDS})
    known: dict[str, dict[str, Known]] = field(default_factory=lambda: {k: {} for k in KINDS})  # no content file yet
    ambiguous: dict[str, tuple[frozenset, str]] = field(
        default_factory=dict
    )  # norm(surface) -> (forms as written, "capital"|"cue")
    channels: set[str] = field(default_factory=set)  # keys of platform names (Known.channel)
    schools: set[str] = field(default_factory=set)  # ids of knowledge-base universities and schools (Known.school)
    lowercase: set[str] = field(default_factory=set)  # keys of surfaces written in lower case ("la firme de Redmond")
    # keys of multi-word surfaces with a word in small letters after the first ("Caisse des dépôts", "Meta for Good")
    inner_lowercase: set[str] = field(default_factory=set)
    index: dict[str, tuple[str, str]] = field(default_factory=dict)  # norm(surface) -> (kind, id)
    handles: dict[str, tuple[str, str]] = field(default_factory=dict)  # compact(name) -> (kind, id)
    surnames: dict[str, set[str]] = field(default_factory=dict)  # norm(surname) -> person ids
    outlets: set[str] = field(default_factory=set)
    products: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    words: dict[str, set[str]] = field(default_factory=dict)  # each word of a multi-word surface -> its keys
    _first: dict[str, int] | None = field(default=None, repr=False)
    _prefixes: frozenset[str] | None = field(default=None, repr=False)

    def add(self, entity: Entity) -> None:
        """Index an entity (also used for entities created during an ingest batch)."""
        self.entities[entity.kind][entity.id] = entity
        self.known[entity.kind].pop(entity.id, None)
        for surface in [entity.name, *entity.aliases]:
            self._index(surface, entity.kind, entity.id)

    def add_known(self, record: Known) -> None:
        """Index a knowledge-base record. A content entity of the same kind with its id or one of its surface
        forms owns it (the editor's name and aliases win); a surface form of another entity is left to it."""
        keys = [norm(s) for s in record.surfaces]
        owner = (
            (record.kind, record.id)
            if record.id in self.entities[record.kind]
            else next((self.index[k] for k in keys if self.index.get(k, ("",))[0] == record.kind), None)
        )
        if owner is None:
            owner = (record.kind, record.id)
            self.known[record.kind][record.id] = record
            if record.school:
                self.schools.add(record.id)
        tiers = {**{s: "capital" for s in record.ambiguous}, **{s: "cue" for s in record.needs_cue}}
        for surface, key in zip(record.surfaces, keys, strict=False):
            if key in self.outlets or key in self.products or self.index.get(key, owner) != owner:
                continue
            self._index(surface, *owner)
            if surface in tiers:  # "Arm" and "ARM": one key, both forms
                self.ambiguous[key] = (self.ambiguous.get(key, (frozenset(),))[0] | {surface}, tiers[surface])
            if surface in record.channel:
                self.channels.add(key)

    def _index(self, surface: str, kind: str, entity_id: str) -> None:
        key = norm(surface.lstrip("@"))
        if not key:
            return
        self._first = self._prefixes = None
        if self.index.setdefault(key, (kind, entity_id)) == (kind, entity_id) and surface[:1].islower():
            self.lowercase.add(key)
            # "le géant de Redmond" is also written "du géant de Redmond", "ce géant de Redmond": the epithet
            # without its article matches after any determiner
            bare = ARTICLE.sub("", key, count=1)
            if bare != key and " " in bare and self.index.setdefault(bare, (kind, entity_id)) == (kind, entity_id):
                self.lowercase.add(bare)
        self.handles.setdefault(compact(surface.lstrip("@")), (kind, entity_id))
        words = key.split(" ")
        if len(words) >= 2 and any(word[:1].islower() for word in surface.split()[1:]):
            self.inner_lowercase.add(key)
        if len(words) >= 2 and not surface.startswith("@"):
            for word in words:
                self.words.setdefault(word, set()).add(key)
            if kind == "person":
                self.surnames.setdefault(words[-1], set()).add(entity_id)

    def first_words(self) -> dict[str, int]:
        """First word of every surface form (entities, outlets, products) -> words in the longest one it starts:
        a text position whose word is not among them cannot start a match, so most words cost one lookup,
        and the n-gram search at the others stops at that length."""
        if self._first is None:
            self._first = {}
            for key in (*self.index, *self.outlets, *self.products):
                words = key.split(" ")
                self._first[words[0]] = max(self._first.get(words[0], 0), len(words))
        return self._first

    def prefixes(self) -> frozenset[str]:
        """The first words of every surface form (entities, outlets, products), one word, two words … up to all:
        an n-gram whose first words are none of them cannot be one, so the search stops growing it there."""
        if self._prefixes is None:
            self._prefixes = frozenset(
                " ".join(words[:n])
                for key in (*self.index, *self.outlets, *self.products)
                for words in [key.split(" ")]
                for n in range(1, len(words) + 1)
            )
        return self._prefixes

    def get(self, kind: str, entity_id: str) -> Entity | None:
        """The content registry's entity (None for a knowledge-base id without a file yet)."""
        return self.entities[kind].get(entity_id)

    def record(self, kind: str, entity_id: str) -> Entity | Known | None:
        """The content entity, else the knowledge-base record: both have a name and aliases."""
        return self.entities[kind].get(entity_id) or self.known[kind].get(entity_id)

    def name(self, kind: str, entity_id: str) -> str:
        entity = self.record(kind, entity_id)
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
                found_kind, found = self.index[match[0]]
                entity = self.entities[found_kind].get(found)  # None: a knowledge-base record without a file yet
                if (entity is not None and entity.reviewed) or _close_enough(key, match[0], match[1], found_kind):
                    return found
        return None

    def is_outlet(self, surface: str) -> bool:
        return norm(surface) in self.outlets

    def is_product(self, surface: str) -> bool:
        return norm(surface) in self.products

    def did_you_mean(self, entity_id: str, kind: str) -> list[str]:
        """Close ids for an unknown id, by id spelling and by alias (an old id may be an alias now)."""
        hit = self.index.get(norm(entity_id))
        close = [hit[1]] if hit and hit[0] == kind else []
        for candidate, _, _ in process.extract(
            entity_id, list(self.entities[kind]), scorer=fuzz.ratio, limit=3, score_cutoff=70
        ):
            if candidate not in close:
                close.append(candidate)
        return close


def _same_initials(a: str, b: str) -> bool:
    """Fuzzy matches keep each word's first letter: "sebastian bubeck" ~ "sebastien bubeck", not "sam altmann"."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(x[0] == y[0] for x, y in zip(wa, wb, strict=False))


def _close_enough(key: str, name: str, score: float, kind: str) -> bool:
    """A name no editor has reviewed (a knowledge-base record, a file with ``reviewed: false``): a misspelling
    links to it only when very close ("Mark Zuckerburg", "Jensen Hwang"), or for a person when only the first
    name differs ("Thimotee Lacroix"); "Mark Chan" is not Mark Chen, nor "Daniel Levi" Daniel Levy."""
    if kind == "person":
        surname = name.split(" ")[-1]
        return key.split(" ")[-1] == surname or (score >= 91 and len(surname) >= 5)
    return score >= 91


def load(content_dir: Path) -> Registry:
    """Read content/companies/*.yml and content/people/*.yml, then the knowledge base; problems are kept, not raised."""
    registry = Registry(root=Path(content_dir))
    registry.outlets = {norm(s) for s in _data_list("outlets")}
    registry.products = {norm(s) for s in _data_list("products")}
    for kind, folder in FOLDERS.items():
        for path in sorted((Path(content_dir) / folder).glob("*.yml")):
            entity, problems = load_entity(path, kind)
            registry.problems.extend(problems)
            if entity:
                registry.add(entity)
    for record in knowledge():
        registry.add_known(record)
    return registry
