"""Acts only a company is told doing, which name an unknown company by what it does in the event: releasing a model
("X has released Orca-2", "X a dévoilé son nouveau modèle", "Orca-2 was launched by X"), reinstating someone ("X has
reinstated Jane Roe", "réintégrée par X") and a return told with its post ("returning to X as chief executive").
People and places are found before new companies, so a known person's or place's name never reaches these cues."""

from __future__ import annotations

import re

_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|"
    r"mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b"
)
_MODEL = r"(?:models?|modèles?|LLMs?|chatbots?)\b"
# A product: a capitalised name holding a version ("Orca-2", "GPT-4o", "Llama 3"), a name set off as a model
# ("Sonar, a speech model"), or a model told by its noun ("its new model", "son nouveau modèle").
_PRODUCT = (
    r"(?:(?!" + _MONTHS + r")(?-i:[A-ZÀ-Ý][\w.]*(?:-v?|\s)?\d[\w.]*)(?![\w-])"
    r"|(?-i:[A-ZÀ-Ý][\w.-]*)(?:\s+(?-i:[A-ZÀ-Ý][\w.-]*)){0,2},\s+(?:an?|its|the|une?|son|sa|le|la)\s+"
    r"(?:[\w'’-]+\s+){0,4}?" + _MODEL + r"|(?:an?|its|their|the|une?|son|sa|ses|leur|le|la|les)\s+"
    r"(?:[\w'’-]+\s+){0,3}?" + _MODEL + r")"
)
# A small word of a role before a name ("veteran chip designer"), no preposition ("payments for Q3")
_LOWER_WORD = r"(?:(?!(?:for|of|in|on|at|to|from|de|du|des|pour|en|à|au|aux|sur)\s)(?-i:[a-zéèêëàâîïôûç-]+)\s+)"
_AUXILIARY = r"(?:has\s+|have\s+|had\s+|just\s+|a\s+|ont\s+|vient\s+de\s+|viennent\s+de\s+)?"
# After the name: "has released Orca-2", "a lancé son modèle", "has reinstated Dr. Jane Roe", "a réintégré
# l'ingénieure Jane Roe", "brought back its founder".
_ACTS_AFTER = re.compile(
    r"\s+" + _AUXILIARY + r"(?:(?:released|releases|unveiled|unveils|launched|launches|introduced|introduces|"
    r"debuted|debuts|open-sourced|open-sources|dévoilé|dévoile|dévoiler|lancé|lance|lancer|présenté|présente|"
    r"présenter|publié|publie|publier|publish(?:es|ed)|"
    # the newsroom's other verbs of a release: "X ships Orca-2", "X a mis en ligne Orca-2", "X dégaine Orca-2"
    r"ship(?:s|ped)|roll(?:s|ed)\s+out|drop(?:s|ped)|preview(?:s|ed)|showcas(?:es|ed)|unleash(?:es|ed)|"
    r"puts?\s+out|deploy(?:s|ed)|(?:brings?|brought)\s+out|(?:takes?|took)\s+the\s+wraps\s+off|"
    r"lift(?:s|ed)?\s+the\s+lid\s+on|makes|made|announc(?:es|ed)|déploie|déployé|m(?:et|is)\s+en\s+ligne|"
    r"sort|sorti|dégaine|dégainé|rend|rendu|annonce|annoncé|l[eè]v(?:e|é)\s+le\s+voile\s+sur|diffus(?:e|é)|m(?:et|is)|"
    r"commercialis(?:e|é)|libère|libéré|officialis(?:e|é)|dévoil(?:e|é)\s+en\s+avant-première)\s+"
    + _PRODUCT
    + r"|(?:reinstated|reinstates|rehired|rehires|re-hired|"
    r"réintégré|réintègre|réintégrer|(?:welcomed|welcomes|brought|brings)\s+back)\s+(?:(?:the|its|their|le|la|l['’]|"
    r"son|sa|leur)\s*)?" + _LOWER_WORD + r"{0,3}(?:(?-i:[A-ZÀ-Ý])|co-?founder|founder|co-?fondat|fondat))",
    re.I,
)
# Before the name: a reinstatement's agent ("réintégrée par X", "reinstated by X"), a return's place ("returning to
# X", "de retour à X"; a post must follow, a return is to places too) or a release's agent ("launched by X", with a
# product earlier in the sentence).
_REINSTATED_BY = re.compile(r"\b(?:reinstated|rehired|réintégrée?s?)\s+(?:by|par)\s+$", re.I)
_RETURN_TO = re.compile(
    r"\b(?:return(?:s|ed|ing)?\s+to|back\s+(?:to|at)|(?:retour|revient|reviendra|retourne|retourné|revenue?)\s+(?:à|au))"
    r"\s+(?:the\s+|l['’])?$",
    re.I,
)
_POST_AFTER = re.compile(
    r"\s+(?:as|comme|en tant que|au poste de)\s+(?:(?:its|the|their|son|sa|le|la|l['’])\s*)?(?:[\w-]+\s+){0,2}?"
    r"(?:chief|head|president|chair\w*|director|CEO|CTO|CFO|COO|directeur|directrice|président\w*|PDG|"
    r"responsable|vice|VP|managing|general|partner|associée?)\b",
    re.I,
)
_RELEASED_BY = re.compile(
    r"\b(?:released|unveiled|launched|introduced|open-sourced|dévoilée?s?|lancée?s?|présentée?s?|publiée?s?)"
    r"\s+(?:by|par)\s+$",
    re.I,
)
_PRODUCT_BEFORE = re.compile(r"(?-i:[A-ZÀ-Ý][\w.]*-v?\d[\w.]*)|\b" + _MODEL, re.I)
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|le|la|les)\s+|\b[lL]['’])$", re.I)
_ENDS = (" to ", " à ", " au ", " by ", " par ", " at ")


def _company_acts(body: str, start: int, end: int) -> bool:
    """The name from ``start`` to ``end`` releases a model, reinstates someone, is reinstated by, or is where
    someone returns to a post (the cheap look at the words around comes first)."""
    if _ACTS_AFTER.match(body, end):
        return not _ARTICLE_BEFORE.search(body, max(0, start - 5), start)  # "La Bretagne a dévoilé": a region
    near = body[max(0, start - 5) : start]
    if not any(word in near for word in _ENDS) and "l'" not in near and "l’" not in near:
        return False
    before = body[max(0, start - 60) : start]
    if _REINSTATED_BY.search(before) or _RETURN_TO.search(before) and _POST_AFTER.match(body, end):
        return True
    released = _RELEASED_BY.search(before)
    if not released:
        return False
    sentence = body[max(0, start - 200) : start - len(before) + released.start()]
    return bool(_PRODUCT_BEFORE.search(re.split(r"[.!?\n]\s", sentence)[-1]))
