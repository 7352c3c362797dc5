"""Events proposed by ingest on the samples, their validation and contradictions with the registry."""

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from conftest import SAMPLE

from digest import content as content_mod
from digest import event_checks, registry
from digest.ingest import events, pipeline
from digest.ingest.events import needles, triggers

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    scratch = tmp_path_factory.mktemp("events") / "content"
    for folder in ("companies", "people"):
        shutil.copytree(SAMPLE / folder, scratch / folder)
    results = pipeline.run(sorted(FIXTURES.glob("0*.txt")), scratch)
    assert all(r.status == "created" for r in results)
    return scratch, {Path(r.input).name[:3]: r.meta for r in results}


def _has(meta, **want):
    return any(all(ev.get(k) == v for k, v in want.items()) for ev in meta["events"])


def test_bubeck_leaves_microsoft_and_joins_openai(ingested):
    _, metas = ingested
    for seed in ("000", "002", "003"):
        # "le 14 octobre", "Monday": no year in the text nor in the story, so no date, and none on the events
        assert metas[seed]["date"] is None, seed
        assert _has(metas[seed], type="leaves", person="sebastien-bubeck", company="microsoft", date=None), seed
        assert _has(metas[seed], type="joins", person="sebastien-bubeck", company="openai"), seed
    assert _has(metas["000"], type="joins", person="sebastien-bubeck", company="openai", from_company="microsoft")
    assert not any(
        ev["type"] == "leaves" and ev.get("person") == "sebastien-bubeck" and ev["company"] == "openai"
        for m in metas.values()
        for ev in m["events"]
    )


def test_altman_fired_then_hired_by_microsoft_with_brockman_and_shear_interim(ingested):
    _, metas = ingested
    meta = metas["004"]
    assert (
        meta["date"] is None
    )  # "le vendredi 17 novembre dernier" is the firing, told after it: not the article's date
    assert _has(meta, type="fired", person="sam-altman", company="openai", role="CEO")
    assert _has(meta, type="hired", person="sam-altman", company="microsoft")
    assert _has(meta, type="hired", person="greg-brockman", company="microsoft")
    assert _has(meta, type="appointed", person="emmett-shear", company="openai", role="interim CEO")


def test_english_patterns():
    reg = registry.load(SAMPLE)
    from digest.ingest import entities

    text = (
        "The board ousted Sam Altman. Sam Altman will join Microsoft to lead a new team. Emmett Shear was "
        "appointed interim CEO of OpenAI."
    )
    ex = entities.extract(text, "en", reg)
    found = events.extract(text, "en", ex.people, ex.companies, None, ex.mentions)
    kinds = {(e["type"], e["person"], e["company"]) for e in found}
    assert ("joins", "sam-altman", "microsoft") in kinds
    assert ("appointed", "emmett-shear", "openai") in kinds


def test_validate_reports_types_unknown_ids_and_dates():
    reg = registry.load(SAMPLE)
    bad = [{"type": "quits", "person": "sebastien-bubek", "company": "openai", "date": "2024-13-01"}]
    problems = event_checks.validate(bad, reg, "entries/x.md", 12)
    text = "\n".join(str(p) for p in problems)
    assert "entries/x.md:12" in text and "'quits'" in text
    assert "did you mean sebastien-bubeck" in text
    assert "is not a date" in text
    ok = [
        {
            "type": "joins",
            "person": "sebastien-bubeck",
            "company": "openai",
            "from_company": "microsoft",
            "date": "2024-10-14",
        }
    ]
    assert event_checks.validate(ok, reg, "x", 1) == []


def test_shipped_content_has_no_contradictions_and_a_stale_affiliation_is_reported(tmp_path):
    corpus = content_mod.load(SAMPLE)
    reg = registry.load(SAMPLE)
    assert event_checks.contradictions(corpus, reg) == []
    scratch = tmp_path / "content"
    shutil.copytree(SAMPLE, scratch, ignore=shutil.ignore_patterns("raw"))
    person = scratch / "people" / "sebastien-bubeck.yml"
    text = (
        person.read_text(encoding="utf-8")
        .replace("to: 2024-10}", "to: null}")
        .replace("- {company: openai, role: researcher, from: 2024-10, to: null}\n", "")
    )
    person.write_text(text, encoding="utf-8")
    problems = event_checks.contradictions(content_mod.load(scratch), registry.load(scratch))
    assert len(problems) == 1 and "sebastien-bubeck.yml" in problems[0].path and "openai" in problems[0].message


def test_founding_after_leaving_and_funding_in_french():
    reg = registry.load(SAMPLE)
    from digest.ingest import entities

    text = (
        "Yann LeCun, directeur scientifique de la start-up Meta, quitte l'entreprise pour fonder sa propre start-up, "
        "Advanced Machine Intelligence. La start-up Mistral AI lève 600 millions d'euros."
    )
    ex = entities.extract(text, "fr", reg)
    found = {
        (e["type"], e.get("person"), e["company"])
        for e in events.extract(text, "fr", ex.people, ex.companies, None, ex.mentions)
    }
    assert found == {
        ("leaves", "yann-lecun", "meta"),
        ("founds", "yann-lecun", "advanced-machine-intelligence"),
        ("funding", None, "mistral-ai"),
    }


def test_background_moves_dated_elsewhere_are_not_events():
    import datetime as dt

    reg = registry.load(SAMPLE)
    from digest.ingest import entities

    text = (
        "Sébastien Bubeck, qui avait rejoint Microsoft en 2014, quitte Microsoft pour rejoindre OpenAI. "
        "Mira Murati left OpenAI in September."
    )
    ex = entities.extract(text, "fr", reg)
    found = [
        (e["type"], e.get("person"), e["company"], e.get("from_company"))
        for e in events.extract(text, "fr", ex.people, ex.companies, dt.date(2024, 10, 14), ex.mentions)
    ]
    assert found == [
        ("leaves", "sebastien-bubeck", "microsoft", None),
        ("joins", "sebastien-bubeck", "openai", "microsoft"),
    ]


def test_affiliations_follow_the_events_of_a_new_person(tmp_path):
    text = (
        "Jane Ferrand, a researcher at the startup Acme Labs, will join OpenAI, the company said on Monday "
        "14 October 2024. "
        "Jane Ferrand is leaving Acme Labs to join OpenAI."
    )
    scratch = tmp_path / "content"
    for folder in ("companies", "people"):
        shutil.copytree(SAMPLE / folder, scratch / folder)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")
    pipeline.run([tmp_path / "in" / "a.txt"], scratch)
    person = registry.load(scratch).get("person", "jane-ferrand")
    assert person is not None and person.reviewed is False
    assert person.affiliations == [
        {"company": "acme-labs", "role": None, "from": None, "to": "2024-10"},
        {"company": "openai", "role": None, "from": "2024-10", "to": None},
    ]
    assert event_checks.contradictions(content_mod.load(scratch), registry.load(scratch)) == []


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Former Google CEO Eric Schmidt has joined the board of the startup Relativity Space.",
            ("joins", "eric-schmidt", "relativity-space"),
        ),
        ("fr", "OpenAI a nommé Mira Murati directrice technique.", ("appointed", "mira-murati", "openai")),
        ("en", "The board of OpenAI fired Sam Altman on Friday.", ("fired", "sam-altman", "openai")),
        (
            "fr",
            "Mira Murati a lancé la start-up Thinking Machines Lab.",
            ("founds", "mira-murati", "thinking-machines-lab"),
        ),
    ],
)
def test_company_as_subject_board_and_launch_patterns(lang, text, expected):
    import datetime as dt

    from digest.ingest import entities

    reg = registry.load(SAMPLE)
    ex = entities.extract(text, lang, reg)
    found = [
        (e["type"], e.get("person"), e["company"])
        for e in events.extract(text, lang, ex.people, ex.companies, dt.date(2025, 2, 18), ex.mentions)
    ]
    assert found == [expected]


def test_a_release_names_its_product_and_an_unnamed_one_is_no_event(ingested):
    _, metas = ingested  # 004: "la firme de Redmond a annoncé sa propre puce d’IA … intitulée Maia AI"
    assert _has(metas["004"], type="releases", company="microsoft", product="Maia AI")
    assert not any(ev["type"] == "releases" and not ev.get("product") for m in metas.values() for ev in m["events"])


def _extract(text, lang, date=dt.date(2025, 3, 3)):
    from digest.ingest import entities

    ex = entities.extract(text, lang, registry.load(SAMPLE))
    return events.extract(text, lang, ex.people, ex.companies, date, ex.mentions)


def _facts(found):
    return {(e["type"], e.get("person"), e["company"]) for e in found}


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Speaking to reporters, Paul Martin said that Jane Ferrand has left Meta to join Anthropic, where she "
            "will work with Marc Olivier.",
            {("leaves", "jane-ferrand", "meta"), ("joins", "jane-ferrand", "anthropic")},
        ),
        (
            "fr",
            "Selon Paul Martin, Claire Ferrand quitte Google DeepMind pour rejoindre Anthropic.",
            {("leaves", "claire-ferrand", "google-deepmind"), ("joins", "claire-ferrand", "anthropic")},
        ),
        (
            "en",
            "Jane Ferrand, who worked with Paul Martin and Marc Olivier, left Meta to join Anthropic.",
            {("leaves", "jane-ferrand", "meta"), ("joins", "jane-ferrand", "anthropic")},
        ),
    ],
)
def test_the_move_of_a_paragraph_that_names_other_people(lang, text, expected):
    assert _facts(_extract(text, lang)) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "“Nobody leaves Meta lightly,” said Paul Martin, an analyst at Gartner."),
        ("fr", "« Personne ne quitte Meta sans regret », confie Paul Martin, analyste chez Gartner."),
        ("en", "Paul Martin, 49, a former head of research at Cisco, has been hired."),  # by no company: no event
        ("fr", "Paul Martin, qui avait rejoint Meta il y a dix ans, commente la nouvelle."),
    ],
)
def test_a_person_only_quoted_or_described_gets_no_event(lang, text):
    assert [e for e in _extract(text, lang) if e.get("person") == "paul-martin"] == []


