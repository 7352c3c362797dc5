"""Roles in both languages: one glossary for ingest's descriptions and the site's sentences.

A role is stored as the article wrote it ("interim CEO", "PDG par intérim"); pages show it in
their own language when it is a known plain role, and as written otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

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


# Faker's person providers (MIT) name their given-name lists "first_names", "first_names_female",
# "first_romanized_names_male", "first_name_female_pairs" (kanji, kana, romaji) and the like.
_FIRST_NAME_LIST = re.compile(r"first_(?:romanized_)?names?(?:_(?P<gender>female|male))?(?:_[a-z]+)?")


def _key(name: str) -> str:
    return (name if name.isascii() else unidecode(name)).lower().replace("-", "").replace("'", "")


_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .-]*")


def _latin(names) -> set[str]:
    """The names of a Faker list written in Latin letters (of a romanized pair, its last element)."""
    return {name for name in (n[-1] if isinstance(n, tuple) else n for n in names) if _LATIN_NAME.fullmatch(name)}


def _romanized(attribute: str, names) -> bool:
    return "romanized" in attribute or any(isinstance(name, tuple) for name in names)


def _tally(male: int, female: int) -> str:
    if male and not female:
        return "male"
    if female and not male:
        return "female"
    if male >= 2 * female > 0:
        return "mostly_male"
    if female >= 2 * male > 0:
        return "mostly_female"
    return "andy"


@lru_cache(maxsize=1)
def first_names() -> dict[str, tuple[str, int]]:
    """Every given name of Faker's person providers, all locales, by ASCII key: its gender by the number of lists
    that give it to men and to women, and the number of locales that list it (loaded once, on first use)."""
    import importlib
    import pkgutil

    import faker.providers.person

    lists: dict[tuple[frozenset, str | None], set[str]] = {}  # locales share lists: each counted once
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute, value in vars(provider).items():
            m = _FIRST_NAME_LIST.fullmatch(attribute)
            if m and isinstance(value, (list, tuple, dict)):
                # a romanized list is one of given names written in two scripts, never of English words
                found = lists.setdefault((frozenset(_latin(value)), m.group("gender")), set())
                found |= {module.name, module.name + "-Latn"} if _romanized(attribute, value) else {module.name}
    counts: dict[str, list] = {}
    for (names, sex), locales in lists.items():
        for name in names:
            tally = counts.setdefault(_key(name), [0, 0, set()])
            if sex:
                tally[sex == "female"] += 1
            tally[2] |= locales
    return {name: (_tally(male, female), len(where)) for name, (male, female, where) in counts.items()}


def gender(first: str) -> str:
    """The gender the lists give a first name: "male", "female", "mostly_male", "mostly_female", "andy" (as often
    either, or in lists that say neither) or "unknown"."""
    return first_names().get(_key(first), ("unknown", 0))[0]


def common_first_name(first: str) -> bool:
    """A first name at least two locales list: a name only one lists may be a word too (the generic English list
    has "Orange", "Early", "West") and proves no person on its own."""
    return first_names().get(_key(first), ("unknown", 0))[1] > 1


def is_female(name: str) -> bool:
    """Whether the first word of ``name`` is a woman's first name, for French agreement."""
    first = name.split()[0] if name.split() else ""
    return gender(first) in ("female", "mostly_female")
