"""The main event's date in a pasted article (``find``), against the page's own date (its date lines: ``datelines``).

A date says how it was found (``Found.basis``) and is never invented: a year comes from the text, the
page or the story, never from the machine clock, and a weekday alone gives no date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from . import photodates
from .datelines import Stamp, date_line, timestamp
from .datementions import Mention, mentions
from .dateyears import anchor_date, complete
from .events.triggers import has_trigger

BASES = ("text", "text+year from page", "text+year from weekday", "story", "page", "none")
FIX = "fix: set date: YYYY-MM-DD"
LEAD_SENTENCES = 5  # the main news is told in the first sentences; later dates are mostly background
LEAD_CHARS = 3000
RECENT = dt.timedelta(days=31)  # an explicit date older than this before the page's date is background


class Found(NamedTuple):
    """The event date, how it was found (one of ``BASES``), and the words that gave it or why there is none."""

    date: dt.date | None
    basis: str
    evidence: str


_BACKGROUND = re.compile(
    r"\b(?:avait|avaient|était|étaient|eut|depuis|dès|auparavant|précédemment|jadis|autrefois|déjà|il y a"
    r"|rappel\w*(?!\s+(?:le\s+|ce\s+)?$)"  # "il rappelle que", not "a rappelé lundi son fondateur"
    r"|had|earlier|previously|formerly|since|ago|back in|prior to)\b",
    re.I,
)
# "said it had raised", "a indiqué qu'elle avait levé": reported speech moves the news into the past perfect.
# So does an admission: "admitted the board had got it wrong as it reinstated him on Friday".
_REPORTED = re.compile(
    r"\b(?:said|says|announced|confirmed|admitted|acknowledged|conceded|told\s+\S+|a (?:annoncé|indiqué|précisé|"
    r"confirmé|reconnu|admis)|annonce|indique|reconnaît|admet)\s+(?:that\s+|que\s+|qu['’])?(?:it|they|he|she|we|"
    r"the (?:company|board|firm|group|start-?up)|elle|il|ils|elles|(?:la|le) (?:société|conseil|groupe|start-?up|"
    r"entreprise))\s+(?:had|avait|avaient)\b",
    re.I,
)


def _background(words: str) -> bool:
    return bool(_BACKGROUND.search(_REPORTED.sub(" ", words)))


_FUTURE = re.compile(
    r"\b(?:sera|seront|devra|devrait|devraient|doit|doivent|prévue?s?|aura|auront|d['’]ici|jusqu['’]\w+"
    r"|à partir d\w+"
    r"|prochaine?|à compter d\w+|prendra effet|will|would|shall|scheduled|due|expected|planned|upcoming|until|set to"
    r"|effective)\b",
    re.I,
)
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
    r"|illustration|s'exprime|s’exprime|pose|posent|assiste|travaillent)\b",
    re.I,
)
_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,3}\.$")
# "Casablanca, 25 févr. 2026 (MAP) - …": a day and a short month name, the year after its full stop
_SHORT_MONTH = re.compile(r"\b\d{1,2}\s+[^\W\d]{3,5}\.$")
_YEAR_FIRST = re.compile(r"\s*\d{4}\b")
# "(Article mis à jour le 15 juin 2018 …)", "This report was first published Dec. 6, 2024": the page's date.
_PAGE_NOTE = re.compile(
    r"\b(?:article|report|story|dépêche|texte)\b.{0,40}\b(?:publiée?|mise? à jour|actualisée?"
    r"|updated|published|posted)\s+(?:le\s+|on\s+)?$",
    re.I,
)
# "Semaine du 9 au 13 mars 2026", "from 9 to 13 March": the date that ends a span is no day of news
_SPAN_END = re.compile(r"\b(?:du|from|between|entre)\s+\d{1,2}(?:er|st|nd|rd|th)?\s+(?:au|to|et|and)\s+$", re.I)
_FILLER = {"le", "la", "l", "et", "and", "on", "in", "the", "ce", "cette", "this", "en", "au", "à", "dès"}


def _caption(sentence: str, mention: Mention) -> bool:
    rest = sentence[mention.end :].strip(" .)")
    if rest:
        return len(rest) <= 60 and bool(_CREDIT.search(rest))
    return bool(_CAPTION_VERB.search(sentence))


def _clause(sentence: str, mention: Mention) -> tuple[str, str]:
    """The words of the mention's clause before it, and (when the mention opens its sentence: "Le 3 mai 2019,
    il avait …") the clause after it: where a background or future marker governs the date."""
    left = max((b.end() for b in _BOUNDARY.finditer(sentence, 0, mention.start)), default=0)
    head = sentence[left : mention.start]
    if len([w for w in re.findall(r"\w+", head) if w.lower() not in _FILLER]) > 0:
        return head, ""
    bounds = [b.start() for b in _BOUNDARY.finditer(sentence, mention.end)]
    right = next((b for b in bounds if sentence[mention.end : b].strip()), len(sentence))
    return head, sentence[mention.end : right]


