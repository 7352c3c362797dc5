"""Review before publishing: what no editor has reviewed (``reviewed: false``) is held back by `digest build` and
`digest publish`, named in the build's report, and shown by `digest serve` (or with DIGEST_PUBLISH_UNREVIEWED)
with a "to review" banner in the page's language.

The content is tests/fixtures/site with tests/fixtures/review laid over it: an unreviewed entry in a story, the
unreviewed person it names, and a reviewed entry naming that person."""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import digest_serve, fetch
from test_site import broken_links, html_pages

from digest.commands.build import build

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SITEURL = "https://example.org/digest"
HELD_ENTRY = "jane-roe-rejoint-openai"
HELD_FILES = ("content/entries/2024/jane-roe-rejoint-openai.fr.md", "content/people/jane-roe.yml")
# what only the held-back files say: their slug, title and summary, the held-back person's page
HELD_TRACES = (HELD_ENTRY, "Quokkaville", "Unreviewed quokka summary", "people/jane-roe/")
BANNERS = {"fr": "À relire", "en": "To review"}


def content_with_unreviewed(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "site", content)
    for folder in ("entries", "people"):
        shutil.copytree(FIXTURES / "review" / folder, content / folder, dirs_exist_ok=True)
    return content


@pytest.fixture(scope="module")
def held(tmp_path_factory) -> tuple[Path, str]:
    """The site `digest build` makes of content with unreviewed files: (output folder, the build's report)."""
    tmp = tmp_path_factory.mktemp("held")
    content, out = content_with_unreviewed(tmp), tmp / "output"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "digest",
            "build",
            "--content",
            str(content),
            "--output",
            str(out),
            "--siteurl",
            SITEURL,
        ],
        capture_output=True,
        text=True,
        cwd=tmp,
    )
    assert result.returncode == 0, result.stderr
    return out, result.stdout + result.stderr


@pytest.fixture(scope="module")
def previewed(tmp_path_factory) -> Path:
    """The same content built with DIGEST_PUBLISH_UNREVIEWED = True."""
    tmp = tmp_path_factory.mktemp("previewed")
    out = tmp / "output"
    assert build(content_with_unreviewed(tmp), out, SITEURL, DIGEST_PUBLISH_UNREVIEWED=True) == 0
    return out


def every_text(site: Path) -> dict[str, str]:
    """Each output file's text, the search index's records decompressed (fonts and images left out)."""
    texts = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.suffix.startswith(".pf_"):
            data = gzip.decompress(data)
        elif path.suffix in (".woff2", ".png", ".ico", ".wasm"):
            continue
        texts[path.relative_to(site).as_posix()] = data.decode("utf-8", "replace")
    return texts


def test_the_build_report_says_how_many_files_were_held_back_and_which(held):
    _, report = held
    assert "2 files marked reviewed: false held back" in report
    assert all(name in report for name in HELD_FILES), report


def test_an_unreviewed_entry_and_person_leave_no_trace_in_pages_feeds_sitemap_or_search(held):
    site, _ = held
    texts = every_text(site)
    assert any(name.startswith("pagefind/") and name.endswith("pf_fragment") for name in texts)
    assert any(name.endswith("feed.rss") for name in texts) and "sitemap.xml" in texts
    found = {name: [trace for trace in HELD_TRACES if trace in text] for name, text in texts.items()}
    assert not {name: traces for name, traces in found.items() if traces}
    assert not [name for name in texts if HELD_ENTRY in name or "people/jane-roe" in name]


def test_the_story_and_timeline_keep_only_published_entries_and_name_the_held_person_without_a_link(held):
    site, _ = held
    for lang in BANNERS:
        story = (site / lang / "stories/bubeck-leaves-microsoft-2024-10/index.html").read_text(encoding="utf-8")
        assert "bubeck-quitte-microsoft/" in story and "microsoft-bubeck-cnbc/" in story
        published = (site / lang / "entries/openai-hires-jane-roe/index.html").read_text(encoding="utf-8")
        assert "Jane Roe</span>" in published  # a name, not the id, and no link to a page that is not there
        timeline = (site / lang / "timeline/index.html").read_text(encoding="utf-8")
        assert "Jane Roe" in timeline  # the published entry's event, told without a link
    assert not broken_links(site)
    assert not [page for page in html_pages(site) if "review-banner" in page.read_text(encoding="utf-8")]


def test_with_the_setting_they_are_published_each_with_a_banner_in_the_page_language(previewed):
    for lang, banner in BANNERS.items():
        for page in (f"{lang}/entries/{HELD_ENTRY}/index.html", f"{lang}/people/jane-roe/index.html"):
            html = (previewed / page).read_text(encoding="utf-8")
            assert f'<p class="review-banner" data-pagefind-ignore><strong>{banner}</strong>' in html, page
        reviewed = (previewed / lang / "entries/openai-hires-jane-roe/index.html").read_text(encoding="utf-8")
        assert "review-banner" not in reviewed and f'href="../../../{lang}/people/jane-roe/"' in reviewed
    assert HELD_ENTRY in (previewed / "sitemap.xml").read_text(encoding="utf-8")
    assert not broken_links(previewed)


def test_serve_shows_what_waits_for_review_with_its_banner(tmp_path):
    with digest_serve(content_with_unreviewed(tmp_path), tmp_path / "out") as base:
        for lang, banner in BANNERS.items():
            assert banner in fetch(f"{base}{lang}/entries/{HELD_ENTRY}/")


def test_publish_holds_back_what_waits_for_review(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "SITEURL": SITEURL,
    }
    git = ["git", "-C", str(repo)]
    subprocess.run([*git, "init", "-q"], check=True, env=env)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "init"], check=True, env=env)
    content = content_with_unreviewed(tmp_path)
    result = subprocess.run(
        [str(ROOT / ".venv/bin/digest"), "publish", "--content", str(content), "--output", "out"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "2 files marked reviewed: false held back" in result.stderr
    published = subprocess.run(
        [*git, "ls-tree", "-r", "--name-only", "gh-pages"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "fr/entries/openai-hires-jane-roe/index.html" in published
    assert not [name for name in published if HELD_ENTRY in name or "people/jane-roe" in name]
