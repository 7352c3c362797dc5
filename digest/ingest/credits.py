"""The data a page's furniture carries: who wrote it (bylines), which outlet published it (source lines,
wire datelines, copyright lines, bylines, mastheads) and at what address. A photo credit never names the
source: it credits the picture, not the text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..registry import norm

if TYPE_CHECKING:
    from .lines import Page

URL = re.compile(r"https?://[^\s<>\[\]()]+[^\s<>\[\]().,;:!?'\"»]")


def link_urls(text: str) -> str:
    """Bare addresses as Markdown autolinks; those already inside a link or brackets are left alone."""
    return URL.sub(lambda m: m.group() if text[: m.start()].endswith(("<", "(", "[")) else f"<{m.group()}>", text)


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
    r"original article|lien (?:de l['’]article|original)|url)\s*:\s*(?P<rest>.+)$", re.I)


_LINKED_SOURCE = re.compile(r"\b(?:source|sources)\s*:\s*(?P<rest>[^:]{2,60}?https?://\S+)\s*$", re.I)


_EXCERPT = re.compile(r"^(?:excerpt from|extract from|extrait d['’]un article d[eu']|extrait de|via)\s+"
                      r"(?P<name>[A-Z][^:]{1,50}?)\s*:?$", re.I)


def source_line(text: str) -> tuple[str | None, str | None] | None:
    """ "Source : Le Monde, https://…", "Source: Reuters", "Adresse de l'article : https://…", or a
    syndication footer ending "… Source : Outlet – https://…": (outlet, URL)."""
    if excerpt := _EXCERPT.match(text):  # "Excerpt from The Morning Post:" (an aggregator quoting an outlet)
        return canonical(excerpt.group("name")), None
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


_ALIASES = {"ap": "The Associated Press", "associated press": "The Associated Press",
            "the associated press": "The Associated Press", "reuter": "Reuters", "agence france-presse": "AFP",
            "agence france presse": "AFP"}


def canonical(name: str) -> str:
    name = _WIRE_TAIL.sub("", name.strip().strip(".").strip())  # "Radio Alpes avec AFP": the outlet, not its wire
    return _ALIASES.get(name.lower(), name)


# --- copyright, wires -----------------------------------------------------------------------------------------

_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*|(?i:copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>(?:the\s+)?[A-Z][\w&.'’ -]{1,50}?)\s*(?:,?\s*\d{4})?\s*(?:[.,|–—·•]|\s-\s|\s+(?:all rights|tous droits|droits)|$)",
    re.I)


_RIGHTS_FIRST = re.compile(r"^(?P<name>[A-Z][\w&.'’ -]{1,50}?)\s*(?:[–—|-]|©)\s*(?:\d{4}\s*)?"
                           r"(?i:tous droits réservés|all rights reserved)")


def copyright_holder(text: str) -> str | None:
    """The holder named in a copyright line ("© Le Monde 2025", "Copyright 2024 The Verge. All rights reserved",
    "Le Courrier – Tous droits réservés")."""
    m = _RIGHTS_FIRST.match(text) or _COPYRIGHT.search(text)  # "X © Tous droits réservés": the name before ©
    if not m:
        return None
    name = _CORPORATE.sub("", m.group("name").strip(" .,-")).strip(" .,-")
    if not name or re.fullmatch(r"(?i:all rights reserved|tous droits réservés|dr|photo|image)", name):
        return None
    return canonical(name)


# The publisher's legal form after an outlet's name: "The Morning Post Media Group", "Daily Ledger Inc".
_CORPORATE = re.compile(r"(?:\s+(?:media|médias?|publishing|publishers?|information services|éditions|group|groupe|holdings?|company|inc|llc|ltd|limited|plc|pty|pte|"
                        r"bv|nv|oy|ab|spa|srl|sarl|llp|lp|pvt|private|"
                        r"corp|corporation|s\.?a\.?s?|gmbh|ag|co|[a-z])\b\.?)+$", re.I)


_WIRE = re.compile(r"^(?:[A-ZÀ-Ý][\w.'’ -]{1,40}?(?:,\s*[\w .'’-]{1,30}?)?\s*)?\((?P<name>[A-Z][\w.&'’ -]{1,35}?)\)\s*[-–—:]\s")
_CLOSING_WIRE = re.compile(r"^[(\[—–-]*\s*(?:(?i:avec|with|source|sources|selon|d['’]après)\s+)?(?P<name>[A-Z][\w&.'’-]*"
                           r"(?:\s+[A-Z][\w&.'’-]*){0,3})\s*[)\]]?\.?$")


def wire(text: str) -> str | None:
    """ "PARIS (AFP) - …", "SAN FRANCISCO, March 4 (Reuters) - …", "(Agence Ecofin) - …": the wire of the text."""
    m = _WIRE.match(text)
    if not m:
        return None
    place = text[: m.start("name")].strip(" (").split(",")[0]
    if place and not (place.isupper() or (m.group("name").isupper() and all(w[:1].isupper() for w in place.split()))):
        return None  # "Le groupe (Alphabet) - …" is a sentence, not a dateline; "Paris (AFP) - …" is one
    return canonical(m.group("name"))


# --- bylines --------------------------------------------------------------------------------------------------

_BY = re.compile(r"(?:^|[\s(])(?i:par|by|written by|reporting by|reported by|écrit par|propos recueillis par|hosted by|"
                 r"animée? par|présentée? par|rédigée? par|"
                 r"texte|interview by|story by|words by)\s*:?\s+(?P<rest>[A-ZÀ-Ý@].*)$")
_ROLE = re.compile(r"\b(?:journaliste|reporter|correspondante?|correspondent|rédact(?:eur|rice)|writer|editor|"
                   r"éditeur|éditrice|contributor|contributeur|contributrice|chroniqueu(?:r|se)|columnist|"
                   r"envoyée? spéciale?|special correspondent|staff|analyst)s?\b", re.I)
# A job title alone after a name (no "at"/"chez" affiliation: "Jane Doe, partner at X" is a caption).
_BARE_ROLE = re.compile(r"(?:[A-ZÀ-Ýa-zà-ÿ&-]+\s+){0,3}(?i:journaliste|reporter|correspondante?|correspondent|"
                        r"rédact(?:eur|rice)|writer|editor|contributor|columnist|chroniqueu(?:r|se)|advocate|engineer|"
                        r"ingénieure?|evangelist|developer relations|staff writer)s?")
_NEWSROOM = re.compile(r"\b(?:la rédaction|rédaction|editors|newsroom|staff|team|équipe|desk|service)\b", re.I)
_DATE_TAIL = re.compile(r"\s*(?:[|•·,–—-]\s*)?(?:\b(?:publié|mis à jour|updated|published|posted|il y a)\b[^|]*"
                        r"|\b(?:le|on)\s+(?:\w+\s+)?\d[^|]*"  # "le 3 mars", "on Tuesday 4": not "Le Bihan"
                        r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}.*|\b\d{1,2}(?:er)?\s+\w+\s+\d{4}.*)$", re.I)


_EDITING = re.compile(r"[,;(|]?\s*\b(?:editing|edited|additional reporting|writing|compiled|graphics|illustrations?|"
                      r"photos?|photographs?|photography|translated|traduit|traduction|édité|relu)\b.*$", re.I)


_WITH = re.compile(r"\s*[,|]?\s*(?i:avec (?:notre|son|leur|nos) correspondante?s?(?: (?:à|en|au|aux) [A-ZÀ-Ý][\w-]*)?|"
                   r"(?:with )?(?:additional )?reporting (?:by|from)|with)\s*[,:]?\s*")


def byline(text: str) -> tuple[list[str], str | None] | None:
    """A byline's authors and outlet: "Par Jeanne Martin", "By Ann Lee and Bo Chen", "Par Luc Moreau,
    Radio Alpes", "Acme Editors - Sam", "Jeanne Martin, journaliste". None for a line that is not one."""
    words = text.split()
    if len(words) > 22 or (_is_prose(text) and len(words) > 10):
        return None
    if re.match(r"(?i)(?:write to|contact|écrire à|écrivez à|contactez|to contact the (?:reporters?|editors?|writers?))\b",
                text) and "@" in text:
        return [], None
    m = _BY.search(text)
    before = text[: m.start()].strip(" |,;•·–—-(") if m else ""
    # "Par X", "17 mai 2024 | Par X", "Direct animé par X"; not "launched by May"
    cued = bool(m) and (not before or stamp(before, "") or (" " in m.group().strip() and len(before.split()) <= 2))
    if cued:
        rest = m.group("rest")
    elif _ROLE.search(text) and name_only(_ROLE.split(text)[0].strip(" ,-–—|")):
        rest = text
    elif _NEWSROOM.search(text) and len(words) <= 6 and re.search(r"\s[-–—|]\s", text):
        rest = text
    elif re.fullmatch(r"(?P<name>[^,]{3,40}),\s*[A-Z]{2,6}", text) and name_only(text.split(",")[0]):
        rest = text  # "Jane Doe, AFP": a name and the wire's initials
    elif (paren := re.fullmatch(r"([^()]{3,40}?)\s*\(([A-ZÀ-Ý][^()]{1,40})\)", text)) and name_only(paren.group(1)):
        rest = f"{paren.group(1)}, {paren.group(2)}"  # "Jane Doe (The Morning Post)"
    elif "," in text and names_only(text.split(",")[0].strip()) and _BARE_ROLE.fullmatch(text.split(",", 1)[1].strip()):
        rest = text.split(",")[0]  # "Jane Doe, Technology correspondent", "JUN ABE, Morning Post staff writer"
    else:
        return None
    rest = _WIRE_TAIL.sub("", rest)  # "Par A avec agences"
    rest = rest.title() if rest.isupper() else rest  # "By ROSS HALL and KAY BRANN"
    rest = _WITH.sub(" et ", rest)  # "Par A, avec notre correspondant à Paris, B", "By A | With reporting by B"
    rest = _DATE_TAIL.sub("", _EDITING.sub("", rest)).strip(" ,;|()·•")
    authors, outlet = [], None
    # "Par A et B, Outlet": names joined by "et"/"and" are authors; a later group after a comma, dash or bar
    # is the outlet, unless it lists names itself ("By A, B and C").
    groups = re.split(r"\s*(?:,|;|\||·|•|\s[-–—/]\s)\s*", rest)
    for n, group in enumerate(groups):
        parts = re.split(r"\s+(?:et|and|&)\s+", group)
        for part in parts:
            if _NEWSROOM.search(part):  # "Acme Editors", "La rédaction de L'Écho"; not "Staff Writer"
                rest_words = re.sub(r"(?i)^(?:de|of)\s+", "", _ROLE.sub("", _NEWSROOM.sub("", part)).strip(" .,-–—"))
                if rest_words[:1].isupper():  # "le service communication" names no outlet
                    outlet = outlet or canonical(rest_words)
                continue
            if part.isupper():
                part = part.title()
            role = _ROLE.search(part)
            part = _ROLE.sub("", part).strip(" .,-–—")
            if not part or re.match(r"(?i:à|in|au|en|at|depuis|from)\s", part) or (role and not name_only(part)):
                continue  # "à Lyon", "in San Francisco", "Technology Editor"
            part = re.sub(r"\s+(?:in|à|at|from|depuis)\s+[A-ZÀ-Ý][\w' -]*$", "", part)  # "Jane Doe in London"
            if (n == 0 or len(parts) > 1 or not authors and outlet) and _person(part, cued=cued and n == 0):
                authors.append(part)
            elif _outlet_shaped(part) and outlet is None:
                outlet = canonical(part)  # one word after a name is more often a place ("By X, Lyon")
    if not authors and outlet is None:
        return None
    return authors, outlet


