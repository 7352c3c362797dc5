"""Classes of lines a blind set brought (issue 14), each in several wordings of both languages: a comment section's
prompts (an invitation to comment, the account it needs, its rules), a paywall's reminder that the piece is for
subscribers, and a newsletter's writer signing on at its top ("Morning all — X here."): the writer is its author.
Written for these tests."""

import pytest

from digest.ingest import lines
from digest.ingest.bylines import byline
from digest.ingest.lines.furniture import furniture
from digest.ingest.paste import KEPT
from digest.ingest.signatures import signed_on


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Would you like to comment on this article?", "en"),
        ("Do you want to join the conversation?", "en"),
        ("Register (it's quick and free) or sign in now.", "en"),
        ("Log in or register to post a reply.", "en"),
        ("Please read our Comment Policy before commenting.", "en"),
        ("Before posting, read our community guidelines.", "en"),
        ("Vous souhaitez commenter cet article ?", "fr"),
        ("Envie de réagir ? Connectez-vous.", "fr"),
        ("Inscrivez-vous gratuitement ou identifiez-vous.", "fr"),
        ("Connectez-vous pour réagir à cet article.", "fr"),
        ("Merci de respecter notre charte de modération.", "fr"),
        ("Lisez nos règles de la communauté avant de publier.", "fr"),
    ],
)
def test_a_comment_sections_prompt_is_a_widget(text, lang):
    assert furniture(text, lang)[0] == "widget"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Reminder, this is a Premium article and requires a subscription to read.", "en"),
        ("This is a premium story: a subscription is required to read it in full.", "en"),
        ("Note: this piece is part of our subscriber content.", "en"),
        ("This members-only article is included with your plan.", "en"),
        ("Rappel : cet article premium nécessite un abonnement.", "fr"),
        ("Cet article Premium est accessible avec un abonnement.", "fr"),
        ("Ce contenu est réservé aux membres abonnés du site.", "fr"),
        ("Cette enquête fait partie de nos contenus premium : ce reportage requiert un abonnement.", "fr"),
    ],
)
def test_a_paywalls_reminder_is_a_note(text, lang):
    assert furniture(text, lang) == ("note", "a notice that the article is for subscribers")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The company declined to comment on the terms of the deal.", "en"),
        ("Register of beneficial owners to be opened to journalists", "en"),
        ("This article's subject, the premium tier, costs $20 a month, the company said.", "en"),
        ("Le fondateur n'a pas souhaité commenter cette information.", "fr"),
        ("Cet article de loi oblige les plateformes à vérifier l'âge de leurs abonnés, selon le ministère.", "fr"),
    ],
)
def test_news_about_comments_or_subscriptions_stays_text(text, lang):
    assert furniture(text, lang) is None


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("Morning all — Owen Achterberg here.", "Owen Achterberg"),
        ("Hi everyone, it's Priya Nair-Okafor with this week's briefing.", "Priya Nair-Okafor"),
        ("Hello again — this is Tomás Ortega.", "Tomás Ortega"),
        ("Marguerite Lenoir here, with the week's news.", "Marguerite Lenoir"),
        ("Bonjour à tous — ici Margaux Le Bihan.", "Margaux Le Bihan"),
        ("Salut tout le monde, c'est Karim Benali.", "Karim Benali"),
        ("Bonjour, Aurélie Van Damme ici, pour votre lettre du jeudi.", "Aurélie Van Damme"),
    ],
)
def test_a_newsletters_sign_on_names_its_writer(text, writer):
    assert signed_on(text) == writer


@pytest.mark.parametrize(
    "text",
    [
        "C'est Marie Dupont qui dirigera la société.",
        "Hi, Jane",
        "Bonjour, ici Paris.",
        "It's Acme Robotics that won the tender here.",
    ],
)
def test_a_sentence_naming_someone_is_no_sign_on(text):
    assert signed_on(text) is None


_NEWSLETTERS = [
    (
        "en",
        """From: The Weekly Lathe <hello@weeklylathe.news>
Subject: Lathe #31 — Corvid raises, and more
View in browser
THE WEEKLY LATHE
Hi folks — Ines Zapata-Mwangi here.
Corvid raises €12m to watch bridges from orbit
Corvid, a Toulouse start-up that reads radar images to spot cracks in bridges, raised €12m from Aerial Partners.
Its chief executive Basile Rousset told me the money would pay for a second satellite contract.
Unsubscribe
""",
        "Ines Zapata-Mwangi",
    ),
    (
        "fr",
        """De : La Lettre du Tour <bonjour@lettredutour.fr>
Objet : Tour n°44 — Corvid lève 12 millions
LA LETTRE DU TOUR
Bonjour à toutes et à tous, c'est Gwendal Ar Floc'h.
Corvid lève 12 millions pour surveiller les ponts depuis l'espace
Corvid, une jeune pousse toulousaine qui lit les images radar pour repérer les fissures des ponts, a levé 12 millions.
Son directeur général Basile Rousset m'a confié que l'argent paierait un second contrat de satellite.
Se désabonner
""",
        "Gwendal Ar Floc'h",
    ),
]


