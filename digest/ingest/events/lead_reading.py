"""The article's main event read from its headline, else its first body sentences, when no sentence rule told one.

News puts its main event in its headline and lead: one clause naming the actors around the verb of the kind ("Acme
lève 40 millions", "X rejoint Acme", "Acme débauche X", "X quitte A pour B"). Each kind has a bilingual vocabulary
and says on which side of its verb the company stands: before it when the company acts ("Acme hires X", "Acme
unveils Y"), after it when the person does ("X joins Acme"). The first text that holds a reading with every actor
the kind needs gives the event; a text where two kinds or two actors compete gives none, nor does a text naming
no one the entry holds."""

from __future__ import annotations

import itertools

from ...model.amounts import AMOUNT, UNPRICED, normalise_amount
from .. import prefilter
from .background import is_background
from .clauses import SENTENCE, Mark
from .lead_words import (
    BY,
    CLAUSE_END,
    CUES,
    DIRECTION,
    ELSEWHERE,
    FORMER,
    FOUNDING_TURN,
    INTO_OWN,
    LAUNCHING,
    NAME_NOT_VERB,
    NEW_FIRM,
    NO_OBJECT,
    NOT_A_FIRM,
    OF_SOMEONE,
    PLANNED,
    PRODUCT,
    PRODUCT_BETWEEN,
    PURPOSE_TURN,
    TOPIC,
    TURN_TO_POST,
    UNTOLD,
)

LEAD_SENTENCES = 2  # the body's sentences read after the headline: the standfirst (or first) and the next
FOLLOWED_WITHIN = 6  # how far into the body a headline's kind, told of its company alone, is followed to its person
# each kind's cue searched only in the clauses holding one of its words (most clauses tell one kind at most)
_CUES = [(family, kind, actor, prefilter.Prefiltered(pattern)) for family, kind, actor, pattern in CUES]


def lead_events(headline: str | None, head, body: str, marks, article: dict, when: str | None) -> dict:
    """The main event of the article read from its headline, else its first sentences, keyed as extraction keys its
    events ((type, person, company) -> (position, event)); none when no such text holds one reading alone. A
    headline that tells a kind of its company without naming the person fixes the kind and the company: the lead
    must then tell the same, and the body's first sentences may name the person alone ("Acme loses operations
    chief" ... "X announced she was stepping down")."""
    lead = (1 if headline else 0) + LEAD_SENTENCES  # the texts that may tell a whole event
    fixed: dict | None = None  # the kind the headline (or the lead) tells, and its company when it names one
    for n, (text, named) in enumerate(_texts(headline, head, body, marks)):
        if n >= lead and not (fixed and fixed["company"]):
            break
        named = [m for m in named if m.id not in article["investors"] or m.kind == "person"]
        if not named or UNTOLD.search(text):
            continue  # a text naming no one tells no event
        events, partial, unplaced = _readings(text, named, article)
        if n >= lead:  # past the lead, only the person of the kind the headline fixed is looked for
            if events := _placed(unplaced, fixed):
                return _keyed(events, when)
            continue
        if events and not (events := _one_reading(events)):
            return {}  # two readings compete: the text does not say which
        events = events or _placed(unplaced, fixed)
        if (
            events
            and fixed
            and (events[0]["type"] != fixed["type"] or fixed["company"] not in (None, events[0]["company"]))
        ):
            return {}
        if events:
            return _keyed(events, when)
        if partial and (len({p["type"] for p in partial}) > 1 or fixed and partial[0]["type"] != fixed["type"]):
            return {}  # the headline and the lead tell two kinds
        fixed = fixed or (partial[0] if partial else None)
    return {}


def _texts(headline: str | None, head, body: str, marks):
    """The headline and its names, then the body's first sentences and theirs (positions within the sentence)."""
    if headline:
        yield headline, list(head)
    for n, m in enumerate(SENTENCE.finditer(body)):
        if n == FOLLOWED_WITHIN:
            return
        a, b = m.span()
        yield m.group(), [Mark(x.kind, x.id, x.start - a, x.end - a) for x in marks if a <= x.start < b]


