"""Credits written inside or across other lines (issue 14, point 2): a name and its outlet on one line, a name and
its newsroom role in brackets, the outlet's name before the page's date, a periodical's issue, an aggregator's
credit to the story it quotes, a wire's credit glued to the last paragraph, an opinion piece's closing note on its
author, a post's profile block with its network badge. Pages written for these tests from those kinds of page."""

import pytest

from digest.ingest import lines, pipeline

LEAD_EN = (
    "Nexalis, a Lyon start-up, said on Tuesday it had raised 12 million euros from French funds to double its "
    "team of engineers by the end of the year.\n\n"
    "The company, founded in 2023 by Agathe Morel, sells language models that run on factory servers, and says "
    "its revenue tripled last year.\n\n"
    "Morel said the money would pay for a new office in Grenoble and for the computing time its next model needs.\n"
)
LEAD_FR = (
    "La start-up lyonnaise Nexalis a levé 12 millions d'euros auprès de fonds français pour doubler son équipe "
    "d'ingénieurs d'ici la fin de l'année, a-t-elle annoncé mardi.\n\n"
    "Fondée en 2023 par Agathe Morel, l'entreprise vend des modèles de langage qui tournent sur les serveurs des "
    "usines, et dit avoir triplé son chiffre d'affaires l'an dernier.\n\n"
    "Selon Agathe Morel, l'argent servira à ouvrir un bureau à Grenoble et à payer le calcul de son prochain modèle.\n"
)


def test_a_name_and_the_outlet_after_it_on_one_line_when_the_page_names_that_outlet_again():
    page = lines.read(
        "Nexalis lève 12 millions d'euros pour ses modèles de langage\n"
        "Mathilde Rousseau-Kerguelen La Sentinelle\nPublié à 7 h 00\n\n"
        + LEAD_FR
        + "\nAgathe Morel dans les bureaux de Nexalis PHOTO LUC FAVRE, LA SENTINELLE\n",
        "fr",
    )
    assert page.source == "La Sentinelle"
    assert page.authors == ["Mathilde Rousseau-Kerguelen"]
    # a surname that starts with an article is no outlet, even when a photo credit names the journalist again
    surname = lines.read(
        "Nexalis lève 12 millions d'euros pour ses modèles de langage\nPar Yann Le Goarnic\n\n"
        + LEAD_FR
        + "\nAgathe Morel à Lyon. | Photo Le Courrier du Rhône – Yann Le Goarnic\n",
        "fr",
    )
    assert surname.authors == ["Yann Le Goarnic"] and surname.source != "Le Goarnic"


@pytest.mark.parametrize(
    "byline, author",
    [("Shōhei Marumoto (journaliste de rédaction)", "Shōhei Marumoto"), ("Ingrid Solvang (staff writer)", None)],
)
def test_a_name_with_its_newsroom_role_in_brackets_is_an_author_never_a_person_of_the_story(tmp_path, byline, author):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    lead = LEAD_FR if author else LEAD_EN
    title = "Nexalis lève 12 millions d'euros" if author else "Nexalis raises 12 million euros"
    (inbox / "page.txt").write_text(f"{title}\n{byline}\n\n{lead}", encoding="utf-8")
    result = pipeline.run(sorted(inbox.iterdir()), tmp_path / "content")[0]
    name = author or byline.split(" (")[0]
    assert result.meta["authors"] == [name]
    assert not any(person.startswith(name.split()[0].lower()) for person in result.meta["people"])


def test_the_words_before_a_date_line_name_no_outlet():
    """A weekday, a month or "Published" before the page's date are the date line's own words. (Taking any words
    before a line already read as a date line for the outlet was tried and reverted: it named wrong sources on
    pages nobody had tuned on.)"""
    plain = lines.read("Nexalis raises 12 million euros\nTuesday March 10, 2026 5:00 PM\n\n" + LEAD_EN, "en")
    assert plain.source is None
    published = lines.read("Nexalis raises 12 million euros\nPublished Thu, Mar 3, 2026 · 05:00 AM\n\n" + LEAD_EN, "en")
    assert published.source is None


@pytest.mark.parametrize(
    "row, lang, outlet",
    [
        ("Par Hugo Tessier | Publié le 3 mars 2026 | Paru dans le n° 57 de Machines Hebdo", "fr", "Machines Hebdo"),
        (
            "By Hugo Tessier | March 3, 2026 | From the March 2026 issue of The Foundry Review",
            "en",
            "The Foundry Review",
        ),
    ],
)
def test_the_periodical_an_article_ran_in_is_its_source(row, lang, outlet):
    page = lines.read(f"Nexalis raises 12 million euros\n{row}\n\n" + (LEAD_FR if lang == "fr" else LEAD_EN), lang)
    assert page.source == outlet and page.authors == ["Hugo Tessier"]


