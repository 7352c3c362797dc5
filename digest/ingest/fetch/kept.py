"""What a fetch keeps in ``raw/``: the page byte for byte under a readable name, never over another file, and a
``.fetch.json`` sidecar saying where and when it came from; the folder's pages indexed by address, so that a page
already kept is not fetched again."""

from __future__ import annotations

import errno
import hashlib
import itertools
import json
import os
import re
import tempfile
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from unidecode import unidecode

from ...fs import write_atomic
from .client import FetchError


@dataclass(frozen=True)
class Fetched:
    """A page kept in ``raw/``: where it was asked for, where it ended up, and what the server said."""

    url: str  # as given
    final_url: str  # after redirects
    canonical_url: str  # the page's own <link rel=canonical> (else og:url, else final_url)
    status: int
    content_type: str
    encoding: str  # what the bytes were decoded as (not always what the page declares)
    fetched_at: str  # UTC, ISO 8601
    path: Path  # the raw file, byte for byte
    redirects: tuple[tuple[int, str], ...] = ()  # (status, address redirected from), in order
    warnings: tuple[str, ...] = ()
    skipped: bool = False  # already in raw/: not fetched again
    previous: Path | None = None  # refetch of a changed page: the earlier raw copy, kept

    @property
    def sidecar(self) -> Path:
        return sidecar_path(self.path)

    def text(self) -> str:
        """The page as text, decoded as when it was fetched."""
        return self.path.read_bytes().decode(self.encoding, errors="replace")


def sidecar_path(raw: Path) -> Path:
    return raw.with_name(raw.stem + ".fetch.json")


def read_sidecar(raw: Path) -> Fetched | None:
    """The fetch record beside a raw page (``digest ingest content/raw/<file>``); None for a pasted page."""
    try:
        data = json.loads(sidecar_path(raw).read_text(encoding="utf-8"))
        return Fetched(
            data["url"],
            data["final_url"],
            data["canonical_url"],
            data["status"],
            data["content_type"],
            data["encoding"],
            data["fetched_at"],
            Path(raw),
            tuple((s, u) for s, u in data.get("redirects", [])),
            tuple(data.get("warnings", [])),
            skipped=True,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def raw_name(url: str) -> str:
    """A readable file name from the address's host and path, e.g. ``lemonde.fr_economie_openai-recrute.html``."""
    parts = urlsplit(url)
    segments = [(parts.hostname or "page").removeprefix("www.")] + unquote(parts.path).split("/")
    slugs = [re.sub(r"[^a-z0-9.]+", "-", unidecode(s).lower()).strip("-.") for s in segments]
    stem = "_".join(filter(None, slugs))
    stem = re.sub(r"\.(s?html?|php|aspx?)$", "", stem)[:100].rstrip("-._")
    if parts.query:  # ?id=123 is often all that tells two articles apart
        stem += "_" + hashlib.sha256(parts.query.encode()).hexdigest()[:8]
    return stem + ".html"


def _key(url: str) -> str:
    """One spelling per address: case of scheme and host, default port, tracking parameters, fragment."""
    from courlan import normalize_url  # with urllib3: imported when an address is read, not by every ingest

    try:
        return urlunsplit(urlsplit(normalize_url(url))._replace(fragment=""))
    except ValueError:
        return url


class RawFolder:
    """The pages kept in ``raw/``, indexed by every address they were asked for, ended at or named as their own."""

    def __init__(self, raw_dir: Path, refetch: bool):
        self.raw_dir, self.refetch = raw_dir, refetch
        self.lock = threading.Lock()  # guards the index and choosing file names
        self.index: dict[str, Fetched] = {}
        sidecars = raw_dir.glob("*.fetch.json") if raw_dir.is_dir() else []
        records = filter(
            None, (read_sidecar(s.with_name(s.name.removesuffix(".fetch.json") + ".html")) for s in sidecars)
        )
        for fetched in sorted((f for f in records if f.path.is_file()), key=_written):
            self._remember(fetched)

    def _remember(self, fetched: Fetched) -> None:
        for url in (fetched.url, fetched.final_url, fetched.canonical_url):
            self.index[_key(url)] = fetched

    def kept(self, url: str) -> Fetched | None:
        """The page already kept for ``url``, as asked for this time; None when there is none or on a refetch."""
        known = None if self.refetch else self.index.get(_key(url))
        return replace(known, url=url, skipped=True, previous=None) if known else None

    def keep(self, fetched: Fetched, data: bytes) -> Fetched:
        """Write the page and its sidecar, unless the same page is already kept; never over another file."""
        with self.lock:
            known = self.index.get(_key(fetched.canonical_url)) or self.index.get(_key(fetched.final_url))
            if known and not self.refetch:
                return replace(known, url=fetched.url, skipped=True, previous=None)
            same = known and known.path.is_file() and known.path.read_bytes() == data
            try:
                path = known.path if same else self._store(raw_name(fetched.canonical_url), data)
                fetched = replace(fetched, path=path, previous=None if same or not known else known.path)
                record = {
                    k: getattr(fetched, k)
                    for k in ("url", "final_url", "canonical_url", "status", "content_type", "encoding", "fetched_at")
                }
                record |= {"redirects": [list(r) for r in fetched.redirects], "warnings": list(fetched.warnings)}
                write_atomic(fetched.sidecar, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
            except OSError as error:
                raise FetchError(
                    fetched.url,
                    "write",
                    f"cannot write in {self.raw_dir}: {error.strerror or error}",
                    f"check the free space and permissions of {self.raw_dir}",
                ) from None
            self._remember(fetched)
            return fetched

    def _store(self, name: str, data: bytes) -> Path:
        """Keep the page as ``name``, or ``name-2``…, never over another file; a page of ours left without its
        sidecar (a killed run) is taken back when identical."""
        self.raw_dir.mkdir(parents=True, exist_ok=True)
        for n in itertools.count(1):
            path = self.raw_dir / (name if n == 1 else f"{name.removesuffix('.html')}-{n}.html")
            if sidecar_path(path).exists():
                continue
            if path.is_file() and path.read_bytes() == data:
                return path
            if not path.exists() and _create(path, data):
                return path


def _written(fetched: Fetched) -> tuple[str, int]:
    """When a kept page was fetched: its stamp counts whole seconds, so two fetches of an address within one second
    are told apart by which sidecar was written last (not by the folder's listing order, which each file system
    orders its own way)."""
    try:
        return fetched.fetched_at, fetched.sidecar.stat().st_mtime_ns
    except OSError:
        return fetched.fetched_at, 0


def _create(path: Path, data: bytes) -> bool:
    """Write a new file whole or not at all; False if the name was taken meanwhile (another run), never replacing it."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)  # unlike a rename, a link fails when the name exists
        except FileExistsError:
            return False
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.ENOSYS):
                raise
            write_atomic(path, data)  # a file system without hard links: atomic, and checked just before
        return True
    finally:
        os.unlink(tmp)