def test_role_kept_and_the_startup_is_the_company_of_the_article():
    text = (
        "La start-up Hugging Face conçoit des bras robotisés. Claire Ferrand quitte Google DeepMind pour rejoindre "
        "la start-up comme directrice technique. Hugging Face compte doubler ses effectifs."
    )
    found = _extract(text, "fr")
    joins = [e for e in found if e["type"] == "joins"]
    assert [(e["person"], e["company"], e.get("from_company"), e.get("role")) for e in joins] == [
        ("claire-ferrand", "hugging-face", "google-deepmind", "chief technology officer")
    ]
    assert not any(e.get("role") for e in found if e["type"] == "leaves")  # the role is the join's


def test_a_step_down_keeps_its_role():
    [event] = _extract("Paul Martin has stepped down as CEO of Stability AI to pursue other ventures.", "en")
    assert (event["type"], event["company"], event["role"]) == ("leaves", "stability-ai", "CEO")


@pytest.mark.parametrize(
    "lang, text, company, amount",
    [
        ("en", "Cohere, backed by Google, raised $20 million in a round led by Accel.", "cohere", "USD 20 million"),
        ("en", "Google invested in Cohere, which raised $20 million on Monday.", "cohere", "USD 20 million"),
        ("en", "Microsoft Corp. will invest $1.5 billion in Cohere, the companies said.", "cohere", "USD 1.5 billion"),
        (
            "fr",
            "La start-up Hugging Face, soutenue par Google, lève 120 millions d'euros auprès de Bpifrance.",
            "hugging-face",
            "EUR 120 million",
        ),
        (
            "en",
            "Cohere has completed a $135 million funding round that takes its valuation to $2.6 billion.",
            "cohere",
            "USD 135 million",
        ),
    ],
)
def test_funding_goes_to_the_company_that_raised(lang, text, company, amount):
    funding = [e for e in _extract(text, lang) if e["type"] == "funding"]
    assert [(e["company"], e["amount"]) for e in funding] == [(company, amount)]


def test_a_total_raised_to_date_is_no_round():
    assert _extract("Cohere has raised $64 million to date.", "en") == []


@pytest.mark.parametrize(
    "written, stored",
    [
        ("120 millions d'euros", "EUR 120 million"),
        ("$43mn", "USD 43 million"),
        ("20 milliards de yens", "JPY 20 billion"),
        ("$2.635 billion", "USD 2.635 billion"),
        ("1,5 milliard d’euros", "EUR 1.5 billion"),
        ("a lot", "a lot"),
    ],
)
def test_amounts_are_stored_in_a_form_every_page_can_localise(written, stored):
    assert events.normalise_amount(written) == stored


def test_launch_of_a_company_with_its_co_founders_is_a_founding():
    text = (
        "« Je suis ravi d'annoncer le lancement de Hugging Face avec Claire Ferrand et Marc Olivier », a "
        "déclaré Paul Martin."
    )
    assert _facts(_extract(text, "fr")) == {
        ("founds", p, "hugging-face") for p in ("paul-martin", "claire-ferrand", "marc-olivier")
    }


def test_a_list_of_titled_people_moves_together():
    text = "Nova CEO Claire Ferrand, CTO Marc Olivier, Chief Scientist Paul Martin — all co-founders — joined Amazon."
    assert _facts(_extract(text, "en")) == {
        ("joins", p, "amazon") for p in ("claire-ferrand", "marc-olivier", "paul-martin")
    }


def _with(text, lang, names, date=dt.date(2025, 3, 4)):
    """Events of ``text`` given its entity mentions (``names``: surface -> (kind, id)), whatever ingest's
    entity finder does: these tests are about how events read a clause."""
    from digest.ingest.entities import Mention

    mentions = sorted(
        (
            Mention(kind, ident, surface, m.start(), m.end())
            for surface, (kind, ident) in names.items()
            for m in re.finditer(re.escape(surface), text)
        ),
        key=lambda m: m.start,
    )
    people = [m.id for m in mentions if m.kind == "person"]
    companies = [m.id for m in mentions if m.kind == "company"]
    return events.extract(text, lang, people, companies, date, mentions)


P, Q = ("person", "jane-roe"), ("person", "paul-dufour")
A, B, C = ("company", "acme"), ("company", "borealis"), ("company", "corvid")


def _moves(found):
    return {(e["type"], e.get("person"), e["company"], e.get("role")) for e in found}


@pytest.mark.parametrize(
    "lang, text, names, expected",
    [
        (
            "en",
            "Jane Roe, who led research at the Toronto-based company, is joining Borealis as vice-president of "
            "research.",
            {"Jane Roe": P, "Borealis": B},
            {("joins", "jane-roe", "borealis", "vice president")},
        ),
        (
            "en",
            "Jane Roe, a director at Acme who ran its speech team, has quit to become chief executive of Borealis.",
            {"Jane Roe": P, "Acme": A, "Borealis": B},
            {("leaves", "jane-roe", "acme", None), ("joins", "jane-roe", "borealis", "CEO")},
        ),
        (
            "en",
            "Jane Roe, who ran a lab at Acme's Paris office, is leaving the lab to become chief technology officer of "
            "Borealis, a small startup.",
            {"Jane Roe": P, "Acme": A, "Borealis": B},
            {("leaves", "jane-roe", "acme", None), ("joins", "jane-roe", "borealis", "chief technology officer")},
        ),
        (
            "fr",
            "La chercheuse Jane Roe quitte la société canadienne Acme, où elle dirigeait une équipe de "
            "traduction, pour "
            "devenir vice-présidente chez Borealis.",
            {"Jane Roe": P, "Acme": A, "Borealis": B},
            {("leaves", "jane-roe", "acme", None), ("joins", "jane-roe", "borealis", "vice president")},
        ),
        (
            "fr",
            "Borealis a annoncé la nomination de Jane Roe au poste de directrice des données. Elle quitte "
            "Acme, où elle "
            "travaillait depuis 2019.",
            {"Jane Roe": P, "Acme": A, "Borealis": B},
            {("joins", "jane-roe", "borealis", None), ("leaves", "jane-roe", "acme", None)},
        ),
    ],
)
def test_a_departure_to_become_something_elsewhere_is_a_move(lang, text, names, expected):
    assert _moves(_with(text, lang, names)) == expected


def test_a_departure_at_the_end_of_the_month_before_is_the_news():
    text = "Selon nos informations, Jane Roe, responsable des ventes d'Acme, a quitté l'entreprise fin mai."
    found = _with(text, "fr", {"Jane Roe": P, "Acme": A}, dt.date(2025, 6, 3))
    assert _moves(found) == {("leaves", "jane-roe", "acme", None)}
    assert _with(text, "fr", {"Jane Roe": P, "Acme": A}, dt.date(2025, 6, 24)) == []


@pytest.mark.parametrize(
    "lang, text, names",
    [
        (
            "en",
            "Jane Roe, who spent four years at Acme, said she has left the company to start Borealis, a small lab.",
            {"Jane Roe": P, "Acme": A, "Borealis": B},
        ),
        (
            "en",
            "Jane Roe, Acme's former chief technology officer, on Tuesday unveiled her new company, Borealis.",
            {"Jane Roe": P, "Acme's": A, "Borealis": B},
        ),
        (
            "fr",
            "Deux mois après avoir quitté Acme, Jane Roe a dévoilé ce mardi sa nouvelle entreprise, Borealis.",
            {"Jane Roe": P, "Acme": A, "Borealis": B},
        ),
        (
            "fr",
            "L'ingénieure Jane Roe, passée par Acme, a annoncé lundi la création de Borealis, une école en ligne.",
            {"Jane Roe": P, "Acme": A, "Borealis": B},
        ),
        (
            "fr",
            "Jane Roe, une chercheuse de 34 ans, fait partie des trois cofondateurs de Borealis.",
            {"Jane Roe": P, "Borealis": B},
        ),
    ],
)
def test_a_new_company_named_after_the_verb_is_a_founding(lang, text, names):
    assert ("founds", "jane-roe", "borealis", None) in _moves(_with(text, lang, names))
    assert not any(e["type"] == "founds" and e["company"] == "acme" for e in _with(text, lang, names))


def test_founders_must_be_named_right_after_founded_by():
    text = "Chez Borealis, fondée en 2021 par d'anciens salariés d'Acme, Jane Roe poursuivra ses travaux."
    assert not any(e["type"] == "founds" for e in _with(text, "fr", {"Jane Roe": P, "Acme": A, "Borealis": B}))
    text = "Borealis was founded in 2021 by CEO Jane Roe."
    found = _with(text, "en", {"Jane Roe": P, "Borealis": B}, dt.date(2021, 5, 1))
    assert _moves(found) == {("founds", "jane-roe", "borealis", None)}
    assert _with(text, "en", {"Jane Roe": P, "Borealis": B}, None) == []  # undated: a description of the company


@pytest.mark.parametrize(
    "lang, text, product",
    [
        ("en", "Dutch startup Borealis on Thursday released Nimbus-3B, an open-weights language model.", "Nimbus-3B"),
        ("en", "Borealis released Nimbus 2.5 Pro on Thursday, the first model of its new family.", "Nimbus 2.5 Pro"),
        ("fr", "Le laboratoire Borealis a présenté ce mercredi 3 mars Nimbus, un assistant vocal.", "Nimbus"),
        ("fr", "La start-up Borealis a publié lundi 3 mars Nimbus-R1, un modèle de raisonnement.", "Nimbus-R1"),
        (
            "en",
            "A small company, Borealis, on Monday, Mar. 3, released a reasoning model that it says beats its rivals. "
            "The model, Nimbus-R1, is free to download.",
            "Nimbus-R1",
        ),
    ],
)
def test_a_release_named_right_after_the_verb_or_in_the_next_sentence(lang, text, product):
    found = [e for e in _with(text, lang, {"Borealis": B}) if e["type"] == "releases"]
    assert [(e["company"], e["product"]) for e in found] == [("borealis", product)]


