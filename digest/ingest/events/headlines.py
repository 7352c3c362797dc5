"""The headline states the article's main event; read again where the body's triggers leave it out. A side it
describes instead of naming ("Microsoft to invest $1.5bn in UAE AI firm", "La start-up lyonnaise lève 8 millions",
"Orbisoft's research chief leaves for Tesselate") is the article's one company (or person) that fits, and nothing
when none or several do; a few headline shapes ("X to lead A's research", "X out as A CEO", "A snags X") are read
as a clause, the verb between its subject and its object. Silence over invention: a question that asks whether,
a move not made ("in talks", "pourrait"), a name that only comments give nothing."""

from __future__ import annotations

import functools
import re
from collections import Counter

from .clauses import SENTENCE, Mark
from .triggers import TRIGGERS, has_trigger

# What a company is, by family: a start-up is a company too; a lab is a lab.
_STARTUP = r"start-?ups?|jeunes? pousses?|pépites?|licornes?|unicorns?"
_LAB = r"labs?|laborator(?:y|ies)|laboratoires?|labos?"
_COMPANY = r"firms?|firmes?|compan(?:y|ies)|sociétés?|entreprises?|groupes?|groups?|makers?|fabricants?"
_FAMILIES = {"startup": _STARTUP, "lab": _LAB, "company": _COMPANY}
# the families whose words in the body show that a company is of the headline's kind
_SHOWN_BY = {"startup": ("startup",), "lab": ("lab",), "company": ("startup", "lab", "company")}
KIND_WORD = re.compile(
    "|".join(f"(?P<{family}>(?<![\\w-])(?:{words})(?![\\w-]))" for family, words in _FAMILIES.items()), re.I
)
# The description around the kind word: up to three words that qualify it before ("UAE AI", "Paris-based", "la
# jeune"), a lower-case adjective after ("lyonnaise", "parisien"; not a verb: "la start-up lève").
_OWNED = re.compile(r"\s*(?:de|du|des|of|d['’])\s*(?-i:[A-ZÀ-Ý])", re.I)
_QUALIFIER = re.compile(r"[\w.'’-]+")
_DETERMINER = re.compile(r"(?:the|a|an|its|la|le|les|l['’]|une?|cette|ce|this|sa|son)", re.I)
_AFTER = re.compile(r"\s+(?!(?:de|du|des|of|et|and)\b|[dl]['’])(?-i:[a-zà-ÿ])[\w-]*(?!['’])")
# words that end a description before the kind word: a preposition or a verb (an event's trigger, an auxiliary)
# belongs to the clause, not to it
_NOT_QUALIFIER = re.compile(
    r"(?:in|into|to|for|from|by|with|at|on|of|and|or|dans|de|du|des|pour|par|chez|sur|avec|et|ou|à|au|aux|"
    r"is|are|was|has|have|will|a|est|va|sont|ont)",
    re.I,
)
# What the body says a company is, right at its name: "Tesselate, a Leeds start-up", "Acme est une jeune pousse",
# "la start-up lyonnaise Acme", "AI startup Acme", "the Paris-based lab Acme".
_IS_A = re.compile(
    r"\s*(?:,\s*(?:c['’]est\s+)?|\(|\s+(?:is|was|est|était)\s+)\s*(?:a|an|the|une?|la|le|l['’]|cette|this)\s*"
    r"(?:[\w.'’-]+\s+){0,3}?$",
    re.I,
)
_CALLED = re.compile(r"^(?:\s+[\w.'’-]+){0,3}?\s+$")


