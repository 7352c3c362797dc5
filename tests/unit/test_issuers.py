"""The outlet of pages that are no newspaper's article (issue 14: source on pages ingest has not seen): a securities
filing, a letter to shareholders, a company blog, a link aggregator, a hosted writing or model platform, a printed
magazine's pages, a release with a note in its header; and a news article that names itself only where it reports.
Pages written for these tests from the kinds of page, with the evidence that must not name the source."""

from digest.ingest import lines
from digest.ingest.documents import disclaimer_issuer, registrant, release_issuer
from digest.ingest.outlet_mentions import asked_by, team_credit
from digest.ingest.outlets import dated_masthead, folio_periodical

LEAD_EN = (
    "Halberd Robotics said on Monday that its chief operating officer, Mina Sorensen, would leave the company at "
    "the end of the quarter to join a logistics start-up in Rotterdam as its chief executive.\n"
    "Sorensen joined Halberd in 2019 from a Danish shipping group and built its warehouse automation business, "
    "which now accounts for nearly half of the company's revenue.\n"
)
LEAD_FR = (
    "La société lilloise Brisant a annoncé lundi l'arrivée de Julie Marchetti au poste de directrice technique. "
    "L'ingénieure quitte un grand groupe de télécommunications, où elle dirigeait depuis six ans les réseaux.\n"
    "Fondée en 2021, Brisant conçoit des logiciels de planification pour les transporteurs routiers et compte "
    "aujourd'hui soixante salariés entre Lille et Bruxelles.\n"
)


def _source(head: str, lang: str = "en", tail: str = "") -> str | None:
    """The outlet ingest reads on a page: ``head``, the lead of the given language, then ``tail``."""
    return lines.read(head + (LEAD_FR if lang == "fr" else LEAD_EN) + tail, lang).source


def test_a_securities_filing_is_sourced_to_its_registrant_not_to_the_agency_on_its_cover():
    cover = (
        "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\nFORM 8-K\nCURRENT REPORT\n"
        "HALBERD ROBOTICS, INC.\n(Exact name of registrant as specified in its charter)\n"
        "Item 5.02 Departure of Directors or Certain Officers.\n"
    )
    assert _source(cover) == "Halberd Robotics"
    assert registrant(["Nevada", "(Exact name of registrant as specified in its charter)"]) == "Nevada"
    assert registrant(["HALBERD ROBOTICS, INC.", "Item 1.01"]) is None  # no cover label: no registrant


def test_a_letter_to_shareholders_is_sourced_to_the_company_its_notice_names():
    notice = (
        "Yours faithfully,\nPaul Okafor\nChair\nForward-looking statements: this letter contains statements about "
        "future results that are subject to risks. Halberd Robotics plc undertakes no obligation to update them.\n"
    )
    assert _source("Letter to Shareholders\nApril 2026\nDear shareholders,\n", tail=notice) == "Halberd Robotics"
    assert disclaimer_issuer("Brisant SA ne s'engage pas à mettre à jour ces informations.") == "Brisant"
    # a defined term or the first person names no issuer
    assert disclaimer_issuer("The Company undertakes no obligation to update these statements.") is None
    assert disclaimer_issuer("We undertake no obligation to update these statements.") is None


def test_a_company_blog_signed_by_its_team_is_sourced_to_the_company():
    blog = (
        "brisant\nProduit Tarifs Blog Carrières\nBlog › Équipe\n"
        "Bienvenue à Julie Marchetti, notre nouvelle directrice technique !\nPar l'équipe Brisant\n"
    )
    assert _source(blog, "fr") == "Brisant"
    assert team_credit("By the Halberd Robotics team") == "Halberd Robotics"
    assert team_credit("By the Engineering Team") is None  # a department, not the publisher
    assert team_credit("L'équipe de France") is None  # no credit without "par" or "by"


def test_an_aggregator_bar_glued_to_its_first_link_names_the_site_even_without_a_headline():
    bar = "Linkpile new | top | comments | ask | jobs | submit\nlogin\n"
    assert _source(bar + "312 points by someone 5 hours ago | hide | 148 comments\n") == "Linkpile"


def test_a_one_word_logo_over_the_account_links_is_the_site():
    headline = "Why Halberd's operating chief is leaving for a Rotterdam start-up\n"
    assert _source("Quillery\nWrite\nSign in\nMember-only story\n" + headline + "Ann Lee\n") == "Quillery"
    assert _source("Tessera\nSubscribe: less than $1 a week\nLeadership\n" + headline + "By Ann Lee\n") == "Tessera"
    # one word over a menu, with no account links, stays a section's name
    assert _source("Robotics\nNews\nMarkets\n" + headline) != "Robotics"


def test_a_printed_magazines_running_foot_names_the_periodical_and_its_running_head_no_masthead():
    head = "PORTRAIT | 12\nJulie Marchetti, des télécoms à la logistique\nTexte : Paul Girard\n"
    foot = "PORTRAIT | 13\nLA REVUE DU TRANSPORT — N° 41 — AVRIL 2026\n" + LEAD_FR.replace("lundi", "mardi")
    assert _source(head, "fr", foot) == "La Revue du Transport"
    assert folio_periodical("The Harbour Review | Issue 57 | Spring 2026", "en") == "The Harbour Review"
    assert folio_periodical("PORTRAIT | 13", "fr") is None


def test_a_releases_header_note_is_no_issuer():
    assert release_issuer("Communiqué de presse – Version provisoire") is None
    assert release_issuer("Press release | Université de Lyon") == "Université de Lyon"
    assert release_issuer("Brisant – Communiqué de presse") == "Brisant"


