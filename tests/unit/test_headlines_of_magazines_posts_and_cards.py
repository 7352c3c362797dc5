"""Headlines and bylines of page kinds that escaped (issue 14): a magazine's hard-wrapped page with its byline under
the headline, a social app's menu above a post, a speaker card's row of details, an aggregator's submission line, an
event's place, date and venue. Pages written for these tests."""

from digest.ingest import lines
from digest.ingest.bylines import byline

COLUMN_EN = (
    "For twelve years, Marisol Quen-\ntana wrote the kind of compiler\npapers that other engineers keep\n"
    "open on a second screen. Last week,\nshe left the Zurich lab where she\nhad spent all of them, and joined\n"
    "Tessel, a nine-person startup in\nGhent that builds chips for small\nlanguage models, as its first\n"
    "chief architect, a post created for\nher by the founders in January.\n"
)


def test_a_byline_under_a_wrapped_magazine_headline_is_not_glued_to_it():
    page = lines.read(
        "PROFILE | 12\nThe compiler writer who swapped a famous lab for a nine-person chip startup in Ghent\n"
        "By Odile Farrant\n" + COLUMN_EN,
        "en",
    )
    assert page.title.text == "The compiler writer who swapped a famous lab for a nine-person chip startup in Ghent"
    assert page.authors == ["Odile Farrant"]


def test_an_apps_menu_above_a_post_is_no_headline():
    post = (
        "Big news from my corner of the field: Tessel just hired Marisol Quintana as chief architect, and she "
        "starts in March in Ghent. Thread below on why it matters.\n"
    )
    for menu, lang in (
        ("Home Explore Notifications Chat Feeds Lists Profile Settings", "en"),
        ("Accueil Explorer Notifications Messages privés Favoris Listes Préférences", "fr"),
    ):
        page = lines.read(f"Chirp\n{menu}\nLena Hardt\n@lenahardt.chirp.social\n· 2h\n{post}", lang)
        assert page.title is None or page.title.text != menu
    titled = lines.read(
        "Tessel Hires Chip Architect In Push To Build Its Own Compilers\n\nBy Lena Hardt\n\n" + post * 2, "en"
    )  # a title-cased headline's small words are no menu
    assert titled.title.text == "Tessel Hires Chip Architect In Push To Build Its Own Compilers"


def test_a_cards_row_of_details_yields_to_the_announcement_above_it():
    page = lines.read(
        "Small Chips Forum 2026\n"
        "Keynote news: Marisol Quintana, co-founder and CEO of Tessel, will open Day 2\n"
        "Marisol Quintana · Co-founder & CEO, Tessel · Nantes, France\n"
        "We are happy to announce that Marisol Quintana will give the opening keynote of the second day, in the "
        "large hall, on what small chips change for the way compilers are written.\n",
        "en",
    )
    assert page.title.text == "Keynote news: Marisol Quintana, co-founder and CEO of Tessel, will open Day 2"


def test_an_aggregators_submission_line_is_the_headline_of_an_excerpt_without_its_own():
    page = lines.read(
        "Linkpile new | past | comments | ask | show | jobs | submit\nlogin\n"
        "Compiler veteran Marisol Quintana joins nine-person chip startup Tessel (chipletter.example)\n"
        "98 points by lowlevel 3 hours ago | hide | past | favorite | 41 comments\n"
        "excerptbot 3 hours ago | next [–]\nExcerpt for those who hit the paywall:\n"
        "Marisol Quintana, who spent twelve years writing compilers at a Zurich lab, has joined Tessel, a "
        "nine-person startup in Ghent that builds chips for small language models, as chief architect.\n",
        "en",
    )
    assert page.title.text.endswith("joins nine-person chip startup Tessel (chipletter.example)")


def test_the_venue_in_an_events_place_and_date_row_is_no_author():
    page = lines.read(
        "Small Chips Forum 2026\nPorto · May 4–5, 2026 · Centro Cultural\n"
        "Keynote news: Marisol Quintana, chief architect of Tessel, will close the first day\n\n"
        "We are happy to announce that Marisol Quintana will give the closing keynote of the first day, in the "
        "large hall, on what small chips change for the way compilers are written.\n",
        "en",
    )
    assert page.authors == []


