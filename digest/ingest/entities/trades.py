"""A business's trade in an apposition after its name ("X, spécialisée dans la data science", "X, a leader in
robotics"): said of people too, so a first name decides."""

from __future__ import annotations

import re

from .base import _Tok
from .gazetteer import _is_first_name

# "X, spécialisée dans la data science", "X, specialised in payments", "X, leader français de l'immobilier": a
# trade, said of a business, and of a person too ("Lucie X, spécialisée dans le droit"): a first name decides.
TRADE_AFTER = re.compile(
    r",\s+(?:(?:spécialisée?s?|specialized|specialised|specializing|specialising)\s+(?:dans|en|in)"
    r"|(?:(?:an?|the|un|le|l['’]un des|one of the)\s+)?(?:leaders?|leading)\s+(?:[a-zéèêëàâîïôûç-]+\s+)?"
    r"(?:de|du|des|d['’]|of|in))\s",
    re.I,
)


def _trade_after(body: str, first: _Tok, end: int) -> bool:
    """A trade follows the name ending at ``end`` ("X, spécialisée dans ..."), and its ``first`` word is no first
    name."""
    return body.startswith(",", end) and bool(TRADE_AFTER.match(body, end)) and not _is_first_name(first.bare)
