"""Fetch article pages for ``digest ingest URL``: politely, within limits, kept byte for byte in ``raw/``.

One request at a time per host while several hosts are fetched at once; every failure is one
``FetchError`` naming the URL and the fix, and a failed URL writes nothing. A page is written only once
read whole, atomically and never over another file, with a ``.fetch.json`` sidecar saying where and
when it came from, so an entry can be rebuilt offline and a killed run is finished by running it again.
"""

from __future__ import annotations

import email.message
import errno
import hashlib
import http.client
import itertools
import json
import os
import re
import socket
import ssl
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from courlan import normalize_url
from unidecode import unidecode

from .. import __version__, model
from ..fs import write_atomic
from . import webpage

USER_AGENT = (
    f"digest/{__version__} (static research-digest generator; fetches pages an editor asked for, "
    "one at a time per site)"
)
TIMEOUT = 20.0  # seconds for each request, from asking to the last byte
MAX_BYTES = 10 * 2**20  # news pages are well under 2 MB; past this it is not an article
MAX_REDIRECTS = 5
WORKERS = 4
HTML_TYPES = {"text/html", "application/xhtml+xml"}
_CHUNK = 64 * 1024


class FetchError(Exception):
    """One URL that could not be fetched: ``kind`` says which failure, the message names the URL and the fix."""

    def __init__(self, url: str, kind: str, message: str, fix: str, status: int | None = None):
        super().__init__(f"{url}: {message}; fix: {fix}")
        self.url, self.kind, self.message, self.fix, self.status = url, kind, message, fix, status