def test_bylines_closing_brackets_say_where_from_or_for_whom():
    assert byline("Par Maëlys Corentin et Yann Dorval (Montréal, correspondant)") == (
        ["Maëlys Corentin", "Yann Dorval"],
        None,
    )
    assert byline("By Odile Farrant (The Evening Ledger)") == (["Odile Farrant"], "The Evening Ledger")
    assert byline("Reportage de Maëlys Corentin et Yann Dorval") == (["Maëlys Corentin", "Yann Dorval"], None)


def test_the_name_under_a_letters_closing_formula_is_its_author():
    page = lines.read(
        "A Letter to Our Customers\n\nDear customers,\n\n" + COLUMN_EN + "\nThank you for your trust, as ever.\n\n"
        "Kind regards,\nOdile Farrant\nChief Executive Officer\n",
        "en",
    )
    assert page.authors == ["Odile Farrant"]


def test_a_wires_closing_credit_run_on_at_the_end_of_a_late_paragraph_names_its_journalists():
    page = lines.read(
        "Tessel hires compiler veteran Marisol Quintana as chief architect\n\n"
        "Marisol Quintana, who spent twelve years writing compilers at a Zurich lab, has joined Tessel, a "
        "nine-person startup in Ghent, as chief architect, the company said on Monday.\n\n"
        "The company expects to ship its first chip next year. Reporting by Odile Farrant; Editing by Yann Dorval\n\n"
        'On screen: "WE WANTED SOMEONE WHO HAD SHIPPED COMPILERS FOR A LIVING..."\n',
        "en",
    )
    assert page.authors == ["Odile Farrant", "Yann Dorval"]
    assert not any("Reporting by" in line.text for line in page.lines if line.kept)


def test_contact_in_a_sites_menu_heads_no_contacts_block():
    page = lines.read(
        "HARBOUR CAPITAL\nPortfolio\nTeam\nNews\nContact\n← Back to all news\n"
        "Why we backed Tessel's €6m seed round\n12 February 2026\nOdile Farrant, Partner\n4 min read\n" + COLUMN_EN,
        "en",
    )
    assert page.title.text == "Why we backed Tessel's €6m seed round"
    contacts = lines.read(COLUMN_EN + "\nContact\nOdile Farrant\nodile@harbour.example\n+44 20 7946 0000\n", "en")
    assert next(line for line in contacts.lines if line.text == "Odile Farrant").kind == "note"


def test_a_shows_credits_line_names_its_host_but_an_articles_sentence_does_not():
    episode = (
        "Small chips, big compilers\n\nIn this episode, Marisol Quintana tells us why she left a Zurich lab for a "
        "nine-person startup in Ghent, and what small chips change for compilers.\n\n"
    )
    credited = lines.read(episode + "Présenté par Odile Farrant. Musique : Yann Dorval.\n", "fr")
    assert credited.authors == ["Odile Farrant"]
    told = lines.read(
        episode + "The summit, presented by Odile Farrant, drew four hundred engineers to Ghent for two days.\n", "en"
    )
    assert told.authors == []


PRINT_FR = (
    "22 | ÉCONOMIE & INDUSTRIE\nLA GAZETTE DES FILIÈRES MARDI 3 MARS 2026\nNUMÉRIQUE\n"
    "Tessel recrute une pointure des compilateurs pour ses puces frugales\n"
    "La jeune pousse gantoise confie son architecture à une ingénieure passée par un grand laboratoire zurichois, "
    "et prépare sa première puce pour l'an prochain.\n"
    "De notre correspondant à Bruxelles,\nYANN DORVAL\n"
    "Pendant douze ans, Marisol Quinta-\nna a écrit le genre d'articles sur\nles compilateurs que les ingé-\n"
    "nieurs gardent ouverts sur un se-\ncond écran. La semaine dernière,\nelle a quitté le laboratoire zuri-\n"
    "chois où elle les avait tous écrits\npour rejoindre Tessel, une start-\nup de neuf personnes installée à\n"
    "Gand, comme architecte en chef.\n23 LA GAZETTE DES FILIÈRES | MARS 2026\nNUMÉRIQUE\n"
    "Le poste a été créé pour elle par\nles deux fondateurs en janvier, et\nelle rendra compte au directeur\n"
    "général de la jeune entreprise.\n"
)


