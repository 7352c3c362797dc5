"""A regulatory filing pasted whole (a company's current or annual report to a securities regulator: "FORM 8-K",
"FORM 10-K", "SCHEDULE 13D"). Its news is in its numbered items ("Item 5.02 Departure of Directors …"); the cover
page above the first item (the regulator, the form, the registrant's name, state, file numbers and address, the
check boxes) and the signature block below the items ("SIGNATURES", the legal formula, who signed) are the form's
furniture, whatever their sentences look like."""

from __future__ import annotations

import re

from ..line_evidence import WORD, is_sentence
from ..paste import CONTENT, Line, nonblank

# the form's name alone on its line, in capitals: "FORM 8-K", "FORM 10-Q", "SCHEDULE 13D", "FORM 20-F"
_FORM = re.compile(r"^(?:FORM|SCHEDULE)\s+[0-9]{1,2}(?:-?[A-Z0-9]{1,2})?(?:/A)?$")
# an item of the form: "Item 5.02 Departure of …", "ITEM 7.01. Regulation FD Disclosure."
_ITEM = re.compile(r"^(?i:item)\s+\d{1,2}(?:\.\d{1,2})?[.:]?\s+[A-Z]")
_SIGNATURES = re.compile(r"^SIGNATURES?\.?$|^(?i:signatures?)$")
COVER = "a filing's cover page (the form, the registrant, its numbers and check boxes)"
SIGNED = "a filing's signature block"


def filing_furniture(lines: list[Line], lang: str) -> None:
    """In a paste that names its form near the top, above any paragraph, and has numbered items, the lines above
    the first item are the cover page and the lines from "SIGNATURES" on are the signature block (an article
    that quotes a filing has its own text first)."""
    shown = nonblank(lines)
    form = next((i for i, line in enumerate(shown[:15]) if _FORM.match(line.text)), None)
    first_item = next((i for i, line in enumerate(shown) if _ITEM.match(line.text)), None)
    if form is None or first_item is None or first_item < form or any(_paragraph(s, lang) for s in shown[:form]):
        return
    for line in shown[:first_item]:
        line.kind, line.reason = "navigation", COVER
    signatures = next((i for i in range(first_item, len(shown)) if _SIGNATURES.match(shown[i].text)), None)
    for line in shown[signatures:] if signatures is not None else ():
        line.kind, line.reason = "note", SIGNED


def _paragraph(line: Line, lang: str) -> bool:
    return line.kind == CONTENT and is_sentence(line.text, lang) and len(WORD.findall(line.text)) >= 20


def first_filed_item(lines: list[Line]) -> Line | None:
    """The line under a securities filing's cover page: the first item it reports ("Item 5.02 Departure of …")."""
    covered = [i for i, line in enumerate(lines) if line.reason == COVER]
    return next((line for line in lines[covered[-1] + 1 :] if line.text), None) if covered else None
