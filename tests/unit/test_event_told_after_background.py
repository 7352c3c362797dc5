"""Moves told after a sentence of background that names the company: a departure whose post is the company's by a
possessive ("X, its chief scientist, resigned", "X, son directeur scientifique, a démissionné"), and a founding told
with "set up" or an adverb between auxiliary and participle ("a désormais créé"), the founder named by surname."""

import pytest
from article_events import event_facts


@pytest.mark.parametrize(
    "lang, text, person, company",
    [
        (
            "en",
            "Vellum has raised $500 million. On Friday, Arjun Patel, its chief scientist, resigned.",
            "arjun-patel",
            "vellum",
        ),
        (
            "en",
            "Three senior people have left Vellum this month. Lena Fischer, its head of AI, resigned on Friday.",
            "lena-fischer",
            "vellum",
        ),
        (
            "fr",
            "La start-up Vellum s'est fait un nom. Elle affronte Adobe. Vendredi, Damien Lefort, son directeur "
            "scientifique, a démissionné.",
            "damien-lefort",
            "vellum",
        ),
        (
            "fr",
            "Trois cadres ont quitté Vellum ce mois-ci. Lucie Garnier, sa directrice de l'IA, a démissionné vendredi.",
            "lucie-garnier",
            "vellum",
        ),
    ],
)
def test_a_departure_from_the_company_a_possessive_post_names(lang, text, person, company):
    assert ("leaves", person, company) in event_facts(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Adrien Lavigne spent a decade at AXA. Lavigne has now set up Oakridge, which sells risk models."),
        ("en", "Adrien Lavigne is setting up Oakridge, a start-up that sells risk models."),
        ("fr", "Adrien Lavigne a passé dix ans chez AXA. Lavigne a désormais créé Oakridge, qui vend des modèles."),
        ("fr", "Adrien Lavigne a déjà cofondé Oakridge avec deux anciens collègues."),
    ],
)
def test_a_founding_told_with_set_up_or_an_adverb(lang, text):
    assert ("founds", "adrien-lavigne", "oakridge") in event_facts(text, lang)
