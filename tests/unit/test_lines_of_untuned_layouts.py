"""Classes of lines a blind set brought (issue 14), each in several wordings of both languages: a caption closed by
where the picture came from in brackets, a button to share the page, a company's legal footer, the writer's role
under the byline, a pull quote over its speaker, initials with a surname's particle, a date line signed by the
author, a welcome to the person a post announces, a name glued after the last quotation, a headline written as
sentences, the page's own date line beside its age, a recalled founder's date, and a wire's text run by a page that
names itself under it. Written for these tests."""

import datetime as dt

import pytest

from digest.ingest import lines
from digest.ingest.bylines import byline
from digest.ingest.credits import promotion
from digest.ingest.dates import find
from digest.ingest.lines.author_roles import newsroom_role
from digest.ingest.lines.furniture import furniture
from digest.ingest.names import initials_alone
from digest.ingest.paste import KEPT


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The start-up's offices in Lyon's Confluence district. (Courtesy of Voltaïs)", "en"),
        ("Mira Osei, left, and her co-founder at their lab in Accra. (Photo courtesy of the company)", "en"),
        ("A prototype of the drone on a test field near Utrecht. (Image provided by Skyfold)", "en"),
        ("Les fondateurs dans leurs locaux nantais. (Photo fournie par la start-up)", "fr"),
        ("Le premier prototype, assemblé dans un garage de Liège. (Gracieuseté de Ferrix)", "fr"),
        ("L'équipe au complet, en janvier. (Avec l'aimable autorisation de Nodal)", "fr"),
    ],
)
def test_a_caption_closed_by_where_the_picture_came_from_is_a_caption(text, lang):
    assert furniture(text, lang)[0] == "caption"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She said the board had acted with the courtesy of a firing squad.", "en"),
        ("La photo (fournie par la mairie) montre le chantier en 2019, avant les travaux.", "fr"),
    ],
)
def test_a_sentence_about_courtesy_or_supplied_data_stays_text(text, lang):
    assert furniture(text, lang) is None


@pytest.mark.parametrize(
    "text",
    [
        "Share this placement",
        "Share this story",
        "Email this article",
        "Partager cet article",
        "Imprimer la page",
        "Partagez cette offre :",
        "Print this page",
    ],
)
def test_a_button_to_share_the_page_is_a_widget(text):
    assert furniture(text, "fr" if text[0] in "PI" and " cet" in text or "la page" in text else "en")[0] == "widget"


@pytest.mark.parametrize(
    "text",
    [
        "Halvard & Lune Ltd is registered in England and Wales. Company no. 04412378.",
        "Registered office: 12 Quay Street, Bristol BS1 4DJ. Registered in England, company number 11223344.",
        "Nodal SAS au capital de 25 000 €, RCS Nantes 812 345 678, siège social : 4 rue Kervégan, 44000 Nantes.",
        "Ferrix SA – SIRET 123 456 789 00012 – TVA intracommunautaire FR 12 123456789",
        "Skyfold Pte. Ltd. UEN 201912345K, incorporated in Singapore.",
    ],
)
def test_a_company_legal_footer_is_a_note(text):
    assert furniture(text, "fr" if "SAS" in text or "SIRET" in text else "en")[0] == "note"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The company was registered in England only in 2021, two years after its first round.", "en"),
        ("La start-up, au capital de 10 000 euros à sa création, en vaut aujourd'hui 300 millions.", "fr"),
    ],
)
def test_a_sentence_about_a_registration_stays_text(text, lang):
    assert furniture(text, lang) is None


@pytest.mark.parametrize(
    "text",
    [
        "Technology reporter",
        "Journaliste économie",
        "Senior correspondent, Paris",
        "Rédactrice en chef adjointe",
        "Deputy business editor",
        "Correspondante à Bruxelles",
        "Staff writer",
    ],
)
def test_a_newsroom_job_alone_is_a_role(text):
    assert newsroom_role(text)


@pytest.mark.parametrize("text", ["A crowded lane", "Why the editor said no.", "Une levée record"])
def test_a_heading_is_no_role(text):
    assert not newsroom_role(text)


