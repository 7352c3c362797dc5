"""Hostile text is inert: a site whose every text field carries XSS payloads runs no script from content.

Payloads (tests/fixtures/trust/xss.txt, from the OWASP cheat sheet and PayloadsAllTheThings) go into titles,
summaries, bodies, outlet names, authors, tags, entity names, aliases, descriptions, roles and links. The built HTML is
inspected (no script, handler or dangerous URL from content; a CSP on every page), then every page is loaded
in headless Chromium with alert/confirm/prompt hooked and dialogs watched: nothing may fire.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import serve
from lxml import html as lxml_html

from digest.cli import main
from digest.model import frontmatter

FIXTURES = Path(__file__).parents[1] / "fixtures" / "trust"
PAYLOADS = [
    line
    for line in (FIXTURES / "xss.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("# ")
]
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "background",
    "poster",
    "xlink:href",
    "srcset",
    "ping",
    "cite",
}
NEVER_FROM_CONTENT = {
    "iframe",
    "object",
    "embed",
    "base",
    "form",
    "frame",
    "frameset",
    "applet",
    "svg",
    "math",
    "style",
}


def payload(n: int) -> str:
    return PAYLOADS[n % len(PAYLOADS)]


def hostile_content(root: Path) -> None:
    """A content folder where every free-text field is a payload (ids, dates and URLs stay valid: check rejects
    those)."""
    for n in range(8):
        company = {
            "name": payload(n),
            "aliases": [payload(n + 1)],
            "description": {"fr": payload(n + 2), "en": payload(n + 3)},
            "links": {"website": "https://www.example.com/", "wikidata": payload(n + 4)},
            "reviewed": True,
        }
        person = {
            "name": payload(n + 5),
            "aliases": [payload(n + 6)],
            "description": {"fr": payload(n + 7), "en": payload(n + 8)},
            "affiliations": [{"company": f"company-{n}", "role": payload(n + 9), "from": 2020, "to": None}],
            "reviewed": True,
        }
        for folder, name, data in (("companies", f"company-{n}", company), ("people", f"person-{n}", person)):
            (root / folder).mkdir(parents=True, exist_ok=True)
            (root / folder / f"{name}.yml").write_text(frontmatter.dump_yaml(data), encoding="utf-8")
    for n in range(0, len(PAYLOADS), 3):
        lang = ("fr", "en")[n % 2]
        meta = {
            "title": payload(n),
            "date": f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
            "lang": lang,
            "slug": f"entry-{n}",
            "source": payload(n + 1),
            "source_url": "https://www.example.com/article",
            "summary": payload(n + 2),
            "authors": [payload(n + 11), payload(n + 12)],
            "companies": [f"company-{n % 8}"],
            "people": [f"person-{n % 8}"],
            "story": f"story-{n % 5}",
            "tags": [payload(n + 3)],
            "events": [
                {
                    "type": "joins",
                    "person": f"person-{n % 8}",
                    "company": f"company-{n % 8}",
                    "role": payload(n + 4),
                    "date": f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
                }
            ],
            "reviewed": True,
        }
        body = "\n\n".join(
            [
                f"## {payload(n + 5)}",
                payload(n),
                f"Texte avec {payload(n + 1)} au milieu.",
                payload(n + 2),
                f"- {payload(n + 6)}",
                f"> {payload(n + 7)}",
                f"`{payload(n + 8)}`",
                payload(n + 9),
                payload(n + 10),
            ]
        )
        path = root / "entries" / meta["date"][:4] / f"entry-{n}.{lang}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(frontmatter.render(meta, body), encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("xss")
    hostile_content(root / "content")
    code = main(["build", "--content", str(root / "content"), "--output", str(root / "output")])
    assert code == 0, "the hostile site must build: payloads are text, not errors"
    return root / "output"


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def _own_script(src: str, page: Path, site: Path) -> bool:
    """A script the site ships: a relative or root path to a file that exists in the output."""
    if not src or ":" in src.split("/")[0] or src.startswith("//"):
        return False
    target = (site / src.lstrip("/")) if src.startswith("/") else (page.parent / src)
    return target.resolve().is_file() and target.resolve().is_relative_to(site.resolve())


def _inert_data(text: str) -> bool:
    """schema.org data a browser never runs: valid JSON, with no "<" (tojson writes it \\u003c) to close its element."""
    try:
        json.loads(text)
    except ValueError:
        return False
    return "<" not in text


def _own_chart(element) -> bool:
    """The theme's own pictures (talent flows, career strips): an SVG drawn by the template, in its chart figure."""
    figure = element.getparent()
    return (
        element.tag.lower().split("}")[-1] == "svg"
        and figure is not None
        and figure.tag == "figure"
        and "chart" in (figure.get("class") or "").split()
    )


def test_the_hostile_site_has_every_page(site):
    assert len(pages(site)) > 50
    assert (site / "fr" / "entries" / "entry-0" / "index.html").is_file()


