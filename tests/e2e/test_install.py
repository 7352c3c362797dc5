"""digest as a user installs it: the wheel built from this checkout, installed into a fresh virtual environment
outside it, starts a site with `digest init` and builds it with `make build`, and Pelican runs it as the
namespace plugin `pelican.plugins.digest`. Needs uv (the Makefile installs it in .venv) and PyPI; CI
(DIGEST_REQUIRE_BROWSER=1, set by .ci/run) never skips it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UV = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel of this checkout (its dependencies at the locked versions)."""
    if not UV:
        if os.environ.get("DIGEST_REQUIRE_BROWSER") == "1":
            pytest.fail("uv is required to build and install the wheel (make install puts it in .venv)")
        pytest.skip("uv not found (make install puts it in .venv)")
    work = tmp_path_factory.mktemp("install")
    run([UV, "build", "--wheel", "--quiet", "--out-dir", str(work / "dist"), str(ROOT)], cwd=work)
    (wheel,) = (work / "dist").glob("digest_site-*.whl")
    run([UV, "venv", "--quiet", "--python", sys.executable, str(work / "venv")], cwd=work)
    run(
        [
            UV,
            "pip",
            "install",
            "--quiet",
            "--python",
            str(work / "venv" / "bin" / "python"),
            str(wheel),
            "--constraint",
            str(ROOT / "requirements.lock"),
        ],
        cwd=work,
    )
    return work


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in {"VIRTUAL_ENV", "PYTHONPATH", "SITEURL"}}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout}\n{result.stderr}"
    return result


def test_the_wheel_ships_the_theme_its_catalogs_the_knowledge_base_and_the_namespace_plugin(installed):
    python = str(installed / "venv" / "bin" / "python")
    found = run(
        [
            python,
            "-c",
            "import digest.resources, pelican.plugins.digest as p; "
            "print(digest.resources.theme()); print(p.register.__module__)",
        ],
        cwd=installed,
    ).stdout.split()
    theme = Path(found[0])
    assert theme.is_relative_to(installed / "venv") and (theme / "templates" / "entry.html").is_file()
    assert (theme / "translations" / "fr" / "LC_MESSAGES" / "messages.po").is_file()
    assert found[1] == "digest.plugin"
    data = Path(
        run(
            [python, "-c", "import digest, pathlib; print(pathlib.Path(digest.__file__).parent / 'data')"],
            cwd=installed,
        ).stdout.strip()
    )
    assert (data / "people.yml").is_file() and (data / "organisations.yml").is_file()


def test_digest_init_makes_a_site_that_make_build_builds_at_once(installed):
    bin_dir = installed / "venv" / "bin"
    run(
        [str(bin_dir / "digest"), "init", "my-digest", "--name", "Veille IA", "--github", "Alice/veille"], cwd=installed
    )
    site = installed / "my-digest"
    run(["make", "build", f"DIGEST={bin_dir / 'digest'}"], cwd=site)
    home = (site / "output" / "fr" / "index.html").read_text(encoding="utf-8")
    assert "Veille IA" in home and "Mistral AI" in home
    assert (site / "output" / "en" / "companies" / "mistral-ai" / "index.html").is_file()
    run(["make", "test", f"DIGEST={bin_dir / 'digest'}"], cwd=site)
    # Pelican itself, with the namespace plugin by its short name, builds the same site
    run(
        [
            str(bin_dir / "pelican"),
            "content",
            "-s",
            "pelicanconf.py",
            "-o",
            "pelican-output",
            "-e",
            'PLUGINS=["digest"]',
        ],
        cwd=site,
    )
    assert (site / "pelican-output" / "fr" / "index.html").read_text(encoding="utf-8") == home
