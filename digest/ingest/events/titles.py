"""Posts held at a company, written around a person's name ("Acme CEO X", "X, directrice générale d'Acme"), and the
post a move gives ("comme directeur technique", "as CTO", a board seat)."""

from __future__ import annotations

import re

from ... import roles
from ..weekdays import DAY
from .clauses import role_words, titles_only

# A post held at a company, written around a name: "Acme CEO X", "Acme's chief scientist, X", "the chief executive of
# Acme, X", "le directeur technique d'Acme, X", "X, directrice générale d'Acme,".
_DETERMINER = r"(?:(?:the|its|le|la|l['’]|sa|son)\s*)?"
_POST_BEFORE_NAME = re.compile(r"(?:['’]s?)?\s+(?P<post>[\w\s-]+?)\s*,?\s*")
_POST_OF = re.compile(
    r"(?:^|[.,;:!?(«“\n]\s*)" + _DETERMINER + r"(?P<post>[\w\s-]+?)\s*(?:\b(?:of|de|at|chez)\s+|\bd['’])$", re.I
)
# "X, 31, co-founder of London start-up Acme,": an age may come first, the company's description between post and name
_POST_AFTER_NAME = re.compile(
    r"\s*(?:,\s*\d{1,3}(?:\s*ans)?\s*)?,\s*"
    + _DETERMINER
    + r"(?P<post>[\w\s-]+?)\s*(?:\b(?:of|de|at|chez)\s+|\bd['’])"
    + r"(?:(?:the|la|le|l['’])\s*)?(?:(?:[\w-]+\s+){0,2}?(?:start-?up|firm|company|société|jeune pousse)\s+)?",
    re.I,
)
FORMER = re.compile(r"\b(?:former|formerly|previously|ex|ancien(?:ne)?s?|anciennement|précédemment|naguère)\b", re.I)


# "[Le] directeur scientifique de [Acme]": a post and its company after a mover told by their post
POST_OF_AFTER = re.compile(r"\s*,?\s*(?P<post>[\w\s-]+?)\s*(?:\b(?:of|de|at|chez)\s+|\bd['’])", re.I)


def post_then_company(body: str, start: int, end: int) -> bool:
    """A post and the preposition of its company: "[Le] directeur scientifique de [Acme]"."""
    post = POST_OF_AFTER.fullmatch(body, start, end)
    return bool(post) and _is_post(post.group("post"))


# A post given after an appointment's verb, then the company it is at, described or not: " chief AI officer of
# Pune-based start-up ", " directrice scientifique de la jeune pousse lyonnaise "
_POST_AT = re.compile(
    r"\s+" + _DETERMINER + r"(?P<post>[\w\s-]+?)\s*(?:\b(?:of|at|de|du|chez)\s+|\bd['’])"
    r"(?:(?:the|la|le|l['’])\s*)?(?:[\w'’-]+\s+){0,4}?",
    re.I,
)


# When, between an appointment's verb and its post: "nommé le 9 novembre directeur de X", "named on Monday head of X"
_WHEN = re.compile(
    rf"\s+(?:(?:le|on|this|ce)\s+)?(?:\d{{1,2}}(?:er)?\s+[^\W\d]+(?:\s+\d{{4}})?|{DAY})(?=\s)",
    re.I,
)


def post_at_company(body: str, start: int, companies_after) -> str | None:
    """The company named after the post an appointment gives, within a short description of it (a date may stand
    before the post)."""
    when = _WHEN.match(body, start)
    start = when.end() if when else start
    for m in companies_after:
        if m.start - start > 120:
            break
        post = _POST_AT.fullmatch(body, start, m.start)
        if post and _is_post(post.group("post")):
            return m.id
    return None


def _is_post(text: str) -> bool:
    """Only the words of roles ("chief scientist", "cofondatrice et directrice générale"), or a post named by its
    field: "head of AI", "chief product officer", "vice-president of engineering", "directeur produit"."""
    words = [w for w in re.findall(r"\w+", text.lower()) if w not in ("and", "et")]
    return bool(words) and (all(w in role_words() for w in words) or bool(FIELD_POST.fullmatch(text.strip())))


# A post told by its field, whose words no glossary holds: a head noun of management and the field it runs (a few
# words, "of"/"de" between them or not), or "chief ... officer".
FIELD_POST = re.compile(
    r"(?:(?:senior|global|deputy|interim|executive|group|adjoint|adjointe)\s+)?"
    r"(?:chief\s+[\w-]+(?:\s+[\w-]+)?\s+officer|"
    r"(?:head|director|vice[- ]president|vp|svp|evp|lead|directeur|directrice|responsable|chef|cheffe|"
    r"vice-président|vice-présidente)"
    r"(?:\s+(?:of|for|de|du|des|de la|de l['’]|d['’])\s*|\s+)(?:[\w-]+\s*){1,3})",
    re.I,
)


def title_company(body, person, companies_before, companies_after) -> str | None:
    """The company whose post names ``person`` right before or after the name (not a former one): a departure told
    without an object ("Acme CEO X steps down", "X, directrice générale d'Acme, démissionne") leaves that company."""
    for m in reversed(companies_before):
        if person.start - m.end > 60:
            break
        between = body[m.end : person.start]
        post = _POST_BEFORE_NAME.fullmatch(between)
        lead = SINCE_THEN_NAME.fullmatch(between) and _POST_OF.search(body, max(0, m.start - 60), m.start)
        if any(told and _is_post(told.group("post")) for told in (post, lead)) and not FORMER.search(
            body, max(0, m.start - 60), person.start
        ):
            return m.id
    for m in (m for m in companies_before + companies_after if m.start >= person.end):
        post = _POST_AFTER_NAME.fullmatch(body, person.end, m.start)
        if m.start - person.end <= 90 and post and _is_post(post.group("post")):
            return m.id
    return None


