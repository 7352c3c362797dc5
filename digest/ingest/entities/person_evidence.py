"""Evidence about a capitalised pair: what introduces it as a person (a role, a title, a repeated surname), what
says it names an organisation, a product line or a place instead, and whether a word can be a given name."""

from __future__ import annotations

import re

from ... import roles
from ...registry import Registry, norm
from .base import ARTICLE_ELIDED, _adjacent, _sentence_initial, _title_case, _Tok
from .cues import (
    AFTER_CUES,
    DETERMINER_BEFORE,
    FOUNDER_OF,
    NOT_DEMONYMS,
    ORG_BEFORE,
    ORG_NOUN_BEFORE,
    ROLE_PREP,
    TOWN_DEMONYM,
    TRADE_BEFORE,
    _org_noun,
)
from .gazetteer import _cities, _countries, _demonym_compound, _descriptive, _is_first_name, _role_words
from .known import _blocked, _honorific_before
from .person_cues import APPOSITION_END, FOUNDED_BY, ROLE_CUE
from .words import (
    FIRM_SUFFIXES,
    FUNCTION_WORDS,
    GENERIC,
    LEGAL_SUFFIXES,
    NAME_HEADS,
    NAME_SUFFIXES,
    ORG_TAILS,
    TITLES,
    _words,
)

# "co-founded X Y", "a racheté X Y": what one founds, launches or buys is no person.
MADE_BEFORE = re.compile(
    r"\b(?:(?:co-?)?founded|co-?fondée?|cofondée?|fondée?|created|créée?|launched|lancée?|bought|acquired|racheté|"
    r"rachète|acquiert|absorbé)[ \t\u00a0]+$"
)
# "the board of X Y", "les salariés de X Y", "investir dans X Y"; "X Y's shareholders", "X Y emploie 50 personnes":
# what only an organisation has or takes.
HELD_BEFORE = re.compile(
    r"\b(?:board|shareholders|employees|conseil\s+d['’]administration|actionnaires|salariés|employés|"
    r"série\s+[A-F])\s+(?:of|de|d['’])[ \t\u00a0]*$"
    r"|\binvest(?:s|ed|ing|it|issons|issent|ir)?\s+(?:in|dans)[ \t\u00a0]+$",
    re.I,
)
HELD_AFTER = re.compile(
    r"['’]s?\s+(?:board|shareholders|employees)\b|\s+(?:emploie|employs|compte)\s+(?:désormais\s+|now\s+)?\d"
    # "X Y has been bought by", "X Y a été rachetée par": no person is bought
    r"|\s+(?:was|were|has been|had been|a\s+été|sera)\s+(?:acquired|bought|taken over|rachetée?|acquise?|absorbée?)"
    r"\s+(?:by|par)\b"
)
# "Young Innovator of the Year", "Entrepreneur de l'année": a prize's name.
OF_THE_YEAR = re.compile(r"[ \t\u00a0]+(?:of the [Yy]ear|de l['’][Aa]nnée)\b")
# Imperatives that open a contact line ("Reach Jane Doe at jane@…", "Contactez Jane Doe"): never a given name.
CONTACT_VERBS = {"reach", "contact", "email", "call", "follow", "ask", "meet", "contactez", "ecrivez", "suivez"}


def _introduced(body: str, toks: list[_Tok], a: int) -> bool:
    """A role, title or honorific right before toks[a]: "Dr X", "President X", "le directeur technique, X" (a
    capitalised title in a headline capitalises everything after it: "Chief Scientist Announces New ...")."""
    title = (
        a > 0
        and toks[a - 1].bare_key in TITLES
        and _adjacent(body, toks[a - 1], toks[a])
        and not _title_case(body, toks[a].start)
    )
    lo, at = max(0, toks[a].start - 60), toks[a].bare_start  # "cofondatrice d’X": the elision is the "de"
    role = (
        ROLE_CUE.search(body, lo, toks[a].start)
        and not ROLE_PREP.search(body, lo, at)
        and not APPOSITION_END.search(body, lo, toks[a].start)
        # "associé chez Acme Capital Innovation": inside the organisation's name only a first name starts a person's
        and (
            _is_first_name(toks[a].bare)
            or not (a and toks[a - 1].capitalised and _adjacent(body, toks[a - 1], toks[a]))
        )
    )
    return bool(
        title
        or _honorific_before(toks, a)
        or role
        or FOUNDED_BY.search(body, lo, toks[a].start)
        or KIN_BEFORE.search(body, lo, toks[a].start)
        or _speaker(body, toks, a)
        or _demonym_before(body, toks, a)
    )


