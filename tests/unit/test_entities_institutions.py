"""Organisations that are not firms (universities, schools, labs, foundations, public bodies), firms whose name is
more than one word, divisions, and makers named in their products' names (issue 14, point 5). The names are
invented unless a sentence is about the knowledge base's well-known institutions."""

import pytest
from test_entities import TEST_CONTENT
from test_entities_evidence import _found

from digest import registry


@pytest.fixture(scope="module")
def reg():
    return registry.load(TEST_CONTENT)


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        # an employer, a partner, a lab's parent: an actor of a talent-flow story
        ("Sangaré, a professor at MIT, will lead the group.", "en", "MIT"),
        ("Il a enseigné à l'EPFL pendant dix ans.", "fr", "EPFL"),
        ("Elle a enseigné à l'Université de Valbonne avant de fonder sa start-up.", "fr", "Université de Valbonne"),
        (
            "“It will not last,” said Jan Ode, a governance specialist at Fenwick Business School.",
            "en",
            "Fenwick Business School",
        ),
        ("Dr Ana Lim will join Harwick University as director of its new centre.", "en", "Harwick University"),
        # the French noun in small letters, "de" and the name: the institution's name
        (
            "L'université de Valbonne, où il a fait son doctorat, sera partenaire du projet.",
            "fr",
            "Université de Valbonne",
        ),
        # a name that ends in a known name is the longer institution's
        (
            "Elle a travaillé à l'Université Hassan II Polytechnique, puis à Rabat.",
            "fr",
            "Université Hassan II Polytechnique",
        ),
    ],
)
def test_universities_and_schools_are_organisations(reg, text, lang, wanted):
    companies, _ = _found(reg, text, lang)
    assert wanted in companies, companies


# Where someone trained is an organisation of their career, like an employer: the site's company pages are the
# organisations people move between, and a school's page lists who went through it.
@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        (
            "Diplômée de l'École normale supérieure de Rennes, elle a rejoint Mistral AI.",
            "fr",
            "École normale supérieure de Rennes",
        ),
        (
            "He studied physics at Larkfield College and holds a PhD from Stanford University.",
            "en",
            "Larkfield College",
        ),
        (
            "He studied physics at Larkfield College and holds a PhD from Stanford University.",
            "en",
            "Stanford University",
        ),
        ("She earned a doctorate at the University of Tokyo before joining the lab.", "en", "University of Tokyo"),
        ("Tomas Ek, a Larkfield University PhD, joined Kestrel Labs in 2023.", "en", "Larkfield University"),
        ("Formé à l'Université de Valbonne, il a rejoint Kestrel Labs en 2023.", "fr", "Université de Valbonne"),
    ],
)
def test_where_someone_studied_is_an_organisation_of_their_career(reg, text, lang, school):
    companies, _ = _found(reg, text, lang)
    assert school in companies, companies


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("The start-up is based in Berkeley and has five employees.", "en", "University of California, Berkeley"),
        ("Le modèle est distribué sous licence MIT.", "fr", "MIT"),
        # right after an organisation, "à" and a school's name without its article give where it works
        ("Elle est passée par Kestrel Labs à Paris-Saclay.", "fr", "Université Paris-Saclay"),
        ("He ran Kestrel Labs in Berkeley for two years.", "en", "University of California, Berkeley"),
    ],
)
def test_a_university_name_used_as_a_place_or_a_licence_is_none(reg, text, lang, place):
    companies, _ = _found(reg, text, lang)
    assert place not in companies, companies


@pytest.mark.parametrize(
    ("text", "lang", "parent", "part"),
    [
        ("Ines Roy spent six years at the Alphabet-owned lab before joining Mistral AI.", "en", "Google", "Alphabet"),
        ("The model is deployed on AWS for its banking customers.", "en", "Amazon", "Amazon Web Services"),
        ("Deux ingénieurs venus d'IBM Research rejoignent la start-up.", "fr", "IBM", "IBM Research"),
        # a division named in full
        ("Tidewater was founded by former Amazon Robotics executive Dana Whit.", "en", "Amazon", "Amazon Robotics"),
        ("L'équipe vient de Salesforce Research, à Palo Alto.", "fr", "Salesforce", "Salesforce Research"),
    ],
)
def test_a_parent_and_its_division_are_two_organisations(reg, text, lang, parent, part):
    companies, _ = _found(reg, text, lang)
    assert part in companies and parent not in companies, companies


@pytest.mark.parametrize(
    ("text", "lang", "maker"),
    [
        ("It competes with GitHub Copilot in the enterprise.", "en", "GitHub"),
        ("The model was trained on a cluster of Nvidia H200 GPUs.", "en", "Nvidia"),
        ("Il fonctionne sur un Samsung Galaxy S25 sans connexion.", "fr", "Samsung"),
    ],
)
def test_a_product_named_with_its_maker_and_a_model_names_the_maker(reg, text, lang, maker):
    companies, _ = _found(reg, text, lang)
    assert maker in companies, companies


def test_a_product_or_service_named_without_a_model_names_no_maker(reg):
    companies, _ = _found(reg, "The app ranks high on Google Play in France.", "en")
    assert "Google" not in companies, companies


def test_data_providers_cited_are_organisations(reg):
    companies, _ = _found(reg, "The fund has raised $2bn since 2019, according to PitchBook data.", "en")
    assert "PitchBook" in companies, companies


@pytest.mark.parametrize(
    ("text", "lang", "wanted", "unwanted"),
    [
        (
            "“Prices look absurd,” said Anna Berg, an analyst at Trelawny & Co. “It will pass.”",
            "en",
            "Trelawny & Co.",
            "Trelawny",
        ),
        (
            "Mira Osei, a researcher at Stanford's Center for Research on Coastal Systems, said so.",
            "en",
            "Center for Research on Coastal Systems",
            "Center for Research",
        ),
        (
            "Il dirige le centre de l'université Savoie Rhodanie, qui recrute dix chercheurs.",
            "fr",
            "Université Savoie Rhodanie",
            "Savoie Rhodanie",
        ),
        (
            "Le tour est financé par la Fondation jurassienne pour l'innovation et plusieurs entrepreneurs.",
            "fr",
            "Fondation jurassienne pour l'innovation",
            None,
        ),
        (
            "VQR avait reçu l'appui du Fonds Bellerive et de Capital Saint-Ours, qui réalisent un rendement.",
            "fr",
            "Capital Saint-Ours",
            None,
        ),
        (
            "Elle enseigne à l'École normale supérieure de Rennes, où elle dirige une équipe.",
            "fr",
            "École normale supérieure de Rennes",
            "École normale supérieure",
        ),
    ],
)
def test_an_organisation_is_taken_by_its_whole_name(reg, text, lang, wanted, unwanted):
    companies, people = _found(reg, text, lang)
    assert wanted in companies and unwanted not in companies | people, companies


def test_an_institution_noun_in_small_letters_alone_names_nothing(reg):
    companies, _ = _found(reg, "Une université de Lyon et une école de commerce ouvrent un cursus.", "fr")
    assert not any("niversit" in c or "cole" in c for c in companies), companies