def test_a_print_pages_headline_is_wider_than_its_wrapped_columns_and_its_byline_is_read():
    page = lines.read(PRINT_FR, "fr")
    assert page.title.text == "Tessel recrute une pointure des compilateurs pour ses puces frugales"
    assert page.authors == ["Yann Dorval"]
    label = [line for line in page.lines if line.text == "NUMÉRIQUE"]
    assert label and all(not line.kept for line in label)  # the section's label in the running header


def test_a_name_shaped_advertising_label_amid_the_article_is_no_author():
    paragraph = (
        "Tessel, la jeune pousse gantoise qui conçoit des puces pour les petits modèles de langue, a recruté une "
        "architecte en chef venue d'un grand laboratoire zurichois, a-t-elle annoncé lundi.\n\n"
    )
    page = lines.read(
        "Tessel recrute une architecte venue de Zurich\n\nPar Odile Farrant\n\n"
        + paragraph * 2
        + "JORDAN VOYAGES\nJusqu'à 200 € offerts sur votre premier séjour\n\n"
        + paragraph,
        "fr",
    )
    assert page.authors == ["Odile Farrant"]


def test_a_forwarded_newsletters_headline_is_read_below_the_forwarders_note():
    page = lines.read(
        "Yann, this is the one I told you about on Friday, she was in my year at the lab. Worth a read. — O.\n\n"
        "Begin forwarded message:\n\n> From: Chip Weekly <letters@chipweekly.example>\n"
        "> Subject: #12 — Tessel lands a compiler star\n> Date: 3 March 2026 at 07:00:00 CET\n\n"
        "Chip Weekly\nIssue #12 · Small chips, every Tuesday\n\nHi all,\n\n"
        "One big hire this week, and a short note on the price of wafers. Let's go.\n\n"
        "Tessel hires compiler veteran Marisol Quintana as chief architect\n\n"
        "Ghent-based Tessel said on Monday that it has hired Marisol Quintana, who spent twelve years writing "
        "compilers at a Zurich lab, as its chief architect, a post created for her in January.\n\n"
        "Quintana will lead a team of six and report to the chief executive, the company said.\n",
        "en",
    )
    assert page.title.text == "Tessel hires compiler veteran Marisol Quintana as chief architect"


def test_a_news_feeds_timed_items_above_the_story_are_no_headline():
    page = lines.read(
        "ChipBourse\nCAC 40 8 112,45 +0,62 %   SBF 120 6 201,10 +0,48 %\nActions | Marchés | Fil info | Analyses\n"
        "Fil info\n03/03 17:45 Clôture : les valeurs technologiques tirent la cote\n"
        "03/03 17:30 Tessel bondit de 9 % après le recrutement d'une architecte\n"
        "03/03 17:12 Change : l'euro se replie\n"
        "03/03 08:01\nTESSEL (TSL) 18,40 € +9,52 %\n"
        "Tessel recrute une architecte venue d'un grand laboratoire zurichois\n"
        "La jeune pousse gantoise Tessel a annoncé mardi le recrutement de Marisol Quintana, qui a passé douze ans à "
        "écrire des compilateurs dans un laboratoire zurichois, comme architecte en chef.\n",
        "fr",
    )
    assert page.title.text == "Tessel recrute une architecte venue d'un grand laboratoire zurichois"
    assert all(not line.kept for line in page.lines if line.text.startswith("03/03"))


def test_a_securities_filings_headline_is_the_first_item_it_reports():
    page = lines.read(
        "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nFORM 8-K\nCURRENT REPORT\n"
        "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934\nTESSEL SEMICONDUCTOR, INC.\n"
        "Check the appropriate box below if the Form 8-K filing is intended to satisfy the filing obligation of the "
        "registrant under any of the following provisions:\n"
        "Item 5.02 Departure of Directors or Certain Officers; Appointment of Certain Officers.\n"
        "On March 2, 2026, the Board of Directors of Tessel Semiconductor, Inc. appointed Marisol Quintana as Chief "
        "Architect of the Company, effective immediately.\n",
        "en",
    )
    assert page.title.text.startswith("Item 5.02 Departure of Directors")
