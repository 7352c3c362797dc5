"""What a page states in its markup: its ``<meta>`` tags, its JSON-LD objects (references followed), its own
address; strings cleaned and addresses made absolute. Parsing is lxml's (through trafilatura); a statement that
cannot be read is absent."""

from __future__ import annotations

import html
import json
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement
from trafilatura.utils import load_html


def canonical_url(page: str | bytes | HtmlElement, url: str | None = None) -> str | None:
    """The address the page names as its own (``<link rel=canonical>``, else ``og:url``), made absolute."""
    tree = page if isinstance(page, HtmlElement) else load_html(page)
    if tree is None:
        return None
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and (found := absolute(link.get("href"), url)):
            return found
    return absolute(metas(tree).get("og:url"), url)


def metas(tree: HtmlElement) -> dict[str, str]:
    """The first non-empty value of each ``<meta property|name|itemprop>``, keys lower-cased."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key and value:
            found.setdefault(key, value)
    return found


def json_ld(tree: HtmlElement) -> list[dict]:
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


def linked(article: dict, ld: list[dict]) -> dict:
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


def types_of(item: dict) -> set[str]:
    types = item.get("@type")
    return {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}


def clean(value) -> str | None:
    """A JSON-LD or meta string with entities decoded and white space collapsed; None for anything else."""
    if not isinstance(value, str):
        return None
    return " ".join(html.unescape(value).split()) or None


def name_of(value) -> str | None:
    """The name of a JSON-LD thing given as a string, an object or a list of them."""
    if isinstance(value, list):
        return next(filter(None, map(name_of, value)), None)
    return clean(value.get("name")) if isinstance(value, dict) else clean(value)


def absolute(href, base: str | None) -> str | None:
    href = clean(href)
    if not href:
        return None
    found = urljoin(base or "", href)
    return found if urlsplit(found).scheme in ("http", "https") else None
