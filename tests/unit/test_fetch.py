"""Fetching pages for ``digest ingest URL`` against a local server: limits, errors, raw copies, reruns."""

from __future__ import annotations

import contextlib
import dataclasses
import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from test_webpage import EXPECTED, HERE

from digest import __version__
from digest.ingest import fetch
from digest.ingest.fetch import Fetched, FetchError, LinksError, client, fetch_all, raw_name, read_links, read_sidecar
from digest.ingest.webpage import read_page

WEB = Path(__file__).parents[1] / "fixtures" / "web"
TYPES = {".html": "text/html; charset=utf-8", ".pdf": "application/pdf"}


class Site(http.server.BaseHTTPRequestHandler):
    """Routes shaped like the web's failures; ``self.server.log`` records each request for the tests."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        with self.server.lock:
            self.server.log.append((self.path, self.headers.get("User-Agent")))
        with contextlib.suppress(
            BrokenPipeError, ConnectionResetError
        ):  # the client gave up, as it should on a huge or slow page
            self.route(self.path.split("?")[0].strip("/").split("/"))

    def route(self, parts):
        if parts[0] == "pages" and (WEB / parts[1]).is_file():
            self.send(200, (WEB / parts[1]).read_bytes(), TYPES[Path(parts[1]).suffix])
        elif parts[0] == "redirect":  # /redirect/3/name: 301, 302, 307 ... then the page
            n = int(parts[1])
            location = f"/pages/{parts[2]}" if n == 1 else f"/redirect/{n - 1}/{parts[2]}"
            self.send((301, 302, 307)[n % 3], b"", "text/html", {"Location": location})
        elif parts[0] == "loop":
            self.send(302, b"", "text/html", {"Location": "/loop"})
        elif parts[0] == "to-ftp":
            self.send(301, b"", "text/html", {"Location": "ftp://files.example/article.html"})
        elif parts[0] == "status":
            self.send(int(parts[1]), b"<html><body>error</body></html>", "text/html")
        elif parts[0] == "slow":
            time.sleep(float(parts[1]))
            self.send(200, b"<html><body><p>late</p></body></html>", "text/html")
        elif parts[0] == "huge":  # 30 MB, announced
            self.send_head(200, "text/html", 30 * 2**20)
            self.stream(30 * 2**20)
        elif parts[0] == "huge-unannounced":  # 30 MB, no Content-Length
            self.send_head(200, "text/html", None)
            self.stream(30 * 2**20)
        elif parts[0] == "truncated":
            self.send_head(200, "text/html", 100_000)
            self.wfile.write(b"<html><body>" + b"x" * 500)
            self.wfile.flush()
            self.close_connection = True
        elif parts[0] == "trickle":  # a page sent a little at a time, for killing a run mid-download
            self.send_head(200, "text/html", 200 * 1000)
            for _ in range(200):
                self.wfile.write(b"<p>" + b"x" * 993 + b"</p>\n")
                self.wfile.flush()
                time.sleep(0.05)
        elif parts[0] == "empty":
            self.send(200, b"", "text/html")
        elif parts[0] == "plain":
            self.send(200, b"just some text", "text/plain")
        elif parts[0] == "untyped":
            self.send(200, b"<!DOCTYPE html><html><head><title>t</title></head><body><p>ok</p></body></html>", None)
        elif parts[0] == "hold":  # a page that takes a moment; when it was being served, by host, is recorded
            started = time.monotonic()
            time.sleep(0.2)
            with self.server.lock:  # before the answer: the client cannot ask again before this
                self.server.holds.append(
                    (urlsplit(f"http://{self.headers['Host']}").hostname, started, time.monotonic())
                )
            self.send(
                200, f"<html><head><title>{parts[1]}</title></head><body><p>x</p></body></html>".encode(), "text/html"
            )
        elif parts[0] == "changing":  # the same article, its text edited between fetches
            with self.server.lock:
                self.server.edits += 1
                n = self.server.edits
            body = f'<html><head><link rel="canonical" href="https://news.example/changing"></head><body><p>v{n}</p></body></html>'
            self.send(200, body.encode(), "text/html")
        else:
            self.send(404, b"not found", "text/plain")

    def send_head(self, status, content_type, length, extra=None):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if length is not None:
            self.send_header("Content-Length", str(length))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()

    def send(self, status, body, content_type, extra=None):
        self.send_head(status, content_type, len(body), extra)
        self.wfile.write(body)

    def stream(self, size):
        block = b"<p>" + b"y" * (64 * 1024 - 8) + b"</p>\n"
        for _ in range(size // len(block)):
            self.wfile.write(block)


@pytest.fixture(scope="module")
def site():
    """The local site: yields its base URL; the server object is ``site.server``."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.lock, server.log, server.holds, server.edits = threading.Lock(), [], [], 0
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield Base(f"http://127.0.0.1:{server.server_port}", server)
    server.shutdown()
    server.server_close()


