"""The outlet a page names in its own words, outside its credit lines: a newsletter's sender, an author box
("covers chips for The Morning Post"), a prompt for the site's own newsletter, its address as the furniture spells it
out, and a sentence saying the outlet reported it ("told The Morning Post"). Below ``outlets``, which reads the
credit lines."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..registry import norm
from .line_evidence import stoplist
from .names import name_shaped, names_only
from .wires import canonical

if TYPE_CHECKING:
    from .paste import Page

_NAME_RUN = re.compile(
    r"(?:(?:The|Le|La|Les)\s+|L['’])?[A-ZÀ-Ý0-9][\w&'’.-]*"
    r"(?:\s+(?:[A-ZÀ-Ý0-9&][\w&'’.-]*|des|du|de|of)){0,4}"
)


def _squashed(text: str) -> str:
    return re.sub(r"[\W_]+", "", norm(text))


# A newsletter forwarded or pasted from the mail: its sender is the outlet ("From: Afro AI Dispatch <news@…>").
_SENDER = re.compile(
    r"^[>\s]*(?i:from|de|expéditeur|sender)\s*:\s*(?P<name>[^<>@\n]{2,60}?)\s*"
    r"<[^<>@\s]+@[^<>\s]+>\s*$"
)
# An author box names the outlet the author writes for: "Jane Doe covers chips for The Morning Post."
_WRITES_FOR = re.compile(
    r"\b(?:covers|writes|reports"
    r"|is an? [\w -]{0,30}(?:reporter|writer|editor|correspondent|journalist)"
    r"|est (?:journaliste|rédact\w+|correspondant\w*|chroniqueu\w+)|(?:couvre|écrit)\b)"
    r"[^.]{0,60}?\b(?:for|at|pour|à|au|chez)\s+"
    r"(?P<name>(?:The |Le |La |Les |L['’])?[A-ZÀ-Ý][\w&'’-]*"
    r"(?:\.[a-z]{2,4}\b)?(?:\s+(?:[A-ZÀ-Ý][\w&'’-]*|de|du|des|of|&))*)"
)


def sender(text: str) -> str | None:
    """The outlet sending a newsletter ("From: Afro AI Dispatch <dispatch@…>"); a person's name sends no outlet."""

    m = _SENDER.match(text)
    name = m.group("name").strip(" \"'") if m else ""
    return name if name[:1].isupper() and not names_only(name) else None


def writes_for(text: str) -> str | None:
    """The outlet an author box names ("… covers developer conferences for DevFloor.")."""
    m = _WRITES_FOR.search(text)
    if not m:
        return None
    return ("Le " if re.search(r"\bau\s+$", text[: m.start("name")]) else "") + m.group("name")  # "au Phare"


# The site's own newsletter named in a prompt: "Sign up for The Morning Post's daily newsletter", "Inscrivez-vous à
# la newsletter du Courrier des Monts"
_PROMOTED = re.compile(
    r"\b(?i:sign up for|subscribe to|get|receive|read)\s+"
    r"(?P<name>(?:The )?[A-Z][\w&.-]*(?:\s+[A-Z&][\w&.-]*){0,4})['’]s\s+"
    r"(?:[\w-]+\s+){0,2}(?i:newsletters?|e-?mails?|briefings?|alerts?|digest)\b"
    r"|\b(?i:newsletters?|lettres? d['’]information|infolettres?)\s+(?P<of>de |du |d['’])\s*"
    r"(?P<name2>(?:L['’]|La |Le |Les )?[A-ZÀ-Ý][\w&'’.-]*(?:\s+(?:[A-ZÀ-Ý&][\w&'’.-]*|des|du|de)){0,4})"
)


def promoted(text: str) -> str | None:
    """The outlet whose newsletter a prompt offers: "Sign up for The Morning Post's newsletter" → The Morning Post,
    "la newsletter du Courrier" → Le Courrier."""
    m = _PROMOTED.search(text)
    if not m:
        return None
    if m.group("name"):
        return m.group("name")
    return ("Le " if m.group("of").strip() == "du" else "") + m.group("name2")


