"""The outlet's own name among the lines above an article (its masthead, the holder its copyright or its footer's
legal row names): never the article's headline."""

from __future__ import annotations

import re

from ...registry import norm
from ..bylines import outlet_shaped
from ..mastheads import legal_holder
from ..outlets import OUTLET_NOUN, copyright_holder
from ..paste import Line

_RIGHTS_GUARD = ("©", "réservés", "reserved", "copyright")


def outlet_names(lines: list[Line]) -> set[str]:
    """The outlets the page's copyright lines name, and the company a footer's legal row opens with ("Acme Media Pty
    Ltd. Terms of use | Privacy"), normalised."""
    owners = {
        norm(holder)
        for line in lines
        if any(mark in line.text for mark in _RIGHTS_GUARD) and (holder := copyright_holder(line.text))
    }
    foot = [line for line in lines[-_FOOT:] if line.text and not line.kept]  # a legal row is among the last lines
    return owners | {norm(holder) for line in foot if (holder := legal_holder(line.text))}


_FOOT = 8


def named_outlet(text: str, owners: set[str]) -> bool:
    """The line names an outlet of ``owners``, with or without its article ("The Acme Examiner", "Acme Examiner")."""
    return norm(text) in owners or norm(_ARTICLE.sub("", text)) in owners


_ARTICLE = re.compile(r"^(?:The|Le|La|Les)\s+|^L['’]")


def masthead_over_menu(line: Line, lines: list[Line]) -> bool:
    """The page's first name over the site's menu, led by an article or ending with an outlet's noun ("The Tamworth
    Examiner", "Le Courrier du Vercors" over "Local  Region  Sport"): its masthead, named nowhere else maybe."""
    at = line.number - 1
    below = next((other for other in lines[at + 1 :] if other.text), None) if at < 6 else None
    if below is None or below.kind != "navigation" or any(len(other.text.split()) > 4 for other in lines[:at]):
        return False
    return bool(_ARTICLE.match(line.text) or OUTLET_NOUN.fullmatch(line.text.split()[-1])) and outlet_shaped(line.text)
