"""Posts pasted from a social network (issue 14, points 2 and 6): the platform is their source, and the person who
posted is the subject of the move they announce in the first person, or the author of a post about others. The
posts are written for these tests from the shapes of a LinkedIn feed (a profile block over the text, an action bar
under it), in both languages."""

from pathlib import Path

import yaml

from digest.ingest import lines, pipeline

OWN_MOVE_EN = """Maren Holtvik
Founder @ Kestrel Dynamics | ex-Google DeepMind | Robot learning
3d • Edited •
Some personal news: I'm joining Mistral AI to lead its robotics research team.
After five years of building Kestrel Dynamics, last Friday was my last day as its chief executive. Tobias Renner, \
who started the company with me in Oslo, takes over as CEO and the team keeps shipping our simulation tools.
Thank you to Ilse Marchetti and everyone at Mistral AI for the warm welcome. I can't wait to get started.
#robotics #newjob
987
64 comments · 12 reposts
Like
Comment
Repost
Send
"""

OWN_MOVE_FR = """Aurore Kerbiriou
Cofondatrice de Lumio | Vision par ordinateur | ex-Meta
2 j • Modifié •
Une page se tourne : après six ans passés chez Meta, j'ai rejoint Hugging Face pour y diriger l'équipe vision.
Merci à Léonie Castagnède et à toute l'équipe de Meta à Paris pour ces années formidables. Je reste installée à \
Paris, d'où je travaillerai avec une équipe répartie entre l'Europe et les États-Unis.
#nouveauposte #IA
J'aime
Commenter
Republier
Envoyer
"""

ABOUT_OTHERS = """Pourquoi Émeline Gaudry rejoint Lumio comme directrice technique
Bastien Ollivier
CEO & cofondateur de Lumio | Vision industrielle
Publié le 3 févr. 2026
Depuis lundi, Émeline Gaudry est la nouvelle directrice technique de Lumio, et je voulais expliquer pourquoi ce \
choix compte autant pour nous. Elle a passé sept ans chez Nvidia à la tête d'une équipe de simulation.
Je remercie aussi Hakim Ferjani, qui nous a présentés, et toute l'équipe qui l'a accueillie.
J'aime
Commenter
Republier
Envoyer
Bastien Ollivier
4 812 abonnés
"""

NEWS_PAGE = """Le Veilleur
Actualités  Tech  Économie
Hugging Face recrute une chercheuse de Meta pour diriger son équipe vision
Par Aurore Kerbiriou
Publié le 3 février 2026
Hugging Face a recruté une chercheuse de Meta, Léonie Castagnède, pour diriger son équipe consacrée à la vision \
par ordinateur, a annoncé la société mardi.
Partager
LinkedIn
Facebook
© Le Veilleur 2026
"""


def _ingest(tmp_path, **pastes):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in pastes.items():
        (inbox / f"{name}.txt").write_text(text, encoding="utf-8")
    results = pipeline.run(sorted(inbox.iterdir()), tmp_path / "content")
    return {Path(r.input).stem: r for r in results}


def test_a_post_is_sourced_to_its_platform_not_to_its_posters_name():
    headed = OWN_MOVE_EN.replace("robotics research team.", "robotics research team 🤖")  # a headline-shaped opening
    for text, lang in ((OWN_MOVE_EN, "en"), (headed, "en"), (OWN_MOVE_FR, "fr"), (ABOUT_OTHERS, "fr")):
        page = lines.read(text, lang)
        assert page.source == "LinkedIn"
    assert lines.read(OWN_MOVE_EN, "en").poster == "Maren Holtvik"


def test_a_news_page_offering_to_share_itself_is_no_post():
    page = lines.read(NEWS_PAGE, "fr")
    assert (page.platform, page.source, page.authors) == (None, "Le Veilleur", ["Aurore Kerbiriou"])


def test_the_poster_announcing_their_own_move_is_its_person_not_an_author(tmp_path):
    results = _ingest(tmp_path, own_en=OWN_MOVE_EN, own_fr=OWN_MOVE_FR)
    en, fr = results["own_en"].meta, results["own_fr"].meta
    assert en["authors"] == [] and en["people"][0] == "maren-holtvik"
    assert {"type": "joins", "person": "maren-holtvik", "company": "mistral-ai"}.items() <= next(
        ev for ev in en["events"] if ev["type"] == "joins"
    ).items()
    assert fr["authors"] == [] and "aurore-kerbiriou" in fr["people"]
    assert any(ev["type"] == "joins" and ev["person"] == "aurore-kerbiriou" for ev in fr["events"])
    # the poster gets a registry file, described by the profile headline
    person = yaml.safe_load((tmp_path / "content" / "people" / "maren-holtvik.yml").read_text(encoding="utf-8"))
    assert person["name"] == "Maren Holtvik" and "Kestrel Dynamics" in person["description"]["en"]


def test_the_poster_writing_about_someone_else_is_its_author(tmp_path):
    meta = _ingest(tmp_path, about=ABOUT_OTHERS)["about"].meta
    assert meta["authors"] == ["Bastien Ollivier"] and meta["source"] == "LinkedIn"
    assert "bastien-ollivier" not in meta["people"]
    assert all(ev.get("person") != "bastien-ollivier" for ev in meta["events"])


BLUESKY = """Ines Vallbona
@ines.vallbona.bsky.social
3h
Big news: I am joining Mistral AI to lead its speech team, after four years at Google DeepMind in London.
It was a hard call, but I could not turn down the chance to build open models in Paris with this team.
12 replies 40 reposts 310 likes
"""


def test_a_handle_names_the_platform_and_the_profile_lines_are_no_headings():
    page = lines.read(BLUESKY, "en")
    assert (page.platform, page.source, page.poster) == ("Bluesky", "Bluesky", "Ines Vallbona")
    assert [line.kind for line in page.lines[:3]] == ["byline", "navigation", "navigation"]
    fediverse = lines.read(BLUESKY.replace("@ines.vallbona.bsky.social", "@ines@sigmoid.social"), "en")
    assert fediverse.source == "Mastodon"


def test_a_news_byline_over_its_date_line_with_reactions_under_the_article_is_no_post():
    page = lines.read(
        "Le Veilleur\nActualités  Tech  Économie\n"
        "Hugging Face recrute une chercheuse de Meta pour diriger son équipe vision\n"
        "Aurore Kerbiriou\nPublié le 3 février 2026\n"
        "Hugging Face a recruté une chercheuse de Meta, Léonie Castagnède, pour diriger son équipe consacrée à la "
        "vision par ordinateur, a annoncé la société mardi.\nJ'aime\nCommenter\nPartager\n",
        "fr",
    )
    assert page.platform is None and page.source == "Le Veilleur"
