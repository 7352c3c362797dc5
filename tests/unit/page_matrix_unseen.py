"""More pages of the page matrix, of layouts blind sets brought later: an agency's update under its headline, a
byline written with an agency's help, initials as the byline, a text republished from another outlet, a site whose
name is a lower-case wordmark, a fund's post signed by the partner it is about, a caption naming people and their
roles without a credit, a recruiter's signature and call to talk. Written for the matrix from those kinds of page."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Page:
    name: str
    lang: str
    text: str
    sources: tuple[str, ...]
    headline: str
    authors: list[str]
    junk: list[str] = field(default_factory=list)
    content: list[str] = field(default_factory=list)


LATER = [
    Page(
        "en_agency_portal_update_note_under_the_headline",
        "en",
        """Meridian Newswire Terminal
Wire | Search | Alerts | Sign out
Desk: Technology / Asia
09:12 GMT 14-Jan-2027
SLUG: KOREA-CHIPS/TALON (UPDATE 1)
UPDATE 1-Seoul chip designer Talon names former Samsung executive as CEO
Updates with analyst comment in paragraph 5
SEOUL, Jan 14 (Meridian) - Talon Semiconductor, a Seoul start-up that designs AI accelerators, on Thursday named \
Park Ji-ho, a former Samsung Electronics executive, as chief executive, the company said.
Park replaces co-founder Lee Min-jun, who becomes chief technology officer.
The company raised 90 billion won last year.
Its chips are made by a Taiwanese foundry, two people familiar with the matter said.
Analyst Kim Soo-ah of Hanbit Securities said the hire signalled a push into data centres.
(Reporting by Dae-sung Moon; Editing by Harriet Vance)
END
""",
        ("Meridian Newswire Terminal", "Meridian"),
        "UPDATE 1-Seoul chip designer Talon names former Samsung executive as CEO",
        ["Dae-sung Moon", "Harriet Vance"],
        junk=["Updates with analyst comment in paragraph 5", "END"],
        content=["The company raised 90 billion won last year."],
    ),
    Page(
        "fr_agency_portal_update_note_under_the_headline",
        "fr",
        """Fil Francophone Pro
Dépêches | Recherche | Alertes | Déconnexion
Rubrique : Économie / Afrique
08h05 GMT 3 févr. 2027
MISE À JOUR 2-Le fintech sénégalais Wari Pay lève 12 millions de dollars
Ajoute la réaction du ministère au 4e paragraphe
Par Moussa Diallo
DAKAR, 3 février (FFP) - La fintech sénégalaise Wari Pay a levé 12 millions de dollars auprès d'investisseurs \
panafricains, a annoncé mardi sa directrice générale, Awa Ndiaye.
La société, fondée en 2021, emploie 80 personnes à Dakar et à Abidjan.
Elle compte ouvrir un bureau à Lagos d'ici la fin de l'année.
Le ministère de l'Économie a salué « un signal fort » pour l'écosystème local.
""",
        ("Fil Francophone Pro", "FFP"),
        "MISE À JOUR 2-Le fintech sénégalais Wari Pay lève 12 millions de dollars",
        ["Moussa Diallo"],
        junk=["Ajoute la réaction du ministère au 4e paragraphe"],
        content=["La société, fondée en 2021, emploie 80 personnes à Dakar et à Abidjan."],
    ),
    Page(
        "fr_regional_byline_written_with_an_agency",
        "fr",
        """La Gazette de Liège
Région | Belgique | Monde | Économie | Sports
Économie > Entreprises
Une start-up liégeoise rachetée par un groupe allemand
Nathalie Jacquemin (avec Belga)
La jeune pousse liégeoise Fluxo, qui développe des capteurs pour l'industrie chimique, passe sous le contrôle du \
groupe allemand Endress, a-t-on appris lundi.
Ses 35 salariés resteront à Liège, a assuré son fondateur, Bruno Lemaire-Dufour.
Le montant de l'opération n'a pas été communiqué.
Vous aimerez aussi
Le port de Liège mise sur le rail
La Gazette de Liège © 2027 · Conditions générales · Vie privée
""",
        ("La Gazette de Liège",),
        "Une start-up liégeoise rachetée par un groupe allemand",
        ["Nathalie Jacquemin"],
        junk=["Nathalie Jacquemin (avec Belga)", "Vous aimerez aussi"],
        content=["Le montant de l'opération n'a pas été communiqué."],
    ),
    Page(
        "en_regional_byline_written_with_an_agency_after_by",
        "en",
        """The Hokkaido Herald
