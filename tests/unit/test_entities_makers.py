"""A maker of models and its products (issue 14, point 5): a product named with digits, a version or a tier is no
person; the maker is a company where its own page speaks of "our models" named after it, and no page's "our model"
makes its source one otherwise. The naming matrix holds the passages that name the maker in the text; the names here
are invented."""

import pytest
from test_entities import TEST_CONTENT

from digest import registry
from digest.ingest import entities
from digest.ingest.entities.own_pages import own_page


@pytest.fixture(scope="module")
def reg():
    return registry.load(TEST_CONTENT)


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "Today we are releasing Pallas-3, our third family of open-weight models, in two sizes: Pallas-3 and "
            "Pallas-3 Mini. Mini runs on a laptop.",
            "Pallas",
        ),
        ("Meet Corvo 2. It is our fastest model yet, and Corvo 2 Pro follows in May.", "Corvo"),
        (
            "Nous publions aujourd'hui Mistelle-4, notre nouveau modèle ouvert. Mistelle-4 Large sort en juin.",
            "Mistelle",
        ),
        ("Avec Ondine v2, nos modèles comprennent enfin le wolof. Ondine v2 est gratuit.", "Ondine"),
    ],
)
def test_a_makers_own_page_naming_its_models_after_itself_gives_the_maker(reg, body, source):
    issuer, created = own_page(body, source, reg, [])
    assert created is not None and created.name == source and issuer == created.id


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Our model of the election gives the incumbent a narrow lead.", "The Harbour Ledger"),
        ("Notre modèle prévoit une croissance de 2 % cette année.", "Le Courrier du Soir"),
        ('"Our models are open," said the founder of Pallas-3 maker Lumen.', "Pallas"),
        ("Today we are releasing Vega-2, our open model.", "Pallas"),
    ],
)
def test_no_maker_without_its_models_named_after_it_in_its_own_voice(reg, body, source):
    assert own_page(body, source, reg, []) == ("", None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Brindle-2 Mini is out. Mini answers in French.", "en"),
        ("The start-up released Sable Nova Pro on Monday, and Nova Pro beats its rival.", "en"),
        ("Quant à Lyra 3 Turbo, Lyra 3 Turbo répond deux fois plus vite, selon ses auteurs.", "fr"),
        ("La start-up Pivert lance Pivert Atlas v2 ; Atlas v2 lit les plans.", "fr"),
    ],
)
def test_a_product_named_with_a_version_or_a_tier_is_no_person(reg, text, lang):
    assert entities.extract(text, lang, reg).people == []
