"""Talent-flow charts: moves between companies laid out as a Sankey diagram, drawn by the templates as inline SVG.

A chart is columns of nodes (companies, "others", "not reported") joined by bands whose thickness is the number
of moves. This module computes the geometry only, the same in every language, in two frames: ``WIDE`` for a screen that
gives the chart its 600 px, ``NARROW`` for a phone (labels shorter, the centre's name on a row of its own), so that
the labels are drawn at 12 px on either; the templates (``charts.html``) write both SVGs with localised labels and
links (the stylesheet shows the one that fits its container), and the list of flows that is the text equivalent.
Per company: where its arrivals came from, the company in the middle, where its departures went. Site-wide:
the largest flows from one company to another, capped so that the chart stays readable at any size of corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

UNKNOWN = ""  # a move whose other company is not reported
OTHERS = "*"  # the companies beyond the largest few of a column, merged into one node

NODE_WIDTH = 10
HEADINGS = 12  # the baseline of the column headings
ROW = 22  # a node's least slot: its label's height
GAP = 6
TALLEST = 240  # the tallest column's nodes together, at most (px)
LEAST = 2.0  # a node's least height (px): one move is visible however many there are


@dataclass(frozen=True)
class Frame:
    """Where a chart is drawn: its width, the room for the labels beside the outer columns, the top of the nodes,
    the baseline of a middle column's label, and how many characters a company's name keeps there."""

    width: int
    labels: int
    top: int
    centre: int
    names: int


WIDE = Frame(600, 170, 26, HEADINGS, 24)
NARROW = Frame(340, 112, 42, 32, 14)  # drawn at its width on a 390 px phone; the centre's name under the headings


@dataclass(frozen=True)
class Node:
    company: str  # a company id, UNKNOWN or OTHERS
    count: int  # moves through it
    merged: int  # companies merged into OTHERS (0 otherwise)
    column: int
    x: float
    y: float
    height: float

    columns: int  # in its chart
    centre: int = HEADINGS  # a middle column's label baseline

    @property
    def label(self) -> tuple[float, float, str]:
        """Where its label goes (x, y, text-anchor): left of the first column, right of the last, a middle one's
        in the headings' row (above the bands that converge on it)."""
        if self.column == 0:
            return self.x - 6, round(self.y + self.height / 2, 1), "end"
        if self.column == self.columns - 1:
            return self.x + NODE_WIDTH + 6, round(self.y + self.height / 2, 1), "start"
        return self.x + NODE_WIDTH / 2, self.centre, "middle"


@dataclass(frozen=True)
class Band:
    source: str
    target: str
    count: int
    path: str  # SVG path data: a ribbon from the source's right edge to the target's left edge


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    columns: int
    nodes: tuple[Node, ...]
    bands: tuple[Band, ...]
    total: int  # moves drawn
    headings: int = HEADINGS  # the baseline of the columns' headings
    names: int = WIDE.names  # the characters a company's name keeps in a label
    narrow: Chart | None = None  # the same chart in the ``NARROW`` frame (on the chart in the ``WIDE`` one)


def company_chart(
    company: str, arrivals: Iterable[tuple[str, str | None]], departures: Iterable[tuple[str, str | None]], top: int = 8
) -> Chart | None:
    """Where the people who joined ``company`` came from (``arrivals``: each person with the company they left,
    None when not reported) and where those who left went (``departures``), the company in the middle; None
    without moves. A move told twice (fired, then hired elsewhere from the company) counts once, where it went."""
    sources = _column(_told_once(arrivals, company), top)
    targets = _column(_told_once(departures, company), top)
    if not sources and not targets:
        return None
    middle = [(company, max(sum(n for _, n, _ in sources), sum(n for _, n, _ in targets)), 0)]
    links = [((0, a), (1, company), n) for a, n, _ in sources] + [((1, company), (2, b), n) for b, n, _ in targets]
    return _framed([sources, middle, targets], links)


def _told_once(moves: Iterable[tuple[str, str | None]], company: str) -> Counter:
    """The other company of each move, UNKNOWN when not reported, but a person's moves not reported when the
    same person's move is also told with the other company."""
    moves = [(person, other or UNKNOWN) for person, other in moves if other != company]
    known = {person for person, other in moves if other}
    return Counter(other for person, other in moves if other or person not in known)


