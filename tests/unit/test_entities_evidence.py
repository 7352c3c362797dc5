"""How a text says that a name is a company or a person, one kind of sentence at a time (issue 14, point 5).
The names are invented: no registry or knowledge base knows them, only the sentence can tell."""

import pytest
from test_entities import TEST_CONTENT

from digest import registry
from digest.ingest import entities


@pytest.fixture(scope="module")
def reg():
    return registry.load(TEST_CONTENT)


def _found(reg, text: str, lang: str = "en") -> tuple[set[str], set[str]]:
    """Names of the companies and people found in ``text``, as the registry files would name them."""
    extraction = entities.extract(text, lang, reg)
    new = {e.id: e.name for e in extraction.new}

    def names(ids, kind):
        return {new[i] if i in new else reg.name(kind, i) for i in ids}

    return names(extraction.companies, "company"), names(extraction.people, "person")


@pytest.mark.parametrize(
    ("text", "lang", "company"),
    [
        ("The start-up was incubated at a regional hub and backed by Lumecraft.", "en", "Lumecraft"),
        ("La jeune pousse, soutenue par Ormelis, vise le marché allemand.", "fr", "Ormelis"),
        (
            "Le tour de table est mené par le fonds Vexalor Capital, aux côtés de Bréhat Up et de business angels.",
            "fr",
            "Bréhat Up",
        ),
        ("The seed round, led by Quorvane Ventures alongside Tiderock, values the firm at $40m.", "en", "Tiderock"),
        (
            "Pellucid Labs aside, the sector is quiet. Norvessa raised $12 million in a seed round on Monday.",
            "en",
            "Norvessa",
        ),
        ("Kestrane a levé 8 millions d'euros auprès de business angels.", "fr", "Kestrane"),
        ("Halvard Motors HALV.N on Monday announced a new plant.", "en", "Halvard Motors"),
        ("Shares of Brightmoor Dynamics (NASDAQ: BMDY) rose 5%.", "en", "Brightmoor Dynamics"),
        ("Un accord a été signé entre la kenyane Savannet et un opérateur local.", "fr", "Savannet"),
        ("Fondée par deux anciens de Corvelle, l'entreprise compte 40 salariés.", "fr", "Corvelle"),
        ("Il est passé par le laboratoire de vision de Dravenne avant de fonder sa société.", "fr", "Dravenne"),
        ("It is the group's eighth acquisition, after deals for Quillon and Tessary.", "en", "Quillon"),
        ("It is the group's third acquisition, after Omberly in 2021 and Pravix Robotics in 2025.", "en", "Omberly"),
        ("Contextual Minds AI, a startup founded by former researchers, has 40 staff.", "en", "Contextual Minds AI"),
        ("The team includes researchers from Corvelle and engineers from a local university.", "en", "Corvelle"),
        ("A spokesperson for Lumecraft declined to comment.", "en", "Lumecraft"),
        ("He was a product manager, and before that worked for Savannet.", "en", "Savannet"),
        ("Ex-Tessary CEO Jonas Whitby joined the board last week.", "en", "Tessary"),
        ("L'ex-dirigeant d'Ormelis conseille désormais des fonds.", "fr", "Ormelis"),
        ("That matters, with Anthropic's licences still making lawyers nervous.", "en", "Anthropic"),  # known
        ("The models matter for utilities such as Énergie Septentrion, the founder said.", "en", "Énergie Septentrion"),
        ("Paris-based Omberly signed a deal with a regional bank.", "en", "Omberly"),
        (
            "Des acteurs bancaires, à l'image de Lorvan Développement et Ardaise Participations, ont suivi.",
            "fr",
            "Lorvan Développement",
        ),
        ("Hier, la société a annoncé un partenariat avec Corvelle pour équiper ses usines.", "fr", "Corvelle"),
    ],
)
def test_the_sentence_says_the_name_is_a_company(reg, text, lang, company):
    companies, people = _found(reg, text, lang)
    assert company in companies
    assert company not in people


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("He previously led Generative AI at Corvelle and ran Applied Research there.", "en", "Generative AI"),
        ("He previously led Generative AI at Corvelle and ran Applied Research there.", "en", "Applied Research"),
        ("The start-up said Responsible AI was a priority for its customers.", "en", "Responsible AI"),
        (
            "The round comes after the startup turned profitable, its cofounder told Brightwave Research.",
            "en",
            "Brightwave Research",
        ),
        (
            "La société a confié à Nordwire Intelligence qu'elle recrutait vingt ingénieurs.",
            "fr",
            "Nordwire Intelligence",
        ),
        # a function after "head of", that the text also writes in small letters
        (
            "We welcome Dana Roe as our Head of Inference. She will make inference cheaper for every customer.",
            "en",
            "Inference",
        ),
        # a lab's acronym that is also a common one, without an organisation cue
        ("The dataset follows the FAIR principles for open science.", "en", "FAIR"),
        # a university's school
        (
            "“It matters,” said Paul Ode, dean of the School of Computing at Harwick University.",
            "en",
            "School of Computing",
        ),
        # a term introduced in quotation marks
        (
            "He will launch a start-up focused on “Advanced Machine Intelligence”, systems that plan.",
            "en",
            "Advanced Machine Intelligence",
        ),
    ],
)
def test_a_field_a_team_or_a_newsroom_is_no_company(reg, text, lang, name):
    companies, _ = _found(reg, text, lang)
    assert name not in companies


