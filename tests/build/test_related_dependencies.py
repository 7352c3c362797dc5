"""Which entry pages an edit changes the related entries of (``depends.changed_keys``, ``depends.drawn_from``),
checked against ``Site.related`` itself without building: after a new date, on the 60-entry corpus of
tests/build/builds.py, every entry whose related entries differ must be one the plan asks again. A new date
moves the entry among all others, which breaks ties between equal scores even where no list's entries change."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

import pytest
from builds import generate

from digest import content
from digest.build import depends
from digest.site import index

LIMIT = 5  # DIGEST_RELATED's default


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("related") / "content"
    generate(folder)
    return content.load(folder)


def redated(corpus, slug: str, date: dt.date):
    """The corpus with every version of ``slug`` dated ``date`` and its files in that year's folder, and the
    versions replaced: (old, new) pairs."""
    pairs = []
    entries = []
    for entry in corpus.entries:
        if entry.slug == slug:
            path = entry.path.parent.parent / str(date.year) / entry.path.name
            new = dataclasses.replace(entry, date=date, path=path)
            pairs.append((entry, new))
            entries.append(new)
        else:
            entries.append(entry)
    return dataclasses.replace(corpus, entries=entries), pairs


def as_files(pairs: list) -> dict[str, list]:
    """The ways the build sees the versions replaced: each file edited where it is, or moved to another folder
    (its old path removed, its new one added)."""
    if pairs[0][0].path == pairs[0][1].path:
        return {"edited": pairs}
    return {"edited": pairs, "moved": [(old, None) for old, _ in pairs] + [(None, new) for _, new in pairs]}


def new_dates(corpus, slug: str) -> list[dt.date]:
    """Another year's (as `date_new_year_file_moved` in test_frontmatter_edits), the newest and the oldest."""
    dates = sorted(e.date for e in corpus.entries if e.date)
    old = next(e.date for e in corpus.entries if e.slug == slug)
    return [
        dt.date(2026 if old and old.year == 2019 else 2019, 6, 15),
        dates[-1] + dt.timedelta(days=1),
        dates[0] - dt.timedelta(days=1),
    ]


def test_a_new_date_asks_again_every_entry_whose_related_entries_it_changes(corpus):
    before = index.build(corpus)
    answers = {slug: before.related(slug, LIMIT) for slug in before.slugs}
    missed: dict[str, list] = defaultdict(list)
    tie_only = 0  # redates that change an answer while no list the entry is in changes what related reads of it
    for slug in before.slugs:
        for date in new_dates(corpus, slug):
            edited, pairs = redated(corpus, slug, date)
            after = index.build(edited)
            changed = {s for s in after.slugs if after.related(s, LIMIT) != answers[s]}
            keys = [key for entry in (before.primary(slug), after.primary(slug)) for key in depends.pool_keys(entry)]
            if changed and all(depends._candidates(before, k) == depends._candidates(after, k) for k in keys):
                tie_only += 1
            for how, replaced in as_files(pairs).items():
                asked = depends.drawn_from(after, depends.changed_keys(replaced, before, after))
                if changed - asked:
                    missed[how].append(f"{slug} dated {date}: {sorted(changed - asked)}")
    assert tie_only, "the corpus no longer has a redate that changes related entries through ties only"
    assert not missed, {how: found[:5] for how, found in missed.items()}
