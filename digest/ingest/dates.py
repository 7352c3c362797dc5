"""Dates in pasted articles: a page's date line (``timestamp``) and the main event's date (``find``).

A date says how it was found (``Found.basis``) and is never invented: a year comes from the text, the
page or the story, never from the machine clock, and a weekday alone gives no date."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from babel.dates import get_day_names, get_month_names

BASES = ("text", "text+year from page", "text+year from weekday", "story", "page", "none")
FIX = "fix: set date: YYYY-MM-DD"
LEAD_SENTENCES = 5  # the main news is told in the first sentences; later dates are mostly background
LEAD_CHARS = 3000
RECENT = dt.timedelta(days=31)  # an explicit date older than this before the page's date is background


class Stamp(NamedTuple):
    """A date as a page's date line gives it; ``year`` is None for "Lundi 3 mars"."""
    year: int | None
    month: int
    day: int


class Found(NamedTuple):
    """The event date, how it was found (one of ``BASES``), and the words that gave it or why there is none."""
    date: dt.date | None
    basis: str
    evidence: str


@lru_cache(maxsize=None)
def _names(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    months = {v.lower(): k for k, v in get_month_names("wide", locale=lang).items()}
    short = get_month_names("abbreviated", locale=lang)
    months.update({v.lower().rstrip("."): k for k, v in short.items() if len(v) >= 3})
    days = {v.lower(): k for k, v in get_day_names("wide", locale=lang).items()}  # 0 = Monday
    return months, days


def month_names(lang: str) -> dict[str, int]:
    """Month names and abbreviations (lower case, at least 3 letters) -> month number."""
    return {k: v for k, v in _names(lang)[0].items() if len(k) >= 3}


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


@lru_cache(maxsize=None)
def _lexicon(lang: str, other: bool) -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names as pages write them (abbreviations, no accents); ``other`` adds the other
    language's full names (a date line may keep the site's language), not its short forms ("mar.", "sept")."""
    months, days = dict(_names(lang)[0]), dict(_names(lang)[1])
    if lang == "en":
        months["sept"] = 9
    days.update({v.lower().rstrip("."): k for k, v in get_day_names("abbreviated", locale=lang).items()})
    if other:
        second = "en" if lang == "fr" else "fr"
        months = {**{v.lower(): k for k, v in get_month_names("wide", locale=second).items()}, **months}
        days = {**_names(second)[1], **days}
    months.update({_plain(k): v for k, v in months.items()})
    days.update({_plain(k): v for k, v in days.items()})
    return months, days


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)  # a leap year: "29 février" without a year is possible
        return True
    except ValueError:
        return False


def _stamp(year: str | None, month: int, day: int) -> Stamp | None:
    y = int(year) + 2000 if year and len(year) == 2 else int(year) if year else None
    return Stamp(y, month, day) if 1 <= month <= 12 and _valid(y, month, day) else None


# Date lines: every word must be a date, a time, a time zone, a weekday or a label word.
_LABELS = (
    "publié publiée publie publication mis mise à a jour le du de la l en ligne "
    "modifié modifiée actualisé actualisée "
    "dernière date création créé créée et maj màj édité "
    "published updated update posted last modified on at date first created originally edited sent envoyé"
).split()
_TIME = (r"\d{1,2}\s?[hH](?:\s?\d{2})?(?![\w])|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[aApP]\.?\s?[mM]\.?)?"
         r"|\d{1,2}\.\d{2}(?:\s?[aApP]\.?[mM]\.?|(?![\d.]))"
         r"|\d{1,2}\s?[aApP]\.?[mM]\.?")
_AGO_UNITS = r"secondes?|seconds?|s|minutes?|mins?|min|heures?|hours?|hrs?|h|jours?|days?|d|semaines?|weeks?"
_ZONE = (r"(?:UTC|GMT)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|(?-i:[A-Z]{1,3}[SD]?T)|BST|CES?T|IST|JST|KST|HKT|SGT|AE[SD]T|"
         r"H[NA][ECPR]|heure de Paris|heure locale|Paris time|local time")


@lru_cache(maxsize=None)
def _line_pattern(lang: str) -> re.Pattern:
    months, days = _lexicon(lang, other=True)
    m = _alt(months)
    return re.compile(
        rf"(?P<iso>(\d{{4}})-(\d{{2}})-(\d{{2}})"
        rf"(?:[T ]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)"
        rf"|(?P<num>(\d{{1,2}})[/.-](\d{{1,2}})[/.-](\d{{4}}|\d{{2}}))(?![\d/.-]\d)"
        rf"|(?P<ymd>(\d{{4}})[./](\d{{1,2}})[./](\d{{1,2}}))(?![\d/.])"
        rf"|(?P<nodm>(\d{{1,2}})/(\d{{1,2}}))(?![\d/])"
        rf"|(?P<dm>(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({m})\.?(?:,?\s+(\d{{4}}))?)(?!\w)"
        rf"|(?P<md>({m})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?)(?!\w)"
        rf"|(?P<time>{_TIME})|(?P<zone>(?:{_ZONE})(?!\w))|(?P<day>(?:{_alt(days)})\.?(?!\w))"
        rf"|(?P<ago>(?:il y a\s+)?(?:\d+|an?|une?)\s+(?:{_AGO_UNITS})\.?(?:\s+ago)?)(?!\w)"
        rf"|(?P<label>(?:{_alt(_LABELS)})(?!\w)['’]?)|(?P<gap>[\s,;:|/()\[\]•·*>–—-]+)",
        re.I)


_PUBLISHED = re.compile(r"publi|posted|cré|created|first", re.I)


def timestamp(line: str, lang: str) -> Stamp | None:
    """A page's date line or timestamp ("Publié le 3 mars 2025 à 14h12", "Updated 2:45 PM EST, Tue March 5,
    2024") as a possibly partial date, the publication date first; None for any line that is not mainly a
    date (a sentence that contains one, "il y a 3 heures", "2 hours ago"), so that it can recognise date lines."""
    line = line.strip()
    if not line or len(line) > 120:
        return None
    months = _lexicon(lang, other=True)[0]
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
            stamp = _stamp(g[at], int(g[at + 1]), int(g[at + 2]))
        elif kind in ("num", "nodm"):  # "03/03/2026", "11/03": day first, unless English or the first is > 12
            a, b = int(g[at]), int(g[at + 1])
            day_first = lang != "en" and b <= 12 or a > 12
            stamp = _stamp(g[at + 2] if kind == "num" else None, b if day_first else a, a if day_first else b)
        elif kind == "ymd":  # "2026.04.08"
            stamp = _stamp(g[at], int(g[at + 1]), int(g[at + 2]))
        elif kind == "dm":
            stamp = _stamp(g[at + 2], months[g[at + 1].lower()], int(g[at]))
        elif kind == "md":
            stamp = _stamp(g[at + 2], months[g[at].lower()], int(g[at + 1]))
        else:
            continue  # a time, a zone, a weekday, "3 hours ago" (relative to a moment the paste does not keep)
        if stamp is None:
            return None
        found.append(stamp)
        if published is None and _PUBLISHED.search(label):
            published = stamp
        label = ""
    return None if bare else published or (found[0] if found else None)


# The event date in the body.
_RELATIVE = {"aujourd'hui": 0, "aujourd’hui": 0, "today": 0, "ce matin": 0, "this morning": 0, "ce soir": 0,
             "tonight": 0, "cet après-midi": 0, "this afternoon": 0, "hier": 1, "yesterday": 1, "hier soir": 1,
             "last night": 1, "avant-hier": 2}
_BACKGROUND = re.compile(
    r"\b(?:avait|avaient|était|étaient|eut|depuis|dès|auparavant|précédemment|jadis|autrefois|déjà|il y a"
    r"|rappel\w*"
    r"|had|earlier|previously|formerly|since|ago|back in|prior to)\b", re.I)
# "said it had raised", "a indiqué qu'elle avait levé": reported speech moves the news into the past perfect.
_REPORTED = re.compile(r"\b(?:said|says|announced|confirmed|told\s+\S+|a (?:annoncé|indiqué|précisé|confirmé)"
                       r"|annonce|indique)\s+(?:that\s+|qu['’])?(?:it|they|he|she|we|the company|elle|il|ils|elles)"
                       r"\s+(?:had|avait|avaient)\b",
                       re.I)


def _background(words: str) -> bool:
    return bool(_BACKGROUND.search(_REPORTED.sub(" ", words)))


_FUTURE = re.compile(
    r"\b(?:sera|seront|devra|devrait|devraient|doit|doivent|prévue?s?|aura|auront|d['’]ici|jusqu['’]\w+"
    r"|à partir d\w+"
    r"|prochaine?|à compter d\w+|prendra effet|will|would|shall|scheduled|due|expected|planned|upcoming|until|set to"
    r"|effective)\b", re.I)
_LOOKS_BACK = re.compile(r"\s*(?:dernier|dernière|passé)\b", re.I)
_LAST_BEFORE = re.compile(r"\b(?:last|dernier)\s+$", re.I)
_NEXT = re.compile(r"\s*(?:prochain|next)\b|\b(?:next|coming|chaque|every|tous les)\s+$", re.I)
_BOUNDARY = re.compile(r"[,;:()—–]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»”\"']?\s+(?=[«“\"]?[A-ZÀ-Ý0-9])|\n+")
# A photo caption's date is when the picture was taken: the date ends the caption, before a credit
# ("… in Geneva, June 7, 2017. REUTERS/Name", "… le 11 octobre 2024 (AFP / NAME)") or after a caption's verb.
_CREDIT = re.compile(r"/\s*[A-Z]|©|\b(?:photo|crédit|credit)\b", re.I)
_CAPTION_VERB = re.compile(
    r"\b(?:speaks|attends|poses|is seen|are seen|looks on|listens|gestures|arrives|holds|stands|waves|reacts|pictured"
    r"|illustration|s'exprime|s’exprime|pose|posent|assiste|travaillent)\b", re.I)
_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,3}\.$")
# "(Article mis à jour le 15 juin 2018 …)", "This report was first published Dec. 6, 2024": the page's date.
_PAGE_NOTE = re.compile(r"\b(?:article|report|story|dépêche|texte)\b.{0,40}\b(?:publiée?|mise? à jour|actualisée?"
                        r"|updated|published|posted)\s+(?:le\s+|on\s+)?$", re.I)
_FILLER = {"le", "la", "l", "et", "and", "on", "in", "the", "ce", "cette", "this", "en", "au", "à", "dès"}


@lru_cache(maxsize=None)
def _body_patterns(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    m, d = _alt(_lexicon(lang, other=False)[0]), _alt(_names(lang)[1])
    explicit = re.compile(
        rf"\b(?:(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({m})\b\.?|({m})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b)"
        rf"(?:,?\s+(\d{{4}})\b)?"
        rf"|\b(\d{{4}})-(\d{{2}})-(\d{{2}})\b", re.I)
    relative = re.compile(rf"\b(?:{_alt(_RELATIVE)}|{d})\b", re.I)
    weekday = re.compile(rf"\b({d}),?\s+(?:le\s+|the\s+)?$", re.I)
    return explicit, relative, weekday


class _Mention(NamedTuple):
    start: int
    end: int
    words: str
    stamp: Stamp | None  # an explicit date; None for a relative word
    weekday: int | None
    back: int | None  # days before the page date for "hier"; None for a weekday


def _mentions(sentence: str, lang: str) -> list[_Mention]:
    explicit, relative, weekday = _body_patterns(lang)
    months, days = _lexicon(lang, other=False)
    out = []
    for match in explicit.finditer(sentence):
        g = match.groups()
        if g[5]:
            stamp = _stamp(g[5], int(g[6]), int(g[7]))
        else:
            name = (g[1] or g[2]).lower()
            if lang == "en" and name == "may" and not (g[1] or g[2])[0].isupper():
                continue  # the verb
            stamp = _stamp(g[4], months[name], int(g[0] or g[3]))
        if stamp is None:
            continue
        before = weekday.search(sentence, max(0, match.start() - 16), match.start())
        start = before.start() if before else match.start()
        out.append(_Mention(start, match.end(), sentence[start:match.end()], stamp,
                            days[before.group(1).lower()] if before else None, None))
    for match in relative.finditer(sentence):
        if any(m.start <= match.start() < m.end for m in out):
            continue
        word = match.group().lower()
        if match.group()[0].isupper() and _after_name(sentence, match.start()):
            continue  # "Black Friday", "Super Tuesday", "Why It Matters Today"
        out.append(_Mention(match.start(), match.end(), match.group(), None,
                            None if word in _RELATIVE else _lexicon(lang, other=False)[1][word], _RELATIVE.get(word)))
    return sorted(out)


def _caption(sentence: str, mention: _Mention) -> bool:
    rest = sentence[mention.end:].strip(" .)")
    if rest:
        return len(rest) <= 60 and bool(_CREDIT.search(rest))
    return bool(_CAPTION_VERB.search(sentence))


def _after_name(sentence: str, start: int) -> bool:
    before = sentence[:start].split()
    return len(before) > 1 and before[-1][:1].isupper()


def _clause(sentence: str, mention: _Mention) -> tuple[str, str]:
    """The words of the mention's clause before it, and (when the mention opens its sentence: "Le 3 mai 2019,
    il avait …") the clause after it: where a background or future marker governs the date."""
    left = max((b.end() for b in _BOUNDARY.finditer(sentence, 0, mention.start)), default=0)
    head = sentence[left:mention.start]
    if len([w for w in re.findall(r"\w+", head) if w.lower() not in _FILLER]) > 0:
        return head, ""
    bounds = [b.start() for b in _BOUNDARY.finditer(sentence, mention.end)]
    right = next((b for b in bounds if sentence[mention.end:b].strip()), len(sentence))
    return head, sentence[mention.end:right]


