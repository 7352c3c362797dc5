"""Passes that judge a line from its neighbours before the headline is chosen: hard-wrapped text joined,
embedded posts, bylines over two lines, widget lists, related-links blocks, contact blocks, and jusText's
context-sensitive classification of what is left."""

from __future__ import annotations

import re

from .. import bylines
from ..documents import PAGE_NUMBER, release_dateline
from ..line_evidence import SECOND_BYLINE, SENTENCE_END, headline_shaped, is_sentence, stop_density, stoplist
from ..paste import BIOGRAPHY, BLANK, Line, is_list_item, nonblank

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


def unwrapped(lines: list[Line]) -> list[Line]:
    """Text hard-wrapped at a fixed width (an e-mail, a wire, a terminal copy) joined back into paragraphs:
    a line that ends mid-sentence continues on the next. Only where most lines of the paste are wrapped."""
    shown = [line for line in lines if line.text]
    # a full line of the wrap: 40 characters, less where the paste is wrapped narrower (a PDF's column)
    lengths = sorted(len(line.text) for line in shown) or [0]
    full = min(40, int(0.6 * lengths[int(0.75 * (len(lengths) - 1))]))
    cut = [
        (a, b)
        for a, b in zip(lines, lines[1:], strict=False)
        if a.text
        and b.text
        and max(full, 20) <= len(a.text) <= 100
        and not SENTENCE_END.search(a.text)
        and not is_list_item(b.text)
    ]
    # Wrapped prose goes on in lower case or after a comma; a page's furniture does not.
    continued = [a for a, b in cut if b.text[:1].islower() or a.text.endswith((",", "-", "–"))]
    if (
        len(cut) < 5
        or len(cut) < 0.25 * len(shown)
        or sum(len(line.text) > 100 for line in shown) > 0.2 * len(shown)
        or len(continued) < max(3, 0.3 * len(cut))
    ):
        return lines
    joined: list[Line] = []
    width = 0
    for line in lines:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.text
            and line.text
            and width >= max(full, 20)
            and not is_list_item(line.text)
            and (not SENTENCE_END.search(last.text) or line.text[:1].islower())
            and not _starts_paragraph(line.text)
            and not PAGE_NUMBER.match(last.text)
        ):
            last.text = f"{last.text} {line.text}"
            last.last, width = line.number, len(line.text)
            continue
        joined.append(line)
        width = len(line.text)
    return joined


def _starts_paragraph(text: str) -> bool:
    """A line a wrapped paragraph does not go on into: a page number, or a dateline that opens a release's text
    (the headline above it is no wrapped line)."""
    return bool(PAGE_NUMBER.match(text) or release_dateline(text) is not None)


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
    for line in lines:
        if line.kind == "related" and not re.search(r"[:>]\s*\S", line.text):
            inside = True
            continue
        if not inside or line.kind == BLANK:
            continue
        if (
            line.kind in ("", "dateline", "widget", "caption", "tags")
            and len(line.text.split()) <= 30
            and (not is_sentence(line.text, lang) or line.text.endswith(("?", "!")) and len(line.text.split()) <= 20)
            and not _introduces_article(lines, line)
        ):
            if not line.kind:
                line.kind, line.reason = "related", LISTED
            continue
        inside = False


def _introduces_article(lines: list[Line], line: Line) -> bool:
    """A byline or date line follows within two lines: ``line`` heads the article (or is its standfirst)."""
    after = [other for other in lines if other.number > line.number and other.kind != BLANK][:3]
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
        line.kind, line.reason = "note", "a contacts block's heading"
        for other in shown[i + 1 : i + 9]:  # names, roles, phone numbers, addresses
            if len(other.text.split()) > 8 or is_sentence(other.text, "en"):
                break
            other.kind, other.reason = "note", "a contact for the press or clients, not the author"
