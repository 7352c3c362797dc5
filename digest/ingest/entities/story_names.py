"""A person one article of a story names in full and another only by the first name ("We met Nadia in 2024", in a
fund's post about the round a news article tells with her full name): the same person, once the batch's stories
are known."""

from __future__ import annotations

import re

from ...registry import Registry, norm
from .gazetteer import _calendar_words, _cities, _countries, _is_first_name
from .words import FUNCTION_WORDS


def story_first_names(articles: list[tuple[str, dict]], registry: Registry) -> None:
    """Add to each article's ``people`` (its body and fields given) the person of its story whose first name it
    uses alone, where one person of the story has that first name and the article names no other."""
    stories: dict[str, list[tuple[str, dict]]] = {}
    for body, meta in articles:
        if meta.get("story"):
            stories.setdefault(meta["story"], []).append((body, meta))
    for group in stories.values():
        if len(group) < 2:
            continue
        by_first: dict[str, set[str]] = {}
        for _, meta in group:
            for person_id in meta["people"]:
                words = _name(registry, person_id).split()
                if len(words) >= 2:
                    by_first.setdefault(words[0], set()).add(person_id)
        for body, meta in group:
            own = {norm(_name(registry, p).split()[0]) for p in meta["people"] if _name(registry, p)}
            for first, ids in by_first.items():
                if len(ids) == 1 and norm(first) not in own and _plain_first_name(first) and _alone(first, body):
                    meta["people"].append(next(iter(ids)))


def _plain_first_name(word: str) -> bool:
    """A first name that is no month, day, city or country ("May", "Victoria", "Jordan" name other things too)."""
    key = norm(word)
    return _is_first_name(word) and key not in _calendar_words() and key not in _cities() and key not in _countries()


def _name(registry: Registry, person_id: str) -> str:
    record = registry.record("person", person_id)
    return record.name if record else ""


PREVIOUS_WORD = re.compile(r"([\w'’-]+)[ \t\u00a0]+$")


def _alone(first: str, body: str) -> bool:
    """``first`` stands in ``body`` as a name of its own: no capitalised word (but a grammar word) before it, and
    none after it."""
    if first not in body:
        return False
    for m in re.finditer(r"(?<![\w-])" + re.escape(first) + r"(?![\w'’-])(?![ \t\u00a0]+[A-ZÀ-Ý])", body):
        before = PREVIOUS_WORD.search(body, max(0, m.start() - 40), m.start())
        if not before or not before.group(1)[:1].isupper() or norm(before.group(1)) in FUNCTION_WORDS:
            return True
    return False
