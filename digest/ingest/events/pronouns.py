"""Whom a pronoun stands for: the last subject named, the person a pronoun coordinated with a name ("he and Kenyan
engineer X") adds to the subjects, and the poster of a post who says "I"."""

from __future__ import annotations

import bisect
import re

from .clauses import WITH_BEFORE, Mark, is_object

# "at Musk's AI company. He …": a name in the possessive
POSSESSIVE = re.compile(r"['’]s?\b")

# "On Monday he and Kenyan engineer X launched Y", "Lundi, elle et l'ingénieur X ont fondé Y": a subject pronoun
# coordinated with a described name
PRONOUN_AND = re.compile(r"(?<![\w-])(?:he|she|il|elle|lui)\s+(?:and|et)\s+(?:[\w'’-]+\s+){0,5}$", re.I)


def with_pronoun(body, found, marks, start) -> list:
    """The subjects with the person the pronoun coordinated with them stands for (the last subject named before)."""
    first = min(m.start for m in found)
    lo = max(start, first - 60)
    said = PRONOUN_AND.search(body, lo, first) if " and " in body[lo:first] or " et " in body[lo:first] else None
    partner = last_named(body, said, marks, start) if said else []
    if not partner or any(m.id == partner[0].id for m in found):
        return found
    return [Mark("person", partner[0].id, said.start(), said.start() + len(said.group().split()[0]))] + found


def last_named(body, trig, marks, start) -> list:
    """The person "il", "she", "her" or "the researcher" stands for: the last subject of the paragraph, else the last
    person named before the trigger."""
    below = bisect.bisect_left(marks, trig.start(), key=lambda m: m.start)  # marks are sorted by start
    earlier = [
        marks[k]
        for k in range(below - 1, max(-1, below - 50), -1)
        if marks[k].kind == "person"
        and marks[k].end <= trig.start()
        # "Avec Y, il a lancé Z": "il" is not Y
        and not (marks[k].start >= start and WITH_BEFORE.search(body, max(0, marks[k].start - 20), marks[k].start))
        # "at Musk's AI company. He started …": a name in the possessive describes a thing, not "he"
        and not POSSESSIVE.match(body, marks[k].end)
    ]
    # "X worked for Y. He …": "he" is the last subject of the paragraph rather than a name after "for", "de", "with"
    paragraph = body.rfind("\n", 0, trig.start()) + 1
    subjects = [m for m in earlier if m.start >= paragraph and not is_object(body, m)]
    return (subjects or earlier)[:1]


def headline_person(article, trig) -> list:
    """ "il" before the body names anyone: the one person the headline names ("Qui est X, … ?" then "il a été
    nommé …")."""
    named = article.get("headline_people", ())
    return [Mark("person", named[0], trig.start(), trig.start())] if len(named) == 1 else []


# The poster of a post speaking of themself: "I", "je", "j'", "moi" (the subject of "Jonas et moi avons fondé …").
SELF = re.compile(r"(?<![\w'’-])(?:I|[Jj]e|[Jj](?=['’])|[Mm]oi)(?![\w-])")
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


def self_marks(text: str, speaker: str) -> list[Mark]:
    """Where the person ``speaker`` (a registry id) says "I" in a text they wrote, outside the words they quote."""
    quoted = [m.span() for m in QUOTED.finditer(text)]
    return [
        Mark("person", speaker, m.start(), m.end())
        for m in SELF.finditer(text)
        if not any(a <= m.start() < b for a, b in quoted)
    ]
