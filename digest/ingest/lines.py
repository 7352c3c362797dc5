"""What each line of a paste is: headline, content, section heading, or one of the kinds of page furniture
that a select-all copy of a news page brings along (navigation, byline, date line, credit or caption, share
and newsletter widgets, related links, tags, footers).

Lines are judged from what they are, not from a list of lines seen before: their shape (length, final
punctuation, capitals), their stop-word density (jusText's stop lists and its context-sensitive paragraph
classification), their position relative to the article's body, their neighbours, repetition, and a small
vocabulary of user-interface words in both languages. Every line gets a kind and a reason, so
``digest ingest --explain`` can show why a line went, and nothing is dropped without one.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import bylines, credits
from .outlets import URL, copyright_holder, link_urls, source_line

CONTENT, HEADING, TITLE, BLANK = "content", "heading", "title", "blank"
KEPT = (CONTENT, HEADING)


@dataclass
class Line:
    number: int  # 1-based, in the pasted text
    text: str  # stripped
    kind: str = ""
    reason: str = ""
    last: int = 0  # the last pasted line it holds, when hard-wrapped lines were joined

    @property
    def kept(self) -> bool:
        return self.kind in KEPT


@dataclass
class Page:
    """A paste read line by line, with the data its furniture carries (bylines, credits, date lines)."""

    lines: list[Line]
    title: Line | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    source_url: str | None = None
    stamps: list[Line] = field(default_factory=list)  # date lines and timestamps, in order
    years: list[int] = field(default_factory=list)  # years the page's furniture shows (© 2025, date lines)
    editor_date: datetime.date | None = None  # a "Date: 2024-10-14" line the editor put at the top

    @property
    def removed(self) -> list[Line]:
        return [line for line in self.lines if not line.kept and line.kind not in (BLANK, TITLE)]

    def markdown(self) -> str:
        """The kept lines as the entry's Markdown body: headings as ``##``, bullets as a tight list."""
        out: list[str] = []
        for line in self.lines:
            if not line.kept:
                continue
            text = line.text
            if line.kind == HEADING:
                out.append("## " + text.lstrip("#").strip())
            elif is_list_item(text):
                out.append("- " + text[1:].strip())
            else:
                out.append(link_urls(text))
        body = "\n\n".join(out)
        tight = re.sub(r"(\n- [^\n]*)\n\n(?=- )", r"\1\n", body)
        return re.sub(r"(^|\n)(- [^\n]*)\n\n(?=- )", r"\1\2\n", tight).strip() + "\n"


def is_list_item(line: str) -> bool:
    return line.strip().startswith(("- ", "* ", "• ", "· ", "•", "·"))


# --- evidence -------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def stoplist(lang: str) -> frozenset[str]:
    """jusText's published stop list for the language (lower case)."""
    import justext

    return frozenset(w.lower() for w in justext.get_stoplist("French" if lang == "fr" else "English"))


@lru_cache(maxsize=65536)
def stop_density(text: str, lang: str) -> float:
    words = text.lower().split()
    return sum(map(stoplist(lang).__contains__, words)) / len(words) if words else 0.0


# Words of a web page's interface, both languages: alone or nearly alone on a line they are a widget.
UI_WORDS = frozenset("""
share partager partagez partage facebook twitter x linkedin whatsapp telegram reddit pinterest instagram youtube
tiktok threads bluesky mastodon flipboard messenger email e-mail mail courriel imprimer print copier copy lien link
liens links copié copied url envoyer send commenter comment comments commentaire commentaires réagir réagissez
subscribe subscribed subscription s'abonner abonnez-vous abonner abonné abonnés abonnement subscriber subscribers
newsletter newsletters inscrire s'inscrire inscrivez-vous inscription sign signup log login logout connexion
connecter se menu search rechercher recherche close fermer ouvrir open accept accepter refuser reject cookies
cookie consent consentement paramétrer paramètres settings preferences préférences follow suivre suivez-nous
suivez us nous télécharger download app application listen écouter podcast play lecture zen mode reader save
sauvegarder enregistrer bookmark favoris offrir gift premium exclusive exclusif réservé sponsored sponsorisé
publicité advertisement ad ads pub retour back home accueil top haut skip aller contenu content main principal
next previous suivant précédent more plus voir see all tous toutes toute la le les the to au du de des of on sur
in et and your votre vos my mon ma mes notre our gratuit gratuitement free essai trial offre offer alerte alertes
alert alerts notification notifications activer enable mobile version web clair sombre dark light thème theme
partagé shared vidéo video vidéos videos photo photos diaporama slideshow galerie gallery audio article articles
résumer résumé summarize summary tags tag topics sujets thèmes mots-clés rubrique rubriques section sections
contact contactez-nous about propos mentions légales legal privacy confidentialité terms conditions cgu
please enable javascript js browser navigateur activez veuillez merci become member members membership devenir
membre membres adhérer adhérez image images continue continuer reading below ci-dessous suite learn savoir
rejoindre chaîne m'abonne s'abonne abonne je gérer choix autoriser pdf ko mo kb mb discussion post posts write
direct live tous all en continues connecté connectée invité guest logged
écrire écrivez regarder watch
""".split())
PLATFORMS = frozenset("facebook twitter x linkedin whatsapp telegram reddit pinterest instagram youtube tiktok threads "
                      "bluesky mastodon flipboard messenger snapchat rss spotify deezer soundcloud podcasts".split())

_WORD = re.compile(r"[\w'’-]+")


def ui_ratio(text: str) -> float:
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    return sum(map(UI_WORDS.__contains__, words)) / len(words) if words else 0.0


