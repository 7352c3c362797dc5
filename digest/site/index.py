"""Every index the pages need, computed once in O(N) over the corpus.

No page scans the whole corpus: pages read these lists (already sorted newest
first) and slice them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import combinations

from ..content import Corpus
from ..model import LANGUAGES, Entity, Entry
from ..model.events import Event
from ..model.kinds import FOLDERS, KINDS  # noqa: F401 (the page families read them here)

NO_DATE = dt.date.min
RELATED_POOL = 50  # candidates read from each shared list when ranking related entries
TOP_COMENTIONS = 12


# the entry fields ``build`` reads (``reviewed``: whether the entry is published, unless the site shows every entry)
INDEXED = ("slug", "lang", "date", "companies", "people", "story", "events", "reviewed")


def indexed(entry: Entry) -> tuple:
    """What ``build`` reads of ``entry``: entries that differ in nothing else (a title, a summary) index alike."""
    return tuple(getattr(entry, name) for name in INDEXED)


def sort_key(entry: Entry) -> tuple:
    """Newest first, undated last, then by slug so the order is deterministic."""
    return (-(entry.date or NO_DATE).toordinal(), entry.slug, entry.lang)


@dataclass
class Story:
    id: str
    slugs: list[str]  # oldest first: the first is the first outlet to report it
    date: dt.date | None
    companies: list[str]
    people: list[str]
    events: list[Event] = field(default_factory=list)
    related: list[str] = field(default_factory=list)

    def most_reported_event(self) -> Event | None:
        """The fact most of its entries report (on a tie, the one they name first): a headline in every language.

        Not an article's main event (``model.events.main_event``, which ingest groups stories by): that one reads
        the article's title, a field the index does not read (``INDEXED``), so that editing a title never
        re-indexes the site; this one reads only the story's events and the entries that report them."""
        return max(self.events, key=lambda event: (len(event.sources), -event.position), default=None)


@dataclass
class Group:
    """What the home page lists: a story, or an entry that belongs to none."""

    story: Story | None
    slugs: list[str]
    date: dt.date | None


@dataclass
class Site:
    corpus: Corpus
    by_slug: dict[str, dict[str, Entry]]
    slugs: list[str]  # every slug, newest first
    mentions: dict[str, dict[str, list[str]]]  # kind -> entity id -> slugs newest first
    stories: dict[str, Story]
    events: list[Event]  # oldest first
    events_of: dict[str, dict[str, list[Event]]]  # kind -> entity id -> events oldest first
    comentions: dict[str, dict[str, list[tuple[str, str, int]]]]  # kind -> id -> (kind, id, count)
    groups: list[Group]  # home page groups, newest first
    events_by_slug: dict[str, list[Event]]  # the events each entry (any version) reports
    women: frozenset[str]  # person ids: see Corpus.women (asked here, before pages are rendered in forked processes)
    registry: dict[str, dict[str, Entity]]  # kind -> id -> the registry entities the site publishes
    waiting: tuple[str, ...]  # the files marked ``reviewed: false`` (entries and registry), as the editor knows them
    unreviewed: bool  # whether the site shows them (else they are held back: no page, link, feed item or event)
    _related: tuple = field(
        default=(None, []), repr=False, compare=False
    )  # the last ``related`` answer, with its question

    def __getstate__(self) -> dict:
        """A pickled site (the build cache's snapshot) keeps no answer computed from this build's index."""
        return {**self.__dict__, "_related": (None, [])}

    def entities(self, kind: str) -> dict[str, Entity]:
        """The published registry of ``kind``: an id missing from it is shown as a name, without a link."""
        return self.registry[kind]

    def shows(self, entry: Entry) -> bool:
        """Whether ``entry`` is published (or waits for review on a site that shows what waits)."""
        return self.unreviewed or entry.reviewed

    def entry(self, slug: str, lang: str) -> Entry:
        """The text shown at /{lang}/entries/{slug}/: its translation into lang when there is one."""
        return self.by_slug[slug].get(lang) or self.primary(slug)

    def primary(self, slug: str) -> Entry:
        """The version that carries the facts (date, story, entities): the first language present."""
        return _primary(self.by_slug[slug])

    def headline(self, slugs: list[str], lang: str) -> Entry:
        """The entry that heads a story in ``lang``: the earliest one readable in that language, else the earliest."""
        versions = [self.entry(slug, lang) for slug in slugs]
        return next((e for e in versions if e.lang == lang), versions[0])

    def name(self, kind: str, entity_id: str) -> str:
        entity = self.corpus.entities(kind).get(entity_id)  # a name held back for review is still its name
        return entity.name if entity else entity_id

    def related(self, slug: str, limit: int = 5, exclude: Iterable[str] = ()) -> list[str]:
        """Entries sharing the story (weight 3), people (2) or companies (1) with ``slug``, but ``exclude``."""
        key = (slug, limit, tuple(exclude))
        if self._related[0] != key:  # an entry's two language pages ask one after the other
            self._related = (key, self._rank(slug, limit, key[2]))
        return self._related[1]

    def _rank(self, slug: str, limit: int, exclude: Iterable[str]) -> list[str]:
        entry = self.primary(slug)
        scores: dict[str, int] = {}
        if entry.story and entry.story in self.stories:
            for other in self.stories[entry.story].slugs:
                scores[other] = scores.get(other, 0) + 3
        for kind, weight, ids in (("person", 2, entry.people), ("company", 1, entry.companies)):
            for entity_id in ids:
                for other in self.mentions[kind].get(entity_id, [])[:RELATED_POOL]:
                    scores[other] = scores.get(other, 0) + weight
        for other in (slug, *exclude):
            scores.pop(other, None)
        return _best(scores, self.order, limit)

    @cached_property
    def order(self) -> dict[str, int]:
        """Position of each slug in ``slugs`` (computed once, not once per entry page)."""
        return {s: i for i, s in enumerate(self.slugs)}


