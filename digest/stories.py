"""Group entries into stories: one real-world event, across outlets and languages.

Entities and events are language-neutral, so grouping uses them and dates, never words. Two entries
are the same story when their main events concern the same person (or company) with the same kind of
fact (a move, a founding, a release, a funding round) within a few weeks; entries without events fall
back to shared people and companies close in time. A new entry is compared only with the entries that
share one of its people or companies (an inverted index), so the cost per entry grows with the number
of entries about the same people, not with the corpus size.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from . import model
from .registry import slug

GROUPS = {"joins": "move", "leaves": "move", "hired": "move", "fired": "move", "appointed": "move",
          "founds": "founds", "releases": "releases", "funding": "funding"}
WINDOW = dt.timedelta(days=21)


def main_event(item: dict) -> dict | None:
    """The event the article is about: among the events of the first-named person (or company) that has
    any, the first in the text."""
    events = item.get("events") if isinstance(item.get("events"), list) else []
    events = [e for e in events if isinstance(e, dict) and e.get("type") in GROUPS
              and isinstance(e.get("person") or e.get("company"), str)]
    if not events:
        return None
    order = _ids(item, "people") + _ids(item, "companies")
    subject = min((e.get("person") or e.get("company") for e in events), key=lambda s: order.index(s) if s in order else len(order))
    mine = [e for e in events if (e.get("person") or e.get("company")) == subject]
    # Events come in text order; the first is the lead's, except "leaves X" right before "joins Y from X".
    first = mine[0]
    follow = next((e for e in mine if e["type"] in ("joins", "hired") and e.get("from_company") == first.get("company")), None)
    return follow or first


def _date(item: dict) -> dt.date | None:
    return model.parse_date(item.get("date"))


def _ids(item: dict, key: str) -> list[str]:
    """A list of ids from an item; a hand-edited entry may hold anything else, which counts as none."""
    value = item.get(key)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _close(a: dict, b: dict, window=WINDOW) -> bool:
    da, db = _date(a), _date(b)
    return da is None or db is None or abs(da - db) <= window


def same_story(a: dict, b: dict) -> bool:
    ea, eb = main_event(a), main_event(b)
    if ea and eb:
        subject_a, subject_b = ea.get("person") or ea.get("company"), eb.get("person") or eb.get("company")
        return subject_a == subject_b and GROUPS[ea["type"]] == GROUPS[eb["type"]] and _close(a, b)
    if ea or eb:
        # One article has no recognised event: the other's subject must be its protagonist (first person
        # named), with most people and companies shared.
        event, other = (ea, b) if ea else (eb, a)
        subject = event.get("person") or event.get("company")
        return subject in (_ids(other, "people")[:1] or _ids(other, "companies")[:1]) and _overlap(a, b) >= 0.4 and _close(a, b)
    return _subject(a) == _subject(b) and _overlap(a, b) >= 0.5 and bool(_date(a) and _date(b)) and _close(a, b, dt.timedelta(days=7))


def _overlap(a: dict, b: dict) -> float:
    """Jaccard overlap of people and companies."""
    pa, pb = set(_ids(a, "people")), set(_ids(b, "people"))
    ca, cb = set(_ids(a, "companies")), set(_ids(b, "companies"))
    union = pa | pb | ca | cb
    return len((pa & pb) | (ca & cb)) / len(union) if union else 0.0


def story_id(item: dict) -> str:
    """A readable id from the main event: ``bubeck-joins-openai-2024-10``; else from the title."""
    event = main_event(item)
    when = _date(item)
    month = when.strftime("%Y-%m") if when else ""
    if event:
        who = (event.get("person") or "").split("-")[-1] or None
        parts = [who, event["type"], event.get("company")] if who else [event.get("company"), event["type"]]
    elif _ids(item, "people") or _ids(item, "companies"):  # no event: the protagonist's surname and the first company
        people, companies = _ids(item, "people"), _ids(item, "companies")
        parts = [people[0].split("-")[-1]] if people else []
        parts += companies[:1]
    else:
        parts = slug(item.get("title") or item.get("slug") or "story").split("-")[:5]
    return "-".join(p for p in [*parts, month] if p)


def _subject(item: dict) -> str | None:
    """Whom the story is about: the main event's person or company, else the first person (or company) named."""
    event = main_event(item)
    if event:
        return event.get("person") or event.get("company")
    return (_ids(item, "people") or _ids(item, "companies") or [None])[0]


def _months(item: dict) -> list[str]:
    """Month buckets where a same-story entry can sit: the item's month and its neighbours (the window is
    three weeks), or every bucket ("*") for an undated item."""
    when = _date(item)
    if when is None:
        return ["*"]
    first = when.replace(day=1)
    return [(first - dt.timedelta(days=1)).strftime("%Y-%m"), first.strftime("%Y-%m"), (first + dt.timedelta(days=32)).strftime("%Y-%m")]


def assign(batch: list[dict], corpus: list[dict] = ()) -> list[str]:
    """Story ids for ``batch``; an item joins a corpus or batch story when ``same_story``, else gets a new id.
    Items that already have a story (corpus entries, re-ingested entries) keep it: an editor's choice wins.

    Entries are indexed by subject and month, so an item is compared only with entries about the same
    person or company from the same weeks: cost per item ~ the number of such entries, not N."""
    index: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))  # subject -> month -> items
    items: list[dict] = []
    ids: list[str] = []
    used = set()

    def remember(item, story):
        items.append(item)
        ids.append(story)
        used.add(story)
        when = _date(item)
        index[_subject(item)][when.strftime("%Y-%m") if when else "undated"].append(len(items) - 1)

    def candidates(item):
        buckets = index.get(_subject(item), {})
        months = _months(item)
        keys = list(buckets) if months == ["*"] else [*months, "undated"]
        return sorted(n for key in keys for n in buckets.get(key, ()))

    for item in corpus:
        if item.get("story"):
            remember(item, item["story"])
    result = []
    for item in batch:
        story = item.get("story") or next((ids[n] for n in candidates(item) if same_story(item, items[n])), None)
        if story is None:
            base = story_id(item)
            story, k = base, 1
            while story in used:
                k += 1
                story = f"{base}-{k}"
        remember(item, story)
        result.append(story)
    return result
