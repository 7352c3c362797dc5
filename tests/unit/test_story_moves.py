"""One person's two moves of the same days are two stories, and two articles recalling one earlier fact as background
do not share a story by it; a move into a division named after its parent, or a main event misread from background,
still joins its story. Entries written for these tests."""

import pytest

from digest.ingest import stories


def _move(kind, company, person="lena-vogt"):
    return {"type": kind, "person": person, "company": company}


PEOPLE = ["lena-vogt", "tom-reyes", "sara-kim"]
COMPANIES = ["orbital", "quill"]


def _item(title, date, *events, people=PEOPLE, companies=COMPANIES):
    return {"title": title, "date": date, "people": list(people), "companies": list(companies), "events": list(events)}


def _back_at_quill(people):
    """Lena Vogt back at Quill's head, recalling her hire at Orbital."""
    title = "Lena Vogt back at the head of Quill"
    return _item(title, "2025-04-08", _move("appointed", "quill"), _move("hired", "orbital"), people=people)


def test_a_hire_and_a_return_elsewhere_the_next_day_are_two_stories():
    hired = _item(
        "Orbital hires Quill's ousted chief Lena Vogt",
        "2025-04-07",
        _move("hired", "orbital"),
        _move("hired", "orbital", "tom-reyes"),
    )
    back = _back_at_quill(PEOPLE)
    assert len(set(stories.assign([hired, back]))) == 2


def test_two_articles_recalling_one_hire_each_leading_with_another_fact_are_two_stories():
    fired = _item(
        "Quill's board ousts its chief",
        None,
        _move("fired", "quill"),
        _move("hired", "orbital"),
        people=["lena-vogt", "sara-kim", "owen-price"],
    )
    back = _back_at_quill(["lena-vogt", "tom-reyes"])
    assert len(set(stories.assign([fired, back]))) == 2


def test_a_move_into_a_division_named_after_its_parent_is_the_parent_s_story():
    parent = _item("Orbital poaches Quill's founder", None, _move("hired", "orbital"))
    division = _item(
        "Orbital Labs poaches the founder of Quill",
        "2025-04-08",
        _move("hired", "orbital-labs"),
        companies=["orbital-labs", "quill", "orbital"],
    )
    assert len(set(stories.assign([parent, division]))) == 1


def test_an_appointment_told_with_a_background_move_first_is_still_the_appointment_s_story():
    named = _item(
        "Quill names Orbital's finance deputy Lena Vogt CFO",
        "2026-02-09",
        _move("appointed", "quill"),
    )
    misread = _item(
        "Quill hires a finance chief from the luxury trade",
        "2026-02-09",
        _move("joins", "orbital"),
        _move("appointed", "quill"),
    )
    assert len(set(stories.assign([named, misread]))) == 1


@pytest.mark.parametrize("named_on, stories_told", [("2025-03-05", 1), ("2025-03-24", 2)])
def test_an_appointment_recalling_the_return_is_its_story_the_same_week_and_another_weeks_later(named_on, stories_told):
    back = _item("Lena Vogt returns to Quill", "2025-03-03", _move("joins", "quill"))
    named = _item(
        "Quill names Lena Vogt chief executive",
        named_on,
        _move("appointed", "quill"),
        _move("joins", "quill"),
    )
    assert len(set(stories.assign([back, named]))) == stories_told


def test_a_start_up_s_founding_and_its_co_founders_leaving_it_are_two_stories():
    founders = ["lena-vogt", "tom-reyes"]
    founded = _item(
        "Lena Vogt and Tom Reyes found Quill",
        "2025-01-10",
        *(_move("founds", "quill", person) for person in founders),
    )
    leaving = _item(
        "Quill's co-founders leave",
        None,
        *(_move("leaves", "quill", person) for person in reversed(founders)),
    )
    assert len(set(stories.assign([founded, leaving]))) == 2
