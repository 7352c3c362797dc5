"""Weekly editions: every ISO week with entries, /{lang}/editions/2024-W42/ (and its e-mail version, email.html),
the editions index by year, /{lang}/editions/, and the editions feeds.

An edition's context is made from the site's indexes (the week's stories and entries, the events they report, the
companies and people they name) and from the editor's introduction to the week, if any (``content/editions``); the
stories are ranked by coverage while the page renders (``coverage.ranked``), so an edit to an entry renders the
edition of its week, and a new week the index and the two neighbouring editions.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby

from ..introductions import Introduction, monday, week_of
from ..model import LANGUAGES
from ..settings import DigestSettings
from .index import KINDS, Event, Site, Story
from .render import Page

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.build.scheduler)
EMAIL_STORIES = 12  # stories in the e-mail version (the whole week is a link away): keeps it well under 100 kB
TOP_ENTITIES = 12  # companies and people of the week, each


@dataclass
class Group:
    """A story of the week (its entries of that week, oldest first), or an entry that belongs to no story."""

    story: Story | None
    slugs: list[str]
    date: dt.date


@dataclass
class Edition:
    week: str  # "2024-W42"
    monday: dt.date
    slugs: list[str]  # the week's entries, newest first
    groups: list[Group]  # in a stable order: the page ranks them (see coverage.ranked)
    events: list[Event]  # what the week's entries report, oldest first
    entities: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # kind -> (id, entries) most first

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)


def weeks(site: Site) -> dict[str, list[str]]:
    """Each ISO week that has dated entries (an edition's, and its page's address) → its entries, newest first."""
    found: dict[str, list[str]] = {}
    for slug in site.slugs:  # newest first
        date = site.primary(slug).date
        if date is not None:
            found.setdefault(week_of(date), []).append(slug)
    return found


def editions(site: Site) -> list[Edition]:
    """One edition per ISO week that has dated entries, oldest first."""
    return [_edition(site, week, slugs) for week, slugs in sorted(weeks(site).items())]


def _edition(site: Site, week: str, slugs: list[str]) -> Edition:
    groups: dict[str, Group] = {}
    counts = {kind: Counter() for kind in KINDS}
    for slug in reversed(slugs):  # oldest first
        entry = site.primary(slug)
        key = entry.story or f"/{slug}"  # a story id never starts with "/"
        if key in groups:
            groups[key].slugs.append(slug)
            groups[key].date = max(groups[key].date, entry.date)
        else:
            groups[key] = Group(site.stories.get(entry.story) if entry.story else None, [slug], entry.date)
        counts["company"].update(entry.companies)
        counts["person"].update(entry.people)
    events = {event.identity: event for slug in slugs for event in site.events_by_slug.get(slug, ())}
    entities = {
        kind: sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:TOP_ENTITIES]
        for kind, counter in counts.items()
    }
    return Edition(
        week,
        monday(week),
        slugs,
        [groups[key] for key in sorted(groups)],
        sorted(events.values(), key=Event.sort_key),
        entities,
    )


def introductions(site: Site) -> dict[str, dict[str, Introduction]]:
    """The editor's introductions: week -> language -> introduction."""
    found: dict[str, dict[str, Introduction]] = {}
    for introduction in site.corpus.introductions:
        found.setdefault(introduction.week, {})[introduction.lang] = introduction
    return found


def introduction_in(written: dict[str, Introduction], lang: str) -> Introduction | None:
    """The introduction shown in ``lang``: its own, else the one in the other language (shown marked)."""
    return written.get(lang) or next((written[code] for code in LANGUAGES if code in written), None)


@dataclass
class Listed:
    """An edition on the index and in the feed: what it shows without its stories."""

    week: str
    monday: dt.date
    entries: int
    stories: int
    introduction: Introduction | None

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)

    @property
    def published(self) -> dt.datetime:
        """When the edition's week ends: its date in the feeds (never the clock: a build is deterministic)."""
        return dt.datetime.combine(self.sunday, dt.time(), dt.UTC)


def pages(site: Site, settings: DigestSettings) -> Iterable[Page]:
    made = editions(site)
    by_week = {edition.week: edition for edition in made}
    written = introductions(site)
    weeks = [edition.week for edition in made]
    for lang in LANGUAGES:
        listed = [
            Listed(e.week, e.monday, len(e.slugs), len(e.groups), introduction_in(written.get(e.week, {}), lang))
            for e in made[::-1]
        ]  # newest first
        years = [(year, list(items)) for year, items in groupby(listed, key=lambda item: int(item.week[:4]))]
        yield Page(f"{lang}/editions/", "editions.html", {"years": years}, lang)
        for kind in ("atom", "rss"):
            shown = listed[: settings.feed_items]
            yield Page(
                f"{lang}/editions/feed.{kind}",
                "editions-feed.xml",
                {
                    "format": kind,
                    "items": shown,
                    "editions": {item.week: by_week[item.week] for item in shown},
                },
                lang,
            )
    for i, edition in enumerate(made):
        neighbours = {"previous": weeks[i - 1] if i else None, "next": weeks[i + 1] if i + 1 < len(weeks) else None}
        for lang in LANGUAGES:
            context = {
                "edition": edition,
                **neighbours,
                "introduction": introduction_in(written.get(edition.week, {}), lang),
            }
            base = f"{lang}/editions/{edition.week}/"
            yield Page(base, "edition.html", context, lang)
            # a rendition for newsletters, not a page for search engines: out of the sitemap, marked noindex
            yield Page(
                f"{base}email.html", "email.html", {**context, "email_stories": EMAIL_STORIES, "noindex": True}, lang
            )