_SENTENCE_END = re.compile(r"[.!?…»”\"')\]]$")
_READ_TIME = re.compile(
    r"^(?:(?:temps de )?lecture\s*:?\s*)?\d+\s*(?:min(?:ute)?s?|mn)\.?(?:\s+(?:read|de lecture|to read))?$"
    r"|^(?:reading time|temps de lecture|lecture)\s*:?\s*\d+\s*(?:min(?:ute)?s?|mn)\.?$", re.I)
_COUNTER = re.compile(
    r"^[\d\s/.,:%+-]*(?:\d+\s*(?:vues?|views?|comments?|commentaires?|réactions?|partages?|shares?|likes?|"
    r"j['’]aime|réponses?|replies))?[\d\s/.,:%+-]*$", re.I)
_BREADCRUMB = re.compile(r"\s(?:>|›|»|/|\||→|::)\s")
_RELATED = re.compile(
    r"^(?:à lire (?:aussi|également|ensuite)|a lire|lire (?:aussi|également|la suite|plus)|sur le même (?:sujet|thème)|"
    r"dans la même rubrique|les plus lus|les plus partagés|articles? (?:liés|similaires|recommandés)|nos articles|"
    r"voir aussi|à voir aussi|à découvrir|découvrez aussi|ces articles|vous aimerez aussi|notre sélection|"
    r"read (?:also|more|next)|see also|related(?: articles| stories| coverage| content)?|more (?:from|on|stories|news)|"
    r"most (?:popular|read|viewed)|trending|recommended(?: for you| stories)?|you (?:may|might) (?:also )?like|"
    r"editor['’]s picks?|top stories|latest(?: news| stories)?|dernières? (?:actualités|infos|dépêches|nouvelles)|"
    r"en continu|à la une|also read|further reading|en savoir plus|don['’]t miss|à ne pas manquer|"
    r"ne manquez pas|(?:ça|cela) pourrait (?:aussi |également )?vous intéresser|you (?:might|may) also be interested|"
    r"(?:épisodes?|numéros?) précédents?|previous episodes?|more episodes|autres épisodes|"
    r"(?:flash info|breaking(?: news)?|dernière minute|en direct|live)\s*[:|]|"
    r"\[\s*(?:related(?: article| story)?|à lire(?: aussi)?|lire aussi|voir aussi|read more|see also)\s*\])", re.I)
_TAGS = re.compile(
    r"^(?:topics?|tags?|mots[- ]clés|sujets?|thèmes?|catégories?|categories|filed under|classé dans|"
    r"rubriques?|sections?|in this article|dans cet article)\s*:?(?:\s|$)|^#[\w-]+(?:\s+#[\w-]+)*$", re.I)
_CAPTION_CREDIT = re.compile(
    r"(?:©|\(c\)\s|\b(?:credit|crédit)\.{2,}"
    r"|\b(?:photo|photos|photograph|photographs|photographie|crédits?|credits?|image|illustration|"
    r"source photo|capture d['’]écran|screenshot)\s*:"
    r"|\b(?:photo|photograph|crédit|credit|picture)\s+[A-ZÀ-Ý][\w.'-]*(?:\s+[A-ZÀ-Ý][\w.'-]*){0,2}\s*$"
    r"|\b(?:image|photo|illustration|picture) by\b"
    r"|\b(?:getty images|shutterstock|istock(?:photo)?|unsplash|pexels|afp photo|ap photo|reuters/|dr\s*$|\(dr\))"
    r"|\((?-i:(?:[A-Z][\w.'-]*\s*){1,4})/\s*[\w .'-]{2,40}\)\s*$"
    r"|(?-i:\b[A-Z]{2,}\s*/\s*[A-ZÀ-Ý][\w .'-]{2,40}\)?\s*$)"
    r"|(?-i:\bPHOTOS?\s*[|:/]\s*\S)|\((?:photo|crédit|credit)s?\s+[^)]{1,30}\)\s*$"
    r"|\bphoto (?:fournie|transmise|courtesy|provided|supplied|handout)\b|\bphoto d['’]archives?\b|\b(?:archive|file) photo\b"
    r"|(?-i:^[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,40}/[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,60}$)"
    r"|\|\s*[^|]{2,60}/\s*(?:[A-Z]\.\s*){1,4}$)",
    re.I)
