"""The news agencies (wires) as outlets: one name for each ("AP" is The Associated Press, which the page may
write with or without its article), the "avec AFP" tail a byline or a source line adds to the outlet it names, and
a shouted name as an outlet writes itself, whether a page credits a wire beyond its dateline, and whether it names
itself again under the article."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..registry import norm

if TYPE_CHECKING:
    from .paste import Line, Page

_ALIASES = {
    "ap": "The Associated Press",
    "reuter": "Reuters",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
}


def canonical(name: str) -> str:
    name = WIRE_TAIL.sub("", name.strip().strip(".").strip())  # "Radio Alpes avec AFP": the outlet, not its wire
    return _ALIASES.get(name.lower(), name)


WIRE_TAIL = re.compile(r"\s+(?:avec|with|and|et)\s+(?:l['’])?(?:AFP|AP|Reuters|agences?|agencies|wires?)$", re.I)


_LOWER_PARTICLES = frozenset({"de", "du", "des", "of", "the", "and", "et", "la", "le", "les"})


def unshouted(name: str) -> str:
    """A name in capitals in title case, its particles in lower case: "L'HEBDO DU NUMÉRIQUE" → "L'Hebdo du
    Numérique"; a name not shouted, as written."""
    if not name.isupper():
        return name
    first, *rest = name.title().split()
    return " ".join([first, *(w.lower() if w.lower() in _LOWER_PARTICLES else w for w in rest)])


def credited(wire_name: str, lines: list[Line]) -> bool:
    """Whether the page's furniture names the wire beside its dateline (its byline, a licence in the copyright
    line): then the page only carries the wire's story, and the wire is the source."""
    named = re.compile(rf"(?<!\w){re.escape(wire_name)}(?!\w)")
    return any(not line.kept and line.kind != "title" and named.search(line.text) for line in lines)


def names_itself_below(words: set[str], wire_name: str, page: Page) -> bool:
    """Whether a note under the headline, outside the article's text and its copyright line, holds the distinctive
    ``words`` of the outlet the page's top names, and not the wire's name ("… not edited by Acme Ledger staff"): the
    page ran the wire's text as its own article ("Acme republishes Reuters content" says whose text it is)."""
    start = page.title.number if page.title else 12
    wire = re.compile(rf"(?<!\w){re.escape(wire_name)}(?!\w)")
    return bool(words) and any(
        not line.kept
        and line.kind not in ("title", "credit")
        and words <= set(norm(line.text).split())
        and not wire.search(line.text)
        for line in page.lines[start:]
    )
