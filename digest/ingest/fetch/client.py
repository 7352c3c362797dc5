"""HTTP for ``digest ingest URL``, politely: one request at a time per host, each within its time and size limits,
redirects followed by hand so that each hop is checked and recorded, only HTML accepted; every failure is one
``FetchError`` naming the URL and the fix."""

from __future__ import annotations

import email.message
import http.client
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from ... import __version__

USER_AGENT = (
    f"digest/{__version__} (static research-digest generator; fetches pages an editor asked for, "
    "one at a time per site)"
)


TIMEOUT = 20.0  # seconds for each request, from asking to the last byte


MAX_BYTES = 10 * 2**20  # news pages are well under 2 MB; past this it is not an article


MAX_REDIRECTS = 5


HTML_TYPES = {"text/html", "application/xhtml+xml"}


_CHUNK = 64 * 1024


class FetchError(Exception):
    """One URL that could not be fetched: ``kind`` says which failure, the message names the URL and the fix."""

    def __init__(self, url: str, kind: str, message: str, fix: str, status: int | None = None):
        super().__init__(f"{url}: {message}; fix: {fix}")
        self.url, self.kind, self.message, self.fix, self.status = url, kind, message, fix, status


@dataclass(frozen=True)
class Response:
    """A page as the server gave it, after the redirects (status, address redirected from) it went through."""

    url: str  # the final address
    status: int
    headers: email.message.Message
    data: bytes
    redirects: tuple[tuple[int, str], ...]


class Client:
    """The HTTP side of one fetch_all call: its limits, and a lock per host so that each site gets one request at a
    time while several sites are fetched at once."""

    def __init__(self, timeout: float, max_bytes: int, max_redirects: int):
        self.timeout, self.max_bytes, self.max_redirects = timeout, max_bytes, max_redirects
        self.opener = urllib.request.build_opener(_NoRedirect)
        self.lock = threading.Lock()  # guards the host locks
        self.hosts: dict[str, threading.Lock] = {}

    def _host_lock(self, url: str) -> threading.Lock:
        parts = urlsplit(url)
        with self.lock:
            return self.hosts.setdefault(f"{parts.hostname}:{parts.port}", threading.Lock())

    def get(self, url: str) -> Response:
        """The page at ``url``, its redirects followed; a FetchError for anything but an HTML page."""
        current, redirects = url, []
        while True:
            _check_scheme(url, current)
            with self._host_lock(current):  # the time limit starts once it is this address's turn
                status, headers, data = self._request(url, current, time.monotonic() + self.timeout)
            if status not in (301, 302, 303, 307, 308):
                return Response(current, status, headers, data, tuple(redirects))
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


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # redirects are followed by hand, to check and record each hop


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
