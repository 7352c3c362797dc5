"""The news agencies (wires) as outlets: one name for each ("AP" and "Associated Press" are The Associated
Press), and the "avec AFP" tail a byline or a source line adds to the outlet it names."""

from __future__ import annotations

import re

_ALIASES = {
    "ap": "The Associated Press",
    "associated press": "The Associated Press",
    "the associated press": "The Associated Press",
    "reuter": "Reuters",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
}


def canonical(name: str) -> str:
    name = WIRE_TAIL.sub("", name.strip().strip(".").strip())  # "Radio Alpes avec AFP": the outlet, not its wire
    return _ALIASES.get(name.lower(), name)


WIRE_TAIL = re.compile(r"\s+(?:avec|with|and|et)\s+(?:l['’])?(?:AFP|AP|Reuters|agences?|agencies|wires?)$", re.I)
