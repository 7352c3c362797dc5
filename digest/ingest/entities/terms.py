"""Capitalised words that name no one: the terms a filing or a press release defines (the "Company", the
"Separation Date"), a company's own organs (its Board of Directors, Directoire, Conseil de surveillance, audit
committee), an organisation noun written with a capital to stand for the issuer ("the Company", "le Groupe"), and a
work's title named like a person ("the film Maria Callas")."""

from __future__ import annotations

import re

from ...registry import norm
from .. import prefilter
from .base import POSSESSIVE, Mention, _adjacent, _take, _Tok
from .words import FUNCTION_WORDS, _words

# `(the "Company")`, `(together, the "Notes")`, `(ci-après « la Société »)`, `("Separation Date")`: a defined term.
DEFINED = re.compile(
    r"\(\s*(?:(?:together|collectively|ensemble),?\s+)?(?:hereinafter\s+|ci-après\s+)?"
    r"(?:(?:the|la|le|les)\s+|l['’]\s*)?[\"“«]\s*(?:(?:la|le|les)\s+|l['’]\s*)?([^\"”»()\n]{1,40}?)\s*[\"”»]\s*\)"
)
NAME_BEFORE = 60  # characters before the bracket where the name a term abbreviates stands
# "the film X", "her novel, X,", "le documentaire « X »": the name after one of these nouns is a work's title.
WORK_NOUNS = _words(
    "film movie documentary biopic book novel memoir biography album opera documentaire livre roman biographie essai "
    "ouvrage"
)
WORK_STEMS = (
    "film",
    "movie",
    "documentar",
    "biopic",
    "book",
    "novel",
    "memoir",
    "biograph",
    "album",
    "opera",
    "opéra",
    "livre",
    "roman",
    "essai",
    "ouvrage",
)  # the nouns as the text folded to small letters holds them
WORK_GAP = frozenset({" ", ", ", " « ", " «\u00a0", "\u00a0«\u00a0", " “", ' "', "\u00a0"})

# An organisation noun that, alone with a capital, stands for the issuer: never a company's own name.
ORG_NOUNS = _words(
    "company compagnie group groupe societe firm firme entreprise corporation issuer emetteur registrant"
)
# A company's organs: its boards and committees ("Board of Directors", "Directoire", "Conseil de surveillance",
# "Comité des nominations et des rémunérations", "Audit Committee").
ORGAN_HEADS = _words("board directors administrateurs directoire conseil comite committee")
ORGAN_WORDS = ORGAN_HEADS | _words("""
administration surveillance direction supervisory management executive executif
audit nominations nomination nominating remunerations remuneration compensation governance gouvernance risk risks
risques strategy strategic strategique ethics ethique
""")


def _defined_terms(body: str, toks: list[_Tok], taken: list[Mention | None]) -> list[Mention]:
    """Take the terms ``body`` defines in brackets, and their later uses, as no name; a term that repeats a word
    of the name before its bracket ("Acme Robotics Inc. (“Acme”)") is that name's short form and is left to it."""
    terms: set[tuple[str, ...]] = set()
    for m in DEFINED.finditer(body):
        words = tuple(norm(w) for w in re.findall(r"\w+", m.group(1)))
        before = {norm(w) for w in re.findall(r"\w+", body[max(0, m.start() - NAME_BEFORE) : m.start()])}
        if words and m.group(1)[:1].isupper() and not (set(words) - FUNCTION_WORDS) & before:
            terms.add(words)
    return _take_uses(body, toks, taken, terms, "term")


def _work_titles(body: str, toks: list[_Tok], taken: list[Mention | None]) -> list[Mention]:
    """Take the titles of films, books and other works named like a person ("the film Maria Callas", "son livre,
    Marie Curie,", "le film « Paul Martin »"), and their later uses: a work, not a person of the article."""
    titles: set[tuple[str, ...]] = set()
    lowered = prefilter.fold(body)
    if not any(stem in lowered for stem in WORK_STEMS):
        return []
    for i in range(1, len(toks)):
        if (
            not toks[i].capitalised
            or toks[i - 1].bare_key not in WORK_NOUNS
            or taken[i] is not None
            or body[toks[i - 1].end : toks[i].start] not in WORK_GAP
        ):
            continue
        j = i + 1
        while j < len(toks) and toks[j].capitalised and taken[j] is None and _adjacent(body, toks[j - 1], toks[j]):
            j += 1
        if j - i >= 2:  # a one-word title is no person's name anyway
            titles.add(tuple(t.bare_key for t in toks[i:j]))
    return _take_uses(body, toks, taken, titles, "work")


def _take_uses(body: str, toks: list[_Tok], taken: list[Mention | None], phrases, kind: str) -> list[Mention]:
    """Every free use of each of ``phrases`` (word keys), taken as a mention of ``kind`` that names no one."""
    uses = []
    for words in phrases:
        n = len(words)
        for i in range(len(toks) - n + 1):
            if toks[i].capitalised and all(
                taken[k] is None and toks[k].bare_key == w for k, w in zip(range(i, i + n), words, strict=True)
            ):
                end = toks[i + n - 1].end
                uses.append(
                    _take(toks, taken, i, i + n, Mention(kind, None, body[toks[i].start : end], toks[i].start, end))
                )
    return uses


def _organ(words: list[str]) -> bool:
    """A name made only of a company's organ words and grammar words, or a lone organisation noun: no company."""
    keys = [norm(w) for w in words if norm(w) not in FUNCTION_WORDS]
    if len(keys) == 1 and keys[0] in ORG_NOUNS:
        return True
    return bool(keys) and any(k in ORGAN_HEADS for k in keys) and all(k in ORGAN_WORDS | ORG_NOUNS for k in keys)


def _organ_of(toks: list[_Tok], i: int, j: int) -> int:
    """Where the company's name starts in "Directoire de Groupe X", "Board of Directors of X": after an organ's
    name and its "de", "of"; ``i`` when toks[i:j] does not start with an organ."""
    for k in range(j - 2, i, -1):
        if (
            toks[k].text.lower() in ("de", "du", "des", "of")
            and toks[k + 1].capitalised
            and _organ([t.bare for t in toks[i:k]])
            and not _organ([t.bare for t in toks[k + 1 : j]])
        ):
            return k + 1
    return i


# Between a company's name and the bracket defining it: its legal form (", Inc.", " SA").
LEGAL_GAP = re.compile(r"(?:,?\s+(?:Inc|Ltd|LLC|Corp|Co|SA|SAS|SE|plc|PLC|GmbH|AG|N\.V|B\.V)\.?)?\s*$")


def _issuer_terms(body: str, mentions: list[Mention]) -> None:
    """The uses of a defined term that is an organisation noun ("Corvanta Systems, Inc. (the “Company”)") name the
    company defined: "the Company's operations" are Corvanta's."""
    companies = sorted((m.end, m.id) for m in mentions if m.kind == "company" and m.id)
    issuers: dict[str, str] = {}
    for m in DEFINED.finditer(body):
        term = norm(m.group(1))
        if term not in ORG_NOUNS or term in issuers:
            continue
        gap = LEGAL_GAP.search(body, max(0, m.start() - 12), m.start())
        name_end = gap.start() if gap else m.start()
        issuer = next((ident for end, ident in companies if end == name_end), None)
        if issuer:
            issuers[term] = issuer
    for m in mentions:
        term = norm(POSSESSIVE.sub("", m.surface))  # "the Company's operations"
        if m.kind == "term" and term in issuers:
            m.kind, m.id = "company", issuers[term]
