"""Pages that are no newspaper article (issue 14): a press release pasted from its PDF, a wire release, an e-mailed
newsletter, a link aggregator's page, a blogging platform's post, a thread. Written for these tests."""

from __future__ import annotations

from digest.ingest import lines


def _kinds(page) -> dict[str, str]:
    return {line.text: line.kind for line in page.lines if line.text}


PDF_RELEASE = """Corvidé Systems – Communiqué de presse
COMMUNIQUÉ DE PRESSE
Corvidé Systems ouvre un centre de recherche en apprentissage automatique à Nantes
Nantes, le 12 mai 2026 – Corvidé Systems, éditeur nantais de logiciels de planification pour les
hôpitaux, annonce l'ouverture d'un centre de recherche qui accueillera trente ingénieurs et
chercheurs d'ici la fin de l'année, sous la direction de Bérénice Ollivier.
Le centre travaillera sur la prévision des admissions aux urgences et sur l'affectation des lits,
deux problèmes que les établissements de santé règlent encore largement à la main.
Page 1 sur 2
Corvidé Systems – Communiqué de presse
« Nous voulons que chaque hôpital sache le matin combien de patients arriveront le soir », déclare
Bérénice Ollivier, qui dirigeait jusqu'ici les données d'un grand groupe de cliniques.
Page 2 sur 2
"""


def test_a_release_pasted_from_its_pdf_keeps_its_headline_its_issuer_and_every_wrapped_line():
    page = lines.read(PDF_RELEASE, "fr")
    assert page.title.text.startswith("Corvidé Systems ouvre un centre de recherche")
    assert page.source == "Corvidé Systems"  # named by the running header, the label itself is no outlet
    kinds = _kinds(page)
    assert kinds["COMMUNIQUÉ DE PRESSE"] != "content" and kinds["Page 1 sur 2"] != "content"
    paragraphs = [line.text for line in page.lines if line.kind == "content"]
    assert paragraphs[0].startswith("Nantes, le 12 mai 2026 – ") and paragraphs[0].endswith("Bérénice Ollivier.")
    assert paragraphs[-1].endswith("grand groupe de cliniques.")  # joined across the page break
    assert not any("Page 2" in text for text in paragraphs)


WIRE_RELEASE = """Business Wire
PRESS RELEASE
Quarrystone Names Former Cohere Scientist Lena Vukovic Chief Scientist
May 12, 2026 08:30 AM Eastern Daylight Time
TORONTO--(BUSINESS WIRE)--Quarrystone, which builds document agents for law firms, today named Lena Vukovic as \
chief scientist. She joins from Cohere, where she led retrieval research for four years.
"Lena has built the systems our customers depend on," said the company's chief executive.
Forward-Looking Statements
This press release contains forward-looking statements, which are subject to risks and uncertainties.
"""


def test_a_wire_releases_date_line_with_a_spelled_out_time_zone_is_no_headline():
    page = lines.read(WIRE_RELEASE, "en")
    assert page.title.text.startswith("Quarrystone Names Former Cohere Scientist")
    kinds = _kinds(page)
    assert kinds["May 12, 2026 08:30 AM Eastern Daylight Time"] == "dateline"
    assert kinds[WIRE_RELEASE.splitlines()[-1]] != "content"
    assert page.source == "Business Wire"


MAILED = """De : La Veille Robotique <bonjour@veillerobotique.example>
Envoyé : jeudi 14 mai 2026 06:45
À : redaction@exemple.fr
Objet : La Veille Robotique n° 31 – Une ancienne d'Amazon fonde Pivert
Si ce message ne s'affiche pas correctement, cliquez ici.
Bonjour à tous,
Une ancienne d'Amazon Robotics fonde Pivert pour automatiser les serres
Salomé Dufresnoy a quitté Amazon Robotics en mars pour fonder Pivert, une start-up angevine qui conçoit des bras \
robotisés capables de cueillir les tomates sous serre sans les abîmer.
Merci de votre lecture, et à jeudi prochain.
Vous pouvez vous désabonner à tout moment.
"""


def test_an_e_mailed_newsletters_headers_greeting_and_footer_are_furniture():
    page = lines.read(MAILED, "fr")
    assert page.title.text.startswith("Une ancienne d'Amazon Robotics fonde Pivert")
    kinds = _kinds(page)
    furniture = [text for text, kind in kinds.items() if kind not in ("content", "title")]
    assert len(furniture) == 8, furniture
    assert page.source == "La Veille Robotique"


AGGREGATOR = """Lattice raises $8M to audit model weights (circuitdaily.example)
132 points by ovadia 3 hours ago | hide | past | favorite | 41 comments
Lattice raises $8 million to audit the weights of open models
By Noor Haddad · May 12, 2026
Lattice, a startup that checks open-weight models for hidden behaviours before companies deploy them, has raised \
$8 million in seed funding, the company said on Tuesday.
"""


def test_a_link_aggregators_submission_lines_are_not_the_articles_headline():
    page = lines.read(AGGREGATOR, "en")
    assert page.title.text == "Lattice raises $8 million to audit the weights of open models"
    assert {kind for text, kind in _kinds(page).items() if "points by" in text or "(circuit" in text} == {"navigation"}


