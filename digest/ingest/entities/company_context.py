"""The words around a capitalised phrase that say where an organisation sits or that the phrase names none of its
own: a newsroom spoken to ("told X"), a noun it describes ("the Montreal AI institute"), a seat ("X, based in
Lagos"), a term just quoted."""

from __future__ import annotations

import re

from .. import prefilter

# "X, installée à Bordeaux", "X, based in Lagos": an organisation's seat.
SITED = re.compile(
    r",\s+(?:\w+ment\s+)?(?:installée?s?|basée?s?|implantée?s?|based|headquartered|fondée?s?|créée?s?|founded)\b", re.I
)
# "the Montreal AI institute", "Meta's Paris AI lab", "the PC market": a capitalised phrase before a lower-case
# organisation or business noun describes it; it is not an organisation.
MODIFIES = re.compile(
    r"\s+(?:lab|labs|laboratory|institute|hub|scene|ecosystem|sector|industry|community|centre|"
    r"center|cluster|office|offices|unit|team|teams|startups?|start-ups?|compan(?:y|ies)|firms?|"
    r"research|researchers|talent|boom|race|strategy|plan|policy|summit|week|conference|program|"
    r"programme|models?|markets?|era|infrastructure|airport|aéroport|station|stadium)\b"
)
OUTLET_BEFORE = prefilter.compile(
    r"\b(?:(?:reviewed|seen|obtained|viewed) by|(?:consultée?s?|obtenue?s?) par|"
    r"welcome (?:back )?to|bienvenue (?:dans|sur)|"
    # "its founder told X", "a confié à X": the newsroom spoken to
    r"(?:told|tells|confirmed to|said to|in an interview with|(?:a|ont) (?:confié|déclaré|indiqué|précisé|expliqué) à|"
    r"(?:confie|déclare|indique|précise|explique) à|dans un entretien (?:accordé )?à|interrogée? par)"
    # "confirmé à l'agence X", "selon l'agence de presse X", "told news agency X": a wire service, quoted or told
    r"|(?:à|selon|d['’]après|auprès\s+de|told|to|according\s+to)\s+(?:l['’]agence(?:\s+de\s+presse)?|"
    r"(?:the\s+)?(?:news|press|wire)\s+(?:agency|service)))[ \t\u00a0]+$",
    re.I,
)
VIA = re.compile(r"\bvia\s+$", re.I)
# "X's chief executive", "X's revenue", "X's website": what only an organisation has, after its possessive.
OWNED = (
    r"(?:CEO|chief|president|founders?|co-?founders?|board|directors?|shareholders|investors|revenues?|sales|"
    r"turnover|valuation|customers|clients|website|headquarters|HQ|shares|share price|stock|market value|"
    r"spokes(?:person|man|woman)|subsidiary|subsidiaries|parent company|IPO|workforce|employees|payroll)"
)
OWNED_ROLE = re.compile(r"\s+" + OWNED + r"\b")
SITED_IN = re.compile(r"\b(?:à|in)\s+$")  # "lancé à Paris Sève": a city, then a name
UNIT_HEADS = {"school", "faculty", "faculte", "ufr"}  # the parts of a university named "School of X", "Faculté de X"
QUOTED = re.compile(r".?[\"“«][ \t\u00a0]?$")  # right after an opening quotation mark
