"""Releases told in the passive, with the product as the subject: "Sora was unveiled by OpenAI", "Le modèle Sirocco
a été présenté par Acme", "Acme's new model Rook-3 was released on Monday", a headline's "Acme Copilot Unveiled at
Build". The company is the agent after "by"/"par", the possessive before the product, or the company whose name
opens the product's own; nothing else (a product without its company is no event)."""

from __future__ import annotations

import re

from ...model.text import slug

_NAME = r"(?P<name>[A-Z][\w+-]*(?:\.[\w+-]+)*(?:\s+[A-Z0-9][\w+-]*(?:\.[\w+-]+)*)*)"
_KIND = (
    r"(?:modèles?|models?|chatbot|puce|chip|produit|product|assistant|app|application|robot|agent|outil|tool|"
    r"système|system|version|famille|family)"
)
# The subject of the clause: "Sora", "The new model Rook-3", "Le modèle Sirocco", "Acme's new chip Orca 2", "A new
# model, Lark-3,"
_SUBJECT = re.compile(
    r"\s*(?i:(?:a|an|un|une)\s+(?:new|nouveau|nouvelle|nouvel)\s+" + _KIND + r"\s*,\s*)?"
    r"(?i:(?:the|le|la|les|l['’])\s*)?(?i:(?:new|latest|next|nouveau|nouvelle|nouvel)\s+)?"
    r"(?i:" + _KIND + r"\s+(?:(?:d['’]|de\s+)?(?:IA|AI)\s+)?)?[«“\"]?" + _NAME
)
# The product then what it is and who makes it, before "is out" / "est disponible": "Orion 2, the latest model from
# Acme, is out", "Runner 2, le dernier modèle de Acme, est disponible", "X, the translation model built by Acme, is"
_MADE_BY = re.compile(
    r"\s*" + _NAME + r",\s+(?i:the|its|le|la|son|sa)\s+(?i:(?:latest|new|newest|dernier|dernière|nouveau|nouvelle|"
    r"nouvel)\s+)?(?:(?-i:[a-zà-ÿ])[\w-]*\s+)?(?i:" + _KIND + r")\s+(?:(?-i:[a-zà-ÿ])[\w-]*\s+)?"
    r"(?i:(?:built|made|developed|trained|designed|conçue?|développée?|entraînée?)\s+)?(?i:from|by|of|de|du|d['’]|par)\s*"
)
_OUT = re.compile(r"(?:is|are|est|sont)\s", re.I)
# What the product is, set off by commas between it and its verb: "Sora, the video model, was unveiled" (or the
# comma closing "A new model, Lark-3,")
_APPOSITION = re.compile(r"\s*(?:,[^,.;:!?]{1,60},|,)?\s*$")
# After a participle that has no auxiliary (a headline's "Acme Copilot Unveiled at Build"), what shows it passive:
# an agent, a place or time, or the end of the clause; an active past ("Acme unveiled Rook-3") has an object.
_AFTER = re.compile(
    r"\s+(?:by|par|at|in|on|à|au|lors|during|pendant|today|aujourd['’]hui|this|ce|cette|le|last)\b|\s*(?:[:;,.!?—–]|$)",
    re.I,
)
_BY = re.compile(
    r"(?:\s+(?-i:[a-zà-ÿ])[\w-]*){0,2}?\s+(?:by|par)\s+(?:(?:the|le|la|l['’]|les)\s*)?(?:[\w-]+\s+){0,3}?", re.I
)
# The auxiliaries of a passive before the participle: "was", "has been", "will be", "a été", "vient d'être"
_AUXILIARY = re.compile(
    r"(?:\s+(?:has|have|had|will|would|is|are|was|were|been|be|being|just|a|ont|avait|avaient|est|sont|sera|"
    r"seront|fut|été|être|vient d['’]|viennent d['’]))*\s+(?:is|are|was|were|been|be|est|sont|été|être|fut)\s*$",
    re.I,
)
_PARTICIPLE = re.compile(r"(?:ed|é|ée|és|ées)$", re.I)
_POSSESSIVE = re.compile(r"['’]s?\s")


def passive_release(body, clause_start, trig, inside) -> tuple[str, str] | None:
    """(company, product) of a release told in the passive from the product, or None."""
    if not _PARTICIPLE.search(trig.group()):
        return None
    auxiliary = _AUXILIARY.search(body, max(clause_start, trig.start() - 40), trig.start())
    if not auxiliary and not (_AFTER.match(body, trig.end()) or _BY.match(body, trig.end())):
        return None
    end = auxiliary.start() if auxiliary else trig.start()
    companies = [m for m in inside if m.kind == "company"]
    lead = len(body[clause_start:end]) - len(body[clause_start:end].lstrip())
    owner = next((m for m in companies if m.start == clause_start + lead), None)
    possessive = _POSSESSIVE.match(body, owner.end) if owner else None
    start = possessive.end() if possessive else clause_start
    subject = _SUBJECT.match(body, start, end)
    if not subject or not _APPOSITION.fullmatch(body, subject.end(), end):
        return None
    name, at = subject.group("name"), subject.start("name")
    whole = next((m for m in companies if m.start == at and m.end == at + len(name)), None)
    if whole and slug(name).startswith(whole.id + "-"):  # "Acme Copilot" read as Acme: the product of its company
        return whole.id, name
    if whole:
        return None  # a company launched is a founding, not a release
    if possessive:  # "Acme's new model Rook-3 was released"
        return owner.id, name
    agent = [m for m in companies if m.start > trig.end() and _BY.fullmatch(body, trig.end(), m.start)]
    if agent:
        return agent[0].id, name
    if owner and owner.end < at + len(name):  # "Acme Copilot Unveiled at Build": the name opens with its company
        return owner.id, name
    return None


def release_made_by(body, clause_start, trig, inside) -> tuple[str, str] | None:
    """(company, product) of "Orion 2, the latest model from Acme, is out": the maker named in the product's
    apposition, before a verb of availability."""
    if not _OUT.match(trig.group()):
        return None
    told = _MADE_BY.match(body, clause_start, trig.start())
    maker = [m for m in inside if m.kind == "company" and told and m.start == told.end()]
    if not maker or not re.fullmatch(r",\s*", body[maker[0].end : trig.start()]):
        return None
    return maker[0].id, told.group("name")
