"""What a line is made of: its stop-word density (jusText's stop lists), its share of user-interface words
in both languages, its shape (length, final punctuation, capitals), and the patterns several passes share."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from . import prefilter


@cache
def stoplist(lang: str) -> frozenset[str]:
    """jusText's published stop list for the language (lower case)."""
    import justext

    return frozenset(w.lower() for w in justext.get_stoplist("French" if lang == "fr" else "English"))


@lru_cache(maxsize=65536)
def stop_density(text: str, lang: str) -> float:
    words = text.lower().split()
    return sum(map(stoplist(lang).__contains__, words)) / len(words) if words else 0.0


# Words of a web page's interface, both languages: alone or nearly alone on a line they are a widget.
# the networks a page offers to share or follow it on: interface words, and platforms something was posted on
# fmt: off
SOCIAL_NETWORKS = frozenset(
    [
        "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "instagram",
        "youtube", "tiktok", "threads", "bluesky", "mastodon", "flipboard", "messenger"
    ]
)
UI_WORDS = SOCIAL_NETWORKS | frozenset(
    [
        "share", "partager", "partagez", "partage", "email", "e-mail", "mail", "courriel", "imprimer", "print",
        "copier", "copy", "lien", "link", "liens", "links", "copié", "copied", "url", "envoyer", "send",
        "commenter", "comment", "comments", "commentaire", "commentaires", "réagir", "réagissez", "subscribe",
        "subscribed", "subscription", "s'abonner", "abonnez-vous", "abonner", "abonné", "abonnés", "abonnement",
        "subscriber", "subscribers", "newsletter", "newsletters", "inscrire", "s'inscrire", "inscrivez-vous",
        "inscription", "sign", "signup", "log", "login", "logout", "connexion", "connecter", "se", "menu", "search",
        "rechercher", "recherche", "close", "fermer", "ouvrir", "open", "accept", "accepter", "refuser", "reject",
        "cookies", "cookie", "consent", "consentement", "paramétrer", "paramètres", "settings", "preferences",
        "préférences", "follow", "suivre", "suivez-nous", "suivez", "us", "nous", "télécharger", "download", "app",
        "application", "listen", "écouter", "podcast", "play", "lecture", "zen", "mode", "reader", "save",
        "sauvegarder", "enregistrer", "bookmark", "favoris", "offrir", "gift", "premium", "exclusive", "exclusif",
        "réservé", "sponsored", "sponsorisé", "publicité", "advertisement", "ad", "ads", "pub", "retour", "back",
        "home", "accueil", "top", "haut", "skip", "aller", "contenu", "content", "main", "principal", "next",
        "previous", "suivant", "précédent", "more", "plus", "voir", "see", "all", "tous", "toutes", "toute", "la",
        "le", "les", "the", "to", "au", "du", "de", "des", "of", "on", "sur", "in", "et", "and", "your", "votre",
        "vos", "my", "mon", "ma", "mes", "notre", "our", "gratuit", "gratuitement", "free", "essai", "trial",
        "offre", "offer", "alerte", "alertes", "alert", "alerts", "notification", "notifications", "activer",
        "enable", "mobile", "version", "web", "clair", "sombre", "dark", "light", "thème", "theme", "partagé",
        "shared", "vidéo", "video", "vidéos", "videos", "photo", "photos", "diaporama", "slideshow", "galerie",
        "gallery", "audio", "article", "articles", "résumer", "résumé", "summarize", "summary", "tags", "tag",
        "topics", "sujets", "thèmes", "mots-clés", "rubrique", "rubriques", "section", "sections", "contact",
        "contactez-nous", "about", "propos", "mentions", "légales", "legal", "privacy", "confidentialité", "terms",
        "conditions", "cgu", "please", "javascript", "js", "browser", "navigateur", "activez", "veuillez", "merci",
        "become", "member", "members", "membership", "devenir", "membre", "membres", "adhérer", "adhérez", "image",
        "images", "continue", "continuer", "reading", "below", "ci-dessous", "suite", "learn", "savoir",
        "rejoindre", "chaîne", "m'abonne", "s'abonne", "abonne", "je", "gérer", "choix", "autoriser", "pdf", "ko",
        "mo", "kb", "mb", "discussion", "post", "posts", "write", "direct", "live", "en", "continues", "connecté",
        "connectée", "invité", "guest", "logged", "scroll", "écrire", "écrivez", "regarder", "watch", "ajouter",
        "add", "sélection", "reply", "répondre", "j'aime", "republier", "repost", "show", "afficher", "hide",
        "masquer", "replies", "réponses", "load", "charger", "laisser", "leave", "expand", "collapse", "offers",
        "offres", "subscriptions", "abonnements", "explore", "explorer"
    ]
)
PLATFORMS = SOCIAL_NETWORKS | frozenset(
    [
        "snapchat", "rss", "spotify", "deezer", "soundcloud", "podcasts"
    ]
)
# fmt: on
WORD = re.compile(r"[\w'’-]+")


