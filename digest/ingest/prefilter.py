"""Patterns searched only in the texts that hold one of the words every match of them holds.

A case-insensitive pattern gives the regular-expression engine no literal to skip ahead to: a search tries every
alternative at every position of the text, and most lines hold none of the words the pattern is made of. Those
words are read from the pattern itself (a run of literal characters that every match holds, in every top-level
alternative), so a pattern edited later is prefiltered as exactly as before, and a pattern without such words is
searched as it is. A substring test on the text's folded form costs a fraction of the scan."""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# Letters whose case-insensitive matches are exactly the characters of the same ``str.lower`` once dotted and dotless
# i and the long s are read as i and s (the only other characters ``re.IGNORECASE`` equates with them): the words
# are made of these, of digits and of characters without case, so a text matching a word holds it once folded.
_CASED = frozenset("abcdefghijklmnopqrstuvwxyzàâäáãåçéèêëíìîïñóòôöõúùûüýÿæœ")
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _fold(text: str) -> str:
    """``text`` in the form the words are looked for in: lower case, dotted and dotless i and long s as i and s."""
    if not text.isascii() and any(map(text.__contains__, "İıſ")):
        text = text.translate(_FOLD)
    return text.lower()


fold = lru_cache(maxsize=4096)(_fold)  # a line is folded once for all the patterns tried on it


@lru_cache(maxsize=256)
def _places(text: str, words: frozenset[str]) -> tuple[list[int], list[int]]:
    """Where ``words`` stand in ``text`` folded, found once per text and pattern however many of its windows are
    searched with the pattern: the starts of their occurrences in order and, for each, the earliest end of an
    occurrence starting there or later. Folding keeps a text's length (the one character whose lower case is two,
    "İ", is read as "i" first), so a place in the folded text is the same place in the text."""
    folded = fold(text)
    spans = []
    for word in words:
        at = folded.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = folded.find(word, at + 1)
    spans.sort()
    starts, ends = [start for start, _ in spans], [end for _, end in spans]
    for k in range(len(ends) - 2, -1, -1):
        ends[k] = min(ends[k], ends[k + 1])
    return starts, ends


def _char(codepoint: int) -> str | None:
    """The character as a word holds it (folded), or None when case folding could make it miss a match."""
    char = _fold(chr(codepoint))
    if len(char) != 1 or (char.upper() != char and char not in _CASED):
        return None
    return char


def _words(items: Any) -> frozenset[str] | None:
    """Words one of which every match of the sequence ``items`` holds (the most selective set found), or None."""
    found: list[frozenset[str]] = []
    run = ""
    for op, arg in list(items) + [(None, None)]:
        char = _char(arg) if op is sre.LITERAL else None
        if char is not None:
            run += char
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        inner = None
        if op is sre.BRANCH:
            alternatives = [_words(alternative) for alternative in arg[1]]
            inner = frozenset(word for words in alternatives if words for word in words) if all(alternatives) else None
        elif op is sre.SUBPATTERN:
            inner = _words(arg[-1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            inner = _words(arg[2])
        elif op is sre.ATOMIC_GROUP:
            inner = _words(arg)
        elif op is sre.IN and all(member is sre.LITERAL for member, _ in arg):  # a few characters: "[«“]"
            chars = [_char(codepoint) for _, codepoint in arg]
            inner = frozenset(char for char in chars if char) if all(chars) else None
        if inner:
            found.append(inner)
    # the set whose shortest word is longest (the rarest in text), then the smallest
    return max(found, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def words_of(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words (folded) one of which every match of ``pattern`` holds, or None when the pattern has none."""
    try:
        words = _words(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a pattern the parser of this Python reads otherwise: searched as it is
        return None
    return _shortest(words) if words else words


def _shortest(words: frozenset[str]) -> frozenset[str]:
    """``words`` without those holding another ("newsletters" holds "newsletter"): a text or window holds one of
    them exactly when it holds one of ``words``, with fewer to look for."""
    return frozenset(word for word in words if not any(other != word and other in word for other in words))


def first_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters (folded) a match of ``pattern`` may start with, or None when any may (a class of characters
    such as ``\\w``, a character whose case folding is not plain, or a match that may be empty)."""
    try:
        found = _first(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a pattern the parser of this Python reads otherwise
        return None
    return frozenset(found[0]) if found and not found[1] else None


def _first(items: Any) -> tuple[set[str], bool] | None:
    """The characters the sequence ``items`` may start with, and whether it may match nothing; None when unknown."""
    chars: set[str] = set()
    for op, arg in items:
        found = _first_of(op, arg)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _first_of(op: Any, arg: Any) -> tuple[set[str], bool] | None:
    if op is sre.LITERAL:
        char = _char(arg)
        return ({char}, False) if char else None
    if op is sre.IN:
        codepoints = []
        for member, value in arg:
            if member is sre.LITERAL:
                codepoints.append(value)
            elif member is sre.RANGE and value[1] - value[0] < 128:
                codepoints += range(value[0], value[1] + 1)
            else:
                return None
        chars = [_char(codepoint) for codepoint in codepoints]
        return ({char for char in chars if char}, False) if all(chars) else None
    if op is sre.BRANCH:
        alternatives = [_first(alternative) for alternative in arg[1]]
        if not all(alternatives):
            return None
        return set().union(*(a[0] for a in alternatives if a)), any(a[1] for a in alternatives if a)
    if op is sre.SUBPATTERN:
        return _first(arg[-1])
    if op is sre.ATOMIC_GROUP:
        return _first(arg)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        inner = _first(arg[2])
        return (inner[0], inner[1] or arg[0] == 0) if inner else None
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):  # no character taken: the next item starts the match
        return set(), True
    return None


class Prefiltered:
    """A compiled pattern whose searches skip the texts holding none of its words (``words_of``)."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        self.words = words_of(pattern)

    def _may_match(self, text: str, pos: int, endpos: int) -> bool:
        """Whether the part of ``text`` a match would consume (from ``pos`` to ``endpos``) holds one of the words."""
        if self.words is None:
            return True
        if pos <= 0 and endpos >= len(text):
            return any(map(fold(text).__contains__, self.words))
        # a window of a longer text (a few words before a name): whether an occurrence starts and ends inside it
        starts, ends = _places(text, self.words)
        k = bisect.bisect_left(starts, max(pos, 0))
        return k < len(starts) and ends[k] <= min(endpos, len(text))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.pattern.findall(text, pos, endpos) if self._may_match(text, pos, endpos) else []

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self._may_match(text, pos, endpos) else iter(())

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.pattern.split(text, maxsplit) if self._may_match(text, 0, len(text)) else [text]

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self._may_match(text, 0, len(text)) else text


def compile(pattern: str, flags: int = 0) -> Prefiltered:  # noqa: A001 (``re.compile``'s prefiltered twin)
    """``re.compile(pattern, flags)``, searched only in texts holding one of its words."""
    return Prefiltered(re.compile(pattern, flags))
