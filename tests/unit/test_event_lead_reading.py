"""The main event read from the headline's clause when no sentence rule told one (``events.lead_reading``): a matrix
of headlines and leads of our own (``fixtures/lead_matrix``, twelve wordings per kind and language), and pages that
tell no event (an opinion, an explainer, an interview, a market wrap, a person quoted next to a company, a plan, a
denial...), which must stay without one. The registry knows the names, as it knows those of the articles whose
main event went missing although their entry held its person and company."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from digest import model
from digest.evaluate import _event_expectations
from digest.ingest import pipeline
from digest.ingest.events.clauses import Mark
from digest.ingest.events.lead_reading import lead_events
from digest.registry import slug

FIXTURES = Path(__file__).parents[1] / "fixtures"
MATRIX = FIXTURES / "lead_matrix"
KINDS = ("talent_move", "departure", "reinstatement", "company_launch", "funding_round", "model_release", "acquisition")
# strict: a case that starts passing must leave the list (175 of 192 before the lead reading, 191 with it, 192
# since it asks ``background.is_background`` whether a verb tells the past)
STILL_MISSED: frozenset[str] = frozenset()
CASES = [
    (f"{kind}-{case['lang']}-{n}", case["shape"], {"type": kind, **case["gold"]}, case["page"])
    for kind in KINDS
    for n, case in enumerate(yaml.safe_load((MATRIX / f"{kind}.yml").read_text(encoding="utf-8")))
]
SILENT = [
    (f"none-{case['lang']}-{n}", case["shape"], case["page"])
    for n, case in enumerate(yaml.safe_load((MATRIX / "none.yml").read_text(encoding="utf-8")))
]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> tuple[dict[str, list], Path]:
    """Each page's events, all pages ingested in one run with a registry that knows the gold's names."""
    root = tmp_path_factory.mktemp("lead")
    content = root / "content"
    for folder in ("people", "companies"):
        shutil.copytree(FIXTURES / "trust" / "content" / folder, content / folder)
    for _, _, gold, _ in CASES:
        named = (("companies", [gold[k] for k in ("to", "from", "org") if gold.get(k)]), ("people", gold.get("people")))
        for folder, names in named:
            for name in names or []:
                (content / folder / f"{slug(name)}.yml").write_text(f"name: {name}\nreviewed: true\n", encoding="utf-8")
    pages = {}
    for name, *_, text in CASES + SILENT:
        page = root / f"{name}.txt"
        page.write_text(text, encoding="utf-8")
        pages[str(page)] = name
    results = pipeline.run(list(map(Path, pages)), content, editor_date=dt.date(2026, 3, 3))
    told = {pages[r.input]: model.load_entry(Path(r.path))[0].events if r.status == "created" else [] for r in results}
    return told, content


@pytest.mark.parametrize(
    "name, shape, gold, text",
    [
        pytest.param(*case, id=case[0], marks=[pytest.mark.xfail(strict=True)] if case[0] in STILL_MISSED else [])
        for case in CASES
    ],
)
def test_the_headline_tells_the_main_event(ingested, name, shape, gold, text):
    told, content = ingested
    expected = _event_expectations(gold, told[name], content)
    assert all(got for _, got in expected), f"{shape}: {[w for w, got in expected if not got]} in {told[name]}"


@pytest.mark.parametrize("name, shape, text", [pytest.param(*case, id=case[0]) for case in SILENT])
def test_a_page_that_tells_no_event_gets_none(ingested, name, shape, text):
    assert ingested[0][name] == [], shape


# what extraction knows of the article the lead reading reads: the companies that invest, and when it was written
ARTICLE = {"investors": set(), "year": 2026, "date": dt.date(2026, 3, 3)}


def _marks(text: str, names: dict[str, str]) -> list[Mark]:
    return sorted(
        (Mark(kind, slug(name), text.index(name), text.index(name) + len(name)) for name, kind in names.items()),
        key=lambda m: m.start,
    )


def _facts(headline: str, names: dict[str, str]) -> set:
    told = lead_events(headline, _marks(headline, names), "", [], ARTICLE, None)
    return {(e["type"], e.get("person"), e["company"], e.get("from_company")) for _, e in told.values()}


@pytest.mark.parametrize(
    "headline, names, facts",
    [
        (
            "Ravi Kumar leaves Orchard Bank for Quire Labs",
            {"Ravi Kumar": "person", "Orchard Bank": "company", "Quire Labs": "company"},
            {("joins", "ravi-kumar", "quire-labs", "orchard-bank")},
        ),
        (
            "Lise Morel quitte Banque Iroise pour diriger la recherche de Nacelle IA",
            {"Lise Morel": "person", "Banque Iroise": "company", "Nacelle IA": "company"},
            {("joins", "lise-morel", "nacelle-ia", "banque-iroise")},
        ),
        (
            "Omar Sy leaves Halden Systems to start Ferrule AI",
            {"Omar Sy": "person", "Halden Systems": "company", "Ferrule AI": "company"},
            {("founds", "omar-sy", "ferrule-ai", None)},
        ),
        (
            "Arlo Data: Mina Cho takes the helm",
            {"Arlo Data": "company", "Mina Cho": "person"},
            set(),  # no company after the verb, and an arrival's company is only a topic set off before the person
        ),
        (
            "Arlo Data : Mina Cho prend la tête de l'équipe",
            {"Arlo Data": "company", "Mina Cho": "person"},
            {("appointed", "mina-cho", "arlo-data", None)},
        ),
        (
            "Ex-Halden Systems engineer Mina Cho joins Ferrule AI",
            {"Halden Systems": "company", "Mina Cho": "person", "Ferrule AI": "company"},
            {("joins", "mina-cho", "ferrule-ai", None)},
        ),
        (
            "Mina Cho returns to Ferrule AI, a year after leaving for Halden Systems",
            {"Mina Cho": "person", "Ferrule AI": "company", "Halden Systems": "company"},
            {("joins", "mina-cho", "ferrule-ai", "halden-systems")},  # the past departure tells where from
        ),
        (
            "Ferrule AI, spin-off de Halden Systems, dévoile Rivet-2",
            {"Ferrule AI": "company", "Halden Systems": "company"},
            {("releases", None, "ferrule-ai", None)},
        ),
        (
            "Ferrule AI ousts Mina Cho; Omar Sy named interim chief",
            {"Ferrule AI": "company", "Mina Cho": "person", "Omar Sy": "person"},
            {("leaves", "mina-cho", "ferrule-ai", None)},
        ),
        (
            "Ferrule AI hires Mina Cho as Halden Systems buys Orchard Bank",
            {"Ferrule AI": "company", "Mina Cho": "person", "Halden Systems": "company", "Orchard Bank": "company"},
            set(),  # two readings compete
        ),
        (
            "Kenya: Ferrule AI raises 1.3 billion shillings for a Swahili voice model",
            {"Ferrule AI": "company"},
            {("funding", None, "ferrule-ai", None)},
        ),
        (  # a count after the round's verb is no sum raised
            "Ferrule AI raises funds as it passes 3 million users",
            {"Ferrule AI": "company"},
            set(),
        ),
        (
            "Ferrule AI lève des fonds pour ses 12 millions d'abonnés",
            {"Ferrule AI": "company"},
            set(),
        ),
        (
            "Ferrule AI lève 40 millions auprès de Halden Systems",
            {"Ferrule AI": "company", "Halden Systems": "company"},
            {("funding", None, "ferrule-ai", None)},
        ),
        (
            "Ferrule AI boucle une série A de 2,5 milliards de FCFA",
            {"Ferrule AI": "company"},
            {("funding", None, "ferrule-ai", None)},
        ),
        (
            "Ferrule AI, la start-up de Mina Cho, lève 40 millions d'euros",
            {"Ferrule AI": "company", "Mina Cho": "person"},
            {("funding", None, "ferrule-ai", None)},
        ),
        (
            "Mina Cho, chercheuse vedette de Halden Systems, débauchée par Ferrule AI",
            {"Mina Cho": "person", "Halden Systems": "company", "Ferrule AI": "company"},
            {("joins", "mina-cho", "ferrule-ai", None)},
        ),
        (
            "Mina Cho poached by Ferrule AI",
            {"Mina Cho": "person", "Ferrule AI": "company"},
            {("joins", "mina-cho", "ferrule-ai", None)},
        ),
        (
            "Orchard Bank rejoint Ferrule AI : la banque en ligne change de mains",
            {"Orchard Bank": "company", "Ferrule AI": "company"},
            {("acquires", None, "ferrule-ai", "orchard-bank")},
        ),
        (
            "Un ancien d'Orchard Bank passe chez Ferrule AI",
            {"Orchard Bank": "company", "Ferrule AI": "company"},
            set(),  # a person of the company, not the company, moves
        ),
        (
            "Mina Cho back as Ferrule AI CEO after board U-turn",
            {"Mina Cho": "person", "Ferrule AI": "company"},
            {("joins", "mina-cho", "ferrule-ai", None)},
        ),
        (
            "Mina Cho to return as Ferrule AI chief executive",
            {"Mina Cho": "person", "Ferrule AI": "company"},
            {("joins", "mina-cho", "ferrule-ai", None)},
        ),
        (
            "Kinetia, la start-up qui analyse les matchs, lève 8 millions d'euros",
            {"Kinetia": "company"},
            {("funding", None, "kinetia", None)},
        ),
        (
            "Analyse : Ferrule AI lève 8 millions d'euros, et après ?",
            {"Ferrule AI": "company"},
            set(),
        ),
        (
            "Mina Cho quitte Orchard Bank en 2019 pour fonder Ferrule AI",
            {"Mina Cho": "person", "Orchard Bank": "company", "Ferrule AI": "company"},
            set(),  # a year before the verb: the past
        ),
        (
            "Mina Cho, qui avait rejoint Ferrule AI il y a six ans, prend la parole",
            {"Mina Cho": "person", "Ferrule AI": "company"},
            set(),
        ),
        (
            "Ferrule AI has raised $80 million so far",
            {"Ferrule AI": "company"},
            set(),
        ),
        (
            "Halden Systems buys a minority stake in Ferrule AI",
            {"Halden Systems": "company", "Ferrule AI": "company"},
            set(),
        ),
        (
            "Mina Cho crée un poste de médiatrice chez Ferrule AI",
            {"Mina Cho": "person", "Ferrule AI": "company"},
            set(),
        ),
        (
            "« Ferrule AI recrute trop vite », estime Mina Cho",
            {"Ferrule AI": "company", "Mina Cho": "person"},
            set(),  # the verb stands in a quote
        ),
        (
            "Le rapport annuel de Ferrule AI est disponible",
            {"Ferrule AI": "company"},
            set(),  # no product between the maker and the verb
        ),
        (
            "Ferrule AI's Rivet 2 is now available",
            {"Ferrule AI": "company"},
            {("releases", None, "ferrule-ai", None)},
        ),
        (
            "Mina Cho wants to lead Ferrule AI",
            {"Mina Cho": "person", "Ferrule AI": "company"},
            set(),
        ),
        (
            "Will Ferrule AI hire Mina Cho?",
            {"Ferrule AI": "company", "Mina Cho": "person"},
            set(),
        ),
        (
            "Ferrule AI plans to raise $50 million",
            {"Ferrule AI": "company"},
            set(),
        ),
    ],
)
def test_the_headline_clause_is_read_alone(headline, names, facts):
    assert _facts(headline, names) == facts