News | Business | Sport | Culture
Business
Sapporo drone maker Kumo lands 1 billion yen from trading house
By Emma Takahashi-Reid (with Kyodo)
Kumo, a Sapporo start-up that builds drones to inspect power lines in snow, has raised 1 billion yen from a \
Tokyo trading house, its founder said on Monday.
Founder Ren Aoki said the money would pay for a factory near the city's airport.
The company employs 40 people.
Share this article
© 2027 The Hokkaido Herald
""",
        ("The Hokkaido Herald",),
        "Sapporo drone maker Kumo lands 1 billion yen from trading house",
        ["Emma Takahashi-Reid"],
        junk=["By Emma Takahashi-Reid (with Kyodo)", "Share this article"],
        content=["The company employs 40 people."],
    ),
    Page(
        "fr_regional_initials_as_the_byline",
        "fr",
        """Le Progrès du Jura
Lons-le-Saunier
Dole
Saint-Claude
Mon compte
Dole - Économie
Le patron de la start-up doloise Vigneo part chez Hermès
M.-A. R.
Thibault Grandjean, 38 ans, quitte Vigneo, la start-up qu'il a cofondée en 2019 pour suivre la maturation du \
raisin par satellite. Il l'a annoncé mardi à ses salariés.
Il rejoindra en mars la direction numérique du groupe Hermès, à Paris.
Son associée, Léa Courtot, reprend la direction générale.
Dans la même rubrique
Le Progrès du Jura - Mentions légales - Cookies
""",
        ("Le Progrès du Jura",),
        "Le patron de la start-up doloise Vigneo part chez Hermès",
        ["M.-A. R."],
        junk=["M.-A. R.", "Dans la même rubrique"],
        content=["Son associée, Léa Courtot, reprend la direction générale."],
    ),
    Page(
        "en_trade_site_republishing_another_outlets_story",
        "en",
        """Pacific Founders Weekly
News
Funding
Founders
Jobs
Subscribe
Stripe-backed Tamarind buys Auckland invoicing start-up
Hemi Walker
9 March 2027
Tamarind, a payments company backed by Stripe, has bought Kōwhai Ledger, an Auckland start-up that automates \
invoices for builders, the companies said on Monday.
Kōwhai's twelve staff will join Tamarind's Sydney team, co-founder Aroha Ngata wrote in a blog post.
Terms were not disclosed.
This story first appeared in The Harbour Ledger. It is republished here with permission.
More from Pacific Founders
© 2027 Pacific Founders Media Ltd
""",
        ("Pacific Founders Weekly", "Pacific Founders"),
        "Stripe-backed Tamarind buys Auckland invoicing start-up",
        ["Hemi Walker"],
        junk=["This story first appeared in The Harbour Ledger. It is republished here with permission."],
        content=["Terms were not disclosed."],
    ),
    Page(
        "fr_site_republishing_another_outlets_story",
        "fr",
        """Alpes Numériques
Actualités
Start-up
Financement
Agenda
Cybersécurité : Sentinelle Alpine rachetée par Thales
Corinne Baud
12 avril 2027
La start-up annécienne Sentinelle Alpine, qui surveille les réseaux industriels, a été rachetée par Thales, a \
annoncé lundi son fondateur, Pierre Mollard.
Ses vingt salariés resteront à Annecy.
Le prix n'a pas été communiqué.
Cet article a initialement été publié par Le Courrier de Savoie. Il est republié avec son autorisation.
Plus d'articles
© 2027 Alpes Numériques
""",
        ("Alpes Numériques",),
        "Cybersécurité : Sentinelle Alpine rachetée par Thales",
        ["Corinne Baud"],
        junk=[
            "Cet article a initialement été publié par Le Courrier de Savoie. Il est republié avec son autorisation."
        ],
        content=["Ses vingt salariés resteront à Annecy."],
    ),
    Page(
        "en_tech_blog_with_a_lower_case_wordmark",
        "en",
        """signalbox
