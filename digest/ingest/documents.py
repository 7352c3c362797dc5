"""The furniture of pages that are no newspaper article: a press release's label and page numbers (a release pasted
from its PDF), an e-mail's headers, greeting and footer (a newsletter received by mail), a link aggregator's
submission lines. Each is judged from the line alone, from the wording these documents share in both languages.
Outside ``lines/`` because ``credits`` reads a release's issuer too, and importing ``lines.x`` runs
``lines/__init__``, which imports ``credits``."""

from __future__ import annotations

import re

from . import prefilter
from .datelines import timestamp

# "COMMUNIQUÉ DE PRESSE", "PRESS RELEASE", "Acme – Communiqué de presse" (a PDF's running header), "For immediate
# release": the document's kind, with its issuer's name on either side of a dash or bar when the header gives it.
_KIND = (
    r"(?:communiqué(?: de presse)?|information presse|invitation presse|dossier de presse|press release|"
    r"news release|media release|for immediate release|pour (?:diffusion|publication) immédiate)"
)
_RELEASE = re.compile(
    rf"^(?:(?P<before>[^–—|:]{{2,60}}?)\s*[–—|:-]\s*)?{_KIND}(?:\s*[–—|:-]\s*(?P<after>[^–—|:]{{2,60}}))?\s*$", re.I
)
RELEASE_LABEL = "a press release's label (the kind of document, its issuer)"
GREETING = "a newsletter's greeting"
MAIL_HEADER = "an e-mail's header line"
FORWARDED = "where a forwarded or quoted e-mail starts (its rule, who wrote it)"
# An e-mail's header lines, as a mail program prints them above a forwarded or saved message.
_MAIL_HEADER = re.compile(
    r"^(?:>\s*)*(?:de|à|objet|envoyé|envoyé le|date|cc|cci|répondre à|from|to|subject|sent|reply-to|bcc)\s?:\s*\S", re.I
)
# Where a forwarded or quoted message starts: the mail program's rule ("---------- Forwarded message ---------"), or
# its line on who wrote it ("On Mon, 3 Mar 2026 at 10:12, Jane Roe <jane@example.com> wrote:", "Le … a écrit :").
_FORWARDED = re.compile(
    r"(?i)^[-_\s]*(?:forwarded message|original message|message transféré|message d['’]origine|message original|"
    r"début du message (?:réexpédié|transféré)|begin forwarded message)\s*:?[-_\s]*$"
    r"|^(?:>\s*)*(?:on|le)\s(?=.*[@\d]).{5,120}\s(?:wrote|a écrit)\s?:$"
)
# The greeting that opens a newsletter ("Bonjour,", "Good morning! Today's issue is a 4-minute read.").
_GREETING = re.compile(
    r"^(?:bonjour|bonsoir|salut|hello|hi|hey|good (?:morning|afternoon|evening)|welcome back|"
    r"chers? (?:lecteurs?|lectrices?|abonnés?|amis?)|dear (?:readers?|subscribers?|friends?))"
    r"(?:\s+(?:à|a)\s+(?:tous|toutes)(?:\s+et\s+à\s+(?:tous|toutes))?|\s+(?:everyone|all|folks))?"
    r"(?:\s+[^\s,!.]+){0,3}\s*[,!]|^(?:good (?:morning|afternoon|evening)|bonjour|bonsoir|hello)\.\s",
    re.I,
)
# What a mail program or a newsletter's footer says about the message itself.
_MAIL_NOTE = prefilter.compile(
    r"(?:ne s['’]affiche pas correctement|view (?:it |this (?:e-?mail|message|newsletter) )?in (?:your |a )?browser|"
    r"(?:voir|afficher|consulter) (?:la |cette )?(?:version|lettre) (?:en ligne|dans (?:votre|le) navigateur)|"
    r"^(?:thanks|thank you|merci) (?:for reading|de (?:nous )?(?:lire|votre lecture|nous avoir lu))|"
    r"forward (?:this|it) to a (?:friend|colleague)|transférez(?:-la| cette lettre)? à|"
    r"(?:se|vous) désabonner|unsubscribe|\bno spam\b|\b(?:pas|jamais|zéro) de spam\b)",
    re.I,
)
FORWARDED = "where a forwarded or quoted e-mail starts (its rule, who wrote it)"
# A link aggregator's lines: "Title (example.com)" submitted, "214 points by jdoe 5 hours ago | 87 comments".
_SUBMISSION = re.compile(r"\S\s\((?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?\)$")
_SCORE = re.compile(r"^\d[\d,.\s]*\s+(?:points?|votes?)\s+(?:by|par)\s+\S+", re.I)
# An e-mail's confidentiality footer: "This message and any attachments are confidential and intended solely for …"
_CONFIDENTIAL = re.compile(
    r"(?i)^(?:ce|cet|this|the) (?:message|e-?mail|courriel)\b.{0,60}?\b(?:(?:est|sont|is|are) (?:strictly )?"
    r"confidenti|(?:destinée?s?|intended) (?:exclusivement|uniquement|solely|only|exclusively))"
)
# A listed company's market, code and ticker under a release: "… coté sur Euronext Paris – Code ISIN : FR0013451772"
_LISTING = re.compile(r"\bISIN\b\s*(?:code\s*)?:?\s*[A-Z]{2}[A-Z0-9]{9}\d\b")
# The page's own address under a label: "Permalink: https://…", "Lien court : https://…", "Partager ce communiqué : …"
_SELF_LINK = re.compile(
    r"(?i)^(?:permalink|permalien|lien (?:permanent|court|direct|de partage)|short ?(?:link|url)|"
    r"share(?: this(?: \w+)?)?|partager(?: (?:cet|ce|cette) \w+)?|copy link|copier le lien|"
    r"url(?: de (?:l['’]article|la page|cet article))?)\s*:\s*(?P<url>https?://\S+)$"
)
SELF_LINK = "the page's own address under a label (a permalink, a short or share link)"
_PLACE_DATE = re.compile(
    r"^[A-ZÀ-Ý][\w.'’ -]{1,30},\s+(?P<date>(?:le\s+)?\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},\s+\d{4})$"
)
# A page number a PDF's footer leaves between paragraphs: "2/3", "Page 2 sur 3", "- 2 -", "Page 2 of 3".
PAGE_NUMBER = re.compile(r"^(?:(?:page|p\.)\s*)?\d{1,3}\s*(?:/|sur|of)\s*\d{1,3}$|^[-–—]\s*\d{1,3}\s*[-–—]$", re.I)