_FILE_PHOTO = re.compile(r"^(?:FILE|PHOTO|ARCHIVES?|IMAGE)\s*(?:PHOTO)?\s*[-–—:]\s|^(?:PHOTOS?|CRÉDIT|CREDIT)\s+[A-ZÀ-Ý]{2,}")
_SLUG = re.compile(r"^[A-Z]{2,}(?:-[A-Z0-9]+){1,}/[A-Z0-9-]+\b")
_NAME_ROLE_CAPTION = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3},\s+[^.,;]{3,60}\.$")
_SOCIAL = re.compile(r"[—–-]\s*[^()]{1,60}\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4}$|\bpic\.twitter\.com/\S+$|\bhttps?://t\.co/\S+$")
_NOTE = re.compile(
    r"^\W*(?:this (?:story|article|post) (?:is|has been|was|will be) (?:still )?(?:developing|updated|corrected)|"
    r"this (?:article|story) is (?:more than|over) .{1,20} old|this (?:article|story) is free to read|"
    r"(?:article|contenu) réservé aux abonnés|(?:appeared|published) in (?:the )?(?:.{1,40})?print edition|"
    r"a version of this (?:article|story) appears|une version de cet article|"
    r"(?:🔒\s*)?(?:cet )?(?:article|contenu) (?:est )?réservé aux abonnés|"
    r"this (?:article|story) (?:is|was|has been) (?:syndicated|republished|reproduced)|"
    r"cet article (?:est|a été) (?:republié|reproduit|repris)|"
    r"les opinions exprimées|the views (?:and opinions )?expressed|our standards\b|"
    r"le texte du communiqué|seule la version originale|only the original(?: language)? version|"
    r"forward-looking statements|(?:posted|submitted|shared) by\b|original title\s*:|titre original\s*:|"
    r"le live est terminé|merci de nous avoir suivis|this live (?:blog|coverage) (?:has )?ended|"
    r"thanks for following|.{1,60} contributed to this (?:report|story)|"
    r"this (?:article|story) appeared in|.{1,60} (?:is owned by|is published by|est édité par|appartient au groupe)|"
    r"à propos de l['’]auteur|about the author|disclosure\s*:|divulgation\s*:|"
    r"transcri\w+ (?:auto|générée|generated|automati)|(?:vous avez )?(?:trouvé|repéré|signaler?) une (?:erreur|coquille)|"
    r"(?:found|spotted|report) an? (?:error|typo|mistake)|"
    r"this (?:article|report|story)(?: by .{1,40})? was (?:translated|first published|originally published)|"
    r"(?:translated|traduit) (?:by|par|from|de l['’])|excerpt from\b|extrait de\b|privacy notice\s*:|"
    r"(?:note|nb)\s*:\s*we\b|.{1,40}\b(?:est un agrégateur|is an aggregator)\b|"
    r"that['’]s (?:it|all) for (?:this|today)|c['’]est tout pour (?:cette|aujourd)|"
    r"(?:paru|publié) dans (?:l['’]édition|le journal)|"
    r"cet article (?:a été|est|sera) (?:mis à jour|actualisé|corrigé)|to be continued|à suivre|"
    r"read the original article|"
    r"(?:mise à jour|update|correction|editor['’]s note|note de la rédaction|disclaimer|avertissement)\s*:)",
    re.I)
EDITOR_DATE = re.compile(r"^date\s*:\s*(\d{4}-\d{2}-\d{2})$", re.I)
_SPONSOR = re.compile(
    r"\b(?:sponsored by|presented by|brought to you by|together with|in partnership with|partner content|"
    r"offerte? par|présentée? par|en partenariat avec|contenu (?:sponsorisé|partenaire)|publi-?rédactionnel|"
    r"publireportage|publi-?information|publi-?info|advertorial|sponsored content)\b", re.I)
_COUNTED = (r"(?i:comments?|commentaires?|réactions?|reactions?|réagir|likes?|shares?|partages?|vues|views|réponses?|"
            r"replies)")
_COUNTS = re.compile(rf"{_COUNTED}\s*\(?\d[\d\s,.]*[kK]?\)?|\d[\d\s,.]*[kK]?\s*{_COUNTED}")
_PREV_NEXT = re.compile(r"^(?:[←→]|(?:previous|next) (?:post|article|story)|article (?:précédent|suivant))", re.I)
_HANDLE = re.compile(r"^[^()]{1,60}\(@\w{1,30}\)$")
_BIO = re.compile(
    r"^(?:I cover\b|(?i:(?:grand |senior |chief |staff )?(?:rédact(?:eur|rice)|journaliste|reporter|writer|editor|"
    r"correspondent))\b.{0,120}$"
    r"|(?:[A-ZÀ-Ý][\w'’-]+\s){1,3}(?:covers|writes about|reports on"
    r"|is (?:an? |the |[\w-]+['’]s )(?:\w+ )?(?:reporter|journalist|writer|correspondent|editor|columnist)"
    r"|est (?:journaliste|rédact\w+|correspondante?)|couvre)\b)")
_CONTACT = re.compile(r"(?i)^(?:key |media |press |presse |our )?(?:contacts?|media relations|relations (?:presse|médias)|"
                      r"contact (?:presse|médias?))\s*:?$")
_SECOND_BYLINE = re.compile(r"^(?i:avec|with|and|et)\s+(.+?)(?:\s+(?:à|in|en|au)\s+[A-ZÀ-Ý][\w-]*)?$")
_BYLINE_FIRST = re.compile(r"(?i)(?:par|by|texte|text|rédigée? par|written by|words by)\b")
_QUOTES = " «»“”\"'"
_CODE = re.compile(r"^(?:from [\w.]+ import |import [\w.]+|[\w.]+\s*=\s*\S|[\w.]+\(.*\)$|\$ \w|>>> |(?:pip|npm|uv|curl|git|"
                   r"docker) \w)")
_DOMAIN = re.compile(r"\(?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|fr|co|uk|de|ch|be|ca|info|dev|app)\)?")
_COMMENT_HEAD = re.compile(r"^▲|\b\d[\d,]* points? by\b|modifié en dernier par|^\S.{0,40}?\s(?:·|—|-|\|)?\s*"
                           r"(?:il y a \d+\s*\w+|\d+\s*(?:h|hrs?|hours?|min|minutes?|d|days?|j|jours?|mois)\s+ago)\b", re.I)
_CHAPTER = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s+\S")
_RANK = re.compile(r"^\d{1,2}[.)]?\s+[A-ZÀ-Ý]")
_ATTRIBUTION = re.compile(r"^[—–-]\s*[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}(?:,\s*[^,.]{1,40}){0,2}$")
_TICKER = re.compile(r"^\d{1,2}[:h]\d{2}\s+[A-ZÀ-Ý]")
ROW = re.compile(r"\s{2,}|\s+[-–—·•|/>›»#]\s+")
_EMAIL_ONLY = re.compile(r"[\s(<\[]*(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\s)>\]]*")
_MARKUP = re.compile(r"^\s*<(?:/?[a-zA-Z][\w-]*)(?:\s[^>]*)?/?>")
_SKIP = re.compile(r"^(?:skip to|aller (?:au|à la)|passer (?:au|à la)|accéder (?:au|à la)|go to)\b", re.I)
_ALL_RIGHTS = re.compile(r"\b(?:all rights reserved|tous droits réservés|droits réservés|copyright)\b", re.I)


