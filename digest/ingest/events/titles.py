"""Posts held at a company, written around a person's name ("Acme CEO X", "X, directrice générale d'Acme"), and the
post a move gives ("comme directeur technique", "as CTO", a board seat)."""

from __future__ import annotations

import re

from ... import roles
from ..weekdays import DAY
from .clauses import INITIAL, SENTENCE_END, WINDOW, role_words, start_of_sentence, titles_only
from .people import SUCCESSION

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
FORMER = re.compile(
    r"\b(?:former|formerly|previously|ex|ancien(?:ne)?s?|anciennement|précédemment|naguère|passée?s? par|"
    r"jusqu['’]ici|until (?:now|recently))\b",
    re.I,
)


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
    before the post), or after the department a post taken heads ("la direction de la recherche en vision de X")."""
    taken = _TAKEN.search(body, max(0, start - 14), start)
    when = _WHEN.match(body, start)
    start = when.end() if when else start
    for m in companies_after:
        if m.start - start > 120:
            break
        post = _POST_AT.fullmatch(body, start, m.start)
        if post and _is_post(post.group("post")) or taken and _DEPARTMENT.fullmatch(body, start, m.start):
            return m.id
    return None


# A post taken, named by what it heads: "prend la direction de …", "takes the helm of …"
_TAKEN = re.compile(r"(?:la tête|la direction|les rênes|les commandes|the helm|the reins)$", re.I)
# The department it heads, then its company, in one clause: " de la recherche en vision par ordinateur de ", " of the
# applied research group at "
_DEPARTMENT = re.compile(
    r"\s+(?:de|du|des|of)\s[^,.;:()«»“”\"]{0,90}?(?:\s(?:de|du|des|of|at|chez)\s+|\sd['’])(?:(?:the|la|le|l['’])\s*)?",
    re.I,
)


def names_a_post(text: str) -> bool:
    """A role's word among the words ("its new chief executive"), or a post named by its field ("its head of
    engineering", "son responsable des données")."""
    return bool(role_words() & set(text.lower().split())) or bool(FIELD_POST.fullmatch(text.strip()))


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
    return next((m.id for m, _ in _posts_held(body, person, companies_before, companies_after)), None)


def held_role(body, persons, company, companies_before, companies_after) -> str | None:
    """The glossary role the mover holds at ``company`` as the text writes it around their name ("Acme CEO X", "X,
    directrice technique d'Acme"): the post a departure leaves (a founder's, none)."""
    posts = (post for m, post in _posts_held(body, persons[0], companies_before, companies_after) if m.id == company)
    held = roles.find(next(posts, ""))
    return None if held in FOUNDERS else held  # one stays a company's founder: no post is left


FOUNDERS = ("founder", "co-founder")


def _posts_held(body, person, companies_before, companies_after):
    """(company, post) of each post written around ``person``'s name, those before the name first."""
    for m in reversed(companies_before):
        if person.start - m.end > 60:
            break
        between = body[m.end : person.start]
        post = _POST_BEFORE_NAME.fullmatch(between)
        lead = SINCE_THEN_NAME.fullmatch(between) and _POST_OF.search(body, max(0, m.start - 60), m.start)
        told = next((told for told in (post, lead) if told and _is_post(told.group("post"))), None)
        if told and not FORMER.search(body, max(0, m.start - 60), person.start):
            yield m, told.group("post")
    for m in (m for m in companies_before + companies_after if m.start >= person.end):
        post = _POST_AFTER_NAME.fullmatch(body, person.end, m.start)
        if m.start - person.end <= 90 and post and _is_post(post.group("post")):
            yield m, post.group("post")


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


def works_at(body, m, persons, spans) -> bool:
    """The name sits in an aside after one of ``persons`` that does not say it was: where they are now."""
    return describes(m, persons, spans) and not former_in_aside(body, m, spans)


def former_in_aside(body, m, spans) -> bool:
    """The name sits in an aside that says it was ("ancien dirigeant de X", "a former Google researcher")."""
    return any(a <= m.start and m.end <= b and FORMER.search(body, a, m.start) for a, b in spans)


