"""A persistent build cache under ``.cache/``: what did not change is not parsed or rendered again.

Four stores, each one pickle file written atomically at the end of a build:

- ``parsed``: a content file's parse result (entry or registry entity, with its problems),
  keyed by path and label and trusted while the file's size, mtime and inode are unchanged;
- ``html``: an entry body's sanitised HTML, keyed by a hash of the Markdown text;
- ``site``: the indexed site of the last build that loaded every file, with the stamp of each
  file it read: a rebuild after edits to entries starts from it (``Cache.restore``) instead of
  loading, checking and indexing the whole corpus again;
- ``state``: what the last build rendered and what each page depends on (``digest.site.depends``),
  so the next one can render only what changed (see ``Cache.plan``), and the entries edited since
  the ``site`` snapshot.

The cache is versioned by digest's own source code and the versions of the libraries
whose output it stores; any other version, a truncated or corrupt file, or an unreadable
folder means an empty cache and a full rebuild, never a failed build. Only the items used
by a build are saved, so deleted files do not accumulate.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import logging
import os
import pickle
import shutil
import sys
import time
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

try:
    import fcntl
except ImportError:  # Windows: stores are saved by the build itself
    fcntl = None

from jinja2 import FileSystemBytecodeCache

from .content import ENTITY_DIRS
from .fs import write_atomic
from .model import Entry, Problem, load_entity, load_entry
from .site import depends, index

log = logging.getLogger(__name__)
T = TypeVar("T")
LIBRARIES = ("markdown", "nh3", "pyyaml", "jinja2", "babel", "pelican")
RACY_NS = 2_000_000_000  # files modified this close to the last save may change again within one mtime tick
CONVERT_RATHER_THAN_READ = 100  # bodies: Markdown costs ~1 ms each, reading the HTML of 10,000 bodies ~0.15 s
REFRESH_EDITED = 50  # entries edited since the site snapshot (kept in the state) before a new snapshot is saved


PACKAGE = Path(__file__).resolve().parent
NOT_BUILD = ("ingest", "commands", "cli.py", "__main__.py")  # never part of what a build renders


def version(modules: Iterable[str] = ()) -> str:
    """Python, the libraries whose results are cached, digest's own source (but the normaliser and
    the command-line shells) and ``modules`` (page families from elsewhere): any change empties the cache."""
    h = hashlib.blake2b(digest_size=16)
    h.update(sys.version.encode())
    for name in LIBRARIES:
        try:
            h.update(f"{name}={metadata.version(name)};".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=absent;".encode())
    sources = [p for p in sorted(PACKAGE.rglob("*.py")) if p.relative_to(PACKAGE).parts[0] not in NOT_BUILD]
    sources += [Path(sys.modules[name].__file__) for name in sorted(modules)
                if getattr(sys.modules.get(name), "__file__", None) and not name.startswith("digest.")]
    for path in sources:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def folder(settings: dict) -> Path:
    """The DIGEST_CACHE_PATH setting, else ``.cache/`` beside the content folder (the project root for ``content/``)."""
    return Path(settings.get("DIGEST_CACHE_PATH") or Path(settings["PATH"]).resolve().parent / ".cache")


class Store:
    """One pickled mapping ``key -> (stamp, value)``, saved with only the keys used.

    A ``lazy`` store is read on first use: a build that renders no page never reads the HTML.
    ``save_later`` writes it from a forked process, which holds the store's lock file until it is
    written: ``load`` waits for it.
    """

    def __init__(self, path: Path, version: str, lazy: bool = False):
        self.path = path
        self.version = version
        self.saved_at = 0
        self.items: dict = {}
        self.used: dict = {}
        self.dirty = False
        self.loaded = False
        if not lazy:
            self.load()

    def load(self) -> None:
        """Read the file (once)."""
        if self.loaded:
            return
        self.loaded = True
        try:
            with lasting(), _locked(self.path, fcntl.LOCK_SH if fcntl else 0), open(self.path, "rb") as handle:
                data = pickle.load(handle)
            if data["version"] == self.version and isinstance(data["items"], dict):
                self.items, self.saved_at = data["items"], int(data["saved_at"])
        except FileNotFoundError:
            pass
        except Exception as exc:  # truncated, corrupt, from another Python: start afresh
            log.warning("cache %s unreadable (%s: %s); rebuilding it", self.path, type(exc).__name__, exc)

    def get(self, key, stamp):
        """The cached value if ``stamp`` matches, else None."""
        self.load()
        found = self.items.get(key)
        if found is not None and found[0] == stamp:
            self.used[key] = found
            return found[1]
        return None

    def put(self, key, stamp, value) -> None:
        self.load()
        self.used[key] = (stamp, value)
        self.dirty = True

    def changed(self) -> bool:
        """Whether this build read the store and has something else to keep than what it read."""
        return self.loaded and (self.dirty or self.used.keys() != self.items.keys())

    def save(self) -> None:
        """Write the items used by this build, unless they are exactly what was loaded (or it was never read)."""
        if not self.changed():
            return
        data = {"version": self.version, "saved_at": time.time_ns(), "items": self.used}
        try:
            write_atomic(self.path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL), durable=False)  # rebuildable
        except OSError as exc:  # a read-only or full disk costs speed next time, not this build
            log.warning("cache %s not saved: %s", self.path, exc)

    def save_later(self) -> None:
        """``save`` in a forked process, where the system can fork: the build need not wait for a large store."""
        if not hasattr(os, "fork") or fcntl is None or not self.changed():
            return self.save()
        with _locked(self.path, fcntl.LOCK_EX):  # the child inherits the lock; the next build's load waits for it
            try:
                child = os.fork()
            except OSError:  # no process to spare: the build saves it
                child = None
            if child == 0:
                try:
                    os.nice(10)  # after the build's own work, which may still run (the search index)
                    self.save()
                finally:
                    os._exit(0)
        if child is None:
            self.save()


@contextmanager
def lasting() -> Iterator[None]:
    """The garbage collector paused while the build makes objects that live until it ends (a site unpickled or
    indexed, 27,000 pages and their fingerprints), then those objects frozen (``digest build`` unfreezes them).
    With the collector on, each burst of allocations sets off collections that traverse everything made so
    far, again and again: making the pages of 10,000 entries takes 3 times longer, unpickling them too."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextmanager
