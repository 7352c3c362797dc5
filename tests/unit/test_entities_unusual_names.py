"""Companies whose name has an unusual shape (digits glued on, a common word) are found where the sentence makes
them a company: their board or owners named ("the board of X", "le conseil d'administration de X"). The names and
sentences are invented."""

import pytest
from test_entities import TEST_CONTENT
from test_entities_evidence import _found

from digest import registry


@pytest.fixture(scope="module")
def reg():
    return registry.load(TEST_CONTENT)


@pytest.mark.parametrize(
    ("text", "lang", "company"),
    [
        ("On Tuesday the board of Tarn4 said that Ines Varga would step down as chief executive.", "en", "Tarn4"),
        ("Shareholders of Quillo9 approved the merger on Friday by a wide margin.", "en", "Quillo9"),
        ("Le conseil d'administration de Brume3 a nommé Claire Dupin directrice générale lundi.", "fr", "Brume3"),
        ("Les actionnaires de Lumo8 ont rejeté l'offre de rachat jeudi soir.", "fr", "Lumo8"),
        ("Le conseil de surveillance de Kestrel a désigné un nouveau président.", "fr", "Kestrel"),
    ],
)
def test_a_company_named_by_its_board_or_owners(reg, text, lang, company):
    companies, _ = _found(reg, text, lang)
    assert company in companies, companies


@pytest.mark.parametrize(
    ("text", "lang", "name", "short"),
    [
        (
            "Brine Robotics, founded in May by Lea Moss, makes welding arms. Investors called Brine a safe bet.",
            "en",
            "Brine Robotics",
            "Brine",
        ),
        (
            "Pivot Labs opened on Monday in Leeds. A partner at Harrow said Pivot had the best team he had seen.",
            "en",
            "Pivot Labs",
            "Pivot",
        ),
        (
            "Tessel Health a levé 4 millions d'euros. Les fondateurs de Tessel veulent recruter.",
            "fr",
            "Tessel Health",
            "Tessel",
        ),
    ],
)
def test_the_short_name_a_text_gives_a_new_company_is_kept_as_its_alias(reg, text, lang, name, short):
    from digest.ingest.entities import extract

    new = {e.name: e.aliases for e in extract(text, lang, reg).new if e.kind == "company"}
    assert short in new.get(name, []), new


@pytest.mark.parametrize(
    ("text", "lang", "company"),
    [
        ("Un laboratoire consacré à la météo agricole, baptisé Girouette, a ouvert lundi à Rennes.", "fr", "Girouette"),
        ("Une jeune pousse nantaise, baptisée Héron, veut recycler les batteries.", "fr", "Héron"),
        ("A lab devoted to flood forecasting, called Compass, opened on Monday in Leeds.", "en", "Compass"),
        ("Two engineers have started a company dubbed Lantern that sells payroll software.", "en", "Lantern"),
    ],
)
def test_the_name_given_to_a_new_organisation_is_a_company(reg, text, lang, company):
    companies, _ = _found(reg, text, lang)
    assert company in companies, companies


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("La start-up a lancé lundi un modèle de langue baptisé Orion.", "fr", "Orion"),
        ("The start-up released a chatbot dubbed Ember on Monday.", "en", "Ember"),
        ("The company shipped a phone called Quartz 3 in May.", "en", "Quartz"),
    ],
)
def test_a_name_given_to_a_product_is_no_company(reg, text, lang, name):
    companies, _ = _found(reg, text, lang)
    assert not any(name in c for c in companies), companies