# where the clause giving a move's role ends: a comma, a colon, a full stop (not a number's, nor a middle initial's)
CLAUSE_STOP = re.compile(r"[,;:]|(?!" + INITIAL + r")\.(?!\d)")


def move_role(kind, body, trig, hi, names=()) -> str | None:
    """The role of the move: any glossary role near an appointment or a removal ("nommé PDG par intérim"; not one
    that describes a person named there, ``names``), only the one a move gives ("comme directeur technique", "as CTO",
    "steps down as CEO") otherwise; the helm of a company is its chief executive's post; a post the sentence before
    announces, or the next one gives its pronoun ("Acme has found its first CTO. It hired X"), is the move's."""
    # "appointed [two long names] as interim co-CEOs", up to a clause of someone else ("…, while X stays as CTO")
    text = OTHER_CLAUSE.split(body[trig.start() : min(hi, trig.end() + 160)], maxsplit=1)[0]
    board = BOARD.match(body, trig.end(), hi)
    if kind in ("joins", "appointed") and board and not BY_BOARD.search(board.group(1)):
        seat = roles.find(body[trig.start() : board.end()])  # "chairwoman of the board": the board's head
        return seat if seat and seat.endswith("chairman") else "board member"  # "joins Acme's board": a seat
    if SUCCESSION.match(trig.group()):  # "succeeds X, who moves to the role of CPO": X's posts, not the move's
        role = roles.given(CLAUSE_STOP.split(text, maxsplit=1)[0])
    elif kind in ("appointed", "fired"):
        told = [(m.start - trig.start(), m.end - trig.start()) for m in names if kind == "appointed"]
        # "rappelle son cofondateur X à la direction": not a post
        role = roles.find(OWN_FOUNDER.sub(lambda m: " " * len(m.group()), text), told)
    elif kind == "leaves":  # "quitte X pour rejoindre Y comme CTO": the role is the join's
        role = roles.given(re.split(r"\b(?:to|for|pour|afin)\b", CLAUSE_STOP.split(text, maxsplit=1)[0], maxsplit=1)[0])
    else:
        role = roles.given(CLAUSE_STOP.split(text, maxsplit=1)[0]) if kind in ("joins", "hired") else None
    if role is None and kind == "appointed" and HELM.search(trig.group()) and COMPANY_AFTER.match(body, trig.end()):
        return "CEO"  # "takes the helm of Acme", "prend la tête d'Acme"
    if role is None and kind in ("joins", "hired", "appointed"):
        return _neighbour_role(body, trig)
    return role


OTHER_CLAUSE = re.compile(r";|,\s*(?:while|whilst|whereas|but|tandis que|alors que|mais)\b", re.I)
HELM = re.compile(r"(?:la tête|la direction|les rênes|les commandes|the helm|the reins)$", re.I)
# the company itself right after the helm, not a part of it ("la tête de la recherche", "the helm of Acme's lab")
COMPANY_AFTER = re.compile(
    r"\s*(?:of|at|de|du|d['’])\s*(?-i:[A-ZÀ-Ý])[\w.&-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w.&-]*)*(?![\w'’])", re.I
)
PRONOUN_FIRST = re.compile(r"\s*(?:he|she|il|elle)\s", re.I)


def _neighbour_role(body, trig) -> str | None:
    """A post announced in the sentence before the move ("Acme a trouvé son nouveau directeur financier.") or given
    in the next one, which opens on the mover's pronoun ("She will be its first chief AI officer", "Il occupera le
    poste de directeur technique")."""
    start = start_of_sentence(body, max(0, trig.start() - WINDOW), trig.start())
    lo = max(0, start - WINDOW)
    end = lo + len(body[lo:start].rstrip(" \t\n.!?»”\"'"))  # the previous sentence, without its own full stop
    before = start_of_sentence(body, max(0, end - WINDOW), end)
    role = roles.announced(body[before:start])
    stop = SENTENCE_END.search(body, trig.end())
    if role or not stop or not PRONOUN_FIRST.match(body, stop.end()):
        return role
    end = SENTENCE_END.search(body, stop.end())
    sentence = body[stop.end() : end.start() if end else len(body)]
    return roles.announced(sentence) or roles.given(sentence)


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
