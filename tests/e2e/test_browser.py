"""A reader's path through the sample site in headless Chromium (Debian's chromium, driven by Playwright).

home → a person → an entry → the same entry in the other language → search finds "Bubeck".
Skipped when chromium is missing, unless DIGEST_REQUIRE_BROWSER=1 (CI), where it must run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SAMPLE, serve
from playwright.sync_api import expect

from digest.commands.build import build

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The sample site built and served under a sub-path, like GitHub project pages."""
    root = tmp_path_factory.mktemp("served")
    # small search shards, so the search page merges several Pagefind bundles as a large site does
    assert build(SAMPLE, root / "digest", "http://127.0.0.1/digest", DIGEST_SEARCH_SHARD_SIZE=2) == 0
    with serve(root) as base:
        yield base + "digest/"


def test_reader_journey(browser, served):
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    page.goto(served)  # the chooser follows the browser's language
    page.wait_for_url(served + "en/")
    assert page.locator("html").get_attribute("lang") == "en"

    page.locator("aside a[href*='/people/']").first.click()
    assert "/en/people/" in page.url
    person = page.locator("h1").inner_text()

    page.locator(".entries a[href*='/entries/']").first.click()
    assert "/en/entries/" in page.url
    slug = page.url.rstrip("/").rsplit("/", 1)[1]
    assert person in page.locator("footer .chips.person").inner_text()

    page.locator("nav.switch a").click()
    assert page.url.endswith(f"/fr/entries/{slug}/")
    assert page.locator("html").get_attribute("lang") == "fr"

    for lang in ("fr", "en"):
        page.goto(f"{served}{lang}/search/?q=Bubeck")
        results = page.locator(".pagefind-ui__result-link")
        results.first.wait_for(timeout=15000)
        hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
        # entries and the week's edition, each in this language's tree
        assert hrefs and all(f"/{lang}/entries/" in href or f"/{lang}/editions/" in href for href in hrefs)
        assert any(f"/{lang}/editions/" in href for href in hrefs) and any(
            f"/{lang}/entries/" in href for href in hrefs
        )
        page.locator(".pagefind-ui__filter-panel, .pagefind-ui__filter-block").first.wait_for(timeout=15000)
    assert not errors, errors
    context.close()


def test_a_misspelt_name_still_finds_its_entries(browser, served):
    """ "Bubek" matches no word: the search page widens it to the longest beginning that finds entries, and says so;
    its search box is labelled (axe's label-title-only) in the page's language."""
    page = browser.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    labels = {"fr": "Chercher dans les articles et les éditions", "en": "Search the entries and editions"}
    for lang, label in labels.items():
        page.goto(f"{served}{lang}/search/?q=Bubek")
        page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15000)
        assert page.locator(".pagefind-ui__search-input").input_value() == "Bube"
        assert "Bubek" in page.locator(".search-note").inner_text()
        assert any("Bubeck" in title for title in page.locator(".pagefind-ui__result-link").all_inner_texts())
        assert page.locator(".pagefind-ui__search-input").get_attribute("aria-label") == label
        page.goto(f"{served}{lang}/search/?q=Bubeck")  # a word that matches is searched as typed
        page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15000)
        page.wait_for_timeout(500)
        assert page.locator(".pagefind-ui__search-input").input_value() == "Bubeck"
        assert page.locator(".search-note").inner_text() == ""
    assert not errors, errors
    page.close()


@pytest.fixture(scope="module")
def fixture_served(tmp_path_factory):
    """The fixture site (a French-only, an English-only and a translated entry), one entry per search shard."""
    root = tmp_path_factory.mktemp("fixture-served")
    assert (
        build(
            ROOT / "tests" / "fixtures" / "site", root / "digest", "http://127.0.0.1/digest", DIGEST_SEARCH_SHARD_SIZE=1
        )
        == 0
    )
    with serve(root) as base:
        yield base + "digest/"


def search(page, url: str, count: int) -> list[tuple[str, str]]:
    """The (link, title) of each result of the search page at ``url``, once ``count`` results are shown (each merged
    bundle answers in its own time: waiting for a fixed delay instead made the test flaky)."""
    page.goto(url)
    results = page.locator(".pagefind-ui__result-link")
    expect(results).to_have_count(count, timeout=15000)
    return [(results.nth(i).get_attribute("href"), results.nth(i).inner_text()) for i in range(results.count())]


