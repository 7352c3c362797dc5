"""The article's main event read from its headline and lead when no sentence trigger told one: news tells a deal, a
launch or a departure in wordings no list of verbs holds ("the deal", "passe sous le contrôle de", "sort de
l'ombre", "tire sa révérence"), but its headline and first sentences still hold the vocabulary of the kind and name
the actors. A kind is proposed only when its vocabulary stands in the headline or the body's first two sentences and
that text names every actor the kind needs: an article that tells no event gives none."""

from __future__ import annotations

import re

from .clauses import SENTENCE

LEAD_SENTENCES = 2  # the body's sentences read with the headline: a standfirst and the sentence after it
LOSES_WITHIN = 6  # how far into the body the person a headline says its company lost is looked for

# Each kind's vocabulary. An acquisition's also says which side the buyer stands on: "Acme passe sous le contrôle de
# Borealis" (after), "Borealis s'empare d'Acme" (before).
BUYER_AFTER = re.compile(
    r"\b(?:pass\w* sous (?:le )?contrôle d|tomb\w* dans l['’]escarcelle d|(?:is|are|now) owned by|"
    r"appartien\w* (?:désormais |dorénavant |maintenant )?à|join\w* the (?=[^.;]{1,40}\bfamily\b)|"
    r"rejoin\w* la famille|(?:sold|vendue?s?|cédée?s?) (?:to|à)|adossée? à|becom\w* part of|"
    r"(?:est |sera )?intégrée? (?:à|au sein d))",
    re.I,
)
BUYER_BEFORE = re.compile(
    r"\b(?:pays?|paid|paying|verse\w*|s['’]empar\w* d|(?:prend|pris|prendra)\w* le contrôle d|"
    r"(?:va |vont )?intégr(?:e|er|era|ent)\b|absorb\w*|"
    r"(?:deal|agreement|terms|bid|offer) (?:for|to buy|to acquire)|offre (?:publique )?d['’]achat sur|OPA sur)",
    re.I,
)
# what an acquisition's cue needs near it: the deal or the price ("pays $240 million for", "l'opération")
DEAL_WORDS = re.compile(
    r"\b(?:deal|takeover|purchase|transaction|acquisition|merger|owned|family|sold|bid|offer|opération|rachat|"
    r"rapprochement|mariage|contrôle|escarcelle|famille|cession|vendue?|cédée?|achat|OPA|"
    r"(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£]|dollars|euros))|millions?|billions?|milliards?)\b|[$€£]",
    re.I,
)
LAUNCH = re.compile(
    r"\b(?:emerg\w* from stealth|(?:came|comes?|coming) out of stealth|sor\w* de l['’]ombre|"
    r"open\w* (?:officially )?(?:its|their) doors|officially opened its doors|ouv\w* (?:officiellement )?ses portes|"
    r"(?:new|own) venture|nouvelle aventure|lèv\w* le voile sur|voi\w* le jour|is born|naissance d|"
    r"ma(?:de|kes?) (?:its|their) debut|newly (?:formed|founded|created)|nouvelle (?:société|entreprise|start-up)|"
    r"(?:sa|son|leur) (?:propre |nouvelle )+(?:start-up|startup|société|entreprise|jeune pousse)|"
    r"(?:his|her|their) (?:own |new )+(?:start-?up|company)|à l['’]origine d|imaginée? par|se lance|"
    r"opens? for business|set up by|mise? sur pied par)",
    re.I,
)
# words the sentence triggers leave out: where a trigger's word stands, its sentence reading has decided (a question,
# a negation, the background tell no event)
DEPARTURE = re.compile(
    r"\b(?:step\w* back|will not seek|won['’]t seek|not stand for|exit of|pass\w* la main|"
    r"ne (?:briguera|sollicitera|demandera) pas|prend\w* sa retraite)",
    re.I,
)
# what the body says of the person a headline's company lost
LEAVING = re.compile(
    r"\b(?:step\w* (?:down|back|aside)|quitt\w*|leav\w*|left|départ|démission\w*|resign\w*|exit\w*)", re.I
)
PAST_YEAR = re.compile(r"\b(?:in|en) (?:19|20)\d\d\b")
# "Acme loses operations chief", "Acme perd sa directrice technique": the headline's company loses the person whom the
# body then tells stepping down
LOSES = re.compile(
    r"\b(?:loses|lost|perd|a perdu)\s+(?:(?:its|their|a|an|son|sa|ses|leur|un|une)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:chief|head|director|directeur|directrice|patron\w*|président\w*|CEO|CTO|COO|CFO|founder|cofond\w*|fondat\w*|"
    r"dirigeant\w*)\b",
    re.I,
)
# a company the person came from, or whose staff a quoted outsider belongs to: not the one the event is about
ELSEWHERE = re.compile(
    r"(?:\b(?:former|ex|ancien\w*(?:\s+(?:de|chez))?|passée?\s+par|ans\s+chez|years\s+at|left|quitté|at|chez)\s*-?\s*|"
    r"\bancien\w*\s+d['’])$",
    re.I,
)


