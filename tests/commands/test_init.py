"""`digest init DIR` starts a digest site that builds at once, and never overwrites a file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from digest.cli import main
from digest.commands.build import build


def test_a_new_site_has_its_settings_workflow_and_example_and_builds(tmp_path, monkeypatch):
    assert main(["init", str(tmp_path / "veille"), "--name", "Veille IA", "--github", "Alice/veille"]) == 0
    site = tmp_path / "veille"
    for name in (
        "pelicanconf.py",
        "publishconf.py",
        "Makefile",
        "README.md",
        ".gitignore",
        ".github/workflows/pages.yml",
        "content/companies/mistral-ai.yml",
    ):
        assert (site / name).is_file(), name
    assert "SITENAME = 'Veille IA'" in (site / "pelicanconf.py").read_text(encoding="utf-8")
    assert "'https://alice.github.io/veille'" in (site / "publishconf.py").read_text(encoding="utf-8")
    monkeypatch.chdir(site)
    monkeypatch.delenv("SITEURL", raising=False)
    assert main(["check"]) == 0
    assert main(["build"]) == 0
    assert "Veille IA" in (site / "output" / "fr" / "index.html").read_text(encoding="utf-8")
    assert build(Path("content"), site / "production", production=True) == 0  # with the site's publishconf.py
    sitemap = (site / "production" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://alice.github.io/veille/fr/</loc>" in sitemap


def test_without_a_terminal_it_takes_the_defaults(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "digest", "init", "my-digest"],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "SITENAME = 'my-digest'" in (tmp_path / "my-digest" / "pelicanconf.py").read_text(encoding="utf-8")


def test_an_existing_file_stops_it_before_anything_is_written(tmp_path, capsys):
    site = tmp_path / "site"
    site.mkdir()
    (site / "Makefile").write_text("mine\n", encoding="utf-8")
    assert main(["init", str(site), "--yes"]) == 1
    assert f"digest init: error: {site / 'Makefile'} already exists; nothing was written" in capsys.readouterr().err
    assert (site / "Makefile").read_text(encoding="utf-8") == "mine\n"
    assert sorted(path.name for path in site.iterdir()) == ["Makefile"]


def test_a_repository_that_is_not_user_slash_repo_is_refused(tmp_path, capsys):
    assert main(["init", str(tmp_path / "site"), "--github", "veille", "--yes"]) == 1
    assert "the GitHub repository must be USER/REPO, not 'veille'" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()