def _best(scores: dict[str, int], position: dict[str, int], limit: int) -> list[str]:
    """The ``limit`` keys with the highest score, ties by ``position``: only the best few scores are sorted."""
    by_score: dict[int, list[str]] = defaultdict(list)
    for key, score in scores.items():
        by_score[score].append(key)
    ranked: list[str] = []
    for score in sorted(by_score, reverse=True):
        ranked += sorted(by_score[score], key=position.__getitem__)
        if len(ranked) >= limit:
            break
    return ranked[:limit]


def _primary(versions: dict[str, Entry]) -> Entry:
    return next(versions[code] for code in LANGUAGES if code in versions)


def _events(entry: Entry) -> list[Event]:
    """The events ``entry`` reports (`digest check` reports malformed ones; the site shows those it can read)."""
    found = (Event.read(item, entry.date, entry.slug, position) for position, item in enumerate(entry.events))
    return [event for event in found if event is not None]


def build(corpus: Corpus, unreviewed: bool = False) -> Site:
    """Group and index the corpus in one pass (plus sorts). Entries and registry files marked ``reviewed: false``
    are held back (left out of every index) unless ``unreviewed``: an entry mentioning a held-back company or
    person names it without a link, and a story, feed or timeline is made of the published entries only."""
    by_slug: dict[str, dict[str, Entry]] = defaultdict(dict)
    waiting = []
    for entry in corpus.entries:
        if not entry.reviewed:
            waiting.append(corpus.label(entry.path))
            if not unreviewed:
                continue
        by_slug[entry.slug][entry.lang] = entry
    registry = {}
    for kind in KINDS:
        entities = corpus.entities(kind)
        waiting += [corpus.label(entity.path) for entity in entities.values() if not entity.reviewed]
        registry[kind] = entities if unreviewed else {i: entity for i, entity in entities.items() if entity.reviewed}
    by_slug = dict(by_slug)

    primary = {slug: _primary(versions) for slug, versions in by_slug.items()}.__getitem__

    slugs = sorted(by_slug, key=lambda s: sort_key(primary(s)))
    mentions: dict[str, dict[str, list[str]]] = {kind: defaultdict(list) for kind in KINDS}
    story_slugs: dict[str, list[str]] = defaultdict(list)
    pairs: dict[str, dict[str, Counter]] = {kind: defaultdict(Counter) for kind in KINDS}
    merged: dict[tuple, Event] = {}
    for slug in slugs:
        entry = primary(slug)
        tagged = [("company", c) for c in entry.companies] + [("person", p) for p in entry.people]
        for kind, entity_id in tagged:
            mentions[kind][entity_id].append(slug)
        for (k1, i1), (k2, i2) in combinations(tagged, 2):
            pairs[k1][i1][(k2, i2)] += 1
            pairs[k2][i2][(k1, i1)] += 1
        if entry.story:
            story_slugs[entry.story].append(slug)
        for version in by_slug[slug].values():
            for event in _events(version):
                known = merged.get(event.identity)
                merged[event.identity] = (
                    event
                    if known is None
                    else replace(
                        known,
                        sources=tuple(dict.fromkeys(known.sources + event.sources)),
                        position=min(known.position, event.position),
                    )
                )
    events = sorted(_without_repeats(merged.values()), key=Event.sort_key)
    events_of: dict[str, dict[str, list[Event]]] = {kind: defaultdict(list) for kind in KINDS}
    story_events: dict[str, list[Event]] = defaultdict(list)
    events_by_slug: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        for slug in event.sources:
            events_by_slug[slug].append(event)
        for kind, entity_id in dict.fromkeys(event.involves()):
            events_of[kind][entity_id].append(event)
        for story_id in dict.fromkeys(primary(s).story for s in event.sources if primary(s).story):
            story_events[story_id].append(event)

    stories = {}
    for story_id, members in story_slugs.items():
        members = members[::-1]  # oldest first
        dated = [primary(s).date for s in members if primary(s).date]
        companies = Counter(c for s in members for c in primary(s).companies)
        people = Counter(p for s in members for p in primary(s).people)
        stories[story_id] = Story(
            id=story_id,
            slugs=members,
            date=min(dated) if dated else None,
            companies=[c for c, _ in sorted(companies.items(), key=lambda kv: (-kv[1], kv[0]))],
            people=[p for p, _ in sorted(people.items(), key=lambda kv: (-kv[1], kv[0]))],
            events=story_events.get(story_id, []),
        )
    _relate_stories(stories)

    groups, seen = [], set()
    for slug in slugs:
        story_id = primary(slug).story
        if story_id in seen:
            continue
        if story_id:
            seen.add(story_id)
            story = stories[story_id]
            groups.append(Group(story, story.slugs[::-1], primary(slug).date))
        else:
            groups.append(Group(None, [slug], primary(slug).date))

    comentions = {
        kind: {
            entity_id: [
                (k, i, n) for (k, i), n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_COMENTIONS]
            ]
            for entity_id, counter in pairs[kind].items()
        }
        for kind in KINDS
    }
    return Site(
        corpus=corpus,
        by_slug=by_slug,
        slugs=slugs,
        mentions={kind: dict(v) for kind, v in mentions.items()},
        stories=stories,
        events=events,
        events_of={kind: dict(v) for kind, v in events_of.items()},
        comentions=comentions,
        groups=groups,
        events_by_slug=dict(events_by_slug),
        women=corpus.women,
        registry=registry,
        waiting=tuple(sorted(waiting)),
        unreviewed=unreviewed,
    )


