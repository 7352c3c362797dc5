"""A page's bytes as text: decoded as the page declares (BOM, HTTP header, ``<meta charset>``), or as they really
are when the declaration is wrong (a common fault of older sites)."""

from __future__ import annotations

import codecs
import email.message
import re

from ... import model

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


# WHATWG: pages labelled Latin-1 or ASCII are read as Windows-1252 by every browser.
_LABELS = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


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