_SECOND = re.compile(r"^(?i:avec|with|and|et)\s+(.+?)(?:\s+(?:à|in|en|au)\s+[A-ZÀ-Ý][\w-]*)?$")
_WIRE_TAIL = re.compile(r"\s+(?:avec|with|and|et)\s+(?:l['’])?(?:AFP|AP|Reuters|agences?|agencies|wires?)$", re.I)


def _outlet_shaped(part: str) -> bool:
    """Two to five capitalised words ("Radio Alpes Isère", "Le Petit Lyonnais"), not a role ("NFAS content lead")."""
    words = _WIRE_TAIL.sub("", part).split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


_PARTICLES = {"de", "du", "des", "la", "le", "les", "l'", "d'", "of", "the", "and", "et", "&"}


def _person(part: str, cued: bool) -> bool:
    """A name in a byline: a known first name and a surname, a first name alone ("Ken"), or, right after
    "Par"/"By", any two to four capitalised words (first names no list knows)."""
    words = part.split()
    if cued and 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words) and not any(c.isdigit() for c in part):
        return True
    return name_only(part) or (len(words) == 1 and first_name(part))


def _is_prose(text: str) -> bool:
    return bool(re.search(r"[.!?]\s+[A-ZÀ-Ý]", text)) or text.rstrip().endswith((".", "!", "?")) and len(text.split()) > 8


