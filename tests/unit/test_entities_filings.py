"""Companies and people in filings and press releases (issue 14, point 5): the terms a filing defines, a company's
boards and committees, "the Company" and "le Groupe" are nobody; an issuer's "About X" section, "Grupo X", the
exchange a company is listed on and an investor a round comes from are organisations. The names are invented."""

import pytest
from test_entities import TEST_CONTENT
from test_entities_evidence import _found

from digest import registry
from digest.ingest import entities


@pytest.fixture(scope="module")
def reg():
    return registry.load(TEST_CONTENT)


FILING = (
    "On March 2, 2026, Tobias Wrenfield notified Quillmark Devices, Inc. (the \u201cCompany\u201d) of his decision to "
    "resign as Chief Financial Officer of the Company, effective April 3, 2026 (the \u201cTransition Date\u201d). "
    "The Company's Board of Directors has appointed Marisol Ekwueme to serve through the Transition Date. "
    "Item 5.02 Departure of Directors or Certain Officers; Election of Directors. "
    "In 2024 the Company acquired Halbrook Robotics Ltd (\u201cHalbrook\u201d); Halbrook keeps its brand."
)


def test_a_filings_defined_terms_and_organs_are_nobody(reg):
    companies, people = _found(reg, FILING)
    assert companies == {"Quillmark Devices", "Halbrook Robotics"}, companies  # a short name defined stays one
    assert people == {"Tobias Wrenfield", "Marisol Ekwueme"}, people


COMMUNIQUE = (
    "Groupe Ternalis annonce une évolution de son Directoire.\n"
    "Le Conseil de surveillance, réuni sous la présidence de Mme Odette Farange, a nommé M. Rémi Kastler, "
    "directeur technique du Groupe, membre du Directoire. Sur proposition du Comité des nominations et des "
    "rémunérations, le Conseil a pris acte du départ de Mme Inès Morvellec.\n"
    "« Je remercie Inès », a déclaré Paul Serrurier, président du Directoire de Groupe Ternalis.\n"
    "À propos de Groupe Ternalis\n"
    "Groupe Ternalis est coté sur le compartiment B d'Euronext Paris. Le Groupe compte 3 000 collaborateurs."
)


def test_a_companys_boards_and_the_group_are_no_companies(reg):
    companies, people = _found(reg, COMMUNIQUE, "fr")
    assert companies == {"Groupe Ternalis"}, companies
    assert {"Odette Farange", "Rémi Kastler", "Paul Serrurier"} <= people, people


@pytest.mark.parametrize(
    ("text", "lang", "company"),
    [
        # a press release's "About X" section names its issuer
        (
            "Ventes en hausse au premier trimestre.\nÀ propos de Corbelis\nCorbelis conçoit des capteurs.",
            "fr",
            "Corbelis",
        ),
        ("Sales rose in the first quarter.\nAbout Tallowmere\nTallowmere makes sensors for ports.", "en", "Tallowmere"),
        # a Spanish or Italian group's name
        ("Madrid, le 2 mars. Grupo Salvatierra Logística annonce un rachat.", "fr", "Grupo Salvatierra Logística"),
        # the exchange a company is listed on
        ("La société, cotée au Brivexa, l'a confirmé dans un document.", "fr", "Brivexa"),
        ("Orlinde is listed on the Harcourt Stock Exchange since 2019.", "en", "Harcourt Stock Exchange"),
        # an investor a round comes from
        ("The company raised $2 million in seed funding from Pellucid Amorçage and angels.", "en", "Pellucid Amorçage"),
        # a name led by digits
        ("Nora Bell left 4Winds Robotics to start a company of her own.", "en", "4Winds Robotics"),
        # what a business makes, in an apposition
        ("Pellitra, which makes inspection software, hired two engineers.", "en", "Pellitra"),
        ("Ormavel, qui édite des logiciels de paie, recrute vingt personnes.", "fr", "Ormavel"),
        # the subject after a founding participle's phrase
        ("Fondée en 2023 à Nantes, Velorn développe des capteurs pour l'agriculture.", "fr", "Velorn"),
        ("Founded in 2021 by two former lawyers, Quarrel builds tools for courts.", "en", "Quarrel"),
        # the employer someone comes from
        ("He joins from Tervado, where he led the data team.", "en", "Tervado"),
        ("The Lisbon start-up hired a CFO from Quenvia last month.", "en", "Quenvia"),
        # the lead investor of a round
        ("Today we announce that Tarnholt is leading the €42 million Series A of a port start-up.", "en", "Tarnholt"),
        ("Selon le communiqué, Orvane mène le tour de table aux côtés de business angels.", "fr", "Orvane"),
        # an acronym after a cue and its article
        ("Son associé, passé par le CNEV puis par l'industrie, a écrit les algorithmes.", "fr", "CNEV"),
    ],
)
def test_organisations_named_by_a_press_release(reg, text, lang, company):
    companies, _ = _found(reg, text, lang)
    assert company in companies, companies


@pytest.mark.parametrize(
    ("text", "lang", "person", "company"),
    [
        # a French institution noun in small letters before a person's name: the institution named after them
        (
            "Awa Diallo, formée à l'université Cheikh-Hamidou-Kane de Matam puis à Lyon, a fondé la start-up.",
            "fr",
            "Awa Diallo",
            "Université Cheikh-Hamidou-Kane de Matam",
        ),
        # an organisation's kind as an acronym before a name
        (
            "Le projet a été accompagné par la SATT Aurore Valorisation, qui a financé la maturation.",
            "fr",
            None,
            "SATT Aurore Valorisation",
        ),
    ],
)
def test_institutions_named_like_people_are_no_people(reg, text, lang, person, company):
    companies, people = _found(reg, text, lang)
    assert company in companies, companies
    assert people == ({person} if person else set()), people


def test_a_clause_after_a_product_is_no_apposition(reg):
    text = (
        "Veldris today agreed to acquire Corvel SAS, a Nantes-based software developer. Its flagship product, "
        "Corvel Audit, is used by banks."
    )
    companies, _ = _found(reg, text)
    assert "Corvel Audit" not in companies, companies
    assert "Corvel" in companies, companies


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("The company's Head of Product, Ivo Marsh, previously worked at Pelvane.", "Product"),
        ("Before that, she was Vice President of Engineering at Quillon.", "Engineering"),
        ("She previously ran design at Quillon and Growth at Pelvane.", "Growth"),
    ],
)
def test_a_companys_functions_are_no_companies(reg, text, company):
    companies, _ = _found(reg, text)
    assert company not in companies, companies


def test_a_comma_then_named_is_a_verb(reg):
    companies, people = _found(reg, "Halcyon Health, the Boston-based company, named Ravi Shah chief medical officer.")
    assert "Ravi Shah" in people, (companies, people)
    assert "Ravi Shah" not in companies, companies


def test_a_defined_organisation_noun_names_the_company_it_defines(reg):
    text = (
        "Tobias Wrenfield notified Quillmark Systems, Inc. (the \u201cCompany\u201d) of his decision to resign. "
        "The Company's board accepted it."
    )
    extraction = entities.extract(text, "en", reg)
    uses = [m for m in extraction.mentions if m.surface.startswith("Company")]
    assert [m.id for m in uses] == ["quillmark-systems", "quillmark-systems"], uses
