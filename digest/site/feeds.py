"""Per-language Atom feeds of the latest entries: /{lang}/feed.atom."""

from __future__ import annotations

from typing import Iterable

from ..model import LANGUAGES
from .index import Site
from .render import Page

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.build.scheduler)


def pages(site: Site, settings: dict) -> Iterable[Page]:
    size = settings.get("FEED_MAX_ITEMS") or 20
    for lang in LANGUAGES:
        yield Page(f"{lang}/feed.atom", "feed.atom", {"title": settings.get("SITENAME", "digest"),
                                                     "html_url": f"{lang}/", "slugs": site.slugs[:size]}, lang)
