"""Lines that say where the text comes from: a source line ("Source : Le Monde, https://…"), a syndication footer, an
excerpt's or an encyclopaedia's credit, the issue of a periodical it ran in, an archive's copy of the page."""

from __future__ import annotations

import re

from . import prefilter
from .bylines import OUTLET_NAME
from .paste import URL
from .stamps import stamp
from .wires import canonical

# The paste labels a link as the article's own address: trust the label (an editor can change it),
# unless the link is a document (a paper, a PDF): that is what the article cites, not where it lives.
_DOCUMENT = re.compile(
    r"(\.pdf(?:[?#]|$)|^https?://(?:www\.)?(?:arxiv\.org|doi\.org|openreview\.net|biorxiv\.org|medrxiv\.org"
    r"|papers\.ssrn\.com|aclanthology\.org|dl\.acm\.org|proceedings\.neurips\.cc|huggingface\.co/papers)/)",
    re.I,
)


def is_document(url: str) -> bool:
    return bool(_DOCUMENT.search(url.rstrip(".,;)")))


# --- source lines -------------------------------------------------------------------------------------------

_SOURCE_LINE = re.compile(
    r"^(?:linked source|sources?|source de l['’]article|d['’]après|via|adresse de l['’]article|article (?:url|address)|"
    r"original article|lien (?:de l['’]article|original)|url)\s*:\s*(?P<rest>.+)$",
    re.I,
)


_LINKED_SOURCE = prefilter.compile(r"\b(?:source|sources)\s*:\s*(?P<rest>[^:]{2,60}?https?://\S+)\s*$", re.I)


_EXCERPT = re.compile(
    r"^(?i:excerpt from|extract from|extrait d['’]un article d[eu']|extrait de|via|"
    r"(?:contenu |content )?"
    r"(?:fourni|proposé|provided|supplied|distributed|syndicated) (?:par|by))\s+"
    r"(?P<name>[A-ZÀ-Ý][^:]{1,50}?)\s*:?$"
)  # "Extrait de la transcription" names no outlet


# An encyclopaedia's tagline under an article's title names the site: "From Openpedia, the free encyclopedia", "Un
# article de Wikimonde, l'encyclopédie libre."
_ENCYCLOPAEDIA = re.compile(
    r"^(?i:from|un article de|de|d['’]après)\s+(?P<name>[A-ZÀ-Ý][^,]{1,40}),\s+(?i:the|l['’]|la|une?|an?)\s*"
    r"(?:(?i:free|libre|open|ouverte?|online|en ligne|collaborative)\s+)?(?i:encyclop(?:a?edia|édie))\b.{0,20}$"
)


# A syndicated text's footer: "This report by The Canadian Press was first published Dec. 6, 2024", "This story
# originally appeared in The Morning Post", "Cet article a initialement été publié par Le Veilleur".
_FIRST_PUBLISHED = re.compile(
    r"^(?i:(?:this|the) (?:report|article|story|piece|column|interview)(?: by| from)?\s+(?=[A-Z])(?P<by>[^.]{2,50}?)\s+"
    r"(?:was|is)\s+(?:first|originally) published"
    r"|(?:(?:this|the) (?:report|article|story|piece|column) )?(?:was )?(?:first|originally) "
    r"(?:published|appeared|ran) (?:in|on|by)|(?:cet|l['’])\s*(?:article|entretien|reportage) a (?:été )?"
    r"(?:initialement|d['’]abord|originellement) (?:été )?(?:publié|paru) (?:par|dans|sur|sur le site d[eu'’])"
    r"|(?:article )?(?:initialement |d['’]abord )?paru (?:dans|sur))\s*"
    rf"(?P<name>(?(by)|{OUTLET_NAME}))"
)


# A page saved from the Internet Archive: its toolbar gives the archived page's own address after the capture's time.
_ARCHIVED = prefilter.compile(r"\bhttps?://web\.archive\.org/web/\d{4,14}[a-z_]*/(?P<url>https?://\S+)")


def source_line(text: str) -> tuple[str | None, str | None] | None:
    """ "Source : Le Monde, https://…", "Source: Reuters", "Adresse de l'article : https://…", or a
    syndication footer ending "… Source : Outlet – https://…": (outlet, URL); an archive's address of the page
    ("https://web.archive.org/web/20250312081523/https://…"): (None, the page's own address)."""
    if (archived := _ARCHIVED.search(text)) and len(text.split()) <= 12:
        return None, archived.group("url").rstrip(".,;)»\"'")
    if "ncyclop" in text and (wiki := _ENCYCLOPAEDIA.match(text)):  # "From X, the free encyclopedia"
        return canonical(wiki.group("name")), None
    if excerpt := _EXCERPT.match(text):  # "Excerpt from The Morning Post:", "Fourni par AFP" (a portal's syndication)
        return canonical(excerpt.group("name")), None
    # "Paru dans l'édition du 3 mars 2026 de X" alone, not a cell of a byline's row ("Par A | Paru dans le n° 4 de X")
    if len(text.split()) <= 25 and not re.search(r"\s[|·•]\s", text) and (periodical := issue_of(text)):
        return periodical, None
    if (first := _FIRST_PUBLISHED.match(text)) and len(text.split()) <= 25:
        if "republi" in text or "reproduit" in text or "reproduced" in text:
            return None, None  # "… and is republished here with permission": the page republishing it is the source
        name = re.split(r"\.\s", (first.group("by") or first.group("name")).strip())[0]  # "X. It is …": X
        if not stamp(f"{name} 3", ""):  # "first published on March 3", "… paru dans Mardi 3 mars"
            return canonical(name), None
    m = _SOURCE_LINE.match(text) or _LINKED_SOURCE.search(text)
    if not m or len(text.split()) > 20:
        return None
    rest = m.group("rest")
    url = URL.search(rest)
    address = url.group() if url and not is_document(url.group()) else None
    if url and not address:
        return None  # a cited paper: it stays a link in the body
    name = (rest[: url.start()] if url else rest).strip(" ,;–—-|:")
    outlet = name and len(name.split()) <= 8 and name[:1].isupper() and "+" not in name  # not "communiqué de X + Y"
    return canonical(name) if outlet else None, address


# The issue of a periodical the article ran in: "Paru dans le n° 412 d'InfoHebdo", "Published in issue 57 of The
# Ledger", "From the March 2026 issue of The Ledger"
_ISSUE = prefilter.compile(
    r"(?i:(?:paru|publié|publiée|article paru) dans (?:le )?(?:n[°o]|numéro)\s*\d+\s*(?:de |d['’]|du )"
    r"|(?:published|printed|appeared) in (?:the )?(?:issue|no\.)\s*#?\d+ of |from the [\w ]{3,20}? issue of "
    # "paru dans l'édition du 3 mars 2026 de X", "appeared in the March 3, 2026 print edition of X"
    r"|(?:paru|parue|publié|publiée) dans l['’]édition (?:du|de) [^.]{3,30}? (?:de |d['’])"
    r"|(?:appeared|appears|was published|ran) in the [^.]{3,30}? edition of )"
    rf"(?P<name>{OUTLET_NAME})"
)


def issue_of(text: str) -> str | None:
    """The periodical a "Paru dans le n° 412 de X" credit names."""
    m = _ISSUE.search(text)
    return canonical(m.group("name")) if m else None
