"""What an article page says about itself: title, date, authors, outlet, address, language, lead image.

A page's own metadata (Open Graph, ``article:*``, JSON-LD, ``<link rel=canonical>``, ``<html lang>``) is
what its newsroom typed in, so it beats guessing from the text. Dates are htmldate's and author strings
trafilatura's; this module only decides which of the page's statements to trust. A malformed page never
raises: what cannot be read is simply absent.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.json_metadata import normalize_authors
from trafilatura.utils import load_html

from .image import Image, lead_image
from .markup import canonical_url, clean, json_ld, linked, metas, name_of, types_of

ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "liveblogposting",
    "report",
}


# A title's "| Site" part: the separators newsrooms put between headline and outlet.
_SITE_SEPARATOR = re.compile(r"\s+[|–—·•-]\s+")


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


# French bylines ("Par A et B", "A avec AFP"), which trafilatura's author splitter reads as one name.
_FRENCH_BYLINE = re.compile(r"^\s*par\s+|\s+(?:et|avec)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """A page's metadata; ``date_found`` names the statement the date came from, for the report."""

    title: str | None = None
    date: str | None = None  # YYYY-MM-DD, the publication day as the page gives it (its own time zone)
    date_found: str | None = None  # "article:published_time", "json-ld", "htmldate"
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    canonical_url: str | None = None
    lang: str | None = None  # primary language subtag, lower case ("fr", "en")
    image: Image | None = None
    paywalled: bool = False  # the page says its text is for subscribers: what was fetched is a teaser


def read_page(page: str | bytes, url: str | None = None) -> Page:
    """Read a page's metadata; ``url`` (where it was fetched from) resolves relative addresses."""
    tree = load_html(page)
    if tree is None:
        return Page()
    meta = metas(tree)
    ld = json_ld(tree)
    article = linked(next((item for item in ld if types_of(item) & ARTICLE_TYPES), {}), ld)
    canonical = canonical_url(tree, url)
    base = url or canonical
    outlet = clean(meta.get("og:site_name")) or name_of(article.get("publisher")) or _publisher(ld)
    title, site = _title(tree, meta, article, outlet, base)
    outlet = outlet or site
    date, found = _date(meta, article, tree, base)
    return Page(
        title=title,
        date=date,
        date_found=found,
        authors=_authors(meta, article, ld, outlet),
        outlet=outlet,
        canonical_url=canonical,
        lang=_lang(tree, meta, article),
        image=lead_image(tree, meta, article, base),
        paywalled=_paywalled(meta, article),
    )


def _publisher(ld: list[dict]) -> str | None:
    return next(
        (name_of(item) for item in ld if types_of(item) & {"newsmediaorganization", "organization"} and name_of(item)),
        None,
    )


def _title(
    tree: HtmlElement, meta: dict, article: dict, outlet: str | None, base: str | None
) -> tuple[str | None, str | None]:
    """og:title, JSON-LD headline, else ``<title>``, without the outlet's name; and the site a ``<title>`` names."""
    for title in (meta.get("og:title"), article.get("headline")):
        if title := clean(title):
            return _split_site(title, outlet, base, always=False)[0], None
    element = tree.find(".//title")
    title = clean(element.text_content()) if element is not None else None
    return _split_site(title, outlet, base, always=True) if title else (None, None)


def _split_site(title: str, outlet: str | None, base: str | None, always: bool) -> tuple[str, str | None]:
    """Headline and site of "Headline | Site" (or "Site - Headline") when the site is the outlet or the host;
    for ``<title>`` (``always``), any short last part after "|" is the site."""
    separators = list(_SITE_SEPARATOR.finditer(title))
    if not separators:
        return title, None
    host = (urlsplit(base).hostname or "").removeprefix("www.").split(".")[0] if base else ""
    names = {_squash(n) for n in (outlet, host) if n}
    last, first = separators[-1], separators[0]
    suffix, prefix = title[last.end() :], title[: first.start()]
    if _squash(suffix) in names or (always and "|" in last.group() and len(suffix.split()) <= 4):
        return title[: last.start()], suffix
    if _squash(prefix) in names:
        return title[first.end() :], prefix
    return title, None


def _squash(text: str) -> str:
    return re.sub(r"\W", "", text.lower())


def _date(meta: dict, article: dict, tree: HtmlElement, url: str | None) -> tuple[str | None, str | None]:
    """The publication day: the page's own statement first, else htmldate's reading of its markup."""
    for found, value in (
        ("article:published_time", meta.get("article:published_time")),
        ("json-ld", article.get("datePublished")),
        ("itemprop", meta.get("datepublished")),
    ):
        if day := _day(value):
            return day, found
    try:
        day = find_date(tree, extensive_search=False, original_date=True, url=url)
    except Exception:  # noqa: BLE001  htmldate on a broken page: a date we do not have, not a failed ingest
        day = None
    return (day, "htmldate") if day else (None, None)


def _day(value) -> str | None:
    """The calendar day of an ISO 8601 time as written (its own offset kept: the outlet's day)."""
    value = clean(value)
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        match = _ISO_DAY.match(value)
        return match.group() if match else None


def _authors(meta: dict, article: dict, ld: list[dict], outlet: str | None) -> tuple[str, ...]:
    """Journalists credited by the page: JSON-LD persons, else ``article:author``, else ``<meta name=author>``.

    Organisations are never persons: JSON-LD organisations, the outlet ("Le Monde", "Stack & Silicon Staff")
    and one-word names ("AFP") are dropped.
    """
    organisations = [
        n
        for n in [outlet, name_of(article.get("publisher"))]
        + [name_of(item) for item in ld if not types_of(item) & {"person"} and not types_of(item) & ARTICLE_TYPES]
        if n
    ]
    persons = []
    for author in article.get("author") if isinstance(article.get("author"), list) else [article.get("author")]:
        if isinstance(author, dict) and types_of(author) - {"person"}:
            organisations += filter(None, [name_of(author)])
        elif name := name_of(author):
            persons.append(name)
    for source in (persons, [meta.get("article:author", "")], [meta.get("author", "")]):
        names = [
            name
            for candidate in source
            if not _is_organisation(candidate, organisations)
            for name in _names(candidate)
            if not _is_organisation(name, organisations)
        ]
        if names:
            return tuple(dict.fromkeys(names))
    return ()


def _names(byline: str) -> list[str]:
    """The names in a byline ("By A and B", "Par A et B", "A avec AFP"), split by trafilatura; profile links dropped."""
    split = normalize_authors(None, _FRENCH_BYLINE.sub(";", html.unescape(byline))) or ""
    return [name.strip() for name in split.split(";") if " " in name.strip()]


def _is_organisation(name: str, organisations: list[str]) -> bool:
    words = set(re.findall(r"\w+", name.lower()))
    return any(_squash(name) == _squash(o) or set(re.findall(r"\w+", o.lower())) <= words for o in organisations)


def _lang(tree: HtmlElement, meta: dict, article: dict) -> str | None:
    for value in (
        tree.get("lang"),
        tree.get("xml:lang"),
        meta.get("og:locale"),
        clean(article.get("inLanguage")),
        meta.get("content-language"),
    ):
        if value and (primary := re.split(r"[-_]", value.strip())[0].lower()).isalpha():
            return primary
    return None


def _paywalled(meta: dict, article: dict) -> bool:
    free = article.get("isAccessibleForFree")
    return str(free).strip().lower() == "false" or meta.get("article:content_tier", "").lower() in ("locked", "metered")
