"""A release's company and product, however the sentence tells it: "Acme unveils X-2", "X-2 was released by Acme",
"X-2 is now available, Acme said", "Acme releases open-weight model" (no name: the event has the company alone)."""

from __future__ import annotations

import re

from .clauses import SENTENCE_END
from .passives import passive_release, release_made_by
from .products import product_of
from .referents import article_company, headlined_company, opens_on_startup

# The product as the subject of a verb of availability: "Kora-2 is now generally available", "Kora-2 went live",
# "Kora-2 débarque", "Kora-2, le modèle de Acme, est disponible", "Acme's new model, Heron, went live", "Conçu par
# Acme, le modèle Tramontane est disponible", "Loom, its coding agent, has reached general availability". A name
# that is not versioned must follow or be followed by what it is.
_KIND = r"(?i:models?|modèles?|assistants?|agents?|chatbots?|apps?|applications?|tools?|outils?)"
_ANY_NAME = r"[A-Z][\w+.-]*(?:\s+[A-Z0-9][\w+.-]*){0,2}"
_SUBJECT_PRODUCT = re.compile(
    r"\s*(?:(?i:conçue?|développée?|entraînée?|built|made|developed|trained|designed)\s+(?i:par|by)\s+"
    r"[^,.;:!?]{1,40},\s*)?"
    r"(?:(?i:the|le|la|l['’])\s*)?(?:[^,.;:!?]{1,40}?['’]s\s+)?"
    r"(?:(?i:new|latest|nouveau|nouvel|nouvelle)\s+)?"
    r"(?:" + _KIND + r"(?:\s+(?i:de|d['’]|of|from)\s*[^,.;:!?]{1,40},)?\s*,?\s*(?P<named>" + _ANY_NAME + r")|"
    r"(?P<name>[A-Z][A-Za-z]*(?:[-.]?\d+(?:\.\d+)*[A-Za-z]?|-[\w-]*\d[\w-]*| \d+(?:\.\d+)?|-[A-Z][\w-]*))|"
    r"(?P<described>"
    + _ANY_NAME
    + r")(?=\s*,\s*(?i:its|their|the|son|sa|le|la|un|une|a|an)\s+(?:[\w'’-]+\s+){0,2}?"
    + _KIND
    + r"\b))"
    r"\s*(?:,[^,.;:!?]{1,80},|,)?\s*(?:(?i:(?:has|have|had|just|vient d['’]|a|est|is|are|now|désormais|maintenant|"
    r"officially|officiellement)\s+)){0,3}$"
)
# A company told by what it makes or is, as a release's subject: "Le champion tricolore de l'IA a sorti …", "The
# Toronto chipmaker unveiled …", "L'éditeur lyonnais a publié …" (the article's company)
MAKER_SUBJECT = re.compile(
    r"(?:the|le|la|l['’])\s*(?:[\w-]+\s+){0,2}?(?:champion|éditeur|spécialiste|fabricant|concepteur|"
    r"développeur|[\w-]*maker|developer|specialist|publisher)\b(?:\s+(?:[\w'’-]+\s+){0,4}?)?"
    r"(?:\s*(?:has|have|just|vient d['’]|a|ont|is)\s+)?$",
    re.I,
)
# The subject's verbs: what the product does when it comes out, not what a company does to it.
_OF_THE_PRODUCT = re.compile(r"(?:is|are|est|sont|go|went|débarqu|reach|atteint)", re.I)
# An unnamed model released: "releases open-weight model", "publie son premier modèle ouvert", "launched a new
# language model"; said to be an AI model (a "revenue-sharing model", a "modèle économique" is none).
_UNNAMED_MODEL = re.compile(
    r"\s+(?:(?:a|an|its|their|his|her|un|une|son|sa|leur)\s+)?"
    r"(?:(?!(?:on|of|de|du|des|sur|about|with|for|pour|par|by|from|to|à|au|aux|avec|the|le|la|les)\b)[\w'’-]+\s+){0,3}?"
    r"(?:models?|modèles?|LLMs?|chatbots?)\b(?:\s+[\w'’-]+){0,2}",
    re.I,
)
_AI_CUE = re.compile(
    r"\b(?:open[- ](?:weights?|source)|intelligence artificielle|artificial intelligence|"
    r"ouverts?|language|langage|AI|IA|d['’]IA|LLMs?|chatbots?|foundation|fondation|"
    r"reasoning|raisonnement|generative|génératifs?|multimodal|speech|vocal|vision|translation|traduction|coding|code)\b",
    re.I,
)
# The verbs that make a release of an unnamed model, told as done (an announcement, a plan, "after releasing", is not).
_MAKES_PUBLIC = re.compile(r"releas|launch|lanc|publi|open-sourc|ship|sort|dévoil|unveil|dégain", re.I)
_NOT_DONE = re.compile(r"(?:ing|release|launch|publish|ship|unveil|open-source)$", re.I)


