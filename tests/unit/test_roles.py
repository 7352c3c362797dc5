"""Roles shown in the page's language: the glossary shared by ingest descriptions and the site."""

import pytest

from digest import roles


@pytest.mark.parametrize(
    "role,lang,female,expected",
    [
        ("interim CEO", "fr", False, "PDG par intérim"),
        ("PDG par intérim", "en", False, "interim CEO"),
        ("directeur général", "en", False, "CEO"),
        ("chief technology officer", "fr", True, "directrice technique"),
        ("former CTO", "fr", True, "ancienne directrice technique"),
        ("ancien président", "en", False, "former president"),
        ("ancienne directrice de la recherche", "en", True, "former head of research"),
        ("interim co-CEO", "fr", True, "co-PDG par intérim"),
        ("codirectrice générale", "en", True, "co-CEO"),
        ("directrice générale déléguée", "en", True, "deputy CEO"),
        ("chief artificial intelligence officer", "fr", True, "directrice de l’IA"),
        ("co-fondateur", "en", False, "co-founder"),
        ("Chief Scientist", "fr", False, "scientifique en chef"),
        ("board member", "fr", True, "membre du conseil d’administration"),
        ("VP of generative-AI research", "fr", False, None),  # not a plain role: shown as written
    ],
)
def test_translate(role, lang, female, expected):
    assert roles.translate(role, lang, female) == expected


def test_french_agreement_follows_the_first_name():
    assert roles.is_female("Mira Murati") and not roles.is_female("Sam Altman")


def test_first_names_are_known_with_or_without_their_accents():
    assert roles.is_female("Céline Martin") and roles.is_female("Ségolène Royal")  # listed with the accent
    assert roles.is_female("Siobhán Kelly") and roles.gender("Ciarán") == "male"  # listed without it
    assert roles.gender("Xqzt") == "unknown"


def test_first_names_of_every_continent_are_known_and_ordinary_words_are_not():
    names = "Kofi Aminata Idrissa Ngozi Hiroshi Haruto Priyanka Deepika Noam Gwenaëlle Rhys Ségolène Jean"
    assert [name for name in names.split() if roles.gender(name) == "unknown"] == []
    assert roles.gender("Jean") == "mostly_male" and roles.gender("Camille") == "mostly_female"  # over many countries
    words = "The Chief General Captain Director Lab Anvil Google Mistral Research Founder"
    assert [word for word in words.split() if roles.gender(word) != "unknown"] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("la nomination d’Emmett Shear, PDG et cofondateur de Twitch, comme PDG par intérim d’OpenAI", "interim CEO"),
        ("was named interim CEO on Sunday", "interim CEO"),
        ("a été nommée vice-présidente de la recherche", "vice president"),
        ("OpenAI a nommé Mira Murati directrice technique", "chief technology officer"),
        ("nommé directeur financier", "chief financial officer"),
        ("a rejoint l'entreprise", None),
    ],
)
def test_find_the_role_given(text, expected):
    assert roles.find(text) == expected