@lru_cache(maxsize=65536)  # each line is judged in several passes, and page furniture repeats across pastes
def _shape(text: str, lang: str) -> tuple[int, float, bool]:
    words = text.split()
    return len(words), stop_density(text, lang), bool(_SENTENCE_END.search(text))


@lru_cache(maxsize=65536)
def _is_sentence(text: str, lang: str) -> bool:
    """A line of article prose: several words, stop words as in running text, and a final punctuation mark."""
    n, density, ends = _shape(text, lang)
    return n >= 8 and density >= 0.2 and (ends or n >= 25)


def _headline_shaped(text: str) -> bool:
    """Three to thirty words, no full stop or other mark that continues a sentence at the end, and not
    starting in lower case (a headline may start with a digit, an emoji or a script without case)."""
    letter = next((c for c in text if c.isalpha()), "")
    return 3 <= len(text.split()) <= 30 and not text.endswith((".", ":", ";", ",")) and not letter.islower()


# --- specific kinds ---------------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def furniture(text: str, lang: str) -> tuple[str, str] | None:
    """The kind of page furniture a non-blank line is, with the reason; None for a line that may be article text."""
    n, density, ends = _shape(text, lang)
    if _CODE.match(text):
        return None  # a program's text (read's next pass keeps it)
    if n > 45:  # a paragraph: only the furniture that can be that long
        if _SOCIAL.search(text):
            return "social", "an embedded social-media post's signature or link"
        if _NOTE.match(text):
            return "note", "an editor's note about the page"
        return ("markup", "HTML markup, not text") if _MARKUP.match(text) else None
    if EDITOR_DATE.match(text):
        return "dateline", "the editor's date line"
    if _SKIP.match(text):
        return "navigation", "a skip link"
    if _SLUG.match(text):
        return "navigation", "a wire service's slug line"
    if source_line(text):
        return "credit", "a source line (gives the entry's source)"
    if _READ_TIME.match(text):
        return "dateline", "a reading time"
    if n <= 12 and (_COUNTER.fullmatch(text) or all(_COUNTS.fullmatch(item) for item in ROW.split(text))) \
            and not re.fullmatch(r"\d{4}", text):
        return "widget", "a number or counter alone"
    if re.fullmatch(r"[\W_]+", text):
        return "markup", "a rule or decoration (no words)"
    if _DOMAIN.fullmatch(text):
        return "navigation", "a link's domain alone"
    if _PREV_NEXT.match(text):
        return "navigation", "a link to the previous or next article"
    if _HANDLE.match(text):
        return "social", "an embedded social-media post's author"
    if _BIO.match(text):
        return "byline", "the author's biography"
    if bylines.stamp(text, lang):
        return "dateline", "a date line or timestamp"
    if _TICKER.match(text) and not _is_sentence(text, lang):
        return "related", "a news-ticker item (a time, then a headline)"
    if _RELATED.match(text.strip(_QUOTES)) and (n <= 14 or ":" in text[:40] or ">" in text[:40]):
        return "related", "a 'read also' or related-links line"
    if _TAGS.match(text) and (n <= 25 and not _is_sentence(text, lang)):
        return "tags", "a topics or tags line"
    if _BYLINE_FIRST.match(text) and bylines.byline(text):
        return "byline", "a byline"  # "Texte : X | Chef de pupitre", before it reads as a breadcrumb
    if _SECOND_BYLINE.match(text) and bylines.names_only(_SECOND_BYLINE.match(text).group(1)):
        return "byline", "a byline's second line (another author)"
    crumbs = _BREADCRUMB.split(text) if "«" not in text else [text]  # « … » quotes, not a breadcrumb
    if len(crumbs) >= 3 and all(len(c.split()) <= 3 for c in crumbs[:-1]):
        return "navigation", "a breadcrumb (its last item may repeat the headline)"
    if len(crumbs) >= 2 and not ends and n <= 16 and all(len(c.split()) <= 5 for c in crumbs):
        return "navigation", "a breadcrumb (short items between separators)"
    if _BYLINE_FIRST.match(text) and bylines.byline(text):
        return "byline", "a byline"  # "Texte : X · Photo : Y" credits the text first
    # A paragraph of several sentences with a byline or credit glued to its end stays text (credits.read cuts it).
    paragraph = n > 25 and re.search(r"[.!?]\s", text)
    if ("©" in text or re.match(r"^\(c\)\s", text, re.I) or _ALL_RIGHTS.search(text)) and n <= 30 and not paragraph:
        page_copyright = re.search(r"\b(?:19|20)\d\d\b", text) or _ALL_RIGHTS.search(text)
        return ("credit", "a copyright line") if page_copyright and copyright_holder(text) \
            else ("caption", "a photo credit or caption with ©")
    if not paragraph and _CAPTION_CREDIT.search(text) or _FILE_PHOTO.match(text):
        return "caption", "a caption or photo credit"
    if _ATTRIBUTION.match(text) and n <= 12:
        return "caption", "a quotation's attribution (a pull quote)"
    if _NAME_ROLE_CAPTION.match(text) and len(text) < 90:
        return "caption", "a name and role alone (a portrait's caption)"
    if _SOCIAL.search(text):
        return "social", "an embedded social-media post's signature or link"
    if _NOTE.match(text):
        return "note", "an editor's note about the page"
    if bylines.byline(text):
        return "byline", "a byline"
    if n <= 24 and not _is_sentence(text, lang) and any(bylines.stamp(item, lang) or _READ_TIME.match(item.strip())
                                                         for item in ROW.split(text)):
        return "dateline", "a row of page details with a date (a date line)"
    if density < 0.15 and not ends and sum(w.lower() in PLATFORMS for w in _WORD.findall(text)) >= 2:
        return "widget", "links to social networks"
    items = [item for item in ROW.split(text) if item.strip()] if n <= 30 else []
    if not ends and (len(items) >= 4 and all(len(item.split()) <= 4 for item in items)
                     or len(items) == 3 and all(len(item.split()) <= 3 for item in items) and density < 0.1):
        return "navigation", "a row of short items between separators (a menu)"
    if _EMAIL_ONLY.fullmatch(text):
        return "byline", "an e-mail address alone (the author's contact)"
    if n <= 16 and not ends and re.search(r"[€$£¥%]", text):
        tokens = [w for w in text.split() if re.search(r"\w", w)]
        if sum(bool(re.search(r"\d", w)) for w in tokens) >= max(3, 0.4 * len(tokens)):
            return "widget", "market data (prices, rates, indices)"
    if ui_ratio(text) >= 0.6 and n <= 12 and not (ends and n >= 8):
        return "widget", "user-interface words (share, subscribe, menu…)"
    if n <= 40 and credits.promotion(text):
        return "widget", _PROMPT
    if n <= 40 and _SPONSOR.search(text):
        return "widget", "a sponsor's message"
    if text[:1].islower() and not ends and n <= 10 and density < 0.2 and not is_list_item(text) \
            and not re.search(r"[=(){}\[\];]", text):  # code ("from x import y", "x = f(y)") is text
        return "caption", "lower-case keywords without punctuation (image alt text)"
    if n <= 6 and re.search(r"(?i)\b(?:icon|icône|logo|avatar|thumbnail|vignette)$", text):
        return "caption", "an icon or logo's text"
    if _MARKUP.match(text):
        return "markup", "HTML markup, not text"
    return None


