"""Events told without the plain "X joins Acme" (issue 14, point 6): a mover named by a description ("la
chercheuse", "Le directeur scientifique d'Acme") or by a pronoun object ("reinstated her"), a hire by "we" or by the
board of the page's company, a launch named by its apposition, a co-founder named with a description, a departure
still to come before the move it leads to."""

import datetime as dt

import pytest
from article_events import event_facts
from conftest import SAMPLE

from digest import registry
from digest.ingest import entities, events

_facts = event_facts


def test_a_mover_told_by_a_description_of_the_person_last_named():
    facts = _facts(
        "Certains départs passent inaperçus. Celui de Maëlle Ortiz-Brun est de ceux-là. Le 4 mars, la chercheuse de "
        "41 ans, qui dirigeait une équipe de vision chez Quillon, a rejoint Bastide Robotique, une start-up "
        "nantaise.",
        "fr",
    )
    assert ("joins", "maelle-ortiz-brun", "bastide-robotique") in facts


def test_a_description_with_nobody_named_before_looks_at_the_next_sentence():
    facts = _facts(
        "Le directeur scientifique de Bastide Robotique, l'une des start-up les plus suivies de Nantes, s'en va. "
        "Gaspard Lemaire-Tsai, cofondateur de l'entreprise, partira à la fin du mois, a annoncé sa présidente. "
        "Gaspard Lemaire-Tsai prépare un projet personnel.",
        "fr",
    )
    assert ("leaves", "gaspard-lemaire-tsai", "bastide-robotique") in facts


@pytest.mark.parametrize(
    "text",
    [
        "Claire Morvan has spent nine years at Quillon. Quillon said the board reinstated her as chief scientist on "
        "Monday after an internal review.",
        "On March 2, the Board of Quillon Systems unanimously reinstated her as Chief Scientist. Claire Morvan "
        "had been on leave since the autumn; Quillon Systems thanked her.",
    ],
)
def test_a_person_named_by_a_pronoun_object(text):
    text = text if text.startswith("Claire") else "Claire Morvan co-founded Quillon Systems. " + text
    facts = _facts(text, "en")
    assert any(kind == "appointed" and person == "claire-morvan" for kind, person, _ in facts)


def test_the_pronoun_of_a_replacement_is_not_the_one_appointed():
    facts = _facts("Claire Morvan quitte Quillon. Bastien Morel la remplace à la direction de Quillon.", "fr")
    assert not any(kind == "appointed" and person == "claire-morvan" for kind, person, _ in facts)


def test_we_welcome_names_the_page_company():
    facts = _facts(
        "C'est avec joie que nous accueillons Claire Morvan, notre nouvelle directrice technique. Chez Bastide "
        "Robotique, elle dirigera douze ingénieurs. Bastide Robotique équipe déjà trente usines.",
        "fr",
    )
    assert ("hired", "claire-morvan", "bastide-robotique") in facts


def test_a_resignation_from_the_post_at_the_company_defined_before():
    facts = _facts(
        "On March 2, 2026, Claire Morvan notified Quillon Systems, Inc. of her decision to resign from her "
        "position as Chief Technology Officer of the Company, effective April 3, 2026.",
        "en",
    )
    assert ("leaves", "claire-morvan", "quillon-systems") in facts


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "On Monday, Claire Morvan and Bastien Morel quietly published a short post announcing Quillon AI, a "
            "company that will build agents for hospitals.",
        ),
        (
            "fr",
            "Lundi, Claire Morvan et Bastien Morel ont publié un court message annonçant Quillon AI, une start-up qui "
            "conçoit des agents pour les hôpitaux.",
        ),
    ],
)
def test_a_launch_named_by_its_apposition(lang, text):
    facts = _facts(text, lang)
    assert ("founds", "claire-morvan", "quillon-ai") in facts
    assert ("founds", "bastien-morel", "quillon-ai") in facts


