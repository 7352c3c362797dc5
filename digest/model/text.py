"""Names as keys: the one normalisation every lookup of a name uses, and the id a name gets."""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode


class _Transliterations(dict[int, str]):
    """A ``str.translate`` table giving each character unidecode's ASCII form, learnt once per character:
    unidecode reads a text character by character in Python, which on a whole paragraph costs more than all
    of ``norm``'s other work (it maps each character alone, so the table gives the same text)."""

    def __missing__(self, codepoint: int) -> str:
        self[codepoint] = ascii_form = unidecode(chr(codepoint))
        return ascii_form


_ASCII = _Transliterations()
_SEPARATORS = re.compile(r"['`\-‐‑–—_./]+")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Casefold, strip accents, treat apostrophes, hyphens, dots and runs of spaces alike."""
    if not text.isascii():
        text = text.translate(_ASCII)
    text = _SEPARATORS.sub(" ", text.casefold())
    return " ".join(text.split())


def slug(name: str, max_length: int = 80) -> str:
    """An id for a name: "Karén Simonyan" -> "karen-simonyan"; cut at a hyphen to ``max_length`` so any
    file system takes it as a file name (a 300-letter name once failed a whole paste)."""
    text = re.sub(r"[^a-z0-9]+", "-", unidecode(name).lower()).strip("-")
    if len(text) <= max_length:
        return text
    cut = text[: max_length + 1].rsplit("-", 1)[0]
    return cut if "-" in text[: max_length + 1] else text[:max_length]


def compact(text: str) -> str:
    """A key without spaces, to match @handles ("@satyanadella") against names."""
    return norm(text).replace(" ", "")
