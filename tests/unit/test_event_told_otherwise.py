"""Main events told in shapes that news pages use and the plain "Acme buys Borealis" rules miss (issue 14, point 6,
read from real pages nobody tuned ingest on): a release told in the passive from the product, a company sold told
by its sale, a buyer named by a pronoun or a possessive, a round told by a demonstrative ("celle-ci"). Each keeps
"events prefer silence to invention": the company is one the clause links."""

import pytest
from article_events import events_of


def _facts(text, lang, headline=None):
    """(type, company, company bought or product) of each event proposed."""
    told = events_of(text, lang, headline)
    return {(e["type"], e["company"], e.get("from_company") or e.get("product")) for e in told}


@pytest.mark.parametrize(
    "lang, text, company, product",
    [
        ("en", "Tessera, the video model, was unveiled by OpenAI on Monday.", "openai", "Tessera"),
        ("en", "Microsoft’s new model Orca-9 was released on Tuesday to developers.", "microsoft", "Orca-9"),
        ("en", "The new assistant Halyard has been launched by Microsoft in Europe.", "microsoft", "Halyard"),
        ("fr", "Tessera, le modèle vidéo, a été dévoilé par OpenAI lundi.", "openai", "Tessera"),
        ("fr", "Le modèle Orca-9 a été présenté par Microsoft ce mardi.", "microsoft", "Orca-9"),
        ("fr", "La nouvelle application Halyard a été lancée mardi par Microsoft.", "microsoft", "Halyard"),
    ],
)
def test_a_release_told_in_the_passive_from_the_product(lang, text, company, product):
    assert ("releases", company, product) in _facts(text, lang)


@pytest.mark.parametrize(
    "lang, headline",
    [
        ("en", "Microsoft Copilot Unveiled at Its Spring Event"),
        ("fr", "Microsoft Copilot dévoilé lors de sa conférence"),
    ],
)
def test_a_headline_s_product_named_after_its_company(lang, headline):
    body = "Microsoft Copilot is an assistant for spreadsheets." if lang == "en" else "Microsoft Copilot aide à écrire."
    assert ("releases", "microsoft", "Microsoft Copilot") in _facts(body, lang, headline)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The start-up Vellum, launched by former OpenAI researchers, is hiring."),
        ("en", "Microsoft unveiled on Monday a plan for its data centres."),
        ("fr", "La start-up Vellum, lancée par d'anciens chercheurs d'OpenAI, recrute."),
    ],
)
def test_a_company_launched_or_an_unnamed_product_is_no_release(lang, text):
    assert not any(kind == "releases" for kind, _, _ in _facts(text, lang))


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The sale of the start-up Vellum to Microsoft was announced last week."),
        ("en", "The sale, announced on Monday, of the robotics start-up Vellum to Microsoft surprised analysts."),
        (
            "fr",
            "L’annonce de la vente, la semaine dernière, de la start-up Vellum à la firme américaine Microsoft "
            "a surpris.",
        ),
        ("fr", "La cession de la start-up Vellum à Microsoft a été finalisée lundi."),
        ("fr", "La vente de la start-up Vellum au géant Microsoft est bouclée."),
    ],
)
def test_a_company_sold_told_by_its_sale(lang, text):
    assert ("acquires", "microsoft", "vellum") in _facts(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The sale of Microsoft chips to the start-up Vellum is growing."),
        ("en", "The sale of the start-up Vellum to Microsoft fell through in May."),
        ("fr", "La vente de puces Microsoft à la start-up Vellum progresse."),
    ],
)
def test_a_sale_of_goods_or_a_failed_sale_buys_nothing(lang, text):
    assert not any(kind == "acquires" for kind, _, _ in _facts(text, lang))


@pytest.mark.parametrize(
    "lang, text, headline",
    [
        (
            "en",
            "As you may have heard, the company announced its acquisition of the start-up Vellum. Microsoft "
            "declined to comment.",
            "Microsoft buys",
        ),
        (
            "en",
            "Microsoft is on a spree. On Monday the company completed its acquisition of the start-up Vellum.",
            None,
        ),
        ("en", "Microsoft is on a spree. On Monday, it announced the acquisition of the start-up Vellum.", None),
        (
            "fr",
            "Microsoft poursuit ses emplettes. Le groupe a annoncé lundi l'acquisition de la start-up Vellum.",
            None,
        ),
        ("fr", "Microsoft poursuit ses emplettes. Lundi, il a finalisé son rachat de la start-up Vellum.", None),
    ],
)
def test_a_buyer_named_by_a_pronoun_or_a_possessive(lang, text, headline):
    assert ("acquires", "microsoft", "vellum") in _facts(text, lang, headline)


def test_a_dated_purchase_told_with_a_pronoun_does_not_take_the_headline_s_deal():
    facts = _facts(
        "Microsoft has agreed to buy the start-up Vellum, the companies said on Tuesday. Microsoft has made many "
        "deals. In 2024 it bought the start-up Kestrel, and it keeps looking.",
        "en",
        "Microsoft to buy the start-up Vellum",
    )
    assert ("acquires", "microsoft", "vellum") in facts
    assert ("acquires", "microsoft", "kestrel") not in facts


def test_a_purchase_price_is_no_round():
    facts = _facts(
        "Microsoft is on a spree. The company completed its acquisition of the start-up Vellum for $300 million.", "en"
    )
    assert not any(kind == "funding" for kind, _, _ in facts)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Parmi elles, on retrouve la start-up Vellum, qui développe une puce. Pour financer son développement, "
            "celle-ci annonce un premier tour de table de 19 millions d’euros.",
        ),
        (
            "fr",
            "La start-up Vellum développe une puce. Cette dernière annonce une levée de fonds de 19 millions d’euros.",
        ),
        ("en", "Analysts compared Microsoft with the start-up Vellum. The latter raised $19 million on Monday."),
        ("en", "The robotics start-up Vellum was spun out of a lab. The latter has closed a $19 million seed round."),
    ],
)
def test_a_round_told_by_a_demonstrative_is_the_last_named_company_s(lang, text):
    assert ("funding", "vellum", None) in _facts(text, lang)


def test_a_demonstrative_that_names_an_investor_raises_nothing():
    facts = _facts(
        "La start-up Vellum a levé 5 millions d'euros auprès du fonds Kestrel Ventures. Ce dernier a levé 300 "
        "millions d'euros en 2024.",
        "fr",
    )
    assert not any(kind == "funding" and company == "kestrel-ventures" for kind, company, _ in facts)


@pytest.mark.parametrize(
    "text",
    [
        "La start-up Vellum, évaluée à environ 2,2 milliards de dollars après sa récente levée de fonds, recrute.",
        "La start-up Vellum, estimée à 800 millions d'euros depuis son dernier tour de table, ouvre un bureau.",
        "La start-up Vellum, évaluée à 1 milliard d'euros lors de sa dernière levée, s'installe à Lyon.",
    ],
)
def test_a_valuation_named_with_a_past_round_is_no_round(text):
    assert not any(kind == "funding" for kind, _, _ in _facts(text, "fr"))


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Claire Morvan prend, dès lundi, la tête de Microsoft France."),
        (
            "fr",
            "Claire Morvan quitte Paris. Elle prend, en date du 1er juillet, la direction de Microsoft en Chine, en "
            "qualité de PDG.",
        ),
        ("en", "Claire Morvan takes, from Monday, the helm of Microsoft's French arm."),
    ],
)
def test_a_post_taken_with_an_aside_before_it(lang, text):
    assert ("appointed", "microsoft", None) in _facts(text, lang)
