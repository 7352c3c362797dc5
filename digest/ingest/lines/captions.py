"""A picture's caption without its credit pattern: the people shown and where ("Jane Doe, co-founder of Acme, at
the company's office."), a noun phrase without a verb; or the sentence right above a photo credit alone on its line.

A sentence of the article has a verb after its subject; a caption puts a place, a time or an apposition there. With
no tagger at hand, the subject is read as capitalised words, role words (``digest.roles``) and name particles, and
what follows it must be a place or time preposition, or an apposition ending the line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import roles
from ...model.text import norm
from .. import prefilter
from ..line_evidence import WORD, stop_density
from ..names import first_name
from ..paste import Line, nonblank

# what may come after the people a picture shows: where they are, or when
_PLACE = frozenset(
    [
        "at",
        "in",
        "inside",
        "outside",
        "during",
        "on",
        "before",
        "beside",
        "near",
        "dans",
        "lors",
        "à",
        "au",
        "aux",
        "sur",
        "devant",
        "pendant",
        "chez",
        "en",
        "après",
        "avant",
    ]
)
# words that join names or roles, name particles ("Owain ap Dafydd", "Ursula von der Leyen")
_JOINING = frozenset(
    [
        "and",
        "et",
        "&",
        "of",
        "de",
        "du",
        "des",
        "d'",
        "the",
        "le",
        "la",
        "les",
        "l'",
        "'s",
        "ap",
        "van",
        "von",
        "der",
        "den",
        "di",
        "da",
        "del",
        "dos",
        "bin",
        "ben",
    ]
)
_APPOSITION_START = frozenset(
    [
        "a",
        "an",
        "the",
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "son",
        "sa",
        "ses",
        "their",
        "his",
        "her",
        "its",
        "leur",
        "leurs",
    ]
)
_CREDIT_REASONS = ("a caption or photo credit", "a photo credit in capitals (PHOTOGRAPHER/AGENCY)")
_CREDIT_TAIL = re.compile(r"(?<=[.!?])\s+(?:\|\s*)?(?P<credit>[^.!?]{2,60})$")


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    words = {w.lower() for form in roles.all_forms() for w in re.split(r"[\s’']+", form)}
    return frozenset(words | {w + "s" for w in words} | {w + "es" for w in words})


def _words(segment: str) -> list[str]:
    return [w.lower() if not w[:1].isupper() else w for w in WORD.findall(segment.replace("’", "'"))]


def _subject(words: list[str]) -> tuple[bool, list[str]]:
    """Whether ``words`` start with people (two capitalised words at least, joined by role words and particles),
    and the words after them."""
    capitals = 0
    for i, word in enumerate(words):
        if word[:1].isupper():
            capitals += 1
        elif word in _PLACE:
            return capitals >= 2, words[i:]
        elif word not in _JOINING and word not in _role_words() and not word.isdigit():
            return False, words[i:]
    return capitals >= 2, []


def _apposition(words: list[str]) -> bool:
    """ "co-founder of Acme", "OpenAI's chief executive", "les cofondateurs de X": a role, nothing that acts."""
    return (
        bool(words)
        and (words[0] in _APPOSITION_START or words[0][:1].isupper() or words[0] in _role_words())
        and any(w in _role_words() for w in words[:6])
    )


@lru_cache(maxsize=65536)
def portrait_caption(text: str) -> bool:
    """A caption naming the people in a picture and where they are, without a verb (credit at the end allowed); a
    transcript's turn ("ANN LEE : Et on reste à Lyon, au campus…") is what its speaker says."""
    if _SPEAKER_TURN.match(text):
        return False
    tail = _CREDIT_TAIL.search(text)
    if (
        tail
        and len(tail.group("credit").split()) <= 8
        and not re.search(r"\b[a-zà-ÿ]{4,}\b", tail.group("credit").replace("photo", ""))
    ):
        text = text[: tail.start()]  # "… Laurent Guiraud / L'Écho du Léman", "… Picture: Huw Jenkins/PA"
    if not text.endswith(".") or re.search(r"[.!?]\s", text) or len(text.split()) > 35:
        return False
    segments = re.sub(r"\s*\([^()]*\)", "", text.rstrip(".")).split(",")
    is_subject, rest = _subject(_words(segments[0]))
    if not is_subject:
        return False
    if rest:  # "X at the company's office, in Toronto": places to the end
        return all(_words(s)[:1] and _words(s)[0] in _PLACE for s in segments[1:])
    later = [_words(s) for s in segments[1:]]
    if not later:
        return False  # a name alone with a full stop says nothing of a picture
    return all(words and (words[0] in _PLACE or _apposition(words)) for words in later) and (
        later[-1][0] in _PLACE or len(later) == 1
    )


# a transcript's turn: its speaker's name in capitals, or their name before a French colon, then their words
_SPEAKER_TURN = re.compile(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:\s[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3}\s?|[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+){1,2}\s):\s+\S"
)


