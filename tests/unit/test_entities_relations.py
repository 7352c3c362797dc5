"""Organisations no registry knows, found from what the sentence says of them (issue 14, point 5): business
relations (rivals, customers, partners, pilots, talks), names spelled out before their acronym or French
public bodies' names with lower-case words, and universities acting in the story. The names are invented."""

import pytest
from test_entities import TEST_CONTENT
from test_entities_evidence import _found

from digest import registry


@pytest.fixture(scope="module")
def reg():
    return registry.load(TEST_CONTENT)


@pytest.mark.parametrize(
    ("text", "lang", "company"),
    [
        ("Competitors like Drumvale are investing heavily in AI.", "en", "Drumvale"),
        ("It faces Quillane and a crowd of smaller rivals.", "en", "Quillane"),
        ("Torvik is running a pilot with us across 300 farms. Results are due in May.", "en", "Torvik"),
        ("We're also working with Pellaro on a methodology.", "en", "Pellaro"),
        ("Brennick and Sollway have both run pilots with the company.", "en", "Sollway"),
        ("Des discussions sont en cours avec Varnelle, selon nos informations.", "fr", "Varnelle"),
        ("Le modèle est déployé depuis mars en phase pilote par Ostrane dans ses centres.", "fr", "Ostrane"),
        ("Il a indiqué que Calvérac et deux ministères testent déjà le logiciel.", "fr", "Calvérac"),
        ("Fondée par deux anciens d'Aubrelle, la jeune pousse vise l'aéronautique.", "fr", "Aubrelle"),
        ("Les données viennent d'un partenariat avec le sous-traitant Morvan Usinage.", "fr", "Morvan Usinage"),
        ("Trelune et Gavrois figurent parmi ses premiers clients.", "fr", "Gavrois"),
    ],
)
def test_a_business_relation_names_an_organisation(reg, text, lang, company):
    companies, people = _found(reg, text, lang)
    assert company in companies and company not in people


def test_first_names_after_a_relation_are_people_not_companies(reg):
    companies, _ = _found(reg, "Kenavo! We are proud to partner with Erwan, Soizic and Malo.", "en")
    assert not {"Erwan", "Soizic", "Malo"} & companies


@pytest.mark.parametrize(
    ("text", "lang", "company"),
    [
        (
            "Elle est née au sein du Laboratoire de vision et de robotique de Cerdagne (LVRC), en 2022.",
            "fr",
            "Laboratoire de vision et de robotique de Cerdagne",
        ),
        ("D'anciens cadres de l'Office régional des vignes (ORV) ont investi.", "fr", "Office régional des vignes"),
        (
            "It received a grant from the Ministry of Ports, Fisheries and Shipping (MPFS), which backs start-ups.",
            "en",
            "Ministry of Ports, Fisheries and Shipping",  # its name keeps its comma
        ),
        (
            "Pour Léa Morin, chercheuse associée à l'Observatoire valaisan de l'IA, l'annonce tombe bien.",
            "fr",
            "Observatoire valaisan de l'IA",
        ),
        (
            "Selon Paul Girard, directeur de l'Institut Ibn Tofaïl pour le numérique, les salaires montent.",
            "fr",
            "Institut Ibn Tofaïl pour le numérique",
        ),
        # a university acting in the story: joined, presided, announcing
        (
            "Dr Nkem Obi will join Harwick University as the founding director of its new centre.",
            "en",
            "Harwick University",
        ),
        (
            "Pour Anne Roux, présidente de l'Université Val-de-Brenne, c'est une reconnaissance.",
            "fr",
            "Université Val-de-Brenne",
        ),
        (
            "L'Université Saône-Jura et sa filiale de valorisation annoncent la création de la start-up.",
            "fr",
            "Université Saône-Jura",
        ),
    ],
)
def test_organisation_names_with_lower_case_words_or_acting_universities(reg, text, lang, company):
    companies, _ = _found(reg, text, lang)
    assert company in companies


@pytest.mark.parametrize(
    ("text", "lang", "unwanted"),
    [
        ("Large Language Models (LLMs) are trained on text.", "en", "Large Language Models"),
        ("Le directeur de l'Institut publie chaque année un rapport sur le secteur.", "fr", "Institut publie"),
        ("The network links thousands of GPUs inside data centres; every operator is short on GPUs.", "en", "GPUs"),
        ("Quelqu'un teste le modèle.", "fr", "Quelqu'un"),
    ],
)
def test_acronyms_of_things_and_common_words_are_no_organisations(reg, text, lang, unwanted):
    companies, _ = _found(reg, text, lang)
    assert not any(unwanted in name for name in companies), companies


def test_a_title_is_no_organisation(reg):
    companies, _ = _found(reg, "Le président de la République visitera le salon.", "fr")
    assert "République" not in companies
