"""Build aside, swap on success.

The build writes into a sibling folder (``output.new``) seeded with hard links to the
current pages, so unchanged pages cost nothing; every write replaces a file through a
rename (a new inode), so the live ``output/`` is never modified in place. Only when the
whole build succeeded does the new folder take the place of the old one; a failed build
leaves ``output/`` exactly as it was.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..model import LANGUAGES

ROOT_FILES = ("index.html", "404.html", "sitemap.xml", "robots.txt", ".nojekyll")


def owned(output: Path) -> list[Path]:
    """Files the digest pages own in ``output`` (the language trees and the root files)."""
    files = [output / name for name in ROOT_FILES if (output / name).is_file()]
    for lang in LANGUAGES:
        for folder, _, names in os.walk(output / lang):
            files.extend(Path(folder) / name for name in names)
    return files


STAGING_SUFFIX = ".new"


def published(folder: Path) -> Path:
    """The output folder a staging folder will replace (``folder`` itself when not staging)."""
    name = folder.name
    return folder.with_name(name[: -len(STAGING_SUFFIX)]) if name.endswith(STAGING_SUFFIX) else folder


def stage(final: Path) -> Path:
    """A fresh sibling build folder, seeded with hard links to the pages of ``final``."""
    staging = final.with_name(final.name + STAGING_SUFFIX)
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    if final.is_dir():
        bundles = [Path(folder) / name for folder, _, names in os.walk(final / "pagefind") for name in names]
        for path in owned(final) + bundles:  # search bundles: a stale one is replaced whole (search.index)
            target = staging / path.relative_to(final)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, target)
            except OSError:  # a file system without hard links: copy
                shutil.copy2(path, target)
    return staging


def prune(output: Path, produced: set[str]) -> int:
    """Delete owned files that this build did not produce (pages of removed entries); return how many."""
    removed = 0
    for path in owned(output):
        if path.relative_to(output).as_posix() not in produced:
            path.unlink()
            removed += 1
    for lang in LANGUAGES:
        for folder, subfolders, names in os.walk(output / lang, topdown=False):
            if not subfolders and not names:
                os.rmdir(folder)  # the folder of a removed page
    return removed


def swap(staging: Path, final: Path) -> None:
    """Put the finished build in place of ``final``."""
    if final.exists():
        old = final.with_name(final.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        final.rename(old)
        staging.rename(final)
        shutil.rmtree(old)
    else:
        staging.rename(final)


def abort(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
