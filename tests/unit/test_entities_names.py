"""Organisations whose name is longer or shorter than the words a cue sits by (issue 14, point 5): a fund named once
in full and then without its "Capital", an institute of a known society, a national institute whose name holds
a country and "AI", firms named by a trade whose first word is also a first name, and product lines that are no
people. The names are invented unless a sentence is about the knowledge base's well-known organisations."""

import pytest
from test_entities import TEST_CONTENT
from test_entities_evidence import _found

from digest import registry


@pytest.fixture(scope="module")
def reg():
    return registry.load(TEST_CONTENT)


@pytest.mark.parametrize(
    ("text", "company", "short"),
    [
        (
            "Kestrel raised $8 million in a round led by Marlow Peak Capital. Two other investors backed "
            "Marlow Peak's position. Jo Bell, a partner at Marlow Peak, called the vote a mistake.",
            "Marlow Peak Capital",
            "Marlow Peak",
        ),
    ],
)
def test_a_fund_named_without_its_suffix_is_the_same_fund(reg, text, company, short):
    companies, _ = _found(reg, text, "en")
    assert company in companies and short not in companies, companies


def test_an_institute_of_a_known_society_is_an_organisation_of_its_own(reg):
    text = "She spent six years at the Max Planck Institute for Marine Acoustics before founding Kestrel."
    companies, people = _found(reg, text, "en")
    assert "Max Planck Institute for Marine Acoustics" in companies and "Max Planck Society" not in companies
    assert not people, people
    companies, _ = _found(reg, "She worked at the Max Planck Institute before joining Kestrel Labs.", "en")
    assert "Max Planck Society" in companies, companies


def test_a_country_and_ai_before_an_institute_are_part_of_its_name(reg):
    companies, _ = _found(reg, "The UK AI Standards Institute will audit the model next month.", "en")
    assert companies == {"UK AI Standards Institute"}
    companies, _ = _found(reg, "French AI start-up Kestrel raised $5 million.", "en")
    assert companies == {"Kestrel"}


@pytest.mark.parametrize(
    ("text", "lang", "company"),
    [
        ("Kestrel rents its GPUs from the cloud operator Juniper Cloudworks in Osaka.", "en", "Juniper Cloudworks"),
        ("La compagnie bretonne Nolwenn Ferries teste le logiciel sur deux lignes.", "fr", "Nolwenn Ferries"),
    ],
)
def test_a_trade_before_a_name_that_starts_like_a_first_name_makes_it_a_firm(reg, text, lang, company):
    companies, people = _found(reg, text, lang)
    assert company in companies and company not in people, (companies, people)


def test_keeping_company_or_a_place_after_a_trade_is_no_firm(reg):
    companies, people = _found(reg, "Il est venu en compagnie de Jean Dupont, son associé.", "fr")
    assert people == {"Jean Dupont"} and not companies
    companies, _ = _found(reg, "Kestrel Labs sells claims software to insurers in South-east Asia.", "en")
    assert companies == {"Kestrel Labs"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kestrel sells to banks. Its Dhara Veda models now speak twelve languages.", "en"),
        ("Kestrel publie Dhara Veda, une famille de modèles ouverts pour le droit.", "fr"),
        # a known product named like a person, after words a role starts ("le chercheur a testé")
        ("Le chercheur a testé Gemma Nano sur un téléphone.", "fr"),
        ("Google released Gemma 3 on Monday; the model runs on one GPU.", "en"),
    ],
)
def test_a_product_line_is_no_person(reg, text, lang):
    _, people = _found(reg, text, lang)
    assert not people, people


def test_a_role_before_an_organisation_introduces_no_person_inside_its_name(reg):
    text = "Pour Loïc Morvan, associé chez Ardoise Capital Innovation, l'investissement est un pari."
    companies, people = _found(reg, text, "fr")
    assert companies == {"Ardoise Capital Innovation"} and people == {"Loïc Morvan"}, (companies, people)


def test_a_firm_named_after_a_person_of_the_text_keeps_its_name(reg):
    text = "Analysts at Harwood Partners, including Eleanor Harwood, said the guidance was cautious."
    companies, people = _found(reg, text, "en")
    assert companies == {"Harwood Partners"} and people == {"Eleanor Harwood"}, (companies, people)
