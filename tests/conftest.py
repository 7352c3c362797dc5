"""Shared test fixtures: a headless Chromium and a static file server for built sites."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without the background-networking flags, Chromium keeps dialling Google's hosts on this closed network.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


VALID_CONTENT = Path(__file__).parent / "fixtures" / "trust" / "content"


@pytest.fixture
def root(tmp_path) -> Path:
    """A scratch copy of a small valid content folder (entries, translation, registry), for check and new."""
    shutil.copytree(VALID_CONTENT, tmp_path / "content")
    return tmp_path / "content"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` over HTTP on a free local port; yields the base URL (ending with /)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium driven by Playwright; skipped when missing, unless DIGEST_REQUIRE_BROWSER=1 (CI)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("DIGEST_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is required (DIGEST_REQUIRE_BROWSER=1)")
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()