def test_a_document_the_outlet_saw_names_the_outlet():
    assert asked_by("according to an internal memo sent on Tuesday and viewed by The Harbour Review.") == (
        "The Harbour Review"
    )
    assert asked_by("selon un courriel interne consulté par La Revue du Transport, la société") == (
        "La Revue du Transport"
    )
    assert asked_by("dans une note que La Revue du Transport a pu consulter, la direction") == "La Revue du Transport"
    assert asked_by("a note seen by Ann Lee") is None  # a person saw it


def test_an_outlets_name_before_the_date_but_not_a_place_and_its_date_or_postcode():
    assert dated_masthead("Keiretsu Tech Shinbun 10 mars 2026 17:00 JST", "fr") == "Keiretsu Tech Shinbun"
    assert dated_masthead("LA REVUE DU TRANSPORT JEUDI 22 MAI 2025", "fr") == "La Revue du Transport"
    assert dated_masthead("Paris, le 12 février 2026", "fr") is None
    assert dated_masthead("Washington, D.C. 20549", "en") is None
    translated = (
        "Cet article a été traduit automatiquement. Afficher l'original\n"
        "Julie Marchetti devient directrice technique de la société lilloise Brisant\n"
        "Keiretsu Tech Shinbun 10 mars 2026 17:00 JST\nPaul Girard (journaliste)\n"
    )
    assert _source(translated, "fr") == "Keiretsu Tech Shinbun"


def test_a_site_named_only_by_its_footer_logo_over_the_legal_links():
    head = (
        "Accueil > Économie > Entreprises\nJulie Marchetti prend la direction technique de Brisant\nPar Paul Girard\n"
    )
    foot = (
        "Lire aussi\nÀ Lille, les start-up du transport recrutent\nLa Voix du Beffroi\n"
        "Mentions légales · Contact · Publicité\n"
    )
    assert _source(head, "fr", foot) == "La Voix du Beffroi"
    # the author's sign-off over the legal links is no site
    assert _source(head, "fr", "Paul Girard\nMentions légales · Contact · Publicité\n") is None


def test_a_pieces_kind_after_the_headlines_bar_is_no_site():
    page = lines.read("Halberd's operating chief on leaving for Rotterdam | Interview\nBy Ann Lee\n" + LEAD_EN, "en")
    assert page.source is None
    assert page.title is not None and page.title.text == "Halberd's operating chief on leaving for Rotterdam"


def test_a_newsletter_is_sourced_to_the_letter_its_footer_says_the_reader_subscribed_to():
    subscribed = "You are receiving this email because you subscribed to Robot Moves Weekly.\nUnsubscribe\n"
    assert _source("View in browser\nGood morning.\n", tail=subscribed) == "Robot Moves Weekly"
    footer = "Vous recevez cet e-mail car vous êtes abonné(e) à La Lettre du Fret.\nSe désabonner\n"
    assert _source("Afficher dans le navigateur\nBonjour à toutes et à tous,\n", "fr", footer) == "La Lettre du Fret"


def test_a_releases_letterhead_over_its_label_is_the_issuer():
    head = "Ministère de l'Industrie et du Fret\nCommuniqué de presse\nJulie Marchetti nommée à la mission du fret\n"
    assert _source(head + "Paris, le 3 mars 2026\n", "fr") == "Ministère de l'Industrie et du Fret"
    # a menu's row over the label names nobody
    assert _source("Accueil > Presse\nCommuniqué de presse\nJulie Marchetti nommée\n", "fr") is None


def test_the_outlet_in_a_cell_beside_the_pages_date():
    headline = "Halberd's operating chief Mina Sorensen leaves for a Rotterdam start-up\n"
    assert _source(headline + "March 3, 2026 | Robotics Business Journal\n") == "Robotics Business Journal"
    assert _source(headline + "By Ann Lee | March 3, 2026\n") is None  # the author's cell


def test_the_edition_a_closing_credit_says_the_article_ran_in():
    credit = "Cet article est paru dans l'édition du 3 mars 2026 de La Voix du Beffroi.\n"
    assert _source("Julie Marchetti quitte les télécoms pour Brisant\n", "fr", credit) == "La Voix du Beffroi"
    edition = "This article appeared in the March 3, 2026 print edition of The Harbour Review.\n"
    assert _source("Halberd's operating chief leaves for a Rotterdam start-up\n", tail=edition) == "The Harbour Review"


def test_the_site_asking_its_reader_to_follow_it_on_a_network():
    head = "Julie Marchetti quitte les télécoms pour Brisant\nPar Paul Girard\nLe 3 mars 2026\n"
    assert _source(head, "fr", "Suivez La Voix du Beffroi sur Facebook et Instagram\n") == "La Voix du Beffroi"
    byline = "Halberd's operating chief leaves for a Rotterdam start-up\nBy Ann Lee\nMarch 3, 2026\n"
    assert _source(byline, tail="Follow Ann Lee on LinkedIn\n") is None  # the journalist's own account


def test_a_newsletters_head_with_its_issue_or_edition_names_it():
    assert _source("Robot Moves Weekly — Issue #112\nThis week: Halberd loses its operating chief\n") == (
        "Robot Moves Weekly"
    )
    assert _source("La Lettre du Fret — Édition du 3 mars 2026\nCette semaine : Brisant recrute\n", "fr") == (
        "La Lettre du Fret"
    )
    assert folio_periodical("Chapter Two — 12", "en") is None  # a bare number is no issue


def test_a_writers_sign_off_names_the_outlet_after_the_name():
    headline = "Halberd's operating chief leaves for a Rotterdam start-up\n"
    assert _source(headline, tail="— Ann Lee, The Harbour Review\n") == "The Harbour Review"
    assert _source(headline, tail="— Ann Lee, Senior Editor\n") is None
