"""The news agencies (wires) as outlets: one name for each ("AP" is The Associated Press, which the page may
write with or without its article), the "avec AFP" tail a byline or a source line adds to the outlet it names, and
a shouted name as an outlet writes itself."""

from __future__ import annotations

import re

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
