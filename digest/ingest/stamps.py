"""Date lines and timestamps alone ("Publié le 3 mars 2026 à 10h", "Updated 5h ago"), and the row of page details
that names the author beside them ("Jane Doe · il y a 2 j · 4 réactions"): words that date a page and say nothing
else."""

from __future__ import annotations

import re
from functools import lru_cache

from .names import name_only
from .weekdays import DAY

_CELL = re.compile(r"\s+[|·•–—]\s+")
# How long ago a post or a comment was made: "1 sem.", "6 hr. ago", "il y a 3 h", "2d"
AGE = (
    r"(?:il y a\s+)?\d{1,3}\s?(?:s|sec|min|mn|h|hrs?|hours?|heures?|j|jours?|d|days?|sem\w*|w|wk|weeks?|mo|mois|"
    r"months?|an|ans|y|yr|years?)\.?(?:\s+ago)?"
)
# What a row of page details says beside the author's name besides a date: the post's age, its reactions
# ("il y a 2 j", "5h ago", "hier", "4 réactions", "12 comments")
_ROW_DETAIL = re.compile(
    rf"(?i){AGE}|hier|yesterday|today|aujourd['’]hui|"
    r"\d[\d\s,.]*[kK]?\s+(?:réactions?|reactions?|commentaires?|comments?|likes?|partages?|shares?|vues|views)"
)

_STAMP_WORDS = re.compile(
    r"(?i:\b(?:a\.m\.|p\.m\.|publié|publiée|"
    r"mis à jour|mis en ligne|mise en ligne|en ligne|modifié|actualisé|updated|published|"
    r"posted|last updated|le|la|les|à|au|a|at|on|of|"
    r"du|de|et|and|by|par|il y a|ago|heures?|hours?|minutes?|min|h|days?|jours?|weeks?|semaines?|months?|mois|"
    r"am|pm|a\.m\.|p\.m\.|est|edt|et|pst|pdt|gmt|utc|cet|cest|bst|ist|jst|heure de paris|"
    r"(?:eastern|central|mountain|pacific|atlantic)(?: standard| daylight)? time|"
    r"(?:central )?european(?: summer)? time|"
    r"\w+day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mer|jeu|ven|sam|dim|"
    rf"{DAY}|aujourd['’]hui|today|hier|yesterday|"
    r"date|création|created|creation|janv?\.?|févr?\.?|mars|avr\.?|mai|juin|juil\.?|août|sept?\.?|oct\.?|nov\.?|déc\.?|"
    r"janvier|février|avril|juillet|septembre|octobre|novembre|décembre|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec|january|february|march|april|june|july|august|september|october|november|december)(?:\b|(?<=\.)))"
    r"|\d[\dh:/.,-]*(?:er|st|nd|rd|th)?|[|•·,.:/–—()\[\]+-]"
    # any time zone's abbreviation after a time: "8:41 AM EAT", "14:20 WAT", "9h SAST"
    r"|(?:(?<=\d )|(?<=[AP]M )|(?<=\d))(?-i:[A-Z]{2,3}[SD]?T)\b"
)
_HAS_DATE = re.compile(
    r"\d{1,2}[:h]\d{2}|\d{4}|\d{1,2}[/.]\d{1,2}"
    r"|\b(?i:\d{1,2}(?:er)?\s+[a-zéû]{3,}|[a-z]{3,}\.?\s+\d{1,2}\b)|(?i:ago|il y a)"
)


@lru_cache(maxsize=65536)
def stamp(text: str, lang: str) -> bool:
    """Whether the line is a date line or timestamp: a date or time, and nothing but the words around one."""
    if len(text.split()) > 16 or not re.search(r"\d", text):
        return False
    if not _HAS_DATE.search(text):
        return False
    return not _STAMP_WORDS.sub(" ", text).strip()


# A label of a few words over a date ("Story first seen: 30 Mar 2026", "Première diffusion : 4 avril 2026")
_LABEL = re.compile(r"^([^\d:•*-][^\d:]{2,39}?)\s?:\s+(.+)$")
_YEAR_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\d[:h]\d\d")


def labelled_stamp(text: str, lang: str) -> bool:
    """A page's detail that labels its date (when the story was first seen, aired or filed): a date line too."""
    if ":" not in text:
        return False
    m = _LABEL.match(text)
    # the page's own date has its year or time; "Prise de fonction : 7 mai" is a fact of the article
    return m is not None and len(m[1].split()) <= 4 and bool(_YEAR_OR_TIME.search(m[2])) and stamp(m[2], lang)


def row_of_details(text: str) -> bool:
    """A name, then cells that only date the post or count its reactions (a forum's or blog's author row)."""
    if "·" not in text and "|" not in text and "•" not in text:
        return False
    cells = _CELL.split(text)
    return name_only(cells[0]) and all(_ROW_DETAIL.fullmatch(c) or stamp(c, "") for c in cells[1:])
