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


def test_names_are_transliterated_not_stripped():
    from digest.evaluate import norm

    assert norm("Anika Sørensen") == norm("anika sorensen") == "anika sorensen"
    assert norm("Łukasz Kaiser") == "lukasz kaiser"
    assert norm("L’Oréal") == "loreal"


def test_a_short_or_long_form_the_gold_calls_the_same_organisation_counts_as_found(tmp_path):
    from digest.evaluate import _canonical, _listed_variants, _variants, norm

    gold = {"aliases_seen": {"Ardent": "Ardent Capital", "Meta Platforms Inc.": "Meta", "Kimura": "Haruto Kimura"}}
    variants = _variants(_listed_variants(tmp_path), gold)
    want = {norm("Ardent Capital"), norm("Meta"), norm("OpenAI")}
    # ours short where the gold is long, ours long where the gold is short: both found
    assert _canonical({"ardent", "meta platforms inc."}, want, variants) == ["ardent capital", "meta"]
    # a different organisation is never accepted, and a person's alias does not turn a company into that person
    assert _canonical({"ardent labs", "kimura"}, want, variants) == ["ardent labs", "kimura"]
    # two of our entities for one organisation: one found, the other left for the caller to count as extra
    assert _canonical({"ardent", "ardent capital"}, want, variants) == ["ardent capital", "ardent capital"]


def test_the_devset_list_of_variants_is_read_beside_the_gold(tmp_path):
    from digest.evaluate import _listed_variants, _variants

    (tmp_path / "entities.yaml").write_text("companies:\n  Warner Bros.:\n  - Warner Bros\n", encoding="utf-8")
    assert _variants(_listed_variants(tmp_path), {})["warner bros"] == "warner bros."
