"""What a capitalised run is when it looks like a company's name but is not a company of its own: an organisation's
unit or product ("Acme Cloud's Orbis AI", "Vertex AI from Google Cloud"), a field ("Generative AI"), or an acronym
in brackets after a name, a unit's or section's name ("notre practice Technologie & Industrie")."""

from __future__ import annotations

import bisect
import re

from .base import _Tok
from .words import GENERIC

PRODUCT_OF = re.compile(r"\s+(?:from|by|de|d['’]|par)\s*$")
# A possessive, then the first words of a name joined by "and", "of" ("Acme's Speech and Vision Lab").
OWNER_BEFORE = re.compile(
    r"\b[A-Z][\w.&-]*['’]s?[ \t\u00a0]+"
    r"(?:[A-Z][\w-]*[ \t\u00a0]+(?:(?:and|of|for|&)[ \t\u00a0]+)?){0,3}$"
)


def _owned(body: str, toks: list[_Tok], taken, i: int) -> bool:
    """The name starting at toks[i] is an organisation's (no person's) own unit or product: "Acme Cloud's
    Orbis AI", "Tarnby's Speech and Vision Lab"."""
    owner = OWNER_BEFORE.search(body, max(0, toks[i].start - 80), toks[i].start)
    if not owner:
        return False
    k = bisect.bisect_left(toks, owner.start(), max(0, i - 12), i, key=lambda t: t.start)
    return k < i and (taken[k] is None or taken[k].kind == "company")


def _made_by(body: str, toks: list[_Tok], taken, j: int) -> bool:
    """A name followed by "from <known company>" ("Vertex AI from Google Cloud", "Le Chat de Mistral AI") names that
    company's product."""
    k = j + 1 if j < len(toks) and toks[j].text.lower() in ("from", "by", "de", "par") else j
    return (
        k < len(toks)
        and taken[k] is not None
        and taken[k].kind == "company"
        and PRODUCT_OF.fullmatch(body, toks[j - 1].end, toks[k].bare_start) is not None
    )


# Adjective endings in both languages ("Generative", "Responsible", "Applied", "Conversational", "Physique").
ADJECTIVE = re.compile(r"\w{3,}(?:ive|al|ed|ible|able|ous|ic|ful|ent|ant|ary|ique|if|elle|ienne|aire)")


# "Indic-language", "French-speaking", "Voice-first": a capitalised word joined to a small one describes.
COMPOUND_ADJECTIVE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+-[a-zà-ÿ]{3,}")


def _adjectival(tok: _Tok) -> bool:
    return (
        tok.bare[:1].isupper()
        and tok.bare[1:].islower()
        and (ADJECTIVE.fullmatch(tok.bare_key) is not None or COMPOUND_ADJECTIVE.fullmatch(tok.bare) is not None)
    )


EVENT_YEAR = re.compile(r"\s+(?:19|20)\d\d\b")
ACRONYM_BEFORE = re.compile(r"\s*\($")


def _acronyms(body: str, toks: list[_Tok], taken) -> list[int]:
    """Free tokens in capitals in brackets right after a name: "X Financial Group (XFG)"."""
    return [
        i
        for i in range(1, len(toks))
        if taken[i] is None
        and toks[i].text.isupper()
        and len(toks[i].text) > 1
        and (toks[i - 1].capitalised or taken[i - 1] is not None)
        and ACRONYM_BEFORE.match(body, toks[i - 1].end, toks[i].start)
        and body.startswith(")", toks[i].end)
    ]


# The nouns of a firm's, a newsroom's or a school's parts, in small letters: "notre practice Technologie & Industrie",
# "the Science & Society section", "le pôle Santé & Innovation".
UNIT_NOUNS = (
    r"(?:practices?|sections?|rubriques?|pôles?|desks?|departments?|départements?|divisions?|teams?|équipes?|"
    r"verticals?|cahiers?|suppléments?|supplements?|newsletters?|podcasts?|programmes?|programs?|tracks?|"
    r"filières?|masters?|catégories?|categories?|chaires?|magazines?|pages?|blogs?|laboratoires?|labs?|laborator(?:y|ies))"
)
UNIT_BEFORE = re.compile(UNIT_NOUNS + r"[ \t\u00a0]+$")
UNIT_AFTER = re.compile(r"[ \t\u00a0]+" + UNIT_NOUNS + r"\b")


def _unit_named(body: str, toks: list[_Tok], i: int, j: int) -> bool:
    """toks[i:j] names a part of an organisation, a section or a programme: a unit noun in small letters right
    before or after it."""
    return bool(
        UNIT_BEFORE.search(body, max(0, toks[i].start - 16), toks[i].start) or UNIT_AFTER.match(body, toks[j - 1].end)
    )


# Words a letter completes as a rank or a part, not as a name: "série C", "Series B", "Plan B", "catégorie A".
LETTER_HEAD = re.compile(
    r"(?i:s[ée]ries?|rounds?|tours?|plan|phase|type|class|classe|catégorie|category|section|annexe?|article|"
    r"partie|part|vitamine?|groupe|group|niveau|level|tier|grade|option|sc[ée]nario|point|chapitre|chapter|"
    r"bloc|block|équipe|team|modèle|model)[ \t\u00a0]+$"
)


def _letter_name(body: str, tok: _Tok) -> bool:
    """A capital letter standing alone, no pronoun, article or initial ("I", "A", "J."), nor the letter of a round,
    a plan or a class ("série C", "Plan B"): a one-letter name, such as a start-up's, where the text says it is an
    organisation ("la start-up V", "V raised $5m")."""
    return (
        len(tok.text) == 1
        and tok.text.isupper()
        and tok.text not in "AIYÀ"
        and not LETTER_HEAD.search(body, max(0, tok.start - 16), tok.start)
    )


def _shaped_name(body: str, tok: _Tok) -> bool:
    """A word no sentence starts with unless it is a name: with a digit ("Tern4", "K2") or one or two capital
    letters ("V", "XO"), no pronoun, article, initial or common acronym."""
    return any(map(str.isdigit, tok.bare)) or (
        _letter_name(body, tok)
        if len(tok.bare) == 1
        else len(tok.bare) == 2 and tok.bare.isalpha() and tok.bare.isupper() and tok.bare_key not in GENERIC
    )
