"""The furniture of kinds of page beyond the newspaper's, as single lines show it: an encyclopaedia's references,
edit links and footer; a markets page's quotes and its note on them; posts quoted from social networks and the age of
a comment; a translated page's notice; a release's safe-harbour notice and notes to editors; captions ending in a
credit and date lines after a name, written without separators. ``furniture`` says in which order they are tried."""

from __future__ import annotations

import re

from .. import bylines, prefilter
from ..names import name_shaped
from ..newsroom_jobs import JOBS
from ..stamps import AGE

# A release's safe-harbour notice: its statements about the future are no promise.
SAFE_HARBOUR = prefilter.compile(r"(?i)\bforward-looking statements?\b|\bdéclarations prospectives\b")
_RELEASE_NOTES = re.compile(
    r"(?i)(?:notes? (?:to|for) editors?|editors['’]? notes?|notes? (?:aux|à l['’]attention des) "
    r"(?:rédactions?|rédacteurs|journalistes))\s*:?"
)
RELEASE_NOTES = "a press release's notes to editors label"


def release_notes(text: str) -> bool:
    """A release's "Notes to editors" label: what follows is for journalists, not the news."""
    return bool(_RELEASE_NOTES.fullmatch(text))


# A post's poster with how close they are in the reader's network glued after the name: "Ann Lee • 1st",
# "Jeanne Roy · 2e", "Bo Chen • 3rd+" (the feed's header, never the post's headline)
NETWORK_DEGREE = re.compile(r"\s*[•·]\s*(?:1st|2nd|3rd|1er|2e|3e)\+?$")


def poster_header(text: str) -> str | None:
    """The name of a post's header "Ann Lee • 1st", without its network degree; None for any other line."""
    if "•" not in text and "·" not in text:
        return None
    m = NETWORK_DEGREE.search(text)
    name = text[: m.start()] if m else ""
    return name if m and name_shaped(name) else None


