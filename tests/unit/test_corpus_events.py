"""The main event of real pages nobody wrote for this project (issue 14, point 6): the pages of ``../shared/corpus``
that report a move, a launch, a round, a release or a purchase, scored against what an editor reads as each page's
main event (``fixtures/corpus/events.yml``, noted by hand, no text copied). Skips when ``../shared`` is absent."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from digest import model
from digest.evaluate import _event_expectations
from digest.ingest import pipeline

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = Path(__file__).parents[1] / "fixtures" / "corpus" / "events.yml"

# What ingest reached (raise when a general change raises it, never lower): 8 of 15 at the start (7981d02), 13,
# then 14, then 15 once money a government gives a company was read as its round.
FLOOR = 1.0


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_the_main_event_of_real_pages_is_found(tmp_path):
    pages = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    content = tmp_path / "content"
    results = {
        Path(r.input).relative_to(CORPUS).as_posix(): r for r in pipeline.run([CORPUS / p for p in pages], content)
    }
    found, misses = 0, []
    for name, gold in pages.items():
        r = results[name]
        told = model.load_entry(Path(r.path))[0].events if r.status == "created" else []
        expected = _event_expectations(gold, told, content)
        found += all(got for _, got in expected)
        if not all(got for _, got in expected):
            misses.append(f"{name}: {gold['type']} {[want for want, got in expected if not got]}")
    assert found / len(pages) >= FLOOR, f"{found}/{len(pages)} main events found; missed: {misses}"
