"""One person under two name orders: given-family and family-given ("Khoa Tran (Trần Minh Khoa)", "Liang Wenfeng
... Wenfeng Liang"), or the native form in brackets after a first mention."""

from __future__ import annotations

import re

from ...registry import norm, slug
from .base import Mention, NewEntity

# "Khoa Tran (Trần Minh Khoa)": two to four capitalised words in brackets right after a name.
BRACKETED = re.compile(r"\s*\(\s*([A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){1,3})\s*\)")


def _words(name: str) -> frozenset[str]:
    return frozenset(norm(name).split())


def _name_orders(body: str, mentions: list[Mention], new: list[NewEntity]) -> list[NewEntity]:
    """New people that the text names in both orders are one: the first found, under the fuller name when the
    text gives one in brackets (the native form holds every word of the other); the other form is an alias."""
    people = {e.id: e for e in new if e.kind == "person"}
    first: dict[frozenset[str], str] = {}
    same: dict[str, str] = {}  # id -> the id of the same person named first
    spans: list[Mention] = []  # mentions lengthened over the bracket
    for m in mentions:
        if m.kind != "person" or m.id not in people or m.id in same:
            continue
        entity = people[m.id]
        bracket = BRACKETED.match(body, m.end)
        if bracket and 2 <= len(_words(m.surface)) < len(_words(bracket.group(1))) and _words(m.surface) < _words(
            bracket.group(1)
        ):
            entity.aliases = list(dict.fromkeys([*entity.aliases, entity.name]))
            entity.name = bracket.group(1)
            m.end = bracket.end(1)
            m.surface = body[m.start : m.end]
            spans.append(m)
        key = _words(entity.name)
        owner = first.setdefault(key, m.id) if len(key) >= 2 else m.id
        if owner != m.id:
            same[m.id] = owner
            people[owner].aliases = list(dict.fromkeys([*people[owner].aliases, entity.name]))
    mentions[:] = [m for m in mentions if not any(s is not m and s.start <= m.start < s.end for s in spans)]
    renamed = {e.id: slug(e.name) for e in people.values() if e.id not in same and slug(e.name) != e.id}
    for m in mentions:
        if m.kind == "person" and m.id in people:
            m.id = same.get(m.id, m.id)
            m.id = renamed.get(m.id, m.id)
    for old, entity_id in renamed.items():
        people[old].id = entity_id
    return [e for e in new if e.kind != "person" or e.id not in same]
