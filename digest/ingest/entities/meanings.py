"""Whether a known name that is also an ordinary word ("Apple", "Figure", "Mistral", "H") names the organisation
where the text writes it: the words of its sentence and the cues around it."""

from __future__ import annotations

import re

from ...registry import Registry
from .base import SENTENCE_END, _adjacent, _sentence_initial, _title_case, _Tok
from .cues import _org_context
from .gazetteer import _is_first_name
from .lists import _with_company

# Business words: in the same sentence, they make an ambiguous known name an organisation ("H a levé 220 millions").
BUSINESS = re.compile(
    r"\b(?:start-?ups?|sociétés?|entreprises?|firmes?|compan(?:y|ies)|firms?|fondée?s?|founded|co-?fondée?s?|co-?founded|"
    r"lève|lèvent|levé|levée|lever|raised?|raises|raising|funding|financement|tour de "
    r"table|valoris\w+|valued|valuation|"
    r"rachète|racheté\w*|rachat|acquires?|acquired|acquisition|investisseurs?|investors?|invest(?:s|ed|ing|ment)?|investi|investit|"
    r"backed|soutenue?s?|CEO|PDG|fondat(?:eur|rice)s?|founders?|co-?founders?|cofondat(?:eur|rice)s?|"
    r"dirigée? par|led by|headquartered|siège social|cotée?|valeur boursière|market value|chiffre "
    r"d['’]affaires|revenue|"
    r"institut|institute|laboratoire|labs?|université|university)\b",
    re.I,
)
# News and reporting verbs: enough for a name that is an ordinary word only at a sentence start ("Apple a dévoilé",
# "Meta announced", "Apple n'a pas commenté").
NEWS = re.compile(
    r"\b(?:annonce\w*|announc\w+|dévoil\w+|unveil\w*|lance|lancé\w*|lancent|launch\w*|présent[eé]\w*|presents?|presented|"
    r"publie|publié\w*|releases?|released|recrut\w+|hires?|hired|embauche\w*|licenci\w+|lays? off|laid off|"
    r"sign[eé]\w*|signs?|signed|partenariat|partnership|rachat|deal|accord|contrat|contract|rivals?|concurrent\w*|competitors?|"
    r"comment\w*|said|says|déclar\w+|declined|confirm\w*|répond\w*|respond\w*|refus\w*|spokesperson|porte-parole)\b",
    re.I,
)


PRODUCT_FAMILY = re.compile(r"[a-z]+[A-Z][A-Za-z]*")  # "macOS", "iPadOS": a product line, named before a version


def _meant(body: str, toks: list[_Tok], i: int, j: int, written: frozenset, tier: str, registry: Registry) -> bool:
    """Whether a known name that is also an ordinary word names the organisation here: written exactly so
    ("Apple", not "an apple"; "Mistral", not "le mistral"), not a surname ("Tom Cruise") nor, when even the
    capitalised word is common, part of a longer name ("Alan Turing", "Sierra Leone"); and at a sentence
    start ("Figure 3 shows"), in a Title Case headline, or when even the capitalised word is common
    ("Figure", "H"), next to an organisation cue ("la start-up H"), or a business word in the sentence
    ("Mistral a levé 600 millions"; for names a capital would do, a news verb too: "Meta a dévoilé") except
    for the most common words at a sentence start."""
    if " ".join(t.bare for t in toks[i:j]) not in written:
        return False
    if i and toks[i - 1].capitalised and _adjacent(body, toks[i - 1], toks[i]) and _is_first_name(toks[i - 1].bare):
        return False
    if i and _adjacent(body, toks[i - 1], toks[i]) and PRODUCT_FAMILY.fullmatch(toks[i - 1].bare):
        return False  # "macOS Sequoia", "visionOS Runway": a version of a product a lower-case brand names
    if (
        tier == "cue"
        and j < len(toks)
        and (toks[j].capitalised or toks[j].text[:1].isdigit())
        and _adjacent(body, toks[j - 1], toks[j])
    ):
        return False  # "Alan Turing", "Figure 3"
    headline = _title_case(body, toks[i].start)
    initial = headline or _sentence_initial(body, toks[i])
    if tier == "capital" and not initial:
        return True
    if _org_context(body, toks, i, j, at=tier == "capital") or _with_company(body, toks, j, registry):
        return True
    if headline or (tier == "cue" and initial):  # "Scale matters", "Benchmark results show": a cue word is not enough
        return False
    start, end = toks[i].start, toks[j - 1].end  # the sentence, within 400 characters each side
    lo = max([body.rfind(c, max(0, start - 400), start) for c in ".!?\n"] + [max(0, start - 400) - 1]) + 1
    stop = SENTENCE_END.search(body, end, end + 400)
    hi = stop.start() if stop else end + 400
    return bool(BUSINESS.search(body, lo, hi) or (tier == "capital" and NEWS.search(body, lo, hi)))
