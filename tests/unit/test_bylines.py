"""Bylines of shapes the first sets missed (issue 14, point 2): a newsroom with a journalist, journalists each in a
city, a name beside a handle, a closing credit to those who helped; a box's label is nobody; a photographer's
commission names the outlet of a page nothing else names. Pages written for these tests from the kinds of page."""

import pytest

from digest.ingest import bylines, lines

LEAD_EN = (
    "Nexalis, a Lyon start-up, said on Tuesday it had raised 12 million euros from French funds to double its "
    "team of engineers by the end of the year.\n"
    "The round was led by a Paris fund, and the company plans to open an office in Berlin next spring.\n"
)
LEAD_FR = (
    "La start-up lyonnaise Nexalis a levé 12 millions d'euros auprès de fonds français pour doubler son équipe "
    "d'ingénieurs d'ici la fin de l'année, a-t-elle annoncé mardi.\n"
    "Le tour a été mené par un fonds parisien, et la société prévoit d'ouvrir un bureau à Berlin au printemps.\n"
)


@pytest.mark.parametrize(
    "line, authors",
    [
        ("La rédaction du Veilleur avec Julien Marchal", ["Julien Marchal"]),
        ("Harbour Gazette staff with Ann Whitlock", ["Ann Whitlock"]),
    ],
)
def test_a_newsroom_with_its_journalist(line, authors):
    assert bylines.byline(line)[0] == authors


def test_journalists_each_in_a_city_and_a_name_beside_its_handle():
    pair = lines.read(
        "The Harbour Gazette\nNews  Tech  Markets\nNexalis raises 12 million euros for its language models\n"
        "Start-up plans to double its team of engineers\nMarta Lindqvist in London and Benoît Caradec in Paris\n"
        "March 21 2026\n" + LEAD_EN,
        "en",
    )
    assert pair.authors == ["Marta Lindqvist", "Benoît Caradec"]
    handle = lines.read(
        "HGZ\nMarkets  Tech  Video\nNexalis raises 12 million euros for its language models\n"
        "PUBLISHED THU, JAN 15 2026 10:21 AM EST\nMarta Lindqvist @MARTALTV\nSHARE\nKEY POINTS\n" + LEAD_EN,
        "en",
    )
    assert handle.authors == ["Marta Lindqvist"]
    assert bylines.names_in("Sam Porter in San Francisco") == ["Sam Porter in San Francisco"]  # a caption's place


@pytest.mark.parametrize(
    "closing, lang, lead",
    [
        ("— With assistance from Kenji Moriyama", "en", LEAD_EN),
        ("Avec la collaboration de Kenji Moriyama", "fr", LEAD_FR),
    ],
)
def test_a_closing_credit_to_those_who_helped(closing, lang, lead):
    page = lines.read("Nexalis raises 12 million euros\nBy Ann Whitlock\n" + lead + closing + "\n", lang)
    assert page.authors == ["Ann Whitlock", "Kenji Moriyama"]


def test_a_photographers_commission_names_the_outlet_only_when_nothing_else_does():
    alone = lines.read(
        "Nexalis lève 12 millions d'euros\nPar Aurore Kerbiriou\n"
        + LEAD_FR
        + "L'équipe de Nexalis à Lyon. © Jean Moreau pour Regards\n",
        "fr",
    )
    assert alone.source == "Regards"
    named = lines.read(
        "Nexalis lève 12 millions d'euros\nPar Aurore Kerbiriou\n"
        + LEAD_FR
        + "L'équipe de Nexalis à Lyon. © Jean Moreau pour Regards\n© Le Veilleur 2026 - Tous droits réservés\n",
        "fr",
    )
    assert named.source == "Le Veilleur"


@pytest.mark.parametrize(
    "line, authors, outlet",
    [
        ("By Ann Whitlock, Senior Reporter, and Bo Lindahl", ["Ann Whitlock", "Bo Lindahl"], None),
        ("Par Anne Keraudren (à Genève) et Paul Ménard", ["Anne Keraudren", "Paul Ménard"], None),
        ("Contributor: Ann Whitlock", ["Ann Whitlock"], None),
        ("Auteur : Anne Keraudren", ["Anne Keraudren"], None),
    ],
)
def test_a_byline_s_second_author_after_a_role_or_a_place_and_a_labelled_author(line, authors, outlet):
    assert bylines.byline(line) == (authors, outlet)