_NOT_NAMES = {"the", "le", "la", "les", "l", "un", "une", "a", "an", "de", "du", "des", "mon", "ma", "notre", "our", "my",
              "en", "in", "on", "at", "au", "live", "direct"}


@lru_cache(maxsize=4096)
def first_name(word: str) -> bool:
    from .. import roles

    if len(word) < 2 or word.isupper() or not word[:1].isupper() or word.lower() in _NOT_NAMES:
        return False
    return roles.detector().get_gender(word) in {"male", "female", "mostly_male", "mostly_female", "andy"}


_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.-]*|de|du|van|von|der|den|da|di|del|le|la|al|el|bin|ben)$")


def _names(text: str) -> list[str]:
    """The names of a line of names, without a place, capitalised if shouted ("CAMILLE RIEU")."""
    text = re.sub(r",\s*(?:à|in|au|en|at|depuis|from)\s+[A-ZÀ-Ý][\w' -]*$", "", text.strip())
    if text.isupper():  # a shouted name ("CAMILLE RIEU"), not a shouted label or acronym ("AI TALENT")
        text = text.title() if all(len(w) >= 3 for w in text.split()) else ""
    return [part for part in re.split(r"\s*(?:,|\bet\b|\band\b|&)\s*", text) if part]


@lru_cache(maxsize=65536)  # asked of most short lines, in several passes
def names_only(text: str) -> bool:
    """Names alone ("Jeanne Martin", "Ann Lee and Bo Chen", "CAMILLE RIEU"), maybe with a place
    ("Luc Moreau, à Lyon")."""
    names = _names(text)
    return bool(names) and all(name_only(name) for name in names)


