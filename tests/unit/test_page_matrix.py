"""A matrix of whole pages of the kinds blind sets bring (regional papers, trade press, a company's newsroom, a fund's
portfolio post, a recruiter's announcement, a syndicated article, an agency's dispatch read on its client portal, a
newsletter's issue), in both languages, each with its own chrome: which outlet published it (the name the page gives
itself, not its publisher's legal name), which line is its headline (never the outlet's name standing alone above
it), who wrote it, and which lines are furniture or the article's text (a one-line paragraph is text). The pages are
written for this test from the shapes of those kinds of page."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from digest.ingest import lines
from digest.ingest.paste import KEPT

sys.path.insert(0, str(Path(__file__).parent))

from page_matrix_copied import COPIED  # noqa: E402
from page_matrix_unseen import LATER, Page  # noqa: E402

EN = [
    Page(
        "en_regional_masthead_over_publishers_media_ltd",
        "en",
        """Skip to main content
The Harrowgate Courier
Home | Local | Business | Sport | Opinion | Obituaries
Log in  Subscribe
BUSINESS
Teesside robotics firm Gantry hires former Dyson engineer as chief executive
By Moira Tennant, Business Reporter
Thu 12 Mar 2026, 07:15
Gantry Robotics, the Middlesbrough start-up that builds welding robots for shipyards, has appointed Callum Reddy, \
a former engineering director at Dyson, as its chief executive.
Mr Reddy replaces co-founder Aled Pryce, who will stay on as chief technology officer.
Then came the call.
"I had said no twice," Mr Reddy said. "The third time, they brought a robot to my kitchen."
Related: Shipyard orders lift Tees economy
Gantry raised £6m last year from Northern Forge Capital and employs 40 people.
Share this article
© 2026 Harrowgate Courier Media Ltd. All rights reserved.
""",
        ("The Harrowgate Courier",),
        "Teesside robotics firm Gantry hires former Dyson engineer as chief executive",
        ["Moira Tennant"],
        junk=["The Harrowgate Courier", "BUSINESS", "Related: Shipyard orders lift Tees economy", "Share this article"],
        content=["Then came the call."],
    ),
    Page(
        "en_regional_masthead_alone_over_a_two_word_headline",
        "en",
        """The Tamworth Examiner
Local  Region  Business  Sport  Weather
My account
NEWS
Technology
Meet Quillfin
A farmer's daughter wants drones to count every sheep on the tablelands.
Rhys Donnelly
3h ago
Quillfin, a Tamworth start-up founded by agronomist Hannah Petrakis, launched on Tuesday with a drone service that \
counts livestock from the air and flags animals in distress.
Ms Petrakis, who grew up on a sheep station near Walcha, built the first prototype with her brother Nikos, a \
software engineer who left a job at Xero to join her.
"Mustering by helicopter costs a fortune," she said. "A drone and a model do it for a tenth."
Quillfin founders Hannah and Nikos Petrakis. Picture: Supplied
The company has six paying customers and is raising a seed round.
SHARE
Facebook  X  Email
Most read
Council votes on new saleyards
Tamworth Examiner Pty Ltd. Terms of use | Privacy policy | Contact
""",
        ("The Tamworth Examiner",),
        "Meet Quillfin",
        ["Rhys Donnelly"],
        junk=["The Tamworth Examiner", "Technology", "3h ago", "Most read", "Council votes on new saleyards"],
        content=["The company has six paying customers and is raising a seed round."],
    ),
    Page(
        "en_trade_press_masthead_over_another_publisher",
        "en",
        """Warehouse Automation Review