def test_a_co_founder_named_with_a_description():
    facts = _facts(
        "On March 2 Claire Morvan left academia to launch Quillon, a Nantes start-up built on her lab's work, "
        "together with her former PhD student Bastien Morel, who is the company's CTO.",
        "en",
    )
    assert ("founds", "bastien-morel", "quillon") in facts


def test_a_launch_with_a_place_set_off_by_commas():
    facts = _facts(
        "Ingénieure installée en France, Claire Morvan a passé sept ans chez Quillon. Elle vient de lancer, depuis "
        "Nantes, Bastide Robotique, une start-up qui équipe les robots.",
        "fr",
    )
    assert ("founds", "claire-morvan", "bastide-robotique") in facts


def test_a_departure_still_to_come_dates_the_move_it_leads_to():
    facts = _facts(
        "Quillon said on Monday that Claire Morvan, the member of its board responsible for data, would step down "
        "on March 31 to become Bastide Robotique's chief operating officer.",
        "en",
        date=dt.date(2026, 2, 16),
    )
    assert ("appointed", "claire-morvan", "bastide-robotique") in facts


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "The startup Fjordline was born in a university lab. Fjordline, which builds software for factories, will "
            "become part of Quillon Systems, a Lyon-based company.",
        ),
        (
            "fr",
            "La start-up Fjordline est née dans un laboratoire. Fjordline, qui conçoit des logiciels pour les usines, "
            "passera dans le giron de Quillon Systems, un groupe lyonnais.",
        ),
    ],
)
def test_a_company_that_becomes_part_of_another_is_bought(lang, text):
    ex = entities.extract(text, lang, registry.load(SAMPLE), None)
    found = events.extract(text, lang, ex.people, ex.companies, dt.date(2026, 3, 3), ex.mentions)
    assert {(e["type"], e["company"], e.get("from_company")) for e in found} == {
        ("acquires", "quillon-systems", "fjordline")
    }


def test_a_product_named_before_the_clause_that_releases_it():
    text = (
        "Un fil sur Rook-3, les nouveaux modèles ouverts que la start-up Bastide Robotique a publiés mardi. J'ai "
        "passé deux jours à les tester."
    )
    ex = entities.extract(text, "fr", registry.load(SAMPLE), None)
    found = events.extract(text, "fr", ex.people, ex.companies, dt.date(2026, 3, 3), ex.mentions)
    assert [(e["type"], e["company"], e.get("product")) for e in found] == [("releases", "bastide-robotique", "Rook-3")]


def test_partners_described_before_their_names_found_the_one_launch():
    facts = _facts(
        "Claire Morvan vient de lancer Bastide Robotique, une start-up qui équipe les robots. « Nous avons lancé la "
        "société le 2 mars avec deux anciens collègues, Bastien Morel, qui vient de Quillon, et Julien Asselin. »",
        "fr",
    )
    assert {("founds", p, "bastide-robotique") for p in ("claire-morvan", "bastien-morel", "julien-asselin")} <= facts


def test_a_participle_after_a_predecessor_moves_the_predecessor():
    facts = _facts(
        "Bastide Robotique nomme Paul Girard directeur général, en remplacement de Marion Lefèvre, partie chez "
        "Mistral AI. La start-up Bastide Robotique emploie 40 personnes.",
        "fr",
    )
    assert ("joins", "marion-lefevre", "mistral-ai") in facts
    assert ("joins", "paul-girard", "mistral-ai") not in facts


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Quillon Systems said Julien Asselin, its chief executive, will be replaced by Paul Girard on an interim "
            "basis. The startup Quillon Systems employs 40 people.",
        ),
        (
            "fr",
            "Chez Quillon Systems, Julien Asselin sera remplacé par Paul Girard. La start-up Quillon Systems emploie "
            "40 personnes.",
        ),
    ],
)
def test_the_successor_of_a_replacement_is_appointed(lang, text):
    assert ("appointed", "paul-girard", "quillon-systems") in _facts(text, lang)


