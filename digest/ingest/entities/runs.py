"""Runs of capitalised words that may be names, without the words that name nobody; the places a text names."""

from __future__ import annotations

import re

from ...registry import norm
from .. import prefilter
from .base import ARTICLE_ELIDED, _adjacent, _sentence_initial, _title_case, _Tok
from .gazetteer import (
    SHORT_FAMILY_NAMES,
    _calendar_words,
    _countries,
    _descriptive,
    _family_le,
    _is_first_name,
    _role_words,
)
from .gazetteer import _places as _world_places
from .words import FUNCTION_WORDS, GENERIC, INSTITUTION_LINKS, INSTITUTIONS, PARTICLES, TITLES


def _trim(body: str, toks: list[_Tok], i: int, j: int) -> int:
    """Where the name in a capitalised run starts, after the words that name nobody: function words starting a
    sentence or a headline (inside a sentence, a capital says they are part of a name: "chez La Famiglia"), titles,
    field acronyms, and nationalities or role words before those ("The Japanese", "Vice President",
    "French VC X", "Chief Technology Officer X"; "Dean" only before a full name). ``j`` when the whole run is
    such words. Before an institution's noun, a country and a field are its name's ("UK AI Security Institute")."""
    k = cut = i
    opening = None
    institution = j - i > 2 and toks[j - 1].bare_key in INSTITUTIONS
    while k < j:
        key = toks[k].bare_key
        plural = j - k > 2 and key[-1:] == "s" and key[:-1] in TITLES and toks[k].text[-1:] == "s"  # "Investors X Y"
        title = (key in TITLES or plural) and (
            j - k > 2 or not _is_first_name(toks[k].bare) or toks[k + 1].bare_key in TITLES
        )
        if key in FUNCTION_WORDS and opening is None:
            opening = _sentence_initial(body, toks[i]) or _title_case(body, toks[i].start)
        if key in SHORT_FAMILY_NAMES and _family_le(toks, k, j):
            break
        if key in GENERIC and institution and toks[k].text.isupper():
            k += 1
        elif (key in FUNCTION_WORDS and opening) or key in GENERIC or title:
            k = cut = k + 1
        elif (
            _descriptive(key)
            and k + 1 < j
            and (ARTICLE_ELIDED.match(toks[k].text) or k > i and cut == k and not institution)
            and not (k > i and _is_first_name(toks[k].bare))  # "Pour François Pelletier": a first name too
        ):
            k = cut = k + 1  # "L'Ivoirienne X", "The Japanese X": a nationality noun, the name follows
        elif _descriptive(key) or key in _role_words():
            k += 1
        else:
            break
    while cut < j and not toks[cut].capitalised:  # a name particle left at the start ("CEO de X")
        cut += 1
    return j if k == j else cut


# Degrees after a school's name ("a Stanford PhD").
DEGREES = {"phd", "ph d", "mba", "msc", "bsc", "dphil", "mphil", "llm", "jd"}
# Words that go on with an institution's name after its first complement ("Center for Research on X").
LINKS_ONWARD = {"on", "of", "for", "sur", "de", "du", "des", "pour"}


PLACE_CUE = prefilter.compile(
    r"\b(?:based in|headquartered in|located in|offices? in|city of|basée?s? à|installée?s? à|"
    r"implantée?s? à|siège à|ville de|"
    # "la vallée de Joux", "the Gulf of Guinea": a place noun and its complement
    r"(?:vallée|valley|région|region|lac|lake|mont|île|isle|baie|bay|plaine|plateau|côte|coast|canton|comté|county|"
    r"massif|golfe|gulf|delta|désert|desert|péninsule|peninsula)\s+(?:de|du|des|d['’]|of))\s*$",
    re.I,
)


def _places(body: str, toks: list[_Tok]) -> set[str]:
    """Names this text uses as places: before "-based" ("Abu Dhabi-based G42", then "Abu Dhabi’s ties") or after
    "based in", "basée à"; a capitalised noun after an article and before "de" and a place ("au Technopole de La
    Réunion", "la Métropole de Lyon"), a site or a body of that place which the text then calls by its noun alone."""
    places = set()
    for k, tok in enumerate(toks):
        if tok.capitalised and k + 2 < len(toks) and toks[k + 1].text in OF_PLACE and _place_of(body, toks, k):
            places.add(tok.bare_key)
        if tok.descriptor and tok.bare[:1].isupper():
            m = k
            while m > 0 and toks[m - 1].capitalised and _adjacent(body, toks[m - 1], toks[m]) and k - m < 4:
                m -= 1
            places.add(norm(" ".join(t.bare for t in toks[m : k + 1])))
        elif tok.capitalised and PLACE_CUE.search(body, max(0, tok.start - 30), tok.start):
            m = k + 1
            while m < len(toks) and toks[m].capitalised and _adjacent(body, toks[m - 1], toks[m]) and m - k < 4:
                m += 1
            places.add(norm(" ".join(t.bare for t in toks[k:m])))
    return places


OF_PLACE = {"de", "du", "of"}
ARTICLES = {"le", "la", "les", "au", "aux", "du", "the"}


def _place_of(body: str, toks: list[_Tok], k: int) -> bool:
    """toks[k] follows an article, and "de" or "of" and a place's name (one to three words) follow it."""
    if not (k and toks[k - 1].text.lower() in ARTICLES or toks[k].elided):
        return False
    m = k + 2
    while m < len(toks) and m - k < 5 and toks[m].capitalised and (m == k + 2 or _adjacent(body, toks[m - 1], toks[m])):
        if norm(" ".join(t.bare for t in toks[k + 2 : m + 1])) in _world_places():
            return True
        m += 1
    return False


