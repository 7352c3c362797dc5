"""A newsroom's job titles in English and French, written once: every rule that reads a byline, the role line under
it or an author box builds its pattern from them, so a title known to one rule is known to all of them.

``JOB`` is one writer's title, in either gender ("journaliste", "rédactrice en chef", "envoyé spécial");
``JOBS`` also the title of several ("journalistes", "envoyés spéciaux"). Both are pattern fragments without flags
(their callers say whether case matters) and without word boundaries. "Éditeur" is left out: in French it is also
a publisher or a software vendor ("l'éditeur de logiciels"), so only a byline's own rules read it as a job."""

from __future__ import annotations

import re

_ONE = (
    "journalist",
    "reporter",
    "correspondent",
    "writer",
    "editor",
    "columnist",
    "contributor",
    "journaliste",
    "correspondant",
    "correspondante",
    "rédacteur",
    "rédactrice",
    "rédacteur en chef",
    "rédactrice en chef",
    "chroniqueur",
    "chroniqueuse",
    "contributeur",
    "contributrice",
    "envoyé spécial",
    "envoyée spéciale",
    "pigiste",
    "éditorialiste",
    "chef de rubrique",
    "cheffe de rubrique",
    "chef de la rubrique",
    "cheffe de la rubrique",
    "chef de service",
    "cheffe de service",
    "chef du service",
    "cheffe du service",
)
_SEVERAL = (
    *(f"{title}s" for title in _ONE if " " not in title),
    "rédacteurs en chef",
    "rédactrices en chef",
    "envoyés spéciaux",
    "envoyées spéciales",
    "chefs de rubrique",
    "cheffes de rubrique",
    "chefs de service",
    "cheffes de service",
)


def _factored(words: list[str]) -> str:
    """``words`` as one pattern factored by their common beginnings ("rédact(?:eur|rice)"); a longer word is
    preferred to its beginning."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


def _trie(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` that tries a text's position against a few beginnings of four letters or more
    ("journalist", "rédact", "chef") rather than every word: fast where most positions hold none, and each
    beginning is a word ``prefilter`` can look for before the pattern is tried."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:4], []).append(word)
    return f"(?:{'|'.join(_factored(group) for group in groups.values())})"


JOB = _trie(_ONE)
JOBS = _trie(_ONE + _SEVERAL)
