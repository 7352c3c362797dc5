"""Weekly editions as a reader and an editor meet them: the pages in both languages, the ranking, the editor's
introduction (marked in the language it lacks), the index by year, the feeds, the e-mail version checked against the
rules e-mail HTML linters apply, and `digest check` / `digest new --edition` on introductions."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lxml import html as lxml_html

from digest.checks import check_corpus
from digest.commands.build import build

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "site"
SITEURL = "https://example.org/digest"
INTRO = "---\ntitle: The week Bubeck left\nsummary: One departure, told twice.\n---\n\nWhy it **matters**: [a link](https://example.com/x).\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The fixture content with an English introduction to 2024-W42 and a third outlet on the Altman story."""
    root = tmp_path_factory.mktemp("editions")
    content = root / "content"
    shutil.copytree(FIXTURE, content)
    (content / "editions").mkdir()
    (content / "editions" / "2024-W42.en.md").write_text(INTRO, encoding="utf-8")
    assert build(content, root / "output", SITEURL) == 0
    return content, root / "output"


def read(out: Path, path: str) -> str:
    return (out / path).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_week_with_entries_has_an_edition_with_its_neighbours(built, lang):
    _, out = built
    assert sorted(p.name for p in (out / lang / "editions").iterdir() if p.is_dir()) == ["2023-W47", "2024-W42"]
    older, newer = read(out, f"{lang}/editions/2023-W47/index.html"), read(out, f"{lang}/editions/2024-W42/index.html")
    assert 'href="../../../' + lang + '/editions/2024-W42/" rel="next"' in older and 'rel="prev"' not in older
    assert 'href="../../../' + lang + '/editions/2023-W47/" rel="prev"' in newer and 'rel="next"' not in newer
    # the week's story with its two outlets, its move as a sentence, its companies and people
    assert "/stories/bubeck-leaves-microsoft-2024-10/" in newer and "2 " in newer
    assert 'class="sentence"' in newer and "/people/sebastien-bubeck/" in newer and "/companies/microsoft/" in newer
    assert f'hreflang="{"en" if lang == "fr" else "fr"}"' in newer  # the language switcher and alternates


def test_the_introduction_opens_its_edition_and_is_marked_in_the_other_language(built):
    _, out = built
    en, fr = read(out, "en/editions/2024-W42/index.html"), read(out, "fr/editions/2024-W42/index.html")
    assert "<h1>The week Bubeck left</h1>" in en and "<strong>matters</strong>" in en and 'class="notice"' not in en
    assert "<h1>The week Bubeck left</h1>" in fr and '<section class="introduction" lang="en">' in fr
    assert "L'introduction de la rédaction n'est pas encore traduite" in fr
    assert "<h1>Semaine 47, 2023</h1>" in read(out, "fr/editions/2023-W47/index.html")  # no introduction: its name


def test_stories_are_ranked_by_coverage_then_recency(built):
    _, out = built
    page = read(out, "en/editions/2024-W42/index.html")
    assert "2 outlets" in page  # Le Monde Informatique and CNBC


