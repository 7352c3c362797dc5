"""More pages of the page matrix, as a research-digest editor copies them from elsewhere than a desktop browser's
article page: an e-mail (a forwarded newsletter, a press officer's message), a PDF viewer (running headers, page
numbers), a browser's reader mode, a mobile site, an AMP page, and outlets of countries the matrix had not met
(Nigeria, Kenya, Québec, Belgium, Switzerland, Morocco). Written for the matrix from those kinds of page."""

from __future__ import annotations

from page_matrix_unseen import Page

COPIED = [
    Page(
        "en_forwarded_newsletter_with_mail_headers",
        "en",
        """---------- Forwarded message ---------
From: The Lagos Ledger Briefing <briefing@lagosledger.ng>
Sent: Tuesday, 10 March 2026 06:02
To: research-desk@example.org
Subject: Paystack alumni raise $8m for freight app | Briefing
View this email in your browser
THE LAGOS LEDGER BRIEFING
Paystack alumni raise $8m to fix Nigeria's trucking
Two former Paystack engineers have raised $8 million for Haulr, a Lagos start-up that matches lorry drivers with \
cargo owners, in a round led by Savanna Capital.
Tunde Bakare and Ifeoma Eze founded Haulr in 2024 after spending five years building Paystack's payments stack.
The money will take the app to Kano and Port Harcourt, Bakare said.
Haulr says 9,000 drivers use it every week.
Today's briefing is brought to you by Kuda Business. Open an account in minutes.
Forwarded to a friend? Sign up here
You are receiving this email because you subscribed to The Lagos Ledger Briefing. Unsubscribe | Update preferences
""",
        ("The Lagos Ledger", "The Lagos Ledger Briefing"),
        "Paystack alumni raise $8m to fix Nigeria's trucking",
        [],
        junk=[
            "View this email in your browser",
            "Forwarded to a friend? Sign up here",
            "To: research-desk@example.org",
            "---------- Forwarded message ---------",
            "Today's briefing is brought to you by Kuda Business. Open an account in minutes.",
        ],
        content=["Haulr says 9,000 drivers use it every week."],
    ),
    Page(
        "fr_press_officers_mail_forwarded",
        "fr",
        """De : Claire Dumont <claire.dumont@agence-relais.fr>
Envoyé : jeudi 12 mars 2026 09:14
À : redaction@example.org
Objet : [Communiqué] Nodal nomme Samira Haddad directrice technique
Bonjour,
Vous trouverez ci-dessous le communiqué de Nodal, à diffuser librement.
Bien à vous,
Claire
COMMUNIQUÉ DE PRESSE
Nodal nomme Samira Haddad directrice technique
Nantes, le 12 mars 2026 – Nodal, la start-up nantaise qui automatise la comptabilité des PME, annonce la \
nomination de Samira Haddad au poste de directrice technique.
Samira Haddad était jusqu'ici responsable de l'ingénierie chez Qonto, où elle a passé six ans.
« Samira a construit des systèmes utilisés par des centaines de milliers d'entreprises », déclare Paul Meyer, \
président de Nodal.
À propos de Nodal
Nodal a été fondée en 2021 et emploie 45 personnes à Nantes et à Paris.
Contact presse : Claire Dumont – 06 12 34 56 78 – claire.dumont@agence-relais.fr
Pièce jointe : CP_Nodal_nomination.pdf (245 Ko)
""",
        ("Nodal",),
        "Nodal nomme Samira Haddad directrice technique",
        [],
        junk=[
            "À : redaction@example.org",
            "Bien à vous,",
            "Vous trouverez ci-dessous le communiqué de Nodal, à diffuser librement.",
            "Pièce jointe : CP_Nodal_nomination.pdf (245 Ko)",
        ],
        content=["Samira Haddad était jusqu'ici responsable de l'ingénierie chez Qonto, où elle a passé six ans."],
    ),
    Page(
        "en_pdf_viewer_copy_with_running_headers",
        "en",
        """The Nairobi Business Review | 4 March 2026 | Page 12
COMPANIES
Kenyan agritech Shamba raises $15m to lend to farmers
By Wanjiru Kamau
Shamba, a Nairobi start-up that lends to smallholder farmers against their harvests, has raised $15 million in a \
Series A round led by Novastar Ventures, the company said on Tuesday.
The round values Shamba at about $60 million, according to two people familiar with the deal.
Founder Otieno Mwangi, a former M-Pesa product manager, said the money would take the service to Uganda.
12 The Nairobi Business Review | Wednesday, March 4, 2026
Shamba has lent to 40,000 farmers since 2023.
Downloaded from nbr.co.ke by a subscriber on 5 March 2026. Not for redistribution.
""",
        ("The Nairobi Business Review",),
        "Kenyan agritech Shamba raises $15m to lend to farmers",
        ["Wanjiru Kamau"],
        junk=[
            "The Nairobi Business Review | 4 March 2026 | Page 12",
            "12 The Nairobi Business Review | Wednesday, March 4, 2026",
            "Downloaded from nbr.co.ke by a subscriber on 5 March 2026. Not for redistribution.",
        ],
        content=["Shamba has lent to 40,000 farmers since 2023."],
    ),
    Page(
        "fr_pdf_press_review_copy",
        "fr",
        """Revue de presse Numérique — semaine 11
Page 3 / 14
LE SOIR DE LIÈGE — 11 mars 2026
PAYS : Belgique PAGE(S) : 14 SURFACE : 38 % PÉRIODICITÉ : Quotidien DIFFUSION : 61 250
La liégeoise Ferrix lève 6 millions pour ses robots de soudure
Par Julien Dethier
La start-up liégeoise Ferrix, qui conçoit des robots de soudure pour les chantiers navals, a levé 6 millions \
d'euros auprès de la SRIW et de fonds privés, a-t-elle annoncé mardi.
Fondée en 2022 par deux ingénieurs de l'ULiège, Ferrix emploie 18 personnes.
La société vise les chantiers de Gand et d'Anvers.
Document réservé à l'usage interne — reproduction interdite
Page 4 / 14
""",
        ("Le Soir de Liège",),
        "La liégeoise Ferrix lève 6 millions pour ses robots de soudure",
        ["Julien Dethier"],
        junk=[
            "Page 3 / 14",
            "Page 4 / 14",
            "Document réservé à l'usage interne — reproduction interdite",
            "PAYS : Belgique PAGE(S) : 14 SURFACE : 38 % PÉRIODICITÉ : Quotidien DIFFUSION : 61 250",
        ],
        content=["La société vise les chantiers de Gand et d'Anvers."],
    ),
    Page(
        "en_reader_mode_copy",
        "en",
        """montrealtechwire.ca
Montreal's Arbor AI hires former Element AI research head
Julien Tremblay-Roy
5–6 minutes
Arbor AI, a Montreal start-up that builds forecasting software for hydro utilities, has hired Nadia Belkacem, who \
ran research at Element AI, as its chief scientist.
Belkacem spent four years at Element AI before its sale to ServiceNow, and has since taught at McGill.
"Forecasting water is a harder problem than forecasting words," she said.
Arbor raised C$20 million last year.
""",
        ("montrealtechwire.ca", "Montreal Tech Wire"),
        "Montreal's Arbor AI hires former Element AI research head",
        ["Julien Tremblay-Roy"],
        junk=["5–6 minutes", "montrealtechwire.ca"],
        content=["Arbor raised C$20 million last year."],
    ),
    Page(
        "fr_reader_mode_copy",
        "fr",
        """quebecnumerique.ca
Une ancienne de Shopify prend la tête de la montréalaise Hublot
Marie-Ève Gagnon
4-5 minutes
Hublot, une jeune pousse montréalaise qui conçoit des logiciels de gestion de flotte, a nommé Catherine Lavoie au \
poste de présidente.
Catherine Lavoie a passé sept ans chez Shopify, à Ottawa, où elle dirigeait une équipe de produits.
« On entre dans une phase de croissance », a-t-elle dit.
Hublot emploie 30 personnes.
""",
        ("quebecnumerique.ca", "Québec Numérique"),
        "Une ancienne de Shopify prend la tête de la montréalaise Hublot",
        ["Marie-Ève Gagnon"],
        junk=["4-5 minutes", "quebecnumerique.ca"],
        content=["Hublot emploie 30 personnes."],
    ),
    Page(
        "en_mobile_site_copy",
        "en",
        """☰
The Accra Monitor
Open in app
Search
Ghana's Kente Pay names ex-MTN executive as chief executive
Kofi Mensah
2 hrs ago
Kente Pay, an Accra fintech whose app lets traders take card payments on their phones, has named Akosua Boateng, a \
former MTN Ghana executive, as chief executive.
Boateng replaces co-founder Yaw Asante, who becomes chairman.
Tap to unmute
The company processed $200 million in payments last year.
Back to top
Read in app
© The Accra Monitor 2026
""",
        ("The Accra Monitor",),
        "Ghana's Kente Pay names ex-MTN executive as chief executive",
        ["Kofi Mensah"],
        junk=["☰", "Open in app", "Tap to unmute", "Back to top", "Read in app"],
        content=["The company processed $200 million in payments last year."],
    ),
    Page(
        "fr_mobile_site_copy",
        "fr",
        """≡ Menu
L'Écho de Lausanne
Ouvrir dans l'application
La lausannoise Alpkit rachetée par Logitech
Nathalie Rochat
il y a 3 h
Alpkit, la start-up lausannoise qui conçoit des micros pour la visioconférence, a été rachetée par Logitech, a \
annoncé mardi son fondateur, Marc Favre.
Ses quinze salariés rejoindront le site de Logitech à Lausanne.
Appuyez pour activer le son
Le montant n'a pas été divulgué.
(ATS)
Retour en haut
© L'Écho de Lausanne 2026
""",
        ("L'Écho de Lausanne",),
        "La lausannoise Alpkit rachetée par Logitech",
        ["Nathalie Rochat"],
        junk=["≡ Menu", "Ouvrir dans l'application", "Appuyez pour activer le son", "Retour en haut", "(ATS)"],
        content=["Le montant n'a pas été divulgué."],
    ),
    Page(
        "en_amp_page_copy",
        "en",
        """www.google.com/amp/s/casablancatech.ma/amp/2026/03/atlas-robotics
casablancatech.ma
Casablanca Tech
×
Atlas Robotics raises $5m to automate Moroccan ports
Youssef Alaoui | March 9, 2026
Atlas Robotics, a Casablanca start-up that makes cranes autonomous, has raised $5 million from Maroc Numeric Fund \
and two Gulf investors, its founder Salma Idrissi said on Monday.
Advertisement
The company is testing its system at the port of Tanger Med.
Go to full site
""",
        ("Casablanca Tech",),
        "Atlas Robotics raises $5m to automate Moroccan ports",
        ["Youssef Alaoui"],
        junk=["www.google.com/amp/s/casablancatech.ma/amp/2026/03/atlas-robotics", "×", "Go to full site"],
        content=["The company is testing its system at the port of Tanger Med."],
    ),
    Page(
        "fr_amp_page_copy",
        "fr",
        """www.google.com/amp/s/lematinmaroc.example/amp/tech/darija-ai
Le Courrier de Rabat
×
Darija AI lève 3 millions d'euros
Par Kenza Benjelloun - 9 mars 2026
La start-up rabatie Darija AI, qui développe des assistants vocaux en arabe marocain, a levé 3 millions d'euros \
auprès de fonds marocains et français, a-t-elle annoncé lundi.
Publicité
Partager sur WhatsApp
La société a été fondée en 2024 par Imane Tazi, ancienne ingénieure chez Microsoft.
Voir la version complète
""",
        ("Le Courrier de Rabat",),
        "Darija AI lève 3 millions d'euros",
        ["Kenza Benjelloun"],
        junk=["www.google.com/amp/s/lematinmaroc.example/amp/tech/darija-ai", "×", "Voir la version complète"],
        content=["La société a été fondée en 2024 par Imane Tazi, ancienne ingénieure chez Microsoft."],
    ),
    Page(
        "fr_quebec_daily_with_shouted_photo_credits",
        "fr",
        """La Tribune de l'Estrie
Actualités  Affaires  Sports  Arts
AFFAIRES
Sherbrooke : la jeune pousse Bruma attire un vétéran de Google
Publié à 7 h 15 Mis à jour à 9 h 02
Geneviève Côté-Ricard
La Tribune de l'Estrie
La jeune pousse sherbrookoise Bruma, qui prévoit le verglas pour les réseaux électriques, a embauché Louis \
Pelletier, un ancien de Google, comme directeur de la technologie.
PHOTO FOURNIE PAR BRUMA
Louis Pelletier a passé dix ans chez Google, à Mountain View puis à Montréal.
PHOTO JEAN LEBLANC, ARCHIVES LA VOIX DE L'EST
Bruma a été fondée en 2023 par deux diplômés de l'Université de Sherbrooke.
Partager
""",
        ("La Tribune de l'Estrie",),
        "Sherbrooke : la jeune pousse Bruma attire un vétéran de Google",
        ["Geneviève Côté-Ricard"],
        junk=[
            "PHOTO FOURNIE PAR BRUMA",
            "Publié à 7 h 15 Mis à jour à 9 h 02",
            "Partager",
            "PHOTO JEAN LEBLANC, ARCHIVES LA VOIX DE L'EST",
        ],
        content=["Bruma a été fondée en 2023 par deux diplômés de l'Université de Sherbrooke."],
    ),
    Page(
        "en_indian_business_paper_with_ians_and_its_own_footer",
        "en",
        """The Pune Chronicle
Home | City | Business | Tech | Auto | E-Paper
Business
Pune SaaS firm Ledgerwise appoints ex-Infosys executive as CEO
IANS
Pune, March 10 (IANS): Ledgerwise, a Pune-based maker of accounting software for small firms, on Tuesday \
appointed Rajesh Kulkarni, a former Infosys executive, as its chief executive officer.
Kulkarni succeeds co-founder Neha Joshi, who will continue as chairperson, the company said.
Ledgerwise, founded in 2019, counts 12,000 paying customers.
(Only the headline of this report may have been reworked by The Pune Chronicle staff; the rest of the content is \
auto-generated from a syndicated feed.)
Trending: Pune weather | Gold rate today
""",
        ("The Pune Chronicle",),
        "Pune SaaS firm Ledgerwise appoints ex-Infosys executive as CEO",
        [],
        junk=["IANS", "Trending: Pune weather | Gold rate today"],
        content=["Ledgerwise, founded in 2019, counts 12,000 paying customers."],
    ),
]
