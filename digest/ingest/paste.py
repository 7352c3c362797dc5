"""A paste as a list of classified lines, the kinds a line can have, and the web addresses in a line."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

CONTENT, HEADING, TITLE, BLANK = "content", "heading", "title", "blank"
KEPT = (CONTENT, HEADING)
BIOGRAPHY = "the author's biography"  # a byline's reason: closes an article, never heads one
CREW = "a show's production credits (who produced it, its crew)"  # its host signs the show, as a byline would

URL = re.compile(r"https?://[^\s<>\[\]()]+[^\s<>\[\]().,;:!?'\"»]")


def link_urls(text: str) -> str:
    """Bare addresses as Markdown autolinks; those already inside a link or brackets are left alone."""
    return URL.sub(lambda m: m.group() if text[: m.start()].endswith(("<", "(", "[")) else f"<{m.group()}>", text)


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
    platform: str | None = None  # the social network a pasted post was made on
    poster: str | None = None  # who posted it, as its profile block names them
    closing_wire: str | None = None  # the wire a bracketed credit after a paragraph names ("… successeur. (Belga)")

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
                out.append("## " + _ANCHOR.sub("", text.lstrip("#")).strip())
            elif is_list_item(text):
                out.append("- " + text[1:].strip())
            else:
                out.append(link_urls(text))
        body = "\n\n".join(out)
        if "- " not in body:  # no list to tighten (most articles)
            return body.strip() + "\n"
        tight = re.sub(r"(\n- [^\n]*)\n\n(?=- )", r"\1\n", body)
        return re.sub(r"(^|\n)(- [^\n]*)\n\n(?=- )", r"\1\2\n", tight).strip() + "\n"


# a heading's permalink mark after its last word: "Why it matters #", "Le contexte ¶"
_ANCHOR = re.compile(r"(?<=[\w?!.:)’'\"»])\s+[#¶🔗]$")


def is_list_item(line: str) -> bool:
    return line.strip().startswith(("- ", "* ", "• ", "· ", "•", "·"))


def nonblank(lines: list[Line]):
    return [line for line in lines if line.kind != BLANK]


# Furniture found inside an article's body (a caption under a picture, a credit): it says nothing of
# whether the lines around it are article text.
INLINE = ("caption", "duplicate", "social", "markup", "credit", "note")


def is_subheading(line: str) -> bool:
    """A short line without final punctuation, e.g. 'Key Points'."""
    s = line.strip()
    return (
        0 < len(s.split()) <= 12
        and not re.search(r"[.!:;,…][»\"”)]?$", s)
        and not is_list_item(s)
        and not URL.search(s)
    )
