"""The kind of page furniture a line is, judged from the line alone: its shape, its words, and patterns of
the furniture news pages carry (reading times, counters, breadcrumbs, captions and photo credits, notes
from the editor, bylines, tags, related-links lines, prompts and sponsors' messages)."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import bylines, credits, outlets, prefilter
from ..datelines import WIRED_STAMP
from ..documents import document_furniture, release_dateline
from ..line_evidence import (
    CHAPTER,
    CODE,
    EDITOR_DATE,
    PLATFORMS,
    QUOTES,
    ROW,
    SECOND_BYLINE,
    WORD,
    is_sentence,
    shape,
    ui_ratio,
)
from ..newsroom_jobs import JOB
from ..paste import BIOGRAPHY, CREW, is_list_item
from ..signatures import SIGN_ON, hosts, signed_on
from ..source_lines import source_line
from ..stamps import labelled_stamp
from . import other_pages as pages
from .boilerplate import (
    CONSENT,
    COOKIES,
    CREW_LINE,
    EDITED,
    LEGAL,
    NOTE,
    PLAYER_CONTROL,
    SHARE_THIS,
    SITE_VOICE,
    registration_footer,
)
from .captions import credited_caption, portrait_caption
from .notices import notice
from .prompts import call_to_act, site_prompt

_READ_TIME = re.compile(
    r"^(?:(?:temps de )?lecture\s*:?\s*)?\d+\s*(?:min(?:ute)?s?|mn)\.?(?:\s+(?:read|de lecture|to read))?$"
    r"|^(?:reading time|temps de lecture|lecture)\s*:?\s*\d+\s*(?:min(?:ute)?s?|mn)\.?$",
    re.I,
)
_COUNTER = re.compile(
    r"^[\d\s/.,:%+-]*(?:\d+\s*(?:vues?|views?|comments?|commentaires?|réactions?|partages?|shares?|likes?|"
    r"j['’]aime|réponses?|replies))?[\d\s/.,:%+-]*$",
    re.I,
)
_BREADCRUMB = re.compile(r"\s(?:>|›|»|/|\||→|::)\s")
_RELATED = re.compile(
    r"^(?:à lire (?:aussi|également|ensuite)|a lire|lire (?:aussi|également|la suite|plus)|sur le même (?:sujet|thème)|"
    r"dans la même rubrique|les plus lus|les plus partagés|articles? (?:liés|similaires|recommandés)|nos articles|"
    r"voir aussi|à voir aussi|à découvrir|découvrez aussi|ces articles|vous aimerez aussi|notre sélection|"
    r"read (?:also|more|next)|see also|related(?: articles| stories| coverage| content)?|more (?:from|on|stories|news)|"
    r"most (?:popular|read|viewed)|trending|recommended(?: for you| stories)?|you (?:may|might) (?:also )?like|"
    r"editor['’]s picks?|top stories|latest(?: news| stories)?|dernières? (?:actualités|infos|dépêches|nouvelles)|"
    r"en continu|à la une|also read|further reading|(?:les )?autres (?:infos|informations|actualités|nouvelles|"
    r"nominations|brèves|titres)\b|other (?:news|stories|headlines)\b|elsewhere (?:in|on)\b|ailleurs dans\b|"
    r"(?:communiqués|articles|billets|posts|releases|stories|épisodes) (?:récents|recent)\b|"
    r"recent (?:posts|articles|releases|news|stories|episodes)\b|"
    r"also in (?:this|today['’]s) (?:release|issue|edition|newsletter|update)|"
    r"(?:aussi|également) dans (?:ce|cette) (?:numéro|édition|lettre|version|mise à jour)|"
    r"en savoir plus|don['’]t miss|à ne pas manquer|"
    r"ne manquez pas|(?:ça|cela) pourrait (?:aussi |également )?vous intéresser|you (?:might|may) also be interested|"
    r"(?:épisodes?|numéros?) précédents?|previous episodes?|more episodes|autres épisodes|"
    r"(?:flash info|breaking(?: news)?|dernière minute|en direct|live)\s*[:|]|"
    r"\[\s*(?:related(?: article| story)?|à lire(?: aussi)?|lire aussi|voir aussi|read more|see also)\s*\])",
    re.I,
)
_TAGS = re.compile(
    r"^(?:topics?|tags?|mots[- ]clés|mots[- ]clefs|étiquettes?|keywords|labels|sujets?|thèmes?|catégories?|"
    r"categories|filed under|classé dans|"
    r"rubriques?|sections?|in this article|dans cet article)\s*:?(?:\s|$)|^#[\w-]+(?:\s+#[\w-]+)*$",
    re.I,
)
_CAPTION_CREDIT = prefilter.compile(
    r"(?:©|\(c\)\s|\b(?:credit|crédit)\.{2,}|\b(?:photo|photos|photograph|photographs|photographie|crédits?|"
    r"credits?|image|illustration|source photo|capture d['’]écran|screenshot)\s*:|(?:^|[.|]\s*)pictures?\s*:"
    r"|^(?:photo )?courtesy(?: of)?\s|^(?:avec l['’]aimable autorisation|gracieuseté)\b"
    # (the name in capitals: under re.I, "credit card fraud detection." would read as a credit; not a bank's name a
    # sentence ends with: "la direction du Crédit Rhodanien")
    r"|(?<!du )(?<!au )(?<!de )(?<!le )(?<!d')(?<!d’)(?<!chez )(?<!the )(?<!of )(?<!at )\b(?:photo|photograph|"
    r"crédit|credit|picture)\s+(?-i:[A-ZÀ-Ý][\w.'-]*(?:\s+[A-ZÀ-Ý][\w.'-]*){0,2})\s*$"
    r"|\b(?:image|photo|illustration|picture) by\b|\b(?:getty images|shutterstock|istock(?:photo)?|unsplash|pexels|"
    r"afp photo|ap photo|reuters/|dr\s*$|\(dr\))|\((?-i:(?:[A-Z][\w.'-]*\s*){1,4})/\s*[\w .'-]{2,40}\)\s*$"
    r"|(?-i:\b[A-Z]{2,}\s*/\s*[A-ZÀ-Ý][\w .'-]{2,40}\)?\s*$)"
    r"|(?-i:\bPHOTOS?\s*[|:/]\s*\S)|\((?:photo|crédit|credit)s?\s+[^)]{1,30}\)\s*$"
    r"|\((?:supplied|handout|file|screenshot|capture d['’]écran|fournie?|document remis)(?:\s*[:,]\s*[^)]{1,40})?\)\s*$"
    # "(Courtesy of Acme)", "(Photo fournie par la start-up)", "(Image: courtesy Jane Roe)" closing a caption
    r"|\((?:(?:photo|image|picture|illustration)\s*:?\s*)?(?:courtesy|provided|supplied|fournie?s?|transmise?s?|"
    r"avec l['’]aimable autorisation|gracieuseté)\b[^()]{0,50}\)\s*$"
    r"|\bphoto (?:fournie|transmise|courtesy|provided|supplied|handout)\b|\bphoto "
    r"d['’]archives?\b|\b(?:archive|file) photo\b"
    r"|(?-i:^[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,40}/[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,60}$)"
    r"|\|\s*[^|]{2,60}/\s*(?:[A-Z]\.\s*){1,4}$)",
    re.I,
)
_FILE_PHOTO = re.compile(
    r"^(?:FILE|PHOTO|ARCHIVES?|IMAGE)\s*(?:PHOTO)?\s*[-–—:]\s|^(?:PHOTOS?|CRÉDIT|CREDIT)\s+[A-ZÀ-Ý]{2,}"
)
_SLUG = re.compile(r"^[A-Z]{2,}(?:-[A-Z0-9]+){1,}/[A-Z0-9-]+\b")
_NAME_ROLE_CAPTION = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3},\s+[^.,;]{3,60}\.$")
_SOCIAL = prefilter.compile(
    r"[—–-]\s*[^()]{1,60}\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4}$|\bpic\.twitter\.com/\S+$|\bhttps?://t\.co/\S+$"
)
# "PAYS : Belgique PAGE(S) : 14 SURFACE : 38 %", "Country: UK Page: 12 Circulation: 61,250": a label, its value
_LABELLED = re.compile(r"(?:^|\s)[^\W\d][\w()'’.-]{1,20}\s?:\s?(?=\S)")
_ENDS = re.compile(r"(?i)^[-–—#*\s]*(?:ends|fin|-?30-?|###)[-–—#*\s]*$")
_SPONSOR = prefilter.compile(
    r"\b(?:sponsored by|presented by|brought to you by|partner content|"
    r"offerte? par|présentée? par|contenu (?:sponsorisé|partenaire)|publi-?rédactionnel|"
    r"publireportage|publi-?information|publi-?info|advertorial|sponsored content)\b"
    r"|^(?:sponsored|sponsorisé|promoted|advertisement|publicité)\s*[:|–—-]\s",
    re.I,
)
# a partner names a sponsor in a short line or one addressed to the reader; a news sentence's partnership is news
_PARTNERED = prefilter.compile(r"\b(?:together with|in partnership with|en partenariat avec)\b", re.I)
_TO_READER = re.compile(r"(?i)\b(?:you|your|vous|votre|vos)\b|:")
_COUNTED = (
    r"(?i:comments?|commentaires?|réactions?|reactions?|réagir|likes?|shares?|partages?|vues|views|réponses?|"
    r"replies|reposts?|retweets?|boosts?|favoris|favou?rites?|bookmarks?|upvotes?|claps?)"
)
# a post's counts, one or several in a row: "Comments (12)", "58 reposts 212 likes"
_COUNTS = re.compile(rf"(?:(?:{_COUNTED}\s*\(?\d[\d\s,.]*[kK]?\)?|\d[\d\s,.]*[kK]?\s*{_COUNTED})\s*)+")
_PREV_NEXT = re.compile(r"^(?:[←→]|(?:previous|next) (?:post|article|story)|article (?:précédent|suivant))", re.I)
_HANDLE = re.compile(r"^[^()]{1,60}\(@\w{1,30}\)$")
_BIO = re.compile(
    rf"^(?:I cover\b|(?i:(?:grand |senior |chief |staff )?{JOB})\b.{{0,120}}$"
    r"|(?:[A-ZÀ-Ý][\w'’-]+\s){1,3}(?:covers|writes about|reports on"
    rf"|is (?:an? |the |[\w-]+['’]s )(?:\w+ )?{JOB}|est {JOB}|couvre)\b)"
)
_BYLINE_FIRST = re.compile(r"(?i)(?:par|by|texte|text|rédigée? par|written by|words by|posted by)\b")
_DOMAIN = re.compile(r"\(?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|fr|co|uk|de|ch|be|ca|info|dev|app)\)?")
_ATTRIBUTION = re.compile(r"^[—–-]\s*[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}(?:,\s*[^,.]{1,40}){0,2}$")
_TICKER = re.compile(r"^\d{1,2}[:h]\d{2}\s+[A-ZÀ-Ý]")
_EMAIL_ONLY = re.compile(r"[\s(<\[]*(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\s)>\]]*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s.]?)?\(?\d{1,4}\)?(?:[\s.-]\d{2,4}){2,}(?!\w)")
# An author box or profile under a post: its follower count first ("3.4K Followers · Writes about …").
_FOLLOWERS = re.compile(
    r"(?i)^\d[\d\s,.]*[kKM]?\s+(?:followers|abonnés|subscribers|connections|relations)\s*(?:[·•|]|$)"
)
_MARKUP = re.compile(r"^\s*<(?:/?[a-zA-Z][\w-]*)(?:\s[^>]*)?/?>")
_SKIP = re.compile(r"^(?:skip to|aller (?:au|à la)|passer (?:au|à la)|accéder (?:au|à la)|go to)\b", re.I)
_ALL_RIGHTS = prefilter.compile(r"\b(?:all rights reserved|tous droits réservés|droits réservés|copyright)\b", re.I)


@lru_cache(maxsize=65536)
def furniture(text: str, lang: str) -> tuple[str, str] | None:
    """The kind of page furniture a non-blank line is, with the reason; None for a line that may be article text."""
    n, density, ends = shape(text, lang)
    if CODE.match(text):
        return None  # a program's text (read's next pass keeps it)
    if n <= 80 and (post := pages.QUOTED_POST.match(text)) and (post[1] or post[2]).lower() in PLATFORMS:
        return "social", "a social-media post quoted with its author and network"
    # (a longer paragraph keeps its text: credits.read cuts a credit glued to it)
    if n <= 45 and pages.TRAILING_CREDIT.search(text):
        return "caption", "a caption ending in its photo credit"
    if n > 45:  # a paragraph: only the furniture that can be that long
        if _SOCIAL.search(text):
            return "social", "an embedded social-media post's signature or link"
        if NOTE.match(text):
            return "note", "an editor's note about the page"
        return ("markup", "HTML markup, not text") if _MARKUP.match(text) else None
    if n <= 20 and signed_on(text):
        return "byline", SIGN_ON  # before a newsletter's greeting: this one names its writer
    if found := document_furniture(text):
        return found
    if EDITOR_DATE.match(text):
        return "dateline", "the editor's date line"
    if _ENDS.match(text):
        return "markup", "the end mark of a press release ('- ENDS -', '###')"
    if _SKIP.match(text):
        return "navigation", "a skip link"
    if _SLUG.match(text):
        return "navigation", "a wire service's slug line"
    if source_line(text):
        return "credit", "a source line (gives the entry's source)"
    if _READ_TIME.match(text):
        return "dateline", "a reading time"
    if pages.DURATION.match(text):
        return "widget", "a video's or an episode's running time"
    if n <= 60 and pages.REFERENCE.search(text):
        return "note", "an entry of a list of references (notes of an encyclopaedia's page)"
    if n <= 25 and pages.HATNOTE.search(text):
        return "note", "an encyclopaedia's note pointing to pages of the same name"
    if n <= 8 and pages.EDIT_LINK.search(text):
        return "navigation", "a wiki's section heading with its edit link"
    if n <= 40 and (pages.WIKI_FOOTER.search(text) or pages.MACHINE_TRANSLATION.match(text)):
        return "note", "a note about the page (its last change, its licence, a machine translation)"
    if n <= 30 and pages.MARKET_NOTE.search(text) and "©" not in text and not _ALL_RIGHTS.search(text):  # a copyright
        # line gives the source, whatever else it says
        return "note", "a note on a markets page's figures (delayed quotes, their provider)"
    if n <= 20 and not is_sentence(text, lang) and pages.PRICE.search(text) and pages.CHANGE.search(text):
        return "widget", "market data (a price and its change)"
    if pages.NAME_AND_DESK.match(text):
        return "byline", BIOGRAPHY
    if (
        n <= 12
        and (_COUNTER.fullmatch(text) or all(_COUNTS.fullmatch(item) for item in ROW.split(text)))
        and not re.fullmatch(r"\d{4}", text)
    ):
        return "widget", "a number or counter alone"
    if re.fullmatch(r"[\W_]+", text):
        return "markup", "a rule or decoration (no words)"
    if _DOMAIN.fullmatch(text):
        return "navigation", "a link's domain alone"
    if _PREV_NEXT.match(text):
        return "navigation", "a link to the previous or next article"
    if _FOLLOWERS.match(text):
        return "widget", "a profile's follower count (an author box)"
    if _HANDLE.match(text):
        return "social", "an embedded social-media post's author"
    if n <= 8 and pages.poster_header(text):
        return "byline", "a post's poster and how close they are in the reader's network"
    if _BIO.match(text):
        return "byline", BIOGRAPHY
    if bylines.stamp(text, lang):
        return "dateline", "a date line or timestamp"
    if n <= 8 and text.endswith(")") and (m := WIRED_STAMP.match(text)) and bylines.stamp(m.group(1), lang):
        return "dateline", "a short date line and the wire that filed the story ('24/11 à 14h05 (Belga)')"
    if pages.UPDATED_AT.match(text):
        return "dateline", "the time the page was published or updated"
    if pages.MEDIA_TEASER.match(text) and not ends and n <= 25:
        return "related", "a link to a video, podcast or gallery (its kind in capitals, then its headline)"
    if pages.SORT.match(text):
        return "navigation", "how a thread's comments are sorted"
    if n <= 30 and pages.AGED_TEASER.match(text):
        return "related", "a recent article's headline with its age (a list of recent articles)"
    if pages.AGE_ALONE.match(text):
        return "navigation", AGE  # no date: it would date nothing
    if _TICKER.match(text) and not is_sentence(text, lang):
        return "related", "a news-ticker item (a time, then a headline)"
    if _RELATED.match(text.strip(QUOTES)) and (n <= 14 or re.search(r"[:>|]", text[:40])):
        return "related", "a 'read also' or related-links line"
    if _TAGS.match(text) and (n <= 25 and not is_sentence(text, lang)):
        return "tags", "a topics or tags line"
    if _BYLINE_FIRST.match(text) and bylines.byline(text):
        return "byline", "a byline"  # "Texte : X | Chef de pupitre", before it reads as a breadcrumb
    if SECOND_BYLINE.match(text) and bylines.names_only(SECOND_BYLINE.match(text).group(1)):
        return "byline", "a byline's second line (another author)"
    crumbs = _BREADCRUMB.split(text) if "«" not in text else [text]  # « … » quotes, not a breadcrumb
    if 2 <= len(crumbs) <= 3 and n <= 16 and bylines.byline(text):
        return "byline", "a byline in a row of page details (a date, the author's role)"
    if len(crumbs) >= 3 and all(len(c.split()) <= 3 for c in crumbs[:-1]):
        return "navigation", "a breadcrumb (its last item may repeat the headline)"
    if len(crumbs) >= 2 and not ends and n <= 16 and all(len(c.split()) <= 5 for c in crumbs):
        return "navigation", "a breadcrumb (short items between separators)"
    if _BYLINE_FIRST.match(text) and bylines.byline(text):
        return "byline", "a byline"  # "Texte : X · Photo : Y" credits the text first
    # A paragraph of several sentences with a byline or credit glued to its end stays text (credits.read cuts it).
    paragraph = n > 25 and re.search(r"[.!?]\s", text)
    if re.match(r"^(?:©|\(c\)\s|copyright\b)", text, re.I) and paragraph:
        return "note", "a copyright and legal notice (the page's disclaimer)"
    if n <= 30 and not paragraph and ("©" in text or re.match(r"^\(c\)\s", text, re.I) or _ALL_RIGHTS.search(text)):
        page_copyright = re.search(r"\b(?:19|20)\d\d\b", text) or _ALL_RIGHTS.search(text)
        return (
            ("credit", "a copyright line")
            if page_copyright and outlets.copyright_holder(text)
            else ("caption", "a photo credit or caption with ©")
        )
    if not paragraph and _CAPTION_CREDIT.search(text) or _FILE_PHOTO.match(text):
        return "caption", "a caption or photo credit"
    if credited_caption(text):
        return "caption", "a sentence with a photo credit glued to its end (its caption)"
    if n <= 8 and "/" in text and all(c.isupper() for c in text if c.isalpha()) and not ends:
        return "caption", "a photo credit in capitals (PHOTOGRAPHER/AGENCY)"
    if n <= 45 and portrait_caption(text):
        return "caption", "a picture's caption: the people shown and where, without a verb"
    if _ATTRIBUTION.match(text) and n <= 12:
        return "caption", ATTRIBUTION
    if _NAME_ROLE_CAPTION.match(text) and len(text) < 90:
        return "caption", "a name and role alone (a portrait's caption)"
    if found := notice(text, n):
        return found
    if _SOCIAL.search(text):
        return "social", "an embedded social-media post's signature or link"
    if NOTE.match(text):
        return "note", "an editor's note about the page"
    if pages.release_notes(text):
        return "note", pages.RELEASE_NOTES
    if n <= 80 and pages.SAFE_HARBOUR.search(text):
        return "note", "a release's legal notice on forward-looking statements"
    if n <= 30 and EDITED.match(text):
        return "note", "a note on how the interview or transcript was edited"
    if n <= 40 and len(CREW_LINE.findall(text)) >= 2 or n <= 8 and ":" in text and hosts(text, crew=True):
        # the crew, or the host alone ("Présentation : Ann Lee", "Host: Bo Chen"), who signs the show
        return "note", CREW
    if n <= 60 and registration_footer(text):
        return "note", "a company's legal footer (where it is registered, its number, its capital)"
    if n <= 12 and SHARE_THIS.match(text):
        return "widget", "a button to share, print or save the page"
    if n <= 8 and PLAYER_CONTROL.match(text):
        return "widget", PLAYER
    if n <= 80 and LEGAL.search(text):
        return "note", "a legal notice (a disclaimer, a regulator, affiliate links, a licence)"
    if n <= 60 and (COOKIES.search(text) and SITE_VOICE.search(text) or CONSENT.match(text)):
        return "widget", "a cookie banner or a form's consent"
    if bylines.byline(text):
        return "byline", "a byline"
    if (
        n <= 24
        and not is_sentence(text, lang)
        and not CHAPTER.match(text)
        and len((release_dateline(text) or "").split()) < 6  # a release's first line: "PARIS – 3 May 2026 – Acme …"
        and any(
            bylines.stamp(item, lang) or _READ_TIME.match(item.strip()) or labelled_stamp(item.strip(), lang)
            for item in ROW.split(text)
        )
    ):
        return "dateline", "a row of page details with a date (a date line)"
    if n <= 30 and not ends and text.count(":") >= 3 and len(_LABELLED.findall(text)) >= 3:
        return "navigation", "a row of a document's labelled details (a press cutting's or a mail's header)"
    if n <= 12 and pages.named_stamp(text, lang):
        return "dateline", "a date line after a name (the outlet's or the author's)"
    if n <= 10 and pages.NAMED_AGE.match(text):
        return "navigation", "a name and how long ago it posted (a feed's item or a comment's signature)"
    if density < 0.15 and not ends and sum(w.lower() in PLATFORMS for w in WORD.findall(text)) >= 2:
        return "widget", "links to social networks"
    items = [item for item in ROW.split(text) if item.strip()] if n <= 30 else []
    if not ends and (
        len(items) >= 4
        and all(len(item.split()) <= 4 for item in items)
        or len(items) == 3
        and all(len(item.split()) <= 3 for item in items)
        and density < 0.1
    ):
        return "navigation", "a row of short items between separators (a menu)"
    if n <= 24 and not ends and _EMAIL.search(text) and _PHONE.search(text):
        return "note", "a contact line (a name, a phone number, an e-mail address)"
    if _EMAIL_ONLY.fullmatch(text):
        return "byline", "an e-mail address alone (the author's contact)"
    if n <= 16 and not ends and re.search(r"[€$£¥%]", text):
        tokens = [w for w in text.split() if re.search(r"\w", w)]
        if sum(bool(re.search(r"\d", w)) for w in tokens) >= max(3, 0.4 * len(tokens)):
            return "widget", "market data (prices, rates, indices)"
    if n <= 12 and not (ends and n >= 8) and ui_ratio(text) >= 0.6:
        return "widget", "user-interface words (share, subscribe, menu…)"
    if found := site_prompt(text, n):
        return found
    if n <= 40 and credits.promotion(text):
        return "widget", PROMPT
    if call_to_act(text):
        return "widget", "a call to the reader (an advertisement, an offer, a prompt to share or sign up)"
    if n <= 40 and (_SPONSOR.search(text) or _PARTNERED.search(text) and (n <= 12 or _TO_READER.search(text))):
        return "widget", "a sponsor's message"
    if (
        text[:1].islower()
        and not ends
        and n <= 10
        and density < 0.2
        and not is_list_item(text)
        and not re.search(r"[=(){}\[\];]", text)
    ):  # code ("from x import y", "x = f(y)") is text
        return "caption", "lower-case keywords without punctuation (image alt text)"
    if n <= 6 and re.search(r"(?i)\b(?:icon|icône|logo|avatar|thumbnail|vignette)$", text):
        return "caption", "an icon or logo's text"
    if _MARKUP.match(text):
        return "markup", "HTML markup, not text"
    return None


PROMPT = "a newsletter, subscription or app prompt"
PLAYER = "a video or audio player's control"
ATTRIBUTION = "a quotation's attribution (a pull quote)"
AGE = "how long ago a post or comment was made"
