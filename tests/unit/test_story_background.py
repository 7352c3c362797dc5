"""Story grouping is not diluted by background organisations: a place of study, a lab someone came from, an
investor named in passing. Entries written for these tests."""

from digest.ingest import stories


def _item(date, *evs, people=(), companies=()):
    return {"date": date, "people": list(people), "companies": list(companies), "events": list(evs)}


def test_an_undated_appointment_joins_its_dated_hire_although_it_also_names_where_the_person_studied():
    hired = _item(
        "2026-04-14",
        {"type": "hired", "person": "lea-varga", "company": "corvid-labs", "date": "2026-04-14"},
        people=["lea-varga", "tomas-brenner"],
        companies=["corvid-labs", "halden-robotics", "fjell-ventures"],
    )
    appointed = _item(
        None,
        {"type": "appointed", "person": "lea-varga", "company": "corvid-labs", "role": "chief scientist"},
        people=["lea-varga", "tomas-brenner"],
        companies=["corvid-labs", "halden-robotics", "universite-de-lyon", "institut-meridien"],
    )
    first, second = stories.assign([hired, appointed])
    assert first == second


def test_names_other_than_background_still_tell_an_undated_hire_from_another_one():
    appointed = _item(
        None,
        {"type": "appointed", "person": "lea-varga", "company": "corvid-labs"},
        people=["lea-varga", "tomas-brenner"],
        companies=["corvid-labs", "universite-de-lyon"],
    )
    other_people = _item(
        None,
        {"type": "hired", "person": "lea-varga", "company": "corvid-labs"},
        people=["lea-varga", "ines-moreau", "piet-van-dam"],
        companies=["corvid-labs", "fjell-ventures"],
    )
    assert len(set(stories.assign([appointed, other_people]))) == 2


def test_without_events_every_company_named_counts():
    """Two interviews of one person that name other companies: nothing says which names are background."""
    spring = _item(None, people=["lea-varga"], companies=["corvid-labs", "halden-robotics"])
    autumn = _item(None, people=["lea-varga"], companies=["brightwater", "osprey-ai"])
    assert len(set(stories.assign([spring, autumn]))) == 2


def test_a_founding_and_the_co_founders_leaving_months_later_stay_two_stories_with_background_dropped():
    founding = _item(
        "2025-02-10",
        {"type": "founds", "person": "lea-varga", "company": "corvid-labs"},
        {"type": "founds", "person": "tomas-brenner", "company": "corvid-labs"},
        people=["lea-varga", "tomas-brenner"],
        companies=["corvid-labs", "fjell-ventures", "universite-de-lyon"],
    )
    leaving = _item(
        None,
        {"type": "leaves", "person": "lea-varga", "company": "corvid-labs"},
        {"type": "leaves", "person": "tomas-brenner", "company": "corvid-labs"},
        people=["lea-varga", "tomas-brenner"],
        companies=["corvid-labs", "institut-meridien"],
    )
    assert len(set(stories.assign([founding, leaving]))) == 2
