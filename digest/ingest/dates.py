"""Find the event date in an article. The year comes from the text, the weekday, or context dates
(other entries of the batch/corpus) - never from the machine clock."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel.dates import get_day_names, get_month_names


@lru_cache(maxsize=None)
def _names(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    months = {v.lower(): k for k, v in get_month_names("wide", locale=lang).items()}
    months.update({v.lower().rstrip("."): k for k, v in get_month_names("abbreviated", locale=lang).items() if len(v) >= 3})
    days = {v.lower(): k for k, v in get_day_names("wide", locale=lang).items()}  # 0 = Monday
    return months, days


def month_names(lang: str) -> dict[str, int]:
    """Month names and abbreviations (lower case, at least 3 letters) -> month number."""
    return {k: v for k, v in _names(lang)[0].items() if len(k) >= 3}


@lru_cache(maxsize=None)
def _patterns(lang: str):
    months, days = _names(lang)
    m = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    d = "|".join(sorted(map(re.escape, days), key=len, reverse=True))
    # The weekday before a date ("vendredi 17 novembre", "Monday, Oct. 14") is read by ``weekday``, not by these
    # patterns: an optional leading group would be tried at every position of the text.
    day_first = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({m})\b\.?(?:\s+(\d{{4}}))?", re.I)
    month_first = re.compile(rf"\b({m})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
    weekday = re.compile(rf"\b({d}),?\s+$", re.I)
    return months, days, day_first, month_first, weekday


def _year_for(month: int, day: int, weekday: int | None, years: list[int]) -> int | None:
    if weekday is not None:
        base = sorted(years) or []
        span = range(min(base) - 1, max(base) + 2) if base else range(0)
        fits = [y for y in span if _valid(y, month, day) and dt.date(y, month, day).weekday() == weekday]
        if fits:
            return min(fits, key=lambda y: (min(abs(y - b) for b in base), -y))  # ties: the later year
    # No weekday to check against: the latest year of the context (the text's own years first,
    # else the batch and corpus) is the nearest one to the time of writing.
    return max(years) if years else None


def _valid(y, m, d):
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


_YESTERDAY = re.compile(r"\b(yesterday|hier)\b", re.I)
# "le vendredi 17 novembre dernier", "last Friday, Nov. 17": a date the article looks back to, written after it.
_PAST_AFTER = re.compile(r"\s+(?:dernier|dernière|passé)\b", re.I)
_PAST_BEFORE = re.compile(r"\blast\s+$", re.I)


def find(text: str, lang: str, context_years: list[int] = (), fallback: list[str] = ()) -> tuple[dt.date | None, str]:
    """Return (date, how) for the first resolvable date in the text, else in ``fallback`` lines
    (e.g. an embedded tweet's date line); how explains the basis ("text", or "text-past" for a date
    the article looks back to: "le 17 novembre dernier") or the failure."""
    found, how = _find(text, lang, context_years)
    for line in fallback:
        if found:
            break
        found, _ = _find(line, lang, context_years)
        if found and _YESTERDAY.search(line):
            found -= dt.timedelta(days=1)  # "I left yesterday ... — Name (@handle) <date>"
    return found, (how if found and how.startswith("text") else "text" if found else how)


def _find(text: str, lang: str, context_years) -> tuple[dt.date | None, str]:
    found = []
    for code in dict.fromkeys((lang, "en" if lang == "fr" else "fr")):
        months, days, day_first, month_first, weekday = _patterns(code)
        for pat, order in ((day_first, "dm"), (month_first, "md")):
            for match in pat.finditer(text):
                a, b, year = match.groups()
                before = weekday.search(text, max(0, match.start() - 14), match.start())
                wd = before.group(1) if before else None
                day, month = (int(a), months[b.lower().rstrip(".")]) if order == "dm" else (int(b), months[a.lower().rstrip(".")])
                if 1 <= day <= 31:
                    start = before.start() if before else match.start()
                    past = bool(_PAST_AFTER.match(text, match.end()) or _PAST_BEFORE.search(text, max(0, start - 6), start))
                    found.append((start, day, month, days.get((wd or "").lower()), int(year) if year else None, past))
    found.sort()
    text_years = [f[4] for f in found if f[4]] + [int(y) for y in re.findall(r"\b(20[0-4]\d)\b", text)]
    for _, day, month, weekday, year, past in found:
        year = year or _year_for(month, day, weekday, text_years or list(context_years))
        if year and _valid(year, month, day):
            return dt.date(year, month, day), "text-past" if past else "text"
    if found:
        return None, "date has no year and none could be inferred; fix: set date: YYYY-MM-DD"
    return None, "no date found in the text; fix: set date: YYYY-MM-DD"


def weekday_before(text: str, lang: str, anchor: dt.date) -> dt.date:
    """The date of the first weekday the text names ("announced Monday", "a annoncé mardi"), taken as
    the latest such day on or before ``anchor`` (a date known from other articles); else ``anchor``."""
    days = _patterns(lang)[1]
    names = "|".join(sorted(map(re.escape, days), key=len, reverse=True))
    match = re.search(rf"\b({names})\b", text, re.I)
    if not match:
        return anchor
    return anchor - dt.timedelta(days=(anchor.weekday() - days[match.group(1).lower()]) % 7)
