"""How ingest reads a whole-page paste line by line (digest.ingest.lines, credits): written for these tests
from the kinds of page, not from any article of the devset."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.commands import ingest as ingest_command
from digest.ingest import lines, pipeline
from digest.registry import slug

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"


def _ingest(tmp_path, **pastes) -> dict:
    """Ingest pastes written for a test (name -> text) into a scratch content folder; results by file name."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in pastes.items():
        (inbox / f"{name}.txt").write_text(text, encoding="utf-8")
    return {Path(r.input).stem: r for r in pipeline.run(sorted(inbox.iterdir()), tmp_path / "content")}


PAGE = """Aller au contenu principal
Le Courrier des Monts
Accueil > Économie > Intelligence artificielle
Économie
Une ingénieure lyonnaise quitte Mistral AI pour fonder sa propre start-up
Par Jeanne Martin et Paul Roche
Publié le 3 mars 2025 à 14h12, mis à jour le 4 mars 2025 à 9h05
Facebook
X
LinkedIn
Copier le lien
Agathe Morel, ancienne chercheuse de Mistral AI, a fondé Lumen, une jeune pousse installée à Lyon, qui veut \
rendre les petits modèles de langage plus sobres.
Agathe Morel dans les locaux de Lumen, à Lyon. © Photo AFP
À lire aussi
Les start-up lyonnaises de l'IA ont levé un record l'an passé
Mistral AI ouvre un bureau à Munich
« Nous voulons prouver qu'un modèle peut être utile sans être gigantesque », explique la fondatrice, qui a \
quitté Mistral AI en janvier après trois ans dans l'équipe de recherche.
Une levée de fonds en vue
La start-up compte déjà huit salariés et prépare une première levée de fonds pour le printemps, selon une \
personne proche du dossier.
Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité économique.
© Le Courrier des Monts 2025
"""


def test_a_whole_page_paste_keeps_the_article_and_says_why_each_line_went():
    page = lines.read(PAGE, "fr")
    kinds = {line.text: line.kind for line in page.lines if line.text}
    assert page.title.text == "Une ingénieure lyonnaise quitte Mistral AI pour fonder sa propre start-up"
    assert page.authors == ["Jeanne Martin", "Paul Roche"]
    assert page.source == "Le Courrier des Monts"
    assert [stamp.text[:12] for stamp in page.stamps] == ["Publié le 3 "]
    assert kinds["Accueil > Économie > Intelligence artificielle"] == "navigation"
    assert {kinds[t] for t in ("Facebook", "X", "LinkedIn", "Copier le lien")} == {"widget"}
    assert kinds["Agathe Morel dans les locaux de Lumen, à Lyon. © Photo AFP"] == "caption"
    assert kinds["Mistral AI ouvre un bureau à Munich"] == "related"
    assert kinds["Une levée de fonds en vue"] == lines.HEADING
    assert kinds[PAGE.splitlines()[-2]] == "widget"  # the newsletter prompt
    body = page.markdown()
    assert "## Une levée de fonds en vue" in body
    assert body.count("\n\n") == 3  # three paragraphs and the heading, nothing else
    assert all(line.reason for line in page.lines if line.kind != lines.BLANK)
    assert page.source != "AFP"  # a photo credit never names the source


def test_a_byline_glued_to_the_last_paragraph_is_cut_and_gives_author_and_source():
    text = (
        "OpenAI names a new research chief\n\nThe company said on Tuesday that Lena Fischer will lead its research "
        "team, succeeding a co-founder who left in May. Tom Reyes © The Daily Circuit 2025\n"
    )
    page = lines.read(text, "en")
    assert page.source == "The Daily Circuit" and page.authors == ["Tom Reyes"]
    assert page.markdown().rstrip().endswith("who left in May.")


def test_a_paste_without_headline_gets_a_flagged_title(tmp_path):
    result = _ingest(
        tmp_path,
        lead="La start-up parisienne Nexalis a annoncé jeudi avoir recruté l'ancien directeur "
        "technique de Criteo, qui prendra ses fonctions le mois prochain.\n",
    )["lead"]
    assert result.meta["title_derived"] is True
    assert any(w.startswith("no headline in the paste") for w in result.warnings)
    assert result.meta["date"] is None and result.date_basis == "none"  # a weekday alone: never a date


