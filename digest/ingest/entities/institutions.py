"""Organisations whose names hold lower-case words: a name spelled out before its acronym ("Office national des
forêts (ONF)", "Ministry of Economy, Trade and Industry (METI)"), or a French public body's or lab's name after
an article, ended by punctuation ("l'Observatoire des métiers de la data, ...")."""

from __future__ import annotations

import re

from ...registry import norm, slug
from .base import ELISION, _sentence_initial, _Tok
from .cues import _ADJ
from .gazetteer import _school
from .words import FUNCTION_WORDS, _words

# Words that say a name is an organisation's: public bodies, labs, institutes, associations, funds.
ORG_HEADS = _words(
    "office ministry ministère agency agence authority autorité bureau commission committee comité council conseil "
    "department département direction administration observatoire observatory institut institute laboratoire "
    "laboratory lab centre center ecole universite university union federation fédération association fondation "
    "foundation organisation organization société society caisse banque bank fonds fund groupe group satt pôle cluster"
)
# Words that head or end an institution's name ("Université X", "X University", "X Business School", "X Agency").
INSTITUTION_HEADS = _words(
    "universite university ecole institut institute fondation laboratoire academie agence ministere hopital clinique"
)
INSTITUTION_TAILS = _words(
    "university universite college school academy academie agency commission ministry laboratory center centre "
    "clinic hospital"
)
ACRONYM_AROUND = re.compile(r"\s*\(")
ARTICLE_BEFORE = re.compile(r"(?:\b(?:la|le|les|du|des|au|aux)|\b[lLdD]['’])[ \t\u00a0]*$")
LINKS = {"de", "des", "du", "pour", "en", "sur"}
# Punctuation, or "et" and another name or a determiner ("la Fondation X pour l'innovation et plusieurs
# entrepreneurs"); "et technologies du numérique" goes on with the name.
ENDS_NAME = re.compile(
    r"\s*(?:[,.;:)(]|$)|\s+(?:et|ou|and|or)\s+(?:[A-ZÀ-Ý]|[ldLD]['’]|(?:la|le|les|des|du|de|un|une|plusieurs|"
    r"the|a|an|several|other|autres?)\s)"
)
MAX_WORDS = 12
# "national", "québécois", "valaisan", "supérieure"
ADJECTIVE = re.compile(_ADJ + r"|[a-zéèêëàâîïôûç-]+(?:an|ane|ieur|ieure)s?")


def _initials(words: list[_Tok]) -> str:
    """The letters an acronym takes from ``words``: each content word's first letter, an acronym's own letters
    ("Fundamental AI Research" gives FAIR)."""
    return "".join(
        w.bare if w.bare.isupper() and len(w.bare) > 1 else w.bare[:1]
        for w in words
        if w.bare_key not in FUNCTION_WORDS or w.text != w.bare
    ).lower()


def _abbreviates(letters: str, initials: str, whole: bool = False) -> bool:
    """``letters`` (an acronym) abbreviate the words whose ``initials`` are given, read from the end: each letter is
    an initial, in order, and at most one inner word gives none ("Laboratoire Hybride d'Intelligence Artificielle de
    Rennes (LHIR)": an adjective left out). Without ``whole``, the words may be the end of the name only."""
    if letters == initials or not whole and letters.endswith(initials):
        return True
    if not initials or letters[-1:] != initials[-1:] or whole and letters[:1] != initials[:1]:
        return False
    kept = (initials[:n] + initials[n + 1 :] for n in range(int(whole), len(initials) - 1))
    return any(letters == rest if whole else letters.endswith(rest) for rest in kept)


def _spelled_out(body: str, toks: list[_Tok], taken) -> list[tuple[int, int]]:
    """Spans toks[k:a] spelled out right before an acronym toks[a] in brackets whose letters are their initials, that
    start with a capital and hold an organisation word; the acronym is left for the caller to alias."""
    spans = []
    for a in range(1, len(toks)):
        acro = toks[a]
        if not (
            acro.text.isupper()
            and 2 <= len(acro.text) <= 8
            and taken[a] is None
            and ACRONYM_AROUND.fullmatch(body, toks[a - 1].end, acro.start)
            and body.startswith(")", acro.end)
        ):
            continue
        letters = acro.text.lower()
        for k in range(a - 1, max(-1, a - 1 - MAX_WORDS), -1):
            if _held(taken[k]) or re.search(r"[.;:!?\n]", body[toks[k].end : toks[k + 1].start]):
                break
            initials = _initials(toks[k:a])
            if not _abbreviates(letters, initials):
                break
            if (
                _abbreviates(letters, initials, whole=True)
                and toks[k].capitalised
                and any(t.bare_key in ORG_HEADS for t in toks[k:a])
            ):
                spans.append((k, a))
                break
    return spans


