"""Page furniture told from what a line is, on short pages written for these tests from the kinds of page (issue 14):
where the headline stands among menus, pictures' captions, calls to the reader, labels after the article, a saved
page's own title, and summaries made of sentences."""

from __future__ import annotations

import pytest

from digest.ingest import lines
from digest.ingest.summary import summarise


def _kinds(text: str, lang: str, **options) -> tuple[lines.Page, dict[str, str]]:
    page = lines.read(text, lang, **options)
    return page, {line.text: line.kind for line in page.lines if line.text}


def test_the_headline_comes_after_the_menus_a_tagline_or_a_tickers_headline_above_them_is_furniture():
    page, kinds = _kinds(
        "LE JOURNAL DES PLATEAUX\n"
        "L'actualité économique des hauts plateaux et de la vallée\n"
        "Flash : la foire agricole de printemps ouvre ses portes samedi au parc des expositions\n"
        "Accueil | Politique | Économie | Tech | Sport | Culture\n"
        "Tech\n"
        "La start-up Brumaire recrute l'ancien directeur scientifique d'un laboratoire public\n"
        "Par la rédaction\n"
        "Publié le 12 février 2026 à 8h30\n"
        "La jeune pousse Brumaire, qui conçoit des modèles de prévision pour les exploitations agricoles, a annoncé "
        "jeudi l'arrivée de son nouveau directeur scientifique, venu d'un laboratoire public.\n",
        "fr",
    )
    assert page.title.text == "La start-up Brumaire recrute l'ancien directeur scientifique d'un laboratoire public"
    assert kinds["L'actualité économique des hauts plateaux et de la vallée"] == "navigation"
    assert (
        kinds["Flash : la foire agricole de printemps ouvre ses portes samedi au parc des expositions"] == "navigation"
    )


def test_a_timestamp_with_its_time_zone_is_never_the_headline():
    page, kinds = _kinds(
        "Technology\n"
        "Quillon names a former bank executive as chief financial officer\n"
        "By Staff Reporter\n"
        "March 3, 2026 9:02 AM GMT+1 Updated 2 hours ago\n"
        "Listen to this article · 3 min\n"
        "Quillon, the London start-up that builds small reasoning models, said on Tuesday it had appointed a former "
        "bank executive as its chief financial officer as it prepares a new funding round.\n",
        "en",
    )
    assert page.title.text == "Quillon names a former bank executive as chief financial officer"
    assert kinds["March 3, 2026 9:02 AM GMT+1 Updated 2 hours ago"] == "dateline"


@pytest.mark.parametrize(
    "caption",
    [
        "Ada Brennan, co-founder of Quillon, at the company's Leeds office. Picture: Tom Hale/PA",
        "Rafe Osei and Mina Kowal, co-founders of Tallis Labs.",
        "Tallis Labs chief executive Mina Kowal at the company's offices in Leeds.",
        "Jeanne Morel et Paul Ribeiro dans les locaux de Brumaire, à Clermont-Ferrand. Luc Perrin / Le "
        "Journal des Plateaux",
        "Jeanne Morel (à gauche) lors du salon de l'agriculture de Paris.",
    ],
)
def test_a_pictures_caption_names_the_people_shown_and_where_without_a_verb(caption):
    _, kinds = _kinds(
        f"Quillon hires a new research chief\n\n{caption}\n\nQuillon said on Tuesday that it had hired "
        "a new research chief from a rival laboratory, the company's third senior hire this year.\n",
        "fr" if "Jeanne" in caption else "en",
    )
    assert kinds[caption] == "caption"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Brennan, co-founder of Quillon, said on Tuesday that the company would open an office in Leeds.",
        "Jeanne Morel, à la tête de Brumaire depuis 2021, quitte l'entreprise pour rejoindre un fonds.",
        "Tallis Labs hires Mina Kowal at its Leeds office.",
    ],
)
def test_a_sentence_about_people_and_places_stays_article_text(sentence):
    _, kinds = _kinds(
        f"Quillon hires a new research chief\n\n{sentence}\n\nThe start-up, founded in 2022, employs "
        "forty people and raised a seed round from European funds last year.\n",
        "fr" if "Jeanne" in sentence else "en",
    )
    assert kinds[sentence] == lines.CONTENT


def test_the_sentence_above_a_photo_credit_alone_on_its_line_is_the_pictures_caption():
    _, kinds = _kinds(
        "Brumaire lève 8 millions d'euros\n\n"
        "La start-up Brumaire a annoncé mardi avoir levé 8 millions d'euros auprès de fonds régionaux et nationaux.\n\n"
        "Jeanne Morel a longtemps dirigé l'équipe de prévision d'un grand groupe coopératif.\n"
        "LUC PERRIN/LE JOURNAL DES PLATEAUX\n\n"
        "Les fonds serviront à recruter une vingtaine d'ingénieurs d'ici la fin de l'année, a précisé la société.\n",
        "fr",
    )
    assert kinds["Jeanne Morel a longtemps dirigé l'équipe de prévision d'un grand groupe coopératif."] == "caption"
    assert kinds["LUC PERRIN/LE JOURNAL DES PLATEAUX"] == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Votre banque vous accompagne dans vos projets. Simulez votre prêt en 3 minutes.",
        "Vous avez apprécié cet article ? Partagez-le avec vos collègues !",
        "Grab the best laptop deals of the week - save up to £250",
        "La tablette X12 à 299 € au lieu de 449 € chez un marchand partenaire",
        "Buy government bonds from as little as $100 - Open an account today",
        "Brumaire recrute ! Consultez les offres d'emploi sur notre page Carrières.",
        "Voir tous nos dossiers >",
        "Read our guide to regional start-up funds",
    ],
)
def test_a_line_that_tells_the_reader_to_act_or_sells_is_furniture(line):
    _, kinds = _kinds(
        f"Brumaire lève 8 millions d'euros\n\nLa start-up Brumaire a annoncé mardi avoir levé 8 millions "
        f"d'euros auprès de fonds régionaux et nationaux.\n\n{line}\n\nLes fonds serviront à recruter "
        "une vingtaine d'ingénieurs d'ici la fin de l'année, a précisé la société.\n",
        "fr",
    )
    assert kinds[line] == "widget"