# --- the page ---------------------------------------------------------------------------------------------

class _Block:
    """A line as jusText's classifier sees a paragraph (it reads only these attributes)."""

    def __init__(self, text: str, lang: str, heading: bool, bad: bool):
        self.text = text
        self.lang = lang
        self.dom_path = "body.h2" if heading else "body.p"
        self.chars_count_in_links = len(text) if bad else 0
        self.heading = heading
        self.cf_class = self.class_type = ""

    is_heading = property(lambda self: self.heading)
    words_count = property(lambda self: len(self.text.split()))

    def __len__(self):
        return len(self.text)

    def stopwords_density(self, stopwords):  # jusText passes stoplist(lang): the line's density, computed once
        return stop_density(self.text, self.lang)

    def links_density(self):
        return 1.0 if self.chars_count_in_links else 0.0


def _justext(lines: list[Line], lang: str) -> dict[int, str]:
    """jusText's context-free then context-sensitive classes (good/bad) for the non-blank lines; lines
    already known as furniture count as its 'links' (bad), so that short lines among them go too."""
    import justext.core as jt

    shown = [line for line in lines if line.kind != BLANK]
    blocks = [_Block(line.text, lang, _headline_shaped(line.text) and len(line.text.split()) <= 14, bool(line.kind))
              for line in shown]
    jt.classify_paragraphs(blocks, stoplist(lang), length_low=70, length_high=200, stopwords_low=0.25,
                           stopwords_high=0.30, max_link_density=0.5)
    jt.revise_paragraph_classification(blocks, max_heading_distance=200)
    return {line.number: block.class_type for line, block in zip(shown, blocks)}


def read(text: str, lang: str, outlets=frozenset()) -> Page:
    """Classify every line of ``text`` (a paste in ``lang``); ``outlets`` are known outlet names (normalised)."""
    page = Page(_unwrapped([Line(n, raw.strip()) for n, raw in enumerate(text.split("\n"), 1)]))
    lines = page.lines
    for line in lines:
        if not line.text:
            line.kind, line.reason = BLANK, ""
        elif found := furniture(line.text, lang):
            line.kind, line.reason = found
    _embedded_posts(lines, lang)
    _bylines_split_over_lines(lines, lang)
    _related_blocks(lines, lang)
    _widget_lists(lines)
    good = _justext(lines, lang)
    for line in lines:
        if not line.kind and _CODE.match(line.text):
            line.kind, line.reason = CONTENT, "code (a program's text)"
        if line.kind:
            continue
        if _is_sentence(line.text, lang) or (good.get(line.number) == "good" and len(line.text.split()) >= 7):
            prose = _is_sentence(line.text, lang)
            line.kind, line.reason = CONTENT, "article text" if prose else "text among article text (jusText)"
    _contacts(lines)
    _name_bylines(page, lang)
    _title(page, lang)
    _heading_after_links(page, lang)
    _name_bylines(page, lang)
    _menus_and_labels(lines, lang)
    _headings(lines, lang)
    _glued_prompts(lines, lang)
    _duplicates(page)
    _captions_echoing_the_body(lines)
    _blurbs(lines)
    _comment_threads(lines, lang)
    credits.read(page, lang, outlets)
    return page


