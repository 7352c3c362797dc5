"""`digest ingest URL` and links files, end to end against a local web server (no internet): the page is kept in
raw/ with its fetch record, the entry takes its fields from the page's own metadata, nothing is fetched or
ingested twice, a failed address is reported and writes nothing, and the kept copy rebuilds the entry offline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import serve

from digest.cli import main

WEB = Path(__file__).parents[1] / "fixtures" / "web"


@pytest.fixture(scope="module")
def site():
    with serve(WEB) as base:
        yield base


def ingest(capsys, content: Path, *args: str) -> tuple[int, list[dict]]:
    code = main(["ingest", "--json", "--content", str(content), *args])
    return code, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def front_matter(path: str) -> dict:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8").split("---\n")[1])


def test_a_link_gives_an_entry_from_the_page_s_own_metadata_once(site, tmp_path, capsys):
    content = tmp_path / "content"
    url = f"{site}fr-jsonld.html"
    code, [row] = ingest(capsys, content, url)
    assert code == 0 and row["status"] == "created" and row["input"] == url
    assert row["title"] == "Une start-up lyonnaise recrute l’ancienne directrice scientifique d’un géant du cloud"
    assert row["source"] == "Le Quotidien Numérique"
    assert row["source_url"].startswith("https://www.lequotidien-numerique.fr/economie/article/2026/03/04/")
    assert row["authors"] == ["Hélène Marchal", "Luc Ferrand"] and row["lang"] == "fr"
    meta = front_matter(row["path"])
    assert meta["image"].startswith("https://img.lequotidien-numerique.fr/") and meta["image_credit"]
    raw = sorted(p.name for p in (content / "raw").iterdir())
    assert raw == sorted([Path(meta["raw"]).name, Path(meta["raw"]).stem + ".fetch.json"])

    code, [again] = ingest(capsys, content, url)
    assert code == 0 and again["status"] == "skipped" and "already fetched" in again["reason"]

    code, [rebuilt] = ingest(capsys, content, str(content / meta["raw"]))  # offline, from the kept copy
    assert code == 0 and rebuilt["status"] == "merged" and rebuilt["source_url"] == row["source_url"]


def test_a_links_file_in_the_inbox_reports_each_address_and_stays_until_all_are_ingested(site, tmp_path, capsys):
    content = tmp_path / "content"
    inbox = content / "inbox"
    inbox.mkdir(parents=True)
    links = inbox / "links.txt"
    links.write_text(f"# this week\n{site}en-opengraph.html\n\n{site}gone.html\n", encoding="utf-8")
    code, rows = ingest(capsys, content, str(inbox))
    assert code == 1
    by_status = {row["status"]: row for row in rows}
    assert set(by_status) == {"created", "failed"}
    assert by_status["created"]["title"] == "Robotics firm Armature hires former Nimbus AI chief"
    assert f"{site}gone.html" in by_status["failed"]["reason"] and "404" in by_status["failed"]["reason"]
    assert links.exists()  # kept in the inbox while an address fails
    assert len(list((content / "raw").glob("*.html"))) == 1  # nothing written for the failed address

    links.write_text(f"{site}en-opengraph.html\n", encoding="utf-8")
    code, [row] = ingest(capsys, content, str(inbox))
    assert code == 0 and row["status"] == "skipped" and not links.exists()
    assert (content / "raw" / "links.txt").exists()


def test_a_bad_line_in_a_links_file_names_the_file_and_line(site, tmp_path, capsys):
    content = tmp_path / "content"
    links = tmp_path / "links.txt"
    links.write_text(f"{site}en-bare.html\n{site}en-amp.html\nwww.example.com/no-scheme\n", encoding="utf-8")
    code, rows = ingest(capsys, content, str(links))
    failed = [row for row in rows if row["status"] == "failed"]
    assert code == 1 and failed and f"{links}:3" in failed[0]["reason"]
