"""Tokens of a text, the mentions the entity passes make of them, and where sentences and headlines start."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...registry import norm
from .words import FUNCTION_WORDS

# A colon between letters is inside a name ("Sift:ai"); "10:30" and "Note: X" are no names.
TOKEN = re.compile(r"@?\w+(?:['’\-.&]\w+|(?<=[^\W\d_]):(?=[^\W\d_])\w+)*\.?", re.UNICODE)
# An elided article ("l’OAI") or "ex-" ("ex-Google boss"): the name starts after it.
# "l’OAI", "d'OpenAI", "ex-Google"; not the N' and M' of a name ("N'Guessan", "M'Bala"), whose next letter is a capital.
ELISION = re.compile(r"^(?!(?-i:[NM]['’][A-ZÀ-Ý]))(?:(?:[cldjmnst]|qu|jusqu|lorsqu|puisqu)['’]|ex-)(?=\w)", re.I)
# "Tokyo-based", "Microsoft-backed": a place or an organisation used as an adjective, never a new name by itself;
# so is a capitalised word before any participle ("Hong Kong-listed", not the verb "co-founded").
DESCRIPTOR = re.compile(
    r"^(\w[\w.&'’-]*?)-(?:based|backed|owned|funded|led|born|headquartered|made|focused|run|"
    r"affiliated|controlled|linked|native)$",
    re.I,
)
PARTICIPLE_DESCRIPTOR = re.compile(r"^([A-ZÀ-Ý]\w[\w.&'’]*)-[a-z]{2,}ed$")
ARTICLE_ELIDED = re.compile(r"[lL]['’](?=\w)")  # "l’Italienne": a noun; no person's name takes an article
POSSESSIVE = re.compile(r"['’]s?$")


@dataclass
class Mention:
    kind: str  # company, person, outlet, product; place, author, epithet, school: named, but neither
    id: str | None
    surface: str
    start: int
    end: int


@dataclass
class NewEntity:
    kind: str
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    description: dict[str, str] = field(default_factory=dict)
    surface: str = ""  # as first written in the text, to point the editor at it
    links: dict = field(default_factory=dict)
    known: bool = False  # from the knowledge base, not guessed from the text


@dataclass
class Extraction:
    people: list[str]
    companies: list[str]
    new: list[NewEntity]
    mentions: list[Mention]


def _name_case(word: str) -> bool:
    """Written as a name: a capital first, a small letter before a capital ("iRobot", "eBay", "xAI"), digits before
    a capitalised word ("7Seas"), or a surname's particle joined to it ("al-Masri", "el-Amrani", "ben-Ali")."""
    return (
        word[:1].isupper()
        or (word[:1].islower() and word[1:2].isupper())
        or bool(_JOINED_PARTICLE.match(word) or _DIGITS_FIRST.match(word))
    )


_JOINED_PARTICLE = re.compile(r"(?:al|el|ben|bin|ibn|abu|ould)-[A-ZÀ-Ý]")
# "Seed.camp.", "Finance&Invest.brussels.": a web address ending a sentence, whose full stop is the sentence's ("S.A."
# and "e.g." keep theirs).
WEB_ADDRESS_END = re.compile(r"\w\.[a-z]{2,}\.$")
_DIGITS_FIRST = re.compile(r"\d+[A-ZÀ-Ý][a-zà-ÿ]{2,}")  # "7Seas", "1Password": a name led by digits


@lru_cache(maxsize=1 << 16)
def _forms(text: str) -> tuple:
    """What a token's text gives, whatever its place: (bare, length from the bare form's start to the end,
    capitalised, key, head_key, bare_key, descriptor, first words of key and head_key, elided). Words repeat, so an
    article's tokens mostly cost one cache lookup."""
    if text.isalnum():  # most words: nothing to strip
        key = norm(text)
        first = key.split(" ")[0]
        return text, len(text), _name_case(text), key, key, key, False, first, first, False
    unelided = ELISION.sub("", text.lstrip("@"))
    bare = unelided if re.search(r"\w\.\w", unelided) and not WEB_ADDRESS_END.search(unelided) else unelided.rstrip(".")
    bare = POSSESSIVE.sub("", bare) if re.search(r"\w['’]s?$", bare) and len(bare) > 3 else bare
    descriptor = DESCRIPTOR.match(bare) or PARTICIPLE_DESCRIPTOR.match(bare)
    if descriptor:
        bare = descriptor.group(1)
    key, head_key = norm(text), norm(unelided)  # first word of a name: "l’université" is also "université"
    return (
        bare,
        len(unelided),
        _name_case(bare) and not descriptor,
        key,
        head_key,
        norm(bare),
        bool(descriptor),
        key.split(" ")[0],
        head_key.split(" ")[0],
        ELISION.match(text) is not None,
    )


