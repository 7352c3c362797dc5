"""The outlet from a masthead and the furniture that repeats it (issue 14: source on pages of regional, foreign and
unusual sites): pages written for these tests from the kinds of page (an edition's masthead, a radio's frequency, a
town hall's menu, an aggregator's row, a portal's wire brief, a desk byline under its acronym), with the evidence
that must not name the source (a photo agency, an outlet quoted or linked to)."""

from digest.ingest import lines

LEAD_EN = (
    "Nexalis, a Lyon start-up, said on Tuesday it had raised 12 million euros from French funds to double its "
    "team of engineers by the end of the year.\n"
)
LEAD_FR = (
    "La start-up lyonnaise Nexalis a levé 12 millions d'euros auprès de fonds français pour doubler son équipe "
    "d'ingénieurs d'ici la fin de l'année, a-t-elle annoncé mardi.\n"
)
HEADLINE_EN = "Nexalis raises 12 million euros to double its engineering team\n"
HEADLINE_FR = "Nexalis lève 12 millions d'euros pour doubler son équipe d'ingénieurs\n"


def test_a_masthead_with_its_edition_or_region_after_a_dash_is_named_by_its_head():
    edition = lines.read(
        "Accept cookies · Settings\nNORTHLAKE HERALD — Asia edition\nBusiness   Tech   Opinion\n"
        + HEADLINE_EN
        + "By Ann Lee\n"
        + LEAD_EN
        + "Sign up for the Northlake Herald morning briefing\nPrivacy · Terms\n",
        "en",
    )
    assert edition.source == "Northlake Herald"
    radio = lines.read(
        "Radio Vallée 101,5 — Haute-Savoie\nEn direct   Émissions   Podcasts   Météo\n"
        + HEADLINE_FR
        + "Par Julie Morel\n"
        + LEAD_FR
        + "Partager\nRadio Vallée SA · Mentions légales · Nous contacter\n",
        "fr",
    )
    assert radio.source == "Radio Vallée"


def test_a_menu_item_the_page_names_again_is_a_section_not_the_masthead():
    page = lines.read(
        "Commune de Valmont\nDémarches\nAgenda\nConseil communal\nCulture\nContact\n"
        + HEADLINE_FR
        + LEAD_FR
        + "Agenda\nConseil communal – mardi, 19h, salle du conseil\nMarché – samedi matin\n"
        "Plan du site | Mentions légales\n",
        "fr",
    )
    assert page.source == "Commune de Valmont"


def test_an_aggregators_row_of_links_names_the_site_a_breadcrumb_does_not():
    row = lines.read(
        "Tidepool Junction | new | threads | comments\nlogin\n" + HEADLINE_EN + "(nexalis.example)\n" + LEAD_EN,
        "en",
    )
    assert row.source == "Tidepool Junction"
    crumb = lines.read("Home | Tech | Start-ups\n" + HEADLINE_EN + LEAD_EN, "en")
    assert crumb.source is None


def test_a_masthead_over_its_tagline_comes_before_the_publishers_copyright():
    page = lines.read(
        "L'Écho de la Finance\nLe quotidien des marchés et des entreprises\nMarchés   Placements   Tech\n"
        + HEADLINE_FR
        + "Par Julie Morel\n"
        + LEAD_FR
        + "© Groupe Médias Est SA 2026. Tous droits réservés.\n",
        "fr",
    )
    assert page.source == "L'Écho de la Finance"


def test_an_acronym_is_spelt_out_by_the_full_name_the_page_gives():
    wire_brief = lines.read(
        "NewsNest\nTop stories\nTech\nSign in\nPacific Wire Service\n"
        + HEADLINE_EN
        + "AUCKLAND (PWS) — "
        + LEAD_EN
        + "Copyright 2026 Pacific Wire Service. All rights reserved.\nTrending on NewsNest\n",
        "en",
    )
    assert wire_brief.source == "Pacific Wire Service"
    desk = lines.read(
        "The Kolkata Trade Network\nMarkets\nCompanies\nTech\n"
        + HEADLINE_EN
        + "By KTN Tech Desk\n"
        + LEAD_EN
        + "Download The Kolkata Trade Network app\nCopyright © 2026 KTN Digital. All Rights Reserved.\n",
        "en",
    )
    assert desk.source == "The Kolkata Trade Network"


def test_a_wire_the_byline_credits_as_help_is_not_the_source_of_the_outlets_article():
    helped = lines.read(
        "Radio Nord Info\nInfo   Sport   Météo\n" + HEADLINE_FR + "Par Radio Nord Info avec Belga\n"
        "LILLE (Belga) – " + LEAD_FR + "© Radio Nord – Tous droits réservés\n",
        "fr",
    )
    assert helped.source == "Radio Nord Info"
    brief = lines.read("Portail Actu\n" + HEADLINE_FR + "BRUXELLES (Belga) – " + LEAD_FR, "fr")
    assert brief.source == "Belga"


def test_the_associated_press_is_named_as_the_page_writes_it():
    bylined = lines.read(HEADLINE_EN + "By ANN LEE Associated Press\nLAGOS, Nigeria (AP) — " + LEAD_EN, "en")
    assert bylined.source == "Associated Press"
    dateline = lines.read(HEADLINE_EN + "LAGOS, Nigeria (AP) — " + LEAD_EN, "en")
    assert dateline.source == "The Associated Press"


def test_a_photo_agency_an_outlet_quoted_or_linked_to_is_never_the_source():
    page = lines.read(
        HEADLINE_FR
        + "L'équipe de Nexalis à Lyon. © Studio Lumière / Agence Photo Nord\n"
        + LEAD_FR
        + "Selon Le Courrier du Soir, la start-up prépare déjà un deuxième tour.\n"
        "Lire aussi : Le Courrier du Soir révèle les coulisses de la levée\n",
        "fr",
    )
    assert page.source is None


def test_a_prompt_for_the_sites_own_app_or_newsletter_names_the_outlet_our_app_does_not():
    app = lines.read(HEADLINE_FR + "Par Julie Morel\n" + LEAD_FR + "Ouvrir dans l'application Le Veilleur\n", "fr")
    assert app.source == "Le Veilleur"
    newsletter = lines.read(
        HEADLINE_EN + "By Ann Lee\n" + LEAD_EN + "Subscribe to the Harbour Gazette newsletter — every weekday\n", "en"
    )
    assert newsletter.source == "Harbour Gazette"
    ours = lines.read(HEADLINE_EN + "By Ann Lee\n" + LEAD_EN + "Download our free app\nGet the newsletter\n", "en")
    assert ours.source is None


def test_a_one_word_masthead_under_a_cookie_banner_and_a_language_switch_is_the_first_line():
    page = lines.read(
        "We use cookies to improve your experience. Accept · Settings\nDE | FR | EN\nAlpenblatt\n"
        "Economy   Tech   Opinion\n"
        + HEADLINE_EN
        + "By Ann Lee\n"
        + LEAD_EN
        + "Alpenblatt Premium: read every article\nImprint · Privacy\n",
        "en",
    )
    assert page.source == "Alpenblatt"
