"""A 1-3 sentence summary taken from the lead of the cleaned article."""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?<=[.!?»])(?<![\s(][A-Z]\.)\s+(?=[A-ZÀ-Ý«\"“])")
# Sentences that report the story through another outlet, or that carry a death word
# (a classic machine-translation trap for "departure"), are not used.
_ATTRIBUTION = re.compile(r"\b(selon|d'après|according to)\b[^,]{0,40}\b(premier|first) (à|to) (signaler|report)", re.I)
_DEATH = re.compile(r"\b(décès|décédé|mort|meurt|died|dies|death|passed away)\b", re.I)


def summarise(body: str, max_sentences: int = 2) -> str | None:
    paragraphs = [p for p in body.split("\n\n") if p and not p.startswith(("#", "- "))]
    sentences = [s.strip() for p in paragraphs for s in _SENTENCE.split(p) if len(s.split()) >= 5]
    chosen = []
    for sentence in sentences:
        if _ATTRIBUTION.search(sentence) or (_DEATH.search(sentence) and _death_support(sentences) < 2):
            continue
        # A standfirst often ends without a full stop: it still ends its sentence, never runs into the next one.
        chosen.append(sentence if re.search(r"[.!?…»”\"')]$", sentence) else sentence + ".")
        if len(chosen) == max_sentences or sum(map(len, chosen)) > 300:
            break
    return " ".join(chosen) or None


def _death_support(sentences: list[str]) -> int:
    """How many sentences carry a death word (counted only when one is about to be chosen: rare)."""
    return sum(bool(_DEATH.search(s)) for s in sentences)
