"""The company a news article keeps naming without a cue word: once the headline has introduced a start-up, the
body names it bare ("Ledger9 raises $12M" ... "engineers at Ledger9"). A capitalised name the headline and the
body both give (one body mention inside a sentence), or that the text gives three times, is a company when it acts
as one somewhere: the subject or object of what companies do (raise, buy, launch, hire, is bought, "joins X",
"chez X", "X's founder")."""

from __future__ import annotations

import re

from ...registry import Registry, norm
from .base import SENTENCE_END, _sentence_initial, _Tok
from .company_context import MODIFIES
from .gazetteer import _calendar_words, _cities, _common, _currency_codes, _descriptive, _is_first_name, _regions
from .known import _blocked
from .openings import THE_COMPANY_NEXT
from .repeats import PRODUCT_APPOSITION
from .words import GENERIC

# "X raises", "X, which sells ..., has hired", "X a été rachetée", "X's founder": what a company does or has.
_RELATIVE = r"(?:,\s+(?:which|qui|dont)\b[^,.;\n]{0,80},)?"
ACTS_AFTER = re.compile(
    r"(?:['’]s?\s+(?:co-?founders?|founders?|chief executive|CEO|CTO|boss|board|investors|backers|shareholders|"
    r"(?:\d[\d,]*\s+)?(?:staff|employees|engineers)|customers|valuation|revenue|"
    r"(?:(?:[$€£¥]|US\$)?\d[\d.,]*\s*(?:[mb]n?|million|billion)?\s+)?(?:Series\s+[A-F]\b|seed\s+round|funding|round|IPO))\b"
    r"|" + _RELATIVE + r"\s+(?:(?:has|have|had|just|now|also|will|a|ont|vient\s+de|va|is\s+to|plans\s+to)\s+)?"
    r"(?:(?:raise[sd]?|lève|levé|lever)\s+(?:[\w'’-]+\s+){0,3}?(?:[$€£¥]|US\$)?\d|"
    r"acquires|acquired|buys|bought|rachète|racheté|racheter|acquiert|"
    r"launch(?:es|ed)?|lance|lancé|lancer|releases|released|unveil(?:s|ed)?|dévoile|dévoilé|hires|hired|recrute|"
    r"recruté|employs|emploie|sells|vend|builds|conçoit|develops|développe|signs|signed|signe|signé|"
    r"(?:opens|ouvre)\s+(?:an?|its|une?|son|sa|ses)|"
    r"s['’]associe|s['’]installe|débarque|rolls\s+out)\b"
    r"|\s+(?:est|a\s+été|was|is|has\s+been)\s+(?:being\s+)?(?:rachetée?|acquise?|acquired|bought|fondée?|créée?|"
    r"founded)\b"
    r"|\s+(?:has|compte|emploie)\s+(?:désormais\s+|now\s+)?\d[\d,.\s]*(?:employees|staff|salariés|customers|clients)"
    r")",
    re.I,
)
# "joins X", "chez X", "acquisition of X", "founded X", "investors in X": X is an organisation.
ACTS_BEFORE = re.compile(
    r"\b(?:joins|joined|rejoint|rejoindre|at|chez|acquires|acquired|buys|bought|rachète|racheté|rachat\s+de|"
    r"acquisition\s+(?:of|de)|founded|co-?founded|started|fondé|cofondé|créé|invest(?:s|ed|ing)?\s+in|"
    r"invest(?:it|issons|issent|i|ir)\s+dans|back|backs|backed|values|valorise|soutient|founders?\s+of|fondat(?:eur|rice)s?\s+de|"
    r"CEO\s+of|patron\s+de|"
    r"users\s+of|customers\s+of|clients\s+de)[ \t\u00a0]+$"
    # "the board of X", "80 of X's staff", "le fondateur d'X", "la série A de X": what a company has, owned by X
    r"|\b(?:board|shareholders|employees|staff|(?:co-?)?founders?|chief\s+\w+\s+officer|conseil\s+d['’]administration|"
    r"actionnaires|salariés|employés|(?:co-?)?fondat(?:eur|rice)s?|cofondat(?:eur|rice)s?|PDG|série\s+[A-F]|"
    r"tour\s+de\s+table|levée\s+de\s+fonds|valorisation)\s+(?:of\s+|de\s+|d['’])$",
    re.I,
)
# "Nova-3", "Model 2.5", "v4": a version makes it a product; so does the noun before it ("le modèle X").
VERSIONED = re.compile(r"[\w]-\d|\d\.\d|^[vV]\d")
PRODUCT_BEFORE = re.compile(r"\b(?:model|modèle|version|app|application|game|jeu)[ \t\u00a0]+$", re.I)
# "the Harbour Ledger", "la Mobilité verte", "3.5 Sonnet", "Claude Sonnet": an article makes it a title, a paper or a
# topic (a start-up is named bare), and a number or a name before it makes it a product's or a family's tail.
ARTICLE_BEFORE = re.compile(r"(?:\b(?i:the|le|la|les)[ \t\u00a0]+|\b[lL]['’]|[\w.]\d[ \t\u00a0]+)$")