def test_explain_prints_every_line_with_its_class_and_reason_and_writes_nothing(tmp_path, capsys):
    paste = tmp_path / "page.txt"
    paste.write_text(PAGE, encoding="utf-8")
    content = tmp_path / "content"
    assert ingest_command.explain([paste], content) == 0
    out = capsys.readouterr().out
    assert "authors: Jeanne Martin, Paul Roche" in out
    assert "navigation Accueil > Économie > Intelligence artificielle" in out
    assert "(a breadcrumb" in out
    assert not content.exists()


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_every_corpus_page_gives_an_entry_or_a_clear_refusal(tmp_path):
    """Sixty real pages from outlets ingest was never tuned on: no traceback, a valid entry or a refusal with a fix."""
    from digest import model

    pages = sorted(CORPUS.glob("*/*.txt"))
    assert len(pages) >= 50
    results = pipeline.run(pages, tmp_path / "content")
    assert len(results) == len(pages)
    for r in results:
        assert r.status == "created" or ("fix:" in r.reason and "report this file" not in r.reason), r.reason
        if r.status == "created":
            entry, problems = model.load_entry(Path(r.path))
            assert [p for p in problems if p.severity == "error"] == [], (r.input, problems)
            assert entry.body.strip(), r.input
            assert not set(map(slug, entry.authors)) & set(entry.people), r.input


def test_a_standfirst_without_full_stop_ends_its_own_sentence_in_the_summary():
    from digest.ingest import summary

    body = (
        "Une jeune pousse veut sortir l'intelligence artificielle des bureaux d'études\n\n"
        "La société a levé 12 millions d'euros auprès de fonds français. Elle emploie vingt personnes.\n"
    )
    assert summary.summarise(body) == (
        "Une jeune pousse veut sortir l'intelligence artificielle des bureaux d'études. "
        "La société a levé 12 millions d'euros auprès de fonds français."
    )


ENGLISH_PAGE = """Skip to content
The Harbour Ledger
News  Business  Tech  Opinion  Sport
Subscribe
Robotics start-up Keelworks hires former Amazon engineer Priya Nandakumar as CTO
The Toronto company wants to put its warehouse robots in 40 sites by the end of next year
By Owen Castellano
March 5, 2025 at 6:00 a.m. EST
Comments (12)
Keelworks, a Toronto start-up that builds robots for warehouses, has hired Priya Nandakumar, who led robotics \
teams at Amazon for eight years, as its chief technology officer.
Priya Nandakumar (@priyan)
Thrilled to join the Keelworks crew. Robots that help people, not replace them.
The company said she would lead a team of 35 engineers and report to its chief executive, Marc Dube.
Why warehouses
Keelworks sells its robots to logistics companies that struggle to hire staff for night shifts.
Owen Castellano covers technology and start-ups for The Harbour Ledger.
Sign up for The Harbour Ledger's morning newsletter
Every weekday, the stories you need before work.
Your email
Most read
Ottawa unveils its AI compute strategy
Why the loonie fell again
© 2025 The Harbour Ledger Media Inc. All rights reserved.
"""


def test_an_english_page_with_a_post_a_bio_and_a_newsletter_box():
    page = lines.read(ENGLISH_PAGE, "en")
    kinds = {line.text: line.kind for line in page.lines if line.text}
    assert page.title.text.startswith("Robotics start-up Keelworks hires")
    assert page.authors == ["Owen Castellano"] and page.source == "The Harbour Ledger"
    assert kinds["News  Business  Tech  Opinion  Sport"] == "navigation"
    assert kinds["Comments (12)"] == "widget"
    assert (
        kinds["Priya Nandakumar (@priyan)"]
        == kinds["Thrilled to join the Keelworks crew. Robots that help people, not replace them."]
        == "social"
    )
    assert kinds["Why warehouses"] == lines.HEADING
    assert kinds["Owen Castellano covers technology and start-ups for The Harbour Ledger."] == "byline"
    assert kinds["Every weekday, the stories you need before work."] == "widget"
    assert kinds["Why the loonie fell again"] == "related"
    kept = [line.text for line in page.lines if line.kept]
    assert kept[0].startswith("The Toronto company") and kept[-1].startswith("Keelworks sells its robots")
    assert len(kept) == 5


def test_a_date_line_with_a_place_or_an_author_dates_a_weekday_in_the_text(tmp_path):
    """Written for this test: the date sits among other page details ('Lyon | 22 May 2025 - 08:10 CEST')."""
    results = _ingest(
        tmp_path,
        row="Nexalis hires a former Criteo engineer as chief technology officer\n\nLyon | 22 May 2025 - 08:10 CEST\n\n"
        "The Lyon start-up Nexalis said on Wednesday that it had hired Camille Roux, a former Criteo engineer, "
        "as its chief technology officer.\n",
        dots="Nexalis raises 12 million euros for its language models\n\nFeb 11, 2026 – 6.30pm\n\n"
        "Nexalis, a Lyon start-up, said on Tuesday it had raised 12 million euros from French funds.\n",
    )
    assert results["row"].meta["date"] == "2025-05-21" and results["row"].date_basis == "text"
    assert results["dots"].meta["date"] == "2026-02-10"


