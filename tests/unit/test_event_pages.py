"""Events told the way pages that are not newspaper articles tell them (issue 14, point 6): a thread naming a
start-up's co-founders with a copula, a newsletter's reinstatement told without the company after the verb, a
trade body's page on a purchase by a group, a laboratory's release on a researcher it welcomes. And silence where
the clause does not link the person to the company."""

import datetime as dt

import pytest
from article_events import event_facts, events_of


def _events(text, lang, headline=None):
    return events_of(text, lang, headline, dt.date(2026, 2, 9))


def _facts(text, lang, headline=None):
    return event_facts(text, lang, headline, dt.date(2026, 2, 9))


def _slots(text, lang, kind, *keys):
    """The given slots of each event of one kind, in text order."""
    return [tuple(e.get(k) for k in keys) for e in _events(text, lang) if e["type"] == kind]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Two former lab researchers just launched Veltrane, a startup that builds vision models for greenhouses. "
            "Veltrane came out of stealth on Tuesday. Co-founders are Ana Ribeiro-Castel, who spent six years at "
            "Google in Zurich (she worked on Gemini), and Jonas Lindqvist-Aho, previously an engineer at Spotify.",
        ),
        (
            "fr",
            "Deux anciens chercheurs ont lancé Veltrane, une start-up qui conçoit des modèles de vision pour les "
            "serres. Veltrane est sortie de l'ombre mardi. Cofondateurs : Ana Ribeiro-Castel, qui a passé six ans "
            "chez Google à Zurich (elle travaillait sur Gemini), et Jonas Lindqvist-Aho, ancien ingénieur de Spotify.",
        ),
    ],
)
def test_co_founders_named_by_a_copula_at_the_head_of_a_sentence(lang, text):
    facts = _facts(text, lang)
    assert {("founds", "ana-ribeiro-castel", "veltrane"), ("founds", "jonas-lindqvist-aho", "veltrane")} <= facts
    assert not any(person and "gemini" in person for _, person, _ in facts)


def test_founders_are_not_named_by_a_sentence_that_only_opens_with_the_word():
    facts = _facts(
        "Ana Ribeiro-Castel a lancé Veltrane mardi. Cofondateurs et investisseurs se sont retrouvés à Lyon, où "
        "Jonas Lindqvist-Aho, d'Orbis Capital, a pris la parole.",
        "fr",
    )
    assert ("founds", "jonas-lindqvist-aho", "veltrane") not in facts


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Le feuilleton aura duré cinq jours. Nadège Okafor-Brun, cofondatrice et directrice générale de Lumetra, "
            "la start-up qui développe des assistants pour les notaires, a été réintégrée lundi soir dans ses "
            "fonctions par le conseil d'administration.",
        ),
        (
            "en",
            "The saga lasted five days. Nadège Okafor-Brun, the co-founder and chief executive of Lumetra, a startup "
            "that builds assistants for notaries, was reinstated on Monday night by the board.",
        ),
    ],
)
def test_a_reinstatement_is_in_the_post_the_description_of_the_name_gives(lang, text):
    found = [e for e in _events(text, lang) if e.get("person") == "nadege-okafor-brun"]
    assert [(e["type"], e["company"]) for e in found] == [("appointed", "lumetra")]
    assert found[0].get("role") != "board member"  # the board reinstates her; she is given no seat on it


@pytest.mark.parametrize(
    "lang, text, headline",
    [
        (
            "fr",
            "Nadège Okafor-Brun, cofondatrice de Lumetra, une start-up parisienne, a été écartée mercredi. La start-up "
            "Lumetra a annoncé lundi la nouvelle à ses salariés.",
            "Lumetra : le retour express de Nadège Okafor-Brun",
        ),
        (
            "en",
            "Nadège Okafor-Brun, the co-founder of Lumetra, a Paris startup, was fired on Wednesday. The startup "
            "Lumetra told its staff on Monday.",
            "Nadège Okafor-Brun is back as chief executive of Lumetra",
        ),
    ],
)
def test_a_return_told_by_a_headline(lang, text, headline):
    facts = _facts(text, lang, headline)
    assert {kind for kind, person, company in facts if (person, company) == ("nadege-okafor-brun", "lumetra")} & {
        "joins",
        "appointed",
    }


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Le Syndicat des éditeurs de logiciels salue le rachat de la start-up nantaise Pervenche par le groupe "
            "industriel Arbalète, pour un montant de 90 millions d'euros.",
        ),
        (
            "en",
            "The Software Publishers Union welcomed the takeover of the Nantes start-up Pervenche by the industrial "
            "group Arbalète for a total of €90 million.",
        ),
    ],
)
def test_a_purchase_told_by_a_third_party_names_the_buyer_after_by(lang, text):
    assert _slots(text, lang, "acquires", "company", "from_company", "amount") == [
        ("arbalete", "pervenche", "EUR 90 million")
    ]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Le Laboratoire de robotique de Brest (LRB), unité de recherche associant le CNRS, Inria et l'Université "
            "de Brest, accueille le chercheur Koffi Adjovi-Lemaire en qualité de directeur de recherche.",
        ),
        (
            "en",
            "The Brest Robotics Laboratory (LRB), a research unit run by the CNRS, Inria and the University of "
            "Brest, welcomes Koffi Adjovi-Lemaire, a researcher who spent nine years at Microsoft, as research "
            "director.",
        ),
    ],
)
def test_a_lab_that_welcomes_a_researcher_hires_him_not_its_partners(lang, text):
    facts = _facts(text, lang)
    hires = {company for kind, person, company in facts if kind == "hired" and person == "koffi-adjovi-lemaire"}
    assert len(hires) == 1 and not hires & {"cnrs", "inria", "universite-de-brest", "university-of-brest"}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le chercheur Koffi Adjovi-Lemaire quitte Microsoft et rejoint Anthropic pour fonder une équipe."),
        (
            "en",
            "The researcher Koffi Adjovi-Lemaire leaves Microsoft and joins Anthropic in London to build a new team.",
        ),
    ],
)
def test_a_departure_and_a_join_in_one_clause_are_one_move(lang, text):
    assert _slots(text, lang, "joins", "person", "company", "from_company") == [
        ("koffi-adjovi-lemaire", "anthropic", "microsoft")
    ]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Selon nos informations, Alice Fontanel quitte Microsoft et Bruno Kessler-Vidal rejoint Anthropic."),
        ("en", "Alice Fontanel is leaving Microsoft, and Bruno Kessler-Vidal joins Anthropic."),
    ],
)
def test_another_person_joining_does_not_take_the_company_someone_else_left(lang, text):
    assert _slots(text, lang, "joins", "person", "company", "from_company") == [
        ("bruno-kessler-vidal", "anthropic", None)
    ]