def test_an_investor_is_never_the_startup_that_raised():
    text = (
        "A startup building speech tools has raised €3 million in a round led by Acme, with participation from "
        "fund Corvid. Corvid partner Paul Dufour said the deal was small. Acme also backs Borealis."
    )
    found = _with(text, "en", {"Acme": A, "Corvid": C, "Borealis": B, "Paul Dufour": Q})
    assert [e for e in found if e["type"] == "funding"] == []
    text = "Borealis, installée à Lyon, a annoncé avoir réuni 12 millions d'euros auprès d'Acme. Borealis recrute."
    found = _with(text, "fr", {"Borealis": B, "Acme": A})
    assert [(e["company"], e["amount"]) for e in found] == [("borealis", "EUR 12 million")]


N = ("company", "nimbus")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Pourquoi quitter Acme pour une start-up de quarante personnes ? Jane Roe sourit."),
        ("en", "Will Jane Roe leave Acme for Borealis?"),
    ],
)
def test_a_question_asserts_no_event(lang, text):
    assert _with(text, lang, {"Jane Roe": P, "Acme": A, "Borealis": B}) == []


def test_they_are_the_people_of_the_last_move_and_a_titled_list_is_hired_together():
    text = (
        "Acme a annoncé recruter Jane Roe, directrice générale de Borealis, son cofondateur Paul Dufour et une "
        "partie de l'équipe. Ils rejoindront le laboratoire Nimbus."
    )
    found = _moves(_with(text, "fr", {"Jane Roe": P, "Paul Dufour": Q, "Acme": A, "Borealis": B, "Nimbus": N}))
    assert found == {("hired", p, "acme", None) for p in ("jane-roe", "paul-dufour")} | {
        ("joins", p, "nimbus", None) for p in ("jane-roe", "paul-dufour")
    }


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Acme has hired Jane Roe to run a new unit. Paul Dufour, her co-founder at Borealis, will join as chief "
            "scientist, along with several engineers.",
            {("hired", "jane-roe", "acme", None), ("joins", "paul-dufour", "acme", "chief scientist")},
        ),
        (
            "en",
            "Acme has hired Jane Roe. Borealis co-founder Paul Dufour is also moving to Acme.",
            {("hired", "jane-roe", "acme", None), ("joins", "paul-dufour", "acme", None)},
        ),
        (
            "fr",
            "Ancienne chercheuse d'Acme, Jane Roe a pris le 3 mars la direction générale de Borealis, une start-up.",
            {("appointed", "jane-roe", "borealis", None)},
        ),
        (
            "en",
            "Paul Dufour, a partner at Acme, is joining Borealis's board.",
            {("joins", "paul-dufour", "borealis", "board member")},
        ),
        (
            "en",
            "Jane Roe ran a team at Acme for six years. She announced her new startup, Borealis, today.",
            {("founds", "jane-roe", "borealis", None)},
        ),
        (
            "en",
            "Jane Roe is leaving Acme to join Borealis. She joined Acme shortly after it was founded.",
            {("leaves", "jane-roe", "acme", None), ("joins", "jane-roe", "borealis", None)},
        ),
    ],
)
def test_moves_told_without_repeating_the_company_or_the_person(lang, text, expected):
    found = _with(text, lang, {"Jane Roe": P, "Paul Dufour": Q, "Acme": A, "Borealis": B})
    assert _moves(found) == expected


def test_the_startup_that_hires_is_the_company_the_article_names_most():
    text = (
        "La start-up Borealis conçoit des robots. Borealis vend en Europe. La start-up lyonnaise, qui emploie "
        "quarante personnes, recrute Jane Roe, jusqu'ici chez Acme."
    )
    names = {"Jane Roe": P, "Acme": A, "Borealis": B}
    assert _moves(_with(text, "fr", names)) == {("hired", "jane-roe", "borealis", None)}
    tied = (
        "La start-up Borealis conçoit des robots. La start-up, qui emploie quarante personnes, recrute Jane Roe. "
        "Acme vend en Europe."
    )
    assert _with(tied, "fr", names) == []  # two companies named as often: no guess


def test_a_seed_round_and_a_release_described_in_the_next_sentence():
    found = _with("Today, Borealis announced a $9M seed round, led by Acme.", "en", {"Acme": A, "Borealis": B})
    assert [(e["type"], e["company"], e["amount"]) for e in found] == [("funding", "borealis", "USD 9 million")]
    text = "Borealis released Nimbus-7 on 2 March 2025. It is a 12-billion-parameter model with open weights."
    found = _with(text, "en", {"Borealis": B})
    assert [(e["type"], e["company"], e["product"]) for e in found] == [("releases", "borealis", "Nimbus-7")]


@pytest.mark.parametrize(
    "lang, text, amount",
    [
        (
            "en",
            "Acme has agreed to buy the speech start-up Borealis for $48 million, the company said.",
            "USD 48 million",
        ),
        ("en", "Acme said on Wednesday that it would acquire Borealis, a small lab.", None),
        ("fr", "Acme annonce ce jour l'acquisition de Borealis, start-up rennaise.", None),
        ("fr", "La start-up Borealis a été rachetée par Acme pour 20 millions d'euros.", "EUR 20 million"),
    ],
)
def test_an_acquisition_names_the_buyer_and_the_company_bought(lang, text, amount):
    found = _with(text, lang, {"Acme": A, "Borealis": B})
    assert [(e["type"], e["company"], e["from_company"], e.get("amount")) for e in found] == [
        ("acquires", "acme", "borealis", amount)
    ]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le rachat de Borealis par Acme n'aura pas lieu."),
        ("en", "Acme is in talks to buy Borealis."),
        ("en", "Acme buys chips from Borealis."),
        ("en", "Acme bought a stake in Borealis."),
        ("en", "The deal echoes Acme's previous not-quite acquisition of Borealis."),
    ],
)
def test_no_acquisition_without_a_purchase(lang, text):
    assert _with(text, lang, {"Acme": A, "Borealis": B}) == []


@pytest.mark.parametrize(
    "lang, text, names, expected",
    [
        # a purchase told from the company bought
        (
            "fr",
            "La PME nantaise Acme rachetée par le groupe Borealis.",
            {"Acme": A, "Borealis": B},
            {("acquires", None, "borealis")},
        ),
        (
            "en",
            "Acme, which makes billing software, confirmed on Monday its acquisition by Borealis.",
            {"Acme": A, "Borealis": B},
            {("acquires", None, "borealis")},
        ),
        # a wire dateline's dash opens the article; it is no aside
        (
            "en",
            "OSLO — Acme today announced the appointment of Jane Roe as head of research. She joins from Borealis.",
            {"Acme": A, "Borealis": B, "Jane Roe": P},
            {("appointed", "jane-roe", "acme")},
        ),
        (
            "fr",
            "Nantes, le 4 mars 2025 – Acme annonce la nomination de Jane Roe au poste de directrice financière.",
            {"Acme": A, "Jane Roe": P},
            {("appointed", "jane-roe", "acme")},
        ),
        # the round's company, not the investor that leads it; a full stop inside a name ends no sentence
        (
            "en",
            "Borealis led the $30 million Series B round of Acme, a maker of warehouse robots.",
            {"Acme": A, "Borealis": B},
            {("funding", None, "acme")},
        ),
        (
            "en",
            "Acme Inc. has raised US$80-million in new funding, the company said.",
            {"Acme Inc.": A},
            {("funding", None, "acme")},
        ),
        # a move to a place is not a move to the company the clause names later
        (
            "en",
            "As a child Jane Roe moved to Spain and later trained as a chemist at Acme.",
            {"Acme": A, "Jane Roe": P},
            set(),
        ),
        (
            "en",
            "BERLIN — Jane Roe is heading back to Acme after two years away.",
            {"Acme": A, "Jane Roe": P},
            {("joins", "jane-roe", "acme")},
        ),
        (
            "fr",
            "Jane Roe reprend les commandes d'Acme une semaine après son départ.",
            {"Acme": A, "Jane Roe": P},
            {("appointed", "jane-roe", "acme")},
        ),
        (
            "en",
            "Jane Roe is joining Borealis as president. Paul Dufour, her deputy at Acme, will join her as head of "
            "product.",
            {"Acme": A, "Borealis": B, "Jane Roe": P, "Paul Dufour": Q},
            {("joins", "jane-roe", "borealis"), ("joins", "paul-dufour", "borealis")},
        ),
        # co-founders named by a partnership, a pronoun or an aside
        (
            "en",
            "Jane Roe, who spent a decade at Corvid, has joined forces with former Borealis engineer Paul Dufour to "
            "start Acme.",
            {"Acme": A, "Borealis": B, "Corvid": C, "Jane Roe": P, "Paul Dufour": Q},
            {("founds", "jane-roe", "acme"), ("founds", "paul-dufour", "acme")},
        ),
        (
            "en",
            "Acme is a new lab for legal agents. Jane Roe co-founded it with Paul Dufour, who ran sales at Borealis.",
            {"Acme": A, "Borealis": B, "Jane Roe": P, "Paul Dufour": Q},
            {("founds", "jane-roe", "acme"), ("founds", "paul-dufour", "acme")},
        ),
        (
            "fr",
            "Acme ouvre ses portes à Lille. La jeune société, cofondée avec Paul Dufour, vise les notaires.",
            {"Acme": A, "Paul Dufour": Q},
            {("founds", "paul-dufour", "acme")},
        ),
        (
            "fr",
            "Jane Roe, 44 ans, ancienne juriste chez Borealis, et Paul Dufour, 39 ans, ont discrètement fondé Acme.",
            {"Acme": A, "Borealis": B, "Jane Roe": P, "Paul Dufour": Q},
            {("founds", "jane-roe", "acme"), ("founds", "paul-dufour", "acme")},
        ),
        # an apposition saying what the company is does not act
        (
            "fr",
            "Acme, la jeune pousse grenobloise issue de Borealis, a publié jeudi Gravier-3B, un modèle de code.",
            {"Acme": A, "Borealis": B},
            {("releases", None, "acme")},
        ),
    ],
)
def test_held_out_shapes_of_moves_rounds_and_purchases(lang, text, names, expected):
    assert _facts(_with(text, lang, names)) == expected


