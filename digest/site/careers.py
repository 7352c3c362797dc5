"""A person's career strip: their affiliations over time, from the registry and the moves the entries report.

Joining, being hired or appointed, or founding opens a span at a company; leaving or being fired closes it, and so
does joining another company from it. A span closed without a reported start begins before the first move told;
one never closed is ongoing at the last. A departure from a company already left is the same one told again
(fired, then hired elsewhere "from" it). The registry's affiliations (``{company, role, from, to}``, bounds to the
year or month) are merged in: one that overlaps a span of the same company is that span (its bounds to the day
where a move falls within the registry's, its role the registry's), the others are spans of their own.
This module computes the spans and their geometry (the same in every language) in two frames, as ``flows`` does;
``charts.html`` draws them as inline SVG with a list of the spans as their text equivalent.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

RIGHT = 12
TOP = 4
ROW = 26
BAR = 14
AXIS = 22  # room for the years under the strip
YEAR_LABEL = 44  # the least room for a year's label on the axis (px)
_BOUND = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True)
class Frame:
    """Where a strip is drawn: its width, the room for the company names, how many characters a name keeps."""

    width: int
    labels: int
    names: int


WIDE = Frame(600, 170, 24)
NARROW = Frame(340, 112, 14)  # drawn at its width on a 390 px phone


@dataclass(frozen=True)
class Span:
    company: str
    role: str | None
    start: dt.date | None  # None: before the first move the entries tell, or not in the registry
    end: dt.date | None  # None: ongoing
    x: float = 0
    y: float = 0
    width: float = 0
    start_by: str = "day"  # how precisely ``start`` is known: "day" (a move), "month" or "year" (the registry)
    end_by: str = "day"


@dataclass(frozen=True)
class Strip:
    width: int
    height: int
    spans: tuple[Span, ...]
    ticks: tuple[tuple[int, float, float], ...]  # (year, x of its start, x of its middle) on the axis
    axis_y: float
    labels: tuple[tuple[str, float], ...]  # (company, y) of each row's label
    label_x: float = WIDE.labels - 8  # where the company names end
    bar: int = BAR  # a span's height
    names: int = WIDE.names  # the characters a company's name keeps in a label
    narrow: Strip | None = None  # the same strip in the ``NARROW`` frame (on the strip in the ``WIDE`` one)


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


def bound(value, last: bool) -> tuple[dt.date | None, str]:
    """A registry bound (2014, "2024-10", "2024-10-14", a date) as the first day of its period (the last when
    ``last``: an affiliation that ends "2014" ends within it) and its precision; (None, "day") when not given."""
    if isinstance(value, dt.date):
        return value, "day"
    written = isinstance(value, (str, int)) and not isinstance(value, bool)
    match = _BOUND.match(str(value).strip()) if written else None
    if not match:
        return None, "day"
    year, month, day = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    try:
        if day:
            return dt.date(year, month, day), "day"
        if month:
            return dt.date(year, month, calendar.monthrange(year, month)[1] if last else 1), "month"
        return dt.date(year, 12, 31) if last else dt.date(year, 1, 1), "year"
    except ValueError:
        return None, "day"


def registered(affiliations: Iterable) -> list[Span]:
    """The registry's affiliations of a person as spans; items without a company are left out (``digest check``
    reports them)."""
    found = []
    for item in affiliations:
        if isinstance(item, dict) and isinstance(item.get("company"), str) and item["company"]:
            (start, start_by), (end, end_by) = bound(item.get("from"), False), bound(item.get("to"), True)
            role = item.get("role") if isinstance(item.get("role"), str) else None
            found.append(Span(item["company"], role, start, end, start_by=start_by, end_by=end_by))
    return found


def merged(told: list[Span], affiliations: Iterable) -> list[Span]:
    """The spans the moves tell (``spans``) and the registry's ``affiliations``, each affiliation merged into the
    first span of its company it overlaps, oldest first."""
    found, free = list(told), set(range(len(told)))  # each span a move tells takes one affiliation at most
    for written in registered(affiliations):
        same = next(
            (i for i in sorted(free) if found[i].company == written.company and _overlap(found[i], written)), None
        )
        if same is None:
            found.append(written)
            continue
        free.discard(same)
        span = found[same]
        start, start_by = _bound(span.start, written.start, written.start_by)
        end, end_by = _bound(span.end, written.end, written.end_by)
        found[same] = Span(span.company, written.role or span.role, start, end, start_by=start_by, end_by=end_by)
    return sorted(found, key=lambda span: span.start or dt.date.min)  # stable: spans begun before, in their order


def _overlap(a: Span, b: Span) -> bool:
    return (a.start or dt.date.min) <= (b.end or dt.date.max) and (b.start or dt.date.min) <= (a.end or dt.date.max)


def _bound(told: dt.date | None, written: dt.date | None, written_by: str) -> tuple[dt.date | None, str]:
    """A merged span's bound: the move's day where it falls within the registry's month or year (or the registry
    gives none), else the registry's."""
    if told is None or written is None:
        return (told, "day") if written is None else (written, written_by)
    if written_by == "day":
        return written, "day"
    period = (written.year, written.month) if written_by == "month" else (written.year,)
    return (told, "day") if (told.year, told.month)[: len(period)] == period else (written, written_by)


def strip(found: list[Span]) -> Strip | None:
    """The spans laid out on a time axis of whole years, a row per company, in the ``WIDE`` frame carrying the
    ``NARROW`` one; None without any."""
    if not found:
        return None
    return replace(_layout(found, WIDE), narrow=_layout(found, NARROW))


def _layout(found: list[Span], frame: Frame) -> Strip:
    """A row per company (a return to a company continues its row); without any date, spans the strip's width."""
    dates = [d for span in found for d in (span.start, span.end) if d]
    years: range = range(0)
    scale = 0.0
    if dates:
        first, last = min(dates).year - any(span.start is None for span in found), max(dates).year + 1
        years = range(first, last)  # a year before the first move told, if any: room for what came before
        scale = (frame.width - frame.labels - RIGHT) / (dt.date(last, 1, 1) - dt.date(first, 1, 1)).days

    def x(date: dt.date) -> float:
        return round(frame.labels + (date - dt.date(years.start, 1, 1)).days * scale, 1)

    rows: dict[str, int] = {}
    laid = []
    for span in found:
        row = rows.setdefault(span.company, len(rows))
        left = x(span.start) if span.start else frame.labels
        right = x(span.end) if span.end else frame.width - RIGHT
        laid.append(replace(span, x=left, y=TOP + row * ROW + (ROW - BAR) / 2, width=round(max(4.0, right - left), 1)))
    every = next((n for n in (1, 2, 5, 10, 20, 50) if n * 365 * scale >= YEAR_LABEL), 100)
    ticks = tuple((year, x(dt.date(year, 1, 1)), x(dt.date(year, 7, 2))) for year in years if year % every == 0)
    axis_y = TOP + len(rows) * ROW
    labels = tuple((company, TOP + row * ROW + ROW / 2) for company, row in rows.items())
    return Strip(frame.width, axis_y + AXIS, tuple(laid), ticks, axis_y, labels, frame.labels - 8, names=frame.names)