def release_events(body, clause_start, trig, inside, before, free_before, article) -> list[dict]:
    """The release the clause of ``trig`` tells, with its company and (when named) its product."""
    subject = [m.id for m in free_before if m.kind == "company"][-1:]
    opening = body[clause_start : trig.start()].lstrip()
    if not subject and opens_on_startup(opening):
        # "Annonce de Mistral AI : la start-up sort X": the company the sentence named, else the article's
        subject = [m.id for m in before if m.kind == "company"][-1:] or [article_company(article, at=trig.start())]
    elif not subject and MAKER_SUBJECT.match(opening):
        # "Le champion tricolore de l'IA a sorti X": the article's company, else the one its headline names first
        subject = [article_company(article, at=trig.start()) or headlined_company(article, ())]
    if not (subject and subject[0]) and not any(m.kind == "company" for m in inside):
        return []  # no company to have released it, here or in an apposition: the product is not looked for
    product, sure = product_of(body, trig)
    if not sure and any(m.kind == "company" and body[m.start : m.end] == product for m in inside):
        return []  # "the OpenAI model": a company, not a product's name
    if not (subject and product) and (told := passive_release(body, clause_start, trig, inside)):
        subject, product = [told[0]], told[1]  # "Rook-3 was unveiled by Acme"
    if not (subject and product) and (told := release_made_by(body, clause_start, trig, inside)):
        subject, product = [told[0]], told[1]  # "Orion 2, the latest model from Acme, is out"
    if not (subject and product) and (told := _available_subject(body, clause_start, trig, inside)):
        subject, product = [told[0]], told[1]  # "Kora-2 is now available, Acme said"
    if subject and subject[0] and not product and _unnamed_model(body, trig):
        return [{"type": "releases", "company": subject[0], "product": None}]
    return (
        [{"type": "releases", "company": subject[0], "product": product}] if subject and subject[0] and product else []
    )


def _available_subject(body, clause_start, trig, inside) -> tuple[str, str] | None:
    """(company, product) of "Kora-2 is now generally available, Acme said" or "Kora-2, le modèle de Acme,
    débarque": a versioned name as the subject, its maker the company of the sentence (in the apposition, or the
    one the sentence quotes)."""
    if not _OF_THE_PRODUCT.match(trig.group()):
        return None
    told = _SUBJECT_PRODUCT.match(body, clause_start, trig.start())
    if not told or not told.group(0).strip():
        return None
    end = SENTENCE_END.search(body, trig.end())
    until = end.start() if end else len(body)
    name = told.group("named") or told.group("name") or told.group("described")
    makers = [m for m in inside if m.kind == "company" and m.start < until and body[m.start : m.end] != name]
    return (makers[0].id, name) if makers else None


def _unnamed_model(body, trig) -> bool:
    """The verb makes public an AI model it does not name: "releases open-weight model", "a publié son premier
    modèle ouvert"."""
    if not _MAKES_PUBLIC.search(trig.group()) or _NOT_DONE.search(trig.group()):
        return False
    told = _UNNAMED_MODEL.match(body, trig.end(), trig.end() + 80)
    return bool(told and _AI_CUE.search(told.group()))
