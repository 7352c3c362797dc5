"""Words every match of an event trigger holds, by kind (see ``triggers``), and the sentences of a text holding them."""

from __future__ import annotations

import bisect
from functools import lru_cache

from .company_needles import COMPANY_NEEDLES
from .move_needles import MOVE_NEEDLES

# Words every match of a trigger holds (lowercased), by kind, in the order the kinds are tried
NEEDLES = {**MOVE_NEEDLES, **COMPANY_NEEDLES}


def runs_holding(low: str, words: frozenset[str], needles, sentences, bounds) -> list[tuple[int, int]]:
    """The spans of consecutive sentences of ``low`` that hold one of ``needles`` (the whole text without needles):
    every trigger of a kind holds one of its words, and a substring search costs far less than a scan with the
    trigger's pattern. ``words`` are the needles without a blank that the text's words hold (``needles_held``):
    most needles are in no text, and are not looked for in it."""
    if needles is None or not sentences:
        return [(0, len(low))]
    held = set()
    spaced, unspaced = _kinds(needles)
    for word in (*spaced, *(unspaced & words)):
        at = low.find(word)
        while at >= 0:
            n = max(0, bisect.bisect_right(bounds, at) - 1)
            held.add(n)
            at = low.find(word, bounds[n + 1]) if n + 1 < len(bounds) else -1  # the next sentence: this one is held
    runs: list[tuple[int, int]] = []
    for n in sorted(held):
        if runs and runs[-1][1] >= sentences[n][0] - 1 and n and sentences[n - 1][1] == runs[-1][1]:
            runs[-1] = (runs[-1][0], sentences[n][1])
        else:
            runs.append(sentences[n])
    return runs


# needles holding a space (or another blank) may span two words: they are looked for in the text itself
_SPACED = frozenset(word for needles in NEEDLES.values() for word in needles if word.split() != [word])
_UNSPACED = frozenset(word for needles in NEEDLES.values() for word in needles) - _SPACED


@lru_cache(maxsize=64)
def _kinds(needles: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """A kind's needles holding a blank (looked for in every text) and the others (only those ``needles_held``
    found in the text's words)."""
    return tuple(word for word in needles if word in _SPACED), frozenset(needles) - _SPACED


@lru_cache(maxsize=1 << 16)
def _needles_in(word: str) -> frozenset[str]:
    """The needles without a blank that ``word`` holds (words repeat: most cost one cache lookup)."""
    return frozenset(needle for needle in _UNSPACED if needle in word)


def needles_held(low: str) -> frozenset[str]:
    """The needles without a blank that ``low`` holds: each is within one of its words (split at blanks)."""
    return frozenset().union(*map(_needles_in, set(low.split())))