# where the people of a picture stand: "From left:", "De gauche à droite :"
_SIDES = frozenset(["from", "left", "right", "to", "centre", "center", "gauche", "droite", "à", "au", "milieu"])


def people_with_roles(text: str) -> bool:
    """A line between paragraphs that only shows people with their roles, without a verb or a full stop: a picture's
    caption ("A et B, cofondateurs de X", "Les cofondateurs de X, A et B", "From left: A and B, co-founders of X")."""
    if len(text.split()) > 25 or text[-1:] in ".!?:":
        return False
    if "," in text and portrait_caption(f"{text}."):
        return True
    words = _words(re.sub(r"\s*\([^()]*\)", "", text))
    others = [
        w
        for w in words
        if not w[:1].isupper()
        and w not in _role_words()
        and w not in _JOINING
        and w not in _SIDES
        and not w.startswith(("d'", "l'"))
    ]
    named = sum(w[:1].isupper() for w in words)
    return not others and named >= 3 and any(w in _role_words() for w in words)


# a photo credit glued after a caption's last full stop: "… June 7, 2017. AGENCY/Jane Roe", "… 2024./Jane Roe"
_GLUED_CREDIT = prefilter.compile(
    r"(?<=[.!?])\s*(?P<credit>(?:[A-ZÀ-Ý][\w.'’&-]*\s*){0,4}(?:/\s*(?:[A-ZÀ-Ý][\w.'’-]*\s*){1,4}){1,3}"
    r"(?:/\s*(?i:photo d['’]archives?|file photo))?)$"
)
# the link a wire's picture carries after its credit: "… AGENCY/Jane Roe/File Photo Purchase Licensing Rights"
_LICENSING = re.compile(
    r"\s*(?i:purchase licen[cs]ing rights|acheter les droits(?: de licence)?)(?:\s*,\s*(?i:opens new tab|"
    r"s['’]ouvre dans un nouvel onglet))?\s*$"
)


_PHOTOGRAPHER = re.compile(r"/\s*[A-ZÀ-Ý][a-zà-ÿ][\w'’-]*\s+[A-ZÀ-Ý][\w'’-]+")


def cut_glued_caption(line: Line) -> None:
    """A standfirst or paragraph with a picture's caption and its credit run on after it ("… capacity. Jane Roe, its
    founder, in Toronto on June 18, 2024.AGENCY/John Doe"): the caption and the credit are cut, the text stays."""
    glued = _GLUED_CREDIT.search(line.text)
    if not glued or not _PHOTOGRAPHER.search(glued.group("credit")):  # "… ALR/ATS": the writer's initials, a wire's
        return
    ends = [m.end() for m in _SENTENCE_END.finditer(line.text, 0, glued.start())]
    if ends and len(line.text[: ends[-1]].split()) >= 6 and len(line.text[ends[-1] : glued.start()].split()) >= 6:
        line.text = line.text[: ends[-1]].rstrip()
        line.reason = "article text (a picture's caption and credit glued to its end were cut)"


def credited_caption(text: str) -> bool:
    """One sentence with a photographer's credit glued to its end ("AGENCY/Name", "AGENCY/Name/File Photo") or
    the word saying where the picture came from ("Supplied", "DR"): a picture's caption."""
    if "icen" in text or "droits" in text:
        text = _LICENSING.sub("", text)
    glued = _GLUED_CREDIT.search(text)
    if not glued and text.endswith(_SOURCE_WORDS):
        glued = _SUPPLIED.search(text)
    return bool(glued) and len(text[: glued.start()].split()) >= 6 and not re.search(r"[.!?]\s", text[: glued.start()])


# "Kiyoshi Ota | Bloomberg | Getty Images": a photographer's name, then agencies, between bars
_BARRED_CREDIT = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s[A-ZÀ-Ý][\w'’.-]+){1,2}(?:\s\|\s[A-ZÀ-Ý][^|]{1,30}){1,3}$")


# where a picture came from, in a word after the caption's last sentence: "… in Melbourne. Supplied", "… . DR"
_SOURCE_WORDS = ("Supplied", "supplied", "Handout", "handout", "Fourni", "fournie", "Fournie", "DR")
_SUPPLIED = re.compile(
    r"(?<=[.!?\"”»])\s+(?P<credit>(?:(?:Photo|Image|Picture)\s+)?(?i:supplied|handout|fournie?)|DR)$"
)


def _credit_alone(line: Line, lang: str) -> bool:
    """A photo credit on its own line ("ANDREA KOVAČ/THE DISPATCH", "Courtesy of Acme", "Jane Roe / Agency",
    "Jane Roe | Agency"): names, hardly a stop word, no address."""
    return (
        (
            line.reason in _CREDIT_REASONS
            or line.kind == "navigation"
            and ("/" in line.text or "|" in line.text and _photographer_first(line.text))
        )
        and len(line.text.split()) <= 8
        and line.text[:1].isupper()
        and not line.text.endswith(".")
        and "://" not in line.text
        and stop_density(line.text, lang) <= 0.25
    )


def _photographer_first(text: str) -> bool:
    """A credit between bars that opens with a person's name (a breadcrumb opens with a section)."""
    return bool(_BARRED_CREDIT.match(text)) and first_name(text.split()[0])


# A sentence ends at a full stop after a word, not after an initial or a short capitalised abbreviation ("Corp.").
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})[.!?]\s")


