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
from digest.ingest.entities.own_pages import own_page  # noqa: E402


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
    (
        "en",
        "Kestrel Sdn Bhd has hired Joan Ferris as chief executive. Kestrel makes valves.",
        ["Joan Ferris"],
        ["Kestrel"],
    ),
    (
        "fr",
        "Kestrel S.p.A. a recruté Marie Dubois comme directrice. Kestrel fabrique des valves.",
        ["Marie Dubois"],
        ["Kestrel"],
    ),
    (
        "fr",
        "Kestrel SASU a recruté Marie Dubois comme directrice. Kestrel fabrique des valves.",
        ["Marie Dubois"],
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
    ("en", "Cohere taps Priya Raghunathan as vice-president of research.", ["Priya Raghunathan"], ["Cohere"]),
    (
        "en",
        "Endure promotes Joan Ferris to chief technology officer. Ferris joined in 2020.",
        ["Joan Ferris"],
        ["Endure"],
    ),
    ("fr", "Persist promeut Marie Dubois au poste de directrice financière.", ["Marie Dubois"], ["Persist"]),
]

# A school named after a person ends with a surname a person of the text also has: the surname ends the school's name,
# it is no mention of that person (cut short, the school's name would be a new name).
SCHOOL_AFTER_A_PERSON = [
    (
        "fr",
        "Le Pr Abdoulaye Sarr, enseignant à l'université Cheikh Anta Diop, a fondé Sunu Labs. Selon la directrice du "
        "laboratoire, le Dr Fatou K. Diop, le modèle est prêt.",
        ["Abdoulaye Sarr", "Fatou K. Diop"],
        ["Université Cheikh Anta Diop", "Sunu Labs"],
    ),
    (
        "fr",
        "Awa Koné, diplômée de l'université Félix Houphouët-Boigny, a fondé Kestrel. Sa cofondatrice, Mariam K. "
        "Houphouët-Boigny, dirige la recherche.",
        ["Awa Koné", "Mariam K. Houphouët-Boigny"],
        ["Université Félix Houphouët-Boigny", "Kestrel"],
    ),
    (
        "en",
        "Moussa Sall teaches at Université Gaston Berger in Saint-Louis. He co-founded Kestrel with Claire Berger, "
        "its chief executive.",
        ["Moussa Sall", "Claire Berger"],
        ["Université Gaston Berger", "Kestrel"],
    ),
    (
        "fr",
        "La directrice de Kestrel, Fatou K. Diop, a présenté le modèle à l'université Cheikh Anta Diop.",
        ["Fatou K. Diop"],
        ["Kestrel", "Université Cheikh Anta Diop"],
    ),
    (
        "en",
        "Fatou Diop founded Kestrel. Professor Diop said the model was ready. Dr Diop added that Fatou Diop leads.",
        ["Fatou Diop"],
        ["Kestrel"],
    ),
    # the surname of a person the registry knows, too
    (
        "fr",
        "Mira Murati a présenté le modèle à l'université Cheikh Anta Murati, à Dakar. Murati a salué les étudiants.",
        ["Mira Murati"],
        ["Université Cheikh Anta Murati"],
    ),
    (
        "fr",
        "Sébastien Bubeck enseigne désormais à l'école Henri Bubeck, à Nancy. M. Bubeck y dirige un laboratoire.",
        ["Sébastien Bubeck"],
        ["École Henri Bubeck"],
    ),
    # a short form of the person's given name is still that person
    (
        "en",
        'Masayoshi Son runs SoftBank. "Why was Masa Son born? To build this," Son told investors on Friday.',
        ["Masayoshi Son"],
        ["SoftBank"],
    ),
]

# A noun with a capital after an article and before "de" and a place ("au Technopole de La Réunion") is that place's
# site or body, which the text then calls by its noun alone ("directrice du Technopole"): no company.
PLACE_BOUND_NOUNS = [
    (
        "fr",
        "Jean-Marc Payet et Lan Nguyen ont présenté jeudi au Technopole de La Réunion leur jeune société, Kaz AI. "
        "« C'est le type de projet qu'on veut voir », se félicite Laurence Hoarau, directrice du Technopole.",
        ["Jean-Marc Payet", "Lan Nguyen", "Laurence Hoarau"],
        ["Kaz AI"],
    ),
    (
        "fr",
        "La jeune société Kestrel rejoint le Cluster de Toulouse. Le directeur du Cluster, Marc Leroy, s'en réjouit.",
        ["Marc Leroy"],
        ["Kestrel"],
    ),
    (
        "fr",
        "La start-up Kestrel s'installe au Village de Rennes. Paul Girard, président du Village, salue son arrivée.",
        ["Paul Girard"],
        ["Kestrel"],
    ),
    (
        "fr",
        "La start-up Kestrel a signé avec le Port de Cotonou. « Un bon accord », juge Koffi Yao, directeur du Port.",
        ["Koffi Yao"],
        ["Kestrel"],
    ),
    (
        "en",
        "The start-up Kestrel joined the Cluster of Toulouse. Marc Leroy, who heads the Cluster, welcomed it.",
        ["Marc Leroy"],
        ["Kestrel"],
    ),
]

