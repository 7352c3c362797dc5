"""A persistent build cache under ``.cache/``: what did not change is not parsed or rendered again.

Two stores, each one pickle file written atomically at the end of a build:

- ``parsed``: a content file's parse result (entry or registry entity, with its problems),
  keyed by path and label and trusted while the file's size, mtime and inode are unchanged;
- ``html``: an entry body's sanitised HTML, keyed by a hash of the Markdown text.

The cache is versioned by digest's own source code and the versions of the libraries
whose output it stores; any other version, a truncated or corrupt file, or an unreadable
folder means an empty cache and a full rebuild, never a failed build. Only the items used
by a build are saved, so deleted files do not accumulate.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Callable, TypeVar

from .fs import write_atomic

log = logging.getLogger(__name__)
T = TypeVar("T")
LIBRARIES = ("markdown", "nh3", "pyyaml", "jinja2", "babel", "pelican")
RACY_NS = 2_000_000_000  # files modified this close to the last save may change again within one mtime tick


def _fingerprint() -> str:
    """digest's source, Python and the libraries whose results are cached: any change empties the cache."""
    h = hashlib.blake2b(digest_size=16)
    h.update(sys.version.encode())
    for name in LIBRARIES:
        try:
            h.update(f"{name}={metadata.version(name)};".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=absent;".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(str(path.relative_to(package)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


_VERSION: str | None = None


def version() -> str:
    global _VERSION
    if _VERSION is None:
        _VERSION = _fingerprint()
    return _VERSION


def default_dir(content: Path) -> Path:
    """``.cache/`` beside the content folder (the project root for ``content/``)."""
    return Path(content).resolve().parent / ".cache"


class Store:
    """One pickled mapping ``key -> (stamp, value)``; loaded on open, saved with only the keys used."""

    def __init__(self, path: Path):
        self.path = path
        self.saved_at = 0
        self.items: dict = {}
        self.used: dict = {}
        self.hits = self.misses = 0
        self.dirty = False
        self._load()

    def _load(self) -> None:
        enabled = gc.isenabled()
        gc.disable()  # unpickling 10,000 objects with the collector on takes 3 times longer
        try:
            with open(self.path, "rb") as handle:
                data = pickle.load(handle)
            if data["version"] == version() and isinstance(data["items"], dict):
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
        found = self.items.get(key)
        if found is not None and found[0] == stamp:
            self.used[key] = found
            self.hits += 1
            return found[1]
        return None

    def put(self, key, stamp, value) -> None:
        self.misses += 1
        self.used[key] = (stamp, value)
        self.dirty = True

    def save(self) -> None:
        """Write the items used by this build, unless they are exactly what was loaded."""
        if not self.dirty and self.used.keys() == self.items.keys():
            return
        data = {"version": version(), "saved_at": time.time_ns(), "items": self.used}
        try:
            write_atomic(self.path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError as exc:  # a read-only or full disk costs speed next time, not this build
            log.warning("cache %s not saved: %s", self.path, exc)


class Cache:
    """The build cache of one content folder (``directory`` defaults to ``.cache/`` beside it)."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.parsed = Store(self.directory / "parsed.pickle")
        self.html = Store(self.directory / "html.pickle")

    def load(self, path: Path, label: str, parse: Callable[[], T]) -> T:
        """``parse()``'s result for the file at ``path``, reused while the file is unchanged."""
        try:
            st = os.stat(path)
        except OSError:
            return parse()  # let the parser report the missing or unreadable file
        stamp = (st.st_size, st.st_mtime_ns, st.st_ino)
        key = (str(path), label)
        if st.st_mtime_ns < self.parsed.saved_at - RACY_NS:
            found = self.parsed.get(key, stamp)
            if found is not None:
                return found
        else:
            self.parsed.dirty = True  # save again so that a racy file can be trusted next time
        result = parse()
        self.parsed.put(key, stamp, result)
        return result

    def render(self, text: str, render: Callable[[str], str]) -> str:
        """``render(text)``, cached by the text's hash (and digest's version)."""
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=20).digest()
        found = self.html.get(key, None)
        if found is None:
            found = render(text)
            self.html.put(key, None, found)
        return found

    def save(self) -> None:
        self.parsed.save()
        self.html.save()