def described_companies(headline: str, head: list[Mark], body: str, marks) -> list[Mark]:
    """Marks for the companies ``headline`` names by description ("UAE AI firm", "la start-up lyonnaise"): each the
    one company of the article, not named in the headline, that the body calls by a word of that kind; nothing
    when none or several fit, nothing for a description standing next to a name ("AI startup Figure"), nothing in
    a headline that tells no move made ("should", "in talks", "pourrait")."""
    if not KIND_WORD.search(headline) or _NOT_DONE.search(headline):
        return []
    named = {m.id for m in head if m.kind == "company"}
    companies = [m for m in marks if m.kind == "company" and m.id not in named]
    if not companies:
        return []
    found = []
    for word in KIND_WORD.finditer(headline):
        start, end = _span(headline, word)
        if any(m.start < end + 2 and start - 2 < m.end for m in head):
            continue  # "AI startup Figure", "Acme, la start-up": the name is given
        if _OWNED.match(headline, end):
            continue  # "la firme de Cupertino", "the lab of X": a place or an owner tells which one, not the article
        fit = _the_one_of_kind(body, companies, _SHOWN_BY[word.lastgroup])
        if fit:
            found.append(Mark("company", fit, start, end))
    return found


def _span(headline: str, word: re.Match) -> tuple[int, int]:
    """The description around a kind word: its determiner and qualifiers before (back to a verb, a preposition or an
    amount: "invest $1.5bn in UAE AI firm" gives "UAE AI firm"), its adjectives after."""
    start = word.start()
    for _ in range(4):
        before = headline[:start].rstrip()
        previous = re.search(r"\S+$", before)
        if not previous or len(before) == start or not _QUALIFIER.fullmatch(previous.group()):
            break  # no word, no space before the kind word ("d'une"), or punctuation ends the description
        if (_NOT_QUALIFIER.fullmatch(previous.group()) or _is_verb(previous.group())) and not _DETERMINER.fullmatch(
            previous.group()
        ):
            break
        start = previous.start()
        if _DETERMINER.fullmatch(previous.group()):
            break
    after = _AFTER.match(headline, word.end())
    return start, after.end() if after and not _is_verb(after.group()) else word.end()


@functools.lru_cache(maxsize=4096)
def _is_verb(word: str) -> bool:
    """A word that is an event's trigger ("invests", "lève"): asked of the few words around a description."""
    return has_trigger(word)


@functools.lru_cache(maxsize=4096)
def _ousted(word: str) -> bool:
    """A word that tells a removal ("évincée", "ousted"): who a person is when it stands at their description."""
    return bool(_OUSTED.fullmatch(word))


def _the_one_of_kind(body: str, companies: list[Mark], families: tuple[str, ...]) -> str | None:
    """The one company the body calls by a word of ``families`` at its name ("Tesselate, a Leeds start-up"); when the
    body calls none so, the company it names most, if named at least twice and twice as often as any other."""
    shown = set()
    for m in companies:
        for word in KIND_WORD.finditer(body, max(0, m.start - 40), min(len(body), m.end + 60)):
            if word.lastgroup not in families:
                continue
            if (word.start() >= m.end and _IS_A.fullmatch(body, m.end, word.start())) or (
                word.end() <= m.start and _CALLED.fullmatch(body, word.end(), m.start)
            ):
                shown.add(m.id)
    if shown:
        return next(iter(shown)) if len(shown) == 1 else None
    ranked = Counter(m.id for m in companies).most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


