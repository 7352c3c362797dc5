"""The design as a reader meets it, in headless Chromium (Debian's chromium, driven by Playwright).

Every page kind, in both languages: a story river beside a sidebar on a wide screen and one column on a phone,
no horizontal scrolling at 390 px, story cards whose headline outranks the summary and the summary the metadata,
what link previews and search engines read (a meta description, Open Graph, JSON-LD of the right type), and
axe-core (when it can be found: npm's axe-core, or DIGEST_AXE=path/to/axe.min.js) reporting no serious or
critical violation.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import npm_file, serve
from playwright.sync_api import expect

SITEURL = "https://example.org/digest"

# One page of each kind, by its path under /{lang}/, with the schema.org type its JSON-LD declares.
KINDS = {
    "home": ("", "WebSite"),
    "entry": (None, "NewsArticle"),  # the first entry the home page links, found at run time
    "story": (None, "ItemList"),
    "company": ("companies/openai/", "Organization"),
    "person": ("people/sebastien-bubeck/", "Person"),
    "timeline": ("timeline/", "CollectionPage"),
    "timeline-year": ("timeline/2024/", "CollectionPage"),
    "timeline-kind": ("timeline/kind/joins/", "CollectionPage"),
    "companies": ("companies/", "CollectionPage"),
    "people": ("people/", "CollectionPage"),
    "people-by-name": ("people/by-name/", "CollectionPage"),
    "search": ("search/", "SearchResultsPage"),
    "editions": ("editions/", "CollectionPage"),
    "edition": ("editions/2024-W42/", "CollectionPage"),
}
LOCALES = {"fr": "fr_FR", "en": "en_US"}


@pytest.fixture(scope="module")
def site(sample_site):
    """The sample site (conftest builds it once per test process for its published address), served under a
    sub-path."""
    with serve(sample_site.parent) as base:
        yield f"{base}{sample_site.name}/", sample_site


def paths(out: Path) -> dict[str, str]:
    """Each page kind's path under /{lang}/ (an entry and a story picked from what the build made)."""
    found = {kind: path for kind, (path, _) in KINDS.items() if path is not None}
    found["entry"] = sorted(p.parent.name for p in (out / "en" / "entries").glob("*/index.html"))[0]
    found["entry"] = f"entries/{found['entry']}/"
    found["story"] = f"stories/{sorted(p.parent.name for p in (out / 'en' / 'stories').glob('*/index.html'))[0]}/"
    return found


def box(page, selector: str) -> dict:
    element = page.locator(selector).first
    element.wait_for(state="attached")
    return element.bounding_box()


