"""The timeline: every event newest first, and its views filtered by year, by kind of move and by company or person.

/{lang}/timeline/ shows the largest flows between companies, the filters and the newest events; each view is a
static page, paginated so that none grows with the corpus: /{lang}/timeline/2025/, /{lang}/timeline/kind/leaves/,
/{lang}/timeline/companies/openai/ (for an entity with more events than its own page shows), then .../page/2/.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..model import LANGUAGES
from ..model.events import TYPES
from ..settings import DigestSettings
from . import flows
from .entities import ON_PAGE, timeline_url
from .index import KINDS, Event, Site
from .render import Page, page_url, paginate

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.build.scheduler)

PER_PAGE = 100  # events on a page of a view: about 40 kB
LATEST = 40  # the newest events on the timeline's first page
UNDATED = "undated"


def pages(site: Site, settings: DigestSettings) -> Iterable[Page]:
    newest = site.events[::-1]
    by_year: dict[int | None, list[Event]] = defaultdict(list)
    by_kind: dict[str, list[Event]] = defaultdict(list)
    for event in newest:
        by_year[event.date.year if event.date else None].append(event)
        by_kind[event.type].append(event)
    years = [(year, f"timeline/{year or UNDATED}/", len(events)) for year, events in by_year.items()]
    kinds = [(kind, f"timeline/kind/{kind}/", len(by_kind[kind])) for kind in TYPES if kind in by_kind]
    filters = {"years": years, "kinds": kinds}
    moves = [(e.from_company, e.company) for e in site.events if e.person and e.kind.affiliation == "opens"]
    chart = flows.site_chart(moves)
    for lang in LANGUAGES:
        yield Page(
            f"{lang}/timeline/",
            "timeline.html",
            {
                **filters,
                "view": None,
                "chart": chart,
                "events": newest[:LATEST],
                "total": len(newest),
                "number": 1,
                "count": 1,
                "page_urls": [f"{lang}/timeline/"],
            },
            lang,
        )
    views = [(("year", year), by_year[year], url) for year, url, _ in years]
    views += [(("kind", kind), by_kind[kind], url) for kind, url, _ in kinds]
    for kind in KINDS:
        registry = site.entities(kind)
        for entity_id, events in sorted(site.events_of[kind].items()):
            if entity_id in registry and len(events) > ON_PAGE:
                views.append(((kind, registry[entity_id]), events[::-1], timeline_url(kind, entity_id)))
    for view, events, url in views:
        for lang in LANGUAGES:
            chunks = list(paginate(events, PER_PAGE))
            urls = [page_url(f"{lang}/{url}", number) for number, _, _ in chunks]
            for (number, count, chunk), page in zip(chunks, urls, strict=False):
                yield Page(
                    page,
                    "timeline.html",
                    {
                        **filters,
                        "view": view,
                        "chart": None,
                        "events": chunk,
                        "total": len(events),
                        "number": number,
                        "count": count,
                        "page_urls": urls,
                    },
                    lang,
                )
