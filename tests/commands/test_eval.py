"""`digest eval` scores ingest on the devset without touching the real content."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from digest.commands import eval as eval_command

DEVSET = Path(__file__).resolve().parents[3] / "shared" / "devset"


def _args(*argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--content", type=Path)
    eval_command.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_missing_devset_is_a_clear_error(tmp_path, capsys):
    assert eval_command.run(_args("--content", str(tmp_path), "--devset", str(tmp_path / "nope"))) == 2
    assert "devset not found" in capsys.readouterr().err


@pytest.mark.skipif(not DEVSET.is_dir(), reason="devset not present")
def test_eval_scores_all_articles_and_leaves_content_alone(tmp_path, capsys):
    content = tmp_path / "content"
    content.mkdir()
    assert eval_command.run(_args("--content", str(content), "--devset", str(DEVSET), "--json")) == 0
    scores = json.loads(capsys.readouterr().out)
    golds = list((DEVSET / "gold").glob("*.yaml")) + list((DEVSET / "gold" / "seeds").glob("*.yaml"))
    assert scores["articles"] == len(golds) >= 13
    assert scores["language_accuracy"] == 1.0
    assert {"date_accuracy", "source_accuracy", "title_similarity", "people", "companies", "story_pairwise"} <= set(
        scores
    )
    assert list(content.iterdir()) == []


def test_an_acquisition_whose_gold_names_the_buyer_as_org_is_matched_on_it(tmp_path):
    from digest.evaluate import _event_expectations

    found = [{"type": "acquires", "company": "hugging-face", "from_company": "llais"}]
    as_org = {"type": "acquisition", "people": [], "from": None, "to": None, "org": "Hugging Face"}
    as_to = {"type": "acquisition", "people": [], "from": "Llais", "to": "Hugging Face", "org": None}
    wrong_buyer = {"type": "acquisition", "people": [], "from": None, "to": None, "org": "Microsoft"}
    assert [got for _, got in _event_expectations(as_org, found, tmp_path)] == [True]
    assert [got for _, got in _event_expectations(as_to, found, tmp_path)] == [True]
    assert [got for _, got in _event_expectations(wrong_buyer, found, tmp_path)] == [False]