def _quote(sentence: str, mention: Mention) -> str:
    """A short excerpt around the words that dated (or failed to date) the article, for the report."""
    start = max(0, sentence.rfind(" ", 0, max(0, mention.start - 30)) + 1)
    end = sentence.find(" ", mention.end + 30)
    end = len(sentence) if end < 0 else end
    return f"{'… ' if start else ''}{sentence[start:end].strip()}{' …' if end < len(sentence) else ''}"


def _lead(text: str) -> list[str]:
    """The first sentences of the body; short lines (headings, bylines left by cleaning) come along uncounted."""
    out, counted = [], 0
    for piece in _pieces(text[:LEAD_CHARS]):
        heading = piece.lstrip().startswith("#")  # a newsletter's numbered item title is not a sentence of news
        sentence = piece.replace("#", " ")
        if out and (
            len(sentence.split()) <= 4
            and re.search(r"/|©", sentence)
            or _ABBREVIATION.search(out[-1])
            or _SHORT_MONTH.search(out[-1])
            and _YEAR_FIRST.match(sentence)
        ):
            out[-1] += " " + sentence.strip()  # a photo credit after its caption's full stop; "Aug. 13", "M. Dupont"
            continue
        if counted == LEAD_SENTENCES:
            break
        out.append(sentence.strip())
        counted += not heading and len(sentence.split()) >= 6
    return out


def _news_sentences(text: str, lang: str) -> list[str]:
    """The sentences of the text's first pages that date something and tell an event (a word that announces one)."""
    return [
        sentence.strip()
        for sentence in _pieces(text[:LEAD_CHARS].replace("#", " "))
        if has_trigger(sentence) and mentions(sentence, lang)
    ]


def _pieces(text: str) -> Iterator[str]:
    """``_SENTENCE_END.split(text)``, piece by piece: the lead stops after a few sentences, the rest is not split."""
    at = 0
    for end in _SENTENCE_END.finditer(text):  # every match holds a character: no empty piece is skipped
        yield text[at : end.start()]
        at = end.end()
    yield text[at:]


def _from_aside(lines: Sequence[str], lang: str) -> tuple[dt.date | None, str]:
    """An embedded post's date line ("… — Name (@handle) May 5, 2024"): the post's date, the day before
    when it says "yesterday"."""
    for line in lines:
        for mention in mentions(line, lang) or mentions(line, "en"):
            if mention.stamp and mention.stamp.year:
                date = dt.date(*mention.stamp)
                if re.search(r"\b(?:yesterday|hier)\b", line, re.I):
                    date -= dt.timedelta(days=1)
                return date, f"an embedded post dated {mention.words!r}"
    return None, ""


_OPENING = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3}\s*,\s*)(?P<date>[^–—()]{4,40}?)\s*"
    r"(?:\([^()]{1,30}\)\s*)?[–—-]\s+(?P<rest>\S.*)$",
    re.S,
)


def _opening_dateline(sentence: str, lang: str) -> tuple[Stamp, str] | None:
    """A dispatch's opening dateline, "Lyon, le 2 février 2026 – …", "Cotonou, 13 février 2026 (BMD) – …": its
    date and the sentence after it."""
    m = _OPENING.match(sentence)
    stamp = timestamp(m.group("date"), lang) if m else None
    return (stamp, m.group("rest")) if stamp else None