def _placed(unplaced: list[tuple[str, str]], fixed: dict | None) -> list[dict]:
    """The one person a text tells doing the kind the headline fixed, at the company the headline names."""
    if fixed is None or not fixed["company"]:
        return []
    people = {person for kind, person in unplaced if kind == fixed["type"]}
    if len(people) != 1:
        return []
    return [{"type": fixed["type"], "person": people.pop(), "company": fixed["company"]}]


def _keyed(events: list[dict], when: str | None) -> dict:
    return {(e["type"], e.get("person"), e["company"]): (0, e | {"date": when}) for e in events}


def _one_reading(events: list[dict]) -> list[dict]:
    """The events when they tell one fact (one company; one person, or founders), else none: two readings compete."""
    if not events or len({e["company"] for e in events}) > 1 or len({e["type"] == "founds" for e in events}) > 1:
        return []
    kept = {e.get("person"): e for e in reversed(events)}  # one event a person: the first cue's
    return list(kept.values())[::-1] if len(kept) == 1 or events[0]["type"] == "founds" else []


def _clauses(text: str, named) -> list[tuple[int, int, list]]:
    """The text's clauses (a semicolon, a dash or a pipe ends one) and the names in each."""
    bounds = [0, *(m.end() for m in CLAUSE_END.finditer(text)), len(text) + 1]
    return [(a, b, [m for m in named if a <= m.start < b]) for a, b in itertools.pairwise(bounds)]


def _readings(text: str, named, article: dict) -> tuple[list[dict], list[dict], list[tuple[str, str]]]:
    """The events the text's clauses tell with all their actors, the kinds they tell without a person (each as
    the event's type and its company, or None), and the people they tell doing a kind without a company (each as
    the type and the person)."""
    families: dict[str, list[dict]] = {}
    partial: list[dict] = []
    unplaced: list[tuple[str, str]] = []
    for a, b, inside in _clauses(text, named):
        for family, kind, actor, cue_pattern in _CUES:
            for cue in cue_pattern.finditer(text, a, b):
                if _untold_cue(text, family, cue, a, b, article):
                    continue  # "18 months after leaving for B", "a dévoilé en mai 2024": the past, not the news
                before = [m for m in inside if m.end <= cue.start()]
                after = [m for m in inside if m.start >= cue.end()]
                events = _reading(text, family, kind, actor, cue, before, after, b)
                if events and "partial" in events[0]:
                    partial.append({"type": events[0]["type"], "company": events[0].get("company")})
                elif events and "unplaced" in events[0]:
                    unplaced.append((events[0]["type"], events[0]["person"]))
                elif events:
                    families.setdefault(family, []).extend(events)
                    break
    moves = families.get("move", [])
    # "X quitte A pour rejoindre B": one move, when the departure names another company
    if moves and all(
        d.get("person") == moves[0].get("person") and d["company"] != moves[0]["company"]
        for d in families.get("departure", [])
    ):
        families.pop("departure", None)
    if "return" in families:  # "revient chez" reads as an arrival too: the return tells more
        families.pop("move", None)
    found = [e for events in families.values() for e in events]
    return found, [] if found else partial, [] if found else unplaced


