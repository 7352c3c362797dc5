"""A name the text makes the maker of a model: "X's new model", "the latest model from X", "le nouveau modèle de X",
and "the X team" or "l'équipe de X" where the text names a model after X ("X-2", "X 3 Pro"). Only a company makes
and releases models, so the name is one, even when a product named after it stands beside it."""

from __future__ import annotations

import re
from functools import lru_cache

from .base import _Tok
from .gazetteer import _countries, _places

MODEL_OF_BEFORE = re.compile(
    r"\b(?:models?|LLMs?)\s+(?:made\s+|built\s+|released\s+)?(?:from|by)\s+$"
    r"|\bmodèles?\s+(?:[a-zéèêà]+\s+)?(?:de|d['’])\s*$",
    re.I,
)
MODEL_OF_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:models?|LLMs?)\b")
# "the X team", "l'équipe de X": a maker's team, where the text names a model after X.
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
TEAM_AFTER = re.compile(r"\s+team\b")
TEAM_OF_BEFORE = re.compile(r"\bl['’]équipe\s+(?:de\s+recherche\s+)?(?:de\s+|d['’])$", re.I)


def _maker(body: str, toks: list[_Tok], i: int, j: int) -> bool:
    """toks[i:j] is named as the maker of a model (a place's models are the ones made there: "Nigeria's first
    model", "open models from Korea")."""
    start, end, last = toks[i].bare_start, toks[j - 1].end, toks[j - 1]
    if last.bare_key in _places() or last.bare_key in _country_words():
        return False
    if last.text != last.bare and MODEL_OF_AFTER.match(body, last.bare_start + len(last.bare)):
        return True
    before = body[max(0, start - 40) : start]
    if MODEL_OF_BEFORE.search(before):
        return True
    team = TEAM_OF_BEFORE.search(before) or THE_BEFORE.search(before) and TEAM_AFTER.match(body, end)
    return bool(team and re.search(rf"(?<![\w-]){re.escape(body[start:end])}[- ]v?\d", body))


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """The last words of countries' longer names, which name them alone too ("Korea", "Arabia", "Africa")."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in _countries() if " " in name)
