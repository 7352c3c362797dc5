"""The kinds of event, each declared once: what an event of the kind names, the sentences that tell it, and how
validation, affiliations, story grouping, company pages and the evaluation read it.

Part of the model layer: it imports nothing else of digest. Adding a kind is one row of ``TYPES`` plus its
sentences in the message catalogs (``make catalogs``); ingest proposes it once ``ingest/events`` has triggers for
it, and editors may write it at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .schema import Problem, parse_date, shown
from .text import slug


def _(message: str) -> str:
    """Marks a msgid for extraction (``themes/digest/babel.cfg``); the page's catalog translates it when shown."""
    return message


@dataclass(frozen=True)
class EventType:
    """One kind of event. ``sentences`` maps (tells where from, tells a role) to a msgid: the site shows the first
    variant the event fills, trying with both, with the role only, with where from only, then with neither."""

    name: str
    slots: tuple[str, ...]  # what an event of the kind names, besides its type and its date
    sentences: dict[tuple[bool, bool], str]
    day_rank: int  # order of the kinds on one day: a departure before the arrival it makes room for
    story_fact: str  # kinds with the same fact at one company tell one story ("hired" and "joins" are one arrival)
    needs_person: bool = False
    affiliation: str | None = None  # "opens" or "closes" a person's affiliation with the company (a move in or out)
    affiliation_role: str | None = None  # the role of the affiliation it opens, when the kind says it
    checked: bool = False  # a person's latest such event must agree with the registry's affiliations
    distinct_by: str | None = None  # the slot that tells two facts of the kind at one company apart (two rounds)
    covered_by: tuple[str, ...] = ()  # kinds whose from_company already tells this one (a departure told as a move)
    gold: tuple[str, ...] = field(default=(), compare=False)  # the devset's gold event types it answers


_MOVE = ("person", "company", "from_company", "role")

TYPES: dict[str, EventType] = {
    t.name: t
    for t in (
        EventType(
            "joins",
            _MOVE,
            {
                (True, True): _("%(person)s leaves %(from_company)s for %(company)s as %(role)s"),
                (True, False): _("%(person)s leaves %(from_company)s for %(company)s"),
                (False, True): _("%(person)s joins %(company)s as %(role)s"),
                (False, False): _("%(person)s joins %(company)s"),
            },
            day_rank=4,
            story_fact="in",
            needs_person=True,
            affiliation="opens",
            checked=True,
            gold=("talent_move", "reinstatement"),
        ),
        EventType(
            "leaves",
            _MOVE,
            {
                (False, True): _("%(person)s leaves the post of %(role)s at %(company)s"),
                (False, False): _("%(person)s leaves %(company)s"),
            },
            day_rank=1,
            story_fact="out",
            needs_person=True,
            affiliation="closes",
            checked=True,
            covered_by=("joins", "hired"),
            gold=("departure",),
        ),
        EventType(
            "hired",
            _MOVE,
            {
                (True, True): _("%(company)s hires %(person)s from %(from_company)s as %(role)s"),
                (True, False): _("%(company)s hires %(person)s from %(from_company)s"),
                (False, True): _("%(company)s hires %(person)s as %(role)s"),
                (False, False): _("%(company)s hires %(person)s"),
            },
            day_rank=3,
            story_fact="in",
            needs_person=True,
            affiliation="opens",
            checked=True,
            gold=("talent_move", "reinstatement"),
        ),
        EventType(
            "fired",
            _MOVE,
            {
                (False, True): _("%(company)s removes %(person)s as %(role)s"),
                (False, False): _("%(company)s removes %(person)s"),
            },
            day_rank=0,
            story_fact="out",
            needs_person=True,
            affiliation="closes",
            checked=True,
            gold=("departure",),
        ),
        EventType(
            "appointed",
            _MOVE,
            {
                (False, True): _("%(person)s is appointed %(role)s of %(company)s"),
                (False, False): _("%(person)s is appointed at %(company)s"),
            },
            day_rank=2,
            story_fact="appointed",
            needs_person=True,
            affiliation="opens",
            checked=True,
            gold=("talent_move", "reinstatement"),
        ),
        EventType(
            "founds",
            ("person", "company"),
            {
                (False, False): _("%(person)s founds %(company)s"),
            },
            day_rank=5,
            story_fact="founds",
            needs_person=True,
            affiliation="opens",
            affiliation_role="founder",
            gold=("company_launch",),
        ),
        EventType(
            "releases",
            ("company", "product"),
            {
                (False, False): _("%(company)s releases %(product)s"),
            },
            day_rank=6,
            story_fact="releases",
            distinct_by="product",
            gold=("model_release",),
        ),
        EventType(
            "funding",
            ("company", "amount"),
            {
                (False, False): _("%(company)s raises %(amount)s"),
            },
            day_rank=7,
            story_fact="funding",
            distinct_by="amount",
            gold=("funding_round",),
        ),
        EventType(
            "acquires",
            ("company", "from_company", "amount"),
            {  # from_company: the company bought
                (False, False): _("%(company)s acquires %(from_company)s"),
            },
            day_rank=8,
            story_fact="acquires",
            distinct_by="from_company",
            gold=("acquisition",),
        ),
    )
}

