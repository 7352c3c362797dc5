"""The build cache's files under ``.cache/``, each rebuildable: what did not change is not parsed or rendered again.

One ``Store`` per pickle file (``parsed``, ``html``, ``site``, ``state``: see ``digest.build``), written atomically
at the end of a build, and a folder of Jinja's compiled templates. Every store is versioned by digest's own source
code and the versions of the libraries whose output it stores; any other version, a truncated or corrupt file, or
an unreadable folder means an empty store and a full rebuild, never a failed build. Only the items used by a build
are saved, so deleted files do not accumulate.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: stores are saved by the build itself
    fcntl = None

from jinja2 import FileSystemBytecodeCache

from ..fs import write_atomic

log = logging.getLogger(__name__)
LIBRARIES = ("markdown", "nh3", "pyyaml", "jinja2", "babel", "pelican")


PACKAGE = Path(__file__).resolve().parent.parent
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
    sources += [
        Path(sys.modules[name].__file__)
        for name in sorted(modules)
        if getattr(sys.modules.get(name), "__file__", None) and not name.startswith("digest.")
    ]
    for path in sources:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


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
    indexed, every page and its fingerprint), then those objects frozen (``digest build`` unfreezes them).
    With the collector on, each burst of allocations sets off collections that traverse everything made so
    far, again and again, so that the time to make or unpickle them grows with the square of their number."""
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
        # noqa below: the lock file stays open while the caller holds the lock, closed in the finally
        handle = open(path.with_name(path.name + ".lock"), "ab") if mode else None  # noqa: SIM115
    except OSError:
        handle = None
    try:
        if handle:
            fcntl.flock(handle, mode)
        yield
    finally:
        if handle:
            handle.close()


def _stable(value) -> str:
    """A repr that is the same in every run (no memory addresses), for fingerprinting settings."""
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda kv: str(kv[0]))
        return "{" + ",".join(f"{_stable(k)}:{_stable(v)}" for k, v in items) + "}"
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


def templates(directory: Path, version: str, options: dict) -> Templates | None:
    """A store of compiled templates for Jinja environments made with ``options`` (its folder is named by
    them and digest's ``version``, which cover what compiling depends on); older folders are removed."""
    key = hashlib.blake2b(f"{version} {_stable(options)}".encode(), digest_size=8).hexdigest()
    current = directory / f"templates-{key}"
    try:
        for old in directory.glob("templates-*"):
            if old != current:
                shutil.rmtree(old, ignore_errors=True)
        current.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("compiled templates not cached: %s", exc)
        return None
    return Templates(str(current))
