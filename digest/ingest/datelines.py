"""A page's date lines and timestamps ("Publié le 3 mars 2025 à 14h12", "Mar. 4, 2026 5:02 a.m. ET",
"2026.04.08 17:30 JST") as possibly partial dates (``Stamp``), with the month and weekday names of both languages."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from babel.dates import get_day_names, get_month_names


class Stamp(NamedTuple):
    """A date as a page's date line gives it; ``year`` is None for "Lundi 3 mars"."""

    year: int | None
    month: int
    day: int


@cache
def calendar_names(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    months = {v.lower(): k for k, v in get_month_names("wide", locale=lang).items()}
    short = get_month_names("abbreviated", locale=lang)
    months.update({v.lower().rstrip("."): k for k, v in short.items() if len(v) >= 3})
    days = {v.lower(): k for k, v in get_day_names("wide", locale=lang).items()}  # 0 = Monday
    return months, days


def month_names(lang: str) -> dict[str, int]:
    """Month names and abbreviations (lower case, at least 3 letters) -> month number."""
    return {k: v for k, v in calendar_names(lang)[0].items() if len(k) >= 3}


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


@cache
def lexicon(lang: str, other: bool) -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names as pages write them (abbreviations, no accents); ``other`` adds the other
    language's full names (a date line may keep the site's language), not its short forms ("mar.", "sept")."""
    months, days = dict(calendar_names(lang)[0]), dict(calendar_names(lang)[1])
    if lang == "en":
        months["sept"] = 9
    days.update({v.lower().rstrip("."): k for k, v in get_day_names("abbreviated", locale=lang).items()})
    if other:
        second = "en" if lang == "fr" else "fr"
        months = {**{v.lower(): k for k, v in get_month_names("wide", locale=second).items()}, **months}
        days = {**calendar_names(second)[1], **days}
    months.update({_plain(k): v for k, v in months.items()})
    days.update({_plain(k): v for k, v in days.items()})
    return months, days


def alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)  # a leap year: "29 février" without a year is possible
        return True
    except ValueError:
        return False


def make_stamp(year: str | None, month: int, day: int) -> Stamp | None:
    y = int(year) + 2000 if year and len(year) == 2 else int(year) if year else None
    return Stamp(y, month, day) if 1 <= month <= 12 and valid_day(y, month, day) else None


# Date lines: every word must be a date, a time, a time zone, a weekday or a label word.
_LABELS = [
    "publié",
    "publiée",
    "publie",
    "publication",
    "mis",
    "mise",
    "à",
    "a",
    "jour",
    "le",
    "du",
    "de",
    "la",
    "l",
    "en",
    "ligne",
    "modifié",
    "modifiée",
    "actualisé",
    "actualisée",
    "dernière",
    "date",
    "création",
    "créé",
    "créée",
    "et",
    "maj",
    "màj",
    "édité",
    "published",
    "updated",
    "update",
    "posted",
    "last",
    "modified",
    "on",
    "at",
    "date",
    "first",
    "created",
    "originally",
    "edited",
    "sent",
    "envoyé",
    # a periodical's dated issue: "Revue de presse du lundi 9 mars 2026", "Édition du 3 mars", "Issue of May 5"
    "revue",
    "presse",
    "édition",
    "edition",
    "issue",
    "of",
]
_TIME = (
    r"\d{1,2}\s?[hH](?:\s?\d{2})?(?![\w])|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[aApP]\.?\s?[mM]\.?)?"
    r"|\d{1,2}\.\d{2}(?:\s?[aApP]\.?[mM]\.?|(?![\d.]))"
    r"|\d{1,2}\s?[aApP]\.?[mM]\.?"
)
_AGO_UNITS = r"secondes?|seconds?|s|minutes?|mins?|min|heures?|hours?|hrs?|h|jours?|days?|d|semaines?|weeks?"
_ZONE = (
    r"(?:UTC|GMT)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|\s*[+-](?:0\d|1[0-4])[0-5]\d(?!\d)|(?-i:[A-Z]{1,3}[SD]?T)|BST|CES?T|IST|JST|KST|HKT|SGT|AE[SD]T|"
    r"H[NA][ECPR]|heure de Paris|heure locale|Paris time|local time|"
    r"(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii)(?: Standard| Daylight)? Time|"
    r"(?:Central |Western |Eastern )?European(?: Summer)? Time|Coordinated Universal Time"
)


@cache
def _line_pattern(lang: str) -> re.Pattern:
    months, days = lexicon(lang, other=True)
    m = alternation(months)
    return re.compile(
        rf"(?P<iso>(\d{{4}})-(\d{{2}})-(\d{{2}})"
        rf"(?:[T ]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)"
        rf"|(?P<num>(\d{{1,2}})[/.-](\d{{1,2}})[/.-](\d{{4}}|\d{{2}}))(?![\d/.-]\d)"
        rf"|(?P<ymd>(\d{{4}})[./](\d{{1,2}})[./](\d{{1,2}}))(?![\d/.])"
        rf"|(?P<nodm>(\d{{1,2}})/(\d{{1,2}}))(?![\d/])"
        rf"|(?P<dm>(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({m})\.?(?:,?\s+(\d{{4}}))?)(?!\w)"
        rf"|(?P<md>({m})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?)(?!\w)"
        rf"|(?P<time>{_TIME})|(?P<zone>(?:{_ZONE})(?!\w))|(?P<day>(?:{alternation(days)})\.?(?!\w))"
        rf"|(?P<ago>(?:il y a\s+)?(?:\d+|an?|une?)\s+(?:{_AGO_UNITS})\.?(?:\s+ago)?)(?!\w)"
        rf"|(?P<label>(?:{alternation(_LABELS)})(?!\w)['’]?)|(?P<gap>[\s,;:|/()\[\]•·*>–—-]+)",
        re.I,
    )


_PUBLISHED = re.compile(r"publi|posted|cré|created|first", re.I)


def timestamp(line: str, lang: str) -> Stamp | None:
    """A page's date line or timestamp ("Publié le 3 mars 2025 à 14h12", "Updated 2:45 PM EST, Tue March 5,
    2024") as a possibly partial date, the publication date first; None for any line that is not mainly a
    date (a sentence that contains one, "il y a 3 heures", "2 hours ago"), so that it can recognise date lines."""
    line = line.strip()
    if not line or len(line) > 120:
        return None
    months = lexicon(lang, other=True)[0]
    pattern, pos, found, published, label = _line_pattern(lang), 0, [], None, ""
    bare = True  # "11/03" alone may be a page count or a score: a date only with a label or a time
    while pos < len(line):
        match = pattern.match(line, pos)
        if not match or match.end() == pos:
            return None
        pos, kind, g = match.end(), match.lastgroup, match.groups()
        bare = bare and kind in ("nodm", "gap")
        if kind == "label":
            label += match.group()
            continue
        at = pattern.groupindex[kind]  # groups() counts from 0: g[at] is the first group inside the kind's
        if kind == "iso":
            stamp = make_stamp(g[at], int(g[at + 1]), int(g[at + 2]))
        elif kind in ("num", "nodm"):  # "03/03/2026", "11/03": day first, unless English or the first is > 12
            a, b = int(g[at]), int(g[at + 1])
            day_first = lang != "en" and b <= 12 or a > 12
            stamp = make_stamp(g[at + 2] if kind == "num" else None, b if day_first else a, a if day_first else b)
        elif kind == "ymd":  # "2026.04.08"
            stamp = make_stamp(g[at], int(g[at + 1]), int(g[at + 2]))
        elif kind == "dm":
            stamp = make_stamp(g[at + 2], months[g[at + 1].lower()], int(g[at]))
        elif kind == "md":
            stamp = make_stamp(g[at + 2], months[g[at].lower()], int(g[at + 1]))
        else:
            continue  # a time, a zone, a weekday, "3 hours ago" (relative to a moment the paste does not keep)
        if stamp is None:
            return None
        found.append(stamp)
        if published is None and _PUBLISHED.search(label):
            published = stamp
        label = ""
    return None if bare else published or (found[0] if found else None)


_DETAILS = re.compile(r"\s{2,}|\s+[-–—·•|/>›»#]\s+|\s+(?=(?:Par|By)\s)")


def date_line(text: str, lang: str) -> Stamp | None:
    """The date of a page's date line, or of one of its parts when it holds other details too ("Par Jean Dupont -
    17 mai 2019 à 07:05 | 1232 vues", "Lyon | 22 May 2025 - 08:10", "Jane Doe · 09/09/2025")."""
    if len(text.split()) > 24:
        return None
    signed = _SIGNED_ON.match(text)
    return (
        timestamp(text, lang)
        or next((stamp for part in _DETAILS.split(text) if (stamp := timestamp(part, lang))), None)
        or (timestamp(signed.group(1), lang) if signed else None)
    )


# "BY Kyle Brandt on January 27, 2026 at 2:15 pm", "Par Jeanne Martin le 3 mars 2025": a byline and its date in one run
_SIGNED_ON = re.compile(r"(?i:by|par)\s+(?:[A-ZÀ-Ý][\w'’.-]*\s+){1,4}((?i:on|le)\s.+)$")


# "Bengaluru, Apr 6 (PTI)", "LAGOS, 6 avril (AFP) -": a wire's dateline alone on its line (a place, a date, the wire)
WIRE_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][\w'’ .-]{1,40},\s+(?P<date>[^(),]{0,20}\d[^(),]{0,20}?)\s*\([A-ZÀ-Ý][A-Za-zÀ-ÿ/ -]{1,20}\)\s*[-–—]?$"
)

# "24/11 à 14h05 (Belga)", "11/24 2:05 p.m. (AP)": a short date line, then the wire that filed the story
WIRED_STAMP = re.compile(r"^(.{4,40}?)\s*\([A-Za-z][\w .-]{1,20}\)$")


def page_stamp(text: str, lang: str) -> Stamp | None:
    """The date of a line cleaning took for a date line: ``date_line``'s, else the full date that ends it or one of
    its parts after a label or the outlet's name, as a printed page's masthead gives it ("LE JOURNAL DU SOIR MARDI 3
    MARS 2026", "Émission du jeudi 12 mars 2026 · 3 min 40")."""
    if found := date_line(text, lang):
        return found
    wire = WIRE_DATELINE.match(text) if text.endswith((")", "-", "–", "—")) else None
    if wire and (found := timestamp(wire["date"], lang)):
        return found
    if text.endswith(")") and (wired := WIRED_STAMP.match(text)) and (found := date_line(wired[1], lang)):
        return found
    for part in _DETAILS.split(text):  # "Émission du jeudi 12 mars 2026 · 3 min 40": the part that ends with it
        words = part.split()
        for size in (5, 4, 3):  # the weekday, the day, the month and the year, with a label word or not
            if len(words) > size and (found := timestamp(" ".join(words[-size:]), lang)) and found.year:
                return found
    return None


