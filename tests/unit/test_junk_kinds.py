"""Kinds of junk that pages bring along and content that must survive them (issue 14), each on a short page written
for these tests from the kind of page: an aggregator quoting posts, a forum thread, a professional network's post
with its comments, a markets page, an encyclopaedia's article, a machine-translated article, captions ending in a
credit, a newsletter's numbered items, a forwarded e-mail, and a PDF pasted with its hard wraps and page breaks."""

from __future__ import annotations

from pathlib import Path

from digest.evaluate import evaluate
from digest.ingest import lines

PARAGRAPH_EN = (
    "Tessellate, a Lisbon start-up that builds scheduling software for hospital wards, said on Monday that it had "
    "hired Oriane Falkbeck, who ran the planning research group at a large cloud company, as its chief scientist."
)
PARAGRAPH_FR = (
    "La start-up lyonnaise Quillard, qui conçoit des logiciels de planification pour les hôpitaux, a annoncé lundi "
    "l'arrivée d'Oriane Falkbeck, qui dirigeait un groupe de recherche chez un grand fournisseur de cloud."
)


def _kinds(text: str, lang: str) -> dict[str, str]:
    return {line.text: line.kind for line in lines.read(text, lang).lines if line.text}


def test_posts_an_aggregator_quotes_with_their_author_and_network_are_no_article_text():
    kinds = _kinds(
        "Tessellate hires a cloud company's planning lead as chief scientist\n"
        f"{PARAGRAPH_EN}\n"
        "Falkbeck said the move was about getting research into wards faster than a big company could manage it.\n"
        "Discussion:\n"
        "@wardwatcher on X: Another senior researcher walks out of big cloud for a hospital start-up. Trend?\n"
        "Dana Oyelaran / @danao on Threads: Scheduling is the least glamorous and most useful corner of AI.\n"
        "Oriane Falkbeck on LinkedIn: Some personal news to share today\n",
        "en",
    )
    for post in [text for text in kinds if " on X:" in text or " on Threads:" in text or " on LinkedIn:" in text]:
        assert kinds[post] == "social", post
    assert kinds[PARAGRAPH_EN] == lines.CONTENT


def test_a_forum_threads_comments_go_with_their_reply_buttons_the_post_stays():
    kinds = _kinds(
        "Tessellate hires a cloud company's planning lead as chief scientist\n"
        f"{PARAGRAPH_EN}\n"
        "Falkbeck said the move was about getting research into wards faster than a big company could manage it.\n"
        "532 upvotes\n"
        "Sort by: Best ▾\n"
        "u/night_shift_nurse · 4 hr. ago\n"
        "Honestly the rota software at my hospital is the worst thing in my week\n"
        "88\n"
        "Reply\n"
        "u/gradient_goblin · 1y\n"
        "Good for her, scheduling is a real problem and nobody works on it.\n"
        "41\n"
        "Reply\n",
        "en",
    )
    assert kinds["Honestly the rota software at my hospital is the worst thing in my week"] == "comment"
    assert kinds["Good for her, scheduling is a real problem and nobody works on it."] == "comment"
    assert kinds["Reply"] not in lines.KEPT and kinds["Sort by: Best ▾"] not in lines.KEPT
    assert kinds[PARAGRAPH_EN] == lines.CONTENT


def test_comments_under_a_professional_post_go_by_their_age_and_actions():
    kinds = _kinds(
        "Très fière d'accueillir Oriane Falkbeck chez Quillard !\n"
        f"{PARAGRAPH_FR}\n"
        "Elle prendra la tête de notre équipe de recherche à Lyon, qui compte déjà une dizaine de personnes.\n"
        "214 commentaires • 9 republications\n"
        "Bastien Roumégoux • 2e\n"
        "Directeur des opérations @ Hôpital privé\n"
        "Quelle belle prise, félicitations à toute l'équipe !\n"
        "3 j\n"
        "J'aime · 8 | Répondre\n"
        "Inès Corbière-Malo • 3e+\n"
        "Ingénieure ML\n"
        "On suit ça de près, bravo Oriane\n"
        "2 sem.\n"
        "J'aime · 2 | Répondre\n",
        "fr",
    )
    assert kinds["Quelle belle prise, félicitations à toute l'équipe !"] not in lines.KEPT
    assert kinds["On suit ça de près, bravo Oriane"] not in lines.KEPT
    assert kinds["3 j"] not in lines.KEPT and kinds["2 sem."] not in lines.KEPT
    assert kinds[PARAGRAPH_FR] == lines.CONTENT