class Base(str):
    def __new__(cls, url, server):
        base = super().__new__(cls, url)
        base.server = server
        return base


def only(results):
    assert len(results) == 1
    return results[0]


def files(raw: Path) -> list[str]:
    return sorted(p.name for p in raw.iterdir()) if raw.exists() else []


# --- what a fetched page leaves in raw/ ---


def test_page_kept_byte_for_byte_with_its_sidecar(site, tmp_path):
    url = f"{site}/pages/fr-jsonld.html"
    result = only(fetch_all([url], tmp_path))
    assert isinstance(result, Fetched) and not result.skipped
    assert result.path.read_bytes() == (WEB / "fr-jsonld.html").read_bytes()
    assert (
        result.path.name
        == "lequotidien-numerique.fr_economie_article_2026_03_04_une-start-up-lyonnaise-recrute-6021.html"
    )
    sidecar = json.loads(result.sidecar.read_text(encoding="utf-8"))
    assert sidecar["url"] == sidecar["final_url"] == url
    assert sidecar["canonical_url"].startswith("https://www.lequotidien-numerique.fr/economie/article/2026/03/04/")
    assert (sidecar["status"], sidecar["content_type"], sidecar["encoding"]) == (
        200,
        "text/html; charset=utf-8",
        "utf-8",
    )
    assert sidecar["fetched_at"].endswith("Z") and sidecar["fetched_at"][:4].isdigit()
    assert read_sidecar(result.path) == Fetched(**{**result.__dict__, "skipped": True})
    assert files(tmp_path) == sorted([result.path.name, result.sidecar.name])
    agent = site.server.log[-1][1]
    assert agent.startswith(f"digest/{__version__} ")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_page_fetched_gives_its_fields(site, tmp_path, name):
    fetched = only(fetch_all([f"{site}/pages/{name}"], tmp_path))
    found = read_page(fetched.text(), url=fetched.final_url)
    expected = EXPECTED[name]
    assert found == dataclasses.replace(
        expected,
        canonical_url=expected.canonical_url and expected.canonical_url.replace(HERE.removesuffix("/pages/"), site),
    )
    assert fetched.canonical_url == (found.canonical_url or fetched.final_url)


def test_redirect_chain_is_recorded(site, tmp_path):
    result = only(fetch_all([f"{site}/redirect/3/en-opengraph.html"], tmp_path))
    assert result.final_url == f"{site}/pages/en-opengraph.html"
    assert result.redirects == (
        (301, f"{site}/redirect/3/en-opengraph.html"),
        (307, f"{site}/redirect/2/en-opengraph.html"),
        (302, f"{site}/redirect/1/en-opengraph.html"),
    )
    assert result.canonical_url == f"{site}/2026/03/12/armature-hires-former-nimbus-ai-chief/"
    assert json.loads(result.sidecar.read_text())["redirects"][0] == [301, f"{site}/redirect/3/en-opengraph.html"]


def test_page_in_windows_1252_declared_utf8_is_read_as_it_is(site, tmp_path):
    result = only(fetch_all([f"{site}/pages/fr-cp1252.html"], tmp_path))
    assert result.encoding == "cp1252"
    assert "500 M€" in result.text() and "l’ex-patronne" in result.text()
    assert result.path.read_bytes() == (WEB / "fr-cp1252.html").read_bytes()  # the bytes as served, not re-encoded
    assert result.warnings == (
        f"{site}/pages/fr-cp1252.html: the page declares utf-8 but its bytes are cp1252; read as cp1252: "
        "check the accented letters of the entry",
    )


def test_a_page_without_content_type_is_judged_by_its_bytes(site, tmp_path):
    assert isinstance(only(fetch_all([f"{site}/untyped"], tmp_path)), Fetched)