def overflow(page) -> int:
    """How many pixels the page is wider than the window (0: no horizontal scrolling)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_home_is_a_river_beside_a_sidebar_on_a_wide_screen_and_one_column_on_a_phone(browser, site):
    base, _ = site
    for lang in ("fr", "en"):
        wide = browser.new_page(viewport={"width": 1280, "height": 900})
        wide.goto(f"{base}{lang}/")
        river, sidebar = box(wide, ".home > .stories"), box(wide, ".home > aside")
        assert river["width"] > 600 and sidebar["width"] > 220, (river, sidebar)
        assert sidebar["x"] >= river["x"] + river["width"], "the sidebar is beside the river"
        assert abs(sidebar["y"] - river["y"]) < 2, "the sidebar starts level with the first story"
        assert river["width"] + sidebar["width"] > 0.75 * 1280 - 64, "the layout uses the wide screen"
        wide.close()

        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(f"{base}{lang}/")
        river, sidebar = box(phone, ".home > .stories"), box(phone, ".home > aside")
        assert sidebar["y"] >= river["y"] + river["height"], "one column: the sidebar comes after the stories"
        assert abs(sidebar["x"] - river["x"]) < 1 and river["width"] > 330
        assert overflow(phone) == 0
        phone.close()


def test_story_cards_rank_headline_above_summary_above_metadata(browser, site):
    base, _ = site
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    for lang in ("fr", "en"):
        page.goto(f"{base}{lang}/")
        cards = page.locator(".story-card")
        assert cards.count() >= 2
        for i in range(cards.count()):
            sizes = cards.nth(i).evaluate("""card => {
                const size = selector => { const e = card.querySelector(selector);
                                           return e ? parseFloat(getComputedStyle(e).fontSize) : null; };
                return {headline: size("h2"), summary: size(".summary"), meta: size(".meta"),
                        coverage: size(".coverage"), involved: size(".involved")};
            }""")
            assert sizes["headline"] and sizes["summary"] and sizes["meta"], sizes
            assert sizes["headline"] > sizes["summary"] > sizes["meta"], sizes
            for other in ("coverage", "involved"):
                assert sizes[other] is None or sizes[other] <= sizes["meta"], sizes
        # a card tells where the story was covered and who it is about, each by name and as a link
        first = cards.first
        assert first.locator("h2 a").count() == 1
        assert first.locator(".involved a[href*='/people/']").count() >= 1
        assert first.locator(".involved a[href*='/companies/']").count() >= 1
    page.close()


# What link previews and search engines read of a page: its meta description, Open Graph and Twitter tags, hreflang
# alternates and JSON-LD.
META = """() => {
                const content = selector => [...document.querySelectorAll(selector)].map(e => e.content);
                return {description: content('meta[name="description"]'), title: content('meta[property="og:title"]'),
                        og_description: content('meta[property="og:description"]'),
                        locale: content('meta[property="og:locale"]'),
                        alternate: content('meta[property="og:locale:alternate"]'),
                        url: content('meta[property="og:url"]'), image: content('meta[property="og:image"]'),
                        card: content('meta[name="twitter:card"]'),
                        hreflang: [...document.querySelectorAll('link[rel="alternate"][hreflang]')]
                                  .map(l => [l.hreflang, l.getAttribute("href")]),
                        ld: [...document.querySelectorAll('script[type="application/ld+json"]')].map(s => \
s.textContent), h1: document.querySelector("h1")?.innerText};
            }"""


def test_every_page_kind_can_be_previewed_and_described(visits):
    """A meta description, Open Graph (title, description, locale and its alternate, absolute URL, the share image),
    a large Twitter card, absolute hreflang alternates, and JSON-LD that parses, of the page kind's schema.org type."""
    for visit in visits["light"]:
        if visit.width == 1280:
            lang, kind, path, meta = visit.lang, visit.kind, visit.path, visit.meta
            other = "en" if lang == "fr" else "fr"
            where = f"{lang}/{path}"
            assert len(meta["description"]) == 1 and len(meta["description"][0]) > 20, where
            assert meta["title"] and meta["title"][0].strip() and meta["og_description"] == meta["description"], where
            assert meta["locale"] == [LOCALES[lang]] and meta["alternate"] == [LOCALES[other]], where
            assert meta["url"] == [f"{SITEURL}/{lang}/{path}"] and meta["card"] == ["summary_large_image"], where
            assert meta["image"] == [f"{SITEURL}/theme/share.png"], where
            assert dict(meta["hreflang"]) == {
                lang: f"{SITEURL}/{lang}/{path}",
                other: f"{SITEURL}/{other}/{path}",
                "x-default": f"{SITEURL}/",
            }, where
            assert len(meta["ld"]) == 1, where
            data = json.loads(meta["ld"][0])
            assert data["@context"] == "https://schema.org" and data["@type"] == KINDS[kind][1], where
            if kind == "entry":
                assert data["headline"] and data["inLanguage"] in LOCALES and data["url"] == f"{SITEURL}/{lang}/{path}"
            if kind == "story":
                assert data["numberOfItems"] == len(data["itemListElement"]) >= 1
                assert all(
                    item["item"]["url"].startswith(f"{SITEURL}/{lang}/entries/") for item in data["itemListElement"]
                )
            if kind in ("company", "person"):
                assert data["name"] == meta["h1"], where


def test_no_page_kind_scrolls_sideways_on_a_phone(visits):
    phone = [visit for visit in visits["light"] if visit.width == 390]
    assert len(phone) == 2 * len(KINDS)
    for visit in phone:
        assert visit.overflow == 0, f"{visit.lang}/{visit.path} is wider than a phone"


# Of each picture (figure.chart) on a page: the SVGs drawn, the smallest font size of their labels as rendered
# (CSS px: the font size in the SVG's units times its scale) and the labels drawn outside the SVG's box.
CHART_LABELS = """() => [...document.querySelectorAll("figure.chart")].map(figure => {
    const drawn = [...figure.querySelectorAll("svg")].filter(svg => svg.checkVisibility());
    const labels = drawn.flatMap(svg => [...svg.querySelectorAll("text")].map(text => [svg, text]));
    const scale = svg => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const outside = labels.filter(([svg, text]) => {
        const box = svg.getBoundingClientRect(), label = text.getBoundingClientRect();
        return label.left < box.left - 0.5 || label.right > box.right + 0.5;
    }).map(([, text]) => text.textContent);
    return {drawn: drawn.length, outside,
            smallest: Math.min(...labels.map(([svg, text]) =>
                parseFloat(getComputedStyle(text).fontSize) * scale(svg)))};
})"""