MEDIUM = """Open in app
Sign up
Write
Why I left a big lab for a ten-person startup
Idris Qureshi
Follow
7 min read
·
3 days ago
Last Friday was my last day at a large AI lab, after five years there. On Monday I start at a ten-person startup \
that builds tools for radiologists.
"""

THREAD = """Post
Yuki Tanabe
@ytanabe
Some news: I've left my job to start a company that builds speech models for hospitals.
We are three people for now, and we are hiring engineers in Osaka.
8:02 AM · May 12, 2026
Aiko Morimura
@aikomori
Congratulations, can't wait to try it!
Show more replies
Relevant people
"""


def test_a_blogging_platforms_post_and_a_thread_name_their_platform_and_poster():
    medium = lines.read(MEDIUM, "en")
    assert (medium.platform, medium.poster, medium.source) == ("Medium", "Idris Qureshi", "Medium")
    thread = lines.read(THREAD, "en")
    assert (thread.platform, thread.poster, thread.source) == ("X", "Yuki Tanabe", "X")
    assert thread.authors == ["Yuki Tanabe"]  # the reply's writer is none


COMPANY_BLOG = """Halden
Product   Customers   Blog   Careers
Welcoming Oksana Barros as our first Chief Scientist
Mikael Strand, CEO · May 12, 2026
We're excited to welcome Oksana Barros to Halden as our first Chief Scientist. She joins us from a large research \
lab, where she spent six years working on agents that plan over long horizons.
"""


def test_a_company_blogs_signature_with_the_writers_role_names_the_author():
    page = lines.read(COMPANY_BLOG, "en")
    assert page.authors == ["Mikael Strand"]


LAB_PAGE = """Centre Aurélien — Recherche en informatique
Accueil
Actualités
Le centre accueille Malo Kerjean, ancien ingénieur de recherche chez Meta
Actualité | 4 mai 2026
Malo Kerjean, qui a passé six ans chez Meta à Londres à travailler sur la reconnaissance de la parole, rejoint le \
centre comme directeur de recherche.
Centre Aurélien – 3 allée des Chercheurs, 29200 Brest
Mentions légales | Plan du site
"""


def test_a_labs_page_is_named_by_its_first_line_without_the_tagline_when_its_footer_names_it_again():
    assert lines.read(LAB_PAGE, "fr").source == "Centre Aurélien"
    untold = LAB_PAGE.replace("Centre Aurélien – 3 allée", "3 allée")
    assert lines.read(untold, "fr").source != "Centre Aurélien — Recherche en informatique"


GLOBE = """GlobeNewswire
NEWS PROVIDED BY
Harrowgate Analytics
March 10, 2026 07:00 ET
Harrowgate Analytics Appoints Former Mistral AI Executive Céline Varga as President
LONDON, March 10, 2026 (GLOBE NEWSWIRE) -- Harrowgate Analytics, a provider of AI risk models for lenders, today \
announced that Céline Varga has been appointed President, effective April 1.
"""


def test_a_wire_shouted_in_the_dateline_is_spelt_as_the_pages_masthead_writes_it():
    assert lines.read(GLOBE, "en").source == "GlobeNewswire"


IMMEDIATE = """FOR IMMEDIATE RELEASE
Tallowby Bio Appoints Dr. Ines Kovač as Chief Science Officer
Former DeepMind researcher to lead Tallowby's work on enzyme design
OXFORD, UK – 9 May 2026 – Tallowby Bio, a start-up that designs enzymes with machine learning,
today announced the appointment of Dr. Ines Kovač as Chief Science Officer.
"""


def test_a_title_cased_headline_wins_over_its_standfirst_and_a_releases_dateline_line_is_text():
    page = lines.read(IMMEDIATE, "en")
    assert page.title.text == "Tallowby Bio Appoints Dr. Ines Kovač as Chief Science Officer"
    assert _kinds(page)[IMMEDIATE.splitlines()[3]] == "content"


NARROW_PDF = """Information presse
Lyon, le 17 mai 2026

Le fonds Ormeaux Capital annonce l'arrivée de
Noémie Vaillant, ancienne de Bpifrance, qui
rejoint l'équipe comme associée. Elle était
auparavant directrice d'investissement, où
elle a accompagné une vingtaine de start-up.
Ormeaux Capital – 4 quai Rambaud, 69002 Lyon
2/3
« Noémie connaît intimement l'écosystème
lyonnais », souligne Gaspard Merle, associé
fondateur.
Ormeaux Capital – 4 quai Rambaud, 69002 Lyon
3/3
"""


def test_a_release_wrapped_in_a_narrow_column_is_joined_and_its_page_breaks_are_no_neighbours():
    page = lines.read(NARROW_PDF, "fr")
    assert _kinds(page)["Lyon, le 17 mai 2026"] == "dateline"
    paragraphs = [line.text for line in page.lines if line.kind == "content"]
    assert paragraphs[0].endswith("une vingtaine de start-up.") and "Noémie Vaillant" in paragraphs[0]
    assert (
        paragraphs[1]
        == "« Noémie connaît intimement l'écosystème lyonnais », souligne Gaspard Merle, associé fondateur."
    )
