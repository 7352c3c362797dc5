"""Rounds told in francs: a Swiss page writes "francs" alone, an English one "Swiss francs", a West African one
"francs CFA"; each is an amount, so the round is an event, and its currency is the one the page means."""

import pytest
from article_events import event_facts

from digest.model.amounts import amount_value
from digest.site.events import amount_in


@pytest.mark.parametrize(
    "written, currency",
    [
        ("12 millions de francs", "CHF"),
        ("12 million Swiss francs", "CHF"),
        ("12 millions de francs suisses", "CHF"),
        ("5 milliards de francs CFA", "XOF"),
        ("3 milliards FCFA", "XOF"),
    ],
)
def test_francs_are_an_amount_in_the_currency_the_page_means(written, currency):
    assert amount_value(written)[1] == currency


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La start-up lausannoise Vallonne lève 12 millions de francs pour ses robots de vendange."),
        ("en", "Lausanne start-up Vallonne raises 12 million Swiss francs for its harvest robots."),
        ("fr", "La jeune pousse dakaroise Vallonne lève 5 milliards de francs CFA auprès de Partech."),
    ],
)
def test_a_round_in_francs_is_a_round(lang, text):
    assert ("funding", None, "vallonne") in event_facts(text, lang)


def test_cfa_francs_are_shown_as_such_on_a_french_page():
    assert amount_in("fr", "5 milliards de francs CFA") == "5 milliards de francs CFA"