class _Tok:
    """A word of the text with its forms (``_forms``): ``bare`` without elision ("l’OAI", "ex-Google"),
    possessive ("OpenAI’s"), handle sign, final dot or adjective ending ("Microsoft-backed": a known name still
    matches, but such a word starts no new name); ``key``/``bare_key`` normalised for lookups, ``first_key`` and
    ``head_first_key`` the first words of ``key`` and ``head_key`` (where a registry name may start); ``elided``
    when the text itself starts with an elided article or "ex-". Made from a match of ``TOKEN``."""

    __slots__ = (
        "text",
        "start",
        "end",
        "bare",
        "bare_start",
        "capitalised",
        "key",
        "head_key",
        "bare_key",
        "descriptor",
        "first_key",
        "head_first_key",
        "elided",
    )

    def __init__(self, match: re.Match[str]):
        self.text = text = match.group()
        self.start, self.end = match.span()
        (
            self.bare,
            from_bare,
            self.capitalised,
            self.key,
            self.head_key,
            self.bare_key,
            self.descriptor,
            self.first_key,
            self.head_first_key,
            self.elided,
        ) = _forms(text)
        self.bare_start = self.end - from_bare


def _take(toks, taken, i, j, mention) -> Mention:
    for k in range(i, j):
        taken[k] = mention
    return mention


def _adjacent(body: str, a: _Tok, b: _Tok) -> bool:
    """One space between two tokens, and the first does not end a sentence or carry a possessive."""
    return body[a.end : b.start] == " " and not a.text.endswith(".") and a.text.endswith(a.bare) and not b.elided


def _line(body: str, at: int) -> str:
    """The line around ``at``, at most 120 characters each side (long pastes stay linear)."""
    start = body.rfind("\n", max(0, at - 120), at) + 1
    end = body.find("\n", at, at + 120)
    return body[start : end if end >= 0 else at + 120]


def _title_case(body: str, at: int) -> bool:
    """The line around ``at`` capitalises most of its words (an English headline): capitals say nothing there.
    A line longer than a headline, or ending with a full stop, is none (and is not scanned: long pastes stay
    linear)."""
    start, end = body.rfind("\n", max(0, at - 300), at) + 1, body.find("\n", at, at + 300)
    end = len(body) if end < 0 and len(body) - at <= 300 else end
    if end < 0 or (start == 0 and at > 300):
        return False
    line = body[start:end].rstrip()
    if line.endswith("."):
        return False  # a sentence, however many names it holds: headlines end without a full stop
    words = [w for w in re.findall(r"\b[^\W\d_]{4,}\b", line) if norm(w) not in FUNCTION_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀ-Ý«“\"]|\s*$)|\n")


def _sentence_initial(body: str, tok: _Tok) -> bool:
    return _starts_sentence(body, tok.start)


def _starts_sentence(body: str, k: int) -> bool:
    """Whether a sentence starts at ``k``: walks back over quotes and spaces (slicing the body here would be
    quadratic on long pastes)."""
    while k > 0 and body[k - 1] in " \t«“\"'(-•*":  # quotes, brackets, list bullets
        k -= 1
    return k == 0 or body[k - 1] in ".!?:\n…—–"  # a dash after a dateline opens the sentence


def _standalone(word: str, body: str):
    r"""Where ``word`` stands in ``body`` as a whole word, not after "@", left to right and never overlapping (what
    ``(?<![\w@])word(?!\w)`` finds; a pattern compiled per headline word would push the ones used on every
    paste out of ``re``'s cache)."""
    at = body.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _word_char(body[at - 1]) and body[at - 1] != "@") and (
            end == len(body) or not _word_char(body[end])
        ):
            yield at
            at = body.find(word, end)
        else:
            at = body.find(word, at + 1)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches
