"""Talent-flow charts and career strips, as a reader and a screen reader meet them in the built HTML.

Built from the tests' fixture site (Altman fired by OpenAI then hired by Microsoft from it; Bubeck leaving Microsoft
for OpenAI) in both languages; the layouts themselves from the site's own events.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from test_site import FIXTURE, read, run_build, text

from digest.site import careers, flows
from digest.site.index import Event

SVG = re.compile(r"<svg\b.*?</svg>", re.S)


def figure(page: str, kind: str) -> str:
    return re.search(rf'<figure class="chart {kind}">.*?</figure>', page, re.S)[0]


def svg_links(svg: str) -> list[tuple[str, str, str]]:
    """(href, tabindex, label) of each link drawn in an inline SVG, parsed as XML: the markup is well formed."""
    return [(a.get("href"), a.get("tabindex"), "".join(a.itertext()).strip()) for a in ET.fromstring(svg).iter("a")]


@pytest.mark.parametrize(
    "lang,arrivals,departures",
    [
        (
            "fr",
            "Arrivées, selon l’entreprise quittée OpenAI 1 mouvement",
            "Départs, selon l’entreprise rejointe OpenAI 1 mouvement",
        ),
        (
            "en",
            "Arrivals, by the company they left OpenAI 1 move",
            "Departures, by the company they joined OpenAI 1 move",
        ),
    ],
)
def test_a_company_page_draws_who_came_from_where_and_who_left_for_where(fixture_site, lang, arrivals, departures):
    page = read(fixture_site, f"{lang}/companies/microsoft/index.html")
    chart = figure(page, "flow")
    svg = SVG.search(chart)[0]
    assert 'aria-hidden="true"' in svg.split(">", 1)[0], "the drawing is hidden from screen readers"
    equivalent = text(SVG.sub("", chart))
    assert arrivals in equivalent and departures in equivalent, equivalent
    # Altman's removal by OpenAI and his hiring from it are one move, not a second one "not reported"
    assert ("non précisé" if lang == "fr" else "not reported") not in equivalent
    # every company label, drawn or listed, leads to its page; the drawn ones are out of the tab order
    assert {(href, tab) for href, tab, _ in svg_links(svg)} == {
        (f"../../../{lang}/companies/openai/", "-1"),
        (f"../../../{lang}/companies/microsoft/", "-1"),
    }
    listed = re.findall(r'<li><a href="([^"]+)">OpenAI</a>', SVG.sub("", chart))
    assert listed == [f"../../../{lang}/companies/openai/"] * 2


def test_the_timeline_draws_the_largest_flows_between_companies(fixture_site):
    for lang, heading in (("fr", "Flux de talents"), ("en", "Talent flows")):
        page = read(fixture_site, f"{lang}/timeline/index.html")
        assert f"<h2>{heading}</h2>" in page
        chart = figure(page, "flow")
        flows_listed = text(SVG.sub("", chart)).split(". ", 1)[1]
        unit = "mouvement" if lang == "fr" else "move"
        assert flows_listed in (
            f"Microsoft → OpenAI 1 {unit} OpenAI → Microsoft 1 {unit}",
            f"OpenAI → Microsoft 1 {unit} Microsoft → OpenAI 1 {unit}",
        )
        assert (
            f'<a href="../../{lang}/companies/openai/">OpenAI</a> → <a href="../../{lang}/companies/microsoft/">'
            in chart
        )


@pytest.mark.parametrize(
    "lang,spans",
    [
        ("fr", ["Microsoft, VP GenAI research : 2014 – 14 oct. 2024", "OpenAI, chercheur : depuis le 14 oct. 2024"]),
        ("en", ["Microsoft, VP GenAI research: 2014 – Oct 14, 2024", "OpenAI, researcher: since Oct 14, 2024"]),
    ],
)
def test_a_person_page_draws_their_career_with_its_text_equivalent(fixture_site, lang, spans):
    """Bubeck's moves (leaving Microsoft for OpenAI on Oct 14, 2024) merged with his registry affiliations
    (Microsoft from 2014 to 2024-10, OpenAI from 2024-10): one span each, to the day where a move tells it."""
    page = read(fixture_site, f"{lang}/people/sebastien-bubeck/index.html")
    strip = figure(page, "career")
    svg = SVG.search(strip)[0]
    assert [text(item) for item in re.findall(r"<li>(.*?)</li>", SVG.sub("", strip), re.S)] == spans
    assert 'aria-hidden="true"' in svg.split(">", 1)[0] and "<figcaption>" in strip
    assert re.findall(r'<rect class="span([^"]*)"', svg) == ["", " ongoing"]  # at Microsoft since 2014; still there
    assert ">2024</text>" in svg
    companies = ("microsoft", "openai")
    assert [href for href, _, _ in svg_links(svg)] == [f"../../../{lang}/companies/{c}/" for c in companies]
    assert "<h2>Affiliations</h2>" not in page, "the affiliations are the strip's, not listed twice"


def test_the_registry_affiliations_an_editor_writes_are_on_the_career_strip(tmp_path):
    """Altman's registry file says where he worked (to the year or the month); the entries tell his removal by
    OpenAI and his hiring by Microsoft: the strip shows the affiliation no entry tells, and merges the others with
    the moves without telling them twice."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    (content / "companies" / "y-combinator.yml").write_text(
        "name: Y Combinator\ndescription: {fr: Accélérateur., en: Accelerator.}\nreviewed: true\n", "utf-8"
    )
    with (content / "people" / "sam-altman.yml").open("a", encoding="utf-8") as registry:
        registry.write(
            "affiliations:\n- {company: y-combinator, role: president, from: 2014, to: 2019}\n"
            "- {company: openai, role: CEO, from: 2019-03, to: 2023-11}\n"
            "- {company: microsoft, from: 2023-11}\n"
        )
    assert run_build(content, tmp_path / "output") == 0
    page = read(tmp_path / "output", "en/people/sam-altman/index.html")
    strip = figure(page, "career")
    assert [text(item) for item in re.findall(r"<li>(.*?)</li>", SVG.sub("", strip), re.S)] == [
        "Y Combinator, president: 2014 – 2019",
        "OpenAI, CEO: Mar 2019 – Nov 17, 2023",
        "Microsoft: since Nov 20, 2023",
    ]
    for svg in SVG.findall(strip):  # the wide and the narrow layouts: a row per company, none begun before
        assert re.findall(r'<rect class="span([^"]*)"', svg) == ["", "", " ongoing"]
        assert [label for _, _, label in svg_links(svg)] == ["Y Combinator", "OpenAI", "Microsoft"]


