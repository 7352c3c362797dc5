"""How a text refers again to an organisation it names, and what only looks like one: a known company's initials,
a function after "head of", a buyer, a place's complement, a sentence-case headline's names. Invented sentences."""

import pytest
from test_entities import TEST_CONTENT
from test_entities_evidence import _found

from digest import registry
from digest.ingest import entities


@pytest.fixture(scope="module")
def reg():
    return registry.load(TEST_CONTENT)


@pytest.mark.parametrize(
    ("text", "lang", "company", "initials"),
    [
        ("Hugging Face a recruté un chercheur. Chez HF, il dirigera l'équipe vision.", "fr", "Hugging Face", "HF"),
        ("He spent four years at Thinking Machines Lab. At TML he built the evaluation stack.", "en", None, "TML"),
        ("Black Forest Labs opened an office in Munich. Engineers at BFL will work on video.", "en", None, "BFL"),
        ("Physical Intelligence a levé des fonds. Selon PI, les robots apprendront plus vite.", "fr", None, "PI"),
    ],
)
def test_a_new_company_named_by_a_known_ones_initials_is_that_one(reg, text, lang, company, initials):
    companies, _ = _found(reg, text, lang)
    assert initials not in companies
    assert len(companies) == 1, companies


@pytest.mark.parametrize(
    ("headline", "body", "lang", "company"),
    [
        (
            "Veloria Dynamics buys Lisette to bring surrogates into its tools",
            "The software group has acquired Lisette, a 40-person start-up.",
            "en",
            "Veloria Dynamics",
        ),
        (
            "Ormeau Santé rachète Pimprenelle",
            "Le groupe lyonnais a racheté la start-up, qui compte douze salariés.",
            "fr",
            "Ormeau Santé",
        ),
        (
            "Brightwater Labs signs its first bank",
            "The start-up signed a three-year contract on Monday.",
            "en",
            "Brightwater Labs",
        ),
        (
            "Quillon Robotique recrute 40 ingénieurs",
            "La société veut doubler ses effectifs d'ici à la fin de l'année.",
            "fr",
            "Quillon Robotique",
        ),
    ],
)
def test_a_sentence_case_headline_keeps_its_names(reg, headline, body, lang, company):
    extraction = entities.extract(body, lang, reg, headline=headline)
    assert company in {e.name for e in extraction.new}, [e.name for e in extraction.new]


@pytest.mark.parametrize(
    ("headline", "body", "lang", "topic"),
    [
        (
            "Kestrane raises $12m to build Swahili-language AI for clinics",
            "Kestrane, a Nairobi start-up, raised the round from local investors.",
            "en",
            "Swahili-language AI",
        ),
        (
            "Voice-first AI is the next battleground, says Orvik",
            "Orvik, a start-up, sells call-centre software.",
            "en",
            "Voice-first AI",
        ),
        (
            "Lugha veut bâtir une Wolof-native AI pour les banques",
            "Lugha, une start-up dakaroise, a levé 2 millions d'euros.",
            "fr",
            "Wolof-native AI",
        ),
        (
            "Farm-scale Robotics gets a boost as Tilleul raises €5m",
            "Tilleul, a French start-up, builds weeding robots.",
            "en",
            "Farm-scale Robotics",
        ),
    ],
)
def test_a_described_field_in_a_sentence_case_headline_is_no_company(reg, headline, body, lang, topic):
    extraction = entities.extract(body, lang, reg, headline=headline)
    assert topic not in {e.name for e in extraction.new}, [e.name for e in extraction.new]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Passengers at Charles de Gaulle airport saw delays on Monday.", "en", "Charles de Gaulle"),
        ("Flights from Jomo Kenyatta International Airport resumed.", "en", "Jomo Kenyatta International Airport"),
        ("Les vols de l'aéroport Blaise Diagne ont été retardés.", "fr", "Blaise Diagne"),
        ("Le salon se tient au stade Félix Houphouët-Boigny.", "fr", "Félix Houphouët-Boigny"),
    ],
)
def test_an_airport_or_a_stadium_named_after_someone_is_neither(reg, text, lang, name):
    companies, people = _found(reg, text, lang)
    assert name not in companies | people, (companies, people)


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Investors Tomasz Kowalczyk and Élodie Marchetti backed the round.", "en", "Tomasz Kowalczyk"),
        ("Analysts Priya Nair and Tunde Bakare expect more deals this year.", "en", "Priya Nair"),
        ("Researchers Ama Owusu and Kofi Boateng wrote the paper.", "en", "Ama Owusu"),
        ("Co-founders Do Minh Khoa and Sara Lind started it in 2023.", "en", "Sara Lind"),
    ],
)
def test_a_plural_role_opening_a_sentence_is_no_part_of_the_first_name(reg, text, lang, person):
    _, people = _found(reg, text, lang)
    assert person in people, people


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Il enseigne à l'université Cheikh Anta Diop depuis 2019.", "fr", "Cheikh Anta Diop"),
        ("Les élèves du lycée Léopold Sédar Senghor ont visité les locaux.", "fr", "Léopold Sédar Senghor"),
        ("Le siège est installé rue Jean Baptiste Clément, à Dakar.", "fr", "Jean Baptiste Clément"),
        ("The lab sits on Kwame Nkrumah Avenue, next to the Kofi Annan Centre.", "en", "Kwame Nkrumah"),
    ],
)
def test_every_word_after_an_institution_or_street_noun_names_it(reg, text, lang, name):
    _, people = _found(reg, text, lang)
    assert not any(name.endswith(p) or p.endswith(name.split()[-1]) for p in people), people


