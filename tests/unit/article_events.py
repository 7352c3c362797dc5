"""Ingest's entity and event stages run on one text as `digest ingest` runs them, against the sample registry."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from conftest import SAMPLE

from digest import model, registry
from digest.ingest import entities, events, pipeline


def events_of(text: str, lang: str, headline: str | None = None, date: dt.date = dt.date(2026, 3, 3)) -> list[dict]:
    ex = entities.extract(text, lang, registry.load(SAMPLE), headline)
    return events.extract(text, lang, ex.people, ex.companies, date, ex.mentions, headline=headline)


def event_facts(text: str, lang: str, headline: str | None = None, date: dt.date = dt.date(2026, 3, 3)) -> set:
    """(type, person, company) of each event proposed."""
    return {(e["type"], e.get("person"), e["company"]) for e in events_of(text, lang, headline, date)}


def ingested_pages(root: Path, texts: dict[str, str], registry_dir: Path) -> tuple[dict[str, list], Path]:
    """The events ingest proposed for each page text, all ingested in one run as pastes are (each page a file named
    by its key) into a content tree holding ``registry_dir``'s people and companies; and that content tree."""
    content = root / "content"
    for folder in ("people", "companies"):
        shutil.copytree(registry_dir / folder, content / folder)
    pages = {}
    for name, text in texts.items():
        page = root / f"{name}.txt"
        page.write_text(text, encoding="utf-8")
        pages[str(page)] = name
    results = pipeline.run(list(map(Path, pages)), content, editor_date=dt.date(2026, 3, 3))
    told = {pages[r.input]: model.load_entry(Path(r.path))[0].events if r.status == "created" else [] for r in results}
    return {name: told.get(name, []) for name in pages.values()}, content
