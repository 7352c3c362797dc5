"""Whether a short line names people: a person's name alone ("Jeanne Martin", a known first name and capitalised
words), names in a list ("Ann Lee and Bo Chen", "Ann Lee in London and Bo Chen in Paris"), a name of any first name
("Yanis Belkacem"); never an organisation's or an outlet's name ("Han River Post")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..registry import norm
from .entities.gazetteer import _cities
from .entities.words import LEGAL_SUFFIXES, NAME_SUFFIXES, ORG_TAILS

# A journalist's degree after the name: "Jane Doe, Ph.D.", "Jean Dupont, PhD"
_DEGREE = re.compile(r",?\s+(?:Ph\.?\s?D\.?|M\.?B\.?A\.?|M\.?D\.?|Dr\.?)$")


_NOT_NAMES = {
    "the",
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "a",
    "an",
    "de",
    "du",
    "des",
    "mon",
    "ma",
    "notre",
    "our",
    "my",
    "en",
    "in",
    "on",
    "at",
    "au",
    "live",
    "direct",
}


@lru_cache(maxsize=4096)
def first_name(word: str) -> bool:
    from .. import roles

    if len(word) < 2 or word.isupper() or not word[:1].isupper() or word.lower() in _NOT_NAMES:
        return False
    return roles.gender(word) in {"male", "female", "mostly_male", "mostly_female", "andy"}


_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.-]*|de|du|van|von|der|den|da|di|del|le|la|al|el|bin|ben)$")


def names_in(text: str) -> list[str]:
    """The names of a line of names, without a place or a handle, capitalised if shouted ("CAMILLE RIEU", "Ann Lee in
    London and Bo Chen in Paris", "Ann Lee @ANNLEETV")."""
    text = re.sub(r",\s*(?:à|in|au|en|at|depuis|from)\s+[A-ZÀ-Ý][\w' -]*$", "", _DEGREE.sub("", text.strip()))
    text = _HANDLE_TAIL.sub("", text)
    if text.isupper():  # a shouted name ("CAMILLE RIEU"), not a shouted label or acronym ("AI TALENT")
        text = text.title() if all(len(w) >= 3 for w in text.split()) else ""
    parts = [part for part in re.split(r"\s*(?:,|\bet\b|\band\b|&)\s*", text) if part]
    if len(parts) >= 2 and all(_PLACE_TAIL.search(part) for part in parts):  # one name in a place is a caption's
        parts = [_PLACE_TAIL.sub("", part) for part in parts]
    return parts


_HANDLE_TAIL = re.compile(r"\s+@\w{2,30}$")
# "Ann Lee in London": where the journalist wrote from
_PLACE_TAIL = re.compile(r"\s+(?:in|à|from|depuis)\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?$")


@lru_cache(maxsize=65536)  # asked of most short lines, in several passes
def names_only(text: str) -> bool:
    """Names alone ("Jeanne Martin", "Ann Lee and Bo Chen", "CAMILLE RIEU"), maybe with a place
    ("Luc Moreau, à Lyon")."""
    names = names_in(text)
    return bool(names) and all(name_only(name) for name in names)


def name_only(text: str) -> bool:
    """A person's name alone: two to four capitalised words starting with a known first name, none of them a word
    that names an organisation or an outlet ("Han River Post", "Radio Hexagone", "Vireo Labs")."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(_NAME_WORD.match(w) for w in words)
        and words[-1][:1].isupper()
        and first_name(words[0].split("-")[0])
        and not any(c.isdigit() for c in text)
        and not _organisation(text)
    )


# Words that end (or start) the names of organisations and outlets, never a person's: the entity passes' lists and
# the words of mastheads they leave out.
_ORG_WORDS = ORG_TAILS | NAME_SUFFIXES | LEGAL_SUFFIXES | {"post", "info", "infos", "actu", "actus", "newswire"}


@lru_cache(maxsize=65536)  # asked of every name-shaped line
def _organisation(name: str) -> bool:
    return any((word.lower() if word.isascii() else norm(word)) in _ORG_WORDS for word in name.split())


_NAME_SHAPE = re.compile(
    r"[A-ZÀ-ÝÓ][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
    r"(?:\s+(?:[A-ZÀ-ÝÓ][a-zà-ÿ'’]*(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
    r"|de|du|van|von|da|di|le|la|al|el|bin|ben)){1,3}"
)


def name_shaped(text: str) -> bool:
    """Two to four capitalised words that may be a person's name whatever the first name ("Yanis Belkacem"), and
    name no organisation or outlet."""
    return bool(_NAME_SHAPE.fullmatch(text)) and not _organisation(text)


# A name whose first name the byline gives as initials: "A. Martin", "J.-P. Roux", "J. R. Doe-Smith"
_INITIALLED = re.compile(
    r"(?:[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?\s){1,2}[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[- ](?:[A-ZÀ-Ý]|d['’]|de |van |von )[a-zà-ÿ'’]+){0,2}"
)


def initialled(text: str) -> bool:
    """A name with its first name as initials ("A. Martin", "J.-P. Roux"), naming no organisation."""
    return bool(_INITIALLED.fullmatch(text.strip())) and not _organisation(text)


def author_names_only(text: str) -> bool:
    """A line of authors' names alone, their first names maybe as initials ("J.-P. Roux et A. Martin")."""
    return bool(author_names(text))


def author_names(text: str) -> list[str]:
    """The names on a line of authors' names alone, their first names maybe as initials; none for another line."""
    if names_only(text):
        return names_in(text)
    parts = re.split(r"\s*(?:,|\s(?:et|and|&)\s)\s*", text.strip())
    initials = all(initialled(part) or name_only(part) for part in parts) and any(map(initialled, parts))
    return parts if initials else []


_NAME_COMMA = re.compile(r"([^,]{3,60}),\s*([^,]{2,60})")


def signed_names(text: str) -> list[str]:
    """The names of a line of authors' names alone, or of a name and the city it files from ("Amara Diallo, Dakar");
    none for another line (a name and the writer's job is a byline ``bylines.byline`` reads)."""
    if names := author_names(text):
        return names
    parts = _NAME_COMMA.fullmatch(text.strip())
    if parts and norm(parts.group(2)) in _cities():
        return author_names(parts.group(1))
    return []


# "J.P.", "J.-P. M.", "Y. L. G.": an author's initials signing an article
# "G. Le B.", "M. de la F.": a surname's particle may stay written out between them
_INITIALS = re.compile(
    r"[A-ZÀ-Ý]\.(?:\s?-?\s?(?:(?:Le|La|Les|De|Du|Des|Da|Di|Del|Van|Von|Mac|Mc|Ben|El|Al|de|du|des|la|le|van|von|d['’])"
    r"\s?)*[A-ZÀ-Ý]\.){1,3}\s?"
)


def initials_alone(text: str) -> bool:
    """A line that is only a writer's initials, each with its full stop."""
    return len(text) <= 12 and text.endswith(".") and bool(_INITIALS.fullmatch(text))


# A byline's last name run into its newsroom: "… and Léa Fontaine Tribune Staff", "Par Jeanne Martin Courrier
# Rédaction": the newsroom is the outlet's one (its short name, then "staff"), not part of the name
_NAME_INTO_DESK = re.compile(
    r"(?P<name>(?:[A-ZÀ-Ý][\w'’-]+\s+){1,2}[A-ZÀ-Ý][\w'’-]+)\s+(?P<desk>[A-ZÀ-Ý][\w'’-]+\s+"
    r"(?i:staff|newsroom|desk|team|rédaction)(?:\s+(?i:writers?|reporters?))?)$"
)


def name_apart_from_desk(text: str) -> str:
    """``text`` with a comma between a byline's last name and the newsroom run into it; ``text`` itself otherwise."""
    m = _NAME_INTO_DESK.search(text) if text[-1:] in "fkmnrs" else None
    return f"{text[: m.start('desk')].rstrip()}, {m['desk']}" if m and name_only(m["name"]) else text


# "by" in the language a machine translated the page from, left at the byline's head: "de Matthias Brandl" (German
# "von"), "di Giulia Ferri", "por Ana Pérez", "door Pieter Jansen", then a name with a known first name
_TRANSLATED_BY = re.compile(
    r"^(?:[Dd]e|[Vv]on|[Dd]i|[Pp]or|[Dd]oor)\s+(?P<rest>(?P<name>[^,|·•–—(]+?)\s*(?:[,|·•–—(].*)?)$"
)


def translated_by(text: str) -> re.Match | None:
    """A byline whose cue stayed in the page's first language: its ``rest`` is the name, then any details."""
    m = _TRANSLATED_BY.match(text) if text[:1] in "DdVvPp" else None
    return m if m and name_only(m.group("name")) else None
