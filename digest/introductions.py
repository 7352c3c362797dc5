"""The editor's introductions to the weekly editions: ``content/editions/<week>.<lang>.md``.

A week is an ISO week written as the site addresses it ("2024-W42"); an introduction is optional, in one or both
languages, with a title, a summary and a Markdown body (see docs/editors-guide.md: editions).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from .model import LANGUAGES, Key, Problem, read_document
from .model.schema import _str

FOLDER = "editions"  # under the content folder
WEEK_RE = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d{2})$")
FILE_RE = re.compile(r"^(?P<week>[^.]+)\.(?P<lang>[^.]+)\.md$")


INTRODUCTION_KEYS = {
    k.name: k
    for k in (
        Key("title", _str, True, 'title: "The week OpenAI hired from Microsoft"'),
        Key("summary", _str, True, 'summary: "One or two sentences: what this week was about."'),
    )
}


def week_of(date: dt.date) -> str:
    """The ISO week ``date`` falls in, as the site writes it: "2024-W42"."""
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}"


def monday(week: str) -> dt.date | None:
    """The first day of ``week`` ("2024-W42"), or None when it names no ISO week (2024-W60)."""
    found = WEEK_RE.match(week)
    if not found:
        return None
    try:
        return dt.date.fromisocalendar(int(found["year"]), int(found["week"]), 1)
    except ValueError:
        return None


@dataclass
class Introduction:
    """The editor's introduction to one week's edition, in one language."""

    path: Path
    week: str
    lang: str
    title: str
    summary: str
    body: str = ""
    key_lines: dict[str, int] = field(default_factory=dict, repr=False)
    body_line: int = 1


def paths(root: Path) -> list[Path]:
    return sorted((Path(root) / FOLDER).glob("*.md"))


def load_introduction(path: Path, label: str | None = None) -> tuple[Introduction | None, list[Problem]]:
    """Parse one introduction file; its name says its week and language (checked by ``digest check``)."""
    label = label or str(path)
    named = FILE_RE.match(path.name)
    if not named or monday(named["week"]) is None or named["lang"] not in LANGUAGES:
        return None, [
            Problem(
                label,
                1,
                f"'{path.name}' does not name an ISO week and a language",
                "name it <year>-W<week>.<lang>.md, e.g. 2024-W42.fr.md or 2024-W42.en.md "
                "(`digest new --edition 2024-W42` writes it)",
            )
        ]
    doc, clean, problems = read_document(path, INTRODUCTION_KEYS, label)
    if doc is None or not all(name in clean for name in INTRODUCTION_KEYS):
        return None, problems
    return Introduction(
        path=path,
        week=named["week"],
        lang=named["lang"],
        body=doc.body,
        key_lines=doc.key_lines,
        body_line=doc.body_line,
        **clean,
    ), problems