# --- one clear error per failure, and nothing written ---


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    "path, kind, words",
    [
        ("/status/404", "http", "HTTP 404 Not Found"),
        ("/status/503", "http", "HTTP 503 Service Unavailable"),
        ("/redirect/2/missing.html", "http", "HTTP 404 Not Found at"),
        ("/loop", "redirects", "more than 5 redirects"),
        ("/to-ftp", "url", "not an http(s) web address (redirected to ftp://"),
        ("/slow/2", "timeout", "no complete answer within 0.5 s"),
        ("/huge", "too-large", "larger than 10 MB"),
        ("/huge-unannounced", "too-large", "larger than 10 MB"),
        ("/truncated", "network", "closed after 512 of 100000 bytes"),
        ("/pages/report.pdf", "not-html", "a PDF"),
        ("/plain", "not-html", "not a web page (text/plain)"),
        ("/empty", "not-html", "the page is empty"),
    ],
)
def test_failures(site, tmp_path, path, kind, words):
    started = time.monotonic()
    error = only(fetch_all([site + path], tmp_path / "raw", timeout=0.5))
    assert isinstance(error, FetchError) and error.kind == kind
    assert words in error.message and str(error).startswith(site + path + ": ") and "; fix: " in str(error)
    assert error.status == (
        int(path.split("/")[2]) if path.startswith("/status") else 404 if "missing" in path else None
    )
    assert files(tmp_path / "raw") == []
    assert time.monotonic() - started < 2.5  # the 30 MB page is abandoned, not read to the end


def test_unknown_host_refused_port_and_bad_scheme(tmp_path):
    dns, refused, scheme = fetch_all(
        ["http://no-such-host.invalid/a", f"http://127.0.0.1:{free_port()}/a", "file:///etc/passwd"],
        tmp_path,
        timeout=2,
    )
    assert (dns.kind, refused.kind, scheme.kind) == ("dns", "refused", "url")
    assert "no such host: no-such-host.invalid" in dns.message and "check the spelling" in dns.fix
    assert "refused the connection" in refused.message
    assert files(tmp_path) == []


def test_waiting_for_a_busy_host_does_not_count_against_the_time_limit(site, tmp_path):
    results = fetch_all([f"{site}/slow/0.3?n={n}" for n in range(3)], tmp_path, timeout=0.5)
    assert all(isinstance(r, Fetched) for r in results), results


# --- reruns, refetch, never overwriting ---


def hits(site, path):
    return sum(1 for p, _ in site.server.log if p == path)


def test_a_kept_page_is_not_fetched_again_unless_refetch(site, tmp_path):
    url = f"{site}/pages/fr-paywall.html"
    first = only(fetch_all([url], tmp_path))
    before = hits(site, "/pages/fr-paywall.html")
    again, tracked = fetch_all([url, url + "?utm_source=newsletter#top"], tmp_path)
    assert again.skipped and tracked.skipped and again.path == tracked.path == first.path
    assert hits(site, "/pages/fr-paywall.html") == before  # no request at all
    # Another address that ends at the same page (by redirect) is fetched but nothing new is written.
    redirected = only(fetch_all([f"{site}/redirect/2/fr-paywall.html"], tmp_path))
    assert redirected.skipped and redirected.path == first.path
    refetched = only(fetch_all([url], tmp_path, refetch=True))
    assert (
        not refetched.skipped and refetched.path == first.path and refetched.previous is None
    )  # same bytes: same file
    assert hits(site, "/pages/fr-paywall.html") == before + 2
    assert refetched.fetched_at >= first.fetched_at
    assert files(tmp_path) == sorted([first.path.name, first.sidecar.name])


def test_a_refetched_page_that_changed_never_overwrites_the_old_copy(site, tmp_path):
    first = only(fetch_all([f"{site}/changing"], tmp_path))
    second = only(fetch_all([f"{site}/changing"], tmp_path, refetch=True))
    assert (first.path.name, second.path.name) == ("news.example_changing.html", "news.example_changing-2.html")
    assert second.previous == first.path and b"v1" in first.path.read_bytes() and b"v2" in second.path.read_bytes()
    assert only(fetch_all(["https://news.example/changing"], tmp_path)).path == second.path  # the latest copy


def test_same_name_from_another_page_is_not_overwritten(site, tmp_path):
    taken = tmp_path / raw_name(f"{site}/untyped")
    taken.write_bytes(b"an editor's own file")
    result = only(fetch_all([f"{site}/untyped"], tmp_path))
    assert result.path.name == "127.0.0.1_untyped-2.html" and taken.read_bytes() == b"an editor's own file"


def test_a_failed_write_leaves_nothing_and_a_rerun_finishes(site, tmp_path, monkeypatch):
    url, name = f"{site}/pages/en-amp.html", "circuitdaily.example_news_sorrel-names-cto.html"

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "link", disk_full)
    error = only(fetch_all([url], tmp_path))
    assert error.kind == "write" and "No space left on device" in error.message and str(tmp_path) in error.fix
    assert files(tmp_path) == []  # not even the temporary file
    monkeypatch.undo()

    def interrupted(*args):
        raise KeyboardInterrupt  # the page is in, its sidecar not yet

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fetch_all([url], tmp_path)
    assert files(tmp_path) == [name] and (tmp_path / name).read_bytes() == (WEB / "en-amp.html").read_bytes()
    monkeypatch.undo()
    result = only(fetch_all([url], tmp_path))  # the rerun takes the identical page back rather than copying it
    assert result.path.name == name and files(tmp_path) == [
        "circuitdaily.example_news_sorrel-names-cto.fetch.json",
        name,
    ]


