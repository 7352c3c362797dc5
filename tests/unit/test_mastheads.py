"""The outlet from a masthead and the furniture that repeats it (issue 14: source on pages of regional, foreign and
unusual sites): pages written for these tests from the kinds of page (an edition's masthead, a radio's frequency, a
town hall's menu, an aggregator's row, a portal's wire brief, a desk byline under its acronym), with the evidence
that must not name the source (a photo agency, an outlet quoted or linked to)."""

from digest.ingest import lines

LEAD_EN = (
    "Corvane, a Geneva robotics company, said on Monday it had hired a former research director of a Zurich lab "
    "to lead its new team in Lausanne, where it plans to employ forty engineers next year.\n"
)
LEAD_FR = (
    "La société genevoise de robotique Corvane a recruté lundi l'ancienne directrice de recherche d'un laboratoire "
    "zurichois pour diriger sa nouvelle équipe de Lausanne, qui comptera quarante ingénieurs l'an prochain.\n"
)
HEADLINE_EN = "Corvane hires a Zurich lab's research director for its Lausanne team\n"
HEADLINE_FR = "Corvane recrute une directrice de recherche zurichoise pour son équipe de Lausanne\n"


def _read(lang: str, top: str = "", byline: str = "", dateline: str = "", footer: str = ""):
    """A page of the given language: its top lines, the headline, a byline, the lead (after a dateline), a footer."""
    headline, lead = (HEADLINE_FR, LEAD_FR) if lang == "fr" else (HEADLINE_EN, LEAD_EN)
    return lines.read(top + headline + byline + dateline + lead + footer, lang)


def test_a_masthead_with_its_edition_or_region_after_a_dash_is_named_by_its_head():
    edition = _read(
        "en",
        "Accept cookies · Settings\nNORTHLAKE HERALD — Asia edition\nBusiness   Tech   Opinion\n",
        "By Ann Lee\n",
        footer="Sign up for the Northlake Herald morning briefing\nPrivacy · Terms\n",
    )
    assert edition.source == "Northlake Herald"
    radio = _read(
        "fr",
        "Radio Vallée 101,5 — Haute-Savoie\nEn direct   Émissions   Podcasts   Météo\n",
        "Par Julie Morel\n",
        footer="Partager\nRadio Vallée SA · Mentions légales · Nous contacter\n",
    )
    assert radio.source == "Radio Vallée"


def test_a_menu_item_the_page_names_again_is_a_section_not_the_masthead():
    page = _read(
        "fr",
        "Commune de Valmont\nDémarches\nAgenda\nConseil communal\nCulture\nContact\n",
        footer="Agenda\nConseil communal – mardi, 19h, salle du conseil\nMarché – samedi matin\n"
        "Plan du site | Mentions légales\n",
    )
    assert page.source == "Commune de Valmont"


def test_an_aggregators_row_of_links_names_the_site_a_breadcrumb_does_not():
    row = _read("en", "Tidepool Junction | new | threads | comments\nlogin\n", "(corvane.example)\n")
    assert row.source == "Tidepool Junction"
    assert _read("en", "Home | Tech | Start-ups\n").source is None


def test_a_masthead_over_its_tagline_comes_before_the_publishers_copyright():
    page = _read(
        "fr",
        "L'Écho de la Finance\nLe quotidien des marchés et des entreprises\nMarchés   Placements   Tech\n",
        "Par Julie Morel\n",
        footer="© Groupe Médias Est SA 2026. Tous droits réservés.\n",
    )
    assert page.source == "L'Écho de la Finance"


def test_an_acronym_is_spelt_out_by_the_full_name_the_page_gives():
    wire_brief = _read(
        "en",
        "NewsNest\nTop stories\nTech\nSign in\nPacific Wire Service\n",
        dateline="AUCKLAND (PWS) — ",
        footer="Copyright 2026 Pacific Wire Service. All rights reserved.\nTrending on NewsNest\n",
    )
    assert wire_brief.source == "Pacific Wire Service"
    desk = _read(
        "en",
        "The Kolkata Trade Network\nMarkets\nCompanies\nTech\n",
        "By KTN Tech Desk\n",
        footer="Download The Kolkata Trade Network app\nCopyright © 2026 KTN Digital. All Rights Reserved.\n",
    )
    assert desk.source == "The Kolkata Trade Network"


def test_a_wire_the_byline_credits_as_help_is_not_the_source_of_the_outlets_article():
    helped = _read(
        "fr",
        "Radio Nord Info\nInfo   Sport   Météo\n",
        "Par Radio Nord Info avec Belga\n",
        "LILLE (Belga) – ",
        "© Radio Nord – Tous droits réservés\n",
    )
    assert helped.source == "Radio Nord Info"
    assert _read("fr", "Portail Actu\n", dateline="BRUXELLES (Belga) – ").source == "Belga"


def test_the_associated_press_is_named_as_the_page_writes_it():
    bylined = _read("en", byline="By ANN LEE Associated Press\n", dateline="LAGOS, Nigeria (AP) — ")
    assert bylined.source == "Associated Press"
    assert _read("en", dateline="LAGOS, Nigeria (AP) — ").source == "The Associated Press"


def test_a_photo_agency_an_outlet_quoted_or_linked_to_is_never_the_source():
    page = _read(
        "fr",
        byline="L'équipe de Corvane à Genève. © Studio Lumière / Agence Photo Nord\n",
        footer="Selon Le Courrier du Soir, la société prépare déjà une deuxième équipe.\n"
        "Lire aussi : Le Courrier du Soir révèle les coulisses du recrutement\n",
    )
    assert page.source is None


def test_a_prompt_for_the_sites_own_app_or_newsletter_names_the_outlet_our_app_does_not():
    app = _read("fr", byline="Par Julie Morel\n", footer="Ouvrir dans l'application Le Veilleur\n")
    assert app.source == "Le Veilleur"
    newsletter = _read(
        "en", byline="By Ann Lee\n", footer="Subscribe to the Harbour Gazette newsletter — every weekday\n"
    )
    assert newsletter.source == "Harbour Gazette"
    imprint = _read("fr", byline="Par Julie Morel\n", footer="Le Veilleur est édité par Médias de l'Est SA.\n")
    assert imprint.source == "Le Veilleur"
    assert _read("en", byline="By Ann Lee\n", footer="Download our free app\nGet the newsletter\n").source is None


def test_a_one_word_masthead_under_a_cookie_banner_and_a_language_switch_is_the_first_line():
    page = _read(
        "en",
        "We use cookies to improve your experience. Accept · Settings\nDE | FR | EN\nAlpenblatt\n"
        "Economy   Tech   Opinion\n",
        "By Ann Lee\n",
        footer="Alpenblatt Premium: read every article\nImprint · Privacy\n",
    )
    assert page.source == "Alpenblatt"