def document_furniture(text: str) -> tuple[str, str] | None:
    """The kind and reason of a line that is the furniture of a release, an e-mail or an aggregator's page."""
    n = len(text.split())
    if n <= 14 and _RELEASE.match(text):
        return "navigation", RELEASE_LABEL
    if (
        n <= 30
        and _MAIL_HEADER.match(text)
        and ("@" in text or re.match(r"(?i)(?:>\s*)*(?:objet|subject)", text) or n <= 12)
    ):
        return "navigation", MAIL_HEADER
    if n <= 30 and _FORWARDED.match(text):
        return "navigation", FORWARDED
    if n <= 24 and _GREETING.match(text):
        return "widget", GREETING
    if n <= 30 and _MAIL_NOTE.search(text):
        return "widget", "a newsletter's note about the message (browser version, forward, unsubscribe)"
    if n <= 40 and (_SUBMISSION.search(text) or _SCORE.match(text)):
        return "navigation", "a link aggregator's submission line (title and site, points and comments)"
    if _SELF_LINK.match(text):
        return "credit", SELF_LINK
    if n <= 60 and _CONFIDENTIAL.match(text):
        return "note", "an e-mail's confidentiality notice"
    if n <= 40 and _LISTING.search(text):
        return "note", "a listed company's market and codes (ISIN, ticker)"
    if (place_date := _PLACE_DATE.match(text)) and timestamp(place_date.group("date"), "en"):
        return "dateline", "a release's place and date alone ('Paris, le 17 février 2026')"
    if PAGE_NUMBER.match(text) and not text[:1].isdigit():  # "2/3" alone reads as a counter already
        return "widget", "a page number"
    return None


def submitted_title(text: str) -> bool:
    """A link aggregator's submission line: the linked story's title and its site ("Acme raises $5M (acme.com)")."""
    return len(text.split()) <= 40 and bool(_SUBMISSION.search(text))


def opens_with_greeting(text: str) -> bool:
    """The line or paragraph starts with a newsletter's greeting ("Good morning. Three things this week: …")."""
    return bool(_GREETING.match(text))


