"""Group entries into stories: one real-world event, across outlets and languages.

Entities and events are language-neutral, so grouping uses them and dates, never words. Two entries
are the same story when their main events concern the same people (or company) and the same fact (joining,
leaving, an appointment, a founding, a release, a funding round, a purchase, at the same company), with dates,
when both have one, within a few weeks, two rounds' amounts alike and one buyer's purchases of the same company; a
start-up's launch is one fact whether an article leads with its founders or with the round announced with it.
Entries without events fall back to shared people and companies. An entry joins a story only when it contradicts
none of its members: an undated entry never chains dated ones that are far apart, nor one round two others of
another amount. A new entry is compared only with
the entries that share one of its subjects (an inverted index), so the cost per entry grows with the number
of entries about the same people, not with the corpus size.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ..model.events import TYPES, in_headline
from ..registry import slug
from .story_actors import named_alike
from .story_headlines import headline_tied, headlined, headlines_agree, off_headline, roundup
from .story_leads import grouping, main_event
from .story_slots import (
    SAME_WEEK,
    WINDOW,
    alike,
    background,
    close,
    date_of,
    gap,
    ids_of,
    in_year,
    misread_company,
    one_company_two_names,
    other_round,
    overlap,
    two_moves,
)

NAMES_WINDOW = dt.timedelta(days=3)  # reports of one event told by names alone: the same days


def lead(item: dict) -> tuple[set[str], set[tuple[str, str]], list[dict]]:
    """Who the story is about and what happened to them: the main event's people (those who share its fact:
    the co-founders hired together), or its company; the facts (class, company) of those subjects; their events."""
    event = main_event(item)
    if event is None:
        return set(), set(), []
    events = [
        e
        for e in item["events"]
        if isinstance(e, dict)
        and e.get("type") in TYPES
        and isinstance(e.get("company"), str)
        and (e.get("person") is None or isinstance(e.get("person"), str))
    ]
    fact = (TYPES[event["type"]].story_fact, event.get("company"))
    if event.get("person"):
        subjects = {
            e["person"]
            for e in events
            if isinstance(e.get("person"), str) and (TYPES[e["type"]].story_fact, e["company"]) == fact
        }
        mine = [e for e in events if e.get("person") in subjects]
    else:
        subjects, mine = (
            {event["company"]},
            [e for e in events if not e.get("person") and e["company"] == event["company"]],
        )
    facts = {(TYPES[e["type"]].story_fact, e["company"]) for e in mine}
    if _founding(item) == event["company"]:  # a start-up launched with its first round: the launch is the fact too
        facts.add((TYPES["founds"].story_fact, event["company"]))
    return subjects, facts, mine


def _same_facts(a: dict, b: dict, facts_a, facts_b, events_a, events_b) -> bool:
    """One fact told twice: a shared (class, company), between articles leading with news of one company when one
    is undated (a launch recalling the founder's departure months before is not that departure's story), or an
    appointment and a hire at the same company within a week of each other (a hire three weeks later is another
    step), or, when one is undated, told with mostly the same names (background organisations left out); two rounds
    of one company are one only when their amounts agree (or cannot be compared), two releases when their products
    do."""
    shared = facts_a & facts_b
    if shared and not (date_of(a) and date_of(b)) and _lead_company(a) != _lead_company(b):
        return False
    if shared and not shared & {_lead_fact(a), _lead_fact(b)}:
        return False  # both recall the same earlier fact as background, each leading with another of its own
    if shared and _lead_fact(a) != _lead_fact(b) and not _same_news(a, b):
        return False  # a later step (an appointment weeks after the return, a round after a release) recalls it
    if not shared:
        near = (
            gap(date_of(a), date_of(b)) <= SAME_WEEK
            if date_of(a) and date_of(b)
            else overlap(a, b, background(a, b)) >= 0.6
        )
        pairs = {("in", "appointed"), ("appointed", "in")}
        return bool(near) and any((x, y) in pairs and ca == cb for x, ca in facts_a for y, cb in facts_b)
    return not _told_apart(a, b, shared, events_a, events_b)


def _same_news(a: dict, b: dict) -> bool:
    """Whether two articles leading with different facts could tell one news: of the same week, or, when one is
    undated, naming mostly the same people and companies (background organisations left out)."""
    if date_of(a) and date_of(b):
        return close(a, b, SAME_WEEK)
    return overlap(a, b, background(a, b)) >= 0.6


def _told_apart(a: dict, b: dict, shared: set[tuple[str, str]], events_a: list[dict], events_b: list[dict]) -> bool:
    """Whether the facts two articles share are each told with slots that disagree: two rounds, two releases. When
    both lead with the same fact, their main events are compared (a round's article recalling the company's earlier
    round, of the other article's amount, is not that round's story)."""
    lead_a, lead_b = main_event(a), main_event(b)
    if lead_a and lead_b and _lead_fact(a) == _lead_fact(b):
        events_a, events_b = [lead_a], [lead_b]
    return bool(shared) and not any(alike(fact, company, (a, events_a), (b, events_b)) for fact, company in shared)


def same_story(a: dict, b: dict) -> bool:
    """Same subjects and the same fact, dates (when both have one) within the window; an article without a
    recognised event joins one whose subject is its protagonist, with most names shared; two without events
    need the same protagonist, most names shared (of the same week: the organisations only one names left out) and,
    when undated, even more of them, or headlines naming the same person and company (``story_headlines``); two
    that differ only in the company they lead with are one story when each names both
    (``story_slots.misread_company``), or name one company two ways (``one_company_two_names``)."""
    if not close(a, b) or roundup(a) or roundup(b) or _two_moves(a, b):
        return False  # a column or a digest is its headline's story, not one of its items'
    told_a, told_b = (a, main_event(a)), (b, main_event(b))
    if misread_company(told_a, told_b, background(a, b)) or one_company_two_names(told_a, told_b):
        return True
    (subjects_a, facts_a, events_a), (subjects_b, facts_b, events_b) = lead(a), lead(b)
    if subjects_a and subjects_b:
        shared = bool(subjects_a & subjects_b) and _leads_named(a, b)
        unconfirmed = off_headline(*told_a) or off_headline(*told_b)  # a headline telling another's news
        if (
            (shared or _founding(a) == _founding(b) is not None)
            and not unconfirmed
            and _same_facts(a, b, facts_a, facts_b, events_a, events_b)
        ):
            return True
        if not (date_of(a) and date_of(b)) and _told_apart(a, b, facts_a & facts_b, events_a, events_b):
            return False  # only the same days let names outweigh slots read apart (amounts are read less surely)
        return _told_differently(a, b)
    if subjects_a or subjects_b:
        subjects, other, events = (subjects_a, b, events_a) if subjects_a else (subjects_b, a, events_b)
        people, companies = ids_of(other, "people"), ids_of(other, "companies")
        protagonist = subjects & set(people[:1] or companies[:1])
        # one that leads with people may tell their company's news (a thread on a lab's release names its
        # researchers first): its first company is the protagonist too when most names are shared
        if not protagonist and people and overlap(a, b) >= 0.6:
            protagonist = subjects & set(companies[:1])
        told = a if other is b else b
        if not protagonist and people and not events[0].get("person") and people[0] in ids_of(told, "people"):
            protagonist = subjects  # a company's news, and an article on the person it names first (the lab's head)
        if not protagonist:  # the headline weighs more than who is named first (a quoted recruiter, a predecessor)
            protagonist = subjects & headlined(other, main_event(told))
        if not protagonist or overlap(a, b) < 0.4 and not headline_tied(other, main_event(told)):
            return False
        # a company's news is joined by an article that names it first only when its headline names the company
        # too, or it shares a person: big companies are named first by many articles about something else
        return (
            bool(people)
            and bool(set(people) & set(ids_of(told, "people")))
            or all(
                in_headline(c, f"-{slug(other['title'])}-" if isinstance(other.get("title"), str) else "", c in people)
                for c in protagonist
            )
        )
    if date_of(a) and date_of(b):
        if not close(a, b, SAME_WEEK):
            return False
        return headlines_agree(a, b) or _subject(a) == _subject(b) and overlap(a, b, background(a, b)) >= 0.5
    return headlines_agree(a, b) or _subject(a) == _subject(b) and overlap(a, b) >= 0.6


def named_together(a: dict, b: dict) -> bool:
    """Articles whose events could not tie them, naming the same actors of two kinds, each what the other leads with
    (``story_actors.named_alike``): one story when their events tie them once a year misread on the same day and
    month is read alike, or when they are of the same days or, one undated, share a round's amount or a product, and
    nothing tells them apart: main events of two kinds of fact, a person's two moves, one fact's slots that disagree
    (two rounds, two releases)."""
    da, db = date_of(a), date_of(b)
    if da and db and gap(da, db, slipped=True) > NAMES_WINDOW or roundup(a) or roundup(b):
        return False
    event_a, event_b = main_event(a), main_event(b)
    kinds = named_alike((a, event_a), (b, event_b))
    if len(kinds) < 2 or not (da and db or kinds & {"amount", "product"}):
        return False
    misread_year = da and db and gap(da, db, slipped=True) < gap(da, db)
    if misread_year and same_story({**a, "date": in_year(da, db.year).isoformat()}, b):
        return True  # told the same days once the year is read alike: the events decide, as for any two articles
    if event_a and event_b and TYPES[event_a["type"]].story_fact != TYPES[event_b["type"]].story_fact:
        return False
    (_, facts_a, events_a), (_, facts_b, events_b) = lead(a), lead(b)
    return not (_two_moves(a, b) or _told_apart(a, b, facts_a & facts_b, events_a, events_b))


def _two_moves(a: dict, b: dict) -> bool:
    """Whether two articles lead with two moves of people they share (``story_slots.two_moves``)."""
    event_a, event_b = main_event(a), main_event(b)
    return bool(event_a and event_b and lead(a)[0] & lead(b)[0]) and two_moves((a, event_a), (b, event_b))


def _names(item: dict) -> set[str]:
    return set(ids_of(item, "people") + ids_of(item, "companies"))


def _leads_named(a: dict, b: dict) -> bool:
    """Each article's lead is named by the other: articles on people leaving together name them all, while one
    that recalls an earlier departure from the same company as background is not that departure's story."""
    names_a, names_b = _names(a), _names(b)
    return _subject(a) in names_b and _subject(b) in names_a


