"""Organisations named by a periphrasis, an acronym, a region's council, a legal name or a lab of a big company, and
names that are no organisation or person (a function after "head of", a university's school, a term in quotation
marks, a machine named after someone, a contact line). The names are invented unless a sentence is about the
knowledge base's well-known organisations."""

import pytest
from test_entities import TEST_CONTENT
from test_entities_evidence import _found

from digest import registry
from digest.ingest import entities


@pytest.fixture(scope="module")
def reg():
    return registry.load(TEST_CONTENT)


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        # an epithet of the knowledge base after another determiner than its own
        ("Il a passé six ans au sein du géant de Redmond avant de rentrer à Nantes.", "fr", "Microsoft"),
        # a subsidiary names its parent
        ("Parmi ses premiers clients figure une filiale d'Orange.", "fr", "Orange"),
        # a big company's research lab is an organisation of its own
        ("Elle a quitté FAIR, le laboratoire de recherche fondamentale de Meta, en mars.", "fr", "FAIR"),
        ("Before that he spent four years as a research scientist at Sony AI in Zurich.", "en", "Sony AI"),
        # well-known groups and public bodies named once in passing
        ("Les deux fondateurs sont d'anciens ingénieurs d'Airbus.", "fr", "Airbus"),
        ("The model was trained on hours granted by GENCI, France's national compute agency.", "en", "GENCI"),
        ("Historic robot makers such as Fanuc ship their own software.", "en", "Fanuc"),
        # a French region's council funds and partners
        ("Le programme est soutenu par la Région Normandie et par deux écoles.", "fr", "Région Normandie"),
    ],
)
def test_organisations_named_in_passing_are_found(reg, text, lang, wanted):
    companies, people = _found(reg, text, lang)
    assert wanted in companies, companies
    assert wanted not in people


def test_a_lab_spelled_out_before_its_acronym_is_named_by_the_acronym_the_text_uses(reg):
    text = (
        "Le Laboratoire Lyonnais d'Apprentissage Automatique et de Robotique (LLAR) accueille une chercheuse. "
        "Le LLAR compte quarante membres. La directrice du LLAR salue son arrivée."
    )
    companies, _ = _found(reg, text, "fr")
    assert "LLAR" in companies, companies
    assert not any(name.startswith("Laboratoire") or name.startswith("Apprentissage") for name in companies)
    extraction = entities.extract(text, "fr", reg)
    lab = next(e for e in extraction.new if e.name == "LLAR")
    assert "Laboratoire Lyonnais d'Apprentissage Automatique et de Robotique" in lab.aliases


def test_a_name_spelled_out_once_and_not_repeated_by_acronym_keeps_its_long_name(reg):
    text = "Le projet est financé par l'Office régional des données agricoles (ORDA), qui a lancé un appel."
    companies, _ = _found(reg, text, "fr")
    assert "Office régional des données agricoles" in companies, companies


def test_a_fund_s_legal_name_in_its_copyright_line_is_the_fund(reg):
    text = (
        "Today we are announcing that Larchmont Capital led the seed round of Pivane.\n\n"
        "© 2026 Larchmont Capital Management LLP. This post is not an offer to sell any security."
    )
    companies, _ = _found(reg, text)
    assert "Larchmont Capital" in companies, companies
    assert not any("Management" in name for name in companies), companies


@pytest.mark.parametrize(
    ("text", "lang", "unwanted"),
    [
        # a function after "head of", that the text also writes in small letters
        (
            "We welcome Dana Roe as our Head of Inference. She will make inference cheaper for every customer.",
            "en",
            "Inference",
        ),
        # a university's school
        (
            "“It matters,” said Paul Ode, dean of the School of Computing at Harwick University.",
            "en",
            "School of Computing",
        ),
        # a term introduced in quotation marks
        (
            "He will launch a start-up focused on “Advanced Machine Intelligence”, systems that plan.",
            "en",
            "Advanced Machine Intelligence",
        ),
    ],
)
def test_functions_units_and_terms_are_no_organisations(reg, text, lang, unwanted):
    companies, _ = _found(reg, text, lang)
    assert unwanted not in companies, companies


@pytest.mark.parametrize(
    ("text", "lang", "unwanted"),
    [
        ("Le modèle a été entraîné sur le supercalculateur Jean Zay, près de Paris.", "fr", "Jean Zay"),
        ("It ran on the Jean Zay public supercomputer for three weeks.", "en", "Jean Zay"),
        ("La chaire Marie Curie finance deux postes.", "fr", "Marie Curie"),
    ],
)
def test_a_machine_or_chair_named_after_someone_is_no_person(reg, text, lang, unwanted):
    _, people = _found(reg, text, lang)
    assert unwanted not in people, people


def test_a_contact_line_s_verb_is_no_part_of_the_name(reg):
    _, people = _found(reg, "The company plans to open an office in Oslo. Reach Kira Lund at kira@example.com", "en")
    assert "Reach Kira Lund" not in people, people
    assert "Kira Lund" in people, people


def test_a_person_after_a_role_and_before_and_is_still_a_person(reg):
    text = "The start-up was founded by mechanical engineer Sipho Dlamini and computer scientist Ana Ferro."
    _, people = _found(reg, text)
    assert {"Sipho Dlamini", "Ana Ferro"} <= people, people


def test_a_board_chair_is_a_person(reg):
    _, people = _found(reg, "Board chair Deborah Kinsale will take over as interim chief executive.", "en")
    assert "Deborah Kinsale" in people, people


def test_a_rare_first_name_listed_beside_a_known_one_makes_a_person(reg):
    text = (
        "Marie-Claire Dubois spent ten years at Inria. Oumarou Tiendrebeogo built training clusters at a bank. "
        "We are glad to back Marie-Claire, Oumarou and their team."
    )
    _, people = _found(reg, text)
    assert "Oumarou Tiendrebeogo" in people, people


def test_a_city_before_a_new_company_s_name_is_no_part_of_it(reg):
    text = "Le 3 mars, elle a lancé à Lyon Brumaire, une start-up qui conçoit des capteurs."
    companies, _ = _found(reg, text, "fr")
    assert "Brumaire" in companies, companies
    assert "Lyon Brumaire" not in companies, companies


def test_a_fund_named_after_a_city_keeps_the_city(reg):
    companies, _ = _found(reg, "It raised a seed round last year from Osaka Ventures and is hiring fast.")
    assert "Osaka Ventures" in companies, companies