def _french_bodies(body: str, toks: list[_Tok], taken) -> list[tuple[int, int]]:
    """French names of public bodies, labs and institutes after an article, continued by adjectives and "de"
    phrases up to punctuation: "à l'Observatoire québécois de l'IA,", "directeur de l'Institut X pour le numérique,".
    A verb or a long phrase before the punctuation makes it no name."""
    spans = []
    for k, tok in enumerate(toks):
        if (
            _held(taken[k])
            or not tok.capitalised
            or tok.bare_key not in ORG_HEADS
            or _sentence_initial(body, tok)
            or not (ELISION.match(tok.text) or ARTICLE_BEFORE.search(body, max(0, tok.start - 8), tok.start))
        ):
            continue
        j = k + 1
        while j < len(toks) and j - k < 4 and taken[j] is None and _spaced(body, toks, j):
            if not (ADJECTIVE.fullmatch(toks[j].text) or toks[j].capitalised):
                break
            j += 1  # "Office national", "Observatoire québécois", "Institut Al Khawarizmi"
        end = j
        while end < len(toks) and end - k < MAX_WORDS and taken[end] is None and _spaced(body, toks, end):
            word = toks[end].text.lower()
            if ELISION.match(word) and word != toks[end].bare.lower():
                end += 1  # "d'informatique", "de l'Atlantique"
                continue
            m = end + (word in ("et", "and") and end + 1 < len(toks) and toks[end + 1].text.lower() in LINKS)
            if toks[m].text.lower() not in LINKS:
                break
            m += 1
            while m < len(toks) and toks[m].text.lower() in ("la", "le", "les", "the"):
                m += 1
            if m >= len(toks) or taken[m] is not None or toks[m].bare_key in FUNCTION_WORDS:
                break
            end = m + 1
        if end > k + 1 and ENDS_NAME.match(body, toks[end - 1].end):
            spans.append((k, end))
    return spans


def _spaced(body: str, toks: list[_Tok], k: int) -> bool:
    """toks[k] follows the token before it after plain spaces (no punctuation, no line break)."""
    return body[toks[k - 1].end : toks[k].start] in (" ", "\u00a0")


def _held(mention) -> bool:
    """A token already named: a product's name ("Office") does not stop a longer organisation's name."""
    return mention is not None and mention.kind != "product"


# A university acting as an organisation, not as where someone studied or teaches: joined, presided, a start-up's
# parent, or announcing ("will join X University as director", "présidente de l'Université X", "issue de
# l'Université X", "L'Université X et sa filiale annoncent").
SCHOOL_ACTS_BEFORE = re.compile(
    r"\b(?:join|joins|joined|joining|rejoindre|rejoint|rejoins|rejoignent|présidente?\s+de|president\s+of|"
    r"chancellor\s+of|issue?s?\s+de|spun\s+(?:out|off)\s+(?:of|from)|spin-?offs?\s+(?:of|de))"
    r"\s+(?:the\s+|la\s+|l['’]\s*)?$",
    re.I,
)
SCHOOL_ACTS_AFTER = re.compile(
    r"\s+(?:et\s+[^.;\n]{1,60}?\s+|and\s+[^.;\n]{1,60}?\s+)?(?:annonce|annoncent|a\s+annoncé|ont\s+annoncé|"
    r"announced|announces|announce)\b",
    re.I,
)


def _school_acts(body: str, toks: list[_Tok], i: int, j: int) -> bool:
    """toks[i:j] names a university or school that acts as an organisation of the story."""
    first, last = toks[i], toks[j - 1]
    acts = SCHOOL_ACTS_BEFORE.search(body, max(0, first.start - 40), first.bare_start) or SCHOOL_ACTS_AFTER.match(
        body, last.end
    )
    return bool(acts) and _school(norm(body[first.start : last.end]))


# A French institution noun in small letters before its proper name: "l'université Grenoble Alpes", "à l'école
# Polytechnique", "la fondation Lumen" name the institution ("Université Grenoble Alpes").
LOWER_HEADS = {"universite", "ecole", "institut", "fondation"}  # "le laboratoire LISA" is the lab "LISA"
DEFINITE_BEFORE = re.compile(r"(?:\b(?:la|le|du|au)|\b[lL]['’])[ \t\u00a0]*$")


def _lower_heads(body: str, toks: list[_Tok], taken, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans toks[k:j]: a run of capitals right after a small-letter institution noun with its definite article,
    or after the noun and "de" ("l'université de Gand", "l'université d'Oxford")."""
    spans = []
    for i, j in runs:
        k = i - 1
        if k > 0 and toks[k].text == "de" and taken[k] is None and _spaced(body, toks, k):
            k -= 1
        if (
            k >= 0
            and taken[k] is None
            and taken[i] is None
            and toks[k].bare_key in LOWER_HEADS
            and toks[k].bare.islower()
            and _spaced(body, toks, i)
            and (toks[k].text != toks[k].bare or DEFINITE_BEFORE.search(body, max(0, toks[k].start - 6), toks[k].start))
        ):
            spans.append((k, j))
    return spans


def _ampersand_firms(body: str, toks: list[_Tok], taken, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Halvorsen & Co.": a name, an ampersand and "Co." are one firm's name (other words after an ampersand are
    names of their own, joined by the caller: "Durand & Cie", "Procter & Gamble")."""
    return [
        (i, j + 1)
        for i, j in runs
        if j < len(toks)
        and taken[j] is None
        and toks[j].bare_key == "co"
        and toks[j].capitalised
        and body[toks[j - 1].end : toks[j].start] == " & "
        and toks[j - 1].text == toks[j - 1].bare
    ]


def _partners_named(body: str, toks: list[_Tok], taken, mentions: list) -> None:
    """ "Halden & Voss" names a firm after its partners: a surname alone beside an ampersand between two capitalised
    words is the firm's word, not the partner (named in full where the text means the person), and is freed."""
    if " & " not in body:
        return
    for k in range(1, len(toks)):
        if not (toks[k - 1].capitalised and toks[k].capitalised) or body[toks[k - 1].end : toks[k].start] != " & ":
            continue
        for n in (k - 1, k):
            held = taken[n]
            if (
                held is not None
                and held.kind == "person"
                and (held.start, held.end) == (toks[n].start, toks[n].end)
                and (held.id or "").endswith(f"-{slug(toks[n].bare)}")  # the surname, not a first name alone
            ):
                taken[n] = None
                mentions.remove(held)
