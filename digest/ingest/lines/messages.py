"""Lines of messages and letters that only their place tells apart. A message an article quotes in full (an internal
memo, a letter, an e-mail to staff): its header lines ("From: …", "Objet : …") and its greeting stand between the
article's paragraphs and are part of what the outlet publishes. The headers of the e-mail a paste is (a newsletter
received by mail, a forwarded message) come before any of the article's text, or right under the mail program's
"forwarded message" line, and stay furniture. A newsletter's issue line under its headline ("Numéro 87 · Les départs
de la semaine") is its label."""

from __future__ import annotations

import re

from ..documents import FORWARDED, GREETING, MAIL_HEADER
from ..line_evidence import WORD, is_sentence
from ..paste import CONTENT, TITLE, Line, nonblank

# A newsletter's issue, numbered, with the subtitle of the issue: "Numéro 87 · Les départs de la semaine", "Issue 118 —
# DeepMind's expert goes home" (one with its date, "N° 212 — 3 mars 2026", is a date line)
_ISSUE = re.compile(r"(?i)^(?:numéro|n[°º]|no\.|issue|édition|edition)\s*#?\d{1,5}\s*[·•|—–:-]\s*\S")
QUOTED_HEADER = "the header of a message the article quotes (a memo, a letter)"
POINTER = "a short line pointing to the message quoted below it ('Read the full memo below:')"
QUOTED_SIGNATURE = "the signature of a message the article quotes"
# what a quoted message's own lines are: text, never a section heading
QUOTED = (QUOTED_HEADER, QUOTED_SIGNATURE)


def quoted_messages(lines: list[Line], lang: str) -> None:
    """Two or more e-mail header lines after a paragraph of the article and above more of its text are the header
    of a message it quotes: text, with the greeting under them."""
    shown = nonblank(lines)
    started = False  # a paragraph of the article came before
    i = 0
    while i < len(shown):
        if shown[i].reason != MAIL_HEADER:
            started = started or _paragraph(shown[i], lang)
            i += 1
            continue
        end = next((j for j in range(i, len(shown)) if shown[j].reason != MAIL_HEADER), len(shown))
        greeted = end < len(shown) and shown[end].reason == GREETING
        forwarded = i > 0 and shown[i - 1].reason == FORWARDED
        text_follows = any(_paragraph(line, lang) for line in shown[end : end + 3])
        if started and end - i >= 2 and text_follows and not forwarded:
            for line in shown[i : end + greeted]:
                line.kind, line.reason = CONTENT, QUOTED_HEADER
            if not shown[i - 1].kind and len(shown[i - 1].text.split()) <= 8 and shown[i - 1].text.endswith(":"):
                shown[i - 1].kind, shown[i - 1].reason = "navigation", POINTER
            _signature(shown[end:], lang)
        i = end


def _signature(after: list[Line], lang: str) -> None:
    """The first short line of capitalised words under a paragraph of the quoted message signs it ("Amaka",
    "Pauline Ressac"): text, not a section heading."""
    for before, line in zip(after, after[1:], strict=False):
        if not line.kind and 1 <= len(words := line.text.split()) <= 3 and _paragraph(before, lang):
            if all(w[:1].isupper() and w.isalpha() for w in words):
                line.kind, line.reason = CONTENT, QUOTED_SIGNATURE
            return


def _paragraph(line: Line, lang: str) -> bool:
    return line.kind == CONTENT and is_sentence(line.text, lang) and len(WORD.findall(line.text)) >= 12


def issue_lines(lines: list[Line]) -> None:
    """A numbered issue's line under the headline, kept so far as text, is the newsletter's label."""
    shown = nonblank(lines)
    for before, line in zip(shown, shown[1:], strict=False):
        if before.kind == TITLE and line.kept and len(line.text.split()) <= 20 and _ISSUE.match(line.text):
            line.kind, line.reason = "navigation", "a newsletter's issue number with its subtitle, under the headline"
