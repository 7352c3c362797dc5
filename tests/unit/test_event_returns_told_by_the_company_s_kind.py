"""Moves whose company is told by its kind after a word of time or a verb of return ("Elle quitte aujourd'hui
l'entreprise", "She is officially leaving the company", "X fait son retour chez Acme", "X retrouve la licorne
parisienne comme directrice"): the company the article names before."""

import pytest
from article_events import event_facts


@pytest.mark.parametrize(
    "lang, text, fact",
    [
        (
            "fr",
            "Inès Charpentier a construit l'équipe de Microsoft. Elle quitte aujourd'hui l'entreprise.",
            ("leaves", "ines-charpentier", "microsoft"),
        ),
        (
            "en",
            "Hannah Cole built the team at Microsoft. She is officially leaving the company.",
            ("leaves", "hannah-cole", "microsoft"),
        ),
        (
            "fr",
            "Bastien Fayolle a dirigé le design de Microsoft. Fayolle fait son retour chez Microsoft ce mois-ci.",
            ("joins", "bastien-fayolle", "microsoft"),
        ),
        (
            "fr",
            "Microsoft fait revenir une ingénieure. Elsa Morin retrouve la licorne américaine comme directrice de "
            "l'ingénierie, quatre ans après l'avoir quittée.",
            ("joins", "elsa-morin", "microsoft"),
        ),
        (
            "fr",
            "Microsoft rappelle une ancienne. Elsa Morin retrouve l'entreprise au poste de directrice technique.",
            ("joins", "elsa-morin", "microsoft"),
        ),
    ],
)
def test_a_move_at_the_company_told_by_its_kind(lang, text, fact):
    assert fact in event_facts(text, lang)


def test_finding_a_post_again_is_no_return_to_a_company_described():
    assert not any(kind == "joins" for kind, _, _ in event_facts("Elsa Morin retrouve le sourire à Lyon.", "fr"))
