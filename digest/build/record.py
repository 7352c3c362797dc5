"""What a build leaves for the next one: each page's record, and the identity of every file it wrote.

``Record`` is the last build's, read from the ``state`` store before anything is rendered; a ``Recorder``
starts from it, takes what this build renders (what each page showed and read: ``digest.site.render``) and
writes, and ``Recorder.record`` makes the next ``Record`` at the end.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path

from ..site.reads import Reads
from .bodies import Bodies
from .store import Store

PER_PAGE = ("page_bodies", "reads", "queries", "prints", "context_keys")  # a Record's mappings keyed by page path


@dataclass(frozen=True)
class Record:
    """The last build's record (empty when there is none)."""

    inputs: str | None = None  # fingerprint of the settings and theme (see ``store.inputs``)
    pages: list[str] = field(default_factory=list)  # every page it made
    prints: dict[str, bytes] = field(default_factory=dict)  # page -> fingerprint of its context (depends.fingerprints)
    context_keys: dict[str, frozenset] = field(default_factory=dict)  # page -> entry keys its context holds
    page_bodies: dict[str, tuple[str, ...]] = field(default_factory=dict)  # page -> entry files whose body it shows
    reads: dict[str, tuple] = field(default_factory=dict)  # page -> keys it read while rendering (site.reads)
    queries: dict[str, dict] = field(default_factory=dict)  # page -> queries it asked -> answers
    families: dict[str, str] = field(default_factory=dict)  # page -> the page family that makes it
    output: int | None = None  # the inode of the output folder
    written: dict[str, tuple] = field(default_factory=dict)  # page -> identity of the file written there
    edited: dict[str, tuple] = field(default_factory=dict)  # entry files edited since the snapshot (see snapshot)
    snapshot: int | None = None  # the snapshot this record goes with (its scan time), if any

    @classmethod
    def read(cls, state: Store) -> Record:
        return cls(**(state.get("last", None) or {}))

    def write(self, state: Store) -> None:
        """Put it in ``state``, unless it is what the store holds (a rebuild that changed nothing)."""
        last = {item.name: getattr(self, item.name) for item in fields(self)}
        if last != state.get("last", None):
            state.put("last", None, last)


def identity(st: os.stat_result) -> tuple[int, int, int]:
    """(inode, size, mtime) of a file: a file replaced or restored since has another."""
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _identities(output: Path, paths: Iterable[str]) -> dict[str, tuple | None]:
    found = {}
    prefix = f"{output}{os.sep}"  # joined as text: a Path per page costs more than its stat
    for rel in paths:
        try:
            found[rel] = identity(os.stat(prefix + rel))
        except OSError:
            found[rel] = None
    return found


def inode(folder: Path) -> int | None:
    try:
        return os.stat(folder).st_ino
    except OSError:
        return None


def output_reasons(output: Path, last: Record) -> list[str]:
    """Why ``output`` is not exactly what the last build left, if it is not (same folder, the pages the last
    build wrote still the files it wrote: a build that was undone fails this). Asked before anything is written."""
    return [
        reason
        for reason, failed in (
            ("no earlier build of this output folder", inode(output) is None or last.output != inode(output)),
            ("the output folder is not what the last build left", _identities(output, last.written) != last.written),
        )
        if failed
    ]


class Recorder:
    """This build's records, starting from the last build's: what each page rendered showed and read, the page
    family of each page made, and the identity of each file written. A render worker sends what it learnt
    (``harvest``) to the parent's ``merge``. It also hands bodies' HTML to the ``Bodies`` store."""

    def __init__(self, last: Record, bodies: Bodies):
        self.bodies = bodies
        # the last build's records, which pages rendered (or made: families) from now on replace
        self.page_bodies, self.reads, self.queries, self.families = (
            dict(records) for records in (last.page_bodies, last.reads, last.queries, last.families)
        )
        self.rendered: set[str] = set()  # pages rendered by this build (their records are merged)
        self.written: dict[str, tuple] = {}  # page path -> identity of the file this build wrote there
        self._records: dict[str, tuple] = {}  # pages rendered since the last harvest -> (bodies, reads, queries)

    def render(self, text: str, render: Callable[[str], str]) -> str:
        return self.bodies.render(text, render)

    def record(self, page_path: str, bodies: Iterable[str], reads: Reads) -> None:
        """Record what the page at ``page_path`` showed while rendering: the entry files whose body it shows,
        and what it read from the site (applied by ``merge``: a worker sends its records to the parent)."""
        # tuples, not sets: the next build unpickles the records of every page, and sets unpickle much slower
        self._records[page_path] = (tuple(sorted(bodies)), tuple(sorted(reads.keys)), reads.queries)

    def wrote(self, page_path: str, st: os.stat_result) -> None:
        """Record the page written at ``page_path``, with its stat taken by the writer (a render worker):
        the end of the build need not stat every page again, one after the other."""
        self.written[page_path] = identity(st)

    def harvest(self) -> tuple:
        """What a worker process learnt (html, page records, pages written), to send to the parent's ``merge``."""
        taken = (self.bodies.harvest(), self._records, self.written)
        self._records, self.written = {}, {}
        return taken

    def merge(self, taken: tuple) -> None:
        bodies, records, written = taken
        self.written.update(written)
        self.bodies.merge(bodies)
        self.rendered.update(records)
        for path, (shown, keys, queries) in records.items():
            for store, value in ((self.page_bodies, shown), (self.reads, keys), (self.queries, queries)):
                if value:
                    store[path] = value
                else:
                    store.pop(path, None)

    def forget_unrendered(self) -> None:
        """Every page is rendered, and recorded again: only the records of pages already rendered are kept."""
        for store in (self.page_bodies, self.reads, self.queries):
            for path in store.keys() - self.rendered:
                del store[path]

    def forget(self, pages: Iterable[str]) -> None:
        """Drop the records of ``pages`` (the last build's pages that this one does not make)."""
        for store in (self.page_bodies, self.reads, self.queries):
            for path in pages:
                store.pop(path, None)

    def record_of(
        self,
        inputs: str,
        pages: list[str],
        prints: dict,
        context_keys: dict,
        output: Path,
        edited: dict,
        snapshot: int | None,
    ) -> Record:
        """The record of this build, for the next one."""
        # Page paths as one string object each (the records of rendering workers come with their own copies):
        # pickled once, referred to by every record.
        canonical = {path: path for path in pages}
        by_page = {
            name: {canonical.get(page, page): value for page, value in records.items()}
            for name, records in zip(
                PER_PAGE, (self.page_bodies, self.reads, self.queries, prints, context_keys), strict=False
            )
        }
        return Record(
            inputs=inputs,
            pages=pages,
            **by_page,
            output=inode(output),
            families={path: self.families[path] for path in by_page["page_bodies"] if path in self.families},
            edited=edited,
            snapshot=snapshot,
            written={canonical.get(page, page): value for page, value in sorted(self.written.items())},
        )
