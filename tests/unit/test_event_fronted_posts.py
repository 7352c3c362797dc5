"""Moves told by a phrase that opens the sentence before its subject, the post and its company first: "Named chief
scientist of Acme, X leaves Borealis" (a move to Acme), "Back as chief executive of Acme, X returns" (back at Acme),
"Co-founder of the new start-up Acme, X left Google" (a founding); a post held, not given, is no event."""

import pytest
from article_events import event_facts


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Named chief scientist of Microsoft, Tomas Ferreira leaves Amazon after a decade."),
        ("en", "Appointed head of research at Microsoft, Tomas Ferreira is leaving Amazon."),
        ("fr", "Nommé directeur technique de Microsoft, Tomas Ferreira quitte Amazon après douze ans."),
        ("fr", "Promu directeur de la recherche chez Microsoft, Tomas Ferreira quitte Amazon."),
    ],
)
def test_a_post_given_before_the_name_is_a_move_to_its_company(lang, text):
    facts = event_facts(text, lang)
    assert ("joins", "tomas-ferreira", "microsoft") in facts


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Back as chief executive of Microsoft, Lucia Marin returns to the company she founded."),
        ("fr", "De retour à la tête de Microsoft, Lucia Marin retrouve l'entreprise qu'elle a fondée."),
    ],
)
def test_a_post_taken_back_before_the_name_is_a_return(lang, text):
    assert ("appointed", "lucia-marin", "microsoft") in event_facts(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Co-founder and chief executive of the new start-up Arbor, Nadia Petrova left Google last year."),
        ("fr", "Cofondatrice et présidente de la jeune pousse Arbor, Nadia Petrova a quitté Google l'an dernier."),
    ],
)
def test_a_new_start_up_s_founder_named_before_the_name(lang, text):
    assert ("founds", "nadia-petrova", "arbor") in event_facts(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Chief scientist of Microsoft, Tomas Ferreira spoke on Monday."),
        ("fr", "Directrice de Microsoft, Lucia Marin a pris la parole."),
        ("en", "Co-founder of Microsoft, Bill Gates spoke on Monday."),
    ],
)
def test_a_post_held_is_no_event(lang, text):
    assert not event_facts(text, lang)