_ROLE_PAGES = [
    ("en", "Tomás Reyes\nTechnology reporter\n", "Technology reporter", ["Tomás Reyes"]),
    (
        "en",
        "Aiko Brandt\n12 March 2026\nSenior correspondent, Berlin\n",
        "Senior correspondent, Berlin",
        ["Aiko Brandt"],
    ),
    ("fr", "Solène Marchetti\nJournaliste économie\n", "Journaliste économie", ["Solène Marchetti"]),
    ("fr", "Idrissa Koné\nRédacteur en chef adjoint\n", "Rédacteur en chef adjoint", ["Idrissa Koné"]),
]


@pytest.mark.parametrize(("lang", "byline_block", "role", "authors"), _ROLE_PAGES)
def test_the_writers_role_under_the_byline_is_no_heading(lang, byline_block, role, authors):
    headline = (
        "Voltaïs hires a former Tesla engineer as its chief executive"
        if lang == "en"
        else ("Voltaïs recrute une ancienne de Tesla comme directrice générale")
    )
    body = (
        "Voltaïs, the Lyon start-up that makes battery software, has appointed Ines Duarte as chief executive, the "
        "company said on Tuesday.\nDuarte spent six years at Tesla, where she ran a battery team in Berlin.\n"
        if lang == "en"
        else "Voltaïs, la start-up lyonnaise qui conçoit des logiciels de batterie, a nommé Ines Duarte directrice "
        "générale, a annoncé mardi la société.\nInes Duarte a passé six ans chez Tesla, à Berlin.\n"
    )
    standfirst = (
        "The battery-software start-up wants a seasoned operator for its push into Germany."
        if lang == "en"
        else "La start-up des logiciels de batterie veut une dirigeante rodée pour conquérir l'Allemagne."
    )
    page = lines.read(f"Lyon Tech Daily\n{headline}\n{standfirst}\n{byline_block}{body}", lang)
    role_line = next(line for line in page.lines if line.text == role)
    assert role_line.kind == "byline"
    assert page.authors == authors


@pytest.mark.parametrize(
    ("quote", "attribution", "body", "lang"),
    [
        (
            "“We don't need a bigger model. We need one that reads a balance sheet.”",
            "— Ines Duarte, CEO, Voltaïs",
            "Asked about the plan, Duarte was blunt: “We don't need a bigger model. We need one that reads a balance "
            "sheet.” The firm will hire twenty engineers.",
            "en",
        ),
        (
            "« Nous ne vendons pas de modèles, nous vendons des heures gagnées. »",
            "— Paul Meyer, président de Nodal",
            "Pour son président, l'argument est simple : « Nous ne vendons pas de modèles, nous vendons des heures "
            "gagnées. » La société vise cent clients d'ici à la fin de l'année.",
            "fr",
        ),
        (
            '"The hardest part is knowing when to stop the agent."',
            "Mira Osei, co-founder",
            'Mira Osei, co-founder of the company, put it plainly. "The hardest part is knowing when to stop the '
            'agent." Her team has spent a year on that question.',
            "en",
        ),
        (
            "“Le marché européen est prêt, les clients aussi.”",
            "Idrissa Koné, cofondateur",
            "Idrissa Koné le résume ainsi : “Le marché européen est prêt, les clients aussi.” La société ouvrira un "
            "bureau à Berlin.",
            "fr",
        ),
    ],
)
def test_a_quotation_over_its_speaker_that_the_next_paragraph_quotes_is_a_pull_quote(quote, attribution, body, lang):
    lead = (
        "Voltaïs, the Lyon start-up that makes battery software, has raised 12 million euros, the company said on "
        "Tuesday."
        if lang == "en"
        else "Nodal, la start-up nantaise qui automatise la comptabilité, a levé 12 millions d'euros, a-t-elle "
        "annoncé mardi."
    )
    page = lines.read(f"Voltaïs raises 12 million euros to expand\n{lead}\n{quote}\n{attribution}\n{body}\n", lang)
    quote_line = next(line for line in page.lines if line.text == quote)
    assert quote_line.kind not in KEPT
    assert next(line for line in page.lines if line.text == body).kind in KEPT


@pytest.mark.parametrize("text", ["G. Le B.", "M. de la F.", "J. Van D.", "P. d’A.", "A.-M. Le G."])
def test_initials_with_a_surnames_particle_are_a_signature(text):
    assert initials_alone(text)