def _runs(body, toks, taken) -> list[tuple[int, int]]:
    """Maximal runs of free capitalised tokens, allowing name particles inside ("Ursula von der Leyen"), without
    the leading words that name nobody (``_trim``)."""
    runs, after = [], 0
    for i in [k for k, tok in enumerate(toks) if tok.capitalised]:  # a run starts with a capital
        if i >= after and taken[i] is None:
            j = i + 1
            institution = False  # "Center for ...": the name may go on ("... on Foundation Models")
            while (
                j < len(toks)
                and taken[j] is None
                and (
                    _adjacent(body, toks[j - 1], toks[j])
                    or _elided_place(body, toks, i, j)
                    or _elided_link(body, toks, j)
                    or _middle_initial(toks, j - 1)
                    and body[toks[j - 1].end : toks[j].start] == " "
                )
            ):
                link = toks[j].text in INSTITUTION_LINKS and toks[j - 1].bare_key in INSTITUTIONS
                if toks[j].capitalised and toks[j].bare_key in DEGREES:
                    break  # "a University of Tokyo PhD": the degree is no part of the name
                if toks[j].capitalised:
                    j += 1
                elif (
                    (toks[j].text.lower() in PARTICLES or link or institution and toks[j].text in LINKS_ONWARD)
                    and (k := _after_particles(body, toks, taken, j)) < len(toks)
                    and toks[k].capitalised
                    and taken[k] is None
                    and (k == j + 1 or not toks[k].text.isupper())  # "de la HEIJ": after particles, an acronym
                ):  # names a school, not a surname
                    institution = institution or link
                    j = k + 1  # "von der Leyen", "van der Meulen": particles before the surname
                elif toks[j].text in INSTITUTION_LINKS and (end := _institution_end(body, toks, taken, j + 1)):
                    j = end  # "Future of Life Institute"
                else:
                    break
            j += _numbered(body, toks, taken, j)
            start = _trim(body, toks, i, j)
            before_descriptor = j < len(toks) and toks[j].descriptor and _adjacent(body, toks[j - 1], toks[j])
            if start < j and not before_descriptor:  # "Abu Dhabi-based": a place
                runs.append((start, j))
            after = j
    return runs


def _numbered(body: str, toks: list[_Tok], taken, j: int) -> bool:
    """toks[j] is a number of one to three digits that the capitalised word before it never goes without in this
    text ("Falco 3 ... Falco 3 would", "la start-up Nuage 7"): part of the name, as a glued one is ("Tern4"); a
    date ("March 3") never."""
    if j >= len(toks) or not toks[j].bare.isdigit() or len(toks[j].bare) > 3 or taken[j] is not None:
        return False
    word = toks[j - 1]
    if body[word.end : toks[j].start] != " " or not word.text[-1:].isalnum() or word.bare_key in _calendar_words():
        return False
    return body.count(word.bare) == body.count(f"{word.bare} {toks[j].bare}")


MIDDLE_INITIAL = re.compile(r"[A-ZÀ-Ý]\.")


def _middle_initial(toks: list[_Tok], k: int) -> bool:
    """toks[k] is an initial between a first name and a capitalised word ("Jane M. Doe"): inside the name, not the
    end of a sentence."""
    return (
        0 < k < len(toks) - 1
        and MIDDLE_INITIAL.fullmatch(toks[k].text) is not None
        and toks[k + 1].capitalised
        and _is_first_name(toks[k - 1].bare)
    )


def _after_particles(body: str, toks: list[_Tok], taken, j: int) -> int:
    """The token after toks[j] and up to two more name particles that follow it ("van der", "de la")."""
    k = j + 1
    while (
        k < len(toks)
        and k - j < 3
        and taken[k] is None
        and toks[k].text.lower() in PARTICLES
        and _adjacent(body, toks[k - 1], toks[k])
    ):
        k += 1
    return k


def _institution_end(body: str, toks: list[_Tok], taken, k: int) -> int:
    """The end of the capitalised words from toks[k] when the last is an institution's ("of Life Institute"), else 0."""
    j = k
    while (
        j < len(toks)
        and j - k < 4
        and taken[j] is None
        and toks[j].capitalised
        and _adjacent(body, toks[j - 1], toks[j])
    ):
        j += 1
    return j if j > k and toks[j - 1].bare_key in INSTITUTIONS else 0


ELIDED_DE = re.compile(r"[dD]['’][A-ZÀ-Ý]")


def _elided_link(body: str, toks: list[_Tok], j: int) -> bool:
    """toks[j] is "d’" and a capitalised word after an institution's noun ("Caisse d’Epargne", "Institut d’Optique"):
    the name goes on."""
    return (
        toks[j - 1].bare_key in INSTITUTIONS
        and ELIDED_DE.match(toks[j].text) is not None
        and body[toks[j - 1].end : toks[j].start] == " "
    )


def _elided_place(body: str, toks: list[_Tok], i: int, j: int) -> bool:
    """toks[j] is elided ("d’Ivoire") and completes a country's name with the words before it ("Côte d’Ivoire")."""
    if toks[j].text == toks[j].bare or body[toks[j - 1].end : toks[j].start] != " ":
        return False
    return any(norm(body[toks[k].start : toks[j].end]) in _countries() for k in range(max(i, j - 3), j))
