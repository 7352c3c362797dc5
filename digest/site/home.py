"""Home pages: latest stories with their entries, most-mentioned companies and people."""

from __future__ import annotations

import heapq
from collections.abc import Iterable

from ..model import LANGUAGES
from ..settings import DigestSettings
from .index import KINDS, Site
from .render import Page

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.build.scheduler)


def top(site: Site, kind: str, k: int) -> list[tuple[object, int]]:
    """The k most-mentioned registry entities of ``kind`` (ties by name), without sorting them all."""
    registry = site.entities(kind)
    counts = ((len(slugs), entity_id) for entity_id, slugs in site.mentions[kind].items() if entity_id in registry)
    best = heapq.nsmallest(k, counts, key=lambda item: (-item[0], registry[item[1]].name.casefold()))
    return [(registry[entity_id], count) for count, entity_id in best]


def pages(site: Site, settings: DigestSettings) -> Iterable[Page]:
    groups = site.groups[: settings.home_stories]
    tops = {kind: top(site, kind, settings.home_entities) for kind in KINDS}
    for lang in LANGUAGES:
        yield Page(f"{lang}/", "home.html", {"groups": groups, "tops": tops}, lang)
