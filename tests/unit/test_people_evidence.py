"""People found from the text's own evidence when no first-name list knows the given name, and the lists'
weak names (one locale only) kept from making people of companies."""

from pathlib import Path

import pytest

from digest import registry, roles
from digest.ingest import bylines, entities

TEST_CONTENT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "trust" / "content"


def _people(text: str, lang: str) -> set[str]:
    extraction = entities.extract(text, lang, registry.load(TEST_CONTENT))
    return {e.name for e in extraction.new if e.kind == "person"}


def test_the_invented_given_names_are_unknown_to_the_lists():
    assert roles.gender("Tevrin") == roles.gender("Qorvane") == "unknown"


def test_a_name_one_locale_lists_is_no_common_first_name():
    assert roles.gender("Orange") != "unknown" and not roles.common_first_name("Orange")
    assert roles.common_first_name("Larry") and roles.common_first_name("Akemi")  # romanized Japanese


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("« Nous recrutons à Brest », explique Tevrin Halvagne devant la presse.", "fr", "Tevrin Halvagne"),
        ("“We are hiring in Lyon,” said Tevrin Halvagne on Monday.", "en", "Tevrin Halvagne"),
        ("La société a été rachetée par Tevrin Halvagne, 41 ans, qui la dirige.", "fr", "Tevrin Halvagne"),
        ("The lab is led by Qorvane Ambeth, dean of the engineering school.", "en", "Qorvane Ambeth"),
        (
            "Zelphor Robotics was sold to Vantrex, said Qorvane Ambeth, président-directeur général du groupe.",
            "en",
            "Qorvane Ambeth",
        ),
        (
            "We are proud to back Tevrin Halvagne. We first met Tevrin in 2023, when he was still at a lab.",
            "en",
            "Tevrin Halvagne",
        ),
    ],
)
def test_the_text_makes_a_person_of_an_unknown_given_name(text, lang, person):
    assert person in _people(text, lang)


def test_a_company_named_alone_before_its_product_is_no_person():
    text = "The firm unveiled Quennet Compose in March. Quennet says its tool cuts the work by half."
    assert "Quennet Compose" not in _people(text, "en")


def test_a_determiner_makes_a_noun_of_the_word_before_a_name():
    assert _people("Le Lyonnais Ludvik Ambeth, 37 ans, a quitté Google.", "fr") == {"Ludvik Ambeth"}


def test_a_list_of_bylines_goes_on_as_it_starts():
    assert bylines.names_only("Ann Lee and Tevrin Halvagne")
    assert not bylines.names_only("Tevrin Halvagne and Qorvane Ambeth")
