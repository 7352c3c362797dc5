"""The headline states the main event (issue 14, point 6): when it names one side by what it is ("UAE AI firm",
"la start-up lyonnaise", "the Berlin lab") and the body tells the event only in passing, that side is the article's
one company of that kind; two that fit, an opinion, a question or a comment give nothing."""

import pytest
from article_events import events_of

from digest.ingest.events.clauses import Mark
from digest.ingest.events.headlines import headline_clause_events

# bodies that name the companies and say what each is, without a sentence the body rules read as the event
ONE_STARTUP = {
    "en": "Tesselate, a Leeds start-up founded in 2021, builds document models for insurers. Orbisoft has sold search "
    "software for twenty years. Analysts at Orbisoft and elsewhere expect the start-up to grow fast.\n\nTesselate's "
    "models read contracts. Tesselate said more would follow.",
    "fr": "Tesselate, une start-up lyonnaise fondée en 2021, conçoit des modèles documentaires pour les assureurs. "
    "Orbisoft vend des logiciels de recherche depuis vingt ans. Chez Orbisoft, on attend beaucoup de la start-up."
    "\n\nLes modèles de Tesselate lisent des contrats. Tesselate promet d'autres annonces.",
}
PERSON = {
    "en": "\n\nIngrid Korhonen-Baptiste spent ten years at Orbisoft. Korhonen-Baptiste said she wanted a smaller team.",
    "fr": "\n\nIngrid Korhonen-Baptiste a passé dix ans chez Orbisoft. Mme Korhonen-Baptiste voulait une équipe plus "
    "petite.",
}


def _facts(body, lang, headline):
    return {(e["type"], e.get("person"), e["company"], e.get("from_company")) for e in events_of(body, lang, headline)}


@pytest.mark.parametrize(
    "lang, headline, fact",
    [
        ("en", "Orbisoft to invest $40 million in Leeds AI start-up", ("funding", None, "tesselate", None)),
        ("en", "Orbisoft invests $40m in document start-up", ("funding", None, "tesselate", None)),
        (
            "fr",
            "Orbisoft investit 40 millions d'euros dans la start-up lyonnaise",
            ("funding", None, "tesselate", None),
        ),
        ("fr", "La start-up lyonnaise lève 8 millions d'euros", ("funding", None, "tesselate", None)),
        ("en", "Leeds start-up raises $9 million", ("funding", None, "tesselate", None)),
        ("en", "Orbisoft buys Leeds AI start-up", ("acquires", None, "orbisoft", "tesselate")),
        ("fr", "Orbisoft rachète la start-up lyonnaise", ("acquires", None, "orbisoft", "tesselate")),
        ("fr", "Orbisoft met la main sur une pépite lyonnaise", ("acquires", None, "orbisoft", "tesselate")),
    ],
)
def test_a_company_the_headline_describes_is_the_article_s_one_company_of_that_kind(lang, headline, fact):
    assert fact in _facts(ONE_STARTUP[lang], lang, headline)


@pytest.mark.parametrize(
    "lang, headline, fact",
    [
        ("en", "Ingrid Korhonen-Baptiste joins Leeds start-up", "joins"),
        ("en", "Leeds start-up hires Ingrid Korhonen-Baptiste as chief scientist", "hired"),
        ("en", "Ingrid Korhonen-Baptiste named CEO of the Leeds start-up", "appointed"),
        ("fr", "Ingrid Korhonen-Baptiste rejoint une start-up lyonnaise", "joins"),
        ("fr", "La start-up lyonnaise recrute Ingrid Korhonen-Baptiste", "hired"),
        ("fr", "Ingrid Korhonen-Baptiste nommée directrice générale de la start-up lyonnaise", "appointed"),
    ],
)
def test_a_move_to_a_described_company_names_the_person_and_the_company(lang, headline, fact):
    facts = _facts(ONE_STARTUP[lang] + PERSON[lang], lang, headline)
    assert any(t == fact and p == "ingrid-korhonen-baptiste" and c == "tesselate" for t, p, c, _ in facts), facts


TWO_STARTUPS = {
    "en": "Tesselate, a Leeds start-up, builds document models. Quillon, a Leeds start-up too, builds speech models. "
    "Orbisoft sells search software. Tesselate and Quillon share an office.",
    "fr": "Tesselate, une start-up lyonnaise, conçoit des modèles documentaires. Quillon, une autre start-up "
    "lyonnaise, conçoit des modèles vocaux. Orbisoft vend des logiciels. Tesselate et Quillon partagent un bureau.",
}