@pytest.mark.parametrize(("lang", "text", "writer"), _NEWSLETTERS)
def test_the_writer_signing_on_a_newsletter_is_its_author_and_the_line_is_no_text(lang, text, writer):
    page = lines.read(text, lang)
    assert page.authors == [writer]
    sign_on = next(line for line in page.lines if writer in line.text)
    assert sign_on.kind not in (*KEPT, "title")


def test_a_comment_sections_prompts_under_the_article_are_not_its_text():
    page = lines.read(
        """THE RIVERTON LEDGER
Home | Business | Tech
Lathe maker Corvid hires a new chief executive
By Ann Okonjo
Corvid, the Riverton lathe maker, has hired Basile Rousset as chief executive, the company said on Monday.
Rousset, who ran the French arm of a German toolmaker, starts in January.
Would you like to comment on this article?
Register (it's quick and free) or sign in now.
Please read our Comment Policy before commenting.
Reminder, this is a Premium article and requires a subscription to read.
Most read
""",
        "en",
    )
    kept = [line.text for line in page.lines if line.kind in KEPT]
    assert kept == [
        "Corvid, the Riverton lathe maker, has hired Basile Rousset as chief executive, the company said on Monday.",
        "Rousset, who ran the French arm of a German toolmaker, starts in January.",
    ]


_LIVE_BLOG = """{outlet}
Home  News  Live
LIVE
{headline}
Ama Boateng and Felix Roy
{time}
{flash}
{next}
10:15
{earlier}
"""
_FLASHES = [
    (
        "en",
        "Summit live: Corvid's board brings back Basile Rousset",
        "14:05 WAT",
        "Breaking: Basile Rousset is back as chief executive of Corvid. The board voted him in on Monday night.",
    ),
    (
        "en",
        "Summit live: Corvid's board brings back Basile Rousset",
        "16:40",
        "JUST IN: Corvid's board has reinstated Basile Rousset as its chief executive, a week after ousting him.",
    ),
    (
        "fr",
        "En direct du salon : Basile Rousset de retour chez Corvid",
        "14h05",
        "Flash info : Basile Rousset redevient directeur général de Corvid. Le conseil l'a rappelé lundi soir.",
    ),
    (
        "fr",
        "En direct du salon : Basile Rousset de retour chez Corvid",
        "09:50 CET",
        "Dernière minute : le conseil de Corvid a rappelé Basile Rousset à la direction générale, une semaine après.",
    ),
]


@pytest.mark.parametrize(("lang", "headline", "time", "flash"), _FLASHES)
def test_a_live_blogs_post_labelled_as_news_under_its_time_is_text(lang, headline, time, flash):
    text = _LIVE_BLOG.format(
        outlet="Sahel Tech Live",
        headline=headline,
        time=time,
        flash=flash,
        next="Rousset told us by phone that his first job was to rebuild trust with the board and the staff.",
        earlier="Le salon ouvre ses portes ce matin avec une conférence sur les centres de données."
        if lang == "fr"
        else "The summit opens this morning with a keynote on data centres across the region.",
    )
    page = lines.read(text, lang)
    assert next(line for line in page.lines if line.text == flash).kind in KEPT


@pytest.mark.parametrize(
    "flash",
    ["Breaking: Corvid shares jump 12% after the vote", "Flash info : Corvid rappelle son fondateur"],
)
def test_a_tickers_flash_without_a_time_above_is_no_text(flash):
    assert furniture(flash, "en")[0] == "related"


@pytest.mark.parametrize(
    "text",
    [
        "Round led by Harrow Ventures with participation from Kestrel Capital; funds to grow the team",
        "Series B co-led by Alder Partners and Fenwick Growth",
        "Tour de table mené par Capital Ardoise, avec Bpifrance",
        "Opération financée par Ardoise Partenaires",
        "Start-up soutenue par Kestrel Capital",
    ],
)
def test_who_led_or_backed_a_deal_is_no_byline(text):
    assert byline(text) is None or byline(text) == ([], None)


@pytest.mark.parametrize(
    ("text", "authors"),
    [("Direct animé par Jeanne Martin", ["Jeanne Martin"]), ("By Ann Lee and Bo Chen", ["Ann Lee", "Bo Chen"])],
)
def test_a_byline_cue_after_a_short_label_still_names_its_authors(text, authors):
    assert byline(text)[0] == authors


