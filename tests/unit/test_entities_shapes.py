"""Names whose shape the usual cues miss (issue 14, point 5): a family-name-first name whose given name is also a
month's, a person whose apposition names a company as the object of a preposition, a unit's or section's name
joined by "&", a one-letter start-up, a well-known person named by the surname alone beside their company, a firm
named only by the masthead of its own page, and a first name alone that another article of the story gives in full.
The names are invented unless a sentence is about the knowledge base's well-known people and organisations."""

import pytest
from test_entities import TEST_CONTENT
from test_entities_evidence import _found

from digest import registry
from digest.ingest import entities
from digest.ingest.entities.own_pages import own_page
from digest.ingest.entities.story_names import story_first_names


@pytest.fixture(scope="module")
def reg():
    return registry.load(TEST_CONTENT)


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "The board of Corvel removed its founder, Dinh Thi Mai, in March. Ms Dinh said she would appeal.",
            "en",
            "Dinh Thi Mai",
        ),
        (
            "Le conseil de Lavandou a rappelé Vo Van Mai à la présidence, trois semaines après son départ.",
            "fr",
            "Vo Van Mai",
        ),
        ("Orbalis hired Trinh Thi June as head of research; she starts in January.", "en", "Trinh Thi June"),
        ("Chez Brisant, Ngo Duc Avril dirigera l'équipe de recherche à partir de janvier.", "fr", "Ngo Duc Avril"),
    ],
)
def test_a_given_name_that_is_also_a_month_ends_a_three_word_name(reg, text, lang, person):
    _, people = _found(reg, text, lang)
    assert person in people, people


def test_a_month_after_a_name_is_still_a_date(reg):
    _, people = _found(reg, "The deal was announced by Jane Holloway May 3 in Boston.", "en")
    assert people == {"Jane Holloway"}, people


@pytest.mark.parametrize(
    ("text", "lang", "person", "company"),
    [
        (
            "The start-up Ferrant released a model on Tuesday. Ravi Menon, an investor in the company, "
            "attended the launch.",
            "en",
            "Ravi Menon",
            "Ferrant",
        ),
        (
            "La start-up Ferrant a présenté son modèle mardi. Paul Girardin, un associé de la banque, était présent.",
            "fr",
            "Paul Girardin",
            "Ferrant",
        ),
        (
            "The round was led by Calder Fund. Hana Ito, a partner at the fund, joins the board of Ferrant.",
            "en",
            "Hana Ito",
            "Calder Fund",
        ),
    ],
)
def test_an_apposition_whose_company_follows_a_preposition_is_a_persons(reg, text, lang, person, company):
    companies, people = _found(reg, text, lang)
    assert person in people and person not in companies, (people, companies)
    assert company in companies, companies


def test_an_apposition_naming_what_a_company_is_still_makes_a_company(reg):
    companies, _ = _found(reg, "Orbalis bought Lumio, a Lyon-based software company, last year.", "en")
    assert "Lumio" in companies, companies


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [
        (
            "La mission a été conduite par Claire Ravel, associée, au sein de notre practice Énergie & Climat.",
            "fr",
            "Énergie & Climat",
        ),
        ("She edits the Science & Society section of the Courier.", "en", "Science & Society"),
        ("Il dirige le pôle Santé & Innovation du groupe Ferrant.", "fr", "Santé & Innovation"),
        ("Our Health & Care team advised Ferrant on the deal.", "en", "Health & Care"),
    ],
)
def test_a_unit_or_section_joined_by_an_ampersand_is_no_company(reg, text, lang, phrase):
    companies, _ = _found(reg, text, lang)
    assert phrase not in companies, companies