@pytest.mark.parametrize(
    "lang, headline",
    [
        ("en", "Orbisoft buys Leeds AI start-up"),  # two start-ups fit: silence
        ("fr", "Orbisoft rachète une start-up lyonnaise"),
    ],
)
def test_a_description_two_companies_fit_gives_nothing(lang, headline):
    assert not any(t in ("acquires", "funding") for t, *_ in _facts(TWO_STARTUPS[lang], lang, headline))


@pytest.mark.parametrize(
    "lang, headline",
    [
        ("en", "Why every Leeds start-up should hire a chief scientist"),  # an opinion
        ("en", "Will Orbisoft buy the Leeds start-up?"),  # a question without a move
        ("fr", "Orbisoft va-t-il racheter la start-up lyonnaise ?"),
        ("fr", "« La start-up lyonnaise recrute trop vite », juge Ingrid Korhonen-Baptiste"),  # she only comments
        ("en", "Ingrid Korhonen-Baptiste on what the Leeds start-up gets wrong"),
        ("en", "Orbisoft in talks to buy Leeds start-up"),  # talks: no purchase yet
    ],
)
def test_a_headline_that_states_no_move_gives_nothing(lang, headline):
    facts = _facts(ONE_STARTUP[lang] + PERSON[lang], lang, headline)
    assert not facts, facts


BOTH = {
    "en": "Ingrid Korhonen-Baptiste spent ten years at Orbisoft. Tesselate, a Leeds start-up, builds document models. "
    "Korhonen-Baptiste said she wanted a smaller team. Orbisoft and Tesselate did not comment.",
    "fr": "Ingrid Korhonen-Baptiste a passé dix ans chez Orbisoft. Tesselate, une start-up lyonnaise, conçoit des "
    "modèles. Mme Korhonen-Baptiste voulait une équipe plus petite. Orbisoft et Tesselate n'ont pas commenté.",
}
INGRID = "ingrid-korhonen-baptiste"


@pytest.mark.parametrize(
    "lang, headline, fact",
    [
        ("en", "Ingrid Korhonen-Baptiste to lead Tesselate's research", ("appointed", INGRID, "tesselate", None)),
        ("en", "Ingrid Korhonen-Baptiste to head research at Tesselate", ("appointed", INGRID, "tesselate", None)),
        (
            "fr",
            "Ingrid Korhonen-Baptiste va diriger la recherche de Tesselate",
            ("appointed", INGRID, "tesselate", None),
        ),
        ("fr", "Ingrid Korhonen-Baptiste, nouvelle patronne de Tesselate", ("appointed", INGRID, "tesselate", None)),
        ("en", "Ingrid Korhonen-Baptiste out as Orbisoft CEO", ("leaves", INGRID, "orbisoft", None)),
        ("en", "Tesselate snags Orbisoft's Ingrid Korhonen-Baptiste", ("hired", INGRID, "tesselate", None)),
        ("fr", "Tesselate s'offre Ingrid Korhonen-Baptiste", ("hired", INGRID, "tesselate", None)),
        ("fr", "Tesselate s'empare d'Orbisoft", ("acquires", None, "tesselate", "orbisoft")),
        ("en", "Orbisoft scoops up Tesselate", ("acquires", None, "orbisoft", "tesselate")),
    ],
)
def test_headline_shapes_the_body_triggers_leave_out(lang, headline, fact):
    assert fact in _facts(BOTH[lang], lang, headline)


@pytest.mark.parametrize(
    "lang, headline",
    [
        ("fr", "Orbisoft s'offre la start-up d'Ingrid Korhonen-Baptiste"),  # she owns what is bought
        ("fr", "Tesselate s'offre une star d'Orbisoft"),  # a person of Orbisoft, not Orbisoft
        ("en", "Will Orbisoft scoop up Tesselate?"),
        ("en", "Ingrid Korhonen-Baptiste wants to lead Tesselate's research"),
        ("en", "« Tesselate snags talent too fast », says Ingrid Korhonen-Baptiste"),
    ],
)
def test_a_headline_shape_without_a_move_gives_nothing(lang, headline):
    assert not _facts(BOTH[lang], lang, headline)


