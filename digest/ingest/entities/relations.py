"""Business relations that name an organisation: the rivals, customers, partners and pilots a start-up names
("competitors like X", "working with X", "des discussions avec X", "X is running a pilot with us",
"X et deux ministères testent déjà", "X figure parmi ses clients")."""

from __future__ import annotations

import re

from .base import _Tok
from .gazetteer import _is_first_name
from .words import FUNCTION_WORDS

# Right before a name, on its line: the name is a rival, customer or partner of the business the article is about.
RELATION_BEFORE = re.compile(
    r"(?:\b(?:competitors?|rivals?|concurrents?|customers?|clients?|partners?|partenaires?|investors?|"
    r"investisseurs?)(?:\s+[a-zéèêàç-]+){0,2}\s+(?:like|such as|including|include|includes|comme|tels?\s+que|"
    r"telles?\s+que|dont|parmi\s+lesquels|notamment)"
    r"|\b(?:faces|facing|competes\s+with|competing\s+with|rivalise\s+avec|concurrence|affronte)"
    r"|\b(?:work(?:s|ed|ing)?|partner(?:s|ed|ing)?|collaborat(?:es?|ed|ing)|teamed\s+up|"
    r"travaill(?:e|ent|é|ait|er)|collabor(?:e|ent|é|ait|er)|s['’]est\s+associée?)\s+(?:with|avec)"
    r"|\b(?:discussions?|talks|négociations?|pilots?|pilotes?|trials?|essais?|contrats?|contracts?)"
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:with|avec)"
    r"|\b(?:déployée?s?|deployed|testée?s?|tested|adoptée?s?|adopted|piloted)(?:\s+[\w’'-]+){0,5}?\s+(?:by|par))"
    r"[ \t\u00a0]*$",
    re.I,
)
# Right after a name: it runs a pilot, tests or deploys something, or is counted among the customers.
RELATION_AFTER = re.compile(
    r"^(?:\s+(?:and|et)\s+[^.;:,\n]{1,40}?)?\s+(?:(?:has|have|had|is|are|was|were)\s+)?"
    r"(?:(?:been|both|already|also|déjà|aussi|tous\s+deux)\s+){0,2}"
    r"(?:running\s+a\s+pilot|run(?:s)?\s+(?:a\s+)?pilots?|piloting|testing|trialling|trialing|deploying|"
    r"teste|testent|expérimente|expérimentent|déploie|déploient)\b"
    r"|^(?:\s+(?:and|et)\s+[^.;:,\n]{1,40}?)?\s+(?:figure|figurent|is|are|sont|est)\s+(?:parmi|among)\s+"
    r"(?:ses|leurs|its|their|the)\s+(?:premiers\s+|first\s+)?(?:clients|customers|partenaires|partners)\b",
    re.I,
)


def _related(name: list[_Tok], before: str, after: str) -> bool:
    """``before`` (the text up to a name) or ``after`` (from its end) names it a rival, customer or partner; a
    first name alone is a person's ("we partner with Erwan and Malo")."""
    if not (RELATION_BEFORE.search(before) or RELATION_AFTER.match(after)):
        return False
    return len(name) > 1 or not (_is_first_name(name[0].bare) or name[0].bare_key in FUNCTION_WORDS)