# The verbs that give a quotation its speaker.
_SPEECH = (
    r"(?:said|says|added|adds|explained|explains|recalled|recalls|noted|notes|admitted|insisted|warned|continued|"
    r"a\s+(?:déclaré|expliqué|ajouté|précisé|souligné|confié|assuré|affirmé|estimé|raconté|résumé|reconnu|indiqué|"
    r"poursuivi|insisté)|déclare|explique|ajoute|précise|souligne|confie|assure|affirme|estime|raconte|résume|reconnaît|"
    r"indique|témoigne|poursuit|insiste|sourit|rappelle|observe|analyse|conclut|détaille|argue|avance|tranche|glisse|"
    r"commente|s['’]amuse|s['’]enthousiasme|se\s+réjouit)"
)
# '"…," said X Y', '« … », explique X Y': after a quotation and its verb, the speaker.
SPEAKER_BEFORE = re.compile(r"[\"”»][ \t\u00a0]*,?[ \t\u00a0]*" + _SPEECH + r"[ \t\u00a0]+$")
SPEECH_AFTER = re.compile(r"[ \t\u00a0]+" + _SPEECH + r"\b")
# "her husband, X Y", "son avocate, X Y": a relative is a person.
KIN_BEFORE = re.compile(
    r"\b(?:her|his|their|sa|son|leur)\s+(?:husband|wife|partner|daughter|son|father|mother|brother|sister|mari|"
    r"épouse|femme|compagne|compagnon|fille|fils|père|mère|frère|sœur|soeur)\s*,?[ \t\u00a0]+$",
    re.I,
)
# After a quotation, a name and then its verb: '"…," X Y explained', '« … », X Y a confié'.
QUOTE_MARKS = ('"', "”", "»")
QUOTED_NAME = re.compile(r"[\"”»][ \t\u00a0]*,?[ \t\u00a0]+$")
NAME_GOES_ON = re.compile(r"(?:[ \t\u00a0]+(?:[A-ZÀ-Ý][\w'’.-]*|d[aeiou]s?|van|von|der|le|la|el|al|ben|bin)){0,4}")


def _speaker(body: str, toks: list[_Tok], a: int) -> bool:
    """toks[a] starts the name of a quotation's speaker: after the quotation and its verb ('"…," said X Y', '« … »,
    explique X Y'), or between them ('"…," X Y explained')."""
    start = toks[a].start
    if not any(mark in body[max(0, start - 50) : start] for mark in QUOTE_MARKS):
        return False
    if SPEAKER_BEFORE.search(body, max(0, start - 50), start):
        return True
    if not QUOTED_NAME.search(body, max(0, start - 4), start):
        return False
    rest = NAME_GOES_ON.match(body, toks[a].end)
    return rest is not None and SPEECH_AFTER.match(body, rest.end()) is not None


# A nationality as a noun before a name: "L'Ivoirienne X Y", "le Nantais X Y", "the Franco-Moroccan X Y",
# "Kenyan-born X Y". French writes a person's nationality with a capital and a company's in small letters ("le
# néerlandais X"); English writes both with a capital, so there only a compound or a birthplace says who.
BORN = ("-born", "-raised", "-educated", "-né", "-née")
FRENCH_ARTICLES = {"le", "la", "les"}


