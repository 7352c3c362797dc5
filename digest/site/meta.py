"""Site-wide files: the language chooser at /, 404.html, sitemap.xml, robots.txt, .nojekyll, /favicon.ico."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import LANGUAGES
from ..settings import SITEMAP_URLS, DigestSettings
from .index import Site
from .render import STATIC, Page
from .shards import shards


def pages(site: Site, settings: DigestSettings, language_pages: list[Page]) -> Iterable[Page]:
    """``language_pages`` are the HTML pages of one language; the sitemap lists each with its alternates, but
    those whose context says ``noindex`` (an edition's e-mail version)."""
    yield Page("", "chooser.html")
    yield Page("404.html", "404.html")
    # in URL order, not the families' (newest entries first): a new date moves no line of the sitemap
    keys = sorted(p.url.split("/", 1)[1] for p in language_pages if not p.context.get("noindex"))
    # above the limit, sitemap.xml is an index of parts, and a page added or removed renders its part only
    limit = min(settings.sitemap_urls, SITEMAP_URLS)
    per_file = max(1, limit // len(LANGUAGES))
    if len(keys) <= per_file:
        yield Page("sitemap.xml", "sitemap.xml", {"keys": keys})
    else:
        parts = {f"sitemap-{n + 1}.xml": members for n, members in sorted(sitemap_parts(keys, per_file).items())}
        for part, members in parts.items():
            yield Page(part, "sitemap.xml", {"keys": members})
        yield Page("sitemap.xml", "sitemap-index.xml", {"parts": list(parts)})
    yield Page("robots.txt", "robots.txt")
    yield Page(".nojekyll", "nojekyll.txt")
    yield Page("favicon.ico", f"{STATIC}favicon.ico")  # where browsers and crawlers look, whatever the page says


def sitemap_parts(keys: list[str], per_file: int) -> dict[int, list[str]]:
    """The non-empty parts of at most ``per_file`` keys each: ``shards`` of half a file each (a key's part
    depends only on it and the part count, so a key added or removed changes one part until the count changes),
    smaller while one overflows; down to shards of one key, keys whose hashes still collide are cut in order."""
    size = max(1, per_file // 2)
    while True:
        parts = shards(keys, size)
        if max(len(members) for members in parts.values()) <= per_file:
            return parts
        if size == 1:
            return dict(enumerate(keys[start : start + per_file] for start in range(0, len(keys), per_file)))
        size //= 2
