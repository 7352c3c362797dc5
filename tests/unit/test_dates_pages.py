"""Dates a page fixes only with its furniture or its photos: a printed page's masthead and folio, a legal notice's
year, a photo caption's date for a weekday or a day and month, a wire dispatch's weekday for its dateline's year.
Every page here is written for these tests, from the kinds of page, not from any article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest import model
from digest.ingest import dates, pipeline
from digest.ingest.datelines import Stamp, address_date, furniture_years, page_stamp

D = dt.date
ERA = range(2015, 2028)  # the years a digest covers: several fit a day, a month and a weekday


@pytest.mark.parametrize(
    "line, lang, want",
    [
        ("LE JOURNAL DU SOIR MARDI 3 MARS 2026", "fr", Stamp(2026, 3, 3)),
        ("Gazette de l'Ouest 3 mars 2026", "fr", Stamp(2026, 3, 3)),
        ("THE DAILY LEDGER Tuesday, March 3, 2026", "en", Stamp(2026, 3, 3)),
        ("The Harbour Times March 3, 2026", "en", Stamp(2026, 3, 3)),
        ("LE JOURNAL DU SOIR", "fr", None),
    ],
)
def test_a_printed_pages_masthead_dates_the_page(line, lang, want):
    assert page_stamp(line, lang) == want


@pytest.mark.parametrize(
    "lines, lang, want",
    [
        (["© 2026 Ledger Media Ltd. All rights reserved."], "en", [2026]),
        (["Journal du Sud, 2025 – Mentions légales – Confidentialité"], "fr", [2025]),
        (["Harbour News 2024 | Privacy | Terms of use"], "en", [2024]),
        (["12 | THE MONTHLY | MAY 2026"], "en", [2026]),
        (["LE MENSUEL DES ENTREPRISES • JUIN 2025 • 23"], "fr", [2025]),
        (["Lire aussi : le bilan 2019 des start-up", "Related: The best laptops of 2021"], "fr", []),
    ],
)
def test_a_legal_notice_and_a_folio_give_the_pages_year(lines, lang, want):
    assert furniture_years(lines, lang) == want


@pytest.mark.parametrize(
    "text, lang, captions, want",
    [
        (  # the picture described in the text: a Tuesday
            "Shares of Acme fell sharply Tuesday after the chipmaker cut its forecast.\n\n"
            "This photo shows the Acme logo at its headquarters in Austin on March 3, 2026.",
            "en",
            [],
            D(2026, 3, 3),
        ),
        (  # a caption cleaning set aside: a Thursday
            "Le groupe textile a annoncé jeudi la fermeture de son usine de Roubaix, qui emploie 300 personnes.",
            "fr",
            ["Le siège du groupe à Lille, le 5 mars 2026 ( AFP / JEAN NOM )"],
            D(2026, 3, 5),
        ),
        (
            "Acme's board named a new chief executive on Thursday, ending a months-long search.",
            "en",
            ["Pictured: the new chief executive at a conference in Denver, March 5, 2026. Photo: Jane Roe"],
            D(2026, 3, 5),
        ),
        (  # a file photo is from another day
            "Acme's board named a new chief executive on Thursday, ending a months-long search.",
            "en",
            ["FILE PHOTO: Acme's logo in Denver, March 5, 2026. Photo: Jane Roe"],
            None,
        ),
        (  # a photo of another weekday dates nothing
            "Acme's board named a new chief executive on Monday, ending a months-long search.",
            "en",
            ["The new chief executive in Denver, March 5, 2026. Photo: Jane Roe"],
            None,
        ),
    ],
)
def test_a_weekday_alone_takes_the_date_of_a_photo_taken_that_weekday(text, lang, captions, want):
    found = dates.find(text, lang, captions=captions)
    assert found.date == want
    assert found.basis == ("text" if want else "none")


@pytest.mark.parametrize(
    "text, lang, captions, want",
    [
        (
            "Acme's chief executive answered questions from the press in Austin on March 19, a day after the launch.",
            "en",
            ["The chief executive in Austin, Texas, on March 19, 2026 (local time)./Jane Roe"],
            D(2026, 3, 19),
        ),
        (
            "Le ministre a inauguré le 12 février le nouveau centre de calcul de la start-up, à Grenoble.",
            "fr",
            ["Le ministre lors de l'inauguration à Grenoble, le 12 février 2026 ( AFP / JEAN NOM )"],
            D(2026, 2, 12),
        ),
        (
            "Le ministre a inauguré le 10 février le nouveau centre de calcul de la start-up, à Grenoble.",
            "fr",
            ["Une image du centre, prise le 14 février 2026 ( AFP / JEAN NOM )"],
            D(2026, 2, 10),
        ),
        (  # a photo a month away does not give the year
            "Le ministre a inauguré le 12 janvier le nouveau centre de calcul de la start-up, à Grenoble.",
            "fr",
            ["Le ministre à Grenoble, le 12 février 2026 ( AFP / JEAN NOM )"],
            None,
        ),
    ],
)
def test_a_day_and_month_take_the_year_of_a_photo_taken_within_a_week(text, lang, captions, want):
    assert dates.find(text, lang, captions=captions).date == want


@pytest.mark.parametrize(
    "text, lang, want",
    [
        (
            "May 24 (Wire) - Acme, a start-up that builds warehouse robots, has raised $70 million, the company "
            "said on Wednesday. Acme was founded in 2022 by two engineers.",
            "en",
            D(2023, 5, 24),
        ),
        (
            "3 mars (Agence) - La société Acme a annoncé lundi le rachat de Beta, qu'elle finançait depuis 2024.",
            "fr",
            D(2025, 3, 3),
        ),
        (
            "Tokyo, March 31 (Wire)--The government will give Acme up to 80 billion yen more in fiscal 2025, "
            "which starts Tuesday, the ministry said Monday.",
            "en",
            D(2025, 3, 31),
        ),
        (  # no year named in the text: several fit, none is chosen
            "May 24 (Wire) - Acme, a start-up that builds warehouse robots, has raised $70 million, the company "
            "said on Wednesday.",
            "en",
            None,
        ),
        (  # the day and month do not open a dispatch: the weekday is not theirs
            "Acme said on Monday that it would close the deal on March 31, as planned in 2024.",
            "en",
            None,
        ),
    ],
)
def test_a_dispatch_dateline_takes_the_year_near_the_texts_where_its_weekday_fits(text, lang, want):
    found = dates.find(text, lang, era_years=ERA)
    assert found.date == want
    assert found.basis == ("text+year from weekday" if want else "none")


PRINTED = """14 | ENTREPRISES
LA GAZETTE DES AFFAIRES JEUDI 5 MARS 2026
Rachat
Acme rachète la start-up lyonnaise Beta
La société Acme a annoncé mercredi le rachat de Beta, une jeune pousse lyonnaise spécialisée dans la vision \
par ordinateur, pour un montant non divulgué.
Beta, fondée en 2019, emploie une quarantaine de personnes à Lyon et à Grenoble.
"""

FOOTED = """Acme hires a chief people officer
Acme, a forecasting start-up based in Leeds, has appointed Jane Roe as its chief people officer, the company \
announced on 9 March.
Roe joins from a logistics group where she led human resources for six years.
Acme, founded in 2021, has grown from 40 to 200 employees.
The Weekly Ledger is published by Ledger Media Ltd. © 2026 All rights reserved.
"""


def test_a_pages_masthead_legal_notice_and_address_date_its_news(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "printed.txt").write_text(PRINTED, encoding="utf-8")
    (inbox / "footed.txt").write_text(FOOTED, encoding="utf-8")
    (inbox / "sourced.txt").write_text(SOURCED, encoding="utf-8")
    results = {Path(r.input).stem: r for r in pipeline.run(sorted(inbox.iterdir()), tmp_path / "content")}
    assert model.load_entry(Path(results["printed"].path))[0].date == D(2026, 3, 4)
    assert model.load_entry(Path(results["footed"].path))[0].date == D(2026, 3, 9)
    assert model.load_entry(Path(results["sourced"].path))[0].date == D(2026, 3, 4)


@pytest.mark.parametrize(
    "url, want",
    [
        ("https://www.gazette.example/economie/2026/03/04/acme-rachete-beta_123.html", Stamp(2026, 3, 4)),
        (
            "https://www.ledger.example/technology/acme-raises-70-million-2023-05-24/?utm_source=mail",
            Stamp(2023, 5, 24),
        ),
        ("https://www.20heures.example/economie/4123456-20260304-acme-rachete-beta", Stamp(2026, 3, 4)),
        ("https://www.ledger.example/news/2026/3/4/acme", Stamp(2026, 3, 4)),
        ("https://www.ledger.example/news/acme-2026-funding-round", None),
        ("https://www.ledger.example/2026/03/acme-raises", None),
        ("https://www.courtage.example/news/2516546665", None),
    ],
)
def test_a_pages_address_holds_its_publication_date(url, want):
    assert address_date(url) == want


SOURCED = """Acme rachète la start-up lyonnaise Beta
La société Acme a annoncé mercredi le rachat de Beta, une jeune pousse lyonnaise spécialisée dans la vision \
par ordinateur, pour un montant non divulgué.
Beta, fondée en 2019, emploie une quarantaine de personnes à Lyon et à Grenoble.
Source : La Gazette des Affaires, https://www.gazette.example/economie/2026/03/04/acme-rachete-beta_123.html
"""
