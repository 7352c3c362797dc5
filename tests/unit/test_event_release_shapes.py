"""Releases told in shapes the plain "Acme unveils X" rules miss: the product first with its maker in an apposition
and a verb of availability ("Orion 2, the latest model from Acme, is out"), "A new model, X, was released by Acme",
a rollout ("déploie", "rolled out"), and "the company" / "le laboratoire" after an opening phrase of time."""

import pytest
from article_events import events_of


def _releases(text, lang):
    return {(e["company"], e.get("product")) for e in events_of(text, lang) if e["type"] == "releases"}


@pytest.mark.parametrize(
    "lang, text, company, product",
    [
        ("en", "Orion 2, the latest model from Microsoft, is out, the company said.", "microsoft", "Orion 2"),
        ("en", "Orion 2, the new model from OpenAI, is now available to developers.", "openai", "Orion 2"),
        ("fr", "Runner 2, le dernier modèle de Microsoft, est disponible depuis mercredi.", "microsoft", "Runner 2"),
        ("fr", "Runner 2, le nouveau modèle d'OpenAI, est désormais disponible.", "openai", "Runner 2"),
        ("en", "A new model, Lark-3, was released by Microsoft on Tuesday for banks.", "microsoft", "Lark-3"),
        ("fr", "Un nouveau modèle, Alouette, a été présenté par OpenAI mardi.", "openai", "Alouette"),
        ("fr", "Microsoft déploie Codestral 3, un modèle pour écrire du code.", "microsoft", "Codestral 3"),
        ("fr", "OpenAI a déployé Sirocco 2 auprès de ses clients.", "openai", "Sirocco 2"),
        (
            "en",
            "Microsoft has been quiet. On Monday the company released Pharia 3, a model for public services.",
            "microsoft",
            "Pharia 3",
        ),
        ("fr", "OpenAI était discret. Lundi, le laboratoire a publié Moshi 3, un modèle vocal.", "openai", "Moshi 3"),
    ],
)
def test_a_release_told_from_the_product_or_by_its_kind_of_company(lang, text, company, product):
    assert (company, product) in _releases(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Orion 2, the latest model from Microsoft, is out of reach for small firms."),
        ("en", "Jane Roe, the chief of staff at Microsoft, is out as of Monday."),
        ("fr", "Le rapport de Microsoft est disponible en ligne."),
    ],
)
def test_availability_without_a_product_and_its_maker_is_no_release(lang, text):
    assert not _releases(text, lang)