def test_a_markets_pages_quote_and_its_note_on_the_figures_go():
    kinds = _kinds(
        "Quillard rachète un éditeur nantais et grimpe en Bourse\n"
        "Ajouter à ma sélection\n"
        f"{PARAGRAPH_FR}\n"
        "Le titre a gagné près de six pour cent à l'ouverture, porté par l'annonce de l'opération.\n"
        "Cours de Quillard : 23,40 € (+5,85 %) - Volume : 310 000 titres\n"
        "Les cours sont différés de 15 minutes. Données fournies par une place de cotation.\n",
        "fr",
    )
    assert kinds["Cours de Quillard : 23,40 € (+5,85 %) - Volume : 310 000 titres"] == "widget"
    assert kinds["Les cours sont différés de 15 minutes. Données fournies par une place de cotation."] == "note"
    assert kinds["Ajouter à ma sélection"] not in lines.KEPT
    assert kinds[PARAGRAPH_FR] == lines.CONTENT


def test_an_encyclopaedias_references_edit_links_and_footer_go():
    kinds = _kinds(
        "Tessellate (company)\n"
        f"{PARAGRAPH_EN}\n"
        "The company was founded in 2022 by two former hospital planners and employs about eighty people.\n"
        "References[edit]\n"
        '^ "Tessellate raises $30m for ward scheduling". Harbour Tech. 3 May 2024. Retrieved 9 June 2026.\n'
        '^ a b Mendes, Rui (4 June 2026). "A cloud researcher moves to Lisbon". The Quay. Retrieved 9 June 2026.\n'
        "This page was last edited on 9 June 2026, at 10:02 (UTC).\n"
        "Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.\n",
        "en",
    )
    for text, kind in kinds.items():
        if text.startswith(("^", "References", "This page", "Text is")):
            assert kind not in lines.KEPT, text
    assert kinds[PARAGRAPH_EN] == lines.CONTENT


def test_a_machine_translations_notice_its_dateline_and_its_authors_desk_go():
    kinds = _kinds(
        "Quillard recrute une chercheuse venue du cloud\n"
        "Le Quotidien de Kansai 4 juin 2026 09:30 JST\n"
        "Aya Morikawa (journaliste de la rubrique économie)\n"
        f"{PARAGRAPH_FR}\n"
        "Elle prendra la tête de l'équipe de recherche, qui compte déjà une dizaine de personnes à Lyon.\n"
        "(Cet article est une traduction automatique. La version originale fait foi.)\n",
        "fr",
    )
    assert kinds["Le Quotidien de Kansai 4 juin 2026 09:30 JST"] == "dateline"
    assert kinds["Aya Morikawa (journaliste de la rubrique économie)"] == "byline"
    assert kinds["(Cet article est une traduction automatique. La version originale fait foi.)"] == "note"
    assert kinds[PARAGRAPH_FR] == lines.CONTENT


def test_a_caption_ending_in_its_photo_credit_goes_even_when_it_is_a_sentence():
    credited = (
        "Oriane Falkbeck, ici dans les bureaux de Quillard à Lyon, a quitté son poste après six années passées "
        "dans un grand groupe de cloud. - Photo Jean Dufresnoy / Agence Rhône"
    )
    capitals = "Oriane Falkbeck et Bastien Roumégoux, cofondateurs de Quillard PHOTO MARC LE GUEN, LE PETIT LYONNAIS"
    kinds = _kinds(
        f"Quillard recrute une chercheuse venue du cloud\n{credited}\n{PARAGRAPH_FR}\n"
        f"Elle prendra la tête de l'équipe de recherche, qui compte déjà une dizaine de personnes.\n{capitals}\n",
        "fr",
    )
    assert kinds[credited] == "caption" and kinds[capitals] == "caption"
    assert kinds[PARAGRAPH_FR] == lines.CONTENT


