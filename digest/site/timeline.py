"""The timeline: every event, newest first, grouped by year: /{lang}/timeline/."""

from __future__ import annotations

from itertools import groupby
from typing import Iterable

from ..model import LANGUAGES
from ..settings import DigestSettings
from .index import Site
from .render import Page

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.build.scheduler)


def pages(site: Site, settings: DigestSettings) -> Iterable[Page]:
    newest_first = site.events[::-1]
    years = [(year, list(events)) for year, events in groupby(newest_first, key=lambda e: e.date.year if e.date else None)]
    for lang in LANGUAGES:
        yield Page(f"{lang}/timeline/", "timeline.html", {"years": years}, lang)
