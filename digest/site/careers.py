"""A person's career strip: their affiliations over time, from the moves the entries report.

Joining, being hired or appointed, or founding opens a span at a company; leaving or being fired closes it, and so
does joining another company from it. A span closed without a reported start begins before the first move told;
one never closed is ongoing at the last. A departure from a company already left is the same one told again
(fired, then hired elsewhere "from" it). This module computes the spans and their geometry (the same in every
language); ``charts.html`` draws them as inline SVG with a list of the spans as their text equivalent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

WIDTH = 600
LABELS = 170  # room for the company names left of the strip
RIGHT = 12
TOP = 4
ROW = 26
BAR = 14
AXIS = 22  # room for the years under the strip


@dataclass(frozen=True)
class Span:
    company: str
    role: str | None
    start: dt.date | None  # None: before the first move the entries tell
    end: dt.date | None  # None: ongoing
    x: float = 0
    y: float = 0
    width: float = 0


@dataclass(frozen=True)
class Strip:
    width: int
    height: int
    spans: tuple[Span, ...]
    ticks: tuple[tuple[int, float, float], ...]  # (year, x of its start, x of its middle) on the axis
    axis_y: float
    labels: tuple[tuple[str, float], ...]  # (company, y) of each row's label
    label_x: float = LABELS - 8  # where the company names end
    bar: int = BAR  # a span's height


def spans(events: Iterable) -> list[Span]:
    """The affiliations the dated ``events`` of one person imply, in the order they opened (oldest first)."""
    found: list[Span] = []
    open_at: dict[str, int] = {}  # company -> index in found of its open span

    def close(company: str, date: dt.date) -> None:
        if company in open_at:
            i = open_at.pop(company)
            found[i] = Span(company, found[i].role, found[i].start, date)
        elif all(span.company != company for span in found):  # else a departure told twice (fired, then hired)
            found.append(Span(company, None, None, date))

    for event in sorted((e for e in events if e.date and e.company), key=lambda e: e.sort_key()):
        if event.kind.affiliation == "opens":
            if event.from_company and event.from_company != event.company:
                close(event.from_company, event.date)
            if event.company not in open_at:
                open_at[event.company] = len(found)
                found.append(Span(event.company, event.kind.affiliation_role or event.role, event.date, None))
        elif event.kind.affiliation == "closes":
            close(event.company, event.date)
    return found


def strip(found: list[Span]) -> Strip | None:
    """The spans laid out on a time axis of whole years, a row per company; None without any."""
    if not found:
        return None
    dates = [d for span in found for d in (span.start, span.end) if d]
    first, last = min(dates).year, max(dates).year + 1
    if any(span.start is None for span in found):
        first -= 1  # room for what came before the first move told
    scale = (WIDTH - LABELS - RIGHT) / (dt.date(last, 1, 1) - dt.date(first, 1, 1)).days

    def x(date: dt.date) -> float:
        return round(LABELS + (date - dt.date(first, 1, 1)).days * scale, 1)

    rows: dict[str, int] = {}  # company -> its row: a return to a company continues its row
    laid = []
    for span in found:
        row = rows.setdefault(span.company, len(rows))
        left = x(span.start) if span.start else LABELS
        right = x(span.end) if span.end else WIDTH - RIGHT
        laid.append(Span(span.company, span.role, span.start, span.end, left, TOP + row * ROW + (ROW - BAR) / 2,
                         round(max(4.0, right - left), 1)))
    years = range(first, last + 1)
    every = 1 if len(years) <= 8 else 2 if len(years) <= 16 else 5
    ticks = tuple((year, x(dt.date(year, 1, 1)), x(dt.date(year, 7, 2))) for year in years
                  if year % every == 0 and year < last)
    axis_y = TOP + len(rows) * ROW
    labels = tuple((company, TOP + row * ROW + ROW / 2) for company, row in rows.items())
    return Strip(WIDTH, axis_y + AXIS, tuple(laid), ticks, axis_y, labels)
