"""A page an organisation publishes about itself (a firm's placement news, a fund's portfolio post, a start-up's
newsroom) speaks as "we": its name, which the page's masthead or credits give as the source, is an organisation of
the article even where the text only says "notre cabinet" or "our portfolio"."""

from __future__ import annotations

import re

from ...registry import Registry, norm, slug
from .base import NewEntity
from .gazetteer import _school
from .words import FIRM_SUFFIXES, LEGAL_SUFFIXES, NAME_SUFFIXES

# The first person plural of an organisation speaking of its own business, outside any quote.
WE_THE_FIRM = re.compile(
    r"\b(?:nous sommes (?:heureux|heureuses|fiers|fières|ravis|ravies)|notre (?:cabinet|fonds|société|entreprise|"
    r"portefeuille|practice)|nos (?:associés|participations)|confiez-nous|"
    r"we(?:['’]re| are) (?:thrilled|proud|delighted|excited|pleased|happy)|our (?:firm|fund|portfolio|company)|"
    r"we (?:led|invested|backed|co-led))\b",
    re.I,
)
# A maker of models speaking of its own: "our second family of open-weight models", "notre nouveau modèle".
WE_THE_MAKER = re.compile(r"\b(?:our|notre|nos)\s+(?:[\w-]+\s+){0,4}?(?:models?|modèles?|LLMs?)\b", re.I)
# A school or institute calling itself by its noun with a capital: "the University confirmed", "l'Université annonce".
SCHOOL_SELF = re.compile(
    r"\b(?:the|la|le|l['’])\s*(?-i:University|College|Institute|School|Academy|Université|Institut|École|Académie)\b",
    re.I,
)
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


def own_page(
    body: str, source: str | None, registry: Registry, companies: list[str], new: tuple[NewEntity, ...] = ()
) -> tuple[str, NewEntity | None]:
    """The id of the organisation whose own page this is, with a new registry entity when the registry lacks it, or
    ("", None): only where the page speaks as that organisation and its source is named like a firm, and is no news
    outlet or platform. A new company of the text (``new``) that is the source's first words ("Northlight" on
    Northlight Ventures' page) is that firm, and takes its full name."""
    key = norm(source or "")
    if not key or key in registry.outlets or key in registry.channels or not _own_voice(body, source or "", key):
        return "", None
    kind, known = registry.index.get(key, ("company", ""))
    if kind != "company":
        return "", None
    entity_id = known or slug(source or "")
    if not entity_id or entity_id in companies:
        return "", None
    short = next((e for e in new if e.id in companies and key.startswith(f"{norm(e.name)} ")), None)
    if short and not known and short.kind == "company":
        short.aliases = list(dict.fromkeys([short.name, *short.aliases]))
        short.name = source or short.name
        return "", None
    return entity_id, None if known else NewEntity("company", entity_id, source or "", surface=source or "")


def _firm_name(source: str, key: str) -> bool:
    """A name shaped like a firm's or a fund's ("X & Associés", "X Ventures", "X LLP"), not like a newspaper's."""
    return " & " in source or key.split(" ")[-1] in NAME_SUFFIXES | LEGAL_SUFFIXES | FIRM_SUFFIXES


def _own_voice(body: str, source: str, key: str) -> bool:
    """The page speaks as its source: a firm's name and "we" of its business, a school's name and its noun with a
    capital ("the University confirmed"), or a maker of models that names them after itself ("X-2, our open models"
    on X's page; a newspaper's own models are never named after it)."""
    if (_school(key) or "institut" in key) and SCHOOL_SELF.search(body):  # "the University confirmed"
        return SCHOOL_SELF.search(QUOTED.sub(" ", body)) is not None
    if _firm_name(source, key):
        return bool(WE_THE_FIRM.search(body) and WE_THE_FIRM.search(QUOTED.sub(" ", body)))
    return bool(
        WE_THE_MAKER.search(body)
        and WE_THE_MAKER.search(QUOTED.sub(" ", body))
        and re.search(rf"(?<![\w-]){re.escape(source)}[- ]v?\d", body)
    )