def test_a_departure_announced_for_a_later_month():
    facts = _facts(
        "Julien Asselin, who co-founded Quillon Systems in 2019, said he would leave at the end of June. The startup "
        "Quillon Systems employs 40 people.",
        "en",
    )
    assert ("leaves", "julien-asselin", "quillon-systems") in facts


def test_a_company_started_and_said_to_be_a_startup():
    facts = _facts("Claire Morvan and Bastien Morel have started Fjordline, a startup that automates accounting.", "en")
    assert {("founds", "claire-morvan", "fjordline"), ("founds", "bastien-morel", "fjordline")} <= facts


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Quillon Systems has a new chief technology officer: Paul Girard, who spent a decade at Google."),
        ("fr", "Quillon Systems a un nouveau directeur technique : Paul Girard, passé par Google."),
        ("en", "Paul Girard is Quillon Systems' new chief technology officer."),
    ],
)
def test_a_new_post_announced_with_its_holder(lang, text):
    lead = "The startup Quillon Systems is growing. " if lang == "en" else "La start-up Quillon Systems grandit. "
    facts = _facts(lead + text, lang)
    assert ("appointed", "paul-girard", "quillon-systems") in facts
    assert not any(company == "google" for _, _, company in facts)


def test_a_company_s_new_product_is_no_appointment():
    assert _facts("Paul Girard praised Quillon Systems' new model. Quillon Systems is a startup.", "en") == set()


def test_a_determiner_is_no_pronoun_object():
    facts = _facts(
        "« Nous cherchions une dirigeante », indique Claire Morvan, directrice des ressources humaines. Le "
        "recrutement a été mené avec le cabinet Bastide Conseil.",
        "fr",
    )
    assert not any(kind == "hired" for kind, _, _ in facts)


def test_a_clitic_object_of_a_board():
    facts = _facts(
        "Claire Morvan dirigeait Quillon Systems depuis 2020. Le conseil d'administration la limoge ce mardi.", "fr"
    )
    assert ("fired", "claire-morvan", "quillon-systems") in facts


def test_a_description_is_not_the_subject_of_a_clause_after_it():
    facts = _facts(
        "Paul Girard, the president of Quillon AI, is leaving the San Francisco-based startup whose coding assistant "
        "has become one of the fastest-growing products, the company said.",
        "en",
    )
    assert ("leaves", "paul-girard", "quillon-ai") in facts
    assert not any(kind == "appointed" for kind, _, _ in facts)


@pytest.mark.parametrize(
    "lang, text, fact",
    [
        (
            "en",
            "Claire Morvan will succeed Paul Girard as chief executive of Quillon Systems, the company said.",
            ("appointed", "claire-morvan", "quillon-systems"),
        ),
        (
            "fr",
            "Claire Morvan prend la succession de Paul Girard à la tête de Quillon Systems.",
            ("appointed", "claire-morvan", "quillon-systems"),
        ),
        (
            "fr",
            "Claire Morvan assurera l'intérim à la tête de Quillon Systems après le départ de Paul Girard.",
            ("appointed", "claire-morvan", "quillon-systems"),
        ),
        (
            "en",
            "Quillon Systems taps former Halvard Systems executive Claire Morvan as chief operating officer.",
            ("appointed", "claire-morvan", "quillon-systems"),
        ),
        (
            "fr",
            "Quillon Systems s'offre les services de Claire Morvan, ancienne de Halvard Systems.",
            ("hired", "claire-morvan", "quillon-systems"),
        ),
        (
            "en",
            "Paul Girard, Quillon Systems' chief executive since 2019, will hand over to Claire Morvan in June.",
            ("leaves", "paul-girard", "quillon-systems"),
        ),
    ],
)
def test_a_succession_told_by_its_idiom(lang, text, fact):
    tail = (
        " The startup Quillon Systems employs 40 people." if lang == "en" else " La start-up Quillon Systems grandit."
    )
    assert fact in _facts(text + tail, lang)