Topics  Robotics  Software  Supply Chain  Events  Webinars
Subscribe to our newsletter
ROBOTICS
Pickwell names former Ocado executive Dana Whitfield as chief operating officer
The autonomous-picking specialist is preparing to open a second plant in Ohio.
Priya Raman, Senior Editor | March 9, 2026
Pickwell, the Columbus-based maker of autonomous picking arms, said on Monday that Dana Whitfield, who ran \
fulfilment operations at Ocado for nine years, has joined as chief operating officer.
Whitfield will oversee manufacturing and the company's second plant, in Dayton, due to open next year.
"Dana has run the kind of sites our customers run," said chief executive Tomas Lindqvist.
Pickwell raised $45 million in a Series B in 2025.
Tags: Pickwell, Ocado, Executive moves
Copyright © 2026 Endeavour Trade Media, LLC. All rights reserved.
""",
        ("Warehouse Automation Review",),
        "Pickwell names former Ocado executive Dana Whitfield as chief operating officer",
        ["Priya Raman"],
        junk=["Subscribe to our newsletter", "ROBOTICS", "Tags: Pickwell, Ocado, Executive moves"],
        content=["Pickwell raised $45 million in a Series B in 2025."],
    ),
    Page(
        "en_company_newsroom_logo_over_its_legal_name",
        "en",
        """Kestrel
Platform  Customers  Pricing  Company  Newsroom
Request a demo
Newsroom / Announcements
Kestrel appoints Imani Okoro as Chief Product Officer
April 2, 2026
SAN FRANCISCO, April 2, 2026 — Kestrel, the company building AI software for airline dispatchers, today \
announced that Imani Okoro has joined as Chief Product Officer.
Okoro was previously vice president of product at Flexport, where she led the freight-booking team.
"Imani has shipped software that thousands of operators rely on every day," said Leo Marchand, Kestrel co-founder \
and CEO.
About Kestrel
Kestrel builds software for airline operations centres. It is backed by Redpoint and General Catalyst.
Press inquiries
press@kestrel.aero
© 2026 Kestrel Flight Systems, Inc. Privacy  Terms
""",
        ("Kestrel",),
        "Kestrel appoints Imani Okoro as Chief Product Officer",
        [],
        junk=["Request a demo", "Newsroom / Announcements", "April 2, 2026", "press@kestrel.aero"],
        content=["About Kestrel"],
    ),
    Page(
        "en_fund_portfolio_post_under_a_shouted_logo",
        "en",
        """harbourline.vc/insights/tessellate
HARBOURLINE
Companies  People  Insights  Contact
Why we led Tessellate's seed
March 4, 2026 · Ravi Menon, General Partner
Today Tessellate, the Leeds company founded by Orla Fitzgerald and Bilal Chaudhry, announced a £5 million seed \
round. We led it, with Ada Ventures joining.
We met Orla in 2025 at a hackathon in Manchester, where her team built a model that reads structural drawings in \
minutes.
What they build
Tessellate checks building plans against regulations before they reach a council, cutting weeks of back-and-forth.
I'm joining the board. Welcome aboard, Tessellate.
Share: LinkedIn · X · Email
More insights
Harbourline raises its third fund
Harbourline Capital Partners LLP is authorised and regulated by the Financial Conduct Authority. Privacy · Terms
""",
        ("Harbourline Capital Partners", "Harbourline"),
        "Why we led Tessellate's seed",
        ["Ravi Menon"],
        junk=["HARBOURLINE", "More insights", "Harbourline raises its third fund"],
        content=["What they build", "I'm joining the board. Welcome aboard, Tessellate."],
    ),
    Page(
        "en_recruiters_placement_announcement",
        "en",
        """CALLOWAY | Executive Search
Practices  Insights  Careers  Contact
Insights › Placements
Calloway places Dr Yusuf Adebayo as Chief AI Officer at Northfield Insurance
Posted 18 February 2026 by Emma Carrow
We are delighted to announce that Dr Yusuf Adebayo has been appointed Chief AI Officer at Northfield Insurance, \
following a search led by our Technology Practice.
Yusuf joins from Aviva, where he built the insurer's machine-learning platform and led a team of 60.
At Northfield he will report to chief executive Sandra Kellett and lead the group's data and automation teams.
Looking for your next leader? Get in touch
© 2026 Calloway Partners Ltd. Registered in England and Wales.
""",
        ("Calloway Partners", "Calloway"),
        "Calloway places Dr Yusuf Adebayo as Chief AI Officer at Northfield Insurance",
        ["Emma Carrow"],
        junk=["Insights › Placements", "Looking for your next leader? Get in touch"],
        content=[
            "At Northfield he will report to chief executive Sandra Kellett and lead the group's data and automation "
            "teams."
        ],
    ),
    Page(
        "en_syndicated_report_first_published_by_a_wire",
        "en",
        """The Lakeshore Ledger
