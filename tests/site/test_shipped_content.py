"""The editable content/ folder, as the repository ships it or as an editor has since changed it, builds into a
complete and valid site.

This is the only test that reads content/: an editor who ingests or edits an article changes it, so it asserts only
what must hold for any content (every entry, company and person has its page in both languages, every page is
valid HTML, no internal link is broken). The tests that assert what the sample's entries say read
tests/fixtures/sample, a frozen copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from test_site import broken_links, html_pages, run_build, vnu_errors

from digest import content

EDITABLE = ROOT / "content"


@pytest.fixture(scope="module")
def shipped_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("shipped") / "output"
    assert run_build(EDITABLE, out, DIGEST_CACHE_PATH=str(out.parent / "cache")) == 0
    return out


def test_every_entry_company_and_person_has_its_page_in_both_languages(shipped_site):
    corpus = content.load(EDITABLE)
    pages = [
        f"{kind}/{slug}/index.html"
        for kind, slugs in (
            ("entries", {entry.slug for entry in corpus.entries if entry.reviewed}),
            ("companies", {i for i, e in corpus.companies.items() if e.reviewed}),
            ("people", {i for i, e in corpus.people.items() if e.reviewed}),
        )
        for slug in sorted(slugs)
    ]
    assert pages, "content/ has no entry, company nor person"
    missing = [
        f"{lang}/{page}" for lang in ("fr", "en") for page in pages if not (shipped_site / lang / page).is_file()
    ]
    assert missing == []
    built = {p.relative_to(shipped_site).as_posix() for p in html_pages(shipped_site)}
    assert built >= {"fr/index.html", "en/index.html"}


def test_no_broken_internal_link(shipped_site):
    assert broken_links(shipped_site) == []


def test_html_validates(shipped_site):
    assert vnu_errors(shipped_site) == []
