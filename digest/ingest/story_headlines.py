"""Whom a headline names, read for story grouping: on an unseen page the main event is often missed or read at the
wrong company, and the first person named is often someone quoted or a predecessor, while the headline says whom and
where the article is about. A headline that names no one of a page telling several people's news is a column or a
digest: its own story, never one of its items'."""

from __future__ import annotations

import re

from ..model.events import in_headline
from ..registry import slug
from .story_leads import once
from .story_slots import ids_of

# words of a headline that gathers a period's news: "people moves this week", "les nominations de la semaine"
_ROUNDUP = re.compile(
    r"\b(?:this week|of the week|week in|weekly|roundup|round-up|digest|in brief|on the move|people moves"
    r"|who went where|semaine|hebdo|en bref|nominations|mouvements|ils ont changé|revue)\b",
    re.I,
)


def _headline(item: dict) -> str | None:
    """The item's title as a slug, whole, read once per item while a grouping runs."""
    return once(_slugged, item)


def _slugged(item: dict) -> str | None:
    title = item.get("title")
    return f"-{slug(title, max_length=len(title) * 4)}-" if isinstance(title, str) else None


def headlined(item: dict, event: dict | None) -> set[str]:
    """The event's person when the item names that person and its headline names the person or the company of the
    event."""
    headline = _headline(item)
    if not (event and event.get("person") in ids_of(item, "people") and headline):
        return set()
    named = in_headline(event["person"], headline, True) or in_headline(event["company"], headline, False)
    return {event["person"]} if named else set()


def headline_tied(item: dict, event: dict | None) -> bool:
    """Whether an item without an event tells another's: it names the event's person and company (the company
    perhaps in its headline only), and its headline names one of them. Then how many other names each article gives
    (a feature's quoted experts, a filing's list of board members) does not matter."""
    if event is None or not headlined(item, event):
        return False
    return event["company"] in ids_of(item, "companies") or in_headline(event["company"], _headline(item) or "", False)


def off_headline(item: dict, event: dict | None) -> bool:
    """Whether the headline names another person of the article and neither the event's person nor its company: the
    event read is background to the news the headline tells (a column's item beside the appointment it leads with)."""
    headline = _headline(item)
    if not (event and event.get("person") and headline):
        return False
    if in_headline(event["person"], headline, True) or in_headline(event["company"], headline, False):
        return False
    return any(in_headline(p, headline, True) for p in ids_of(item, "people") if p != event["person"])


def headlines_agree(a: dict, b: dict) -> bool:
    """Whether both headlines name one person both articles name, and one company either names: two articles
    without events whose headlines say whom and where they are about tell one story however many other names each
    gives (a quoted partner, a company the entity stage missed in one of them)."""
    headlines = [_headline(a), _headline(b)]
    if not all(headlines):
        return False
    people = set(ids_of(a, "people")) & set(ids_of(b, "people"))
    if not any(all(in_headline(p, h, True) for h in headlines) for p in people):
        return False
    companies = set(ids_of(a, "companies")) | set(ids_of(b, "companies"))
    return any(all(in_headline(c, h, False) for h in headlines) for c in companies)


def roundup(item: dict) -> bool:
    """Whether the item is a column or a digest: its events tell two or more people's or companies' news, and its
    headline names none of them but gathers a period's news (a saga told under a headline naming no one is not one)."""
    return once(_roundup, item)


def _roundup(item: dict) -> bool:
    written = item.get("events")
    subjects = {
        e.get("person") or e.get("company")
        for e in (written if isinstance(written, list) else [])
        if isinstance(e, dict) and isinstance(e.get("person") or e.get("company"), str)
    }
    headline = _headline(item)
    if len(subjects) < 2 or headline is None:
        return False
    people, companies = ids_of(item, "people"), ids_of(item, "companies")
    if any(in_headline(p, headline, True) for p in people) or any(in_headline(c, headline, False) for c in companies):
        return False
    return bool(_ROUNDUP.search(_label(item["title"])))


def _label(title: str) -> str:
    """The part of a headline that would name a column: before its colon ("People moves: who went where"), or the
    whole of a short headline ("Les nominations de la semaine"); a sentence standing for a missing headline is
    neither."""
    if ":" in title:
        return title.split(":", 1)[0]
    return title if len(title.split()) <= 8 else ""
