"""What one ingest run reads before analysing anything: the input files, the originals already kept in raw/
(by their bytes' digest), the entries and their front matter, and a free name for a new original."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .. import model
from ..model import frontmatter

SUFFIXES = (".txt", ".md", ".html", ".htm")
NOT_ARTICLES = {"SOURCES.md", "README.md"}  # folder notes, skipped when a whole folder is ingested


def collect(paths: list[Path]) -> list[Path]:
    files = []
    for p in paths:
        if p.is_dir():
            files += sorted(
                f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES and f.name not in NOT_ARTICLES
            )
        else:
            files.append(p)
    return files


def raw_index(raw_dir: Path) -> dict[str, Path]:
    if not raw_dir.is_dir():
        return {}
    return {
        hashlib.sha256(p.read_bytes()).hexdigest(): p
        for p in raw_dir.iterdir()
        if p.is_file() and p.name not in NOT_ARTICLES and not p.name.startswith(".")
    }  # .*.tmp: a killed write


def read_corpus(content: Path) -> tuple[dict[str, Path], dict[Path, dict]]:
    """One pass over the entries: which raw file each comes from, and the front matter of each
    (story grouping compares a batch with them). Unreadable entries are left to `digest check`."""
    by_raw, metas = {}, {}
    for path in sorted((content / "entries").rglob("*.md")):
        try:
            doc = frontmatter.parse(model.read_text(path))
        except frontmatter.FrontMatterError:
            continue
        metas[path] = doc.meta
        if doc.meta.get("raw"):
            by_raw[str(doc.meta["raw"])] = path
    return by_raw, metas


def raw_target(raw_dir: Path, name: str) -> Path:
    """A free name in raw/ for an original: never one in use (a kept original is never overwritten)."""
    target, n = raw_dir / name, 1
    while target.exists():
        n += 1
        target = raw_dir / f"{Path(name).stem}-{n}{Path(name).suffix}"
    return target
