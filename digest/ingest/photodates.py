"""The days a page's photos were taken (the full dates of its captions): the text's weekday alone ("tumbled
Monday") or day and month without a year ("on March 19") takes its date from the one photo day it fits, since a
news photo is taken on the day of the news; a file photo is not, and never dates anything."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from .datelines import Stamp, valid_day
from .datementions import mentions

# "This photo illustration shows …", "Pictured: …", "Une image de …": a sentence that describes a picture
PICTURE = re.compile(r"\b(?:photos?|photographs?|pictured|pictures?|illustration|image)\b", re.I)
_FILE = re.compile(r"\b(?:file|archives?)\b", re.I)  # "FILE PHOTO: …", "photo d'archives"
NEAR = dt.timedelta(days=7)


def photo_days(captions: Iterable[str], lang: str) -> list[dt.date]:
    """The full dates the captions give, but a file photo's."""
    days = {
        dt.date(*mention.stamp)
        for caption in captions
        if not _FILE.search(caption)
        for mention in mentions(caption, lang)
        if mention.stamp and mention.stamp.year
    }
    return sorted(days)


def on_weekday(weekday: int, days: Iterable[dt.date]) -> dt.date | None:
    """The one photo day that falls on the weekday the text names."""
    fits = {day for day in days if day.weekday() == weekday}
    return fits.pop() if len(fits) == 1 else None


def in_year(stamp: Stamp, weekday: int | None, days: Iterable[dt.date]) -> dt.date | None:
    """A day and month in the one year that puts it within a week of a photo day (and on its weekday, if named)."""
    fits = {
        date
        for day in days
        for year in (day.year - 1, day.year, day.year + 1)
        if valid_day(year, stamp.month, stamp.day)
        and abs((date := dt.date(year, stamp.month, stamp.day)) - day) <= NEAR
        and (weekday is None or date.weekday() == weekday)
    }
    return fits.pop() if len(fits) == 1 else None
