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
