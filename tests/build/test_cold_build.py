"""A build into an empty or absent output folder: nothing is pruned, yet a failure still leaves the folder
as it was and a success matches a build over an old site."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SAMPLE

from digest.commands.build import build

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "site"


@pytest.mark.parametrize("existing", [False, True], ids=["absent", "empty"])
def test_a_failed_cold_build_leaves_no_page_folder_behind(tmp_path, monkeypatch, capsys, existing):
    """Pagefind reads PAGEFIND_* variables; an invalid one makes it fail after every page was written."""
    out = tmp_path / "output"
    if existing:
        out.mkdir()
    monkeypatch.setenv("PAGEFIND_WRITE_PLAYGROUND", "maybe")
    assert build(FIXTURE, out, DIGEST_CACHE_PATH=str(tmp_path / "cache")) == 1
    assert "PAGEFIND_WRITE_PLAYGROUND" in capsys.readouterr().err
    assert sorted(out.rglob("*")) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "output"]  # no journal left beside it


def test_a_cold_build_gives_the_files_of_a_build_over_an_old_site(tmp_path):
    """The cold build skips the prune; a build over another site's pages must prune them, and end the same."""
    cold, warm = tmp_path / "cold", tmp_path / "warm"
    other = tmp_path / "other"
    shutil.copytree(SAMPLE, other)
    assert (
        build(other, warm, DIGEST_CACHE_PATH=str(tmp_path / "cache")) == 0
    )  # the sample site: pages the fixture does not have
    assert build(FIXTURE, warm, DIGEST_CACHE_PATH=str(tmp_path / "cache")) == 0
    assert build(FIXTURE, cold, DIGEST_CACHE_PATH=str(tmp_path / "cold-cache")) == 0

    def files(folder: Path) -> dict[str, bytes]:
        return {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and p.relative_to(folder).parts[0] != "pagefind"
        }

    assert files(cold) == files(warm)