def test_a_hyphenated_scale_is_read():
    assert events.normalise_amount("US$80-million") == "USD 80 million"


@pytest.mark.parametrize(
    "lang, text, names, expected",
    [
        # the fund that leads a round in a company invests; a decimal point ends no sentence
        (
            "en",
            "Corvid, the Oslo venture firm, has led a €18 million (approximately $19.5 million) Series A round in "
            "Acme, a maker of farm drones.",
            {"Acme": A, "Corvid": C},
            {("funding", None, "acme")},
        ),
        (
            "en",
            "Corvid said it will invest $1.2 billion in Acme, leading a $1.6 billion round that values the lab at "
            "$9 billion.",
            {"Acme": A, "Corvid": C},
            {("funding", None, "acme")},
        ),
        # an amount given with its conversion before the round
        (
            "en",
            "Acme, a Lisbon-based startup, on May 2 announced a $4.5 million (about €4.1 million) seed round.",
            {"Acme": A},
            {("funding", None, "acme")},
        ),
        # what came before the news, in the pluperfect, is history unless reported
        ("en", "Borealis had raised about $9 million from angels before the deal.", {"Borealis": B}, set()),
        (
            "fr",
            "Jane Roe avait cofondé Acme avec Paul Dufour en 2019.",
            {"Acme": A, "Jane Roe": P, "Paul Dufour": Q},
            set(),
        ),
        (
            "en",
            "Acme said on Monday that its board had removed co-founder Jane Roe as chief executive.",
            {"Acme": A, "Jane Roe": P},
            {("fired", "jane-roe", "acme")},
        ),
        # "is acquiring" is active; "Inc., a …" ends no sentence; a dateline with its region opens the paragraph
        (
            "en",
            "Acme Inc. said it is acquiring Borealis, a Porto startup, in a deal valued at $30 million.",
            {"Acme": A, "Borealis": B},
            {("acquires", None, "acme")},
        ),
        (
            "en",
            "DENVER, Colorado — Acme, one of the city's largest employers, said its directors ousted CEO Jane Roe.",
            {"Acme": A, "Jane Roe": P},
            {("fired", "jane-roe", "acme")},
        ),
        (
            "fr",
            "Le conseil d'administration d'Acme a limogé Jane Roe vendredi.",
            {"Acme": A, "Jane Roe": P},
            {("fired", "jane-roe", "acme")},
        ),
        # a founder described by a relative clause; a new company announced by its name
        (
            "en",
            "Jane Roe, the engineer who co-founded Borealis, on Tuesday announced a new company called Acme.",
            {"Acme": A, "Borealis": B, "Jane Roe": P},
            {("founds", "jane-roe", "acme")},
        ),
        # a release named before its kind, or told by "la start-up" after a colon
        (
            "en",
            "Acme announced the Gravel 2 model family on Thursday: three sizes, all open.",
            {"Acme": A},
            {("releases", None, "acme")},
        ),
        (
            "fr",
            "Journée chargée chez Acme : la start-up lilloise sort Gravier Pro, son modèle le plus rapide.",
            {"Acme": A},
            {("releases", None, "acme")},
        ),
        # a return told as a noun: at the company after the name, else at the one that announces it
        (
            "fr",
            "Le conseil d'Acme a annoncé le retour de Jane Roe au poste de directrice générale.",
            {"Acme": A, "Jane Roe": P},
            {("joins", "jane-roe", "acme")},
        ),
        (
            "fr",
            "Borealis salue le retour de Jane Roe chez Acme.",
            {"Acme": A, "Borealis": B, "Jane Roe": P},
            {("joins", "jane-roe", "acme")},
        ),
        # founders named after titles and each with a description; a release named after a full date
        (
            "fr",
            "Acme ouvre à Namur. L'entreprise a été fondée par le professeur Jane Roe, qui dirige le laboratoire, et "
            "par Paul Dufour, ingénieur agronome.",
            {"Acme": A, "Jane Roe": P, "Paul Dufour": Q},
            {("founds", "jane-roe", "acme"), ("founds", "paul-dufour", "acme")},
        ),
        (
            "fr",
            "Acme a dévoilé ce mardi 4 mars 2025 Gravier-2, la deuxième version de son modèle de code.",
            {"Acme": A},
            {("releases", None, "acme")},
        ),
        # a venture named in the sentence after the founding
        (
            "fr",
            "Jane Roe a quitté Borealis pour fonder sa propre entreprise. La start-up, baptisée Acme, vise les ports.",
            {"Acme": A, "Borealis": B, "Jane Roe": P},
            {("leaves", "jane-roe", "borealis"), ("founds", "jane-roe", "acme")},
        ),
        # a deal that was only planned is no purchase; a resignation "as CEO" is from the company that announces it
        (
            "fr",
            "Depuis des mois, Acme devait racheter Borealis pour 2 milliards de dollars.",
            {"Acme": A, "Borealis": B},
            set(),
        ),
        (
            "en",
            "Acme Co., Ltd. (Osaka), a maker of speech models, announced that co-founder Jane Roe (41) will resign as "
            "CEO at the end of the month.",
            {"Acme": A, "Jane Roe": P},
            {("leaves", "jane-roe", "acme")},
        ),
        # "l'entreprise" is not a former employer that describes the person
        (
            "fr",
            "Acme change de patron. Paul Dufour, ancien dirigeant de Borealis, quitte l'entreprise.",
            {"Acme": A, "Borealis": B, "Paul Dufour": Q},
            {("leaves", "paul-dufour", "acme")},
        ),
    ],
)
def test_held_out_shapes_of_rounds_removals_returns_and_releases(lang, text, names, expected):
    assert _facts(_with(text, lang, names)) == expected


def _given(text, lang, names, headline=None, date=dt.date(2026, 1, 20)):
    """events.extract with ingest's mentions given by hand: each (surface, kind, id) marked where it first stands
    only, as ingest does when it is sure of a name once and not where it recurs."""
    from digest.ingest.entities import Mention

    mentions = [
        Mention(kind, id_, surface, text.index(surface), text.index(surface) + len(surface))
        for surface, kind, id_ in names
    ]
    people = [id_ for _, kind, id_ in names if kind == "person"]
    companies = [id_ for _, kind, id_ in names if kind == "company"]
    return events.extract(text, lang, people, companies, date, mentions, headline=headline)


def test_a_name_marked_once_is_read_wherever_it_recurs():
    text = (
        "The robotics startup Vardel Systems builds arms for warehouses. Vardel Systems announced on Monday the "
        "appointment of Anouk Brel as chief technology officer."
    )
    found = _given(
        text, "en", [("Vardel Systems", "company", "vardel-systems"), ("Anouk Brel", "person", "anouk-brel")]
    )
    assert ("appointed", "anouk-brel", "vardel-systems") in _facts(found)


def test_an_elided_article_before_a_name_makes_it_an_object():
    # "d'Ormelle" names where the founders came from: the round is the start-up's, named by the headline
    text = (
        "Corvane, fondée par deux anciens ingénieurs d'Ormelle, a annoncé avoir réuni 12 millions d'euros "
        "auprès du fonds Brumaire Capital."
    )
    found = _given(
        text,
        "fr",
        [
            ("Corvane", "company", "corvane"),
            ("d'Ormelle", "company", "ormelle"),
            ("Brumaire Capital", "company", "brumaire-capital"),
        ],
    )
    assert {e["company"] for e in found if e["type"] == "funding"} <= {"corvane"}


@pytest.mark.parametrize(
    "lang, headline, body, names, expected",
    [
        # the body never says it plainly: the headline does
        (
            "fr",
            "La jeune pousse nantaise Corvane lève 12 millions d'euros",
            "La start-up, créée il y a deux ans par d'anciens ingénieurs, a bouclé son tour de table auprès du fonds "
            "Brumaire Capital. Corvane veut doubler ses effectifs.",
            [("Corvane", "company", "corvane"), ("Brumaire Capital", "company", "brumaire-capital")],
            ("funding", None, "corvane"),
        ),
        (
            "en",
            "Darrow Labs research chief Lena Okafor joins rival Quintic",
            "Lena Okafor, who led research at Darrow Labs for five years, said she would continue her work at Quintic. "
            "Quintic did not comment.",
            [
                ("Lena Okafor", "person", "lena-okafor"),
                ("Darrow Labs", "company", "darrow-labs"),
                ("Quintic", "company", "quintic"),
            ],
            ("joins", "lena-okafor", "quintic"),
        ),
        (
            "fr",
            "Bastien Roux reprend les commandes de Veltra",
            "Le cofondateur de la start-up a été rappelé lundi par le conseil d'administration. Bastien Roux avait "
            "dirigé Veltra pendant six ans.",
            [("Bastien Roux", "person", "bastien-roux"), ("Veltra", "company", "veltra")],
            ("appointed", "bastien-roux", "veltra"),
        ),
    ],
)
def test_the_headline_states_the_main_event(lang, headline, body, names, expected):
    found = _given(body, lang, names, headline=headline)
    assert expected in _facts(found)
    assert _facts(found[:1]) == {expected}  # the headline's event leads


