"""Notices about the page's own text (a wire's update note, a syndication disclaimer, a footer of legal links), the
page's own outlet over the wire whose story it runs, bylines with a role or after a date, initials and a wire's
credit after the last sentence, a brief's short headline under its masthead and a pull quote (issue 14): pages
written for these tests from the kinds of page ingest meets."""

import pytest

from digest.ingest import lines
from digest.ingest.bylines import byline
from digest.ingest.credit_lines import trailing_wire
from digest.ingest.lines.captions import credited_caption
from digest.ingest.lines.furniture import furniture
from digest.ingest.lines.notices import notice
from digest.ingest.outlet_mentions import writes_for
from digest.ingest.outlets import copyright_holder
from digest.ingest.paste import CONTENT

LEAD_EN = (
    "Corbel, a Lisbon company that writes software for cargo ports, said on Tuesday that its chief technology "
    "officer, Inês Duarte, would leave at the end of the month to start her own company.\n\n"
    "Duarte joined Corbel in 2019 from a large logistics group. The company said its head of platform, Rui Matos, "
    "would take over her duties until a successor is named.\n"
)
HEADLINE_EN = "Corbel's technology chief to leave and start her own company"
LEAD_FR = (
    "La société lyonnaise Grenat, qui conçoit des logiciels de planification pour les hôpitaux, a annoncé mardi la "
    "nomination de Sophie Berthier au poste de directrice technique, en remplacement de Marc Aubry.\n\n"
    "Passée par un grand éditeur de logiciels médicaux, Mme Berthier prendra ses fonctions le mois prochain et "
    "dirigera une équipe d'une cinquantaine d'ingénieurs répartis entre Lyon et Grenoble.\n"
)


def _page(head, body, foot="", lang="en"):
    """The page of a header, the article's text and a footer."""
    return lines.read(f"{head}\n{body}{foot}", lang)


def _line(page, start):
    return next(line for line in page.lines if line.text.startswith(start))


@pytest.mark.parametrize(
    "text",
    [
        "(Adds analyst comment in paragraph 5)",
        "(Updates with closing share price, adds details throughout)",
        "(Recasts with company statement)",
        "(Ajoute la réaction du syndicat au 4e paragraphe)",
        "(Corrige le nom du directeur dans le deuxième paragraphe)",
    ],
)
def test_a_wires_note_on_what_a_new_version_changed_is_a_note(text):
    assert notice(text, len(text.split()))[0] == "note"


@pytest.mark.parametrize(
    "text",
    [
        "(Only the headline of this story may have been edited by our staff; the rest is auto-generated from a "
        "syndicated feed.)",
        "This story has not been edited by Harbour Times staff and is published from a syndicated news feed.",
        "Cet article est publié automatiquement à partir d'une dépêche et n'a pas été modifié par la rédaction.",
    ],
)
def test_a_syndicating_sites_disclaimer_is_a_note(text):
    assert notice(text, len(text.split()))[0] == "note"


@pytest.mark.parametrize(
    "text",
    [
        "The company said the new model was auto-generated from customer data, and has not been tested widely.",
        "(Adds up to a third of its revenue, the chief executive said)",
        "Facebook changed its news feed again on Monday, the company said.",
    ],
)
def test_sentences_that_share_a_notices_words_stay_text(text):
    assert notice(text, len(text.split())) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ferrand & Fils – 14 quai des Chartrons, 33000 Bordeaux – Mentions légales – Politique de confidentialité",
        "Arden Partners LLP · 5 King Street, Leeds · Privacy policy · Terms of use",
        "Accueil  |  Plan du site  |  CGU",
    ],
)
def test_a_footer_row_of_legal_links_is_navigation(text):
    assert notice(text, len(text.split()))[0] == "navigation"


def test_the_pages_own_outlet_over_a_wire_it_does_not_credit_elsewhere():
    page = lines.read(
        "Le Vigilant\nRégions  Monde  Économie  Sport\nÉconomie\n"
        "Grenat nomme une directrice technique venue des logiciels médicaux\n"
        "Publié le 03/03/2026 à 09:40 | Par Awa Sarr\n\n"
        "Lyon, 2 mars (ABP) - " + LEAD_FR + "\nLe Vigilant - Tous droits réservés 2026\n",
        "fr",
    )
    assert page.source == "Le Vigilant"
    assert page.authors == ["Awa Sarr"]


def test_a_partner_sites_page_that_credits_the_wire_keeps_the_wire():
    head = "The Morning Courier\nHome | Business | World\nCorbel's technology chief to leave and start her own company"
    foot = "\n© 2026 The Morning Courier. Content from Lusa is used under licence.\n"
    page = _page(f"{head}\nBy Lusa\n", "LISBON, March 3 (Lusa) - " + LEAD_EN, foot)
    assert page.source == "Lusa"


