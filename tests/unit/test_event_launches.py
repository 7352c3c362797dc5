"""Company launches told with the verbs and nouns news uses besides "a fondé" / "founded" (``events.launches``), and
pages that name a company's founding or its founders without telling a launch."""

from pathlib import Path

import pytest
import yaml
from article_events import event_facts, events_of

NO_LAUNCH = Path(__file__).parents[1] / "fixtures" / "event_matrix6" / "no_launch.yml"


@pytest.mark.parametrize(
    "lang, text, founders, company",
    [
        (
            "en",
            "The start-up Corvane was set up by Ada Brill and Joel Marsh this month.",
            ["ada-brill", "joel-marsh"],
            "corvane",
        ),
        ("en", "Corvane was spun out of a Leeds lab by Ada Brill.", ["ada-brill"], "corvane"),
        ("en", "Ada Brill, who ran search at Yahoo, is behind Corvane, a new start-up.", ["ada-brill"], "corvane"),
        ("fr", "Inès Morel, passée par Criteo, monte Corvane, une start-up de traduction.", ["ines-morel"], "corvane"),
        ("fr", "Inès Morel est à l'origine de Corvane, une jeune pousse lyonnaise.", ["ines-morel"], "corvane"),
        (
            "fr",
            "Inès Morel a porté sur les fonts baptismaux Corvane, une start-up lyonnaise.",
            ["ines-morel"],
            "corvane",
        ),
        (
            "fr",
            "La start-up Corvane voit le jour à Lyon. Elle a été créée par Inès Morel et Paul Agnel.",
            ["ines-morel", "paul-agnel"],
            "corvane",
        ),
        (
            "en",
            "Ada Brill and Joel Marsh's new company, Corvane, sells robots.",
            ["ada-brill", "joel-marsh"],
            "corvane",
        ),
        ("fr", "Corvane, la nouvelle start-up de Paul Agnel, vend des robots.", ["paul-agnel"], "corvane"),
        (
            "fr",
            "Corvane vient de voir le jour à Lyon. Les deux fondateurs de Corvane, Inès Morel et Paul Agnel, "
            "viennent de Criteo.",
            ["ines-morel", "paul-agnel"],
            "corvane",
        ),
        (
            "fr",
            "Inès Morel et Paul Agnel se sont connus chez Criteo. Ils viennent de lancer Corvane, une start-up.",
            ["ines-morel", "paul-agnel"],
            "corvane",
        ),
        (
            "fr",
            "Inès Morel, 31 ans, et Paul Agnel, 35 ans, aiment Lyon. Les deux anciens ingénieurs de Criteo ont lancé "
            "lundi leur entreprise, Corvane.",
            ["ines-morel", "paul-agnel"],
            "corvane",
        ),
        (
            "en",
            "Ada Brill and Joel Marsh met at Oxford. The two former Google engineers have launched the start-up "
            "Corvane.",
            ["ada-brill", "joel-marsh"],
            "corvane",
        ),
        (
            "fr",
            "La start-up Corvane a été lancée lundi. Fondée par Inès Morel, ingénieure passée par Thales, et Paul "
            "Agnel, la société vend des robots.",
            ["ines-morel", "paul-agnel"],
            "corvane",
        ),
        (
            "en",
            "The start-up Corvane launched on Monday. Founded by Ada Brill, a former Arm engineer, and Joel Marsh, "
            "the company sells robots.",
            ["ada-brill", "joel-marsh"],
            "corvane",
        ),
        (
            "fr",
            "La start-up Corvane est née de la rencontre entre Inès Morel et Paul Agnel.",
            ["ines-morel", "paul-agnel"],
            "corvane",
        ),
        ("en", "The start-up Corvane is the brainchild of Ada Brill, a former Arm engineer.", ["ada-brill"], "corvane"),
        (
            "fr",
            "La start-up Corvane a été lancée lundi. Inès Morel, cofondatrice et PDG de Corvane, vient de Thales.",
            ["ines-morel"],
            "corvane",
        ),
        (
            "en",
            "The start-up Corvane launched on Monday. Ada Brill, its co-founder, said it would hire ten people.",
            ["ada-brill"],
            "corvane",
        ),
        ("en", "The start-up Corvane, which Ada Brill founded this year, sells robots.", ["ada-brill"], "corvane"),
        (
            "fr",
            "La start-up Corvane, que Inès Morel et Paul Agnel ont fondée cet hiver, vend des robots.",
            ["ines-morel", "paul-agnel"],
            "corvane",
        ),
    ],
)
def test_a_launch_told_in_other_words_names_its_founders(lang, text, founders, company):
    facts = event_facts(text, lang)
    assert {("founds", person, company) for person in founders} <= facts, facts


@pytest.mark.parametrize("case", yaml.safe_load(NO_LAUNCH.read_text(encoding="utf-8")), ids=lambda case: case["shape"])
def test_a_founding_named_as_background_gives_no_launch(case):
    headline, body = case["page"].split("\n", 1)
    assert not [e for e in events_of(body, case["lang"], headline) if e["type"] == "founds"]
