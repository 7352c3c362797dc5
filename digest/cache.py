"""A persistent build cache under ``.cache/``: what did not change is not parsed or rendered again.

Three stores, each one pickle file written atomically at the end of a build:

- ``parsed``: a content file's parse result (entry or registry entity, with its problems),
  keyed by path and label and trusted while the file's size, mtime and inode are unchanged;
- ``html``: an entry body's sanitised HTML, keyed by a hash of the Markdown text;
- ``state``: what the last build rendered, so the next one can render only what changed
  (see ``Cache.plan``).

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
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from .fs import write_atomic

log = logging.getLogger(__name__)
T = TypeVar("T")
LIBRARIES = ("markdown", "nh3", "pyyaml", "jinja2", "babel", "pelican")
RACY_NS = 2_000_000_000  # files modified this close to the last save may change again within one mtime tick


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
            self._load()

    def _load(self) -> None:
        self.loaded = True
        enabled = gc.isenabled()
        gc.disable()  # unpickling 10,000 objects with the collector on takes 3 times longer
        try:
            with open(self.path, "rb") as handle:
                data = pickle.load(handle)
            if data["version"] == self.version and isinstance(data["items"], dict):
                self.items, self.saved_at = data["items"], int(data["saved_at"])
        except FileNotFoundError:
            pass
        except Exception as exc:  # truncated, corrupt, from another Python: start afresh
            log.warning("cache %s unreadable (%s: %s); rebuilding it", self.path, type(exc).__name__, exc)
        finally:
            if enabled:
                gc.enable()

    def get(self, key, stamp):
        """The cached value if ``stamp`` matches, else None."""
        if not self.loaded:
            self._load()
        found = self.items.get(key)
        if found is not None and found[0] == stamp:
            self.used[key] = found
            return found[1]
        return None

    def put(self, key, stamp, value) -> None:
        if not self.loaded:
            self._load()
        self.used[key] = (stamp, value)
        self.dirty = True

    def save(self) -> None:
        """Write the items used by this build, unless they are exactly what was loaded (or it was never read)."""
        if not self.loaded or (not self.dirty and self.used.keys() == self.items.keys()):
            return
        data = {"version": self.version, "saved_at": time.time_ns(), "items": self.used}
        try:
            write_atomic(self.path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL), durable=False)  # rebuildable
        except OSError as exc:  # a read-only or full disk costs speed next time, not this build
            log.warning("cache %s not saved: %s", self.path, exc)


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
    for rel in paths:
        try:
            st = os.stat(output / rel)
            found[rel] = (st.st_ino, st.st_size, st.st_mtime_ns)
        except OSError:
            found[rel] = None
    return found


def _inode(folder: Path) -> int | None:
    try:
        return os.stat(folder).st_ino
    except OSError:
        return None


class Cache:
    """The build cache of one content folder (``directory``: see ``folder``); ``modules`` are
    the page families, whose source is part of the version when they live outside digest."""

    def __init__(self, directory: Path, modules: Iterable[str] = ()):
        self.directory = Path(directory)
        stamp = version(modules)
        self.parsed = Store(self.directory / "parsed.pickle", stamp)
        self.html = Store(self.directory / "html.pickle", stamp, lazy=True)
        self.partial = False
        self.state = Store(self.directory / "state.pickle", stamp)
        self.changes: dict[str, str] = {}  # file path -> "body" (only the entry body changed) or "other"
        self.page_bodies: dict[str, tuple[str, ...]] = {}  # page path -> entry files whose body it shows
        self._hits: list = []  # html keys read since the last harvest (worker processes send them back)
        self._new: dict = {}  # html rendered since the last harvest
        self.written: list[str] = []  # pages this build wrote

    def load(self, path: Path, label: str, parse: Callable[[], T]) -> T:
        """``parse()``'s result for the file at ``path``, reused while the file is unchanged."""
        try:
            st = os.stat(path)
        except OSError:
            return parse()  # let the parser report the missing or unreadable file
        stamp = (st.st_size, st.st_mtime_ns, st.st_ino)
        key = (str(path), label)
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

    def render(self, text: str, render: Callable[[str], str]) -> str:
        """``render(text)``, cached by the text's hash (and digest's version)."""
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=20).digest()
        found = self.html.get(key, None)
        if found is None:
            found = render(text)
            self.html.put(key, None, found)
            self._new[key] = found
        else:
            self._hits.append(key)
        return found

    def shown(self, page_path: str, entry_paths: Iterable[str]) -> None:
        """Record that the page at ``page_path`` shows the bodies of these entry files (maybe none)."""
        shown = tuple(sorted(entry_paths))
        if shown:
            self.page_bodies[page_path] = shown
        else:
            self.page_bodies.pop(page_path, None)

    def wrote(self, page_path: str) -> None:
        self.written.append(page_path)

    def harvest(self) -> tuple:
        """What a worker process learnt (html, page records, pages written), to send to the parent's ``merge``."""
        taken = (self._hits, self._new, self.page_bodies, self.written)
        self._hits, self._new, self.page_bodies, self.written = [], {}, {}, []
        return taken

    def merge(self, taken: tuple) -> None:
        hits, new, page_bodies, written = taken
        self.written += written
        for key in hits:
            self.html.get(key, None)
        for key, html in new.items():
            self.html.put(key, None, html)
        self.page_bodies.update(page_bodies)

    def plan(self, pages: list, settings_and_theme: str, output: Path) -> list:
        """The pages this build must render.

        All of them, unless ``output`` is exactly what the last build left (same folder, the
        pages it wrote still the files it wrote: a build that was undone fails this), settings,
        theme and page list are the same, and the only content change is in entry bodies: then
        only the pages that showed those bodies, and any page missing from ``output``.
        """
        paths = [p.path for p in pages]
        layout = hashlib.blake2b("\n".join(paths).encode(), digest_size=16).hexdigest()
        self._next = {"inputs": settings_and_theme, "layout": layout}
        previous = self.state.get("last", None) or {}
        deleted = any(key not in self.parsed.used for key in self.parsed.items)
        reasons = [reason for reason, failed in (
            ("no earlier build of this output folder", _inode(output) is None or previous.get("output") != _inode(output)),
            ("the output folder is not what the last build left", _identities(output, previous.get("written", {}))
             != previous.get("written")),
            ("settings or theme changed", previous.get("inputs") != settings_and_theme),
            ("the set of pages changed", previous.get("layout") != layout),
            ("content files were removed", deleted),
            ("content other than entry bodies changed", any(kind != "body" for kind in self.changes.values())),
        ) if failed]
        if reasons:
            log.info("digest: rendering every page: %s", "; ".join(reasons))
            return pages
        self.page_bodies = dict(previous["page_bodies"])
        self.partial = True
        changed = set(self.changes)
        targets = {page for page, shown in self.page_bodies.items() if changed.intersection(shown)}
        prefix = f"{output}{os.sep}"
        return [p for p in pages if p.path in targets or not os.path.exists(prefix + p.path)]

    def finish(self, output: Path) -> None:
        """Save everything, with the identity of each page this build wrote into ``output``.

        A partial build keeps the HTML of bodies it did not render (a full build drops what no page used)."""
        if self.partial and self.html.loaded:
            for key, value in self.html.items.items():
                self.html.used.setdefault(key, value)
        self.state.put("last", None, {**self._next, "output": _inode(output), "page_bodies": self.page_bodies,
                                      "written": _identities(output, self.written)})
        self.parsed.save()
        self.html.save()
        self.state.save()
