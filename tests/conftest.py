"""Shared test fixtures: a headless Chromium and a static file server for built sites."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import http.server
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.request import urlopen

import pytest
from _pytest.nodeid import NodeId
from builds import Corpus

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without the background-networking flags, Chromium keeps dialling Google's hosts on this closed network.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
VALID_CONTENT = FIXTURES / "trust" / "content"
# The sample content as the repository shipped it, frozen for the tests that assert what its entries say: the editable
# content/ is an editor's to change, so only tests/site/test_shipped_content.py builds it.
SAMPLE = FIXTURES / "sample"
FIXTURE = FIXTURES / "site"  # a small hand-written site: a translation, events, hostile HTML
SITEURL = "https://example.org/digest"


@pytest.fixture
def root(tmp_path) -> Path:
    """A scratch copy of a small valid content folder (entries, translation, registry), for check and new."""
    shutil.copytree(VALID_CONTENT, tmp_path / "content")
    return tmp_path / "content"


def edited_fixture(tmp_path: Path, entry: str, old: str, new: str) -> Path:
    """A scratch copy of the fixture site in which ``entry`` (a path under entries/) has ``old`` replaced by ``new``."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    path = content / "entries" / entry
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return content


def run_build(content: Path, out: Path, **overrides) -> int:
    """`digest build` of ``content`` into ``out`` at SITEURL, with Pelican settings ``overrides``; its exit status."""
    from digest.commands.build import build

    return build(content, out, SITEURL, **overrides)


def made_once(tmp_path_factory, name: str, make: Callable[[Path], object]) -> Path:
    """A folder ``make`` fills once per test run: under xdist the workers share their run's folder, the first to
    take the lock makes it and the other waits for it (a site built twice costs a core for as long)."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, whose subfolders are the workers' own
    folder, done = base / name, base / f"{name}.done"
    with open(base / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a worker that failed to make it left
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


# The two sites most tests read, each built once per test run and only read by the tests.
@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    def make(folder: Path) -> None:
        out = folder / "output"
        assert run_build(FIXTURE, out, DEFAULT_PAGINATION=2, DIGEST_CACHE_PATH=str(folder / "cache")) == 0

    return made_once(tmp_path_factory, "fixture", make) / "output"


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    def make(folder: Path) -> None:
        assert run_build(SAMPLE, folder / "output", DIGEST_CACHE_PATH=str(folder / "cache")) == 0

    return made_once(tmp_path_factory, "sample", make) / "output"


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory) -> Corpus:
    """The 60-entry corpus of the incremental-build tests and its clean build, made once per test process."""
    return Corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture
def corpus(corpus_build) -> tuple[Path, Path]:
    """The 60-entry corpus as its clean build left it, to edit and build again: (content folder, output folder)."""
    return corpus_build.restore()


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


@contextlib.contextmanager
def digest_serve(content: Path, output: Path) -> Iterator[str]:
    """`digest serve` of ``content`` into ``output`` on a free local port; yields its base URL (ending with /)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    digest = Path(__file__).resolve().parent.parent / ".venv/bin/digest"
    server = subprocess.Popen(
        [str(digest), "serve", "--content", str(content), "--output", str(output), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(10)


def fetch(url: str, wait: float = 30) -> str:
    """The page at ``url``, asked again until the server answers (at most ``wait`` seconds)."""
    deadline = time.monotonic() + wait
    while True:
        try:
            with urlopen(url) as response:
                return response.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def npm_file(variable: str, relative: str) -> Path | None:
    """A file of an npm package: the environment ``variable`` names it, else it is looked for under the folder CI
    installs into (.ci/node), node_modules here, or npm's global folder (asked of npm only when the others lack it);
    None when missing."""
    root = Path(__file__).resolve().parent.parent
    candidates = [os.environ.get(variable), root / ".ci/node/node_modules" / relative, root / "node_modules" / relative]
    found = next((Path(c) for c in candidates if c and Path(c).is_file()), None)
    if found is not None:
        return found
    try:
        npm_root = subprocess.run(["npm", "root", "-g"], capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return None
    in_npm = Path(npm_root) / relative
    return in_npm if npm_root and in_npm.is_file() else None


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright, one per test process; skipped when missing, unless
    DIGEST_REQUIRE_BROWSER=1 (CI). Assertions wait up to 15 s: on a loaded two-core machine a search's second
    bundle answered after Playwright's default 5 s, and a filter showed one bundle's counts only."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("DIGEST_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is required (DIGEST_REQUIRE_BROWSER=1)")
        pytest.skip("chromium not installed")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=15_000)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


# A full run writes about 1.7 GB in 139,000 files under pytest's temporary folder; on a disk that discards each
# freed block at once, deleting them (pytest removes old runs' folders) takes milliseconds per file.
TMPFS = Path("/dev/shm")
TMPFS_NEEDED = 4 * 2**30


def pytest_configure(config):
    """Temporary folders on a tmpfs when one has room (pytest's own base folder, under pytest-of-USER, kept and
    rotated as usual), else where the system puts them; a --basetemp given on the command line wins."""
    with contextlib.suppress(OSError):
        if config.option.basetemp is None and shutil.disk_usage(TMPFS).free >= TMPFS_NEEDED:
            tempfile.tempdir = str(TMPFS)


def pytest_collection_modifyitems(config, items):
    """Under ``--dist loadgroup`` (make test), the tests of a module that shares a module-scoped fixture (a site
    built for the module, a server) run in one worker, so that the fixture is made once rather than once per worker;
    the other tests are spread one by one.

    xdist groups by an ``@group`` suffix of the node id that its worker writes to ``item._nodeid``; since pytest 9 the
    id lives in ``item._id`` and that write is lost, so the suffix is written here (xdist's controller only reads the
    ids the workers report)."""
    if not getattr(config.option, "loadgroup", False):  # set on xdist's workers by --dist loadgroup
        return
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        defs = info.name2fixturedefs.values() if info else ()
        if any(d[-1].scope in ("module", "class") for d in defs if d):
            item._id = NodeId.parse(f"{item.nodeid}@{item.nodeid.split('::')[0]}")
