"""`digest eval` scores entities by identity, not by spelling: a knowledge-base organisation the text names by one of
its other names (a French article's "université de Kyoto", the gold's name) is found, not one miss and one extra."""

import shutil

from test_entities import TEST_CONTENT

from digest.evaluate import evaluate

ARTICLE = """Kestrel Labs recrute une chercheuse japonaise

Aiko Sato, diplômée de l'université de Kyoto, rejoint Kestrel Labs, une start-up parisienne, le 3 mars 2025.
"""
GOLD = """file: fr01.txt
lang: fr
title: Kestrel Labs recrute une chercheuse japonaise
event_date: '2025-03-03'
event_date_basis: text
source: null
people:
- Aiko Sato
companies:
- Kestrel Labs
- université de Kyoto
authors: []
junk_lines: []
story: kestrel-sato-2025-03
"""


def test_a_known_organisation_counts_under_the_name_the_gold_gives_it(tmp_path):
    devset = tmp_path / "set"
    (devset / "articles").mkdir(parents=True)
    (devset / "gold").mkdir()
    (devset / "articles" / "fr01.txt").write_text(ARTICLE, encoding="utf-8")
    (devset / "gold" / "fr01.yaml").write_text(GOLD, encoding="utf-8")
    content = tmp_path / "content"
    shutil.copytree(TEST_CONTENT, content)
    scores = evaluate(devset, content)
    assert scores["companies"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}, scores["failures"]


def _record(folder, ident, name, aliases):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{ident}.yml").write_text(f"name: {name}\naliases: {aliases}\n", encoding="utf-8")


def test_an_event_counts_under_the_name_the_gold_gives_its_company_or_person(tmp_path):
    from digest.evaluate import _event_expectations

    _record(tmp_path / "companies", "kestrel-ai", "Kestrel AI", ["Kestrel"])
    _record(tmp_path / "companies", "orbis-group", "Orbis Group", ["Orbis"])
    _record(tmp_path / "people", "aiko-sato-tanaka", "Aiko Sato-Tanaka", ["Aiko Sato"])
    cases = [
        ({"type": "funding_round", "org": "Kestrel"}, {"type": "funding", "company": "kestrel-ai"}),
        (
            {"type": "talent_move", "people": ["Aiko Sato"], "to": "Kestrel"},
            {"type": "joins", "person": "aiko-sato-tanaka", "company": "kestrel-ai"},
        ),
        (
            {"type": "acquisition", "to": "Orbis", "from": "Kestrel"},
            {"type": "acquires", "company": "orbis-group", "from_company": "kestrel-ai"},
        ),
    ]
    for gold, event in cases:
        assert all(got for _, got in _event_expectations(gold, [event], tmp_path)), gold


def test_an_acquisition_whose_gold_names_only_org_matches_the_buyer_or_the_company_bought(tmp_path):
    """Annotators give a lone 'org' for either side of a deal; 'to' and 'from', when given, still say which."""
    from digest.evaluate import _event_expectations

    _record(tmp_path / "companies", "orbis-group", "Orbis Group", ["Orbis"])
    _record(tmp_path / "companies", "kestrel-ai", "Kestrel AI", ["Kestrel"])
    _record(tmp_path / "companies", "tessel", "Tessel", [])
    deal = {"type": "acquires", "company": "orbis-group", "from_company": "kestrel-ai"}
    assert all(got for _, got in _event_expectations({"type": "acquisition", "org": "Kestrel"}, [deal], tmp_path))
    assert all(got for _, got in _event_expectations({"type": "acquisition", "org": "Orbis"}, [deal], tmp_path))
    assert not any(got for _, got in _event_expectations({"type": "acquisition", "org": "Tessel"}, [deal], tmp_path))
    # a gold that says who bought whom is read as it says
    reversed_gold = {"type": "acquisition", "to": "Kestrel", "org": "Orbis"}
    assert not any(got for _, got in _event_expectations(reversed_gold, [deal], tmp_path))
