"""What an ingest run writes: registry files for the names the registry lacks (with the affiliations this batch's
events give new people), each entry and its original in raw/ (atomically; synced once for the batch)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .. import model, registry
from ..fs import write_atomic
from ..model import frontmatter
from ..model.events import affiliations
from ..model.kinds import FOLDERS
from ..model.text import slug
from .inputs import raw_target
from .report import Result
from .titles import slugify
from .work import Run, Work


def register(work: Work, registry_: registry.Registry) -> None:
    """Names the registry lacks become registry files (reviewed: false), known to the files that follow."""
    authors = {slug(name) for name in work.meta["authors"]}
    for new in work.extraction.new:
        if registry_.get(new.kind, new.id) is not None or (new.kind == "person" and new.id in authors):
            continue
        path = work.content / FOLDERS[new.kind] / f"{new.id}.yml"
        label = path.relative_to(work.content.parent)
        if path.exists():  # a file the registry could not load: never overwritten, `digest check` explains it
            work.doc.warnings.append(f"{new.kind} '{new.name}': {label} exists but does not load; run digest check")
            continue
        write_atomic(
            path, frontmatter.dump_yaml(entity_data(new.name, new.aliases, new.description, new.kind, links=new.links))
        )
        entity, _ = model.load_entity(path, new.kind)
        registry_.add(entity)
        work.created.append(entity)
        at = work.doc.text.find(new.surface)
        where = f"line {work.doc.text.count(chr(10), 0, at) + 1}: " if at >= 0 else ""
        origin = "from the knowledge base" if new.known else "check the name and description"
        work.doc.warnings.append(f"{where}new {new.kind} '{new.name}': {label} (reviewed: false; {origin})")


def entity_data(name: str, aliases: list, description: dict, kind: str, affiliations=(), links=None) -> dict:
    data = {"name": name, "aliases": list(aliases), "description": dict(description)}
    if links:
        data["links"] = dict(links)
    if kind == "person":
        data["affiliations"] = list(affiliations)
    data["reviewed"] = False
    return data


def new_people_affiliations(batch: list[Work]) -> None:
    """People created by this run get affiliations from this batch's events, so their current company
    follows their latest move (and `digest check` finds no contradiction in a fresh file)."""
    created = [e for w in batch for e in w.created if e.kind == "person"]
    moves = [ev for w in batch for ev in w.meta["events"]]
    for person in created:
        found = affiliations([ev for ev in moves if ev.get("person") == person.id])
        if found:
            data = entity_data(person.name, person.aliases, person.description, "person", found, person.links)
            write_atomic(person.path, frontmatter.dump_yaml(data))
            person.affiliations = found


def _keep_raw(work: Work, run_: Run, raw_path: Path) -> None:
    """The original's bytes at ``raw_path``. A file of the inbox (which the run removes once the batch is synced) is
    moved there by a second name: no copy of its bytes to write and flush, no blocks to free when the inbox name goes,
    a large share of a big batch's writing. Any other file, or one linked elsewhere too or changed since it was read,
    is copied."""
    path = work.path
    if run_.resolve(path).parent == run_.inbox and not path.is_symlink():
        with contextlib.suppress(OSError):  # another file system, or links refused: copied below
            found = os.stat(path)
            if found.st_nlink == 1 and found.st_size == len(work.data):
                try:
                    os.link(path, raw_path)
                except FileNotFoundError:  # the first original kept in a new content folder
                    raw_path.parent.mkdir(parents=True, exist_ok=True)
                    os.link(path, raw_path)
                os.chmod(raw_path, 0o600)  # as a copy is made (``write_atomic``): readable by its owner alone
                return
    write_atomic(raw_path, work.data, durable=False)


def write(work: Work, run_: Run, done: list[Path], slugs: set) -> Result:
    """Write the raw copy and the entry (atomically; synced with the batch); list files to delete after the sync in
    ``done``."""
    content, raw_dir, known_raw, by_raw = run_.content, run_.raw_dir, run_.known_raw, run_.by_raw
    if work.digest in known_raw:
        raw_path = known_raw[work.digest]
    else:
        raw_path = raw_target(raw_dir, work.path.name)
        _keep_raw(work, run_, raw_path)
        known_raw[work.digest] = raw_path
    raw_rel = f"raw/{raw_path.name}"
    work.meta["raw"] = raw_rel
    meta = dict(work.meta)
    meta["date"] = meta["date"].isoformat() if meta["date"] else None
    year = meta["date"][:4] if meta["date"] else "undated"
    existing = by_raw.get(raw_rel)
    status = "created"
    if existing is not None:
        doc = frontmatter.parse(model.read_text(existing))
        if doc.meta.get("reviewed"):
            return Result(
                str(work.path), "skipped", "reviewed", str(existing), meta, work.doc.warnings, work.date_basis
            )
        status = "merged"
        # The entry keeps its address: a re-ingest never changes the slug readers and links use.
        kept = doc.meta.get("slug")
        meta["slug"] = kept if isinstance(kept, str) and model.SLUG_RE.match(kept) else existing.name.split(".")[0]
        target = content / "entries" / year / f"{meta['slug']}.{meta['lang']}.md"
        if target != existing:  # the date is now known (or changed): the entry moves to its year
            if target.exists():
                return Result(
                    str(work.path),
                    "skipped",
                    f"would move {existing} to {target}, which exists",
                    str(existing),
                    meta,
                    work.doc.warnings,
                )
            work.doc.warnings.append(f"moved from {existing.relative_to(content)} to {target.relative_to(content)}")
    else:
        n = 1
        while meta["slug"] in slugs:
            n += 1
            meta["slug"] = f"{slugify(meta['title'])}-{n}"
        target = content / "entries" / year / f"{meta['slug']}.{meta['lang']}.md"
    slugs.add(meta["slug"])
    write_atomic(target, frontmatter.render(meta, work.body), durable=False)
    if existing is not None and existing != target:
        done.append(existing)
    by_raw[raw_rel] = target
    path = run_.resolve(work.path)
    if path.parent == run_.inbox and path != run_.resolve(raw_path):
        done.append(work.path)
    warnings = work.doc.warnings + [
        f"line {ln.number}: removed ({ln.kind}: {ln.reason}): {ln.text[:60]}" for ln in work.page.removed
    ]
    return Result(str(work.path), status, "", str(target), meta, warnings, work.date_basis)
