"""Junk-line removal. Every rule is named so the report can say why a line went."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .source import is_document

# (name, pattern matched against the stripped line)
RULES: list[tuple[str, re.Pattern]] = [
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in [
        ("photo-credit", r"(\(AP Photo/|©|\bphoto\s*:|\bcredit\s*:|getty images)"),
        ("file-photo", r"^FILE\s+-\s+"),
        ("read-also", r"^(à lire (également|aussi)|lire aussi|read (also|more)|see also|related)\b"),
        ("widget", r"^(skip to (main )?content|recommended videos|advertisement|publicité|share this|partager)\b"),
        ("weather-widget", r"(\bicon$|^-?\d+\s*[º°][CF]?$)"),
        ("read-time", r"^\d+\s+min(ute)?s?\s+read$"),
        ("counter", r"^\d+\s*/\s*\d+$"),
        ("to-be-continued", r"^\W*(to be continued|à suivre)\W*$"),
        # credit lines become the entry's source/source_url; they are not article text
        ("credit-line", r"^(sources?|adresse de l['’]article|article (url|address))\s*:"),
        ("developing", r"^this story is (still )?developing"),
        ("original-link", r"^read the original article"),
        ("copyright", r"^(copyright\b|\(c\)\s*\d{4}|tous droits réservés|all rights reserved)"),
        ("tweet-echo", r"[—–-]\s*[^()]{1,60}\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4}$"),
        ("pic-link", r"^pic\.twitter\.com/\S+$"),
    ]
]

_URL = re.compile(r"https?://[^\s<>\[\]()]+[^\s<>\[\]().,;:!?'\"»]")
_SHORT_CAPTION = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3},\s+[^.]{3,60}\.$")


@dataclass
class Removed:
    line: int
    text: str
    rule: str


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_PREFIX_WORDS = 4


def echo_index(lines: list[str]) -> dict[str, set[str]]:
    """The first words (1 to 4) of every sentence, mapped to the lines holding that sentence: built in one
    pass, so looking for a caption's echo costs a few substring tests, even in a 5 MB paste."""
    index: dict[str, set[str]] = {}
    for line in lines:
        s = line.strip()
        for sentence in _SENTENCE_END.split(s.lower()) if s else []:
            words = sentence.split()
            for n in range(1, min(_PREFIX_WORDS, len(words)) + 1):
                index.setdefault(" ".join(words[:n]), set()).add(s)
    return index


def _repeats_body(line: str, index: dict[str, set[str]]) -> bool:
    """A caption line whose sentence (or its start) is also in the body (a standalone echo)."""
    s = line.strip()
    key = s.rstrip(".").lower()
    if len(key) <= 25:
        return False
    candidates = index.get(" ".join(key.split()[:_PREFIX_WORDS]), ())
    return any(key in o.lower() and o != s for o in candidates)


def junk_rule(line: str, others: dict[str, set[str]]) -> str | None:
    s = line.strip()
    for name, pattern in RULES:
        if pattern.search(s):
            if name == "credit-line" and (url := _URL.search(s)) and is_document(url.group()):
                return None  # a cited paper, not the article's address: it stays a link in the body
            return name
    if _SHORT_CAPTION.match(s) and len(s) < 90:
        return "name-role-caption"
    if _repeats_body(s, others):
        return "repeated-caption"
    return None


def clean(text: str) -> tuple[list[tuple[int, str]], list[Removed]]:
    """Return kept (line number, text) pairs and the removed lines with their rule."""
    lines = text.split("\n")
    kept, removed, seen = [], [], set()
    index = echo_index(lines)
    for number, line in enumerate(lines, 1):
        s = line.strip()
        if not s:
            kept.append((number, ""))
            continue
        rule = junk_rule(s, index)
        if rule is None and s in seen and len(s) < 200:
            rule = "duplicate-line"
        if rule:
            removed.append(Removed(number, s, rule))
        else:
            seen.add(s)
            kept.append((number, line.rstrip()))
    return _drop_widget_bullets(kept, removed)


def _drop_widget_bullets(kept, removed):
    """A bullet block directly above or below a removed counter/rating line ("10 / 10") is a widget."""
    counters = {r.line for r in removed if r.rule == "counter"}
    widget = set()
    for start in counters:
        for step in (-1, 1):
            number = start + step
            lines = dict(kept)
            while number in lines and is_list_item(lines[number]):
                widget.add(number)
                number += step
    removed = sorted(removed + [Removed(n, t.strip(), "widget-bullets") for n, t in kept if n in widget], key=lambda r: r.line)
    return [(n, t) for n, t in kept if n not in widget], removed


def is_subheading(line: str) -> bool:
    """A short line without final punctuation inside the text, e.g. 'Key Points'."""
    s = line.strip()
    return (0 < len(s.split()) <= 12 and not re.search(r"[.!?:;,…][»\"”)]?$", s) and not is_list_item(s)
            and not _URL.search(s))


def is_list_item(line: str) -> bool:
    return line.strip().startswith(("- ", "* ", "• ", "· "))


def to_markdown(kept: list[tuple[int, str]], title_line: int | None) -> str:
    out = []
    for number, line in kept:
        if number == title_line:
            continue
        s = line.strip()
        if s.startswith(("•", "·")):
            s = "- " + s[1:].strip()
        elif s and is_subheading(s):
            s = "## " + s
        out.append(_URL.sub(lambda m: m.group() if s[: m.start()].endswith(("<", "(", "[")) else f"<{m.group()}>", s))
    text = "\n\n".join(p for p in out if p)
    # keep bullet lists tight
    return re.sub(r"(\n- [^\n]*)\n\n(?=- )", r"\1\n", re.sub(r"(^|\n)(- [^\n]*)\n\n(?=- )", r"\1\2\n", text)).strip() + "\n"
