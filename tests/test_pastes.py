"""Issue 14, point 8: ingest measured on the team's own whole-page pastes (tests/fixtures/pastes).

Each ``articles/<stem>.txt`` imitates a select-all copy of a news page (navigation, bylines, date lines, share bars,
captions with credits, newsletter and promotion blocks, related links, cookie lines, footers), French or English;
``gold/<stem>.yaml`` gives what ingest must find, in the devset's gold format. They are written from the kinds of page,
not from the devset's lines, so they measure whether the normaliser generalises.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

PASTES = Path(__file__).parent / "fixtures" / "pastes"
CONTENT = Path(__file__).resolve().parents[1] / "content"


def _golds() -> list[tuple[Path, dict]]:
    return [(g, yaml.safe_load(g.read_text(encoding="utf-8"))) for g in sorted((PASTES / "gold").glob("*.yaml"))]


def _content_lines() -> int:
    """Non-blank lines that are neither junk nor the title: the lines ingest must keep."""
    total = 0
    for _, gold in _golds():
        lines = (PASTES / "articles" / gold["file"]).read_text(encoding="utf-8").splitlines()
        junk = {j["line"] for j in gold["junk_lines"]}
        total += sum(1 for n, line in enumerate(lines, 1) if line.strip() and n not in junk and n != gold["title_line"])
    return total


def test_fixtures_are_consistent():
    golds = _golds()
    assert len(golds) >= 40
    articles = sorted(p.stem for p in (PASTES / "articles").glob("*.txt"))
    assert articles == [g.stem for g, _ in golds], "every paste has a gold file and every gold file a paste"
    for path, gold in golds:
        where = path.name
        assert gold["file"] == f"{path.stem}.txt", where
        lines = (PASTES / "articles" / gold["file"]).read_text(encoding="utf-8").splitlines()
        assert lines[gold["title_line"] - 1] == gold["title"], f"{where}: title_line"
        assert gold["title_basis"] == "headline_in_text", where
        numbers = [j["line"] for j in gold["junk_lines"]]
        assert len(numbers) == len(set(numbers)), f"{where}: a junk line listed twice"
        assert gold["title_line"] not in numbers, f"{where}: the headline is not junk"
        for junk in gold["junk_lines"]:
            assert lines[junk["line"] - 1] == junk["text"], f"{where}: junk line {junk['line']}"
            assert junk["text"].strip(), f"{where}: blank junk line {junk['line']}"
        for span in gold["junk_spans"]:
            line = lines[span["line"] - 1]
            assert span["text"] in line and span["text"] != line, f"{where}: junk span on line {span['line']}"
        for heading in gold["subheadings"]:
            assert heading in lines, f"{where}: subheading {heading!r}"
        assert gold["lang"] in ("fr", "en"), where
        basis = gold["event_date_basis"]
        assert basis in ("text", "text_partial", "text_relative", "text_weekday_only"), where
        assert (gold["event_date"] is None) == (basis == "text_weekday_only"), f"{where}: weekday-only pastes have no date"
        assert gold["event"]["type"] in ("talent_move", "departure", "company_launch", "funding_round", "model_release",
                                         "acquisition"), where
        assert gold["story"], where
        journalists = {a.casefold() for a in gold["authors"]}
        assert not journalists & {p.casefold() for p in gold["people"] + gold["people_optional"]}, f"{where}: author as person"
        assert gold["source"] and gold["source"] not in gold["companies"], where
    langs = Counter(g["lang"] for _, g in golds)
    assert langs["fr"] >= 18 and langs["en"] >= 18, langs
    stories = Counter(g["story"] for _, g in golds)
    assert sum(1 for n in stories.values() if n >= 2) >= 3, stories
    assert sum(1 for _, g in golds if g["event_date_basis"] == "text_weekday_only") >= 3


@pytest.fixture(scope="module")
def scores() -> dict:
    from digest.evaluate import evaluate

    return evaluate(PASTES, CONTENT)


def _ratio(text: str) -> float:
    done, total = (int(x) for x in text.split()[0].split("/"))
    return done / total if total else 1.0


def test_ingest_holds_what_it_reached_on_the_pastes(scores):
    """Floors at what ingest reached on these pages when they were written (issue 14's targets, in brackets,
    are not all met yet: raise a floor when a change reaches it, never lower one)."""
    assert scores["articles"] == len(_golds())
    checks = [
        ("language (1.0)", scores["language_accuracy"] == 1.0),
        ("junk lines removed (>= 0.90)", _ratio(scores["junk_lines_removed"]) >= 0.92),
        ("content lines lost (<= 1 %)", scores["content_lines_lost"] <= 0.045 * _content_lines()),
        ("source (>= 0.90)", scores["source_accuracy"] >= 0.84),
        ("date where the text fixes it (>= 0.85)", scores["date_accuracy_derivable"] >= 0.90),
        ("no wrong date where the text does not fix it (0)", scores["wrong_dates_not_derivable"] == 0),
        ("headline picked (>= 0.90)", _ratio(scores["headline_picked"]) >= 0.84),
        ("authors F1", scores["authors"]["f1"] >= 0.90),
        ("no journalist among people (0)", scores["journalists_as_people"] <= 2),
        ("people F1 (>= 0.95)", scores["people"]["f1"] >= 0.99),
        ("companies F1 (>= 0.95)", scores["companies"]["f1"] >= 0.99),
        ("story pairwise F1 (>= 0.90)", scores["story_pairwise"]["f1"] >= 0.95),
        ("events (>= 0.80)", _ratio(scores["events_matched"]) >= 0.82),
        ("subheadings kept", _ratio(scores["subheadings_kept"]) >= 0.90),
    ]
    failures = [name for name, ok in checks if not ok]
    assert not failures, f"below the floor on the pastes: {failures}\n{scores}"
