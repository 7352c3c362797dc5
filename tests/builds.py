"""`digest build` as an editor runs it (a process of its own) for the incremental-build tests, what they compare
of its output, and the 60-entry corpus they edit, built once per test process and put back before each test."""

from __future__ import annotations

import atexit
import fcntl
import functools
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

import synthetic  # noqa: E402 (the generator `make bench` uses too)

from digest.settings import PAGE_FAMILIES, DigestSettings  # noqa: E402
from digest.site.output import trash_dirs  # noqa: E402

NOT_PAGES = ("pagefind/", "theme/")  # the search index (rebuilt when a page changes) and theme files Pelican copies
DAY_NS = 86_400 * 10**9


class Processes:
    """`digest` commands, each in a process of its own as an editor runs them, forked from one of two servers that
    imported digest and Pelican once (a fresh process spends most of a 60-entry build importing them). Successive
    commands alternate between the servers, whose string hashes are seeded differently as two runs of `digest`
    are: a build and the next one, compared byte for byte, never share a seed."""

    def __init__(self) -> None:
        self.servers: list[subprocess.Popen] = []
        self.turn = 0

    def run(self, *args: str) -> subprocess.CompletedProcess:
        """`python -m digest ARGS` in the repository's folder, with this process's environment."""
        if not self.servers:
            start = f"import sys; sys.path.append({str(ROOT / 'tests')!r}); import builds; builds.serve()"
            for _ in range(2):
                server = subprocess.Popen(
                    [sys.executable, "-c", start], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
                )
                self.servers.append(server)
            atexit.register(self.close)
        server = self.servers[self.turn % 2]
        self.turn += 1
        with tempfile.TemporaryDirectory() as folder:
            out, err = Path(folder) / "stdout", Path(folder) / "stderr"
            out.touch()
            err.touch()
            request = {"args": list(args), "env": dict(os.environ), "stdout": str(out), "stderr": str(err)}
            server.stdin.write(json.dumps(request) + "\n")
            server.stdin.flush()
            status = int(server.stdout.readline())
            return subprocess.CompletedProcess(args, status, out.read_text("utf-8"), err.read_text("utf-8"))

    def close(self) -> None:
        for server in self.servers:
            server.stdin.close()  # its loop ends
            server.wait()
        self.servers = []


def serve() -> None:
    """A server of ``Processes``: imports what a build imports, then for each request (a line of JSON) forks a
    process that runs `python -m digest` with its arguments and environment, and answers with its exit status."""
    sys.path.remove(str(ROOT / "tests"))  # where this module was found: not on a build's path
    import digest.cli  # noqa: F401
    import digest.commands.build  # noqa: F401

    for family in PAGE_FAMILIES:
        importlib.import_module(family)
    _load_locale_data()
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _command(request)
        print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)


def _load_locale_data() -> None:
    """Babel's data of the interface languages, read once here rather than by every build: a build's dates and
    language names read it, a tenth of the CPU of a one-entry rebuild, and it is Babel's (read-only), not digest's."""
    from babel import Locale

    from digest.model import LANGUAGES

    for lang in LANGUAGES:
        Locale.parse(lang).languages  # noqa: B018 (loads the locale's data into Babel's process-wide cache)


def _command(request: dict) -> None:
    """In the forked process: `python -m digest` as a fresh process runs it (never returns)."""
    import runpy

    status = 1
    try:
        for fd, path in ((0, os.devnull), (1, request["stdout"]), (2, request["stderr"])):
            os.dup2(os.open(path, os.O_WRONLY if fd else os.O_RDONLY), fd)
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 (the process ends with the command)
        os.environ.clear()
        os.environ.update(request["env"])
        sys.path[0] = str(ROOT)  # as `python -m` run in the repository's folder has it
        sys.argv = ["digest", *request["args"]]
        runpy.run_module("digest", run_name="__main__", alter_sys=True)
        status = 0
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


PROCESSES = Processes()
command = PROCESSES.run


def build(content_dir: Path, output: Path, *options: str) -> str:
    result = command("build", "--content", str(content_dir), "--output", str(output), *options)
    assert result.returncode == 0, result.stdout + result.stderr
    settled(content_dir)
    return result.stdout + result.stderr


def settled(content_dir: Path) -> None:
    """Wait for the processes a build leaves saving its cache, as the next build does (a test reads the files)."""
    for lock in sorted(DigestSettings.read({"PATH": str(content_dir)}).cache.glob("*.lock")):
        with open(lock, "rb") as handle:
            fcntl.flock(handle, fcntl.LOCK_SH)


def rendered(log: str) -> int:
    return int(re.search(r"digest: \d+ pages, (\d+) rendered", log).group(1))


def files(folder: Path) -> dict[str, bytes]:
    """Every output file's bytes, the search index's too (made reproducible: see digest.search.canonical)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def identities(folder: Path) -> dict[str, tuple[int, int]]:
    """(inode, mtime) of every page: a rewrite changes one of them."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() and not p.relative_to(folder).as_posix().startswith(NOT_PAGES)
    }


def clean_build(content_dir: Path, tmp: Path) -> dict[str, bytes]:
    """The same content built from scratch in another folder (its own empty cache), with the repository's settings
    and Jinja's compiled templates shared by the clean builds of this test process (see ``clean_settings``)."""
    fresh = tmp / "fresh"
    shutil.copytree(content_dir, fresh / "content")
    build(fresh / "content", fresh / "output", "--settings", str(clean_settings()))
    return files(fresh / "output")


