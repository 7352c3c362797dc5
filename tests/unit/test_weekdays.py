"""The days of the week are one vocabulary (``ingest.weekdays``): every rule reading a day around a verb knows the
seven days of both languages. Sentences written for these tests."""

import pytest

from digest.ingest.events.lead_words import NOT_A_FIRM
from digest.ingest.events.triggers import TRIGGERS

FOUNDED_BY = dict(TRIGGERS)["founded_by"]


@pytest.mark.parametrize(
    "text",
    ["launched Monday in Nairobi by two engineers", "lancée samedi à Dakar par deux ingénieures", "founded Sunday by"],
)
def test_a_founding_told_with_its_day_names_its_founders(text):
    assert FOUNDED_BY.search(text)


@pytest.mark.parametrize(
    "tail",
    [" Saturday a plan to cut costs", " dimanche un plan social", " Thursday its first report", " samedi sa stratégie"],
)
def test_a_plan_unveiled_on_a_day_is_no_firm(tail):
    assert NOT_A_FIRM.match(tail)
