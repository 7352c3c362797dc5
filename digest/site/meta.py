"""Site-wide files: the language chooser at /, 404.html, sitemap.xml, robots.txt, .nojekyll."""

from __future__ import annotations

from typing import Iterable

from ..model import LANGUAGES
from .index import Site
from .render import Page

SITEMAP_URLS = 50_000  # the sitemap protocol's limit per file; above it, sitemap.xml becomes an index


def pages(site: Site, settings: dict, language_pages: list[Page]) -> Iterable[Page]:
    """``language_pages`` are the HTML pages of one language; the sitemap lists each with its alternates."""
    yield Page("", "chooser.html")
    yield Page("404.html", "404.html")
    # in URL order, not the families' (newest entries first): a new date moves no line of the sitemap
    keys = sorted(p.url.split("/", 1)[1] for p in language_pages)
    per_file = max(1, (settings.get("DIGEST_SITEMAP_URLS") or SITEMAP_URLS) // len(LANGUAGES))
    if len(keys) <= per_file:
        yield Page("sitemap.xml", "sitemap.xml", {"keys": keys})
    else:
        parts = [f"sitemap-{n}.xml" for n in range(1, -(-len(keys) // per_file) + 1)]
        for n, part in enumerate(parts):
            yield Page(part, "sitemap.xml", {"keys": keys[n * per_file:(n + 1) * per_file]})
        yield Page("sitemap.xml", "sitemap-index.xml", {"parts": parts})
    yield Page("robots.txt", "robots.txt")
    yield Page(".nojekyll", "nojekyll.txt")
