"""The actors two articles of one story both name, whatever their events say: its people, its companies, the amount
of its round and the name of its product. An unseen page often has no main event, or one that names a company the
article only mentions; the names and numbers it gives are read more surely, and need no translation across languages.
Two articles that share actors of two kinds (a person and a company, a company and an amount, a product and whoever
made it), each naming what the other leads with, tell one story when nothing else tells them apart."""

from __future__ import annotations

import re

from ..model.amounts import SCALE, scaled
from ..registry import slug
from .story_leads import once
from .story_slots import headline_names, ids_of

# a sum with its scale, the currency left out: "CHF 38 million" and "38 millions de francs" are one round
_AMOUNT = re.compile(rf"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?({SCALE})(?=\W|$)", re.I)
# a name joining letters and a version number ("Sama-2", "GPT-4o", "V3"): a product, not a word of either language
_PRODUCT = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*-?\d+(?:\.\d+)?[a-z]?(?![\w-])")
_LEAD_SLOTS = ("person", "company", "from_company")


def _amount_key(number: str, scale: str) -> str:
    return f"{scaled(number, scale):.3g}"


def _text(item: dict) -> str:
    return " ".join(v for v in (item.get("title"), item.get("summary")) if isinstance(v, str))


def _events(item: dict) -> list[dict]:
    written = item.get("events")
    return [e for e in written if isinstance(e, dict)] if isinstance(written, list) else []


def _slots(event: dict) -> set[tuple[str, str]]:
    """The amount and product an event names."""
    found = set()
    amount, product = event.get("amount"), event.get("product")
    if isinstance(amount, str):
        found |= {("amount", _amount_key(*m.groups())) for m in _AMOUNT.finditer(amount)}
    if isinstance(product, str) and slug(product):
        found.add(("product", slug(product)))
    return found


def _named_by(event: dict) -> set[tuple[str, str]]:
    """(kind, id) of the person and companies an event names."""
    return {
        ("person" if slot == "person" else "company", event[slot])
        for slot in _LEAD_SLOTS
        if isinstance(event.get(slot), str)
    }


def actors(item: dict) -> set[tuple[str, str]]:
    """(kind, key) of everyone and everything the item names: people, companies (its events' too), amounts and
    products (its events' slots, and those its title and summary write)."""
    return once(_actors, item)


def _actors(item: dict) -> set[tuple[str, str]]:
    found = {("person", p) for p in ids_of(item, "people")} | {("company", c) for c in ids_of(item, "companies")}
    for event in _events(item):
        found |= _slots(event) | _named_by(event)
    text = _text(item)
    if any(c.isdigit() for c in text):
        found |= {("amount", _amount_key(*m.groups())) for m in _AMOUNT.finditer(text)}
        found |= {("product", slug(m.group())) for m in _PRODUCT.finditer(text) if not m.group().isdigit()}
    return found


def leads(item: dict, event: dict | None) -> set[tuple[str, str]]:
    """Whom the article leads with: its main event's person, companies and product, else its first person and company
    (an amount is no one's: many rounds are of the same size)."""
    if event is not None:
        return {slot for slot in _slots(event) if slot[0] == "product"} | _named_by(event)
    people, companies = ids_of(item, "people"), ids_of(item, "companies")
    return {("person", p) for p in people[:1]} | {("company", c) for c in companies[:1]}


def named_alike(told_a: tuple[dict, dict | None], told_b: tuple[dict, dict | None]) -> set[str]:
    """The kinds of what two articles (each with its main event, or None) both name that tie them: whom each leads
    with, named by the other, and the amounts and products both give. Empty unless each names whom the other leads
    with, or one does and their main events give the same amount or product; a company or product must be among them
    (a person's news at one company and a portrait naming another are not one story), and two main events at two
    companies must give the same amount or product, or one headline name the other's company (one of them misread).
    Someone both name in passing (a chief executive quoted, an investor) ties nothing: two hires at one company of
    the same day are two stories."""
    (item_a, event_a), (item_b, event_b) = told_a, told_b
    actors_a, actors_b = actors(item_a), actors(item_b)
    named = (leads(item_a, event_a) & actors_b, leads(item_b, event_b) & actors_a)
    same_slot = bool(event_a is not None and event_b is not None and _slots(event_a) & _slots(event_b))
    if not (all(named) or any(named) and same_slot) or all(kind == "person" for kind, _ in named[0] | named[1]):
        return set()
    if not (same_slot or _one_company(told_a, told_b)):
        return set()
    slots = {kind for kind, _ in actors_a & actors_b if kind in ("amount", "product")}
    return {kind for kind, _ in named[0] | named[1]} | slots


def _one_company(told_a: tuple[dict, dict | None], told_b: tuple[dict, dict | None]) -> bool:
    """Whether two articles' main events (when both have one) are at one company, or one of them was read at the
    wrong one: the headline of one names the other's company (a person's two moves of the same days name both
    companies in their text, but each headline its own)."""
    (item_a, event_a), (item_b, event_b) = told_a, told_b
    if event_a is None or event_b is None or event_a["company"] == event_b["company"]:
        return True
    return headline_names(item_a, event_b["company"]) or headline_names(item_b, event_a["company"])