@pytest.mark.parametrize(
    ("text", "lang", "firm"),
    [
        ("Elle a rejoint le cabinet Morvan & Associés en 2021.", "fr", "Morvan & Associés"),
        ("The deal was advised by Harwood & Quill, a London law firm.", "en", "Harwood & Quill"),
    ],
)
def test_a_firm_named_with_an_ampersand_is_still_a_company(reg, text, lang, firm):
    companies, _ = _found(reg, text, lang)
    assert firm in companies, companies


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Tuesday, Q said it had raised $40 million in a Series A led by Calder Fund.", "en"),
        ("La start-up Q a levé 12 millions d'euros auprès de Calder Fund.", "fr"),
        ("The idea became Q, the Austin company she co-founded in 2023 with Jane Holloway.", "en"),
        ("Q a annoncé avoir levé 8 millions d'euros pour recruter.", "fr"),
    ],
)
def test_a_one_letter_company_is_named_where_the_sentence_makes_it_one(reg, text, lang):
    companies, _ = _found(reg, text, lang)
    assert "Q" in companies, companies


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ferrant a bouclé une levée de fonds de série C de 90 millions d'euros.", "fr"),
        ("Ferrant prépare une levée de fonds de série B d'au moins 60 millions d'euros.", "fr"),
        ("I raised $5 million last year, said Jane Holloway of Ferrant.", "en"),
        ("Ferrant has a Plan B: the company raised $3 million from its founders.", "en"),
    ],
)
def test_a_round_letter_or_a_pronoun_is_no_company(reg, text, lang):
    companies, _ = _found(reg, text, lang)
    assert all(len(name) > 1 for name in companies), companies


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mistral AI said on Monday that Jane Holloway will join as chief scientist. Mensch praised the hire.", "en"),
        ("Mistral AI recrute Jane Holloway. Selon Mensch, l'équipe doublera en un an.", "fr"),
        ("Jane Holloway joins Mistral AI in January, a hire Mensch called exceptional.", "en"),
    ],
)
def test_a_known_persons_surname_alone_beside_their_company_names_them(reg, text, lang):
    _, people = _found(reg, text, lang)
    assert "Arthur Mensch" in people, people


@pytest.mark.parametrize(
    "text",
    [
        "Google said on Monday it would invest. Page views rose sharply.",
        "Ferrant hired its co-founder Douglas Mensch from Mistral AI. Mensch starts in May.",
        "Jane Holloway joined Ferrant. Mensch described the hire as exceptional.",
    ],
)
def test_a_surname_alone_without_the_known_persons_company_or_with_a_full_name_is_not_theirs(reg, text):
    _, people = _found(reg, text, "en")
    assert "Arthur Mensch" not in people and "Larry Page" not in people, people


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "Nous sommes heureux d'annoncer que Jane Holloway a rejoint Ferrant comme directrice financière, à "
            "l'issue d'une mission conduite par notre cabinet.",
            "Morvan & Associés",
        ),
        ("Today we led the seed round of Ferrant, a Lyon start-up building audit agents.", "Calder Ventures"),
        ("We are thrilled to welcome Ferrant to our portfolio.", "Orbel Capital LLP"),
    ],
)
def test_a_firms_own_page_names_the_firm_its_masthead_gives(reg, body, source):
    issuer, created = own_page(body, source, reg, [])
    assert created is not None and created.name == source and issuer == created.id


