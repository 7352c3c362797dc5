"""A brief's short headline: a word or two over its article, under a shouted section label ("ÉCONOMIE" over "Départ"),
naming the lead's subject however short its name ("Meet Zu"), or sharing a word with the lead ("Départ discret" over
"… a annoncé son départ"), and the shapes the headline's choice reads beside it (a kicker, a name, interface words)."""

from __future__ import annotations

import itertools
import re

from ...registry import norm
from ..line_evidence import UI_WORDS, WORD, content_words, headline_shaped, stoplist
from ..paste import CONTENT, Line
from .author_roles import role_under_a_name


def kicker(line: Line) -> bool:
    """A shouted label of a few words over a story's headline ("ON THE MOVE", "ILS BOUGENT")."""
    return len(line.text.split()) <= 4 and line.text.isupper()


def short_headline(head: list[Line], lead: str, owners: set[str], lang: str, framed: bool) -> Line | None:
    """On a page without a longer headline, a brief's two-word headline: the last capitalised line of two words
    above the article (a wire's name or a date line may stand between) that shares a word with the lead ("Départ
    discret" over "… a annoncé son départ"; a section's label does not) or stands over a standfirst and its byline,
    no interface words, not the outlet's name; or a one-word headline over the byline or date line, a name the lead
    writes ("Tidewell" over "Tidewell, a Nairobi start-up, …")."""
    told = _told(lead)
    closest = next((line for line in reversed(head) if line.text), None)  # the line right above the article
    # the brief's own lines above its byline and date line
    shown = list(itertools.dropwhile(lambda line: not line.text or line.kind in ("byline", "dateline"), reversed(head)))
    if shown and _under_a_kicker(shown[0], shown[1:], owners, lang):
        return shown[0]
    passed = 0  # a byline (a name over its newsroom role) or a date line (1), then a standfirst (2), may stand between
    for line in reversed(head):
        words = line.text.split()
        one_name = (
            len(words) == 1 and line.kind != CONTENT and (passed or line is closest) and _named_in(line.text, lead)
        )
        if one_name and norm(line.text) not in owners and interface_share(line.text, lang) == 0:
            return line  # "Tidewell" over its byline and date line, and the lead about Tidewell
        if not line.text or len(words) == 1 and line.kind != CONTENT:
            continue
        if (
            line.kind in ("byline", "dateline")
            or role_under_a_name(line, head)
            or passed == 1
            and name_shaped(line.text)
        ):
            passed = max(passed, 1)
            continue
        if passed == 1 and line.text.endswith((".", "!", "?")) and len(words) <= 30:
            passed = 2
            continue
        shaped = len(words) == 2 and headline_shaped(f"{line.text} x") and not line.text.endswith((".", ":"))
        told_there = framed and line is head[-1] or bool(_told(line.text) & told) or _names_in(line.text, lead)
        if shaped and told_there and norm(line.text) not in owners and interface_share(line.text, lang) == 0:
            return line
        return None
    return None


def _under_a_kicker(line: Line, above: list[Line], owners: set[str], lang: str) -> bool:
    """A word or two in sentence case right above the article (or its byline and date line), under a shouted
    section label ("ÉCONOMIE" over "Départ"): the label is the kicker, the line under it the brief's headline."""
    words = line.text.split()
    label = next((other for other in above if other.text), None)
    return (
        label is not None
        and len(words) <= 2
        and line.kind != CONTENT
        and not line.text.isupper()
        and kicker(label)
        and line.text[:1].isupper()
        and not line.text.endswith((".", ":", ";", ","))
        and norm(line.text) not in owners
        and norm(label.text) not in owners
        and interface_share(line.text, lang) == 0
    )


def _names_in(text: str, lead: str) -> bool:
    """A capitalised word of ``text``, however short ("Zu", "Kaz"), that the lead writes as it is and never in lower
    case (a common word opening a sentence, "Tech giants …", is no name): the name the short headline is about
    ("Meet Zu" over "Zu Technologies, which …")."""
    return any(
        len(word) >= 2
        and word[:1].isupper()
        and word.isalpha()
        and _named_in(word, lead, 2)
        and not re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", lead)
        for word in re.findall(r"[\w’'-]+", text)
    )


def _told(text: str) -> set[str]:
    """The content words of ``text``, a possessive's "’s" left out ("Tidewell’s bet" tells of Tidewell)."""
    return {w.removesuffix("’s").removesuffix("'s") for w in content_words(text)}


def _named_in(word: str, lead: str, shortest: int = 3) -> bool:
    """``word`` is a capitalised name of ``shortest`` letters or more that the lead writes as it is."""
    return (
        len(word) >= shortest
        and word[:1].isupper()
        and word.isalpha()
        and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", lead) is not None
    )


def name_shaped(text: str) -> bool:
    """Two to four capitalised words without a digit: a byline's name or the outlet's, not a menu's label."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not re.search(r"\d", text)


def interface_share(text: str, lang: str) -> float:
    """The share of a line's words, stop words aside, that are a page's interface words ("Écouter 2 min")."""
    words = [w.lower() for w in WORD.findall(text) if w.lower() not in stoplist(lang)]
    return sum(w in UI_WORDS for w in words) / len(words) if words else 0.0