def test_a_standfirst_a_newsletters_numbered_item_with_its_deck_and_its_take_stay():
    standfirst = "When big clouds lose their planners, who schedules the schedulers?"
    heading, deck = (
        "1. A planner heads for Lisbon",
        "Oriane Falkbeck leaves big cloud to be Tessellate's chief scientist",
    )
    take = "Our take: watch for Falkbeck to bring two or three former colleagues along. That is how it usually goes."
    kinds = _kinds(
        "Why hospital software is hiring cloud researchers\n"
        f"{standfirst}\n"
        "By Maren Oduya\n"
        "June 9, 2026\n"
        "Good morning. Two things this week: a planner from one of the big clouds heads for Lisbon to run research at "
        "a hospital software start-up, and a seed round in Porto for speech models.\n"
        f"{heading}\n{deck}\n{PARAGRAPH_EN}\n{take}\n"
        "2. A seed round in Porto\n"
        "Ondaluz, which builds speech models for call centres, raised €6 million from two Iberian funds.\n",
        "en",
    )
    assert kinds[standfirst] in lines.KEPT
    assert kinds[heading] in lines.KEPT and kinds[deck] in lines.KEPT
    assert kinds[take] == lines.CONTENT


def test_a_forwarded_messages_quoted_headers_go():
    kinds = _kinds(
        "---------- Forwarded message ---------\n"
        "> From: Press Office <press@tessellate.example>\n"
        "> Date: Mon, 8 Jun 2026 09:12\n"
        "> Subject: Tessellate appoints a chief scientist\n"
        "Le lun. 8 juin 2026 à 09:12, Press Office <press@tessellate.example> a écrit :\n"
        "Tessellate appoints a chief scientist\n"
        f"{PARAGRAPH_EN}\n",
        "en",
    )
    for text in list(kinds)[:5]:
        assert kinds[text] == "navigation", text
    assert kinds[PARAGRAPH_EN] == lines.CONTENT


PDF = """La Lettre des hôpitaux
N° 88 - Page 1

Quillard recrute une chercheuse venue du cloud

La start-up lyonnaise Quillard, qui conçoit des
logiciels de planification pour les hôpitaux, a
annoncé lundi l'arrivée d'Oriane Falkbeck au poste
de directrice scientifique. Elle prendra ses fonc-
tions en septembre, a précisé l'entreprise.

Selon la direction, cette arrivée doit permettre à
la start-up de doubler ses effectifs de recher-

La Lettre des hôpitaux
N° 88 - Page 2

che d'ici la fin de l'année. La jeune pousse, qui
a levé six millions d'euros, prévoit aussi d'ouvrir
un bureau à Bordeaux, a indiqué son président lors
d'une conférence de presse organisée à son siège.
"""


def test_a_hard_wrapped_pdf_gives_whole_paragraphs_mended_words_and_no_running_header_inside():
    page = lines.read(PDF, "fr")
    text = [line.text for line in page.lines if line.kind == lines.CONTENT]
    assert text[0].endswith("Elle prendra ses fonctions en septembre, a précisé l'entreprise.")
    assert "effectifs de recherche d'ici la fin de l'année" in text[1]
    assert "La Lettre" not in text[1] and "N° 88" not in text[1]
    assert all(line.kind not in lines.KEPT for line in page.lines if line.text.startswith(("La Lettre", "N° 88")))


