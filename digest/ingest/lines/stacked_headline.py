"""A headline written as one or two sentences, full stop included ("Two founders want to fix X. Investors just gave
them $120 million."): above its standfirst and the byline, it reads as the article's first paragraph."""

from __future__ import annotations

import re

from ..paste import CONTENT, Line

_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý\"“«])")


def headline_over_standfirst(lines: list[Line], first: int) -> Line | None:
    """The article's first paragraph (or the short text right above it), when it is short (two sentences at most)
    and a second short paragraph, the standfirst, is all that stands between it and the byline or date line: the
    page's headline."""
    above = [line for line in lines[:first] if line.text][-1:]
    shown = above + [line for line in lines[first:] if line.text][:3]
    for head, standfirst, under in zip(shown, shown[1:], shown[2:], strict=False):
        if (
            under.kind in ("byline", "dateline")
            and head.kind in ("", CONTENT)
            and standfirst.kind == CONTENT
            and head.text.endswith((".", "!", "?"))
            and len(head.text.split()) <= 25
            and len(_SENTENCES.split(head.text)) <= 2
            and len(standfirst.text.split()) <= 45
        ):
            return head
    return None
