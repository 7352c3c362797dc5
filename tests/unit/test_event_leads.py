"""Events told the way a lead tells them (issue 14, point 6): a mover described before being named, a departure
whose company is in the person's description, founders who raise for their start-up, a start-up's origin that is
not the company founded; and silence where the text does not link a person to the move."""

import pytest
from article_events import events_of


def _facts(text, lang, headline=None):
    return {(e["type"], e.get("person"), e["company"], e.get("from_company")) for e in events_of(text, lang, headline)}


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "One of Orbisoft's most senior research engineers has left the search company to become head of research "
            "at Tesselate, a Leeds start-up that builds document models.\n\nIngrid Korhonen-Baptiste, who led a team "
            "of 40 people at Orbisoft, confirmed the move on Monday. Korhonen-Baptiste starts at Tesselate in April, "
            "and Tesselate's chief executive said the hire had taken a year.",
        ),
        (
            "fr",
            "L'une des chercheuses les plus en vue d'Orbisoft quitte l'entreprise pour rejoindre Tesselate, une "
            "start-up lyonnaise qui conçoit des modèles documentaires.\n\nIngrid Korhonen-Baptiste, qui dirigeait une "
            "équipe de 40 personnes chez Orbisoft, a confirmé lundi son arrivée. Mme Korhonen-Baptiste prendra ses "
            "fonctions en avril.",
        ),
    ],
)
def test_a_mover_described_in_the_lead_is_the_person_the_next_sentence_names(lang, text):
    facts = _facts(text, lang)
    assert ("joins", "ingrid-korhonen-baptiste", "tesselate", "orbisoft") in facts
    assert not any(kind == "joins" and company == "orbisoft" for kind, _, company, _ in facts)


def test_a_described_mover_is_not_a_speaker_named_once_after_the_lead():
    text = (
        "One of Orbisoft's most senior research engineers has left the search company to join Tesselate, a Leeds "
        "start-up.\n\nMarta Quist-Ellery, a partner at a London fund, said the move showed that start-ups could now "
        "hire senior people. The engineer's name was not disclosed."
    )
    assert not any(person == "marta-quist-ellery" for _, person, _, _ in _facts(text, "en"))


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Tobias Arkwright-Lund, 34, co-founder and chief scientist of Leeds start-up Quillory, told staff on "
            'Monday he was leaving "with immediate effect" after a row with the board.',
        ),
        (
            "fr",
            "Tobias Arkwright-Lund, 34 ans, cofondateur et directeur scientifique de la start-up Quillory, a annoncé "
            "lundi qu'il quittait ses fonctions.",
        ),
    ],
)
def test_a_departure_leaves_the_company_of_the_person_s_description(lang, text):
    assert ("leaves", "tobias-arkwright-lund", "quillory", None) in _facts(text, lang)


def test_founders_raise_for_their_start_up_and_its_origin_is_not_the_company_founded():
    text = (
        "La start-up issue de l'Inria, fondée par Gwenola Tréguer et Yanis Ait-Lahcen, boucle sa première levée. "
        "Ce jeudi, les deux fondateurs de Corvinia ont annoncé avoir levé 12 millions d'euros auprès de plusieurs "
        "fonds. Corvinia emploie 30 personnes."
    )
    facts = _facts(text, "fr")
    assert ("funding", None, "corvinia", None) in facts
    assert not any(company == "inria" for _, _, company, _ in facts)


def test_seven_years_is_not_september_in_a_dated_article():
    text = "Selon la presse, Tobias Arkwright-Lund quitte Orbisoft après sept ans pour rejoindre Quillory."
    facts = _facts(text, "fr")  # an article of 3 March: "sept" must not date the move to September
    assert ("leaves", "tobias-arkwright-lund", "orbisoft", None) in facts
    assert any(kind == "joins" and company == "quillory" for kind, _, company, _ in facts)
