"""The outline of a page that is no newspaper article: a podcast's or a video's programme ("00:00 Introduction",
"04:12 Why she left") under its label ("Au programme", "In this episode"), text of the show's notes that its label
heads (a list labelled as the player's "Chapters" stays the player's furniture); and a document's numbered sections
("1. Le communiqué", "2. Founders"), each heading its paragraphs, listed once more in its table of contents."""

from __future__ import annotations

import re

from ..paste import CONTENT, HEADING, KEPT, TITLE, Line, nonblank

# "00:00 Introduction", "(04:12) Huit ans chez Criteo", "1:02:15 – Questions"
_STAMP = re.compile(r"^\(?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\)?\s+[-–—:]?\s*\S")
# the words that label a show's programme, an outline of what the notes tell ("Au programme", "In this episode"); a
# list labelled as the player's marks ("Chapitres", "Chapters", "Timestamps") is the player's, furniture
_PROGRAMME_LABEL = re.compile(
    r"(?i)^(?:au (?:programme|menu|sommaire)|(?:dans|in) (?:cet |this |cette )?(?:épisode|episode|vidéo|video|"
    r"émission|show|entretien|interview)|on the (?:agenda|menu|programme)|(?:this|cette) (?:week|semaine)|"
    r"what we (?:cover|discuss)|(?:ce qu['’]on|ce dont on) (?:aborde|parle)|we discuss|les sujets abordés|"
    r"topics covered)\b"
)
# "1. Le communiqué", "2) Founders", "3. À propos d'Onze": a section's number and its short title
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+[A-ZÀ-Ý«\"“]")


def _seconds(text: str) -> int | None:
    m = _STAMP.match(text)
    return (int(m.group(1) or 0) * 60 + int(m.group(2))) * 60 + int(m.group(3)) if m else None


def _label(line: Line | None, words: int = 5) -> bool:
    """A short line, no sentence (its final colon aside)."""
    if line is None or line.kind == TITLE:
        return False
    text = line.text.rstrip(":").rstrip()
    return 0 < len(text.split()) <= words and not re.search(r"[.!?,;]$", text)


def chapter_lists(lines: list[Line]) -> None:
    """Two or more timestamped lines whose times go forward under the label of the show's programme are its outline:
    text, their label a heading (a news ticker's times go backward, from the latest)."""
    if not any(":" in line.text[:9] for line in lines):
        return
    shown = nonblank(lines)
    i = 0
    while i < len(shown):
        j = i
        times: list[int] = []
        while j < len(shown) and (t := _seconds(shown[j].text)) is not None and (not times or t > times[-1]):
            times.append(t)
            j += 1
        above = shown[i - 1] if i else None
        if len(times) >= 2 and above is not None and _label(above) and _PROGRAMME_LABEL.match(above.text):
            for line in shown[i:j]:
                line.kind, line.reason = CONTENT, "a part of a show's programme (its time, then its title)"
            if above.kind not in KEPT:
                above.kind, above.reason = HEADING, "the label over a show's programme"
        i = max(j, i + 1)


def numbered_sections(lines: list[Line]) -> None:
    """Short titles numbered one after another (1, 2, 3), each over a paragraph of the text, are a document's section
    headings; the same titles listed together above them are its table of contents (furniture)."""
    if not any(line.text[:1].isdigit() for line in lines):
        return
    shown = nonblank(lines)
    heads = [
        (i, int(m.group(1)))
        for i, line in enumerate(shown)
        if (m := _NUMBERED.match(line.text))
        and _label(line, words=8)
        and i + 1 < len(shown)
        and shown[i + 1].kind == CONTENT
        and not _NUMBERED.match(shown[i + 1].text)
    ]
    numbers = [number for _, number in heads]
    if len(heads) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return
    for i, _ in heads:
        shown[i].kind, shown[i].reason = HEADING, "a document's numbered section heading"
