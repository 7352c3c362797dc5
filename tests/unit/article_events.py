"""Ingest's entity and event stages run on one text as `digest ingest` runs them, against the sample registry."""

from __future__ import annotations

import datetime as dt

from conftest import SAMPLE

from digest import registry
from digest.ingest import entities, events


def events_of(text: str, lang: str, headline: str | None = None, date: dt.date = dt.date(2026, 3, 3)) -> list[dict]:
    ex = entities.extract(text, lang, registry.load(SAMPLE), headline)
    return events.extract(text, lang, ex.people, ex.companies, date, ex.mentions, headline=headline)


def event_facts(text: str, lang: str, headline: str | None = None, date: dt.date = dt.date(2026, 3, 3)) -> set:
    """(type, person, company) of each event proposed."""
    return {(e["type"], e.get("person"), e["company"]) for e in events_of(text, lang, headline, date)}