# Every key an event may hold, whatever its kind.
SLOTS = ("person", "company", "from_company", "role", "product", "amount")


def named(kind: object) -> EventType | None:
    """The kind called ``kind`` (None for anything else, such as a hand-edited typo or a list)."""
    return TYPES.get(kind) if isinstance(kind, str) else None


def with_affiliation(change: str) -> frozenset[str]:
    """The kinds that open (``"opens"``) or close (``"closes"``) a person's affiliation with the company."""
    return frozenset(t.name for t in TYPES.values() if t.affiliation == change)


def day_rank(kind: object) -> int:
    """Where ``kind`` stands among the events of one day (unknown kinds first)."""
    found = named(kind)
    return found.day_rank if found else 0


@dataclass(frozen=True)
class Event:
    """One structured fact (a move, a founding...), reported by one or more entries."""

    type: str
    date: dt.date | None
    person: str | None = None
    company: str | None = None
    from_company: str | None = None
    role: str | None = None
    product: str | None = None  # releases: what was released
    amount: str | None = None  # funding: how much, as the article writes it
    sources: tuple[str, ...] = ()  # slugs of the entries that report it
    position: int = 0  # earliest place in an entry's list: articles lead with the news

    @property
    def kind(self) -> EventType:
        return TYPES[self.type]

    @property
    def identity(self) -> tuple[object, ...]:
        return (
            self.type,
            self.date,
            self.person,
            self.company,
            self.from_company,
            self.role,
            self.product,
            self.amount,
        )

    def sort_key(self) -> tuple[int, str, str, str]:
        return ((self.date or dt.date.min).toordinal(), self.type, self.person or "", self.company or "")

    @classmethod
    def read(
        cls, item: object, date: dt.date | None = None, source: str | None = None, position: int = 0
    ) -> Event | None:
        """The event an entry's front matter writes at ``position`` of its list (``date``: the entry's, for an event
        that gives none; ``source``: the entry's slug); None for anything but a mapping with a known type, whose
        problems ``problems_in`` reports. Slots are text: an id or an amount YAML read as a number is shown as
        written."""
        if not isinstance(item, dict) or named(item.get("type")) is None:
            return None
        slots = {key: (str(item[key]) if item.get(key) not in (None, "") else None) for key in SLOTS}
        return cls(
            type=item["type"],
            date=parse_date(item.get("date")) or date,
            sources=(source,) if source else (),
            position=position,
            **slots,
        )

    def involves(self) -> list[tuple[str, str]]:
        found = [("person", self.person), ("company", self.company), ("company", self.from_company)]
        return [(kind, value) for kind, value in found if value]