def _covers(richer: Event, event: Event) -> bool:
    """``richer`` already says everything ``event`` says (same fact with more detail, or a leave told as a move)."""
    if richer.person != event.person or richer.date != event.date:
        return False
    if richer.type == event.type and richer.company == event.company:
        return all(getattr(event, f) in (None, getattr(richer, f)) for f in ("from_company", "role"))
    return not event.role and richer.type in event.kind.covered_by and richer.from_company == event.company


def _without_repeats(events) -> list[Event]:
    """One line per fact: drop events another one covers, keeping every source entry."""
    groups: dict[tuple, list[Event]] = defaultdict(list)
    for event in events:
        groups[(event.person, event.date)].append(event)
    kept_all = []
    for group in groups.values():
        kept: list[Event] = []
        for event in sorted(group, key=lambda e: (-(bool(e.from_company) + bool(e.role)), e.sort_key())):
            i = next((i for i, k in enumerate(kept) if _covers(k, event)), None)
            if i is None:
                kept.append(event)
            else:
                kept[i] = replace(kept[i], sources=tuple(dict.fromkeys(kept[i].sources + event.sources)))
        kept_all.extend(kept)
    return kept_all


def _relate_stories(stories: dict[str, Story], limit: int = 5) -> None:
    """Related stories share people (2) or companies (1); computed through an inverted index."""
    holders: dict[tuple[str, str], list[str]] = defaultdict(list)
    for story in stories.values():
        for person in story.people:
            holders[("person", person)].append(story.id)
        for company in story.companies:
            holders[("company", company)].append(story.id)
    by_date = sorted(stories.values(), key=lambda s: (-(s.date or NO_DATE).toordinal(), s.id))
    rank = {s.id: i for i, s in enumerate(by_date)}
    for members in holders.values():
        members.sort(key=rank.__getitem__)
    for story in stories.values():
        scores: dict[str, int] = {}
        for kind, ids, weight in (("person", story.people, 2), ("company", story.companies, 1)):
            for entity_id in ids:
                for other in holders[(kind, entity_id)][:RELATED_POOL]:
                    scores[other] = scores.get(other, 0) + weight
        scores.pop(story.id, None)
        story.related = _best(scores, rank, limit)