def _unwrapped(lines: list[Line]) -> list[Line]:
    """Text hard-wrapped at a fixed width (an e-mail, a wire, a terminal copy) joined back into paragraphs:
    a line that ends mid-sentence continues on the next. Only where most lines of the paste are wrapped."""
    shown = [line for line in lines if line.text]
    cut = [(a, b) for a, b in zip(lines, lines[1:]) if a.text and b.text and 40 <= len(a.text) <= 100
           and not _SENTENCE_END.search(a.text) and not is_list_item(b.text)]
    # Wrapped prose goes on in lower case or after a comma; a page's furniture does not.
    continued = [a for a, b in cut if b.text[:1].islower() or a.text.endswith((",", "-", "–"))]
    if len(cut) < 5 or len(cut) < 0.25 * len(shown) or sum(len(line.text) > 100 for line in shown) > 0.2 * len(shown) \
            or len(continued) < max(3, 0.3 * len(cut)):
        return lines
    joined: list[Line] = []
    width = 0
    for line in lines:
        last = joined[-1] if joined else None
        if last is not None and last.text and line.text and 40 <= width and not is_list_item(line.text) \
                and (not _SENTENCE_END.search(last.text) or line.text[:1].islower()):
            last.text = f"{last.text} {line.text}"
            last.last, width = line.number, len(line.text)
            continue
        joined.append(line)
        width = len(line.text)
    return joined


def _nonblank(lines: list[Line]):
    return [line for line in lines if line.kind != BLANK]


def _embedded_posts(lines: list[Line], lang: str) -> None:
    """The text of an embedded post follows its author's line ("Name (@handle)")."""
    shown = _nonblank(lines)
    for i, line in enumerate(shown):
        if line.reason != "an embedded social-media post's author":
            continue
        if i + 1 < len(shown) and not shown[i + 1].kind:
            shown[i + 1].kind, shown[i + 1].reason = "social", "the text of an embedded social-media post"


def _bylines_split_over_lines(lines: list[Line], lang: str) -> None:
    """ "Par" or "By" alone on a line, the names on the next one."""
    shown = _nonblank(lines)
    for a, b in zip(shown, shown[1:]):
        second = _SECOND_BYLINE.match(b.text)
        if a.kind == "byline" and not b.kind and second and len(second.group(1).split()) <= 4 \
                and all(w[:1].isupper() for w in second.group(1).split()):
            b.kind, b.reason = "byline", "a byline's second line (another author)"  # "avec Jane Doe à Lagos"
        if re.fullmatch(r"(?i:par|by|de|from|written by|écrit par|texte)\s*:?", a.text) and len(b.text.split()) <= 12:
            a.kind, a.reason = "byline", "a byline split over two lines"
            b.kind, b.reason = "byline", "a byline split over two lines"
            b.text = f"{a.text} {b.text}"


def _widget_lists(lines: list[Line]) -> None:
    """A bullet list right above or below a counter or rating ("10 / 10") is part of that widget."""
    shown = _nonblank(lines)
    for i, line in enumerate(shown):
        if line.reason != "a number or counter alone":
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(shown) and not shown[j].kind and is_list_item(shown[j].text):
                shown[j].kind, shown[j].reason = "widget", "a list beside a counter or rating (a widget)"
                j += step


_LISTED = "a headline listed under a related-links line"


def _heading_after_links(page: Page, lang: str) -> None:
    """A short last line of a 'read also' list, right above a paragraph that takes up its words (other than
    the headline's), is that section's heading, not a link elsewhere."""
    shown = _nonblank(page.lines)
    topic = _words(page.title.text) if page.title else set()
    for i, line in enumerate(shown[:-1]):
        if i and line.reason == _LISTED and shown[i - 1].reason == _LISTED and len(line.text.split()) <= 9 \
                and shown[i + 1].kind == CONTENT and _words(line.text) & _words(shown[i + 1].text) - topic:
            line.kind, line.reason = CONTENT, "text between article paragraphs"


def _related_blocks(lines: list[Line], lang: str) -> None:
    """Headlines listed under a 'read also' or 'most popular' line, until article text resumes."""
    inside = False
    for line in lines:
        if line.kind == "related" and not re.search(r"[:>]\s*\S", line.text):
            inside = True
            continue
        if not inside or line.kind == BLANK:
            continue
        if line.kind in ("", "dateline", "widget", "caption", "tags") and len(line.text.split()) <= 30 \
                and (not _is_sentence(line.text, lang) or line.text.endswith(("?", "!")) and len(line.text.split()) <= 20) \
                and not _introduces_article(lines, line):
            if not line.kind:
                line.kind, line.reason = "related", _LISTED
            continue
        inside = False


def _paragraph(line: Line, lang: str) -> bool:
    """A paragraph of the article proper: long prose, not a headline or a standfirst-sized line (a headline
    may end with a quotation: « … »)."""
    return line.kind == CONTENT and _is_sentence(line.text, lang) and (
        len(line.text.split()) >= 20 or line.text.endswith("."))


def _introduces_article(lines: list[Line], line: Line) -> bool:
    """A byline or date line follows within two lines: ``line`` heads the article (or is its standfirst)."""
    after = [other for other in lines if other.number > line.number and other.kind != BLANK][:3]
    return any(other.kind in ("byline", "dateline") or (not other.kind and bylines.names_only(other.text))
               for other in after)


