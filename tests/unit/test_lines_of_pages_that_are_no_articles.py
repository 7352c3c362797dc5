"""Classes of lines that pages which are no newspaper article bring (issue 14), each in several wordings of both
languages: a podcast's or a video's chapters under their label and the host who presents the show; a post copied
from a social network with its header (the poster's name and network degree), its action bar and its comments; a
press kit's numbered sections; a machine-translated byline whose "by" stayed in the page's first language; a wire's
short date line, a helping wire's credit glued to the last line, and a byline's job line under the name.
Written for these tests."""

import pytest

from digest.ingest import bylines, datelines, lines
from digest.ingest.credit_lines import trailing_wire
from digest.ingest.lines.furniture import furniture
from digest.ingest.paste import HEADING, KEPT
from digest.ingest.titles import page_title

_SHOWS = [
    (
        "fr",
        """Onde Tech — le podcast des bâtisseurs
Épisodes   Équipe   Contact
▶ Écouter sur Spotify | Apple Podcasts
Épisode 41 · 3 mars 2026 · 47 min
#41 — Léa Fontaine : « Quitter Dassault pour une start-up »
Cette semaine, nous recevons Léa Fontaine, qui a quitté en février la direction de l'innovation de Dassault \
Systèmes pour cofonder Vireo.
Elle raconte ses dix ans dans l'aéronautique et ce qui l'a décidée à se lancer.
Au programme
00:00 Introduction
03:45 Dix ans chez Dassault
19:20 Le déclic
33:10 Lever sans se perdre
Onde Tech est présenté par Karim Haddad. Réalisation : Studio Rivière.
Abonnez-vous pour ne rater aucun épisode
""",
        "Au programme",
        ["00:00 Introduction", "19:20 Le déclic"],
        ["Karim Haddad"],
    ),
    (
        "en",
        """The Build Log
Episodes  About  Support us
Episode 112 · March 9, 2026 · 58 min
#112 — Tomasz Wrona on leaving Google to build robot hands
This week Priya talks to Tomasz Wrona, who left Google DeepMind in January to start Graspwell, a robotics \
company in Warsaw.
He explains why grippers are still the hardest part of a robot and how he raised his first round.
In this episode:
(00:00) Intro
(02:30) Seven years at DeepMind
(17:05) Why hands
(41:50) Raising in Warsaw
The Build Log is hosted by Priya Raman. Producer: Sam Ortiz.
Subscribe wherever you get your podcasts
""",
        "In this episode:",
        ["(00:00) Intro", "(17:05) Why hands"],
        ["Priya Raman"],
    ),
    (
        "fr",
        """Chaîne Data & Cie
Vidéos   Playlists   À propos
Entretien : comment Mistral recrute ses chercheurs
Publiée le 12 janvier 2026 · 34 min
Dans cet entretien, Hélène Vasseur, directrice du recrutement de Mistral AI, explique comment la start-up \
parisienne attire des chercheurs venus de Google et de Meta.
Elle détaille aussi les salaires proposés et la place du télétravail.
Dans cet entretien :
0:00 Présentation
2:15 Le profil recherché
11:40 Les salaires
25:05 Questions du public
Un épisode de Maëlle Girard, montage : Studio Nord.
""",
        "Dans cet entretien :",
        ["0:00 Présentation", "25:05 Questions du public"],
        ["Maëlle Girard"],
    ),
    (
        "en",
        """Frontier Signals
Watch  Listen  Newsletter
Ep. 27 · 14 Feb 2026
Inside Kestrel's bet on European chips
Presented by Daniel Okafor
Daniel sits down with Ines Carvalho, the partner at Kestrel Ventures who led the fund's investment in the \
chip designer Axon, based in Lisbon.
They talk about why she thinks Europe can still build its own processors.
On the agenda
00:00 Welcome
05:12 Why Axon
1:02:40 What comes next
Frontier Signals is produced by Lumen Audio. Music: Kai Lund.
""",
        "On the agenda",
        ["00:00 Welcome", "1:02:40 What comes next"],
        ["Daniel Okafor"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "label", "chapters", "hosts"), _SHOWS)
def test_a_shows_chapters_are_text_under_their_label_and_its_host_is_the_author(lang, text, label, chapters, hosts):
    page = lines.read(text, lang)
    shown = {line.text: line for line in page.lines}
    assert shown[label].kind == HEADING
    for chapter in chapters:
        assert shown[chapter].kind in KEPT, chapter
    assert page.authors == hosts


def test_a_players_chapter_marks_stay_furniture():
    page = lines.read(_SHOWS[0][1].replace("Au programme", "Chapitres"), "fr")
    for line in page.lines:
        if line.text[:2].isdigit() or line.text == "Chapitres":
            assert line.kind not in KEPT, line.text


def test_a_news_tickers_times_going_backward_stay_furniture():
    page = lines.read(
        """Le Quotidien du Nord
Économie
La start-up lilloise Ferrix lève 12 millions d'euros
La jeune pousse lilloise Ferrix, qui recycle les batteries, a levé 12 millions d'euros auprès de fonds européens.
Elle compte embaucher quarante personnes d'ici la fin de l'année, a indiqué son fondateur mardi.
En continu
14:05 Incendie dans un entrepôt à Roubaix
13:40 Grève des bus à Lille
12:15 Un nouveau préfet nommé
""",
        "fr",
    )
    for line in page.lines:
        if line.text[:2].isdigit():
            assert line.kind not in KEPT, line.text


_POSTS = [
    (
        "en",
        """LinkedIn
Home  My Network  Jobs  Messaging
Ruth Abernathy-Oyelaran • 1st
Staff engineer | ex-Stripe
3d • Edited • 🌐
Big news: after six years at Stripe, I'm joining Anthropic to work on agent safety.
I start on Monday in the London office and couldn't be more excited.
Thank you to everyone who made Stripe such a great place to grow.
#newjob #safety
👍❤️ 842
97 comments • 12 reposts
Like  Comment  Repost  Send
Tobias Lindqvist
Congrats Ruth, well deserved!
Chiara Bellomo • 2nd
So happy for you!
Load more comments
""",
        "Ruth Abernathy-Oyelaran",
        "Big news: after six years at Stripe, I'm joining Anthropic to work on agent safety.",
        ["Tobias Lindqvist", "Chiara Bellomo"],
    ),
    (
        "fr",
        """LinkedIn
Accueil  Réseau  Emplois  Messagerie
Anaïs Dubreuil-Kamara · 2e
Directrice produit chez Qonto | ex-Doctolib
5 j • Modifié • 🌐
Nouvelle étape : je rejoins Alan comme directrice produit à partir de lundi.
Après quatre années passionnantes chez Qonto, j'ai envie de m'attaquer à la santé.
Merci à toutes les équipes qui m'ont tant appris.
J'aime  Commenter  Republier  Envoyer
Mathieu Lefranc
Bravo Anaïs, ils ont de la chance !
J'aime · Répondre
Sophie Marchal
Quelle belle nouvelle, félicitations
""",
        "Anaïs Dubreuil-Kamara",
        "Nouvelle étape : je rejoins Alan comme directrice produit à partir de lundi.",
        ["Mathieu Lefranc", "Sophie Marchal"],
    ),
    (
        "en",
        """LinkedIn
Kwame Asante-Boateng • 3rd+
Founder at Loomly | Angel investor
1w •
We just closed our seed round: $4M led by Seedcamp to help small shops run their stock with AI.
Huge thanks to the team and to every customer who believed in us early.
We're hiring engineers in Accra and Lisbon.
Like  Comment  Repost  Send
Laura Whitfield
This is fantastic, congrats to the whole team
""",
        "Kwame Asante-Boateng",
        "We just closed our seed round: $4M led by Seedcamp to help small shops run their stock with AI.",
        ["Laura Whitfield"],
    ),
    (
        "fr",
        """LinkedIn
Thibault Nguyen-Rossi • 1er
CTO & cofondateur de Kelvin
2 sem. •
Après huit ans chez Schneider Electric, je quitte le groupe pour cofonder Kelvin avec Inès Barbier.
Notre idée : piloter le chauffage des bureaux avec des modèles prédictifs.
Nous lançons la bêta ce mois-ci à Grenoble.
J'aime  Commenter  Republier  Envoyer
Camille Durand
Top, bonne route à vous deux !
Julien Perret
Hâte de tester la bêta
""",
        "Thibault Nguyen-Rossi",
        "Après huit ans chez Schneider Electric, je quitte le groupe pour cofonder Kelvin avec Inès Barbier.",
        ["Camille Durand", "Julien Perret"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "poster", "headline", "commenters"), _POSTS)
def test_a_posts_header_names_its_poster_and_its_comments_are_junk(lang, text, poster, headline, commenters):
    page = lines.read(text, lang)
    assert page.poster == poster
    assert page_title(page)[0] == headline
    assert not set(commenters) & set(page.authors)
    bar = next(i for i, line in enumerate(page.lines) if line.text.startswith(("Like  ", "J'aime  ")))
    for line in page.lines[bar:]:
        assert line.kind not in KEPT, line.text


_KITS = [
    (
        "fr",
        """DOSSIER DE PRESSE
Nantes, le 4 mars 2026
Kervella ouvre une usine de batteries à Saint-Nazaire
Sommaire
1. Le communiqué
2. Les chiffres clés
3. À propos de Kervella
Kervella — Dossier de presse — mars 2026 1/3
1. Le communiqué
Kervella annonce aujourd'hui l'ouverture d'une usine de batteries à Saint-Nazaire, qui emploiera 300 personnes.
Kervella — Dossier de presse — mars 2026 2/3
2. Les chiffres clés
L'usine produira 2 gigawattheures de cellules par an dès 2027.
3. À propos de Kervella
Kervella est une entreprise nantaise fondée en 2021 qui conçoit des batteries sodium-ion.
""",
        ["1. Le communiqué", "2. Les chiffres clés", "3. À propos de Kervella"],
    ),
    (
        "en",
        """PRESS KIT
Berlin, 12 May 2026
Tessel raises €20m to map city heat
Contents
1. Press release
2. Founders
3. About Tessel
1. Press release
Tessel, a Berlin start-up that maps urban heat from satellite images, has raised €20m in a Series A round.
2. Founders
Marta Kowalczyk and Jonas Feld met at the Technical University of Munich in 2019.
3. About Tessel
Tessel was founded in 2022 and employs 35 people in Berlin and Warsaw.
Media contact: press@tessel.example
""",
        ["1. Press release", "2. Founders", "3. About Tessel"],
    ),
    (
        "fr",
        """Communiqué de presse
Paris, le 2 février 2026
Orbe lève 8 millions d'euros
1) Le financement
Orbe, start-up parisienne spécialisée dans la maintenance prédictive des éoliennes, lève 8 millions d'euros.
2) L'équipe
Fondée par deux anciens d'EDF, l'entreprise compte vingt salariés.
3) Prochaines étapes
Orbe veut ouvrir un bureau à Hambourg avant la fin de l'année.
""",
        ["1) Le financement", "2) L'équipe", "3) Prochaines étapes"],
    ),
    (
        "en",
        """MEDIA KIT
Lagos, 20 June 2026
Paystream launches its payments service in Ghana with ten partner banks
Page 1/2
1. The announcement
Paystream, the Nigerian payments company, today launched its service in Ghana with ten banks as partners.
2. Key figures
The company processes two million payments a month and employs 140 people.
Page 2/2
3. About Paystream
Paystream was founded in Lagos in 2020 by Adaeze Obi and Tunde Bakare.
""",
        ["1. The announcement", "2. Key figures", "3. About Paystream"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sections"), _KITS)
def test_a_press_kits_numbered_sections_are_headings(lang, text, sections):
    page = lines.read(text, lang)
    for section in sections:
        over_text = [line for line in page.lines if line.text == section][-1]
        assert over_text.kind == HEADING, section


def test_a_numbered_list_of_sentences_stays_text():
    page = lines.read(
        """Three things to know about Axon's round
Axon, the Lisbon chip designer, raised €30m on Tuesday, its chief executive said.
1. The round was led by Kestrel Ventures, which invested in the company last year.
2. Axon will hire fifty engineers in Lisbon and Porto.
3. Its first chip ships in 2027, two years later than planned.
""",
        "en",
    )
    assert not [line for line in page.lines if line.kind == HEADING]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("De Matthias Brandl | 25.11.2026, 16:40 heures", ["Matthias Brandl"]),
        ("von Katharina Vogt, 3 mars 2026", ["Katharina Vogt"]),
        ("di Giulia Ferraro", ["Giulia Ferraro"]),
        ("por Ana Lucía Pérez | 12/03/2026", ["Ana Lucía Pérez"]),
        ("Door Pieter de Vries", ["Pieter de Vries"]),
    ],
)
def test_a_translated_bylines_foreign_by_leaves_the_name(text, authors):
    assert bylines.byline(text)[0] == authors


@pytest.mark.parametrize("text", ["De Paris à Berlin, la route", "De Gaulle à Macron", "Von Neumann machines"])
def test_a_line_opening_on_de_or_von_without_a_name_is_no_byline(text):
    found = bylines.byline(text)
    assert not found or not found[0]


@pytest.mark.parametrize(
    ("text", "lang", "day_month"),
    [
        ("24/11 à 14h05 (Belga)", "fr", (24, 11)),
        ("11/24 2:05 p.m. (AP)", "en", (24, 11)),
        ("3 mars à 9h12 (AFP)", "fr", (3, 3)),
        ("March 3, 10:40 a.m. (Reuters)", "en", (3, 3)),
        ("05/02 à 18h30 (ATS)", "fr", (5, 2)),
    ],
)
def test_a_wires_short_date_line_is_junk_that_dates_the_page(text, lang, day_month):
    assert furniture(text, lang)[0] == "dateline"
    found = datelines.page_stamp(text, lang)
    assert (found.day, found.month) == day_month


@pytest.mark.parametrize(("text", "lang"), [("Version 2 (Beta)", "en"), ("Le chapitre 3 (extrait)", "fr")])
def test_a_number_before_brackets_is_no_wires_date_line(text, lang):
    assert datelines.page_stamp(text, lang) is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Quorum counts Salesforce among its customers. – with AAP", "Quorum counts Salesforce among its customers."),
        ("La start-up vise l'équilibre en 2027. — avec l'AFP", "La start-up vise l'équilibre en 2027."),
        ("Elle emploie quarante personnes à Namur. - avec Belga", "Elle emploie quarante personnes à Namur."),
        ("The deal is expected to close in June, the company said. — with Reuters", "The deal is expected to close "
         "in June, the company said."),
    ],
)  # fmt: skip
def test_a_helping_wires_credit_glued_to_the_last_line_goes_and_is_no_source(text, kept):
    assert trailing_wire(text) == (kept, None)


def test_a_sentence_about_working_with_a_company_keeps_its_end():
    assert trailing_wire("The start-up said it had spent two years working with Nvidia.") is None
    assert trailing_wire("Le groupe emploie 300 personnes en Wallonie. (Belga)")[1] == "Belga"


_JOB_LINES = [
    (
        "en",
        "The Harbour Review\nBusiness | Tech | Property | Sport\nTech\nTran reinstated\n"
        "Quorum's board reverses course after staff revolt.\nLiam Costa\n"
        "Senior business writer\nMinh Tran is once again chief executive of Quorum, the Sydney company, after a board "
        "vote on Wednesday.\nThe board had removed him a week earlier.\n",
        "Tran reinstated",
    ),
    (
        "fr",
        "Le Courrier du Vercors\nRégion | France | Monde | Économie\nÉconomie\nDépart surprise\n"
        "La fondatrice de Kelvin quitte l'entreprise qu'elle a "
        "créée.\n"
        "Sophie Marchal\nJournaliste économie\nInès Barbier quitte la direction de Kelvin, la start-up grenobloise "
        "qu'elle avait cofondée en 2019, a-t-on appris mardi.\nElle reste actionnaire.\n",
        "Départ surprise",
    ),
    (
        "en",
        "Northern Ledger\nLoomly raises $4M\nThe Accra start-up wants to run small shops' stock with AI.\n"
        "Kofi Mensah\nTechnology reporter\nLoomly, an Accra start-up, has raised $4M in a seed round led by "
        "Seedcamp, it said on Monday.\nIt employs 30 people.\n",
        "Loomly raises $4M",
    ),
    (
        "fr",
        "L'Hebdo numérique\nOrbe recrute\nLa start-up parisienne débauche un ancien d'EDF.\nClaire Dubois\n"
        "Rédactrice en chef adjointe\nOrbe, spécialiste de la maintenance des éoliennes, a recruté Marc Lenoir "
        "comme directeur technique, a annoncé l'entreprise jeudi.\nIl arrive d'EDF.\n",
        "Orbe recrute",
    ),
]


@pytest.mark.parametrize(("lang", "text", "headline"), _JOB_LINES)
def test_a_bylines_job_line_is_never_the_headline(lang, text, headline):
    page = lines.read(text, lang)
    assert page.title is not None and page.title.text == headline
