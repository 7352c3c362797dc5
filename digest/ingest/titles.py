"""An entry's title and slug: the page's headline, else one derived from the lead sentence."""

from __future__ import annotations

import re

from unidecode import unidecode

from ..model.text import slug
from ..roles import first_names
from . import lines
from .datelines import timestamp
from .documents import release_dateline
from .entities.gazetteer import places_only
from .outlets import wire


def slugify(text: str, words: int = 8) -> str:
    """The first words of ``text`` as an address, transliterated (accents, other scripts) and short enough
    for any file system: a 400-letter word or an emoji-only title still gives a usable slug."""
    return slug(" ".join(slug(text, max_length=10_000).split("-")[:words])) or "article"


def page_title(page: lines.Page) -> tuple[str, bool]:
    """The page's headline, else a title derived from the lead sentence (flagged for the editor)."""
    if page.title is not None:
        return page.title.text, False
    first = next(
        (
            ln
            for ln in page.lines
            if ln.kind == lines.CONTENT and len(ln.text.split()) >= 5 and not lines.is_list_item(ln.text)
        ),
        None,
    )
    lead = first.text if first else next((ln.text for ln in page.lines if ln.kept), "Article")
    if (page.platform or (first and _under_a_handle(page, first))) and len(lead.split()) <= _POST_WORDS:
        return lead, True  # a post has no headline: its first line, as written, opens it (still flagged)
    sentence = re.split(r"(?<=[.!?])(?<![\s(.][A-Z]\.)\s", without_dateline(lead))[0].rstrip(".")
    return _headline(sentence), True


_DATELINE_HEAD = re.compile(r"^(?P<head>.{2,90}?)\s*(?:--|\s[-–—]\s)\s*(?=[A-Z0-9\"“])")
# "Singapore: When …", "New Delhi : Le gouvernement …": a place and a colon opening the lead
_PLACE_COLON = re.compile(r"^(?P<head>[A-ZÀ-Ý][\w'’., -]{1,30}?)\s?:\s+(?=[A-ZÀ-Ý0-9\"“«])")


def without_dateline(lead: str) -> str:
    """``lead`` without its opening datelines ("TORONTO -- ", "March 3 - ", "Tokyo, March 31 (Jiji Press)--", a
    redistributor's "/EIN News/ -- " before the wire's, "Singapore: "): a place and a date say nothing of the news."""
    while (m := _DATELINE_HEAD.match(lead)) and (
        wire(lead) or release_dateline(lead) is not None or _place_or_date(m.group("head"))
    ):
        lead = lead[m.end() :]
    if (m := _PLACE_COLON.match(lead)) and places_only(m.group("head"), least=1):
        lead = lead[m.end() :]
    return lead


def _place_or_date(head: str) -> bool:
    """A dateline's head: a date ("March 3"), a place in capitals ("TORONTO", "WASHINGTON, D.C.") or a known place
    ("Lagos", "Bengaluru, India")."""
    return (
        bool(timestamp(head, "en") or timestamp(head, "fr"))
        or (head.isupper() and sum(c.isalpha() for c in head) >= 4)
        or places_only(head, least=1)
    )


_POST_WORDS = 50  # a short post's first line (280 characters) stands whole as its title
_HANDLE = re.compile(r"(?:^|\s)@[\w.-]+(?:@[\w.-]+)?$")


def _under_a_handle(page: lines.Page, first: lines.Line) -> bool:
    """``first`` stands right under a handle ("@jane", "Jane Doe @jane.example.social"): the text of a post, whatever
    network it was made on."""
    above = [ln for ln in page.lines if ln.text and ln.number < first.number]
    return bool(above) and bool(_HANDLE.search(above[-1].text)) and len(above[-1].text.split()) <= 6


# a parenthesis, or a lowercase apposition
_ASIDE = re.compile(r"\s*\([^()]*\)|(?<=\w),\s(?=[a-zà-ÿ])[^,]{3,90},(?=\s)")


def _without_aside(sentence: str) -> str:
    """``sentence`` without its first aside: a parenthesis, or an apposition to a name ("Sébastien Bubeck,
    vice-président de …, quitte"); a clause after a common word ("Ce week-end, le monde …,") is the sentence itself."""
    for match in _ASIDE.finditer(sentence):
        if match.group().lstrip().startswith("(") or sentence[: match.start()].split()[-1][:1].isupper():
            return sentence[: match.start()] + sentence[match.end() :]
    return sentence


_OPENER = re.compile(r"(?:\S+\s){0,5}\S+,\s(?=[a-zà-ÿ])")  # up to six words and a comma before a lowercase clause
_CIRCUMSTANCE = {
    "on",
    "in",
    "at",
    "last",
    "this",
    "after",
    "before",
    "since",
    "according",
    "earlier",
    "later",
    "selon",
    "après",
    "avant",
    "depuis",
    "lors",
    "en",
    "dans",
    "ce",
    "cette",
}