# Headline shapes the body's triggers do not read, by the side each verb takes its names from: (type, the kind of
# the subject before the verb, the kind of the object after it, the verb).
HEADLINE_VERBS = [
    (
        "appointed",
        "person",
        "company",
        # "X to lead A's research", "X will head research at A", "X va diriger la recherche de A", "X, new CEO of A"
        re.compile(
            r"(?<![\w-])(?:(?:to|will) (?:lead|head|run|helm|steer|chair)|va (?:diriger|piloter|présider)|"
            r"(?:prendra|va prendre) (?:la tête|la direction|les rênes)|"
            r"(?<=, )(?:(?:the|la|le) )?(?:new|nouvel(?:le)?|nouveau) (?:[\w-]+ ){0,3}?(?:of|at|de|chez|d['’])|"
            # "X, Acme's new chief scientist": the company before its post, right after the comma
            r"(?<=, )(?=(?:[A-ZÀ-Ý][\w.&-]*\s){0,3}?[A-ZÀ-Ý][\w.&-]*['’]s new [\w-]+))",
            re.I,
        ),
    ),
    # "A names X CEO", "A appoints X", "A nomme X à la tête de"
    ("appointed", "company", "person", re.compile(r"(?<![\w-])(?:names|appoints|nomme|désigne)(?= )", re.I)),
    # "X out as A CEO", "X is out at A"
    ("leaves", "person", "company", re.compile(r"(?<![\w-])(?:(?:is )?out (?:as|at|of))(?= )", re.I)),
    # "A snags B's X", "A s'offre X", "A nabs X": a person taken
    (
        "hired",
        "company",
        "person",
        re.compile(r"(?<![\w-])(?:snag(?:s|ged)|nab(?:s|bed)|s['’]offre|s['’]arrache|grabs)(?= )", re.I),
    ),
    # "A s'empare de B", "A scoops up B", "A swallows B": a company taken
    (
        "acquires",
        "company",
        "company",
        re.compile(
            r"(?<![\w-])(?:s['’]empare (?:de|d['’])|scoops? up|swallows|absorbe|gobe|avale|s['’]offre)(?= |(?<=['’]))",
            re.I,
        ),
    ),
]
# a word each of those shapes holds: a headline without any holds none of them
_SHAPE_WORDS = (
    "to ",
    "will ",
    "va ",
    "prendra",
    "new",
    "nouv",
    "name",
    "appoint",
    "nomme",
    "désigne",
    "out ",
    "snag",
    "nab",
    "offre",
    "arrache",
    "grab",
    "empare",
    "scoop",
    "swallow",
    "absorbe",
    "gobe",
    "avale",
)
# what is not done yet or not asserted: "in talks to", "plans to", "could", "veut", "pourrait"
_NOT_DONE = re.compile(
    r"\b(?:wants?|plans?|hopes?|aims?|could|might|may|would|should|talks|eyes|eyeing|considers?|mulls?|seeks?|"
    r"veut|voudrait|pourrait|devrait|envisage|souhaite|esp[èé]re|rêve|négocie|discussions?)\b",
    re.I,
)
# between a verb of taking and what it takes: a determiner, a description, a former employer ("A snags B's X")
_TAKEN = re.compile(
    r"\s*(?:(?:the|a|an|la|le|l['’]|une?|former|ex-?|ancien(?:ne)?|(?:[A-ZÀ-Ý][\w.&-]*\s*)+['’]s|"
    + "|".join(_FAMILIES.values())
    + r")\s*)*",
)
_ASSERTING_QUESTION = re.compile(r"\W*(?:why|how|pourquoi|comment)\b", re.I)
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|(?<!\w)'[^']*'(?!\w)")


def headline_clause_events(headline: str, head: list[Mark]) -> list[dict]:
    """Events of the headline shapes the body's triggers leave out: the verb, its subject just before it and its
    object just after it (names of the article only), in the clause after a kicker ("IA : …") and outside quotes;
    nothing for a question that asks whether ("Will A buy B?") or a move not made ("A in talks to buy B")."""
    low = headline.lower()
    if not any(word in low for word in _SHAPE_WORDS):
        return []
    if headline.rstrip().endswith("?") and not _ASSERTING_QUESTION.match(headline):
        return []
    quoted = [m.span() for m in _QUOTED.finditer(headline)]
    events = []
    for kind, subject_kind, object_kind, verb in HEADLINE_VERBS:
        for at in verb.finditer(headline):
            if any(a <= at.start() < b for a, b in quoted):
                continue
            clause_start = max(headline.rfind(":", 0, at.start()), headline.rfind("|", 0, at.start())) + 1
            before = [m for m in head if clause_start <= m.start and m.end <= at.start()]
            after = [m for m in head if m.start >= at.end()]
            subject = [m for m in before if m.kind == subject_kind][-1:]
            target = [m for m in after if m.kind == object_kind][:1]
            if not subject or not target or subject[0].id == target[0].id:
                continue
            if _NOT_DONE.search(headline, subject[0].end, at.start() + 1):
                continue
            if kind in ("hired", "acquires") and not _TAKEN.fullmatch(headline, at.end(), target[0].start):
                continue  # "s'offre la start-up de X", "s'offre une star de Y": the name owns what is taken
            person, company = (subject[0], target[0]) if subject_kind == "person" else (target[0], subject[0])
            if kind == "acquires":
                events.append({"type": kind, "company": subject[0].id, "from_company": target[0].id})
            else:
                events.append({"type": kind, "person": person.id, "company": company.id})
    return events