class LinksError(ValueError):
    """A links file with lines that are not http(s) addresses; ``problems`` lists every one."""

    def __init__(self, problems: list[model.Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


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


def read_links(path: Path) -> list[str]:
    """The addresses in a links file: one per line; blank lines and ``#`` comments ignored."""
    try:
        lines = _link_lines(Path(path).read_bytes())
    except UnicodeDecodeError:
        raise LinksError([model.Problem(str(path), 1, "not UTF-8 text", "re-save the links file as UTF-8")]) from None
    problems = [
        model.Problem(
            str(path),
            number,
            f"not a web address: {line!r}",
            "write one http:// or https:// address per line; start a comment with #",
        )
        for number, line in lines
        if not _is_url(line)
    ]
    if problems:
        raise LinksError(problems)
    return [line for _, line in lines]


def is_links_file(path: Path) -> bool:
    """A file of web addresses, one per line (a typo or two included), rather than an article quoting a link."""
    try:
        data = Path(path).read_bytes()
        if b"http" not in data.lower():  # no address at all, as in most pastes: no need to read its lines
            return False
        lines = _link_lines(data)
    except (OSError, UnicodeDecodeError):
        return False
    return bool(lines) and sum(_is_url(line) for _, line in lines) > len(lines) / 2


def _link_lines(data: bytes) -> list[tuple[int, str]]:
    lines = data.decode("utf-8-sig").splitlines()
    return [(number, text) for number, line in enumerate(lines, 1) if (text := re.sub(r"(^|\s)#.*", "", line).strip())]


def _is_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and not re.search(r"\s", text)


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


def fetch_all(
    urls: Iterable[str],
    raw_dir: Path,
    *,
    refetch: bool = False,
    progress: Callable[[Fetched | FetchError], None] | None = None,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    workers: int = WORKERS,
) -> list[Fetched | FetchError]:
    """Fetch each address into ``raw_dir``; one result per address, in input order.

    A page already there (same address, final address or canonical address) is not fetched again but
    returned with ``skipped=True``, unless ``refetch``. ``progress`` is called once per address as it
    finishes, from the calling thread.
    """
    urls = list(urls)
    run = _Run(Path(raw_dir), refetch, timeout, max_bytes, max_redirects)
    unique = list(dict.fromkeys(urls))
    results: dict[str, Fetched | FetchError] = {}
    pool = ThreadPoolExecutor(max_workers=max(1, min(workers, len(unique))), thread_name_prefix="fetch")
    try:
        futures = {pool.submit(run.fetch, url): url for url in unique}
        for future in as_completed(futures):
            results[futures[future]] = future.result()
            if progress:
                progress(results[futures[future]])
    finally:  # on Ctrl-C, fetches not started are dropped; those running finish or fail on their own
        pool.shutdown(wait=False, cancel_futures=True)
    return [results[url] for url in urls]


def _key(url: str) -> str:
    """One spelling per address: case of scheme and host, default port, tracking parameters, fragment."""
    try:
        return urlunsplit(urlsplit(normalize_url(url))._replace(fragment=""))
    except ValueError:
        return url


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # redirects are followed by hand, to check and record each hop


class _Run:
    """One fetch_all call: its limits, the raw folder's index, and a lock per host."""

    def __init__(self, raw_dir: Path, refetch: bool, timeout: float, max_bytes: int, max_redirects: int):
        self.raw_dir, self.refetch, self.timeout, self.max_bytes, self.max_redirects = (
            raw_dir,
            refetch,
            timeout,
            max_bytes,
            max_redirects,
        )
        self.opener = urllib.request.build_opener(_NoRedirect)
        self.lock = threading.Lock()  # guards the index, the host locks and choosing file names
        self.hosts: dict[str, threading.Lock] = {}
        self.index: dict[str, Fetched] = {}
        sidecars = raw_dir.glob("*.fetch.json") if raw_dir.is_dir() else []
        records = filter(
            None, (read_sidecar(s.with_name(s.name.removesuffix(".fetch.json") + ".html")) for s in sidecars)
        )
        for fetched in sorted((f for f in records if f.path.is_file()), key=lambda f: f.fetched_at):
            self._remember(fetched)

    def _remember(self, fetched: Fetched) -> None:
        for url in (fetched.url, fetched.final_url, fetched.canonical_url):
            self.index[_key(url)] = fetched

    def _host_lock(self, url: str) -> threading.Lock:
        parts = urlsplit(url)
        with self.lock:
            return self.hosts.setdefault(f"{parts.hostname}:{parts.port}", threading.Lock())

    def fetch(self, url: str) -> Fetched | FetchError:
        try:
            if not self.refetch and (known := self.index.get(_key(url))):
                return replace(known, url=url, skipped=True, previous=None)
            return self._fetch(url)
        except FetchError as error:
            return error

    def _fetch(self, url: str) -> Fetched:
        current, redirects = url, []
        while True:
            _check_scheme(url, current)
            with self._host_lock(current):  # the time limit starts once it is this address's turn
                status, headers, data = self._request(url, current, time.monotonic() + self.timeout)
            if status not in (301, 302, 303, 307, 308):
                break
            location = headers.get("Location")
            if not location:
                raise FetchError(
                    url,
                    "http",
                    f"HTTP {status} redirect without a Location",
                    "open the address in a browser and give the address it ends at",
                    status,
                )
            redirects.append((status, current))
            current = urljoin(current, location)
            if len(redirects) > self.max_redirects:
                raise FetchError(
                    url,
                    "redirects",
                    f"more than {self.max_redirects} redirects (last to {current})",
                    "open the address in a browser and give the address it ends at",
                )
        text, encoding, warnings = webpage.decode_page(data, headers.get("Content-Type", ""))
        canonical = webpage.canonical_url(text, current) or current
        fetched = Fetched(
            url,
            current,
            canonical,
            status,
            headers.get("Content-Type", ""),
            encoding,
            datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            self.raw_dir,
            tuple(redirects),
            tuple(f"{url}: {w}" for w in warnings),
        )  # path: chosen by _keep
        return self._keep(fetched, data)

    def _request(self, url: str, current: str, deadline: float) -> tuple[int, email.message.Message, bytes]:
        """One HTTP exchange: (status, headers, body) for a 2xx or 3xx; a FetchError for anything else."""
        request = urllib.request.Request(
            _ascii(current),
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
                "Accept-Language": "fr,en;q=0.8",
                "Accept-Encoding": "identity",
            },
        )
        try:
            try:
                response = self.opener.open(request, timeout=max(0.1, deadline - time.monotonic()))
            except urllib.error.HTTPError as error:
                if error.code in (301, 302, 303, 307, 308):
                    error.close()
                    return error.code, error.headers, b""
                raise _http_error(url, current, error.code) from None
            with response:
                _check_type(url, response.headers.get("Content-Type", ""))
                data = self._read(url, response, deadline)
                _check_type(url, response.headers.get("Content-Type", ""), data)
                if not data.strip():
                    raise FetchError(
                        url,
                        "not-html",
                        "the page is empty",
                        "open the address in a browser; if the article shows, save the page into content/inbox/",
                    )
                return response.status, response.headers, data
        except FetchError:
            raise
        except (OSError, http.client.HTTPException) as error:  # urllib's URLError is an OSError with a reason
            reason = error.reason if isinstance(error, urllib.error.URLError) else error
            raise (
                _timeout(url, self.timeout)
                if isinstance(reason, TimeoutError)
                else _network_error(url, current, reason)
            ) from None

    def _read(self, url: str, response, deadline: float) -> bytes:
        """The body in chunks, stopping as soon as it is too large or too slow."""
        length = response.headers.get("Content-Length", "")
        too_large = FetchError(
            url,
            "too-large",
            f"the page is larger than {self.max_bytes // 2**20} MB",
            "this is not an article page: give the article's own address, or save its text into content/inbox/",
        )
        if length.isdigit() and int(length) > self.max_bytes:
            raise too_large
        chunks, size = [], 0
        while chunk := response.read(_CHUNK):
            size += len(chunk)
            if size > self.max_bytes:
                raise too_large
            if time.monotonic() > deadline:
                raise _timeout(url, self.timeout)
            chunks.append(chunk)
        if length.isdigit() and size < int(length):
            raise FetchError(
                url, "network", f"the connection closed after {size} of {length} bytes", "run the command again"
            )
        return b"".join(chunks)

    def _keep(self, fetched: Fetched, data: bytes) -> Fetched:
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


def _ascii(url: str) -> str:
    """An address with accents or spaces in it, as the server must receive it (IDNA host, %-escaped path)."""
    parts = urlsplit(url)
    host = (
        parts.hostname.encode("idna").decode("ascii")
        if parts.hostname and not parts.hostname.isascii()
        else parts.hostname or ""
    )
    netloc = host + (f":{parts.port}" if parts.port else "")
    safe = "/:@!$&'()*+,;=%~-._?="
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=safe), quote(parts.query, safe=safe), ""))