# Nationalities joined by a hyphen before a name ("Le Libano-Allemand X", "Sino-Canadian X"), the first ones in their
# combining form: no part of the person's name.
COMPOUND_NATIONALITIES = [
    (
        "fr",
        "Le Libano-Allemand Karim Haddad-Sfeir, directeur des opérations d'Aleph Alpha, a quitté ses fonctions.",
        ["Karim Haddad-Sfeir"],
        ["Aleph Alpha"],
    ),
    (
        "fr",
        "Le Franco-Marocain Youssef Alami, cofondateur de Kestrel, lève 3 millions d'euros.",
        ["Youssef Alami"],
        ["Kestrel"],
    ),
    ("en", "Sino-Canadian Wei Zhang, chief scientist at Kestrel, has left the company.", ["Wei Zhang"], ["Kestrel"]),
    (
        "en",
        "The Indo-Canadian Priya Nair, Kestrel's chief executive, stepped down on Monday.",
        ["Priya Nair"],
        ["Kestrel"],
    ),
    ("fr", "La Suisso-Libanaise Nour Khoury, présidente de Kestrel, a démissionné.", ["Nour Khoury"], ["Kestrel"]),
    (
        "fr",
        "L'Italo-Brésilien Marco Rossi, directeur général de Kestrel, quitte ses fonctions.",
        ["Marco Rossi"],
        ["Kestrel"],
    ),
    (
        "en",
        "Jean Castro-Polonais, Kestrel's chief executive, stepped down on Monday.",
        ["Jean Castro-Polonais"],
        ["Kestrel"],
    ),
    # the French feminines and the forms no rule makes, alone or joined
    ("fr", "La Britannique Jane Doe, directrice financière de Kestrel, a démissionné.", ["Jane Doe"], ["Kestrel"]),
    ("fr", "Le Franco-Américain Paul Girard, directeur de Kestrel, a démissionné.", ["Paul Girard"], ["Kestrel"]),
    ("fr", "La Germano-Britannique Lena Vogel, directrice de Kestrel, a démissionné.", ["Lena Vogel"], ["Kestrel"]),
    ("fr", "L'Italo-Espagnole Carla Ruiz, directrice de Kestrel, a démissionné.", ["Carla Ruiz"], ["Kestrel"]),
]


@pytest.mark.parametrize(
    "lang,text,people,companies",
    LEGAL_FORMS + SMALL_WORD_AFTER + APPOINTS + SCHOOL_AFTER_A_PERSON + PLACE_BOUND_NOUNS + COMPOUND_NATIONALITIES,
)
def test_a_name_is_read_whole_and_alone(reg, lang, text, people, companies):
    _check(reg, lang, text, people, companies)


# A university's, a school's or an institute's own news page calls it by its noun with a capital ("the University
# confirmed"): the source it gives is an organisation of the article; an outlet's page, or a quote, is not its voice.
@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "Professor Hana Wiremu has been appointed to a chair at Ferrant Labs, the University confirmed today.",
            "Larkfield University",
        ),
        (
            "L'Université se félicite du départ de Jeanne Moreau chez Ferrant, où elle dirigera la recherche.",
            "Université Savoie Rhodanie",
        ),
        (
            "Dr Osei Mensah joins Ferrant as chief scientist. The Institute wishes him well.",
            "Korlan Institute of Technology",
        ),
        (
            "Ancien directeur des études, Paul Girard rejoint Ferrant. L'École lui rend hommage.",
            "École supérieure de Brisach",
        ),
    ],
)
def test_a_schools_own_page_names_the_school(reg, body, source):
    issuer, created = own_page(body, source, reg, [])
    assert created is not None and created.name == source and issuer == created.id


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Professor Hana Wiremu has joined Ferrant Labs, the University confirmed on Monday.", "The Campus Courier"),
        (
            "« L'Université se félicite de ce départ », a dit Jeanne Moreau, qui rejoint Ferrant.",
            "Université Savoie Rhodanie",
        ),
        ("Dr Osei Mensah joins Ferrant as chief scientist, the company said.", "Korlan Institute of Technology"),
    ],
)
def test_no_school_without_its_own_voice(reg, body, source):
    assert own_page(body, source, reg, []) == ("", None)


# A "people moves" column whose items a company heads on a line of its own, over the line telling the move: where
# another label is a company the text names, the others are companies too (a place, or labels with no company among
# them, never are).
COLUMN_LABELS = [
    (
        "en",
        "Who moved this week.\nNvidia\nChukwuemeka Eze was named head of developer relations.\nKettle\n"
        "Babajide Ogunleye, promoted from within, becomes chief technology officer.",
        ["Chukwuemeka Eze", "Babajide Ogunleye"],
        ["Nvidia", "Kettle"],
    ),
    (
        "fr",
        "Les nominations de la semaine.\nMistral AI\nLéa Martin, passée par Google, devient directrice des opérations."
        "\nPersist\nSophie Leroy est nommée directrice financière.",
        ["Léa Martin", "Sophie Leroy"],
        ["Mistral AI", "Google", "Persist"],
    ),
    (
        "en",
        "Moves.\nAnthropic\nFunmilayo Cole has joined the policy team.\nLagos\nBabajide Ogunleye joined the "
        "start-up Kettle.\nWander\nAmaka Obi becomes chief operating officer.",
        ["Funmilayo Cole", "Babajide Ogunleye", "Amaka Obi"],
        ["Anthropic", "Kettle", "Wander"],
    ),
    (
        "fr",
        "Carnet.\nOpenAI\nPaul Girard rejoint l'équipe juridique.\nMeadow Labs\nMarc Blanc quitte ses fonctions "
        "de directeur technique.",
        ["Paul Girard", "Marc Blanc"],
        ["OpenAI", "Meadow Labs"],
    ),
    (
        "en",
        "Jane Doe has a long history in the field.\nBackground\nJane Doe joined the start-up Kestrel in 2020.\n"
        "Outlook\nShe leaves next year, the start-up said.",
        ["Jane Doe"],
        ["Kestrel"],
    ),
]


@pytest.mark.parametrize("lang,text,people,companies", COLUMN_LABELS)
def test_a_moves_columns_labels_are_its_companies(reg, lang, text, people, companies):
    _check(reg, lang, text, people, companies)
