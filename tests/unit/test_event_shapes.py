"""Main events told in shapes that pages nobody had read showed ingest missing: a move told as a noun its person owns
("a annoncé son arrivée"), a reinstatement whose clause names no company, a sentence opening on a participle dated
in the past, a departure whose company stands in the relative clause describing the person, a launch told as opening
a lab's doors or in the passive with a weekday and founders given by origin."""

import datetime as dt

import pytest
from article_events import event_facts


def _facts(text, lang, headline=None):
    return event_facts(text, lang, headline, dt.date(2026, 3, 10))


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Ingrid Vasquez a fait sa thèse à Grenoble. Elle travaillait depuis six ans chez Microsoft, où Tobias Renk "
            "dirigeait son équipe.\n\nMardi, la nouvelle est tombée : Twitch a annoncé son arrivée au poste de "
            "directrice technique.",
        ),
        (
            "en",
            "Ingrid Vasquez did her doctorate in Grenoble. She spent six years at Microsoft, where Tobias Renk ran her "
            "team.\n\nOn Tuesday, Twitch announced her arrival as chief technology officer.",
        ),
        (
            "fr",
            "Ingrid Vasquez a grandi à Lyon et a travaillé chez Microsoft, bien avant que Tobias Renk n'en prenne la "
            "direction.\n\nTwitch a confirmé mardi son arrivée comme directrice technique.",
        ),
    ],
)
def test_a_move_told_as_a_noun_its_person_owns(lang, text):
    facts = _facts(text, lang)
    assert ("hired", "ingrid-vasquez", "twitch") in facts
    assert not any(person == "tobias-renk" for _, person, _ in facts)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Twitch's board removed its founder, Ingrid Vasquez, in February. \"We got it wrong: Vasquez is "
            'reinstated as chief executive today," Harbourline Capital partner Tobias Renk said.',
        ),
        (
            "fr",
            "Le conseil de Twitch avait écarté sa fondatrice Ingrid Vasquez en février. Ingrid Vasquez a été "
            "rétablie hier dans ses fonctions de directrice générale de la start-up.",
        ),
        (
            "en",
            "Twitch pushed out its founder Ingrid Vasquez last month. Vasquez was reinstated as CEO on Monday after "
            "staff threatened to quit.",
        ),
    ],
)
def test_a_reinstatement_whose_clause_names_no_company(lang, text):
    assert ("appointed", "ingrid-vasquez", "twitch") in _facts(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Écartée le 12 février par son conseil, Ingrid Vasquez retrouve la direction de Twitch."),
        ("en", "Ousted in February by her board, Ingrid Vasquez takes the helm of Twitch again."),
        ("fr", "Remerciée en février, Ingrid Vasquez reprend les rênes de Twitch."),
    ],
)
def test_an_opening_participle_dates_the_past_not_the_news(lang, text):
    assert ("appointed", "ingrid-vasquez", "twitch") in _facts(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Ingrid Vasquez, who has run machine learning at Munich-based payments group Twitch since 2020, has "
            "stepped down, the company confirmed on Monday.",
        ),
        (
            "fr",
            "Ingrid Vasquez, qui dirigeait depuis Berlin les activités européennes de la société allemande Twitch, "
            "a annoncé lundi son départ.",
        ),
        (
            "en",
            "Ingrid Vasquez, who has led research at the Munich software maker Twitch for four years, is leaving, "
            "the company said.",
        ),
    ],
)
def test_a_departure_from_the_company_of_the_relative_clause(lang, text):
    assert ("leaves", "ingrid-vasquez", "twitch") in _facts(text, lang)