@pytest.mark.parametrize("text", ["G. Le Bras.", "Le B.", "M. Le Pen a dit."])
def test_a_name_written_out_is_no_initials(text):
    assert not initials_alone(text)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("13/03/2026 à 08h15 | L. Ndiaye", ["L. Ndiaye"]),
        ("L. Ndiaye | 13/03/2026", ["L. Ndiaye"]),
        ("March 3, 2026 | J. Whitcombe", ["J. Whitcombe"]),
        ("4 mars 2026 · Awa Sarr · 10:12", ["Awa Sarr"]),
    ],
)
def test_a_date_line_signed_by_its_author_is_a_byline(text, authors):
    assert byline(text) == (authors, None)


@pytest.mark.parametrize(
    "text",
    ["Tech | Startups", "Paris | 13/03/2026 | Lyon", "13/03/2026 | Nominations", "Jeanne P. — 3 mars 2026 à 10:12"],
)
def test_a_date_line_without_an_authors_name_names_no_author(text):
    assert byline(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Please join us in welcoming him! You can follow him on the Hub at @tobi-k.",
        "Join me in congratulating Ines on her new role, and say hello to her at the summit.",
        "Souhaitez-lui la bienvenue sur notre compte LinkedIn !",
        "Rejoignez-nous pour accueillir Paul, qui rejoint notre équipe de Nantes.",
    ],
)
def test_a_welcome_to_the_person_a_post_announces_is_no_promotion(text):
    assert not promotion(text)


def test_the_sites_invitation_to_join_stays_a_promotion():
    assert promotion("Join us: subscribe to our newsletter and get every story first.")


@pytest.mark.parametrize(
    ("last", "lang", "author"),
    [
        ('"Whoever hires her next is lucky," said Ruth Abara, who taught her. Siobhán Kehoe', "en", "Siobhán Kehoe"),
        ("« C'est une perte pour la région », estime Paul Meyer. Julie Vasseur", "fr", "Julie Vasseur"),
        (
            "The company declined to comment, and Duarte did not reply to messages sent on Thursday. Tomás Reyes",
            "en",
            "Tomás Reyes",
        ),
        (
            "La société n'a pas souhaité commenter ce départ, et Ines Duarte n'a pas répondu à nos messages. Léa "
            "Ndiaye-Fall",
            "fr",
            "Léa Ndiaye-Fall",
        ),
    ],
)
def test_the_writers_name_glued_after_the_last_sentence_is_the_author(last, lang, author):
    head = "Voltaïs loses its chief scientist" if lang == "en" else "Voltaïs perd sa directrice scientifique"
    lead = (
        "Ines Duarte, chief scientist of the Lyon start-up Voltaïs, stepped down on Thursday after four years."
        if lang == "en"
        else "Ines Duarte, directrice scientifique de la start-up lyonnaise Voltaïs, a quitté ses fonctions jeudi."
    )
    page = lines.read(f"{head}\n{lead}\n{last}\n", lang)
    assert page.authors == [author]
    assert not any(author in line.text for line in page.lines if line.kept)


def test_a_name_the_article_is_about_ending_its_last_paragraph_is_no_author():
    text = (
        "Voltaïs names a new chairman\nVoltaïs, the Lyon start-up, named a new chairman on Thursday.\n"
        "The board thanked the outgoing chairman, Paul Meyer. Paul Meyer\n"
    )
    assert lines.read(text, "en").authors == []


@pytest.mark.parametrize(
    ("page_text", "lang", "headline"),
    [
        (
            "THE GRID\nStartups\nTwo ex-Stripe engineers want to fix invoices. Investors just gave them $40 million.\n"
            "Ledgerly's software reads supplier invoices and pays them. It sounds dull. Its customers love it.\n"
            "Maya Lindqvist\nMay 4, 2026\n",
            "en",
            "Two ex-Stripe engineers want to fix invoices. Investors just gave them $40 million.",
        ),
        (
            "LE FIL TECH\nStart-up\nIls ont quitté Doctolib. Leur start-up lève 8 millions.\n"
            "Medvia veut simplifier la prise de rendez-vous chez les kinés. Le pari séduit les fonds.\n"
            "Par Awa Sarr\n4 mai 2026\n",
            "fr",
            "Ils ont quitté Doctolib. Leur start-up lève 8 millions.",
        ),
        (
            "Harbour Tech\nNobody wanted to fund robot welders. Now everyone does.\n"
            "Gantry's arms weld ship hulls in half the time. Its order book is full until 2028.\n"
            "Tomás Reyes · 3 hours ago\n",
            "en",
            "Nobody wanted to fund robot welders. Now everyone does.",
        ),
        (
            "Courrier Numérique\nLa fin d'une époque chez Criteo.\n"
            "Le cofondateur quitte l'entreprise qu'il a créée il y a vingt ans. Il ne dit pas où il va.\n"
            "Publié le 4 mai 2026 à 10h12\n",
            "fr",
            "La fin d'une époque chez Criteo.",
        ),
    ],
)
def test_a_headline_written_as_sentences_over_a_standfirst_and_a_byline_is_the_headline(page_text, lang, headline):
    body = (
        "The company said on Tuesday that it had raised the money in a round led by Northwind Capital, with its "
        "earlier investors joining.\nIt will hire thirty engineers in London and open an office in Berlin."
        if lang == "en"
        else "La société a annoncé mardi avoir levé ces fonds auprès de Northwind Capital, avec ses investisseurs "
        "historiques.\nElle recrutera trente ingénieurs à Paris et ouvrira un bureau à Berlin."
    )
    page = lines.read(page_text + body + "\n", lang)
    assert page.title is not None and page.title.text == headline


