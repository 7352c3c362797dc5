"""The line under a byline that gives the writer's job at the outlet ("Technology reporter", "Journaliste économie",
"Senior correspondent, Paris"): part of the byline, not a section heading of the article."""

from __future__ import annotations

import re

from ..names import name_shaped
from ..newsroom_jobs import JOBS
from ..paste import Line, nonblank

ROLE_UNDER_BYLINE = "the writer's role under the byline"

# a newsroom's job, with up to three words of beat or rank around it, and a place after a comma
_NEWSROOM_ROLE = re.compile(
    rf"(?i)^(?:[^\W\d][\w&'’-]*\s+){{0,3}}{JOBS}"
    r"(?:\s+[^\W\d][\w&'’-]*){0,4}(?:\s*,\s*[^\W\d][\w '’-]{1,30})?$"
)
_QUIET = ("byline", "dateline")  # what may stand between the byline and the role: its other lines


def newsroom_role(text: str) -> bool:
    """A short line that is only a journalist's job title, with its beat or rank and a place."""
    return len(text) <= 60 and not text.endswith((".", "!", "?", ":")) and bool(_NEWSROOM_ROLE.match(text))


def role_under_a_name(line: Line, lines: list[Line]) -> bool:
    """A newsroom job right under a name alone ("Liam Costa" over "Senior business writer"): the byline's second line,
    never the headline, whatever the classifier made of the name."""
    if not newsroom_role(line.text):
        return False
    above = next((other for other in reversed(lines[: lines.index(line)]) if other.text), None)
    return above is not None and name_shaped(above.text)


def roles_under_bylines(lines: list[Line]) -> None:
    """A newsroom job alone on the line after a byline (or after the byline's date line) belongs to the byline."""
    shown = nonblank(lines)
    for i, line in enumerate(shown):
        if line.kind not in ("", "heading") or i == 0 or not newsroom_role(line.text):
            continue
        above = shown[max(0, i - 2) : i]
        if above[-1].kind == "byline" or len(above) == 2 and above[0].kind == "byline" and above[1].kind in _QUIET:
            line.kind, line.reason = "byline", ROLE_UNDER_BYLINE
