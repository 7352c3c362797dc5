"""Roles in both languages: one glossary for ingest's descriptions and the site's sentences.

A role is stored as the article wrote it ("interim CEO", "PDG par intérim"); pages show it in
their own language when it is a known plain role, and as written otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from itertools import chain

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
# Posts named with words that are not only titles' ("head of research", "directeur produit", "deputy"): found and
# shown like the others, but kept out of the title words (``all_forms``) that tell a name's title in a sentence.
POSTS = [
    ("co-CEO", "co-PDG", "co-PDG"),
    ("deputy CEO", "directeur général délégué", "directrice générale déléguée"),
    ("chief AI officer", "directeur de l’IA", "directrice de l’IA"),
    ("chief product officer", "directeur produit", "directrice produit"),
    ("head of research", "directeur de la recherche", "directrice de la recherche"),
]
# Other names of the same roles: (form, index in ROLES + POSTS)
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
    ("président-directeur général", 2),
    ("présidente-directrice générale", 2),
    ("chairwoman", 11),
    ("chairperson", 11),
    ("président du conseil", 11),
    ("présidente du conseil", 11),
)
# Other names of posts, with words that are not only titles' (see POSTS)
OTHER_NAMES = (
    ("P-DG", 2),
    ("directeur de la technologie", 3),
    ("directrice de la technologie", 3),
    ("directeur technologique", 3),
    ("directrice technologique", 3),
    ("directeur de l’exploitation", 12),
    ("directrice de l’exploitation", 12),
    ("directeur administratif et financier", 13),
    ("directrice administrative et financière", 13),
    ("co-chief executive", 15),
    ("co-chief executive officer", 15),
    ("co-directeur général", 15),
    ("co-directrice générale", 15),
    ("deputy chief executive", 16),
    ("deputy chief executive officer", 16),
    ("directeur général adjoint", 16),
    ("directrice générale adjointe", 16),
    ("chief artificial intelligence officer", 17),
    ("directeur de l’intelligence artificielle", 17),
    ("directrice de l’intelligence artificielle", 17),
    ("director of research", 19),
    ("research director", 19),
    ("head of AI research", 19),
)


def _key(form: str) -> str:
    """A form as the glossary looks it up: "co-directeur général", "codirecteur général" and "Co Directeur Général"
    alike."""
    return norm(form).replace(" ", "")


_ROWS = ROLES + POSTS
_FORMS = {_key(form): i for i, forms in enumerate(_ROWS) for form in forms} | {
    _key(form): i for form, i in SYNONYMS + OTHER_NAMES
}
_ROLE = re.compile(
    r"(?P<former>(?i:former\s+|ex-\s*|ancienne\s+|ancien\s+))?(?P<interim>(?i:interim|acting)\s+)?(?P<role>.+?)"
    r"(?P<interim_fr>\s+(?i:par intérim))?"
)


@lru_cache(maxsize=1)
def _finder() -> re.Pattern:
    forms = sorted(
        {form for forms in _ROWS for form in forms} | {form for form, _ in SYNONYMS + OTHER_NAMES},
        key=len,
        reverse=True,
    )  # longest first: "vice-président" before "président"
    return re.compile(
        r"(?<![\w-])(?P<interim>(?:interim|acting)\s+)?(?P<role>"
        + "|".join(map(_written, forms))
        + r")(?P<plural>s)?(?P<interim_fr>\s+par intérim)?(?![\w-])",
        re.I,
    )


def _written(form: str) -> str:
    """A pattern of ``form`` as articles write it: either apostrophe, a hyphen or not, spaces of any run
    ("co-directeur" / "codirecteur", "directrice de l'IA" / "directrice de l’IA")."""
    return re.escape(form).replace("’", "['’]").replace("\\-", "[-\\s]?").replace("\\ ", "\\s+")


# "comme PDG par intérim", "as interim CEO", "nommée directrice technique": the role given, not one of an apposition
_GIVEN = re.compile(
    r"\b(?:as|comme|en tant que|au poste de|(?:post|role|position) of|poste de|fonctions de|to be|nommée?s?|"
    r"appointed|named)"
    r"\s+(?:(?:l['’]|le |la |the |its |son |sa |their |her |his |new |nouveau |nouvelle |first |premier )+)?$",
    re.I,
)


def find(text: str, names=()) -> str | None:
    """The glossary role ``text`` gives someone, in English: "nommé PDG par intérim" -> "interim CEO". ``names`` are
    the spans of people's names in ``text``: a role right before a name describes that person ("appointed chief
    operating officer A as interim CEO"), one right after a name is the one given ("a nommé A directeur général").
    The one after "comme"/"as" first ("X, PDG de Twitch, comme PDG par intérim"), else the first."""
    every = list(_finder().finditer(text))
    told = [m for m in every if _GIVEN.search(text, 0, m.start())]
    # a plural is a post given to several ("as co-CEOs"), or the people of a team ("une équipe de chercheurs")
    found = [m for m in every if not m.group("plural") or m in told]
    if not found:
        return None
    free = [m for m in found if not any(_BETWEEN_NAME.fullmatch(text, m.end(), a) for a, _ in names)]
    after_name = [m for m in free if any(_BETWEEN_NAME.fullmatch(text, b, m.start()) for _, b in names)]
    return _canonical(next(chain((m for m in told if m in free), after_name, told, found)))


def _canonical(m: re.Match) -> str:
    """The English glossary name of a role the finder matched, interim or not."""
    return ("interim " if m.group("interim") or m.group("interim_fr") else "") + _ROWS[_FORMS[_key(m.group("role"))]][0]


_BETWEEN_NAME = re.compile(r"\s*,?\s*")


def given(text: str) -> str | None:
    """The role a move gives, in English, only when ``text`` introduces it ("pour rejoindre X comme directeur
    technique", "as its new CTO", "steps down as CEO"); a role in a description is not the move's."""
    m = next((m for m in _finder().finditer(text) if _GIVEN.search(text, 0, m.start())), None)
    return _canonical(m) if m else None


# "its first chief AI officer", "un nouveau directeur financier": a post announced before anyone is named to it
_NEW = re.compile(r"\b(?:first|new|nouveau|nouvel|nouvelle|premier|première)\s+$", re.I)
_NAME_NEXT = re.compile(r"\s*,?\s*(?-i:[A-ZÀ-Ý])")


def announced(text: str) -> str | None:
    """The glossary role ``text`` announces as new without naming who holds it ("found its first chief AI officer"),
    in English."""
    m = next(
        (
            m
            for m in _finder().finditer(text)
            if _NEW.search(text, max(0, m.start() - 12), m.start())
            and not m.group("plural")
            and not _NAME_NEXT.match(text, m.end())
        ),
        None,
    )
    return _canonical(m) if m else None


def all_forms() -> list[str]:
    """Every written form of the glossary's titles, in both languages (not the posts named with other words)."""
    return [form for forms in ROLES for form in forms] + [form for form, _ in SYNONYMS]


def translate(role: str, lang: str, female: bool = False) -> str | None:
    """``role`` (either language) in ``lang``: "interim CEO" <-> "PDG par intérim", "former CTO" ->
    "ancienne directrice technique" for a woman; None when it is not a plain role of the glossary."""
    m = _ROLE.fullmatch(role.strip())
    if not m or _key(m.group("role")) not in _FORMS:
        return None
    en, masculine, feminine = _ROWS[_FORMS[_key(m.group("role"))]]
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