def _years_for(month: int, day: int, weekday: int | None, years: Sequence[int], before: dt.date | None = None):
    """Years that make a real date (on or before ``before``) and fit the weekday named with it."""
    return sorted({y for y in years if _valid(y, month, day) and (before is None or dt.date(y, month, day) <= before)
                   and (weekday is None or dt.date(y, month, day).weekday() == weekday)})


def _complete(stamp: Stamp, weekday: int | None, anchor: dt.date | None, page_years: Sequence[int],
              context_years: Sequence[int], era_years: Sequence[int] = ()) -> tuple[dt.date | None, str]:
    """The year of a day and month: the latest that puts it on or before the page's date, else the page's
    latest year (© 2025), else the story's only year, else, when a weekday is named with it, the only year
    of ``era_years`` (those the digest covers) where it falls on that weekday; a weekday must always fit."""
    m, d = stamp.month, stamp.day
    if anchor:
        years = _years_for(m, d, weekday, (anchor.year, anchor.year - 1), anchor)
        return (dt.date(years[-1], m, d), "text+year from page") if years else (None, "")
    if page_years:
        latest = max(page_years)
        years = _years_for(m, d, weekday, (latest, latest - 1) if weekday is not None else (latest,))
        return (dt.date(years[-1], m, d), "text+year from page") if years else (None, "")
    story = set(context_years)
    if weekday is not None:
        story |= {y + k for y in story for k in (-1, 1)}
    years = _years_for(m, d, weekday, story)
    if len(years) == 1:
        return dt.date(years[0], m, d), "story"
    # "lundi 11 décembre": among the years the digest covers, the only one where that day is that weekday
    years = _years_for(m, d, weekday, era_years) if weekday is not None else []
    return (dt.date(years[0], m, d), "text+year from weekday") if len(years) == 1 else (None, "")


