"""The name a page gives itself, against the other names its furniture prints (issue 14, point 2; the classes the
page matrix of ``test_page_matrix.py`` found): a company's legal name under its logo, a publisher's company under the
title it publishes, a footer's legal row with no copyright sign, a desk named by its city, a French title ending with
an adjective; and the lines around them: the outlet's name over the menu is no headline, a writer's sign-off, a bank
ending a headline, the state of the comments. The pages are written for these tests."""

from __future__ import annotations

import pytest

from digest.ingest import lines
from digest.ingest.bylines import byline
from digest.ingest.lines.furniture import furniture
from digest.ingest.mastheads import legal_holder

EN_BODY = """Sorrel, a Bristol start-up that plans delivery rounds with AI, has hired Ines Varga, a former director at \
Ocado, as its chief operating officer, the company said on Monday.
Varga will run the company's operations in Britain and open an office in Rotterdam later this year.
"""
FR_BODY = """Sorrel, une start-up nantaise qui planifie les tournées de livraison grâce à l'IA, a recruté Inès Varga, \
ancienne directrice chez Ocado, comme directrice des opérations, a annoncé la société lundi.
Inès Varga dirigera les opérations en France et ouvrira un bureau à Lille dans l'année.
"""


def _page(top: str, footer: str, lang: str, headline: str = "") -> str:
    headline = headline or (
        "Sorrel hires former Ocado director as chief operating officer"
        if lang == "en"
        else "Sorrel recrute une ancienne d'Ocado comme directrice des opérations"
    )
    return f"{top}\n{headline}\n{EN_BODY if lang == 'en' else FR_BODY}{footer}\n"


MENU = {"en": "Product  Customers  Pricing  Company  News", "fr": "Produit  Clients  Tarifs  Entreprise  Actualités"}


@pytest.mark.parametrize(
    ("name", "legal", "lang"),
    [
        # a company's logo that its legal name extends
        ("Quarry", "© 2026 Quarry Labs, Inc. Privacy  Terms", "en"),
        ("Halo", "© 2026 Halo Technologies SAS. Mentions légales", "fr"),
        ("Brume", "© Brume Robotics GmbH 2026 · Impressum · Datenschutz", "en"),
        ("ORTOLAN", "© 2026 Ortolan Capital Partners LLP. All rights reserved.", "en"),
        ("Sillage", "Copyright © 2026 Sillage Systèmes SA – Tous droits réservés", "fr"),
        # a title over its publisher's company
        ("Warehouse Robotics Today", "Copyright © 2026 Lattice Trade Media, LLC. All rights reserved.", "en"),
        ("Freight Tech Quarterly", "© 2026 Harbour Publishing Ltd", "en"),
        ("Le Journal du Froid", "© 2026 Groupe Presse Alpine Médias – Tous droits réservés", "fr"),
        ("Revue des Transports", "© 2026 Éditions Fluviales SAS", "fr"),
    ],
)
def test_the_name_the_page_gives_itself_over_the_companys_legal_name_or_its_publishers(name, legal, lang):
    page = lines.read(_page(f"{name}\n{MENU[lang]}\nSubscribe", legal, lang), lang)
    assert page.source == (name.title() if name.isupper() else name)


@pytest.mark.parametrize(
    ("row", "holder"),
    [
        ("Tamar Valley Post Pty Ltd. Terms of use | Privacy | Contact us", "Tamar Valley Post"),
        ("Gazette du Morvan SAS. Mentions légales | Confidentialité", "Gazette du Morvan"),
        ("Quayside Ventures LLP is authorised and regulated by the Financial Conduct Authority.", "Quayside Ventures"),
        ("Brisant Capital SAS, société de gestion agréée par l'AMF sous le n° GP-21000012", "Brisant Capital"),
        ("Kelpie Search Ltd, registered in Scotland, company number SC123456", "Kelpie Search"),
    ],
)
def test_a_footers_row_opening_with_a_legal_name_names_the_sites_owner(row, holder):
    assert legal_holder(row) == holder