def test_a_city_starting_a_company_name_stays_a_city(reg):
    text = (
        "The Toronto Institute for Machine Reasoning opened a lab, backed by Corvelle. Toronto has many such "
        "labs. Researchers in Toronto said so."
    )
    extraction = entities.extract(text, "en", reg)
    assert not [m for m in extraction.mentions if m.kind == "company" and m.surface == "Toronto"]


def test_capital_initials_name_the_company_of_the_text(reg):
    text = (
        "Halvard Motors HALV.N on Monday announced the hiring of its first AI chief. HM has hired Dana Whitlow. "
        "Industrial Sensing Research Institute (ISRI) and a university signed a deal. La start-up est à LA."
    )
    extraction = entities.extract(text, "en", reg)
    by_surface = {m.surface: m.id for m in extraction.mentions if m.kind == "company"}
    assert by_surface["HM"] == by_surface["Halvard Motors"] == "halvard-motors"
    assert by_surface["ISRI"] == "industrial-sensing-research-institute"
    assert "LA" not in by_surface and "La" not in by_surface  # a word, not initials
    assert [e.aliases for e in extraction.new if e.id == "halvard-motors"] == [[]]  # never an alias elsewhere


@pytest.mark.parametrize(
    ("text", "lang", "hosts", "guest"),
    [
        (
            "Our hosts Dara Finnegan and Lucy Okafor ask Marguerite Tessier how the ouster happened.",
            "en",
            {"Dara Finnegan", "Lucy Okafor"},
            "Marguerite Tessier",
        ),
        (
            "Au micro de Léa Vautrin et Karim Belhadj, Sophie Marchetti revient sur sept années passées chez Corvelle.",
            "fr",
            {"Léa Vautrin", "Karim Belhadj"},
            "Sophie Marchetti",
        ),
        (
            "Dans cet épisode animé par Julie Carrel, la fondatrice Sophie Marchetti raconte sa levée.",
            "fr",
            {"Julie Carrel"},
            "Sophie Marchetti",
        ),
    ],
)
def test_a_shows_hosts_are_no_people_of_the_story_its_guests_are(reg, text, lang, hosts, guest):
    _, people = _found(reg, text, lang)
    assert not hosts & people
    assert guest in people


def test_a_name_and_its_native_form_in_brackets_are_one_person(reg):
    text = (
        "Researcher Minh Vo (Võ Văn Minh), a director at Corvelle, joined Tessary last week, the company said. "
        "Vo said he would lead its London office."
    )
    _, people = _found(reg, text)
    assert people == {"Võ Văn Minh"}


