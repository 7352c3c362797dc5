"""Names read whole, and only the name (invented sentences, both languages): a legal form is no part of the name the
registry keeps; a small word after a known company describes its work; a company named by a word that is also a
verb is one when it names or gets an officer; a university whose own page it is; a nationality before a name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_entities import TEST_CONTENT  # noqa: E402
from test_naming_matrix import _found  # noqa: E402

from digest import registry  # noqa: E402
from digest.evaluate import norm  # noqa: E402


@pytest.fixture(scope="module")
def reg():
    return registry.load(TEST_CONTENT)


def _check(reg, lang: str, text: str, people: list[str], companies: list[str]) -> None:
    found_people, found_companies = _found(reg, text, lang)
    assert (found_people, found_companies) == ({norm(p) for p in people}, {norm(c) for c in companies})


# A legal form after a name ("Pte. Ltd.", "S.A.R.L.", "K.K.", "B.V.", "Oy", "AB"), dotted or not, alone or two in a
# row, after a new name or a known one: the company is the name without it.
LEGAL_FORMS = [
    (
        "en",
        "The board of Pelican Grid Pte. Ltd. has asked its founder, Kwesi Owusu, to return. Pelican Grid said the "
        "vote was unanimous.",
        ["Kwesi Owusu"],
        ["Pelican Grid"],
    ),
    (
        "fr",
        "La société Brasserie Oudin S.A.R.L. a recruté Marie Dubois comme directrice.",
        ["Marie Dubois"],
        ["Brasserie Oudin"],
    ),
    (
        "en",
        "Veldtrap B.V. has hired Joan Ferris as chief executive. Veldtrap makes valves.",
        ["Joan Ferris"],
        ["Veldtrap"],
    ),
    (
        "en",
        "Revontuli Oy has hired Joan Ferris as chief executive. Revontuli makes valves.",
        ["Joan Ferris"],
        ["Revontuli"],
    ),
    (
        "fr",
        "Fjällvind AB a nommé Marie Dubois directrice générale. Fjällvind fabrique des pompes.",
        ["Marie Dubois"],
        ["Fjällvind"],
    ),
    (
        "en",
        "Stroomkast NV has hired Joan Ferris as chief executive. Stroomkast makes valves.",
        ["Joan Ferris"],
        ["Stroomkast"],
    ),
    (
        "en",
        "Hoshizora K.K. has hired Joan Ferris as chief executive. Hoshizora makes valves.",
        ["Joan Ferris"],
        ["Hoshizora"],
    ),
    ("fr", "Microsoft K.K. a recruté Marie Dubois à Tokyo.", ["Marie Dubois"], ["Microsoft"]),
    ("en", "OpenAI Pte. Ltd. has hired Joan Ferris in Singapore.", ["Joan Ferris"], ["OpenAI"]),
    (
        "en",
        "Kestrel Pty Ltd has hired Joan Ferris as chief executive. Kestrel makes valves.",
        ["Joan Ferris"],
        ["Kestrel"],
    ),
]

# A word in small letters after a company the registry knows is no part of its name, even where the registry knows
# a longer name written with capitals ("Google Research"); written with its capital, the longer name stays.
SMALL_WORD_AFTER = [
    (
        "en",
        "Wanjiru Kamau, a former Google research engineer, founded Pollen in Nairobi.",
        ["Wanjiru Kamau"],
        ["Google", "Pollen"],
    ),
    (
        "en",
        "Before founding the start-up Pollen, Joan Ferris was a Microsoft research scientist for six years.",
        ["Joan Ferris"],
        ["Microsoft", "Pollen"],
    ),
    (
        "en",
        "Joan Ferris joined Microsoft Research in 2019 and later founded the start-up Pollen.",
        ["Joan Ferris"],
        ["Microsoft Research", "Pollen"],
    ),
    (
        "fr",
        "Marie Dubois, qui dirigeait l'équipe Google research à Zurich, a fondé la start-up Pollen.",
        ["Marie Dubois"],
        ["Google", "Pollen"],
    ),
    (
        "fr",
        "Marie Dubois a quitté la Société générale pour fonder la start-up Pollen.",
        ["Marie Dubois"],
        ["Société Générale", "Pollen"],
    ),
]

# A company whose name is also an ordinary word (a verb), opening a sentence where it names someone to a post or
# has a new officer: only an organisation does.
APPOINTS = [
    (
        "en",
        "Cohere has a new vice-president of research. Priya Raghunathan joins from OpenAI.",
        ["Priya Raghunathan"],
        ["Cohere", "OpenAI"],
    ),
    (
        "en",
        "Endure names Priya Raghunathan its chief technology officer. She joins from OpenAI.",
        ["Priya Raghunathan"],
        ["Endure", "OpenAI"],
    ),
    (
        "en",
        "And Persist has a new chief financial officer: Joan Ferris, promoted from within.",
        ["Joan Ferris"],
        ["Persist"],
    ),
    (
        "en",
        "Wander appointed Joan Ferris as head of sales on Monday. Ferris spent ten years at OpenAI.",
        ["Joan Ferris"],
        ["Wander", "OpenAI"],
    ),
    (
        "fr",
        "Cohere a une nouvelle directrice de la recherche. Priya Raghunathan arrive d'OpenAI.",
        ["Priya Raghunathan"],
        ["Cohere", "OpenAI"],
    ),
    (
        "fr",
        "Persist a nommé Marie Dubois directrice financière. Elle arrive d'OpenAI.",
        ["Marie Dubois"],
        ["Persist", "OpenAI"],
    ),
    ("fr", "Endure a un nouveau directeur technique : Marc Leroy, promu en interne.", ["Marc Leroy"], ["Endure"]),
    (
        "fr",
        "Et Wander nomme Marc Leroy président du conseil. Il vient de Microsoft.",
        ["Marc Leroy"],
        ["Wander", "Microsoft"],
    ),
]


@pytest.mark.parametrize("lang,text,people,companies", LEGAL_FORMS + SMALL_WORD_AFTER + APPOINTS)
def test_a_name_is_read_whole_and_alone(reg, lang, text, people, companies):
    _check(reg, lang, text, people, companies)
