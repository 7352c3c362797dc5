"""What an article page says about itself: title, date, authors, outlet, address, language, lead image.

A page's own metadata (Open Graph, ``article:*``, JSON-LD, ``<link rel=canonical>``, ``<html lang>``) is
what its newsroom typed in, so it beats guessing from the text. Parsing is lxml's, dates htmldate's and
author strings trafilatura's; this module only decides which of the page's statements to trust.
A malformed page never raises: what cannot be read is simply absent. Its bytes are decoded first as the
page declares, or as they really are when the declaration is wrong (a common fault of older sites).
"""

from __future__ import annotations

import codecs
import email.message
import html
import json
import re
from copy import deepcopy
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.json_metadata import normalize_authors
from trafilatura.utils import load_html

from .. import model

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
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# WHATWG: pages labelled Latin-1 or ASCII are read as Windows-1252 by every browser.
_LABELS = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
_RESIZED = re.compile(r"-\d+x\d+(\.\w+)$")
# A credit at the end of a caption: "… in 2025. Image credit: X", "… (Photo : X)", "… © X".
_CAPTION_CREDIT = re.compile(
    r"(?:^|(?<=[.!?|–—-])|\()\s*(?:©\s*|(?:(?:image|photo|picture)\s+credit|credits?|crédits?(?:\s+photo)?"
    r"|photos?)\s*:\s*)(?P<credit>[^:()]{2,80}?)\)?\s*$",
    re.IGNORECASE,
)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# French bylines ("Par A et B", "A avec AFP"), which trafilatura's author splitter reads as one name.
_FRENCH_BYLINE = re.compile(r"^\s*par\s+|\s+(?:et|avec)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Image:
    """The lead image: absolute address, and what the page says under it."""

    url: str
    caption: str | None = None
    credit: str | None = None


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
    meta = _metas(tree)
    ld = _json_ld(tree)
    article = _linked(next((item for item in ld if _types(item) & ARTICLE_TYPES), {}), ld)
    canonical = canonical_url(tree, url)
    base = url or canonical
    outlet = _clean(meta.get("og:site_name")) or _name(article.get("publisher")) or _publisher(ld)
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
        image=_image(tree, meta, article, base),
        paywalled=_paywalled(meta, article),
    )


def decode_page(data: bytes, content_type: str = "") -> tuple[str, str, list[str]]:
    """Decode a page as it declares (BOM, then HTTP header, then ``<meta charset>``), or as it really is.

    Pages declared UTF-8 but saved in Windows-1252 (and the reverse) are common; their bytes say so.
    Returns (text, encoding used, warnings).
    """
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding, []
    header = email.message.Message()
    header["content-type"] = content_type or "text/html"
    match = _META_CHARSET.search(data[:4096])
    label = (header.get_content_charset() or (match.group(1).decode("ascii").lower() if match else "")).strip()
    declared = _LABELS.get(label, label)
    try:
        if declared and (codecs.lookup(declared).name.startswith("utf") or data.isascii() or not _is_utf8(data)):
            return data.decode(declared), declared, []
    except (LookupError, UnicodeDecodeError):
        pass
    actual = "utf-8" if _is_utf8(data) else model.legacy_encoding(data)
    said = f"declares {label}" if label else "declares no encoding"
    warning = (
        None
        if not label and actual == "utf-8"
        else f"the page {said} but its bytes are {actual}; read as {actual}: check the accented letters of the entry"
    )
    return data.decode(actual, errors="replace"), actual, [warning] if warning else []


def _is_utf8(data: bytes) -> bool:
    """Bytes that decode as UTF-8 are UTF-8: legacy text with accents almost never does by chance."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def canonical_url(page: str | bytes | HtmlElement, url: str | None = None) -> str | None:
    """The address the page names as its own (``<link rel=canonical>``, else ``og:url``), made absolute."""
    tree = page if isinstance(page, HtmlElement) else load_html(page)
    if tree is None:
        return None
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and (found := _absolute(link.get("href"), url)):
            return found
    return _absolute(_metas(tree).get("og:url"), url)


def _metas(tree: HtmlElement) -> dict[str, str]:
    """The first non-empty value of each ``<meta property|name|itemprop>``, keys lower-cased."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key and value:
            found.setdefault(key, value)
    return found


def _json_ld(tree: HtmlElement) -> list[dict]:
    """Every JSON-LD object of the page, ``@graph`` and ``mainEntity`` unfolded; bad blocks skipped."""
    items: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop(0)
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                items.append(node)
                stack.extend(node[key] for key in ("@graph", "mainEntity") if key in node)
    return items


def _linked(article: dict, ld: list[dict]) -> dict:
    """The article with its ``{"@id": …}`` references (author, publisher, image: WordPress's Yoast graph) replaced
    by the objects they name elsewhere on the page."""
    ids = {item["@id"]: item for item in ld if isinstance(item.get("@id"), str) and len(item) > 1}

    def follow(value):
        if isinstance(value, list):
            return [follow(v) for v in value]
        if isinstance(value, dict) and isinstance(value.get("@id"), str) and not value.keys() - {"@id", "@type"}:
            return ids.get(value["@id"], value)
        return value

    return {key: follow(value) for key, value in article.items()}


