"""The furniture of pages that are no newspaper article (issue 14): a podcast's episode page, an e-mailed newsletter
and a live blog's greeting, a fund's post and its legal notice, a lab's release with its press contact, a blogging
platform's author box. Pages written for these tests."""

from __future__ import annotations

from digest.ingest import lines


def _kinds(page) -> dict[str, str]:
    return {line.text: line.kind for line in page.lines if line.text}


PODCAST = """Compute Club
Episodes   Guests   Newsletter
Episode 31
How Priya Raman left a chip giant to build a compiler start-up
Listen on Spotify · Apple Podcasts · RSS

Priya Raman spent nine years designing accelerators at a chip giant before she left last spring to found Tessel, a \
start-up that writes compilers for custom silicon. She tells us why she left and what she hires for.

Transcript (excerpt)

Omar Haddad: You left a very comfortable job. Why now, and why compilers rather than chips themselves?

Priya Raman: Because every new chip I worked on shipped late for the same reason, which was the software, and I \
wanted to fix the part of the stack that everyone underestimates.

This interview has been lightly edited and condensed for clarity.
Compute Club is produced by Northgate Audio. Producer: Lena Fischer. Host: Omar Haddad.
"""


def test_a_podcasts_production_credits_and_editing_note_go_and_its_host_signs_it():
    page = lines.read(PODCAST, "en")
    kinds = _kinds(page)
    assert kinds["This interview has been lightly edited and condensed for clarity."] == "note"
    assert kinds[PODCAST.splitlines()[-1]] == "note"
    assert "Omar Haddad" in page.authors  # the credits are data: the host signs the show
    assert kinds[PODCAST.splitlines()[12]] == "content"  # the transcript itself stays


def test_a_sentence_saying_who_produced_a_thing_is_no_credits_line():
    text = (
        "Le modèle est produit par une équipe de quarante personnes à Lyon, qui a aussi publié le code "
        "d'évaluation et les poids sous une licence ouverte."
    )
    assert lines.furniture(text, "fr") is None


NEWSLETTER = """La Veille Robotique
N° 42 — lundi 9 mars 2026
Bonjour à toutes et à tous, et merci aux 80 nouveaux lecteurs de cette semaine !
Axelle Morin quitte Orbital pour Pylône Robotics
Axelle Morin, qui dirigeait depuis cinq ans la recherche en manipulation chez Orbital, rejoint Pylône Robotics comme \
directrice technique, a annoncé la start-up lyonnaise lundi.
Son départ intervient trois mois après celui du directeur général d'Orbital, qui avait lui aussi rejoint une jeune \
pousse française du secteur.
Merci de votre lecture, et à lundi prochain !
"""

LIVE_BLOG = """EN DIRECT
Pylône Robotics recrute la directrice de la recherche d'Orbital : suivez les réactions
10:12
La start-up lyonnaise confirme l'arrivée d'Axelle Morin, qui dirigera une équipe de quarante ingénieurs \
répartis entre Lyon et Grenoble, selon un communiqué publié ce matin.
09:30
Bonjour à toutes et à tous,
Bienvenue dans ce direct consacré au recrutement le plus commenté de la semaine dans la robotique française, \
que nous suivons depuis ce matin avec nos correspondants.
"""


def test_a_newsletters_greeting_goes_and_a_live_blogs_first_post_stays():
    assert _kinds(lines.read(NEWSLETTER, "fr"))[NEWSLETTER.splitlines()[2]] == "widget"
    # on a live blog the greeting opens the first post, under its time: the page lists its posts newest first
    assert _kinds(lines.read(LIVE_BLOG, "fr"))["Bonjour à toutes et à tous,"] == "content"


FUND_POST = """Northfield Partners
Why we backed Loomwork
Ada Brennan, Partner · Mar 3, 2026 · 4 min read

Today we are announcing that Northfield led Loomwork's $14 million Series A. Loomwork builds agents that reconcile \
invoices for mid-sized manufacturers, a job most of them still do by hand in spreadsheets.

We met the founders two years ago, when they were still running the product by hand for three customers, and we \
have watched them turn it into software that forty companies now rely on every day.

© 2026 Northfield Partners LLC. This post is for informational purposes only and does not constitute an offer to \
sell or a solicitation of an offer to buy any security. Past performance is no guarantee of future results.
"""


