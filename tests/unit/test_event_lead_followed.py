"""The article-level reading (``events.lead_reading``) on shapes the former gist fallback read: a headline's kind
followed to the person the body names, a company new to the world before its verb, a person's own new company,
wordings of a purchase without its verb; and its verbs asked of ``background.is_background`` (a negation, a plan,
the past) rather than the whole text dropped. Headlines and leads of our own; the names are marked as ingest marks
them."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from digest.ingest.events.background import is_background
from digest.ingest.events.clauses import Mark
from digest.ingest.events.lead_reading import lead_events
from digest.registry import slug

ARTICLE = {"investors": set(), "year": 2026, "date": dt.date(2026, 1, 20)}


def _marks(text: str, names: dict[str, str]) -> list[Mark]:
    found = [
        Mark(kind, slug(name), m.start(), m.end())
        for name, kind in names.items()
        for m in re.finditer(re.escape(name), text)
    ]
    return sorted(found, key=lambda m: m.start)


def _facts(headline: str | None, body: str, names: dict[str, str]) -> set:
    head = _marks(headline, names) if headline else []
    told = lead_events(headline, head, body, _marks(body, names), ARTICLE, None)
    return {(e["type"], e.get("person"), e["company"], e.get("from_company")) for _, e in told.values()}


NAMES = {
    "Ferrule AI": "company",
    "Orchard Bank": "company",
    "Halden Systems": "company",
    "Mina Cho": "person",
    "Omar Sy": "person",
    "Lise Morel": "person",
}
LEAVES = {("leaves", "mina-cho", "ferrule-ai", None)}


@pytest.mark.parametrize(
    "headline, body",
    [
        (
            "Ferrule AI parts ways with its chief scientist ahead of a funding round",
            "Ferrule AI sells forecasting software to ports. Its revenue doubled last year. The board has hired "
            "bankers. Mina Cho said on Monday that she was stepping down after five years.",
        ),
        (
            "Ferrule AI se sépare de sa directrice technique",
            "Ferrule AI conçoit des logiciels pour les ports. La société prépare une levée de fonds. Après cinq ans "
            "dans l'entreprise, Mina Cho quitte ses fonctions à la fin du mois.",
        ),
        (
            "Ferrule AI has lost its head of research",
            "The start-up builds speech models. Mina Cho, who built its first model, is leaving at the end of the "
            "month, she told staff.",
        ),
        (
            "Ferrule AI a perdu sa directrice financière au pire moment",
            "La jeune pousse lyonnaise vend des logiciels aux banques. Mina Cho a annoncé lundi qu'elle "
            "démissionnait. Son successeur sera désigné par le conseil.",
        ),
    ],
)
def test_a_headline_s_kind_is_followed_to_the_person_the_body_names(headline, body):
    assert _facts(headline, body, NAMES) == LEAVES


def test_two_people_told_leaving_give_no_one():
    headline = "Ferrule AI loses two of its founders"
    body = "The start-up sells software to ports. Mina Cho is stepping down. Omar Sy is leaving too."
    assert _facts(headline, body, NAMES) == {("leaves", "mina-cho", "ferrule-ai", None)}  # the first told
    assert _facts(headline, "The start-up sells software. Mina Cho and Omar Sy are leaving.", NAMES) == set()


def test_past_the_lead_only_the_headline_s_kind_is_followed():
    headline = "Ferrule AI loses its chief scientist"
    body = "Ferrule AI sells software. It grew fast. It hired bankers. Mina Cho joined Orchard Bank on Monday."
    assert _facts(headline, body, NAMES) == set()
    assert _facts("Ferrule AI raises money", "It grew. It hired. It sold. Mina Cho is stepping down.", NAMES) == set()


FOUNDS = {("founds", "mina-cho", "ferrule-ai", None)}


@pytest.mark.parametrize(
    "headline, body",
    [
        (
            "Ferrule AI emerges from stealth",
            "Ferrule AI, the start-up of former Orchard Bank engineer Mina Cho, came out of stealth on Tuesday.",
        ),
        ("Ferrule AI sort de l'ombre", "Ferrule AI, la jeune pousse imaginée par Mina Cho, sort de l'ombre ce mardi."),
        ("Ferrule AI ouvre officiellement ses portes", "Dirigée par Mina Cho, Ferrule AI ouvre ses portes à Lyon."),
        ("The team behind Ferrule AI", "Mina Cho is the founder behind Ferrule AI, a newly formed company."),
        (
            "Ferrule AI voit le jour à Lille",
            "Ferrule AI, une nouvelle société de logiciels, voit le jour à l'initiative de Mina Cho.",
        ),
    ],
)
def test_a_company_new_to_the_world_and_who_founded_it(headline, body):
    assert _facts(headline, body, NAMES) == FOUNDS


@pytest.mark.parametrize(
    "headline, body",
    [
        (
            "Mina Cho unveils Ferrule AI",
            "Mina Cho, a former Orchard Bank executive, on Tuesday unveiled her new "
            "company, Ferrule AI, a year after leaving Orchard Bank.",
        ),
        ("Une ancienne d'Orchard Bank se lance", "Mina Cho a présenté lundi Ferrule AI, sa nouvelle société."),
        ("Mina Cho's next act", "Mina Cho announced her own start-up, Ferrule AI, on Monday."),
        ("Mina Cho dévoile Ferrule AI", "Mina Cho dévoile sa nouvelle entreprise, Ferrule AI, à Nantes."),
        ("Mina Cho bets on ports", "Mina Cho's new venture, Ferrule AI, wants to make ports faster."),
    ],
)
def test_a_person_s_own_new_company(headline, body):
    assert _facts(headline, body, NAMES) == FOUNDS


BOUGHT = {("acquires", None, "halden-systems", "ferrule-ai")}


@pytest.mark.parametrize(
    "headline",
    [
        "Ferrule AI is now owned by Halden Systems",
        "Ferrule AI appartient désormais à Halden Systems",
        "Ferrule AI becomes part of Halden Systems in a $40 million deal",
        "Halden Systems a pris le contrôle de Ferrule AI",
        "Halden Systems prend le contrôle d'Ferrule AI",
        "Halden Systems va intégrer Ferrule AI, spécialiste des ports",
    ],
)
def test_a_purchase_told_without_its_verb(headline):
    assert _facts(headline, "", NAMES) == BOUGHT


@pytest.mark.parametrize(
    "headline",
    [
        "Halden Systems intègre Ferrule AI à son offre",
        "Ferrule AI's AI lead jumps ship to Halden Systems",
        "Halden Systems unveiled on Monday a plan for its data centres",
        "Halden Systems dévoile sa stratégie pour Ferrule AI",
    ],
)
def test_no_purchase_nor_release_when_the_object_is_no_company_nor_product(headline):
    assert _facts(headline, "", NAMES) == set()


@pytest.mark.parametrize(
    "headline, facts",
    [
        ("Ferrule AI hires Mina Cho, who did not want to leave Lyon", {("hired", "mina-cho", "ferrule-ai", None)}),
        ("Ferrule AI recrute Mina Cho, qui n'a pas quitté Lyon", {("hired", "mina-cho", "ferrule-ai", None)}),
        ("Ferrule AI raises $10 million and plans to hire 20 engineers", {("funding", None, "ferrule-ai", None)}),
        ("Ferrule AI lève 10 millions d'euros et prévoit de recruter", {("funding", None, "ferrule-ai", None)}),
        ("Mina Cho will not join Ferrule AI", set()),
        ("Mina Cho ne rejoindra pas Ferrule AI", set()),
        ("Mina Cho n'a pas rejoint Ferrule AI", set()),
        ("Ferrule AI plans to hire Mina Cho", set()),
        ("Ferrule AI pourrait recruter Mina Cho", set()),
    ],
)
def test_a_negation_or_a_plan_is_asked_of_the_verb_it_governs(headline, facts):
    assert _facts(headline, "", NAMES) == facts


@pytest.mark.parametrize(
    "headline, facts",
    [
        ("Mina Cho leaves Orchard Bank in December to found Ferrule AI", FOUNDS),
        ("Mina Cho a quitté Orchard Bank en décembre pour fonder Ferrule AI", FOUNDS),
        ("Mina Cho left Orchard Bank in 2019 to found Ferrule AI", set()),
        ("Mina Cho a quitté Orchard Bank en 2019 pour créer Ferrule AI", set()),
        ("Ferrule AI a dévoilé en janvier 2026 son modèle Rivet", set()),
        ("Ferrule AI unveiled in January 2026 its model Rivet", set()),
        ("Mina Cho, chair of Ferrule AI, will not seek re-election in May", LEAVES),
        ("Mina Cho, présidente de Ferrule AI, ne briguera pas de nouveau mandat en juin", LEAVES),
    ],
)
def test_a_verb_dated_away_from_the_news_is_the_past(headline, facts):
    assert _facts(headline, "", NAMES) == facts


def _background(sentence: str, trigger: str, day: dt.date = dt.date(2026, 1, 20)) -> bool:
    trig = re.search(trigger, sentence)
    assert trig, trigger
    return is_background(sentence, 0, trig, {"year": day.year, "date": day})


@pytest.mark.parametrize(
    "sentence, trigger, told",
    [
        ("Mina Cho founded Ferrule AI after she left Orchard Bank.", "left", False),
        ("Mina Cho a fondé Ferrule AI après qu'elle a quitté Orchard Bank.", "quitté", False),
        ("Since he joined Orchard Bank, Omar Sy has doubled its sales.", "joined", False),
        ("Mina Cho founded Ferrule AI after leaving Orchard Bank.", "leaving", False),
        ("Mina Cho left Orchard Bank on Monday.", "left", True),
        ("Mina Cho, who joined Orchard Bank in May 2026, leads its research.", "joined", False),
        ("Mina Cho a quitté Orchard Bank en décembre pour fonder Ferrule AI.", "pour fonder", True),
        ("Mina Cho left Orchard Bank in October to found Ferrule AI.", "to found", False),
        ("Mina Cho will not seek re-election in March, Ferrule AI said.", "will not seek", True),
    ],
)
def test_the_background_of_a_sentence_s_verb(sentence, trigger, told):
    assert _background(sentence, trigger) is not told
