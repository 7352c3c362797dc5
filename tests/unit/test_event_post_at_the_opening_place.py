"""A post told at the place the sentence opens on ("Chez X, P devient …", "At X, P becomes …") with an aside saying
where the person was ("ex-Y", "formerly of Y", "passée par Y"): the post is at X; the aside's company is the
person's past, however close to the verb it stands."""

import pytest
from article_events import event_facts


@pytest.mark.parametrize(
    "lang, text, fact",
    [
        (
            "en",
            "At Helsing, Priya Raman, formerly of Thales, becomes chief technology officer.",
            ("appointed", "priya-raman", "helsing"),
        ),
        (
            "en",
            "At Canva, Tomás Ibarra, a former Atlassian engineer, is named head of research.",
            ("appointed", "tomas-ibarra", "canva"),
        ),
        (
            "en",
            "At Canva, Lena Vogt, who spent six years at Google, has been appointed chief financial officer.",
            ("appointed", "lena-vogt", "canva"),
        ),
        (
            "en",
            "At Helsing, Priya Raman, previously at Thales, is stepping down as chief technology officer.",
            ("leaves", "priya-raman", "helsing"),
        ),
        (
            "fr",
            "Chez Helsing, Rémi Castagné, ex-Thales, devient directeur technique.",
            ("appointed", "remi-castagne", "helsing"),
        ),
        (
            "fr",
            "Chez Canva, Julie Morin, passée par Atlassian, est nommée directrice financière.",
            ("appointed", "julie-morin", "canva"),
        ),
        (
            "fr",
            "Au sein de Helsing, Karim Benali, ancien de Google, est nommé directeur scientifique.",
            ("appointed", "karim-benali", "helsing"),
        ),
        (
            "fr",
            "Chez Helsing, Rémi Castagné, venu de Thales, quitte ses fonctions de directeur technique.",
            ("leaves", "remi-castagne", "helsing"),
        ),
    ],
)
def test_the_post_is_at_the_place_the_sentence_opens_on(lang, text, fact):
    assert fact in event_facts(text, lang)