def _told_differently(a: dict, b: dict) -> bool:
    """Two outlets may lead with different facts of one event (the round, or the investor's bet; the founding,
    or the founder's departure; a filing leading with the successor, a report with the one who leaves): most names
    shared (background left out when they are of the same days), and a protagonist named by the other article (both,
    when one of them is undated: it could be months apart)."""
    da, db = date_of(a), date_of(b)
    names_a, names_b = _names(a), _names(b)
    if da and db:  # the same days: one protagonist named by the other article is enough
        return (
            gap(da, db) <= dt.timedelta(days=2)
            and overlap(a, b, background(a, b)) >= 0.5
            and (_subject(a) in names_b or _subject(b) in names_a)
        )
    if not (da or db):  # two undated articles with different leads could be months apart
        return False
    # one undated: more names shared, and each protagonist named by the other
    return overlap(a, b) >= 0.6 and _subject(a) in names_b and _subject(b) in names_a


def _founding(item: dict) -> str | None:
    """The company whose founding the article is about: a company is founded once, whichever co-founder
    each article puts first, and whether the article leads with the launch or with the first round the start-up
    announces with it (an article about a round that also tells who founded the company)."""
    event = main_event(item)
    if event is None:
        return None
    if event["type"] == "founds":
        return event["company"]
    told = [e for e in item["events"] if isinstance(e, dict) and e.get("type") == "founds"]
    launched = event["type"] == "funding" and any(e.get("company") == event["company"] for e in told)
    return event["company"] if launched else None