def scan(site: Path) -> list[str]:
    """Every script, handler, dangerous element or URL in the built pages that the site itself does not ship."""
    problems = []
    for page in pages(site):
        tree = lxml_html.fromstring(page.read_bytes())
        where = page.relative_to(site)
        for element in tree.iter():
            if not isinstance(element.tag, str):
                continue
            tag = element.tag.lower().split("}")[-1]
            if tag == "script" and element.get("type") == "application/ld+json" and not element.get("src"):
                if not _inert_data(element.text or ""):
                    problems.append(f"{where}: structured data that is not plain JSON: {(element.text or '')[:120]!r}")
            elif tag == "script" and not _own_script(element.get("src", ""), page, site):
                problems.append(f"{where}: <script> not shipped by the site: {lxml_html.tostring(element)[:120]!r}")
            if tag in NEVER_FROM_CONTENT and not _own_chart(element):
                problems.append(f"{where}: <{tag}> element")
            if tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
                problems.append(f"{where}: meta refresh")
            for name, value in element.attrib.items():
                name = name.lower()
                if name.startswith("on"):
                    problems.append(f"{where}: <{tag} {name}=...>")
                if name in URL_ATTRIBUTES or name.endswith("}href"):
                    scheme = "".join(value.split()).lower().split(":")[0] if ":" in value else ""
                    if scheme in ("javascript", "vbscript", "data", "livescript", "mocha"):
                        problems.append(f"{where}: <{tag} {name}={value[:60]!r}>")
                if name == "style" and (
                    "expression" in value.lower() or "javascript" in value.lower() or "url(" in value.lower()
                ):
                    problems.append(f"{where}: style={value[:60]!r}")
    return problems


def test_no_script_handler_or_dangerous_url_from_content(site):
    problems = scan(site)
    assert problems == [], "\n".join(problems[:40])


TAMPERED = '<img src=x onerror="alert(1)"><a href="javascript:alert(2)">x</a><script>alert(3)</script>'


@pytest.fixture(scope="module")
def tampered(site, tmp_path_factory) -> Path:
    """A copy of the site with raw payloads pasted into one page: proves the checks below can fail."""
    copy = tmp_path_factory.mktemp("tampered") / "output"
    shutil.copytree(site, copy)
    page = copy / "fr" / "entries" / "entry-0" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</main>", TAMPERED + "</main>", 1), encoding="utf-8")
    return copy


def test_the_scan_catches_payloads_that_get_through(tampered):
    found = scan(tampered)
    assert len(found) == 3 and all(line.startswith("fr/entries/entry-0/index.html") for line in found), found


def test_every_page_sends_a_content_security_policy_allowing_only_own_scripts(site):
    for page in pages(site):
        tree = lxml_html.fromstring(page.read_bytes())
        policies = tree.xpath("//head/meta[translate(@http-equiv, 'CSP', 'csp')='content-security-policy']/@content")
        assert len(policies) == 1, page
        directives = {d.split()[0]: d.split()[1:] for d in policies[0].split(";") if d.strip()}
        scripts = directives.get("script-src", directives.get("default-src"))
        assert scripts and "'unsafe-inline'" not in scripts and "*" not in scripts, (page, policies[0])
        assert all(s in ("'none'", "'self'", "'wasm-unsafe-eval'") for s in scripts), (page, policies[0])
        objects = directives.get("object-src", directives.get("default-src"))  # default-src is the fallback
        assert objects == ["'none'"] and directives.get("base-uri") == ["'none'"], page


HOOK = """
window.__xss = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (...args) => { window.__xss.push(name + ': ' + args.join(' ')); };
}
Object.defineProperty(window, '__pwned', {set(v) { window.__xss.push('__pwned=' + v); }, get() { return undefined; }});
document.addEventListener('securitypolicyviolation', e => window.__xss.push('CSP blocked ' + \
e.violatedDirective + ' ' + e.blockedURI));
"""


# Pages loaded at once, each in a tab of its own, so that one page's load, focus moves and pause overlap the others'.
TABS = 4


def run_in_chromium(site: Path, browser, only: list[Path] | None = None) -> list[str]:
    """Load every page of ``site`` (or ``only`` these) over HTTP with alert/confirm/prompt hooked; return what fired."""
    context = browser.new_context()
    context.add_init_script(HOOK)
    fired = []
    with serve(site) as base:
        try:
            tabs = [context.new_page() for _ in range(TABS)]
            for tab in tabs:
                tab.on(
                    "dialog",
                    lambda dialog: (fired.append(f"dialog {dialog.type}: {dialog.message}"), dialog.dismiss()),
                )
            paths = only or pages(site)
            for start in range(0, len(paths), TABS):
                loading = list(zip(tabs, paths[start : start + TABS], strict=False))
                for tab, path in loading:
                    tab.goto(base + path.relative_to(site).as_posix(), wait_until="commit")
                for tab, _ in loading:
                    tab.wait_for_load_state("load")
                    for _ in range(3):  # move focus through the page: focus handlers, if any slipped through
                        tab.keyboard.press("Tab")
                tabs[0].wait_for_timeout(30)  # what the focus moves set off, in every tab of the batch
                for tab, path in loading:
                    fired += [f"{path.relative_to(site)}: {event}" for event in tab.evaluate("window.__xss")]
        finally:
            context.close()
    return fired


def test_no_script_from_content_runs_in_chromium(site, browser):
    fired = run_in_chromium(site, browser)
    assert fired == [], "\n".join(fired[:40])


def test_the_browser_hook_sees_a_script_that_gets_through(tampered, browser):
    fired = run_in_chromium(tampered, browser, only=[tampered / "fr" / "entries" / "entry-0" / "index.html"])
    assert any("fr/entries/entry-0/index.html: CSP blocked script-src" in event for event in fired), fired