def test_a_company_that_names_a_person_appoints_them():
    headline = "Tesselate names Ingrid Korhonen-Baptiste chief executive"
    head = [Mark("company", "tesselate", 0, 9), Mark("person", INGRID, 16, 40)]
    assert headline_clause_events(headline, head) == [{"type": "appointed", "person": INGRID, "company": "tesselate"}]


MOVER = {
    "en": "Ingrid Korhonen-Baptiste, who led research at Orbisoft for ten years, starts in April. Tesselate, a Leeds "
    "start-up, builds document models. Korhonen-Baptiste said she wanted a smaller team.",
    "fr": "Ingrid Korhonen-Baptiste, qui dirigeait la recherche d'Orbisoft depuis dix ans, arrive en avril. Tesselate, "
    "une start-up lyonnaise, conçoit des modèles. Mme Korhonen-Baptiste voulait une équipe plus petite.",
}


@pytest.mark.parametrize(
    "lang, headline, kind",
    [
        ("en", "Orbisoft's research chief leaves for Tesselate", "joins"),
        ("en", "Ex-Orbisoft researcher joins Tesselate", "joins"),
        ("en", "Tesselate hires Orbisoft's head of research", "hired"),
        ("fr", "La directrice de la recherche d'Orbisoft rejoint Tesselate", "joins"),
        ("fr", "Tesselate recrute la patronne de la recherche d'Orbisoft", "hired"),
        ("fr", "Une ancienne d'Orbisoft rejoint Tesselate", "joins"),
    ],
)
def test_a_mover_the_headline_describes_is_the_one_person_the_body_ties_to_that_company(lang, headline, kind):
    facts = _facts(MOVER[lang], lang, headline)
    assert any(t == kind and p == INGRID and c == "tesselate" for t, p, c, _ in facts), facts


@pytest.mark.parametrize(
    "lang, headline",
    [
        ("en", "Orbisoft's research chief on why start-ups hire too fast"),  # a comment, no move
        ("fr", "La fondatrice évincée d'Orbisoft reprend la parole"),  # her ouster is who she is, not the news
    ],
)
def test_a_described_person_without_a_move_gives_nothing(lang, headline):
    assert not _facts(MOVER[lang], lang, headline)


def test_a_description_two_people_fit_gives_nothing():
    body = (
        "Ingrid Korhonen-Baptiste and Tomas Valdric-Osei both led research teams at Orbisoft. Tesselate, a Leeds "
        "start-up, builds document models."
    )
    assert not _facts(body, "en", "Orbisoft's research chief leaves for Tesselate")


@pytest.mark.parametrize(
    "lang, headline, lead, fact",
    [
        (
            "en",
            "Tesselate lands a new research chief",
            "The Leeds start-up has hired Ingrid Korhonen-Baptiste, who led research at Orbisoft for ten years.",
            ("hired", INGRID, "tesselate"),
        ),
        (
            "en",
            "A big bet on document models",
            "Orbisoft will invest $40 million in a Leeds start-up that builds document models, the company said.",
            ("funding", None, "tesselate"),
        ),
        (
            "fr",
            "Orbisoft mise sur les modèles documentaires",
            "Orbisoft va investir 40 millions d'euros dans une start-up lyonnaise spécialisée dans les modèles.",
            ("funding", None, "tesselate"),
        ),
    ],
)
def test_a_headline_naming_one_side_at_most_is_completed_by_the_standfirst(lang, headline, lead, fact):
    rest = {
        "en": " Tesselate, a Leeds start-up, was founded in 2021. Korhonen-Baptiste starts in April.",
        "fr": " Tesselate, une start-up lyonnaise, a été fondée en 2021. Mme Korhonen-Baptiste arrive en avril.",
    }
    facts = {(e["type"], e.get("person"), e["company"]) for e in events_of(lead + rest[lang], lang, headline)}
    assert fact in facts


def test_a_standfirst_whose_description_two_companies_fit_gives_nothing():
    lead = "Orbisoft will invest $40 million in a Leeds start-up that builds document models, the company said."
    rest = " Tesselate, a Leeds start-up, was founded in 2021. Quillon, a Leeds start-up too, builds speech models."
    assert not events_of(lead + rest, "en", "A big bet on document models")
