"""Who published a page that is no newspaper article, and who wrote it (issue 14, point 2): a lab's press release, a
university's news, a newswire under its tagline, a company's or a fund's blog, a newsletter's scoop, a conference's
news, a thread on X or on another network, a podcast's page. The pages are written for these tests from the shapes
of those kinds of page, in both languages."""

from pathlib import Path

from digest.ingest import lines, pipeline
from digest.ingest.outlet_mentions import office_of

LAB_RELEASE = """Le chercheur Malo Guéguen rejoint l'IVAP pour y créer une équipe sur la robotique sobre
Communiqué – Recherche – 03/02/2026
Brest, le 3 février 2026 – L'Institut Vauban d'Apprentissage et de Perception (IVAP) accueille Malo Guéguen, \
qui quitte Google à Zurich après sept ans passés dans l'équipe de robotique du groupe.
Au sein de l'IVAP, il dirigera une équipe de dix personnes consacrée aux robots capables d'apprendre avec peu \
de données, a précisé la directrice de l'institut, Soizic Le Floch.
Malo Guéguen dans les locaux de l'IVAP. © Yann Kervella / Bretagne Images
Contacts presse
Nolwenn Riou – communication IVAP – 02 98 00 00 00 – presse@ivap.fr
"""


def test_a_releases_press_contact_names_the_lab_that_issued_it_a_photo_credit_never_does():
    page = lines.read(LAB_RELEASE, "fr")
    assert page.source == "IVAP"
    # an address whose name the release never writes names nobody, and the photographer's agency is no source
    unnamed = lines.read(LAB_RELEASE.replace("presse@ivap.fr", "presse@agence-littorale.fr"), "fr")
    assert unnamed.source is None


RELEASE_ABOUT = """Brisant Robotique nomme une directrice technique venue de Google
Grenoble, le 3 mars 2026 – Brisant Robotique, la start-up grenobloise de robots agricoles, annonce l'arrivée de \
Jeanne Morel, venue de Google, au poste de directrice technique.
Elle dirigera une équipe de vingt ingénieurs, précise la société, soutenue par le fonds Sillon Capital.
À propos de Sillon Capital
Sillon Capital investit dans les technologies agricoles depuis 2015.
À propos de Brisant Robotique
Brisant Robotique conçoit des robots de désherbage depuis 2021.
"""


def test_a_release_is_issued_by_the_organisation_whose_about_block_its_lead_names_first():
    assert lines.read(RELEASE_ABOUT, "fr").source == "Brisant Robotique"
    # a page that is no release (no release dateline): its "À propos" blocks name no publisher
    article = RELEASE_ABOUT.replace("Grenoble, le 3 mars 2026 – ", "")
    assert lines.read(article, "fr").source is None


UNIVERSITY_NEWS = """Former Meta engineer Ottilie Brandt to lead Marlow University's new robotics institute
By Casimir Webb, University Communications | March 3, 2026
Ottilie Brandt, who spent six years at Meta building robot perception systems, will join Marlow University as a \
professor of engineering and the first director of its Institute for Embodied Learning, the university said.
"She brings the kind of experience our students rarely meet," said Harriet Quayle, dean of engineering at Marlow.
Media contact: Lionel Part, lpart@marlow.edu, 555-010-2200
Related topics: Engineering · Robotics · Faculty News
"""


def test_a_university_news_office_signs_for_the_university_its_addresses_name():
    page = lines.read(UNIVERSITY_NEWS, "en")
    assert page.source == "Marlow University" and page.authors == ["Casimir Webb"]
    named = lines.read(UNIVERSITY_NEWS.replace("University Communications", "Marlow News Office"), "en")
    assert named.source == "Marlow"


def test_an_institutions_office_names_the_institution_or_none():
    assert office_of("MIT News Office") == "MIT"
    assert office_of("Office of Communications, Keller Institute") == "Keller Institute"
    assert office_of("Service communication de l'Inria") == "Inria"
    assert office_of("University Communications") == ""
    assert office_of("The Morning Post") is None


NEWSWIRE = """Relais Presse — Les communiqués de la tech européenne
Accueil   Communiqués   Agenda   Connexion
Lumen Forge lève 15 millions d'euros pour ses capteurs industriels
Publié le 12/03/2026 à 09:00 | Diffusé par Relais Presse pour le compte de Lumen Forge
Lyon, le 12 mars 2026 – Lumen Forge, la start-up lyonnaise qui conçoit des capteurs pour les lignes de \
production, annonce une levée de fonds de 15 millions d'euros menée par le fonds Aubrac Capital.
Les fonds serviront à recruter quarante ingénieurs et à ouvrir un bureau à Turin, précise la société.
© 2026 Relais Presse SAS – Mentions légales – CGU
"""


def test_a_newswires_masthead_is_its_name_without_its_tagline():
    assert lines.read(NEWSWIRE, "fr").source == "Relais Presse"


