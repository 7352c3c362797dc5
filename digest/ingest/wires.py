"""The news agencies (wires) as outlets: one name for each ("AP" is The Associated Press, which the page may
write with or without its article), and the "avec AFP" tail a byline or a source line adds to the outlet it names."""

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
