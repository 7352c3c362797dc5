"""Site-wide files: the language chooser at /, 404.html, sitemap.xml, robots.txt, .nojekyll."""

from __future__ import annotations

from typing import Iterable

from .index import Site
from .render import Page


def pages(site: Site, settings: dict, language_pages: list[Page]) -> Iterable[Page]:
    """``language_pages`` are the HTML pages of one language; the sitemap lists each with its alternates."""
    yield Page("", "chooser.html")
    yield Page("404.html", "404.html")
    yield Page("sitemap.xml", "sitemap.xml", {"keys": [p.url.split("/", 1)[1] for p in language_pages]})
    yield Page("robots.txt", "robots.txt")
    yield Page(".nojekyll", "nojekyll.txt")
