"""Entry pages: /{lang}/entries/<slug>/ for every slug, in both languages."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import LANGUAGES
from ..settings import DigestSettings
from .index import Site
from .render import Page

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.build.scheduler)


def pages(site: Site, settings: DigestSettings) -> Iterable[Page]:
    for slug in site.slugs:
        primary = site.primary(slug)
        story = site.stories.get(primary.story) if primary.story else None
        siblings = [s for s in story.slugs if s != slug] if story else []
        sources = (("by_slug", slug), ("stories", primary.story), ("events_by_slug", slug))
        for lang in LANGUAGES:
            yield Page(
                f"{lang}/entries/{slug}/",
                "entry.html",
                {
                    "entry": site.entry(slug, lang),
                    "primary": primary,
                    "story": story,
                    "siblings": siblings,
                    "related_limit": settings.related,
                    "events": site.events_by_slug.get(slug, []),
                    "versions": site.by_slug[slug],
                },
                lang,
                sources,
            )