def _title(page: Page, lang: str) -> None:
    """The headline, among the headline-shaped lines above the article's first paragraph that are no
    furniture: the one with a headline's length, that a byline, date line or standfirst follows, or that
    the page repeats, the earliest on a tie (section labels and site names come first but are short).
    A line there that repeats most of the headline's words is a second version of it."""
    lines = page.lines
    first = next((i for i, line in enumerate(lines) if _paragraph(line, lang)), len(lines))
    top = [line for line in lines[:first] if line.kind in ("", CONTENT) and line.text]
    candidates = list({line.text: line for line in reversed(top) if _could_be_headline(line.text, lang)}.values())[::-1]
    if not candidates:
        return
    texts = [line.text for line in lines]
    shown = _nonblank(lines)
    where = {line.number: i for i, line in enumerate(shown)}

    def score(rank: int, line: Line) -> float:
        n = len(line.text.split())
        following = shown[where[line.number] + 1: where[line.number] + 4]
        wordy = max(stop_density(line.text, "fr"), stop_density(line.text, "en")) >= 0.1
        # a row of names without a stop word or a lower-case word is a menu; a shouted line, a masthead or label
        menu = n >= 8 and not wordy and not any(w[:1].islower() for w in line.text.split()[1:])
        shouted = sum(c.isupper() for c in line.text) > 0.8 * sum(c.isalpha() for c in line.text)
        return ((2 if n >= 8 else 1 if n >= 6 else 0) - (3 if menu or shouted else 0)
                + (1 if any(f.kind in ("byline", "dateline") for f in following[:2]) else 0)
                + (1 if any(_is_sentence(f.text, lang) or len(f.text.split()) >= 12 for f in following[:1]) else 0)
                + (2 if texts.count(line.text) == 2 and n >= 5 else 0) - min(0.25 * rank, 1)
                + 2 * sum(line.text in other.text for other in candidates if other is not line)
                - 2 * sum(other.text in line.text for other in candidates if other is not line))

    best = max(enumerate(candidates), key=lambda pair: (score(*pair), -pair[0]))[1]
    best.kind, best.reason = TITLE, "the headline: a headline-shaped line above the article"
    page.title = best
    words = _words(best.text)
    for line in top:
        if line.number > best.number and _headline_shaped(line.text) \
                and len(_words(line.text) & words) >= 0.5 * len(words):
            line.kind, line.reason = "duplicate", "the headline again, reworded"


def _could_be_headline(text: str, lang: str) -> bool:
    """Three to thirty words, capitalised, no final full stop."""
    return len(text.split()) >= 3 and _headline_shaped(text) and not is_list_item(text)


def _contacts(lines: list[Line]) -> None:
    """The people under a "Media contact" or "Key contacts" line are whom to call, not the authors."""
    shown = _nonblank(lines)
    for i, line in enumerate(shown):
        if not _CONTACT.search(line.text):
            continue
        line.kind, line.reason = "note", "a contacts block's heading"
        for other in shown[i + 1: i + 9]:  # names, roles, phone numbers, addresses
            if len(other.text.split()) > 8 or _is_sentence(other.text, "en"):
                break
            other.kind, other.reason = "note", "a contact for the press or clients, not the author"


def _name_bylines(page: Page, lang: str) -> None:
    """A person's name alone on a line next to the headline or a date line is the author's byline."""
    shown = _nonblank(page.lines)
    title_at = page.title.number if page.title else 0
    for i, line in enumerate(shown):
        # above the headline is the masthead ("Savanna Signal", "San Francisco Bay Area"), not a byline
        if line.kind or i == 0 or line.number < title_at or not bylines.names_only(line.text):
            continue
        near = shown[max(0, i - 2): i] + shown[i + 1: i + 3]
        if any(other.kind in (TITLE, "dateline", "byline", "widget") for other in near):
            line.kind, line.reason = "byline", "a name alone beside the headline or a date line (the author)"


# Furniture found inside an article's body (a caption under a picture, a credit): it says nothing of
# whether the lines around it are article text.
INLINE = ("caption", "duplicate", "social", "markup", "credit", "note")


def _menus_and_labels(lines: list[Line], lang: str) -> None:
    """Lines left unclassified: short ones between furniture are menus and labels (jusText said so);
    everything else stays article text, since dropping text is worse than keeping a label."""
    shown = [line for line in _nonblank(lines) if line.kind not in INLINE]
    started = False  # once the article has begun, a widget inside it (a share bar, a prompt) is inline furniture
    for i, line in enumerate(shown):
        if line.kind:
            started = started or line.kind == CONTENT and _is_sentence(line.text, lang)
            continue
        skip = ("", "widget", "social", "related", "dateline") if started else ("",)
        before = next((s.kind for s in reversed(shown[:i]) if s.kind not in skip), None)
        after = next((s.kind for s in shown[i + 1:] if s.kind not in ("",)), None)
        short = (len(line.text.split()) <= 6 and not _SENTENCE_END.search(line.text)
                 and not URL.search(line.text) and not _CHAPTER.match(line.text))
        if short and (before not in (*KEPT, None) or after not in KEPT):
            line.kind, line.reason = "navigation", "a short label among page furniture (menu, section or label)"
        else:
            line.kind, line.reason = CONTENT, "text between article paragraphs"


def _headings(lines: list[Line], lang: str) -> None:
    """A short line without final punctuation becomes a ``##`` heading only where the article goes on
    after it: the next line is article text, and the line before it (furniture aside) is too, or the paste
    starts there."""
    shown = [line for line in _nonblank(lines) if line.kind not in INLINE]
    for i, line in enumerate(shown):
        if line.kind != CONTENT or is_list_item(line.text) or not is_subheading(line.text) \
                or _CHAPTER.match(line.text) or _CODE.match(line.text):
            continue  # a chapter of a podcast or video ("(02:40) Why she left") is text, never a heading
        before = next((s.kind for s in reversed(shown[:i]) if s.kind in (*KEPT, TITLE)), None)
        after = shown[i + 1] if i + 1 < len(shown) else None
        if after is not None and after.kind == CONTENT and before in (CONTENT, HEADING, None):
            line.kind, line.reason = HEADING, "a section heading between article paragraphs"
        elif after is None or after.kind not in KEPT:
            line.kind, line.reason = "navigation", "a short line followed by no article text (label or teaser)"
    _teaser_runs(_nonblank(lines))
    _ranked_lists(shown)


