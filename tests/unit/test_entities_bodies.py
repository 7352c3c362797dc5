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
        # a name written in small letters, next to an organisation cue
        ("OpenAI said it would acquire io, the hardware start-up co-founded by Jony Ive.", "en", "io"),
        # a device of a maker's make names the maker
        ("The models run on the robot's own controller or a small Nvidia Jetson board.", "en", "Nvidia"),
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


@pytest.mark.parametrize(
    ("text", "lang", "wanted", "unwanted"),
    [
        # spelled out once and not repeated by its acronym: the long name stays
        (
            "Le projet est financé par l'Office régional des données agricoles (ORDA), qui a lancé un appel.",
            "fr",
            "Office régional des données agricoles",
            "ORDA",
        ),
        # a fund's legal name in its copyright line is the fund
        (
            "Today we are announcing that Larchmont Capital led the seed round of Pivane.\n\n"
            "© 2026 Larchmont Capital Management LLP. This post is not an offer to sell any security.",
            "en",
            "Larchmont Capital",
            "Larchmont Capital Management",
        ),
        # a city before a new company's name is no part of it, unless only a suffix follows
        (
            "Le 3 mars, elle a lancé à Lyon Brumaire, une start-up qui conçoit des capteurs.",
            "fr",
            "Brumaire",
            "Lyon Brumaire",
        ),
        (
            "It raised a seed round last year from Osaka Ventures and is hiring fast.",
            "en",
            "Osaka Ventures",
            "Ventures",
        ),
    ],
)
def test_a_company_is_taken_by_the_name_it_goes_by(reg, text, lang, wanted, unwanted):
    companies, _ = _found(reg, text, lang)
    assert wanted in companies, companies
    assert unwanted not in companies, companies


@pytest.mark.parametrize(
    ("text", "lang", "wanted", "unwanted"),
    [
        # a machine or a chair named after someone
        ("Le modèle a été entraîné sur le supercalculateur Jean Zay, près de Paris.", "fr", set(), "Jean Zay"),
        ("It ran on the Jean Zay public supercomputer for three weeks.", "en", set(), "Jean Zay"),
        ("La chaire Marie Curie finance deux postes.", "fr", set(), "Marie Curie"),
        # a contact line's verb
        (
            "The company plans to open an office in Oslo. Reach Kira Lund at kira@example.com",
            "en",
            {"Kira Lund"},
            "Reach Kira Lund",
        ),
        # roles before the names and a conjunction or a role word after them
        (
            "The start-up was founded by mechanical engineer Sipho Dlamini and computer scientist Ana Ferro.",
            "en",
            {"Sipho Dlamini", "Ana Ferro"},
            "Ana",
        ),
        ("Board chair Deborah Kinsale will take over as interim chief executive.", "en", {"Deborah Kinsale"}, "Board"),
        # a first name no list knows, listed beside a known one
        (
            "Marie-Claire Dubois spent ten years at Inria. Oumarou Tiendrebeogo built training clusters at a bank. "
            "We are glad to back Marie-Claire, Oumarou and their team.",
            "en",
            {"Oumarou Tiendrebeogo"},
            "Oumarou",
        ),
    ],
)
def test_people_are_named_and_things_named_after_them_are_not(reg, text, lang, wanted, unwanted):
    _, people = _found(reg, text, lang)
    assert wanted <= people, people
    assert unwanted not in people, people