def test_an_aggregators_credit_names_the_writer_of_the_story_it_quotes_not_the_source():
    page = lines.read(
        "Clusterline\nTech news, grouped\nTop  Recent  Events  Sponsor\nMarch 3, 2026, 9:40 AM ET\n"
        "Tomás Ekwueme / The Foundry Review:\n"
        "Nexalis raises 12 million euros to double its engineering team in Lyon\n"
        + LEAD_EN
        + "Ann Lee / @annlee on Threads: watch this one\nAbout Clusterline · Contact · Privacy\n",
        "en",
    )
    assert page.authors == ["Tomás Ekwueme"]
    assert page.source == "Clusterline"


def test_a_wires_credit_glued_to_the_last_paragraph_gives_its_authors_and_leaves_the_text():
    page = lines.read(
        "Nexalis raises 12 million euros\nMarch 3, 2026\n\n"
        + LEAD_EN.rstrip("\n")
        + " (Reporting by Oksana Lindgren in Paris; Editing by Rafael Okonkwo)\n",
        "en",
    )
    assert page.authors == ["Oksana Lindgren", "Rafael Okonkwo"]
    last = [line for line in page.lines if line.kind == "content"][-1]
    assert last.text.endswith("its next model needs.")


@pytest.mark.parametrize(
    "closing, lang",
    [
        (
            "Bérénice Oyelaran-Dufour est économiste au CNRS et autrice d'un essai sur l'industrie.\n"
            "Les opinions exprimées dans cette tribune n'engagent que leur autrice.\n",
            "fr",
        ),
        (
            "Bérénice Oyelaran-Dufour is an economist at the University of Lyon. The views expressed are the "
            "author's own.\n",
            "en",
        ),
    ],
)
def test_the_note_on_an_opinion_pieces_author_over_its_disclaimer_names_the_author(tmp_path, closing, lang):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    title = "Opinion: what the Nexalis round tells us" if lang == "en" else "Tribune : ce que dit la levée de Nexalis"
    (inbox / "page.txt").write_text(f"{title}\n\n{LEAD_EN if lang == 'en' else LEAD_FR}\n{closing}", encoding="utf-8")
    result = pipeline.run(sorted(inbox.iterdir()), tmp_path / "content")[0]
    assert result.meta["authors"] == ["Bérénice Oyelaran-Dufour"]
    assert "berenice-oyelaran-dufour" not in result.meta["people"]
    entry = (tmp_path / "content" / result.path).read_text(encoding="utf-8") if result.path else ""
    assert "Oyelaran-Dufour" in entry and "économiste au" not in entry and "an economist" not in entry


def test_a_posts_network_badge_beside_the_posters_name_still_opens_the_profile_block():
    page = lines.read(
        "LinkedIn\nHome My Network Jobs Messaging\nOdile Ferrand-Mbeki\n• 2nd\n"
        "Founder @ Nexalis | ex-Criteo | Edge AI\n4d • Edited •\n+ Follow\n"
        "Big news for our team: Nexalis raised 12 million euros to double its engineering team in Lyon!\n\n"
        + LEAD_EN
        + "Like\nComment\nRepost\nSend\n",
        "en",
    )
    assert page.source == "LinkedIn"
    assert page.poster == "Odile Ferrand-Mbeki" and "Odile Ferrand-Mbeki" in page.authors


def test_a_first_line_that_gives_the_sites_name_then_its_tagline_after_a_comma_is_the_masthead():
    page = lines.read(
        "Omnipedia, the open encyclopedia\nMain page  Contents  Random article  Donate\nSearch Omnipedia\n"
        "Nexalis raises 12 million euros to double its engineering team\nFrom Omnipedia, the open encyclopedia\n\n"
        + LEAD_EN
        + "Text is available under a free licence.\nAbout Omnipedia · Disclaimers · Contact\n",
        "en",
    )
    assert page.source == "Omnipedia"
    # a company the article names, over the page, is no masthead: the furniture does not name it
    company = lines.read(
        "Nexalis, the Lyon start-up\nNexalis raises 12 million euros to double its engineering team\n\n" + LEAD_EN,
        "en",
    )
    assert company.source is None


def test_a_short_menu_row_over_a_long_headline_is_no_headline():
    page = lines.read(
        "The Alpine Circuit\nStartups Hardware Policy Events Careers Podcast\n"
        "Lyon start-up Nexalis raises 12 million euros to build language models for factory floors\n"
        "Ingrid Solvang\nMarch 3, 2026\n3 min read\n\n" + LEAD_EN,
        "en",
    )
    assert page.title is not None and page.title.text.startswith("Lyon start-up Nexalis raises")


