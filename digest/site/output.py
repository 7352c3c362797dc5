"""Writing the output folder so that a failed build leaves it exactly as it was.

The build writes in place, but every change is journalled in a sibling undo folder
(``.output.undo/``): before a page is replaced its old file is hard-linked there, a removed
page or search bundle is moved there, and each file or folder the build creates is listed.
On success the undo folder is deleted; on failure (or, after a crash, at the start of the
next build) the journal is played back. The cost is proportional to what changed, not to
the size of the site: the point of an incremental build. Every write is atomic (a new file
renamed over the old), so readers never see half a page.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..fs import write_atomic
from ..model import LANGUAGES

ROOT_FILES = ("index.html", "404.html", "sitemap.xml", "robots.txt", ".nojekyll")
OLD = "old"  # undo/old/<path>: the previous version of every replaced or removed path
CREATED = "created."  # undo/created.<pid>: paths that did not exist before this build, one per line


def undo_dir(output: Path) -> Path:
    return output.with_name(f".{output.name}.undo")


def owned(output: Path) -> list[Path]:
    """Files the digest pages own in ``output`` (the language trees and the root files)."""
    files = [output / name for name in ROOT_FILES if (output / name).is_file()]
    files.extend(sorted(output.glob("sitemap-*.xml")))  # the parts of a large site's sitemap
    for lang in LANGUAGES:
        for folder, _, names in os.walk(output / lang):
            files.extend(Path(folder) / name for name in names)
    return files


FRESH = "fresh"  # undo/fresh: the output folder was empty or absent; undoing means emptying it again
SNAPSHOT = "snapshot"  # undo/snapshot/<folder>: copies of folders Pelican rewrites in place (the theme's files)
SCRATCH = "scratch"  # undo/scratch/<name>: folders built outside the output, then synced into it (see sync)


def begin(output: Path, snapshot: tuple[str, ...] = ()) -> None:
    """Start journalling changes to ``output`` (first undoing a build that crashed half-way).

    The ``snapshot`` folders are copied whole: Pelican copies static files over the old ones in
    place, so neither a hard link nor the page journal would keep their previous bytes.
    """
    undo = undo_dir(output)
    if undo.exists():
        rollback(output)
    for trash in trash_dirs(output):  # the journal of an earlier build, not yet deleted (see commit)
        shutil.rmtree(trash, ignore_errors=True)
    fresh = not output.is_dir() or not any(output.iterdir())
    output.mkdir(parents=True, exist_ok=True)
    (undo / OLD).mkdir(parents=True)
    if fresh:
        (undo / FRESH).touch()
        return
    for name in snapshot:
        if (output / name).is_dir():
            shutil.copytree(output / name, undo / SNAPSHOT / name, symlinks=True)
        else:
            created(output, name)


def _keep_old(output: Path, rel: str, move: bool) -> None:
    """Save the current version of ``rel`` once per build (hard link, or move when it goes away)."""
    undo = undo_dir(output)
    if not undo.is_dir():
        if move:
            path = output / rel
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        return
    source, saved = output / rel, undo / OLD / rel
    if saved.exists() or saved.is_symlink():
        if move:  # already saved earlier in this build: the current version is this build's own
            shutil.rmtree(source) if source.is_dir() else source.unlink()
        return
    saved.parent.mkdir(parents=True, exist_ok=True)
    if move:
        os.rename(source, saved)
    else:
        os.link(source, saved)


def created(output: Path, rel: str) -> None:
    """Note that this build created ``rel`` (a file or a folder), to delete it on rollback."""
    undo = undo_dir(output)
    if undo.is_dir() and not (undo / FRESH).exists():
        with open(undo / f"{CREATED}{os.getpid()}", "a", encoding="utf-8") as journal:
            journal.write(rel + "\n")


def write(output: Path, rel: str, data: bytes) -> bool:
    """Write ``data`` at ``output/rel`` unless it already holds these bytes; return True if written."""
    path = output / rel
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except FileNotFoundError:  # a new page: written directly, its journal entry says to delete it on failure
        created(output, rel)
        # noqa below: opened in the try (retried once the folder exists), closed by the `with handle` after it
        try:
            handle = open(path, "xb")  # noqa: SIM115
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(path, "xb")  # noqa: SIM115
        with handle:
            handle.write(data)
        return True
    _keep_old(output, rel, move=False)
    write_atomic(path, data, durable=False)  # a new file renamed over the old: built pages need no fsync
    return True


def remove(output: Path, rel: str) -> None:
    """Remove a file or a folder of ``output`` (kept in the journal until the build succeeds)."""
    if (output / rel).exists():
        _keep_old(output, rel, move=True)


@contextmanager
def scratch(output: Path, name: str) -> Iterator[Path]:
    """An empty folder on the output's filesystem, to build something then ``sync`` it in. It lives in the
    journal, deleted with it (in the background: see commit); without a journal, deleted on exit. A name used
    earlier in the same build (a search bundle indexed again) gets a numbered folder of its own."""
    undo = undo_dir(output)
    if undo.is_dir():
        (undo / SCRATCH).mkdir(exist_ok=True)
        folder, number = undo / SCRATCH / name, 1
        while True:
            try:
                folder.mkdir()
                break
            except FileExistsError:
                number += 1
                folder = undo / SCRATCH / f"{name}.{number}"
        yield folder
        return
    folder = Path(tempfile.mkdtemp(prefix=f".{output.name}.trash-{name}-", dir=output.parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def sync(source: Path, output: Path, rel: str) -> None:
    """Make the folder ``output/rel`` hold exactly the files of ``source`` (consumed): a file with the same
    bytes is left alone (same inode and mtime), a new or changed one is moved in, a file absent from
    ``source`` is removed, all journalled."""
    target = output / rel
    new = not target.is_dir()
    if new:
        remove(output, rel)  # a file where the folder goes (never written by a build; kept in the journal)
        created(output, rel)  # and with it every file moved in
    wanted = set()
    for folder, _, names in os.walk(source):
        for name in sorted(names):
            path = Path(folder) / name
            inner = path.relative_to(source).as_posix()
            wanted.add(inner)
            old = target / inner
            if old.is_file() and filecmp.cmp(path, old, shallow=False):
                continue
            if old.exists():
                _keep_old(output, f"{rel}/{inner}", move=False)
            else:
                if not new:
                    created(output, f"{rel}/{inner}")
                old.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, old)
    gone = sorted(
        path.relative_to(target).as_posix()
        for path in target.rglob("*")
        if not path.is_dir() and path.relative_to(target).as_posix() not in wanted
    )
    for inner in gone:
        remove(output, f"{rel}/{inner}")


def prune(output: Path, produced: set[str]) -> int:
    """Remove owned files that this build did not produce (pages of removed entries); return how many."""
    return discard(
        output, [rel for rel in (path.relative_to(output).as_posix() for path in owned(output)) if rel not in produced]
    )


def discard(output: Path, pages: list[str]) -> int:
    """Remove these pages (paths relative to ``output``) and the folders they leave empty; return how many."""
    removed = 0
    for rel in pages:
        if not (output / rel).is_file():
            continue
        remove(output, rel)
        removed += 1
        folder = (output / rel).parent
        while folder != output and not any(folder.iterdir()):
            folder.rmdir()  # the folder of a removed page
            folder = folder.parent
    return removed


def trash_dirs(output: Path) -> list[Path]:
    return sorted(output.parent.glob(f".{output.name}.trash-*"))


def commit(output: Path) -> None:
    """Drop the journal. When it holds replaced or removed files, a background process deletes them:
    a replaced search bundle is about a thousand files, and freeing them takes seconds on disks that
    discard freed blocks. The next build finishes the job if that process could not."""
    undo = undo_dir(output)
    try:
        with os.scandir(undo / OLD) as listing:  # replaced or removed files
            replaced = any(listing)
    except OSError:
        replaced = False
    # the unchanged files a sync left in the scratch folders (a new bundle leaves only empty folders)
    replaced = replaced or any(files for _, _, files in os.walk(undo / SCRATCH))
    if not replaced:
        shutil.rmtree(undo, ignore_errors=True)
        return
    trash = output.with_name(f".{output.name}.trash-{os.getpid()}-{time.time_ns()}")
    os.rename(undo, trash)
    subprocess.Popen(
        [sys.executable, "-c", "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)", str(trash)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def rollback(output: Path) -> None:
    """Put ``output`` back as it was before the journalled build."""
    undo = undo_dir(output)
    if (undo / FRESH).exists():
        for child in output.iterdir() if output.is_dir() else []:
            shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
    for journal in sorted(undo.glob(f"{CREATED}*")):
        for rel in journal.read_text(encoding="utf-8").split("\n"):
            path = output / rel
            if rel and (path.exists() or path.is_symlink()):
                shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
    for saved in sorted((undo / SNAPSHOT).iterdir()) if (undo / SNAPSHOT).is_dir() else []:
        shutil.rmtree(output / saved.name, ignore_errors=True)
        os.rename(saved, output / saved.name)
    old = undo / OLD
    for folder, _, names in os.walk(old):
        for name in names:
            saved = Path(folder) / name
            target = output / saved.relative_to(old)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(saved, target)
    changed = any(undo.glob(f"{CREATED}*")) or any(old.iterdir()) or (undo / FRESH).exists()
    shutil.rmtree(undo)
    if not changed:
        return  # nothing was written (content errors stop the build before any page)
    for top in [output / lang for lang in LANGUAGES] + [output / "pagefind"]:
        for folder, subfolders, names in os.walk(top, topdown=False):
            if not subfolders and not names:
                os.rmdir(folder)  # a folder this build created for a new page
    if output.is_dir():
        # A new folder (new inode) with the same contents: caches keyed on the output folder
        # see that the last finished build is not what this folder holds and rebuild fully.
        moved = output.with_name(f".{output.name}.rollback")
        os.rename(output, moved)
        output.mkdir()
        for child in os.listdir(moved):
            os.rename(moved / child, output / child)
        moved.rmdir()