def test_registry_affiliations_merge_with_the_moves_they_overlap():
    told = careers.spans([Event("joins", dt.date(2024, 10, 14), "p", "b", "a")])
    written = [
        {"company": "a", "from": 2014, "to": "2024-10"},
        {"company": "b", "role": "researcher", "from": "2024-10"},
        {"company": "c"},
        {"company": "b", "from": "2001-02-03", "to": dt.date(2002, 1, 1)},
        "not a mapping",
        {"role": "no company"},
    ]
    found = careers.merged(told, written)
    assert [(s.company, s.role, s.start, s.start_by, s.end, s.end_by) for s in found] == [
        ("c", None, None, "day", None, "day"),  # no dates: the whole strip, open at both ends
        ("b", None, dt.date(2001, 2, 3), "day", dt.date(2002, 1, 1), "day"),  # an earlier stay: a span of its own
        ("a", None, dt.date(2014, 1, 1), "year", dt.date(2024, 10, 14), "day"),  # the move's day within 2024-10
        ("b", "researcher", dt.date(2024, 10, 14), "day", None, "day"),
    ]
    strip = careers.strip(found)
    assert [label for label, _ in strip.labels] == ["c", "b", "a"]  # a return to a company continues its row
    assert strip.narrow.width < strip.width and all(s.x + s.width <= strip.narrow.width for s in strip.narrow.spans)


def test_a_career_counts_a_departure_told_twice_once():
    """Fired by OpenAI on the 17th, hired by Microsoft "from OpenAI" on the 20th: one span at OpenAI."""
    told = [
        Event("fired", dt.date(2023, 11, 17), "sam-altman", "openai", role="CEO"),
        Event("hired", dt.date(2023, 11, 20), "sam-altman", "microsoft", "openai"),
    ]
    found = careers.spans(told)
    assert [(s.company, s.start, s.end) for s in found] == [
        ("openai", None, dt.date(2023, 11, 17)),
        ("microsoft", dt.date(2023, 11, 20), None),
    ]
    strip = careers.strip(found)
    assert [s.x for s in strip.spans][1] > strip.spans[0].x and strip.spans[1].x + strip.spans[1].width <= strip.width
    assert [year for year, _, _ in strip.ticks] == [2022, 2023]  # a year before the first move: what came before


def test_a_flow_chart_keeps_the_largest_companies_and_merges_the_rest():
    """Arrivals from c0 (11 people), c1 (10), ... c10 (1), and one from a company not reported."""
    arrivals = [(f"{c}-{n}", f"c{c}") for c in range(11) for n in range(11 - c)] + [("someone", None)]
    chart = flows.company_chart("home", arrivals, [("c0-0", "c1")], top=8)
    left = [(n.company, n.count, n.merged) for n in chart.nodes if n.column == 0]
    assert left == [(f"c{c}", 11 - c, 0) for c in range(8)] + [(flows.OTHERS, 3 + 2 + 1, 3), (flows.UNKNOWN, 1, 0)]
    assert [(n.company, n.column) for n in chart.nodes if n.column > 0] == [("home", 1), ("c1", 2)]
    assert chart.total == 66 + 1 + 1 and len(chart.bands) == len(left) + 1
    tops = [n.y for n in chart.nodes if n.column == 0]
    assert tops == sorted(tops) and all(
        b - a >= flows.ROW for a, b in zip(tops, tops[1:], strict=False)
    )  # labels never overlap
    assert flows.company_chart("home", [], []) is None and flows.site_chart([("a", "a")]) is None


def test_the_site_chart_is_capped_whatever_the_number_of_moves():
    moves = [(f"c{i % 30}", f"c{(i * 7 + 1) % 30}") for i in range(5000)]
    chart = flows.site_chart(moves, top=12)
    assert len(chart.bands) == 12 and chart.height < 600
    assert [b.count for b in chart.bands] == sorted((b.count for b in chart.bands), reverse=True)
