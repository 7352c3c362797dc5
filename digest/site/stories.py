"""Story pages: one story across outlets and languages, /{lang}/stories/<id>/."""

from __future__ import annotations

from typing import Iterable

from ..model import LANGUAGES
from .index import Site
from .render import Page


def headline(site: Site, story, lang: str):
    """The entry whose title and summary head the story in ``lang``: the first in that language, else the first."""
    versions = [site.entry(slug, lang) for slug in story.slugs]
    return next((e for e in versions if e.lang == lang), versions[0])


def pages(site: Site, settings: dict) -> Iterable[Page]:
    for story_id in sorted(site.stories):
        story = site.stories[story_id]
        first = site.primary(story.slugs[0])
        for lang in LANGUAGES:
            yield Page(f"{lang}/stories/{story_id}/", "story.html", {
                "story": story, "lead": headline(site, story, lang), "first": first,
                "related": [site.stories[s] for s in story.related],
            }, lang)
