"""Phrases that stand between a verb and what it governs without telling anything of the event: a day of the
article's own week or month ("joins on Monday as", "a pris le 1er mars ses fonctions de", "is leaving Acme this
week after"), an adverb of manner ("a rejoint officiellement"), a short aside between commas that holds no event's
word ("joins, effective Monday, as", "founded, as expected, by"). Taken out, the verb meets its company, post or
agent as the triggers' patterns expect. For events, a date of another month is kept: it may say the event is
background; for the entity stage's cues every date is a gap."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from .. import datelines
from .triggers import has_trigger

_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_TIME = (
    rf"(?:on\s+|this\s+|ce\s+)?(?:{_WEEKDAYS})(?:\s+(?:morning|matin|soir|evening))?|(?:earlier\s+)?this\s+"
    r"(?:week|morning|afternoon)|today|yesterday|cette\s+semaine|ce\s+matin|aujourd['’]hui|hier|"
    r"officially|formally|officiellement|formellement"
)
# A short aside of lowercase words (a weekday may be capitalised) that opens as an adverbial does ("as expected",
# "effective Monday", "après une longue attente"), not an apposition ("ancienne interne en médecine") nor a list's item.
_ASIDE_START = (
    r"as|after|before|since|effective|starting|following|from|until|once|in|on|at|for|reportedly|officially|"
    r"formally|finally|eventually|however|meanwhile|this|last|earlier|later|today|yesterday|with|along|citing|pending|"
    r"to|ahead|according|d['’]une?|le(?=\s+\d)|"
    r"amid|despite|under|avec|pour|grâce|faute|lors|parmi|sur|malgré|au terme|comme|après|avant|depuis|"
    r"dès|à|au|en|ce|cette|selon|sans|finalement|officiellement|enfin|désormais|toutefois|cependant|pourtant|hier|"
    rf"aujourd['’]hui|la semaine|le mois|l['’]an|l['’]année|{_WEEKDAYS}"
)
# the place an aside may end on: "on Tuesday in Austin", "mercredi à Bordeaux"
_ASIDE_PLACE = r"(?:\s+(?:in|at|à|au|en)\s+[A-ZÀ-Ý][\w'’-]+)?"
_ASIDE_WORD = rf"(?:[a-zà-ÿ0-9'’-]+|(?i:{_WEEKDAYS}))"


_POST_PLACE = (
    r"(?:à la (?:tête|direction|présidence)|at the (?:helm|head|top)|in charge|dans (?:le fauteuil|ses fonctions))"
)
WORD_BEFORE = re.compile(r"([\w'’]+)$")
GOVERNS_A_DATE = frozenset(
    {"on", "this", "last", "next", "every", "by", "until", "till", "since", "from", "for", "of", "in", "at", "before"}
    | {"after", "le", "ce", "du", "au", "de", "des", "depuis", "dès", "jusqu'au", "jusqu’au", "avant", "après", "pour"}
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, int]]:
    """The phrases of time (in small letters: they are read in the lowered text, a case-blind search costs twice as
    much; and for a text lowering changes the length of), the asides, and the months' numbers."""
    months = {**datelines.month_names("fr"), **datelines.month_names("en")}
    names = datelines.alternation(months)
    dated = (
        rf"(?:on\s+|le\s+)?(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?P<day_month>{names})|(?P<month_day>{names})\s+"
        rf"\d{{1,2}}(?:st|nd|rd|th)?)\b|(?:début|mi-|fin|early|mid-|late)\s*(?P<part>{names})\b"
    )
    # what follows a phrase taken out goes on with the clause: an object, a post, an agent or an amount, not the rest
    # of a date (its day, its year), a place ("launched on Tuesday in Denver") nor a list's last item; a post's place
    # is no place ("is back, after a fight, at the helm of", "a été rappelé, en urgence, à la tête de")
    goes_on = (
        rf"(?=\s+(?:{_POST_PLACE}\b|(?!(?:and|et|or|ou|in|at|à|dans)\b)"
        rf"(?!\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{names})\b)(?!(?:19|20)\d\d\b)[\w$€£¥]))"
    )
    # a space or a comma after a word first, and the letters the phrases start with: the search skips the rest fast
    spoken = rf" (?<=\w )(?=[otcmwfsljvdeyahn0-9])(?:(?:{_TIME})\b|{dated}){goes_on}"
    aside = re.compile(
        rf",(?<=\w,)\s+(?:{_ASIDE_START})\b(?:\s+(?:(?P<aside_month>(?i:{names})\b)|{_ASIDE_WORD})){{0,5}}"
        rf"{_ASIDE_PLACE},{goes_on}"
    )
    return re.compile(spoken), re.compile(spoken, re.I), aside, months