Latest
AI
Phones
Reviews
Nimbus ships Loom, a small open model that runs on a laptop
Priya Raman · 5 hours ago
14 comments
Nimbus, a Berlin start-up, on Tuesday released Loom, an open-weight language model small enough to run on a \
laptop without a graphics card.
"Most people do not need a data centre to write an email," chief executive Jonas Weber said. The model is free.
Filed under: AI · Open source
More from signalbox
The best budget phones of the year
signalbox is part of Halcyon Digital
""",
        ("signalbox", "Signalbox"),
        "Nimbus ships Loom, a small open model that runs on a laptop",
        ["Priya Raman"],
        junk=["signalbox", "More from signalbox", "signalbox is part of Halcyon Digital"],
        content=[
            "Nimbus, a Berlin start-up, on Tuesday released Loom, an open-weight language model small enough to \
run on a laptop without a graphics card."
        ],
    ),
    Page(
        "en_fund_post_signed_by_the_partner_joining_the_board",
        "en",
        """Northgate Ventures
Portfolio
Team
Insights
← All posts
Portfolio news
Why we led Fjord's seed round
March 2, 2027
Today we are announcing that Northgate is leading a €6m seed round in Fjord, an Oslo start-up whose software plans \
ferry timetables.
We met founders Ingrid Solberg and Erik Dahl in a harbour café. They had a working prototype and two ferry operators \
as customers.
As part of the round, our partner Maren Holt joins Fjord's board.
Welcome to the family, Ingrid, Erik and team.
— Maren Holt, Partner
Share this post
© 2027 Northgate Ventures
""",
        ("Northgate Ventures",),
        "Why we led Fjord's seed round",
        [],
        junk=["— Maren Holt, Partner", "Share this post"],
        content=["As part of the round, our partner Maren Holt joins Fjord's board."],
    ),
    Page(
        "fr_city_paper_caption_of_names_and_roles_between_paragraphs",
        "fr",
        """Le Courrier de Québec
Actualités
Affaires
Techno
Affaires
Une pousse de Québec passe aux mains d'un géant américain
Martin Gagné-Roy
Le Courrier de Québec
Publié le 8 mars 2027 à 7 h 00
La jeune entreprise Orme, qui conçoit des logiciels de paie pour les PME, sera achetée par l'américaine Workday, \
a-t-on appris lundi.
Fondée en 2020 par Julie Ouellet et Samir Haddad, Orme emploie 45 personnes dans le quartier Saint-Roch.
PHOTO FOURNIE PAR ORME
Julie Ouellet et Samir Haddad, cofondateurs d'Orme
« L'équipe reste à Québec », a assuré Mme Ouellet en entrevue.
M. Haddad dirigera l'équipe paie de Workday au Canada.
© Le Courrier de Québec 2027. Tous droits réservés.
""",
        ("Le Courrier de Québec",),
        "Une pousse de Québec passe aux mains d'un géant américain",
        ["Martin Gagné-Roy"],
        junk=["PHOTO FOURNIE PAR ORME", "Julie Ouellet et Samir Haddad, cofondateurs d'Orme"],
        content=["M. Haddad dirigera l'équipe paie de Workday au Canada."],
    ),
    Page(
        "en_recruiters_placement_post_with_signature_and_call_to_talk",
        "en",
        """Harbour Search Partners