@pytest.mark.parametrize(
    "line",
    [
        "The subscription now costs $20 a month, up to $200 for the professional tier.",
        "Selon nos informations, la start-up a levé 20 M€ auprès de fonds français.",
        "« Vous pouvez tester le modèle gratuitement dès aujourd'hui », a déclaré la fondatrice.",
    ],
)
def test_prices_quotations_and_the_outlets_own_reporting_stay_article_text(line):
    _, kinds = _kinds(
        f"Brumaire lève 8 millions d'euros\n\nLa start-up Brumaire a annoncé mardi avoir levé 8 millions "
        f"d'euros auprès de fonds régionaux et nationaux.\n\n{line}\n\nLes fonds serviront à recruter "
        "une vingtaine d'ingénieurs d'ici la fin de l'année, a précisé la société.\n",
        "fr",
    )
    assert kinds[line] == lines.CONTENT


def test_labels_after_the_article_are_no_headings_a_kicker_over_a_heading_is():
    page, kinds = _kinds(
        "Quillon raises $30 million for its small reasoning models\n\n"
        "Quillon, a London start-up building small reasoning models, said on Monday it had raised $30 million "
        "in a round led by a European fund.\n\n"
        "Market pressure\n"
        "Why small models are winning\n"
        "Quillon competes with larger laboratories that sell access to much bigger models, and says its customers "
        "want models they can run on their own machines.\n\n"
        "The company plans to double its team to sixty people by the end of next year, it said.\n"
        "Related\n"
        "Why chipmakers are courting the start-ups of the north\n"
        "Five funds to watch this spring\n"
        "License this article\n",
        "en",
    )
    assert kinds["Why small models are winning"] == lines.HEADING
    assert kinds["Why chipmakers are courting the start-ups of the north"] not in lines.KEPT
    assert "Five funds to watch" not in page.markdown()


def test_a_saved_pages_own_title_names_its_headline_line():
    text = (
        "Brumaire names a former research director as its chief scientist\n"
        "A public laboratory's director joins the farm-forecasting start-up\n"
        "By Staff Reporter\n"
        "Brumaire, which builds forecasting models for farms, said on Monday it had named a former director of "
        "a public research laboratory as its chief scientist.\n"
    )
    guessed = lines.read(text, "en").title.text
    given = next(line for line in text.splitlines()[:2] if line != guessed)
    page = lines.read(text, "en", headline=f"{given.replace('the ', '')} | The Plateaux Courier")
    assert page.title.text == given
    assert page.title.reason.startswith("the headline: the line the page's own title")


def test_summaries_are_sentences_never_a_headline_run_into_its_standfirst():
    body = (
        "Brumaire lève 8 millions d'euros pour ses modèles de prévision La start-up clermontoise veut "
        "recruter vingt ingénieurs d'ici la fin de l'année.\n\nSuite de l'article, avec plus de détails.\n"
    )
    assert summarise(body).startswith("Brumaire lève 8 millions d'euros pour ses modèles de prévision. La start-up")
    assert summarise(
        "Mis à jour à 11 h 40\n\nLa start-up Brumaire a annoncé mardi avoir levé 8 millions d'euros.\n"
    ).startswith("La start-up Brumaire")
    assert (
        summarise("Selon Le Monde, la start-up Brumaire a levé 8 millions d'euros auprès de fonds.\n")
        == "Selon Le Monde, la start-up Brumaire a levé 8 millions d'euros auprès de fonds."
    )


def test_a_summary_box_and_a_podcasts_chapters_are_article_text():
    page, kinds = _kinds(
        "Brumaire recrute un directeur scientifique\n"
        "Par la rédaction\n"
        "12 commentaires\n"
        "Ce qu'il faut retenir\n"
        "La start-up Brumaire a recruté l'ancien directeur d'un laboratoire public, qui prendra ses fonctions en mai.\n"
        "Il aura la charge d'une équipe de douze chercheurs installée à Clermont-Ferrand, a précisé l'entreprise.\n\n"
        "Au programme de l'épisode\n"
        "00:00 — Introduction\n"
        "04:10 — Pourquoi quitter la recherche publique ?\n",
        "fr",
    )
    assert kinds["Ce qu'il faut retenir"] in lines.KEPT
    assert kinds["04:10 — Pourquoi quitter la recherche publique ?"] == lines.CONTENT


def test_a_photos_location_tag_between_paragraphs_is_no_heading():
    page, kinds = _kinds(
        "La papeterie de Voiron relance deux machines\n\n"
        "La papeterie, qui emploie trois cents personnes dans la vallée, a annoncé mardi la relance de deux "
        "machines arrêtées depuis l'hiver dernier.\n\n"
        "Lyon, France\n\n"
        "Les syndicats saluent une décision attendue depuis des mois, mais demandent des garanties sur les "
        "salaires et les horaires des équipes de nuit.\n\n"
        "Des chantiers à venir\n\n"
        "La direction prévoit aussi de moderniser la chaufferie du site au cours des deux prochaines années.\n",
        "fr",
    )
    assert kinds["Lyon, France"] not in lines.KEPT
    assert kinds["Des chantiers à venir"] == lines.HEADING