def test_the_first_line_of_a_whole_page_names_the_outlet_when_nothing_else_does():
    page = lines.read(
        "LE PETIT LYONNAIS\nÉconomie   Tech   Sport   Culture\nNexalis recrute l'ancien directeur "
        "technique de Criteo\nLa start-up lyonnaise Nexalis a recruté jeudi l'ancien directeur technique "
        "de Criteo, qui prendra ses fonctions le mois prochain, a indiqué l'entreprise.\n",
        "fr",
    )
    assert page.source == "Le Petit Lyonnais"
    headline_first = lines.read(
        "Nexalis recrute l'ancien directeur technique de Criteo\nLa start-up lyonnaise "
        "Nexalis a recruté jeudi l'ancien directeur technique de Criteo, a indiqué "
        "l'entreprise.\n",
        "fr",
    )
    assert headline_first.source is None


def test_teasers_promotions_and_periodical_blurbs_inside_an_article_are_set_aside():
    text = (
        "La start-up Nexalis lève 12 millions d'euros pour ses modèles de langage\n"
        "La société lyonnaise Nexalis a annoncé avoir levé 12 millions d'euros auprès de fonds français, "
        "afin de doubler son équipe d'ingénieurs d'ici à la fin de l'année.\n"
        "Pourquoi les fonds européens misent sur les petits modèles d'intelligence artificielle\n"
        "Les licornes françaises de l'IA peuvent-elles encore lever autant qu'en 2024 ?\n"
        "Une équipe venue de la recherche\n"
        "Ses deux fondateurs ont travaillé dix ans dans des laboratoires publics avant de créer la société, "
        "qui compte aujourd'hui vingt-cinq salariés.\n"
        "Salon Lyon IA 2025 : réservez votre place, tarif early bird jusqu'au 30 avril\n"
        "Chaque matin, l'essentiel de l'actualité économique de la région.\n"
        "La levée doit aussi financer l'ouverture d'un bureau à Munich, a précisé l'entreprise.\n"
        "Publié le 20 janv. 2025\n"
    )
    kinds = {line.text: line.kind for line in lines.read(text, "fr").lines if line.text}
    assert kinds["Pourquoi les fonds européens misent sur les petits modèles d'intelligence artificielle"] == "related"
    assert kinds["Les licornes françaises de l'IA peuvent-elles encore lever autant qu'en 2024 ?"] == "related"
    assert kinds["Une équipe venue de la recherche"] == lines.HEADING
    assert kinds["Salon Lyon IA 2025 : réservez votre place, tarif early bird jusqu'au 30 avril"] == "widget"
    assert kinds["Chaque matin, l'essentiel de l'actualité économique de la région."] == "widget"
    assert kinds["Publié le 20 janv. 2025"] == "dateline"
    assert (
        kinds["La levée doit aussi financer l'ouverture d'un bureau à Munich, a précisé l'entreprise."] == lines.CONTENT
    )


@pytest.mark.parametrize(
    "line, authors, outlet",
    [
        ("By Staff Writer | With reporting by Kwame Mensah", ["Kwame Mensah"], None),
        ("Ryo Tanaka (The Harbour Ledger)", ["Ryo Tanaka"], "The Harbour Ledger"),
        ("Harriet Mensah, Technology correspondent", ["Harriet Mensah"], None),
        ("Par Awa Ndiaye, avec notre correspondant à Paris, Moussa Diop", ["Awa Ndiaye", "Moussa Diop"], None),
        ("Par Luc Moreau, Radio Alpes Isère", ["Luc Moreau"], "Radio Alpes Isère"),
        ("(Reporting by Jane Doe in London; Editing by John Roe)", ["Jane Doe", "John Roe"], None),  # editors too
    ],
)
def test_bylines_of_many_shapes(line, authors, outlet):
    from digest.ingest import bylines

    assert bylines.byline(line) == (authors, outlet)


