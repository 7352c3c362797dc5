"""Events proposed from an article's text: the headline first, then the body sentence by sentence."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter

from .background import is_background, usual_year
from .clauses import (
    CLAUSE,
    OBJECT_OF,
    SENTENCE,
    WINDOW,
    asides,
    find_marks,
    free_of_asides,
    is_object,
    is_passive,
    role_words,
)
from .companies import FORMER, company_of
from .deals import acquisition_events, funding_events, other_deal
from .debuts import debut_events
from .founding import founded_by_events, founding_events, launched_companies, named_founders, partners_of
from .fronted import counted_agents, counted_founders, fronted_events, headline_founders
from .headline_names import headline_marks
from .headlines import (
    add_untold,
    closed_relative,
    described_companies,
    described_people,
    first_sentence,
    headline_clause_events,
    topic_company,
)
from .interposed import closed_up
from .launches import launch_events
from .lead_reading import lead_events
from .needles import NEEDLES, needles_held, runs_holding
from .people import NEW_POST, founders_company, persons_of
from .pronouns import self_marks
from .referents import SUBJECT_SLOT, asking_company, company_left
from .releases import release_events
from .titles import founded_in_aside, held_role, move_role
from .triggers import ALIAS, PERSON_KINDS, TRIGGERS


def extract(
    body: str,
    lang: str,
    people: list[str],
    companies: list[str],
    date: dt.date | None,
    mentions=(),
    headline: str | None = None,
    speaker: str | None = None,
) -> list[dict]:
    """Events proposed from ``body``, in text order; ``mentions`` are ingest's entity mentions (kind, id, start, end);
    ``headline`` is the article's own headline (None when the title was derived from the lead); ``speaker``, the
    person who wrote the text in the first person (a post's poster), whom its "I" and "je" name."""
    wanted = set(people) | set(companies)
    body, mentions = closed_up(body, mentions, date)
    marks = find_marks(body, mentions, wanted)
    spoken = set(self_marks(body, speaker)) if speaker else set()
    marks = sorted([*marks, *spoken], key=lambda m: m.start) if spoken else marks
    named = [m for m in marks if m.kind == "company"]
    article = {
        "ranked": _ranked_companies(marks),
        "counts": Counter(m.id for m in marks if m.kind == "company"),
        "year": date.year if date else usual_year(body),
        "date": date,
        "lang": lang,
        "investors": {
            m.id
            for m in named
            if INVESTOR.search(body, max(0, m.start - 50), m.start) or FUND_NAME.search(body, m.start, m.end)
        },
        "subjects": {m.id for m in named if SUBJECT_SLOT.search(body, max(0, m.start - 80), m.start)},
    }
    article["first"], article["text"], article["named"] = {}, body, named
    for m in named:
        article["first"].setdefault(m.id, m.start)
    found: dict[tuple, tuple[int, dict]] = {}
    returns: set[tuple] = set()  # moves back to a company ("returns to", "revient chez")
    when = date.isoformat() if date else None
    # The headline states the article's main event in one short clause ("Acme lève 8 millions d'euros", "X leaves A
    # for B"): read first, with the names the body gives, its events lead; the companies it names are what the
    # article is about.
    head = headline_marks(headline, body, [m for m in marks if m not in spoken]) if headline else []
    if headline and speaker:
        head = sorted(head + self_marks(headline, speaker), key=lambda m: m.start)
    article["headlined"] = {m.id for m in head if m.kind == "company"}
    article["headline_people"] = list(dict.fromkeys(m.id for m in head if m.kind == "person"))
    if head:
        _scan(headline, head, dict(article, headline=True), found, returns, when, lead=True)
        # what "the company" / "la start-up" of the body is: the company of the headline's events, else one the
        # headline makes its subject ("Acme : …", "La pépite Acme s'installe …"); not one it names in passing
        # ("an ex-Google researcher founds …")
        lead = [ev["company"] for _, ev in found.values()] or [
            m.id
            for m in head
            if m.kind == "company"
            and SUBJECT_SLOT.search(headline, max(0, m.start - 80), m.start)
            and not is_object(headline, m)
            and not FORMER.search(headline, max(0, m.start - 12), m.start)
            and not _in_title(headline, m)
        ]
        article["subjects"] |= set(lead)
        article["lead"] = set(lead)
        article["ranked"] = list(dict.fromkeys(lead + article["ranked"]))
    _scan(body, marks, article, found, returns, when)
    for at, event in fronted_events(body, marks):  # "Nommée directrice de X, Y quitte …"
        found.setdefault((event["type"], event["person"], event["company"]), (at, event | {"date": when}))
    if headline:
        told = len(found)
        _headline_told(headline, head, body, marks, article, found, returns, when)
        if len(found) == told and len({m.id for m in head}) < 2 and (lead := first_sentence(body, marks)):
            # a headline naming one side at most: the standfirst tells the rest ("A French startup … has raised")
            _headline_told(*lead, body, marks, article, found, returns, when, shapes=False)
    headline_launched = launched_companies(headline, head, article) if head else set()
    launched = (
        {ev["company"] for _, ev in found.values() if ev["type"] == "founds"}
        | launched_companies(body, marks, article)
        | headline_launched
    )
    for event in named_founders(body, marks, launched, article):
        key = (event["type"], event["person"], event["company"])
        if key not in found:
            found[key] = (event.pop("at"), event | {"date": when})
    debuts = debut_events(body, marks, article)
    for at, event in launch_events(body, marks, article, launched, headline_launched) + debuts:
        found.setdefault((event["type"], event["person"], event["company"]), (at, event | {"date": when}))
    if headline_launched and not any(ev["type"] == "founds" for _, ev in found.values()):
        for at, event in headline_founders(headline, body, marks, headline_launched, lang):  # "Two ex-X engineers …"
            found.setdefault((event["type"], event["person"], event["company"]), (at, event | {"date": when}))
    # no sentence told one: the one clause of the headline or lead that tells the main event
    told = found or lead_events(headline, head, body, marks, article, when)
    events = [ev for _, ev in sorted(told.values(), key=lambda pair: pair[0])]
    # Named to a post at one company by an article that says the person leaves another: the appointment is a move.
    left = {ev["person"]: ev["company"] for ev in events if ev["type"] == "leaves" and ev.get("person")}
    for ev in events:
        if ev["type"] == "appointed" and left.get(ev.get("person"), ev["company"]) != ev["company"]:
            ev["type"], ev["from_company"] = "joins", ev.get("from_company") or left[ev["person"]]
    # "Microsoft recrute X" and "X rejoint Microsoft" in one article are one move: keep the hire. A join of the
    # company the person leaves is the past ("joined A when it was founded" in "leaves A for B"), not a return.
    hired = {(ev.get("person"), ev["company"]): ev for ev in events if ev["type"] == "hired"}
    leaves = {(ev.get("person"), ev["company"]) for ev in events if ev["type"] == "leaves"}
    kept: dict[tuple, dict] = {}
    for ev in events:
        pair = (ev.get("person"), ev["company"])
        if ev["type"] == "joins" and pair in hired:
            for key in ("from_company", "role"):  # the join told where from and as what: the hire keeps it
                if ev.get(key) and not hired[pair].get(key):
                    hired[pair][key] = ev[key]
            continue
        if ev["type"] in ("joins", "hired") and pair in leaves and (ev["type"], *pair) not in returns:
            continue
        kept.setdefault((ev["type"], ev.get("person"), ev["company"]), ev)
    return list(kept.values())


def _headline_told(headline, head, body, marks, article, found, returns, when, shapes=True) -> None:
    """The headline's event read again: with the companies it names by description ("invests $1bn in UAE AI firm",
    "la start-up lyonnaise recrute X") and in the headline shapes the body's triggers leave out ("X to lead A's
    research", not looked for in a standfirst: ``shapes``); kept when the article's events hold none of its type with
    the actors the headline names."""
    told: dict[tuple, tuple[int, dict]] = {}
    described = described_companies(headline, head, body, marks)
    person, qualifying = described_people(headline, head, body, marks)
    if described or person:
        kept = [m for m in head if not any(p.start <= m.start and m.end <= p.end for p in person)]
        marks_told = sorted(kept + described + person, key=lambda m: m.start)
        _scan(headline, marks_told, dict(article, headline=True), told, returns, when, lead=True)
    for event in headline_clause_events(headline, head) if shapes else ():
        told.setdefault((event["type"], event.get("person"), event["company"]), (-1, event | {"date": when}))
    add_untold(told, found, {m.id for m in head}, qualifying)


def _scan(text, marks, article, found, returns, when, lead=False) -> None:
    """Events of ``text`` sentence by sentence into ``found`` ((type, person, company) -> (position, event)); those
    of the headline (``lead``) come first, and a body sentence telling the same event only adds its details."""
    starts = [m.start for m in marks]  # bisect per trigger: a scan of all marks is quadratic on long pastes
    # Each kind of trigger is looked for only in the runs of sentences that hold one of its words, each trigger then
    # tried in its sentence (sentence by sentence, kind by kind, in text order).
    sentences = [m.span() for m in SENTENCE.finditer(text)]
    bounds = [a for a, _ in sentences]
    hits = []
    low = text.lower()
    words = needles_held(low)
    for order, (kind, pattern) in enumerate(TRIGGERS):
        for lo, hi in runs_holding(low, words, NEEDLES.get(kind), sentences, bounds):
            for trig in pattern.finditer(text, lo, hi):
                n = bisect.bisect_right(bounds, trig.start()) - 1
                if n >= 0 and trig.end() <= sentences[n][1]:
                    hits.append((n, order, trig.start(), ALIAS.get(kind, kind), trig))
    hits.sort(key=lambda hit: hit[:3])
    if lead:  # a headline has nothing before it to refer back to: a kind needs its names in the headline itself
        kinds = {m.kind for m in marks}
        hits = [hit for hit in hits if "company" in kinds and ("person" in kinds or hit[3] not in PERSON_KINDS)]
    questions: dict[int, bool] = {}
    for n, _, _, kind, trig in hits:
        s, e = sentences[n]
        if n not in questions:
            # a question asserts nothing; a link to another article ("Lire aussi : X quitte Y.") is not this one's
            questions[n] = bool(QUESTION.search(text, s, e)) or bool(RELATED.match(text, text.rfind("\n", 0, s) + 1))
        if questions[n]:
            continue  # a question asserts nothing ("Pourquoi quitter X ?", "Will Y leave X?")
        if kind == "appointed" and n + 1 < len(sentences) and NEW_POST.search(trig.group()):
            e = sentences[n + 1][1]  # "Acme has found its new CTO. It is X": the post announced, the name next
        lo, hi = max(s, trig.start() - WINDOW), min(e, trig.end() + WINDOW)
        inside = marks[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
        # Most triggers give no event: whether one tells the background is asked only of those that give one, and
        # what their events told later sentences to refer back to is undone when it does.
        referents = {key: article[key] for key in REFERENTS if key in article}
        events = _events(kind, text, lo, hi, trig, inside, article, marks)
        if events and is_background(text, s, trig, article):
            for key in REFERENTS:
                article.pop(key, None)
            article.update(referents)
            continue
        for event in events:
            key = (event["type"], event.get("person"), event["company"])
            clean = {k: v for k, v in event.items() if v is not None} | {"date": when}
            if key not in found:
                found[key] = (-1 if lead else trig.start(), clean)
            elif found[key][0] < 0 and not lead and not other_deal(found[key][1], clean):
                found[key] = (-1, found[key][1] | clean)
            if RETURN.match(trig.group()):
                returns.add(key)


RELATED = re.compile(
    r"\W*(?:(?:à |a )?lire (?:aussi|également|encore)|read (?:also|more)|also read|see also|voir aussi|related|"
    r"sur le même sujet|à voir aussi|more on this|recommended|recommandé)\b",
    re.I,
)
REFERENTS = ("last_people", "last_in")  # what ``_events`` keeps for the sentences after it ("they", "the company")
RETURN = re.compile(r"return|retour|revien|back|repr|retrouv", re.I)
QUESTION = re.compile(r"\?[»”\"')\s]*$")


def _in_title(text, m) -> bool:
    """The company qualifies a post ("Google's research chief leaves …", "OpenAI CTO joins …"): it is where the person
    was, not what the headline is about."""
    words = re.findall(r"[\w-]+", text[m.end : m.end + 40].removeprefix("'s").removeprefix("’s"))[:3]
    return any(w.lower() in role_words() for w in words)


def _ranked_companies(marks) -> list[str]:
    """Companies by how much the article is about them: most named first (the first named, on a tie)."""
    counts = Counter(m.id for m in marks if m.kind == "company")
    return sorted(counts, key=lambda c: -counts[c])


def _events(kind, body, lo, hi, trig, inside, article, marks) -> list[dict]:
    # The clause of the trigger starts after "that/que" or a quote; a relative clause set off by commas
    # ("Bubeck, qui avait rejoint Microsoft en 2014, quitte …") is skipped once closed.
    spans = asides(body, lo, hi, inside, article["lang"])
    clause_start = max(
        [lo]
        + [
            c.end()
            for c in CLAUSE.finditer(body, lo, trig.start())
            if not (c.group(1) and "," in body[c.end() : trig.start()])
            and not any(a <= c.start() < b <= trig.start() for a, b in spans)
            and not (article.get("headline") and closed_relative(body, c, trig, inside))
        ]
    )
    if any(a <= trig.start() < b for a, b in spans) and kind != "founded_by":
        return []  # a trigger inside an aside describes someone; it is not the clause's fact
    before = [m for m in inside if m.end <= trig.start()]
    after = [m for m in inside if m.start >= trig.end()]
    free_before = [m for m in free_of_asides(before, spans) if m.start >= clause_start]
    companies_before = [m for m in before if m.kind == "company"]
    companies_after = [m for m in after if m.kind == "company"]
    if kind == "funding":
        return funding_events(body, lo, hi, trig, free_before, companies_after, article)
    if kind == "acquires":
        return acquisition_events(body, lo, hi, trig, free_before, companies_before, companies_after, spans, article)
    if kind == "releases":
        return release_events(body, clause_start, trig, inside, before, free_before, article)
    if kind == "founded_by":
        told = founded_by_events(body, trig, before, after, article, spans)
        return told or founded_by_events(body, trig, before, after, article, spans, counted_agents(body, trig, marks))
    persons_before = [m for m in free_before if m.kind == "person"]
    if kind == "appointed" and trig.group().lower().startswith(("remplac", "replac")) and is_passive(body, trig):
        # "X will be replaced by Y": Y takes X's post, at the company X leaves
        successor = [m for m in after if m.kind == "person" and AGENT.fullmatch(body, trig.end(), m.start)]
        replaced = persons_of("leaves", body, lo, trig, persons_before, [], marks, article, spans)
        left = (
            company_of("leaves", body, trig, replaced, companies_before, companies_after, article, marks, spans)
            if successor and replaced
            else None
        )
        return [{"type": "appointed", "person": successor[0].id, "company": left}] if left else []
    persons = persons_of(
        kind, body, lo, trig, persons_before, [m for m in after if m.kind == "person"], marks, article, spans
    )
    if not persons and kind in ("founds", "launches"):  # "Two engineers launched Acme. X and Y …"
        persons = counted_founders(body, lo, trig, marks)
    if not persons:
        return []
    if kind in ("founds", "launches"):
        persons = partners_of(body, persons, persons_before) + persons
        # "OpenAI's former CTO, X, unveiled …": a company in the possessive describes X; it does not act
        acting = [
            m
            for m in free_of_asides(companies_before, spans)
            if not OBJECT_OF.search(body[max(0, m.start - 16) : m.start])
            and not re.search(r"['’]s$", body[m.start : m.end])
        ]
        return founding_events(kind, body, trig, persons, acting, after, marks)
    company = company_of(kind, body, trig, persons, companies_before, companies_after, article, marks, spans)
    if company is None and article.get("headline"):
        company = topic_company(body, marks, persons)
    if company is None and kind == "leaves":
        company = founded_in_aside(body, persons, companies_before, spans)
    if company is None and kind in ("joins", "appointed"):  # "Acme has asked X to return as CEO"
        company = asking_company(body, trig, persons, free_of_asides(companies_before, spans))
    if company is None:
        return []
    from_company = company_left(body, trig, companies_before) if kind in ("joins", "hired", "appointed") else None
    if kind == "joins" and not from_company and re.search(r"\sfrom\s|^(?:leav|left|quitt|troqu)", trig.group(), re.I):
        # "moves from Orbis to Acme": the company left stands inside the trigger
        within = [m for m in inside if m.kind == "company" and trig.start() <= m.start and m.end <= trig.end()]
        from_company = within[0].id if within else None
    if kind == "hired" and not from_company:
        from_company = founders_company(body, trig, marks)
    from_company = None if from_company == company else from_company
    role = move_role(kind, body, trig, hi, [m for m in inside if m.kind == "person"])
    if role is None and kind in ("leaves", "fired"):  # "Acme CTO X steps down": the post left
        role = held_role(body, persons, company, companies_before, companies_after)
    if kind == "appointed" and from_company:  # "quitte X pour devenir directrice technique de Y": a move to Y
        kind = "joins"
    events = [
        {"type": kind, "person": p.id, "company": company, "from_company": from_company, "role": role} for p in persons
    ]
    # what later sentences may refer back to: "ils rejoindront X", "Y will join as chief scientist"
    article["last_people"] = persons
    if kind in ("hired", "joins"):
        article["last_in"] = company
    if from_company:
        events = [{"type": "leaves", "person": p.id, "company": from_company} for p in persons] + events
    return events


AGENT = re.compile(r"\s+(?:by|par)\s+(?:(?:the|le|la|l['’]|son|sa|its|their)\s*)?(?:[\w-]+\s+){0,3}?", re.I)


# A company named as the money's source: "led by X", "auprès du fonds X", "partner at X", "with participation from X".
INVESTOR = re.compile(
    r"\b(?:led by|men[ée]e? par|auprès|from|backed by|soutenue? par|participation|funds?|fonds|"
    r"investors?|investisseurs?|venture firm|partners? at|associée? (?:chez|de))\s+"
    r"(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)


# A name that says it is an investor: "Rheinblick Ventures", "Neckar Tech Fonds", "Sahel Frontier Capital".
FUND_NAME = re.compile(r"\b(?:Ventures?|Capital|Partners|Fonds|Funds?|Investments?|Investissements?|VC)\b")
