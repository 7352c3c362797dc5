"""The held-out set (tests/fixtures/holdout): whole-page pastes written blind, never used to tune ingest.

It measures how ingest generalises to pages nobody tuned it on; see its README. Do not change ingest to pass these
pages: fix the general rule, and re-measure here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = Path(__file__).parent / "fixtures" / "holdout"
EVENT_TYPES = ("talent_move", "departure", "company_launch", "funding_round", "model_release", "acquisition",
               "reinstatement")


def _golds() -> list[tuple[Path, dict]]:
    return [(g, yaml.safe_load(g.read_text(encoding="utf-8"))) for g in sorted((HOLDOUT / "gold").glob("*.yaml"))]


def test_holdout_fixtures_are_consistent():
    golds = _golds()
    assert len(golds) == 20
    articles = sorted(p.stem for p in (HOLDOUT / "articles").glob("*.txt"))
    assert articles == [g.stem for g, _ in golds], "every paste has a gold file and every gold file a paste"
    for path, gold in golds:
        where = path.name
        assert gold["file"] == f"{path.stem}.txt", where
        lines = (HOLDOUT / "articles" / gold["file"]).read_text(encoding="utf-8").splitlines()
        assert gold["title_basis"] == "headline_in_text", where
        assert lines[gold["title_line"] - 1] == gold["title"], f"{where}: title_line"
        numbers = [j["line"] for j in gold["junk_lines"]]
        assert len(numbers) == len(set(numbers)), f"{where}: a junk line listed twice"
        assert gold["title_line"] not in numbers, f"{where}: the headline is not junk"
        for junk in gold["junk_lines"]:
            assert lines[junk["line"] - 1] == junk["text"], f"{where}: junk line {junk['line']}"
            assert junk["text"].strip(), f"{where}: blank junk line {junk['line']}"
        for heading in gold["subheadings"]:
            assert heading in lines, f"{where}: subheading {heading!r}"
            assert lines.index(heading) + 1 not in numbers, f"{where}: a subheading is not junk"
        assert gold["lang"] in ("fr", "en"), where
        basis = gold["event_date_basis"]
        assert basis in ("text", "text_partial", "text_relative", "text_weekday_only"), where
        assert (gold["event_date"] is None) == (basis == "text_weekday_only"), f"{where}: weekday-only pastes have no date"
        assert gold["event"]["type"] in EVENT_TYPES, where
        assert gold["story"], where
        journalists = {a.casefold() for a in gold["authors"]}
        assert not journalists & {p.casefold() for p in gold["people"] + gold["people_optional"]}, f"{where}: author as person"
        assert gold["source"] and gold["source"] not in gold["companies"], where
    langs = Counter(g["lang"] for _, g in golds)
    assert langs["fr"] >= 10 and langs["en"] >= 10, langs
    stories: dict[str, set[str]] = {}
    for _, g in golds:
        stories.setdefault(g["story"], set()).add(g["lang"])
    counts = Counter(g["story"] for _, g in golds)
    assert sum(1 for n in counts.values() if n >= 2) >= 3, counts
    assert sum(1 for s, n in counts.items() if n >= 2 and stories[s] == {"fr", "en"}) >= 2, stories
    assert sum(1 for _, g in golds if g["event_date_basis"] == "text_weekday_only") >= 3
    assert sum(1 for _, g in golds if g["event_date_basis"] == "text_partial") >= 2


def _ratio(text: str) -> float:
    done, total = (int(x) for x in text.split()[0].split("/"))
    return done / total if total else 1.0


def test_ingest_holds_what_it_reached_on_the_holdout():
    """Floors a little below what ingest reached when the set was written and first measured (commit 9df97a8):
    language 1.0, dates where derivable 0.688 (11/16), no wrong date where not derivable, source 0.50, source URL 0.90,
    title similarity 0.763, headline picked 12/20, authors F1 0.80, 2 journalists as people, junk removed 314/349,
    6 content lines lost, subheadings kept 25/27, people F1 0.966, companies F1 0.798, story pairwise F1 0.80,
    events 9/23. They guard against regressions; raise one when ingest improves in general, never by tuning on
    these pages."""
    from digest.evaluate import evaluate

    scores = evaluate(HOLDOUT, ROOT / "content")
    assert scores["articles"] == 20
    checks = [
        ("language", scores["language_accuracy"] >= 1.0),
        ("date where the text fixes it", scores["date_accuracy_derivable"] >= 0.66),
        ("no wrong date where the text does not fix it", scores["wrong_dates_not_derivable"] == 0),
        ("source", scores["source_accuracy"] >= 0.475),
        ("source URL", scores["source_url_accuracy"] >= 0.85),
        ("title similarity", scores["title_similarity"] >= 0.74),
        ("headline picked", _ratio(scores["headline_picked"]) >= 0.575),
        ("authors F1", scores["authors"]["f1"] >= 0.78),
        ("journalists among people", scores["journalists_as_people"] <= 2),
        ("junk lines removed", _ratio(scores["junk_lines_removed"]) >= 0.89),
        ("content lines lost", scores["content_lines_lost"] <= 7),
        ("subheadings kept", _ratio(scores["subheadings_kept"]) >= 0.90),
        ("people F1", scores["people"]["f1"] >= 0.98),
        ("companies F1", scores["companies"]["f1"] >= 0.95),
        ("story pairwise F1", scores["story_pairwise"]["f1"] >= 0.95),
        ("events", _ratio(scores["events_matched"]) >= 0.64),
    ]
    failures = [name for name, ok in checks if not ok]
    assert not failures, f"below the floor on the held-out set: {failures}\n{ {k: v for k, v in scores.items() if k != 'misses'} }"
