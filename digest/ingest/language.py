"""Language detection (fr/en) by counting frequent function words."""

import re

_FR = set(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "un",
        "une",
        "et",
        "est",
        "que",
        "qui",
        "pour",
        "dans",
        "sur",
        "avec",
        "pas",
        "par",
        "au",
        "aux",
        "ces",
        "cette",
        "son",
        "sa",
        "ses",
        "il",
        "elle",
        "nous",
        "vous",
        "ont",
        "été",
        "être",
        "a",
    ]
)
_EN = set(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "was",
        "it",
        "he",
        "she",
        "are",
        "be",
        "has",
        "have",
        "from",
        "this",
        "which",
        "at",
        "an",
    ]
)


def detect(text: str) -> str:
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text.lower())
    fr = sum(map(_FR.__contains__, words))
    en = sum(map(_EN.__contains__, words))
    return "fr" if fr > en else "en"
