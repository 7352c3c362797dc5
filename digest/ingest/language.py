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


# A paragraph that is one quotation from end to end: another voice's words, in their own language maybe
_QUOTED_PARAGRAPH = re.compile(r"^[\"“«].*[\"”»]$")


def of_own_text(text: str) -> str:
    """The language of a text's own paragraphs: a paragraph quoted whole (an aggregator's excerpt of a French outlet
    on an English page, a statement quoted in its language) does not decide it, unless the text is nothing else."""
    own = [p for p in text.split("\n") if not (p[:1] in '"“«' and _QUOTED_PARAGRAPH.match(p.strip()))]
    return detect("\n".join(own) if any(p.strip() for p in own) else text)
