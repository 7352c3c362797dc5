"""Story pages: one story across outlets and languages, /{lang}/stories/<id>/."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import LANGUAGES
from ..settings import DigestSettings
from .index import Site
from .render import Page

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.build.scheduler)


def pages(site: Site, settings: DigestSettings) -> Iterable[Page]:
    for story_id in sorted(site.stories):
        story = site.stories[story_id]
        first = site.primary(story.slugs[0])
        sources = (
            ("stories", story_id),
            *(("by_slug", s) for s in story.slugs),
            *(("stories", s) for s in story.related),
        )
        for lang in LANGUAGES:
            yield Page(
                f"{lang}/stories/{story_id}/",
                "story.html",
                {
                    "story": story,
                    "lead": site.headline(story.slugs, lang),
                    "first": first,
                    "related": [site.stories[s] for s in story.related],
                },
                lang,
                sources,
            )
