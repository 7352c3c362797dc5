"""An article leading with one fact of a company stays apart from the story of another fact it recalls: the
company's earlier round (of another amount), a release weeks before its round. Entries written for these tests."""

from digest.ingest import stories


def _item(title, date, *events, people=(), companies=()):
    return {"title": title, "date": date, "people": list(people), "companies": list(companies), "events": list(events)}


def _round(amount):
    return {"type": "funding", "company": "quill", "amount": amount}


RELEASE = {"type": "releases", "company": "quill", "product": "Nova 2"}


def test_an_undated_round_recalling_the_company_s_earlier_round_joins_its_own_round_s_story():
    names = {"people": ["lena-vogt", "tom-reyes"], "companies": ["quill", "fund-a", "fund-b"]}
    earlier = _item("Quill raises EUR 600 million", "2024-06-11", _round("EUR 600 million"), **names)
    recap = _item("Quill raises EUR 1.7 billion", None, _round("EUR 1.7 billion"), _round("EUR 600 million"), **names)
    later = _item("Quill lands EUR 1.7 billion", "2025-09-09", _round("EUR 1.7 billion"), **names)
    ids = stories.assign([earlier, recap, later])
    assert ids[0] != ids[1] == ids[2]


def test_an_undated_round_recalling_a_release_is_not_the_release_s_story():
    release = _item(
        "Quill releases Nova 2",
        "2025-03-01",
        RELEASE,
        people=["lena-vogt", "ada-moss"],
        companies=["quill", "scaleway", "openai"],
    )
    funding = _item(
        "Quill raises EUR 50 million",
        None,
        _round("EUR 50 million"),
        RELEASE,
        people=["lena-vogt", "tom-reyes"],
        companies=["quill", "fund-a", "fund-b"],
    )
    assert len(set(stories.assign([release, funding]))) == 2


def test_an_undated_round_told_with_its_release_and_mostly_the_same_names_is_its_story():
    names = {"people": ["lena-vogt", "tom-reyes"], "companies": ["quill", "fund-a"]}
    release = _item("Quill releases Nova 2", "2025-03-01", RELEASE, **names)
    funding = _item("Quill raises EUR 50 million", None, _round("EUR 50 million"), RELEASE, **names)
    assert len(set(stories.assign([release, funding]))) == 1
