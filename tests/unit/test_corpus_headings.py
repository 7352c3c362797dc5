"""The section headings and lead sentences of real pages nobody wrote for this project (issue 14): the pages of
``../shared/corpus``, read for classes of junk a reader sees at once (a heading that is a place alone, a section's
label right over its heading, a permalink mark, an image's alternative text; an update note or a dateline opening
the summary). Skips when ``../shared`` is absent; no page text is copied here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from digest import model
from digest.ingest import pipeline
from digest.ingest.entities.gazetteer import places_only
from digest.ingest.lines.captions import alt_text_repeated

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"


def _junk_headings(body: str) -> list[str]:
    """The headings of an entry's body that no article has: a place alone, one right over another, one ending in a
    permalink mark, an image's alternative text repeated."""
    blocks = [block.strip() for block in body.split("\n\n") if block.strip()]
    junk = []
    for i, block in enumerate(blocks):
        if not block.startswith("## "):
            continue
        heading = block[3:]
        over_another = i + 1 < len(blocks) and blocks[i + 1].startswith("## ") and not re.match(r"\d+\.", heading)
        if places_only(heading, least=1) or over_another or heading[-1:] in "#¶" or alt_text_repeated(heading):
            junk.append(heading)
    return junk


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_real_pages_keep_no_junk_heading_and_no_update_note_or_place_opening_their_summary(tmp_path):
    pages = sorted(CORPUS.glob("*/*.txt"))
    junk, notes, datelines = [], [], []
    for r in pipeline.run(pages, tmp_path / "content"):
        if r.status != "created":
            continue
        entry = model.load_entry(Path(r.path))[0]
        junk += [f"{Path(r.input).name}: {h}" for h in _junk_headings(entry.body)]
        summary = entry.summary or ""
        notes += [r.input] if re.search(r"(?i)\b(?:mis à jour|updated) (?:le|on)\b", summary) else []
        opening = re.match(r"([^:]{2,30}?)\s?:\s", summary)
        datelines += [r.input] if opening and places_only(opening.group(1), least=1) else []
    # at the start of the corpus review (ca07a32): 8 such headings, 1 update note and 1 dateline in summaries
    assert len(junk) == 0, junk
    assert len(notes) == 0 and len(datelines) == 0, (notes, datelines)
