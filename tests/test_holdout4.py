"""The fourth held-out set (tests/fixtures/holdout4): whole-page pastes written blind, never used to tune ingest.

It measures how ingest generalises to pages nobody tuned it on; see its README. This file only checks that the
set is consistent (gold against the pastes); it does not score ingest.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

HOLDOUT4 = Path(__file__).parent / "fixtures" / "holdout4"
EVENT_TYPES = ("talent_move", "departure", "company_launch", "funding_round", "model_release", "acquisition",
               "reinstatement")
BASES = ("text", "text_partial", "text_relative", "text_weekday_only")


def test_holdout4_fixtures_are_consistent():
    golds = [(g, yaml.safe_load(g.read_text(encoding="utf-8"))) for g in sorted((HOLDOUT4 / "gold").glob("*.yaml"))]
    assert len(golds) == 24
    articles = sorted(p.stem for p in (HOLDOUT4 / "articles").glob("*.txt"))
    assert articles == [g.stem for g, _ in golds], "every paste has a gold file and every gold file a paste"
    for path, gold in golds:
        where = path.name
        assert gold["file"] == f"{path.stem}.txt", where
        lines = (HOLDOUT4 / "articles" / gold["file"]).read_text(encoding="utf-8").splitlines()
        assert gold["title_basis"] == "headline_in_text", where
        assert lines[gold["title_line"] - 1] == gold["title"], f"{where}: title_line"
        numbers = [j["line"] for j in gold["junk_lines"]]
        assert len(numbers) == len(set(numbers)), f"{where}: a junk line listed twice"
        assert gold["title_line"] not in numbers, f"{where}: the headline is not junk"
        for junk in gold["junk_lines"]:
            assert lines[junk["line"] - 1] == junk["text"], f"{where}: junk line {junk['line']}"
            assert junk["text"].strip(), f"{where}: blank junk line {junk['line']}"
        content = "\n".join(line for n, line in enumerate(lines, 1) if n not in numbers)
        for span in gold["junk_spans"]:
            assert span in content, f"{where}: junk span {span!r}"
        for heading in gold["subheadings"]:
            assert heading in lines, f"{where}: subheading {heading!r}"
            assert lines.index(heading) + 1 not in numbers, f"{where}: a subheading is not junk"
        if gold["source_url"]:
            assert any(gold["source_url"] in line for line in lines), f"{where}: source_url"
        assert gold["lang"] in ("fr", "en"), where
        basis = gold["event_date_basis"]
        assert basis in BASES, where
        assert (gold["event_date"] is None) == (basis == "text_weekday_only"), f"{where}: weekday-only pastes have no date"
        assert gold["event"]["type"] in EVENT_TYPES, where
        assert gold["story"] and gold["source"], where
        journalists = {a.casefold() for a in gold["authors"]}
        assert not journalists & {p.casefold() for p in gold["people"] + gold["people_optional"]}, f"{where}: author as person"
    langs = Counter(g["lang"] for _, g in golds)
    assert langs["fr"] >= 12 and langs["en"] >= 12, langs
    counts = Counter(g["story"] for _, g in golds)
    assert sum(1 for n in counts.values() if n >= 2) >= 4, counts
    story_langs: dict[str, set[str]] = {}
    for _, g in golds:
        story_langs.setdefault(g["story"], set()).add(g["lang"])
    assert sum(1 for s, n in counts.items() if n >= 2 and story_langs[s] == {"fr", "en"}) >= 3, story_langs
    bases = Counter(g["event_date_basis"] for _, g in golds)
    assert bases["text_weekday_only"] >= 4 and bases["text_partial"] >= 3 and bases["text_relative"] >= 3, bases