def name_only(text: str) -> bool:
    """A person's name alone: two to four capitalised words starting with a known first name."""
    words = text.split()
    return (2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words) and words[-1][:1].isupper()
            and first_name(words[0].split("-")[0]) and not any(c.isdigit() for c in text))


# --- prompts ------------------------------------------------------------------------------------------------

_PROMO_NOUN = re.compile(
    r"\b(?:newsletters?|lettre d['’]information|infolettre|abonn\w+|subscri\w+|journalism|journalisme|"
    r"sign(?:ing)? up|inscri\w+|notre app\w*|our app|l['’]application|alertes?|alerts?|cookies?|"
    r"offre|offer|essai gratuit|free trial|podcast|premium|soutenez|support us|don\b|donate|"
    r"compte|account|connect\w*|log in|suivez-nous|follow us|rejoignez-nous|join us|chaîne|channel|"
    r"(?:follow|suivez)\b.{1,40}\b(?:on|sur) (?:whatsapp|x|twitter|linkedin|facebook|instagram|telegram|threads|google)|"
    r"partagez|e-?mail|apps?|more from|"
    r"(?:chaque|every) (?:jour|matin|semaine|mois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"day|morning|week|weekday|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.I)
_ADDRESSED = re.compile(
    r"\b(?:vous|votre|vos|you|your|inscrivez|abonnez|recevez|découvrez|profitez|téléchargez|support|soutenez|"
    r"écoutez|listen|download|discover|reply|répondez|catch|"
    r"rejoignez|suivez|cliquez|click|tap|sign|subscribe|get|join|follow|merci|thank|thanks)\b", re.I)


_EVENT_PROMO = re.compile(r"\b(?:early.?bird|tickets? (?:on sale|now)|réservez votre place|book your (?:seat|ticket|place)|"
                          r"code promo|promo code|tarif préférentiel|register now|inscriptions? ouvertes?|terms apply|"
                          r"conditions apply|voir conditions|free guide|guide gratuit|livre blanc|white ?paper|"
                          r"webinaire?|write to us|écrivez[- ]nous|écrivez (?:à|au) )\b|-\d+\s?%", re.I)