# Sentences that make a name a company: (class of evidence, text, language, name).
SAID_TO_BE_COMPANIES = [
    ("a buyer", "Halvane Systems buys Lisette to add simulation to its tools", "en", "Halvane Systems"),
    ("a buyer", "Oriel has acquired Brunnet, a twelve-person start-up from Ghent.", "en", "Oriel"),
    ("a buyer", "Tramontane rachète Galet pour 12 millions d'euros.", "fr", "Tramontane"),
    ("a buyer", "Quartier Bleu a racheté Pimprenelle, spécialiste des capteurs.", "fr", "Quartier Bleu"),
    (
        "the company next",
        "Orbit 9 said on Friday it had cut 40 jobs. The company, led by a former banker, makes radios.",
        "en",
        "Orbit 9",
    ),
    (
        "the company next",
        "Sprocket cut 40 jobs on Friday. The company blamed high rates; Sprocket hopes to rehire.",
        "en",
        "Sprocket",
    ),
    (
        "the company next",
        "Orbite 9 a supprimé 40 emplois. L'entreprise, dirigée par une ancienne banquière, fabrique des radios.",
        "fr",
        "Orbite 9",
    ),
    (
        "the company next",
        "Galet ouvre un bureau à Dakar. La société compte douze salariés, et Galet recrute.",
        "fr",
        "Galet",
    ),
    ("shares", "Shares of W rose 8% after the start-up said it would list in Frankfurt.", "en", "W"),
    ("shares", "Shares in Tessary fell 4% on Monday.", "en", "Tessary"),
    ("shares", "Shares of Orchard closed 3% higher on the news.", "en", "Orchard"),
    ("shares", "Investors sold shares of Quillo9 after the announcement.", "en", "Quillo9"),
    ("investors in", "Investors in Jolt include two pension funds.", "en", "Jolt"),
    ("founded or bought", "Fatima Zahra El Amrani co-founded Atlas Pay in 2022.", "en", "Atlas Pay"),
    ("founded or bought", "Fatima Zahra El Amrani a cofondé Atlas Pay en 2022.", "fr", "Atlas Pay"),
    ("founded or bought", "Il a cofondé Awa Ndiaye Conseil en 2019 avec deux amis.", "fr", "Awa Ndiaye Conseil"),
    ("founded or bought", "Le groupe a racheté Louis Vernet Conseil en mai.", "fr", "Louis Vernet Conseil"),
    ("a number ending the sentence", "Marie-Claire Ngo Bikoko dirige Cacao 3.", "fr", "Cacao 3"),
    ("a number ending the sentence", "Its chief executive left Falco 3. Falco 3 is hiring.", "en", "Falco 3"),
    ("investors in", "Early investors in Wicker have tripled their money.", "en", "Wicker"),
    ("owned role", "Bolt8's chief executive, Ama Serwaa Boateng, said the firm was profitable.", "en", "Bolt8"),
    ("owned role", "Kettle's founders met at school in Leeds.", "en", "Kettle"),
    ("owned role", "Orchard's shareholders approved the sale on Friday.", "en", "Orchard"),
    ("owned role", "Tern4's board named a new chair on Monday.", "en", "Tern4"),
    (
        "firm and plural role",
        "Selon Anne Roy, associée du cabinet Brume & Partners, le marché se tend.",
        "fr",
        "Brume & Partners",
    ),
    ("firm and plural role", "Jane Doe, a partner at Keel & Partners, led the deal.", "en", "Keel & Partners"),
    ("firm and plural role", "Le cabinet Ardoise & Associés conseille la start-up.", "fr", "Ardoise & Associés"),
    ("firm and plural role", "Lawyers at Marsh & Directors advised the buyer.", "en", "Marsh & Directors"),
]
# Sentences where a capitalised phrase in a company's position is none.
NO_COMPANIES = [
    ("function after head of", "She was Head of Open Source at Hugging Face until May.", "en", "Open Source"),
    (
        "function after head of",
        "Il était Head of Developer Relations chez Mistral AI depuis 2023.",
        "fr",
        "Developer Relations",
    ),
    ("function after head of", "He became VP of Machine Learning at Stripe last year.", "en", "Machine Learning"),
    ("function after head of", "Elle est directrice de Data Science chez Qonto.", "fr", "Data Science"),
    ("place noun complement", "Plusieurs ateliers de la vallée de Joux testent déjà l'outil.", "fr", "Joux"),
    ("place noun complement", "Des éleveurs du plateau de Millevaches utilisent l'application.", "fr", "Millevaches"),
    ("place noun complement", "Farmers in the valley of Rhondda already use the tool.", "en", "Rhondda"),
    ("place noun complement", "Ports on the Gulf of Guinea signed up first, the company said.", "en", "Guinea"),
    ("quoted surname", "Okafor said the deal was done. The company declined to comment. Okafor left.", "en", "Okafor"),
    (
        "sentence opener before 'the company'",
        "Malgré la crise, les ventes tiennent. La société recrute. Malgré tout, elle reste prudente.",
        "fr",
        "Malgré",
    ),
    (
        "sentence opener before 'the company'",
        "Fondée en 2019, elle compte douze salariés. La société recrute.",
        "fr",
        "Fondée",
    ),
    ("quoted surname", "Marchetti explique que le contrat est signé. La société n'a pas commenté.", "fr", "Marchetti"),
]


@pytest.mark.parametrize(("evidence", "text", "lang", "name"), SAID_TO_BE_COMPANIES)
def test_the_text_says_it_is_a_company(reg, evidence, text, lang, name):
    companies, _ = _found(reg, text, lang)
    assert name in companies, (evidence, companies)


@pytest.mark.parametrize(("evidence", "text", "lang", "name"), NO_COMPANIES)
def test_a_phrase_in_a_companys_place_is_none(reg, evidence, text, lang, name):
    companies, _ = _found(reg, text, lang)
    assert name not in companies, (evidence, companies)