# What may stand between a post told before the name and the name: "Chief product officer at Acme since 2021, X"
SINCE_THEN_NAME = re.compile(r"(?:\s+(?:since|depuis)\s+[\w\s]{1,25}?)?\s*,\s*", re.I)


# ", who has led Acme since 2020," / ", qui dirige Acme depuis": the company the person runs
LEADS = re.compile(
    r"\s*,\s*(?:who|qui)\s+(?:has\s+|had\s+|a\s+)?(?:led|leads|runs|ran|heads|headed|co-?founded|founded|"
    r"dirige|dirigeait|dirigé|préside|présidait|présidé|co-?fondé|fondé)\s+",
    re.I,
)
# ", who has run research at Paris-based Acme", ", qui dirigeait les activités européennes de la société Acme": the
# company the person works at, named in the relative clause that describes them
RUNS_AT = re.compile(
    r"\s*,\s*(?:who|qui)\s+(?:has\s+|a\s+)?(?:led|leads|runs?|ran|heads|headed|manages|managed|oversees|overseen|"
    r"works|dirige|dirigeait|dirigé|pilote|pilotait|travaille|travaillait)\b[^,;()]{0,80}?\s"
    r"(?:at|of|for|chez|de|d['’]|au sein d['’e])\s*(?:[\w'’-]+\s+){0,4}?",
    re.I,
)


def describes(m, persons, spans) -> bool:
    """The name sits in an aside right after one of ``persons`` ("X, a researcher at Acme's Paris lab, …")."""
    return any(a <= m.start and m.end <= b and any(p.end == a for p in persons) for a, b in spans)


def former_in_aside(body, m, spans) -> bool:
    """The name sits in an aside that says it was ("ancien dirigeant de X", "a former Google researcher")."""
    return any(a <= m.start and m.end <= b and FORMER.search(body, a, m.start) for a, b in spans)


def move_role(kind, body, trig, hi) -> str | None:
    """The role of the move: any glossary role near an appointment or a removal ("nommé PDG par intérim"),
    only the one a move gives ("comme directeur technique", "as CTO", "steps down as CEO") otherwise."""
    text = body[trig.start() : min(hi, trig.end() + 100)]
    board = BOARD.match(body, trig.end(), hi)
    if kind in ("joins", "appointed") and board and not BY_BOARD.search(board.group(1)):
        return "board member"  # "joins Acme's board", "rejoint le conseil d'administration": a seat, not a job
    if kind in ("appointed", "fired"):
        return roles.find(OWN_FOUNDER.sub("", text))  # "rappelle son cofondateur X à la direction": not a post
    if kind == "leaves":  # "quitte X pour rejoindre Y comme CTO": the role is the join's
        text = re.split(r"\b(?:to|for|pour|afin)\b", text, maxsplit=1)[0]
    return (
        roles.given(re.split(r"[,;:]|\.(?!\d)", text, maxsplit=1)[0]) if kind in ("joins", "hired", "leaves") else None
    )


# the person a company takes back, told as its founder: "recalled its co-founder", "rappelle son fondateur"
OWN_FOUNDER = re.compile(r"\b(?:son|sa|leur|its|their)\s+(?:co-?)?(?:fondat(?:eur|rice)|founder)\b", re.I)
BOARD = re.compile(r"([^,.;:]{0,40}?)\b(?:board|conseil d['’]administration|conseil de surveillance)\b", re.I)
# "reinstated by the board", "réintégrée par le conseil d'administration": the board acts; no seat is given
BY_BOARD = re.compile(r"\b(?:by|par)\s+(?:(?:the|its|le|son|leur|their)\s+)?$", re.I)


# An aside that makes the person the company's founder or head: "X, who founded Acme in 2012, steps down", "X, qui
# dirige Acme depuis 2019, quitte ses fonctions"
_RUNS = re.compile(
    r",\s*(?:who|qui)\s+(?:(?:had|has|avait|a)\s+)?(?:co-?founded|founded|created|started|built|leads|led|runs|ran|"
    r"heads|headed|(?:co-?)?fondé|créé|dirige|dirigeait|pilote|pilotait)\s+(?:(?:la|le|l['’]|the)\s*)?"
    r"(?:(?:start-?up|société|entreprise|company|firm)\s+)?$",
    re.I,
)


def founded_in_aside(body, persons, companies_before, spans) -> str | None:
    """The company the aside right after the person says they founded or run: what they step down from when the
    clause names none."""
    for a, b in spans:
        if persons and persons[0].end == a:
            own = [m for m in companies_before if a <= m.start < b and _RUNS.search(body, a, m.start)]
            return own[0].id if own else None
    return None


# "founded by two of its researchers, Dr A and Prof. B", "fondée par deux de ses chercheurs, le Dr A et la Pr B": the
# founders' group counted, then as many names
_COUNTED_GROUP = re.compile(
    r"\s*(?P<count>two|three|four|deux|trois|quatre)\s+(?:of|d['’]entre|de)\s+(?:its|their|the|ses|leurs|ces|les)\s+"
    r"[\w-]+\s*[,:]\s*",
    re.I,
)
_COUNT = {"two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4}


def counted_names(between: str, named: int) -> bool:
    """Whether ``between`` counts a group of as many people as the ``named`` names that follow it (titles only
    between the count and the first name)."""
    group = _COUNTED_GROUP.match(between)
    return bool(group) and _COUNT[group["count"].lower()] == named and titles_only(between[group.end() :])
