"""One person under two name orders: given-family and family-given ("Minh Vo (Võ Văn Minh)", "Zhao Mingyu
... Mingyu Zhao"), or the native form in brackets after a first mention."""

from __future__ import annotations

import re

from ...registry import norm, slug
from .base import Mention, NewEntity

# "Minh Vo (Võ Văn Minh)": two to four capitalised words in brackets right after a name.
BRACKETED = re.compile(r"\s*\(\s*([A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){1,3})\s*\)")


def _words(name: str) -> frozenset[str]:
    return frozenset(norm(name).split())


def _name_orders(body: str, mentions: list[Mention], new: list[NewEntity]) -> list[NewEntity]:
    """New people that the text names in two orders are one: under the fuller name ("Minh Vo (Võ Văn Minh)":
    the form in brackets after a first mention, or another name of the text holding every word of this one), else
    the first written ("Zhao Mingyu ... Mingyu Zhao"); the other form becomes an alias."""
    people = {e.id: e for e in new if e.kind == "person"}
    spans: list[Mention] = []  # mentions lengthened over the bracket
    for m in mentions:
        bracket = BRACKETED.match(body, m.end) if m.kind == "person" and m.id in people else None
        if bracket and len(_words(m.surface)) >= 2 and _words(m.surface) < _words(bracket.group(1)):
            entity = people[m.id]
            entity.aliases = list(dict.fromkeys([*entity.aliases, entity.name]))
            entity.name = bracket.group(1)
            m.end = bracket.end(1)
            m.surface = body[m.start : m.end]
            spans.append(m)
    mentions[:] = [m for m in mentions if not any(s is not m and s.start <= m.start < s.end for s in spans)]
    order = list(dict.fromkeys(m.id for m in mentions if m.kind == "person" and m.id in people))
    words = {i: _words(people[i].name) for i in order}
    known = {m.id: _words(m.surface) for m in mentions if m.kind == "person" and m.id and m.id not in people}
    same: dict[str, str] = {}  # id -> the id of the same person under the fuller or first-written name
    for i in order:
        if len(words[i]) < 2:
            continue
        owner = (
            next((k for k, w in known.items() if words[i] <= w), None)
            or next((k for k in order if words[i] < words[k]), None)
            or next((k for k in order if words[k] == words[i] and k not in same), i)
        )
        if owner != i:
            same[i] = owner
            if owner in people:
                people[owner].aliases = list(dict.fromkeys([*people[owner].aliases, people[i].name]))
    renamed = {e.id: slug(e.name) for e in people.values() if e.id not in same and slug(e.name) != e.id}
    for m in mentions:
        if m.kind == "person" and m.id in people:
            m.id = renamed.get(same.get(m.id, m.id), same.get(m.id, m.id))
    for old, entity_id in renamed.items():
        people[old].id = entity_id
    return [e for e in new if e.kind != "person" or e.id not in same]
