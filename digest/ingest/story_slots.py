"""What tells two articles' facts apart, read from the items ingest writes: their dates, the ids they name (and how many
they share, background left out), and the slot of a fact that differs between two facts of one kind at one company (a
round's amount, a release's product, a purchase's company bought). Hand-edited entries may hold anything: what is not
of the expected shape counts as none."""

from __future__ import annotations

import datetime as dt
import re

from .. import model
from ..model.events import TYPES, in_headline
from ..registry import slug
from . import events

WINDOW = dt.timedelta(days=21)
SAME_WEEK = dt.timedelta(days=7)  # one fact's reports, however they lead; a later step is further apart
SLIPPED_YEAR = dt.timedelta(days=3)  # a day and month that agree, read with the year before or after
_VERSION = re.compile(r"\d+(?:[.,]\d+)*")


def date_of(item: dict) -> dt.date | None:
    return model.parse_date(item.get("date"))


def ids_of(item: dict, key: str) -> list[str]:
    """A list of ids from an item; a hand-edited entry may hold anything else, which counts as none."""
    value = item.get(key)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def gap(da: dt.date, db: dt.date, slipped: bool = False) -> dt.timedelta:
    """Time between two dates; when ``slipped``, a year off by one on a day and month that otherwise agree is one
    date misread (a day and month without a year given the wrong one), not two events a year apart."""
    if slipped and abs(da.year - db.year) == 1:
        moved = abs(da - in_year(db, da.year))
        if moved <= SLIPPED_YEAR:
            return moved
    return abs(da - db)


def in_year(day: dt.date, year: int) -> dt.date:
    """The same day and month in another year (29 February as the 28th)."""
    return day.replace(year=year, day=28 if (day.month, day.day) == (2, 29) else day.day)


def close(a: dict, b: dict, window=WINDOW) -> bool:
    da, db = date_of(a), date_of(b)
    return da is None or db is None or gap(da, db) <= window


def alike(fact: str, company: str, told_a: tuple[dict, list[dict]], told_b: tuple[dict, list[dict]]) -> bool:
    """Whether the events of one fact at one company agree on the slot that tells such facts apart: two rounds'
    amounts and two releases' products (when both can be read), one buyer's purchases (the company bought; or, when
    the two articles read that company differently, one names the company the other says was bought, both name the
    same people and they are of the same days)."""
    (item_a, events_a), (item_b, events_b) = told_a, told_b
    kinds = [t for t in TYPES.values() if t.story_fact == fact and t.distinct_by]
    for kind in kinds:
        a = [e.get(kind.distinct_by) for e in events_a if e["type"] == kind.name and e["company"] == company]
        b = [e.get(kind.distinct_by) for e in events_b if e["type"] == kind.name and e["company"] == company]
        if kind.distinct_by == "from_company":
            if not set(a) & set(b) and not same_purchase(item_a, a, item_b, b):
                return False
            continue
        verdicts = [
            events.same_amount(x, y) if kind.distinct_by == "amount" else same_product(x, y, company)
            for x in a
            for y in b
        ]
        if False in verdicts and True not in verdicts:
            return False
    return True


def same_product(x: object, y: object, maker: str) -> bool | None:
    """Whether two releases name one product: their names share a word besides the maker's name and version
    numbers ("Sirocco-2" and "Sirocco 2", "Acme Large" and "Large"), and no version number of one contradicts the
    other's ("Nova 3" and "Nova 3.5 Pro" are two releases); None when either names none."""
    if not (isinstance(x, str) and isinstance(y, str)):
        return None
    versions = [set(_VERSION.findall(name)) for name in (x, y)]
    if all(versions) and not versions[0] & versions[1]:
        return False
    words = [{w for w in slug(name).split("-") if not w.isdigit()} - set(maker.split("-")) for name in (x, y)]
    return bool(words[0] & words[1]) if all(words) else None