def problems_in(
    events: object, path: str, line: int, unknown: Callable[[str, str], str | None] = lambda entity, value: None
) -> list[Problem]:
    """Problems in an entry's ``events`` (front matter): shape, type, slots, dates, and the ids ``unknown`` knows
    nothing of (it gives the fix for a (kind, id) the registry lacks, None for a known id)."""
    problems: list[Problem] = []
    if not isinstance(events, list):
        return [
            Problem(
                path,
                line,
                "'events' must be a list of mappings",
                "e.g. events: [{type: joins, person: sam-altman, company: microsoft, date: 2023-11-20}]",
            )
        ]
    for n, event in enumerate(events, 1):
        where = f"event {n}"
        if not isinstance(event, dict):
            problems.append(
                Problem(
                    path,
                    line,
                    f"{where} is not a mapping",
                    "write {type: ..., person: ..., company: ..., date: YYYY-MM-DD}",
                )
            )
            continue
        extra = set(event) - {"type", *SLOTS, "date"}
        if extra:
            problems.append(
                Problem(
                    path,
                    line,
                    f"{where} has unknown keys {sorted(map(str, extra))}",
                    f"keys are type, {', '.join(SLOTS)}, date",
                )
            )
        kind = named(event.get("type"))
        if kind is None:
            problems.append(
                Problem(
                    path,
                    line,
                    f"{where}: type {shown(event.get('type'))} is not one of {', '.join(TYPES)}",
                    "use one of the listed types",
                )
            )
        elif kind.needs_person and not event.get("person"):
            problems.append(
                Problem(path, line, f"{where}: a '{event.get('type')}' event needs a person", "add person: <person id>")
            )
        if not event.get("company"):
            problems.append(Problem(path, line, f"{where}: no company", "add company: <company id>"))
        for key, entity in (("person", "person"), ("company", "company"), ("from_company", "company")):
            value = event.get(key)
            if value is None:
                continue
            if not isinstance(value, str):  # a list or mapping (maybe a YAML alias bomb): never str() it
                problems.append(
                    Problem(
                        path,
                        line,
                        f"{where}: {key} must be one {entity} id (got {shown(value)})",
                        f"write {key}: <{entity} id>",
                    )
                )
            elif (fix := unknown(entity, value)) is not None:
                problems.append(Problem(path, line, f"{where}: unknown {entity} '{value}'", fix))
        for key, example in (("role", "interim CEO"), ("product", "Maia 100"), ("amount", "$6.6 billion")):
            if event.get(key) is not None and not isinstance(event[key], str):
                problems.append(
                    Problem(
                        path, line, f"{where}: {key} must be text (got {shown(event[key])})", f"e.g. {key}: {example}"
                    )
                )
        if event.get("date") is not None and parse_date(event["date"]) is None:
            problems.append(
                Problem(path, line, f"{where}: date {shown(event['date'])} is not a date", "write date: YYYY-MM-DD")
            )
    return problems


def affiliations(person_events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Affiliations ({company, role, from, to}, months as YYYY-MM) implied by one person's events, oldest first:
    joining, being hired or appointed opens one; leaving or being fired closes it; founding opens one as founder."""
    found: list[dict[str, Any]] = []
    for event in sorted(person_events, key=lambda e: (str(e.get("date") or ""), day_rank(e.get("type")))):
        month = str(event["date"])[:7] if event.get("date") else None
        company, kind = event.get("company"), named(event.get("type"))
        change = kind.affiliation if kind else None
        current = next((a for a in found if a["company"] == company and a["to"] is None), None)
        if kind is not None and change == "opens":
            role = kind.affiliation_role or event.get("role")
            if current is None:
                found.append({"company": company, "role": role, "from": month, "to": None})
            elif role and not current["role"]:
                current["role"] = role
        elif change == "closes":
            if current is not None:
                current["to"] = month
            else:
                found.append({"company": company, "role": event.get("role"), "from": None, "to": month})
    return found


def main_event(events: Sequence[Event], title: str | None, named: Sequence[str]) -> Event | None:
    """The event an article is about: among the events of the person (or company) its headline names, else of the
    first of ``named`` (its people, then its companies) that has any, the first in the text, except a departure
    followed by a move elsewhere ("leaves X to join Y", "left X to start Y"): that move. A board seat is the news
    only when nothing else is."""
    found = [e for e in events if e.person or e.company]
    found = [e for e in found if e.role != "board member"] or found  # a board seat goes with another fact
    if not found:
        return None
    headline = f"-{slug(title)}-" if title else ""
    people = {e.person for e in found}
    subject = min(
        (e.person or e.company or "" for e in found),
        key=lambda s: (not in_headline(s, headline, s in people), named.index(s) if s in named else len(named)),
    )
    mine = [e for e in found if (e.person or e.company) == subject]
    first = mine[0]
    if not first.kind.covered_by:  # not a departure that a move elsewhere tells
        return first
    return next((e for e in mine if e.company != first.company and e.kind.affiliation == "opens"), first)


def in_headline(ident: str, headline: str, person: bool) -> bool:
    """Whether the headline (as a slug) names a person or company id: whole, by a person's surname or a company's
    first own word ("Acme buys Borealis" for acme-robotics and groupe-acme, not "Le groupe …")."""
    parts = ident.split("-")
    short = parts[-1] if person else next((p for p in parts if p not in _GENERIC), ident)
    return f"-{ident}-" in headline or len(short) >= 4 and f"-{short}-" in headline


_GENERIC = {"groupe", "group", "banque", "bank", "fonds", "fund", "societe", "compagnie", "the", "les"}