def test_a_word_the_paste_writes_with_its_hyphen_keeps_it_across_the_wrap():
    wrapped = (
        "The start-up said on Monday that it had hired a new\n"
        "chief scientist from a large cloud company, the start-\n"
        "up's first senior hire since it raised money in May,\n"
        "and that she would lead a team of ten researchers in\n"
        "Lisbon from September, according to a statement the\n"
        "company published on its website on Monday morning.\n"
        "The hire follows a seed round led by two Iberian\n"
        "funds, which valued the company at about forty mil-\n"
        "lion euros, people familiar with the matter said.\n"
    )
    text = " ".join(line.text for line in lines.read(wrapped, "en").lines if line.kind == lines.CONTENT)
    assert "the start-up's first senior hire" in text
    assert "about forty million euros" in text


def test_evaluate_finds_a_hard_wrapped_line_in_its_mended_paragraph(tmp_path: Path):
    devset = tmp_path / "devset"
    (devset / "articles").mkdir(parents=True)
    (devset / "gold").mkdir()
    (devset / "articles" / "fr01_pdf.txt").write_text(PDF, encoding="utf-8")
    (devset / "gold" / "fr01_pdf.yaml").write_text(
        "file: fr01_pdf.txt\nlang: fr\ntitle: Quillard recrute une chercheuse venue du cloud\n"
        "junk_lines:\n- {line: 1, text: La Lettre des hôpitaux}\n- {line: 2, text: N° 88 - Page 1}\n"
        "- {line: 15, text: La Lettre des hôpitaux}\n- {line: 16, text: N° 88 - Page 2}\n",
        encoding="utf-8",
    )
    (tmp_path / "content").mkdir()
    score = evaluate(devset, tmp_path / "content")
    assert score["junk_lines_removed"] == "4/4"
    assert score["content_lines_lost"] == 0


def test_a_news_pages_paywall_teasers_update_time_and_whole_prompts_go():
    junk = [
        "Mis à jour à 11 h 40",
        "Oriane Falkbeck dans les bureaux de Quillard, à Lyon. (Fournie)",
        "Lire aussi | Dans les hôpitaux, la planification des gardes reste un casse-tête",
        "VIDÉO - Intelligence artificielle : les hôpitaux se disputent les ingénieurs",
        "Vous avez aimé cet article ? Partagez-le !",
        "Il vous reste 64 % de cet article à lire. La suite est réservée aux abonnés.",
    ]
    kinds = _kinds(
        "Quillard recrute une chercheuse venue du cloud\n"
        f"{junk[0]}\n{junk[1]}\n{PARAGRAPH_FR}\n{junk[2]}\n"
        "Elle prendra la tête de l'équipe de recherche, qui compte déjà une dizaine de personnes à Lyon.\n"
        f"{junk[3]}\n"
        "Son arrivée doit permettre à la jeune pousse de doubler ses effectifs de recherche d'ici la fin de l'année.\n"
        f"{junk[4]}\n{junk[5]}\n",
        "fr",
    )
    for text in junk:
        assert kinds[text] not in lines.KEPT, text
    assert kinds[PARAGRAPH_FR] == lines.CONTENT


def test_a_releases_safe_harbour_notice_goes():
    notice = (
        'Statements in this release that are "forward-looking statements" are based on current expectations and are '
        "subject to risks and uncertainties that could cause actual results to differ materially."
    )
    kinds = _kinds(f"Tessellate appoints a chief scientist\n{PARAGRAPH_EN}\n{notice}\n", "en")
    assert kinds[notice] == "note"
    assert kinds[PARAGRAPH_EN] == lines.CONTENT


def test_a_single_comment_under_the_count_of_comments_goes():
    kinds = _kinds(
        "Tessellate hires a cloud company's planning lead as chief scientist\n"
        f"{PARAGRAPH_EN}\n"
        "Falkbeck said the move was about getting research into wards faster than a big company could manage it.\n"
        "1 Comment\n"
        "Rui M. · 3 hours ago\n"
        "Good hire for Lisbon. Hope they keep the team here.\n",
        "en",
    )
    assert kinds["Good hire for Lisbon. Hope they keep the team here."] == "comment"
    assert kinds[PARAGRAPH_EN] == lines.CONTENT