def _anchor(anchor: dt.date | Stamp | None, page_years: Sequence[int], context_years: Sequence[int]) -> dt.date | None:
    if isinstance(anchor, Stamp):
        if anchor.year:
            return dt.date(anchor.year, anchor.month, anchor.day)
        return _complete(anchor, None, None, page_years, context_years)[0]
    return anchor


def _quote(sentence: str, mention: _Mention) -> str:
    """A short excerpt around the words that dated (or failed to date) the article, for the report."""
    start = max(0, sentence.rfind(" ", 0, max(0, mention.start - 30)) + 1)
    end = sentence.find(" ", mention.end + 30)
    end = len(sentence) if end < 0 else end
    return f"{'… ' if start else ''}{sentence[start:end].strip()}{' …' if end < len(sentence) else ''}"


def _lead(text: str) -> list[str]:
    """The first sentences of the body; short lines (headings, bylines left by cleaning) come along uncounted."""
    out, counted = [], 0
    for sentence in _SENTENCE_END.split(text[:LEAD_CHARS].replace("#", " ")):
        if out and (len(sentence.split()) <= 4 and re.search(r"/|©", sentence) or _ABBREVIATION.search(out[-1])):
            out[-1] += " " + sentence.strip()  # a photo credit after its caption's full stop; "Aug. 13", "M. Dupont"
            continue
        if counted == LEAD_SENTENCES:
            break
        out.append(sentence.strip())
        counted += len(sentence.split()) >= 6
    return out