_PERIODICAL = re.compile(r"\b(?:chaque|every)\s+(?:jour|matin|soir|semaine|mois|lundi|mardi|mercredi|jeudi|vendredi|"
                         r"samedi|dimanche|day|morning|evening|week|weekday|month|monday|tuesday|wednesday|thursday|"
                         r"friday|saturday|sunday)\b.*\b(?:actualités?|actus|news|stories|l['’]essentiel|le meilleur|"
                         r"the best|retrouvez|mouvements|round-?up)\b|\b(?:retrouvez|find)\b.*\b(?:chaque|every)\b", re.I)


def promotion(text: str) -> bool:
    """A prompt addressed to the reader about the site itself: newsletter, subscription, app, cookies, account;
    a newsletter's name or its periodicity ("chaque matin, l'essentiel de l'actualité"); an event's tickets."""
    n = len(text.split())
    if n <= 5 and re.search(r"(?i)\b(?:newsletters?|infolettres?|lettre d['’]information)\b", text):
        return True
    if n <= 30 and (_EVENT_PROMO.search(text) or _PERIODICAL.search(text)):
        return True
    return n <= 40 and bool(_PROMO_NOUN.search(text)) and bool(_ADDRESSED.search(text))


# --- date lines ----------------------------------------------------------------------------------------------

_STAMP_WORDS = re.compile(
    r"(?i:\b(?:publié|publiée|mis à jour|mis en ligne|mise en ligne|en ligne|modifié|actualisé|updated|published|"
    r"posted|last updated|le|la|les|à|a|at|on|"
    r"du|de|et|and|by|par|il y a|ago|heures?|hours?|minutes?|min|h|days?|jours?|weeks?|semaines?|months?|mois|"
    r"am|pm|a\.m\.|p\.m\.|est|edt|et|pst|pdt|gmt|utc|cet|cest|bst|ist|jst|heure de paris|"
    r"\w+day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mer|jeu|ven|sam|dim|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd['’]hui|today|hier|yesterday|"
    r"date|création|created|creation|janv?\.?|févr?\.?|mars|avr\.?|mai|juin|juil\.?|août|sept?\.?|oct\.?|nov\.?|déc\.?|"
    r"janvier|février|avril|juillet|septembre|octobre|novembre|décembre|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec|january|february|march|april|june|july|august|september|october|november|december)(?:\b|(?<=\.)))"
    r"|\d[\dh:/.,-]*(?:er|st|nd|rd|th)?|[|•·,:/–—()\[\]+-]")
_HAS_DATE = re.compile(r"\d{1,2}[:h]\d{2}|\d{4}|\d{1,2}[/.]\d{1,2}"
                       r"|\b(?i:\d{1,2}(?:er)?\s+[a-zéû]{3,}|[a-z]{3,}\.?\s+\d{1,2}\b)|(?i:ago|il y a)")


@lru_cache(maxsize=65536)
def stamp(text: str, lang: str) -> bool:
    """Whether the line is a date line or timestamp: a date or time, and nothing but the words around one."""
    if len(text.split()) > 16 or not re.search(r"\d", text):
        return False
    if not _HAS_DATE.search(text):
        return False
    return not _STAMP_WORDS.sub(" ", text).strip()


# --- the page's credits -------------------------------------------------------------------------------------

