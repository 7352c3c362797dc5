"""Notices a page carries about its own text rather than the news: a wire service's note on what a new version of
a story changed, a syndicating site's disclaimer that the text came from a feed unedited, a footer row of legal links
beside the publisher's name or address, a prompt to hear or watch the whole programme, a land acknowledgement. Each
is recognised from its wording in both languages, never from an outlet's name; ``furniture`` asks here after its own
patterns, with cheap guards first."""

from __future__ import annotations

import re

from ..datelines import WIRE_DATELINE
from ..line_evidence import ROW
from ..names import initials_alone

# "(Adds spokesperson comment in paragraph 3)", "(Updates with closing share price)", "(Recasts, adds details)",
# "(Ajoute la réaction du ministre au 4e paragraphe)": the note a wire puts under the headline of a new version,
# in brackets or, on a client portal, bare ("Adds detail on chairman in paragraphs 3-4").
_UPDATE_NOTE = re.compile(
    r"^\(?\s*(?:(?i:adds|updates|corrects|recasts|rewrites|refiles|repeats|changes|fixes|removes|deletes|inserts|"
    r"clarifies|combines|moves|writes through|tops|new throughout|ajoute|actualise|actualisé|corrige|complète|"
    r"précise|reformule|remplace|supprime|modifie|nouvelle version|mise à jour|update \d+|ajout))\b[^()]{0,160}\)?\.?$"
)
# the verbs a bare update note starts with (a sentence of the article ends with a full stop)
_UPDATE_VERBS = frozenset(
    [
        "adds",
        "updates",
        "corrects",
        "recasts",
        "rewrites",
        "refiles",
        "repeats",
        "changes",
        "fixes",
        "removes",
        "deletes",
        "inserts",
        "clarifies",
        "combines",
        "moves",
        "tops",
        "writes",
        "actualisé",
        "ajout",
        "ajoute",
        "actualise",
        "corrige",
        "complète",
        "précise",
        "reformule",
        "remplace",
        "supprime",
        "modifie",
    ]
)

# "The rest of the content is auto-generated from a syndicated feed", "This story has not been edited by our staff",
# "Cet article est publié automatiquement à partir d'une dépêche": how a syndicating site says the text is not its own.
# what such a note says it changed: a paragraph, details, a comment, the headline ("Adds up to a third…" is a quote)
_CHANGED = re.compile(
    r"(?i)\b(?:paragraphs?|paras?|grafs?|details?|comments?|quotes?|background|byline|headline|throughout|"
    r"reaction|statement|share price|dateline|spelling|context|analysts?|with|paragraphe|détails|réactions?|"
    r"déclarations?|commentaires?|citations?|titre|contexte|précisions|chiffres?)\b"
)

_SYNDICATED = re.compile(
    r"(?i)\b(?:auto-?generated|automatically generated|(?:syndicated|agency|wire|news) feed|"
    r"(?:has|have) not been (?:edited|modified|reworked)|(?:may|might) have been (?:reworked|edited) by\b.{0,60}"
    r"\bstaff|généré automatiquement|publiée? automatiquement|flux (?:d['’]agence|de dépêches|syndiqué)|"
    r"n['’]a pas été (?:modifiée?|éditée?|relue?|retravaillée?) par (?:la|notre) rédaction)"
)
# the notice speaks of the page's own text, or of the staff that would have edited it
_SELF = re.compile(
    r"(?i)\b(?:(?:this|the) (?:report|story|article|content|text)|cet article|ce contenu|cette dépêche|ce texte|"
    r"staff|rédaction|editors?)\b"
)
_SYNDICATED_GUARD = ("feed", "automati", "auto-gen", "autogen", "edited", "reworked", "modifi", "flux", "retravaill")

# The cells of a site's footer that are legal pages: "Mentions légales", "Privacy Policy", "Terms of Use".
_LEGAL_CELL = re.compile(
    r"(?i)(?:mentions légales|(?:politique|charte) de (?:confidentialité|cookies|protection des données)|"
    r"confidentialité|gestion des cookies|données personnelles|"
    r"(?:données|vie) privée|conditions (?:générales(?: d['’]utilisation| de vente)?|d['’]utilisation)|cgu|cgv|"
    r"plan du site|accessibilité|privacy(?: policy| notice| statement)?|cookie (?:policy|settings|preferences)|"
    r"terms(?: of (?:use|service))?|terms (?:and|&) conditions|legal(?: notice| notices|)|imprint|impressum|"
    r"sitemap|accessibility)"
)
_LEGAL_GUARD = ("légal", "legal", "privacy", "privée", "confidentialité", "terms", "conditions", "cgu", "impr")
_FOOTER_CELLS = re.compile(r"\s+[–—|·•-]\s+|\s{2,}")


# "Écoutez l'entrevue complète à l'émission X, dès 6 h.", "Watch the full interview on X": the programme's prompt
_SHOW = (
    r"(?i:(?:l['’])?(?:entrevue|entretien|interview|émission|épisode|reportage|conversation|episode|segment|show)s?)"
)
_WHOLE = r"(?i:complète?s?|intégrale?|en entier|full|entire|whole|complete)"
_WHOLE_SHOW = re.compile(
    rf"^(?i:écoutez|regardez|réécoutez|revoyez|retrouvez|listen to|watch|hear)\b"
    rf"(?:.{{0,30}}\b{_SHOW}\b.{{0,30}}\b{_WHOLE}\b|.{{0,20}}\b{_WHOLE}\b.{{0,20}}\b{_SHOW}\b)"
)