def site_chart(moves: Iterable[tuple[str, str]], top: int = 12) -> Chart | None:
    """The ``top`` largest flows of ``moves`` (pairs of the company left, the company joined) as two columns;
    None without any. Ties go to the companies' ids, so the chart is the same at every build."""
    pairs = Counter((a, b) for a, b in moves if a and b and a != b)
    best = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))[:top]
    if not best:
        return None
    outs, ins = Counter(), Counter()
    for (a, b), n in best:
        outs[a] += n
        ins[b] += n
    left, right = ([(c, n, 0) for c, n in sorted(side.items(), key=lambda kv: (-kv[1], kv[0]))] for side in (outs, ins))
    return _framed([left, right], [((0, a), (1, b), n) for (a, b), n in best])


def _column(counts: Counter, top: int) -> list[tuple[str, int, int]]:
    """(company, moves, merged) in order: the ``top`` largest, then the rest merged, then the moves not reported."""
    unknown = counts.pop(UNKNOWN, 0)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    column = [(company, n, 0) for company, n in ranked[:top]]
    rest = ranked[top:]
    if rest:
        column.append((OTHERS, sum(n for _, n in rest), len(rest)))
    if unknown:
        column.append((UNKNOWN, unknown, 0))
    return column


def _framed(columns: list[list[tuple[str, int, int]]], links: list[tuple[tuple, tuple, int]]) -> Chart:
    """The chart laid out in the ``WIDE`` frame, carrying its layout in the ``NARROW`` one."""
    return replace(_layout(columns, links, WIDE), narrow=_layout(columns, links, NARROW))


def _layout(columns: list[list[tuple[str, int, int]]], links: list[tuple[tuple, tuple, int]], frame: Frame) -> Chart:
    """Nodes stacked in each column (centred, each in a slot at least a label high), bands stacked along each
    node's edges in the order of the nodes at their other ends, so that they do not cross needlessly.
    A node is keyed by (column, company): site-wide, a company may be both where people came from and went."""
    unit = min(8.0, TALLEST / max(sum(n for _, n, _ in column) for column in columns))
    slots = [[max(ROW, LEAST, n * unit) + GAP for _, n, _ in column] for column in columns]
    top = frame.top if len(columns) > 2 else WIDE.top  # two columns: no middle label to make room for
    height = top + max(sum(column) for column in slots)
    step = (frame.width - 2 * frame.labels - NODE_WIDTH) / (len(columns) - 1)
    nodes: dict[tuple, Node] = {}
    for i, column in enumerate(columns):
        y = top + (height - top - sum(slots[i])) / 2
        for (company, n, merged), slot in zip(column, slots[i], strict=False):
            tall = max(LEAST, n * unit)
            nodes[(i, company)] = Node(
                company,
                n,
                merged,
                i,
                round(frame.labels + i * step, 1),
                round(y + (slot - GAP - tall) / 2, 1),
                round(tall, 1),
                len(columns),
                frame.centre,
            )
            y += slot
    out_at = {key: node.y for key, node in nodes.items()}
    in_at = dict(out_at)
    bands = []
    for a, b, n in sorted(links, key=lambda link: (nodes[link[0]].y, nodes[link[1]].y)):
        thick = max(1.0, n * unit)
        source, target = nodes[a], nodes[b]
        bands.append(
            Band(
                source.company, target.company, n, _ribbon(source.x + NODE_WIDTH, out_at[a], target.x, in_at[b], thick)
            )
        )
        out_at[a] += thick
        in_at[b] += thick
    bands.sort(key=lambda band: -band.count)  # stable: the thin bands are drawn last, on top
    return Chart(
        frame.width,
        round(height),
        len(columns),
        tuple(nodes.values()),
        tuple(bands),
        sum(n for _, _, n in links),
        names=frame.names,
    )


def _ribbon(x0: float, y0: float, x1: float, y1: float, thick: float) -> str:
    """A band of ``thick`` px from (x0, y0) to (x1, y1), its top and bottom edges cubic curves."""
    mid = (x0 + x1) / 2

    def r(value: float) -> str:
        return f"{value:.1f}".rstrip("0").rstrip(".")

    return (
        f"M{r(x0)} {r(y0)}C{r(mid)} {r(y0)} {r(mid)} {r(y1)} {r(x1)} {r(y1)}"
        f"L{r(x1)} {r(y1 + thick)}C{r(mid)} {r(y1 + thick)} {r(mid)} {r(y0 + thick)} {r(x0)} {r(y0 + thick)}Z"
    )
