"""Per-language feeds of the latest entries, Atom and RSS: /{lang}/feed.atom and /{lang}/feed.rss.

``feed_pages`` makes the two feeds of any list of entries: every family with feeds calls it."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import LANGUAGES
from ..settings import DigestSettings
from .index import Site
from .render import Page
from .syndication import FORMATS

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.build.scheduler)


def feed_pages(
    base: str, lang: str, name: str | None, slugs: list[str], sources: tuple | None = None
) -> Iterable[Page]:
    """The feeds of ``slugs`` (newest first), one per format, at ``{base}feed.atom`` and ``{base}feed.rss`` beside
    the page ``base`` they follow; ``name``: what they follow (a company, a person), None for the whole site."""
    for kind in FORMATS:
        yield Page(
            f"{base}feed.{kind}",
            "feed.xml",
            {"format": kind, "name": name, "html_url": base, "slugs": slugs},
            lang,
            sources,
        )


def pages(site: Site, settings: DigestSettings) -> Iterable[Page]:
    for lang in LANGUAGES:
        yield from feed_pages(f"{lang}/", lang, None, site.slugs[: settings.feed_items])
