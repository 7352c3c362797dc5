"""Two articles of one story whose events could not tie them (one has no event, or its event names a company the
article only mentions) are joined by the actors both name: a person and a company, a company and an amount, a
product and whoever made it, each naming whom the other leads with, of the same days (or, one undated, sharing an
amount or a product). Two start-ups' rounds of one size, a person's two moves, a round's recap and two facts of one
company weeks apart stay apart. Entries written for these tests."""

import pytest

from digest.ingest import stories


def _item(title, date, people, companies, *events, summary=""):
    return {
        "title": title,
        "summary": summary,
        "date": date,
        "people": list(people),
        "companies": list(companies),
        "events": list(events),
    }


def _move(kind, company):
    return {"type": kind, "person": "ines-carvalho", "company": company}


def _purchase(date="2025-06-02"):
    return _item(
        "Velora rachète la start-up nantaise Pluvier",
        date,
        ["ines-carvalho", "hugo-marchal"],
        ["pluvier", "velora"],
        {"type": "acquires", "company": "velora", "from_company": "pluvier"},
    )


def _portrait(date="2025-06-03"):
    """The founder's story of the same sale, no event read, naming rivals and a customer."""
    return _item(
        "How a 40-person simulation shop caught a software giant's eye",
        date,
        ["ines-carvalho", "ruth-ambler", "joel-okafor"],
        ["pluvier", "kestrel-software", "brightwater"],
    )


def _round(company="tessel", amount="CHF 52 million", date="2025-05-14"):
    return _item(
        f"{company.title()} raises {amount}",
        date,
        ["maud-ferrand"],
        [company, "alder-capital"],
        {"type": "funding", "company": company, "amount": amount},
        summary=f"{company.title()} closed a {amount} Series A led by Alder Capital.",
    )


def _investor_note(date="2025-05-14"):
    return _item(
        "Pourquoi nous investissons dans Tessel",
        date,
        ["maud-ferrand", "piotr-nowak"],
        ["tessel", "alder-capital", "epf-lausanne", "nordhaven"],
        summary="Tessel annonce une levée de 52 millions de francs, que nous menons.",
    )


def test_an_article_without_event_naming_the_founder_and_the_start_up_joins_the_purchase():
    assert len(set(stories.assign([_purchase(), _portrait()]))) == 1
    assert len(set(stories.assign([_portrait(), _purchase()]))) == 1


def test_an_investor_s_note_without_event_joins_the_round_by_its_company_and_amount():
    assert len(set(stories.assign([_round(), _investor_note()]))) == 1


def test_an_undated_release_joins_the_article_naming_its_product_and_its_researcher():
    release = _item(
        "Le laboratoire Q publie Tamba-3, un modèle qui parle bambara",
        None,
        ["awa-keita", "moussa-diarra"],
        ["q", "universite-de-bamako"],
        {"type": "releases", "company": "q", "product": "Tamba-3"},
    )
    feature = _item(
        "A tiny lab just shipped the best Bambara model yet",
        "2025-02-11",
        ["awa-keita", "lucy-hart"],
        ["meta"],
        summary="The lab's new open model, Tamba-3, beats larger systems on reading tests.",
    )
    assert len(set(stories.assign([feature, release]))) == 1


def test_a_round_read_as_another_company_s_joins_by_its_amount():
    right = _round()
    misread = _round(company="alder-capital", date="2025-05-17") | {
        "companies": ["alder-capital", "tessel", "oak-partners"],
        "people": [],
    }
    assert len(set(stories.assign([right, misread]))) == 1


def test_a_date_a_year_off_on_the_same_day_and_month_does_not_split():
    assert len(set(stories.assign([_purchase(), _portrait("2024-06-03")]))) == 1
    assert len(set(stories.assign([_round(), _investor_note("2026-05-14")]))) == 1


@pytest.mark.parametrize(
    "portrait_date, purchase_date",
    [("2025-06-20", "2025-06-02"), (None, "2025-06-02"), ("2024-03-03", "2025-06-02")],
)
def test_names_alone_join_neither_weeks_apart_nor_undated_nor_a_year_and_months_apart(portrait_date, purchase_date):
    assert len(set(stories.assign([_purchase(purchase_date), _portrait(portrait_date)]))) == 2


def test_two_start_ups_raising_one_amount_with_one_investor_stay_apart():
    other = _item(
        "Lyon : Brisque lève 52 millions de francs",
        "2025-05-14",
        ["sami-haddad"],
        ["brisque", "alder-capital"],
        summary="Brisque a bouclé une levée de 52 millions de francs menée par Alder Capital.",
    )
    assert len(set(stories.assign([_investor_note(), other]))) == 2


def test_names_alone_join_only_the_one_story_they_point_to():
    """A person hired by one company, back at the head of another the next day: an article without event naming both
    companies and the person is neither's."""
    people, companies = ["ines-carvalho"], ["kestrel-software", "pluvier"]
    hired = _item("Kestrel hires Ines Carvalho", "2025-06-02", people, companies, _move("hired", "kestrel-software"))
    back = _item("Ines Carvalho back at Pluvier", "2025-06-03", people, companies[::-1], _move("appointed", "pluvier"))
    told = _item("A week of turmoil", "2025-06-03", ["ruth-ambler", "ines-carvalho"], ["pluvier", "kestrel-software"])
    ids = stories.assign([hired, back, told])
    assert ids[0] != ids[1] and ids[2] not in ids[:2]
    assert stories.assign([hired, told])[1] == stories.assign([hired])[0]


@pytest.mark.parametrize(
    "title, same",
    [("Ines Carvalho back at Pluvier", False), ("Kestrel poaches Pluvier's Ines Carvalho", True)],
)
def test_a_move_read_at_a_company_named_in_passing_joins_only_the_move_its_headline_names(title, same):
    hired = _item("Kestrel hires Ines Carvalho", "2025-06-02", ["ines-carvalho"], ["kestrel-software", "pluvier"])
    hired["events"] = [_move("hired", "kestrel-software")]
    people = ["ines-carvalho", "ruth-ambler", "joel-okafor", "sara-kim"]
    misread = _item(title, "2025-06-03", people, ["pluvier", "kestrel-software", "brightwater"])
    misread["events"] = [_move("joins", "brightwater")]
    assert (len(set(stories.assign([hired, misread]))) == 1) is same


def test_a_founding_and_its_round_of_the_same_day_and_month_a_year_apart_in_one_article_are_one_story():
    founded = _item(
        "Maud Ferrand lance Tessel",
        "2025-05-14",
        ["maud-ferrand", "piotr-nowak"],
        ["tessel", "alder-capital"],
        {"type": "founds", "person": "maud-ferrand", "company": "tessel"},
    )
    assert len(set(stories.assign([founded, _round(date="2024-05-14")]))) == 1
    assert len(set(stories.assign([founded, _round(date="2024-04-02")]))) == 2


def test_two_hires_at_one_company_the_same_day_quoting_its_chief_stay_apart():
    hired = _item(
        "Pluvier hires Ines Carvalho as chief revenue officer",
        "2025-06-02",
        ["ines-carvalho", "hugo-marchal"],
        ["pluvier", "kestrel-software"],
        _move("hired", "pluvier"),
    )
    other = _item(
        "Joel Okafor rejoint Pluvier",
        "2025-06-02",
        ["joel-okafor", "hugo-marchal"],
        ["pluvier", "brightwater", "alder-capital"],
    )
    assert len(set(stories.assign([hired, other]))) == 2