Executive Search for Technology
Our firm
Expertise
Placements
Contact
Placements
Placement: Chiara Bellini joins Tidewater as chief data officer
12 March 2027 · Data · Leadership
We are delighted to announce that Chiara Bellini has joined Tidewater, the Rotterdam logistics software company, \
as its chief data officer.
Chiara spent eight years at Booking.com, where she led the pricing models.
"We needed someone who had run machine learning at scale," said Tidewater's chief executive, Joost de Vries.
This search was completed in nine weeks by our Data & AI practice.
Daniel Okafor, Partner, Data & AI Practice
Hiring a technology leader? Let's talk.
Book a meeting
Harbour Search Partners Ltd · 10 King Street, London · Privacy
""",
        ("Harbour Search Partners",),
        "Placement: Chiara Bellini joins Tidewater as chief data officer",
        [],
        junk=["Daniel Okafor, Partner, Data & AI Practice", "Hiring a technology leader? Let's talk."],
        content=["This search was completed in nine weeks by our Data & AI practice."],
    ),
    Page(
        "en_financial_paper_name_beat_role_byline_and_supplied_caption",
        "en",
        """The Western Business Review
Markets | Companies | Technology | Property | Opinion
Technology
Start-ups
Perth mining-software start-up Lode raises $18m
Grace Whitaker Technology reporter
Updated 2h ago · Mar 4, 2027
Save
Share
Lode, a Perth start-up whose software plans blasting in open-pit mines, has raised $18 million from local and \
Japanese investors.
Co-founders Ben Castellano and Aiko Tan said the money would fund an office in Tokyo.
Ben Castellano and Aiko Tan say blasting plans are "still drawn by hand". Supplied
"Most mines still plan blasts on paper," Mr Castellano said.
Most Viewed in Technology
Copyright © 2027 The Western Business Review
""",
        ("The Western Business Review",),
        "Perth mining-software start-up Lode raises $18m",
        ["Grace Whitaker"],
        junk=[
            "Grace Whitaker Technology reporter",
            'Ben Castellano and Aiko Tan say blasting plans are "still drawn by hand". Supplied',
        ],
        content=["Co-founders Ben Castellano and Aiko Tan said the money would fund an office in Tokyo."],
    ),
    Page(
        "en_feature_with_words_and_photographs_credited",
        "en",
        """THE SLOW JOURNAL
Essays
Science
Technology
Subscribe from £2 a week
Technology
The quiet lab that wants machines to explain themselves
In a converted warehouse in Leith, two former Google researchers are building AI that shows its working.
Words by Alasdair Reid
Photographs by Morag Lennox
Ines Duarte at the lab in Leith. Photograph: Morag Lennox
It is a wet morning in Leith and Ines Duarte is drawing arrows on a window with a marker.
For five years Duarte worked on large models at Google in Zurich; she left last spring with her colleague Tom Baird.
On 2 March the pair launched Lucid, a company with nine staff.
Alasdair Reid writes about science and technology.
© The Slow Journal 2027
""",
        ("The Slow Journal", "THE SLOW JOURNAL"),
        "The quiet lab that wants machines to explain themselves",
        ["Alasdair Reid"],
        junk=["Words by Alasdair Reid", "Photographs by Morag Lennox"],
        content=["On 2 March the pair launched Lucid, a company with nine staff."],
    ),
    Page(
        "en_trade_site_sign_off_glued_to_the_last_paragraph",
        "en",
        """FabLine Weekly
Design
Foundry
Packaging
Webinars
Design / M&A
Arm buys Cambridge chip-layout start-up Quartz
Arm picks up a start-up whose AI checks chip layouts for timing errors.
Arm has bought Quartz, a Cambridge start-up whose machine-learning software finds timing errors in chip layouts.
The start-up's 15 staff, including founder Nadia Osei, will join Arm's design tools group.
"Timing closure is where schedules go to die," Osei said. Analyst Ravi Menon called it "a sensible tuck-in." \
— Peter Lindqvist, Senior Editor
Related: Chip design tools turn to AI
Subscribe to FabLine Weekly's newsletter
About | Advertise | Privacy
""",
        ("FabLine Weekly",),
        "Arm buys Cambridge chip-layout start-up Quartz",
        ["Peter Lindqvist"],
        junk=["Related: Chip design tools turn to AI"],
        content=["The start-up's 15 staff, including founder Nadia Osei, will join Arm's design tools group."],
    ),
]