def test_the_headline_company_is_the_startup_of_the_body():
    # "the company" of the body is the one the headline's event is about, not a former employer named in it
    found = _given(
        "The company emerged from stealth with $9 million in seed funding from Brumaire Capital.",
        "en",
        [("Brumaire Capital", "company", "brumaire-capital")],
        headline="Former Ormelle engineer Lena Okafor founds Quintic",
    )
    assert _facts(found) == set()  # no company of the body is Quintic: no round is given to another
    body = (
        "Lena Okafor spent six years at Ormelle. Quintic, her new company, builds agents. The company emerged "
        "from stealth with $9 million in seed funding from Brumaire Capital."
    )
    found = _given(
        body,
        "en",
        [
            ("Lena Okafor", "person", "lena-okafor"),
            ("Ormelle", "company", "ormelle"),
            ("Quintic", "company", "quintic"),
            ("Brumaire Capital", "company", "brumaire-capital"),
        ],
        headline="Ex-Ormelle engineer Lena Okafor launches Quintic",
    )
    assert {e["company"] for e in found if e["type"] == "funding"} == {"quintic"}


def test_what_the_news_follows_is_no_event():
    found = _given(
        "The board reinstated him on Tuesday.",
        "en",
        [],
        headline="Bastien Roux returns as Veltra CEO days after his ouster",
    )
    assert found == []  # Veltra and Bastien Roux are not named in the body: the headline's names come from it
    body = "Bastien Roux is back at Veltra. The board of Veltra reinstated Bastien Roux on Tuesday."
    names = [("Bastien Roux", "person", "bastien-roux"), ("Veltra", "company", "veltra")]
    found = _given(body, "en", names, headline="Bastien Roux returns as Veltra CEO days after his ouster")
    assert not any(e["type"] == "fired" for e in found)
    found = _given(body, "fr", names, headline="Bastien Roux reprend la tête de Veltra, cinq jours après son éviction")
    assert ("appointed", "bastien-roux", "veltra") in _facts(found) and not any(e["type"] == "fired" for e in found)


def test_a_company_after_in_is_an_object_not_the_hirer():
    found = _given(
        "Orbis takes a large stake in Quenta and hires its chief executive Mara Lind.",
        "en",
        [("Orbis", "company", "orbis"), ("Quenta", "company", "quenta"), ("Mara Lind", "person", "mara-lind")],
    )
    assert ("hired", "mara-lind", "orbis") in _facts(found) and ("hired", "mara-lind", "quenta") not in _facts(found)


def test_a_round_invested_in_a_company_is_that_company_s():
    found = _given(
        "Kestrel Law advised Pinewood Ventures on a $10 million Series A investment in Tallis Robotics.",
        "en",
        [
            ("Kestrel Law", "company", "kestrel-law"),
            ("Pinewood Ventures", "company", "pinewood-ventures"),
            ("Tallis Robotics", "company", "tallis-robotics"),
        ],
    )
    assert [(e["type"], e["company"]) for e in found] == [("funding", "tallis-robotics")]


def test_a_hire_told_twice_keeps_where_the_person_comes_from():
    text = "Orbis recrute Mara Lind. Mara Lind rejoint Orbis en provenance de Quenta, qu'elle quitte après six ans."
    found = _given(
        text,
        "fr",
        [("Orbis", "company", "orbis"), ("Mara Lind", "person", "mara-lind"), ("Quenta", "company", "quenta")],
        headline="Mara Lind quitte Quenta pour rejoindre Orbis",
    )
    hire = [e for e in found if e["person"] == "mara-lind" and e["company"] == "orbis"]
    assert len(hire) == 1 and hire[0].get("from_company") == "quenta"


@pytest.mark.parametrize(
    "lang, text, names, expected",
    [
        (
            "fr",
            "Quintic lance Brisk-4 et promet des réponses deux fois plus rapides.",
            [("Quintic", "company", "quintic")],
            ("quintic", "Brisk-4"),
        ),
        (
            "en",
            "Vardel Systems ships Vardel-9B, a compact model for robot arms.",
            # ingest took the model's name for a company: the text says what it is
            [("Vardel Systems", "company", "vardel-systems"), ("Vardel-9B", "company", "vardel-9b")],
            ("vardel-systems", "Vardel-9B"),
        ),
        ("en", "Quintic open-sourced Brisk 2 on Monday.", [("Quintic", "company", "quintic")], ("quintic", "Brisk 2")),
    ],
)
def test_a_versioned_name_after_a_release_verb_is_the_product(lang, text, names, expected):
    found = _given(text, lang, names)
    assert [(e["company"], e["product"]) for e in found if e["type"] == "releases"] == [expected]


def test_results_or_plans_are_no_release():
    assert _given("Quintic announced Q3 results and new offices.", "en", [("Quintic", "company", "quintic")]) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Vardel Systems announced on Monday that Anouk Brel will become its chief executive from next month."),
        ("fr", "Vardel Systems a annoncé lundi qu'Anouk Brel deviendra son directeur général à partir d'avril."),
        ("en", "Vardel Systems names Anouk Brel as chief executive."),
    ],
)
def test_a_post_at_its_company_is_at_the_company_that_tells_it(lang, text):
    found = _given(
        text, lang, [("Vardel Systems", "company", "vardel-systems"), ("Anouk Brel", "person", "anouk-brel")]
    )
    assert _facts(found) == {("appointed", "anouk-brel", "vardel-systems")}


def test_a_post_at_its_company_is_not_at_a_former_employer_in_an_aside():
    text = "Anouk Brel, a former Quintic engineer, will become its chief executive."
    found = _given(text, "en", [("Anouk Brel", "person", "anouk-brel"), ("Quintic", "company", "quintic")])
    assert found == []


def test_ending_someone_s_duties_is_a_dismissal():
    text = "Le conseil de surveillance de Vardel a mis fin, mardi, aux fonctions de son directeur général Paul Armand."
    found = _given(text, "fr", [("Vardel", "company", "vardel"), ("Paul Armand", "person", "paul-armand")])
    assert ("fired", "paul-armand", "vardel") in _facts(found)


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Turmoil at Quintic as research chief Lena Okafor quits", {("leaves", "lena-okafor", "quintic")}),
        # the object of the verb is a place: nothing is left that the headline names
        ("Lena Okafor quitte Paris et lance Quintic à Dakar", set()),
    ],
)
def test_a_headline_departure_leaves_the_one_company_it_names(headline, expected):
    body = "Lena Okafor told staff on Monday. Quintic has not named a successor."
    found = _given(
        body, "en", [("Lena Okafor", "person", "lena-okafor"), ("Quintic", "company", "quintic")], headline=headline
    )
    assert {f for f in _facts(found) if f[0] == "leaves"} == expected


def test_a_model_shown_with_what_it_is_is_a_release():
    found = _given(
        "Quintic also showed Brisk Vision, a video model that writes captions.",
        "en",
        [("Quintic", "company", "quintic")],
    )
    assert [(e["type"], e["company"], e["product"]) for e in found] == [("releases", "quintic", "Brisk Vision")]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Former robotics researchers launched a new company on Tuesday, Quintic. Its co-founders Lena Okafor and "
            "Paul Armand met at a lab in Zurich.",
            {"lena-okafor", "paul-armand"},
        ),
        (
            "en",
            "Lena Okafor has founded Quintic. She is joined at Quintic by co-founders Paul Armand, a former banker, "
            "and Anouk Brel.",
            {"lena-okafor", "paul-armand", "anouk-brel"},
        ),
        (
            "fr",
            "Quintic a été officiellement lancée ce lundi à Lyon. La deuxième cofondatrice, Anouk Brel, vient de la "
            "banque.",
            {"anouk-brel"},
        ),
    ],
)
def test_the_founders_of_a_company_the_article_launches(lang, text, expected):
    names = [
        (n, "person", n.lower().replace(" ", "-")) for n in ("Lena Okafor", "Paul Armand", "Anouk Brel") if n in text
    ]
    found = _given(text, lang, [("Quintic", "company", "quintic")] + names)
    assert {e["person"] for e in found if e["type"] == "founds" and e["company"] == "quintic"} == expected


@pytest.mark.parametrize(
    "text",
    [
        # the founders of a company the article does not launch: background, not the news
        "Quintic raised $9 million. Its co-founders Lena Okafor and Paul Armand met in Zurich.",
        "They met in Zurich in 2023 and founded Quintic six months later.\n\n## The founders\nLena Okafor runs sales.",
        # "its founder" is the company named just before, not the one launched
        "Vardel launched Brisk on Monday. Vardel also bought Quintic and hired its founder Lena Okafor.",
    ],
)
def test_founders_named_in_passing_are_no_founding(text):
    names = [("Quintic", "company", "quintic"), ("Lena Okafor", "person", "lena-okafor")]
    names += [
        (n, kind, n.lower().replace(" ", "-"))
        for n, kind in (("Paul Armand", "person"), ("Vardel", "company"))
        if n in text
    ]
    found = _given(text, "en", names)
    assert not any(e["type"] == "founds" for e in found)