def _latest_fact(text: str, lang: str, page_years: Sequence[int]) -> Found | None:
    """An undated page whose lead dates nothing (an encyclopedia's entry, an interview after its standfirst): the
    first date past the lead that is not background or future and falls in the latest year the text names (a day and
    month, in the page's latest year when the text names none later), since the news is the latest dated fact."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    page_year = max(page_years, default=None)
    for sentence in _pieces(text.replace("#", " ")):
        for mention in mentions(sentence, lang):
            year = mention.stamp and (mention.stamp.year or page_year)
            if not year or year < max(years, default=year):
                continue
            head, tail = _clause(sentence, mention)
            if _FUTURE.search(head) or _background(head + tail) or _caption(sentence, mention):
                continue
            date, basis = (dt.date(*mention.stamp), "text") if mention.stamp.year else (None, "")
            if date is None:
                date, basis = complete(mention.stamp, mention.weekday, None, [page_year], ())
            if date:
                return Found(date, basis, f"the text's latest dated fact: {_quote(sentence, mention)}")
    return None


def page_note(text: str, lang: str) -> Stamp | None:
    """The date a note on the page gives the page itself ("This report was first published Dec. 6, 2024")."""
    return _page_note(text, mentions(text, lang))


def _page_note(sentence: str, named: list[Mention]) -> Stamp | None:
    for mention in named:
        if mention.stamp and _PAGE_NOTE.search(_clause(sentence, mention)[0]):
            return mention.stamp
    return None


_DISPATCH_END = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:-{1,2}|[–—])")
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|told|reported|annoncé|indiqué|déclaré|confirmé|précisé)"
    r"\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)
_SAID_AFTER = re.compile(r"\s+(?:said|announced|confirmed|reported|a annoncé|ont annoncé)\b", re.I)


def _dispatch_weekday(sentence: str, mention: Mention, named: list[Mention]) -> int | None:
    """The weekday a wire dispatch names for its news ("May 24 (Reuters) - …, the company said on Wednesday"):
    its dateline's, when the mention is that dateline; among several, the one the news is said on."""
    if len(sentence[: mention.start].split()) > 3 or not _DISPATCH_END.match(sentence, mention.end):
        return None
    said = [m for m in named if m.stamp is None and m.weekday is not None]
    if len({m.weekday for m in said}) > 1:
        said = [
            m
            for m in said
            if _SAID_BEFORE.search(sentence, max(0, m.start - 30), m.start) or _SAID_AFTER.match(sentence, m.end)
        ]
    weekdays = {m.weekday for m in said}
    return weekdays.pop() if len(weekdays) == 1 else None


def _photo_days(text: str, lang: str, captions: Sequence[str]) -> list[dt.date]:
    """The days the page's photos were taken: its captions', and its sentences' that describe a picture."""
    pictured = [s for s in _pieces(text) if photodates.PICTURE.search(s)] if photodates.PICTURE.search(text) else []
    return photodates.photo_days([*captions, *pictured], lang)


def _partial(
    text: str,
    sentence: str,
    mention: Mention,
    named: list[Mention],
    lang: str,
    era_years: Sequence[int],
    captions: Sequence[str],
) -> tuple[dt.date | None, str]:
    """A day and month on an undated page, without a year from the page or the story: the year of a photo of the
    page taken within a week of it, or, for a dispatch's dateline with the weekday of its news, the only year near
    those the text names ("GM in 2024 promoted …") where that day is that weekday."""
    assert mention.stamp is not None
    if date := photodates.in_year(mention.stamp, mention.weekday, _photo_days(text, lang, captions)):
        return date, "text+year from page"
    weekday = mention.weekday if mention.weekday is not None else _dispatch_weekday(sentence, mention, named)
    if weekday is None:
        return None, ""
    text_years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    return complete(mention.stamp, weekday, None, (), (), era_years, text_years)


