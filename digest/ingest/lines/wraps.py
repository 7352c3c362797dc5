"""Text hard-wrapped at a fixed width (an e-mail, a wire, a terminal copy, a PDF's column) joined back into
paragraphs: a line that ends mid-sentence continues on the next, a word hyphenated across the line end is mended,
and a PDF's running header or footer (the publication, its issue, the page number) met at a page break is set
apart instead of being glued into the paragraph it interrupts."""

from __future__ import annotations

import re
from collections import Counter

from ..bylines import byline
from ..datelines import timestamp
from ..documents import PAGE_NUMBER, release_dateline
from ..line_evidence import SENTENCE_END, stoplist
from ..paste import Line, is_list_item

RUNNING = "a running header or footer (the publication, its issue or page number, at a page break)"
# a page's or an issue's number in a PDF's header or footer: "Page 3", "p. 12", "N° 42", "No. 42", "#118", "3/12"
_FOLIO = re.compile(
    r"(?i)\b(?:page|p\.)\s*\d{1,4}\b|(?:\bn°|\bno\.|\bnº|\bissue|\bnuméro|\bvol\.)\s*\d{1,5}\b|#\d{1,5}\b|\b\d{1,3}\s*/\s*\d{1,3}$"
)
# a word cut by a hyphen at the end of a line: "recrute-" (a dash after a space is punctuation, not a cut)
_CUT = re.compile(r"(?<=[^\W\d_])-$")
# a word, with the hyphens inside it ("start-up"), without an apostrophe's ending ("start-up's")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def unwrapped(lines: list[Line], lang: str = "en") -> list[Line]:
    """``lines`` with hard-wrapped paragraphs joined, only where most lines of the paste are wrapped."""
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
    # a line well over the width the paste is wrapped at was never wrapped (a headline, a caption): it ends there
    widths = sorted(len(a.text) for a in continued)
    widest = 1.2 * widths[int(0.9 * (len(widths) - 1))] + 5
    running = _running(shown)
    words = Counter(w.lower() for line in shown for w in _WORD.findall(line.text))
    joined: list[Line] = []
    held: list[Line] = []  # a running header or footer, and the blank lines around it, while a paragraph may go on
    last: Line | None = None  # the paragraph being joined
    width = 0
    blanks: list[Line] = []  # blank lines: a paragraph's end, unless a running header or footer follows them
    for line in lines:
        if line.text in running:
            line.kind, line.reason = "navigation", RUNNING
            held += [*blanks, line]
            blanks = []
            continue
        if not line.text:
            blanks.append(line)
            continue
        if blanks and not held:
            last = None
        held += blanks
        blanks = []
        if (
            last is not None
            and max(full, 20) <= width <= widest
            and not _shouted(last.text)
            and (not _shouted(line.text) or last.text.endswith(","))  # "De notre correspondant à Rome," / "ANN LEE"
            and not is_list_item(line.text)
            and (not SENTENCE_END.search(last.text) or line.text[:1].islower())
            and not _starts_paragraph(line.text, lang)
            and not PAGE_NUMBER.match(last.text)
            and (not held or line.text[:1].islower() or _CUT.search(last.text))
        ):
            last.text = _join(last.text, line.text, words, lang)
            last.last, width = line.number, len(line.text)
            joined.extend(held)
            held = []
            continue
        joined.extend(held)
        held = []
        joined.append(line)
        last, width = line, len(line.text)
    return joined + held + blanks


def _running(shown: list[Line]) -> set[str]:
    """The lines a PDF repeats at its page breaks: a short line with a page or issue number, or a short line without
    final punctuation that the paste repeats."""
    texts = Counter(line.text for line in shown)
    return {
        line.text
        for i, line in enumerate(shown)
        if len(line.text.split()) <= 12
        and not SENTENCE_END.search(line.text)
        and not is_list_item(line.text)
        # (the first lines are the headline and its kicker: an issue's number there names the newsletter)
        and (
            i >= 2
            and _FOLIO.search(line.text)
            and not line.text[:1].islower()
            or texts[line.text] >= 2
            and len(line.text) >= 8
        )
    }


def _join(text: str, more: str, words: Counter, lang: str) -> str:
    """``text`` and the line that continues it; a word cut by a hyphen at the line end is mended ("recrute-" +
    "ment") unless the paste writes it with its hyphen elsewhere ("start-" + "up" where "start-up" is seen) and
    not whole."""
    if not _CUT.search(text) or not more[:1].isalpha():
        return f"{text} {more}"
    head, tail = _WORD.findall(text)[-1].lower(), _WORD.findall(more)[0].lower()
    whole, hyphenated = head + tail, f"{head}-{tail}"
    keep = words[hyphenated] > 0 and not words[whole] and whole not in stoplist(lang)
    return f"{text}{more}" if keep else f"{text[:-1]}{more}"


def _shouted(text: str) -> bool:
    """A line in capitals (a masthead, a section's label, a name in a byline): no wrapped prose."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _starts_paragraph(text: str, lang: str) -> bool:
    """A line a wrapped paragraph does not go on into: a page number, a dateline that opens a release's text, a
    date alone, or a short byline under a magazine's headline ("By Ann Lee", "Texte : Jeanne Martin"): the line
    above is no wrapped line."""
    if PAGE_NUMBER.match(text) or release_dateline(text) is not None:
        return True
    if len(text.split()) <= 6 and timestamp(text, lang) is not None:
        return True
    return len(text.split()) <= 8 and bool((credited := byline(text)) and credited[0])
