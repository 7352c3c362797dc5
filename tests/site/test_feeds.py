"""Feeds: every feed in Atom and in RSS 2.0 (written by feedgenerator), the same items in both, advertised in the
head of the pages they follow, titled as a reader lists them, and the same bytes at every build."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from conftest import SITEURL, run_build

ATOM = "{http://www.w3.org/2005/Atom}"
FEEDS = ["{lang}/", "{lang}/companies/microsoft/", "{lang}/people/sebastien-bubeck/", "{lang}/companies/openai/"]


def atom_items(path: Path) -> tuple[ET.Element, list[dict]]:
    root = ET.parse(path).getroot()
    assert root.tag == f"{ATOM}feed"
    return root, [
        {
            "title": e.findtext(f"{ATOM}title"),
            "link": e.find(f"{ATOM}link").get("href"),
            "summary": e.findtext(f"{ATOM}summary"),
            "date": e.findtext(f"{ATOM}published"),
        }
        for e in root.iter(f"{ATOM}entry")
    ]


def rss_items(path: Path) -> tuple[ET.Element, list[dict]]:
    root = ET.parse(path).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    return channel, [
        {
            "title": i.findtext("title"),
            "link": i.findtext("link"),
            "summary": i.findtext("description"),
            "date": parsedate_to_datetime(i.findtext("pubDate")).isoformat(),
        }
        for i in channel.iter("item")
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("base", FEEDS)
def test_every_feed_is_in_rss_too_with_the_items_of_its_atom_feed(fixture_site, base, lang):
    base = base.format(lang=lang)
    feed, atom = atom_items(fixture_site / base / "feed.atom")
    channel, rss = rss_items(fixture_site / base / "feed.rss")
    assert atom and rss == atom
    assert all(item["link"].startswith(f"{SITEURL}/{lang}/entries/") for item in rss)
    assert channel.findtext("link") == feed.find(f"{ATOM}link[@rel='alternate']").get("href") == f"{SITEURL}/{base}"
    assert channel.findtext("title") == feed.findtext(f"{ATOM}title")
    assert channel.findtext("language") == lang and channel.findtext("description")


def test_feed_titles_read_well(fixture_site):
    titles = {
        base: ET.parse(fixture_site / base / "feed.rss").getroot().findtext("channel/title")
        for base in ("fr/", "en/", "en/people/sebastien-bubeck/")
    }
    assert titles == {
        "fr/": "digest (français)",
        "en/": "digest (English)",
        "en/people/sebastien-bubeck/": "Sébastien Bubeck · digest",
    }


def test_a_summary_is_sent_as_text_a_reader_cannot_run(fixture_site):
    _, items = rss_items(fixture_site / "en/feed.rss")
    cnbc = next(item for item in items if item["link"].endswith("/microsoft-bubeck-cnbc/"))
    assert cnbc["summary"] == "Bubeck leaves to work toward AGI &lt;b&gt;at OpenAI&lt;/b&gt;."  # HTML showing the tags


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pages_advertise_both_formats_of_their_feeds(fixture_site, lang):
    for page, feeds in (
        (f"{lang}/index.html", ["../{lang}/feed"]),
        (
            f"{lang}/people/sebastien-bubeck/index.html",
            ["../../../{lang}/feed", "../../../{lang}/people/sebastien-bubeck/feed"],
        ),
    ):
        html = (fixture_site / page).read_text(encoding="utf-8")
        for feed in feeds:
            for kind, media in (("atom", "application/atom+xml"), ("rss", "application/rss+xml")):
                href = f"{feed.format(lang=lang)}.{kind}"
                link = rf'<link rel="alternate" type="{re.escape(media)}" title="[^"]+" href="{re.escape(href)}">'
                assert re.search(link, html), (page, href)


def test_an_empty_feed_is_dated_by_no_clock(tmp_path):
    content = tmp_path / "content"
    (content / "entries").mkdir(parents=True)
    assert run_build(content, tmp_path / "one") == 0
    assert run_build(content, tmp_path / "two") == 0
    for name in ("en/feed.rss", "fr/feed.atom"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    rss = (tmp_path / "one/en/feed.rss").read_text(encoding="utf-8")
    assert "<lastBuildDate>Thu, 01 Jan 1970 00:00:00 +0000</lastBuildDate>" in rss
