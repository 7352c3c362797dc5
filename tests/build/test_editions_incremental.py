"""Editions in incremental builds: an edit to one entry renders its week's edition and nothing else of the
editions, a new week's first entry adds one edition and updates its neighbours and the index, an edit to the
editor's introduction renders that edition; after each, the output is byte for byte a clean build's."""

from __future__ import annotations

import re

from builds import build, clean_build, files, identities
from test_incremental import restored, untranslated_entry

from digest import content
from digest.introductions import week_of


def editions_written(before: dict, after: dict) -> set[str]:
    return {path for path in after if path.split("/")[1:2] == ["editions"] and before.get(path) != after[path]}


def test_a_title_edit_rewrites_its_weeks_edition_only_and_matches_a_clean_build(corpus, tmp_path):
    content_dir, output = corpus
    path = untranslated_entry(content_dir)
    week = week_of(next(e.date for e in content.load(content_dir).entries if e.path == path))
    path.write_text(
        re.sub(r"(?m)^title: .*$", "title: Wombat council rewrites the roadmap", path.read_text("utf-8"), count=1),
        encoding="utf-8",
    )
    before = identities(output)
    log = build(content_dir, output)
    assert restored(log), log[-400:]
    written = editions_written(before, identities(output))
    # the week's edition (page and e-mail) where it shows the title, and the editions feeds if they list the week
    pages = {p for p in written if not p.endswith((".atom", ".rss"))}
    assert f"en/editions/{week}/index.html" in pages and f"en/editions/{week}/email.html" in pages
    assert pages <= {f"{lang}/editions/{week}/{name}" for lang in ("fr", "en") for name in ("index.html", "email.html")}
    assert files(output) == clean_build(content_dir, tmp_path)


def test_a_new_weeks_first_entry_adds_one_edition_and_updates_its_neighbours_and_the_index(corpus, tmp_path):
    content_dir, output = corpus
    corpus = content.load(content_dir)
    weeks = sorted({week_of(e.date) for e in corpus.entries if e.date})
    source = untranslated_entry(content_dir)
    # a date in a week without entries, between two editions
    first, last = corpus.entries[0].date, corpus.entries[0].date
    for entry in corpus.entries:
        first, last = min(first, entry.date or first), max(last, entry.date or last)
    import datetime as dt

    day = first
    while week_of(day) in weeks or day <= first:
        day += dt.timedelta(days=7)
    new_week = week_of(day)
    assert day < last, "the corpus has a week without entries between two editions"
    text = re.sub(r"(?m)^slug: .*$", "slug: first-of-its-week", source.read_text("utf-8"), count=1)
    text = re.sub(r"(?m)^date: .*$", f"date: '{day.isoformat()}'", text, count=1)
    text = re.sub(r"(?m)^story: .*$", "story: null", text, count=1)
    (source.parent / f"first-of-its-week.{source.name.split('.')[-2]}.md").write_text(text, encoding="utf-8")
    before = identities(output)
    build(content_dir, output)
    after = identities(output)
    around = sorted(weeks + [new_week])
    i = around.index(new_week)
    neighbours = {around[i - 1], around[i + 1]}
    written = editions_written(before, after)
    for lang in ("fr", "en"):
        assert f"{lang}/editions/{new_week}/index.html" in written and f"{lang}/editions/index.html" in written
        for week in neighbours:
            assert f"{lang}/editions/{week}/index.html" in written
    others = {p.split("/")[2] for p in written if p.count("/") == 3} - neighbours - {new_week}
    assert not others, f"editions of other weeks were rewritten: {sorted(others)}"
    assert files(output) == clean_build(content_dir, tmp_path)


def test_editing_an_introduction_renders_its_edition_like_a_clean_build(corpus, tmp_path):
    content_dir, output = corpus
    week = week_of(next(e.date for e in content.load(content_dir).entries if e.date))
    intro = content_dir / "editions" / f"{week}.en.md"
    intro.parent.mkdir()
    intro.write_text("---\ntitle: A quiet week\nsummary: Little moved.\n---\n\nThe editor's first word.\n", "utf-8")
    build(content_dir, output)
    assert "A quiet week" in (output / f"fr/editions/{week}/index.html").read_text("utf-8")  # shown marked in French
    assert files(output) == clean_build(content_dir, tmp_path / "first")
    intro.write_text("---\ntitle: A quiet week\nsummary: Little moved.\n---\n\nThe editor's second word.\n", "utf-8")
    before = identities(output)
    build(content_dir, output)
    written = {p for p, v in identities(output).items() if before.get(p) != v}
    assert written == {
        f"{lang}/editions/{week}/{name}" for lang in ("fr", "en") for name in ("index.html", "email.html")
    }
    assert files(output) == clean_build(content_dir, tmp_path / "second")