def _demonym_before(body: str, toks: list[_Tok], a: int) -> bool:
    if a == 0 or body[toks[a - 1].end : toks[a].start] != " ":
        return False
    prev = toks[a - 1]
    if prev.text.endswith(BORN):
        return True
    if prev.bare[:1].isupper() and "-" in prev.bare and _demonym_compound(prev.bare):
        return True  # "Franco-Marocain", "Sino-Canadian": nationalities joined
    elided = ARTICLE_ELIDED.match(prev.text) is not None
    french = elided or (a > 1 and toks[a - 2].text.lower() in FRENCH_ARTICLES)
    if not french or not (prev.capitalised or elided):
        return False
    town = TOWN_DEMONYM.fullmatch(prev.bare.lower()) is not None and prev.bare_key not in NOT_DEMONYMS
    return _descriptive(prev.bare_key) or town


def _standalone(body: str, toks: list[_Tok]) -> set[str]:
    """Capitalised words the text also writes alone, away from other capitalised words: the way news copy names a
    person again by surname ("Oluwaseun Adebayo said ... Adebayo previously worked"), which it does not do with
    the last word of a company's name."""
    alone = set()
    for k, tok in enumerate(toks):
        if (
            tok.capitalised
            and tok.text == tok.bare
            and not (k and toks[k - 1].capitalised and _adjacent(body, toks[k - 1], tok))
            and not (k + 1 < len(toks) and toks[k + 1].capitalised and _adjacent(body, tok, toks[k + 1]))
        ):
            alone.add(tok.bare_key)
    return alone


def _named_again(body: str, toks: list[_Tok], taken, a: int, b: int, alone: set[str], lower: set[str]) -> bool:
    """toks[a:b] is a name whose last word the text uses alone and never in small letters, that starts inside a
    sentence (a capital at a sentence's start says nothing: "Existing Acme customers") but not right after another
    name ("BBC Cymru Wales"), and holds no place or nationality."""
    last = toks[b - 1].bare_key
    return (
        last in alone
        and all(t.capitalised for t in toks[a:b])  # "Alps du Centre": a particle is for names a first name starts
        and last not in lower
        and not _sentence_initial(body, toks[a])
        and not (a and taken[a - 1] is not None and _adjacent(body, toks[a - 1], toks[a]))
        and not any(
            t.bare_key in _countries() or t.bare_key in _cities() or _descriptive(t.bare_key) for t in toks[a:b]
        )
    )


def _org_named(body: str, toks: list[_Tok], a: int, b: int) -> bool:
    """The text says toks[a:b] is an organisation: a role and "of"/"de" before it ("chief executive of X Y"; a name
    that starts like a first name only after a founder's or chief executive's role: "la porte-parole d'Anne Roy"
    names her), an organisation noun before it ("video startup X Y", "la start-up sénégalaise X Y"), an apposition
    after it ("X Y, a startup that ..."), or what only an organisation has ("the board of X Y", "X Y's board")."""
    lo, at = max(0, toks[a].bare_start - 60), toks[a].bare_start
    role = (
        ROLE_CUE.search(body, lo, toks[a].start)
        and ROLE_PREP.search(body, lo, at)
        and (not _is_first_name(toks[a].bare) or FOUNDER_OF.search(body, lo, at))
    )
    end = toks[b - 1].end
    return bool(
        role
        or MADE_BEFORE.search(body, lo, at)
        or ORG_NOUN_BEFORE.search(body, lo, at)
        or TRADE_BEFORE.search(body, lo, at)
        or AFTER_CUES.match(body[end : end + 60])
        or HELD_BEFORE.search(body, max(0, at - 40), at)
        or HELD_AFTER.match(body, end)
    )


# "its X Y models", "X Y, une famille de modèles": a product line (an apposition naming a person's job, "a former
# product lead", says nothing of the kind).
MODELS_AFTER = re.compile(
    r"(?:[ \t\u00a0]+|,\s+(?:une?|an?|the|sa|son|its)\s+(?:famille|family|série|series|gamme|range)\s+"
    r"(?:de|d['’]|of)\s+)"
    r"(?:models|modèles|LLMs|chatbots)\b"
    # "X, an experimental reasoning mode for Y", "X, un nouvel outil qui": what a product is, said in apposition
    r"|,\s+(?:une?|an?|the|its|their|sa|son|leur)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:model|mode|feature|tool|app|chatbot|modèle|outil|fonctionnalité|application)"
    r"(?=\s*[,.;:)]|\s+(?:for|that|which|built|trained|designed|pour|qui|que|conçue?|développée?|entraînée?)\b)",
    re.I,
)


