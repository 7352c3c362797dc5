"""Company and person pages: indexes (``indexes``), one page per registry file (paginated), an Atom feed each.

A company's page draws its talent flow (``flows``), a person's their career (``careers``: the registry's
affiliations and the moves); each shows its newest
events and links to its own timeline (made by ``timeline``) when it has more.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import LANGUAGES
from ..settings import DigestSettings
from . import careers, flows, indexes
from .feeds import feed_pages
from .index import FOLDERS, KINDS, Site
from .render import Page, page_url, paginate

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.build.scheduler)

ON_PAGE = 10  # the newest events an entity's page shows; with more, its own timeline has them all


def timeline_url(kind: str, entity_id: str) -> str:
    """The entity's own timeline, under /{lang}/ (made for an entity with more than ``ON_PAGE`` events)."""
    return f"timeline/{FOLDERS[kind]}/{entity_id}/"


def moves(site: Site, entity_id: str) -> tuple[list, list]:
    """A company's moves in (people joining, hired, appointed) and out (leaving, fired, poached)."""
    moves_in, moves_out = [], []
    for event in site.events_of["company"].get(entity_id, []):
        if not event.person:
            continue
        if event.company == entity_id and event.kind.affiliation == "opens":
            moves_in.append(event)
        if (event.company == entity_id and event.kind.affiliation == "closes") or event.from_company == entity_id:
            moves_out.append(event)
    return moves_in, moves_out


def chart(site: Site, company: str) -> flows.Chart | None:
    """The company's talent flow: where its arrivals came from, where its departures went."""
    moves_in, moves_out = moves(site, company)
    return flows.company_chart(
        company,
        [(e.person, e.from_company) for e in moves_in],
        [(e.person, e.company if e.from_company == company else None) for e in moves_out],
    )


def pages(site: Site, settings: DigestSettings) -> Iterable[Page]:
    size, feed_size = settings.pagination, settings.feed_items
    for kind in KINDS:
        folder = FOLDERS[kind]
        registry = site.entities(kind)
        yield from indexes.pages(site, kind)
        for entity in sorted(registry.values(), key=lambda e: e.id):
            slugs = site.mentions[kind].get(entity.id, [])
            listed = ("mentions", kind, entity.id)
            sources = (listed, ("events_of", kind, entity.id), ("comentions", kind, entity.id))
            events = site.events_of[kind].get(entity.id, [])
            common = {
                "kind": kind,
                "entity": entity,
                "total": len(slugs),
                "events": events[: -ON_PAGE - 1 : -1],
                "all_events": len(events),
                "timeline": timeline_url(kind, entity.id) if len(events) > ON_PAGE else None,
                "comentions": site.comentions[kind].get(entity.id, []),
                "chart": chart(site, entity.id) if kind == "company" else None,
                "career": careers.strip(careers.merged(careers.spans(events), entity.affiliations))
                if kind == "person"
                else None,
            }
            for lang in LANGUAGES:
                base = f"{lang}/{folder}/{entity.id}/"
                chunks = list(paginate(slugs, size))
                urls = [page_url(base, number) for number, _, _ in chunks]  # shared by the entity's pages
                for (number, count, chunk), url in zip(chunks, urls, strict=False):
                    yield Page(
                        url,
                        "entity.html",
                        {
                            **common,
                            "slugs": chunk,
                            "number": number,
                            "count": count,
                            "page_urls": urls,
                        },
                        lang,
                        sources,
                    )
                yield from feed_pages(base, lang, entity.name, slugs[:feed_size], (listed,))
