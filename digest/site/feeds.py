"""Per-language Atom feeds of the latest entries: /{lang}/feed.atom."""

from __future__ import annotations

from typing import Iterable

from ..model import LANGUAGES
from ..settings import DigestSettings
from .index import Site
from .render import Page

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.build.scheduler)


def pages(site: Site, settings: DigestSettings) -> Iterable[Page]:
    size = settings.feed_items
    for lang in LANGUAGES:
        yield Page(f"{lang}/feed.atom", "feed.atom", {"title": settings.sitename,
                                                     "html_url": f"{lang}/", "slugs": site.slugs[:size]}, lang)