@pytest.mark.parametrize("width", [390, 1280])
def test_the_pictures_labels_are_readable_on_a_phone_and_a_wide_screen(browser, site, width):
    """The talent flows (a company, the timeline) and a career strip: one layout drawn at a time, its labels at
    12 px at least and inside the picture (a long name shortened, its full name in the list beside)."""
    base, _ = site
    page = browser.new_page(viewport={"width": width, "height": 900})
    for lang in ("fr", "en"):
        for path in ("companies/openai/", "timeline/", "people/sebastien-bubeck/"):
            page.goto(f"{base}{lang}/{path}")
            charts = page.evaluate(CHART_LABELS)
            assert charts, f"{lang}/{path} draws no picture"
            for chart in charts:
                assert chart["drawn"] == 1 and chart["outside"] == [], (width, lang, path, chart)
                assert chart["smallest"] >= 12, f"{width}px {lang}/{path}: a label at {chart['smallest']:.1f} px"
    page.close()


def axe_source() -> str | None:
    """axe-core's browser script: DIGEST_AXE, else npm's axe-core (see conftest.npm_file), else None."""
    found = npm_file("DIGEST_AXE", "axe-core/axe.min.js")
    return found.read_text(encoding="utf-8") if found else None


# axe's serious and critical violations on the page: each rule with the first three elements it flags.
AXE = """async () => (await axe.run(document, {resultTypes: ["violations"]}))
    .violations.filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => v.id + ": " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", "))"""


@dataclass
class Visit:
    """What the tests read of one page kind in one language and width (in the scheme it is listed under), while it
    was loaded."""

    width: int
    lang: str
    kind: str
    path: str
    overflow: int
    meta: dict
    violations: list[str] | None  # None without axe-core
    shot: Path | None  # the light scheme's screenshot


@pytest.fixture(scope="module")
def visits(browser, site, tmp_path_factory) -> dict[str, list[Visit]]:
    """Each page kind in both languages at 1280 and 390 px, in the light and the dark scheme, loaded once (a search
    page with its results) for every check that reads it: its width, its previews, axe-core's run, and in the light
    scheme a PNG a reviewer can look at, into DIGEST_SCREENSHOTS when set (CI keeps that folder as an artefact),
    else into a scratch folder."""
    source = axe_source()
    folder = Path(os.environ.get("DIGEST_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    base, out = site
    found: dict[str, list[Visit]] = {"light": [], "dark": []}
    for scheme, seen in found.items():
        for width in (1280, 390):
            context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
            if source is not None:  # given by the driver to every page (their CSP allows only their own scripts)
                context.add_init_script(source)
            page = context.new_page()
            for lang in ("fr", "en"):
                for kind, path in paths(out).items():
                    page.goto(f"{base}{lang}/{path}{'?q=Bubeck' if kind == 'search' else ''}")
                    if kind == "search":  # settled: every result shown, no loading placeholder left for axe
                        page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15000)
                        expect(page.locator(".pagefind-ui__loading")).to_have_count(0, timeout=15000)
                    sideways, meta = overflow(page), page.evaluate(META)
                    shot = None
                    if scheme == "light":
                        page.evaluate("document.fonts.ready")
                        shot = folder / f"{kind}-{lang}-{width}.png"
                        page.screenshot(path=str(shot), full_page=True)
                    violations = page.evaluate(AXE) if source is not None else None
                    seen.append(Visit(width, lang, kind, path, sideways, meta, violations, shot))
            context.close()
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violation(visits, scheme):
    if axe_source() is None:
        if os.environ.get("DIGEST_REQUIRE_BROWSER") == "1":
            pytest.fail("axe-core is required (DIGEST_REQUIRE_BROWSER=1): npm install axe-core, or set DIGEST_AXE")
        pytest.skip("axe-core not found (npm install axe-core, or DIGEST_AXE=path/to/axe.min.js)")
    assert len(visits[scheme]) == 4 * len(KINDS)
    problems = [f"{v.width}px {v.lang}/{v.path}: {problem}" for v in visits[scheme] for problem in v.violations]
    assert problems == [], "\n".join(problems)


def test_screenshots_of_every_page_kind(visits):
    """Each page kind in both languages at 1280 and 390 px, as PNG files a reviewer can look at."""
    taken = [visit.shot for visit in visits["light"]]
    assert len(set(taken)) == len(KINDS) * 4 and all(shot.stat().st_size > 10_000 for shot in taken)
