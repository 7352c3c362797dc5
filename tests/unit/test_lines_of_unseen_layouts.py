"""Lines of layouts blind sets brought (issue 14), each class in several wordings of both languages: an agency's bare
update note, a byline written with an agency's help, initials as a signature, a republished text's footer, a firm's
invitation to talk after a question, a caption of names and roles without a verb or a full stop, a post signed by
the partner it is about. Written for these tests."""

import pytest

from digest.ingest import lines
from digest.ingest.bylines import byline
from digest.ingest.lines.captions import credited_caption
from digest.ingest.lines.notices import notice
from digest.ingest.lines.other_pages import AGE_ALONE
from digest.ingest.lines.prompts import call_to_act
from digest.ingest.names import initials_alone
from digest.ingest.outlets import source_line
from digest.ingest.stamps import row_of_details


@pytest.mark.parametrize(
    "text",
    [
        "Adds detail on chairman, staff letter in paragraphs 3-4",
        "Updates with closing share price, analyst comment",
        "Recasts with minister's statement in paragraph 2",
        "Adds background on the founders in paragraphs 6-8",
        "Ajoute la réaction du ministère au 4e paragraphe",
        "Actualise avec les déclarations du président, précisions au 3e paragraphe",
        "Writes through with details, adds analyst comment",
        "Ajout de détails sur le tour de table, paragraphes 4-5",
    ],
)
def test_a_bare_update_note_is_a_note(text):
    assert notice(text, len(text.split())) == (
        "note",
        "a wire service's note on what this version of the story changed",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Adds up to a third of its revenue in Europe, the company said.",
        "Updates to the app arrive every week",
        "Ajoute à cela un marché en forte croissance.",
    ],
)
def test_a_sentence_starting_like_an_update_note_is_not_one(text):
    assert notice(text, len(text.split())) is None


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Julie Verstraeten (avec Belga)", ["Julie Verstraeten"]),
        ("Par Julie Verstraeten (avec Belga)", ["Julie Verstraeten"]),
        ("Ken Morimoto (with Kyodo)", ["Ken Morimoto"]),
        ("By Ana Lúcia Prado (with Lusa)", ["Ana Lúcia Prado"]),
        ("Sofia Brandt (avec l'ANP)", ["Sofia Brandt"]),
        ("Tom Reyes (with Yonhap and AAP)", ["Tom Reyes"]),
        ("Julie Verstraeten, avec Belga", ["Julie Verstraeten"]),
        ("Ken Morimoto with Kyodo News", ["Ken Morimoto"]),
    ],
)
def test_a_byline_written_with_an_agency_names_its_author(text, authors):
    assert byline(text)[0] == authors


@pytest.mark.parametrize("text", ["Marie Dupont avec Jean", "Rencontre avec Nvidia"])
def test_a_line_naming_someone_else_after_avec_is_no_byline_with_an_agency(text):
    assert byline(text) is None


@pytest.mark.parametrize("text", ["Y. L. G.", "M.-A. R.", "J.P.", "A. B."])
def test_initials_alone_are_a_signature(text):
    assert initials_alone(text)


@pytest.mark.parametrize("text", ["U.S.A. News", "Y. L. G. a dit", "ABC."])
def test_a_line_with_more_than_initials_is_no_signature(text):
    assert not initials_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "This article originally appeared in The Bay Ledger. It is republished here with permission.",
        "This story first appeared in Harbour Tech and is republished with permission.",
        "Cet article a initialement été publié par Le Courrier des Alpes. Il est republié ici avec son autorisation.",
        "Cet article a d'abord paru dans La Lettre du Nord et est reproduit avec son accord.",
    ],
)
def test_a_republished_texts_footer_leaves_the_source_to_the_page(text):
    assert source_line(text) == (None, None)


def test_a_first_publication_names_its_outlet_up_to_the_sentences_end():
    assert source_line("This article originally appeared in The Bay Ledger. Read more there.") == (
        "The Bay Ledger",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Vous recrutez un dirigeant tech ? Parlons-en.",
        "Hiring a technology leader? Let's talk.",
        "Looking for your next CFO? Get in touch with our team.",
        "Besoin d'un directeur financier ? Contactez-nous.",
        "Un poste clé à pourvoir ? Prenons rendez-vous.",
    ],
)
def test_a_firms_invitation_to_talk_after_a_question_is_a_call_to_act(text):
    assert call_to_act(text)


def test_a_question_answered_in_the_article_is_no_call_to_act():
    assert not call_to_act(
        "Why did it fail? Let's talk about the numbers, which show that the company burned its cash in a year."
    )


LEAD_FR = (
    "La jeune entreprise Orme, qui conçoit des logiciels de paie, sera achetée par un groupe américain, a-t-on "
    "appris lundi.\n{caption}\n« L'équipe reste à Québec », a assuré sa présidente en entrevue.\n"
)
LEAD_EN = (
    "Kettle, a Melbourne start-up that builds staff rosters for hospitals, has raised $25 million, its founders said "
    'on Wednesday.\n{caption}\n"Rostering is the most hated spreadsheet in healthcare," Mr Pham said.\n'
)