# a sentence reporting what someone said is the article's ("X a indiqué que…", "X told reporters that…"); a
# caption shows, it does not quote
_REPORTED_SPEECH = prefilter.compile(
    r"(?i)\b(?:indiqué|déclaré|expliqué|précisé|affirmé|ajouté|souligné|estimé|annoncé|confié|assuré)e?s?\s+qu[e'’]"
    r"|\b(?:said|says|told)\b|\b(?:added|explained|noted)\b.*\bthat\b"
)


def captions_above_credits(lines: list[Line], lang: str) -> None:
    """The one-sentence line right above a photo credit alone on its line is that picture's caption (a heading
    there, without a full stop, stays; so does a sentence reporting speech)."""
    shown = nonblank(lines)
    for above, line in zip(shown, shown[1:], strict=False):
        if (
            not above.kind
            and _credit_alone(line, lang)
            and not _REPORTED_SPEECH.search(above.text)
            and len(above.text.split()) <= 30
            and not _SENTENCE_END.search(above.text)
            and not re.search(r"[«“]", above.text)
            and above.text.endswith(".")
        ):
            above.kind, above.reason = "caption", "the sentence above a photo credit (its caption)"


# A quotation and who said it: "“…,” a spokesperson said.", "« … », dit-elle."
_ATTRIBUTED = re.compile(r"^[\"“«]\s*(?P<quote>[^\"”»]{20,})[\"”»]")


def pull_quotes_repeated(lines: list[Line]) -> None:
    """A short paragraph that is a quotation and its speaker, right above a paragraph opening with the same
    quotation, is a pull quote: the page shows the quotation twice, the article tells it once."""
    kept = [line for line in lines if line.kept and line.text]
    for line, after in zip(kept, kept[1:], strict=False):
        if (
            line.kind == "content"
            and len(line.text) < len(after.text)
            and (m := _ATTRIBUTED.match(line.text))
            and (other := _ATTRIBUTED.match(after.text))
            and norm(m.group("quote")) == norm(other.group("quote"))
            and not re.search(r"[.!?]\s", line.text[m.end() :])
        ):
            line.kind, line.reason = "caption", "a pull quote (the next paragraph gives the quotation in full)"


# A line that describes a picture before what it shows: "This photo illustration shows …", "In this handout image
# taken on May 3, …", "Sur cette photo prise le 3 mai, …", "Une capture d'écran montre …".
_DESCRIBES_PICTURE = re.compile(
    r"(?i)^(?:in |on )?(?:this|these|a|an|the) (?:[\w-]+ ){0,3}?(?:photo(?:graph)?|picture|image|illustration|"
    r"screenshot|screen grab|still)s?\b[^.;]{0,80}?\b(?:shows?|showing|depicts?|taken|released|provided|obtained)\b"
    r"|^(?:sur |dans )?(?:cette|ces|une|la|l['’]) ?(?:[\w-]+ ){0,2}?(?:photo(?:graphie)?|image|illustration|"
    r"capture d['’]écran)s?\b[^.;]{0,80}?\b(?:montre|montrent|montrant|représente|prises?|diffusées?|fournies?)\b"
)
# "News ImageNews ImageNews Image", "Photo Photo Photo": an image's alternative text, once per picture of a slider
_REPEATED = re.compile(r"^(?P<alt>\S.{1,39}?)(?:\s?(?P=alt))+$")


def alt_text_repeated(text: str) -> bool:
    """A phrase said again and again on one line: three times, or twice glued or in two words ("Duran Duran" is a
    name, "ImageImage" and "Image d'illustration Image d'illustration" are pictures' alternative text)."""
    m = _REPEATED.match(text) if len(text) <= 120 and text.find(text[:3], 2) > 0 else None
    if not m or not any(c.isalpha() for c in m.group("alt")):
        return False
    times = len(text) // len(m.group("alt"))
    return times >= 3 or len(m.group("alt").split()) >= 2 or text[len(m.group("alt")) :][:1] != " "


def pictures_described(lines: list[Line]) -> None:
    """Captions without a credit: a line describing a picture and what it shows, and an image's alternative text."""
    for line in lines:
        if line.kind or len(line.text) > 600:
            continue
        if _DESCRIBES_PICTURE.match(line.text):
            line.kind, line.reason = "caption", "a line describing a picture and what it shows (its caption)"
        elif alt_text_repeated(line.text):
            line.kind, line.reason = "caption", "an image's alternative text, repeated"