@pytest.mark.parametrize(
    "stamp_line",
    [
        "June 9, 2026 · Updated 3h ago",
        "Published 9 June 2026 — updated 2 hours ago",
        "9 juin 2026 · Mis à jour il y a 3 h",
        "Publié le 9 juin 2026, actualisé il y a 2 h",
    ],
)
def test_the_pages_own_date_line_beside_its_age_is_no_readers_comment(stamp_line):
    lang = "fr" if "juin" in stamp_line else "en"
    body = (
        [
            "Ledgerly, a London start-up, said on Tuesday it had raised $40 million in a round led by Northwind.",
            "The company will hire thirty engineers and open an office in Berlin next year.",
            "Its founders met at Stripe, where they built the payments team's internal tools.",
        ]
        if lang == "en"
        else [
            "Ledgerly, la start-up londonienne, a annoncé mardi avoir levé 40 millions de dollars auprès de Northwind.",
            "La société recrutera trente ingénieurs et ouvrira un bureau à Berlin l'an prochain.",
            "Ses fondateurs se sont rencontrés chez Stripe, où ils ont bâti des outils internes.",
        ]
    )
    text = "\n".join(
        [
            "Ledgerly raises $40 million for invoice software",
            body[0],
            "Maya Lindqvist",
            stamp_line,
            "12 comments",
            *body[1:],
        ]
    )
    page = lines.read(text + "\n", lang)
    assert next(line for line in page.lines if line.text == stamp_line).kind == "dateline"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le conseil a rappelé lundi 6 avril son fondateur, écarté cinq jours plus tôt.", dt.date(2026, 4, 6)),
        ("La start-up a rappelé le 7 avril son ancien directeur technique.", dt.date(2026, 4, 7)),
        ("Nodal rappelle que le 3 mars 2025, elle avait levé 5 millions d'euros.", None),
        ("Pour rappel, la société avait été fondée le 2 février 2021.", None),
    ],
)
def test_a_recall_dates_the_news_and_a_reminder_does_not(sentence, expected):
    assert find(sentence, "fr", page_years=[2026]).date == expected


_SYNDICATED = """{outlet}
Home | {section} | Business | Tech
Tech
Kestrel Labs names Microsoft researcher as chief AI officer
{wire}
{place} ({wire}): Meera Iyer, a senior researcher at Microsoft Research, has been appointed chief AI officer of \
the start-up Kestrel Labs, the company said on Wednesday.
Iyer, who spent nine years at Microsoft, will lead the firm's speech models, it said in a statement.
Kestrel Labs, founded in 2023, builds voice assistants for farmers.
{note}
"""


@pytest.mark.parametrize(
    ("outlet", "wire", "note"),
    [
        (
            "The Mysore Chronicle",
            "PTI",
            "(This story has not been edited by Mysore Chronicle staff and is auto-generated from a syndicated feed.)",
        ),
        (
            "The Kandy Courier",
            "IANS",
            "Only the headline of this report may have been reworked by Kandy Courier "
            "staff; the rest of the content is auto-generated from a syndicated feed.",
        ),
        ("Lagos Ledger", "NAN", "Disclaimer: Lagos Ledger does not edit wire copy published on this page."),
        ("The Penang Post", "Bernama", "Follow The Penang Post on WhatsApp for the latest business news."),
    ],
)
def test_a_page_that_names_itself_under_the_wires_text_is_the_source(outlet, wire, note):
    text = _SYNDICATED.format(outlet=outlet, section="Region", wire=wire, place="Bengaluru", note=note)
    assert lines.read(text, "en").source == outlet