def named_by_address(page: Page) -> str | None:
    """The outlet a page's own address names, as the page's furniture writes it: "www.harbourgazette.com" → "The
    Harbour Gazette" when a line around the article says so; an address alone names nothing (a domain is no name)."""
    host = (urlsplit(page.source_url or "").hostname or "").split(".")
    labels = [label for label in host[:-1] if label not in ("www", "m", "amp", "fr", "en", "news")]
    if not labels:
        return None
    wanted = labels[-1]
    for line in page.lines:  # the page's furniture (masthead, footer, prompts), not the article's companies
        for m in _NAME_RUN.finditer("" if line.kept or line.kind == "title" else line.text):
            name = m.group().strip()
            bare = re.sub(r"^(?:The|Le|La|Les|L['’])\s*", "", name)
            if wanted in (_squashed(name), _squashed(bare)):
                return name
    return None


# The outlet writing names itself where it reported: "did not respond to Wired's request for comment", "Contacté par
# Le Monde, OpenAI n'a pas répondu", "the company told The Morning Post", "documents seen by Reuters", "The Morning Post
# has learned", "a confié au Courrier", "a appris Le Veilleur".
_OUTLET_NAME = (
    r"(?:[Tt]he |L['’]|[Ll]es? |[Ll]a )?[A-ZÀ-Ý][\w.&'’-]*"
    r"(?:(?:\s+(?:des|du|de|of))?\s+[A-ZÀ-Ý][\w.&'’-]*){0,2}"
)
_ASKED = [
    re.compile(
        rf"\b(?i:request for comment from|(?:contacté|sollicité|interrogé|joint)e?s? par|told|"
        rf"(?:in|during) an interview with|documents? (?:seen|reviewed|obtained) by|"
        rf"(?:a|ont) (?:confié|déclaré|indiqué|expliqué|précisé|affirmé) (?:à |au |aux )|"
        rf"dans un entretien (?:à |au |avec )|(?:a|ont) appris)\s*(?P<name>{_OUTLET_NAME})"
    ),
    re.compile(rf"\bto (?P<name>{_OUTLET_NAME})['’]s request for comment"),
    re.compile(rf"(?P<name>{_OUTLET_NAME}) (?:has|have) learned\b"),
]


_ASKED_CUES = (
    "comment",
    "contact",
    "sollicit",
    "interrog",
    "joint",
    "told",
    "interview",
    "seen by",
    "reviewed by",
    "obtained by",
    "confié",
    "déclaré",
    "indiqué",
    "expliqué",
    "précisé",
    "affirmé",
    "entretien",
    "appris",
    "learned",
)


def asked_by(text: str) -> str | None:
    """The outlet the sentence says reported it (lowest trust); a person told or interviewed names no outlet."""
    lower = text.lower()
    if not any(cue in lower for cue in _ASKED_CUES):  # asked of every paragraph: be quick
        return None
    for pattern in _ASKED:
        for m in pattern.finditer(text):
            name = m.group("name")
            bare = re.sub(r"^(?:[Tt]he|L['’]|[Ll]es?|[Ll]a)\s*", "", name)
            after = re.match(r"\s+([a-zà-ÿ]+)", text[m.end("name") :])
            if (
                bare == name
                and (names_only(name) or len(name.split()) > 1 and name_shaped(name))
                or after
                and after.group(1).endswith("s")
                and after.group(1) not in stoplist("en") | stoplist("fr")
            ):
                continue  # "told Jane Doe", "told Acme shareholders"
            if re.search(r"\bau\s*$", text[: m.start("name")]):
                return canonical(f"Le {name}")  # "a confié au Courrier" → "Le Courrier"
            return canonical(name[:1].upper() + name[1:])  # "told the Global Times" → "The Global Times"
    return None
