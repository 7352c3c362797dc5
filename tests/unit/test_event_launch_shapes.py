"""A launch told in the passive after the name the new organisation was given ("un laboratoire ..., baptisé X, a
été lancé ... par"), whose founders are each introduced by their profession or origin ("l'ingénieur breton A, ...,
et la climatologue B"). The names and sentences are invented."""

import datetime as dt

import pytest
from article_events import event_facts


@pytest.mark.parametrize(
    "lang, text, people, company",
    [
        (
            "fr",
            "Un laboratoire consacré à la météo agricole, baptisé Girouette, a été lancé vendredi à Rennes par "
            "l'ingénieur breton Paul Le Goff, ancien de Google, et la climatologue Anne Morvan.",
            ("paul-le-goff", "anne-morvan"),
            "girouette",
        ),
        (
            "fr",
            "Une jeune pousse consacrée au recyclage, baptisée Héron, a été lancée lundi à Nantes par l'ingénieure "
            "marocaine Salma Bennani et le chimiste Hugo Lenoir.",
            ("salma-bennani", "hugo-lenoir"),
            "heron",
        ),
        (
            "en",
            "A lab devoted to flood forecasting, called Compass, was launched on Monday in Leeds by the Kenyan "
            "engineer Grace Wanjiru and the hydrologist Tom Baines.",
            ("grace-wanjiru", "tom-baines"),
            "compass",
        ),
    ],
)
def test_a_named_launch_in_the_passive_with_founders_given_by_trade(lang, text, people, company):
    facts = event_facts(text, lang, None, dt.date(2026, 3, 10))
    for person in people:
        assert ("founds", person, company) in facts, facts