News  Business  Politics  Arts  Opinion
Business
Toronto AI firm Maplewise hires Shopify veteran as president
By Daniel Okafor, The Canadian Wire
Published March 5, 2026
TORONTO — Maplewise, a Toronto company that makes AI software for accounting firms, has hired Shopify veteran \
Renée Tremblay as its president.
Tremblay spent eight years at Shopify, most recently running its merchant-services division.
She will oversee Maplewise's expansion into the United States, chief executive Arjun Sethi said.
This report by The Canadian Wire was first published March 5, 2026.
© 2026 Lakeshore Ledger
""",
        ("The Canadian Wire",),
        "Toronto AI firm Maplewise hires Shopify veteran as president",
        ["Daniel Okafor"],
        junk=["The Lakeshore Ledger", "Published March 5, 2026", "© 2026 Lakeshore Ledger"],
        content=["Tremblay spent eight years at Shopify, most recently running its merchant-services division."],
    ),
    Page(
        "en_agency_dispatch_on_its_client_portal",
        "en",
        """Nordwire Client Portal
Dashboard  Feeds  Saved  Alerts  Account
Business > Technology
Nordic chipmaker Ferrolux hires Arm veteran as CEO
10 Mar 2026 14:22 GMT | 312 words | Priority: routine
STOCKHOLM, March 10 (Nordwire) - Swedish chip designer Ferrolux has hired Arm veteran Karin Lund as chief \
executive, the company said on Tuesday.
Lund, who spent 14 years at Arm, most recently as general manager of its automotive unit, succeeds founder Erik \
Dahl, who becomes chairman.
Ferrolux, which designs low-power chips for industrial sensors, raised 40 million euros last year.
(Reporting by Sven Holm; Editing by Clare Boyd)
Download  Print  Add to folder
""",
        ("Nordwire",),
        "Nordic chipmaker Ferrolux hires Arm veteran as CEO",
        ["Sven Holm", "Clare Boyd"],
        junk=["Dashboard  Feeds  Saved  Alerts  Account", "Download  Print  Add to folder"],
        content=["Ferrolux, which designs low-power chips for industrial sensors, raised 40 million euros last year."],
    ),
    Page(
        "en_newsletter_issue_with_a_greeting",
        "en",
        """The Circuit Sheet
Issue #142 · March 6, 2026
View in browser
Hi everyone,
This week: a founder walks, a lab hires, and a quiet seed round.
Graphwell's co-founder leaves for OpenAI
Marta Kowalski, who co-founded the Berlin start-up Graphwell in 2022, is leaving to join OpenAI's research team in \
London, she wrote on Tuesday.
Graphwell's other co-founder, Jonas Feld, will stay on as chief executive and is hiring a head of research.
Enough said.
— Lena Voss
You're receiving this because you subscribed to The Circuit Sheet. Unsubscribe
""",
        ("The Circuit Sheet",),
        "Graphwell's co-founder leaves for OpenAI",
        ["Lena Voss"],
        junk=["View in browser", "Issue #142 · March 6, 2026"],
        content=["Enough said."],
    ),
    Page(
        "en_trade_press_one_line_paragraph",
        "en",
        """Grid Storage News
Home  Markets  Technology  Policy  Jobs  Events
Sign in  Register
Lumora's chief scientist departs for Tesla Energy
Maya Brennan
Mar 11, 2026
Lumora, the sodium-ion battery developer based in Austin, is losing its chief scientist. Dr Felipe Arroyo leaves \
this month to join Tesla Energy's cell-chemistry group, the company confirmed.
For years the two firms courted the same engineers. Now one of them has landed a founder.
Enter Tesla.
Arroyo co-founded Lumora in 2021 with chief executive Beth Collins, who said the company's roadmap was unchanged.
Lumora raised $60 million in a Series B last spring.
Related coverage
Sodium-ion costs fall again
© 2026 Grid Storage News. Part of Voltline Media Group.
""",
        ("Grid Storage News",),
        "Lumora's chief scientist departs for Tesla Energy",
        ["Maya Brennan"],
        junk=["Sign in  Register", "Related coverage", "Sodium-ion costs fall again"],
        content=["Enter Tesla.", "Lumora raised $60 million in a Series B last spring."],
    ),
    Page(
        "en_regional_shouted_masthead_a_division_of_a_group",
        "en",
        """THE WESTERN MERIDIAN