def test_both_name_orders_are_one_person(reg):
    text = (
        "The founder Zhao Mingyu started the company in 2023. The founder Mingyu Zhao has rarely given "
        "interviews, and Maria Garcia Lopez, who leads sales, said Maria Garcia would stay."
    )
    _, people = _found(reg, text)
    assert people == {"Zhao Mingyu", "Maria Garcia Lopez"}


def test_chinese_names_in_pinyin_are_people_without_a_known_first_name(reg):
    text = "When Wu Cunsheng and Tang Bingrui founded their start-up two years ago, they flew to Hong Kong."
    companies, people = _found(reg, text)
    assert people == {"Wu Cunsheng", "Tang Bingrui"}
    assert not companies


@pytest.mark.parametrize(
    "text, lang, wanted",
    [
        # a research lab a text names is an organisation of its own, next to its parent; a country extends a lab's name
        (
            "She spent five years at Google Brain, then joined Microsoft Research India.",
            "en",
            {"Google Brain", "Microsoft Research India"},
        ),
        (
            "Il avait passé quatre ans chez Microsoft Research avant de rejoindre Meta.",
            "fr",
            {"Microsoft Research", "Meta"},
        ),
        # a legal form written out after a two-word name is part of a public body's name
        (
            "The Industrial Development Corporation and Kestrel Capital also joined the round.",
            "en",
            {"Industrial Development Corporation", "Kestrel Capital"},
        ),
        # a nationality noun after an article says who the company is, not its name
        ("L'Ivoirienne Wabaya AI a annoncé une levée de 3 millions d'euros.", "fr", {"Wabaya AI"}),
        # an apposition with a business noun; an adviser in a deal; "advised by"
        ("Elle dirigeait les équipes de Vert Azur, un assureur mutualiste de Lyon.", "fr", {"Vert Azur"}),
        (
            "Corvane acted as financial adviser to Tessaro. Tessaro was advised by Brindley Partners.",
            "en",
            {"Corvane", "Brindley Partners"},
        ),
        # an industry noun before a one-word name; a known name opening a list of companies
        ("Its customers include Swiss utility Varnhelm.", "en", {"Varnhelm"}),
        ("Meta, Mistral AI and Alibaba all published numbers last month.", "en", {"Meta", "Mistral AI", "Alibaba"}),
        # a business suffix (healthcare, technology) makes a name a company, and never a person
        (
            "She joins from Brellin Technology. Its software is used by Corwen Healthcare.",
            "en",
            {"Brellin Technology", "Corwen Healthcare"},
        ),
        # a name after "une entreprise :", a foundation, a target named with its city's adjective
        (
            "Le laboratoire a donné naissance à une nouvelle entreprise : Tavel Santé, officiellement fondée en avril.",
            "fr",
            {"Tavel Santé"},
        ),
        (
            "Elle bénéficie d'un prêt de la Fondation Orlhac. En 2024, le groupe avait racheté le lyonnais Quernel.",
            "fr",
            {"Fondation Orlhac", "Quernel"},
        ),
    ],
)
def test_organisations_said_by_their_kind_of_name_or_sentence(reg, text, lang, wanted):
    companies, people = _found(reg, text, lang)
    assert wanted <= companies and not people & wanted


@pytest.mark.parametrize(
    "text, lang, unwanted",
    [
        (
            "She spent eight years in HR roles; head of HR since May. Vanta plc — Investor Relations — "
            "ir@vanta.example",
            "en",
            {"HR", "Relations", "Investor Relations"},
        ),
        (
            "Elle avait reçu le prix « DRH de l'année » des Trophées Cadres & Talents.",
            "fr",
            {"Trophées Cadres & Talents", "DRH"},
        ),
        # a general field ending in a business suffix, at a sentence start, names no firm
        (
            "Digital Technology is changing hospitals. Predictive Healthcare needs data.",
            "en",
            {"Digital Technology", "Predictive Healthcare"},
        ),
        # a state between commas after its city
        ("Corvane will buy Pellor, a Denver, Colorado, startup that builds compilers.", "en", {"Colorado"}),
    ],
)
def test_departments_prizes_and_fields_are_no_companies(reg, text, lang, unwanted):
    companies, _ = _found(reg, text, lang)
    assert not companies & unwanted