def story_id(item: dict) -> str:
    """A readable id from the main event: ``bubeck-joins-openai-2024-10``, ``acme-acquires-nova-2025-04``; else
    from the title."""
    event = main_event(item)
    when = date_of(item)
    month = when.strftime("%Y-%m") if when else ""
    if event:
        who = (event.get("person") or "").split("-")[-1] or None
        # a purchase names what was bought too: "acme-acquires-nova", not one id per buyer and month
        parts = (
            [who, event["type"], event.get("company")]
            if who
            else [event.get("company"), event["type"], event.get("from_company")]
        )
    elif _names(item):  # no event: the protagonist's surname and the first company
        people, companies = ids_of(item, "people"), ids_of(item, "companies")
        parts = [people[0].split("-")[-1]] if people else []
        parts += companies[:1]
    else:
        parts = slug(item.get("title") or item.get("slug") or "story").split("-")[:5]
    return "-".join(p for p in [*parts, month] if p)


def _lead_fact(item: dict) -> tuple[str, str] | None:
    """The (class, company) of the article's main event."""
    event = main_event(item)
    return (TYPES[event["type"]].story_fact, event["company"]) if event else None


def _lead_company(item: dict) -> str | None:
    """The company of the article's main event: where the person it leads with goes, leaves, or what was founded."""
    event = main_event(item)
    return event.get("company") if event else None