Saturday, March 7, 2026 | Today's Paper | Subscribe
Business  Tech  Ag  Sports  Opinion
Boise start-up Sagebrush AI lands $12 million to automate irrigation
By Cole Whitaker | Staff writer
Sagebrush AI, a Boise company whose software schedules irrigation from satellite and soil-sensor data, has raised \
$12 million in a Series A round led by Cascade Ridge Ventures.
The company, founded in 2023 by hydrologist Nora Ibsen and former Micron engineer Paul Vance, says its system cuts \
water use by a fifth.
It works.
"Farmers don't want a dashboard," Ibsen said. "They want the water to go where the crop needs it."
Contact Cole Whitaker at cwhitaker@westernmeridian.com.
© 2026 The Western Meridian, a division of Summit Newspapers Inc.
""",
        ("The Western Meridian",),
        "Boise start-up Sagebrush AI lands $12 million to automate irrigation",
        ["Cole Whitaker"],
        junk=["THE WESTERN MERIDIAN", "Contact Cole Whitaker at cwhitaker@westernmeridian.com."],
        content=["It works."],
    ),
    Page(
        "en_biotech_newsroom_logo_shorter_than_its_holding",
        "en",
        """Brightwater Bio
Science  Pipeline  Careers  News  Investors
News
Brightwater Bio hires former Genentech scientist to lead AI discovery
March 12, 2026
CAMBRIDGE, Mass., March 12, 2026 — Brightwater Bio, a biotechnology company using machine learning to design \
antibodies, today announced the appointment of Dr Helena Sousa as Senior Vice President, AI Discovery.
Dr Sousa spent eleven years at Genentech, where she led computational antibody design.
"Helena built one of the field's first machine-learning groups in drug discovery," said Marcus Hale, \
Brightwater's chief executive.
About Brightwater Bio
Brightwater Bio designs antibodies with machine learning. The company is based in Cambridge, Massachusetts.
Investor contact
ir@brightwaterbio.com
© 2026 Brightwater Biosciences Holdings, Inc. All rights reserved.
""",
        ("Brightwater Bio",),
        "Brightwater Bio hires former Genentech scientist to lead AI discovery",
        [],
        junk=["Brightwater Bio", "Investor contact", "ir@brightwaterbio.com"],
        content=["Dr Sousa spent eleven years at Genentech, where she led computational antibody design."],
    ),
    Page(
        "en_regional_logo_longer_than_its_newspapers_company",
        "en",
        """Skip to content
Cork Evening Star
News  Business  Sport  Entertainment  Property
Register  Sign in
Business
Cork medtech Veritome appoints first chief executive from outside founding team
Aoife Brennan
Business Correspondent
March 10 2026 6:30 PM
Veritome, the Cork company whose AI reads cardiac ultrasound scans, has appointed Declan Moyes, formerly of \
Medtronic, as chief executive.
Co-founder Dr Siobhan Kiely, who has run the company since 2021, becomes chief scientific officer.
Mr Moyes spent 15 years at Medtronic, most recently running its European cardiac imaging business.
Comments are closed for this article.
Read More
Cork harbour plan gets green light
© Evening Star Newspapers Ltd 2026
""",
        ("Cork Evening Star",),
        "Cork medtech Veritome appoints first chief executive from outside founding team",
        ["Aoife Brennan"],
        junk=["Cork Evening Star", "Business Correspondent", "Comments are closed for this article."],
        content=["Co-founder Dr Siobhan Kiely, who has run the company since 2021, becomes chief scientific officer."],
    ),
]

FR = [
    Page(
        "fr_pqr_masthead_over_its_publishers_sa",
        "fr",
        """Aller au contenu principal