def test_names_in_a_date_line_or_shouted_are_authors_a_first_line_name_is_a_masthead():
    page = lines.read(
        "Savanna Times\nNexalis raises 12 million euros for its language models\n"
        "March 11, 2026 · Hannah Okafor & Rafael Duarte · 6 min read\n"
        "Nexalis, a Lyon start-up, said it had raised 12 million euros from French funds to double its "
        "team of engineers by the end of the year.\n",
        "en",
    )
    assert page.authors == ["Hannah Okafor", "Rafael Duarte"]
    shouted = lines.read(
        "Nexalis lève 12 millions d'euros pour ses modèles de langage\nCAMILLE RIEU\n"
        "Publié le 11 mars 2026\nLa start-up lyonnaise Nexalis a levé 12 millions d'euros auprès de "
        "fonds français pour doubler son équipe d'ingénieurs.\n",
        "fr",
    )
    assert shouted.authors == ["Camille Rieu"]


def test_a_line_about_the_bylines_author_is_the_author_box():
    page = lines.read(
        "L'Europe doit garder ses chercheurs en intelligence artificielle\nPar Aline Perret\n"
        "Publié le 3 mars 2025\nLes laboratoires européens perdent chaque année des dizaines de "
        "chercheurs au profit des géants américains, qui offrent des salaires bien plus élevés.\n"
        "Aline Perret est économiste et enseigne l'économie de l'innovation à Strasbourg.\n",
        "fr",
    )
    assert page.authors == ["Aline Perret"]
    assert page.lines[-2].kind == "byline" and "Aline Perret" not in page.markdown()


def test_a_section_name_repeated_in_the_menu_is_no_masthead_the_sites_name_in_the_footer_is():
    text = (
        "Accueil | Économie | Tech & Numérique | Sport\nTech & Numérique\n"
        "La start-up Nexalis lève 12 millions d'euros pour ses modèles\nPar Awa Ndiaye\n"
        "La start-up lyonnaise Nexalis a levé 12 millions d'euros auprès de fonds français, a-t-elle annoncé.\n"
        "© L'Écho de Lyon – Tous droits réservés\n"
    )
    assert lines.read(text, "fr").source == "L'Écho de Lyon"
    footer = (
        "Cookies : Accepter | Refuser\nLe Courrier Alpin\nNexalis lève 12 millions d'euros pour ses modèles\n"
        "La start-up lyonnaise Nexalis a levé 12 millions d'euros auprès de fonds français, a-t-elle annoncé.\n"
        "Le Courrier Alpin - Conditions d'utilisation - Vie privée\n"
    )
    assert lines.read(footer, "fr").source == "Le Courrier Alpin"
    assert (
        lines.read(
            "Excerpt from The Harbour Ledger:\nNexalis raised 12 million euros from French funds, the "
            "company said on Tuesday, to double its team of engineers.\n",
            "en",
        ).source
        == "The Harbour Ledger"
    )


def test_commenters_press_contacts_and_an_outlet_in_a_byline_are_no_authors():
    page = lines.read(
        "Radio Alpes Info\nNexalis recrute l'ancien directeur technique de Criteo\n"
        "Article rédigé par Radio Alpes Info avec AFP\nPar Gwendal Le Bihan\navec Kofi Mensah à Lagos\n"
        "La start-up lyonnaise Nexalis a recruté l'ancien directeur technique de Criteo, a indiqué "
        "l'entreprise jeudi.\nContact presse\nAnne Girard\npresse@nexalis.example\n"
        "Jean-Hugues S. · il y a 1 h\nBravo, enfin une bonne nouvelle pour Lyon.\n",
        "fr",
    )
    assert page.authors == ["Gwendal Le Bihan", "Kofi Mensah"]
    assert page.source == "Radio Alpes Info"
    assert "Anne Girard" not in page.markdown()


def test_the_holder_before_the_copyright_sign_and_never_a_section_or_status_label():
    page = lines.read(
        "L'ÉCHO DES ÎLES\nEN DIRECT\nÉconomie  Tech  Sport\nTech\nNexalis lève 12 millions d'euros pour "
        "ses modèles de langage\nLa start-up Nexalis a levé 12 millions d'euros auprès de fonds "
        "français, a-t-elle annoncé.\nTech : les start-up réunionnaises misent sur l'IA\nEN DIRECT\n"
        "L'Écho des Îles © Tous droits réservés\n",
        "fr",
    )
    assert page.source == "L'Écho des Îles"


