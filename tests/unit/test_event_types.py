"""One row per kind of event: every stage reads the table, so a new kind is one row plus its catalog strings."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from digest import content, event_checks, i18n, registry
from digest.ingest import stories
from digest.model import events as event_types
from digest.model.events import TYPES, Event, EventType, affiliations
from digest.site import entities, index
from digest.site.events import sentence

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "site"
RETIRES = "%(person)s retires from %(company)s"
RETIRES_AS = "%(person)s retires as %(role)s of %(company)s"
FRENCH = {
    RETIRES: "%(person)s prend sa retraite de %(company)s",
    RETIRES_AS: "%(person)s prend sa retraite de son poste de %(role)s de %(company)s",
}


@pytest.fixture
def retires(monkeypatch):
    """The new kind: one row, and its two sentences in the French catalog."""
    row = EventType(
        "retires",
        ("person", "company", "role"),
        {(False, True): RETIRES_AS, (False, False): RETIRES},
        day_rank=1,
        story_fact="out",
        needs_person=True,
        affiliation="closes",
        checked=True,
    )
    monkeypatch.setitem(event_types.TYPES, "retires", row)
    return row


def gettext(lang):
    catalog = i18n.translations(lang).gettext
    return lambda message: FRENCH[message] if lang == "fr" and message in FRENCH else catalog(message)


def test_the_table_declares_every_slot_the_front_matter_may_hold():
    assert set(event_types.SLOTS) == {slot for kind in TYPES.values() for slot in kind.slots}
    for kind in TYPES.values():  # each sentence fills only the kind's own slots
        for message in kind.sentences.values():
            assert set(re.findall(r"%\((\w+)\)s", message)) <= set(kind.slots), (kind.name, message)
        assert (False, False) in kind.sentences, kind.name  # an event with no details still reads


def test_a_new_kind_is_validated_from_its_row(retires):
    reg = registry.load(FIXTURE)
    assert (
        event_checks.validate([{"type": "retires", "person": "sam-altman", "company": "openai"}], reg, "x.md", 3) == []
    )
    problems = event_checks.validate([{"type": "retires", "company": "openai"}], reg, "x.md", 3)
    assert [p.message for p in problems] == ["event 1: a 'retires' event needs a person"]
    assert "retires" in event_checks.validate([{"type": "resigns", "company": "openai"}], reg, "x.md", 3)[0].message


def test_a_new_kind_closes_an_affiliation_and_tells_the_story_of_a_departure(retires):
    moves = [
        {"type": "joins", "person": "sam-altman", "company": "openai", "date": "2019-03-01"},
        {"type": "retires", "person": "sam-altman", "company": "openai", "date": "2025-06-30", "role": "CEO"},
    ]
    assert affiliations(moves) == [{"company": "openai", "role": None, "from": "2019-03", "to": "2025-06"}]
    told = [
        {"date": "2025-06-30", "people": ["sam-altman"], "companies": ["openai"], "title": title, "events": [ev]}
        for title, ev in (
            ("Sam Altman retires", moves[1]),
            ("Sam Altman quitte OpenAI", {**moves[1], "type": "leaves"}),
        )
    ]
    assert stories.same_story(*told)


@pytest.mark.parametrize(
    "lang,expected",
    [
        ("en", "Sam Altman retires as CEO of OpenAI"),
        ("fr", "Sam Altman prend sa retraite de son poste de PDG d’OpenAI"),
    ],
)
def test_a_new_kind_reads_in_both_languages_and_counts_as_a_move_out_of_the_company(retires, lang, expected):
    site = index.build(content.load(FIXTURE))
    event = Event(
        type="retires", date=dt.date(2025, 6, 30), person="sam-altman", company="openai", role="CEO", sources=("x",)
    )
    site.events_of["company"]["openai"] = [event]
    assert entities.moves(site, "openai") == ([], [event])
    assert re.sub(r"<[^>]+>", "", sentence(event, site, lang, gettext(lang), "")) == expected
