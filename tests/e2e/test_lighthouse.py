"""Lighthouse (npm's, with its desktop preset, driving Debian's Chromium) on the home, an entry, a company, a person,
the timeline and the search page, in each language: accessibility, best practices and SEO score 100, performance
95 or more.

Lighthouse is found through DIGEST_LIGHTHOUSE (its core/index.js; .ci/run installs it, pinned, and sets it), else
in .ci/node, node_modules here or npm's global folder; without it (or node) the test is skipped, unless
DIGEST_REQUIRE_BROWSER=1 (CI), where it fails. One Chromium per language runs its pages, one after another
(tests/e2e/lighthouse.mjs).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ARGS, CHROMIUM, npm_file, serve

from digest.commands.build import build

ROOT = Path(__file__).resolve().parents[2]
PAGES = [
    "",
    "entries/bubeck-quitte-microsoft/",
    "companies/openai/",
    "people/sebastien-bubeck/",
    "timeline/",
    "search/",
]
REQUIRED = {"accessibility": 100, "best-practices": 100, "seo": 100, "performance": 95}


@pytest.fixture(scope="session")
def lighthouse() -> Path:
    """Lighthouse's package folder."""
    entry = npm_file("DIGEST_LIGHTHOUSE", "lighthouse/core/index.js")
    folder = entry.parents[1] if entry else None
    missing = [
        name
        for name, found in (
            ("lighthouse", folder),
            ("node", shutil.which("node")),
            ("chromium", Path(CHROMIUM).exists()),
        )
        if not found
    ]
    if missing:
        if os.environ.get("DIGEST_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{' and '.join(missing)} required (DIGEST_REQUIRE_BROWSER=1): see .ci/run")
        pytest.skip(f"{' and '.join(missing)} not found (npm install lighthouse, or set DIGEST_LIGHTHOUSE)")
    return folder


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lighthouse_scores_every_page_kind_in_each_language(lighthouse, tmp_path, lang):
    """One Lighthouse run per language, so that the two can run in two test processes at once."""
    with serve(tmp_path) as base:
        # built for the address it is served from, as a published site is: canonical and og:url on the same origin
        assert build(ROOT / "tests/fixtures/site", tmp_path / "digest", f"{base}digest") == 0
        urls = [f"{base}digest/{lang}/{page}" for page in PAGES]
        command = ["node", str(ROOT / "tests/e2e/lighthouse.mjs"), str(lighthouse), json.dumps(ARGS), *urls]
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=900, env={**os.environ, "CHROME_PATH": CHROMIUM}
        )
    assert result.returncode == 0, result.stderr[-3000:]
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [report["url"] for report in reports] == urls
    below = [
        f"{report['url'][len(base) :]}: {report['scores']} {report['error'] or ''} {report['short']}"
        for report in reports
        if report["error"] or any(report["scores"][name] < least for name, least in REQUIRED.items())
    ]
    assert not below, "\n".join(below)
