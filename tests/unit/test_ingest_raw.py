"""The original kept in raw/: the same bytes and the same permissions whether the file was moved from the inbox or
copied from elsewhere, and a file the editor also keeps under another name is never changed by the move."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from digest.ingest import pipeline

SEED, OTHER = sorted((Path(__file__).parents[1] / "fixtures" / "ingest").glob("*.txt"))[:2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_raw_copy_of_an_inbox_file_is_like_a_copied_one(tmp_path):
    content = tmp_path / "content"
    (content / "inbox").mkdir(parents=True)
    moved = content / "inbox" / "moved.txt"
    shutil.copy(SEED, moved)
    outside = tmp_path / "elsewhere" / "copied.txt"
    outside.parent.mkdir()
    shutil.copy(OTHER, outside)
    os.chmod(moved, 0o644)
    os.chmod(outside, 0o644)
    results = pipeline.run([content / "inbox", outside], content)
    assert [r.status for r in results] == ["created", "created"]
    assert not moved.exists() and outside.exists()  # the inbox is emptied, other folders are left as they were
    raws = [content / "raw" / "moved.txt", content / "raw" / "copied.txt"]
    assert [p.read_bytes() for p in raws] == [SEED.read_bytes(), OTHER.read_bytes()]
    assert _mode(raws[0]) == _mode(raws[1])


def test_an_inbox_file_with_another_name_is_copied_not_changed(tmp_path):
    content = tmp_path / "content"
    (content / "inbox").mkdir(parents=True)
    kept = tmp_path / "kept.txt"  # the editor's own copy, linked into the inbox
    shutil.copy(SEED, kept)
    os.chmod(kept, 0o644)
    os.link(kept, content / "inbox" / "linked.txt")
    [result] = pipeline.run([content / "inbox"], content)
    assert result.status == "created"
    assert not (content / "inbox" / "linked.txt").exists()
    assert kept.read_bytes() == SEED.read_bytes() and _mode(kept) == 0o644 and kept.stat().st_nlink == 1
    raw = content / "raw" / "linked.txt"
    assert raw.read_bytes() == SEED.read_bytes() and not raw.samefile(kept)
