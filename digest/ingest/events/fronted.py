"""Moves told by a phrase that opens the sentence before its subject: "Named chief scientist of Acme, X leaves
Borealis", "Nommée directrice de Acme, X quitte …", "Back as chief executive of Acme, X returns …", "Co-founder of the
new start-up Acme, X left Google last year". The phrase names the company and the post; the name after its comma is
who moves. And founders told first by a plural description ("Two former Google engineers launched Acme"), named by
the next sentence."""

from __future__ import annotations

import re

from ... import roles
from .clauses import SENTENCE_END, SPACES, asides, coordinated
from .referents import OPENING

# the opening phrase up to the company, then the company and a comma before the person
_APPOINTED = re.compile(
    r"(?P<how>Named|Appointed|Promoted|Hired|Newly appointed|Nommée?s?|Promue?s?|Recrutée?s?|Back|De retour)\s+"
    r"(?:as\s+|comme\s+|à la tête\s+)?(?P<post>[^,.;:]{0,60}?)\s*(?:\b(?:of|at|de|du|chez)\s+|\bd['’])"
    r"(?:(?:the|la|le|l['’])\s*)?(?:[\w-]+\s+){0,3}?",
    re.I,
)
_FOUNDER = re.compile(
    r"(?:Co-?founder|Cofondat(?:eur|rice)|Founder|Fondat(?:eur|rice))[^,.;:]{0,60}?\s+(?:of|de|du|d['’])\s*"
    r"(?:(?:the|la|le|l['’])\s*)?(?:new|nouvelle|nouveau|jeune|young)\s+(?:[\w-]+\s+){0,2}?",
    re.I,
)
_COMMA = re.compile(r"\s*,\s*")
_BACK = re.compile(r"back|de retour", re.I)


def fronted_events(body: str, marks) -> list[tuple[int, dict]]:
    """(position, event) of each sentence that opens on a post at a company before the person it names."""
    events = []
    for company, person in zip(marks, marks[1:], strict=False):
        if company.kind != "company" or person.kind != "person":
            continue
        if not _COMMA.fullmatch(body, company.end, person.start):
            continue
        start = max([0] + [m.end() for m in SENTENCE_END.finditer(body, max(0, company.start - 160), company.start)])
        start += len(body[start : company.start]) - len(body[start : company.start].lstrip())
        opening = OPENING.match(body, start, company.start)
        for at in (start, opening.end()) if opening else (start,):
            appointed = _APPOINTED.fullmatch(body, at, company.start)
            if appointed:
                role = roles.find(appointed.group("post"))
                kind = "appointed"
                event = {"type": kind, "person": person.id, "company": company.id, "role": role}
                if _BACK.fullmatch(appointed.group("how")):
                    event.pop("role")
                events.append((at, {k: v for k, v in event.items() if v is not None}))
                break
            if _FOUNDER.fullmatch(body, at, company.start):
                events.append((at, {"type": "founds", "person": person.id, "company": company.id}))
                break
    return events


# A subject that counts people without naming them: "Two engineers who …", "Deux anciens chercheurs de Google"
_COUNTED = re.compile(
    r"(?P<count>Two|Three|Four|A pair of|A trio of|A duo of|Deux|Trois|Quatre|Un duo d['’e]\s*|Un trio d['’e]\s*)\s*"
    r"(?:[\w'’-]+\s+){0,2}?(?:engineers?|researchers?|scientists?|founders?|entrepreneurs?|executives?|veterans?|"
    r"alumni|friends|students|doctors|ingénieur(?:e|s|es)|chercheu(?:rs|ses)|scientifiques|fondat(?:eurs|rices)|"
    r"entrepreneu(?:rs|ses)|anciens|anciennes|amis|étudiants|médecins|ex-[\w-]+)\b",
    re.I,
)


def counted_founders(body: str, sentence_start: int, trig, marks) -> list:
    """The people a founding's counted subject ("Two engineers … launched Acme") stands for: those the next
    sentence opens on, joined by "and"/"et"; or, told after them ("the pair launched Acme", "les deux ont fondé"),
    the last two (three) people named before."""
    pair = _PAIR.search(body, sentence_start, trig.start())
    if pair:
        return _named_before(body, trig, marks, 3 if pair.group("three") else 2)
    if not _COUNTED.match(body, SPACES.match(body, sentence_start).end(), trig.start()):
        return []
    return _named_next(body, trig, marks)


_HOW_MANY = {"two": 2, "pair": 2, "duo": 2, "deux": 2, "three": 3, "trio": 3, "trois": 3, "four": 4, "quatre": 4}
LEAD_SENTENCES = 3  # how far into the body a headline's counted founders are looked for by name


