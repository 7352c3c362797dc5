"""Names that are where something was posted or listened to ("a post on LinkedIn", "Listen on: Spotify") or a
licence ("sous licence MIT"): said of an organisation's name, they do not make it an actor of the article."""

from __future__ import annotations

import re

from .base import _Tok

LICENCE_BEFORE = re.compile(r"\blicen[cs]es?\s+$", re.I)
LICENCE_AFTER = re.compile(r"\s+licen[cs]es?\b", re.I)


def _licence(body: str, first: _Tok, last: _Tok) -> bool:
    """A licence named after an organisation ("sous licence MIT", "the MIT License"; "X's licences" are the
    organisation's own)."""
    return bool(
        LICENCE_BEFORE.search(body, max(0, first.start - 12), first.start)
        or (last.text == last.bare and LICENCE_AFTER.match(body, last.end))
    )


CHANNEL_BEFORE = re.compile(
    r"\b(?:on|sur|via)\s+(?:(?:his|her|their|its|son|sa|ses|leur|leurs)\s+(?:own\s+)?"
    r"(?:account|compte|page|profile|profil|feed|fil)\s+)?$",
    re.I,
)
# "Listen on: Apple Podcasts · Spotify", "Écoutez sur Deezer, Spotify": a row of platforms to listen or follow on.
CHANNEL_ROW = re.compile(
    r"\b(?:listen|écoute[rz]?|watch|regarde[rz]?|stream|available|disponibles?|subscribe|"
    r"abonnez-vous|follow|suive[zr]|find us)\w*\s+(?:\w+\s+)?(?:on|sur|via)\s*:?\s*"
    r"(?:[^\n.:]{0,80}?[·|,/•]\s*)?$",
    re.I,
)
CHANNEL_AFTER = re.compile(r"\s+(?:posts?|messages?|threads?|accounts?|profiles?|pages?|feeds?|live|video)\b", re.I)


def _channel(body: str, first: _Tok, last: _Tok) -> bool:
    """A platform named as where something was posted ("a post on Twitter", "sur son compte LinkedIn",
    "in a LinkedIn post") or can be listened to or followed ("Listen on: Spotify"), not as an organisation the
    article is about."""
    return bool(
        CHANNEL_BEFORE.search(body, max(0, first.bare_start - 40), first.bare_start)
        or CHANNEL_ROW.search(body, max(0, first.bare_start - 100), first.bare_start)
        or (last.text == last.bare and CHANNEL_AFTER.match(body, last.end))
    )