def test_a_page_that_names_itself_only_at_its_top_leaves_the_wire_the_source():
    text = _SYNDICATED.format(outlet="The Mysore Chronicle", section="Region", wire="PTI", place="Bengaluru", note="")
    assert lines.read(text, "en").source == "PTI"


def test_a_note_naming_the_page_and_the_wire_leaves_the_wire_the_source():
    note = "Disclaimer: The Mysore Chronicle republishes PTI content under licence. Not investment advice."
    text = _SYNDICATED.format(outlet="The Mysore Chronicle", section="Region", wire="PTI", place="Bengaluru", note=note)
    assert lines.read(text, "en").source == "PTI"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Downloaded from nbr.example by a subscriber on 5 March 2026. Not for redistribution.", "en"),
        ("Printed by Jane Roe on 12 May 2026. For personal use only.", "en"),
        ("Document téléchargé depuis presse-pro.example le 4 mars 2026 pour un usage strictement personnel.", "fr"),
        ("Usage interne uniquement – reproduction interdite", "fr"),
    ],
)
def test_a_downloaded_documents_notice_is_a_note(text, lang):
    assert furniture(text, lang)[0] == "note"


@pytest.mark.parametrize(
    "text", ["Tap to unmute", "Click here to play", "Appuyez pour activer le son", "Cliquez pour agrandir"]
)
def test_a_players_control_is_a_widget(text):
    assert furniture(text, "fr" if "ez " in text else "en")[0] == "widget"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("PAYS : Belgique PAGE(S) : 14 SURFACE : 38 % PÉRIODICITÉ : Quotidien", "fr"),
        ("Country: UK Page: 12 Circulation: 61,250 Frequency: Daily", "en"),
        ("Journaliste : Awa Sarr Rubrique : Économie Édition : Nantes", "fr"),
        ("Source: Print Section: Business Page: B4", "en"),
    ],
)
def test_a_row_of_labelled_details_is_furniture(text, lang):
    assert (furniture(text, lang) or ("",))[0] not in ("", *KEPT)


@pytest.mark.parametrize(
    ("address", "lang"),
    [("accratechwire.com.gh", "en"), ("www.lecho-numerique.be", "fr"), ("kigali-startups.rw/", "en"),
     ("quebecaffaires.ca", "fr")],
)  # fmt: skip
def test_a_reader_modes_address_on_top_is_the_source(address, lang):
    body = (
        "Hollow, a start-up that builds solar pumps, has hired Grace Uwase as chief executive, it said on Monday.\n"
        "Uwase ran the solar division of a large utility for six years before joining.\n"
        if lang == "en"
        else "Hollow, une jeune pousse qui conçoit des pompes solaires, a nommé Grace Uwase présidente, a-t-elle "
        "annoncé lundi.\nGrace Uwase dirigeait la division solaire d'un grand distributeur d'énergie.\n"
    )
    headline = "Hollow names Grace Uwase chief executive" if lang == "en" else "Hollow nomme Grace Uwase présidente"
    page = lines.read(f"{address}\n{headline}\nAmina Keita\n4–5 minutes\n{body}", lang)
    assert page.source == address.removeprefix("www.").rstrip("/")


@pytest.mark.parametrize(
    ("label", "lang"), [("Advertisement", "en"), ("Sponsored", "en"), ("Publicité", "fr"), ("Annonce", "fr")]
)
def test_the_last_paragraph_after_an_advertisements_label_stays_text(label, lang):
    last = "The company is testing its cranes at two ports." if lang == "en" else "La société teste ses grues."
    body = (
        "Atlas, a Casablanca start-up that makes cranes autonomous, has raised $5 million, it said on Monday."
        if lang == "en"
        else "Atlas, une start-up casablancaise qui automatise les grues, a levé 5 millions de dollars, a-t-elle dit."
    )
    page = lines.read(f"Atlas raises $5m for port cranes\nAmina Keita\n{body}\n{label}\n{last}\nBack to top\n", lang)
    assert next(line for line in page.lines if line.text == last).kind in KEPT
