"""A known company's name next to other capitalised words: a product or division of it ("Google Play"), a device
of its make ("Nvidia H200"), the place someone works ("chez Amazon Ads"), or the end of a longer name ("Ardent
Klarna")."""

from __future__ import annotations

import re

from .base import Mention, _adjacent, _standalone, _title_case, _Tok
from .cues import BEFORE_CUES
from .gazetteer import _calendar_words, _cities, _descriptive, _is_first_name
from .words import (
    FUNCTION_WORDS,
    GENERIC,
    HONORIFICS,
    INSTITUTIONS,
    NAME_SUFFIXES,
    ROLE_WORDS,
    TITLES,
    legal_form,
)

# "a small Nvidia Jetson board", "une carte Raspberry Pi": a device of the maker's make, which stays named.
DEVICE_AFTER = re.compile(
    r"[ \t\u00a0]+(?:boards?|chips?|GPUs?|modules?|cards?|phones?|smartphones?|laptops?|headsets?|servers?|"
    r"processors?|cartes?|puces?|serveurs?|processeurs?|casques?)\b"
)
# "a scientist at Amazon Ads", "directeur scientifique d'Amazon Ads": where someone works, whose company is named.
EMPLOYER_BEFORE = re.compile(
    r"\b(?:chez|joined|joins|joining|rejoint|rejoindre|left|leaves|leaving|quitté|quitte|quitter|"
    r"(?:directeur|directrice|director|head|chef|chief \w+|scientist|scientifique|engineer|ingénieure?|researcher|"
    r"chercheu(?:r|se)|vice[- ]president|vice-présidente?|VP|manager|responsable)(?: [a-zéè]+){0,2} "
    r"(?:of|at|de|du|d['’]))[ \t\u00a0]*$",
    re.I,
)

# "Nordic", "Baltic", "Pacific", "Caspian": a region's adjective before a company describes where it works.
REGION_ADJECTIVE = re.compile(r"\w{3,}(?:ic|ian|ean|ese|ish)")


def _divisions(body: str, toks: list[_Tok], taken: list[Mention | None]) -> None:
    """A known company name followed, in the same capitalised phrase, by a word that is no title, suffix or
    first name names a product or division ("Google Play", "Apple Intelligence"), not the company; headlines
    capitalise every word, so they are left alone. A model number ("Nvidia H200", "Samsung Galaxy S25") names
    a device of the company's make, and a division someone works at ("chez Amazon Ads") is the company's: the maker
    stays named."""
    for k in range(len(toks) - 1):
        m, nxt = taken[k], toks[k + 1]
        if (
            m is None
            or m.kind != "company"
            or toks[k].end != m.end
            or taken[k + 1] is not None
            or not nxt.capitalised
            or not _adjacent(body, toks[k], nxt)
        ):
            continue
        key = nxt.bare_key
        if (
            key in GENERIC
            or key in TITLES
            or key in NAME_SUFFIXES
            or legal_form(key)
            or key in FUNCTION_WORDS
            or key in ROLE_WORDS
            or _descriptive(key)
            or _is_first_name(nxt.bare)
            or _title_case(body, nxt.start)
            or _model_number(body, toks, k + 1)
            or DEVICE_AFTER.match(body, nxt.end)
            or _employer(body, toks, k, m)
        ):
            continue
        m.kind, m.id = "product", None


def _employer(body: str, toks: list[_Tok], k: int, m: Mention) -> bool:
    """The company ``m`` ending at toks[k] is where someone works ("chez Amazon Ads", "d'Amazon Ads")."""
    while k and toks[k - 1].start >= m.start:
        k -= 1
    return EMPLOYER_BEFORE.search(body, max(0, toks[k].bare_start - 40), toks[k].bare_start) is not None


def _model_number(body: str, toks: list[_Tok], k: int) -> bool:
    """toks[k], or the capitalised word after it, holds a digit: a model's designation ("H200", "Galaxy S25")."""
    if any(c.isdigit() for c in toks[k].text):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and _adjacent(body, toks[k], nxt) and any(c.isdigit() for c in nxt.text)


def _longer_name(body: str, toks: list[_Tok], taken: list, i: int) -> bool:
    """The known company name at toks[i] ends a longer name: one plain capitalised word of no other kind (no
    title, place, nationality, first name, month or grammar word) comes right before it, after an organisation cue
    here or where the text names it again ("led by Ardent Klarna", "chez Brume Google")."""
    word = toks[i - 1]
    if taken[i - 1] is not None or not word.capitalised or not _adjacent(body, word, toks[i]):
        return False
    key = word.bare_key
    return (
        word.bare.isalpha()
        and word.bare[1:].islower()
        and not (i > 1 and toks[i - 2].capitalised and _adjacent(body, toks[i - 2], word))
        and key not in GENERIC
        and key not in TITLES
        and key not in ROLE_WORDS
        and key not in FUNCTION_WORDS
        and key not in NAME_SUFFIXES
        and key not in HONORIFICS
        and key not in INSTITUTIONS
        and key not in _calendar_words()
        and key not in _cities()
        and not _descriptive(key)
        and not _is_first_name(word.bare)
        and not REGION_ADJECTIVE.fullmatch(key)
        and not _title_case(body, word.start)
        and any(_cued(body, at) for at in _standalone(f"{word.bare} {toks[i].bare}", body))
    )


def _cued(body: str, at: int) -> bool:
    return BEFORE_CUES.search(body, max(0, at - 60), at) is not None