@pytest.mark.parametrize(
    "row",
    [
        "Acme Inc. raises $40 million for its robots",  # a related headline
        "Northwind Ltd and Acme Inc. sign a supply deal",
        "Rejoignez Acme SAS, nous recrutons",
        "Meet the Acme Ltd team",
    ],
)
def test_a_headline_naming_a_company_by_its_legal_name_names_no_owner(row):
    assert legal_holder(row) is None


SHORT = {
    "en": (
        "Meet Sorrel",
        "A grocer's son wants to plan every van's round before dawn.",
        "Sorrel, a Bristol start-up founded by Ines Varga, launched on Monday with software that plans delivery "
        "rounds for independent grocers from their orders of the night before.\n"
        "Varga, who ran logistics at Ocado for six years, said the service cut a round by an hour.\n",
    ),
    "fr": (
        "Bonjour Sorrel",
        "Une fille d'épicier veut planifier chaque tournée avant l'aube.",
        "Sorrel, une start-up nantaise fondée par Inès Varga, a été lancée lundi avec un logiciel qui planifie les "
        "tournées des épiciers indépendants à partir de leurs commandes de la veille.\n"
        "Inès Varga, qui a dirigé la logistique d'Ocado pendant six ans, dit gagner une heure par tournée.\n",
    ),
}


@pytest.mark.parametrize(
    ("masthead", "lang"),
    [
        ("The Severn Examiner", "en"),
        ("Cotswold Gazette", "en"),
        ("Le Courrier de la Loire", "fr"),
        ("La Voix du Bocage", "fr"),
        ("L'Écho des Causses", "fr"),
    ],
)
def test_the_outlets_name_over_the_menu_is_no_headline_and_the_lead_tells_a_two_word_one(masthead, lang):
    headline, standfirst, body = SHORT[lang]
    menu = "News  Local  Business  Sport  Weather" if lang == "en" else "Actualité  Région  Économie  Sports  Loisirs"
    text = f"{masthead}\n{menu}\nSign in\nBUSINESS\n{headline}\n{standfirst}\nTom Hadley\n2h ago\n{body}"
    page = lines.read(text, lang)
    assert page.title is not None and page.title.text == headline
    assert page.source == masthead and page.authors == ["Tom Hadley"]


@pytest.mark.parametrize(
    "text",
    [
        "Par Julien Caron | Rédaction de Lyon",
        "By Kim Park | London newsroom",
        "By Jo Ray, Lagos desk",
        "Par Jean Martin, rédaction de Belgique",
    ],
)
def test_a_desk_named_by_its_city_or_country_is_no_outlet(text):
    parsed = byline(text)
    assert parsed is not None and parsed[1] is None and len(parsed[0]) == 1


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Par Marc Weber (L'Écho rhénan)", "L'Écho rhénan"),
        ("Par Jean Dupont, Le Quotidien liégeois", "Le Quotidien liégeois"),
        ("Par Anne Roy (La Gazette lémanique)", "La Gazette lémanique"),
        ("Par Paul Lenoir, Le Républicain lorrain", "Le Républicain lorrain"),
        ("Par Léa Morel (Le Courrier picard)", "Le Courrier picard"),
    ],
)
def test_a_french_outlet_ending_with_an_adjective_in_lower_case_is_named_whole(text, outlet):
    assert byline(text) is not None and byline(text)[1] == outlet


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("Cet article a initialement été publié par L'Écho rhénan.", "L'Écho rhénan"),
        ("Article initialement paru dans La Gazette lémanique", "La Gazette lémanique"),
        ("Cet article a d'abord été publié par Le Courrier picard.", "Le Courrier picard"),
        ("This story originally appeared in The Severn Examiner.", "The Severn Examiner"),
    ],
)
def test_a_syndicated_article_is_sourced_to_the_outlet_that_first_published_it(credit, outlet):
    lang = "en" if credit.startswith("This") else "fr"
    page = lines.read(_page(f"La Tribune des Deux Rives\n{MENU[lang]}", credit, lang), lang)
    assert page.source == outlet


