"""Whether a trigger tells the news or its background: a date of another year or month, a pluperfect, a
negation, "after his ouster"."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from babel.dates import get_month_names

from .. import datelines
from .clauses import end_of_sentence
from .triggers import has_trigger


def usual_year(body: str) -> int | None:
    """The year an undated article names most (its own, in news copy): moves dated in other years are history."""
    years = Counter(int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", body))
    return max(years, key=lambda y: (years[y], y)) if years else None


def is_background(body: str, s: int, trig, article) -> bool:
    """The trigger's clause, or the sentence's opening phrase, dates it away from the article ("who joined
    Microsoft in 2014", "left in August for rival Anthropic", "In September, Murati also left"): history,
    not the news; so does a pluperfect that nobody reports ("had raised"). A wire dateline ("May 24 (Reuters) -")
    dates the article itself."""
    before = DATELINE.sub("", body[s : trig.start()])
    pluperfect = PLUPERFECT.search(body, max(s, trig.start() - 30), trig.start()) or PLUPERFECT_TRIGGER.match(
        trig.group()
    )
    if pluperfect and not REPORTED.search(before):
        return True  # "had raised", "avait cofondé": what came before the news, unless reported ("said it had …")
    if (
        NOT_BEFORE.search(body, max(s, trig.start() - 25), trig.start())
        or (NE_BEFORE.search(body, max(s, trig.start() - 12), trig.start()) and NOT_AFTER.match(body, trig.end()))
    ) and not NEGATIVE_TRIGGER.search(trig.group()):
        return True  # "will not join", "n'a pas rejoint", "ne quitte pas": nothing happened
    if MAYBE_BEFORE.search(body, max(s, trig.start() - 25), trig.start()):
        return True  # "might join", "pourrait rejoindre": a move that may happen
    if (WOULD_BEFORE.search(body, max(s, trig.start() - 25), trig.start()) or CONDITIONAL.search(trig.group())) and (
        not REPORTED.search(before) or CONDITION.search(body, s, end_of_sentence(body, trig.end()))
    ):
        return True  # "would leave only if", "quitterait" unreported: a move on a condition or a rumour
    if SINCE.search(body, max(s, trig.start() - 30), trig.start()):
        return True  # "days after his ouster", "cinq jours après son éviction": what the news follows
    if REMOVAL_PARTICIPLE.fullmatch(trig.group().strip()) and _describes(body[s : trig.start()]):
        return True  # "reinstates ousted CEO X", "sa PDG évincée": a removal that says who the person is
    if article["year"] is None:
        return False
    clause = re.split(r"[,;:!?]|\.\s+(?=[A-ZÀ-Ý«“\"])|\n", body[trig.start() : trig.end() + 60], maxsplit=1)[0]
    opening = before.split(",", 1)[0] if "," in before else ""
    if DETACHED_PARTICIPLE.match(opening):
        opening = ""  # "Ousted in October, X returns", "Écartée le 16 octobre, X retrouve": the subject's past
    # a move told in the future ("will join … on 1 April", "prendra ses fonctions le 1er avril") is the news
    ahead = bool(
        FUTURE.search(body, max(s, trig.start() - 25), trig.start())
        or FUTURE_VERB.match(trig.group())
        or WILL.search(trig.group())  # "will not seek re-election in May", "ne briguera pas"
    )
    if PURPOSE.match(trig.group()) or PURPOSE_BEFORE.search(body, max(s, trig.start() - 12), trig.start()):
        # "left Acme in 2022 to found Beta": the founding is as old as the departure it follows; one of the month
        # before ("a quitté Acme en décembre pour fonder Beta" in January) is what the news announces
        # "would step down on March 31 to become": a departure still to come dates a move still to come
        opening = before.rsplit(",", 1)[-1]
        ahead_opening = bool(WILL.search(opening))
        return dated_elsewhere(clause, article, ahead) or dated_elsewhere(opening, article, ahead_opening, lately=True)
    return dated_elsewhere(clause, article, ahead) or dated_elsewhere(opening, article)


# an apposition opened after a name, its determiner then at most two words of a post: ", its", ", son directeur général"
APPOSITION_END = re.compile(r",\s*(?:its|his|her|their|the|sa|son|leur)(?:\s+[\w-]+){0,2}\s*$", re.I)


def _describes(before: str) -> bool:
    """Whether a participle after ``before`` describes a person rather than tells the news: it follows another
    event's verb ("reinstates ousted CEO X", "rehires its fired research chief"), a determiner opening an apposition
    ("reinstates X, its ousted CEO") or a determiner and a role ("sa PDG évincée", "the founder ousted in May"); after
    a bare role it stays a headline's news ("Acme CEO ousted")."""
    if APPOSITION_END.search(before):
        return True  # "reinstates X, its ousted CEO,", "réintègre X, son directeur général évincé": who X is
    words = before.split()[-3:]
    if words and DETERMINER.fullmatch(words[-1]):
        words = words[:-1]
    if words and has_trigger(" ".join(words[-2:])):
        return True
    return len(words) >= 2 and ROLE.fullmatch(words[-1]) is not None and DETERMINER.fullmatch(words[-2]) is not None


# the participles of a removal, which also describe the person removed ("ousted", "évincée"); not "removed" or
# "dismissed", which a headline also uses as its verb after the name
REMOVAL_PARTICIPLE = re.compile(
    r"(?:ousted|fired|sacked|évincée?s?|limogée?s?|écartée?s?|remerciée?s?|destituée?s?|congédiée?s?)", re.I
)
DETERMINER = re.compile(r"(?:its|his|her|their|the|sa|son|ses|leur|la|le|l['’]\w*)", re.I)
# one person's post, never a body of people ("its directors ousted CEO X": they act), unlike headlines.PERSON_NOUN
ROLE = re.compile(
    r"(?:CEO|CTO|COO|CFO|PDG|chief|head|boss|(?:co-?)?founder|(?:co-?)?fondat(?:eur|rice)|direct(?:eur|rice)|"
    r"patron(?:ne)?|présidente?|president|chair(?:man|woman)?|dirigeante?)",
    re.I,
)

# A sentence opening on a past participle that describes its subject: "Ousted in October", "Écartée le 16 octobre",
# "Founded in 2019" (a word after it: "Indeed," is no participle)
DETACHED_PARTICIPLE = re.compile(r"\s*[A-ZÀ-Ý][\w-]*(?:ed|é|ée|és|ées)\s+\w")
PLUPERFECT = re.compile(
    r"\b(?:had|avait|avaient)\s+(?:(?:\w+ly|déjà|already|also|aussi|lui-même|elle-même)\s+)?$", re.I
)
NOT_BEFORE = re.compile(
    r"(?:\b(?:not|never|jamais|pas|guère)|n['’]t)\s+(?:(?:yet|encore|be|been|have|had|été|officially|"
    r"officiellement|formally|immediately|encore|already|déjà)\s+){0,2}$",
    re.I,
)
NE_BEFORE = re.compile(r"\b(?:ne|n['’])\s*(?:(?:l['’]|la|le|les|se|s['’]|lui|leur)\s*)?$", re.I)
NOT_AFTER = re.compile(r"\s+(?:pas|jamais|plus|point)\b", re.I)
NEGATIVE_TRIGGER = re.compile(r"n['’]est plus|no longer", re.I)
MAYBE_BEFORE = re.compile(
    r"\b(?:might|could|pourrai[st]|pourraient|devrai[st]|devraient)\s+(?:(?:not|pas|also|aussi|soon|bientôt)\s+)?$",
    re.I,
)
# a future seen from the past ("said she would join", "a annoncé qu'elle quitterait") is reported news; on a
# condition ("would leave only if", "ne quitterait que si") or unreported ("X quitterait Acme") it is not
WOULD_BEFORE = re.compile(r"\bwould\s+(?:(?:not|also|soon)\s+)?$", re.I)
CONDITION = re.compile(r"\b(?:if|unless|si|à condition)\b", re.I)
CONDITIONAL = re.compile(r"\w(?:erait|eraient|irait|iraient)$", re.I)
SINCE = re.compile(
    r"\b(?:(?:after|following|since|après|depuis|suite à)\s+(?:his|her|their|its|the|son|sa|leur|le|la|l['’])|"
    r"(?:after|following)\s+(?:being|having(?:\s+been)?)|après\s+(?:l['’]|les\s+|s['’])?(?:avoir|être)(?:\s+été)?|"
    r"(?:after|since)(?:\s+(?:he|she|they|it))?|après\s+qu['’](?:il|elle)s?\s+\w+)"
    r"\s*$",
    re.I,
)
PLUPERFECT_TRIGGER = re.compile(r"(?:had|avait|avaient)\s", re.I)
REPORTED = re.compile(
    r"\b(?:said|says|announced|confirmed|told|reported|stated|disclosed|annonc\w+|indiqu\w+|"
    r"confirm\w+|précis\w+|expliqu\w+|déclar\w+|affirm\w+|rappel\w+)\b",
    re.I,
)


DATELINE = re.compile(
    r"^\W*(?:[A-ZÀ-Ý][\w .'’-]{0,30},\s*)?\w+\.? \d{1,2}(?:,? \d{4})?\s*(?:\([^()]{1,30}\))?\s*[-–—]\s"
)


PURPOSE = re.compile(r"(?:to|pour)\s", re.I)
PURPOSE_BEFORE = re.compile(r"\b(?:to|pour|afin de)\s+$", re.I)
FUTURE = re.compile(
    r"\b(?:will|would|shall|to|va|vont|devrait|devraient|doit|doivent)\s+(?:\w+ly\s+|also\s+|aussi\s+)?$", re.I
)
# a move still to come, told in the opening of its clause: "will step down", "would leave", "quittera"
WILL = re.compile(r"\b(?:will|would|shall|va|vont|devrait|devraient|\w+(?:era|eront|ira|iront))\b", re.I)
FUTURE_VERB = re.compile(r"\w+(?:ra|ront)\b", re.I)


def dated_elsewhere(clause: str, article, ahead: bool = False, lately: bool = False) -> bool:
    if not clause:
        return False  # no opening phrase before the trigger (half the calls): nothing to date
    if article["date"] is None and re.search(r"(?:founded|fondée?s?|créée?s?) (?:in|en) (?:19|20)\d\d", clause, re.I):
        return True  # "founded in 2023 by X" in an undated article describes the company; news says "has founded"
    if re.search(r"\b(?:last year|l['’]an dernier|l['’]année dernière)\b", clause, re.I):
        return True
    years = YEAR.findall(clause)
    if any(int(y) != article["year"] for y in years):
        return True
    months, pattern = _months()
    if (
        years
        and not ahead
        and any(
            m.group(2) != "may" and YEAR.match(clause, m.end() + 1) and IN_MONTH.search(clause, 0, m.start())
            for m in pattern.finditer(clause)
        )
    ):
        return True  # "a dévoilé en mai 2024": a month and its year without a day recall it; news says "on Tuesday"
    if article["date"] is None:
        return False
    # "may" is also the verb. The end of the month before, in an article of the first half of a month, is the
    # news told a few days later ("a quitté l'entreprise fin mai" on 3 June).
    day = article["date"]
    previous = (day.month - 2) % 12 + 1 if day.day <= 15 or lately else None
    return any(
        months[m.group(2).lower()] != day.month
        and not ((m.group(1) or lately) and months[m.group(2).lower()] == previous)
        for m in pattern.finditer(clause)
        if m.group(2) != "may"
        and not _in_a_name(clause, m.start(2), m.end(2))
        and not (
            (ahead or FROM_THEN.search(clause, max(0, m.start() - 20), m.start()))
            and (months[m.group(2).lower()] - day.month) % 12 <= 6
        )
    )


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised month word before another capitalised word, no day number beside it, is part of a person's name
    ("Hoàng Thị Mai Anh", "April Dunford", "June Okafor"): it dates nothing."""
    return (
        text[start].isupper()
        and NAME_AFTER.match(text, end) is not None
        and not re.search(r"\d\s*$", text[max(0, start - 4) : start])
    )


NAME_AFTER = re.compile(r"\s+(?-i:[A-ZÀ-Ý])")


# what stands before a month that dates a verb without a day: "in May 2024", "en mai 2024"
IN_MONTH = re.compile(r"\b(?:in|en|back in|dès)\s+$", re.I)


# A year, not one since which a post is held ("chief product officer since 2021", "directrice depuis 2020"): that
# describes the person, it does not date the news; nor a deadline ("30 M€ d'ici 2027", "500 hires by 2027")
YEAR = re.compile(
    r"(?<!since )(?<!depuis )(?<!since early )(?<!since late )(?<!\bby )(?<!d'ici )(?<!d’ici )(?<!until )"
    r"(?<!jusqu'en )(?<!jusqu’en )\b((?:19|20)\d\d)\b",
    re.I,
)


# "effective April 1", "à partir d'avril", "dès mars": a move that takes effect in a month to come is the news
FROM_THEN = re.compile(
    r"(?:\b(?:effective|starting|from|as of|beginning|à partir d[eu]|dès|début|courant)\s+(?:le\s+)?"
    r"(?:\d{1,2}(?:er)?\s+)?|\bà partir d['’])$",
    re.I,
)


@lru_cache(maxsize=1)
def _months() -> tuple[dict[str, int], re.Pattern]:
    months = {**datelines.month_names("fr"), **datelines.month_names("en")}
    full = {name.lower() for lang in ("fr", "en") for name in get_month_names("wide", locale=lang).values()}
    names, short = (datelines.alternation(k for k in months if (k in full) == wide) for wide in (True, False))
    # a short form is a month only with its full stop or a number after it: "après sept ans" is seven years
    return months, re.compile(
        r"(\b(?:fin|end of|late|à la fin de|at the end of)\s+)?\b((?:" + names + r")\b|(?:" + short + r")(?=\.|\s+\d))",
        re.I,
    )
