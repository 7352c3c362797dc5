"""What each line of a paste is: headline, content, section heading, or one of the kinds of page furniture
that a select-all copy of a news page brings along (navigation, byline, date line, credit or caption, share
and newsletter widgets, related links, tags, footers).

Lines are judged from what they are, not from a list of lines seen before: their shape (length, final
punctuation, capitals), their stop-word density (jusText's stop lists and its context-sensitive paragraph
classification), their position relative to the article's body, their neighbours, repetition, and a small
vocabulary of user-interface words in both languages. Every line gets a kind and a reason, so
``digest ingest --explain`` can show why a line went, and nothing is dropped without one.

The modules, in the order ``read`` uses them: ``wraps`` joins hard-wrapped text back into paragraphs, ``furniture``
judges each line alone (with ``ingest/line_evidence.py``, the measures it is made of), ``neighbours`` judges lines
from the lines around them, ``filings`` and ``messages`` read documents inside a paste (a securities filing's cover
and signature block, a memo the article quotes), ``headline`` picks the headline (never the outlet's own name, which
``own_names`` finds; ``short_headlines`` reads a brief's word or two), ``body`` settles what is left once the
article's start is known, and ``sidebars`` drops short text stranded in the furniture after the article. The line,
the page and the kinds a line can have are in ``ingest/paste.py``, below this package and the credits, bylines and
source lines it reads, which use them too.
"""

from __future__ import annotations

from .. import credits
from ..credit_lines import trailing_wire
from ..initials import spelled_out
from ..line_evidence import CODE, is_sentence
from ..paste import BLANK, CONTENT, HEADING, KEPT, Line, Page, is_list_item
from .author_roles import roles_under_bylines
from .body import (
    blurbs,
    briefs,
    captions_echoing_the_body,
    duplicates,
    glued_prompts,
    greetings_in_the_text,
    headings,
    issuers_under_their_label,
    menus_and_labels,
)
from .captions import captions_above_credits, cut_glued_caption, pictures_described, pull_quotes_repeated
from .comments import comment_threads
from .filings import filing_furniture
from .furniture import furniture
from .headline import choose_headline, heading_after_links
from .messages import issue_lines, quoted_messages
from .names_alone import name_bylines
from .neighbours import (
    bylines_split_over_lines,
    contacts,
    embedded_posts,
    fact_boxes,
    justext_classes,
    related_blocks,
    widget_lists,
)
from .outlines import chapter_lists, numbered_sections
from .sidebars import sidebar_islands
from .wraps import unwrapped

# what the pipeline, the titles and --explain use
__all__ = [
    "BLANK",
    "CONTENT",
    "HEADING",
    "KEPT",
    "Page",
    "furniture",
    "is_list_item",
    "read",
]


def read(text: str, lang: str, outlets=frozenset(), headline: str | None = None) -> Page:
    """Classify every line of ``text`` (a paste in ``lang``); ``outlets`` are known outlet names (normalised);
    ``headline`` is the page's own title when it gives one (a saved or fetched page's og:title or ``<title>``)."""
    page = Page(unwrapped([Line(n, raw.strip()) for n, raw in enumerate(text.split("\n"), 1)], lang))
    lines = page.lines
    for line in lines:
        if cut := trailing_wire(line.text):  # the sentence stays, its wire's credit goes to the credits
            line.text, wire = cut
            page.closing_wire = wire or page.closing_wire
        if not line.text:
            line.kind, line.reason = BLANK, ""
        elif found := furniture(line.text, lang):
            line.kind, line.reason = found
        elif "/" in line.text[-60:]:
            cut_glued_caption(line)
    embedded_posts(lines, lang)
    bylines_split_over_lines(lines, lang)
    related_blocks(lines, lang)
    widget_lists(lines)
    fact_boxes(lines, lang)
    pictures_described(lines)
    captions_above_credits(lines, lang)
    good = justext_classes(lines, lang)
    for line in lines:
        if not line.kind and CODE.match(line.text):
            line.kind, line.reason = CONTENT, "code (a program's text)"
        if line.kind:
            continue
        if is_sentence(line.text, lang) or (good.get(line.number) == "good" and len(line.text.split()) >= 7):
            prose = is_sentence(line.text, lang)
            line.kind, line.reason = CONTENT, "article text" if prose else "text among article text (jusText)"
    filing_furniture(lines, lang)
    contacts(lines)
    quoted_messages(lines, lang)
    name_bylines(page, lang)
    choose_headline(page, lang, headline)
    heading_after_links(page, lang)
    name_bylines(page, lang)
    roles_under_bylines(lines)
    greetings_in_the_text(lines)
    issuers_under_their_label(lines)
    menus_and_labels(lines, lang)
    issue_lines(lines)
    headings(lines, lang)
    briefs(page, lang)
    glued_prompts(lines, lang)
    duplicates(page)
    pull_quotes_repeated(lines)
    captions_echoing_the_body(lines)
    blurbs(lines)
    sidebar_islands(lines, lang)
    comment_threads(lines, lang)
    chapter_lists(lines)
    numbered_sections(lines)
    credits.read(page, lang, outlets)
    page.authors = spelled_out(page.authors, page)
    return page
