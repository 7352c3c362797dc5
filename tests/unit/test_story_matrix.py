"""Story grouping of pairs of our own (``fixtures/story_matrix``): two outlets' reports of one event, mostly one French
and one English, that must share a story however ingest reads them (an event missed or read at the wrong company, an
undated article, a quoted person named first, the company named by a description), and pairs that share names but
tell two events (a company's two events, a person's two moves, rounds of one size, a portrait, a column or a digest
and one of its items). Every page goes through ingest as a paste does, with the shipped registry, all in one run; the
pairs use names of their own, so only a pair's two articles can share a story."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from digest import model
from digest.ingest import pipeline

MATRIX = Path(__file__).parents[1] / "fixtures" / "story_matrix"
REGISTRY = Path(__file__).parents[1] / "fixtures" / "trust" / "content"
# pairs grouping still gets wrong (strict: one that starts passing must leave this list): join-39, the entity stage
# misses the person both name; apart-19, a portrait that names the company the founder runs, and that company's round
# naming the founder: each names whom the other leads with (until the portrait's company was found, they stayed apart
# for want of it)
STILL_WRONG = frozenset({"join-39", "apart-19"})
PAIRS = [
    (f"{kind}-{n}", case["class"], kind == "join", case["a"], case["b"])
    for kind in ("join", "apart")
    for n, case in enumerate(yaml.safe_load((MATRIX / f"{kind}.yml").read_text(encoding="utf-8")))
]


@pytest.fixture(scope="module")
def story_of(tmp_path_factory) -> dict[str, str | None]:
    """The story ingest gave each page of the matrix, all pages ingested in one run."""
    root = tmp_path_factory.mktemp("story_matrix")
    content = root / "content"
    for folder in ("people", "companies"):
        shutil.copytree(REGISTRY / folder, content / folder)
    pages = {}
    for name, _, _, *texts in PAIRS:
        for side, text in zip("ab", texts, strict=True):
            page = root / f"{name}-{side}.txt"
            page.write_text(text, encoding="utf-8")
            pages[str(page)] = f"{name}-{side}"
    results = pipeline.run(list(map(Path, pages)), content)
    return {pages[r.input]: model.load_entry(Path(r.path))[0].story for r in results if r.status == "created"}


@pytest.mark.parametrize(
    "name, kind, same, a, b",
    [
        pytest.param(*pair, id=pair[0], marks=[pytest.mark.xfail(strict=True)] if pair[0] in STILL_WRONG else [])
        for pair in PAIRS
    ],
)
def test_a_pair_shares_a_story_only_when_it_tells_one_event(story_of, name, kind, same, a, b):
    first, second = story_of.get(f"{name}-a"), story_of.get(f"{name}-b")
    assert first is not None and second is not None, "both articles are ingested"
    assert (first == second) is same, f"{kind}: {first} / {second}"