_DETAILS = re.compile(r"\s{2,}|\s+[-–—·•|/>›»#]\s+|\s+(?=(?:Par|By)\s)")


def date_line(text: str, lang: str) -> Stamp | None:
    """The date of a page's date line, or of one of its parts when it holds other details too ("Par Jean Dupont -
    17 mai 2019 à 07:05 | 1232 vues", "Lyon | 22 May 2025 - 08:10", "Jane Doe · 09/09/2025")."""
    if len(text.split()) > 24:
        return None
    return timestamp(text, lang) or next((stamp for part in _DETAILS.split(text) if (stamp := timestamp(part, lang))),
                                         None)


def _from_aside(lines: Sequence[str], lang: str) -> tuple[dt.date | None, str]:
    """An embedded post's date line ("… — Name (@handle) May 5, 2024"): the post's date, the day before
    when it says "yesterday"."""
    for line in lines:
        for mention in _mentions(line, lang) or _mentions(line, "en"):
            if mention.stamp and mention.stamp.year:
                date = dt.date(*mention.stamp)
                if re.search(r"\b(?:yesterday|hier)\b", line, re.I):
                    date -= dt.timedelta(days=1)
                return date, f"an embedded post dated {mention.words!r}"
    return None, ""


_OPENING = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3}\s*,\s*)(?P<date>[^–—()]{4,40}?)\s*"
                      r"(?:\([^()]{1,30}\)\s*)?[–—-]\s+(?P<rest>\S.*)$", re.S)


