"""A headline of one word, or of two with a possessive (issue 14: "a title is a headline"): the name a brief is about,
over its byline and date line, over a standfirst, or right above a lead that opens with it ("Tidewell" over
"Tidewell, a Nairobi start-up, …"). A section label the lead does not name stays navigation, and the page's title is
then derived and flagged."""

from __future__ import annotations

import pytest

from digest.ingest import lines

LEAD_EN = (
    "Tidewell, a Nairobi start-up that builds tools for chip design, said on Thursday it had raised $12 million from "
    "Index Ventures.\nThe money will pay for a lab in Kigali, its founder Ana Silva said.\n"
)
LEAD_FR = (
    "La start-up lyonnaise Kestrel, qui conçoit des robots d'entrepôt, a annoncé jeudi une levée de 12 millions "
    "d'euros menée par Partech.\nLes fonds serviront à ouvrir un bureau à Munich, a indiqué son fondateur.\n"
)

PAGES = [
    ("en", "Home\nNews\nBusiness\nTidewell\nBy Sam Reed\nDecember 4, 2026\n" + LEAD_EN, "Tidewell"),
    ("en", "Home\nNews\nTidewell\n" + LEAD_EN, "Tidewell"),
    ("en", "Menu\nSearch\nTidewell’s bet\nBy Sam Reed | December 4, 2026\n" + LEAD_EN, "Tidewell’s bet"),
    (
        "fr",
        "Accueil\nTech\nKestrel\nLa jeune pousse lyonnaise lève 12 millions pour ses robots.\nPar Jeanne Moreau\n"
        + LEAD_FR,
        "Kestrel",
    ),
    ("fr", "Accueil\nÉconomie\nKestrel\nPar Jeanne Moreau\nPublié le 4 décembre 2026 à 10h12\n" + LEAD_FR, "Kestrel"),
]


@pytest.mark.parametrize(("lang", "text", "headline"), PAGES)
def test_a_one_word_headline_over_the_article(lang, text, headline):
    page = lines.read(text, lang)
    assert page.title is not None and page.title.text == headline


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Home\nNews\nBusiness\nBy Sam Reed\nDecember 4, 2026\n" + LEAD_EN),
        ("fr", "Accueil\nÉconomie\nEntreprises\nPar Jeanne Moreau\n" + LEAD_FR),
    ],
)
def test_a_section_label_the_lead_does_not_name_is_no_headline(lang, text):
    assert lines.read(text, lang).title is None
