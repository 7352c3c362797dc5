"""A departure told without an object leaves the company of the person's post, also when the post is named by its
field ("head of AI", "chief product officer", "directeur produit"), and when it opens the sentence with the year since
which it is held ("Chief product officer at Acme since 2021, X steps down"): that year describes the person, it does
not date the news."""

import pytest
from article_events import event_facts


@pytest.mark.parametrize(
    "lang, text, person, company",
    [
        ("en", "Hannah Cole, head of AI at Dropbox, is leaving.", "hannah-cole", "dropbox"),
        ("en", "Marcus Bell, chief product officer at Lyft, is stepping down.", "marcus-bell", "lyft"),
        (
            "en",
            "Vice-president of engineering at Dropbox since early 2019, Hannah Cole is leaving this month.",
            "hannah-cole",
            "dropbox",
        ),
        (
            "en",
            "Chief product officer at Lyft since 2021, Marcus Bell is stepping down at the end of the month.",
            "marcus-bell",
            "lyft",
        ),
        (
            "fr",
            "Responsable du design chez Qonto depuis 2018, Inès Charpentier quitte ses fonctions.",
            "ines-charpentier",
            "qonto",
        ),
        (
            "fr",
            "Directeur produit de Deezer depuis 2020, Olivier Danel quitte ses fonctions à la fin du mois.",
            "olivier-danel",
            "deezer",
        ),
    ],
)
def test_a_departure_leaves_the_company_of_a_post_named_by_its_field(lang, text, person, company):
    assert ("leaves", person, company) in event_facts(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Head of AI at Dropbox in 2019, Hannah Cole is leaving Figma."),
        ("fr", "Directrice produit de Qonto en 2018, Inès Charpentier quitte Alan."),
    ],
)
def test_a_post_held_in_another_year_is_not_the_company_left(lang, text):
    assert not any(company in ("dropbox", "qonto") for _, _, company in event_facts(text, lang))