def _acts(body: str, start: int, end: int) -> bool:
    """The name from ``start`` to ``end`` does or undergoes what companies do, or the next sentence calls it "the
    company" or names its founder."""
    if ACTS_AFTER.match(body, end) or ACTS_BEFORE.search(body, max(0, start - 40), start):
        return True
    stop = SENTENCE_END.search(body, end, end + 300)
    return bool(stop) and stop.group() != "\n" and THE_COMPANY_NEXT.match(body, stop.end()) is not None


def _headline_names(
    body: str, toks: list[_Tok], taken, runs, headline_end: int, lower: set[str], registry: Registry
) -> list[tuple[int, int]]:
    """Runs of ``body`` (the headline is its first ``headline_end`` characters) naming a company the article keeps
    naming: the whole capitalised run the text repeats, never a first name, place, month, nationality, versioned
    product, or a one-word name only ever opening sentences (a common word as often as a name)."""
    by_name: dict[str, list[tuple[int, int]]] = {}
    headline = body[:headline_end]
    for i, j in runs:
        if taken[i] is None and toks[i].start >= headline_end and all(t is None for t in taken[i:j]):
            by_name.setdefault(body[slice(*_span(toks, i, j))], []).append((i, j))
    found = []
    for name, at in by_name.items():
        if len(at) < 3 and name not in headline:
            continue  # not in the headline and named less than three times (the cheap test first)
        in_headline = _uses(name, headline) if name in headline else []
        mid = any(not _sentence_initial(body, toks[i]) for i, _ in at)
        if not (in_headline or len(at) + len(in_headline) >= 3) or not (mid or not name.isalpha()):
            continue  # a plain word only ever opening sentences may be a common word
        spans = [_span(toks, i, j) for i, j in at]
        if _excluded(body, toks, at, spans, name, lower, registry):
            continue
        if any(_acts(body, s, e) for s, e in spans + [m.span() for m in in_headline]):
            found += at
    return found


def _span(toks: list[_Tok], i: int, j: int) -> tuple[int, int]:
    """Where the name of toks[i:j] stands, without an elided article or a possessive ("d'Écorce", "Sprig's")."""
    return toks[i].bare_start, toks[j - 1].bare_start + len(toks[j - 1].bare)


def _uses(name: str, text: str) -> list[re.Match]:
    return list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def _excluded(body: str, toks: list[_Tok], at, spans, name: str, lower: set[str], registry: Registry) -> bool:
    """A person, a place, a date word, a generic word, a product, a word the text also writes in small letters, or a
    word that only ever qualifies a noun ("the Lagos scene"; "the X team" once among bare mentions is the firm's)."""
    i, j = at[0]
    key, first = norm(name), toks[i].bare
    return (
        len(name) < 2
        or key in _currency_codes()
        or j - i == 1
        and _common(key, lower, True)
        or (j - i <= 2 and _is_first_name(first))
        or key in lower
        or key in _cities()
        or norm(first) in _cities()
        or key in _regions()
        or _descriptive(key)
        or _descriptive(norm(first))
        or key in _calendar_words()
        or all(norm(t.bare) in GENERIC for t in toks[i:j])
        or _blocked(toks[i], registry)
        or any(VERSIONED.search(t.text) for t in toks[i:j])
        or any(PRODUCT_BEFORE.search(body, max(0, s - 14), s) for s, _ in spans)
        or any(PRODUCT_APPOSITION.match(body, e) for _, e in spans)
        or all(MODIFIES.match(body, e) for _, e in spans)
        or any(ARTICLE_BEFORE.search(body, max(0, s - 8), s) for s, _ in spans)
        or any(a > 0 and toks[a - 1].capitalised and body[toks[a - 1].end : toks[a].start] == " " for a, _ in at)
    )
