"""When the search index is made again: a shard is re-indexed only when what Pagefind reads from one of its
pages changed (digest/search/). What Pagefind reads is checked against Pagefind itself; the rest are
real builds of a small corpus from tests/synthetic.py, in shards of a few entries."""

from __future__ import annotations

import gzip
import json
import logging
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from builds import Corpus
from pelican.log import LimitFilter

from digest.commands.build import build
from digest.search import canonical, indexed
from digest.search import index as search_index

SHARD = 6  # entry versions per shard: about a dozen bundles for 60 entries

PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Lab ships a model · Digest</title></head>
<body>
<nav><a href="/fr/">Français</a></nav>
<main>
<article class="entry" data-pagefind-body>
<h1>Lab ships a model</h1>
<p class="meta"><span data-pagefind-filter="Outlet">Wired</span></p>
<div class="body"><p>The lab released a smaller model on Tuesday.</p></div>
</article>
<section><h2>Related entries</h2>
<ul class="entries"><li><a href="/en/entries/other/">Another entry</a></li></ul></section>
</main>
</body>
</html>
"""


def pagefind_output(tmp: Path, page: str) -> dict[str, bytes]:
    """The files Pagefind makes of a one-page site holding ``page``, made reproducible (see digest.search.canonical)."""
    from pagefind_bin import get_executable

    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "site/en/entries/x").mkdir(parents=True)
    (tmp / "site/en/entries/x/index.html").write_text(page, encoding="utf-8")
    subprocess.run(
        [str(get_executable()), "--site", str(tmp / "site"), "--output-path", str(tmp / "out"), "--silent"],
        check=True,
        cwd=tmp,
    )
    canonical.canonicalise(tmp / "out")
    return {
        p.relative_to(tmp / "out").as_posix(): p.read_bytes() for p in sorted((tmp / "out").rglob("*")) if p.is_file()
    }


# (edit, old text, new text, whether Pagefind's index changes)
EDITS = [
    ("a related entry's title (outside the body)", "Another entry", "A retitled entry", False),
    ("the site navigation", "Français", "French", False),
    (
        "links and metadata in the head",
        "</head>",
        '<link rel="canonical" href="https://example.org/x/">'
        '<meta name="description" content="Zebra"><meta property="og:title" content="Zebra"></head>',
        False,
    ),
    ("an image outside the body", "<nav>", '<nav><img src="/logo.png" alt="Logo">', False),
    ("the body's text", "smaller model", "larger model", True),
    ("a filter inside the body", ">Wired<", ">Bloomberg<", True),
    ("an h1 before the body: the result's title", "<main>", "<main><h1>Front page</h1>", True),
    ("the <title>, when no h1: the result's title", "<h1>Lab ships a model</h1>", "", True),
    ("a filter outside the body", "<nav>", '<nav><span data-pagefind-filter="Desk">Science</span>', True),
    ("metadata outside the body", "<nav>", '<nav><img src="/i.png" data-pagefind-meta="image[src]">', True),
    ("metadata in the head", "</head>", '<meta data-pagefind-meta="kind:news"></head>', True),
    ("the page language", '<html lang="en">', '<html lang="fr">', True),
    ("upper-case markup outside the body", "<nav>", '<NAV><SPAN DATA-PAGEFIND-FILTER="Desk">Science</SPAN>', True),
]


@pytest.mark.parametrize("case, old, new, changes", EDITS, ids=[case for case, *_ in EDITS])
def test_the_indexed_part_changes_exactly_when_pagefinds_index_does(tmp_path, case, old, new, changes):
    assert old in PAGE
    edited = PAGE.replace(old, new)
    if case.startswith("the <title>"):  # no h1 left: Pagefind titles the result from <title>
        base = edited
        edited = edited.replace("Lab ships a model · Digest", "Lab ships a smaller model · Digest")
    else:
        base = PAGE
    before, after = pagefind_output(tmp_path / "a", base), pagefind_output(tmp_path / "b", edited)
    assert (before != after) == changes
    assert (indexed.indexed(base.encode()) != indexed.indexed(edited.encode())) == changes


def test_a_page_without_a_body_element_is_digested_whole():
    page = PAGE.replace(" data-pagefind-body", "")
    assert indexed.indexed(page.encode()) != indexed.indexed(page.replace("Another entry", "Other").encode())


def test_an_end_tag_in_a_script_or_comment_of_the_body_does_not_hide_the_text_after_it():
    for inner in ('<script>document.write("</article>")</script>', "<!-- </article> -->"):
        page = PAGE.replace('<div class="body">', f'{inner}<div class="body">')
        assert indexed.indexed(page.encode()) != indexed.indexed(page.replace("smaller", "larger").encode()), inner


# Real builds


class _Messages(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def run(content: Path, out: Path, **overrides) -> int:
    """Build; return how many shards were re-indexed (the build's log lines: a second look may add one)."""
    LimitFilter._raised_messages.clear()  # Pelican drops a message this process logged before ("0 shard(s) in 0.00 s")
    logger, log = logging.getLogger("digest"), _Messages()
    level = logger.level
    logger.addHandler(log)
    logger.setLevel(logging.INFO)
    try:
        assert build(content, out, **{"DIGEST_SEARCH_SHARD_SIZE": SHARD, **overrides}) == 0
    finally:
        logger.removeHandler(log)
        logger.setLevel(level)
    counts = [int(m.group(1)) for m in (re.search(r"search index: (\d+) shard", line) for line in log.messages) if m]
    assert counts, "\n".join(log.messages)
    return sum(counts)


def fragments(site: Path) -> dict[str, tuple[str, dict]]:
    """Each indexed page's URL → (its bundle, its record as Pagefind stored it)."""
    found = {}
    for path in sorted((site / "pagefind").glob("*/fragment/*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(canonical.SIGNATURE)
        record = json.loads(data[len(canonical.SIGNATURE) :])
        found[record["url"]] = (path.parent.parent.name, record)
    return found


def bundle_files(site: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file of the search bundles → (bytes, inode, mtime): a file synced in anew has another inode."""
    return {
        p.relative_to(site / "pagefind").as_posix(): (p.read_bytes(), p.stat().st_ino, p.stat().st_mtime_ns)
        for p in sorted((site / "pagefind").rglob("*"))
        if p.is_file()
    }


def contents(site: Path) -> dict[str, bytes]:
    return {path: found[0] for path, found in bundle_files(site).items()}


def identities(site: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(site).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in sorted(site.glob("*/entries/*/index.html"))
    }


def state_file(content: Path) -> Path:
    (found,) = (content.parent / ".cache").glob("search-*.json")
    return found


@pytest.fixture(scope="module")
def search_corpus(tmp_path_factory) -> tuple[Corpus, int]:
    """The 60-entry corpus built once in shards of ``SHARD`` and saved aside, and how many shards that build
    indexed."""
    shards = []
    corpus = Corpus(tmp_path_factory.mktemp("search"), lambda content, out: shards.append(run(content, out)))
    assert shards[-1] == len(list((corpus.output / "pagefind").iterdir())) > 8
    return corpus, shards[-1]


@pytest.fixture()
def site(search_corpus) -> tuple[Path, Path, int]:
    """The 60-entry corpus as its build in shards of ``SHARD`` left it: (content folder, output folder, shard
    count)."""
    corpus, shards = search_corpus
    return *corpus.restore(), shards


def untranslated(held: dict) -> list[str]:
    """The slugs of the English entries without a French version, from the index's records."""
    return [url.split("/")[3] for url in held if url.startswith("/en/") and url.replace("/en/", "/fr/", 1) not in held]


def listed_elsewhere(out: Path, held: dict) -> tuple[str, list[str]]:
    """An untranslated entry whose title other entries' pages list, some in other bundles: (slug, those pages)."""
    for slug in untranslated(held):
        url = f"/en/entries/{slug}/"
        listing = [
            p.relative_to(out).as_posix()
            for p in sorted(out.glob("*/entries/*/index.html"))
            if p.parent.name != slug and f'/entries/{slug}/"' in p.read_text(encoding="utf-8")
        ]
        others = {held.get("/" + p.removesuffix("index.html"), (None,))[0] for p in listing} - {held[url][0], None}
        if len(others) >= 2:
            return slug, listing
    raise AssertionError("no entry listed by pages of two other bundles")


def editions_showing(out: Path, held: dict, slug: str) -> set[str]:
    """The search bundles of the editions whose page shows the entry ``slug`` (its week's, in each language)."""
    return {
        held["/" + p.relative_to(out).as_posix().removesuffix("index.html")][0]
        for p in out.glob("*/editions/*/index.html")
        if f'/entries/{slug}/"' in p.read_text(encoding="utf-8")
    }


def retitle(content: Path, slug: str, title: str) -> None:
    (path,) = (content / "entries").rglob(f"{slug}.*.md")
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^title: .*$", f"title: {title}", text, count=1), encoding="utf-8")


def test_a_title_edit_reindexes_only_the_shard_of_the_entry_not_those_of_pages_listing_it(site):
    """Only the entry's shard, and those of its week's editions where they show the title (searchable there too)."""
    content, out, _ = site
    held = fragments(out)
    slug, listing = listed_elsewhere(out, held)
    url = f"/en/entries/{slug}/"
    editions = editions_showing(out, held, slug)
    before_pages, before_bundles = identities(out), bundle_files(out)
    retitle(content, slug, "Quokka lab unveils a pocket model")

    ran = run(content, out)
    after_pages, after_bundles = identities(out), bundle_files(out)
    assert all(before_pages[p] != after_pages[p] for p in listing)  # the pages listing it were written again
    bundle, record = fragments(out)[url]
    assert bundle == held[url][0]
    assert record["meta"]["title"] == "Quokka lab unveils a pocket model"
    changed = {
        p.split("/")[0]
        for p in before_bundles.keys() | after_bundles.keys()
        if before_bundles.get(p) != after_bundles.get(p)
    }
    assert bundle in changed and changed - {bundle} <= editions and ran == len(changed)

    assert run(content, out) == 0  # nothing changed since


def test_an_edit_to_every_pages_related_list_reindexes_no_shard(site):
    """Fewer related entries: every entry page is written again, none of what Pagefind reads changes."""
    content, out, _ = site
    before_pages, before_bundles = identities(out), bundle_files(out)
    assert run(content, out, DIGEST_RELATED=1) == 0
    after = identities(out)
    assert sum(before_pages[p] != after[p] for p in after) > len(after) / 2
    assert bundle_files(out) == before_bundles


def test_a_body_edit_reindexes_its_shard_and_search_finds_the_new_text(site):
    content, out, _ = site
    (path,) = (content / "entries").rglob(f"{untranslated(fragments(out))[0]}.en.md")
    path.write_text(path.read_text(encoding="utf-8").rstrip() + "\n\nA wombat joined the board.\n", encoding="utf-8")
    assert run(content, out) == 1
    bundle, record = fragments(out)[f"/en/entries/{path.name.removesuffix('.en.md')}/"]
    assert "A wombat joined the board." in record["content"]


def test_a_lost_or_unreadable_state_reindexes_every_shard_into_the_same_bundles(site):
    content, out, shards = site
    before = contents(out)
    version = search_index.STATE_VERSION
    for state in (
        None,
        "{not json",
        '{"pagefind/en-single-0/": "an older layout"}',
        '{"version": 2, "pages": {"en/entries/x/index.html": [1, 2, 3, "digest"]}, "bundles": {}}',
        f'{{"version": {version}, "pages": [1], "bundles": {{}}}}',
        f'{{"version": {version}, "pages": ["no tab"], "bundles": {{}}}}',
        f'{{"version": {version}, "pages": [], "bundles": []}}',
    ):
        if state is None:
            state_file(content).unlink()
        else:
            state_file(content).write_text(state, encoding="utf-8")
        assert run(content, out) == shards, state
        assert contents(out) == before
        assert run(content, out) == 0  # and a new state written


def test_renumbered_shards_match_a_clean_build(site, tmp_path):
    content, out, shards = site
    assert run(content, out, DIGEST_SEARCH_SHARD_SIZE=SHARD * 2) < shards  # fewer, larger shards
    clean = tmp_path / "clean"
    shutil.copytree(content, clean / "content")
    run(clean / "content", clean / "output", DIGEST_SEARCH_SHARD_SIZE=SHARD * 2)
    assert contents(out) == contents(clean / "output")


def test_a_removed_entry_leaves_its_shard_and_search(site):
    content, out, _ = site
    held = fragments(out)
    slug = untranslated(held)[0]
    url = f"/en/entries/{slug}/"
    next((content / "entries").rglob(f"{slug}.en.md")).unlink()
    assert run(content, out) >= 1
    assert url not in fragments(out)
    assert set(fragments(out)) == set(held) - {url}


def test_a_fragment_file_holding_another_pages_record_is_made_again_when_its_shard_is(site, tmp_path):
    """Pagefind keeps a file it finds under a name it would write, and the indexer gives it the shard's fragment
    files so that it writes only those of changed pages. A file holding another page's record (as when the
    fragments of two pages share the first 7 digits of their hash) is caught, and the shard indexed afresh."""
    content, out, _ = site
    held = fragments(out)
    slug = untranslated(held)[0]
    bundle = held[f"/en/entries/{slug}/"][0]
    first, second = [url for url, (where, _) in held.items() if where == bundle and slug not in url][:2]
    files = {
        json.loads(gzip.decompress(p.read_bytes())[len(canonical.SIGNATURE) :])["url"]: p
        for p in (out / "pagefind" / bundle / "fragment").iterdir()
    }
    files[first].write_bytes(files[second].read_bytes())
    (path,) = (content / "entries").rglob(f"{slug}.en.md")
    path.write_text(path.read_text(encoding="utf-8").rstrip() + "\n\nA wombat joined the board.\n", encoding="utf-8")
    assert run(content, out) == 1
    assert fragments(out)[first][1]["url"] == first
    clean = tmp_path / "clean"
    shutil.copytree(content, clean / "content")
    run(clean / "content", clean / "output")
    assert contents(out) == contents(clean / "output")


# Last of the module: it replaces the output folder, which the shared build's next restore would make again.
def test_a_bundle_left_by_another_build_is_made_again(site, tmp_path):
    """An output folder restored from a copy taken before an edit: its pages are rewritten by the build, and
    the edited entry's bundle, the old one in the copy, is re-indexed though the pages read as recorded."""
    content, out, _ = site
    held = fragments(out)
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    slug = untranslated(held)[0]
    retitle(content, slug, "Wombat robotics raises a seed round")
    ran = run(content, out)
    assert 1 <= ran <= 1 + len(editions_showing(out, held, slug))  # its shard, its week's editions' if they show it
    shutil.rmtree(out)
    shutil.copytree(copy, out)
    assert run(content, out) == ran
    assert fragments(out)[f"/en/entries/{slug}/"][1]["meta"]["title"] == "Wombat robotics raises a seed round"
