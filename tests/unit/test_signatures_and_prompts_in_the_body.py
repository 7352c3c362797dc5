"""Lines inside an article's body that are no news: an audio player's prompt with its duration, a wire's dateline
alone on its line, the author's initials signing the end, the outlet describing itself to ask for support: pages
written for these tests from the kinds of page ingest meets."""

import pytest

from digest.ingest import lines
from digest.ingest.bylines import byline
from digest.ingest.datelines import page_stamp
from digest.ingest.lines.notices import notice
from digest.ingest.paste import CONTENT

BODY_EN = (
    "Corbel, a Lisbon company that writes software for cargo ports, said on Tuesday that its chief technology "
    "officer, Inês Duarte, would leave at the end of the month to start her own company.\n"
    "{line}\n"
    "Duarte joined Corbel in 2019 from a large logistics group. The company said its head of platform, Rui Matos, "
    "would take over her duties until a successor is named.\n"
)
BODY_FR = (
    "La société lyonnaise Grenat, qui conçoit des logiciels de planification pour les hôpitaux, a annoncé mardi la "
    "nomination de Sophie Berthier au poste de directrice technique, en remplacement de Marc Aubry.\n"
    "{line}\n"
    "Passée par un grand éditeur de logiciels médicaux, Mme Berthier prendra ses fonctions le mois prochain et "
    "dirigera une équipe d'une cinquantaine d'ingénieurs répartis entre Lyon et Grenoble.\n"
)

NOT_NEWS = [
    ("Écouter cet article (3 min)", "fr"),
    ("Écoutez l'article · 5 min", "fr"),
    ("Listen to this article (4 min)", "en"),
    ("Listen to this story", "en"),
    ("Nairobi, Mar 12 (KNA)", "en"),
    ("LAGOS, 6 avril (AFP) -", "fr"),
    ("Geneva, 3 June 2026 (Reuters)", "en"),
    ("M.B.", "fr"),
    ("J.-L. R.", "fr"),
    ("K. O.", "en"),
    ("Le Petit Courrier est un média indépendant et sans but lucratif. Soutenez-nous, faites un don.", "fr"),
    ("The Valley Ledger is a nonprofit newsroom funded by readers. Donate today.", "en"),
    ("Notre Quotidien est un journal libre de toute publicité. Devenez membre.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_NEWS)
def test_a_line_between_paragraphs_that_is_no_news_is_junk(text, lang):
    page = lines.read(f"Title of the story\n{(BODY_FR if lang == 'fr' else BODY_EN).format(line=text)}", lang)
    line = next(line for line in page.lines if line.text == text)
    assert line.kind != CONTENT and line.kind != "heading"


@pytest.mark.parametrize(
    "text",
    [
        "Listen to the minister explain why the plan was dropped.",
        "Paris, the capital (France)",
        "Mediapart est un média indépendant qui vit des abonnements de ses lecteurs depuis 2008.",
        "The Guardian is a newspaper that asks its readers for support, the study found.",
    ],
)
def test_news_that_looks_like_those_lines_is_not_a_notice(text):
    assert notice(text, len(text.split())) is None


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Claire Dufresne · il y a 3 h · 12 réactions", "Claire Dufresne"),
        ("Tomasz Wierzbicki · 5h ago · 48 comments", "Tomasz Wierzbicki"),
        ("Awa Ndiaye | hier | 7 commentaires", "Awa Ndiaye"),
        ("Helen Marsh · 14 March 2026 · 3 comments", "Helen Marsh"),
    ],
)
def test_a_name_in_a_row_of_its_posts_age_and_reactions_is_the_author(text, author):
    assert byline(text) == ([author], None)


@pytest.mark.parametrize("text", ["Paris · Lyon · Marseille", "Apple · 3 h", "Nouveautés · 12 réactions"])
def test_a_row_without_a_persons_name_names_no_author(text):
    assert byline(text) is None


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Lyon, 14 février 2026 (AFP) -", "fr", (2026, 2, 14)),
        ("Accra, Nov 3 (GNA)", "en", (None, 11, 3)),
        ("GENEVA, 9 June 2026 (Reuters) -", "en", (2026, 6, 9)),
    ],
)
def test_a_wires_dateline_alone_dates_the_page(text, lang, date):
    assert tuple(page_stamp(text, lang)) == date


@pytest.mark.parametrize(
    ("page", "lang", "source"),
    [
        (
            "ChipLetter\nFor people who build hardware\nNews  Reviews  Jobs\n"
            "A new accelerator from a Lisbon start-up\nBy Ann Lee\n"
            + BODY_EN.format(line="Tests run for ChipLetter show it trails larger parts by a few points.")
            + "Get ChipLetter Daily in your inbox.\n",
            "en",
            "ChipLetter",
        ),
        (
            "VeilleTech\nL'actualité des start-up\nActus  Tests  Forum\n"
            "Une nouvelle puce venue de Lyon\nPar Jeanne Martin\n"
            + BODY_FR.format(line="Selon les essais menés par VeilleTech, la puce tient ses promesses.")
            + "Recevez la lettre de VeilleTech chaque matin.\n",
            "fr",
            "VeilleTech",
        ),
    ],
)
def test_a_coined_name_atop_the_page_is_its_masthead_even_where_the_article_names_it(page, lang, source):
    assert lines.read(page, lang).source == source
