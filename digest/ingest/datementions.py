"""The dates a sentence names (``mentions``): explicit ones ("3 mars 2025", "March 3", "2025-03-03", a weekday
before them kept) and relative words ("hier", "yesterday", "on Tuesday"), in both languages."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from . import prefilter
from .datelines import Stamp, alternation, calendar_names, lexicon, make_stamp

# Relative words and the days they go back from the page's date.
RELATIVE = {
    **dict.fromkeys(("aujourd'hui", "aujourd’hui", "today", "ce matin", "this morning", "ce soir", "tonight"), 0),
    **dict.fromkeys(("cette nuit", "cet après-midi", "this afternoon"), 0),
    **dict.fromkeys(("hier", "yesterday", "hier soir", "last night"), 1),
    "avant-hier": 2,
}


@cache
def _body_patterns(lang: str) -> tuple[prefilter.Prefiltered, prefilter.Prefiltered, re.Pattern]:
    """Explicit dates, relative words and a weekday before a date; the first two are searched only in sentences
    holding one of their words (most sentences name no date)."""
    m, d = alternation(lexicon(lang, other=False)[0]), alternation(calendar_names(lang)[1])
    explicit = prefilter.compile(
        rf"\b(?:(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({m})\b\.?|({m})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b)"
        rf"(?:,?\s+(\d{{4}})\b)?"
        rf"|\b(\d{{4}})-(\d{{2}})-(\d{{2}})\b",
        re.I,
    )
    relative = prefilter.compile(rf"\b(?:{alternation(RELATIVE)}|{d})\b", re.I)
    weekday = re.compile(rf"\b({d}),?\s+(?:le\s+|the\s+)?$", re.I)
    return explicit, relative, weekday


class Mention(NamedTuple):
    start: int
    end: int
    words: str
    stamp: Stamp | None  # an explicit date; None for a relative word
    weekday: int | None
    back: int | None  # days before the page date for "hier"; None for a weekday


def mentions(sentence: str, lang: str) -> list[Mention]:
    explicit, relative, weekday = _body_patterns(lang)
    months, days = lexicon(lang, other=False)
    out = []
    for match in explicit.finditer(sentence):
        g = match.groups()
        if g[5]:
            stamp = make_stamp(g[5], int(g[6]), int(g[7]))
        else:
            name = (g[1] or g[2]).lower()
            if lang == "en" and name == "may" and not (g[1] or g[2])[0].isupper():
                continue  # the verb
            stamp = make_stamp(g[4], months[name], int(g[0] or g[3]))
        if stamp is None:
            continue
        before = weekday.search(sentence, max(0, match.start() - 16), match.start())
        start = before.start() if before else match.start()
        out.append(
            Mention(
                start,
                match.end(),
                sentence[start : match.end()],
                stamp,
                days[before.group(1).lower()] if before else None,
                None,
            )
        )
    for match in relative.finditer(sentence):
        if any(m.start <= match.start() < m.end for m in out):
            continue
        word = match.group().lower()
        if match.group()[0].isupper() and _after_name(sentence, match.start()):
            continue  # "Black Friday", "Super Tuesday", "Why It Matters Today"
        out.append(
            Mention(
                match.start(),
                match.end(),
                match.group(),
                None,
                None if word in RELATIVE else lexicon(lang, other=False)[1][word],
                RELATIVE.get(word),
            )
        )
    return sorted(out)


def _after_name(sentence: str, start: int) -> bool:
    before = sentence[:start].split()
    return len(before) > 1 and before[-1][:1].isupper()
