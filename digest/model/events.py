"""The kinds of event, each declared once: what an event of the kind names, the sentences that tell it, and how
validation, affiliations, story grouping, company pages and the evaluation read it.

Part of the model layer: it imports nothing else of digest. Adding a kind is one row of ``TYPES`` plus its
sentences in the message catalogs (``make catalogs``); ingest proposes it once ``ingest/events`` has triggers for
it, and editors may write it at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


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

TYPES: dict[str, EventType] = {t.name: t for t in (
    EventType("joins", _MOVE, {
        (True, True): _("%(person)s leaves %(from_company)s for %(company)s as %(role)s"),
        (True, False): _("%(person)s leaves %(from_company)s for %(company)s"),
        (False, True): _("%(person)s joins %(company)s as %(role)s"),
        (False, False): _("%(person)s joins %(company)s"),
    }, day_rank=4, story_fact="in", needs_person=True, affiliation="opens", checked=True,
        gold=("talent_move", "reinstatement")),
    EventType("leaves", _MOVE, {
        (False, True): _("%(person)s leaves the post of %(role)s at %(company)s"),
        (False, False): _("%(person)s leaves %(company)s"),
    }, day_rank=1, story_fact="out", needs_person=True, affiliation="closes", checked=True,
        covered_by=("joins", "hired"), gold=("departure",)),
    EventType("hired", _MOVE, {
        (True, True): _("%(company)s hires %(person)s from %(from_company)s as %(role)s"),
        (True, False): _("%(company)s hires %(person)s from %(from_company)s"),
        (False, True): _("%(company)s hires %(person)s as %(role)s"),
        (False, False): _("%(company)s hires %(person)s"),
    }, day_rank=3, story_fact="in", needs_person=True, affiliation="opens", checked=True,
        gold=("talent_move", "reinstatement")),
    EventType("fired", _MOVE, {
        (False, True): _("%(company)s removes %(person)s as %(role)s"),
        (False, False): _("%(company)s removes %(person)s"),
    }, day_rank=0, story_fact="out", needs_person=True, affiliation="closes", checked=True, gold=("departure",)),
    EventType("appointed", _MOVE, {
        (False, True): _("%(person)s is appointed %(role)s of %(company)s"),
        (False, False): _("%(person)s is appointed at %(company)s"),
    }, day_rank=2, story_fact="appointed", needs_person=True, affiliation="opens", checked=True,
        gold=("talent_move", "reinstatement")),
    EventType("founds", ("person", "company"), {
        (False, False): _("%(person)s founds %(company)s"),
    }, day_rank=5, story_fact="founds", needs_person=True, affiliation="opens", affiliation_role="founder",
        gold=("company_launch",)),
    EventType("releases", ("company", "product"), {
        (False, False): _("%(company)s releases %(product)s"),
    }, day_rank=6, story_fact="releases", gold=("model_release",)),
    EventType("funding", ("company", "amount"), {
        (False, False): _("%(company)s raises %(amount)s"),
    }, day_rank=7, story_fact="funding", distinct_by="amount", gold=("funding_round",)),
    EventType("acquires", ("company", "from_company", "amount"), {  # from_company: the company bought
        (False, False): _("%(company)s acquires %(from_company)s"),
    }, day_rank=8, story_fact="acquires", distinct_by="from_company", gold=("acquisition",)),
)}

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
    def identity(self) -> tuple:
        return (self.type, self.date, self.person, self.company, self.from_company, self.role, self.product, self.amount)

    def sort_key(self) -> tuple:
        return ((self.date or dt.date.min).toordinal(), self.type, self.person or "", self.company or "")

    def involves(self) -> list[tuple[str, str]]:
        found = [("person", self.person), ("company", self.company), ("company", self.from_company)]
        return [(kind, value) for kind, value in found if value]