def test_a_name_alone_over_the_headline_is_the_author_not_the_outlet():
    head = "Port Tech Weekly\nNews  Cloud  Jobs\n03/03/2026\nAnna Kowalczyk"
    page = _page(f"{head}\n{HEADLINE_EN}\n", LEAD_EN, "\nCopyright © 2026 Port Tech Weekly\n")
    assert page.source == "Port Tech Weekly"
    assert page.authors == ["Anna Kowalczyk"]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Daniel Osei | Senior reporter", ["Daniel Osei"]),
        ("Claire Fontaine · Journaliste", ["Claire Fontaine"]),
        ("Mis en ligne le 04/03/2026 à 18:05 | Par Jean-Marc Lefort", ["Jean-Marc Lefort"]),
    ],
)
def test_a_byline_in_a_row_with_a_role_or_a_date(text, authors):
    assert byline(text)[0] == authors
    page = lines.read(
        "Port Tech Weekly\nCorbel's technology chief to leave and start her own company\n" + text + "\n\n" + LEAD_EN,
        "en",
    )
    assert _line(page, text).kind == "byline"
    assert page.authors == authors


def test_initials_and_a_helping_wire_after_the_last_sentence_are_cut_and_credit_the_author():
    page = lines.read(
        "Le Vigilant\nGrenat nomme une directrice technique venue des logiciels médicaux\n\n"
        + LEAD_FR
        + "\n« Nous avons trouvé la bonne personne », indique le président de Grenat. J.-P.R. (avec ABP)\n",
        "fr",
    )
    assert "J.-P.R." in page.authors
    last = _line(page, "« Nous avons")
    assert last.kind == CONTENT and last.text.endswith("de Grenat.")


@pytest.mark.parametrize(
    ("text", "cut", "wire"),
    [
        ("Grenat n'a pas précisé le montant de l'investissement. (ABP)", "investissement.", "ABP"),
        ("The company did not say how much it paid for the site. (Lusa)", "for the site.", "Lusa"),
        ("Le groupe emploie 300 personnes en France. (avec AFP)", "en France.", "AFP"),
    ],
)
def test_a_wires_credit_in_brackets_after_the_last_sentence_is_cut(text, cut, wire):
    rest, name = trailing_wire(text)
    assert rest.endswith(cut) and name == wire


@pytest.mark.parametrize(
    "text",
    [
        "The new plant will employ about two hundred people by 2027. (Photo DR)",
        "Inês Duarte at the company's offices in Lisbon last year. (Supplied)",
        "Sophie Berthier dans les locaux de Grenat, à Lyon, en janvier. (Fournie)",
    ],
)
def test_a_photo_credit_in_brackets_is_not_a_wire(text):
    assert trailing_wire(text) is None


def test_a_copyright_naming_its_holder_after_the_rights_or_with_a_number_first():
    assert copyright_holder("Tous droits réservés – Le Vigilant") == "Le Vigilant"
    assert copyright_holder("© 20 Heures – Tous droits réservés") == "20 Heures"


def test_a_briefs_two_word_headline_under_the_masthead_the_copyright_names():
    page = lines.read(
        "La Gazette du Val\nVal  Région  Monde  Sports  Éco\nÉco\nRelève assurée\nABP\n\n"
        "La société lyonnaise Grenat a annoncé mardi que Sophie Berthier assurerait la relève de Marc Aubry à la "
        "direction technique, après un an de recherche. « Le choix a été long mais unanime », écrit le président.\n"
        "Grenat n'a pas précisé la date de son arrivée. (ABP)\n"
        "Publicité\nTous droits réservés – La Gazette du Val\n",
        "fr",
    )
    assert page.title.text == "Relève assurée"
    assert page.source == "La Gazette du Val"
    last = _line(page, "Grenat n'a pas")
    assert last.kind == CONTENT and last.text.endswith("arrivée.")


def test_a_quotation_shown_twice_keeps_the_paragraph_and_drops_the_pull_quote():
    page = lines.read(
        "Port Tech Weekly\nCorbel's technology chief to leave and start her own company\n\n"
        + LEAD_EN
        + '\n"Inês built the platform our customers rely on," a spokesperson said.\n'
        '"Inês built the platform our customers rely on," a Corbel spokesperson said in an emailed statement. '
        "Two people familiar with the matter said a rival had made her an offer, though she declined it.\n",
        "en",
    )
    assert _line(page, '"Inês built the platform our customers rely on," a spokesperson').kind == "caption"
    assert _line(page, '"Inês built the platform our customers rely on," a Corbel').kind == CONTENT


def test_a_sentence_reporting_speech_above_a_credit_is_no_caption():
    page = lines.read(
        "Port Tech Weekly\nCorbel's technology chief to leave and start her own company\n\n"
        + LEAD_EN
        + "\nChief executive Pedro Alves said the search for a successor would take months.\n"
        "Image: Corbel's offices in Lisbon. Credit: Supplied\n",
        "en",
    )
    assert _line(page, "Chief executive Pedro Alves said").kind == CONTENT