COMPANY_BLOG = """Welcoming Ravi Anand, our new Head of Research
Posted by Ines Morel, Co-founder & CEO · March 5, 2026
We're thrilled to welcome Ravi Anand to Tallow as our Head of Research. Ravi joined us on March 2 and will \
lead the team that trains the models behind Tallow's forecasting platform.
Ravi comes to Tallow from Amazon, where he spent seven years on demand forecasting for the retail business.
Interested in working with Ravi? See open roles at tallow.io/jobs
"""


def test_a_company_blogs_own_address_names_it_and_its_signature_gives_the_author():
    page = lines.read(COMPANY_BLOG, "en")
    assert page.source == "Tallow" and page.authors == ["Ines Morel"]
    # a network's address (a share link) names no publisher, though the text names the network
    shared = COMPANY_BLOG.replace("tallow.io/jobs", "linkedin.com/company/tallow")
    shared = shared.replace("from Amazon", "from LinkedIn")
    assert lines.read(shared, "en").source is None
    french = lines.read(
        "Awa Diallo rejoint Brume comme directrice scientifique\n"
        "Publié le 9 avril 2026 par Jules Caradec, cofondateur et CEO\n"
        "Nous sommes ravis d'accueillir Awa Diallo dans l'équipe de Brume ! Elle a rejoint nos bureaux nantais le "
        "7 avril et dirigera nos travaux sur les modèles de langue.\n"
        "Awa arrive de Criteo, où elle a passé six ans à la tête d'une équipe de recherche.\n"
        "Nous recrutons ! Découvrez nos offres sur brume.ai/carrieres\n",
        "fr",
    )
    assert french.source == "Brume" and french.authors == ["Jules Caradec"]


def test_a_job_title_after_a_signature_is_no_author():
    page = lines.read(
        "Harwick Partners\nPortfolio   Team   Perspectives   Contact\n"
        "Why we invested in Lumen Forge\nMarguerite Dalloway, General Partner\nMar 12, 2026 · 5 min read\n"
        "Today we're announcing that Harwick Partners led Lumen Forge's €15 million Series A. I'm joining the "
        "board, and I want to explain why we think this team in Lyon is building something important.\n"
        "© 2026 Harwick Partners LLP. This post is for informational purposes only.\n",
        "en",
    )
    assert page.authors == ["Marguerite Dalloway"] and page.source == "Harwick Partners"


NEWSLETTER_SCOOP = """Scoop: Quayside raises $40M to automate freight invoices
Dara Okafor · Apr 2, 2026
Quayside, a Rotterdam startup whose software checks freight invoices, is announcing today a $40 million Series B \
led by Halcyon Ventures, Ledger Lines has learned.
Between the lines: Quayside's founders told Ledger Lines they kept a human approving every payment. Reach Dara \
Okafor at dara@ledgerlines.com
"""


def test_a_writers_address_at_the_outlet_names_the_outlet():
    page = lines.read(NEWSLETTER_SCOOP, "en")
    assert page.source == "Ledger Lines" and page.authors == ["Dara Okafor"]


CONFERENCE_NEWS = """Quire unveils its new speech model at the Northgate keynote
Posted by Selma Ekdahl, Content Lead · Keynotes · Updated: 22 May 2026
Ayo Bankole used the opening keynote of the Northgate Robotics Forum in Oslo on May 21, 2026 to unveil the new \
speech model of Quire, the startup he co-founded after leaving Apple.
Ayo Bankole on the main stage. Photo: Siri Lunde / Northgate
The forum continues through Friday with more than 150 speakers across three stages.
Register now for Northgate 2027 – early-bird tickets available
"""


def test_a_conference_selling_its_next_edition_published_the_page():
    page = lines.read(CONFERENCE_NEWS, "en")
    assert page.source == "Northgate Robotics Forum" and page.authors == ["Selma Ekdahl"]


X_THREAD = """Post
Wanjiru Otieno
@wanjiru_builds
Two ex-Google researchers just launched Tessel, which puts small vision models on farm drones. A thread 🧵 1/3
4h
8.1K Views
2/3 Tessel came out of stealth on Tuesday with a $6M seed round led by Acacia Partners.
3/3 More on Tessel in this week's newsletter.
Replying to @wanjiru_builds
Kofi Mensah @kofim · 3h
Drones again. Show me the unit economics.
Show more replies
"""

OTHER_NETWORK = """Driftwood
Home   Explore   Notifications   Feeds   Profile
← Post
Thandiwe Okonjo-Reyes
@thandiwe.driftwood.social
NEWS: the head of policy at Larch AI resigned on Thursday, two people familiar with the matter tell me.
2h
She is the second senior leader to leave the startup since the spring, after its chief people officer.
Rory Blake @rory.driftwood.social · 1h
Second exit since spring is not nothing.
"""


def test_a_thread_is_published_by_its_network_and_written_by_its_poster():
    thread = lines.read(X_THREAD, "en")
    assert (thread.source, thread.authors) == ("X", ["Wanjiru Otieno"])
    other = lines.read(OTHER_NETWORK, "en")
    assert (other.source, other.authors) == ("Driftwood", ["Thandiwe Okonjo-Reyes"])
    # a handle whose network the page does not name leaves the source to other evidence
    assert lines.read(OTHER_NETWORK.replace("Driftwood\n", "", 1), "en").source is None


