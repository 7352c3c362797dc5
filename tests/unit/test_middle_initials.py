"""A middle initial is part of a name, whatever its letter: "Kwame A. Mensah" is not "Kwame" followed by the article
"a", nor "Jane D. Doe" an elided "d'", "Lin I. Wu" the pronoun or "Ada L. Obi" an elided "l'"; and its full stop ends
no sentence, so the move's role after the name is still read. A round's letter ends its sentence ("… a Series A.
The round …"): the next sentence's names are not the round's."""

from __future__ import annotations

import string

import pytest
from article_events import events_of
from conftest import SAMPLE

from digest import registry
from digest.ingest import entities
from digest.ingest.events.clauses import SENTENCE, SENTENCE_END


def _people(text: str, lang: str) -> list[str]:
    return entities.extract(text, lang, registry.load(SAMPLE), None).people


@pytest.mark.parametrize("letter", string.ascii_uppercase)
def test_every_letter_is_a_middle_initial(letter):
    text = f"The board of Orchard Labs voted on Monday to reinstate Kwame {letter}. Mensah as chief executive."
    assert _people(text, "en") == [f"kwame-{letter.lower()}-mensah"]


@pytest.mark.parametrize(
    ("lang", "body", "person"),
    [
        (
            "en",
            "Orchard Labs hired Adaeze N. Okonkwo-Bello as chief technology officer on Tuesday.",
            "adaeze-n-okonkwo-bello",
        ),
        ("en", "OpenAI has appointed John K. Osei as chief executive officer.", "john-k-osei"),
        (
            "fr",
            "Orchard Labs a nommé Marie-Claire T. Dubois au poste de directrice technique.",
            "marie-claire-t-dubois",
        ),
        ("fr", "Jean D. Martin devient directeur technique d'OpenAI.", "jean-d-martin"),
    ],
)
def test_the_role_after_a_name_with_an_initial_is_the_moves(lang, body, person):
    roles = {e.get("person"): e.get("role") for e in events_of(body, lang)}
    assert roles.get(person, "no event") in ("chief technology officer", "CEO")


@pytest.mark.parametrize(
    "text",
    [
        "Orchard Labs raised a Series A. The round was led by Balderton.",
        "Orchard Labs a bouclé sa série A. Le tour est mené par Partech.",
        "They had a Plan B. Nobody used it.",
    ],
)
def test_a_rounds_letter_ends_its_sentence(text):
    assert len(list(SENTENCE.finditer(text))) == 2
    assert len(list(SENTENCE_END.finditer(text))) == 2


def test_an_initial_does_not_end_a_sentence():
    text = "They hired Kwame A. Mensah as CEO. He starts on Monday."
    assert [m.group().strip() for m in SENTENCE.finditer(text)] == [
        "They hired Kwame A. Mensah as CEO.",
        "He starts on Monday.",
    ]
    assert [m.start() for m in SENTENCE_END.finditer(text)] == [text.index("CEO.") + 3, len(text) - 1]