def test_a_copyright_notice_with_its_disclaimer_is_no_paragraph_of_the_post():
    page = lines.read(FUND_POST, "en")
    assert _kinds(page)[FUND_POST.splitlines()[-1]] == "note"
    assert page.title.text == "Why we backed Loomwork"


LAB_RELEASE = """Le chercheur Malik Diagne rejoint l'Institut Ondine pour y créer une équipe de vision par ordinateur
Lille, le 2 février 2026 – L'Institut Ondine, laboratoire public de recherche en intelligence artificielle, \
accueille Malik Diagne, jusqu'ici chercheur chez un grand groupe américain, qui y fondera une équipe de dix personnes.
« Je voulais revenir à une recherche ouverte, publiée et enseignée », explique Malik Diagne, qui prendra ses \
fonctions au mois de mars.
Contacts presse
Claire Vasseur – communication Institut Ondine – 03 20 00 00 00 – presse@ondine.example
"""


def test_a_labs_press_contact_line_is_no_text_of_the_release():
    kinds = _kinds(lines.read(LAB_RELEASE, "fr"))
    assert kinds["Contacts presse"] == "note"
    assert kinds[LAB_RELEASE.splitlines()[-1]] == "note"


def test_a_line_with_a_phone_number_and_an_address_alone_is_a_contact_but_a_sentence_with_numbers_is_text():
    assert lines.furniture("Media: Jo Park, +44 20 7946 0000, press@example.org", "en")[0] == "note"
    sentence = "In 2024 the firm raised 1 200 000 euros from 3 funds, its chief executive said."
    assert lines.furniture(sentence, "en") is None


def test_a_blogging_platforms_author_box_opens_with_a_follower_count():
    kind, _ = lines.furniture("12K Followers · Engineer turned investor, writes about developer tools.", "en")
    assert kind == "widget"
    sentence = "12 followers of the project met in Lyon on Saturday to plan the next release."
    assert lines.furniture(sentence, "en") is None


THREAD = """Home   Explore   Notifications   Profile
Jo Whitfield
@jowhit.example.social
Scoop: Marek Novak, head of research at Fernwood AI, is leaving to start his own lab in Prague, three people \
who know him tell me. His last day is Friday.
3h
Novak joined Fernwood in 2023 from a large search company and built its reasoning team, which now counts about \
forty researchers spread between London and Prague.
Fernwood said in a statement that it wished him well and that his deputy would lead the team in the meantime.
♡ 120   ⟲ 40   💬 12
Sam Ortega @samortega.example.social · 2h
Big loss for them. He hired half of that team himself.
Ruth Adler @radler.example.social · 1h
Prague is quietly becoming a research town.
Show more replies
"""


def test_a_threads_first_post_is_its_title_and_the_replies_under_it_are_no_text():
    from digest.ingest.titles import page_title

    page = lines.read(THREAD, "en")
    title, derived = page_title(page)
    assert title == THREAD.splitlines()[3] and derived  # no headline: the first post, as written, flagged
    kinds = _kinds(page)
    replies = THREAD.splitlines()[8:12]
    assert [kinds[reply] for reply in replies] == ["comment"] * 4
    assert kinds[THREAD.splitlines()[6]] == "content"


APPOINTMENT = """Carnet Tech
Accueil > Nominations
Hugo Lemaire est nommé directeur de la recherche de Vigie Santé
Publié le 12 mai 2026
La start-up lyonnaise Vigie Santé, qui conçoit des modèles de langage pour les comptes rendus médicaux, a nommé \
Hugo Lemaire directeur de la recherche. Il dirigera une équipe de vingt personnes.
Hugo Lemaire était jusqu'ici chercheur dans le laboratoire d'intelligence artificielle d'un grand groupe américain, \
où il travaillait sur la compréhension de documents longs.
Parcours
2020-2026 : chercheur en apprentissage automatique, laboratoire d'un grand groupe américain (Paris)
2017-2020 : ingénieur de recherche à l'Inria, équipe de traitement des langues
2017 : doctorat en informatique de l'université de Lyon
Formation : ingénieur diplômé de l'École centrale de Lyon
Partager sur LinkedIn   Envoyer par e-mail
"""


