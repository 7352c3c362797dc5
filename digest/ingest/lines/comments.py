"""Readers' comments below the article: signatures with an age, counts of comments, replies to a handle, and
threads whose comments carry their age and actions."""

from __future__ import annotations

import re

from .. import prefilter
from ..line_evidence import is_sentence
from ..paste import Line, nonblank
from .furniture import AGE
from .headline import is_body_paragraph

_COMMENT_HEAD = prefilter.compile(
    r"^▲|\b\d[\d,]* points? by\b|modifié en dernier par|^\S.{0,40}?\s(?:·|—|-|\|)?\s*"
    r"(?:il y a \d+\s*\w+|\d+\s*(?:h|hrs?|hours?|min|minutes?|d|days?|j|jours?|mois)\.?\s+ago)\b"
    # a reply's head on a social network: "Ann Lee @annlee.example.social · 5h"
    # (or on a forum: "u/jdoe · 1y")
    r"|(?:@|\bu/)[\w.-]+\s*[·•]\s*\d+\s?(?:s|m|min|h|hr|d|j|w|sem|mo|y|yr|an|ans)\b",
    re.I,
)
# "June 9, 2026 · Updated 3h ago": the page's own date line says when it was published or updated, a reader's doesn't
_PAGE_UPDATE = re.compile(r"(?i)\b(?:updated|mis à jour|actualisée?|published|publiée?)\b")
_COMMENT_COUNT = re.compile(
    r"(?i)^\d[\d\s,.]*[kK]?\s+(?:comments?|commentaires?|réactions?|reactions?|replies|réponses)\b"
)


def comment_threads(lines: list[Line], lang: str) -> None:
    """Readers' comments below the article: two or more signatures with a time ("JPM69 - il y a 2 h",
    "▲ user 13 hours ago | next [–]"), each followed by its comment; the article's text comes before them."""
    shown = nonblank(lines)
    first = next((i for i, line in enumerate(shown) if is_body_paragraph(line, lang)), len(shown))
    heads = [
        i
        for i, line in enumerate(shown)
        if i > first
        and len(line.text.split()) <= 14
        and _COMMENT_HEAD.search(line.text)
        and not _PAGE_UPDATE.search(line.text)
        and not is_sentence(line.text, lang)
    ]
    # one signature is enough under the count of the comments ("2 Comments")
    counted = any(i > first and not line.kept and _COMMENT_COUNT.search(line.text) for i, line in enumerate(shown))
    if len(heads) >= 2 or heads and counted:
        # a signature above the article's text heads the comment that quotes it ("user 5 hours ago | next [–]"),
        # with the commenter's words introducing the quotation ("Excerpt for those who can't open it:")
        for i, line in enumerate(shown[:first]):
            if line.kept and len(line.text.split()) <= 14 and _COMMENT_HEAD.search(line.text):
                line.kind, line.reason = "comment", "a reader's comment: its signature"
                intro = shown[i + 1]
                if i + 1 < first and intro.kept and len(intro.text.split()) <= 20 and intro.text.endswith(":"):
                    intro.kind, intro.reason = "comment", "a reader's comment introducing the text it quotes"
        for i in heads:
            below = shown[i + 1] if i + 1 < len(shown) else None
            shown[i].kind, shown[i].reason = (
                "comment",
                (
                    "an outlet's name and age over its excerpt (an aggregator's list of sources)"
                    if below is not None and excerpt(below.text)
                    else "a reader's comment: its signature"
                ),
            )
            if below is not None and i + 1 not in heads and len(below.text.split()) <= 80 and not excerpt(below.text):
                below.kind, below.reason = "comment", "a reader's comment"
    for line in shown[first + 1 :]:
        if line.kept and _REPLY.match(line.text) and len(line.text.split()) <= 60:
            line.kind, line.reason = "comment", "a reply addressed to a user (it opens with their handle)"
        elif line.kept and _SIGNED_COMMENT.match(line.text) and len(line.text.split()) <= 60:
            line.kind, line.reason = "comment", "a reader's comment signed with a first name and an initial"
    _comments_by_age(shown, first)


# A quoted passage cut short ("\"Sunu trained on local radio archives...\"", « … a dévoilé lundi… »): an aggregator's
# excerpt of the story as an outlet tells it, under that outlet's name and age, not a reader's comment
_EXCERPT = re.compile(r"^[\"“«].{20,}(?:\.\.\.|…)\s*[\"”»]$")


def excerpt(text: str) -> bool:
    """A quotation that ends cut short: another outlet's text, quoted by an aggregator."""
    return text[-1:] in '"”»' and _EXCERPT.match(text) is not None


# a reply opens with the handle it answers: "@jane Tu as comparé …", "@jane@host.social pas encore"
# a comment signed by a reader's first name and initial, then its age or a colon: "Oumar B.  2d  Great piece.",
# "Koffi A. : Même chez eux…"
_SIGNED_COMMENT = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’-]+ [A-ZÀ-Ý]\.\s*(?::|·|—|\s{2,}|\d{1,2}\s?(?:h|d|j|min)\b)\s*\S")
_REPLY = re.compile(r"^@[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?\s+\S")


_ACTIONS = re.compile(r"(?i)\b(?:reply|répondre|j['’]aime|like)\b")


def _comments_by_age(shown: list[Line], first: int) -> None:
    """Below the article, a thread whose comments carry their age ("1 sem.", "5 h") and actions ("J'aime ·
    Répondre", "Reply"): the short text next to each age is a comment, the one after it if text follows, else
    the one before. Both marks are needed: a live blog gives its posts' times without actions."""
    ages = [i for i, line in enumerate(shown) if i > first and line.reason == AGE]
    actions = [i for i, line in enumerate(shown) if i > first and not line.kept and _ACTIONS.search(line.text)]
    if len(ages) < 2 or len(actions) < 2:
        return
    for i in ages:
        after = shown[i + 1] if i + 1 < len(shown) else None
        before = shown[i - 1] if i - 1 > first else None
        text = after if after is not None and after.kept else before
        if text is not None and text.kept and len(text.text.split()) <= 80:
            text.kind, text.reason = "comment", "a reader's comment (next to its age)"
