"""A person's name alone on a line next to the headline or a date line: the author's byline (under the article, with
a surname's initial, a reader's comment)."""

from __future__ import annotations

import re

from ...registry import norm
from ..names import signed_names
from ..paste import TITLE, Page, nonblank
from .headline import is_body_paragraph

_INITIALLED_SURNAME = re.compile(r"^\S+(?:\s\S+)?\s[A-ZÀ-Ý]\.$")


NAME_ALONE = "a name alone beside the headline or a date line, or under the last paragraph (the author)"
_BESIDE_A_BYLINE = frozenset((TITLE, "dateline", "byline", "widget"))
_AFTER_THE_END = frozenset(("related", "tags", "credit"))


def name_bylines(page: Page, lang: str) -> None:
    """A person's name alone on a line next to the headline or a date line is the author's byline, and so is one
    under the article's last paragraph, over its 'read also' list, its tags or its copyright."""
    shown = nonblank(page.lines)
    title_at = page.title.number if page.title else 0
    prose: list[int] = []  # the article's paragraphs, read once a line may be a byline (as they are before any is)
    sentences: list[str] = []  # the lines of more than four words, normalised once (a long paste stays linear)
    for i, line in enumerate(shown):
        # above the headline is the masthead ("Savanna Signal", "San Francisco Bay Area"), not a byline
        if line.kind or i == 0 or line.number < title_at:
            continue
        near = shown[max(0, i - 2) : i] + shown[i + 1 : i + 3]
        # its neighbours first: most lines have none of those kinds around, and reading names costs more
        kinds = {other.kind for other in near}
        if not kinds & _BESIDE_A_BYLINE and not kinds & _AFTER_THE_END:
            continue
        prose = prose or [other.number for other in shown if is_body_paragraph(other, lang)] or [0]
        if not kinds & _BESIDE_A_BYLINE and line.number < prose[-1]:
            continue  # over a 'read also' list or the tags: the writer's name signs the article's end
        amid = prose[0] < line.number < prose[-1]
        if amid and not any(other.kind in (TITLE, "dateline", "byline") for other in near):
            continue  # beside a widget amid the article's paragraphs: an advertisement's label ("JORDAN TRAVEL")
        if not signed_names(line.text):
            continue
        if line.number > prose[-1] and _INITIALLED_SURNAME.search(line.text):
            line.kind, line.reason = "comment", "a reader's comment: its signature (a surname's initial)"
            continue  # "Nathalie K." under the article, beside a comment's age: a reader, not the author
        sentences = sentences or [f" {norm(o.text)} " if len(o.text.split()) > 4 else "" for o in shown]
        if any(f" {norm(line.text)} " in sentence for sentence in sentences[:i]):
            continue  # named in the headline or a sentence above: the person the article is about (a topic tag)
        line.kind, line.reason = "byline", NAME_ALONE
