"""Which outlet published a page and at what address, from the lines that name it: source lines, copyright
lines, wire datelines, mastheads. A photo credit never names the source: it credits the picture, not the text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..registry import norm
from .bylines import OUTLET_NAME, outlet_shaped
from .datelines import timestamp
from .names import name_only, name_shaped
from .outlet_mentions import _NAME_RUN, _squashed
from .paste import URL
from .source_lines import is_document
from .source_lines import issue_of as issue_of  # the source lines' readers, still reached here
from .source_lines import source_line as source_line
from .stamps import stamp
from .wires import canonical, credited, names_itself_below, same_wire, unshouted

if TYPE_CHECKING:
    from .paste import Line, Page


def head_address(page: Page) -> Line | None:
    """The line above the article's text that is a web address alone and no document: the page's own (a read-later
    app's or a reader's copy keeps it under the headline; an aggregator's, the address of the story it links)."""
    for line in page.lines:
        if line.kind == "content":
            return None
        if not line.kept and URL.fullmatch(line.text) and not is_document(line.text):
            return line
    return None


# A printed page's running foot or head: the periodical, its issue, its date ("L'HEBDO DU NUMÉRIQUE — N° 58 — MARS
# 2026", "The Ledger | Issue 57 | Spring 2026")
_FOLIO = re.compile(
    r"^(?P<name>[^—–|·]{3,50}?)\s+[—–|·]\s+(?:(?:(?i:n[°o]\.?|no\.|numéro|issue|vol\.|volume)\s*#?|#)\s*\d+"
    r"(?:\s+[—–|·]\s+.{3,30})?|(?i:édition|edition)\s+(?:du |of )?(?P<date>.{3,30}))$"
)


def folio_periodical(text: str, lang: str) -> str | None:
    """The periodical a printed page's running head or foot, or a newsletter's head, names with its issue or edition
    ("L'HEBDO DU NUMÉRIQUE — N° 58 — MARS 2026", "Robot Moves Weekly — Issue #112", "La Lettre du Fret — Édition du
    3 mars 2026"), unshouted."""
    m = _FOLIO.match(text.strip())
    if not m or not outlet_shaped(name := m.group("name").strip()) or m["date"] and not stamp(m["date"], lang):
        return None
    return canonical(unshouted(name))


def dated_masthead(text: str, lang: str) -> str | None:
    """The outlet's name before the page's date on one line ("The Harbour Gazette 10 March 2026 17:00 GMT"): two to
    five capitalised words, none of them a date's ("Tuesday March 10", "Published Thu, Jan 8"), naming no person a
    first name tells."""
    words = text.split()
    for i in range(2, min(6, len(words))):
        head, tail = " ".join(words[:i]), " ".join(words[i:])
        dated = any(stamp(f"{w.strip(',.;:')} 3", lang) for w in words[:i])  # "Published Thu, Jan 8, 2026"
        # a place and its date or postcode: "Paris, le 12 février 2026", "Washington, D.C. 20549"
        placed = "," in head or tail.isdigit() and not re.fullmatch(r"(?:19|20)\d\d", tail)
        if re.search(r"\d", head) or not stamp(tail, lang) or placed or dated:
            continue
        if outlet_shaped(head) and not name_only(head) and not (name_shaped(head) and len(words[:i]) < 3):
            return canonical(unshouted(head))
        return None
    return None


_CELL = re.compile(r"\s+[|·•]\s+")
# The nouns an outlet's name ends with: "Robotics Business Journal", "Le Quotidien du Fret", "Radio Vallée Info"
OUTLET_NOUN = re.compile(
    r"(?i:journal|times|post|news|review|gazette|daily|weekly|tribune|herald|magazine|mag|courier|courrier|presse|"
    r"press|matin|soir|hebdo|quotidien|dépêche|écho|échos|observer|chronicle|ledger|wire|insider|report|today|radio|"
    r"tv|info|infos|actu|digest|dispatch|bulletin)"
)


def dated_row_outlet(text: str, lang: str) -> str | None:
    """The outlet in a row of the page's date and its name ("March 3, 2026 | Robotics Business Journal"): a cell of
    two to five capitalised words led by an article or ending with an outlet's noun, beside a date's cell."""
    cells = _CELL.split(text.strip())
    if len(cells) < 2 or not any(stamp(cell, lang) for cell in cells):
        return None
    for cell in cells:
        led = re.match(r"(?:The|Le|La|Les|L['’])\s*[A-ZÀ-Ý]", cell)
        if outlet_shaped(cell) and not name_only(cell) and (led or OUTLET_NOUN.fullmatch(cell.split()[-1])):
            return canonical(unshouted(cell))
    return None


# --- copyright, wires -----------------------------------------------------------------------------------------

_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*|(?i:copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>(?:the\s+)?(?:\d{1,3}\s)?[A-Z][\w&.'’ -]{1,50}?)\s*(?:,?\s*\d{4})?\s*(?:[.,|–—·•]|\s-\s|\s+(?:all "
    r"rights|tous droits|droits)|$)",
    re.I,
)


_RIGHTS_FIRST = re.compile(
    r"^(?P<name>[A-Z][\w&.'’ -]{1,50}?)\s*(?:[–—|-]|©)\s*(?:\d{4}\s*)?"
    r"(?i:tous droits réservés|all rights reserved)"
    r"|^(?!(?i:copyright)\b)(?P<named>[A-Z][\w&.'’ -]{1,40}?)\s*©\s*\d{4}\b"
    r"|^(?i:tous droits réservés|all rights reserved)\s*[–—|·-]\s*(?:©\s*)?(?:\d{4}\s*)?"
    r"(?P<after>[A-Z][\w&.'’ -]{1,50}?)\s*(?:\d{4})?\.?$"
)


def copyright_holder(text: str) -> str | None:
    """The holder named in a copyright line ("© Le Monde 2025", "Copyright 2024 The Verge. All rights reserved",
    "Le Courrier – Tous droits réservés", "© 20 Heures – Tous droits réservés",
    "All rights reserved – The Courier")."""
    m = _RIGHTS_FIRST.match(text) or _COPYRIGHT.search(text)  # "X © Tous droits réservés", "X © 2025 — …"
    if not m or commissioned(text):  # "© Jean Moreau pour Regards": a photographer's, not the page's
        return None
    named = m.groupdict().get("named") or m.groupdict().get("after") or m.group("name")
    name = _CORPORATE.sub("", named.strip(" .,-")).strip(" .,-")
    if not name or re.fullmatch(r"(?i:all rights reserved|tous droits réservés|dr|photo|image)", name):
        return None
    return canonical(name)


# The publisher's legal form after an outlet's name: "The Morning Post Media Group", "Daily Ledger Inc".
_CORPORATE = re.compile(
    r"(?:\s+(?:media|médias?|publishing|publishers?|information "
    r"services|éditions|group|groupe|holdings?|company|inc|llc|ltd|limited|plc|pty|pte|"
    r"bv|nv|oy|ab|spa|srl|sarl|llp|lp|pvt|private|"
    r"corp|corporation|s\.?a\.?s?|gmbh|ag|co|[a-z])\b\.?)+$",
    re.I,
)


# "PARIS (AFP) - …", "Tokyo, March 31 (Jiji Press)--…", "NEW YORK, May 2, 2026 /PRNewswire/ -- …", a redistributor's
# tag first ("/EIN News/ -- HSINCHU, Taiwan, Aug. 13, 2019 (GLOBE NEWSWIRE) -- …")
_WIRE = re.compile(
    r"^(?:/[^/]{2,30}/\s*--\s*)?(?P<lead>[^()/]{0,80}?)\s*(?:\((?P<name>[A-Z][\w.&'’ -]{1,35}?)\)"
    r"|/(?P<slashed>[A-Z][\w.&'’ -]{1,35}?)/)\s*(?:--|[-–—:]\s)"
)
CLOSING_WIRE = re.compile(
    r"^[(\[—–-]*\s*(?:(?i:avec|with|source|sources|selon|d['’]après)\s+)?(?P<name>[A-Z][\w&.'’-]*"
    r"(?:\s+[A-Z][\w&.'’-]*){0,3})\s*[)\]]?\.?$"
)


def wire(text: str) -> str | None:
    """ "PARIS (AFP) - …", "SAN FRANCISCO, March 4 (Reuters) - …", "May 24 (Reuters) - …", "(Agence Ecofin) - …",
    "Tokyo, March 31 (Jiji Press)--…", "CHICAGO, May 2, 2026 /PRNewswire/ -- …": the wire of the text."""
    m = _WIRE.match(text)
    if not m:
        return None
    name = m.group("name") or m.group("slashed")
    place, *details = [part.strip() for part in m.group("lead").split(",")] if m.group("lead").strip() else [""]
    dated = any(timestamp(part, "en") or timestamp(part, "fr") or part.isdigit() for part in [place, *details])
    capitalised = all(w[:1].isupper() for w in place.split())
    # "Le groupe (Alphabet) - …", "Sam Altman (OpenAI) - …" are sentences; "Paris (AFP) - …" is a dateline
    if place and not (
        place.isupper() or timestamp(place, "en") or timestamp(place, "fr") or capitalised and (name.isupper() or dated)
    ):
        return None
    if any(
        not (
            timestamp(part, "en")
            or timestamp(part, "fr")
            or re.fullmatch(r"(?:19|20)\d\d", part)
            or all(w[:1].isupper() for w in part.split())
        )
        for part in details
    ):
        return None
    name = name.title() if name.isupper() and max(map(len, name.split())) > 4 else name  # "GLOBE NEWSWIRE"
    return canonical(name)


# A picture the outlet commissioned: "© Jean Moreau pour Regards", "Photo: Ann Lee for The Morning Post". The
# weakest evidence of all (the picture may be another outlet's), for a page nothing else names.
_COMMISSIONED = re.compile(
    r"(?:©|(?i:photo|photograph|crédit|credit|image)\s*:)\s*(?P<who>[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){1,3}?)\s+"
    rf"(?i:pour|for)\s+(?P<name>{OUTLET_NAME})\s*\.?$"
)


def commissioned(text: str) -> str | None:
    """The outlet a photographer's credit says the picture was taken for."""
    m = _COMMISSIONED.search(text)
    return canonical(m.group("name")) if m and name_shaped(m.group("who")) else None


# --- the outlet, from all of them -------------------------------------------------------------------------

TRUST = (
    "source line",
    "wire",
    "sender",
    "byline",
    "masthead",
    "copyright",
    "dated row",
    "title",
    "footer",
    "release",
    "about",
    "platform",
    "promotion",
    "domain",
    "closing",
    "asked",
    "first line",
    "address",
    "picture",
)
_CORPORATE_WORDS = re.compile(
    r"(?i:news|newspapers?|media|médias|group|groupe|digital|daily|online|tv|radio|info|"
    r"the|le|la|les|de|du|des|of|and|et)$"
)


def _distinctive(name: str) -> set[str]:
    return {w for w in norm(name).split() if len(w) >= 3 and not _CORPORATE_WORDS.match(w)}


def settle(found: dict[str, str], page: Page) -> str | None:
    """The outlet among what the page's lines name, in the order of ``TRUST``. A copyright holder that is the
    page's author (a newsletter's writer) is no outlet; one that a top line names confirms that line as the
    masthead; a publisher's or section's name that shares a word with the page's first line ("Beacon Newspapers",
    "KBAY Digital" under "KBAY 7 NEWS") yields to that masthead."""
    holder = found.get("copyright")
    if holder and norm(holder) in {norm(a) for a in page.authors}:
        del found["copyright"]
    elif holder:
        top = [
            line.text for line in page.lines[: page.title.number if page.title else 12] if line.text and not line.kept
        ]
        same = next((text for text in top if norm(text) == norm(holder)), None)
        if same:
            found["masthead"] = holder if same.isupper() else same
    own = found.get("masthead") or found.get("first line")
    if "wire" in found and holder and own and norm(holder) == norm(own) and not credited(found["wire"], page.lines):
        del found["wire"]  # a page that names its own outlet at its top and in its copyright ran the wire's text
    elif "wire" in found and own and names_itself_below(_distinctive(own), found["wire"], page):
        del found["wire"]  # "… not edited by Acme Ledger staff": the page speaks of the wire's text as its own
    first = found.get("first line")
    for basis in TRUST:
        if basis in found:
            name = found[basis]
            if (
                first
                and basis in ("byline", "masthead", "copyright")
                and norm(name) != norm(first)
                and _distinctive(name) & _distinctive(first)
            ):
                return first
            return _as_written(canonical(_spelt_out(name, found)), page)
    return None


_FUNCTION = frozenset({"the", "of", "and", "le", "la", "les", "de", "du", "des", "et", "l"})


def _spelt_out(name: str, found: dict[str, str]) -> str:
    """The outlet's full name, elsewhere on the page, for a name that starts with its acronym: "AW" in a dateline
    under "© Associated Wire", "MMR Tech" over the masthead "The Mumbai Mint Review"; a wire's name as the page's
    other credits write it, with or without its article."""
    bare = re.sub(r"^The\s+", "", name)
    # a dateline's short wire name ("(AP)", "/NewsLink/"): in full as the byline, copyright or top line writes it
    written = (found[basis] for basis in TRUST[TRUST.index("wire") + 1 :] if basis in found)
    if found.get("wire") == name and (same := next((w for w in written if same_wire(w, bare)), None)):
        return same
    acronym = name.split()[0]
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return name
    for other in (found[basis] for basis in TRUST if basis in found):
        words = [w for w in re.findall(r"[\w’'-]+", other) if norm(w) not in _FUNCTION]
        if len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym and not other.isupper():
            return other
    return name


def _as_written(name: str, page: Page) -> str:
    """The outlet as the page's furniture spells it out: "PR Newswire" for a dateline's "/PRNewswire/",
    "GlobeNewswire" for a shouted "(GLOBE NEWSWIRE)", "The Harbour Gazette" over a prompt's "the Harbour Gazette
    newsletter"."""
    spelt = (
        line.text
        for line in page.lines
        if not line.kept
        and (" " in line.text or " " in name)
        and line.text != name
        and not line.text.isupper()
        and _NAME_RUN.fullmatch(line.text)
        and _squashed(name) in {_squashed(line.text), _squashed(re.sub(r"^(?:The|Le|La|Les)\s+|^L['’]", "", line.text))}
    )
    if written := next(spelt, None):
        return written
    # "Associated Press" for a dateline's "(AP)" on a page that writes it so, never "the Associated Press" (a French
    # article is contracted, "au Phare": its absence says nothing)
    bare = re.sub(r"^The\s+", "", name)
    text = "\n".join(line.text for line in page.lines)
    if bare != name and name.lower() not in text.lower() and re.search(rf"(?<!\w){re.escape(bare)}(?!\w)", text):
        return bare
    return name
