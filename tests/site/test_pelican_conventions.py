"""Pelican's conventions hold in a digest site: a production build needs the published address,
DEFAULT_PAGINATION = False means no pagination, Pelican's own feeds are refused rather than written empty, and a
theme that is not a digest theme is named with what it lacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.commands.build import build

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "site"  # microsoft is named by three entries


@pytest.fixture
def site(tmp_path, monkeypatch) -> Path:
    """An empty site folder, the current one, outside any git repository and without $SITEURL."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SITEURL", raising=False)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    return tmp_path


def settings(site: Path, text: str) -> Path:
    config = site / "pelicanconf.py"
    config.write_text(f"from digest.defaults import *\n{text}\n", encoding="utf-8")
    return config


def test_a_production_build_refuses_localhost(site, capsys):
    assert build(FIXTURE, site / "output", production=True, DIGEST_CACHE_PATH=str(site / "cache")) == 1
    err = capsys.readouterr().err
    assert "SITEURL is 'http://localhost:8000': a production build needs the address the site is published at" in err
    assert "fix: set SITEURL in publishconf.py" in err and not (site / "output").exists()
    assert build(FIXTURE, site / "output", "https://alice.github.io/veille", production=True) == 0
    assert "https://alice.github.io/veille/fr/" in (site / "output" / "sitemap.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize("pagination, pages", [(1, 3), (False, 1)])
def test_default_pagination_false_puts_every_entry_on_one_page(site, pagination, pages):
    config = settings(site, f"DEFAULT_PAGINATION = {pagination}")
    assert build(FIXTURE, site / "output", settings=config) == 0
    company = site / "output" / "en" / "companies" / "microsoft"
    assert len(list(company.glob("**/index.html"))) == pages


def test_pelicans_feed_settings_are_refused_with_the_line_and_the_fix(site, capsys):
    config = settings(site, "SITENAME = 'x'\nFEED_ALL_ATOM = 'feeds/all.atom.xml'")
    assert build(FIXTURE, site / "output", settings=config) == 1
    err = capsys.readouterr().err
    assert f"{config}:3: error: FEED_ALL_ATOM = 'feeds/all.atom.xml' asks Pelican for a feed of its articles" in err
    assert "fr/feed.atom" in err and "fix: FEED_ALL_ATOM = None" in err
    assert not (site / "output").exists()


def test_a_theme_that_is_not_a_digest_theme_is_named_with_what_it_lacks(site, capsys):
    config = settings(site, "THEME = 'notmyidea'")  # Pelican's own theme, for its articles
    assert build(FIXTURE, site / "output", settings=config) == 1
    err = capsys.readouterr().err
    assert "notmyidea/templates/base.html:" in err and "'DEFAULT_LANG' is undefined" in err
    assert "fix: a theme for digest overrides some of the templates of" in err
    assert not list(site.glob("output/**/*.html"))
