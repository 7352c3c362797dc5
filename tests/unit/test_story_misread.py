"""Two articles on one person's news of the same week that differ only in the company they lead with, each naming
both, are one story however few other names they share (one of them read the company from background: where the
person studied, the investor quoted); they stay apart when a week or more lies between them or when one does not name
the other's company. Entries written for these tests."""

from digest.ingest import stories


def _item(title, date, people, companies, *events):
    return {"title": title, "date": date, "people": people, "companies": companies, "events": list(events)}


def _hire():
    return _item(
        "Quill hires a veteran researcher",
        "2025-04-07",
        ["lena-vogt", "marek-zielinski"],
        ["orbital", "google", "quill"],
        {"type": "hired", "person": "lena-vogt", "company": "quill"},
    )


def _portrait(date="2025-04-08", companies=("grenoble-university", "orbital", "quill")):
    """A portrait with no event read, naming first where the person studied."""
    people = ["lena-vogt", "tom-reyes", "sara-kim", "ian-moss"]
    return _item("From Grenoble to London, a researcher's path", date, people, list(companies))


def test_a_portrait_leading_with_where_the_person_studied_joins_the_hire():
    assert len(set(stories.assign([_hire(), _portrait()]))) == 1


def test_an_article_keyed_on_the_investor_joins_the_one_keyed_on_the_company():
    backer = _item(
        "The backer who fought for a founder",
        "2025-04-08",
        ["lena-vogt", "ian-moss", "owen-price"],
        ["harbour-capital", "quill", "orbital"],
    )
    company = _item(
        "The ousted founder is back",
        "2025-04-08",
        ["lena-vogt", "sara-kim", "tom-reyes"],
        ["quill", "harbour-capital", "doctolab"],
        {"type": "appointed", "person": "lena-vogt", "company": "quill"},
    )
    assert len(set(stories.assign([backer, company]))) == 1


def test_a_week_apart_or_a_company_unnamed_they_stay_apart():
    assert len(set(stories.assign([_hire(), _portrait("2025-04-20")]))) == 2
    assert len(set(stories.assign([_hire(), _portrait(companies=("grenoble-university", "orbital"))]))) == 2


def test_two_articles_without_events_of_the_same_week_leave_background_out():
    backer = _item(
        "The backer who fought for a founder",
        "2025-04-08",
        ["lena-vogt", "ian-moss", "owen-price"],
        ["harbour-capital", "quill"],
    )
    company = _item(
        "The ousted founder takes the helm again",
        "2025-04-09",
        ["lena-vogt", "ian-moss", "sara-kim"],
        ["quill", "doctolab"],
    )
    assert len(set(stories.assign([backer, company]))) == 1
    assert len(set(stories.assign([backer, company | {"date": "2025-04-30"}]))) == 2
