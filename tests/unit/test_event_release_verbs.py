"""Releases told with the verbs news uses besides "unveils" / "lance" ("made X-2 available", "a mis X-2 à la
disposition de", "went live", "débarque"), the product as the subject with its maker elsewhere in the sentence, and a
model released without a name (the event has the company alone); and pages that name a model without releasing it."""

from pathlib import Path

import pytest
import yaml
from article_events import events_of

NO_RELEASE = Path(__file__).parents[1] / "fixtures" / "event_matrix4" / "no_release.yml"


def _releases(text, lang):
    return {(e["company"], e.get("product")) for e in events_of(text, lang) if e["type"] == "releases"}


def _with_cue(text, company, lang):
    opening = (
        f"The Lyon start-up {company} is growing fast. "
        if lang == "en"
        else f"La start-up lyonnaise {company} grandit vite. "
    )
    return opening + text


@pytest.mark.parametrize(
    "lang, company, text, product",
    [
        ("en", "Tessel", "Tessel made Kora-2 available on Tuesday to developers.", "Kora-2"),
        ("en", "Tessel", "Tessel has made its Kora-2 model available to all customers.", "Kora-2"),
        ("en", "Quillon", "Quillon put Nara-3 online this week.", "Nara-3"),
        ("en", "Quillon", "Quillon opened access to Nara-3 for researchers.", "Nara-3"),
        ("en", "Quillon", "Quillon brought out Nara-3, a model for lawyers.", "Nara-3"),
        ("en", "Quillon", "Quillon debuted Nara-3 at its developer conference.", "Nara-3"),
        ("en", "Quillon", "Nara-3 went live on Wednesday, Quillon said.", "Nara-3"),
        ("en", "Quillon", "Nara-3 is now generally available, Quillon said on Monday.", "Nara-3"),
        ("en", "Quillon", "Quillon's new model, Heron, went live for paying customers.", "Heron"),
        ("en", "Quillon", "Quillon said that Loom, its coding agent, had reached general availability.", "Loom"),
        ("fr", "Tessel", "Tessel a mis Kora-2 à la disposition des développeurs mardi.", "Kora-2"),
        ("fr", "Tessel", "Tessel a rendu public Kora-2, un modèle qui parle darija.", "Kora-2"),
        ("fr", "Tessel", "Tessel ouvre l'accès à Kora-2 aux chercheurs.", "Kora-2"),
        ("fr", "Tessel", "Tessel dégaine Kora-2, son nouveau modèle.", "Kora-2"),
        ("fr", "Tessel", "Kora-2 débarque : Tessel vise les PME.", "Kora-2"),
        ("fr", "Tessel", "Kora-2 est disponible depuis lundi, annonce Tessel.", "Kora-2"),
        ("fr", "Tessel", "Le nouveau modèle de Tessel, Kora-2, est disponible depuis mardi.", "Kora-2"),
        ("fr", "Tessel", "Conçu par Tessel, le modèle Tramontane est disponible depuis lundi.", "Tramontane"),
        ("fr", "Tessel", "Tessel a dévoilé mercredi un nouveau modèle d'IA baptisé Tessel Mont.", "Tessel Mont"),
        (
            "fr",
            "Tessel",
            "Tessel a publié jeudi sur GitHub un modèle de langage de 3 milliards de paramètres, Kora-Lite 3B.",
            "Kora-Lite 3B",
        ),
        (
            "en",
            "Tessel",
            "Tessel published on GitHub on Thursday a speech model with 3 billion parameters, Kora-Lite 3B.",
            "Kora-Lite 3B",
        ),
    ],
)
def test_a_release_told_with_another_verb_or_from_the_product(lang, company, text, product):
    assert (company.lower(), product) in _releases(_with_cue(text, company, lang), lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Quillon releases open-weight model for Swahili."),
        ("en", "Quillon on Tuesday released its first open-weight model."),
        ("en", "Quillon open-sourced a small language model for Swahili."),
        ("fr", "Quillon publie son premier modèle ouvert."),
        ("fr", "Quillon a lancé un nouveau modèle d'IA pour les juristes."),
        ("fr", "Quillon dévoile un petit modèle de traduction."),
    ],
)
def test_a_model_released_without_a_name_gives_the_company_alone(lang, text):
    assert ("quillon", None) in _releases(_with_cue(text, "Quillon", lang), lang)


@pytest.mark.parametrize("case", yaml.safe_load(NO_RELEASE.read_text(encoding="utf-8")), ids=lambda case: case["shape"])
def test_a_model_named_without_being_released_gives_no_release(case):
    headline, body = case["page"].split("\n", 1)
    assert not [e for e in events_of(body, case["lang"], headline) if e["type"] == "releases"]
