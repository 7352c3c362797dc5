"""The checks of one entry on its own: its file name and folder, the ids it names, its body, its raw file, its date.
A rebuild after edits runs them on the edited entries only (with every check across files: ``checks``)."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path, PurePosixPath, PureWindowsPath

from . import content, registry
from .model import ENTRY_KEYS, Entry, Problem
from .model.kinds import FOLDERS
from .registry_checks import suggest

# Raw HTML the site's sanitiser removes: worth a warning so the editor is not surprised.
STRIPPED_HTML = re.compile(r"<\s*(script|iframe|object|embed|style|form)\b|\bjavascript\s*:", re.IGNORECASE)
FRONT_MATTER_LINE = re.compile(r"^(?P<key>[a-z_]+)\s*:(\s|$)")


# What `digest new` leaves for the editor to replace; publishing it would show the scaffolding.
PLACEHOLDER = "<!-- digest new:"
TODO_TRANSLATE = "TODO translate:"


def entry_problems(entry: Entry, label: str, corpus: content.Corpus, reg: registry.Registry) -> list[Problem]:
    """Every problem of one entry that its own file shows (``label``: its path as the editor knows it)."""
    return (
        _file_name(entry, label, corpus.root)
        + _ids(entry, label, corpus, reg)
        + body_problems(entry, label)
        + _raw(entry, label, corpus.root)
        + _dates(entry, label)
    )


def _file_name(entry: Entry, label: str, root: Path) -> list[Problem]:
    problems = []
    expected = f"{entry.slug}.{entry.lang}.md"
    if entry.path.name != expected:
        problems.append(
            Problem(
                label,
                entry.key_lines.get("slug", 1),
                f"file name '{entry.path.name}' does not match slug '{entry.slug}' and lang '{entry.lang}'",
                f"rename the file to {expected}, or change slug/lang to match the file name",
            )
        )
    folder, year = entry.path.parent.name, entry.date and str(entry.date.year)
    if year and folder != year and entry.path.parent != root / "entries":
        problems.append(
            Problem(
                label,
                entry.key_lines.get("date", 1),
                f"file is in entries/{folder}/ but its date says {year}",
                f"move it to entries/{year}/",
                "warning",
            )
        )
    return problems


def _ids(entry: Entry, label: str, corpus: content.Corpus, reg: registry.Registry) -> list[Problem]:
    problems = []
    for kind, key in FOLDERS.items():
        for unknown in [i for i in getattr(entry, key) if i not in corpus.entities(kind)]:
            problems.append(
                Problem(
                    label,
                    entry.key_lines.get(key, 1),
                    f"unknown {kind} '{unknown}' in {key}",
                    suggest(unknown, kind, corpus, reg),
                )
            )
    return problems


def body_problems(entry: Entry, label: str) -> list[Problem]:
    """`---` in a body: a second front-matter block is an error; one under a text line makes that line a heading.

    The only check that reads an entry's body: a rebuild after edits confined to bodies runs it alone on the
    edited entries (``build.snapshot.Snapshot.restore``), so any check reading ``entry.body`` belongs here."""
    problems = []
    lines = entry.body.split("\n") if "---" in entry.body else []
    i = 0
    while i < len(lines):
        if lines[i].strip() == "---":
            block_end = next((j for j in range(i + 1, len(lines)) if lines[j].strip() == "---"), None)
            block = [s for s in lines[i + 1 : block_end] if s.strip()] if block_end else []
            keys = [m["key"] for s in block if (m := FRONT_MATTER_LINE.match(s))]
            if block and len(keys) == len(block) and any(k in ENTRY_KEYS for k in keys):
                problems.append(
                    Problem(
                        label,
                        entry.body_line + i,
                        "a second front-matter block inside the body (lines "
                        f"{entry.body_line + i}-{entry.body_line + block_end})",
                        "move these keys into the front matter at the top of the file and delete this block",
                    )
                )
                i = block_end + 1
                continue
            if i > 0 and lines[i - 1].strip():
                problems.append(
                    Problem(
                        label,
                        entry.body_line + i,
                        "'---' right under a line of text turns that line into a heading",
                        "put an empty line before '---' for a horizontal rule, or write '## ' before the "
                        "line for a heading",
                        "warning",
                    )
                )
        i += 1
    for key in ("title", "summary"):
        if TODO_TRANSLATE in (getattr(entry, key) or ""):
            problems.append(
                Problem(
                    label,
                    entry.key_lines.get(key, 1),
                    f"{key} is not translated yet",
                    f"translate it and remove '{TODO_TRANSLATE}'",
                )
            )
    body = entry.body  # plain substring tests first: the regex over every body costs half a second at 10,000 entries
    suspicious = PLACEHOLDER in body or (("<" in body or "javascript" in body.lower()) and STRIPPED_HTML.search(body))
    for i, text in enumerate(entry.body.split("\n") if suspicious else []):
        if PLACEHOLDER in text:
            problems.append(
                Problem(
                    label,
                    entry.body_line + i,
                    "the body is still the `digest new` placeholder",
                    "write the article (or its translation) and delete the <!-- digest new: ... --> comment",
                )
            )
        if match := STRIPPED_HTML.search(text):
            problems.append(
                Problem(
                    label,
                    entry.body_line + i,
                    f"'{match.group(0)}' in the body: the site removes scripts, frames, forms and javascript: links",
                    "write the text without HTML, or as a normal link [text](https://...)",
                    "warning",
                )
            )
    return problems


def _inside(root: Path, pointer: str) -> bool:
    if PurePosixPath(pointer).is_absolute() or PureWindowsPath(pointer).is_absolute() or PureWindowsPath(pointer).drive:
        return False
    resolved = (root / pointer).resolve()
    return resolved.is_relative_to(root.resolve())


def _raw(entry: Entry, label: str, root: Path) -> list[Problem]:
    if not entry.raw:
        return []
    line = entry.key_lines.get("raw", 1)
    if not _inside(root, entry.raw):
        return [
            Problem(
                label,
                line,
                f"raw '{entry.raw}' points outside the content folder",
                "raw is a path relative to content/, e.g. raw: raw/my-article.txt",
            )
        ]
    if not (root / entry.raw).is_file():
        known = sorted(p.name for p in (root / "raw").glob("*") if p.is_file())
        close = difflib.get_close_matches(PurePosixPath(entry.raw).name, known, n=1)
        hint = f"did you mean raw/{close[0]}? " if close else ""
        return [
            Problem(
                label,
                line,
                f"raw '{entry.raw}' does not exist",
                f"{hint}point raw at the kept original under content/raw/, or delete the raw line",
            )
        ]
    return []


def _dates(entry: Entry, label: str) -> list[Problem]:
    if entry.date is None:  # ingest never guesses a date; it lists what it found instead (digest ingest's report)
        return [
            Problem(
                label,
                entry.key_lines.get("date", 1),
                "the entry has no date",
                "set date: YYYY-MM-DD (when the event happened or the article was published)",
                "warning",
            )
        ]
    if entry.date > dt.date.today() + dt.timedelta(days=1):
        return [
            Problem(
                label,
                entry.key_lines.get("date", 1),
                f"date {entry.date.isoformat()} is in the future",
                "check the year: the date is when the event happened or the article was published",
                "warning",
            )
        ]
    return []
