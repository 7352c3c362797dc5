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