# "© 2026 All rights reserved", "Name, 2026 – Mentions légales – Confidentialité": the page's legal notice
_NOTICE = re.compile(
    r"rights reserved|droits réservés|mentions l[ée]gal|legal notice|privacy|confidential|terms of (?:use|service)",
    re.I,
)
_PART = re.compile(r"\s*[|•·–—]\s*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def furniture_years(texts: Iterable[str], lang: str) -> list[int]:
    """The years the page's furniture shows besides its credits and date lines: its legal notice's, and a printed
    page's folio "46 | THE MONTHLY | APRIL 2026" (a part that is a month and a year)."""
    months = lexicon(lang, other=True)[0]
    years = []
    for text in texts:
        if not _YEAR.search(text):
            continue
        if _NOTICE.search(text):
            years += [int(y) for y in _YEAR.findall(text)]
            continue
        for part in _PART.split(text):
            month, _, year = part.strip().lower().rpartition(" ")
            if month.rstrip(".") in months and _YEAR.fullmatch(year):
                years.append(int(year))
    return years


# "…/2026/03/04/acme-rachete-beta_123.html", "…/acme-raises-70-million-2023-05-24/", "…/20260304/…": a date the site
# writes into the page's address when it publishes it
_URL_DATE = re.compile(
    r"[/_-](?P<y>(?:19|20)\d\d)(?P<sep>[/_-]?)(?P<m>0[1-9]|1[0-2]|[1-9])(?P=sep)(?P<d>[0-2]\d|3[01]|[1-9])(?=[/_.?#-]|$)"
)


def address_date(url: str | None) -> Stamp | None:
    """The publication date a page's address holds (year, month and day together, "20260304" in full), if any."""
    if not url or not any(c.isdigit() for c in url):
        return None
    path = "/" + url.split("://", 1)[-1].partition("/")[2]  # not the host: "20minutes.fr"
    match = _URL_DATE.search(path)
    if match is None or not match.group("sep") and len(match.group("m") + match.group("d")) < 4:
        return None
    return make_stamp(match.group("y"), int(match.group("m")), int(match.group("d")))
