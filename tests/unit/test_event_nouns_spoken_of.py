"""A move's noun that another verb governs ("X described the appointment as a signal", "Y a salué la nomination"):
the one who speaks of the move is not the one who moves (events prefer silence to invention)."""

import pytest
from article_events import event_facts

SPOKEN_OF = [
    (
        "en",
        "Tomas Ferreira will be Microsoft's chief scientist, the company said. Lucia Marin described the "
        "appointment as a sign that Microsoft wants to lead.",
    ),
    ("en", "Tomas Ferreira joins Microsoft. Lucia Marin called the hiring proof that Microsoft still attracts talent."),
    (
        "fr",
        "Tomas Ferreira rejoint Microsoft. Lucia Marin a salué cette nomination, un signal que Microsoft veut grandir.",
    ),
    (
        "fr",
        "Tomas Ferreira sera le directeur scientifique de Microsoft. Lucia Marin a qualifié la nomination de preuve "
        "que Microsoft attire les talents.",
    ),
]


@pytest.mark.parametrize("lang, text", SPOKEN_OF)
def test_who_speaks_of_a_move_does_not_make_it(lang, text):
    facts = event_facts(text, lang)
    assert not any(person == "lucia-marin" for _, person, _ in facts), facts
    assert any(person == "tomas-ferreira" and company == "microsoft" for _, person, company in facts), facts