def test_the_index_lists_editions_by_year_and_the_sitemap_lists_them(built):
    _, out = built
    index = read(out, "en/editions/index.html")
    assert index.index('id="y2024"') < index.index('id="y2023"')
    assert "The week Bubeck left" in index and "Week 47, 2023" in index
    sitemap = ET.fromstring((out / "sitemap.xml").read_bytes())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    alternates = {
        url.find("s:loc", ns).text: {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
        for url in sitemap
    }
    for lang in ("fr", "en"):
        for path in ("editions/", "editions/2024-W42/", "editions/2023-W47/"):
            assert alternates[f"{SITEURL}/{lang}/{path}"] == {
                "fr": f"{SITEURL}/fr/{path}",
                "en": f"{SITEURL}/en/{path}",
                "x-default": f"{SITEURL}/",
            }
    # the e-mail versions are renditions for newsletters: not for search engines
    assert not [loc for loc in alternates if loc.endswith("email.html")]
    assert "/en/editions/" in read(out, "en/index.html")  # the sections menu


@pytest.mark.parametrize("path", ["editions/", "editions/2024-W42/"])
def test_the_language_switcher_and_hreflang_of_editions_lead_to_the_same_edition(built, path):
    _, out = built
    for lang, other in (("fr", "en"), ("en", "fr")):
        page = lxml_html.fromstring(read(out, f"{lang}/{path}index.html"))
        depth = "../" * path.count("/") + "../"
        assert page.xpath("//nav[@class='switch']//a/@href") == [f"{depth}{other}/{path}"]
        assert dict(
            zip(
                page.xpath("//link[@rel='alternate'][@hreflang]/@hreflang"),
                page.xpath("//link[@rel='alternate'][@hreflang]/@href"),
                strict=False,
            )
        ) == {"fr": f"{SITEURL}/fr/{path}", "en": f"{SITEURL}/en/{path}", "x-default": f"{SITEURL}/"}
        assert not page.xpath("//meta[@name='robots']")  # an edition is for search engines too
        email = lxml_html.fromstring(read(out, f"{lang}/editions/2024-W42/email.html"))
        assert email.xpath("//meta[@name='robots']/@content") == ["noindex"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_editions_feeds_list_each_edition_atom_and_rss(built, lang):
    _, out = built
    atom = ET.fromstring((out / lang / "editions" / "feed.atom").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = atom.findall("a:entry", ns)
    assert [e.find("a:id", ns).text for e in entries] == [
        f"{SITEURL}/{lang}/editions/2024-W42/",
        f"{SITEURL}/{lang}/editions/2023-W47/",
    ]
    assert entries[0].find("a:title", ns).text == "The week Bubeck left"
    rss = ET.fromstring((out / lang / "editions" / "feed.rss").read_bytes())
    items = rss.findall("channel/item")
    assert [i.find("link").text for i in items] == [e.find("a:id", ns).text for e in entries]
    assert items[1].find("pubDate").text == "Sun, 26 Nov 2023 00:00:00 +0000"
    # written like every other feed: dated by the newest edition (never the clock), the same summary in both formats
    assert atom.find("a:updated", ns).text == "2024-10-20T00:00:00+00:00"
    assert rss.find("channel/lastBuildDate").text == "Sun, 20 Oct 2024 00:00:00 +0000"
    assert [i.find("description").text for i in items] == [e.find("a:summary", ns).text for e in entries]
    assert entries[0].find("a:summary", ns).text == "One departure, told twice."
    assert atom.find("a:link[@rel='self']", ns).get("href") == f"{SITEURL}/{lang}/editions/feed.atom"
    email = [e.find("a:link[@rel='enclosure']", ns).get("href") for e in entries]
    assert email == [f"{SITEURL}/{lang}/editions/2024-W42/email.html", f"{SITEURL}/{lang}/editions/2023-W47/email.html"]


def email_problems(markup: str) -> list[str]:
    """The rules e-mail HTML linters apply to what clients keep: no script, no style sheet (inline styles only),
    absolute links, alt text on images, nothing wider than 600 px, under 100 kB."""
    problems = []
    if len(markup.encode("utf-8")) >= 100_000:
        problems.append("100 kB or more: Gmail clips it")
    doc = lxml_html.fromstring(markup)
    problems += [f"<{e.tag}> element" for e in doc.iter("script", "style", "iframe", "form", "object", "embed")]
    problems += ["external style sheet" for e in doc.iter("link") if "stylesheet" in (e.get("rel") or "")]
    problems += [f"event handler {name}" for e in doc.iter() for name in e.attrib if name.startswith("on")]
    for e in doc.iter("a", "img", "link"):
        target = e.get("href") or e.get("src") or ""
        if urlsplit(target).scheme not in ("https", "http", "mailto"):
            problems.append(f"relative address {target!r}")
    problems += [f"image without alt: {e.get('src')}" for e in doc.iter("img") if e.get("alt") is None]
    for width in re.findall(r"(?:^|[;\s\"])(?:max-)?width:\s*(\d+)px", markup) + re.findall(r'width="(\d+)"', markup):
        if int(width) > 600:
            problems.append(f"{width} px wide")
    tables = list(doc.iter("table"))
    if not tables or any(t.get("role") != "presentation" for t in tables):
        problems.append("layout tables must exist and say role=presentation")
    if not any("max-width:600px" in (t.get("style") or "") for t in tables):
        problems.append("no table holds the content to 600 px")
    if "<!--[if mso]>" not in markup:
        problems.append("no fixed-width table for Outlook")
    return problems


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_email_version_is_self_contained_and_passes_the_email_rules(built, lang):
    _, out = built
    for week in ("2024-W42", "2023-W47"):
        markup = read(out, f"{lang}/editions/{week}/email.html")
        assert email_problems(markup) == [], week
        assert f'<link rel="canonical" href="{SITEURL}/{lang}/editions/{week}/">' in markup
    markup = read(out, f"{lang}/editions/2024-W42/email.html")
    assert "The week Bubeck left" in markup and 'href="https://example.com/x"' in markup
    assert "style=" in re.search(r"<a [^>]*https://example.com/x[^>]*>", markup).group(0)  # the body's links styled


def test_the_email_rules_catch_what_clients_drop():
    bad = (
        '<html><head><link rel="stylesheet" href="a.css"><style>p{}</style></head><body>'
        '<table style="width:700px"><tr><td><a href="../x/">x</a><img src="https://e.org/i.png"><script></script>'
        "</td></tr></table></body></html>"
    )
    found = " | ".join(email_problems(bad))
    for rule in (
        "<script>",
        "<style>",
        "external style sheet",
        "relative address",
        "image without alt",
        "700 px",
        "role=presentation",
        "Outlook",
    ):
        assert rule in found, rule


def test_check_reports_introductions_with_file_line_and_fix(root):
    (root / "editions").mkdir()
    (root / "editions" / "2024-W42.fr.md").write_text("---\ntitle: Une semaine\nsumary: oups\n---\n\nTexte.\n", "utf-8")
    (root / "editions" / "2031-W05.en.md").write_text("---\ntitle: Later\nsummary: Later.\n---\n\nText.\n", "utf-8")
    (root / "editions" / "week-42.en.md").write_text("---\ntitle: x\nsummary: y\n---\n", "utf-8")
    problems = {(p.path.split("/")[-1], p.line, p.severity): p for p in check_corpus(root)}
    typo = problems[("2024-W42.fr.md", 3, "error")]
    assert "unknown key 'sumary'" in typo.message and "summary" in typo.fix
    assert "missing required key 'summary'" in problems[("2024-W42.fr.md", 1, "error")].message
    later = problems[("2031-W05.en.md", 1, "error")]
    assert "no entry is dated in week 2031-W05" in later.message and "rename the file" in later.fix
    assert "digest new --edition 2031-W05 --lang fr" in problems[("2031-W05.en.md", 1, "warning")].fix
    assert "2024-W42.fr.md" in problems[("week-42.en.md", 1, "error")].fix


def test_new_edition_scaffolds_both_languages_that_check_then_asks_to_write(root):
    week = "2024-W42"
    result = subprocess.run(
        [sys.executable, "-m", "digest", "new", "--content", str(root), "--edition", week],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in (root / "editions").iterdir())
    assert written == [f"{week}.en.md", f"{week}.fr.md"]
    messages = [p.message for p in check_corpus(root) if p.path.startswith("content/editions/")]
    assert any("'summary' must be non-empty text" in m for m in messages)
    again = subprocess.run(
        [sys.executable, "-m", "digest", "new", "--content", str(root), "--edition", "2024-W99"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert again.returncode == 1 and "not an ISO week" in again.stderr