def test_a_shows_credits_name_its_host_as_the_author():
    page = lines.read(
        "NIGHT SHIFT\nEpisodes   Transcripts   About\nEpisode 12\n"
        "Lea Sorensen on leaving DeepMind for a climate startup\n"
        "Lea Sorensen spent four years at DeepMind. On Monday she started as chief scientist of Fernhill, a "
        "startup that forecasts crop yields.\n"
        "Night Shift is produced by Lantern Audio. Producer: Tomas Reid. Host: Greta Lindholm.\n",
        "en",
    )
    assert page.authors == ["Greta Lindholm"]


BLOG_POST = """Medium
Sign up   Sign in
Stratton's week of chaos, and what boards should learn from it
Ilse Varga
Follow
6 min read · Oct 15, 2025
On Monday night, the board of Stratton, the Madrid legal AI startup, reinstated its chief executive Nuria Pons, \
whom it had fired five days earlier.
I have sat on both sides of that table, and I want to use Stratton's week to say something about how AI \
companies are governed.
"""


def test_dates_from_a_blogs_signature_and_a_posts_reading_time_line(tmp_path):
    blog, post = tmp_path / "blog.txt", tmp_path / "post.txt"
    blog.write_text(COMPANY_BLOG, encoding="utf-8")
    post.write_text(BLOG_POST, encoding="utf-8")
    found = {Path(r.input).stem: r.meta for r in pipeline.run([blog, post], tmp_path / "content")}
    assert str(found["blog"]["date"]) == "2026-03-02"  # "on March 2", the year from the signature's date
    assert str(found["post"]["date"]) == "2025-10-13"  # "On Monday night", before the post of Wednesday 15


ARCHIVED = """The Wayback Machine - https://web.archive.org/web/20250312081523/https://www.harbourgazette.com/tech/nexalis-12m
42 captures
The Harbour Gazette
News  Sport  Money  Tech
Nexalis raises 12 million euros for its language models
By Ann Lee
Nexalis, a Lyon start-up, said on Tuesday it had raised 12 million euros from French funds to double its team of \
engineers by the end of the year.
Sign up for the Harbour Gazette newsletter
"""


def test_an_archived_page_keeps_its_own_address_which_names_its_outlet():
    page = lines.read(ARCHIVED, "en")
    assert page.source_url == "https://www.harbourgazette.com/tech/nexalis-12m"
    assert page.source == "The Harbour Gazette" and page.authors == ["Ann Lee"]


FORUM_POST = """r/MachineLearning
Posted by u/tensor_gardener · 6 hr. ago
[D] Rook Labs just hired the head of Google's robotics team as its chief scientist
Discussion
Rook Labs, the Zurich startup that trains robot arms in simulation, said on Monday that Helene Gasser had left \
Google to become its chief scientist. She led Google's robotics team in Zurich for five years.
Upvote 412 Downvote 87 comments Share
"""


def test_a_forum_post_with_its_community_and_user_name_is_sourced_to_the_forum():
    page = lines.read(FORUM_POST, "en")
    assert page.source == "Reddit" and page.authors == []
    # without the community line, a user name alone names no forum
    assert lines.read(FORUM_POST.replace("r/MachineLearning\n", ""), "en").source is None


READ_LATER = """Pocketful
← Inbox
Archive
Share
Byte & Bolt
Helene Gasser leaves Google to become Rook Labs' chief scientist
by Tomas Reid
Mar 3, 2026 · 4 min
https://byteandbolt.io/2026/03/03/gasser-rook-labs
Rook Labs, the Zurich startup that trains robot arms in simulation, said on Tuesday that Helene Gasser had left \
Google to become its chief scientist.
Open original
"""


def test_an_address_alone_above_the_text_is_the_pages_own_and_names_its_outlet():
    page = lines.read(READ_LATER, "en")
    assert page.source_url == "https://byteandbolt.io/2026/03/03/gasser-rook-labs"
    assert page.source == "Byte & Bolt" and page.authors == ["Tomas Reid"]
    # a paper's address is what the page cites, not where it lives
    cited = lines.read(
        READ_LATER.replace("https://byteandbolt.io/2026/03/03/gasser-rook-labs", "https://arxiv.org/abs/2603.01234"),
        "en",
    )
    assert cited.source_url is None


def test_a_one_word_site_name_over_its_tagline_is_the_masthead():
    page = "Octave\n{}\nAccueil\nIA\nStart-up\nHelene Gasser quitte Google pour Rook Labs\nPar Tomas Reid\n{}"
    lead = (
        "Rook Labs, la start-up zurichoise qui entraîne des bras robotisés en simulation, a annoncé mardi l'arrivée "
        "de Helene Gasser, venue de Google, comme directrice scientifique.\n"
    )
    assert lines.read(page.format("Le magazine de l'innovation", lead), "fr").source == "Octave"
    assert lines.read(page.format("Nos rubriques", lead), "fr").source is None  # a word alone, then a menu