def headline_founders(headline: str, body: str, marks, launched: set[str], lang: str) -> list[tuple[int, dict]]:
    """The founders a headline counts ("Two former Spotify engineers launch X", "Deux anciennes de B fondent X"),
    named by the lead: the first people the body names, joined by "and"/"et", when they are as many as counted."""
    counted = _COUNTED.match(headline, SPACES.match(headline).end())
    if not counted or len(launched) != 1:
        return []
    wanted = next(_HOW_MANY[w] for w in re.findall(r"\w+", counted.group("count").lower()) if w in _HOW_MANY)
    end = 0
    for _ in range(LEAD_SENTENCES):
        stop = SENTENCE_END.search(body, end + 1)
        end = stop.end() if stop else len(body)
    people = [m for m in marks if m.kind == "person" and m.start < end]
    group = coordinated(people, body, spans=asides(body, 0, end, people, lang))
    if len(group) != wanted:
        group = _joined_by_and(body, people)  # "A, Saint-Pierrois de 34 ans, et B": asides of any shape between
    if len(group) != wanted:
        return []
    company = next(iter(launched))
    return [(group[0].start, {"type": "founds", "person": p.id, "company": company}) for p in group]


def counted_agents(body: str, trig, marks) -> list:
    """The people a passive founding's counted agent ("a start-up launched on Monday by two engineers …", "fondée
    par deux médecins") stands for, named in the next sentence when its own names none."""
    if not _COUNTED.match(body, SPACES.match(body, trig.end()).end()):
        return []
    end = SENTENCE_END.search(body, trig.end())
    named = any(m.kind == "person" and trig.end() <= m.start < (end.start() if end else len(body)) for m in marks)
    return [] if named else _named_next(body, trig, marks)


def _named_next(body: str, trig, marks) -> list:
    """The people the sentence after the trigger's opens on: "X and Y …", "X …; her co-founder, Y, …"."""
    end = SENTENCE_END.search(body, trig.end())
    if not end:
        return []
    following = SPACES.match(body, end.end()).end()
    stop = SENTENCE_END.search(body, following)
    people = [m for m in marks if m.kind == "person" and following <= m.start < (stop.start() if stop else len(body))]
    if not people or people[0].start != following:
        return []
    return _joined_by_and(body, people)


def _joined_by_and(body: str, people: list) -> list:
    """The first of ``people`` and those joined to it in one sentence: "X, who …, and Y, a former …,": each name
    after "and"/"et", whatever asides stand between."""
    group = people[:1]
    for m in people[1:]:
        if not _AND.search(body, group[-1].end, m.start) or SENTENCE_END.search(body, group[-1].end, m.start):
            break
        group.append(m)
    return group


_AND = re.compile(
    r"(?:,|\s)\s*(?:and|et)\s+$|[;,]\s*(?:her|his|their|son|sa|leur)\s+(?:co-?founder|cofondat(?:eur|rice)|associée?|"
    r"partner)\s*,\s*$",
    re.I,
)


# A subject that counts people already named: "the pair", "the two founders", "le duo", "les trois ingénieurs".
# (the people may be described: "the two former engineers", "les deux anciens ingénieurs de Criteo", "the pair of
# ex-Amazon managers")
_PAIR = re.compile(
    r"(?<![\w-])(?:(?:the|both|le|ce|les|ces)\s+(?:pair|duo|two|tandem|binôme|deux|(?P<three>trio|three|trois))|"
    r"both)(?:\s+of)?(?:\s+(?:former|anciens|anciennes|young|jeunes|ex-[\w-]+))?"
    r"(?:\s+(?:co-?founders?|founders?|friends|partners|researchers|engineers|managers|executives|bankers|"
    r"colleagues|developers|cofondat(?:eurs|rices)|fondat(?:eurs|rices)|associés|amis|chercheu(?:rs|ses)|"
    r"ingénieur(?:s|es)|cadres|banquiers|collègues|développeu(?:rs|ses))"
    r"(?:\s+(?:of|at|from|de|chez)\s+(?-i:[A-ZÀ-Ý])[\w&.-]*|\s+d['’](?-i:[A-ZÀ-Ý])[\w&.-]*)?)?"
    r"(?:\s+(?:have|had|has|then|later|finally|now|ont|avaient|ensuite|finalement|désormais)){0,2}\s+$",
    re.I,
)
# a name after these is with the subject or reported, not one of those counted ("associated with X", "selon X")
_NOT_COUNTED = re.compile(r"\b(?:with|avec|selon|according to|said|says|told|than|like|comme)\s+$", re.I)


def _named_before(body: str, trig, marks, count: int) -> list:
    """The last ``count`` different people named in the 800 characters before ``trig``, not as a companion or a
    source; nothing when fewer are."""
    people: list = []
    for m in reversed([m for m in marks if m.kind == "person" and trig.start() - 800 <= m.start < trig.start()]):
        if m.id not in {p.id for p in people} and not _NOT_COUNTED.search(body, max(0, m.start - 20), m.start):
            people.append(m)
    return people[:count][::-1] if len(people) >= count else []