def gist_events(headline: str | None, head, body: str, marks, investors: set[str], when: str | None) -> dict:
    """The main event of the article from its headline and lead, keyed as extraction keys its events ((type, person,
    company) -> (position, event)); none when they hold no kind's vocabulary with its actors."""
    return {
        (e["type"], e.get("person"), e["company"]): (0, e | {"date": when})
        for e in _gist(headline, head, body, marks, investors)
    }


def _gist(headline: str | None, head, body: str, marks, investors: set[str]) -> list[dict]:
    texts = [(headline, list(head))] if headline else []
    lead_end = 0
    for n, m in enumerate(SENTENCE.finditer(body)):
        if n == LEAD_SENTENCES:
            break
        lead_end = m.end()
    texts.append((body[:lead_end], [m for m in marks if m.end <= lead_end]))
    for text, named in texts:
        companies = [m for m in named if m.kind == "company" and m.id not in investors]
        if deal := _acquisition(text, companies):
            return [deal]
    for text, named in texts:
        if event := _launch(text, named, marks, lead_end):
            return [event]
    for text, named in texts:
        if event := _departure(text, named):
            return [event]
    return _loses(headline, head, body, marks) if headline else []


def _loses(headline: str, head, body: str, marks) -> list[dict]:
    """The headline's company losing a chief, and the person the body's first sentences tell leaving."""
    cue = LOSES.search(headline)
    company = [m for m in head if m.kind == "company" and cue and m.end <= cue.start()]
    if not company:
        return []
    for n, sentence in enumerate(SENTENCE.finditer(body)):
        if n == LOSES_WITHIN:
            break
        named = [m for m in marks if m.kind == "person" and sentence.start() <= m.start and m.end <= sentence.end()]
        told = LEAVING.search(body, sentence.start(), sentence.end())
        if told and (people := [m for m in named if m.end <= told.start()]):
            return [{"type": "leaves", "person": people[-1].id, "company": company[-1].id}]
    return []


def _acquisition(text: str, companies) -> dict | None:
    """Two companies on either side of a cue that says which side buys, with the deal or the price in the text."""
    if len({m.id for m in companies}) < 2 or not DEAL_WORDS.search(text):
        return None
    for pattern, buyer_after in ((BUYER_AFTER, True), (BUYER_BEFORE, False)):
        for cue in pattern.finditer(text):
            before = [m for m in companies if m.end <= cue.start() and _same_sentence(text, m.end, cue.start())]
            after = [m for m in companies if m.start >= cue.end() and _same_sentence(text, cue.end(), m.start)]
            if before and after and before[-1].id != after[0].id:
                buyer, bought = (after[0], before[-1]) if buyer_after else (before[-1], after[0])
                return {"type": "acquires", "company": buyer.id, "from_company": bought.id}
    return None


def _launch(text: str, named, marks, lead_end: int) -> dict | None:
    """A company said to be new, and the person the lead names first as its founder or leader."""
    cue = LAUNCH.search(text)
    if not cue or PAST_YEAR.search(text, cue.end(), cue.end() + 30):  # "came out of stealth in 2019": history
        return None
    companies = [m for m in named if m.kind == "company" and not ELSEWHERE.search(text[max(0, m.start - 16) : m.start])]
    if not companies:
        return None
    company = min(companies, key=lambda m: abs(m.start - cue.start()))
    people = [m for m in named if m.kind == "person"] or [m for m in marks if m.kind == "person" and m.end <= lead_end]
    if not people:
        return None
    return {"type": "founds", "person": people[0].id, "company": company.id}


def _departure(text: str, named) -> dict | None:
    """A person and the company they hold a post at, in the sentence of a departure's cue."""
    for cue in DEPARTURE.finditer(text):
        near = [m for m in named if _same_sentence(text, min(m.end, cue.start()), max(m.start, cue.end()))]
        people = [m for m in near if m.kind == "person" and m.end <= cue.start()]
        companies = [
            m for m in near if m.kind == "company" and not ELSEWHERE.search(text[max(0, m.start - 16) : m.start])
        ]
        if people and companies:
            return {"type": "leaves", "person": people[0].id, "company": companies[0].id}
    return None


def _same_sentence(text: str, start: int, end: int) -> bool:
    return start <= end and not re.search(r"[.!?\n]\s", text[start:end])
