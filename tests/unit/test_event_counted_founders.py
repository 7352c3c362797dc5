"""A founding told first by a subject that counts its founders without naming them ("Two engineers who … launched
Acme", "Deux anciens chercheurs de Google ont fondé Acme"), or by a passive founding's counted agent ("launched on
Monday by two engineers"), then names them at the head of the next sentence, joined by "and"/"et" (or "her co-founder,
X") whatever asides describe each: each named founder founds Acme, and nobody else."""

import pytest
from article_events import event_facts


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Two engineers who cut their teeth at Atlassian launched Veltrane on Monday, a Sydney start-up. Ana "
            "Ribeiro, who spent six years at Atlassian, and Jonas Lind, a former Canva lead, built the product.",
        ),
        (
            "en",
            "A pair of former Google researchers founded Veltrane, a start-up for greenhouses. Ana Ribeiro and Jonas "
            "Lind met in Zurich.",
        ),
        (
            "fr",
            "Deux anciens chercheurs de Google ont fondé Veltrane, une start-up lyonnaise. Ana Ribeiro et Jonas Lind "
            "travaillent sur des modèles de vision.",
        ),
        (
            "fr",
            "Deux ingénieures passées par Criteo créent Veltrane, une jeune pousse nantaise. Ana Ribeiro, 34 ans, et "
            "Jonas Lind, 36 ans, veulent aider les serristes.",
        ),
        # a passive founding's counted agent: "launched on Monday by two engineers", "fondée lundi par deux …"
        (
            "en",
            "Veltrane, a start-up launched on Monday by two engineers, grows tomatoes indoors. Ana Ribeiro ran "
            "greenhouses in Almería; her co-founder, Jonas Lind, wrote software at Spotify.",
        ),
        (
            "fr",
            "Veltrane, une start-up nantaise, a été fondée lundi par deux ingénieurs. Ana Ribeiro et Jonas Lind se "
            "sont connus à Lund.",
        ),
    ],
)
def test_counted_founders_are_the_people_the_next_sentence_names(lang, text):
    facts = event_facts(text, lang)
    assert {("founds", "ana-ribeiro", "veltrane"), ("founds", "jonas-lind", "veltrane")} <= facts


def test_a_person_the_next_sentence_names_after_a_named_founder_is_no_founder():
    facts = event_facts("Ana Ribeiro launched Veltrane, a start-up. Jonas Lind, an investor, backed it.", "en")
    assert ("founds", "jonas-lind", "veltrane") not in facts


def test_a_passive_foundings_counted_agents_named_in_its_own_sentence_are_not_the_next_sentences_people():
    text = (
        "Veltrane was launched on Monday by two former IBM researchers, Ghanaian Ana Ribeiro and Swede Jonas Lind. "
        "Esther Boateng, the minister, welcomed it."
    )
    assert ("founds", "esther-boateng", "veltrane") not in event_facts(text, "en")
