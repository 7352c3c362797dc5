"""The golden site: a small fixture site (tests/fixtures/golden/content) whose built pages are kept, byte for byte,
in tests/fixtures/golden/expected. tests/site/test_golden.py compares a fresh build with them; after an intended
change to the pages, `make golden` (this module run as a script) writes them again, and the diff is reviewed.

Kept: every file the build generates (pages, feeds, sitemap, robots.txt), as text so that a change reads as a diff.
Left out: the theme's static files and the favicon (copied unchanged from the theme) and the Pagefind bundles
(binary, written by Pagefind; the search tests check them).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "fixtures" / "golden"
CONTENT = GOLDEN / "content"
EXPECTED = GOLDEN / "expected"
SITEURL = "https://example.org/digest"
COPIED = ("theme", "pagefind", "favicon.ico")


def build(work: Path) -> Path:
    """Build the golden content into ``work``/output (its cache beside it); the output folder."""
    from digest.commands.build import build as digest_build

    out = work / "output"
    if digest_build(CONTENT, out, SITEURL, DIGEST_CACHE_PATH=str(work / "cache")) != 0:
        raise RuntimeError(f"the golden content does not build: {CONTENT}")
    return out


def generated(site: Path) -> dict[str, bytes]:
    """Relative path → bytes of every file the build generated under ``site`` (not the copied ones)."""
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file() and p.relative_to(site).parts[0] not in COPIED
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        files = generated(build(Path(work)))
    shutil.rmtree(EXPECTED, ignore_errors=True)
    for name, data in files.items():
        (EXPECTED / name).parent.mkdir(parents=True, exist_ok=True)
        (EXPECTED / name).write_bytes(data)
    where = EXPECTED.relative_to(ROOT)
    print(f"wrote {len(files)} files to {where}; review the change with: git diff --stat -- {where}")


if __name__ == "__main__":
    main()