def _reading(text: str, family: str, kind: str, actor: str, cue, before, after, end: int) -> list[dict]:
    """The events one cue tells with the names of its clause; an event marked "partial" when the kind's person is
    not named."""
    people_before = [m for m in before if m.kind == "person"]
    companies_before = [m for m in before if m.kind == "company" and not _elsewhere(text, m)]
    companies_after = [m for m in after if m.kind == "company"]
    launched = [m for m in companies_after if m.start - cue.end() < 4]
    # "Acme lance la start-up B", "X unveils Acme": what a person shows first, or a launch's new firm, is a company
    shown = LAUNCHING.match(cue.group()) or (launched and people_before and not companies_before)
    if family == "release" and shown and (launched or NEW_FIRM.match(text, cue.end(), end)):
        founded = [m for m in companies_after if not _elsewhere(text, m)] or _topic(text, companies_before)
        return [{"type": "founds", "company": founded[0].id if founded else None, "partial": True}]
    if family in ("round", "release") and actor == "company":
        subject = _subject(text, companies_before, people_before, cue)
        if subject is None:
            return [] if companies_before else [{"type": kind, "company": None, "partial": True}]
        if family == "round":
            amount = AMOUNT.search(text, cue.end(), min(end, cue.end() + 60)) or UNPRICED.search(
                text, cue.end(), min(end, cue.end() + 60)
            )
            if not amount:
                return []
            return [{"type": "funding", "company": subject.id, "amount": normalise_amount(amount.group())}]
        if any(m.start - cue.end() < 4 for m in companies_after) or NEW_FIRM.match(text, cue.end(), end):
            return []  # "Acme launches Borealis", "X unveiled her new company": a company, not a product
        product = PRODUCT.match(text, cue.end())
        if not product and NO_OBJECT.match(text, cue.end()):
            return []  # "Acme launched on Monday": the company's own start, no product
        return [{"type": "releases", "company": subject.id, "product": product.group(1) if product else None}]
    if family == "release":  # "Acme's Foo goes live": the company before, and its product between them
        maker = companies_before[-1] if companies_before else None
        if maker is None or not PRODUCT_BETWEEN.match(text, maker.end, cue.start()):
            return []
        return [{"type": "releases", "company": maker.id, "product": None}]
    if family == "acquisition":
        return _acquisition(text, actor, cue, companies_before, companies_after)
    if family == "launch" and actor == "company":  # "Acme, the start-up of X, emerges from stealth"
        beside = [m for m in companies_before if not text[m.end : cue.start()].strip(" ,")]  # "Acme, a new firm"
        subject = beside[-1] if beside else _subject(text, companies_before, [], cue)
        founders = _distinct(people_before) or _distinct([m for m in after if m.kind == "person"])
        if subject is None:
            return []
        if not founders:
            return [{"type": "founds", "company": subject.id, "partial": True}]
        return [{"type": "founds", "person": p.id, "company": subject.id} for p in founders]
    if family == "launch":
        founded = [m for m in companies_after if not _elsewhere(text, m)]
        if len({m.id for m in founded}) > 1:
            return []
        if not people_before:
            return [{"type": "founds", "company": founded[0].id if founded else None, "partial": True}]
        if not founded:
            return []
        return [{"type": "founds", "person": p.id, "company": founded[0].id} for p in _distinct(people_before)]
    if actor == "person":
        return _person_acts(text, family, kind, cue, people_before, companies_before, companies_after, end)
    # the company acts on the person after the verb: "Acme recrute X", "Acme fires X"
    people_after = [m for m in after if m.kind == "person"]
    subject = _subject(text, companies_before, [], cue)
    if subject is None or len({m.id for m in people_after}) > 1:
        return []
    if not people_after:
        return [{"type": kind, "company": subject.id, "partial": True}]
    return [{"type": kind, "person": people_after[0].id, "company": subject.id}]


def _untold_cue(text: str, family: str, cue, start: int, end: int, article: dict) -> bool:
    """A verb that a plan or a rumour governs ("plans to raise"), that tells the background ("had raised", "left A
    in 2022", "after leaving A", "will not join"; a departure's purpose is asked instead, "left A in December to
    found B"), that a quote holds, or whose object is no company ("crée un
    poste", "bought a stake in")."""
    turn = PURPOSE_TURN.search(text, cue.end(), end) if family == "departure" else None
    return bool(
        (cue.group()[0].isupper() and NAME_NOT_VERB.search(text, start, cue.start()))
        or PLANNED.search(text, start, cue.start())
        or NOT_A_FIRM.match(text, cue.end(), end)
        or BY.match(text, cue.end(), end)
        or _quoted(text[start : cue.start()])
        or is_background(text, start, turn or cue, article)
    )


def _quoted(before: str) -> bool:
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


def _acquisition(text: str, actor: str, cue, companies_before, companies_after) -> list[dict]:
    """The buyer and the company bought on either side of the verb ("Acme buys B", "B acquired by Acme")."""
    buyers, bought = (companies_before, companies_after) if actor == "company" else (companies_after, companies_before)
    if not buyers or not bought:
        return []
    buyer = _subject(text, buyers, [], cue) if actor == "company" else buyers[0]
    target = bought[0] if actor == "company" else _subject(text, bought, [], cue)
    if actor == "company" and target and OF_SOMEONE.search(text, cue.end(), target.start):
        return []  # "s'offre une star de Google": someone of the company, not the company
    if target and cue.group().lower().endswith(("intègre", "intégrer")) and INTO_OWN.match(text, target.end):
        return []  # "intègre Mistral AI à son offre": a product, not the company
    if buyer is None or target is None or buyer.id == target.id:
        return []
    return [{"type": "acquires", "company": buyer.id, "from_company": target.id}]