@pytest.mark.parametrize(
    "row",
    [
        "Priya Raman, Senior Editor | March 9, 2026",
        "Jane Doe, Technology correspondent | 3 March 2026",
        "Ann Lee, Staff Writer | Updated 4 March 2026",
        "Jeanne Martin, rédactrice en chef | 3 mars 2026",
    ],
)
def test_a_bylines_role_before_the_date_cell_leaves_the_author(row):
    assert byline(row) is not None and len(byline(row)[0]) == 1


@pytest.mark.parametrize(
    ("last", "name", "lang"),
    [
        ("Enough said.", "Lena Voss", "en"),
        ("See you next week.", "Omar Haddad", "en"),
        ("Rien d'étonnant.", "Nadia Chevalier", "fr"),
        ("À la semaine prochaine.", "Hugo Lemaire", "fr"),
    ],
)
def test_a_dash_and_a_name_under_a_last_paragraph_that_quotes_nobody_signs_it(last, name, lang):
    page = lines.read(_page("The Circuit Sheet\nIssue #142 · March 6, 2026", "", lang) + f"{last}\n— {name}\n", lang)
    assert name in page.authors


def test_a_dash_and_a_name_under_a_quotation_attributes_the_quote():
    quoted = '"The round was the easy part. Hiring is the hard one."\n— Ines Varga\n'
    page = lines.read(_page("The Circuit Sheet\nIssue #142 · March 6, 2026", "", "en") + quoted, "en")
    assert "Ines Varga" not in page.authors


@pytest.mark.parametrize(
    "text",
    [
        "Talentis accompagne la nomination de Sophie Marchand à la direction de l'IA du Crédit Rhodanien",
        "Une ancienne d'Axa prend la tête de la data au Crédit Mutuel Arkéa",
        "Alméa signe un partenariat avec le Crédit Agricole",
        "Sophie Martin quitte Google pour rejoindre le Crédit Lyonnais",
    ],
)
def test_a_bank_named_credit_something_ending_a_headline_is_no_photo_credit(text):
    assert furniture(text, "fr") is None or furniture(text, "fr")[0] != "caption"


@pytest.mark.parametrize(
    "text",
    [
        "Comments are closed for this article.",
        "Commenting has been disabled for this story",
        "Les commentaires sont fermés.",
        "Cet article est fermé aux commentaires",
    ],
)
def test_the_state_of_the_comments_is_a_widget(text):
    assert furniture(text, "en")[0] == "widget"


@pytest.mark.parametrize(
    ("portal", "dateline", "copyright", "lang", "wire"),
    [
        ("Nordwire Connect", "STOCKHOLM, March 10 (Nordwire) -", "© Nordwire", "en", "Nordwire"),
        ("Fil Presse Desk", "Bordeaux, 6 mars 2026 (FPA) -", "© FPA", "fr", "FPA"),
        ("Relay Newsroom", "LAGOS, March 4 (Relay) —", "© 2026 Relay", "en", "Relay"),
        ("Agence Lutèce Pro", "Paris, 25 mars 2026 (Lutèce) –", "© Lutèce", "fr", "Lutèce"),
    ],
)
def test_a_dispatch_read_on_its_agencys_portal_is_the_agencys(portal, dateline, copyright, lang, wire):
    top = f"{portal}\nFeeds  Photos  Videos  Saved  Log out\nBusiness > Technology"
    page = lines.read(
        _page(top, f"abc/def\n{copyright}", lang).replace(
            EN_BODY if lang == "en" else FR_BODY, f"{dateline}\n{EN_BODY if lang == 'en' else FR_BODY}"
        ),
        lang,
    )
    assert page.source == wire


@pytest.mark.parametrize(
    ("row", "team"),
    [
        ("Écrit par l'équipe Talents de Pli · 3 min de lecture", "Pli"),
        ("Par l'équipe communication d'Orbe · 12 mars 2026", "Orbe"),
        ("By the People team at Quarry", "Quarry"),
        ("Posted by The Quarry Team | March 3, 2026", "Quarry"),
    ],
)
def test_a_company_blogs_team_signature_names_the_company(row, team):
    page = lines.read(_page(f"{team.lower()}\n{MENU['en']}", "", "en").replace(EN_BODY, f"{row}\n{EN_BODY}"), "en")
    assert page.source == team


