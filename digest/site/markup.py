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
# One converter reused (reset per body): building one costs more than converting a body. Raw HTML passes
# through Markdown untouched and is then filtered by nh3.
_markdown = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")


def render_markdown(text: str) -> str:
    """Markdown text to safe HTML (headings demoted so the page's h1 stays unique)."""
    html = _markdown.reset().convert(text).replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    html = nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
    )
    return _DEAD_LINK.sub(r"\1", html)  # a link whose address was refused keeps its text only
