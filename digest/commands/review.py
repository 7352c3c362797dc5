"""`digest review`: what waits for an editor's review (``reviewed: false``), longest waiting first, with what
ingest was unsure of: a title made from the lead sentence, no date, no source, new companies and people."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field

from ..content import Corpus, load
from ..model import Entity, Entry


@dataclass
class Waiting:
    """One file waiting for review and the points to check in it."""

    path: str
    kind: str  # entry, company or person
    name: str
    changed: float  # the file's modification time: the longest waiting come first
    doubts: list[str] = field(default_factory=list)


def add_arguments(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object per file waiting for review")


def run(args) -> int:
    if not args.content.is_dir():
        print(
            f"digest review: no content folder at {args.content}; fix: run from the project folder or pass "
            "--content DIR",
            file=sys.stderr,
        )
        return 2
    corpus = load(args.content)
    items = waiting(corpus)
    for item in items:
        if args.json:
            print(
                json.dumps(
                    {"path": item.path, "kind": item.kind, "name": item.name, "doubts": item.doubts}, ensure_ascii=False
                )
            )
        else:
            print(f"{item.path}  {item.kind}: {item.name}")
            for doubt in item.doubts:
                print(f"  - {doubt}")
    entries = sum(item.kind == "entry" for item in items)
    if items:
        summary = (
            f"{entries} entr{'ies' if entries != 1 else 'y'} and {len(items) - entries} registry "
            f"file{'s' * (len(items) - entries != 1)} wait for review, longest waiting first; "
            "set `reviewed: true` in each once checked"
        )
    else:
        summary = "nothing waits for review"
    print(f"digest review: {summary}", file=sys.stderr)
    return 0


def waiting(corpus: Corpus) -> list[Waiting]:
    """Entries and registry files with ``reviewed: false``, longest waiting first (then by path)."""
    new = {(e.kind, e.id): e for e in [*corpus.companies.values(), *corpus.people.values()] if not e.reviewed}
    named_in: dict[tuple[str, str], list[str]] = {key: [] for key in new}
    items = []
    for entry in corpus.entries:
        for kind, ids in (("company", entry.companies), ("person", entry.people)):
            for entity_id in ids:
                if (kind, entity_id) in named_in:
                    named_in[kind, entity_id].append(corpus.label(entry.path))
        if not entry.reviewed:
            items.append(
                Waiting(
                    corpus.label(entry.path),
                    "entry",
                    entry.title,
                    entry.path.stat().st_mtime,
                    _entry_doubts(entry, new, corpus),
                )
            )
    for (kind, _), entity in new.items():
        items.append(
            Waiting(
                corpus.label(entity.path),
                kind,
                entity.name,
                entity.path.stat().st_mtime,
                _entity_doubts(entity, named_in[kind, entity.id]),
            )
        )
    return sorted(items, key=lambda item: (item.changed, item.path))


def _entry_doubts(entry: Entry, new: dict[tuple[str, str], Entity], corpus: Corpus) -> list[str]:
    doubts = []
    if entry.title_derived:
        doubts.append("title made from the lead sentence (title_derived: true): write the headline")
    if entry.date is None:
        doubts.append("no date: the text gives none; set `date:` from the page")
    if not entry.source:
        doubts.append("no source: set `source:` to the outlet that published the article")
    if not entry.people and not entry.companies:
        doubts.append("no people or companies found: add their ids to `people:` and `companies:`")
    for kind, ids in (("company", entry.companies), ("person", entry.people)):
        for entity_id in ids:
            entity = new.get((kind, entity_id))
            if entity is not None:
                doubts.append(f"new {kind}: {entity.name} ({corpus.label(entity.path)})")
    return doubts


def _entity_doubts(entity: Entity, named_in: list[str]) -> list[str]:
    doubts = []
    missing = [lang for lang in ("fr", "en") if not entity.description.get(lang)]
    if missing:
        doubts.append(f"no description in {' and '.join({'fr': 'French', 'en': 'English'}[m] for m in missing)}")
    if named_in:
        doubts.append(
            f"named in {len(named_in)} entr{'ies' if len(named_in) != 1 else 'y'}: {', '.join(named_in[:3])}"
            + (", …" if len(named_in) > 3 else "")
        )
    else:
        doubts.append("named in no entry")
    return doubts
