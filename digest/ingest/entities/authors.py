"""The people a text only signs with: bylines, photo and newsroom credits, a show's hosts, an author's biography."""

from __future__ import annotations

import re

from .. import prefilter
from .base import Mention, NewEntity
from .person_cues import AUTHOR_BIO

# "REUTERS/Jane Doe", "Photo : Jane Doe", "Credit: Jane Doe": who took the picture.
CREDIT_BEFORE = prefilter.compile(
    r"(?:\b[A-Z]{2,}\s*/\s*|\b(?:Photo|Crédit|Credit|Photographie|Photograph|Image)\s*:\s*"
    r"|©\s*)$"
)
# "Reporting by X and Y; Editing by Z", "Propos recueillis par X": the newsroom's credits, not people of the story.
_CREDITED = r"[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}"
# "Our hosts X and Y ask", "Au micro de X et Y": a show's hosts sign it like journalists; its guests are people.
NEWSROOM_CREDIT = prefilter.compile(
    r"(?:(?i:\b(?:(?:additional\s+)?reporting|writing|written|editing|edited|compiled|graphics|research|rédaction|"
    r"reportage|édition|propos\s+recueillis|traduction|translated|hosted|(?:co-?)?animée?))\s+(?i:by|par)\s+"
    r"|(?i:\b(?:co-?)?hosts?|\b(?:co-?)?animat(?:eur|rice)s?)\s*:?\s+|(?i:\bau\s+micro\s+d(?:e\s+|['’])))"
    # "A, B and C": after the "and", a comma ends the list ("Au micro de A et B, C raconte").
    r"(?:" + _CREDITED + r"\s*,\s*){0,2}(?:" + _CREDITED + r"\s*(?:\band\b|\bet\b|&)\s*)?$"
)
# "… dans leurs bureaux. Agence Nord / Jane Doe" ending a caption: an agency and its photographer.
AGENCY_BEFORE = prefilter.compile(r"(?:^|[.!?|]\s+)[A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+)?\s*/\s*$", re.M)
SIGNATURE = re.compile(r"(?:^|[.!?»”\"]\s+|\n)(?:[-–—]\s*|(?:Par|By)\s+)?$")


def _authors(body: str, mentions: list[Mention], new: list[NewEntity]) -> list[NewEntity]:
    """People the text only signs with or describes as its author: a name followed by an author's biography
    ("X covers AI for <outlet>"), or a new name that only ever stands alone after a sentence ("... à Bordeaux.
    Jane Doe"). Their mentions become authors'."""
    found = {e.id for e in new}
    bio, alone, not_alone = set(), set(), set()
    for m in mentions:
        if m.kind != "person":
            continue
        if (
            AUTHOR_BIO.match(body, m.end)
            or CREDIT_BEFORE.search(body, max(0, m.start - 20), m.start)
            or NEWSROOM_CREDIT.search(body, max(0, m.start - 120), m.start)
            or (
                AGENCY_BEFORE.search(body, max(0, m.start - 40), m.start)
                and re.match(r"\s*(?:\n|$)", body[m.end : m.end + 2])
            )
        ):
            bio.add(m.id)
        if m.id in found:
            end = body.find("\n", m.end, m.end + 80)
            rest = body[m.end : end if end >= 0 else m.end + 80]
            signature = SIGNATURE.search(body, max(0, m.start - 8), m.start) and re.fullmatch(
                r"[\s,.]*(?:[A-Z][\w&.-]*\s*){0,4}", rest
            )
            (alone if signature else not_alone).add(m.id)
    dropped = bio | (alone - not_alone)
    for m in mentions:
        if m.kind == "person" and m.id in dropped:
            m.kind, m.id = "author", None
    return [e for e in new if e.id not in dropped]