def _opening_dateline(sentence: str, lang: str) -> tuple[Stamp, str] | None:
    """A dispatch's opening dateline, "Lyon, le 2 février 2026 – …", "Cotonou, 13 février 2026 (BMD) – …": its
    date and the sentence after it."""
    m = _OPENING.match(sentence)
    stamp = timestamp(m.group("date"), lang) if m else None
    return (stamp, m.group("rest")) if stamp else None


def _page_note(sentence: str, mentions: list[_Mention]) -> Stamp | None:
    for mention in mentions:
        if mention.stamp and _PAGE_NOTE.search(_clause(sentence, mention)[0]):
            return mention.stamp
    return None


def find(text: str, lang: str, *, anchor: dt.date | Stamp | None = None, page_years: Sequence[int] = (),
         context_years: Sequence[int] = (), era_years: Sequence[int] = (), aside: Sequence[str] = ()):
    """The main event's date in an article's cleaned body, as ``Found``.

    The first date the lead sentences give for the news decides: an explicit date (a background clause
    "il avait rejoint Google le 3 mai 2019", a future or a looking-back "le 3 mars dernier" one is skipped), or
    a relative word ("hier", "on Tuesday") resolved against ``anchor``, the page's own date. A day and month
    take their year from the anchor, ``page_years`` (copyright line, the page's other dates), or
    ``context_years`` (other articles of the story), or, when a weekday is named with them, the only year of
    ``era_years`` (the years the digest covers) that fits it. Without an anchor a relative word gives no date,
    unless ``aside`` (an embedded post's date line set aside by cleaning) does. With no date in the text the
    anchor is the date."""
    page = _anchor(anchor, page_years, context_years)
    lead = _lead(text)
    dispatched = None
    if lead and (opening := _opening_dateline(lead[0], lang)):
        # "Cotonou, 13 février 2026 (BMD) – … a annoncé hier": the dispatch's date dates the news it tells ("hier"),
        # before a page's later date line (a reprint) or a date a related list left among the date lines
        stamp, rest = opening
        dispatched = _anchor(stamp, page_years, context_years)
        page = dispatched or page
        lead = [rest, *lead[1:]]
    mentions = {sentence: _mentions(sentence, lang) for sentence in lead}  # each sentence's dates, found once
    lines = {sentence: date_line(sentence, lang) or _page_note(sentence, mentions[sentence]) for sentence in lead}
    if page is None:
        page = next((_anchor(stamp, page_years, context_years) for stamp in lines.values() if stamp), None)
    skipped = []
    for sentence in lead:
        if lines[sentence]:
            continue
        for mention in mentions[sentence]:
            head, tail = _clause(sentence, mention)
            quote = _quote(sentence, mention)
            ahead = sentence[mention.end:]
            if _FUTURE.search(head) or (mention.weekday is not None and _NEXT.match(ahead)) or _NEXT.search(head):
                skipped.append(quote)
                continue
            if mention.stamp is None:
                if _background(head + tail):
                    skipped.append(quote)
                    continue
                if page:
                    strict = bool(_LAST_BEFORE.search(head) or _LOOKS_BACK.match(ahead))
                    back = mention.back
                    if back is None:
                        back = (page.weekday() - mention.weekday) % 7 or 7 * strict
                    return Found(page - dt.timedelta(days=back), "text",
                                 f"{mention.words!r} before the page's date: {quote}")
                date, how = _from_aside(aside, lang)
                if date:
                    return Found(date, "text", how)
                what = "a weekday" if mention.weekday is not None else "a relative day"
                return Found(None, "none", f'only {what} ("{quote}") and no date for the page; {FIX}')
            # "le 17 mars dernier" is the news when the page dates it within weeks (checked below), background else
            if _background(head + tail) or _LOOKS_BACK.match(ahead) and not page or _caption(sentence, mention):
                skipped.append(quote)
                continue
            if mention.stamp.year:
                date, basis = dt.date(*mention.stamp), "text"
            else:
                date, basis = _complete(mention.stamp, mention.weekday, page, page_years, context_years, era_years)
                if date is None:
                    return Found(None, "none", f'a day and month without a year ("{quote}"), and no year from the page '
                                 f"or the story; {FIX}")
            if page and not page - RECENT <= date <= page:
                skipped.append(quote)
                continue
            return Found(date, basis, quote)
    if dispatched and dispatched == page:
        return Found(page, "text", "the dispatch's dateline; the text gives no other date for the news")
    if page:
        return Found(page, "page", "the page's own date; the text gives none for the news")
    if skipped:
        return Found(None, "none", f'only background or future dates ("{skipped[0]}"); {FIX}')
    return Found(None, "none", f"no date in the text; {FIX}")
