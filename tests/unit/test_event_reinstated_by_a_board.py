"""A reinstatement told with words between the verb and its post ("a rétabli vendredi X dans ses fonctions"), by a
board described by its company's kind ("le conseil d'administration de la start-up nantaise"), or told as a rehire
("a réembauché X", "has rehired X"): back at the company the page is about."""

import pytest
from article_events import event_facts


@pytest.mark.parametrize(
    "lang, text, person",
    [
        (
            "fr",
            "Volte-face chez Microsoft. Le conseil d'administration de la start-up nantaise a rétabli vendredi "
            "Guillaume Rey dans ses fonctions de directeur général.",
            "guillaume-rey",
        ),
        (
            "fr",
            "Volte-face chez Microsoft. Le conseil d'administration a rétabli Guillaume Rey dans ses fonctions.",
            "guillaume-rey",
        ),
        (
            "en",
            "Turmoil at Microsoft. The board of the Nantes start-up on Friday reinstated Guillaume Rey as chief "
            "executive.",
            "guillaume-rey",
        ),
        (
            "fr",
            "Microsoft a réembauché Jérôme Tissot comme directeur technique, trois ans après son départ.",
            "jerome-tissot",
        ),
        (
            "en",
            "Microsoft has rehired Tariq Mansour as chief technology officer, three years after he left.",
            "tariq-mansour",
        ),
    ],
)
def test_a_reinstatement_is_back_at_the_page_s_company(lang, text, person):
    assert ("appointed", person, "microsoft") in event_facts(text, lang)
