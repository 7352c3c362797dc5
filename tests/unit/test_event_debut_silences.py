"""What the readings of a new company's debut and of founders a headline counts leave alone (``events.debuts``,
``events.fronted``): a "public debut" on a stock exchange is a listing, and a headline's count the lead's names do
not match names nobody. The names and sentences are invented."""

import datetime as dt

import pytest
from article_events import event_facts

DAY = dt.date(2026, 3, 10)


def founders(facts) -> set:
    return {fact for fact in facts if fact[0] == "founds"}


@pytest.mark.parametrize(
    "lang, debut, listing",
    [
        (
            "en",
            "Corvane Systems Ltd made its public debut {where}on Monday. Behind it: Hélène Marchetti and Owen "
            "Fairweather, two former Arm engineers. Corvane Systems sells chip-testing software.",
            "on the Nasdaq ",
        ),
        (
            "fr",
            "Corvane Systems SAS a fait ses débuts {where}lundi. Derrière elle : Hélène Marchetti et Owen "
            "Fairweather, deux anciens d'Arm. Corvane Systems vend des logiciels de test de puces.",
            "à la Bourse de Paris ",
        ),
    ],
)
def test_a_public_debut_on_a_stock_exchange_is_a_listing(lang, debut, listing):
    assert founders(event_facts(debut.format(where=""), lang, None, DAY))
    assert not founders(event_facts(debut.format(where=listing), lang, None, DAY))


@pytest.mark.parametrize(
    "lang, headline, text",
    [
        (  # three named where the headline counts two
            "en",
            "Two former Spotify engineers launch Sonoraxa",
            "Kwabena Asante, Mireille Fontaine and Idris Bello showed off Sonoraxa, their company, at a meetup on "
            "Thursday. The start-up sells licensing software to radio stations.",
        ),
        (  # the lead names an investor first
            "fr",
            "Deux anciennes de Doctolib fondent Soinovia",
            "« C'est un marché immense », estime Bastien Lefort, associé chez Partech. Soinovia aide les "
            "infirmières libérales à planifier leurs tournées.",
        ),
    ],
)
def test_a_headline_count_the_lead_does_not_match_names_nobody(lang, headline, text):
    assert not founders(event_facts(text, lang, headline, DAY))


def test_the_founders_a_headline_counts_are_the_first_the_lead_names():
    headline = "Deux anciennes de Doctolib fondent Soinovia"
    text = (
        "Salomé Garnier, 31 ans, et Nadia El Idrissi étaient mardi à Station F pour présenter Soinovia à leurs "
        "premiers clients. La plateforme aide les infirmières libérales à planifier leurs tournées."
    )
    facts = founders(event_facts(text, "fr", headline, DAY))
    assert {person for _, person, _ in facts} == {"salome-garnier", "nadia-el-idrissi"}, facts
