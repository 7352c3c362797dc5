"""Real companies of the knowledge base that a news text names bare ("X a annoncé", "X's chief executive",
"chez X"), and the ordinary words and first names some of them are also spelled like. The sentences are written
for this test."""

import pytest
from test_entities import TEST_CONTENT

from digest import registry
from digest.ingest import entities


@pytest.fixture(scope="module")
def reg():
    return registry.load(TEST_CONTENT)


def _companies(reg, text, lang):
    return entities.extract(text, lang, reg).companies


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("Klarna a annoncé mardi le départ de son directeur financier.", "fr", "klarna"),
        ("Datadog's chief executive said the deal would close in the spring.", "en", "datadog"),
        ("Elle a travaillé six ans chez Gorgias avant de rejoindre Pennylane.", "fr", "gorgias"),
        ("Before that, he ran pricing models at Zillow for three years.", "en", "zillow"),
        ("Ex-Revolut engineers founded the company with backing from Accel.", "en", "revolut"),
        ("Le directeur technique vient de Back Market, où il dirigeait l'équipe données.", "fr", "back-market"),
        ("Its customers include Deutsche Telekom, Siemens Healthineers and Zalando.", "en", "siemens-healthineers"),
        ("The round was led by Thoma Bravo, with General Atlantic following on.", "en", "thoma-bravo"),
        ("Il a été associé chez McKinsey puis chez BCG avant de fonder sa société.", "fr", "mckinsey-company"),
        ("Applied Materials and Lam Research both fell after the export rules.", "en", "applied-materials"),
    ],
)
def test_well_known_companies_named_bare_are_found(reg, text, lang, wanted):
    assert wanted in _companies(reg, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("La fintech Lydia a levé 100 millions d'euros.", "fr", "lydia-company"),
        ("Shares of the French start-up Malt rose after the deal.", "en", "malt"),
        ("L'éditeur de jeux mobiles Voodoo a racheté un studio.", "fr", "voodoo"),
        ("The fintech Ramp doubled its valuation.", "en", "ramp-company"),
        ("Shares of Visa and Mastercard fell after the ruling.", "en", "visa"),
    ],
)
def test_companies_spelled_like_ordinary_words_are_found_with_a_cue(reg, text, lang, wanted):
    assert wanted in _companies(reg, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lydia et Alma sont parties à Lyon avec leurs enfants.", "fr"),
        ("Keep a Ledger of every expense, the accountant advised.", "en"),
        ("Un whisky pur Malt de douze ans, servi à la Chronique de Sana.", "fr"),
        ("Ramp Up Your Sales With a Plaid Block of Ads", "en"),
        ("They ordered a Lemonade and watched Ford drive past the Canon store.", "en"),
        ("Le Side-car, la Doctrine du président et le Pigment rouge.", "fr"),
        ("Visa applications rose. Tractable problems are rare. Luminance values were measured.", "en"),
        ("Décathlon et triathlon : Decathlon, dit-il, est une épreuve.", "fr"),
        ("The start-up raised £3m on Monday and 5m more in June.", "en"),
    ],
)
def test_ordinary_words_and_first_names_stay_no_company(reg, text, lang):
    assert _companies(reg, text, lang) == []
