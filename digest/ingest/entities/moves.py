"""A list of moves (a "carnet", "people on the move") names organisations without the usual cues: the label that
opens each item ("Acme. Jane Doe rejoint …", "Acme: Jane Doe becomes …") and a person's former employer in
apposition ("Jane Doe, ex-Acme, rejoint …", "Jane Doe (ex-Acme) devient …")."""

from __future__ import annotations

import bisect
import re

from ...registry import norm
from .base import _Tok
from .gazetteer import _common, _is_first_name, _places
from .words import HONORIFICS

# What a person does in an item of the list.
MOVE = re.compile(
    r"\b(?:rejoint|rejoindra|devient|deviendra|nommée?|promue?|succède|arrive|prend|quitte|joins|joined|becomes|"
    r"named|appointed|promoted|succeeds|takes over|moves|leaves|hired)\b",
    re.I,
)
# An item's label, then the person it is about: "Acme. Jane Doe", "Acme : Jane Doe", "- Acme: Jane Doe"; the items
# of one list share their stop or colon.
ITEM = re.compile(
    r"^[-•*–]?[ \t]*[A-ZÀ-Ý][\w&'’-]*(?: [A-ZÀ-Ý][\w&'’-]*){0,2}[ \t\u00a0]?([.:])[ \t\u00a0]+[A-ZÀ-Ý]", re.M
)
LABEL_END = re.compile(r"[ \t\u00a0]?([.:])[ \t\u00a0]+")
LINE_START = re.compile(r"(?:^|\n)[-•*–]?[ \t]*$")
EX_BEFORE = re.compile(r"[\w.][ \t]*(?:,|\()[ \t\u00a0]*$")
EX_AFTER = re.compile(r"[ \t\u00a0]*[,)]")
SENTENCE_STOP = re.compile(r"[.!?\n]")


def _moved_among(body: str, toks: list[_Tok], i: int, j: int) -> bool:
    """toks[i:j] labels an item of a list of moves (two items or more), or is a person's former employer in
    apposition, followed by the move it tells; a place or a common word never is ("Paris. Jane Doe …": a dateline)."""
    first = toks[i]
    if first.text[:3].lower() == "ex-":
        end = toks[j - 1].end
        return bool(
            EX_BEFORE.search(body, max(0, first.start - 4), first.start)
            and EX_AFTER.match(body, end)
            and MOVE.search(_sentence_rest(body, end))
            and not _place(toks, i, j)
        )
    if not LINE_START.search(body, max(0, first.start - 4), first.start):
        return False
    end = toks[j - 1].bare_start + len(toks[j - 1].bare)
    label = LABEL_END.match(body, end)
    if not label or j >= len(toks) or not _is_first_name(toks[j].bare) or _place(toks, i, j):
        return False
    return (
        bool(MOVE.search(_line_rest(body, label.end())))
        and norm(body[first.bare_start : end]) not in HONORIFICS  # "M. Jane Doe devient": a title
        and not _common(norm(body[first.bare_start : end]), set(), False)
        and ITEM.findall(body).count(label.group(1)) >= 2
    )


# A short line that starts with a capital, and the next line tells a move: an item's label on a line of its own.
LABEL_LINE = re.compile(r"^[ \t]*((?-i:[A-ZÀ-Ý])[^\n]{0,40}?)[ \t]*\n(?=[^\n]*?" + MOVE.pattern + ")", re.M | re.I)


def _column_labels(body: str, toks: list[_Tok], taken: list, lower: set[str]) -> list[tuple[int, int]]:
    """Names alone on their line, each over a line telling a move: a "people moves" column whose items its companies
    head ("Nvidia" above "Jane Doe was named head of research"). Where another such label is a company the text names,
    the other free ones are companies too; a place or a common word never is."""
    starts = [t.start for t in toks]
    labels, named = [], 0
    for line in LABEL_LINE.finditer(body):
        i = bisect.bisect_left(starts, line.start(1))
        j = bisect.bisect_left(starts, line.end(1))
        if i == j or j - i > 3 or toks[j - 1].end != line.end(1) or toks[i].start != line.start(1):
            continue
        if all(m is not None and m.kind == "company" for m in taken[i:j]):
            named += 1
        elif not any(taken[i:j]) and all(t.capitalised for t in toks[i:j]):
            labels.append((i, j))
    return [
        (i, j)
        for i, j in labels
        if named and not _place(toks, i, j) and not _common(norm(" ".join(t.bare for t in toks[i:j])), lower, False)
    ]


def _place(toks: list[_Tok], i: int, j: int) -> bool:
    return norm(" ".join(t.bare for t in toks[i:j])) in _places()


def _sentence_rest(body: str, at: int) -> str:
    stop = SENTENCE_STOP.search(body, at, at + 200)
    return body[at : stop.start() if stop else at + 200]


def _line_rest(body: str, at: int) -> str:
    stop = body.find("\n", at, at + 200)
    return body[at : stop if stop >= 0 else at + 200]
