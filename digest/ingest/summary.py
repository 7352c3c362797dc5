"""A 1-3 sentence summary taken from the lead of the cleaned article."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model.text import norm
from . import prefilter
from .titles import without_dateline

# never after an initial ("J. Doe") or an abbreviation's last letter ("the U.S. Department")
_SENTENCE = re.compile(r"(?<=[.!?»])(?<![\s(.][A-Z]\.)\s+(?=[A-ZÀ-Ý«\"“])")
# Sentences that report the story through another outlet, or that carry a death word
# (a classic machine-translation trap for "departure"), are not used.
_ATTRIBUTION = re.compile(r"\b(selon|d'après|according to)\b[^,]{0,40}\b(premier|first) (à|to) (signaler|report)", re.I)
_DEATH = prefilter.compile(r"\b(décès|décédé|mort|meurt|died|dies|death|passed away)\b", re.I)


# A headline run into its standfirst (a hard-wrapped page joined back): a lower-case word, then a capitalised
# article or pronoun opening a clause ("… 6,5 milliards de dollars Le créateur de ChatGPT rachète …"); a name
# such as "Le Monde" or "The Information" goes on in capitals and stays.
_GLUED = re.compile(
    r"(?<=[a-zà-ÿ0-9]) (?=(?:Le|La|Les|Un|Une|Des|Il|Elle|Ils|Elles|Ce|Cette|Ces|The|This|These|It|"
    r"He|She|They|Its|Their)\s[a-zà-ÿ])"
)
_ENDS = re.compile(r"[.!?…»”\"')]$")


def _unglued(sentence: str) -> list[str]:
    """``sentence`` cut where a headline runs into the next sentence, when both sides have five words or more."""
    parts = [sentence]
    for match in reversed(list(_GLUED.finditer(sentence))):
        head, tail = parts[0][: match.start()], parts[0][match.end() :]
        if len(head.split()) >= 5 and len(tail.split()) >= 5:
            parts[:1] = [head, tail]
    return parts


def summarise(body: str, max_sentences: int = 2) -> str | None:
    chosen: list[str] = []
    support = None  # how many sentences of the whole body carry a death word, counted only once one is met (rare)
    for sentence in _sentences(body):
        if _ATTRIBUTION.search(sentence):
            continue
        if _DEATH.search(sentence):
            support = _death_support(list(_sentences(body))) if support is None else support
            if support < 2:
                continue
        sentence = without_dateline(sentence)  # "TORONTO -- ", "Tokyo, March 31 (Jiji Press)--": where and when
        if any(_retold(sentence, earlier) for earlier in chosen):  # a standfirst, then the lead saying it again
            continue
        # A standfirst often ends without a full stop: it still ends its sentence, never runs into the next one.
        chosen.append(sentence if _ENDS.search(sentence) else sentence + ".")
        if len(chosen) == max_sentences or sum(map(len, chosen)) > 300:
            break
    return " ".join(chosen) or None


def _retold(sentence: str, earlier: str) -> bool:
    """``sentence`` says ``earlier`` again in other words: most of its words are the earlier sentence's."""
    words, before = set(norm(sentence).split()), set(norm(earlier).split())
    return len(words & before) >= 0.7 * max(len(words), len(before))


def _sentences(body: str) -> Iterator[str]:
    """The body's sentences in order, as far as they are read (the summary takes the first ones): five words at
    least; a short line without a final mark is a label or a date line left in the body, not a sentence."""
    for paragraph in body.split("\n\n"):
        if not paragraph or paragraph.startswith(("#", "- ")):
            continue
        for piece in _SENTENCE.split(paragraph):
            for part in _unglued(piece):
                sentence = part.strip()
                if len(sentence.split()) >= 5 and (_ENDS.search(sentence) or len(sentence.split()) >= 8):
                    yield sentence


def _death_support(sentences: list[str]) -> int:
    """How many sentences carry a death word (counted only when one is about to be chosen: rare)."""
    return sum(bool(_DEATH.search(s)) for s in sentences)