# the little words a menu item shares with any sentence ("Partager sur Facebook" is an interface line,
# "Le transfert de la semaine" is not)
_LINKING_WORDS = frozenset(
    ["la", "le", "les", "the", "to", "au", "du", "de", "des", "of", "on", "sur", "in", "et", "and", "en", "se"]
)


def ui_ratio(text: str) -> float:
    """The share of interface words in the line; none in a phrase whose only such words are linking words (a word
    alone may be a menu's: "EN" switches the language)."""
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    if not words or len(words) > 1 and not any(w in UI_WORDS and w not in _LINKING_WORDS for w in words):
        return 0.0
    return sum(map(UI_WORDS.__contains__, words)) / len(words)


SENTENCE_END = re.compile(r"[.!?…»”\"')\]]$")
EDITOR_DATE = re.compile(r"^date\s*:\s*(\d{4}-\d{2}-\d{2})$", re.I)
SECOND_BYLINE = re.compile(r"^(?i:avec|with|and|et)\s+(.+?)(?:\s+(?:à|in|en|au)\s+[A-ZÀ-Ý][\w-]*)?$")
QUOTES = " «»“”\"'"
CODE = re.compile(
    r"^(?:from [\w.]+ import |import [\w.]+|[\w.]+\s*=\s*\S|[\w.]+\(.*\)$|\$ \w|>>> |"
    r"(?:pip|npm|uv|curl|git|"
    r"docker) \w)"
)
CHAPTER = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s+\S")  # "(02:40) Why she left", "03:12 — Pourquoi partir"
# the heading of a box that sums the article up: what it holds is article text
KEY_POINTS = re.compile(
    r"(?i)^(?:ce qu['’]il faut (?:retenir|savoir)|à retenir|l['’]essentiel|(?:les )?points clés|"
    r"en bref|key (?:points|takeaways|facts)|takeaways|what (?:we know|to know)|"
    r"ce que l['’]on sait|in brief|at a glance|tl;?dr)\b"
)
ROW = re.compile(r"\s{2,}|\s+[-–—·•|/>›»#]\s+")


@lru_cache(maxsize=65536)  # each line is judged in several passes, and page furniture repeats across pastes
def shape(text: str, lang: str) -> tuple[int, float, bool]:
    words = text.split()
    return len(words), stop_density(text, lang), bool(SENTENCE_END.search(text))


@lru_cache(maxsize=65536)
def is_sentence(text: str, lang: str) -> bool:
    """A line of article prose: several words, stop words as in running text, and a final punctuation mark."""
    n, density, ends = shape(text, lang)
    return n >= 8 and density >= 0.2 and (ends or n >= 25)


def headline_shaped(text: str) -> bool:
    """Three to thirty words, no full stop or other mark that continues a sentence at the end, and not
    starting in lower case (a headline may start with a digit, an emoji or a script without case)."""
    letter = next((c for c in text if c.isalpha()), "")
    return 3 <= len(text.split()) <= 30 and not text.endswith((".", ":", ";", ",")) and not letter.islower()


def content_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if len(w) > 3}


# an invitation to greet the person a post announces: a hire's or a promotion's welcome, not the site's offer
WELCOMING = prefilter.compile(
    r"(?i)\bjoin (?:us|me) in (?:welcoming|congratulating|wishing|thanking|celebrating)\b|"
    r"\bwelcome (?:him|her|them)\b|\brejoignez-(?:nous|moi) pour (?:accueillir|féliciter|souhaiter)\b|"
    r"\bsouhaite[rz](?:-lui|-leur)? (?:la )?bienvenue\b|\bsouhaitons(?:-lui|-leur)? (?:la )?bienvenue\b"
)