def same_purchase(a: dict, bought_a: list, b: dict, bought_b: list) -> bool:
    """One purchase whose company bought the two articles read differently ("Ancre" and its product's name): one
    article names the other's, both name the same people (its founders), both dated the same days (an undated one
    may name an earlier purchase of the same buyer as background)."""
    named = bool(set(bought_a) & set(ids_of(b, "companies")) or set(bought_b) & set(ids_of(a, "companies")))
    da, db = date_of(a), date_of(b)
    same_days = bool(da and db and gap(da, db) <= dt.timedelta(days=2))
    return named and bool(set(ids_of(a, "people")) & set(ids_of(b, "people"))) and same_days


def rounds(item: dict) -> dict[str, list]:
    """The amounts of the rounds an item reports, by company."""
    found: dict[str, list] = {}
    for e in item.get("events") if isinstance(item.get("events"), list) else []:
        if isinstance(e, dict) and e.get("type") == "funding" and isinstance(e.get("company"), str):
            found.setdefault(e["company"], []).append(e.get("amount"))
    return found


def other_round(a: dict, b: dict) -> bool:
    """Whether two items report a round of one company whose amounts disagree (and none agree)."""
    rounds_a, rounds_b = rounds(a), rounds(b)
    return any(
        any(events.same_amount(x, y) is False for x in rounds_a[c] for y in rounds_b[c])
        and not any(events.same_amount(x, y) for x in rounds_a[c] for y in rounds_b[c])
        for c in rounds_a.keys() & rounds_b.keys()
    )


def two_moves(told_a: tuple[dict, dict], told_b: tuple[dict, dict]) -> bool:
    """Whether two articles (each with its main event) lead with two moves of one person: arriving at (or leaving)
    two companies, each headline naming its own, however close in time and many names shared (hired by one company,
    back at the head of another the next day); or arriving at and leaving one company (its founding, and its
    co-founders' departure). A division named after its parent ("Google DeepMind", "Google") is not another company,
    a main event the headline does not confirm may be background misread as the news, and two moves of one kind whose
    headlines name both companies are one move read at the wrong one."""
    (_, event_a), (_, event_b) = told_a, told_b
    if not (event_a.get("person") and event_b.get("person")):
        return False
    opens_a, opens_b = (TYPES[e["type"]].affiliation for e in (event_a, event_b))
    company_a, company_b = event_a["company"], event_b["company"]
    if opens_a is None or opens_b is None:
        return False
    if opens_a != opens_b:
        return company_a == company_b
    if related(company_a, company_b):
        return False
    named_both = headline_names(told_a[0], company_b) or headline_names(told_b[0], company_a)
    if event_a["type"] == event_b["type"] and named_both and not _opposite(told_a, told_b, opens_a):
        return False  # one move read at two companies: a headline names both (a lab and its parent group)
    return all(headline_names(item, e["company"]) for item, e in (told_a, told_b))


def _opposite(told_a: tuple[dict, dict], told_b: tuple[dict, dict], opens: str) -> bool:
    """Whether either article tells the other way of moving at the other's company: one leaves the company the
    other's main event has the person join ("quitte A pour B", and "leaves B" a year later)."""
    for (item, _), (_, event) in ((told_a, told_b), (told_b, told_a)):
        written = item.get("events") if isinstance(item.get("events"), list) else []
        for e in written:
            kind = TYPES.get(e.get("type")) if isinstance(e, dict) else None
            if kind and e.get("company") == event["company"] and kind.affiliation not in (None, opens):
                return True
    return False


def related(company_a: str, company_b: str) -> bool:
    """Whether one company id starts with the other's words: a division named after its parent ("google-deepmind",
    "google"), a legal name and its short form ("acme-technologies", "acme")."""
    return f"{company_a}-".startswith(f"{company_b}-") or f"{company_b}-".startswith(f"{company_a}-")


def headline_names(item: dict, company: str) -> bool:
    """Whether the item's title names the company."""
    title = item.get("title")
    return isinstance(title, str) and in_headline(company, f"-{slug(title)}-", False)