# An encyclopaedia's banner over a page about news still unfolding: "This article documents a current event."
_CURRENT_EVENT = re.compile(
    r"(?i)^(?:this (?:article|section|page) (?:documents|is about|covers|concerns) an? (?:current|ongoing) event|"
    r"(?:cet article|cette section|cette page) (?:concerne|traite d['’]|porte sur) un événement (?:en cours|récent))"
)


# A site's acknowledgement of the land it works on: "… acknowledges the Traditional Custodians of the lands where we
# work", "… reconnaît que ses bureaux se trouvent en territoire autochtone non cédé"
_LAND = re.compile(
    r"(?i)\b(?:acknowledg\w*|recogni[sz]\w*|pay (?:our|its) respects?|reconna[iî]\w*)\b.{0,160}"
    r"\b(?:traditional (?:custodians|owners)|unceded|non cédée?s?|territoires? (?:traditionnels?|ancestra(?:l|ux)))\b"
)


# "Écouter cet article (2 min)", "Listen to this story · 4 min": the audio player's prompt, with or without a duration
_LISTEN = re.compile(
    r"(?i)^(?:écouter|écoutez|listen to|hear)\s+(?:cet|l['’]|this|the)\s*(?:article|story|papier|texte|piece)\b"
    r"[\s(·|:–—-]*(?:\d{1,3}\s*(?:min\w*|mn|s)\.?)?[\s)]*$"
)

# "X est un média indépendant et sans but lucratif. Faites un don.", "X is a nonprofit newsroom. Donate today.": the
# outlet describing itself to ask the reader for support
_SELF_DESCRIBED = re.compile(
    r"(?i)\b(?:est|is)\s+(?:un|une|an?)\s+(?:[\w-]+\s+){0,3}(?:média|journal|site|magazine|newsroom|publication|"
    r"outlet|news organi[sz]ation|rédaction)\b"
)
_SUPPORT = re.compile(
    r"(?i)\b(?:faites un don|soutenez|donnez|donate|support (?:us|our|independent)|make a (?:donation|gift)|"
    r"become a (?:member|supporter)|devenez (?:membre|donat\w*))\b"
)
_SUPPORT_GUARD = ("don", "souten", "support", "member", "membre")


# The state of the comments under the article: "Comments are closed for this article", "Commenting has been disabled",
# "Les commentaires sont fermés", "Cet article est fermé aux commentaires"
_COMMENTS_STATE = re.compile(
    r"(?i)^(?:(?:the )?comments? (?:are|is|have been|has been) (?:now )?(?:closed|disabled|turned off|switched off)|"
    r"commenting (?:is|has been) (?:now )?(?:closed|disabled)|(?:les )?commentaires (?:sont|ont été) "
    r"(?:désormais )?(?:fermés|clos|désactivés)|(?:cet article|ce contenu) est fermé aux commentaires)\b"
)


def signature(text: str) -> tuple[str, str] | None:
    """A short line that only says who wrote the text, when or where: initials alone, a wire's dateline alone."""
    if initials_alone(text):
        return "byline", "the author's initials alone (a signature)"
    if text.endswith(("(", ")", "-", "–", "—")) and WIRE_DATELINE.match(text):
        return "dateline", "a wire's dateline alone on its line (a place, a date, the wire)"
    return None


def notice(text: str, n: int) -> tuple[str, str] | None:
    """The kind and reason of a line of ``n`` words that is a notice about the page itself, or None."""
    if n <= 12 and (found := signature(text)):
        return found
    low = text.lower()
    if n <= 14 and "omment" in low and _COMMENTS_STATE.match(text):
        return "widget", "the state of the comments under the article (closed, disabled)"
    if n <= 8 and text[:1] in "ÉéLlHh" and _LISTEN.match(text):
        return "widget", "a prompt to listen to the article read aloud"
    if (
        n <= 40
        and any(word in low for word in _SUPPORT_GUARD)
        and _SUPPORT.search(text)
        and _SELF_DESCRIBED.search(text)
    ):
        return "widget", "the outlet describing itself to ask the reader for support"
    if n <= 25 and text[:1] in "ÉéRrWwLlHh" and _WHOLE_SHOW.match(text):
        return "widget", "a prompt to listen to or watch the whole programme"
    if (
        (
            text[:1] == "("
            and n <= 30
            or n <= 16
            and text[-1:] not in '.!?»”"'
            and low.partition(" ")[0] in _UPDATE_VERBS
        )
        and _UPDATE_NOTE.match(text)
        and _CHANGED.search(text)
    ):
        return "note", "a wire service's note on what this version of the story changed"
    if n <= 60 and ("ackno" in low or "recogni" in low or "reconn" in low or "respect" in low) and _LAND.search(text):
        return "note", "the site's acknowledgement of the land it works on"
    if n <= 40 and ("event" in low or "événement" in low) and _CURRENT_EVENT.match(text):
        return "note", "an encyclopaedia's banner: the page is about an event still unfolding"
    if (
        8 <= n <= 60
        and any(word in low for word in _SYNDICATED_GUARD)
        and _SYNDICATED.search(text)
        and _SELF.search(text)
    ):
        return "note", "a syndicating site's disclaimer (the text comes from a feed, unedited)"
    if n <= 30 and any(word in low for word in _LEGAL_GUARD) and legal_footer(text):
        return "navigation", "a footer row of legal links (beside the publisher's name or address)"
    return None


def legal_footer(text: str) -> bool:
    """A row of cells, at least two of them or one beside an address, whose cells are links to legal pages."""
    cells = [cell.strip(" .") for cell in _FOOTER_CELLS.split(text) if cell.strip(" .")]
    legal = sum(bool(_LEGAL_CELL.fullmatch(cell)) for cell in cells)
    return len(cells) >= 2 and legal >= 1 and (legal >= 2 or len(cells) <= 4) and len(ROW.split(text)) >= 2