_WIRE_PAGE = """{portal}
News | Multimedia | Send a Release | Contact
{provided}
Corvid, Inc.
Dec 03, 2026, 09:00 ET
{headline}
{dateline} /{wire}/ -- {lead}
{second}
SOURCE Corvid, Inc.
"""
_WIRES = [
    ("en", "Tidewire Newswire", "Tidewire", "SAN FRANCISCO, Dec. 3, 2026"),
    ("en", "Quayline Wire", "Quayline", "AUSTIN, Texas, Dec. 3, 2026"),
    ("en", "The Brightpost Press Wire", "Brightpost", "LONDON, Dec. 3, 2026"),
    ("fr", "Ondefil Agence", "Ondefil", "PARIS, 3 déc. 2026"),
]


@pytest.mark.parametrize(("lang", "portal", "wire", "dateline"), _WIRES)
def test_a_wires_short_name_in_a_releases_dateline_is_its_portals_name(lang, portal, wire, dateline):
    en = lang == "en"
    page = lines.read(
        _WIRE_PAGE.format(
            portal=portal,
            provided="NEWS PROVIDED BY" if en else "COMMUNIQUÉ DIFFUSÉ PAR",
            headline="Corvid Raises $25 Million to Watch Bridges From Orbit"
            if en
            else "Corvid lève 25 millions de dollars pour surveiller les ponts depuis l'espace",
            dateline=dateline,
            wire=wire,
            lead="Corvid, Inc., which reads radar images of bridges, today announced a $25 million round."
            if en
            else "Corvid, qui lit les images radar des ponts, annonce une levée de 25 millions.",
            second="The company will use the funds to buy time on a second satellite and double its team."
            if en
            else "L'entreprise utilisera les fonds pour louer un second satellite et doubler son équipe.",
        ),
        lang,
    )
    assert page.source == portal


@pytest.mark.parametrize(
    ("text", "authors", "outlet"),
    [
        ("By Daniel Osei and Léa Fontaine Tribune Staff", ["Daniel Osei", "Léa Fontaine"], "Tribune"),
        ("By Marta Kowalczyk Herald Staff", ["Marta Kowalczyk"], "Herald"),
        ("By Ann Lee Gazette Newsroom", ["Ann Lee"], "Gazette"),
        ("By Tom Hart Ledger Staff Writer", ["Tom Hart"], "Ledger"),
        ("Par Jeanne Martin Courrier Rédaction", ["Jeanne Martin"], "Courrier"),
        ("Par Paul Roux et Inès Ben Salah Éclaireur Rédaction", ["Paul Roux", "Inès Ben Salah"], "Éclaireur"),
    ],
)
def test_a_bylines_last_name_run_into_its_newsroom_is_an_author(text, authors, outlet):
    assert byline(text) == (authors, outlet)


@pytest.mark.parametrize(
    ("contact", "lang"),
    [
        ("Ann Okonjo can be reached at ann.okonjo@ledger.example.", "en"),
        ("Ann Okonjo may be contacted at ann.okonjo@ledger.example or on Signal.", "en"),
        ("Ann Okonjo can be reached at ann.okonjo@ledger.example. She covers manufacturing.", "en"),
        ("Jeanne Martin peut être jointe à jeanne.martin@courrier.example.", "fr"),
        ("Jeanne Martin peut être contactée à l'adresse jeanne.martin@courrier.example.", "fr"),
    ],
)
def test_how_to_reach_the_author_under_the_article_is_no_text(contact, lang):
    name = contact.split(" can")[0].split(" may")[0].split(" peut")[0]
    page = lines.read(
        f"""THE RIVERTON LEDGER
Lathe maker Corvid hires a new chief executive
By {name}
Corvid, the Riverton lathe maker, has hired Basile Rousset as chief executive, the company said on Monday.
Rousset, who ran the French arm of a German toolmaker, starts in January.
{contact}
""",
        lang,
    )
    assert next(line for line in page.lines if line.text == contact).kind not in KEPT


_STACKED = [
    (
        "en",
        "A town of 9,000 builds its own chip fab. Nobody in Taipei is worried.",
        "In Wales, a tiny foundry is betting that old processes can still serve carmakers",
        "By Ann Okonjo",
    ),
    (
        "en",
        "Two sisters want to fix hearing aids. Their investors just doubled down.",
        "The Leeds start-up says its earbuds cost a tenth of a clinic's devices",
        "By Marta Kowalczyk and Tom Hart",
    ),
    (
        "fr",
        "Une commune de 9 000 habitants fabrique ses puces. Taïwan n'a pas peur.",
        "Au pays de Galles, une petite fonderie parie que les vieux procédés servent encore les constructeurs",
        "Par Jeanne Martin",
    ),
    (
        "fr",
        "Deux sœurs veulent réparer l'audition. Leurs investisseurs doublent la mise.",
        "La jeune pousse lyonnaise dit vendre ses écouteurs dix fois moins cher que les audioprothésistes",
        "Par Paul Roux et Inès Ben Salah",
    ),
]


@pytest.mark.parametrize(("lang", "headline", "standfirst", "by"), _STACKED)
def test_a_headline_in_sentences_over_a_standfirst_without_its_stop_is_the_headline(lang, headline, standfirst, by):
    lead = (
        "CARDIFF — On a wet morning in a former bus depot, a dozen engineers were testing wafers from the first run."
        if lang == "en"
        else "CARDIFF — Un matin de pluie, dans un ancien dépôt de bus, douze ingénieurs testaient leurs puces."
    )
    page = lines.read(f"THE RIVERTON LEDGER\nTECHNOLOGY\n{headline}\n{standfirst}\n{by}\n{lead}\n", lang)
    assert page.title is not None and page.title.text == headline


@pytest.mark.parametrize(
    ("lang", "footer", "outlet"),
    [
        ("fr", "Le Courrier du Plateau – Impressum – Protection des données – Cookies", "Le Courrier du Plateau"),
        ("fr", "La Gazette des Hauts | Mentions légales | Contact | Publicité", "La Gazette des Hauts"),
        ("en", "The Riverton Ledger · Privacy · Terms · Contact", "The Riverton Ledger"),
        ("en", "The Harbour Courier — About us — Advertise — Cookies", "The Harbour Courier"),
    ],
)
def test_the_sites_name_first_in_its_footers_row_of_legal_links_is_the_source(lang, footer, outlet):
    body = (
        "Le fondateur de Corvid quitte l'entreprise pour rejoindre un groupe allemand, a-t-on appris lundi.\n"
        "Il y dirigera la recherche européenne à partir de janvier, selon un courriel interne.\n"
        if lang == "fr"
        else "Corvid's founder is leaving the company to join a German group, staff were told on Monday.\n"
        "He will run its European research from January, according to an internal e-mail.\n"
    )
    menu, headline = (
        ("Accueil\nÉconomie", "Corvid perd son fondateur")
        if lang == "fr"
        else ("Home\nBusiness", "Corvid loses its founder")
    )
    page = lines.read(f"{menu}\nSport\n{headline}\n{body}J. H.\n{footer}\n", lang)
    assert page.source == outlet


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The lab will train a hundred engineers a year in partnership with the University of Kumasi.", "en"),
        ("The company will build the plant together with Siemens, it said on Monday.", "en"),
        ("Le laboratoire formera cent ingénieurs par an en partenariat avec l'université de Bouaké.", "fr"),
        ("La start-up a conçu le capteur en partenariat avec le CHU de Rennes, précise son fondateur.", "fr"),
    ],
)
def test_a_news_sentence_about_a_partnership_stays_text(text, lang):
    assert furniture(text, lang) is None


@pytest.mark.parametrize(
    "text",
    [
        "Together with Northwind",
        "In partnership with Banque Alpine: open your account in five minutes.",
        "En partenariat avec Banque Alpine",
        "Cette lettre vous est proposée en partenariat avec Northwind.",
    ],
)
def test_a_sponsors_line_stays_a_sponsors_line(text):
    assert furniture(text, "en")[0] == "widget"


@pytest.mark.parametrize(
    ("lang", "label", "issuer"),
    [
        ("en", "NEWS PROVIDED BY", "Corvid, Inc."),
        ("en", "Distributed by:", "Corvid Systems Ltd"),
        ("fr", "Communiqué diffusé par", "Corvid SAS"),
        ("fr", "Publié par :", "Corvid"),
    ],
)
def test_the_issuer_under_a_wire_portals_label_is_no_text(lang, label, issuer):
    text = _WIRE_PAGE.format(
        portal="Tidewire Newswire",
        provided=label,
        headline="Corvid Raises $25 Million to Watch Bridges From Orbit",
        dateline="SAN FRANCISCO, Dec. 3, 2026",
        wire="Tidewire",
        lead="Corvid, Inc., which reads radar images of bridges, today announced a $25 million round.",
        second="The company will use the funds to buy time on a second satellite and double its team.",
    ).replace("Corvid, Inc.\n", f"{issuer}\n", 1)
    page = lines.read(text, lang)
    assert next(line for line in page.lines if line.text == issuer).kind not in KEPT
