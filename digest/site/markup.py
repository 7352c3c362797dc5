"""An entry body: Markdown (Python-Markdown, as Pelican reads it, with tables) → HTML → sanitised with an
allow-list (nh3).

`render_markdown` is the one place the Markdown step happens, so the build cache can wrap it.
No script, style, iframe or event handler from an article ever reaches the page;
links keep only http, https and mailto addresses and get rel="nofollow noopener".
"""

from __future__ import annotations

import re

import markdown
import nh3
from markdown import treeprocessors, util

TAGS = {
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "code",
    "em",
    "strong",
    "b",
    "i",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "sup",
    "sub",
    "del",
}
ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
_DEAD_LINK = re.compile(r'<a rel="nofollow noopener">(.*?)</a>', re.S)
# What each of Python-Markdown's inline patterns cannot match without (any of these strings in the text).
INLINE_NEEDS = {
    "backtick": ("`",),
    "escape": ("\\",),
    "reference": ("[",),
    "link": ("[",),
    "image_link": ("![",),
    "image_reference": ("![",),
    "short_reference": ("[",),
    "short_image_ref": ("![",),
    "autolink": ("<",),
    "automail": ("<",),
    "linebreak": ("  \n",),
    "html": ("<",),
    "entity": ("&",),
    "em_strong": ("*", "_"),
}


class InlineProcessor(treeprocessors.InlineProcessor):
    """Python-Markdown's inline step, with the patterns a text cannot match passed over: each pattern is
    otherwise searched for in every paragraph, list item and heading (most of a body's conversion time), and
    a paragraph of prose matches none. The same HTML: a match only puts placeholders in the text, so a string
    missing from it stays missing."""

    def __init__(self, md: markdown.Markdown):
        super().__init__(md)
        self.patterns = list(md.inlinePatterns)  # Markdown's Registry sorts itself on every index
        # a pattern this table does not know (another extension's) is always searched for
        at = {md.inlinePatterns.get_index_for_name(name): name for name in INLINE_NEEDS if name in md.inlinePatterns}
        self.needs = [INLINE_NEEDS.get(at.get(index, ""), ("",)) for index in range(len(self.patterns))]
        # One search for every pattern's strings: most texts hold none, and then no pattern is tried at all.
        needles = sorted({needed for needs in self.needs for needed in needs}, key=len, reverse=True)
        self.any_needed = re.compile("|".join(map(re.escape, needles)))

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803 (the base's)
        if isinstance(data, util.AtomicString) or not self.any_needed.search(data):
            return data
        start = 0  # after a match, the same pattern is searched for again from there
        while patternIndex < len(self.patterns):
            matched = False
            needs = self.needs[patternIndex]
            if needs[0] in data or (len(needs) > 1 and any(needed in data for needed in needs[1:])):
                data, matched, start = self._InlineProcessor__applyPattern(
                    self.patterns[patternIndex], data, patternIndex, start
                )
            if not matched:
                patternIndex, start = patternIndex + 1, 0
        return data


EXTENSIONS = ["tables", "sane_lists"]  # as Pelican reads Markdown, with tables


def converter() -> markdown.Markdown:
    """Python-Markdown with the inline step above."""
    md = markdown.Markdown(extensions=EXTENSIONS, output_format="html")
    md.treeprocessors.register(InlineProcessor(md), "inline", 20)
    return md


# One converter reused (reset per body): building one costs more than converting a body. Raw HTML passes
# through Markdown untouched and is then filtered by nh3.
_markdown = converter()


def render_markdown(text: str, md: markdown.Markdown = _markdown) -> str:
    """Markdown text to safe HTML (headings demoted so the page's h1 stays unique)."""
    html = md.reset().convert(text).replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    html = nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
    )
    return _DEAD_LINK.sub(r"\1", html)  # a link whose address was refused keeps its text only