def _named(text):
    """Hand-made mentions for the made-up names of the shapes below."""
    names = [
        ("Lena Okafor", "person"),
        ("Paul Armand", "person"),
        ("Quintic", "company"),
        ("Orbis", "company"),
        ("Brumaire Capital", "company"),
    ]
    return [(n, kind, n.lower().replace(" ", "-")) for n, kind in names if n in text]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Brumaire Capital led a $20 million round in Quintic, the Lyon-based robotics startup.",
            {("funding", None, "quintic")},
        ),
        ("fr", "Lena Okafor quitte la direction de Quintic.", {("leaves", "lena-okafor", "quintic")}),
        (
            "fr",
            "Lena Okafor quitte ses fonctions de directrice générale d'Orbis.",
            {("leaves", "lena-okafor", "orbis")},
        ),
        (
            "en",
            "Lena Okafor moves from Orbis to Quintic.",
            {("leaves", "lena-okafor", "orbis"), ("joins", "lena-okafor", "quintic")},
        ),
        ("en", "Lena Okafor heads to Quintic after five years at Orbis.", {("joins", "lena-okafor", "quintic")}),
        (
            "fr",
            "Quintic accueille Lena Okafor au poste de directrice technique.",
            {("hired", "lena-okafor", "quintic")},
        ),
        (
            "fr",
            "Lena Okafor prendra ses fonctions de directrice générale de Quintic le 1er avril.",
            {("appointed", "lena-okafor", "quintic")},
        ),
        (
            "en",
            "Lena Okafor, 42, will take over as chief executive of Quintic on April 1, the company said.",
            {("appointed", "lena-okafor", "quintic")},
        ),
        (
            "en",
            "Paul Armand, Quintic's CEO, said Lena Okafor would join the company as CTO.",
            {("joins", "lena-okafor", "quintic")},
        ),
        ("en", "Lena Okafor, Orbis's chief scientist, is leaving.", {("leaves", "lena-okafor", "orbis")}),
        ("fr", "Orbis a annoncé le départ de Lena Okafor.", {("leaves", "lena-okafor", "orbis")}),
        ("en", "Orbis has parted ways with Lena Okafor.", {("fired", "lena-okafor", "orbis")}),
        (
            "en",
            "Lena Okafor, who joined Orbis in 2019, is now leaving for Quintic.",
            {("joins", "lena-okafor", "quintic")},
        ),
        ("fr", "Après Orbis, Lena Okafor s'engage chez Quintic.", {("joins", "lena-okafor", "quintic")}),
        ("en", "Lena Okafor has been tapped to lead Quintic's research.", {("appointed", "lena-okafor", "quintic")}),
        ("en", "Lena Okafor is the new CEO of Quintic.", {("appointed", "lena-okafor", "quintic")}),
        (
            "fr",
            "Deux anciens d'Orbis, Lena Okafor et Paul Armand, fondent Quintic.",
            {("founds", "lena-okafor", "quintic"), ("founds", "paul-armand", "quintic")},
        ),
    ],
)
def test_common_shapes_of_a_move_a_round_or_a_founding(lang, text, expected):
    assert _facts(_given(text, lang, _named(text), date=dt.date(2026, 3, 10))) == expected


def test_the_startup_of_a_paragraph_is_the_one_it_names():
    body = (
        "Orbis named Lena Okafor its chief AI officer.\n\nQuintic, which Lena Okafor set up with Paul Armand, "
        "builds fraud models. Paul Armand will take over as chief executive of the start-up."
    )
    found = _given(body, "en", _named(body), headline="Orbis names Quintic co-founder Lena Okafor chief AI officer")
    assert ("appointed", "paul-armand", "quintic") in _facts(found)
    assert ("appointed", "paul-armand", "orbis") not in _facts(found)


def test_every_trigger_match_holds_one_of_its_needles():
    """A kind is skipped when none of its words is in the text: every match of its trigger must hold one."""
    texts = [
        p.read_text(encoding="utf-8")
        for name in ("ingest", "pastes", "holdout", "holdout2", "holdout3")
        for p in sorted((ROOT / "tests" / "fixtures" / name).rglob("*.txt"))
    ]
    texts.append("Orbis has parted ways with her; Quintic est la nouvelle venue. Il prend la tête d'Orbis et s'en va.")
    seen = 0
    for text in texts:
        for kind, pattern in triggers.TRIGGERS:
            for m in pattern.finditer(text) if kind in needles.NEEDLES else ():
                seen += 1
                assert any(word in m.group().lower() for word in needles.NEEDLES[kind]), (kind, m.group())
    assert seen > 100


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "fr",
            "Orbis a recruté Lena Okafor, jusqu'ici directrice de la recherche de Quintic, et Paul Armand.",
            {("hired", "lena-okafor", "orbis"), ("hired", "paul-armand", "orbis")},
        ),
        (
            "en",
            "Orbis has hired two senior researchers from Quintic: Lena Okafor and Paul Armand.",
            {("hired", "lena-okafor", "orbis"), ("hired", "paul-armand", "orbis")},
        ),
        ("fr", "C'est Lena Okafor qui prend la tête d'Orbis.", {("appointed", "lena-okafor", "orbis")}),
        ("fr", "Quintic a annoncé la démission de sa présidente, Lena Okafor.", {("leaves", "lena-okafor", "quintic")}),
        ("en", "Quintic fired its chief executive, Lena Okafor, on Friday.", {("fired", "lena-okafor", "quintic")}),
        ("en", "Lena Okafor is out as CEO of Quintic.", {("leaves", "lena-okafor", "quintic")}),
        (
            "en",
            "Lena Okafor, who has led Quintic since 2020, will step down at the end of March.",
            {("leaves", "lena-okafor", "quintic")},
        ),
        ("en", "Orbis nets $20 million.", {("funding", None, "orbis")}),
        (
            "en",
            "Lena Okafor leaves Quintic for AI startup Orbis.",
            {("leaves", "lena-okafor", "quintic"), ("joins", "lena-okafor", "orbis")},
        ),
        (
            "fr",
            "Lena Okafor quitte Quintic pour Orbis.",
            {("leaves", "lena-okafor", "quintic"), ("joins", "lena-okafor", "orbis")},
        ),
        # a founding told as the purpose of a departure years ago is history
        ("en", "Lena Okafor left Quintic in 2022 to found Orbis.", set()),
        ("fr", "Lena Okafor a quitté Quintic en 2021 pour fonder Orbis.", set()),
    ],
)
def test_lists_clefts_titled_objects_and_purposes(lang, text, expected):
    assert _facts(_given(text, lang, _named(text), date=dt.date(2026, 3, 10))) == expected


def test_a_leave_for_keeps_where_from():
    [_, join] = _given("Lena Okafor leaves Quintic for AI startup Orbis.", "en", _named("Lena Okafor Quintic Orbis"))
    assert (join["type"], join["company"], join.get("from_company")) == ("joins", "orbis", "quintic")


def test_an_arrival_at_a_company_of_people_listed_with_their_titles():
    text = (
        "Le géant Orbis a annoncé l'arrivée chez Orbis Research de Lena Okafor, la directrice générale de Quintic, "
        "de son cofondateur Paul Armand et de plusieurs ingénieurs."
    )
    names = _named(text) + [("Orbis Research", "company", "orbis-research")]
    assert _facts(_given(text, "fr", names)) == {
        ("hired", "lena-okafor", "orbis-research"),
        ("hired", "paul-armand", "orbis-research"),
    }


def test_a_partner_in_the_launch_the_article_tells_is_a_founder():
    text = (
        "Lena Okafor a quitté Orbis pour fonder sa propre entreprise. La start-up, baptisée Quintic, a été présentée "
        "jeudi. L'ingénieure s'est associée à l'Allemand Paul Armand, ancien de Brumaire Capital."
    )
    found = _given(text, "fr", _named(text))
    assert {e["person"] for e in found if e["type"] == "founds" and e["company"] == "quintic"} == {
        "lena-okafor",
        "paul-armand",
    }


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Quintic is in talks to raise $50 million.", set()),
        ("fr", "Quintic compte lever 20 millions d'euros d'ici l'été.", set()),
        ("en", "Quintic may have raised $20 million.", set()),
        ("en", "Quintic has raised $20 million and plans to hire.", {("funding", None, "quintic")}),
        ("en", "Quintic's Lena Okafor jumps to Orbis.", {("joins", "lena-okafor", "orbis")}),
    ],
)
def test_a_round_not_yet_made_is_no_event_and_a_jump_is_a_move(lang, text, expected):
    assert _facts(_given(text, lang, _named(text), date=dt.date(2026, 3, 10))) == expected


def test_the_startup_that_raised_is_neither_a_fund_nor_a_client_named_later():
    # the start-up's own name was not recognised: no company of the text raised, so no round is proposed
    text = (
        "La jeune entreprise a annoncé avoir bouclé un tour de table de 22 millions d'euros, mené par le fonds "
        "Brumaire Capital. Le Neckar Fonds remet au pot.\n\nSes modèles pilotent déjà des usines. Parmi ses clients, "
        "on compte le chimiste Orbis, qui teste ses outils depuis un an, et plusieurs laboratoires. "
        + "Texte. " * 30
        + "Orbis, lui, ne commente pas."
    )
    names = _named(text) + [("Neckar Fonds", "company", "neckar-fonds")]
    assert [e for e in _given(text, "fr", names) if e["type"] == "funding"] == []


def test_a_startup_named_in_the_next_sentence_raised():
    text = (
        "A French startup known for its photo editor has raised $43mn at a $500mn valuation. Paris-based Quintic "
        "raised the money in a round led by Brumaire Capital. Quintic will hire."
    )
    assert ("funding", None, "quintic") in _facts(_given(text, "en", _named(text)))


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Lena Okafor will not join Orbis as an employee."),
        ("fr", "Lena Okafor ne rejoindra pas Orbis."),
        ("fr", "Lena Okafor n'a pas rejoint Orbis."),
        ("fr", "Lena Okafor ne quitte pas Quintic."),
        ("en", "Lena Okafor didn't leave Quintic."),
        ("en", "Quintic has not raised $20 million."),
        ("en", "Orbis did not acquire Quintic."),
        ("en", "Lena Okafor has not yet officially joined Orbis."),
    ],
)
def test_a_negated_fact_is_no_event(lang, text):
    assert _given(text, lang, _named(text)) == []


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Lena Okafor is no longer at Quintic.", {("leaves", "lena-okafor", "quintic")}),
        ("fr", "Lena Okafor n'est plus chez Quintic.", {("leaves", "lena-okafor", "quintic")}),
    ],
)
def test_a_departure_said_with_a_negation_is_one(lang, text, expected):
    assert _facts(_given(text, lang, _named(text))) == expected


