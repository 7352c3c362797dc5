"""The timeline's views (by year, by kind of event, by company or person) and the indexes (two orders, initials),
as static pages in both languages that stay small and close to every item at any size of corpus, and that work
without JavaScript in Chromium.

Two builds: the tests' fixture site (shared with the other tests), and a corpus from the benchmark's generator with
enough events and entities for every list to run over several pages (built without the search index, which these
pages do not need).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
import synthetic  # noqa: E402 (the generator `make bench` uses too)
from conftest import serve
from test_site import SITEURL, read, run_build, text

from digest.site import indexes, timeline
from digest.site.entities import ON_PAGE

DATES = re.compile(r'<span class="when"><time datetime="(\d{4})-(\d\d)-\d\d">')


@pytest.fixture
def small(fixture_site):
    """The fixture site as conftest builds it once per test process for every test that reads it."""
    return fixture_site


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """About 180 events, 60 companies and 240 people: every view and index runs over more than one page. What grows
    these pages is events and entities, not entries: 600 entries, over a third of which report an event, give as many
    events as 2,200 entries at the usual share, with under half the pages to write."""
    root = tmp_path_factory.mktemp("views-large")
    synthetic.generate(600, root / "content", seed=5, n_companies=60, n_people=240, event_share=0.45)
    assert run_build(root / "content", root / "output", DIGEST_SEARCH=False) == 0
    return root / "output"


def test_each_year_and_kind_of_event_has_its_page_in_both_languages(small):
    for lang, kinds in (("fr", ["Arrivées", "Recrutements", "Évictions"]), ("en", ["Arrivals", "Hires", "Removals"])):
        front = read(small, f"{lang}/timeline/index.html")
        filters = front.split('<nav class="filters"', 1)[1].split("</nav>", 1)[0]
        assert re.findall(r'<a href="\.\./\.\./' + lang + r'/timeline/(\d{4})/">', filters) == ["2024", "2023"]
        assert [text(a) for a in re.findall(r'timeline/kind/\w+/">([^<]+)</a>', filters)] == kinds
        year = read(small, f"{lang}/timeline/2023/index.html")
        assert {y for y, _ in DATES.findall(year)} == {"2023"} and len(DATES.findall(year)) == 2
        assert '<span aria-current="page">2023</span>' in year
        fired = read(small, f"{lang}/timeline/kind/fired/index.html")
        assert len(DATES.findall(fired)) == 1 and ("démet" if lang == "fr" else "removes") in text(fired)
        other = "en" if lang == "fr" else "fr"
        assert f'<a href="../../../{other}/timeline/2023/" hreflang="{other}"' in year  # the language switcher


def test_every_view_is_in_the_sitemap_with_its_alternates(small):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {u.find("s:loc", ns).text: u for u in ET.parse(small / "sitemap.xml").getroot().findall("s:url", ns)}
    for path in ("timeline/2023/", "timeline/kind/hired/", "people/by-name/", "companies/by-name/"):
        for lang in ("fr", "en"):
            links = urls[f"{SITEURL}/{lang}/{path}"].findall("x:link", ns)
            alternates = {a.get("hreflang"): a.get("href") for a in links}
            assert alternates["fr"] == f"{SITEURL}/fr/{path}" and alternates["en"] == f"{SITEURL}/en/{path}"
        page = read(small, f"en/{path}index.html")
        assert f'<link rel="alternate" hreflang="fr" href="{SITEURL}/fr/{path}">' in page


def test_an_index_shows_counts_descriptions_and_the_latest_move_in_two_orders(small):
    by_activity = read(small, "en/people/index.html")
    rows = [text(row) for row in re.findall(r'<ul class="index">(.*?)</ul>', by_activity, re.S)[0].split("</li>")[:-1]]
    assert rows == [
        "Sébastien Bubeck 2 entries Machine-learning researcher. "
        "Latest: Sébastien Bubeck leaves Microsoft for OpenAI Oct 14, 2024",
        "Sam Altman 1 entry OpenAI's chief executive. Latest: Microsoft hires Sam Altman from OpenAI Nov 20, 2023",
    ]
    assert '<a href="../../en/people/by-name/">by name</a>' in by_activity
    by_name = read(small, "en/people/by-name/index.html")
    assert by_name.index(">Sam Altman</a>") < by_name.index(">Sébastien Bubeck</a>")
    assert '<a href="../../../en/people/">most mentioned first</a>' in by_name and 'id="initial-s"' in by_name
    fr = read(small, "fr/companies/index.html")
    assert "Dernier :" in fr and "3 articles" in text(fr)


def test_at_scale_every_view_and_index_page_stays_small(large):
    pages = [
        p
        for lang in ("fr", "en")
        for folder in ("timeline", "people", "companies")
        for p in (large / lang / folder).rglob("index.html")
        if folder == "timeline" or p.parent.name in ("people", "companies", "by-name") or "page" in p.parts[-3:-1]
    ]
    assert len(pages) > 40
    sizes = {p.relative_to(large).as_posix(): p.stat().st_size for p in pages}
    assert max(sizes.values()) < 100_000, max(sizes.items(), key=lambda kv: kv[1])


def test_at_scale_every_event_is_on_its_year_and_kind_pages_and_each_page_links_them_all(large):
    front = read(large, "en/timeline/index.html")
    years = re.findall(r'<a href="\.\./\.\./en/timeline/(\d{4})/">\d{4}</a> <span class="count">([\d,]+)</span>', front)
    kinds = re.findall(r'<a href="\.\./\.\./en/timeline/kind/(\w+)/">[^<]+</a> <span class="count">([\d,]+)', front)
    assert len(years) > 2 and len(kinds) > 4
    total = sum(int(n.replace(",", "")) for _, n in years)
    assert total == sum(int(n.replace(",", "")) for _, n in kinds) > timeline.PER_PAGE
    for year, n in years:
        shown = []
        for number in range(1, 1 + -(-int(n) // timeline.PER_PAGE)):
            path = f"en/timeline/{year}/" + (f"page/{number}/" if number > 1 else "")
            page = read(large, path + "index.html")
            shown += [y for y, _ in DATES.findall(page)]
            assert page.count('href="../../') > 0 and '<nav class="filters"' in page  # the filters on every page
        assert shown == [year] * int(n)


def test_at_scale_an_entity_page_shows_its_newest_events_and_links_its_own_timeline(large):
    own_timelines = sorted(p.name for p in (large / "en" / "timeline" / "companies").iterdir())
    assert own_timelines
    busiest = large / "en" / "companies" / own_timelines[0]
    page = read(large, f"en/companies/{busiest.name}/index.html")
    section = page.split("<h2>Latest events</h2>", 1)[1].split("</section>", 1)[0]
    dates = DATES.findall(section)
    assert len(dates) == ON_PAGE and dates == sorted(dates, reverse=True)
    link = re.search(rf'<a href="\.\./\.\./\.\./(en/timeline/companies/{busiest.name}/)">All ([\d,]+) events', section)
    assert link, section[-400:]
    own = read(large, link[1] + "index.html")
    assert f'<a href="../../../../en/companies/{busiest.name}/">' in own
    assert int(link[2].replace(",", "")) > ON_PAGE and f"{link[2]} events" in text(own)


def test_at_scale_every_person_is_one_initial_away_in_the_index_by_name(large):
    first = read(large, "en/people/by-name/index.html")
    letters = re.findall(
        r'<li><a href="\.\./\.\./\.\./(en/people/by-name/(?:page/\d+/)?)#(initial-\w+)">(\w)</a>', first
    )
    assert len(letters) > 10
    count = int(re.search(r"([\d,]+) people", first)[1].replace(",", ""))
    assert count > indexes.PER_PAGE
    names = []
    for path, anchor, letter in letters:
        page = read(large, path + "index.html")
        assert re.search(rf'<li id="{anchor}"><a class="name" href="(\.\./)+en/people/[\w-]+/">{letter}', page)
        assert anchor == f"initial-{letter.lower()}"
    for number in range(1, 1 + -(-count // indexes.PER_PAGE)):
        page = read(large, "en/people/by-name/" + (f"page/{number}/" if number > 1 else "") + "index.html")
        names += re.findall(r'<a class="name" href="[^"]+">([^<]+)</a>', page)
    assert len(names) == count and names == sorted(names, key=indexes.sortable)


def test_the_filters_and_orders_work_without_javascript(browser, small):
    with serve(small) as base:
        context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
        page = context.new_page()
        page.goto(f"{base}fr/timeline/")
        page.get_by_role("navigation", name="Filtrer la chronologie").get_by_role("link", name="2023").click()
        assert page.url == f"{base}fr/timeline/2023/"
        assert page.locator(".events time").evaluate_all("els => els.map(e => e.dateTime.slice(0, 4))") == ["2023"] * 2
        page.get_by_role("link", name="Recrutements").click()
        assert page.url == f"{base}fr/timeline/kind/hired/" and page.locator(".events li").count() == 1
        page.get_by_role("link", name="Personnes").first.click()
        page.get_by_role("link", name="par nom").click()
        assert page.url == f"{base}fr/people/by-name/"
        page.locator(".letters").get_by_role("link", name="S").click()
        assert page.url == f"{base}fr/people/by-name/#initial-s"
        assert page.locator(":target .name").inner_text() == "Sam Altman"
        context.close()