def release_issuer(text: str) -> str | None:
    """The issuer a press release's running header names ("Acme Robotics – Communiqué de presse")."""
    m = _RELEASE.match(text.strip())
    name = (m and (m.group("before") or m.group("after")) or "").strip()
    # a proper name, not a note on the document ("Dossier de presse – Traduction non officielle")
    named = all(_NAME_WORD.match(w) for w in name.split())
    return name if name and len(name.split()) <= 6 and name[:1].isupper() and named else None


_NAME_WORD = re.compile(r"[^a-zà-ÿ]|(?:de|du|des|of|the|and|et|la|le|les|y)$|[dl]['’]\w")


# A release's dateline opens its first paragraph: "Grenoble, le 3 mars 2026 –", "CAMBRIDGE, UK – 9 March 2026 –",
# "SAN FRANCISCO, March 3, 2026 /PRNewswire/ --".
_DATELINE_START = re.compile(
    r"^[A-ZÀ-Ý][\w.'’ -]{1,40},\s+(?:[A-ZÀ-Ý][\w.]{1,12}\s*[–—-]\s*)?(?P<date>[^–—/]{4,32}?)\s*(?:[–—]|--?|/)"
)


def release_dateline(text: str) -> str | None:
    """What follows a release's opening dateline on its line (the text), None for a line that opens with none."""
    m = _DATELINE_START.match(text)
    return text[m.end() :] if m and timestamp(m.group("date"), "en") else None


def self_link(text: str) -> str | None:
    """The address a permalink or share line gives (the page's own)."""
    m = _SELF_LINK.match(text)
    return m.group("url") if m else None


# A securities filing's cover names its registrant on the line above this label (every 8-K, 10-K and 10-Q form).
_REGISTRANT_LABEL = re.compile(r"\(?\s*(?i:exact name of (?:the )?registrant as specified in its charter)\s*\)?")


def registrant(texts: list[str]) -> str | None:
    """The registrant of a securities filing: the name over its cover's label ("ACME, INC." over "(Exact name of
    registrant as specified in its charter)")."""
    at = next((i for i, text in enumerate(texts) if _REGISTRANT_LABEL.fullmatch(text.strip())), 0)
    name = _LEGAL_FORM.sub("", texts[at - 1].strip()) if at else ""
    return name if 1 <= len(name.split()) <= 8 and name[:1].isupper() else None


# A company's legal form after its name, which the outlet's name leaves out: "Acme Systems, Inc.", "Acme plc"
_LEGAL = (
    r"(?i:inc|incorporated|corp|corporation|ltd|limited|llc|plc|n\.?v|s\.?a(?:\.?s)?|sarl|se|ag|gmbh|b\.?v"
    r"|s\.?p\.?a)\.?"
)
_LEGAL_FORM = re.compile(rf",?\s+{_LEGAL}$")


# The issuer of a company's communication, named in its forward-looking statements notice: "Acme plc undertakes no
# obligation to update …", "Acme SA ne s'engage pas à mettre à jour …"; not "the Company", a defined term.
_UNDERTAKES = re.compile(
    rf"(?<![Tt]he )(?<![Ll]a )\b(?P<name>[A-ZÀ-Ý][\w&'’.-]*(?:\s+[A-ZÀ-Ý&][\w&'’.-]*){{0,4}}(?:,?\s+{_LEGAL})?)\s+"
    r"(?:(?:undertakes no|does not undertake any|assumes no|disclaims any) (?:obligation|duty)[\w ]{0,20}? to "
    r"(?:publicly )?(?:update|revise)|(?:ne s['’]engage (?:pas|aucunement)|n['’]assume aucune obligation"
    r"|n['’]a pas l['’]obligation|ne prend aucun engagement)[\w ]{0,10}? (?:de |à )"
    r"(?:mettre à jour|mise à jour|actualiser|réviser))"
)


def disclaimer_issuer(text: str) -> str | None:
    """The company a forward-looking statements notice names as the one that will not update them."""
    m = _UNDERTAKES.search(text)
    name = _LEGAL_FORM.sub("", m.group("name")) if m else ""
    bare = re.sub(r"^(?:The|Le|La|L['’])\s*", "", name).lower()
    return None if not bare or bare in _NO_NAME else name


_NO_NAME = frozenset({"we", "nous", "it", "il", "elle", "company", "group", "groupe", "société", "issuer", "émetteur"})