def test_a_career_listed_without_bullets_is_text_under_its_heading():
    page = lines.read(APPOINTMENT, "fr")
    kinds = _kinds(page)
    assert kinds["Parcours"] == "heading"
    for item in APPOINTMENT.splitlines()[7:11]:
        assert kinds[item] == "content", item
    assert "Formation : ingénieur diplômé de l'École centrale de Lyon" in page.markdown()


INTERVIEW = """Salomé Girard : « Nous publierons nos évaluations »
Propos recueillis par Jean Texier
Chercheuse pendant six ans dans un grand laboratoire américain, Salomé Girard a cofondé en janvier Astrolabe, une \
start-up parisienne qui évalue les agents d'intelligence artificielle pour les banques.
Pourquoi partir maintenant ?
Parce que les agents arrivent en production dans les banques cette année, et que personne ne sait encore vraiment \
mesurer ce qu'ils font quand ils se trompent.
Allez-vous publier ?
Oui, c'est une condition que j'avais posée à nos investisseurs : nos méthodes d'évaluation seront publiques, et nos \
jeux de test aussi, pour que nos clients puissent les vérifier.
"""


def test_an_interviews_question_addressed_to_the_guest_is_no_call_to_the_reader():
    kinds = _kinds(lines.read(INTERVIEW, "fr"))
    assert kinds["Allez-vous publier ?"] == "heading"
    assert lines.furniture("Inscrivez-vous à notre lettre pour ne rien manquer !", "fr")[0] == "widget"


def _letter(box: str) -> str:
    return f"""La Lettre Robotique
Pylône Robotics perd son directeur scientifique
Bonjour à toutes et à tous !
Marc Delaunay, cofondateur et directeur scientifique de Pylône Robotics, quitte la start-up lyonnaise après quatre \
ans, a-t-il annoncé lundi à ses équipes. Il ne dit pas encore ce qu'il fera ensuite.
Pylône Robotics, qui vend des bras robotisés pour les entrepôts, avait levé 30 millions d'euros l'an dernier. Son \
départ intervient au moment où la société prépare une nouvelle levée de fonds.
En bref
{box}
Merci de votre lecture, et à lundi prochain !
"""


OTHER_STORIES = """• Ferrite recrute une directrice financière venue d'un grand groupe industriel.
• Le fonds Sillage Ventures boucle un troisième véhicule de 80 millions d'euros."""
SUMMED_UP = """• Marc Delaunay quitte Pylône Robotics après quatre ans.
• Pylône Robotics prépare une nouvelle levée de fonds."""


def test_a_newsletters_briefs_of_other_stories_go_and_a_box_summing_the_article_up_stays():
    kinds = _kinds(lines.read(_letter(OTHER_STORIES), "fr"))
    assert [kinds[item] for item in ["En bref", *OTHER_STORIES.splitlines()]] == ["related"] * 3
    kinds = _kinds(lines.read(_letter(SUMMED_UP), "fr"))
    assert [kinds[item] for item in SUMMED_UP.splitlines()] == ["content"] * 2


def test_legal_notices_cookie_banners_and_end_marks_are_furniture_but_news_sentences_about_them_are_not():
    furniture = {
        "Kestrel Partners LLP is authorised and regulated by the Financial Conduct Authority.": "note",
        "Les informations publiées ne constituent pas un conseil en investissement.": "note",
        "Ce billet contient des liens d'affiliation : nous touchons une commission sur vos achats.": "note",
        "Nous utilisons des cookies pour mesurer l'audience. En poursuivant, vous acceptez leur utilisation.": "widget",
        "By subscribing, you agree to our Terms of Use and Privacy Policy.": "widget",
        "Quarterly Bits is hosted by Ana Ruiz and produced by Lantern Audio.": "note",
        "- ENDS -": "markup",
        "###": "markup",
    }
    for text, kind in furniture.items():
        assert (lines.furniture(text, "en") or ("",))[0] == kind, text
    news = [
        "Ce rachat ne constitue pas une surprise pour les analystes qui suivent le secteur depuis des années.",
        "The regulator fined the publisher for making it harder to refuse cookies than to accept them last year.",
        "The weights are released under an Apache 2.0 licence, the company said on Tuesday.",
    ]
    for text in news:
        assert lines.furniture(text, "fr" if "rachat" in text else "en") is None, text