@pytest.mark.parametrize(
    "text",
    [
        "La start-up Fjordline sort de l'ombre. Créée par Claire Morvan, ancienne de Google, et Paul Girard, elle "
        "lève 3 millions d'euros.",
        "Fondée en 2026 par Claire Morvan et Paul Girard, Fjordline conçoit des agents. La start-up Fjordline grandit.",
    ],
)
def test_a_founding_told_by_a_participle_opening_the_sentence(text):
    facts = _facts(text, "fr")
    assert {("founds", "claire-morvan", "fjordline"), ("founds", "paul-girard", "fjordline")} <= facts


def test_a_founding_of_another_year_opening_the_sentence_is_background():
    facts = _facts(
        "Fondée en 2021 par Claire Morvan et Paul Girard, Fjordline conçoit des agents. La start-up Fjordline grandit.",
        "fr",
    )
    assert not any(kind == "founds" for kind, _, _ in facts)


@pytest.mark.parametrize(
    "lang, text, fact",
    [
        ("en", "Fjordline has brought in Claire Morvan, a veteran of Google, to run its research.", "hired"),
        ("fr", "Fjordline attire Claire Morvan, ancienne de Google.", "hired"),
        ("fr", "Claire Morvan file chez Fjordline après huit ans chez Google.", "joins"),
        ("fr", "Claire Morvan rallie Fjordline après huit ans chez Google.", "joins"),
        ("fr", "Claire Morvan pose ses valises chez Fjordline après huit ans chez Google.", "joins"),
        ("fr", "Claire Morvan troque Google pour Fjordline.", "joins"),
    ],
)
def test_a_move_told_by_a_verb_of_the_trade(lang, text, fact):
    tail = (
        " The startup Fjordline employs 40 people." if lang == "en" else " La start-up Fjordline emploie 40 personnes."
    )
    assert (fact, "claire-morvan", "fjordline") in _facts(text + tail, lang)


def _deals(text, lang):
    ex = entities.extract(text, lang, registry.load(SAMPLE), None)
    found = events.extract(text, lang, ex.people, ex.companies, dt.date(2026, 3, 3), ex.mentions)
    return {(e["type"], e["company"], e.get("from_company")) for e in found}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Partech mise 20 millions d'euros sur Fjordline, une start-up parisienne."),
        ("en", "The investors poured $20 million into Fjordline, the startup said. The startup Fjordline grows."),
    ],
)
def test_an_investor_s_bet_is_the_round_of_the_company_bet_on(lang, text):
    assert ("funding", "fjordline", None) in _deals(text, lang)


def test_a_bet_without_money_is_no_round():
    assert _deals("Elle mise tout sur Fjordline, une start-up parisienne.", "fr") == set()


def test_a_purchase_of_the_start_up_the_sentence_named():
    text = (
        "Fjordline passe sous pavillon américain : Salesforce rachète la start-up parisienne. La start-up Fjordline "
        "emploie 40 personnes."
    )
    assert ("acquires", "salesforce", "fjordline") in _deals(text, "fr")


@pytest.mark.parametrize(
    "lang, headline, text",
    [
        (
            "fr",
            "Fjordline débauche la directrice de la recherche de Google",
            "Claire Morvan, qui dirigeait la recherche de Google depuis huit ans, rejoindra la start-up le 1er avril. "
            "La start-up Fjordline emploie 40 personnes.",
        ),
        (
            "en",
            "Google's research chief leaves for Fjordline",
            "Claire Morvan, who led research at Google for eight years, will join the startup on April 1. The "
            "startup Fjordline employs 40 people.",
        ),
    ],
)
def test_the_startup_a_mover_joins_is_not_the_company_of_their_description(lang, headline, text):
    facts = _facts(text, lang, headline=headline)
    assert ("joins", "claire-morvan", "fjordline") in facts
    assert ("joins", "claire-morvan", "google") not in facts
