"""A post announced in one sentence and its holder named in the next (issue 14, "main event found"): "Acme has a new
chief scientist. X, until now …, takes up the post on Monday", "Acme a trouvé sa directrice scientifique. Il s'agit
de X". The name opening the next sentence is the post's; not one whose sentence reports their words ("Jane Roe, its
chief executive, said …")."""

from __future__ import annotations

import pytest
from article_events import events_of

ANNOUNCED = [
    ("en", "Mistral AI has a new chief scientist. Sofia Marchetti, until now at Google DeepMind, starts on Monday."),
    ("en", "Mistral AI has found its new chief technology officer. It is Sofia Marchetti, who led research at Criteo."),
    ("en", "Mistral AI has a new chief financial officer. Meet Sofia Marchetti, formerly of Criteo."),
    ("fr", "Mistral AI a trouvé sa directrice scientifique. Il s'agit de Sofia Marchetti, jusqu'ici chez Criteo."),
    ("fr", "Mistral AI a une nouvelle directrice financière. Sofia Marchetti, passée par Criteo, arrive lundi."),
    ("fr", "Mistral AI a trouvé son nouveau directeur technique. C'est Sofia Marchetti, ancienne de Criteo."),
]
REPORTED = [
    ("en", "Mistral AI has a new chief technology officer. Jane Roe, its chief executive, said the search was long."),
    ("fr", "Mistral AI a trouvé sa directrice technique. Jane Roe, sa présidente, a déclaré que ce fut long."),
]


@pytest.mark.parametrize(("lang", "body"), ANNOUNCED)
def test_the_name_after_an_announced_post_takes_it(lang, body):
    facts = {(e["type"], e.get("person"), e["company"]) for e in events_of(body, lang)}
    assert ("appointed", "sofia-marchetti", "mistral-ai") in facts


@pytest.mark.parametrize(("lang", "body"), REPORTED)
def test_a_name_whose_words_are_reported_takes_no_post(lang, body):
    assert not [e for e in events_of(body, lang) if e.get("person") == "jane-roe"]
