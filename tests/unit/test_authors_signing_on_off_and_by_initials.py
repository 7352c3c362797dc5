"""The writer where a page names them outside a byline (issue 14: "bylines and credits are data"): a newsletter's
greeting with a sentence after it, a name after a dash glued to the last paragraph (which stays text), a name alone
under the last paragraph over a 'read also' list, initials the page spells out in a photo credit, a programme's
presenter credited alone ("Présentation : Name")."""

from __future__ import annotations

import re

import pytest

from digest.ingest import lines

STORY_EN = (
    "Acme has a new head of research, and she comes from a rival. Dr. Ana Ruiz-Ortega, who led a lab there, starts "
    "on Monday, the company said.\nThe hire follows a year of departures at the top of the firm.\n"
)
STORY_FR = (
    "Acme a une nouvelle directrice de la recherche, et elle vient d'un concurrent. Ana Ruiz-Ortega, qui y dirigeait "
    "un laboratoire, prendra ses fonctions lundi, a indiqué l'entreprise.\nCette arrivée suit une année de départs à "
    "la tête du groupe.\n"
)


def _article(lang: str) -> tuple[str, str]:
    """A headline and its story in ``lang``."""
    if lang == "en":
        return "Acme hires a rival's lab chief as head of research", STORY_EN
    return "Acme recrute la cheffe d'un labo", STORY_FR


@pytest.mark.parametrize(
    ("lang", "greeting", "author"),
    [
        ("en", "Hi everyone, Tomasz Wróbel here. Lots of people moving this week.", "Tomasz Wróbel"),
        ("en", "Hello all, Ngozi Eze-Bello here. Big week for hires.", "Ngozi Eze-Bello"),
        ("fr", "Bonjour à tous, ici Anne-Sophie Lemaire. Semaine chargée.", "Anne-Sophie Lemaire"),
        ("fr", "Salut, c'est Marc Dubois. On a du lourd cette semaine !", "Marc Dubois"),
        ("en", "Hello, I'm Jakub Nowak and this is The Weekly Loop.", "Jakub Nowak"),
        ("fr", "Bonjour, je suis Anne Martin et voici votre lettre.", "Anne Martin"),
    ],
)
def test_a_newsletter_s_greeting_with_a_sentence_after_it_names_its_writer(lang, greeting, author):
    story = _article(lang)[1]
    text = f"View this email in your browser\nTHE WEEKLY LOOP\n{greeting}\n1. Acme hires a rival's lab chief\n{story}"
    assert lines.read(text, lang).authors == [author]


@pytest.mark.parametrize(
    ("lang", "last", "author"),
    [
        ("en", "Acme has not disclosed the terms of the deal. — Brian Otieno", "Brian Otieno"),
        ("en", "The firm declined to comment. –Grace O'Neill", "Grace O'Neill"),
        ("fr", "Acme n'a pas précisé le montant. — Aïcha Benali", "Aïcha Benali"),
        ("fr", "L'entreprise n'a pas souhaité commenter. – Jean-Luc Moreau", "Jean-Luc Moreau"),
    ],
)
def test_a_name_after_a_dash_glued_to_the_last_paragraph_is_its_writer(lang, last, author):
    title, story = _article(lang)
    page = lines.read(f"{title}\n{story}{last}\nTags: AI, Hiring\nShare: X · LinkedIn", lang)
    assert page.authors == [author]
    sentence = re.split(r"\s[—–]", last)[0]
    assert any(line.kept and line.text == sentence for line in page.lines)  # the paragraph stays, without the name


@pytest.mark.parametrize(
    ("lang", "name", "related"),
    [
        ("fr", "Nadia Jaziri", "Vous aimerez aussi"),
        ("fr", "Karim Ben Salah", "À lire aussi"),
        ("en", "Priya Menon", "You may also like"),
        ("en", "Olumide Bakare-Smith", "Related stories"),
        ("fr", "Salma Idrissi", "Mots-clés : Microsoft, IA, Maghreb"),
        ("en", "Tomás Herrera", "Tags: AI, Hiring, Spain"),
    ],
)
def test_a_name_alone_under_the_last_paragraph_over_a_read_also_list_is_the_writer(lang, name, related):
    title, story = _article(lang)
    text = f"Acme News\n{title}\n{story}{name}\n{related}\nAnother story about hiring in Lyon\n© Acme News 2026"
    assert lines.read(text, lang).authors == [name]


@pytest.mark.parametrize(
    ("lang", "caption", "initials", "author"),
    [
        ("fr", "Ana Ruiz-Ortega au siège de l'entreprise. (Photo Patrice Técher)", "P.T.", "Patrice Técher"),
        ("fr", "Ana Ruiz-Ortega dans son laboratoire. Photo Jean-Marc Élie", "J.-M. É.", "Jean-Marc Élie"),
        ("en", "Ana Ruiz-Ortega at the company's lab. (Photo: Sam Okoro)", "S.O.", "Sam Okoro"),
        ("en", "Ana Ruiz-Ortega at the company's lab. Picture: Dee Van Wyk", "D.V.W.", "Dee Van Wyk"),
    ],
)
def test_initials_the_page_spells_out_in_a_photo_credit_give_the_full_name(lang, caption, initials, author):
    title, story = _article(lang)
    first, second = story.strip().split("\n")
    text = f"{title}\n{first}\n{caption}\n{second}\n{initials}\nPublié le 13 février 2026 à 06h00\n"
    assert lines.read(text, lang).authors == [author]


@pytest.mark.parametrize(
    ("lang", "credit", "author"),
    [
        ("fr", "Présentation : Sonia Vuong", "Sonia Vuong"),
        ("fr", "Animation : Lucas Ferreira-Dias", "Lucas Ferreira-Dias"),
        ("en", "Host: Bo Chen", "Bo Chen"),
        ("en", "Presenter: Ama Owusu", "Ama Owusu"),
    ],
)
def test_a_programme_s_presenter_credited_alone_signs_it(lang, credit, author):
    title, story = _article(lang)
    text = f"Radio Acme\n{title}\nTranscription\n{story}{credit}\nÉpisodes précédents\n"
    assert lines.read(text, lang).authors == [author]