def _subject(item: dict) -> str | None:
    """Whom the story is about: the main event's person or company, else the first person (or company) named."""
    event = main_event(item)
    if event:
        return event.get("person") or event.get("company")
    return (ids_of(item, "people") or ids_of(item, "companies") or [None])[0]


def _keys(item: dict) -> set[str]:
    """Index keys of an item: its main event's subjects, its protagonist (an article without an event is
    found by the protagonist of one that has), its first people and companies, and the company it reports
    the founding of."""
    people, companies = ids_of(item, "people"), ids_of(item, "companies")
    # the first names of the article too, so that an outlet leading with another fact of the event is compared
    return {k for k in (*lead(item)[0], _subject(item), *people[:2], *companies[:3], _founding(item)) if k}


def _months(item: dict) -> list[str]:
    """Month buckets where a same-story entry can sit: the item's month and its neighbours (the window is
    three weeks), the same months of the years before and after (a year misread: ``named_together``), or every
    bucket ("*") for an undated item."""
    when = date_of(item)
    if when is None:
        return ["*"]
    first = when.replace(day=1)
    months = [(first - dt.timedelta(days=1)).replace(day=1), first, (first + dt.timedelta(days=32)).replace(day=1)]
    return [m.replace(year=m.year + shift).strftime("%Y-%m") for shift in (0, -1, 1) for m in months]


def _fits(item: dict, dates: list, members: list[dict], slipped: bool = False) -> bool:
    """An item joins a story only when it contradicts none of its members: a dated item within the window of every
    dated member (an undated article of a story must not chain two rounds a year apart into one; when ``slipped``, a
    year misread on the same day and month is no gap: ``story_slots.gap``), and no round of
    a company that a member reports with another amount, unless the two tell it the same days with most names
    shared (amounts are read less surely than names: an investor's share, a conversion)."""
    when = date_of(item)
    return (when is None or all(gap(when, d, slipped) <= WINDOW for d in dates)) and not any(
        other_round(item, member) and not _told_differently(item, member) for member in members
    )


def assign(batch: list[dict], corpus: list[dict] = ()) -> list[str]:
    """Story ids for ``batch``; an item joins a corpus or batch story when ``same_story``, else gets a new id.
    Items that already have a story (corpus entries, re-ingested entries) keep it: an editor's choice wins.

    Entries are indexed by subjects and month, so an item is compared only with entries about the same
    people or company from the same weeks: cost per item ~ the number of such entries, not N."""
    with grouping():  # each item's main event worked out once, not once per pair compared
        return _assign(batch, corpus)


def _assign(batch: list[dict], corpus: list[dict]) -> list[str]:
    index: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))  # subject -> month -> items
    items: list[dict] = []
    ids: list[str] = []
    used = set()

    spans: dict[str, list] = defaultdict(list)  # story -> its dated members' dates
    members: dict[str, list[dict]] = defaultdict(list)

    def remember(item, story):
        items.append(item)
        ids.append(story)
        used.add(story)
        members[story].append(item)
        when = date_of(item)
        if when:
            spans[story].append(when)
        for key in _keys(item):
            index[key][when.strftime("%Y-%m") if when else "undated"].append(len(items) - 1)

    def candidates(item):
        months = _months(item)
        found = set()
        for key in _keys(item):
            buckets = index.get(key, {})
            found.update(
                n
                for month in (list(buckets) if months == ["*"] else [*months, "undated"])
                for n in buckets.get(month, ())
            )
        return sorted(found)

    for item in corpus:
        if item.get("story"):
            remember(item, item["story"])
    result = []
    for item in batch:
        found = candidates(item)
        story = item.get("story") or next(
            (ids[n] for n in found if same_story(item, items[n]) and _fits(item, spans[ids[n]], members[ids[n]])),
            None,
        )
        if story is None:  # names alone join an article only to the one story they point to
            named = {
                ids[n]
                for n in found
                if named_together(item, items[n]) and _fits(item, spans[ids[n]], members[ids[n]], slipped=True)
            }
            story = named.pop() if len(named) == 1 else None
        if story is None:
            base = story_id(item)
            story, k = base, 1
            while story in used:
                k += 1
                story = f"{base}-{k}"
        remember(item, story)
        result.append(story)
    return result
