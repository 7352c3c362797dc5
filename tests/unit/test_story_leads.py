"""Story grouping when two articles of one event lead differently: a company filing that leads with the successor
and a report that leads with the one who leaves; a social thread that names a lab's researchers before the lab
whose release it reviews. Entries written for these tests."""

from digest.ingest import stories


def _item(date, *evs, people=(), companies=()):
    return {"date": date, "people": list(people), "companies": list(companies), "events": list(evs)}


def _filing_and_report(report_date):
    filing = _item(
        "2026-09-14",
        {"type": "appointed", "person": "mira-solberg", "company": "halden-robotics", "role": "CTO"},
        people=["tomas-brenner", "mira-solberg", "ines-cardoso"],
        companies=["halden-robotics", "northwind-cloud", "fjord-bank"],
    )
    report = _item(
        report_date,
        {"type": "leaves", "person": "tomas-brenner", "company": "halden-robotics"},
        people=["tomas-brenner", "mira-solberg", "ines-cardoso", "leo-marchetti"],
        companies=["halden-robotics", "openlake", "corvid-labs", "brightwater"],
    )
    return filing, report


def test_a_filing_naming_the_successor_and_a_report_of_the_departure_the_same_day_are_one_story():
    """Each names companies the other does not (where the successor worked before, rival labs): those are
    background, not a sign of another event."""
    filing, report = _filing_and_report("2026-09-14")
    first, second = stories.assign([filing, report])
    assert first == second


def test_the_same_names_a_month_later_are_another_story():
    filing, report = _filing_and_report("2026-10-20")
    assert len(set(stories.assign([filing, report]))) == 2


def test_an_undated_report_of_another_fact_still_needs_most_names_shared():
    filing, report = _filing_and_report(None)
    assert len(set(stories.assign([filing, report]))) == 2


def _release():
    return _item(
        "2026-06-02",
        {"type": "releases", "company": "brisa-lab", "product": "Alize-3"},
        people=["nora-benhamou", "paul-ferrand"],
        companies=["brisa-lab", "hugging-face", "scaleway", "nvidia", "github"],
    )


def test_a_thread_naming_the_lab_s_researchers_before_the_lab_joins_its_release():
    thread = _item(
        None,
        people=["nora-benhamou", "paul-ferrand"],
        companies=["brisa-lab", "hugging-face", "scaleway", "openai"],
    )
    first, second = stories.assign([_release(), thread])
    assert first == second


def test_a_thread_naming_the_lab_after_one_of_its_people_with_other_names_stays_apart():
    """An interview of one researcher that names the lab among other companies is not the release's story."""
    interview = _item(
        None,
        people=["nora-benhamou", "sam-okafor", "lena-vogt"],
        companies=["brisa-lab", "orbit-ai", "delta-fund"],
    )
    assert len(set(stories.assign([_release(), interview]))) == 2