@functools.cache
def clean_settings() -> Path:
    """A settings file: the repository's pelicanconf.py (its theme's path made absolute, the file being elsewhere),
    and a Jinja bytecode cache through Pelican's JINJA_ENVIRONMENT, which digest uses instead of the one in its build
    cache. Compiling the templates is a third of a cold 60-entry build, and the compiled code does not change what a
    page reads: an incremental build compared with a clean one still compares every byte. The cache lives as long as
    this process, since Jinja keys compiled templates by their source only, not by the environment's options."""
    folder = Path(tempfile.mkdtemp(prefix="digest-clean-builds-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    (folder / "templates").mkdir()
    settings = folder / "clean_build_settings.py"
    settings.write_text(
        "import os\n"
        "from jinja2 import FileSystemBytecodeCache\n"
        "from pelicanconf import *  # noqa: F403\n"
        f"THEME = os.path.join({str(ROOT)!r}, THEME)  # noqa: F405\n"
        f"JINJA_ENVIRONMENT = {{'bytecode_cache': FileSystemBytecodeCache({str(folder / 'templates')!r})}}\n",
        encoding="utf-8",
    )
    return settings


def generate(content_dir: Path) -> None:
    """The 60-entry corpus, its files last written a day ago: an editor's content, not files written within the
    instant before a build (those the build cannot trust by their stamp, and reads again: see build.parsed)."""
    synthetic.generate(60, content_dir, seed=3, n_companies=12, n_people=30)
    day_ago = time.time_ns() - DAY_NS
    for folder, _, names in os.walk(content_dir):
        for name in names:
            os.utime(os.path.join(folder, name), ns=(day_ago, day_ago))


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)  # a build's journal may be deleted by its own background process
    else:
        path.unlink(missing_ok=True)


class Corpus:
    """The 60-entry corpus and its clean build, saved aside once. ``restore`` puts the content folder, the output
    folder and the build cache back as that build left them, where it left them (the cache knows files by path
    and the output folder by inode): the same output folder, its pages hard links to the files the build wrote
    (a build replaces a page, never writes into it), the rest copies with their modification times (the theme's
    files, which Pelican copies over the old ones in place, and the search index, which a test may tamper with).
    ``make`` builds a content folder into an output folder: ``build`` unless a test builds with other settings."""

    def __init__(self, folder: Path, make: Callable[[Path, Path], object] = build):
        self.work, self.saved = folder / "site", folder / "saved"
        self.content, self.output = self.work / "content", self.work / "output"
        self.make = make
        self._build()

    def _build(self) -> None:
        for folder in (self.work, self.saved):
            _remove(folder)
        generate(self.content)
        self.make(self.content, self.output)
        self.inode = self.output.stat().st_ino
        shutil.copytree(self.work, self.saved, copy_function=self._keep)
        self.stamps = self._stamps()

    def _keep(self, source: str, target: str) -> None:
        """Copy a file of the site into or out of the saved one: pages linked, other files copied."""
        site = self.work if Path(source).is_relative_to(self.work) else self.saved
        if _page(Path(source).relative_to(site)):
            os.link(source, target)
        else:
            shutil.copy2(source, target)

    def _stamps(self) -> dict[Path, tuple[int, int]]:
        return {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in (self.saved / "output").rglob("*") if p.is_file()}

    def restore(self) -> tuple[Path, Path]:
        """The content folder and the output folder, as the clean build left them."""
        settled(self.content)
        if not self.output.is_dir() or self.output.stat().st_ino != self.inode:
            self._build()  # a test replaced the output folder itself: the cache would not know this one
            return self.content, self.output
        changed = sorted(str(p) for p, found in self._stamps().items() if self.stamps.get(p) != found)
        assert not changed, f"a build wrote into a page in place, not replacing it: {changed[:5]}"
        self._sync()
        return self.content, self.output

    def _sync(self) -> None:
        """Make the site the saved one again file by file: a page the build left (a link to the saved one) and a
        copy that reads the same stay, other files are linked or copied anew, and what the saved one lacks goes.
        Folders stay where both have them: the disk may discard each freed block at once (milliseconds for each
        folder removed), and the output has one folder per page."""
        for trash in trash_dirs(self.output):  # the last build's old output, which a process it left is deleting
            shutil.rmtree(trash, ignore_errors=True)
        saved = {p.relative_to(self.saved): p for p in self.saved.rglob("*")}
        for path in sorted(self.work.rglob("*"), reverse=True):  # a folder's files before the folder
            source = saved.get(path.relative_to(self.work))
            folder = path.is_dir() and not path.is_symlink()
            if source is None or source.is_dir() != folder or not (folder or _same(source, path, self.work)):
                _remove(path)
        for inner, source in sorted(saved.items()):  # a folder before its files
            target = self.work / inner
            if source.is_dir():
                target.mkdir(exist_ok=True)
            elif not target.exists():
                self._keep(str(source), str(target))


def _page(inner: Path) -> bool:
    """Whether a file of the site (its path in the site's folder) is a page of the output."""
    return inner.parts[0] == "output" and f"{inner.parts[1]}/" not in NOT_PAGES


def _same(saved: Path, path: Path, site: Path) -> bool:
    """Whether a file of the site is the saved one's: the same file for a page, else a copy that reads the same."""
    try:
        one, other = saved.stat(), path.lstat()
        if _page(path.relative_to(site)):
            return (one.st_ino, one.st_dev) == (other.st_ino, other.st_dev)
        return (one.st_size, one.st_mtime_ns) == (other.st_size, other.st_mtime_ns) and (
            saved.read_bytes() == path.read_bytes()
        )
    except FileNotFoundError:  # removed meanwhile
        return False
