"""The name of a released product: "released Tessera-7B, an open-weights model", "lance GPT-5"."""

from __future__ import annotations

import re

_NAME = r"(?P<name>[A-Z][\w+-]*(?:\.[\w+-]+)*(?:\s+[A-Z0-9][\w+-]*(?:\.[\w+-]+)*)*)"
_KINDS = (
    r"(?:modèles?|models?|chatbot|puce|chip|produit|product|version|assistant|app|application|robot|lunettes|"
    r"glasses|smartphone|agent|family|famille|tool|outil|system|système)"
)
# When and where may stand before it: "a dévoilé mercredi un nouveau modèle", "published on GitHub a model".
_PRODUCT_NOUN = re.compile(
    r"\s+(?:(?-i:[a-zà-ÿ0-9]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+){0,2}?"
    r"(?:(?:sur|on)\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2}\s+)?"
    r"(?:(?-i:[a-zà-ÿ0-9]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+){0,2}?"
    r"(?:un|une|son|sa|ses|a|an|its|the|their|leur)\s+(?:[\w'’-]+\s+){0,2}?" + _KINDS + r"\b",
    re.I,
)
# The product's own name: right after the noun ("its new chip Maia 100"), after what it is, or once it is named
# ("sa propre puce d'IA personnalisée qui est intitulée Maia AI", "… un petit modèle. Dénommé Phi-3 Mini, il …",
# "… The model, R2, …").
_PRODUCT_NAME = re.compile(
    r"^(?:[^;:]{0,70}?\b(?i:intitulée?s?|appelée?s?|baptisée?s?|(?:dé)?nommée?s?|dubbed|called|"
    r"named)\s+|[^;:]{0,250}?[.!?]\s+(?:The|Le|La|This|Ce|Cette) (?i:new |nouveau |nouvelle )?" + _KINDS + r",\s+|"
    # described, then named after a comma: "un modèle de langage de 8 milliards de paramètres, Aster-Lite 8B"
    r"[^;:.,!?]{0,80}?,\s+(?=[A-Z][\w]*(?:-|\s*\d))|\s+)"
    r"[«“\"]?\s*" + _NAME
)
_WHEN = (
    r"(?:(?:[a-zà-ÿ0-9.]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?= \d))\s+)"
)
# Named right after the verb, then said what it is: "released Tessera-7B, an open-weights language model",
# "a présenté ce mercredi 3 juillet Moshi, un assistant vocal", "released X on Thursday, the first model of …".
# Or said in the next sentence: "released Rook-3 on 2 December. It is a 12-billion-parameter model".
_ASIDE = r"(?:,[^,.;:!?«»“”]{1,40},)?"  # "a mis en ligne, ce mercredi, Oud-9B": when, set off between the verb and it
_NAMED_PRODUCT = re.compile(
    _ASIDE + r"\s+" + _WHEN + r"{0,5}" + _NAME + r"(?:\s+" + _WHEN + r"{0,3}?[\w.]+)?(?:,\s+|"
    r"\.\s+(?:It|This|Il|Elle|Ce|C['’]est)\s+(?:is|was|est|s['’]agit d['’]|)\s*)"
    r"(?:un|une|a|an|the|le|la|son|sa|its|their|leur)\s+(?:[\w'’-]+\s+){0,6}?" + _KINDS + r"\b"
)


# Named before its kind: "announced the Claude 3 model family", "unveiled its Maia 100 chip".
_NAME_THEN_KIND = re.compile(
    r"\s+(?:the|its|their|his|her)\s+(?:(?:new|latest|next|first)\s+)*" + _NAME + r"\s+" + _KINDS + r"\b"
)


# A versioned name right after the verb is a product's ("lance GPT-5", "publishes Arolla-8B", "releases Llama 3"):
# letters then a version number.
_VERSIONED = re.compile(
    _ASIDE + r"\s+(?:(?:its|their|his|her|son|sa|leur)\s+(?:(?:new|latest|nouveau|nouvelle)\s+)?|"
    r"(?:the (?:model )?weights of|les poids d[eu])\s+)?[«“\"]?"
    r"(?P<name>[A-Z][A-Za-z]+(?:[-.]?\d+(?:\.\d+)*[A-Za-z]?|-\w*\d\w*| \d+(?:\.\d+)?)(?![\w-]))"
)


# Named before the clause that releases it: "Sirocco-2, les nouveaux modèles que la start-up Acme a publiés",
# "Rook-3, the new model that Acme released".
_ANTECEDENT = re.compile(
    r"(?<![\w-])"
    + _NAME
    + r",\s+(?:les|le|la|l['’]|the|its|ses|son|sa)\s*(?:[\w'’-]+\s+){0,3}?"
    + _KINDS
    + r"\b[^.;:!?,]{0,40}?\s(?:que|qu['’]|that|which)\s*[^.;:!?,]{0,60}$"
)


def product_of(body, trig) -> tuple[str | None, bool]:
    """ "annonce sa puce … intitulée Maia AI", "unveiled its new chip Maia 100", "released Tessera-7B, an
    open-weights model", "lance GPT-5": a release with its name, not any announcement (an unnamed "nouveaux
    produits" is no event a reader can use); and whether the text says for sure that the name is a product's (said
    what it is, or versioned), whatever ingest took it for."""
    direct = _NAMED_PRODUCT.match(body, trig.end(), trig.end() + 200)
    if direct:
        return direct.group("name"), True
    before = _ANTECEDENT.search(body, max(0, trig.start() - 200), trig.start())
    if before:
        return before.group("name"), True
    versioned = _VERSIONED.match(body, trig.end(), trig.end() + 60)
    if versioned:
        return versioned.group("name"), True
    direct = _NAME_THEN_KIND.match(body, trig.end(), trig.end() + 120)
    if direct:
        return direct.group("name"), False
    noun = _PRODUCT_NOUN.match(body, trig.end(), trig.end() + 60)
    named = noun and _PRODUCT_NAME.match(body[noun.end() : noun.end() + 300])
    return (named.group("name") if named else None), False