def _ranked_lists(shown: list[Line]) -> None:
    """Headlines numbered one after another ("1 Chipmaker …", "2 …") are a most-read list."""
    ranked = [bool(_RANK.match(line.text)) and _headline_shaped(line.text) for line in shown]
    for i, line in enumerate(shown):
        if ranked[i] and ((i and ranked[i - 1]) or (i + 1 < len(shown) and ranked[i + 1])):
            line.kind, line.reason = "related", "a numbered list of headlines (most read)"


def _teaser_runs(shown: list[Line]) -> None:
    """Headings one after the other with no paragraph between them are a list of links to other articles:
    the headline-long ones (a section heading is short)."""
    run: list[Line] = []
    for line in [*shown, None]:
        if line is not None and line.kind == HEADING:
            run.append(line)
            continue
        for teaser in run if len(run) >= 2 else ():
            if len(teaser.text.split()) >= 7 and not re.match(r"\(?\d", teaser.text):  # "(02:40) …": chapters
                teaser.kind, teaser.reason = "related", "headlines one after another (links to other articles)"
        run = []


def _comment_threads(lines: list[Line], lang: str) -> None:
    """Readers' comments below the article: two or more signatures with a time ("JPM69 - il y a 2 h",
    "▲ user 13 hours ago | next [–]"), each followed by its comment; the article's text comes before them."""
    shown = _nonblank(lines)
    first = next((i for i, line in enumerate(shown) if _paragraph(line, lang)), len(shown))
    heads = [i for i, line in enumerate(shown) if i > first and len(line.text.split()) <= 14
             and _COMMENT_HEAD.search(line.text) and not _is_sentence(line.text, lang)]
    if len(heads) < 2:
        return
    for i in heads:
        shown[i].kind, shown[i].reason = "comment", "a reader's comment: its signature"
        if i + 1 < len(shown) and i + 1 not in heads and len(shown[i + 1].text.split()) <= 80:
            shown[i + 1].kind, shown[i + 1].reason = "comment", "a reader's comment"


def _glued_prompts(lines: list[Line], lang: str) -> None:
    """A paragraph following the article's text that ends with a prompt ("… Abonnez-vous pour 1 € le premier
    mois") is text: the prompt is cut, the paragraph kept."""
    shown = _nonblank(lines)
    for before, line in zip(shown, shown[1:]):
        if line.reason != _PROMPT or before.kind != CONTENT:
            continue
        sentences = re.split(r"(?<=[.!?…])\s+", line.text)
        kept = list(itertools.takewhile(lambda sentence: not credits.promotion(sentence), sentences))
        if kept and len(" ".join(kept).split()) >= 8:
            line.text, line.kind = " ".join(kept), CONTENT
            line.reason = "article text (a prompt glued to its end was cut)"


_PROMPT = "a newsletter, subscription or app prompt"


def _blurbs(lines: list[Line]) -> None:
    """A short sentence whose neighbours are both widgets, menus or related links is their blurb ("The week's
    stories, every Friday." between "Sign up to our newsletter" and its e-mail field), as jusText would judge it."""
    shown = [line for line in _nonblank(lines) if line.kind not in INLINE]
    for before, line, after in zip(shown, shown[1:], shown[2:]):
        if line.kind == CONTENT and len(line.text.split()) <= 12 and before.kind in _WIDGETS and after.kind in _WIDGETS:
            line.kind, line.reason = "widget", "a short text between widgets or menus (their blurb)"


_WIDGETS = ("widget", "related", "navigation", "tags")


def is_subheading(line: str) -> bool:
    """A short line without final punctuation, e.g. 'Key Points'."""
    s = line.strip()
    return (0 < len(s.split()) <= 12 and not re.search(r"[.!:;,…][»\"”)]?$", s) and not is_list_item(s)
            and not URL.search(s))


def _duplicates(page: Page) -> None:
    """A line repeated verbatim (a caption under its image, a headline twice) is kept once."""
    seen: set[str] = set()
    for line in page.lines:
        key = line.text.lower()
        if line.kind in KEPT and key in seen and len(key) < 300:
            line.kind, line.reason = "duplicate", "a repeated line"
        seen.add(key)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 3}


def _captions_echoing_the_body(lines: list[Line]) -> None:
    """A line that repeats the start of a caption next to it, or a sentence of the article (or its start),
    stands alone: it is a caption. Sentence starts are indexed once, so a long paste stays linear."""
    shown = _nonblank(lines)
    for a, b in zip(shown, shown[1:]):
        if a.kept and b.kind == "caption" and len(a.text) > 25 and b.text.startswith(a.text):
            a.kind, a.reason = "caption", "the text of the caption that follows (without its credit)"
    kept = [line for line in lines if line.kept]
    lowered = [line.text.lower() for line in kept]
    index: dict[str, list[str]] = {}
    for text in lowered:  # every sentence, and every quotation, by its first four words
        for sentence in _SENTENCE_OR_QUOTE.split(text):
            index.setdefault(" ".join(sentence.split()[:4]), []).append(text)
    for i, line in enumerate(kept):
        key = line.text.strip(_QUOTES).rstrip(".").strip().lower()  # a pull quote drops its quotation marks
        if len(key) <= 25 or len(line.text.split()) > 30:
            continue
        following = lowered[i + 1] if i + 1 < len(kept) else ""
        if key not in following and any(key in other and other != lowered[i]
                                         for other in index.get(" ".join(key.split()[:4]), ())):
            # (a quotation the next paragraph opens with, or holds, is that section's heading)
            line.kind, line.reason = "caption", "a caption or pull quote repeating a sentence of the article"


_SENTENCE_OR_QUOTE = re.compile(r"(?<=[.!?…])\s+|[«“]\s*")