def test_page_notes_market_data_code_and_captions_of_many_shapes():
    kinds = {
        t: lines.furniture(t, "fr")
        for t in (
            "Dinar : 1 € = 3,29 TND | 1 $ = 3,18 TND",
            "Le live est terminé",
            "Réagir (12)",
            "The Associated Press contributed to this report.",
            "À propos de l'auteur",
            "Ça pourrait aussi vous intéresser",
            "Jane Roe lors d'une conférence à Paris en 2023. (Photo DR)",
            "Ms Jane Roe, the new chief executive. PHOTO | POOL",
            "Grand reporter au service Entreprises. Suit l'agroalimentaire et la French Tech.",
        )
    }
    assert [k[0] for k in kinds.values()] == [
        "widget",
        "note",
        "widget",
        "note",
        "note",
        "related",
        "caption",
        "caption",
        "byline",
    ]
    assert lines.furniture("Phi-4 Mini rivaliserait avec GPT-4.5", "fr") is None  # digits, but no prices
    page = lines.read(
        "Acme publie son modèle Arolla en accès libre\nAcme a publié jeudi son modèle Arolla, disponible "
        "pour tous les développeurs, a indiqué la société.\nfrom acme import Client\n"
        'resp = Client().chat("Bonjour")\nprint(resp.text)\nLes poids sont disponibles en ligne.\n',
        "fr",
    )
    assert "from acme import Client\n\nresp = Client().chat" in page.markdown()


def test_more_page_furniture_of_many_sites():
    expected = {
        "HOME » AI » Acme hires a former Criteo engineer as chief technology officer": "navigation",
        "ANDREA KOVAC/THE HARBOUR LEDGER": "caption",
        "Story continues below advertisement": "widget",
        "(example.com)": "navigation",
        "Transcript auto-generated and lightly edited. Timestamps may drift.": "note",
        "Disclosure: the Morning Post may hold shares in companies mentioned here.": "note",
        "Trade AI tokens on Dexo - 0% fees for 30 days. Terms apply.": "widget",
        "Vous avez trouvé une erreur? Merci de nous la signaler.": "note",
        "PUBLI-INFORMATION": "widget",
        "«Dernières nouvelles»": "related",
        "Épisodes précédents": "related",
        "▶ Écouter sur : Apple Podcasts | Spotify | Deezer | Flux RSS": "widget",
        "Connecté en tant que : invité | Connexion | S'inscrire": "widget",
    }
    assert {t: (lines.furniture(t, "fr") or ("",))[0] for t in expected} == expected


def test_the_bylines_hosts_are_never_people_of_the_article(tmp_path):
    result = _ingest(
        tmp_path,
        pod=(
            "Why Nexalis hired a former Criteo engineer as its chief technology officer\nHosted by Dev Malhotra and "
            "Ingrid Solberg\nMarch 3, 2025\n[00:00:06] Ingrid Solberg: This week, Nexalis hired Camille Roux, a former "
            "Criteo engineer, as its chief technology officer.\n[00:00:31] Dev Malhotra: She starts in April.\n"
        ),
    )["pod"]
    assert result.meta["authors"] == ["Dev Malhotra", "Ingrid Solberg"]
    assert not {"dev-malhotra", "ingrid-solberg"} & set(result.meta["people"])


def test_readers_comments_below_the_article_are_set_aside_a_single_time_signature_is_not():
    text = (
        "Nexalis lève 12 millions d'euros pour ses modèles de langage\nLa start-up lyonnaise Nexalis a levé "
        "12 millions d'euros auprès de fonds français, a-t-elle annoncé jeudi.\n2 commentaires\n"
        "JPM69 - il y a 2 h\nBravo à eux, enfin une bonne nouvelle pour Lyon.\nFerrandière - il y a 1 h\n"
        "On en reparle dans deux ans.\n"
    )
    kinds = [line.kind for line in lines.read(text, "fr").lines if line.text]
    assert kinds == ["title", "content", "widget", "comment", "comment", "comment", "comment"]


def test_a_prompt_glued_to_a_paragraph_is_cut_and_a_contacts_block_names_no_author():
    page = lines.read(
        "Nexalis recrute l'ancien directeur technique de Criteo\nPar Jeanne Martin\nLa start-up lyonnaise "
        "Nexalis a recruté jeudi l'ancien directeur technique de Criteo, a indiqué l'entreprise.\n"
        "Le directeur général, Paul Roche, a salué une recrue de poids pour la suite. Abonnez-vous pour "
        "1 € le premier mois.\nKey contacts\nAnne Girard\nPartner, Lyon\n+33 4 00 00 00 00\n",
        "fr",
    )
    assert page.authors == ["Jeanne Martin"]
    body = page.markdown()
    assert "a salué une recrue de poids pour la suite." in body and "Abonnez-vous" not in body
    assert "Anne Girard" not in body