def _is_circumstance(opener: str, rest: str) -> bool:
    """ "Ce week-end, ", "On Monday, ", "Selon Reuters, " open a sentence; "Sebastian Bubeck, " is its subject, and
    so is "La start-up, " before an aside describing it; a quotation before its speaker ('"C'est le début",
    explique …') is what the sentence says."""
    words = opener.rstrip(", ").split()
    if words[-1][-1:] in _CLOSING_QUOTES:
        return False
    if words[0].lower() in _CIRCUMSTANCE:
        return True
    _, _, aside = opener.partition(", ")
    return words[-1][:1].islower() and not _describes_what_precedes(aside + rest)


_CLOSING_QUOTES = frozenset('"»”’')
_RELATIVE = {"qui", "que", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "who", "which", "whose"}
_PARTICIPLE_ENDINGS = ("ant", "é", "ée", "és", "ées", "ing", "ed")
# a short aside, then the noun's complement resumes: "L'annonce de la vente, hier, d'une filiale …"
_RESUMED_COMPLEMENT = re.compile(r"[^,]{1,40},\s(?:d['’]|de\s|du\s|des\s|of\s)", re.I)


def _describes_what_precedes(rest: str) -> bool:
    """``rest`` opens with a relative clause, a participle or a short aside before the noun's complement: what
    precedes the comma is the sentence's subject, not a circumstance."""
    first = rest.split(maxsplit=1)[0].lower() if rest.strip() else ""
    return first in _RELATIVE or first.endswith(_PARTICIPLE_ENDINGS) or bool(_RESUMED_COMPLEMENT.match(rest))


# a participle and the words it governs up to the first comma: "Présentée comme …, ", "Founded in 2019, "
_PARTICIPLE_OPENER = re.compile(r"([^\W\d_]{5,})\s[a-zà-ÿ][^,]*,\s")


def _participle_opener(sentence: str) -> re.Match[str] | None:
    """The opening participial phrase of ``sentence``, which describes its subject rather than being it: the
    participle is capitalised, has a participle's ending in French or English and is nobody's first name."""
    match = _PARTICIPLE_OPENER.match(sentence)
    if not match or len(match.group().split()) > 15:
        return None
    word = match.group(1)
    if not word[0].isupper() or not word[1:].islower() or not word.endswith(_PARTICIPLE_ENDINGS):
        return None
    return None if unidecode(word).lower() in first_names() else match


def _opener(sentence: str) -> re.Match[str] | None:
    """A short circumstance or a participial phrase opening ``sentence``, that a headline does without."""
    opener = _OPENER.match(sentence)
    if opener and _is_circumstance(opener.group(), sentence[opener.end() :]):
        return opener
    return _participle_opener(sentence)


# what goes on describing the words before its comma: "A trio of researchers, including two …, have won"
_QUALIFIER = re.compile(r"(?i:including|notably|who|which|whose|among them|qui|dont|notamment|y compris|parmi)\b")
_APPOSITION = re.compile(r"(?:the|a|an|le|la|les|l['’]|un|une|des)\b", re.I)


def _within_an_aside(clause: str) -> bool:
    """``clause`` ends inside an aside about its subject ("La start-up, fondée en 2019 …"): the words after the
    next comma are the sentence's verb, not a closing apposition."""
    _, comma, after = clause.partition(", ")
    return bool(comma) and _describes_what_precedes(after)


def _headline(sentence: str, most: int = 16) -> str:
    """A lead sentence made headline-short: a short opening circumstance dropped ("Ce lundi, …"), asides
    dropped ("(GenAI)", ", vice president of …,") until it fits, then cut before a closing apposition, or
    after a word (never inside a name) with an ellipsis."""
    while (
        len(sentence.split()) > most
        and (opener := _opener(sentence))
        and not _QUALIFIER.match(sentence[opener.end() :])
    ):
        # "Ce week-end, le monde …": the clause without its circumstance
        rest = sentence[opener.end() :]
        sentence = rest[:1].upper() + rest[1:]
    while len(sentence.split()) > most and (shorter := _without_aside(sentence)) != sentence:
        sentence = shorter
    words = sentence.split()
    if len(words) <= most:
        return sentence
    end = most
    while (
        end < min(len(words), most + 3)
        and words[end - 1][:1].isupper()
        and words[end][:1].isupper()
        and words[end - 1][-1].isalnum()
    ):
        end += 1  # never cut a name in two: "… de Sam Altman…", not "… de Sam…"
    cut = " ".join(words[:end])
    clause, _, tail = " ".join(words[: end + 1]).rpartition(", ")
    if _APPOSITION.match(tail) and len(clause.split()) >= most // 2 and not _within_an_aside(clause):
        return clause  # "… to join OpenAI, the artificial intelligence startup behind …"
    return cut.rstrip(",;:") + "…"