@pytest.mark.parametrize(
    ("lang", "body", "source"),
    [
        (
            "en",
            "Today we're announcing that Calder is leading Ferrant's $8M seed round. We are thrilled to back Ferrant, "
            "and Calder will join its board.",
            "Calder Ventures",
        ),
        (
            "en",
            "We led the Series A of Ferrant. At Orbel, we invested because the founders know their market. Orbel has "
            "backed ten such teams.",
            "Orbel Capital",
        ),
        (
            "en",
            "Our portfolio company Ferrant has raised $20m. Brightwater is proud to have led its first round.",
            "Brightwater Partners LLP",
        ),
        (
            "en",
            "We are proud to welcome Ferrant to our portfolio. Kestrel's partners met the founders in 2023.",
            "Kestrel Capital",
        ),
        (
            "fr",
            "Nous sommes heureux d'annoncer que Calder mène la levée de Ferrant. Calder rejoint son conseil "
            "d'administration.",
            "Calder Ventures",
        ),
        (
            "fr",
            "Notre fonds a mené le tour de table de Ferrant. Chez Orbel, nous croyons à l'IA industrielle ; Orbel "
            "accompagne dix start-up.",
            "Orbel Capital",
        ),
        (
            "fr",
            "Nous sommes fiers d'annoncer l'arrivée de Jane Holloway chez Ferrant, à l'issue d'une mission menée par "
            "Morvan. Morvan recrute des dirigeants.",
            "Morvan Partners",
        ),
        (
            "fr",
            "Notre portefeuille s'agrandit : Kestrel investit dans Ferrant. Kestrel a rencontré les fondateurs.",
            "Kestrel Capital",
        ),
    ],
)
def test_a_firms_own_page_naming_itself_short_gives_the_firm_once_under_its_full_name(reg, lang, body, source):
    found = entities.extract(body, lang, reg)
    issuer, created = own_page(body, source, reg, found.companies, tuple(found.new))
    names = {e.id: e.name for e in [*found.new, *([created] if created else [])]}
    companies = [names.get(i) or reg.name("company", i) for i in [*found.companies, *([issuer] if issuer else [])]]
    assert [name for name in companies if name.split()[0] == source.split()[0]] == [source], companies


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "« Nous sommes heureux d'annoncer cette levée », explique Jane Holloway, cofondatrice de Ferrant.",
            "Morvan & Associés",
        ),
        ("Nous sommes heureux d'annoncer que Jane Holloway a rejoint Ferrant.", "Le Courrier du Soir"),
        ("Ferrant raised $4 million from Calder Ventures, its first round.", "Calder Ventures"),
    ],
)
def test_no_firm_without_its_own_voice_or_a_firms_name(reg, body, source):
    assert own_page(body, source, reg, []) == ("", None)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("We met Arthur in 2022, weeks after he left his lab. We back Arthur and the team again.", "en"),
        ("Nous avons rencontré Arthur en 2022. Arthur a convaincu le fonds en une heure.", "fr"),
        ("It was the pitch that won us over, said Guillaume Lample: Arthur had the numbers.", "en"),
    ],
)
def test_a_first_name_alone_names_the_person_another_article_of_the_story_names_in_full(reg, body, lang):
    news = ("Arthur Mensch a levé des fonds.", {"story": "s", "people": ["arthur-mensch"]})
    post = (body, {"story": "s", "people": []})
    story_first_names([news, post], reg)
    assert "arthur-mensch" in post[1]["people"], post[1]


@pytest.mark.parametrize(
    ("body", "story"),
    [
        ("We met Arthur in 2022.", "other"),  # another story
        ("We met Arthur Dupont in 2022.", "s"),  # another Arthur, in full
        ("We met Arthur in 2022.", None),
    ],
)
def test_a_first_name_alone_stays_unnamed_outside_the_story_or_beside_a_surname(reg, body, story):
    news = ("Arthur Mensch a levé des fonds.", {"story": "s", "people": ["arthur-mensch"]})
    post = (body, {"story": story, "people": []})
    story_first_names([news, post], reg)
    assert post[1]["people"] == [], post[1]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        # a first name that a known product also has, after a role, with the surname said again
        (
            "The co-founder left after a row with chief executive Gemma Holloway. Holloway declined to comment.",
            "en",
            "Gemma Holloway",
        ),
        (
            "Le litige oppose les fondateurs à la directrice générale Gemma Roussel. Roussel n'a pas répondu.",
            "fr",
            "Gemma Roussel",
        ),
        # a first name that is also a nationality's word, after a sentence's first grammar word
        ("Pour François Garnier, associé du fonds, le profil a pesé.", "fr", "François Garnier"),
        ("Selon François Garnier, associé du fonds, le profil a pesé.", "fr", "François Garnier"),
        # a Korean given name, its second syllable in small letters
        (
            "Naver is hiring in Tokyo, and Seung-hoon Baek, a Seoul-based venture investor, said so.",
            "en",
            "Seung-hoon Baek",
        ),
        ("Ferrant a recruté Ji-woo Han comme directrice de la recherche.", "fr", "Ji-woo Han"),
        # a Vietnamese family name written with its accent, like no grammar word
        ("Ce lundi, Minh-Anh Lê nous a rejoints comme directrice technique de Ferrant.", "fr", "Minh-Anh Lê"),
        ("Ferrant named Quoc-Bao Đỗ as its chief technology officer.", "en", "Quoc-Bao Đỗ"),
    ],
)
def test_a_person_whose_name_shares_a_word_with_something_else_is_found(reg, text, lang, person):
    _, people = _found(reg, text, lang)
    assert person in people, people


def test_a_lab_joined_by_an_ampersand_is_a_unit_and_neither_of_its_words_a_company(reg):
    text = "Le laboratoire Image & Vision de l'université a donné naissance à une nouvelle entreprise : Ferrant."
    companies, _ = _found(reg, text, "fr")
    assert companies == {"Ferrant"}, companies
