"""Which entry and edition pages go to which search bundle, and the search pages that merge them (a page family)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import LANGUAGES
from ..settings import DigestSettings
from ..site import editions
from ..site.index import Site
from ..site.render import Page
from ..site.shards import shards

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.build.scheduler)


def plan(site: Site, size: int) -> dict[str, list[str]]:
    """Bundle folder (``pagefind/fr-single-0/``) → the pages it indexes, in order: the entry pages, then the
    edition pages (``pagefind/fr-editions-0/``: an edition is written in each language, like a paired entry)."""
    kinds: dict[tuple[str, str], list[str]] = {}
    for slug, versions in site.by_slug.items():
        for lang in versions:
            kinds.setdefault((lang, "single" if len(versions) == 1 else "paired"), []).append(slug)
    planned = {
        f"pagefind/{lang}-{kind}-{number}/": [f"{lang}/entries/{slug}/index.html" for slug in members]
        for (lang, kind), slugs in sorted(kinds.items())
        for number, members in shards(slugs, size).items()
    }
    weeks = sorted(editions.weeks(site))
    for lang in LANGUAGES:
        for number, members in shards(weeks, size).items():
            planned[f"pagefind/{lang}-editions-{number}/"] = [f"{lang}/editions/{week}/index.html" for week in members]
    return planned


def bundles(folders: Iterable[str], lang: str) -> list[str]:
    """The bundles the search page of interface language ``lang`` merges: one version of each entry, and the
    editions in that language (the first bundle, which carries Pagefind's UI, is an entries' one)."""
    return [
        f
        for f in folders
        if f.startswith((f"pagefind/{lang}-paired-", f"pagefind/{lang}-editions-")) or "-single-" in f
    ]


def planned(site: Site, settings: DigestSettings) -> dict[str, list[str]] | None:
    """The bundles of the site's index and their pages (see ``plan``), or None when search is off."""
    return plan(site, settings.search_shard_size) if settings.search else None


def pages(site: Site, settings: DigestSettings) -> Iterable[Page]:
    folders = planned(site, settings)
    if folders is None:
        return  # no index is built: no search page pointing at one
    for lang in LANGUAGES:
        yield Page(f"{lang}/search/", "search.html", {"bundles": bundles(folders, lang)}, lang)


# What Pagefind 1.5 reads from a page with a data-pagefind-body element (tested: tests/test_search_index.py):
# the body elements; anywhere on the page, the elements marked data-pagefind-filter, -meta, -sort or
# -default-meta; the first <h1> (the result's title, even outside the body), else the <title>; <html lang>.