@lru_cache(maxsize=4)
def _phrases(body: str) -> tuple[tuple[int, int, int | None], ...]:
    """Each phrase of ``body`` that may stand between a verb and its object, and the month it names (None for none);
    kept for the next call: the entity stage and the event stage read the same text."""
    spoken, spoken_any_case, aside, months = _patterns()
    lowered = body.lower()
    if len(lowered) != len(body):
        lowered, spoken = body, spoken_any_case
    found = [
        (m.start(), m.end(), months.get((m.group("aside_month") or "").lower()))
        for m in aside.finditer(body)
        if not has_trigger(m.group())
    ]
    for m in spoken.finditer(lowered):
        before = WORD_BEFORE.search(lowered, max(0, m.start() - 20), m.start())
        if before and before.group(1).lower() in GOVERNS_A_DATE:
            continue  # "On Tuesday the company", "depuis lundi": the date is the object, not between one and its verb
        month = m.group("day_month") or m.group("month_day") or m.group("part")
        found.append((m.start(), m.end(), months.get(month.lower()) if month else None))
    return tuple(sorted(found))


def interposed_spans(body: str, date: dt.date | None = None) -> list[tuple[int, int]]:
    """The spans of ``body`` that only stand between a verb and its object, in text order, none overlapping: a date
    of another month than ``date``'s stays (it may say the event is background)."""
    spans = [(start, end) for start, end, month in _phrases(body) if month in (None, date and date.month) or not date]
    return [span for k, span in enumerate(spans) if not k or span[0] >= spans[k - 1][1]]


class ClosedUp(NamedTuple):
    """A text with its interposed phrases taken out, and where they stood in it."""

    text: str
    spans: list[tuple[int, int]]  # the phrases taken out, in the original text
    at: list[int]  # where each stood in ``text``
    removed: list[int]  # the characters taken out up to and including each

    def original(self, pos: int, end: bool = False) -> int:
        """Where ``text``'s offset ``pos`` stands in the original (an end stays before a phrase taken out there)."""
        k = (bisect.bisect_left if end else bisect.bisect_right)(self.at, pos)
        return pos + (self.removed[k - 1] if k else 0)


def close_up(body: str, date: dt.date | None = None) -> ClosedUp:
    """``body`` with the interposed phrases taken out, so that a verb stands next to what it governs."""
    spans = interposed_spans(body, date)
    if not spans:
        return ClosedUp(body, [], [], [])
    removed = list(accumulate(end - start for start, end in spans))
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(body[last:start])
        last = end
    at = [start - (removed[k - 1] if k else 0) for k, (start, _) in enumerate(spans)]
    return ClosedUp("".join(pieces) + body[last:], spans, at, removed)


def closed_up(body: str, mentions, date: dt.date | None) -> tuple[str, list]:
    """``body`` closed up, and the ``mentions`` moved to their places in it (one inside a phrase taken out goes)."""
    closed = close_up(body, date)
    if not closed.spans:
        return body, list(mentions)
    starts = [start for start, _ in closed.spans]
    kept = []
    for m in mentions:
        k = bisect.bisect_right(starts, m.start)
        if k and m.start < closed.spans[k - 1][1]:
            continue
        shift = closed.removed[k - 1] if k else 0
        kept.append(replace(m, start=m.start - shift, end=m.end - shift))
    return closed.text, kept