@pytest.mark.parametrize(
    "byline, lang, author, outlet",
    [
        ("By Ann Whitcombe for The Quarry Courier", "en", "Ann Whitcombe", "The Quarry Courier"),
        ("Par Anne Keraudren pour Le Phare Lyonnais", "fr", "Anne Keraudren", "Le Phare Lyonnais"),
        ("Ann Whitcombe, Quarry Courier staff writer", "en", "Ann Whitcombe", "Quarry Courier"),
        ("Anne Keraudren | Le Phare Lyonnais", "fr", "Anne Keraudren", "Le Phare Lyonnais"),
    ],
)
def test_the_outlet_a_byline_says_its_writer_wrote_for(byline, lang, author, outlet):
    title = "Nexalis raises 12 million euros to double its team" if lang == "en" else "Nexalis lève 12 millions d'euros"
    page = lines.read(f"{title}\n{byline}\n\n" + (LEAD_EN if lang == "en" else LEAD_FR), lang)
    assert page.source == outlet and page.authors == [author]


def test_a_photographers_credit_names_the_outlet_never_an_author_and_a_senior_staff_writer_names_none():
    page = lines.read(
        "Nexalis raises 12 million euros to double its team\nJane Whitcombe, Senior Staff Writer\n\n"
        + LEAD_EN
        + "\nPhoto: Luc Favre for The Quarry Courier\n",
        "en",
    )
    assert page.authors == ["Jane Whitcombe"] and page.source == "The Quarry Courier"  # only the picture's credit
    assert (
        lines.read("Nexalis raises 12 million euros\nJane Whitcombe, Senior Staff Writer\n\n" + LEAD_EN, "en").source
        is None
    )


@pytest.mark.parametrize(
    "title, outlet",
    [
        ("Nexalis raises 12 million euros to double its team | Quarry Courier", "Quarry Courier"),
        ("Nexalis lève 12 millions d'euros pour doubler son équipe - Le Phare Lyonnais", "Le Phare Lyonnais"),
        ("AI Act - What Changes For Start-ups In Europe", None),
    ],
)
def test_a_headline_ending_with_the_outlets_name_gives_the_source_and_loses_the_name(title, outlet):
    page = lines.read(f"{title}\n\n" + (LEAD_FR if "lève" in title else LEAD_EN), "fr" if "lève" in title else "en")
    assert page.source == outlet
    assert page.title is not None and page.title.text == (
        title.rsplit(" - ", 1)[0].rsplit(" | ", 1)[0] if outlet else title
    )


@pytest.mark.parametrize(
    "opening, outlet",
    [
        ("You're reading The Weekly Circuit. Forwarded this? Sign up here.", "The Weekly Circuit"),
        ("Bienvenue dans La Lettre du Rail, la newsletter qui suit le ferroviaire.", "La Lettre du Rail"),
        ("Welcome to Lyon, where the start-up scene is booming.", None),
    ],
)
def test_a_newsletter_naming_itself_to_its_reader_is_the_source(opening, outlet):
    page = lines.read(f"{opening}\n\nNexalis raises 12 million euros to double its team\n\n" + LEAD_EN, "en")
    assert page.source == outlet


def test_a_newsletters_issue_label_yields_to_the_storys_headline():
    page = lines.read(
        "View this email in your browser\nTHE WEEKLY CIRCUIT\nDeep tech deals across Europe — Issue #42 · Tuesday\n\n"
        "Nexalis raises 12 million euros to double its engineering team\nby Ann Whitcombe\n"
        "Hi all,\n\n" + LEAD_EN,
        "en",
    )
    assert page.title is not None and page.title.text.startswith("Nexalis raises")
    # with no story headline among them, the label stays the title rather than the masthead
    alone = lines.read(
        "View this email in your browser\nThe Weekly Circuit\nDeep tech deals across Europe — Issue #42 · Tuesday\n\n"
        "Hi all,\n\n" + LEAD_EN,
        "en",
    )
    assert alone.title is not None and alone.title.text.startswith("Deep tech deals")


def test_a_section_label_the_article_writes_in_lower_case_is_no_masthead():
    page = lines.read(
        "Artificial Intelligence\nNexalis raises 12 million euros to double its engineering team\nMarch 3, 2026\n\n"
        "Nexalis, which builds artificial intelligence for factories, said on Tuesday it had raised 12 million "
        "euros from French funds.\n\n" + LEAD_EN,
        "en",
    )
    assert page.source is None
