"""What story grouping reads of an item again for every pair of items it compares (its main event, its actors),
worked out once per item while one grouping runs (``grouping``)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from .. import roles
from ..model.events import Event, in_headline
from ..model.events import main_event as model_main_event
from ..registry import slug
from .story_slots import ids_of

T = TypeVar("T")

# while a grouping runs: (reader, id(item)) -> (the item, what the reader read); the item is held so that its id stays
# its own
_known: dict[tuple[Callable[[dict], Any], int], tuple[dict, Any]] | None = None


@contextlib.contextmanager
def grouping() -> Iterator[None]:
    """What ``once`` reads is remembered until the grouping ends (the items are not changed meanwhile)."""
    global _known
    outer, _known = _known, {}
    try:
        yield
    finally:
        _known = outer


def once(read: Callable[[dict], T], item: dict) -> T:
    """``read(item)``, read once per item while a grouping runs (``read`` depends on the item alone; what it gives
    is shared, and never changed)."""
    if _known is None:
        return read(item)
    key = (read, id(item))
    if key not in _known:
        _known[key] = (item, read(item))
    return _known[key][1]


def main_event(item: dict) -> dict | None:
    """The event (as the item writes it) the article is about: ``model.events.main_event``; but a headline that names
    a person by the post their event gives at a company it names ("Acme's CEO is back", "Acme CTO quits") makes
    that person's event the news rather than the company's."""
    return once(_read, item)


def _read(item: dict) -> dict | None:
    written = item.get("events") if isinstance(item.get("events"), list) else []
    found = [e for e in (Event.read(event, position=n) for n, event in enumerate(written)) if e is not None]
    title = item.get("title") if isinstance(item.get("title"), str) else None
    named = ids_of(item, "people") + ids_of(item, "companies")
    event = model_main_event(found, title, named)
    post = roles.find(title) if title and event and not event.person else None
    if post:
        headline = f"-{slug(title)}-"
        posted = [
            e for e in found if e.person and e.role == post and e.company and in_headline(e.company, headline, False)
        ]
        event = model_main_event(posted, title, named) or event
    return written[event.position] if event else None