def _locked(path: Path, mode: int) -> Iterator[None]:
    """Hold the lock file beside ``path`` in ``mode`` (none where locks are not available, or the folder is missing)."""
    try:
        handle = open(path.with_name(path.name + ".lock"), "ab") if mode else None
    except OSError:
        handle = None
    try:
        if handle:
            fcntl.flock(handle, mode)
        yield
    finally:
        if handle:
            handle.close()


def _without_body(value):
    """A parse result with the entry body (and line bookkeeping) blanked, for comparing the rest."""
    obj, problems = value
    if dataclasses.is_dataclass(obj) and hasattr(obj, "body"):
        obj = dataclasses.replace(obj, body="", key_lines={}, body_line=0)
    return obj, problems


def _stable(value) -> str:
    """A repr that is the same in every run (no memory addresses), for fingerprinting settings."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{_stable(k)}:{_stable(v)}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))) + "}"
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return "[" + ",".join(_stable(v) for v in items) + "]"
    if isinstance(value, (str, int, float, bool, type(None), Path)):
        return repr(value)
    name = getattr(value, "__qualname__", None) or getattr(value, "__name__", None)
    if name:
        return f"{getattr(value, '__module__', '')}.{name}"
    text = repr(value)
    return type(value).__qualname__ if " at 0x" in text else text


def inputs(settings: dict, folders: Iterable[Path]) -> str:
    """Fingerprint of what every page depends on besides the content: settings and theme files."""
    h = hashlib.blake2b(_stable(settings).encode(), digest_size=16)
    for folder in dict.fromkeys(Path(f).resolve() for f in folders):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                h.update(str(path.relative_to(folder)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()


def _identities(output: Path, paths: Iterable[str]) -> dict[str, tuple | None]:
    """(inode, size, mtime) of each file: a file replaced or restored since has another."""
    found = {}
    prefix = f"{output}{os.sep}"  # joined as text: a Path per page costs more than its stat
    for rel in paths:
        try:
            found[rel] = _identity(os.stat(prefix + rel))
        except OSError:
            found[rel] = None
    return found


def _identity(st: os.stat_result) -> tuple[int, int, int]:
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _stamp(st: os.stat_result) -> tuple[int, int, int]:
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def scan(root: Path) -> dict[str, tuple[int, int, int]]:
    """The stamp of every file ``content.load`` reads (entries/**/*.md, companies/*.yml, people/*.yml),
    by path: one ``scandir`` per folder, no parsing."""
    found: dict[str, tuple[int, int, int]] = {}

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
                    try:
                        found[item.path] = _stamp(item.stat())
                    except OSError:
                        pass  # vanished since the listing: content.load will not see it either

    base = str(Path(root))
    walk(os.path.join(base, "entries"), ".md", True)
    for name in ENTITY_DIRS.values():
        walk(os.path.join(base, name), ".yml", False)
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


def _inode(folder: Path) -> int | None:
    try:
        return os.stat(folder).st_ino
    except OSError:
        return None


class Templates(FileSystemBytecodeCache):
    """Jinja's compiled templates, kept between builds (Jinja checks each against its template's source):
    a rebuild that renders two pages would spend most of its time compiling. A bad file costs a compile."""

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # truncated or corrupt
            bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError as exc:
            log.warning("compiled template not cached: %s", exc)


class Cache:
    """The build cache of one content folder (``directory``: see ``folder``); ``modules`` are
    the page families, whose source is part of the version when they live outside digest."""

    def __init__(self, directory: Path, modules: Iterable[str] = ()):
        self.directory = Path(directory)
        stamp = self.version = version(modules)
        self.parsed = Store(self.directory / "parsed.pickle", stamp, lazy=True)  # not read when the site is restored
        self.html = Store(self.directory / "html.pickle", stamp, lazy=True)
        self.site = Store(self.directory / "site.pickle", stamp, lazy=True)
        self.state = Store(self.directory / "state.pickle", stamp)
        self.partial = False
        self.restored = False  # the site came from the last build's snapshot (see restore)
        # (last build's, this build's) versions of entries whose front matter changed; None: added or removed
        self.replaced: list[tuple[Entry | None, Entry | None]] = []
        self.reindex = False  # the restored site holds entries whose indexed fields differ from its index's
        self.indexed_before = None  # the restored site, when it was indexed again (see depends.changed_keys)
        self.bypass_html = False  # few bodies to convert: the HTML store is not read (see plan)
        self.scanned: dict[str, tuple] | None = None  # the content files' stamps when this build started
        self.scanned_at = 0
        self.stamps: dict[str, tuple] = {}  # the stamp of each file loaded, when it was read
        self.edited: dict[str, tuple] = {}  # entry files edited since the snapshot: path -> (stamp, racy, entry)
        self.changes: dict[str, str] = {}  # file path -> "body" (only the entry body changed), "front matter" or "other"
        self.page_bodies: dict[str, tuple[str, ...]] = {}  # page path -> entry files whose body it shows
        self.reads: dict[str, tuple] = {}  # page path -> keys it read while rendering (see depends.SiteView)
        self.queries: dict[str, dict] = {}  # page path -> queries it asked (see depends.SiteView) -> answers
        self.prints: dict[str, bytes] = {}  # page path -> fingerprint of what its family gave it (depends.fingerprints)
        self.gone: list[str] = []  # pages of the last build that this one does not make
        self._context_keys: dict[str, frozenset] = {}  # page path -> entry keys its context holds
        self._output_reasons: list[str] | None = None  # see inspect
        self.families: dict[str, str] = {}  # page path -> the page family that makes it
        self.page_paths: list[str] = []  # every page of this build
        self._hits: list = []  # html keys read since the last harvest (worker processes send them back)
        self._new: dict = {}  # html rendered since the last harvest
        self._records: dict[str, tuple] = {}  # pages rendered since the last harvest -> (bodies, reads, queries)
        self.rendered: set[str] = set()  # pages rendered by this build (their records are merged)
        self.written: dict[str, tuple] = {}  # page path -> identity of the file this build wrote there

    def templates(self, options: dict) -> Templates | None:
        """A store of compiled templates for Jinja environments made with ``options`` (its folder is named by
        them and digest's version, which cover what compiling depends on); older folders are removed."""
        key = hashlib.blake2b(f"{self.version} {_stable(options)}".encode(), digest_size=8).hexdigest()
        current = self.directory / f"templates-{key}"
        try:
            for old in self.directory.glob("templates-*"):
                if old != current:
                    shutil.rmtree(old, ignore_errors=True)
            current.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("compiled templates not cached: %s", exc)
            return None
        return Templates(str(current))

    def load(self, path: Path, label: str, parse: Callable[[], T]) -> T:
        """``parse()``'s result for the file at ``path``, reused while the file is unchanged."""
        try:
            st = os.stat(path)
        except OSError:
            return parse()  # let the parser report the missing or unreadable file
        stamp = _stamp(st)
        self.stamps[str(path)] = stamp
        key = (str(path), label)
        self.parsed.load()
        if st.st_mtime_ns < self.parsed.saved_at - RACY_NS:  # else parsed again, and saved to be trusted next time
            found = self.parsed.get(key, stamp)
            if found is not None:
                return found
        result = parse()
        self.parsed.put(key, stamp, result)
        old = self.parsed.items.get(key)
        if old is None or _without_body(old[1]) != _without_body(result):
            self.changes[str(path)] = "other"
        elif getattr(old[1][0], "body", None) != getattr(result[0], "body", None):
            self.changes[str(path)] = "body"
        return result

    def restore(self, root: Path, check: Callable[[object, str], list[Problem]]):
        """The site of the last build, if the registry files are the same ones and the only changes since are
        to entries (edited, added or removed); else None, and the build loads, checks and indexes the whole corpus.

        The snapshot is the site of the last build that loaded everything, with the stamp of each file;
        entries edited since are swapped in (``edited``, kept in the state). A file whose stamp changed, or
        that was written too close to the snapshot to trust its stamp, is parsed again and compared with
        the version in the site. ``check(entry, label)`` gives the problems an edited body may have (the
        rest of the entry is as it was in a build that passed every check); an entry whose front matter
        changed, or that was added or removed, is listed in ``replaced``, and the caller checks it against
        the corpus and, when a field the site indexes changed (``reindex``), indexes the site again. An error
        in an entry file, a missing raw file, or a registry file changed, added or removed, all mean None: the
        full path reports exactly what `digest check` does.
        """
        self.scanned_at = time.time_ns()
        self.scanned = scan(root)
        site = self._restore(root, check)
        if site is None:  # not needed: let it go before the corpus is loaded
            self.site.items, self.site.used = {}, {}
        return site

    def _restore(self, root: Path, check: Callable[[object, str], list[Problem]]):
        snapshot = self.site.get("site", None)
        last = self.state.get("last", None) or {}
        # The state of the last build names the snapshot it left (it may have left none).
        if snapshot is None or "pages" not in last or last.get("snapshot") != snapshot["scanned_at"]:
            return None
        edited = last.get("edited", {})
        stamps = {**snapshot["stamps"], **{path: item[0] for path, item in edited.items()}}
        # files written just before the snapshot's scan: their stamp cannot tell a later write of the same instant
        racy = {path for path, stamp in snapshot["stamps"].items() if stamp[1] >= snapshot["scanned_at"] - RACY_NS}
        racy = (racy - edited.keys()) | {path for path, item in edited.items() if item[1]}
        site = snapshot["site"]
        position = {str(entry.path): i for i, entry in enumerate(site.corpus.entries)}
        registry = {str(entity.path): entity for kind in ENTITY_DIRS for entity in site.corpus.entities(kind).values()}
        added, removed = sorted(self.scanned.keys() - stamps.keys()), sorted(stamps.keys() - self.scanned.keys())
        if any(path in registry or not path.endswith(".md") for path in added + removed):
            return None  # a registry file added or removed
        if not _raw_unchanged(root, snapshot["raw"], snapshot["scanned_at"]):
            return None
        # entries edited since the snapshot may point at raw files it does not know (``raw`` is not indexed)
        if not all((root / entry.raw).is_file() for _, _, entry in edited.values() if entry.raw):
            return None
        in_snapshot = {path: site.corpus.entries[position[path]] for path in edited}  # the versions its index has
        for path, (_, _, entry) in edited.items():
            _swap(site, position[path], entry)
        edited, changes, replaced = dict(edited), {}, []
        for path, stamp in self.scanned.items():
            if path not in stamps or (stamp == stamps[path] and path not in racy):
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
            front_matter = _without_body((new, [])) != _without_body((old, []))
            if not front_matter and any(p.severity == "error" for p in check(new, label)):
                return None
            edited[path] = (stamp, stamp[1] >= self.scanned_at - RACY_NS, new)
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
            replaced += [(old, None) for old in entries[:len(removed)]] + [(None, new) for new in entries[len(removed):]]
            changes.update((path, "front matter") for path in added + removed)
            for path in removed:
                edited.pop(path, None)
            gone = {position[path] for path in removed}
            # in the order content.load reads them
            site.corpus.entries = sorted([entry for i, entry in enumerate(site.corpus.entries) if i not in gone]
                                         + entries[len(removed):], key=lambda entry: entry.path)
        self.restored, self.edited, self.changes, self.replaced = True, edited, changes, replaced
        self.reindex = bool(added or removed) or any(index.indexed(entry) != index.indexed(in_snapshot[path])
                                                     for path, (_, _, entry) in edited.items())
        return site

    def render(self, text: str, render: Callable[[str], str]) -> str:
        """``render(text)``, cached by the text's hash (and digest's version)."""
        if self.bypass_html:
            return render(text)
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=20).digest()
        found = self.html.get(key, None)
        if found is None:
            found = render(text)
            self.html.put(key, None, found)
            self._new[key] = found
        else:
            self._hits.append(key)
        return found

    def record(self, page_path: str, bodies: Iterable[str], reads: depends.Reads) -> None:
        """Record what the page at ``page_path`` showed while rendering: the entry files whose body it shows,
        and what it read from the site (applied by ``merge``: a worker sends its records to the parent)."""
        # tuples, not sets: the next build unpickles the records of 27,000 pages, sets three times slower
        self._records[page_path] = (tuple(sorted(bodies)), tuple(sorted(reads.keys)), reads.queries)

    def wrote(self, page_path: str, st: os.stat_result) -> None:
        """Record the page written at ``page_path``, with its stat taken by the writer (a render worker):
        ``finish`` need not stat every page again, one after the other."""
        self.written[page_path] = _identity(st)

    def harvest(self) -> tuple:
        """What a worker process learnt (html, page records, pages written), to send to the parent's ``merge``."""
        taken = (self._hits, self._new, self._records, self.written)
        self._hits, self._new, self._records, self.written = [], {}, {}, {}
        return taken

    def merge(self, taken: tuple) -> None:
        hits, new, records, written = taken
        self.written.update(written)
        for key in hits:
            self.html.get(key, None)
        for key, html in new.items():
            self.html.put(key, None, html)
        self.rendered.update(records)
        for path, (bodies, keys, queries) in records.items():
            for store, value in ((self.page_bodies, bodies), (self.reads, keys), (self.queries, queries)):
                if value:
                    store[path] = value
                else:
                    store.pop(path, None)

    def plan(self, settings_and_theme: str, output: Path, pages: list | None, site) -> set[str] | None:
        """The paths of the pages this build must render, or None for every page.

        ``pages`` are this build's pages; None (a restored site whose families make the same pages: see
        ``digest.plugin.DigestGenerator.same_pages``) means the last build's. Every page, unless ``output``
        is exactly what the last build left (same folder, the pages it wrote still the files it wrote: a
        build that was undone fails this), settings and theme are the same, and the content changes are
        edits to entries (a restored site: see ``restore``): then the pages that showed an edited body,
        those ``depends.stale`` finds for the edited front matter, and any page missing from ``output``.
        Pages of the last build that this one does not make are listed in ``gone``.
        """
        previous = self.state.get("last", None) or {}
        if pages is None:
            self.page_paths, self.prints = previous.get("pages", []), previous.get("prints", {})
            self._context_keys = previous.get("context_keys", {})
        elif self.restored and previous.get("inputs") == settings_and_theme:
            # the last build's pages were made from the restored site's index, with the same settings
            before = _as_last_built(self.indexed_before or site, self.replaced)
            self._fingerprint(pages, depends.Unchanged(before, site, previous.get("prints", {}),
                                                       previous.get("context_keys", {})))
        else:
            self._fingerprint(pages)
        self._next = {"inputs": settings_and_theme, "pages": self.page_paths}
        deleted = not self.restored and any(key not in self.parsed.used for key in self.parsed.items)
        pages_changed = not self.restored and previous.get("pages") != self.page_paths
        reasons = list(self.inspect(output) if self._output_reasons is None else self._output_reasons)
        reasons += [reason for reason, failed in (
            ("settings or theme changed", previous.get("inputs") != settings_and_theme),
            ("content files were added or removed", deleted or pages_changed),
            ("content other than entries changed", any(kind == "other" for kind in self.changes.values())),
        ) if failed]
        if reasons:
            log.info("digest: rendering every page: %s", "; ".join(reasons))
            # every page is rendered, and recorded again: only the records of pages already rendered are kept
            for store in (self.page_bodies, self.reads, self.queries):
                for path in store.keys() - self.rendered:
                    del store[path]
            return None
        self.partial = True
        changed = set(self.changes)
        targets = self.showing_edited()
        if self.replaced:
            keys = depends.changed_keys(self.replaced, self.indexed_before, site)
            targets |= depends.stale(self.prints, previous["prints"], self._context_keys, self.reads, self.queries,
                                     keys, site)
            now = set(self.page_paths)
            self.gone = [path for path in previous["pages"] if path not in now]
            for store in (self.page_bodies, self.reads, self.queries):
                for path in self.gone:
                    store.pop(path, None)
        prefix = f"{output}{os.sep}"
        missing = {path for path in self.page_paths if not os.access(prefix + path, os.F_OK)}  # no stat result: 30 % faster
        # few bodies to show that did not change: converting them costs less than reading every body's HTML
        unchanged = {body for path in targets | missing for body in self.page_bodies.get(path, ())} - changed
        self.bypass_html = len(unchanged) <= CONVERT_RATHER_THAN_READ
        return targets | missing

    def showing_edited(self, pages: Iterable[str] = ()) -> set[str]:
        """The pages that show an entry edited or added since the last build: those that showed its body
        (its own pages), and those of ``pages`` that the last build did not make."""
        changed = set(self.changes)
        last = self.state.get("last", None) or {}
        found = {page for page, bodies in last.get("page_bodies", {}).items() if changed.intersection(bodies)}
        pages = list(pages)
        if pages:
            made = set(last.get("pages", ()))
            found.update(page for page in pages if page not in made)
        return found

    def inspect(self, output: Path) -> list[str]:
        """Why ``output`` is not exactly what the last build left, if it is not (same folder, the pages the
        last build wrote still the files it wrote: a build that was undone fails this); and the last build's
        records of its pages. Before anything is rendered: by ``plan``, or before it by a build that writes
        some pages first."""
        previous = self.state.get("last", None) or {}
        # the last build's records, which pages rendered (or made: families) from now on replace
        self.page_bodies, self.reads, self.queries, self.families = (
            dict(previous.get(name, {})) for name in ("page_bodies", "reads", "queries", "families"))
        self._output_reasons = [reason for reason, failed in (
            ("no earlier build of this output folder", _inode(output) is None or previous.get("output") != _inode(output)),
            ("the output folder is not what the last build left", _identities(output, previous.get("written", {}))
             != previous.get("written")),
        ) if failed]
        return self._output_reasons

    def every(self, pages: list) -> None:
        """The pages of a restored site when every page is rendered (the settings may have changed their list)."""
        self._fingerprint(pages)
        self._next["pages"] = self.page_paths

    def _fingerprint(self, pages: list, unchanged: depends.Unchanged | None = None) -> None:
        prints = depends.fingerprints(pages, unchanged)
        self.page_paths = list(prints)
        self.prints = {path: found[0] for path, found in prints.items()}
        self._context_keys = {path: found[1] for path, found in prints.items() if found[1]}

    def finish(self, output: Path, site) -> None:
        """Save everything, with the identity of each page this build wrote into ``output``; ``site`` becomes
        the snapshot the next build may restore, unless it was restored itself (then the edited entries are kept).

        A partial build keeps the HTML of bodies it did not render (a full build drops what no page used)."""
        if self.partial and self.html.loaded:
            for key, value in self.html.items.items():
                self.html.used.setdefault(key, value)
        snapshot = (self.state.get("last", None) or {}).get("snapshot") if self.restored else None
        stamps = None
        if not self.restored and self.scanned is not None and self.scanned.keys() == self.stamps.keys():
            stamps = self.stamps  # the scan sees the files load read
        elif self.restored and (self.reindex or len(self.edited) > REFRESH_EDITED):
            # Every file that differs from the snapshot was read again: the site is as they are. A site indexed
            # again is kept, so that the next builds need not index it again.
            stamps = self.scanned
        if not self.restored or stamps is not None:
            self.edited, snapshot = {}, None
        if stamps is not None:
            snapshot = self.scanned_at
            self.site.put("site", None, {
                "site": site, "stamps": stamps, "scanned_at": self.scanned_at,
                "raw": _raw_targets(site.corpus.root, site.corpus.entries),
            })
        # Page paths as one string object each (the records of rendering workers come with their own copies):
        # pickled once, referred to by every record.
        canonical = {path: path for path in self.page_paths}
        by_page = {name: {canonical.get(page, page): value for page, value in records.items()}
                   for name, records in (("page_bodies", self.page_bodies), ("reads", self.reads),
                                         ("queries", self.queries), ("prints", self.prints),
                                         ("context_keys", self._context_keys))}
        last = {**self._next, **by_page, "output": _inode(output),
                "families": {path: self.families[path] for path in by_page["page_bodies"] if path in self.families},
                "edited": self.edited, "snapshot": snapshot,
                "written": {canonical.get(page, page): value for page, value in sorted(self.written.items())}}
        if last != self.state.get("last", None):  # a rebuild that changed nothing does not write it again
            self.state.put("last", None, last)
        self.parsed.save()
        self.html.save()
        self.state.save()
        self.site.save_later()  # the largest store, written only when its snapshot changes


def _as_last_built(site, replaced: list[tuple[Entry | None, Entry | None]]):
    """The restored ``site`` as the last build saw it: the versions edited since put back in ``by_slug`` (the
    restored site holds the edited ones: see ``_swap``)."""
    by_slug = dict(site.by_slug)
    for old, new in replaced:
        if old is not None and new is not None:
            by_slug[old.slug] = {**by_slug.get(old.slug, {}), old.lang: old}
    return dataclasses.replace(site, by_slug=by_slug)


def _swap(site, position: int, entry) -> None:
    """Put ``entry`` in the site in place of the version at ``position`` in the corpus (an entry object is
    held by ``corpus.entries`` and ``by_slug`` only; everything else refers to it by slug). A version with
    another slug or language is in the corpus only: both are indexed, so the site is indexed again."""
    old, site.corpus.entries[position] = site.corpus.entries[position], entry
    if (old.slug, old.lang) == (entry.slug, entry.lang):
        site.by_slug[entry.slug][entry.lang] = entry
