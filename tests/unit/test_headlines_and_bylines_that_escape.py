"""Headlines below a newsletter's greeting, a two-word title the lead opens with, and the bylines of a closing
credit line or of initials (issue 14): pages written for these tests from the kinds of page ingest meets."""

from digest.ingest import lines
from digest.ingest.bylines import byline
from digest.ingest.paste import CONTENT, HEADING

BODY_FR = (
    "La société nantaise Cerfeuil a annoncé jeudi une levée de fonds de 8 millions d'euros menée par un fonds "
    "régional, pour recruter une trentaine d'ingénieurs et ouvrir un bureau à Bordeaux d'ici à la fin de l'année.\n\n"
    "Fondée en 2023 par deux anciennes chercheuses de l'Inria, l'entreprise conçoit des modèles de prévision pour les "
    "réseaux de chaleur des collectivités et revendique une quarantaine de clients.\n"
)
BODY_EN = (
    "Tamsin Roe, who spent six years at a large American lab working on speech models, has joined Brindle, a "
    "40-person start-up in Leeds that sells transcription software to hospitals, as its head of research.\n\n"
    "Brindle announced the hire on Monday. Roe will report to the chief executive and build a team of ten.\n"
)


def test_a_newsletters_story_headline_below_its_greeting_and_welcome_is_the_title():
    page = lines.read(
        "Voir la version en ligne\nLa Lettre du Lundi\nN° 48 — Le rendez-vous des jeunes pousses de l'Ouest\n\n"
        "Bonjour à toutes et à tous,\n\n"
        "Cette semaine, on parle chaleur. Une jeune pousse nantaise vient de boucler un tour que personne "
        "n'attendait si tôt, et nous avons aussi deux nominations.\n\n"
        "Cerfeuil lève 8 millions d'euros pour prévoir la demande des réseaux de chaleur\n"
        "Par Maëlle Trégour\n\n" + BODY_FR,
        "fr",
    )
    assert page.title.text == "Cerfeuil lève 8 millions d'euros pour prévoir la demande des réseaux de chaleur"
    label = next(line for line in page.lines if line.text.startswith("N° 48"))
    assert label.kind != CONTENT  # the label is the newsletter's furniture, not its text


def test_a_greeting_that_opens_the_first_paragraph_does_not_hide_the_numbered_storys_headline():
    page = lines.read(
        "THE WEEKLY WIRE\nPeople and money in European AI — Issue #31\n\n"
        "Good morning. Two things this week: a speech researcher moves north to Leeds, and a seed round in Porto "
        "that closed in nine days.\n\n"
        "1. Why a speech researcher traded the Bay Area for Leeds\n"
        "Tamsin Roe leaves a big American lab to lead research at Brindle\n\n" + BODY_EN,
        "en",
    )
    assert page.title.text == "Tamsin Roe leaves a big American lab to lead research at Brindle"
    numbered = next(line for line in page.lines if line.text.startswith("1. "))
    assert numbered.kind == HEADING  # the item's number and name head its story, like the items after it


def test_a_two_word_title_that_the_lead_opens_with_is_the_headline_but_a_menus_label_is_not():
    lead = (
        "Quillon Works, Inc. is a British artificial intelligence company based in Bristol. It develops small "
        "language models for insurers and was founded in 2024 by two former university researchers.\n\n"
        "The company raised a $30 million Series A in 2025 and employs about ninety people in Bristol and Dublin.\n"
    )
    page = lines.read(
        "Main page Contents Current events Random article About us Contact us Donate\nQuillon Works\nArticle Talk\n"
        "Read Edit View history\n\n" + lead,
        "en",
    )
    assert page.title.text == "Quillon Works"
    tagged = lines.read(
        "Home  News  Tech  Money\nQuillon Works\nQuillon Works raises $30 million to sell its models to insurers\n"
        "By Ann Lee\n\n" + lead,
        "en",
    )  # a topic tag naming the company the headline names is no headline
    assert tagged.title.text == "Quillon Works raises $30 million to sell its models to insurers"


def test_a_closing_credit_with_the_wire_names_the_author():
    assert byline("Solène Vautrin avec AFP") == (["Solène Vautrin"], None)
    assert byline("Tom Baker (with Reuters)") == (["Tom Baker"], None)
    assert byline("Talks with OpenAI") is None
    page = lines.read(
        "Cerfeuil lève 8 millions d'euros pour ses réseaux de chaleur\n\n" + BODY_FR + "\nSolène Vautrin avec AFP\n",
        "fr",
    )
    assert page.authors == ["Solène Vautrin"]


def test_a_byline_with_initials_for_the_first_name_names_the_author():
    assert byline("J.-P. Roux, journaliste") == (["J.-P. Roux"], None)
    page = lines.read(
        "Home | Business | Technology\nBrindle hires a former lab researcher to run its speech models team\n"
        "J.-P. Okafor\nMarch 3, 2026\n\n" + BODY_EN,
        "en",
    )
    assert page.authors == ["J.-P. Okafor"]
    assert (
        "U.S. Steel"
        not in lines.read("Brindle hires a speech researcher from a big lab\nU.S. Steel\n\n" + BODY_EN, "en").authors
    )