def test_a_former_employer_in_the_relative_clause_is_not_the_company_left():
    facts = _facts(
        "Ingrid Vasquez, who previously worked at Microsoft, has stepped down from Twitch, the company confirmed.", "en"
    )
    assert ("leaves", "ingrid-vasquez", "microsoft") not in facts


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "On March 9, Ingrid Vasquez and Jan van der Velde opened the doors of Quantix, a robotics lab in Porto.",
        ),
        (
            "fr",
            "Un laboratoire de robotique baptisé Quantix a été lancé lundi 9 mars à Porto par deux anciens ingénieurs "
            "d'Oracle, l'Espagnole Ingrid Vasquez et le Néerlandais Jan van der Velde.",
        ),
        (
            "fr",
            "Lundi, Ingrid Vasquez et Jan van der Velde ont ouvert les portes de Quantix, une start-up de robotique "
            "installée à Porto.",
        ),
    ],
)
def test_a_launch_by_two_co_founders(lang, text):
    facts = _facts(text, lang)
    assert ("founds", "ingrid-vasquez", "quantix") in facts
    assert ("founds", "jan-van-der-velde", "quantix") in facts


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", '"We got it wrong: she is reinstated as chief executive today," Twitch investor Tobias Renk said.'),
        ("fr", "« Nous nous sommes trompés : elle est réintégrée comme directrice générale », a déclaré Tobias Renk."),
        ("en", '"I told the board so. Now Mai is back as CEO of Twitch," said Tobias Renk.'),
    ],
)
def test_the_speaker_of_a_quote_is_not_the_one_it_says_is_back(lang, text):
    assert not any(person == "tobias-renk" for _, person, _ in _facts(text, lang))


@pytest.mark.parametrize(
    "lang, headline, text",
    [
        (
            "en",
            "Acme reinstates ousted CEO Jane Roe",
            "Acme, a Lyon software start-up, reinstated chief executive Jane Roe on Friday, the company said.",
        ),
        (
            "en",
            "Acme brings back its ousted chief Jane Roe",
            "Acme's board asked Jane Roe on Friday to lead the Lyon start-up again as chief executive.",
        ),
        (
            "fr",
            "Acme réintègre Jane Roe, sa PDG évincée",
            "La start-up lyonnaise Acme a réintégré vendredi sa directrice générale Jane Roe, a annoncé la société.",
        ),
        (
            "fr",
            "La start-up Acme réintègre Jane Roe, la fondatrice écartée",
            "Le conseil d'Acme a réintégré vendredi Jane Roe à la direction générale, a annoncé la société.",
        ),
    ],
)
def test_a_removal_that_describes_the_person_reinstated_is_not_the_news(lang, headline, text):
    facts = _facts(text, lang, headline)
    assert ("appointed", "jane-roe", "acme") in facts and ("fired", "jane-roe", "acme") not in facts


@pytest.mark.parametrize(
    "lang, headline, text",
    [
        ("en", "Acme CEO ousted", "Acme's board removed chief executive Jane Roe on Friday, the company said."),
        ("en", "Acme ousts CEO Jane Roe", "The board of Acme, a Lyon start-up, voted on Friday to remove Jane Roe."),
        (
            "fr",
            "Jane Roe, PDG d'Acme, évincée par son conseil",
            "Le conseil d'administration de la start-up lyonnaise Acme a mis fin vendredi aux fonctions de Jane Roe, "
            "a annoncé la société.",
        ),
    ],
)
def test_a_removal_told_as_the_headlines_verb_stays_the_news(lang, headline, text):
    assert ("fired", "jane-roe", "acme") in _facts(text, lang, headline)


@pytest.mark.parametrize(
    "lang, headline",
    [
        ("fr", "Le conseil d'Acme réintègre sa cofondatrice Jane Roe, une semaine après l'avoir évincée"),
        ("fr", "Acme : Jane Roe réintégrée, dix jours après avoir été limogée"),
        ("en", "Acme board reinstates Jane Roe a week after having ousted her"),
        ("en", "Jane Roe reinstated at Acme days after being fired"),
    ],
)
def test_a_removal_the_headline_dates_before_the_news_is_background(lang, headline):
    text = "The board of Acme, a Lyon start-up, reinstated Jane Roe as chief executive on Friday, the company said."
    if lang == "fr":
        text = "Le conseil de la start-up lyonnaise Acme a réintégré vendredi Jane Roe à la direction générale."
    facts = _facts(text, lang, headline)
    assert ("appointed", "jane-roe", "acme") in facts and ("fired", "jane-roe", "acme") not in facts
