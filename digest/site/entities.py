"""Company and person pages: indexes with counts, one page per registry file (paginated), an Atom feed each."""

from __future__ import annotations

from typing import Iterable

from ..model import LANGUAGES
from ..settings import DigestSettings
from .feeds import feed_pages
from .index import FOLDERS, KINDS, Site
from .render import Page, page_url, paginate

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.build.scheduler)

IN_TYPES = {"joins", "hired", "appointed", "founds"}
OUT_TYPES = {"leaves", "fired"}


def moves(site: Site, entity_id: str) -> tuple[list, list]:
    """A company's moves in (people joining, hired, appointed) and out (leaving, fired, poached)."""
    moves_in, moves_out = [], []
    for event in site.events_of["company"].get(entity_id, []):
        if not event.person:
            continue
        if event.company == entity_id and event.type in IN_TYPES:
            moves_in.append(event)
        if (event.company == entity_id and event.type in OUT_TYPES) or event.from_company == entity_id:
            moves_out.append(event)
    return moves_in, moves_out


def pages(site: Site, settings: DigestSettings) -> Iterable[Page]:
    size, feed_size = settings.pagination, settings.feed_items
    for kind in KINDS:
        folder = FOLDERS[kind]
        registry = site.entities(kind)
        counts = sorted(((entity, len(site.mentions[kind].get(entity.id, []))) for entity in registry.values()),
                        key=lambda item: (-item[1], item[0].name.casefold(), item[0].id))
        for lang in LANGUAGES:
            yield Page(f"{lang}/{folder}/", "entities.html", {"kind": kind, "counts": counts}, lang)
        for entity in sorted(registry.values(), key=lambda e: e.id):
            slugs = site.mentions[kind].get(entity.id, [])
            listed = ("mentions", kind, entity.id)
            sources = (listed, ("events_of", kind, entity.id), ("comentions", kind, entity.id))
            common = {
                "kind": kind, "entity": entity, "total": len(slugs),
                "events": site.events_of[kind].get(entity.id, []),
                "comentions": site.comentions[kind].get(entity.id, []),
                "moves": moves(site, entity.id) if kind == "company" else ([], []),
            }
            for lang in LANGUAGES:
                base = f"{lang}/{folder}/{entity.id}/"
                chunks = list(paginate(slugs, size))
                urls = [page_url(base, number) for number, _, _ in chunks]  # shared by the entity's pages
                for (number, count, chunk), url in zip(chunks, urls):
                    yield Page(url, "entity.html", {
                        **common, "slugs": chunk, "number": number, "count": count, "page_urls": urls,
                    }, lang, sources)
                yield from feed_pages(base, lang, entity.name, slugs[:feed_size], (listed,))