@pytest.mark.parametrize("logo", ["Clair&Net", "TechPulse", "Octet&Co", "NumériCité"])
def test_a_coined_word_over_the_sites_menu_is_its_logo(logo):
    menu = "Tech\nSciences\nJeux vidéo\nBons plans"
    page = lines.read(_page(f"{logo}\n{menu}", "Nos derniers articles", "fr"), "fr")
    assert page.source == logo


@pytest.mark.parametrize(
    ("kicker", "headline", "standfirst", "byline", "lang"),
    [
        (
            "ILS BOUGENT",
            "Départ discret",
            "La directrice du laboratoire quitte le groupe après cinq ans.",
            "Par Ana Roy",
            "fr",
        ),
        (
            "MOUVEMENTS",
            "Pari gagnant",
            "Le fondateur reprend la tête de la start-up qu'il avait quittée.",
            "Par Léo Vial",
            "fr",
        ),
        (
            "ON THE MOVE",
            "Quiet exit",
            "The lab's director leaves the group after five years in charge.",
            "By Ann Lee",
            "en",
        ),
        (
            "PEOPLE",
            "Second act",
            "The founder is back at the helm of the start-up he left last year.",
            "By Bo Chen",
            "en",
        ),
    ],
)
def test_a_two_word_headline_over_a_standfirst_and_its_byline_is_the_headline(
    kicker, headline, standfirst, byline, lang
):
    body = (
        "Ouvert en 2015, le laboratoire a longtemps été la vitrine de la recherche du groupe à Paris et a formé des "
        "dizaines de chercheurs.\nSa directrice a annoncé jeudi à ses équipes qu'elle quittait l'entreprise.\n"
        if lang == "fr"
        else "Opened in 2015, the lab was for years the showcase of the group's research in Paris and trained dozens "
        "of researchers.\nIts director told her teams on Thursday that she was leaving the company.\n"
    )
    text = f"L'HEBDO DES CADRES\n{MENU[lang]}\n{kicker}\n{headline}\n{standfirst}\n{byline}\n{body}"
    page = lines.read(text, lang)
    assert page.title is not None and page.title.text == headline


@pytest.mark.parametrize(
    ("label", "item", "time", "heading", "post", "lang"),
    [
        (
            "LIRE AUSSI",
            "IA : la France veut former 100 000 ingénieurs",
            "09:40",
            "Le ministre se félicite",
            "« C'est une excellente nouvelle pour l'industrie européenne », a réagi le ministre ce matin.",
            "fr",
        ),
        (
            "À lire aussi",
            "Nucléaire : le chantier prend du retard",
            "14h05",
            "Les syndicats inquiets",
            "Les syndicats ont demandé une réunion avec la direction dès la semaine prochaine, a-t-on appris.",
            "fr",
        ),
        (
            "READ MORE",
            "Chipmakers brace for a slower year",
            "10:15",
            "The minister hails the deal",
            '"This is excellent news for European industry," the minister said on Tuesday morning.',
            "en",
        ),
        (
            "Related",
            "Ports strike enters its second week",
            "16:42",
            "Unions voice concern",
            "Union leaders asked for a meeting with management as early as next week, a spokesman said.",
            "en",
        ),
    ],
)
def test_a_live_blogs_post_time_ends_a_related_list_and_the_posts_heading_is_text(
    label, item, time, heading, post, lang
):
    opening = (
        "Bonjour et bienvenue dans ce direct consacré à l'annonce du rachat, que nous suivons toute la journée."
        if lang == "fr"
        else "Good morning and welcome to our live coverage of the takeover, which we will follow all day."
    )
    text = f"Live : le rachat en direct\n{opening}\n{label}\n{item}\n{time}\n{heading}\n{post}\n"
    page = lines.read(text, lang)
    assert next(line for line in page.lines if line.text == heading).kind in ("heading", "content")
