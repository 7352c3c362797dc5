"""A podcast episode's page (its hosts) and a weekly column (its dated byline, its
introduction and its section titles): pages written for these tests, not taken from any fixture."""

from __future__ import annotations

from digest.ingest import bylines, credits, lines
from digest.ingest.line_evidence import ui_ratio

EPISODE = """Night Shift Radio
Episodes
About
Episode 41
Why the chip startup Corvane changed its chief executive
Apr 2 · 47 min
Play episode
0:00 / 47:02
Notes
Maya Lindqvist and Tom Achebe look back at the week Corvane's board replaced its chief executive. The two hosts \
explain what the investors wanted and why the engineers were not told.
They also ask what the new chief executive, Oren Duval, must ship before the end of the year to keep his seat.
Chapters
00:00 Welcome
02:45 What the board wanted
17:20 The engineers' side
31:05 Can Oren Duval hold on?
More episodes
Ep. 40: A quiet month for chips
© 2026 Night Shift Radio. Hosted by Maya Lindqvist and Tom Achebe.
"""


def _kinds(text: str, lang: str) -> dict[str, str]:
    return {line.text: line.kind for line in lines.read(text, lang).lines if line.text}


def test_the_hosts_a_shows_copyright_line_names_are_its_authors_not_its_people():
    page = lines.read(EPISODE, "en")
    credits.read(page, "en")
    assert page.authors == ["Maya Lindqvist", "Tom Achebe"]


def test_a_byline_after_the_week_it_covers():
    assert bylines.byline("Semaine du 2 au 6 juin 2026 — par Hélène Marchetti") == (["Hélène Marchetti"], None)
    assert bylines.byline("Week of June 2-6, 2026 — by Sam Whitfield") == (["Sam Whitfield"], None)


COLUMN = """Le Relevé
Accueil | Nominations | Portraits | Agenda
Nominations
Les nominations de la semaine : Corvane recrute un directeur financier chez Airbus
Semaine du 2 au 6 juin 2026 — par Hélène Marchetti
Chaque lundi, Le Relevé passe en revue les nominations de dirigeants dans les entreprises industrielles et \
technologiques de la région.
Le recrutement de la semaine
Paul Ferrand quitte Airbus pour devenir directeur financier de Corvane. Il prendra ses fonctions le 1er juillet, \
a indiqué l'entreprise dans un communiqué.
Il succède à une directrice partie à la retraite au printemps, après huit ans dans le groupe.
Les autres nominations
Claire Vasseur rejoint Safran comme directrice de la stratégie, après six ans chez Thales à Toulouse.
Recevez Le Relevé chaque lundi
"""


def test_a_columns_introduction_and_its_section_titles_are_kept():
    kinds = _kinds(COLUMN, "fr")
    intro = next(text for text in kinds if text.startswith("Chaque lundi"))
    assert kinds[intro] == lines.CONTENT
    assert kinds["Le recrutement de la semaine"] == lines.HEADING
    assert kinds["Semaine du 2 au 6 juin 2026 — par Hélène Marchetti"] == "byline"
    assert kinds["Recevez Le Relevé chaque lundi"] == "widget"


def test_linking_words_alone_make_no_interface_line():
    assert ui_ratio("Le recrutement de la semaine") == 0.0
    assert ui_ratio("Partager sur Facebook") >= 0.6
    assert ui_ratio("EN") == 1.0  # a language switcher's item


WIRE_STORY = """Le Courrier du Golfe
Économie
Corvane lève 8 millions de dollars pour ses tuteurs en ligne
Abidjan, 4 mai (ACI) – La jeune entreprise ivoirienne Corvane a annoncé lundi une levée de fonds de 8 millions \
de dollars auprès de fonds régionaux, pour ouvrir des bureaux au Ghana et au Sénégal.
Son cofondateur, Koffi Brou, directeur technique, a indiqué que l'entreprise compte aujourd'hui 60 salariés.
KB/AMD
LES PLUS LUS
"""


def test_a_sentence_reporting_speech_above_a_wires_initials_is_the_articles():
    kinds = _kinds(WIRE_STORY, "fr")
    sentence = next(text for text in kinds if text.startswith("Son cofondateur"))
    assert kinds[sentence] == lines.CONTENT


GLUED_BIO = """The Circuit Review
Corvane's chief scientist leaves for a rival
Corvane's chief scientist, Oren Duval, has left the chip startup to join a larger rival, two people familiar with \
the move said on Monday.
Duval led the team that designed Corvane's first inference chip and was one of its earliest employees.
He is expected to start in his new role next month, according to the people.Maya Lindqvist is a senior \
reporter at The Circuit Review.
Share on LinkedIn
"""


def test_an_author_box_run_on_to_the_last_paragraph_names_the_author_and_is_cut():
    page = lines.read(GLUED_BIO, "en")
    credits.read(page, "en")
    assert page.authors == ["Maya Lindqvist"]
    last = [line for line in page.lines if line.kind == lines.CONTENT][-1]
    assert last.text.endswith("according to the people.")


def test_a_press_releases_notes_to_editors_label_is_no_section_heading():
    assert lines.furniture("Notes to editors", "en")[0] == "note"
    assert lines.furniture("Note aux rédactions :", "fr")[0] == "note"
    assert lines.furniture("Notes from the field", "en") is None
