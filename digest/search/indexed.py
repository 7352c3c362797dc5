"""What Pagefind reads of a page, digested: the same digest, the same search records."""

from __future__ import annotations

import hashlib
import re

# What Pagefind 1.5 reads from a page with a data-pagefind-body element (tested: tests/test_search_index.py):
# the body elements; anywhere on the page, the elements marked data-pagefind-filter, -meta, -sort or
# -default-meta; the first <h1> (the result's title, even outside the body), else the <title>; <html lang>.
# ``indexed`` digests these, every h1, and every element with any data-pagefind-* attribute.
_TAG_NAME = re.compile(rb"<([a-z][a-z0-9-]*)")
# Text inside these is not markup: an end tag there does not close an element (counting tags would stop early).
_RAW_TEXT = re.compile(
    rb"<!--|<!\[cdata\[|"
    rb"<(?:script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext)[\s/>]"
)
_VOID = {
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"source",
    b"track",
    b"wbr",
}
_TAGS: dict[bytes, re.Pattern] = {}  # element name → its start and end tags


def _element(low: bytes, at: int) -> tuple[int, int]:
    """Where the element whose start tag holds position ``at`` of ``low`` (a lower-cased page) starts and ends;
    when its end cannot be told by counting its tags, the end of the page (more than Pagefind reads, never less)."""
    start = low.rfind(b"<", 0, at)
    close = low.find(b">", at)
    name = _TAG_NAME.match(low, start) if start >= 0 and close >= 0 else None
    if not name:
        return max(start, 0), len(low)
    name = name.group(1)
    if name in _VOID or low[close - 1] == ord("/"):
        return start, close + 1
    tags = _TAGS.get(name) or _TAGS.setdefault(name, re.compile(rb"<(/?)" + name + rb"[\s/>]"))
    depth = 1
    for tag in tags.finditer(low, close + 1):
        depth += -1 if tag.group(1) else 1
        if not depth:
            end = low.find(b">", tag.end() - 1) + 1
            return (start, end) if end and not _RAW_TEXT.search(low, close, end) else (start, len(low))
    return start, len(low)


def indexed(page: bytes) -> str:
    """A digest of what Pagefind indexes of ``page``: the same digest, the same search records. A page without
    a data-pagefind-body element (a theme of the user's) is indexed whole by Pagefind, and digested whole."""
    low = page.lower()  # HTML names are case-insensitive; ASCII lower-casing keeps every offset
    digest = hashlib.blake2b(digest_size=16)
    if b"data-pagefind-body" not in low:
        digest.update(page)
        return digest.hexdigest()
    parts = []
    html = low.find(b"<html")
    if html >= 0:
        parts.append((html, low.find(b">", html) + 1 or len(low)))
    for marker in (b"<title", b"<h1", b"data-pagefind-"):
        at = low.find(marker)
        while at >= 0:
            start, end = _element(low, at + 1)
            parts.append((start, end))
            at = low.find(marker, max(end, at + 1))
    for start, end in parts:
        digest.update(b"%d:" % (end - start))
        digest.update(page[start:end])
    return digest.hexdigest()
