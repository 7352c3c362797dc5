"""Passes that judge a line from its neighbours before the headline is chosen: embedded posts, bylines over two
lines, widget lists, related-links blocks, contact blocks, and jusText's context-sensitive classification of what is
left."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from .. import bylines
from ..line_evidence import SECOND_BYLINE, headline_shaped, is_sentence, stop_density, stoplist
from ..paste import BIOGRAPHY, BLANK, Line, is_list_item, nonblank

_BARE_CONTACT = re.compile(r"(?i)^contacts?$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s.]?)?\(?\d{1,4}\)?(?:[\s.-]\d{2,4}){2,}(?!\w)")
_CONTACT = re.compile(
    r"(?i)^(?:key |media |press |presse |our )?"
    r"(?:contacts?|media relations|relations (?:presse|médias)|"
    r"contacts? (?:presse|médias?|press|media)|for (?:further|more) information|"
    r"pour (?:plus d['’]informations|tout renseignement|toute information))\s*:?$"
)


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


def justext_classes(lines: list[Line], lang: str) -> dict[int, str]:
    """jusText's context-free then context-sensitive classes (good/bad) for the non-blank lines; lines
    already known as furniture count as its 'links' (bad), so that short lines among them go too."""
    import justext.core as jt

    shown = [line for line in lines if line.kind != BLANK]
    blocks = [
        _Block(line.text, lang, headline_shaped(line.text) and len(line.text.split()) <= 14, bool(line.kind))
        for line in shown
    ]
    jt.classify_paragraphs(
        blocks,
        stoplist(lang),
        length_low=70,
        length_high=200,
        stopwords_low=0.25,
        stopwords_high=0.30,
        max_link_density=0.5,
    )
    jt.revise_paragraph_classification(blocks, max_heading_distance=200)
    return {line.number: block.class_type for line, block in zip(shown, blocks, strict=False)}


def embedded_posts(lines: list[Line], lang: str) -> None:
    """The text of an embedded post follows its author's line ("Name (@handle)")."""
    shown = nonblank(lines)
    for i, line in enumerate(shown):
        if line.reason != "an embedded social-media post's author":
            continue
        if i + 1 < len(shown) and not shown[i + 1].kind:
            shown[i + 1].kind, shown[i + 1].reason = "social", "the text of an embedded social-media post"


def bylines_split_over_lines(lines: list[Line], lang: str) -> None:
    """ "Par" or "By" alone on a line, the names on the next one."""
    shown = nonblank(lines)
    for a, b in zip(shown, shown[1:], strict=False):
        second = SECOND_BYLINE.match(b.text)
        if (
            a.kind == "byline"
            and not b.kind
            and second
            and len(second.group(1).split()) <= 4
            and all(w[:1].isupper() for w in second.group(1).split())
        ):
            b.kind, b.reason = "byline", "a byline's second line (another author)"  # "avec Jane Doe à Lagos"
        if re.fullmatch(r"(?i:par|by|de|from|written by|écrit par|texte)\s*:?", a.text) and len(b.text.split()) <= 12:
            a.kind, a.reason = "byline", "a byline split over two lines"
            b.kind, b.reason = "byline", "a byline split over two lines"
            b.text = f"{a.text} {b.text}"


def widget_lists(lines: list[Line]) -> None:
    """A bullet list right above or below a counter or rating ("10 / 10") is part of that widget."""
    shown = nonblank(lines)
    for i, line in enumerate(shown):
        if line.reason != "a number or counter alone":
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(shown) and not shown[j].kind and is_list_item(shown[j].text):
                shown[j].kind, shown[j].reason = "widget", "a list beside a counter or rating (a widget)"
                j += step


LISTED = "a headline listed under a related-links line"


def related_blocks(lines: list[Line], lang: str) -> None:
    """Headlines listed under a 'read also' or 'most popular' line, until article text resumes."""
    inside = False
    for k, line in enumerate(lines):
        if line.kind == "related" and not re.search(r"[:>|]\s*\S", line.text):  # a label alone heads a list
            inside = True
            continue
        if not inside or line.kind == BLANK:
            continue
        if _POST_TIME.fullmatch(line.text):  # a live blog's next post ("09:40"): the list has ended
            inside = False
            continue
        if (
            line.kind in ("", "dateline", "widget", "caption", "tags")
            and len(line.text.split()) <= 30
            and (not is_sentence(line.text, lang) or line.text.endswith(("?", "!")) and len(line.text.split()) <= 20)
            and not _introduces_article(itertools.islice(lines, k + 1, None), line)
        ):
            if not line.kind:
                line.kind, line.reason = "related", LISTED
            continue
        inside = False


_POST_TIME = re.compile(r"\d{1,2}[:h]\d{2}")


def _introduces_article(following: Iterable[Line], line: Line) -> bool:
    """A byline or date line follows within two lines: ``line`` heads the article (or is its standfirst). ``following``
    are the lines after it (the next three are read, so that a long paste stays linear)."""
    shown = (other for other in following if other.number > line.number and other.kind != BLANK)
    after = list(itertools.islice(shown, 3))
    return any(
        other.kind in ("byline", "dateline")
        and other.reason != BIOGRAPHY
        or (not other.kind and bylines.names_only(other.text))
        for other in after
    )


def contacts(lines: list[Line]) -> None:
    """The people under a "Media contact" or "Key contacts" line are whom to call, not the authors."""
    shown = nonblank(lines)
    for i, line in enumerate(shown):
        if not _CONTACT.search(line.text):
            continue
        block: list[Line] = []
        for other in shown[i + 1 : i + 9]:  # names, roles, phone numbers, addresses
            reachable = len(other.text.split()) <= 24 and (_PHONE.search(other.text) or _EMAIL.search(other.text))
            if (len(other.text.split()) > 8 and not reachable) or is_sentence(other.text, "en"):
                break
            block.append(other)
        if _BARE_CONTACT.match(line.text) and not any(_PHONE.search(o.text) or _EMAIL.search(o.text) for o in block):
            continue  # "Contact" alone is a menu's item, unless an address or a number follows
        line.kind, line.reason = "note", "a contacts block's heading"
        for other in block:
            other.kind, other.reason = "note", "a contact for the press or clients, not the author"


# The labels of an encyclopaedia's or a database's fact box about an organisation, in both languages
_FACT_LABEL = re.compile(
    r"(?i)^(?:type|industry|founded|founders?|headquarters|area served|key people|products|services|revenue|"
    r"(?:number of )?employees|website|parent|subsidiaries|owner|forme juridique|secteur(?: d['’]activité)?|création|"
    r"fondation|fondateurs?|siège(?: social)?|dirigeants?|produits|chiffre d['’]affaires|effectifs?|site web|filiales|"
    r"société mère|actionnaires?)\b(?!['’])\s*:?\s+\S"
)


def fact_boxes(lines: list[Line], lang: str) -> None:
    """Three or more short rows in a row that open with a fact box's label ("Founded May 2024", "Headquarters
    Pittsburgh", "Siège : Lyon") are a fact box (an infobox), not the article's text."""
    shown = nonblank(lines)
    rows = [
        bool(_FACT_LABEL.match(line.text)) and len(line.text.split()) <= 12 and not is_sentence(line.text, lang)
        for line in shown
    ]
    i = 0
    while i < len(shown):
        end = next((j for j in range(i, len(shown)) if not rows[j]), len(shown))
        for line in shown[i:end] if end - i >= 3 else ():
            if not line.kind or line.kind in ("content", "heading"):
                line.kind, line.reason = "navigation", "a fact box's rows (an infobox about an organisation)"
        i = max(end, i + 1)