def read(page: Page, lang: str, outlets=frozenset()) -> None:
    """Authors, outlet and address from the page's furniture, in order of trust: a source line, a wire
    dateline, a byline's outlet, a copyright line, a masthead (a known outlet's name alone above the
    headline), a closing wire credit. Tails glued to the last paragraph (byline, copyright) are cut."""
    from .. import model
    from .lines import CONTENT, EDITOR_DATE, ROW

    found: dict[str, str] = {}
    for line in page.lines:
        if line.kind == "credit" and (parsed := source_line(line.text)):
            name, url = parsed
            if name and url and "source line" not in found.get("linked", ""):
                found["source line"], found["linked"] = name, "source line"  # the one with an address wins
            elif name:
                found.setdefault("source line", name)
            if url and (page.source_url is None or name):
                page.source_url = url
        elif line.kind == "credit" and (holder := copyright_holder(line.text)):
            found.setdefault("copyright", holder)
        elif line.kind == "byline" and not byline(line.text) and (second := _SECOND.match(line.text)):
            # "avec Jane Doe à Lagos"
            page.authors += [n for n in _names(second.group(1)) if n not in page.authors]
        elif line.kind == "byline" and not byline(line.text) and names_only(line.text):
            page.authors += [n for n in _names(line.text) if n not in page.authors]
        elif line.kind == "byline" and (parsed := byline(line.text)):
            authors, outlet = parsed
            page.authors += [a for a in authors if a not in page.authors]
            if outlet:
                found.setdefault("byline", outlet)
            if re.search(r"\d", line.text):
                page.stamps.append(line)  # "Par Jeanne Martin - 17 mai 2024": the byline dates the page too
        elif line.kind == "dateline":
            page.stamps.append(line)
            for part in ROW.split(line.text):  # "Jeanne Martin · 09/09/2025 · 12:31", "… · Ann Lee & Bo Chen · …"
                if names_only(part.strip()) and not re.search(r"\s[A-Z]\.$", part.strip()):  # "Jean S.": a comment
                    page.authors += [n for n in _names(part) if n not in page.authors]
    for line in page.lines:
        if line.kind in ("credit", "dateline", "byline"):
            page.years += [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", line.text)]
    editor = next((m for line in page.lines[:5] if line.kind == "dateline" and (m := EDITOR_DATE.match(line.text))), None)
    if editor:
        page.editor_date = model.parse_date(editor.group(1))
    _author_bios(page)
    content = [line for line in page.lines if line.kind == CONTENT]
    if content and (name := wire(content[0].text)):
        found.setdefault("wire", name)
    if content:
        _glued_tail(content[-1], page, found)
    title_at = page.title.number if page.title else 0
    for line in page.lines:
        if line.number < title_at and not line.kept and norm(line.text) in outlets:
            found.setdefault("masthead", line.text)
        if line.kind in ("navigation", "widget", "") and line.number > (content[-1].number if content else 0):
            m = _CLOSING_WIRE.match(line.text)
            if m and norm(m.group("name")) in outlets:
                line.kind, line.reason = "credit", "a closing wire credit"
                found.setdefault("closing", m.group("name"))
    if "masthead" not in found and (name := _repeated_masthead(page)):
        found["masthead"] = name
    if (name := _first_line_masthead(page)) and "masthead" not in found:
        found["first line"] = name
    asked = next((m for line in content if (m := _ASKED.search(line.text))), None)
    if asked:
        found.setdefault("asked", asked.group("name") or asked.group("name2"))
    if "copyright" in found:
        found["copyright"] = _masthead_of(page, found["copyright"])
    # A masthead names the outlet; a copyright line may name its publisher ("© Morning Media SA"): after it.
    # "Article rédigé par Radio Alpes Info": an outlet the page names above its headline is no author
    top = {norm(line.text) for line in page.lines[: page.title.number if page.title else 8] if line.text}
    outlets_named = [a for a in page.authors if norm(a) in top]
    page.authors = [a for a in page.authors if a not in outlets_named]
    if outlets_named:
        found.setdefault("byline", outlets_named[0])
    for basis in ("source line", "wire", "byline", "masthead", "copyright", "closing", "asked", "first line"):
        if basis in found:
            page.source = canonical(found[basis])
            break


def _author_bios(page: Page) -> None:
    """A line about the byline's author ("Jeanne Martin est économiste et enseigne …", "Ann Lee is a partner at …")
    is the author box, not the article."""
    from .lines import KEPT

    for line in page.lines:
        if line.kind in KEPT and len(line.text.split()) <= 40 and any(
                re.match(rf"{re.escape(author)}\s+(?:est|is|was|était|a été|has|covers|couvre|writes|écrit)\b", line.text)
                for author in page.authors):
            line.kind, line.reason = "byline", "about the author of the byline (an author box)"


def _masthead_of(page: Page, holder: str) -> str:
    """The masthead a publisher's name starts ("Southern Cross" for "SOUTHERN CROSS BUSINESS REVIEW"), as the
    page's top lines write it (capitalised if shouted), else the publisher's name."""
    top = [line.text for line in page.lines[:12] if line.text and not line.kept]
    for text in top:
        if text.lower().startswith(holder.lower()) and text.lower() != holder.lower() and len(text.split()) <= 6 \
                and not any(c.isdigit() for c in text):
            return text.title() if text.isupper() else text
    return holder


def _first_line_masthead(page: Page) -> str | None:
    """A whole page copied starts with the site's name: a first line of two to four capitalised words above
    the headline, which is no menu, date, interface or article text (capitalised if shouted)."""
    from .lines import KEPT

    first = next((line for line in page.lines if line.text), None)
    if first is None or first.kind in (*KEPT, "title", "dateline", "byline") or page.title is None \
            or first.number >= page.title.number or first.reason.startswith("a row") or "breadcrumb" in first.reason:
        return None
    words = first.text.split()
    if not 2 <= len(words) <= 4 or _interface(first.text) or any(c.isdigit() for c in first.text) \
            or not all(w[:1].isupper() or w.lower() in ("de", "du", "des", "of", "the", "la", "le", "and", "et")
                       for w in words):
        return None
    return first.text.title() if first.text.isupper() else first.text


def _interface(text: str) -> bool:
    """Most of the line's words, articles and prepositions aside, are interface words ("À propos", "EN DIRECT")."""
    from .lines import UI_WORDS, stoplist

    words = [w.lower() for w in re.findall(r"[\w'’-]+", text)]
    content = [w for w in words if w not in stoplist("fr") and w not in stoplist("en")] or words
    return sum(w in UI_WORDS for w in content) >= 0.5 * len(content)


def _repeated_masthead(page: Page) -> str | None:
    """The site's name: a short capitalised line above the headline that the page's furniture names again
    ("Sign up for The Morning Post's newsletter", "© 2025 The Morning Post"); a place the article names is no masthead."""
    from .lines import KEPT

    top = page.lines[: page.title.number - 1] if page.title else page.lines[:12]
    # named again outside the top menus (section names repeat there): a credit, a prompt, a byline, the footer
    title_at = page.title.number if page.title else 0
    menus = ("navigation", "related", "tags")
    furniture = "\n".join(line.text for line in page.lines if line.kind not in (*KEPT, "blank")
                           and not (line.kind in menus and line.number < title_at))
    article = "\n".join(line.text for line in page.lines if line.kind in KEPT)
    first = next((line for line in page.lines if line.text), None)
    for line in top:
        words = line.text.split()
        if line.kind in (*KEPT, "blank", "dateline") or not 1 <= len(words) <= 5 or not line.text[:1].isupper() \
                or len(line.text) < 3 or _interface(line.text) or not re.fullmatch(r"[\w&'’. -]+", line.text):
            continue
        named = rf"(?<!\w){re.escape(line.text)}(?!\w)(?!\s*:)"  # not a section's name heading a link ("Tech : …")
        again = len(re.findall(named, furniture)) - (line.kind not in menus)
        if len(words) >= 2 and again + len(re.findall(named, article)) >= 1:
            return line.text
        # One word may be a section, a place or a topic ("Tech", "Lyon"): only as the page's first line.
        if line is first and again >= 1 and not re.search(named, article):
            return line.text
    return None


# The outlet that asked for comment is the one writing: "did not respond to Wired's request for comment",
# "Contacté par Le Monde, OpenAI n'a pas répondu".
_ASKED = re.compile(r"\b(?:request for comment from|(?:contacté|sollicité|interrogé|joint)e?s? par)\s+(?P<name>[A-Z][\w.&'’-]*"
                    r"(?:\s+[A-Z][\w.&'’-]*){0,2})|\bto (?P<name2>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})['’]s request for comment")
_GLUED = re.compile(
    r"(?<=[.!?»”])\s+(?P<tail>(?:(?:par|by)\s+)?[A-ZÀ-Ý][^.!?]{0,60}?(?:©|\(c\)|copyright)[^.!?]{0,60})$", re.I)


def _glued_tail(line, page: Page, found: dict) -> None:
    """ "… la fin de l'article. Jeanne Martin © Le Monde 2025": the byline and copyright glued to the last paragraph."""
    m = _GLUED.search(line.text)
    if not m:
        return
    tail = m.group("tail")
    holder = copyright_holder(tail)
    if holder:
        found.setdefault("copyright", holder)
    before = re.split(r"\s*(?:©|\(c\)|copyright)", tail, maxsplit=1, flags=re.I)[0]
    parsed = byline(before) if before else None
    if parsed:
        page.authors += [a for a in parsed[0] if a not in page.authors]
    elif before and name_only(before.strip(" ,-–—")):
        page.authors.append(before.strip(" ,-–—"))
    line.text = line.text[: m.start()].rstrip()
    line.reason = "article text (a byline and copyright glued to its end were cut)"