@pytest.mark.parametrize(
    ("bio", "outlet"),
    [
        ("Awa Sarr est correspondante à Dakar.", None),
        ("Bo Chen is a correspondent in London for The Ledger.", "The Ledger"),
        ("Léo Brun est journaliste au service Économie. Marc Lo est correspondant à Montréal.", None),
    ],
)
def test_the_city_a_correspondent_is_posted_in_is_no_outlet(bio, outlet):
    assert writes_for(bio) == outlet


BRIEF_FR = (
    "La société lyonnaise Grenat, qui conçoit des logiciels de planification pour les hôpitaux, a annoncé mardi la "
    "nomination de Sophie Berthier au poste de directrice technique.\n"
)


@pytest.mark.parametrize(("label", "headline"), [("Grenat recrute", True), ("Bons plans", False)])
def test_a_briefs_two_word_headline_is_one_the_lead_takes_up_without_a_copyright(label, headline):
    """A two-word line the lead takes up is the brief's headline; a section's label above the brief is not."""
    page = _page(f"OctetNet\nTech\nJeux\nBrève\n{label}\n04/03/2026 à 10h05\n", BRIEF_FR, lang="fr")
    assert (page.title is not None and page.title.text == label) == headline


@pytest.mark.parametrize(
    "text",
    [
        "A Corbel crane at the port of Sines, Portugal, May 4, 2025. Agência/Rita Gomes/File Photo Purchase Licensing "
        "Rights, opens new tab",
        "Inês Duarte speaks at a conference in Lisbon, Portugal, June 2, 2025. LUSA/Pedro Sá/File Photo",
        "Le siège de Grenat à Lyon, le 3 mars 2025. AGENCE/Paul Roy/Photo d'archives Acheter les droits de licence",
    ],
)
def test_a_wire_pictures_caption_with_its_credits_and_licensing_link_is_a_caption(text):
    assert credited_caption(text)


@pytest.mark.parametrize(
    ("commenter", "age", "lang"),
    [("Mireille D.", "il y a 2 heures", "fr"), ("Tom W.", "3 hours ago", "en"), ("Jean-Luc R.", "il y a 5 min", "fr")],
)
def test_a_readers_name_with_a_surnames_initial_under_the_article_is_no_author(commenter, age, lang):
    page = _page(
        f"Port Tech Weekly\n{HEADLINE_EN}\nBy Anna Kowalczyk\n",
        LEAD_EN,
        f"\n2 comments\n{commenter}\n{age}\nGood luck to her, a great engineer.\nReply\n",
        lang,
    )
    assert commenter not in page.authors
    assert page.authors == ["Anna Kowalczyk"]


@pytest.mark.parametrize(
    "text",
    ["Updated 8:41 AM EAT, May 22, 2026", "Published 14:20 WAT, 3 March 2026", "Mis à jour le 3 mars 2026 à 9h41 SAST"],
)
def test_a_date_line_with_any_time_zones_abbreviation_is_a_date_line(text):
    assert furniture(text, "en")[0] == "dateline"


@pytest.mark.parametrize(
    "text", ["Étiquettes : Lyon, IA, santé, Start-up", "Keywords: ports, logistics, Portugal", "Labels: AI, hiring"]
)
def test_a_labels_or_keywords_line_is_a_tags_line(text):
    assert furniture(text, "fr")[0] == "tags"


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("Écoutez l'entrevue complète à l'émission Midi Région, dès 12 h.", True),
        ("Watch the full interview with Inês Duarte on Port Talk.", True),
        ("Regardez l'intégrale de l'entretien sur notre chaîne.", True),
        ("Watch how the robot picks up a full box in the video below.", False),
    ],
)
def test_a_prompt_to_hear_or_watch_the_whole_programme(text, prompt):
    assert (notice(text, len(text.split())) is not None) == prompt


@pytest.mark.parametrize(
    "text",
    [
        "This article documents a current event. Information may change rapidly as the event progresses.",
        "Cette page concerne un événement en cours. Les informations peuvent évoluer rapidement.",
        "This section is about an ongoing event; details may change.",
    ],
)
def test_an_encyclopaedias_current_event_banner_is_a_note(text):
    assert notice(text, len(text.split()))[0] == "note"


def test_a_help_and_privacy_footer_row_is_navigation():
    text = "Aide · Envoyer un avis · Confidentialité · Conditions d'utilisation · À propos de Portail Info"
    assert notice(text, len(text.split()))[0] == "navigation"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Port Talk acknowledges the Traditional Custodians of the lands where we live and work.", True),
        ("Radio Nord reconnaît que ses studios se trouvent en territoire autochtone non cédé.", True),
        ("We acknowledge the Traditional Owners of the land on which we work and pay our respects to Elders.", True),
        (
            "The company recognises that the mine needs approval from First Nations groups, its chief executive said.",
            False,
        ),
    ],
)
def test_a_sites_land_acknowledgement_is_a_note(text, note):
    assert (notice(text, len(text.split())) is not None) == note