@pytest.mark.parametrize(
    "lang, text, headline",
    [
        (
            "fr",
            "La start-up Kestrane, fondée à Varsovie, a annoncé mardi avoir levé 40 millions d'euros lors d'une "
            "série A menée par le fonds Redwood Partners.",
            "Kestrane lève 40 millions d'euros",
        ),
        (
            "en",
            "The Warsaw start-up Kestrane said on Tuesday that it had raised $43 million in what it calls a Series A "
            "round led by Redwood Partners.",
            "Kestrane raises $43 million",
        ),
    ],
)
def test_the_amount_before_a_round_is_read_whole(lang, text, headline):
    rounds = [e for e in _events(text, lang, headline) if e["type"] == "funding"]
    assert [(e["company"], e["amount"]) for e in rounds] == [
        ("kestrane", "EUR 40 million" if lang == "fr" else "USD 43 million")
    ]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "La start-up Pavlo perd un fondateur. Lucien Marchetti-Roy, cofondateur de Pavlo, a été nommé directeur "
            "général par intérim dimanche.",
        ),
        (
            "en",
            "The startup Pavlo loses a founder. Lucien Marchetti-Roy, the co-founder of Pavlo, was named interim chief "
            "executive on Sunday.",
        ),
    ],
)
def test_a_post_given_without_its_company_is_not_at_the_company_that_describes_the_person(lang, text):
    assert not any(kind == "appointed" for kind, _, _ in _facts(text, lang))


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Vantor AI, founded by former Meta researchers Priya Castellanos and Idris Okonjo, emerged from stealth on "
            "Tuesday with $18 million in seed funding.",
        ),
        (
            "fr",
            "Vantor AI, fondée par deux anciens ingénieurs de Meta Priya Castellanos et Idris Okonjo, sort de l'ombre "
            "avec 18 millions de dollars.",
        ),
    ],
)
def test_a_start_up_described_by_its_founders_former_employer_raises_and_is_founded_by_them(lang, text):
    facts = _facts(text, lang)
    assert ("funding", None, "vantor-ai") in facts and not any(company == "meta" for _, _, company in facts)
    assert {("founds", "priya-castellanos", "vantor-ai"), ("founds", "idris-okonjo", "vantor-ai")} <= facts


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "After six years at Google DeepMind, Marta Oyelowo-Finch has started a new position as head of research "
            "at Quillfeather, a London startup.",
        ),
        (
            "fr",
            "Après six ans chez Google DeepMind, Marta Oyelowo-Finch a commencé un nouveau poste de directrice de la "
            "recherche chez Quillfeather, une start-up londonienne.",
        ),
    ],
)
def test_a_new_position_is_at_the_company_its_post_names(lang, text):
    assert _slots(text, lang, "joins", "person", "company") == [("marta-oyelowo-finch", "quillfeather")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Lumen Labs co-founder Ilse Varga-Brook steps down as CEO; COO Darnell Okoye takes over."),
        ("fr", "Ilse Varga-Brook cède son fauteuil de directrice générale de Lumen Labs à Darnell Okoye."),
    ],
)
def test_a_post_handed_over_is_left_at_the_company_named_with_it(lang, text):
    facts = _facts(text, lang)
    assert ("leaves", "ilse-varga-brook", "lumen-labs") in facts
    assert not any(person == "darnell-okoye" and kind == "leaves" for kind, person, _ in facts)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Anil Chaudhry-Moss a travaillé quatre ans pour Sam Altman. Il dirigeait l'infrastructure d'entraînement "
            "chez OpenAI. Lundi, il a rejoint Quillfeather, une start-up de Leeds, comme directeur technique.",
        ),
        (
            "en",
            "Anil Chaudhry-Moss spent four years working for Sam Altman. He ran training infrastructure at OpenAI. On "
            "Monday he joined Quillfeather, a startup in Leeds, as chief technology officer.",
        ),
        (
            "en",
            "Anil Chaudhry-Moss spent four years working for Sam Altman. He ran training infrastructure at Altman's AI "
            "company, OpenAI. On Monday he started a new job as chief technology officer of Quillfeather.",
        ),
    ],
)
def test_he_is_the_paragraph_s_subject_not_a_name_after_for_or_in_the_possessive(lang, text):
    assert _slots(text, lang, "joins", "person", "company") == [("anil-chaudhry-moss", "quillfeather")]
