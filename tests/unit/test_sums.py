"""A sum of money is read one way wherever ingest looks for one (``model.amounts``): with its currency written
before or after it, in either language, with the scale words of both ("1,5 milliard d'euros", "$120m", "CHF 12
Mio."); without a currency only when nothing it counts follows it. Sentences written for these tests."""

import pytest

from digest.ingest.events.deals import BARE_SUM
from digest.model.amounts import AMOUNT, UNPRICED, normalise_amount


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Nacelle a levé 1,5 milliard d'euros", "EUR 1.5 billion"),
        ("Quire Labs raised $120m from two funds", "USD 120 million"),
        ("un tour de €40 million", "EUR 40 million"),
        ("die Runde von CHF 12 Mio. wurde", "CHF 12 million"),
        ("une levée de 1,3 milliard de shillings kényans", "KES 1.3 billion"),
        ("a round of 2 billion Ugandan shillings", "UGX 2 billion"),
        ("250 millions de zlotys pour son usine", "PLN 250 million"),
        # both separators: the last is the decimal mark, the other groups thousands
        ("subsidies totalling 1,722.5 billion yen", "JPY 1722.5 billion"),
        ("un total de 1.722,5 milliards de yens", "JPY 1722.5 billion"),
    ],
)
def test_a_sum_with_its_currency_is_read_in_both_languages(text, amount):
    assert normalise_amount(AMOUNT.search(text).group()) == amount


@pytest.mark.parametrize(
    "text",
    [
        "lève 40 millions auprès de ses actionnaires",
        "raises 12 million to expand in Asia",
        "a levé 3 milliards pour son usine",
        "secured 7.5 Mio. last week",
    ],
)
def test_a_sum_without_its_currency_is_a_sum(text):
    assert UNPRICED.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "compte 40 millions d'utilisateurs",
        "passes 12 million users",
        "reaches 2 million people",
        "3 milliards de requêtes",
    ],
)
def test_a_count_is_no_sum(text):
    assert not UNPRICED.search(text)


def test_the_sum_after_a_verb_of_raising_may_be_approximate():
    assert BARE_SUM.match(" près de 40 millions pour").group(1) == "40 millions"
    assert not BARE_SUM.match(" about 12 million users")
