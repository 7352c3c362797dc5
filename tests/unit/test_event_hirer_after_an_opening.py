"""A hire told by "the company" / "l'entreprise" after an opening phrase of time ("On Tuesday the company said it had
hired X", "Lundi 2 mars, l'entreprise a annoncé l'arrivée de X"): the hirer is the company the article is about,
not the mover's former employer named in an aside; a return told so is back at the company that tells it."""

import pytest
from article_events import event_facts

BACKGROUND = {
    "en": "Canva has grown into a company valued at $32 billion. Its push into AI has meant hiring engineers. ",
    "fr": "Helsing a levé des centaines de millions d'euros depuis 2021. Son essor passe par des recrutements. ",
}


@pytest.mark.parametrize(
    "lang, text, person, company",
    [
        (
            "en",
            "On Tuesday the company said it had hired Vikram Nair, previously an engineer at Atlassian, as its CTO.",
            "vikram-nair",
            "canva",
        ),
        ("en", "Last week, the company hired Vikram Nair, a former Atlassian engineer.", "vikram-nair", "canva"),
        (
            "fr",
            "Mardi, l'entreprise a annoncé l'arrivée de Rémi Castagné, jusqu'ici directeur chez Thales.",
            "remi-castagne",
            "helsing",
        ),
        (
            "fr",
            "Lundi 2 mars, la société a annoncé le recrutement de Rémi Castagné, venu de Thales.",
            "remi-castagne",
            "helsing",
        ),
    ],
)
def test_the_company_that_hires_after_an_opening_phrase_is_the_article_s(lang, text, person, company):
    assert ("hired", person, company) in event_facts(BACKGROUND[lang] + text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Veepee va mal. Lundi, l'entreprise a annoncé le retour d'Agathe Royer, qui dirigeait la logistique "
            "jusqu'en 2022 chez Cdiscount, comme directrice générale de Veepee.",
        ),
        (
            "en",
            "Veepee is struggling. On Monday, the company announced the return of Agathe Royer, who ran logistics "
            "at Cdiscount until 2022, as chief executive of Veepee.",
        ),
    ],
)
def test_a_return_told_by_the_company_is_back_at_it(lang, text):
    assert ("joins", "agathe-royer", "veepee") in event_facts(text, lang)


def test_the_company_a_headline_names_hires_when_no_sentence_makes_it_a_subject():
    body = (
        "Il y a deux ans, l'IA était chez Doctolib un sujet parmi d'autres. C'est ce profil que Doctolib est allé "
        "chercher. Lundi 2 mars, l'entreprise a annoncé l'arrivée de Marie Tournier au poste de directrice "
        "scientifique. Elle dirigeait une équipe chez Google DeepMind."
    )
    facts = event_facts(body, "fr", "La course aux cerveaux gagne Doctolib")
    assert ("hired", "marie-tournier", "doctolib") in facts
