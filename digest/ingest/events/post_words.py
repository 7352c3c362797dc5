"""The words around a name that name a post: a post announced before the one who takes it ("Acme has a new CTO: X",
"… a trouvé sa directrice scientifique. Il s'agit de X"), a person named after the post they hold or held ("fired its
chief executive, X", "rehired its former head of sales, X")."""

from __future__ import annotations

import re

from ..weekdays import DAY
from .clauses import role_words

NEW_POST = re.compile(
    r"(?<![\w'’])(?:(?:a|an|un|une|its|their|son|sa|leur) (?:new|nouveau|nouvelle)|"
    r"(?:found|trouvé) (?:its|their|son|sa|leur)(?: (?:new|nouveau|nouvelle))?)$",
    re.I,
)


def announced_post(between: str) -> bool:
    """Only a post, then a colon or a comma (" chief technology officer: ", " directeur technique, "), or a full stop
    and the next sentence opening on the name, or on "it is", "il s'agit de" before it ("… scientist. It is X")."""
    post = re.fullmatch(
        r"\s+([\w\s'’-]{1,60}?)\s*(?:[:,]|\.\s+(?:(?:il s['’]agit de|c['’]est|it is|it['’]s|meet)\s+)?)\s*",
        between,
        re.I,
    )
    return bool(post) and all(w in role_words() for w in re.findall(r"\w+", post.group(1).lower()))


# the words that describe a post held before ("its former chief executive", "son ancien directeur", "its ousted CEO")
_BEFORE_NOW = frozenset(
    {"former", "ex", "ousted", "fired", "sacked", "outgoing", "previous"}
    | {"ancien", "ancienne", "évincé", "évincée", "limogé", "limogée", "sortant", "sortante"}
)
# a post's field after it: "head of sales", "directrice de la recherche"
_FIELD = re.compile(r"\s+(?:of|de|des|du|de la|de l['’])\s*[\w-]+(?:\s+[\w-]+)?$", re.I)


def titled_object(between: str) -> bool:
    """ "fired its chief executive, X", "la démission de sa présidente, X", "rehired its former head of sales, X": the
    object named after its title."""
    words = re.fullmatch(
        rf"\s*(?:(?:{DAY}|hier|today|yesterday)\s+)?"
        r"(?:(?:de|d['’]|of)\s*)?(?:(?:son|sa|ses|leur|its|their|his|her|the|le|la|l['’])\s*)?"
        r"([\w\s'’-]{1,60}?),\s*",
        between,
        re.I,
    )
    if not words:
        return False
    post = [w for w in re.findall(r"\w+", _FIELD.sub("", words.group(1)).lower()) if w not in _BEFORE_NOW]
    return bool(post) and all(w in role_words() for w in post)


# The post given back, told between a reinstatement's verb and its object, maybe after a day: "a rétabli lundi dans
# ses fonctions son directeur général, X", "reinstated in his role its chief technology officer, X", "restored to her
# post its CEO, X"
_POST_GIVEN_BACK = re.compile(
    rf"\s+(?:(?:on\s+|ce\s+)?(?:{DAY}|hier|yesterday|today)\s+)?(?:dans|in|to)\s+(?:ses|leurs|son|sa|his|her|their)\s+(?:fonctions|poste|post|role|position|duties|job)\b",
    re.I,
)


def object_start(body: str, trig) -> int:
    """Where a verb's object may start: after the post a reinstatement gives back, else right after the verb."""
    given_back = _POST_GIVEN_BACK.match(body, trig.end())
    return given_back.end() if given_back else trig.end()