def test_a_headline_names_a_long_company_by_its_first_words():
    body = "The Quintic Institute for Robotics published the weights of Brisk-7B on Monday. The institute is in Lyon."
    found = _given(
        body,
        "en",
        [("Quintic Institute for Robotics", "company", "quintic-institute")],
        headline="Quintic Institute releases Brisk-7B, an open model for robot arms",
    )
    assert [(e["type"], e["company"], e["product"]) for e in found] == [("releases", "quintic-institute", "Brisk-7B")]


def test_a_link_to_another_article_is_not_this_one_s_event():
    text = "Lena Okafor joins Orbis.\nLire aussi : Paul Armand quitte Quintic.\nRead more: Paul Armand leaves Quintic."
    assert _facts(_given(text, "en", _named(text))) == {("joins", "lena-okafor", "orbis")}


def test_partners_listed_with_asides_all_found_the_launch():
    text = (
        "Lena Okafor lance Quintic, un laboratoire de recherche. Faisant cause commune avec Paul Armand (Orbis) et "
        "Anouk Brel (ex-patronne de Brumaire Capital), elle veut peser face aux géants."
    )
    names = _named(text) + [("Anouk Brel", "person", "anouk-brel")]
    found = _given(text, "fr", names)
    assert {e["person"] for e in found if e["type"] == "founds" and e["company"] == "quintic"} == {
        "lena-okafor",
        "paul-armand",
        "anouk-brel",
    }


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "The departure of Lena Okafor, Quintic's chief scientist, was announced on Monday.",
            {("leaves", "lena-okafor", "quintic")},
        ),
        (
            "en",
            "Quintic confirmed that Lena Okafor, its chief scientist, had left.",
            {("leaves", "lena-okafor", "quintic")},
        ),
        ("fr", "Lena Okafor est de retour chez Quintic.", {("joins", "lena-okafor", "quintic")}),
        (
            "fr",
            "Lena Okafor remplace Paul Armand au poste de directeur général de Quintic.",
            {("appointed", "lena-okafor", "quintic")},
        ),
        ("en", "Lena Okafor replaces Paul Armand as CEO of Quintic.", {("appointed", "lena-okafor", "quintic")}),
        ("en", "Paul Armand will be replaced by Lena Okafor as CEO of Quintic.", set()),
        ("en", "Orbis has brought on Lena Okafor as its first chief AI officer.", {("hired", "lena-okafor", "orbis")}),
        ("en", "Orbis has tapped Lena Okafor as its chief AI officer.", {("appointed", "lena-okafor", "orbis")}),
        # another person's departure, told as a comparison, is not this one's
        ("fr", "Son départ avait suivi de peu celui de Lena Okafor, cofondatrice de Quintic.", set()),
    ],
)
def test_appositions_returns_replacements_and_comparisons(lang, text, expected):
    assert _facts(_given(text, lang, _named(text), date=dt.date(2026, 3, 10))) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Lena Okafor, Quintic's head of cloud, was announced as the company's new CEO, effective as of Monday."),
        (
            "fr",
            "Le conseil a acté la nomination de Lena Okafor, cofondatrice d'Orbis, comme PDG par intérim de Quintic.",
        ),
    ],
)
def test_the_post_of_an_appointment_after_as(lang, text):
    assert ("appointed", "lena-okafor", "quintic") in _facts(_given(text, lang, _named(text)))


def test_a_headline_in_capitals_names_the_body_s_companies():
    body = "Orbis will put €1.3 billion into Quintic. Quintic is based in Lyon."
    found = _given(body, "en", _named(body), headline="ORBIS TO INVEST EUR1.3 BILLION IN QUINTIC")
    assert ("funding", None, "quintic") in _facts(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Orbis has hired the founders of Quintic, Lena Okafor and Paul Armand."),
        ("fr", "Orbis a recruté les cofondateurs de Quintic, Lena Okafor et Paul Armand."),
        (
            "fr",
            "Orbis a frappé fort. Vendredi, ils ont annoncé avoir embauché les fondateurs de Quintic. Lena Okafor et "
            "Paul Armand rejoignent ainsi le groupe.",
        ),
        ("en", "Orbis said it had hired Quintic's co-founders. Lena Okafor and Paul Armand will join its AGI team."),
    ],
)
def test_an_acqui_hire_hires_the_founders_it_names_from_their_company(lang, text):
    found = _given(text, lang, _named(text))
    hires = {(e["person"], e["company"], e.get("from_company")) for e in found if e["type"] == "hired"}
    assert hires == {("lena-okafor", "orbis", "quintic"), ("paul-armand", "orbis", "quintic")}


def test_counted_founders_each_opening_a_sentence():
    text = (
        "Quintic a été officiellement lancée mardi à Lyon. Ses deux fondateurs ont travaillé à l'étranger. "
        "Lena Okafor, directrice générale, a passé six ans chez Orbis. Paul Armand, directeur technique, vient "
        "de la banque."
    )
    found = _given(text, "fr", _named(text))
    assert {e["person"] for e in found if e["type"] == "founds"} == {"lena-okafor", "paul-armand"}
    # one sentence opened by someone else: the count is not met, nobody is taken
    text = text.replace("Paul Armand, directeur technique, vient", "La banque, dit Paul Armand, vient")
    assert not any(e["type"] == "founds" for e in _given(text, "fr", _named(text)))


def test_a_round_led_by_an_investor_with_its_amount_before_the_company_is_the_company_s():
    found = _extract(
        "Serac Capital mène le tour d'amorçage de 6,5 millions d'euros de la start-up Brisane, annoncé le 21 mai.", "fr"
    )
    assert [(ev["type"], ev["company"]) for ev in found] == [("funding", "brisane")]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # a departure told without an object leaves the company of the person's post, written before or after the name
        ("en", "Acme CEO Jane Roe steps down.", {("leaves", "jane-roe", "acme")}),
        ("en", "Acme's chief scientist Jane Roe has resigned.", {("leaves", "jane-roe", "acme")}),
        (
            "en",
            "Acme chief executive Jane Roe is stepping down, the company said on Tuesday.",
            {("leaves", "jane-roe", "acme")},
        ),
        ("en", "Borealis co-founder Jane Roe is leaving to start a new company.", {("leaves", "jane-roe", "borealis")}),
        ("fr", "Le directeur technique d'Acme, Paul Dufour, s'en va.", {("leaves", "paul-dufour", "acme")}),
        ("fr", "La PDG d'Acme, Jane Roe, quitte ses fonctions.", {("leaves", "jane-roe", "acme")}),
        ("fr", "Jane Roe, directrice générale d'Acme, démissionne.", {("leaves", "jane-roe", "acme")}),
        # a former post is not the one left, and a post alone is no departure
        ("en", "Jane Roe, the former chief executive of Acme, is leaving.", set()),
        ("en", "Paul Dufour said Acme CEO Jane Roe would speak at the event.", set()),
    ],
)
def test_a_departure_without_an_object_leaves_the_company_of_the_person_s_post(lang, text, expected):
    assert _facts(_with(text, lang, {"Acme": A, "Borealis": B, "Jane Roe": P, "Paul Dufour": Q})) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Acme has reinstated Jane Roe as chief executive."),
        ("en", "Jane Roe was reinstated as CEO of Acme."),
        ("en", "Acme has rehired Jane Roe as CEO."),
        ("en", "Acme brings back Jane Roe as chief executive."),
        ("fr", "Jane Roe est réintégrée à la tête d'Acme."),
        ("fr", "Jane Roe retrouve son poste de PDG d'Acme."),
        ("fr", "Jane Roe retrouve la tête d'Acme."),
        ("fr", "Jane Roe est rappelée à la tête d'Acme."),
    ],
)
def test_a_reinstatement_is_an_appointment_at_the_company(lang, text):
    assert _facts(_with(text, lang, {"Acme": A, "Jane Roe": P})) == {("appointed", "jane-roe", "acme")}


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Jane Roe quits Borealis for Acme.",
            {("leaves", "jane-roe", "borealis"), ("joins", "jane-roe", "acme")},
        ),
        (
            "en",
            "Jane Roe exits Borealis for Acme.",
            {("leaves", "jane-roe", "borealis"), ("joins", "jane-roe", "acme")},
        ),
        ("en", "Acme lures Jane Roe from Borealis.", {("hired", "jane-roe", "acme")}),
        ("fr", "Acme se sépare de Jane Roe.", {("fired", "jane-roe", "acme")}),
        (
            "fr",
            "Jane Roe débarque chez Acme.",
            {("joins", "jane-roe", "acme")},
        ),  # an arrival; "débarqué" alone a removal
        ("fr", "Jane Roe atterrit chez Acme.", {("joins", "jane-roe", "acme")}),
        ("fr", "Jane Roe entre au conseil d'administration d'Acme.", {("joins", "jane-roe", "acme")}),
        ("fr", "Jane Roe claque la porte de Borealis.", {("leaves", "jane-roe", "borealis")}),
        ("fr", "Jane Roe tire sa révérence chez Borealis.", {("leaves", "jane-roe", "borealis")}),
        ("fr", "Jane Roe crée Acme, une start-up de robotique.", {("founds", "jane-roe", "acme")}),
        ("fr", "Jane Roe crée un poste chez Acme.", set()),  # "crée" founds only a name
        ("en", "Corvid Capital backs Acme in $10 million round.", {("funding", None, "acme")}),
        ("en", "Investors back Acme.", set()),  # no sum, no round
    ],
)
def test_moves_foundings_and_rounds_told_with_other_verbs(lang, text, expected):
    names = {"Acme": A, "Borealis": B, "Corvid Capital": C, "Jane Roe": P}
    assert _facts(_with(text, lang, names)) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", '"I am thrilled to join Acme," said Jane Roe, who previously led research at Borealis.'),
        ("fr", "« Je rejoins Acme avec enthousiasme », a déclaré Jane Roe."),
        ("en", "Acme said Jane Roe, a partner at Corvid Capital, would join its board."),
        ("en", "Acme announced Monday that Jane Roe has joined as chief operating officer."),
    ],
)
def test_a_join_told_by_a_quote_or_a_report_names_the_speaker_and_the_company(lang, text):
    names = {"Acme": A, "Borealis": B, "Corvid Capital": C, "Jane Roe": P}
    assert ("joins", "jane-roe", "acme") in _facts(_with(text, lang, names))


