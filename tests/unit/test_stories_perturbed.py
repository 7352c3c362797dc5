"""The perturbation harness degrades one article the way unseen pages do, and scores only that article's pairs."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import stories_perturbed as harness  # noqa: E402

ITEM = {
    "title": "Nadia Ollivier quitte Brumelab pour rejoindre Vantive",
    "summary": "Nadia Ollivier rejoint Vantive. Elle dirigeait la recherche de Brumelab.",
    "date": "2025-03-04",
    "people": ["nadia-ollivier", "paul-rigaud"],
    "companies": ["vantive", "brumelab"],
    "events": [{"type": "joins", "person": "nadia-ollivier", "company": "vantive", "from_company": None}],
    "story": None,
}


def test_company_swapped_takes_another_company_the_article_names():
    changed = harness.company_swapped(ITEM)
    assert changed["events"][0]["company"] == "brumelab"
    assert ITEM["events"][0]["company"] == "vantive"


def test_person_missing_drops_the_main_person_from_people_and_events():
    changed = harness.person_missing(ITEM)
    assert changed["people"] == ["paul-rigaud"] and changed["events"] == []


def test_dates_and_headline_degrade_and_nothing_to_degrade_gives_none():
    assert harness.year_wrong(ITEM)["date"] == "2024-03-04"
    assert harness.date_empty({**ITEM, "date": None}) is None
    assert harness.headline_missing(ITEM)["title"] == "Nadia Ollivier rejoint Vantive."
    assert harness.no_events({**ITEM, "events": []}) is None


def test_score_counts_only_the_pairs_of_one_article():
    gold, ours = ["s", "s", "t"], ["x", "y", "y"]
    assert harness.score(gold, ours) == (0, 1, 1)
    assert harness.score(gold, ours, only=2) == (0, 1, 0)
