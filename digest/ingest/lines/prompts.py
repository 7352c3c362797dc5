"""Lines that speak to the reader to make them act: an advertisement, an offer, a call to share or to sign up.

News prose reports; a prompt addresses the reader ("vous", "your"), tells them to do something (an imperative
at the start of a clause: "Simulez", "Partagez-le", "Open an account"), and sells (a price, "au lieu de", "up to",
"offert"). One of these is not enough (an article quotes prices, an interview says "vous"); two together are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import prefilter

_READER = re.compile(r"(?i)\b(?:vous|votre|vos|tu|ton|ta|tes|te|you|your|yours)\b")
# the start of a clause: the line's start, or after a full stop, a question or exclamation mark, a colon or a dash
_CLAUSE = re.compile(r"(?:^|[.?!:]\s+|\s[-–—|]\s+)([\w'’-]+)")
# imperatives of a call to act: French second person (-ez, with or without a pronoun), or the usual verbs, French
# buttons' infinitives among them ("Lire nos articles", "Voir notre dossier")
_FRENCH_IMPERATIVE = re.compile(r"(?i)^[a-zà-ÿ]{3,}ez(?:-(?:le|la|les|nous|vous|y|en))?$")
_CALL_VERBS = frozenset(
    [
        "ajoute",
        "abonne",
        "abonnez",
        "inscris",
        "inscrivez",
        "télécharge",
        "découvre",
        "essaie",
        "essayez",
        "profite",
        "commande",
        "réserve",
        "offre",
        "lire",
        "voir",
        "découvrir",
        "écouter",
        "regarder",
        "get",
        "try",
        "sign",
        "download",
        "join",
        "subscribe",
        "book",
        "shop",
        "save",
        "open",
        "start",
        "claim",
        "grab",
        "buy",
        "order",
        "register",
        "listen",
        "watch",
        "follow",
        "share",
        "discover",
        "upgrade",
        "unlock",
        "read",
        "see",
    ]
)
_NOT_IMPERATIVE = frozenset({"chez", "assez"})
_SELLING = prefilter.compile(
    r"(?i)[€$£¥]|\b\d+\s?(?:euros?|dollars?|francs?|fr\.|cfa|fcfa|sh)\b|\bsh\d|\b\d+\s?%|\bau lieu de\b|\binstead of\b"
    r"|\bjusqu['’]à\b|\bup to\b|\bas little as\b|\bà partir de\b|\bdès \d|\boffert(?:e|s|es)?\b|\bsans frais\b"
    r"|\bdeals?\b|\bbon plan\b|\bfree\b|\bgratuit\w*\b|\bpartenaire\b|\boffres?\b|\boffers?\b|\bcrédit\b"
)
_SITE = re.compile(r"(?i)\b(?:notre|nos|our)\b")
_LABEL = re.compile(r"^[^:]{1,25}:\s*")
_QUOTED = re.compile(r"[«“”\"]")
# a firm's invitation to talk business, after a question to a prospective client ("Hiring a CTO? Let's talk.")
_INVITATION = re.compile(
    r"(?i)^(?:let['’]s (?:talk|chat|connect)|get in touch|contact us|talk to us|reach out|book a call|parlons-en|"
    r"discutons-en|échangeons|contactez-nous|écrivez-nous|prenons (?:contact|rendez-vous))\b[^.!?]{0,25}[.!]?$"
)


def imperative(text: str) -> bool:
    """A clause of ``text`` starts with an imperative ("Simulez", "Partagez-le", "Get")."""
    for match in _CLAUSE.finditer(text):
        word = match.group(1).lower()
        if word.endswith(("-vous", "-nous")) and re.match(r"[^.!]*\?", text[match.end() :]):
            continue  # the subject after its verb, up to a question mark: a question ("Allez-vous publier ?")
        if word in _CALL_VERBS or (_FRENCH_IMPERATIVE.match(word) and word not in _NOT_IMPERATIVE):
            return True
    return False


@lru_cache(maxsize=65536)
def call_to_act(text: str) -> bool:
    """A short unquoted line addressed to the reader that tells them to act or sells; the site's own voice ("notre
    page") telling them to act; an imperative that sells; a question to the reader followed by a call
    ("Cet article vous a intéressé ? Partagez-le !") or by a firm's invitation to talk ("Hiring a CTO? Let's talk.").
    A news sentence (a final full stop) needs the reader."""
    n = len(text.split())
    if n > 30 or _QUOTED.search(text):
        return False
    question, mark, rest = text.partition("?")
    if mark and rest.strip() and _READER.search(question) and (imperative(rest.strip()) or _READER.search(rest)):
        return True
    if mark and len(question.split()) <= 12 and _INVITATION.match(rest.strip()):
        return True
    reader, calls, reported = bool(_READER.search(text)), imperative(text), text.rstrip().endswith(".")
    # "Our take: …", "Notre avis : …": the site's voice in a label heads a comment, it calls nobody to act
    if calls and (reader or _SITE.search(_LABEL.sub("", text))):
        return True
    if reported and not reader:
        return False  # a news sentence: the selling words, the longest search here, cannot change that
    selling = len(_SELLING.findall(text))
    return reader and selling > 0 or not reported and (calls and selling > 0 or selling >= 3 and n <= 16)


# A comment section's prompts: an invitation to comment ("Would you like to comment on this article?"), the account
# it needs, named first as an imperative then a second account or the comment it allows ("Register (it's quick and
# free) or sign in now.", "Connectez-vous pour réagir"), its rules addressed to the reader ("Please read our Comment
# Policy before commenting."). A news sentence reports that someone declined to comment; it invites nobody.
_COMMENT_INVITATION = re.compile(
    r"(?i)^(?:(?:would|do) you (?:like|want|wish) to|want to|vous (?:souhaitez|voulez)|souhaitez-vous|voulez-vous|"
    r"envie de)\s+(?:comment|leave a comment|join the (?:conversation|discussion)|have your say|réagir|commenter|"
    r"laisser un commentaire|participer (?:à la discussion|au débat))\b"
)
_ACCOUNT_FIRST = re.compile(
    r"(?i)^(?:please\s+)?(?:register|sign (?:in|up)|log ?in|create an? (?:free )?account|inscrivez-vous|"
    r"connectez-vous|identifiez-vous|créez (?:un|votre) compte)\b"
)
_ACCOUNT_THEN = re.compile(
    r"(?i)\b(?:or|ou)\s+(?:\w+\s+)?(?:register|sign (?:in|up)|log ?in|create|inscrivez|connectez|identifiez|créez)"
    r"|\b(?:to|pour)\s+(?:comment|post|join|reply|réagir|commenter|participer|répondre)"
)
_COMMENT_RULES = prefilter.compile(
    r"(?i)\b(?:comment(?:s|ing)? (?:policy|guidelines|rules|standards)|community (?:guidelines|standards|rules)|"
    r"house rules|charte (?:de modération|des commentaires|de la communauté)|"
    r"règles (?:de modération|de la communauté|des commentaires))\b"
)
_TO_READER = re.compile(r"(?i)\b(?:please|read|our|before|merci|veuillez|lisez|lire|notre|nos|avant)\b")
# A paywall's reminder: this piece (article, story, content) is for subscribers or premium ("Reminder, this is a
# Premium article and requires a subscription to read.", "Rappel : cet article premium nécessite un abonnement.")
_PAYWALL_WORD = prefilter.compile(
    r"(?i)\b(?:premium|subscri(?:ber|bers|ption|ptions|be)|abonn(?:é|és|ée|ées|ement|ements)|members?[- ]only|"
    r"réservée? aux)\b"
)
_THIS_PIECE = re.compile(
    r"(?i)\b(?:this|cet|cette|ce)\s+(?:(?:is|est)\s+)?(?:(?:an?|un|une)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:article|story|piece|content|contenu|reportage)s?\b"
)
_SAID = re.compile(r"(?i)\b(?:said|says|told|a déclaré|a dit|a indiqué|selon|according to)\b")
# The page telling the reader how to use it: a gesture on its interface, then what it is for ("Tap a source to read
# the full story.", "Cliquez sur un titre pour lire l'article"); a news sentence reports gestures, it gives none
_GESTURE = prefilter.compile(
    r"(?i)(?:^|[.!?]\s+)(?:tap|click|press|swipe|scroll|hover|cliquez|appuyez|touchez|faites glisser|faites défiler)"
    r"\b[^.!?]{0,60}?\b(?:to|pour)\s+(?:read|see|view|open|lire|voir|ouvrir|consulter|afficher|accéder)\b"
)
GESTURE = "the page's instructions to the reader (tap or click something to read it)"
COMMENT_PROMPT = "a comment section's prompt (to comment, to sign in, its rules)"
PAYWALL = "a notice that the article is for subscribers"


def site_prompt(text: str, n: int) -> tuple[str, str] | None:
    """A comment section's prompt or a paywall's reminder, with its kind and reason; None for any other line."""
    if n > 30:
        return None
    if _GESTURE.search(text) and not _QUOTED.search(text):
        return "note", GESTURE
    invited = _COMMENT_INVITATION.match(text) or _ACCOUNT_FIRST.match(text) and _ACCOUNT_THEN.search(text)
    if invited or _COMMENT_RULES.search(text) and _TO_READER.search(text):
        found = "widget", COMMENT_PROMPT
    elif _PAYWALL_WORD.search(text) and _THIS_PIECE.search(text):
        found = "note", PAYWALL
    else:
        return None
    return None if _QUOTED.search(text) or _SAID.search(text) else found
