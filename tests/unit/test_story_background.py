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


def test_without_events_every_company_named_counts():
    """Two interviews of one person that name other companies: nothing says which names are background."""
    spring = _item(None, people=["lea-varga"], companies=["corvid-labs", "halden-robotics"])
    autumn = _item(None, people=["lea-varga"], companies=["brightwater", "osprey-ai"])
    assert len(set(stories.assign([spring, autumn]))) == 2


def test_a_founding_and_the_co_founders_leaving_months_later_stay_two_stories_whatever_background_they_name():
    founders = ["lea-varga", "tomas-brenner"]
    founding = _item(
        "2025-02-10",
        *({"type": "founds", "person": p, "company": "corvid-labs"} for p in founders),
        people=founders,
        companies=["corvid-labs", "fjell-ventures", "universite-de-lyon"],
    )
    leaving = _item(
        None,
        *({"type": "leaves", "person": p, "company": "corvid-labs"} for p in founders),
        people=founders,
        companies=["corvid-labs", "institut-meridien"],
    )
    assert len(set(stories.assign([founding, leaving]))) == 2
