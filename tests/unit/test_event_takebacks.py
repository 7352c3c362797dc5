"""A company taking back a person it removed (issue 14's reinstatement, "main event found"): told as "restored X as
CEO", "rehired its former chief executive, X", or with the person described by the removal in an apposition ("X, its
ousted chief executive"). The move is an appointment at the company; the removal that describes the person is not
news of its own."""

from __future__ import annotations

import pytest
from article_events import events_of

CASES = [
    ("en", "Orchard Labs restored Kwame Mensah as chief executive on Tuesday."),
    ("en", "The board of Orchard Labs reversed its decision on Sunday and restored Kwame Mensah as chief executive."),
    ("en", "Orchard Labs rehired its ousted chief executive, Kwame Mensah, on Tuesday."),
    ("en", "Orchard Labs rehired its former chief executive, Kwame Mensah, on Tuesday."),
    ("en", "Orchard Labs appointed its former chief executive, Kwame Mensah, as president on Tuesday."),
    ("en", "Orchard Labs reinstated Kwame Mensah, its ousted chief executive, on Tuesday."),
    ("fr", "Orchard Labs a réembauché son ancien directeur général, Kwame Mensah, mardi."),
    ("fr", "Orchard Labs a réintégré mardi Kwame Mensah, son directeur général évincé."),
]


@pytest.mark.parametrize(("lang", "body"), CASES)
def test_a_company_takes_back_the_person_it_removed(lang, body):
    facts = {(e["type"], e.get("person"), e["company"]) for e in events_of(body, lang)}
    assert facts == {("appointed", "kwame-mensah", "orchard-labs")}