def test_search_finds_each_entry_once_in_the_interface_language(browser, fixture_served):
    """Each text is indexed once, in its own language; each search page shows each entry once, linked in its tree,
    the translated entry in the reader's language, with filters labelled in the reader's language."""
    page = browser.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    titles = {
        "fr": "Sébastien Bubeck quitte Microsoft pour OpenAI",
        "en": "Sébastien Bubeck leaves Microsoft for OpenAI",
    }
    language, english = {"fr": "Langue", "en": "Language"}, {"fr": "anglais", "en": "English"}
    counts = {"fr": ["anglais (1)", "français (1)"], "en": ["English (2)", "French (0)"]}
    in_english = {"fr": ["microsoft-bubeck-cnbc"], "en": ["bubeck-quitte-microsoft", "microsoft-bubeck-cnbc"]}
    for lang, other in (("fr", "en"), ("en", "fr")):
        found = search(page, f"{fixture_served}{lang}/search/?q=Bubeck", 3)
        # the week's edition too, in the reader's language only (an edition is written in each)
        assert sorted(href for href, _ in found) == [
            f"/digest/{lang}/editions/2024-W42/",
            f"/digest/{lang}/entries/bubeck-quitte-microsoft/",
            f"/digest/{lang}/entries/microsoft-bubeck-cnbc/",
        ]
        assert {"fr": "Semaine 42, 2024", "en": "Week 42, 2024"}[lang] in [title for _, title in found]
        assert titles[lang] in [title for _, title in found] and titles[other] not in [t for _, t in found]
        names = page.locator(".pagefind-ui__filter-name")
        expect(names).to_have_count(4)  # the filters of the French and English bundles merge: one set, translated
        assert (
            sorted(names.all_inner_texts())
            == {
                "fr": ["Entreprise", "Langue", "Personne", "Source"],
                "en": ["Company", "Language", "Outlet", "Person"],
            }[lang]
        )
        names.filter(has_text=language[lang]).click()
        block = page.locator(".pagefind-ui__filter-block", has=names.filter(has_text=language[lang]))
        values = block.locator(".pagefind-ui__filter-label")
        for count in counts[lang]:  # each bundle adds its counts when it has answered
            expect(block).to_contain_text(count)
        assert sorted(values.all_inner_texts()) == counts[lang]
        values.filter(has_text=english[lang]).click()  # the English texts shown on this page
        expect(page.locator(".pagefind-ui__result-link")).to_have_count(len(in_english[lang]))
        assert sorted(page.locator(".pagefind-ui__result-link").evaluate_all("links => links.map(a => a.href)")) == [
            f"{fixture_served}{lang}/entries/{slug}/" for slug in in_english[lang]
        ]
    # a word only in the French original is found from the English page, which links the entry in English
    assert search(page, f"{fixture_served}en/search/?q=éviction", 1) == [
        ("/digest/en/entries/altman-microsoft/", "Microsoft recrute Sam Altman")
    ]
    page.get_by_role("link", name="Microsoft recrute Sam Altman").click()
    assert page.url == f"{fixture_served}en/entries/altman-microsoft/"
    assert page.locator("article.entry").get_attribute("lang") == "fr"  # the page marks the original's language
    assert not errors, errors
    page.close()


def test_keyboard_skip_link_and_dark_mode(browser, served):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(served + "fr/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(20, 20, 23)"
    context.close()


def test_article_scripts_never_run(browser, tmp_path):
    """The fixture entry carries <script> and onerror payloads; none may execute."""
    out = tmp_path / "site"
    assert build(ROOT / "tests" / "fixtures" / "site", out, "http://127.0.0.1", DIGEST_SEARCH=False) == 0
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto((out / "en/entries/microsoft-bubeck-cnbc/index.html").as_uri())
    page.wait_for_load_state("load")
    assert dialogs == []
    assert page.locator("article .body a").count() == 1
    page.close()


def test_root_without_javascript_offers_both_languages(browser, served):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(served)
    assert page.url == served  # no redirect without JavaScript
    page.get_by_role("link", name="English").click()
    assert page.url == served + "en/"
    context.close()


def test_french_browser_lands_on_french(browser, served):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.goto(served)
    page.wait_for_url(served + "fr/")
    assert page.locator("h1").inner_text() == "Dernières actualités"
    context.close()


def test_serve_reloads_the_open_page_after_an_edit(browser, tmp_path):
    """`digest serve`: the live-reload client runs despite the pages' CSP, and an edit shows up by itself."""
    import socket
    import subprocess
    import time

    content = tmp_path / "content"
    shutil.copytree(ROOT / "tests" / "fixtures" / "site", content)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/digest"),
            "serve",
            "--content",
            str(content),
            "--output",
            str(tmp_path / "out"),
            "--port",
            str(port),
        ],
        stdout=open(tmp_path / "serve.log", "w"),  # noqa: SIM115 (handed to the server process for its lifetime)
        stderr=subprocess.STDOUT,
    )
    page = browser.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                page.goto(f"http://127.0.0.1:{port}/fr/entries/altman-microsoft/")
                break
            except Exception:
                assert time.monotonic() < deadline, "digest serve did not start"
                time.sleep(0.3)
        page.wait_for_timeout(3500)  # the client connects; livereload ignores changes within 3 s of a reload
        entry = content / "entries/2023/altman-microsoft.fr.md"
        entry.write_text(
            entry.read_text(encoding="utf-8").replace("rejoint Microsoft", "arrive chez Microsoft"), encoding="utf-8"
        )
        page.locator("text=arrive chez Microsoft").wait_for(timeout=20000)
        assert not [e for e in errors if "Content Security Policy" in e], errors
    finally:
        page.close()
        server.terminate()
        server.wait(10)
