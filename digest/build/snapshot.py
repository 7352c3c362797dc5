"""The last build's site, restored with the edits since: a rebuild after edits to entries starts from it
instead of loading, checking and indexing the whole corpus again.

The snapshot (the ``site`` store) is the indexed site of the last build that loaded every file, with the stamp
of each file it read. ``Snapshot.restore`` scans the content folder and yields a frozen ``Delta``: what changed
since the last build, and whether the site could be restored from the snapshot with the entries edited since.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..introductions import FOLDER as INTRODUCTIONS
from ..introductions import load_introduction
from ..model import Entry, Problem, load_entity, load_entry
from ..model.kinds import FOLDERS
from ..site import index
from .parsed import RACY_NS, stamp, without_body
from .record import Record
from .store import Store

REFRESH_EDITED = 50  # entries edited since the site snapshot (kept in the record) before a new snapshot is saved


@dataclass(frozen=True)
class Delta:
    """What changed in the content folder since the last build."""

    scanned: dict[str, tuple]  # the stamp of every content file when this build started (see ``scan``)
    scanned_at: int
    restored: bool = False  # the site came from the snapshot, with the edits since (else the corpus is loaded)
    # entry files edited since the snapshot: path -> (stamp, written too close to the scan to trust it, entry)
    edited: dict[str, tuple] = field(default_factory=dict)
    changes: dict[str, str] = field(default_factory=dict)  # path -> "body", "front matter" or "other"
    # (last build's, this build's) versions of entries whose front matter changed; None: added or removed
    replaced: tuple[tuple[Entry | None, Entry | None], ...] = ()
    reindex: bool = False  # the restored site holds entries whose indexed fields (index.INDEXED) changed
    files_removed: bool = False  # a content file the last build parsed is gone (a loaded corpus only)


def scan(root: Path) -> dict[str, tuple[int, int]]:
    """The stamp of every file ``content.load`` reads (entries/**/*.md, companies/*.yml, people/*.yml, editions/*.md),
    by path: one ``scandir`` per folder, no parsing."""
    found: dict[str, tuple[int, int]] = {}

    def walk(folder: str, suffix: str, recurse: bool) -> None:
        try:
            listing = os.scandir(folder)
        except OSError:
            return
        with listing:
            for item in listing:
                if recurse and item.is_dir():
                    walk(item.path, suffix, recurse)
                elif item.name.endswith(suffix):
                    with contextlib.suppress(OSError):  # vanished since the listing: content.load will not see it
                        found[item.path] = stamp(item.stat())

    base = str(Path(root))
    walk(os.path.join(base, "entries"), ".md", True)
    for name in FOLDERS.values():
        walk(os.path.join(base, name), ".yml", False)
    walk(os.path.join(base, INTRODUCTIONS), ".md", False)
    return found


def _raw_targets(root: Path, entries) -> dict:
    """What `digest check` reads on disk beyond the content files: whether each entry's ``raw`` file exists,
    and the modification time of the folders holding them (a file added or removed there changes it)."""
    pointers = sorted({entry.raw for entry in entries if entry.raw})
    files = {pointer: (root / pointer).is_file() for pointer in pointers}
    folders = {}
    for folder in {os.path.dirname(os.path.join(root, pointer)) for pointer in pointers}:
        try:
            folders[folder] = os.stat(folder).st_mtime_ns
        except OSError:
            folders[folder] = None
    return {"files": files, "folders": folders}


def _raw_unchanged(root: Path, recorded: dict, since: int) -> bool:
    for folder, mtime in recorded["folders"].items():
        try:
            now = os.stat(folder).st_mtime_ns
        except OSError:
            now = None
        if now != mtime or (now is not None and now >= since - RACY_NS):  # changed, or may have within one tick
            return all((root / pointer).is_file() == exists for pointer, exists in recorded["files"].items())
    return True


class Snapshot:
    """The ``site`` store: the last site that loaded everything, its files' stamps and the raw files it checked."""

    def __init__(self, store: Store):
        self.store = store

    def restore(
        self, root: Path, last: Record, check: Callable[[object, str], list[Problem]], unreviewed: bool = False
    ) -> tuple[object, Delta]:
        """The site of the last build, if the registry files are the same ones, it showed what waits for review
        as this one does (``unreviewed``: see ``index.build``) and the only changes since are
        to entries (edited, added or removed), else None (the build loads, checks and indexes the whole corpus);
        and the ``Delta``.

        The snapshot is the site of the last build that loaded everything, with the stamp of each file;
        entries edited since are swapped in (``edited``, kept in the last build's record). A file whose stamp
        changed, or that was written too close to the snapshot to trust its stamp, is parsed again and compared
        with the version in the site. ``check(entry, label)`` gives the problems an edited body may have (the
        rest of the entry is as it was in a build that passed every check); an entry whose front matter
        changed, or that was added or removed, is listed in ``replaced``, and the caller checks it against
        the corpus and, when a field the site indexes changed (``reindex``), indexes the site again. An error
        in an entry file, a missing raw file, or a registry file changed, added or removed, all mean None: the
        full path reports exactly what `digest check` does.
        """
        scanned_at = time.time_ns()  # before the scan: a file written during it counts as written after
        delta = Delta(scanned=scan(root), scanned_at=scanned_at)
        restored = self._restore(root, last, check, delta, unreviewed)
        if restored is None:  # not needed: let it go before the corpus is loaded
            self.store.items, self.store.used = {}, {}
            return None, delta
        return restored

    def _restore(
        self, root: Path, last: Record, check: Callable[[object, str], list[Problem]], delta: Delta, unreviewed: bool
    ) -> tuple[object, Delta] | None:
        snapshot = self.store.get("site", None)
        # The record of the last build names the snapshot it left (it may have left none).
        if snapshot is None or not last.pages or last.snapshot != snapshot["scanned_at"]:
            return None
        if snapshot["site"].unreviewed != unreviewed:  # `digest serve` shows what `digest build` holds back
            return None
        edited = last.edited
        stamps = {**snapshot["stamps"], **{path: item[0] for path, item in edited.items()}}
        # files written just before the snapshot's scan: their stamp cannot tell a later write of the same instant
        racy = {path for path, found in snapshot["stamps"].items() if found[1] >= snapshot["scanned_at"] - RACY_NS}
        racy = (racy - edited.keys()) | {path for path, item in edited.items() if item[1]}
        site = snapshot["site"]
        position = {str(entry.path): i for i, entry in enumerate(site.corpus.entries)}
        registry = {str(entity.path): entity for kind in FOLDERS for entity in site.corpus.entities(kind).values()}
        added, removed = sorted(delta.scanned.keys() - stamps.keys()), sorted(stamps.keys() - delta.scanned.keys())
        introduction = os.path.join(str(Path(root)), INTRODUCTIONS, "")  # the editor's introductions' folder
        intros = {str(intro.path): intro for intro in site.corpus.introductions}
        if any(
            path in registry or not path.endswith(".md") or path.startswith(introduction) for path in added + removed
        ):
            return None  # a registry file or an editor's introduction added or removed
        if not _raw_unchanged(root, snapshot["raw"], snapshot["scanned_at"]):
            return None
        # entries edited since the snapshot may point at raw files it does not know (``raw`` is not indexed)
        if not all((root / entry.raw).is_file() for _, _, entry in edited.values() if entry.raw):
            return None
        in_snapshot = {path: site.corpus.entries[position[path]] for path in edited}  # the versions its index has
        for path, (_, _, entry) in edited.items():
            _swap(site, position[path], entry)
        edited, changes, replaced = dict(edited), {}, []
        for path, found in delta.scanned.items():
            if path not in stamps or (found == stamps[path] and path not in racy):
                continue
            if path.startswith(introduction):  # edited: loaded again (and only the edition showing it rendered)
                known = intros.get(path)
                if known is None or load_introduction(known.path, site.corpus.label(known.path)) != (known, []):
                    return None
                continue
            if path not in position:  # a registry file: unless it reads as before, ids and names may have changed
                entity = registry[path]
                if load_entity(entity.path, entity.kind, site.corpus.label(entity.path)) != (entity, []):
                    return None
                continue
            old = site.corpus.entries[position[path]]
            label = site.corpus.label(old.path)
            new, problems = load_entry(old.path, label)
            if new is None or any(p.severity == "error" for p in problems):
                return None
            front_matter = without_body((new, [])) != without_body((old, []))
            if not front_matter and any(p.severity == "error" for p in check(new, label)):
                return None
            edited[path] = (found, found[1] >= delta.scanned_at - RACY_NS, new)
            in_snapshot.setdefault(path, old)
            if new != old:
                _swap(site, position[path], new)
            if front_matter:
                changes[path] = "front matter"
                replaced.append((old, new))
            elif new.body != old.body:
                changes[path] = "body"
        if added or removed:
            entries = [site.corpus.entries[position[path]] for path in removed]
            for path in added:
                new, problems = load_entry(Path(path), site.corpus.label(Path(path)))
                if new is None or any(p.severity == "error" for p in problems):
                    return None
                entries.append(new)
            replaced += [(old, None) for old in entries[: len(removed)]]
            replaced += [(None, new) for new in entries[len(removed) :]]
            changes.update((path, "front matter") for path in added + removed)
            for path in removed:
                edited.pop(path, None)
            gone = {position[path] for path in removed}
            # in the order content.load reads them
            site.corpus.entries = sorted(
                [entry for i, entry in enumerate(site.corpus.entries) if i not in gone] + entries[len(removed) :],
                key=lambda entry: entry.path,
            )
        reindex = bool(added or removed) or any(
            index.indexed(entry) != index.indexed(in_snapshot[path]) for path, (_, _, entry) in edited.items()
        )
        return site, dataclasses.replace(
            delta, restored=True, edited=edited, changes=changes, replaced=tuple(replaced), reindex=reindex
        )

    def update(self, delta: Delta, site, loaded: dict[str, tuple], last: Record) -> tuple[dict, int | None]:
        """Keep ``site`` as the snapshot for the next builds when it is worth it: a loaded site whose files are
        the ones scanned, or a restored one indexed again or carrying many edits (every file that differs from
        the snapshot was read again: the site is as they are). Returns the entries the next build must carry as
        edited since the snapshot, and that snapshot's scan time (None: none)."""
        stamps = None
        if not delta.restored and delta.scanned.keys() == loaded.keys():
            stamps = loaded  # the scan sees the files load read
        elif delta.restored and (delta.reindex or len(delta.edited) > REFRESH_EDITED):
            stamps = delta.scanned
        if stamps is None:
            return (dict(delta.edited), last.snapshot) if delta.restored else ({}, None)
        self.store.put(
            "site",
            None,
            {
                "site": site,
                "stamps": stamps,
                "scanned_at": delta.scanned_at,
                "raw": _raw_targets(site.corpus.root, site.corpus.entries),
            },
        )
        return {}, delta.scanned_at


def as_last_built(site, replaced: list[tuple[Entry | None, Entry | None]]):
    """The restored ``site`` as the last build saw it: the versions edited since put back in ``by_slug`` (the
    restored site holds the edited ones: see ``_swap``)."""
    by_slug = dict(site.by_slug)
    for old, new in replaced:
        if old is not None and new is not None and site.shows(old):  # one held back for review was in no page
            by_slug[old.slug] = {**by_slug.get(old.slug, {}), old.lang: old}
    return dataclasses.replace(site, by_slug=by_slug)


def _swap(site, position: int, entry) -> None:
    """Put ``entry`` in the site in place of the version at ``position`` in the corpus (an entry object is
    held by ``corpus.entries`` and ``by_slug`` only; everything else refers to it by slug). A version with
    another slug or language, or held back for review (in the corpus only), is not put in ``by_slug``: the site
    is indexed again if it changed how it is indexed (``reviewed`` included)."""
    old, site.corpus.entries[position] = site.corpus.entries[position], entry
    versions = site.by_slug.get(old.slug, {})
    if (old.slug, old.lang) == (entry.slug, entry.lang) and versions.get(old.lang) is old:
        versions[entry.lang] = entry
