"""A business's trade in an apposition after its name ("X, spécialisée dans la data science", "X, a leader in
robotics"): said of people too, so a first name decides; a function after "head of" ("Head of Open Source")."""

from __future__ import annotations

import re

from .base import _Tok
from .gazetteer import _is_first_name

# "X, spécialisée dans la data science", "X, specialised in payments", "X, leader français de l'immobilier": a
# trade, said of a business, and of a person too ("Lucie X, spécialisée dans le droit"): a first name decides.
TRADE_AFTER = re.compile(
    r",\s+(?:(?:spécialisée?s?|specialized|specialised|specializing|specialising)\s+(?:dans|en|in)"
    r"|(?:(?:an?|the|un|le|l['’]un des|one of the)\s+)?(?:leaders?|leading|spécialistes?|specialists?|champions?|"
    r"acteurs?|players?|pionniers?|pioneers?|numéro un)\s+(?:[a-zéèêëàâîïôûç-]+\s+)?"
    r"(?:de|du|des|d['’]|of|in))\s",
    re.I,
)


def _trade_after(body: str, first: _Tok, end: int) -> bool:
    """A trade follows the name ending at ``end`` ("X, spécialisée dans ..."), and its ``first`` word is no first
    name."""
    return body.startswith(",", end) and bool(TRADE_AFTER.match(body, end)) and not _is_first_name(first.bare)


# "head of X", "VP of X", "responsable de X": in charge of a function as often as of an organisation.
HEAD_OF = re.compile(
    r"\b(?:head|heads|VP|vice[- ]president|director|lead|responsable|directeur|directrice)\s+(?:of|de|du|d['’])\s*$",
    re.I,
)
AT_EMPLOYER = re.compile(r"[ \t\u00a0]+(?:at|chez|for|of|de|du|d['’])[ \t\u00a0]*[A-ZÀ-Ý]")  # "... at Stripe"


def _function(body: str, start: int, end: int, core: list, lower: set[str]) -> bool:
    """The capitalised words from ``start`` to ``end`` after "head of" name a function, not an organisation: the
    text writes them in small letters too ("our Head of Inference", then "inference"), or an employer follows
    ("Head of Open Source at X")."""
    return bool(HEAD_OF.search(body, max(0, start - 30), start)) and (
        all(t.bare_key in lower for t in core) or AT_EMPLOYER.match(body, end) is not None
    )
