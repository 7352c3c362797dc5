"""Money a government, an agency or an investor gives a company is the company's round (the corpus's gold counts it
so): "The government will provide up to 802.5 billion yen in subsidies to Acme", "L'État accorde 20 millions
d'euros à Acme", "Acme was awarded a €20 million grant". The giver is never the company that raised; a gift that is
not money ("will provide chips to Acme") and a promise still discussed are no round."""

import pytest
from article_events import event_facts

GIVEN = [
    (
        "en",
        "The Japanese government will provide up to 802.5 billion yen in additional subsidies to Kelvora Corp. in "
        "fiscal 2025, the industry ministry said Monday.",
    ),
    ("en", "The German government granted 20 million euros to Kelvora, a Munich chip start-up, on Monday."),
    ("en", "The European Innovation Council has awarded €17.5 million to Kelvora to scale its photonic chips."),
    ("en", "Ottawa will give Kelvora $240 million to build a data centre, the minister said on Tuesday."),
    ("en", "Kelvora, a Munich chip start-up, was awarded a €20 million grant by the European Innovation Council."),
    ("en", "Kelvora has won a $15 million grant from the Department of Energy to test its reactors."),
    (
        "fr",
        "L'État va accorder 20 millions d'euros de subventions à Kelvora, une start-up de puces, a annoncé lundi "
        "le ministère.",
    ),
    ("fr", "Bpifrance octroie une aide de 20 millions d'euros à Kelvora, a annoncé lundi le ministère."),
    ("fr", "La Commission européenne a attribué 17,5 millions d'euros à Kelvora pour industrialiser ses puces."),
    ("fr", "Le gouvernement versera 30 millions d'euros à Kelvora d'ici 2027, a indiqué Bercy mardi."),
    ("fr", "Kelvora, une start-up munichoise, a obtenu une subvention de 20 millions d'euros de la Commission."),
]


@pytest.mark.parametrize("lang, text", GIVEN)
def test_money_given_to_a_company_is_its_round(lang, text):
    opening = "La start-up Kelvora fabrique des puces. " if lang == "fr" else "The start-up Kelvora makes chips. "
    facts = event_facts(opening + text, lang)
    assert ("funding", None, "kelvora") in facts


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The start-up Kelvora makes chips. The ministry will provide 800 engineers to Kelvora this year."),
        ("en", "The start-up Kelvora makes chips. The State is considering whether to grant $20 million to Kelvora."),
        ("fr", "La start-up Kelvora fabrique des puces. Le ministère pourrait accorder 20 millions d'euros à Kelvora."),
        ("fr", "La start-up Kelvora fabrique des puces. L'État fournira des locaux à Kelvora dès janvier."),
    ],
)
def test_no_round_without_money_given(lang, text):
    assert not any(kind == "funding" for kind, _, _ in event_facts(text, lang))