La Voix de l'Armor
Actualité  Économie  Sports  Loisirs  Nécrologie
Se connecter  S'abonner
Économie
Lannion : la start-up Photonika recrute un ancien d'Orange à sa tête
Par Gwenaël Le Bihan
Publié le 10 mars 2026 à 18h04
La start-up lannionnaise Photonika, qui conçoit des puces optiques pour les centres de données, a nommé Hervé \
Quéméner au poste de directeur général.
Ancien directeur de la recherche d'Orange à Lannion, il succède à la fondatrice, Anne Le Goff, qui devient \
directrice scientifique.
Un pari.
« Nous avons besoin de quelqu'un qui a déjà vendu à des opérateurs », explique la fondatrice.
Lire aussi : Lannion, capitale de la photonique ?
Partager
© 2026 Éditions Armor Presse SA
""",
        ("La Voix de l'Armor",),
        "Lannion : la start-up Photonika recrute un ancien d'Orange à sa tête",
        ["Gwenaël Le Bihan"],
        junk=["La Voix de l'Armor", "Économie", "Lire aussi : Lannion, capitale de la photonique ?", "Partager"],
        content=["Un pari."],
    ),
    Page(
        "fr_regional_masthead_alone_over_a_two_word_headline",
        "fr",
        """Le Courrier du Vercors
Grenoble  Isère  Drôme  Savoie  Sports
Mon compte
ÉCONOMIE
Start-up
Bienvenue Névé
Deux anciens de STMicroelectronics veulent prévoir les avalanches avec l'intelligence artificielle.
Sandrine Faure
il y a 2 h
Deux ingénieurs passés par STMicroelectronics ont lancé lundi Névé, une start-up grenobloise qui prédit le risque \
d'avalanche à partir d'images satellites et de capteurs posés sur les pentes.
Lucas Berthier et Inès Dumont travaillaient depuis l'automne dans un local prêté par la ville de Villard-de-Lans.
« Les stations nous demandent des prévisions à l'échelle d'une piste », explique Lucas Berthier.
Lucas Berthier et Inès Dumont, les cofondateurs de Névé. Photo : DR
La société s'autofinance pour l'instant.
PARTAGER
Facebook  X  Email
Les plus lus
Les stations de l'Isère ouvrent plus tôt
Courrier du Vercors SAS. Mentions légales | Confidentialité | Contact
""",
        ("Le Courrier du Vercors",),
        "Bienvenue Névé",
        ["Sandrine Faure"],
        junk=["Le Courrier du Vercors", "Start-up", "il y a 2 h", "Les plus lus"],
        content=["La société s'autofinance pour l'instant."],
    ),
    Page(
        "fr_trade_press_masthead_over_its_tagline_and_a_group",
        "fr",
        """Flux & Entrepôts
Le magazine de la logistique
Actualités  Dossiers  Innovation  Emploi  Agenda
Recevoir la newsletter
INNOVATION
Robotique : Ordolog nomme un ancien d'Exotec directeur technique
Le fabricant lillois de robots de préparation de commandes veut doubler ses effectifs d'ingénieurs d'ici 2027.
Par Claire Vasseur | le 04/03/2026
Ordolog, le fabricant lillois de robots de préparation de commandes, a nommé Mathieu Carpentier directeur technique.
Passé par Exotec pendant six ans, où il dirigeait le logiciel de pilotage des robots, il remplace Pierre Lemaire, \
cofondateur, qui se consacrera à la recherche.
L'entreprise, qui emploie 80 personnes, a levé 18 millions d'euros en 2025.
Mots-clés : Robotique, Recrutement, Hauts-de-France
© 2026 Groupe Territoires Médias – Tous droits réservés
""",
        ("Flux & Entrepôts",),
        "Robotique : Ordolog nomme un ancien d'Exotec directeur technique",
        ["Claire Vasseur"],
        junk=[
            "Le magazine de la logistique",
            "Recevoir la newsletter",
            "Mots-clés : Robotique, Recrutement, Hauts-de-France",
        ],
        content=["L'entreprise, qui emploie 80 personnes, a levé 18 millions d'euros en 2025."],
    ),
    Page(
        "fr_company_newsroom_logo_over_its_sas",
        "fr",
        """Vireo