@pytest.mark.parametrize(
    ("lead", "lang", "caption"),
    [
        (LEAD_FR, "fr", "Julie Ouellet et Samir Haddad, cofondateurs d'Orme"),
        (LEAD_FR, "fr", "Julie Ouellet, présidente d'Orme"),
        (LEAD_EN, "en", "Duc Pham and Olivia Kowalski, co-founders of Kettle"),
        (LEAD_EN, "en", "Duc Pham, co-founder of Kettle, in Melbourne"),
        (LEAD_FR, "fr", "Les cofondateurs d'Orme, Julie Ouellet et Samir Haddad"),
        (LEAD_FR, "fr", "De gauche à droite : Julie Ouellet et Samir Haddad, fondateurs d'Orme"),
        (LEAD_EN, "en", "Kettle co-founders Duc Pham and Olivia Kowalski"),
        (LEAD_EN, "en", "From left: Duc Pham and Olivia Kowalski, co-founders of Kettle"),
    ],
)
def test_names_and_roles_between_paragraphs_are_a_caption(lead, lang, caption):
    page = lines.read("Headline over the article\n" + lead.format(caption=caption), lang)
    assert next(line for line in page.lines if line.text == caption).kind == "caption"


@pytest.mark.parametrize(
    ("lead", "lang", "heading"),
    [
        (LEAD_EN, "en", "What the founders want"),
        (LEAD_EN, "en", "A conversation with Kettle CEO Olivia Kowalski"),
        (LEAD_FR, "fr", "Ce que veulent les fondateurs"),
    ],
)
def test_a_section_heading_naming_people_stays_a_heading(lead, lang, heading):
    page = lines.read("Headline over the article\n" + lead.format(caption=heading), lang)
    assert next(line for line in page.lines if line.text == heading).kind == "heading"


SIGNED = """Brightwater Capital
Portfolio
Team
Why we are backing {company}
{date}
Today we are announcing that Brightwater is leading a seed round in {company}, a start-up that plans ferry timetables.
{body}
Welcome to the family.
{sign}
Share this post
© 2027 Brightwater Capital
"""


@pytest.mark.parametrize(
    ("lang", "body", "sign", "authors"),
    [
        ("en", "As part of the round, our partner Maren Holt joins the board.", "— Maren Holt, Partner", []),
        ("en", "Maren Holt, who led the deal for us, takes a board seat.", "— Maren Holt, General Partner", []),
        ("fr", "Dans le cadre du tour, notre associée Camille Roux rejoint le conseil.", "— Camille Roux, Partner", []),
        ("en", "I'm joining the board, and we could not be prouder.", "— Maren Holt, Partner", []),
        ("fr", "Je rejoins le conseil d'administration de la société.", "— Camille Roux, associée", []),
        ("en", "The founders met us at a harbour café two years ago.", "— Maren Holt, editor", ["Maren Holt"]),
    ],
)
def test_a_post_signed_by_a_partner_of_the_firm_has_no_author(lang, body, sign, authors):
    text = SIGNED.format(company="Fjord", date="March 2, 2027", body=body, sign=sign)
    assert lines.read(text, lang).authors == authors


@pytest.mark.parametrize("age", ["6 hr. ago", "1 sem.", "2 ans", "5 mo", "3 yr. ago", "il y a 3 h", "2 semaines"])
def test_an_age_reads_the_same_alone_and_beside_the_author(age):
    assert AGE_ALONE.match(age)
    assert row_of_details(f"Jane Doe · {age}")


@pytest.mark.parametrize(
    "text",
    ["Photographs by Marcus Obi", "Photography by Ann Lee", "Pictures by Tom Reyes", "Photographies de Jean Roux"],
)
def test_a_credit_for_the_pictures_names_no_author(text):
    assert not (byline(text) or ([], None))[0]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("James Whitford Technology reporter", "James Whitford"),
        ("Siobhan Kelly Business editor", "Siobhan Kelly"),
        ("Tomás Ferreira Markets correspondent", "Tomás Ferreira"),
        ("Claire Roux Économie journaliste", "Claire Roux"),
        ("Jean Paul Martin editor", "Jean Paul Martin"),
    ],
)
def test_a_name_then_its_beat_and_role_without_a_separator_is_a_byline(text, author):
    assert byline(text)[0] == [author]


@pytest.mark.parametrize(
    "text",
    [
        'Duc Pham and Olivia Kowalski say rostering is "the most hated spreadsheet in healthcare". Supplied',
        "Les deux fondateurs dans leurs locaux du quartier de la Croix-Rousse, à Lyon. DR",
        "Founder Ren Aoki with one of the drones at the Sapporo workshop. Photo supplied",
        "La fondatrice de la start-up devant la première usine du groupe. Photo fournie",
    ],
)
def test_a_caption_ending_with_where_the_picture_came_from_is_a_caption(text):
    assert credited_caption(text)


@pytest.mark.parametrize("text", ["The company said the data was supplied", "It was supplied."])
def test_a_sentence_ending_with_supplied_is_no_caption(text):
    assert not credited_caption(text)


GLUED = {
    "en": "Sable sold\nNvidia has bought Sable, an Austin start-up whose software routes chip packages, the companies "
    "said on Tuesday.\nThe start-up's 22 staff will join Nvidia. Analysts called it a classic acqui-hire.{}\n",
    "fr": "Sable vendu\nNvidia a racheté Sable, une start-up d'Austin dont le logiciel dessine les boîtiers de puces, "
    "ont annoncé mardi les deux sociétés.\nSes 22 salariés rejoindront Nvidia. Un rachat de talents, selon les "
    "analystes.{}\n",
}


@pytest.mark.parametrize(
    ("sign", "lang", "author"),
    [
        (" — Greg Halloran, Senior Editor", "en", "Greg Halloran"),
        (" — Sam Obi, staff writer", "en", "Sam Obi"),
        (" – Marie Roux, journaliste", "fr", "Marie Roux"),
        (" — Ana Lopes, The Harbour Review", "en", "Ana Lopes"),
    ],
)
def test_a_sign_off_glued_to_the_last_paragraph_names_the_author(sign, lang, author):
    page = lines.read(GLUED[lang].format(sign), lang)
    assert page.authors == [author]
    assert not any(sign.strip() in line.text for line in page.lines if line.kind == "content")