# A person told by what they are: "Orbisoft's research chief", "Ex-Orbisoft researcher", "la directrice de la
# recherche d'Orbisoft", "une ancienne d'Orbisoft".
PERSON_NOUN = re.compile(
    r"(?<![\w-])(?:researchers?|scientists?|engineers?|executives?|execs?|veterans?|chief|head|boss|"
    r"(?:co-?)?founders?|directors?|president|CEO|CTO|COO|CFO|chercheu(?:r|se)|ingénieure?|dirigeante?|"
    r"direct(?:eur|rice)|patron(?:ne)?|ancien(?:ne)?|(?:co-?)?fondat(?:eur|rice)|PDG|présidente?|pointure|star|"
    r"vétéran)(?![\w-])",
    re.I,
)
_OUSTED = next(pattern for kind, pattern in TRIGGERS if kind == "fired")
# the words a description of a person is made of around its noun
_DESCRIBING = re.compile(
    r"(?:the|a|an|its|of|at|la|le|l['’]|une?|de|du|des|d['’]|ex-?|former|top|senior|research|AI|IA|recherche|"
    r"technique|scientifique|générale?|[A-ZÀ-Ý][\w.&-]*['’]s)",
    re.I,
)


def described_people(headline: str, head: list[Mark], body: str, marks) -> tuple[list[Mark], set[str]]:
    """A mark for the person ``headline`` names by a description ("Orbisoft's research chief leaves for …"), and the
    companies that only qualify that person: the one person of the article the body names in a sentence with the
    description's company (without one, the person the body names most, twice as often as any other)."""
    if any(m.kind == "person" for m in head) or not PERSON_NOUN.search(headline) or _NOT_DONE.search(headline):
        return [], set()
    for noun in PERSON_NOUN.finditer(headline):
        start, end = _person_span(headline, noun, head)
        inside = [m for m in head if start <= m.start and m.end <= end and m.kind == "company"]
        fit = _the_one_person(body, marks, {m.id for m in inside})
        if fit:
            return [Mark("person", fit, start, end)], {m.id for m in inside}
    return [], set()


def _person_span(headline: str, noun: re.Match, head: list[Mark]) -> tuple[int, int]:
    """The words around a person noun that describe it: determiners, qualifiers, "of"/"de" and the companies they
    introduce; a verb or punctuation ends it."""
    names = {(m.start, m.end) for m in head}
    words = [(w.start(), w.end()) for w in re.finditer(r"[^\s:,;()«»“”]+", headline)]
    at = next(i for i, (a, b) in enumerate(words) if a <= noun.start() < b)

    def describing(a, b):
        word = headline[a:b]
        return bool(
            _DESCRIBING.fullmatch(word)
            or PERSON_NOUN.fullmatch(word)
            or any(x <= a and b <= y + 2 for x, y in names)
            or re.fullmatch(r"(?:d['’]|ex-)[A-ZÀ-Ý][\w.&-]*", word)
        )

    lo = hi = at
    while lo > 0 and describing(*words[lo - 1]) and headline[words[lo - 1][1] : words[lo][0]].isspace():
        lo -= 1
    while hi + 1 < len(words) and describing(*words[hi + 1]) and headline[words[hi][1] : words[hi + 1][0]].isspace():
        hi += 1
    # "la fondatrice évincée", "ousted founder": a removal told of the person is who they are, not the headline's news
    if hi + 1 < len(words) and _ousted(headline[slice(*words[hi + 1])]):
        hi += 1
    if lo > 0 and _ousted(headline[slice(*words[lo - 1])]):
        lo -= 1
    return words[lo][0], words[hi][1]