def misread_company(
    told_a: tuple[dict, dict | None], told_b: tuple[dict, dict | None], background: frozenset[str] = frozenset()
) -> bool:
    """Whether two articles (each with its main event, or None) tell one person's news of the same week (one of them
    undated when both main events are of one kind) and differ only in the company they lead with, while each names
    both: one of them read it from background (where the person
    studied, the investor quoted). The lead is the main event's person and company, else the first person and the
    first company named that is not ``background`` (named by one article only, in no event); an event of a company
    alone has no person to share."""
    leads = []
    for item, event in (told_a, told_b):
        if event is not None:
            leads.append((event.get("person"), event.get("company")))
        else:
            people = ids_of(item, "people")
            companies = [c for c in ids_of(item, "companies") if c not in background]
            leads.append((people[0] if people else None, companies[0] if companies else None))
    (person_a, company_a), (person_b, company_b) = leads
    if not (person_a and person_a == person_b and company_a and company_b) or company_a == company_b:
        return False
    (item_a, event_a), (item_b, event_b) = told_a, told_b
    if not close(item_a, item_b, SAME_WEEK):
        return False
    if not (date_of(item_a) and date_of(item_b)) and not (event_a and event_b and event_a["type"] == event_b["type"]):
        return False  # undated, only one fact of one kind read at two companies (two moves' headlines are told apart)
    both = {company_a, company_b}
    return both <= set(ids_of(item_a, "companies")) and both <= set(ids_of(item_b, "companies"))


def one_company_two_names(told_a: tuple[dict, dict | None], told_b: tuple[dict, dict | None]) -> bool:
    """Whether two articles' main events are one fact of a company each names its own way: of one kind, for the same
    person (or none), at companies whose ids are a legal name and its short form ("acme-technologies", "acme"), of the
    same week (or one undated), their slots not told apart (a round's amount, a release's product)."""
    (item_a, event_a), (item_b, event_b) = told_a, told_b
    if not (event_a and event_b) or event_a["company"] == event_b["company"] or event_a["type"] != event_b["type"]:
        return False
    if event_a.get("person") != event_b.get("person") or not related(event_a["company"], event_b["company"]):
        return False
    slot = TYPES[event_a["type"]].distinct_by
    if slot == "amount" and events.same_amount(event_a.get("amount"), event_b.get("amount")) is False:
        return False
    if slot == "product" and same_product(event_a.get("product"), event_b.get("product"), "") is False:
        return False
    return close(item_a, item_b, SAME_WEEK)


def overlap(a: dict, b: dict, background: frozenset[str] = frozenset()) -> float:
    """Jaccard overlap of people and companies, leaving ``background`` out of the union."""
    pa, pb = set(ids_of(a, "people")), set(ids_of(b, "people"))
    ca, cb = set(ids_of(a, "companies")), set(ids_of(b, "companies"))
    union = pa | pb | ((ca | cb) - background)
    return len((pa & pb) | (ca & cb)) / len(union) if union else 0.0


def background(a: dict, b: dict) -> frozenset[str]:
    """Organisations that only one article names and no event of either involves: where someone studied, the lab a
    founder came from, an investor named in passing. When two articles already tell one fact, or lead with different
    facts of the same days, a richer article's background must not dilute the names that confirm it (a filing's
    former employers of the successor, a report's rival labs); when their facts differ and one is undated, names are
    all the evidence, and background stays in."""
    companies_a, companies_b = set(ids_of(a, "companies")), set(ids_of(b, "companies"))
    return frozenset((companies_a ^ companies_b) - involved(a) - involved(b))


def involved(item: dict) -> set[str]:
    """The companies an item's events name: where someone goes or comes from, who raised, what was bought."""
    written = item.get("events") if isinstance(item.get("events"), list) else []
    return {
        e[slot]
        for e in written
        if isinstance(e, dict)
        for slot in ("company", "from_company")
        if isinstance(e.get(slot), str)
    }
