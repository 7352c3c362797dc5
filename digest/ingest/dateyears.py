"""The year of a day and month that a page gives without one ("le 17 novembre", "Monday, August 5"): from the
page's date, the page's years, the story's years or the one year a named weekday fits; never from the clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .datelines import Stamp, valid_day


def _years_for(month: int, day: int, weekday: int | None, years: Sequence[int], before: dt.date | None = None):
    """Years that make a real date (on or before ``before``) and fit the weekday named with it."""
    return sorted(
        {
            y
            for y in years
            if valid_day(y, month, day)
            and (before is None or dt.date(y, month, day) <= before)
            and (weekday is None or dt.date(y, month, day).weekday() == weekday)
        }
    )


def complete(
    stamp: Stamp,
    weekday: int | None,
    anchor: dt.date | None,
    page_years: Sequence[int],
    context_years: Sequence[int],
    era_years: Sequence[int] = (),
    text_years: Sequence[int] = (),
) -> tuple[dt.date | None, str]:
    """The year of a day and month: the latest that puts it on or before the page's date, else the page's
    latest year (© 2025), else the story's only year, else, when a weekday is named with it, the only year
    of ``era_years`` (those the digest covers, near ``text_years`` first) where it falls on that weekday; a weekday
    must always fit."""
    m, d = stamp.month, stamp.day
    if anchor:
        years = _years_for(m, d, weekday, (anchor.year, anchor.year - 1), anchor)
        return (dt.date(years[-1], m, d), "text+year from page") if years else (None, "")
    if page_years:
        latest = max(page_years)
        years = _years_for(m, d, weekday, (latest, latest - 1) if weekday is not None else (latest,))
        return (dt.date(years[-1], m, d), "text+year from page") if years else (None, "")
    story = set(context_years)
    if weekday is not None:
        story |= {y + k for y in story for k in (-1, 1)}
    years = _years_for(m, d, weekday, story)
    if len(years) == 1:
        return dt.date(years[0], m, d), "story"
    # "lundi 11 décembre": among the years the digest covers (those near the years the text names first), the only
    # one where that day is that weekday
    years = _years_for(m, d, weekday, era_years) if weekday is not None else []
    years = [y for y in years if any(abs(y - t) <= 1 for t in text_years)] or years
    return (dt.date(years[0], m, d), "text+year from weekday") if len(years) == 1 else (None, "")


def anchor_date(
    anchor: dt.date | Stamp | None, page_years: Sequence[int], context_years: Sequence[int]
) -> dt.date | None:
    """The page's date as a date: a date line without a year takes one as a day and month of the text would."""
    if isinstance(anchor, Stamp):
        if anchor.year:
            return dt.date(anchor.year, anchor.month, anchor.day)
        return complete(anchor, None, None, page_years, context_years)[0]
    return anchor