# "Mis à jour à 11 h 40", "Updated at 9:05 am": the time alone, the date being the page's
UPDATED_AT = re.compile(
    r"(?i)^(?:mis à jour|publié|modifié|actualisé|updated|published|posted|last updated)\s+(?:à|at|le|on)?\s*"
    r"\d{1,2}\s?(?:h|:)\s?\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?:\s+[A-Z]{2,5})?$"
)
# A video's or an episode's running time: "Durée de la vidéo : 02min 14s", "Duration: 4:32", "Length 45 min"
DURATION = re.compile(
    r"(?i)^(?:durée|duration|length|longueur|running time)(?: (?:de la|du|de l['’]|of the|of) ?(?:vidéo|video|"
    r"podcast|épisode|episode|émission|reportage|interview|entretien))?\s*:?\s*"
    r"(?:\d{1,2}\s*(?:h|min|mn)\w*\.?(?:\s*\d{1,2}\s*(?:s|sec\w*|min\w*|mn)?\.?)?|\d{1,2}(?::\d{2}){1,2})$"
)
# A recent article's headline with its age in brackets, as a list of recent articles gives it: "… (il y a 2 jours)"
AGED_TEASER = re.compile(
    r"(?i)\S.{10,200}\((?:il y a \d+\s*\w+|\d+\s*(?:min(?:utes?)?|h|hrs?|hours?|d|days?|j|jours?) ago|hier|"
    r"yesterday)\)$"
)
# "VIDÉO - …", "PODCAST. …", "DIAPORAMA | …": a teaser for a piece in another medium
MEDIA_TEASER = re.compile(
    r"^(?:VIDÉO|VIDEO|VIDÉOS|VIDEOS|PODCAST|DIAPORAMA|PHOTOS|INFOGRAPHIE|INFOGRAPHIC|GALLERY|AUDIO|REPLAY|"
    r"WATCH|LISTEN)\s*[-–—.:|]\s*\S"
)
# A post quoted by an aggregator with its author and network: "@handle on X: …", "Jane Roe / @jroe on Threads: …".
QUOTED_POST = re.compile(
    r"^(?:[^:/@]{1,40}\s*/\s*)?@[\w.]{1,30}\s+(?:on|sur)\s+([\w.]+)\s*:\s*\S"
    r"|^(?:[A-ZÀ-Ý][\w'’.-]+\s){1,3}(?:on|sur)\s+([\w.]+)\s*:\s*\S"
)
# A post's or a comment's age alone on its line, perhaps marked as edited: "6 hr. ago", "2d • Edited".
AGE_ALONE = re.compile(rf"(?i)^{AGE}(?:\s*[•·|]\s*(?:modifié|edited)\S*)?$")
# A name and how long ago it posted, between dots: "The Lagos Circuit · 20h", "Savoie Matin · il y a 1 jour" (a feed's
# or an aggregator's item, a comment's signature)
NAMED_AGE = re.compile(rf"(?i)^(?-i:[A-ZÀ-Ý@])[^·•|]{{1,40}}?\s[·•|]\s{AGE}$")
# A quote on a markets page: a price with its currency and its change in per cent ("41,86 € (+7,35 %)").
PRICE = re.compile(r"\d[\d\s.,]*\s?[€$£¥]|[€$£¥]\s?\d")
CHANGE = re.compile(r"[+−-]\s?\d+(?:[.,]\d+)?\s?%")
# What a markets page says of its figures: delayed quotes, the provider of the data.
MARKET_NOTE = prefilter.compile(
    r"(?i)\b(?:cours|cotations?|quotes?|prices?|données|data)\b.{0,30}\b(?:différé\w*|delayed)\b"
    r"|\b(?:données|cotations?|cours) (?:fournies?|fournis) par\b"
    r"|\b(?:data|quotes?|market data) (?:provided|supplied) by\b"
)
# An entry of a list of references (an encyclopaedia's notes): "^ Doe, J. (2024). "Title". Outlet. Retrieved …".
REFERENCE = prefilter.compile(
    r"^(?:\d{1,3}\.\s)?[\^↑]\s|^\[\d{1,3}\]\s\S"  # "↑ a et b « … », Outlet, 3 février 2026.", "[2] « … »"
    r"|\b(?:retrieved|archived from the original|consulté le|archivé depuis l['’]original)\b(?: on)?\s+\d{1,2}\s"
    r"|\b(?:retrieved|accessed)(?: on)?\s+(?:\w+\s)?\d{1,2},?\s+(?:\w+\s)?\d{4}\.?$",
    re.I,
)
# An encyclopaedia's note above its article, pointing to pages of the same name: "Pour les articles homonymes, voir
# Pli.", "For other uses, see Mercury (disambiguation).", "Ne pas confondre avec …", "« X » redirige ici."
HATNOTE = prefilter.compile(
    r"(?i)^(?:pour (?:les articles|l['’]article) homonymes?|for other uses|not to be confused with|ne pas confondre "
    r"avec|this article is about|cet article (?:concerne|traite)|pour un article plus général)\b"
    r"|\b(?:redirects here|redirige ici)\b"
)
# A wiki's section heading with its edit link: "References[edit]", "Historique [modifier | modifier le code]".
EDIT_LINK = prefilter.compile(r"\S\s?\[(?:edit|modifier)(?:\s*\|\s*modifier le code)?\]$", re.I)
# A wiki's page footer: when the page was last changed, the licence of its text.
WIKI_FOOTER = prefilter.compile(
    r"(?i)^(?:this page was last (?:edited|modified)|la dernière modification de cette page|"
    r"dernière modification de cette page)\b"
    r"|\b(?:text|content|texte|contenu)s? (?:is |are |est |sont )?(?:available|disponibles?) (?:under|sous) "
    r"(?:the |a |la |une )?(?:licen[cs]e|CC\b|creative commons)"
)
# A machine translation's notice: "(This article was machine-translated …)", "Cet article est une traduction
# automatique".
MACHINE_TRANSLATION = re.compile(
    r"(?i)^\W*(?:this|cet|ce) (?:article|text|texte|post|contenu|content)\b.{0,30}\b(?:machine[- ]translat\w+|"
    r"automatically translated|translated automatically|traduction automatique|tradui\w* automatiquement)"
)
# An author named with the job in brackets, alone on the line: "Jane Roe (journaliste de rédaction)".
NAME_AND_DESK = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’.-]+\s){1,3}\((?i:(?:grand |senior |chief |staff )?(?:rédaction|"
    rf"{JOBS}))[^)]{{0,60}}\)$"
)
# A photo credit at the end of a caption: "… in Paris. - Photo Jane Roe / Agency", "… PHOTO JANE ROE, THE OUTLET",
# "… au Maroc. - Credit:Jane Roe".
TRAILING_CREDIT = prefilter.compile(
    r"(?:[.!?)]\s*[-–—|]?|\s[-–—|])\s*(?i:photos?|crédits?|credits?|illustration)\s*:?\s*(?:©\s*)?"
    r"[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,3}\s*/\s*[\w.'’ -]{2,40}\)?$"
    r"|[.!?)]\s*[-–—|]\s*(?i:photos?|crédits?|credits?)\s*:\s*(?:©\s*)?[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){1,3}$"
    r"|(?-i:\bPHOTOS?\s+[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[\s,]+[A-ZÀ-Ý][A-ZÀ-Ý'’.-]*){1,6}$)"
)


# How a thread's comments are sorted: "Sort by: Best ▾", "Trier par : les plus récents".
SORT = re.compile(r"(?i)^(?:sort(?:ed)? by|trier par|triés? par|classer par)\b.{0,30}$")
PARTICLES = frozenset(["de", "du", "des", "la", "le", "of", "the", "and", "et", "&"])


def named_stamp(text: str, lang: str) -> bool:
    """A date line with a name in front, no separator between, down to the minute: "The Daily Courier 10 March 2026
    17:00" (without a time, "Revue du lundi 9 mars 2026" names an issue)."""
    words = text.split()
    return bool(re.search(r"\d{1,2}[:h]\d{2}\b", text)) and any(
        words[0][:1].isupper()
        and all(w[:1].isupper() or w in PARTICLES for w in words[1:k])
        and bylines.stamp(" ".join(words[k:]), lang)
        for k in range(1, min(5, len(words) - 1))
    )