def find(
    text: str,
    lang: str,
    *,
    anchor: dt.date | Stamp | None = None,
    page_years: Sequence[int] = (),
    context_years: Sequence[int] = (),
    era_years: Sequence[int] = (),
    aside: Sequence[str] = (),
    captions: Sequence[str] = (),
):
    """The main event's date in an article's cleaned body, as ``Found``.

    The first date the lead sentences give for the news decides: an explicit date (a background clause
    "il avait rejoint Google le 3 mai 2019", a future or a looking-back "le 3 mars dernier" one is skipped), or
    a relative word ("hier", "on Tuesday") resolved against ``anchor``, the page's own date. A day and month
    take their year from the anchor, ``page_years`` (copyright line, the page's other dates), or
    ``context_years`` (other articles of the story), or, when a weekday is named with them, the only year of
    ``era_years`` (the years the digest covers) that fits it. Without an anchor a relative word gives no date,
    unless ``aside`` (an embedded post's date line set aside by cleaning) does, or a photo of the page
    (``captions`` set aside by cleaning, or the text's) was taken on that weekday. With no date in the text the
    anchor is the date."""
    page = anchor_date(anchor, page_years, context_years)
    lead = _lead(text)
    dispatched = None
    if lead and (opening := _opening_dateline(lead[0], lang)):
        # "Cotonou, 13 février 2026 (BMD) – … a annoncé hier": the dispatch's date dates the news it tells ("hier"),
        # before a page's later date line (a reprint) or a date a related list left among the date lines
        stamp, rest = opening
        dispatched = anchor_date(stamp, page_years, context_years)
        page = dispatched or page
        lead = [rest, *lead[1:]]
    if page:  # a feature may tell its news past the lead: "Last Thursday, X told colleagues she was leaving"
        lead += [sentence for sentence in _news_sentences(text, lang) if sentence not in lead]
    named = {sentence: mentions(sentence, lang) for sentence in lead}  # each sentence's dates, found once
    lines = {sentence: date_line(sentence, lang) or _page_note(sentence, named[sentence]) for sentence in lead}
    if page is None:
        page = next((anchor_date(stamp, page_years, context_years) for stamp in lines.values() if stamp), None)
    skipped = []
    for sentence in lead:
        if lines[sentence]:
            continue
        for mention in named[sentence]:
            head, tail = _clause(sentence, mention)
            quote = _quote(sentence, mention)
            ahead = sentence[mention.end :]
            if (
                _FUTURE.search(head)
                or (mention.weekday is not None and _NEXT.match(ahead))
                or _NEXT.search(head)
                or _SPAN_END.search(head)
            ):
                skipped.append(quote)
                continue
            if mention.stamp is None:
                if _background(head + tail) or mention.back == 0 and page and not has_trigger(sentence):
                    # "L'ambiance est aujourd'hui morose": a state of today, not the day of the news
                    skipped.append(quote)
                    continue
                if page:
                    strict = bool(_LAST_BEFORE.search(head) or _LOOKS_BACK.match(ahead))
                    back = mention.back
                    if back is None:
                        back = (page.weekday() - mention.weekday) % 7 or 7 * strict
                    return Found(
                        page - dt.timedelta(days=back), "text", f"{mention.words!r} before the page's date: {quote}"
                    )
                date, how = _from_aside(aside, lang)
                if date:
                    return Found(date, "text", how)
                pictured = mention.weekday is not None and photodates.on_weekday(
                    mention.weekday, _photo_days(text, lang, captions)
                )
                if pictured:
                    return Found(pictured, "text", f"{mention.words!r}, the weekday of a photo of {pictured}: {quote}")
                what = "a weekday" if mention.weekday is not None else "a relative day"
                return Found(None, "none", f'only {what} ("{quote}") and no date for the page; {FIX}')
            # "le 17 mars dernier" is the news when the page dates it within weeks (checked below), background else
            if _background(head + tail) or _LOOKS_BACK.match(ahead) and not page or _caption(sentence, mention):
                skipped.append(quote)
                continue
            if mention.stamp.year:
                date, basis = dt.date(*mention.stamp), "text"
            else:
                date, basis = complete(mention.stamp, mention.weekday, page, page_years, context_years, era_years)
                if date is None and page is None:
                    date, basis = _partial(text, sentence, mention, named[sentence], lang, era_years, captions)
                if date is None:
                    return Found(
                        None,
                        "none",
                        f'a day and month without a year ("{quote}"), and no year from the page or the story; {FIX}',
                    )
            if page and not page - RECENT <= date <= page:
                skipped.append(quote)
                continue
            return Found(date, basis, quote)
    if page is None and not skipped and (later := _latest_fact(text, lang, page_years)):
        return later
    if dispatched and dispatched == page:
        return Found(page, "text", "the dispatch's dateline; the text gives no other date for the news")
    if page:
        return Found(page, "page", "the page's own date; the text gives none for the news")
    if skipped:
        return Found(None, "none", f'only background or future dates ("{skipped[0]}"); {FIX}')
    return Found(None, "none", f"no date in the text; {FIX}")