def _person_acts(text, family, kind, cue, people_before, companies_before, companies_after, end) -> list[dict]:
    """A move the person makes: the company after the verb (a departure's or a return's may stand before the person,
    "Acme CEO X steps down"; an arrival's only as the headline's topic, "Acme : X prend la tête de ...")."""
    if len({m.id for m in people_before}) > 1:
        return []
    person = people_before[-1] if people_before else None
    ahead = [m for m in companies_before if person is None or m.start < person.start]
    if family == "departure":
        turn = DIRECTION.search(text, cue.end(), end)
        # the company left: after the verb, else before the person, else in the person's title ("X, chair of Acme,
        # will not seek re-election")
        left = [m for m in companies_after if not turn or m.start < turn.start()] or ahead[-1:] or companies_before[-1:]
        toward = [m for m in companies_after if turn and m.start > turn.start() and not _former(text, m)]
        if turn and toward:
            founding = FOUNDING_TURN.search(turn.group())
            event = {"type": "founds" if founding else "joins", "company": toward[0].id}
            if left and not founding:
                event["from_company"] = left[0].id
        elif turn and left and TURN_TO_POST.match(text, turn.start(), end):
            return [{"type": "joins", "company": None, "partial": True}]  # "quitte A pour une start-up"
        elif left:
            event = {"type": "leaves", "company": left[0].id}
        else:
            return _unplaced(kind, person)
    elif person is None and kind == "joins" and companies_before and companies_after:
        # "Acme rejoint Borealis": the clause's subject, a company, joins another that buys it; not a person the
        # company qualifies ("Acme's AI lead jumps ship to Borealis")
        buyer, bought = companies_after[0], companies_before[0]
        opening = text[: bought.start].rstrip()
        if buyer.id == bought.id or (opening and not opening.endswith(":")) or text[bought.end : cue.start()].strip():
            return []
        return [{"type": "acquires", "company": buyer.id, "from_company": bought.id}]
    else:
        where = [m for m in companies_after if not _elsewhere(text, m)][:1]
        where = where or (ahead[-1:] if family == "return" else _topic(text, ahead))
        if not where:
            return _unplaced(kind, person)
        event = {"type": kind, "company": where[0].id}
        origin = [m for m in companies_after if _elsewhere(text, m) and m.id != where[0].id]
        if origin:
            event["from_company"] = origin[0].id
    if person is None:
        return [{"type": event["type"], "company": event["company"], "partial": True}]
    return [event | {"person": person.id}]


def _unplaced(kind: str, person) -> list[dict]:
    """A person doing a kind in a clause that names no company for it ("X said she was stepping down")."""
    return [{"type": kind, "person": person.id, "company": None, "unplaced": True}] if person else []


def _subject(text: str, companies, people, cue):
    """The company acting before the verb: the last one named before it, or the first when an aside follows it
    ("Acme, spin-off de l'EPFL, publie ..."); none when a person stands closer to the verb."""
    if not companies:
        return None
    first = companies[0]
    if text[first.end : first.end + 2].startswith(",") and "," in text[first.end + 1 : cue.start()]:
        return first
    return None if people and people[-1].start > companies[-1].start else companies[-1]


def _topic(text: str, companies) -> list:
    """The company a headline opens on, set off by a colon ("Acme : X prend la tête ...")."""
    return [m for m in companies if TOPIC.match(text, m.end)][:1]


def _elsewhere(text: str, m) -> bool:
    return bool(ELSEWHERE.search(text[max(0, m.start - 30) : m.start]))


def _former(text: str, m) -> bool:
    return bool(FORMER.search(text[max(0, m.start - 30) : m.start]))


def _distinct(marks) -> list:
    return list({m.id: m for m in marks}.values())