Produit  Clients  Tarifs  Entreprise  Presse
Demander une démo
Espace presse / Communiqués
COMMUNIQUÉ DE PRESSE
Vireo nomme Camille Royer directrice financière
Paris, le 9 mars 2026 – Vireo, la plateforme d'IA qui automatise la comptabilité des PME, annonce l'arrivée de \
Camille Royer au poste de directrice financière.
Camille Royer était jusqu'ici directrice financière adjointe de Qonto, où elle a accompagné la croissance de la \
néobanque.
« Camille connaît intimement nos clients », souligne Julien Marchal, cofondateur et président de Vireo.
À propos de Vireo
Vireo automatise la comptabilité de 12 000 PME en France et en Belgique.
Contact presse
presse@vireo.fr
© 2026 Vireo Technologies SAS. Mentions légales  Confidentialité
""",
        ("Vireo",),
        "Vireo nomme Camille Royer directrice financière",
        [],
        junk=["Demander une démo", "Espace presse / Communiqués", "COMMUNIQUÉ DE PRESSE", "presse@vireo.fr"],
        content=["À propos de Vireo", "Vireo automatise la comptabilité de 12 000 PME en France et en Belgique."],
    ),
    Page(
        "fr_fund_portfolio_post_under_a_shouted_logo",
        "fr",
        """ardoise.vc/journal/cerise
ARDOISE
Portefeuille  Équipe  Thèse  Journal  Contact
Pourquoi nous investissons dans Cerise
12 février 2026 · Léa Fontaine, associée
Cerise, la start-up nantaise fondée par Maëlle Rivière et Hugo Tessier, annonce aujourd'hui une levée de 4 \
millions d'euros. Nous menons ce tour, aux côtés de Kima Ventures.
Nous avons rencontré Maëlle et Hugo en 2024, dans un hangar de l'île de Nantes.
Ce que fait Cerise
Cerise prévoit les ruptures de stock des épiceries indépendantes à partir de leurs tickets de caisse.
Je rejoins le conseil d'administration. Bienvenue dans la famille, Cerise.
Partager : LinkedIn · X · Copier le lien
Dans le journal
Ardoise lève son deuxième fonds
Ardoise Capital SAS, société de gestion agréée par l'AMF. Mentions légales · Confidentialité
""",
        ("Ardoise Capital", "Ardoise"),
        "Pourquoi nous investissons dans Cerise",
        ["Léa Fontaine"],
        junk=["ARDOISE", "Dans le journal", "Ardoise lève son deuxième fonds"],
        content=["Ce que fait Cerise", "Je rejoins le conseil d'administration. Bienvenue dans la famille, Cerise."],
    ),
    Page(
        "fr_recruiters_mission_announcement",
        "fr",
        """Talentis Conseil
Cabinet de recrutement  Nos expertises  Nos missions  Carrières
Actualités › Nominations
Talentis accompagne la nomination de Sophie Marchand à la direction de l'IA du Crédit Rhodanien
Publié le 20 février 2026 par Antoine Girard
Nous sommes heureux d'annoncer la nomination de Sophie Marchand au poste de directrice de l'intelligence \
artificielle du Crédit Rhodanien, à l'issue d'une mission menée par notre practice Data & IA.
Sophie Marchand était auparavant responsable de la data science chez Axa France, où elle encadrait quarante \
personnes.
Elle rejoindra le comité de direction de la banque régionale.
Vous recrutez ? Contactez-nous
© 2026 Talentis Conseil SARL – Mentions légales
""",
        ("Talentis Conseil",),
        "Talentis accompagne la nomination de Sophie Marchand à la direction de l'IA du Crédit Rhodanien",
        ["Antoine Girard"],
        junk=["Actualités › Nominations", "Vous recrutez ? Contactez-nous"],
        content=["Elle rejoindra le comité de direction de la banque régionale."],
    ),
    Page(
        "fr_syndicated_article_first_published_elsewhere",
        "fr",
        """Le Journal des Deux Rives
