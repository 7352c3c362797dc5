"""Short text stranded in the furniture after the article has ended: a sidebar's heading and its one-line note
("Hosted versions", "This model is not served by any provider."), a release list's entry. jusText calls a short
paragraph between bad ones bad; here the article must have ended first (its last long paragraph, then a run of
furniture), so that a short last paragraph under a share bar or an advertisement stays text."""

from __future__ import annotations

from ..line_evidence import WORD, is_sentence
from ..paste import CONTENT, INLINE, KEPT, TITLE, Line, nonblank

_FURNITURE_BEFORE = 3  # lines of furniture between the article's last long paragraph and the sidebar
_LONG = 20  # words of a paragraph of the article
_SHORT = 12  # words of a sidebar's line
ISLAND = "short text among the furniture after the article has ended (a sidebar's heading or note)"


def sidebar_islands(lines: list[Line], lang: str) -> None:
    """Runs of one or two short kept lines, furniture on both sides, below a run of furniture that follows the
    article's last long paragraph, are the sidebar's."""
    shown = [line for line in nonblank(lines) if line.kind not in INLINE]
    last = max((i for i, line in enumerate(shown) if _long_paragraph(line, lang)), default=None)
    if last is None:
        return
    furniture = 0  # furniture lines met since the last long paragraph
    i = last + 1
    while i < len(shown):
        if not _kept(shown[i]):
            furniture += 1
            i += 1
            continue
        end = next((j for j in range(i, len(shown)) if not _kept(shown[j])), len(shown))
        island = shown[i:end]
        if (
            furniture >= _FURNITURE_BEFORE
            and end < len(shown)
            and len(island) <= 2
            and all(len(line.text.split()) <= _SHORT for line in island)
        ):
            for line in island:
                line.kind, line.reason = "navigation", ISLAND
        i = end


def _kept(line: Line) -> bool:
    return line.kind in (*KEPT, TITLE)


def _long_paragraph(line: Line, lang: str) -> bool:
    return line.kind == CONTENT and is_sentence(line.text, lang) and len(WORD.findall(line.text)) >= _LONG
