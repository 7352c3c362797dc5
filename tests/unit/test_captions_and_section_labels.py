"""What a reader of real pages finds kept that is not the article (issue 14): pictures' captions without the usual
credit, a section's label over its heading, a dateline's place alone on its line, a heading's permalink mark, and
an update note. Pages written for these tests, in both languages, from the shapes of those failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest import lines


def _kinds(text: str, lang: str) -> dict[str, str]:
    return {line.text: line.kind for line in lines.read(text, lang).lines if line.text}


def _between(lang: str, *middle: str) -> str:
    """A page in ``lang``: a headline, a paragraph of the article, the ``middle`` lines, another paragraph."""
    article, more = (ARTICLE_EN, MORE_EN) if lang == "en" else (ARTICLE_FR, MORE_FR)
    return "\n\n".join(["Kestrel raises money", article, *middle, more]) + "\n"


ARTICLE_EN = (
    "The start-up said on Tuesday it had raised $40 million from a group of investors led by a Boston fund, "
    "and that it would hire forty engineers this year."
)
ARTICLE_FR = (
    "La jeune pousse a annoncé mardi avoir levé 40 millions d'euros auprès d'un groupe d'investisseurs mené par un "
    "fonds lyonnais, et prévoit d'embaucher quarante ingénieurs cette année."
)
MORE_EN = "Its chief executive said the money would go to a second factory near the port, which opens next spring."
MORE_FR = "Sa directrice générale a précisé que l'argent servirait à une deuxième usine près du port, au printemps."


@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        (
            "en",
            "This photo illustration shows the Kestrel chatbot on a phone in Oslo on March 2, 2026. It topped "
            "the rankings of the week.",
        ),
        ("en", "In this handout picture taken on May 3, engineers test a drone over a field near Tartu."),
        ("fr", "Sur cette photo prise le 4 mars, des techniciens assemblent un robot dans l'usine de Villeurbanne."),
        ("fr", "Une capture d'écran montre l'assistant vocal de la société lors de sa présentation à Paris."),
    ],
)
def test_a_line_describing_a_picture_is_its_caption(lang, caption):
    kinds = _kinds(_between(lang, caption), lang)
    assert kinds[caption] == "caption"
    assert kinds[ARTICLE_EN if lang == "en" else ARTICLE_FR] == lines.CONTENT


@pytest.mark.parametrize(
    ("lang", "caption", "credit"),
    [
        (
            "en",
            "Ana Petrov, chief executive of Kestrel Holdings Corp., speaks at a forum in Tokyo, Japan, on "
            "Wednesday, July 16, 2025.",
            "Kiyoshi Tanaka | Bloomberg | Getty Images",
        ),
        (
            "en",
            "Omar Haddad, founder of Dune Labs Inc., arrives for a meeting at the ministry in Dubai on Monday.",
            "Sarah Klein | Reuters",
        ),
        (
            "fr",
            "Claire Dumas, présidente de Vega Robotique S.A., lors d'un salon à Lyon, le 3 mars 2025.",
            "Julien Moreau | AFP",
        ),
        (
            "fr",
            "Marc Girard, fondateur de Lumen Co., prend la parole pendant une conférence à Genève le 12 juin.",
            "Nadia Benali | Keystone | Getty Images",
        ),
    ],
)
def test_the_sentence_above_a_credit_between_bars_is_a_caption(lang, caption, credit):
    article, more = (ARTICLE_EN, MORE_EN) if lang == "en" else (ARTICLE_FR, MORE_FR)
    kinds = _kinds(f"Kestrel raises money\n\n{caption}\n\n{credit}\n\n{article}\n\n{more}\n", lang)
    assert kinds[caption] == "caption"
    assert kinds[article] == lines.CONTENT


def test_a_breadcrumb_between_bars_does_not_make_the_sentence_above_a_caption():
    standfirst = "The robot maker wants to double its staff in Estonia."
    kinds = _kinds(f"Kestrel raises money\n\n{standfirst}\n\nTech News | Robotics\n\n{ARTICLE_EN}\n\n{MORE_EN}\n", "en")
    assert kinds[standfirst] != "caption"


@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        (
            "fr",
            "Le salon a rassemblé plus de 900 exposants et quelque 40 000 visiteurs venus de tout le continent fin mai "
            "à Dakar, au Sénégal, pour sa deuxième édition.  - Credit:Awa Diop",
        ),
        (
            "fr",
            "Des ingénieurs testent le prototype du futur robot de manutention dans un hangar de la zone aéroportuaire "
            "de Toulouse, en Haute-Garonne, au printemps. – Crédit : Jean Roux",
        ),
        (
            "en",
            "Visitors crowd the stand of the robot maker on the opening day of the industrial fair in Hanover, "
            "Germany, where it showed its new warehouse machine. - Photo: Lena Vogt",
        ),
        (
            "en",
            "Engineers assemble a battery pack at the company's new plant outside Austin, Texas, where it plans to "
            "build a hundred thousand packs a year. | Credits: Ray Park",
        ),
    ],
)
def test_a_credit_with_its_label_glued_after_a_caption_makes_it_a_caption(lang, caption):
    kinds = _kinds(_between(lang, caption), lang)
    assert kinds[caption] == "caption"


@pytest.mark.parametrize(
    "alt",
    ["News ImageNews ImageNews Image", "Photo galleryPhoto galleryPhoto gallery", "PhotoPhoto", "Image 1Image 1"],
)
def test_an_image_alternative_text_repeated_is_not_a_heading(alt):
    page = lines.read(f"Kestrel raises money\n\n{ARTICLE_FR}\n\n{alt}\n\n{MORE_FR}\n", "fr")
    assert f"## {alt}" not in page.markdown()


def test_a_name_said_twice_is_not_alternative_text():
    from digest.ingest.lines.captions import alt_text_repeated

    assert not alt_text_repeated("Duran Duran") and not alt_text_repeated("Bora Bora")


@pytest.mark.parametrize(
    ("lang", "kicker", "heading"),
    [
        ("en", "Market competition", "A crowded field of rivals"),
        ("en", "Background", "The valuation over two years"),
        ("fr", "Concurrence", "Un marché très disputé"),
        ("fr", "Le contexte", "Le financement en trois étapes"),
    ],
)
def test_a_label_over_a_section_heading_is_not_a_heading(lang, kicker, heading):
    body = lines.read(_between(lang, kicker, heading), lang).markdown()
    assert f"## {heading}" in body
    assert kicker not in body


@pytest.mark.parametrize(
    ("lang", "place"), [("en", "Stockholm"), ("en", "NAIROBI"), ("fr", "Bruxelles"), ("fr", "São Paulo")]
)
def test_a_place_alone_above_the_first_paragraph_is_its_dateline_not_a_heading(lang, place):
    article, more = (ARTICLE_EN, MORE_EN) if lang == "en" else (ARTICLE_FR, MORE_FR)
    body = lines.read(f"{place}\n\n{article}\n\n{more}\n", lang).markdown()  # a paste without its headline
    assert place not in body and article in body


@pytest.mark.parametrize(
    ("lang", "heading", "mark"),
    [
        ("en", "Why it matters", " #"),
        ("en", "What comes next?", " #"),
        ("fr", "Le contexte", " ¶"),
        ("fr", "Ce qui change pour les clients", " 🔗"),
    ],
)
def test_a_heading_keeps_its_words_without_its_permalink_mark(lang, heading, mark):
    body = lines.read(_between(lang, heading + mark), lang).markdown()
    assert f"## {heading}\n" in body


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        (
            "fr",
            "(Article mis à jour le 15 juin 2025 avec les précisions de la direction et le 27 juin avec celles "
            "du ministère.)",
        ),
        ("fr", "Article corrigé le 4 mars : le montant de la levée était de 40 millions d'euros, non de 14 millions."),
        ("en", "(Story updated on May 3 to add comment from the company's chief executive and a regulator.)"),
        ("en", "Article updated at 10:30 ET with the company's statement and the share price at the close."),
    ],
)
def test_an_update_note_is_a_note_not_article_text(lang, note):
    kinds = _kinds(_between(lang, note), lang)
    assert kinds[note] == "note"


@pytest.mark.parametrize(
    ("lead", "news"),
    [
        ("Singapore: ", "When two engineers founded their start-up in Hangzhou, they soon ran short of capital."),
        ("NEW DELHI: ", "The government named eight firms on Friday to build large language models."),
        ("Abidjan : ", "La start-up ivoirienne a levé 3 millions de dollars mardi auprès de fonds régionaux."),
        ("Bengaluru, India: ", "Infosys said on Monday it would hire 20,000 graduates this year."),
        ("Lagos — ", "The fintech said it had cut a tenth of its staff after a slower quarter."),
    ],
)
def test_a_place_opening_the_lead_says_nothing_of_the_news_in_the_summary_or_the_derived_title(lead, news):
    from digest.ingest.summary import summarise
    from digest.ingest.titles import without_dateline

    assert without_dateline(lead + news) == news
    assert summarise(f"{lead}{news}\n\nThe rest follows in a second paragraph of the article.\n").startswith(news)


def test_a_label_with_a_colon_that_is_no_place_stays_in_the_lead():
    from digest.ingest.titles import without_dateline

    lead = "Update: The company said on Monday it would hire 20,000 graduates this year."
    assert without_dateline(lead) == lead


@pytest.mark.parametrize(
    ("lang", "note", "day"),
    [
        ("fr", "(Article mis à jour le 15 juin 2025 avec les précisions de la direction.)", "2025-06-15"),
        ("fr", "Article actualisé le 4 mars 2025 : le montant de la levée a été précisé par la société.", "2025-03-04"),
        ("en", "(Story updated on May 3, 2025 to add comment from the company's chief executive.)", "2025-05-03"),
        ("en", "This story was updated on March 2, 2025 with the company's statement.", "2025-03-02"),
    ],
)
def test_an_update_note_set_aside_still_dates_the_page(tmp_path, lang, note, day):
    from digest.ingest import pipeline

    body = (
        "La jeune pousse a levé de l'argent auprès d'un groupe d'investisseurs mené par un fonds lyonnais."
        if lang == "fr"
        else "The start-up has raised money from a group of investors led by a Boston fund."
    )
    paste = tmp_path / "paste.txt"
    paste.write_text(f"Kestrel raises money\n\n{note}\n\n{body}\n\n{MORE_FR if lang == 'fr' else MORE_EN}\n")
    result = pipeline.run([paste], tmp_path / "content")[0]
    text = Path(result.path).read_text(encoding="utf-8")
    assert f"date: '{day}'" in text
    assert note not in text


@pytest.mark.parametrize(
    ("lang", "rubric"),
    [
        ("fr", "Nouvelles Technologies"),
        ("fr", "Économie numérique"),
        ("en", "Artificial Intelligence"),
        ("en", "Enterprise Technology"),
    ],
)
def test_a_rubric_above_the_first_paragraph_of_a_paste_without_headline_is_not_a_section_heading(lang, rubric):
    article, more = (ARTICLE_EN, MORE_EN) if lang == "en" else (ARTICLE_FR, MORE_FR)
    body = lines.read(f"{rubric}\n\n{article}\n\n{more}\n", lang).markdown()
    assert rubric not in body and article in body


@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        (
            "en",
            "Jane Roe, co-founder of Kestrel, attends a conference in Toronto on Tuesday, June 18, 2024.THE CANADIAN "
            "PRESS/Chris Young",
        ),
        ("en", "A worker inspects a chip at the company's plant in Hsinchu, Taiwan, on May 3, 2025. REUTERS/Ann Wang"),
        (
            "fr",
            "Le président de la société lors d'une conférence à Montréal, le 3 mars 2025. LA PRESSE CANADIENNE/Ann Roy",
        ),
        ("fr", "Des ingénieurs devant le prototype du robot à Grenoble, le 12 juin.AFP/Jean-Pierre Clatot"),
    ],
)
def test_a_caption_and_its_credit_run_on_after_a_standfirst_are_cut_from_it(lang, caption):
    standfirst = (
        "La société Kestrel recevra jusqu'à 240 millions de dollars du gouvernement pour ses serveurs."
        if lang == "fr"
        else "Kestrel will receive up to $240 million from the federal government to boost its computing capacity."
    )
    article, more = (ARTICLE_EN, MORE_EN) if lang == "en" else (ARTICLE_FR, MORE_FR)
    body = lines.read(f"Kestrel gets money\n\n{standfirst} {caption}\n\n{article}\n\n{more}\n", lang).markdown()
    assert standfirst in body and caption[10:40] not in body


def test_a_paragraph_signed_with_initials_and_a_wire_keeps_its_last_sentence():
    last = "Two watchmakers in the valley already test the system, according to an analyst at a Geneva bank."
    paragraph = f"The firm plans to hire twenty engineers this year. {last} JDR/ATS"
    body = lines.read(f"Kestrel raises money\n\n{ARTICLE_EN}\n\n{paragraph}\n\n{MORE_EN}\n", "en").markdown()
    assert last in body


@pytest.mark.parametrize(("lang", "box"), [("en", "Key Points"), ("fr", "À retenir")])
def test_a_heading_over_a_summary_box_at_the_top_of_a_paste_stays(lang, box):
    article, more = (ARTICLE_EN, MORE_EN) if lang == "en" else (ARTICLE_FR, MORE_FR)
    items = "- The start-up raised money from investors.\n- It will hire forty engineers this year.\n"
    body = lines.read(f"{box}\n{items}\n{article}\n\n{more}\n", lang).markdown()
    assert f"## {box}" in body
