"""Interface languages: complete catalogs, Babel formatting with the page's locale, events in both languages."""

from __future__ import annotations

import contextlib
import datetime as dt
import locale
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from digest import content, i18n
from digest.model import LANGUAGES
from digest.site import index
from digest.site.events import sentence

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "site"
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def catalog(lang: str):
    with i18n.catalog_path(lang).open("rb") as handle:
        return read_po(handle, locale=lang)


@pytest.fixture(scope="module")
def used_msgids(tmp_path_factory) -> set:
    pot = tmp_path_factory.mktemp("pot") / "messages.pot"
    assert i18n.extract(pot) == 0
    with pot.open("rb") as handle:
        return {
            message.id if isinstance(message.id, str) else tuple(message.id)
            for message in read_po(handle)
            if message.id
        }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_has_no_untranslated_or_fuzzy_string(lang):
    problems = []
    for message in catalog(lang):
        if not message.id:
            continue
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        if not all(strings):
            problems.append(f"untranslated: {message.id!r}")
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
    assert not problems, f"{i18n.catalog_path(lang)}: {problems}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_used_in_templates_and_code_is_in_the_catalog(lang, used_msgids):
    known = {m.id if isinstance(m.id, str) else tuple(m.id) for m in catalog(lang) if m.id}
    missing = used_msgids - known
    assert not missing, f"run `make catalogs` and translate: {sorted(map(str, missing))}"
    assert len(used_msgids) > 50  # the extraction really read the templates and the code


def test_placeholders_survive_translation():
    for lang in LANGUAGES:
        for message in catalog(lang):
            ids = [message.id] if isinstance(message.id, str) else list(message.id)
            strings = [message.string] if isinstance(message.string, str) else list(message.string)
            expected = set(PLACEHOLDER.findall(ids[-1]))
            for string in strings:
                assert set(PLACEHOLDER.findall(string)) == expected, (lang, message.id)


def test_plurals_follow_each_language():
    fr, en = i18n.translations("fr"), i18n.translations("en")
    assert fr.ngettext("%(num)s entry", "%(num)s entries", 0) % {"num": 0} == "0 article"  # French: 0 is singular
    assert fr.ngettext("%(num)s entry", "%(num)s entries", 2) % {"num": 2} == "2 articles"
    assert en.ngettext("%(num)s entry", "%(num)s entries", 0) % {"num": 0} == "0 entries"
    assert en.ngettext("%(num)s entry", "%(num)s entries", 1) % {"num": 1} == "1 entry"


def test_dates_and_numbers_use_the_page_locale_not_the_system_one(monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    previous = locale.setlocale(locale.LC_ALL)
    with contextlib.suppress(locale.Error):
        locale.setlocale(locale.LC_ALL, "")
    try:
        day = dt.date(2024, 10, 14)
        assert i18n.format_date(day, "fr") == "14 octobre 2024"
        assert i18n.format_date(day, "en") == "October 14, 2024"
        assert i18n.format_number(12345, "fr") == "12\u202f345"
        assert i18n.format_number(12345, "en") == "12,345"
        assert i18n.format_date(None, "fr") == "date inconnue"
    finally:  # the worker's later tests decode subprocess output with the process locale
        locale.setlocale(locale.LC_ALL, previous)


@pytest.fixture(scope="module")
def site():
    corpus = content.load(FIXTURE)
    assert not corpus.errors
    return index.build(corpus)


@pytest.mark.parametrize(
    "lang,expected",
    [
        ("en", "Sébastien Bubeck leaves Microsoft for OpenAI"),
        ("fr", "Sébastien Bubeck quitte Microsoft pour OpenAI"),
    ],
)
def test_one_event_two_sentences(site, lang, expected):
    event = next(e for e in site.events if e.type == "joins")
    html = sentence(event, site, lang, i18n.translations(lang).gettext, "../../")
    assert html == expected.replace(
        "Sébastien Bubeck", f'<a href="../../{lang}/people/sebastien-bubeck/">Sébastien Bubeck</a>'
    ).replace("Microsoft", f'<a href="../../{lang}/companies/microsoft/">Microsoft</a>', 1).replace(
        "OpenAI", f'<a href="../../{lang}/companies/openai/">OpenAI</a>'
    )


def test_event_values_are_escaped(site):
    event = index.Event(
        type="appointed",
        date=None,
        person="not-in-registry",
        company="microsoft",
        role='<script>alert("x")</script> & CEO',
    )
    html = sentence(event, site, "fr", i18n.translations("fr").gettext, "")
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; CEO" in html
    assert html.startswith("not-in-registry est nommé &lt;script&gt;")  # unknown person: plain text, no link


def test_every_event_type_has_a_sentence_in_both_languages(site):
    for event_type in ("joins", "leaves", "hired", "fired", "appointed", "founds", "releases", "funding"):
        event = index.Event(type=event_type, date=None, person="sam-altman", company="openai")
        for lang in LANGUAGES:
            html = sentence(event, site, lang, i18n.translations(lang).gettext, "")
            assert "OpenAI" in html and "%(" not in html


@pytest.mark.parametrize(
    "event,lang,expected",
    [
        (dict(type="releases", product="Maia 100"), "en", "Microsoft releases Maia 100"),
        (dict(type="releases", product="Maia 100"), "fr", "Microsoft lance Maia 100"),
        (dict(type="funding", amount="6,6 milliards de dollars"), "fr", "Microsoft lève 6,6 milliards de dollars"),
        (dict(type="funding"), "en", "Microsoft raises funds"),
        (dict(type="appointed", person="sam-altman", role="PDG"), "fr", "Sam Altman est nommé PDG de Microsoft"),
        (
            dict(type="appointed", person="sam-altman", role="PDG", company="openai"),
            "fr",
            "Sam Altman est nommé PDG d’OpenAI",
        ),
        (
            dict(type="appointed", person="sam-altman", role="interim CEO", company="openai"),
            "fr",
            "Sam Altman est nommé PDG par intérim d’OpenAI",
        ),
        (
            dict(type="appointed", person="sam-altman", role="PDG par intérim", company="openai"),
            "en",
            "Sam Altman is appointed interim CEO of OpenAI",
        ),
        (
            dict(type="releases", product="Suite de Office"),
            "fr",
            "Microsoft lance Suite de Office",
        ),  # only the catalog's "de" elides
        (
            dict(type="appointed", person="sam-altman", role="head of the AI lab", company="openai"),
            "fr",
            "Sam Altman est nommé head of the AI lab d’OpenAI",
        ),  # not in the glossary: as the article wrote it
    ],
)
def test_releases_name_the_product_funding_the_amount_and_french_elides(site, event, lang, expected):
    html = sentence(
        index.Event(**{"date": None, "company": "microsoft", **event}), site, lang, i18n.translations(lang).gettext, ""
    )
    assert re.sub(r"<[^>]+>", "", html) == expected


def test_registry_months_in_the_page_language():
    assert i18n.format_month("2024-09", "fr") == "sept. 2024"
    assert i18n.format_month("2024-09", "en") == "Sep 2024"
    assert i18n.format_month(2018, "fr") == "2018"  # a year alone stays a year
    assert i18n.format_month("2024-13", "en") == "2024-13"  # not a month: as written (digest check reports it)
