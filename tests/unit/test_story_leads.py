"""Story grouping reads each item's main event and actors once per grouping run, and remembers nothing after it."""

from __future__ import annotations

from digest.ingest import stories, story_actors, story_leads


def _item(person: str, company: str, day: str) -> dict:
    return {
        "people": [person],
        "companies": [company],
        "date": day,
        "title": f"{person} joins {company}",
        "events": [{"type": "joins", "person": person, "company": company}],
    }


def test_each_item_is_read_once_per_grouping_and_not_after(monkeypatch):
    read, actors = [], []
    main_event, named = story_leads._read, story_actors._actors
    monkeypatch.setattr(story_leads, "_read", lambda item: read.append(item["date"]) or main_event(item))
    monkeypatch.setattr(story_actors, "_actors", lambda item: actors.append(item["date"]) or named(item))
    batch = [_item("ada-lovelace", "orvik", f"2025-03-0{n}") for n in range(1, 6)]
    batch += [_item("grace-hopper", "orvik", "2025-03-02"), _item("ada-lovelace", "tessel", "2025-03-03")]
    ids = stories.assign(batch)
    assert ids[:5] == ["lovelace-joins-orvik-2025-03"] * 5 and len(set(ids[5:]) - set(ids[:5])) == 2
    assert sorted(read) == sorted(item["date"] for item in batch)  # once each, however many pairs were compared
    assert len(actors) <= len(batch)  # at most once each
    read.clear()
    stories.main_event(batch[0])
    stories.main_event(batch[0])
    assert len(read) == 2  # outside a grouping, nothing is remembered
