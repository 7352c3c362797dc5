"""Roles in both languages: one glossary for ingest's descriptions and the site's sentences.

A role is stored as the article wrote it ("interim CEO", "PDG par intérim"); pages show it in
their own language when it is a known plain role, and as written otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from unidecode import unidecode

from .model.text import norm

# (English, French masculine, French feminine)
ROLES = [
    ("co-founder", "co-fondateur", "co-fondatrice"),
    ("founder", "fondateur", "fondatrice"),
    ("CEO", "PDG", "PDG"),
    ("chief technology officer", "directeur technique", "directrice technique"),
    ("chief scientist", "scientifique en chef", "scientifique en chef"),
    ("vice president", "vice-président", "vice-présidente"),
    ("president", "président", "présidente"),
    ("researcher", "chercheur", "chercheuse"),
    ("engineer", "ingénieur", "ingénieure"),
    ("investor", "investisseur", "investisseuse"),
    ("spokesperson", "porte-parole", "porte-parole"),
    ("chairman", "président du conseil d’administration", "présidente du conseil d’administration"),
    ("chief operating officer", "directeur des opérations", "directrice des opérations"),
    ("chief financial officer", "directeur financier", "directrice financière"),
    ("board member", "membre du conseil d’administration", "membre du conseil d’administration"),
]
# Other names of the same roles: (form, index in ROLES)
SYNONYMS = (
    ("cofondateur", 0),
    ("cofondatrice", 0),
    ("cofounder", 0),
    ("directeur général", 2),
    ("directrice générale", 2),
    ("chief executive", 2),
    ("chief executive officer", 2),
    ("CTO", 3),
    ("vice-president", 5),
    ("directeur scientifique", 4),
    ("directrice scientifique", 4),
    ("chief scientific officer", 4),
    ("VP", 5),
    ("chair", 11),
    ("COO", 12),
    ("CFO", 13),
)
_FORMS = {norm(form): i for i, forms in enumerate(ROLES) for form in forms} | {norm(form): i for form, i in SYNONYMS}
_ROLE = re.compile(
    r"(?P<former>(?i:former|ex-|ancien|ancienne)\s*)?(?P<interim>(?i:interim|acting)\s+)?(?P<role>.+?)"
    r"(?P<interim_fr>\s+(?i:par intérim))?"
)


@lru_cache(maxsize=1)
def _finder() -> re.Pattern:
    forms = sorted(
        {form for forms in ROLES for form in forms} | {form for form, _ in SYNONYMS}, key=len, reverse=True
    )  # longest first: "vice-président" before "président"
    return re.compile(
        r"(?<![\w-])(?P<interim>(?:interim|acting)\s+)?(?P<role>"
        + "|".join(map(re.escape, forms))
        + r")(?P<interim_fr>\s+par intérim)?(?![\w-])",
        re.I,
    )


# "comme PDG par intérim", "as interim CEO", "nommée directrice technique": the role given, not one of an apposition
_GIVEN = re.compile(
    r"\b(?:as|comme|en tant que|au poste de|(?:post|role|position) of|poste de|to be|nommée?s?|appointed|named)"
    r"\s+(?:(?:l['’]|le |la |the |its |son |sa |their |her |his |new |nouveau |nouvelle |first |premier )+)?$",
    re.I,
)


def find(text: str) -> str | None:
    """The glossary role ``text`` gives someone, in English: "nommé PDG par intérim" -> "interim CEO";
    the one after "comme"/"as" when there is one ("X, PDG de Twitch, comme PDG par intérim"), else the first."""
    found = list(_finder().finditer(text))
    if not found:
        return None
    m = next((m for m in found if _GIVEN.search(text, 0, m.start())), found[0])
    return ("interim " if m.group("interim") or m.group("interim_fr") else "") + ROLES[_FORMS[norm(m.group("role"))]][0]


def given(text: str) -> str | None:
    """The role a move gives, in English, only when ``text`` introduces it ("pour rejoindre X comme directeur
    technique", "as its new CTO", "steps down as CEO"); a role in a description is not the move's."""
    m = next((m for m in _finder().finditer(text) if _GIVEN.search(text, 0, m.start())), None)
    return (
        ("interim " if m.group("interim") or m.group("interim_fr") else "") + ROLES[_FORMS[norm(m.group("role"))]][0]
        if m
        else None
    )


def all_forms() -> list[str]:
    """Every written form of every glossary role, in both languages."""
    return [form for forms in ROLES for form in forms] + [form for form, _ in SYNONYMS]


def translate(role: str, lang: str, female: bool = False) -> str | None:
    """``role`` (either language) in ``lang``: "interim CEO" <-> "PDG par intérim", "former CTO" ->
    "ancienne directrice technique" for a woman; None when it is not a plain role of the glossary."""
    m = _ROLE.fullmatch(role.strip())
    if not m or norm(m.group("role")) not in _FORMS:
        return None
    en, masculine, feminine = ROLES[_FORMS[norm(m.group("role"))]]
    interim = bool(m.group("interim") or m.group("interim_fr"))
    if lang == "en":
        return ("former " if m.group("former") else "") + ("interim " if interim else "") + en
    former = ("ancienne " if female else "ancien ") if m.group("former") else ""
    return former + (feminine if female else masculine) + (" par intérim" if interim else "")


# Words that tell which language a role outside the glossary is written in: French articles often keep an English
# title as it is ("head of post-training"), so the article's language does not say the role's.
_WORDS = {
    "en": {"of", "the", "and", "for", "head", "chief", "lead", "director", "manager", "officer", "senior", "staff"},
    "fr": {"de", "du", "des", "la", "le", "et", "responsable", "directeur", "directrice", "chef", "cheffe", "adjoint"},
}


def written_in(role: str) -> str | None:
    """The language a role is written in, when its words say it ("head of post-training": "en"); else None."""
    words = set(re.findall(r"[^\W\d_]+", role.lower()))
    found = [lang for lang, known in _WORDS.items() if words & known]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given names and their bearers' usual gender (digest/data/first_names.txt, from nomquamgender's name data and
    the World Gender Name Dictionary: `make first-names`), loaded once, on first use."""
    text = resources.files("digest").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    return dict(line.split(" ", 1) for line in text.splitlines() if line and not line.startswith("#"))


def gender(first: str) -> str:
    """The gender the list gives a first name: "male", "female", "mostly_male", "mostly_female", "andy" (as often
    either) or "unknown". The list is in lower-case ASCII ("Céline" is found as "celine")."""
    return first_names().get(unidecode(first).lower(), "unknown")


def is_female(name: str) -> bool:
    """Whether the first word of ``name`` is a woman's first name, for French agreement."""
    first = name.split()[0] if name.split() else ""
    return gender(first) in ("female", "mostly_female")