def test_a_name_taken_by_another_run_meanwhile_is_not_overwritten(site, tmp_path, monkeypatch):
    link = os.link

    def other_run_first(src, dst):
        if Path(dst).name == "127.0.0.1_untyped.html":  # another process writes this name just before us
            Path(dst).write_bytes(b"the other run's page")
        link(src, dst)

    monkeypatch.setattr(os, "link", other_run_first)
    result = only(fetch_all([f"{site}/untyped"], tmp_path))
    assert result.path.name == "127.0.0.1_untyped-2.html" and b"<title>t</title>" in result.path.read_bytes()
    assert (tmp_path / "127.0.0.1_untyped.html").read_bytes() == b"the other run's page"
    assert not [name for name in files(tmp_path) if name.startswith(".")]


def test_killing_a_run_mid_download_leaves_nothing(site, tmp_path):
    code = f"from digest.ingest.fetch import fetch_all; fetch_all([{site + '/trickle'!r}], {str(tmp_path)!r})"
    process = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 10
    while hits(site, "/trickle") == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)  # well into the page
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert hits(site, "/trickle") == 1 and files(tmp_path) == []


# --- several hosts at once, one request at a time per host ---


def test_one_request_per_host_several_hosts_at_once(site, tmp_path):
    port = urlsplit(site).port
    urls = [f"http://{host}:{port}/hold/{host}-{n}" for n in range(3) for host in ("127.0.0.1", "localhost")]
    progressed = []
    site.server.holds.clear()
    results = fetch_all(urls, tmp_path, progress=progressed.append)
    assert all(isinstance(r, Fetched) for r in results), results
    assert [r.url for r in results] == urls and sorted(r.url for r in progressed) == sorted(urls)
    holds = site.server.holds
    for host in ("127.0.0.1", "localhost"):
        spans = sorted((start, end) for h, start, end in holds if h == host)
        assert len(spans) == 3 and all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # one at a time
    assert any(h1 != h2 and s1 < e2 and s2 < e1 for h1, s1, e1 in holds for h2, s2, e2 in holds)  # hosts at once


# --- links files ---


def test_read_links(tmp_path):
    links = tmp_path / "links.txt"
    links.write_text(
        "\ufeff# to read this week\nhttps://www.example.com/a\n\n  http://example.org/b?id=3#x   # from Lea\n",
        encoding="utf-8",
    )
    assert read_links(links) == ["https://www.example.com/a", "http://example.org/b?id=3#x"]


def test_read_links_names_every_bad_line(tmp_path):
    links = tmp_path / "links.txt"
    links.write_text("https://ok.example/a\nwww.example.com/no-scheme\nftp://files.example/x\n", encoding="utf-8")
    with pytest.raises(LinksError) as caught:
        read_links(links)
    assert [(p.line, p.path) for p in caught.value.problems] == [(2, str(links)), (3, str(links))]
    assert (
        "not a web address: 'www.example.com/no-scheme'" in str(caught.value)
        and "https://" in caught.value.problems[0].fix
    )


def test_a_links_file_is_told_from_a_paste(tmp_path):
    links, paste = tmp_path / "links.txt", tmp_path / "paste.txt"
    links.write_text("https://a.example/1\nhttps//b.example/typo\nhttps://c.example/3\n", encoding="utf-8")
    paste.write_text(
        "OpenAI hires a Microsoft executive\n\nThe company said on Monday...\nhttps://a.example/1\n", encoding="utf-8"
    )
    assert fetch.is_links_file(links) and not fetch.is_links_file(paste)
    with pytest.raises(LinksError) as caught:
        read_links(links)  # the editor is told about the typo, not handed an entry made of addresses
    assert [p.line for p in caught.value.problems] == [2]


def test_raw_names_are_readable_and_safe():
    assert (
        raw_name("https://www.example.fr/économie/2026/03/un-article.html")
        == "example.fr_economie_2026_03_un-article.html"
    )
    assert raw_name("https://example.com/") == "example.com.html"
    assert raw_name("https://example.com/article.php?id=3") != raw_name("https://example.com/article.php?id=4")
    assert "/" not in raw_name("https://example.com/../../etc/passwd") and not raw_name(
        "https://example.com/.."
    ).startswith(".")
    assert (
        client._ascii("https://exemple.fr/l'été à Paris?q=é")
        == "https://exemple.fr/l'%C3%A9t%C3%A9%20%C3%A0%20Paris?q=%C3%A9"
    )