@pytest.mark.parametrize(
    "written, stored",
    [
        ("R120m", "ZAR 120 million"),
        ("R1.2 billion", "ZAR 1.2 billion"),
        ("₹150 crore", "INR 1.5 billion"),
        ("Rs 40 crore", "INR 400 million"),
        ("S$12 million", "SGD 12 million"),
        ("NZ$5m", "NZD 5 million"),
        ("HK$1.2bn", "HKD 1.2 billion"),
        ("₦2 billion", "NGN 2 billion"),
        ("4 millions de rands", "ZAR 4 million"),
    ],
)
def test_amounts_in_other_currencies_are_read(written, stored):
    assert events.normalise_amount(written) == stored


@pytest.mark.parametrize(
    "lang, text, amount",
    [
        (
            "en",
            "Acme said yesterday it had raised R120 million in a Series A round led by Corvid Capital.",
            "ZAR 120 million",
        ),
        ("en", "Acme bags R120m to put robots in mines.", "ZAR 120 million"),
        ("en", "Acme raised ₹150 crore from Corvid Capital.", "INR 1.5 billion"),
    ],
)
def test_a_round_in_another_currency_is_a_round(lang, text, amount):
    names = {"Acme": A, "Corvid Capital": C}
    assert [(e["type"], e["company"], e["amount"]) for e in _with(text, lang, names)] == [("funding", "acme", amount)]


@pytest.mark.parametrize("text", ["DeepSeek R1 beats Acme's model.", "Acme's R2 line ships in May, Jane Roe said."])
def test_a_model_named_r_and_a_number_is_no_sum(text):
    assert not any(e["type"] == "funding" for e in _with(text, "en", {"Acme": A, "Jane Roe": P}))


@pytest.mark.parametrize(
    "lang, text, date",
    [
        (
            "fr",
            "Le laboratoire a donné naissance à une nouvelle entreprise : Acme, officiellement fondée le 28 avril "
            "à Lyon par le Dr Jane Roe et l'ingénieur Paul Dufour.",
            dt.date(2025, 4, 28),
        ),
        (
            "en",
            "Acme, founded in March in Berlin by Jane Roe and engineer Paul Dufour, builds robots for farms.",
            dt.date(2025, 3, 20),
        ),
    ],
)
def test_founders_named_after_when_and_where_the_company_was_founded(lang, text, date):
    found = _with(text, lang, {"Acme": A, "Jane Roe": P, "Paul Dufour": Q}, date)
    assert _facts(found) == {("founds", "jane-roe", "acme"), ("founds", "paul-dufour", "acme")}


def test_a_launch_told_with_an_adverb_and_a_place_is_a_founding():
    text = (
        "En juin, Jane Roe a quitté Borealis. Le 1er octobre, elle a officiellement lancé à Paris Acme, une "
        "start-up qui veut faire tourner des assistants sur les téléphones."
    )
    names = {"Acme": A, "Borealis": B, "Jane Roe": P}
    assert ("founds", "jane-roe", "acme") in _facts(_with(text, "fr", names, dt.date(2025, 10, 1)))
    # a launch of anything else is no founding
    assert _with("Jane Roe a officiellement lancé un nouveau modèle, Acme.", "fr", names) == []


@pytest.mark.parametrize(
    "text",
    [
        "Three weeks after Acme's board removed her as chief executive, Jane Roe was reinstated as CEO of "
        "the Montreal AI "
        "company.",
        "After a week of turmoil at Acme, Jane Roe was reinstated as chief executive of the Paris-based company.",
    ],
)
def test_the_company_described_by_its_city_is_the_company_the_sentence_is_about(text):
    assert ("appointed", "jane-roe", "acme") in _facts(_with(text, "en", {"Acme": A, "Jane Roe": P}))


@pytest.mark.parametrize(
    "text",
    [
        "Borealis will invest in a Gulf start-up. Borealis President Jane Roe will join the Abu Dhabi firm's board.",
        "Acme's board met on Monday. Jane Roe was reinstated as chief executive of the Paris-based company.",
    ],
)
def test_a_company_described_by_its_city_is_never_the_person_s_own_nor_guessed_from_another_sentence(text):
    assert _with(text, "en", {"Acme": A, "Borealis": B, "Jane Roe": P}) == []


def test_a_venture_firm_is_not_the_company_of_a_move():
    text = "Jane Roe advised Corvid Capital for years. Acme hired Paul Dufour as CTO of the venture firm."
    assert ("hired", "paul-dufour", "corvid") not in _facts(
        _with(text, "en", {"Acme": A, "Corvid Capital": C, "Jane Roe": P, "Paul Dufour": Q})
    )


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Nous avons le plaisir d'annoncer que Jane Roe nous rejoint ce jeudi comme directrice de la "
            "recherche. Elle "
            "arrive de Borealis, où elle dirigeait une équipe. Chez Acme, nous construisons des modèles de prévision.",
        ),
        (
            "en",
            "We are delighted that Jane Roe has joined our research team as chief scientist. She comes from Borealis. "
            "At Acme, we build robots for warehouses.",
        ),
    ],
)
def test_a_join_of_us_joins_the_company_that_speaks_as_we(lang, text):
    found = _with(text, lang, {"Acme": A, "Borealis": B, "Jane Roe": P})
    assert ("joins", "jane-roe", "acme") in _facts(found)
    assert not any(e["type"] == "joins" and e["company"] == "borealis" for e in found)


def test_a_join_of_us_on_a_page_that_speaks_for_no_company_is_no_event():
    names = {"Acme": A, "Borealis": B, "Jane Roe": P}
    assert _with("Jane Roe has joined us. Borealis and Acme are rivals.", "en", names) == []


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Acme emerges from stealth with $9 million. Its co-founders, Jane Roe and Paul Dufour, met at Borealis.",
            {("funding", None, "acme"), ("founds", "jane-roe", "acme"), ("founds", "paul-dufour", "acme")},
        ),
        (
            "fr",
            "Acme sort de l'ombre avec 9 millions d'euros levés auprès de Corvid Capital.",
            {("funding", None, "acme")},
        ),
        ("en", "Acme came out of stealth in 2019. Its co-founders, Jane Roe and Paul Dufour, met at Borealis.", set()),
    ],
)
def test_a_start_up_out_of_stealth_is_launched_with_its_round(lang, text, expected):
    names = {"Acme": A, "Borealis": B, "Corvid Capital": C, "Jane Roe": P, "Paul Dufour": Q}
    assert _facts(_with(text, lang, names)) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Acme, une start-up officiellement lancée le 16 septembre à Toulouse, veut inspecter les avions. "
            "Derrière le projet, deux profils complémentaires. Jane Roe a passé douze ans chez Borealis, où elle "
            "dirigeait une équipe. Paul Dufour, lui, vient de Corvid Capital.",
        ),
        (
            "fr",
            "Acme a été officiellement lancée lundi à Lausanne. Le projet est porté par le Français Jane Roe et "
            "par Paul Dufour, qui quittent Borealis.",
        ),
        (
            "en",
            "Acme was launched on Monday in Berlin. The startup is led by Jane Roe and Paul Dufour, both from "
            "Borealis.",
        ),
    ],
)
def test_those_who_carry_the_project_an_article_launches_are_its_founders(lang, text):
    found = _with(
        text,
        lang,
        {"Acme": A, "Borealis": B, "Corvid Capital": C, "Jane Roe": P, "Paul Dufour": Q},
        dt.date(2025, 9, 16),
    )
    assert {("founds", "jane-roe", "acme"), ("founds", "paul-dufour", "acme")} <= _facts(found)


def test_people_behind_a_company_launched_years_ago_are_not_its_founders_of_the_day():
    text = (
        "Acme, a startup founded in 2019, raised money. Behind the company, two engineers. Jane Roe was at "
        "Borealis. Paul Dufour was at Corvid Capital."
    )
    found = _with(
        text,
        "en",
        {"Acme": A, "Borealis": B, "Corvid Capital": C, "Jane Roe": P, "Paul Dufour": Q},
        dt.date(2025, 9, 16),
    )
    assert not any(e["type"] == "founds" for e in found)


def test_founding_needles_hold_for_every_founding_shape():
    """Founding triggers are scanned only in sentences holding one of their words: the shapes whose needle is a verb
    form ("to start", "started a company", "présente sa nouvelle entreprise") are found, and a sentence naming a
    company or a start-up without a founding word is not scanned."""
    shapes = [
        "Ines Varga left Orbis to co-start a robotics lab.",
        "Il a quitté Quintic pour cofonder une start-up.",
        "Marta Lind started her own small company in Tallinn.",
        "Bram Vos is starting Kelpwise, a startup for tidal sensors.",
        "Léa Morel présente sa propre société de drones.",
        "Acme annonce une nouvelle entreprise, baptisée Orbis.",
        "Tomas Ruiz unveiled his new venture on Monday.",
    ]
    pattern = dict(triggers.TRIGGERS)["founds"]
    for text in shapes:
        match = pattern.search(text)
        assert match, text
        assert any(word in match.group().lower() for word in needles.NEEDLES["founds"]), text
    low = "the startup and the company signed an entreprise deal with a société."
    assert not any(word in low for word in needles.NEEDLES["founds"])