# A model's size or tier in or after its name ("X-2 Mini", "X Pro", "X Turbo"): a product's, never a person's.
PRODUCT_TIERS = _words("mini pro turbo large ultra nano lite plus flash")
VERSION = re.compile(r"v?\d[\d.]*[a-z]?", re.I)


def _versioned(body: str, toks: list[_Tok], a: int, b: int) -> bool:
    """toks[a:b] is named like a product: a word holds a digit ("Brume-2", "7B") or is a model's tier ("Nova Pro"),
    or a version number or a tier follows it ("Vega 2"): no person's name has either."""
    if any(ch.isdigit() for t in toks[a:b] for ch in t.text) or any(
        t.bare_key in PRODUCT_TIERS for t in toks[a + 1 : b]
    ):
        return True
    if b < len(toks) and _adjacent(body, toks[b - 1], toks[b]):
        after = toks[b]
        return VERSION.fullmatch(after.text) is not None or after.capitalised and after.bare_key in PRODUCT_TIERS
    return False


def _not_a_person(body: str, toks: list[_Tok], i: int, a: int, b: int, introduced: bool) -> bool:
    """Evidence that toks[a:b] names no person: a product or product line named by what it is; it ends like an
    organisation, outlet, place or prize ("X Ventures", "X Magazine", "X Island"); it starts with a country ("France
    Culture") or, inside a capitalised run after a word that is no title, with a word that is not plainly a first
    name, unless a role introduces it."""
    last = toks[b - 1].bare_key
    if MODELS_AFTER.match(body, toks[b - 1].end) or OF_THE_YEAR.match(body, toks[b - 1].end):
        return True
    if _versioned(body, toks, a, b):
        return True
    if b - a > 1 and last in _cities() and not _is_first_name(toks[a].bare):
        return True  # "Centrale Lyon", "Polytech Nice": a school of a city
    if (
        last in NAME_SUFFIXES
        or last in LEGAL_SUFFIXES
        or toks[a].bare_key in NAME_HEADS
        or any(t.bare_key in ORG_TAILS for t in toks[a:b])
    ):
        return True
    if b < len(toks) and toks[b].bare_key in LEGAL_SUFFIXES | FIRM_SUFFIXES and _adjacent(body, toks[b - 1], toks[b]):
        return True  # "X Y LLP": the name ran up to the firm's legal form
    if norm(body[toks[a].start : toks[b - 1].end]) in _countries():  # "the United Kingdom", "Côte d'Ivoire"
        return True
    if any(t.bare_key in TITLES for t in toks[a + 1 : b]):
        return True
    if toks[a].bare_key in TITLES and not _is_first_name(toks[a].bare):
        return True
    opening = a - 1 == i and (_sentence_initial(body, toks[i]) or ARTICLE_ELIDED.match(toks[i].text))
    mid_run = (
        a > i
        and not opening
        and not _title_case(body, toks[a].start)
        and roles.gender(toks[a].bare) not in ("male", "female")
    )
    return not introduced and (toks[a].bare_key in _countries() or mid_run)


def _given_name(body: str, toks: list[_Tok], k: int, lower: set[str], registry: Registry) -> bool:
    """toks[k] can be the first of two given names: a plain capitalised word the text never writes in lower case,
    that names, describes or introduces nothing."""
    tok, key = toks[k], toks[k].bare_key
    return not (
        tok.text != tok.bare
        or tok.head_key != key
        or key in lower
        or key in CONTACT_VERBS
        or tok.text.isupper()
        or _blocked(tok, registry)
        or key in FUNCTION_WORDS
        or key in TITLES
        or key in GENERIC
        or key in _role_words()
        or _descriptive(key)
        or _org_noun(tok.bare)
        or _title_case(body, tok.start)
        or ORG_BEFORE.search(body, max(0, tok.start - 30), tok.start)
        or DETERMINER_BEFORE.search(body, max(0, tok.start - 5), tok.start)
    )  # "le Belge Jane Doe": a noun