def _the_one_person(body: str, marks, companies: set[str]) -> str | None:
    people = [m for m in marks if m.kind == "person"]
    if companies:
        named = [m for m in marks if m.kind == "company" and m.id in companies]
        near = {
            p.id
            for p in people
            for c in named
            if abs(p.start - c.start) <= 120
            and not re.search(r"[.!?]\s", body[min(p.end, c.end) : max(p.start, c.start)])
        }
        return next(iter(near)) if len(near) == 1 else None
    ranked = Counter(m.id for m in people).most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


# the kinds that tell one arrival: a join, a hire and an appointment at one company are one move
_SAME_KIND = {"hired": "joins", "appointed": "joins"}


def add_untold(told: dict, found: dict, named: set[str], qualifying: set[str]) -> None:
    """The headline's events into the article's ``found`` ((type, person, company) -> (position, event)), those of a
    kind the article tells with none of the actors the headline names; never a founding (a new company is not one the
    article names)."""
    for key, (_, event) in told.items():
        if qualifying and event["type"] in ("joins", "hired") and not event.get("from_company"):
            # "Ex-Orbisoft researcher joins Tesselate": the company that describes the mover is the one left
            event["from_company"] = next(iter(c for c in qualifying if c != event["company"]), None)
        actors = {key[1], key[2], event.get("from_company")} & named
        if key[0] == "founds" or any(
            _SAME_KIND.get(k[0], k[0]) == _SAME_KIND.get(key[0], key[0])
            and actors & {k[1], k[2], e.get("from_company")}
            for k, (_, e) in found.items()
        ):
            continue
        found.setdefault(key, (-1, event))


def first_sentence(body: str, marks) -> tuple[str, list[Mark]] | None:
    """The first sentence of the body and its names, placed in it (the standfirst a headline leaves to say the rest)."""
    first = SENTENCE.search(body)
    if not first or len(first.group().split()) < 6:
        return None
    a, b = first.span()
    return first.group(), [Mark(m.kind, m.id, m.start - a, m.end - a) for m in marks if a <= m.start and m.end <= b]


# "Acme : X reprend les commandes", "Acme: X steps down": the company the headline is about, set before its clause
TOPIC_END = re.compile(r"\s*[:|]\s+")


def topic_company(headline: str, head: list[Mark], persons: list[Mark]) -> str | None:
    """The company a headline opens on, set off by a colon before the person it tells of: the post the
    person takes, leaves or regains is there when the clause names no company."""
    first = head[0] if head else None
    if first is None or first.kind != "company" or headline[: first.start].strip():
        return None
    topic = TOPIC_END.match(headline, first.end)
    return first.id if topic and persons and persons[0].start >= topic.end() else None


def closed_relative(headline, clause, trig, marks) -> bool:
    """A headline's person with a relative clause of its own verb before the trigger ("The scientist who taught
    robots to fold laundry is leaving Acme", "La chercheuse qui a conçu X quitte Acme"): the trigger is the person's."""
    before = [m for m in marks if m.end <= clause.start()]
    return (
        clause.group().lower() in ("who", "qui")
        and bool(before)
        and before[-1].kind == "person"
        and headline[before[-1].end : clause.start()].isspace()
        and len(headline[clause.end() : trig.start()].split()) >= 3
    )
