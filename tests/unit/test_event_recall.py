"""Events on shapes of sentence the first sets missed (issue 14, point 6): a co-founder named after "the company",
a hire told by a participle without its auxiliary, a name with particles; and silence where the clause does not
link the person to the company (the employer a description names is not where the person goes)."""

import pytest
from article_events import event_facts
from conftest import SAMPLE

from digest import registry
from digest.ingest import entities

_facts = event_facts


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Grete Solbakk launched Fjordline, a startup that audits AI agents, on Thursday. Fjordline has pilots "
            "with two banks. Solbakk co-founded the company with Tomás Echeverría, a former engineer at Google.",
        ),
        (
            "fr",
            "Grete Solbakk a lancé jeudi Fjordline, une start-up qui audite les agents d'IA. Fjordline a déjà deux "
            "banques clientes. Solbakk a cofondé la société avec Tomás Echeverría, un ancien ingénieur de Google.",
        ),
    ],
)
def test_a_co_founder_named_after_the_company(lang, text):
    facts = _facts(text, lang)
    assert ("founds", "tomas-echeverria", "fjordline") in facts
    assert ("founds", "grete-solbakk", "fjordline") in facts


def test_a_hire_told_by_a_participle_and_its_agent():
    facts = _facts(
        "Une nouvelle recrue pour Anthropic. Yasmine Belhadj travaillait depuis six ans au laboratoire parisien de "
        "Meta.",
        "fr",
        headline="Yasmine Belhadj, chercheuse vedette de Meta à Paris, débauchée par Anthropic",
    )
    assert ("hired", "yasmine-belhadj", "anthropic") in facts
    assert not any(kind in ("joins", "hired") and company == "meta" for kind, _, company in facts)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Yasmine Belhadj, l'une des chercheuses les plus en vue du laboratoire parisien de Meta, a confirmé lundi "
            "qu'elle rejoignait l'entreprise fondée par un milliardaire américain.",
        ),
        (
            "en",
            "Yasmine Belhadj, one of the best-known researchers of Meta's Paris lab, confirmed on Monday that she was "
            "joining the company founded by an American billionaire.",
        ),
    ],
)
def test_the_employer_a_description_names_is_not_where_the_person_goes(lang, text):
    assert not any(kind in ("joins", "hired") for kind, _, _ in _facts(text, lang))


@pytest.mark.parametrize(
    "lang, text, person",
    [
        (
            "fr",
            "Camille van der Meulen a annoncé mercredi qu'elle rejoignait Anthropic à Londres. Van der Meulen "
            "dirigeait une équipe de l'Inria.",
            "camille-van-der-meulen",
        ),
        (
            "en",
            "Pieter de la Fuente is leaving Meta to join Anthropic in London. De la Fuente led a team in Paris.",
            "pieter-de-la-fuente",
        ),
        (
            "en",
            "Karim al-Masri is leaving Meta to join Anthropic, where al-Masri will lead research on agents.",
            "karim-al-masri",
        ),
        (
            "fr",
            "Camille van der Meulen quitte l'Inria pour rejoindre Anthropic. « Je pars pour apprendre », explique "
            "Mme van der Meulen.",
            "camille-van-der-meulen",
        ),
    ],
)
def test_a_name_with_particles_is_one_person(lang, text, person):
    ex = entities.extract(text, lang, registry.load(SAMPLE))
    assert ex.people == [person]
    assert ("joins", person, "anthropic") in _facts(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Tariq Haddadi a passé six ans chez Google. Avec Ursula Brändli, professeure à l'EPFL, il a officiellement "
            "lancé Névé ce mardi, une start-up basée à Lausanne qui conçoit des modèles de langage sobres.",
        ),
        (
            "en",
            "Tariq Haddadi spent six years at Google. With Ursula Brändli, a professor at EPFL, he launched Névé "
            "on Thursday, a startup based in Lausanne that builds small language models.",
        ),
    ],
)
def test_a_launch_with_a_partner_told_before_the_pronoun(lang, text):
    facts = _facts(text, lang)
    assert {("founds", "tariq-haddadi", "neve"), ("founds", "ursula-brandli", "neve")} <= facts


def test_a_move_told_by_an_idiom_in_the_headline():
    headline = "Borealis Labs robotics chief Ines Valmont jumps ship to Nuvola AI"
    body = "Nuvola AI said on Monday that Ines Valmont would start in May. She spent six years at Borealis Labs."
    text = f"{headline}\n{body}"
    assert ("joins", "ines-valmont", "nuvola-ai") in _facts(text, "en", headline)


@pytest.mark.parametrize(
    "lang, headline",
    [
        ("fr", "Le mercato : Nuvola AI s'offre une pointure de Borealis Labs"),
        ("en", "Nuvola AI snaps up a star engineer from Borealis Labs"),
    ],
)
def test_a_buyer_of_one_of_a_company_s_people_buys_no_company(lang, headline):
    body = {
        "fr": "Ines Valmont rejoint Nuvola AI comme directrice technique. Elle arrivera en mai.",
        "en": "Ines Valmont joins Nuvola AI as chief technology officer. She will start in May.",
    }[lang]
    found = _facts(f"{headline}\n{body}", lang, headline)
    assert ("joins", "ines-valmont", "nuvola-ai") in found
    assert not any(kind == "acquires" for kind, _, _ in found)


def test_a_board_described_by_its_company_s_kind_is_the_board_of_the_company_the_headline_names():
    headline = "Valmont's back: what Nuvola AI's boardroom reversal means"
    body = (
        "Two hosts unpack the two weeks that shook Nuvola AI. On 13 March, the Lisbon lab's board reinstated "
        "co-founder Ines Valmont as CEO, a fortnight after removing her. The episode also asks what role Borealis "
        "Labs played."
    )
    assert ("appointed", "ines-valmont", "nuvola-ai") in _facts(body, "en", headline)