def _types(item: dict) -> set[str]:
    types = item.get("@type")
    return {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}


def _clean(value) -> str | None:
    """A JSON-LD or meta string with entities decoded and white space collapsed; None for anything else."""
    if not isinstance(value, str):
        return None
    return " ".join(html.unescape(value).split()) or None


def _name(value) -> str | None:
    """The name of a JSON-LD thing given as a string, an object or a list of them."""
    if isinstance(value, list):
        return next(filter(None, map(_name, value)), None)
    return _clean(value.get("name")) if isinstance(value, dict) else _clean(value)


def _publisher(ld: list[dict]) -> str | None:
    return next(
        (_name(item) for item in ld if _types(item) & {"newsmediaorganization", "organization"} and _name(item)), None
    )


def _absolute(href, base: str | None) -> str | None:
    href = _clean(href)
    if not href:
        return None
    found = urljoin(base or "", href)
    return found if urlsplit(found).scheme in ("http", "https") else None


def _title(
    tree: HtmlElement, meta: dict, article: dict, outlet: str | None, base: str | None
) -> tuple[str | None, str | None]:
    """og:title, JSON-LD headline, else ``<title>``, without the outlet's name; and the site a ``<title>`` names."""
    for title in (meta.get("og:title"), article.get("headline")):
        if title := _clean(title):
            return _split_site(title, outlet, base, always=False)[0], None
    element = tree.find(".//title")
    title = _clean(element.text_content()) if element is not None else None
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
    value = _clean(value)
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
        for n in [outlet, _name(article.get("publisher"))]
        + [_name(item) for item in ld if not _types(item) & {"person"} and not _types(item) & ARTICLE_TYPES]
        if n
    ]
    persons = []
    for author in article.get("author") if isinstance(article.get("author"), list) else [article.get("author")]:
        if isinstance(author, dict) and _types(author) - {"person"}:
            organisations += filter(None, [_name(author)])
        elif name := _name(author):
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
        _clean(article.get("inLanguage")),
        meta.get("content-language"),
    ):
        if value and (primary := re.split(r"[-_]", value.strip())[0].lower()).isalpha():
            return primary
    return None


def _image(tree: HtmlElement, meta: dict, article: dict, base: str | None) -> Image | None:
    """The lead image (og:image, else JSON-LD image), with the caption and credit the page gives it."""
    ld_images = [
        i if isinstance(i, dict) else {"url": i}
        for i in (article.get("image") if isinstance(article.get("image"), list) else [article.get("image")])
        if i
    ]
    url = _absolute(meta.get("og:image:secure_url") or meta.get("og:image") or meta.get("og:image:url"), base)
    if not url:
        url = next((found for i in ld_images if (found := _absolute(i.get("url") or i.get("contentUrl"), base))), None)
    if not url:
        return None
    for described in ld_images:
        if _same_image(_absolute(described.get("url") or described.get("contentUrl"), base), url) and (
            described.get("caption") or described.get("creditText")
        ):
            credit = (
                _clean(described.get("creditText"))
                or _name(described.get("copyrightHolder"))
                or _name(described.get("author"))
            )
            return Image(url, *_credited(_clean(described.get("caption")), credit))
    return Image(url, *_figure(tree, url, base))


def _same_image(a: str | None, b: str) -> bool:
    """Two addresses of one picture: the same file, whatever resizing parameters follow it (``?w=640``, or
    WordPress's ``-1200x675`` before the extension)."""
    return bool(a) and (a == b or _picture(a) == _picture(b))


def _picture(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.netloc, _RESIZED.sub(r"\1", parts.path)


def _figure(tree: HtmlElement, url: str, base: str | None) -> tuple[str | None, str | None]:
    """Caption and credit of the ``<figure>`` holding the image; a credit is an element classed as one."""
    for img in tree.iter("img", "amp-img", "source"):
        sources = [img.get(a) for a in ("src", "data-src")] + [
            s.split()[0] for s in (img.get("srcset") or "").split(",") if s.split()
        ]
        if not any(_same_image(_absolute(s, base), url) for s in sources if s):
            continue
        figure = next((a for a in img.iterancestors("figure")), None)
        caption = figure.find(".//figcaption") if figure is not None else None
        if caption is None:
            return None, None
        caption = deepcopy(caption)  # the credit is cut out of a copy, not out of the page
        credit = None
        for element in caption.iter():
            if element is not caption and re.search(
                r"credit|copyright|author|source", element.get("class") or "", re.IGNORECASE
            ):
                credit = _clean(element.text_content())
                element.drop_tree()
                break
        return _credited(_clean(caption.text_content()), credit)
    return None, None


def _credited(caption: str | None, credit: str | None) -> tuple[str | None, str | None]:
    """A caption and its credit, the credit cut from the caption's end when the page wrote them as one."""
    if caption and not credit and (found := _CAPTION_CREDIT.search(caption)):
        return caption[: found.start()].rstrip(" |–—-") or None, found.group("credit")
    return caption, credit


def _paywalled(meta: dict, article: dict) -> bool:
    free = article.get("isAccessibleForFree")
    return str(free).strip().lower() == "false" or meta.get("article:content_tier", "").lower() in ("locked", "metered")
