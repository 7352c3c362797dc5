"""Different events of one company or person stay apart when one article recalls the other's fact as background or
names a sibling of it: an earlier purchase by the same buyer, another model of the same lab, a colleague's departure
months before, the founder's former employer. Entries written for these tests."""

import pytest

from digest.ingest import stories


def _item(date, *evs, people=(), companies=()):
    return {"date": date, "people": list(people), "companies": list(companies), "events": list(evs)}


def _purchase(date, bought, *people):
    event = {"type": "acquires", "company": "acme", "from_company": bought}
    return _item(date, event, people=people, companies=["acme", bought, "nova-robotics"])


def test_an_undated_purchase_that_recalls_the_buyer_s_earlier_purchase_is_another_story():
    earlier = _purchase("2025-03-10", "nova-robotics", "jane-roe", "paul-dufour")
    later = _purchase(None, "lark", "owen-price", "jane-roe")
    assert len(set(stories.assign([earlier, later]))) == 2


@pytest.mark.parametrize(
    "first, second, same",
    [
        ("Vega 3", "Vega 3.5 Pro", False),
        ("Brisa Large", "Alize", False),
        ("Alize-2", "Alize 2", True),
        ("Brisa Large", "Large", True),
        ("Alize 2", None, True),
    ],
)
def test_two_releases_of_one_lab_are_one_story_only_when_their_products_agree(first, second, same):
    told = [
        _item(
            date,
            {"type": "releases", "company": "brisa", "product": product},
            people=["nora-benhamou"],
            companies=["brisa", "scaleway"],
        )
        for date, product in ((None, first), ("2026-06-02", second))
    ]
    assert (len(set(stories.assign(told))) == 1) is same


def _leaving(date, *leavers, people, companies=("acme",), told_first=()):
    left = ({"type": "leaves", "person": person, "company": "acme"} for person in leavers)
    return _item(date, *told_first, *left, people=people, companies=companies)


def test_an_undated_departure_that_recalls_a_colleague_s_earlier_departure_is_not_that_story():
    move = {"type": "joins", "person": "tom-reyes", "company": "orbit-ai"}
    colleague = _leaving(
        "2025-05-20", "tom-reyes", people=["tom-reyes", "sara-kim"], companies=["acme", "orbit-ai"], told_first=[move]
    )
    departure = _leaving(None, "lena-vogt", "tom-reyes", people=["lena-vogt", "sara-kim", "tom-reyes"])
    assert len(set(stories.assign([colleague, departure]))) == 2


def test_co_founders_leaving_together_told_by_two_outlets_are_one_story():
    first = _leaving(None, "lena-vogt", "tom-reyes", people=["lena-vogt", "tom-reyes"])
    second = _leaving(None, "tom-reyes", "lena-vogt", people=["tom-reyes", "lena-vogt"])
    assert len(set(stories.assign([first, second]))) == 1


def test_a_launch_recalling_the_founder_s_departure_does_not_take_an_undated_report_of_that_departure():
    departure = _leaving(None, "lena-vogt", people=["lena-vogt", "sara-kim", "owen-price"])
    founding = {"type": "founds", "person": "lena-vogt", "company": "quill-labs"}
    launch = _leaving(
        "2026-02-18",
        "lena-vogt",
        people=["lena-vogt", "marc-olivier"],
        companies=["quill-labs", "acme"],
        told_first=[founding],
    )
    assert len(set(stories.assign([launch, departure]))) == 2