Accueil  Région  Économie  Culture  Sports
Économie
Strasbourg : l'éditeur Codalsace rachète la start-up Linéal
Par Marc Weber (L'Écho rhénan)
Le 6 mars 2026 à 11h20
L'éditeur de logiciels strasbourgeois Codalsace a racheté Linéal, une start-up de Colmar qui développe des \
assistants d'IA pour les notaires, a annoncé jeudi son président, Frédéric Koenig.
Le montant de l'opération n'a pas été communiqué. Les douze salariés de Linéal rejoignent Codalsace.
Cet article a initialement été publié par L'Écho rhénan.
© Le Journal des Deux Rives 2026
""",
        ("L'Écho rhénan",),
        "Strasbourg : l'éditeur Codalsace rachète la start-up Linéal",
        ["Marc Weber"],
        junk=[
            "Le Journal des Deux Rives",
            "Le 6 mars 2026 à 11h20",
            "Cet article a initialement été publié par L'Écho rhénan.",
        ],
        content=[
            "Le montant de l'opération n'a pas été communiqué. Les douze salariés de Linéal rejoignent Codalsace."
        ],
    ),
    Page(
        "fr_agency_dispatch_on_its_client_portal",
        "fr",
        """Espace clients – Fil Presse Atlantique
Tableau de bord  Fils  Alertes  Archives  Déconnexion
Économie > Entreprises
Bordeaux : la start-up Vitalis lève 9 millions d'euros pour son IA d'aide au diagnostic
06/03/2026 10:42 – 298 mots – Urgence : normale
BORDEAUX, 6 mars 2026 (FPA) – La start-up bordelaise Vitalis, qui développe une intelligence artificielle d'aide au \
diagnostic des maladies rares, a levé 9 millions d'euros auprès du fonds Aquitaine Santé Capital, a-t-elle annoncé \
vendredi.
Fondée en 2022 par la généticienne Élise Moreau et l'ingénieur Karim Saïdi, la société emploie 25 personnes.
Les fonds serviront à conduire une étude clinique dans cinq CHU.
mrl/jlb
Télécharger  Imprimer  Ajouter à un dossier
""",
        ("Fil Presse Atlantique", "FPA"),
        "Bordeaux : la start-up Vitalis lève 9 millions d'euros pour son IA d'aide au diagnostic",
        [],
        junk=[
            "Tableau de bord  Fils  Alertes  Archives  Déconnexion",
            "mrl/jlb",
            "Télécharger  Imprimer  Ajouter à un dossier",
        ],
        content=["Les fonds serviront à conduire une étude clinique dans cinq CHU."],
    ),
    Page(
        "fr_newsletter_issue_with_a_greeting",
        "fr",
        """La Lettre du Silicium
N° 87 — 5 mars 2026
Voir la version en ligne
Bonjour à tous,
Cette semaine, un départ, une levée et une nomination.
Le cofondateur de Graphane rejoint Mistral AI
Thomas Brunet, cofondateur de la start-up lyonnaise Graphane, quitte l'entreprise pour rejoindre Mistral AI, où il \
travaillera sur l'entraînement des modèles, a-t-il annoncé mardi.
Son associée, Julie Perrin, reste présidente de Graphane et cherche un nouveau directeur technique.
Rien d'étonnant.
Bonne semaine,
Nadia Chevalier
Vous recevez cette lettre car vous êtes abonné à La Lettre du Silicium. Se désabonner
""",
        ("La Lettre du Silicium",),
        "Le cofondateur de Graphane rejoint Mistral AI",
        ["Nadia Chevalier"],
        junk=["Voir la version en ligne", "N° 87 — 5 mars 2026"],
        content=["Rien d'étonnant."],
    ),
    Page(
        "fr_regional_shouted_masthead_subsidiary_of_a_group",
        "fr",
        """LE PROGRÈS DU MORVAN
Jeudi 12 mars 2026 | Le journal du jour | S'abonner
Dijon  Nevers  Auxerre  Sports  Loisirs
Une ancienne de Google prend la tête de la start-up dijonnaise Alméa
Par Julien Caron | Rédaction de Dijon
La start-up dijonnaise Alméa, qui développe une IA de planification pour les exploitations viticoles, a nommé \
Margaux Lenoir directrice générale.
Margaux Lenoir a passé huit ans chez Google à Zurich, où elle dirigeait une équipe consacrée aux prévisions \
météorologiques.
Un retour aux sources.
Le fondateur, Bastien Roux, garde la présidence de la société, qui emploie quinze personnes.
Contacter l'auteur : jcaron@progresdumorvan.fr
© 2026 Le Progrès du Morvan, filiale du groupe Presse Centre-Est
""",
        ("Le Progrès du Morvan",),
        "Une ancienne de Google prend la tête de la start-up dijonnaise Alméa",
        ["Julien Caron"],
        junk=["LE PROGRÈS DU MORVAN", "Contacter l'auteur : jcaron@progresdumorvan.fr"],
        content=["Un retour aux sources."],
    ),
    Page(
        "fr_startup_blog_logo_over_its_labs_sas",
        "fr",
        """Noria
Produit  Cas clients  Blog  Carrières
Se connecter
Blog › Annonces
Bienvenue à Yanis Benali, notre nouveau directeur de la recherche
Le 3 mars 2026 · 4 min de lecture
Yanis Benali rejoint Noria comme directeur de la recherche. Il arrive de Meta, où il a passé cinq ans au sein de \
l'équipe FAIR à Paris.
Chez Noria, il dirigera une équipe de douze chercheurs consacrée aux modèles de prévision de la demande en eau.
Pourquoi lui ?
Parce qu'il a publié certains des travaux les plus cités sur les séries temporelles, et qu'il aime le terrain.
Nous recrutons ! Voir nos offres
© 2026 Noria Labs SAS
""",
        ("Noria",),
        "Bienvenue à Yanis Benali, notre nouveau directeur de la recherche",
        [],
        junk=["Blog › Annonces", "Le 3 mars 2026 · 4 min de lecture", "Nous recrutons ! Voir nos offres"],
        content=["Pourquoi lui ?"],
    ),
    Page(
        "fr_trade_weekly_logo_fuller_than_its_media_sas",
        "fr",
        """Aller au contenu
L'Informaticien Hebdo
Actualités  Entreprises  Cybersécurité  Cloud  Emploi
INFO EXCLUSIVE
Cybersécurité : Sentinelle recrute l'ancien délégué de l'ANSSI en Occitanie
Émilie Rousseau | Rédactrice en chef adjointe
Mercredi 11 mars 2026, 08h30
La start-up toulousaine Sentinelle, spécialiste de la détection des intrusions par l'IA, a recruté Gilles Mercier \
comme directeur de la stratégie.
Gilles Mercier dirigeait jusqu'en décembre la délégation régionale de l'ANSSI en Occitanie.
Lire aussi : Toulouse, nouveau pôle de la cybersécurité
« Nous voulons parler aux collectivités », indique le président de Sentinelle, Olivier Bastide.
Sujets : Cybersécurité | Recrutement | Occitanie
Recevez chaque jeudi notre lettre Cyber. Je m'inscris
© 2026 Informaticien Hebdo Médias SAS. Tous droits réservés.
""",
        ("L'Informaticien Hebdo",),
        "Cybersécurité : Sentinelle recrute l'ancien délégué de l'ANSSI en Occitanie",
        ["Émilie Rousseau"],
        junk=["L'Informaticien Hebdo", "INFO EXCLUSIVE", "Sujets : Cybersécurité | Recrutement | Occitanie"],
        content=["Gilles Mercier dirigeait jusqu'en décembre la délégation régionale de l'ANSSI en Occitanie."],
    ),
]


def _line(page, text: str):
    found = [line for line in page.lines if line.text == text]
    assert found, f"no line {text!r}"
    return found[0]


@pytest.mark.parametrize("case", EN + FR + LATER + COPIED, ids=lambda case: case.name)
def test_a_page_of_a_kind_nobody_tuned_on(case: Page):
    page = lines.read(case.text, case.lang)
    assert page.source in case.sources
    assert page.title is not None and page.title.text == case.headline
    assert page.authors == case.authors
    for text in case.junk:
        assert _line(page, text).kind not in (*KEPT, "title"), text
    for text in case.content:
        assert _line(page, text).kind in KEPT, text