def _check_scheme(url: str, current: str) -> None:
    parts = urlsplit(current)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        where = "" if current == url else f" (redirected to {current})"
        raise FetchError(
            url, "url", f"not an http(s) web address{where}", "give the page's full address, starting with https://"
        )


def _check_type(url: str, content_type: str, data: bytes = b"") -> None:
    """Only HTML is an article page; a missing or generic type is judged by the first bytes."""
    header = email.message.Message()
    header["content-type"] = content_type or "application/octet-stream"
    media = header.get_content_type()
    if media in HTML_TYPES or (
        data and re.match(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)", data[:1024], re.IGNORECASE | re.DOTALL)
    ):
        return
    if media in ("application/octet-stream", "text/plain") and not data:
        return  # judged once the first bytes are in
    kind = "a PDF" if media == "application/pdf" or data.startswith(b"%PDF-") else f"not a web page ({media})"
    raise FetchError(
        url,
        "not-html",
        f"the address gives {kind}, not an HTML page",
        "save the document's text into a .txt file in content/inbox/, or give the address of the article page",
    )


def _http_error(url: str, current: str, status: int) -> FetchError:
    where = "" if current == url else f" at {current}"
    fixes = {
        404: "check the address (the article may have moved or been removed)",
        410: "the article was removed: save a copy from an archive into content/inbox/",
        401: "the page needs a login: save it from your browser into content/inbox/",
        403: "the site refuses robots: save the page from your browser into content/inbox/",
        429: "the site asks to slow down: run the command again later",
    }
    fix = fixes.get(status, "run the command again later" if status >= 500 else "check the address in a browser")
    return FetchError(
        url, "http", f"HTTP {status} {http.client.responses.get(status, '')}{where}".rstrip(), fix, status
    )


def _timeout(url: str, timeout: float) -> FetchError:
    return FetchError(
        url,
        "timeout",
        f"no complete answer within {timeout:g} s",
        "run the command again later, or save the page from your browser into content/inbox/",
    )


def _network_error(url: str, current: str, reason) -> FetchError:
    host = urlsplit(current).hostname
    if isinstance(reason, socket.gaierror):
        return FetchError(
            url, "dns", f"no such host: {host}", "check the spelling of the address and your internet connection"
        )
    if isinstance(reason, ConnectionRefusedError):
        return FetchError(
            url,
            "refused",
            f"{host} refused the connection",
            "check the address (and its port); the site may be down: try again later",
        )
    if isinstance(reason, ssl.SSLError):
        return FetchError(
            url,
            "tls",
            f"secure connection to {host} failed ({getattr(reason, 'reason', None) or reason})",
            "check the address; if the site's certificate is broken, save the page from your browser into "
            "content/inbox/",
        )
    return FetchError(
        url,
        "network",
        f"network error talking to {host} ({reason})",
        "check your internet connection and run the command again",
    )
