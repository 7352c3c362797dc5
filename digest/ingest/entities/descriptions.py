"""A new entity's one-line description, from the apposition beside its first mention, in both languages where
the roles glossary allows."""

from __future__ import annotations

import re

from unidecode import unidecode

from ... import roles
from .base import Mention


def _describe(body: str, mention: Mention, lang: str) -> dict[str, str]:
    """A one-line description from an apposition next to the first mention ("X, an investor who …,",
    "X (co-fondateur d’OpenAI)", "le cofondateur de DeepMind, X"); none when there is no such phrase.
    The other language only when the phrase is a plain role ("co-fondateur d’OpenAI" -> "Co-founder of
    OpenAI"); otherwise it is left for an editor (the site falls back)."""
    article = (
        r"(?:an?|the|former|founded|based|backed|owned|created|led)\b"
        if lang == "en"
        else r"(?:une?|le|la|l['’]|ancien|ancienne|fondée?|basée?|créée?|détenue?|soutenue?|dirigée?)\b"
    )
    following = body[mention.end : mention.end + 300]  # a window: slicing to the end is quadratic on long pastes
    after = re.match(rf",\s+({article}[^,.;:()«»“”\"]{{3,140}})[,.;)]", following)
    paren = re.match(r"\s*\(([^()\d]{6,100})\)", following)
    before = re.search(
        r"(?:^|[.!?]\s+|\(\w[^)]*\)\s+)((?:[Ll]e|[Ll]a|[Tt]he|[Ll]['’])\s*[^,.;:()«»“”\"]{3,100}),\s*$",
        body[max(0, mention.start - 140) : mention.start],
    )
    phrase = next((m.group(1) for m in (after, paren, before) if m), "").strip()
    if len(phrase.split()) < 2:
        return {}
    description = {lang: phrase[0].upper() + phrase[1:] + "."}
    female = mention.kind == "person" and roles.is_female(mention.surface)
    other = _translate_role(phrase, lang, female)
    if other:
        description["en" if lang == "fr" else "fr"] = other
    return description


def _translate_role(phrase: str, lang: str, female: bool) -> str | None:
    """ "(le) co-fondateur d’OpenAI" <-> "co-founder of OpenAI", "ancien PDG de Google" <-> "former CEO of
    Google": a role of the glossary, an optional "former/ancien", an optional organisation name; else None."""
    m = re.fullmatch(
        r"(?:(?i:the|an?|le|la|une?)\s+|(?i:l)['’])?((?i:former|ancien|ancienne)\s+)?(.+?)"
        r"(?:\s+(?:of|at|de|chez)\s+|\s+d['’])?((?<=\s|['’])[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)?",
        phrase.strip(),
    )
    other = "en" if lang == "fr" else "fr"
    role = m and roles.translate((m.group(1) or "") + m.group(2), other, female)
    if not role:
        return None
    org = m.group(3)
    if org:
        role += f" of {org}" if other == "en" else (" d’" if unidecode(org)[:1].lower() in "aeiouy" else " de ") + org
    return role[0].upper() + role[1:] + "."
