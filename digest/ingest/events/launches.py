"""Company launches told in the words news uses besides "a fondé" / "founded": other verbs of founding ("has set
up", "is behind", "monte", "est à l'origine de", "a porté sur les fonts baptismaux"), founders after "they"/"ils",
the company said new and its founders' ("A and B's new company, X", "X, la nouvelle start-up de A"), and founders
of a new company named after it ("les deux fondateurs de X, A et B", "X compte trois cofondateurs : A, B et C")."""

from __future__ import annotations

import bisect
import re

from .background import is_background
from .clauses import SENTENCE_END, SPACES, WINDOW, asides, coordinated, free_of_asides, start_of_sentence
from .founding import FOUNDER_NOUN, founded_by_events, founding_events
from .people import persons_of
from .triggers import _WHEN_WHERE

# A person's founding verb, its company after it: "has set up Acme", "is behind Acme, a new start-up", "has a new
# venture: Acme", "monte Acme", "a porté sur les fonts baptismaux Acme", "est à l'origine d'Acme", "se lance dans
# l'aventure entrepreneuriale avec Acme"
FOUNDING_VERB = re.compile(
    r"(?<![\w-])(?:(?:has|have|had) set up|(?:has|have) (?:co-?)?started|"
    r"(?:is|are) (?:the (?:[\w-]+ ){0,2}?)?(?:people |person |team |duo |pair |founders? )?behind|"
    r"(?:has|have) (?:a|an) (?:new|fresh) (?:venture|company|start-?up|business|project)\s*[:,]?|"
    r"mont(?:e|ent)|(?:a|ont) monté|"
    r"(?:a|ont|vient de|viennent de)? ?port(?:é|er|e|ent) sur les fonts baptismaux|"
    r"(?:est|sont) (?:à l['’]origine|derrière) (?:de|d['’])|"
    r"(?:se lance(?:nt)?|s['’](?:est|sont) lancée?s?) dans l['’]aventure(?: entrepreneuriale)? avec)(?![\w-])",
    re.I,
)
# "they set up Acme", "Ils viennent de lancer Acme", "Les deux anciens ingénieurs de Criteo ont lancé Acme", "the
# ex-Google pair founded Acme": the founders are the subject of the sentence before
THEY_FOUNDED = re.compile(
    r"(?<![\w-])(?:(?P<pronoun>[Tt]hey|[Ii]ls|[Ee]lles)|(?:[Tt]he|[Bb]oth|[Ll]es|[Cc]es|[Ll]e)\s+(?:[\w-]+\s+)?"
    r"(?:pair|duo|tandem|binôme|two|deux|(?P<three>trio|three|trois))(?:\s+[^\s.;:!?,]+){0,5}?)\s+"
    r"(?:(?:have|ont|just|then|together|viennent de|ensemble|alors)\s+){0,2}"
    r"(?:(?:co-?)?found(?:ed)?|set up|start(?:ed)?|launch(?:ed)?|create[d]?|(?:co-?)?fond(?:é|er|ent)|"
    r"lanc(?:é|er|ent)|cré(?:é|er|ent)|mont(?:é|er|ent))(?![\w-])"
)
# A founding in the passive with the verbs the general trigger leaves out: "set up by", "spun out of the lab by",
# "montée par", "essaimée en 2024 par"
# "montée par", "essaimée en 2024 par"; "X est née de la rencontre entre A et B", "X is the brainchild of A"
FOUNDED_BY = re.compile(
    r"(?<![\w-])(?:(?:set up|started|spun (?:out|off)(?: (?:of|from)(?: [\w'’-]+){1,5}?)?|incubated|"
    r"montée?s?|essaimée?s?|portée? sur les fonts baptismaux) " + _WHEN_WHERE + r"(?:by|par)|"
    r"(?:née?s?|born) (?:" + _WHEN_WHERE + r")?(?:de la rencontre (?:entre|de|d['’])|"
    r"(?:of|from) (?:the )?(?:meeting|partnership) (?:of|between))|"
    r"(?:is|was) the brainchild of|(?:est|était) (?:le|un) bébé d[e'’])(?:(?<=['’])|(?![\w-]))",
    re.I,
)
# The company said new and whose it is: "A and B's new company, X", "the new start-up of A, X", "la nouvelle
# société de A et B, X", "X, la nouvelle start-up de A"
_NEW_NOUN = (
    r"(?:(?:new|latest) (?:company|start-?up|venture|firm|business|lab)|"
    r"(?:nouvelle|dernière) (?:société|start-?up|entreprise|jeune pousse|structure|pépite|"
    r"aventure(?: entrepreneuriale)?)|"
    r"nouveau (?:laboratoire|projet)|jeune pousse|start-?up)"
)
OWNED_BEFORE = re.compile(r"['’]s?\s+" + _NEW_NOUN + r"\s*,?\s*", re.I)  # "A's new start-up, " before X
OWNED_AFTER = re.compile(r"\b(?:the|la|sa) " + _NEW_NOUN + r" (?:of|de|d['’])\s*", re.I)  # "the new start-up of A"
# "X, la start-up de A", "X, a new venture from A"
COMPANY_OWNED = re.compile(r"\s*,\s*(?:the|la|a|une) " + _NEW_NOUN + r" (?:of|from|de|d['’])\s*", re.I)
# The company, then its founders as the subject of a relative clause: "X, the start-up A and B launched last week",
# "X, which A founded this year", "X, que A et B ont fondée", "X, la start-up qu'A a créée"
WHOM = re.compile(
    r",?\s+(?:(?:the|a|la|une|cette|this)\s+(?:[\w-]+\s+){0,2}?(?:start-?up|company|firm|lab|venture|société|"
    r"entreprise|jeune pousse)\s+(?:that\s+|which\s+|qu['’]\s*|que\s+)?|which\s+|that\s+|qu['’]\s*|que\s+)",
    re.I,
)
FOUNDED_AFTER = re.compile(
    r"\s+(?:(?:have|has|ont|a|viennent de|vient de|just|recently|only|tout juste)\s+){0,2}"
    r"(?:co-?)?(?:founded|launched|set up|started|created|fondée?|lancée?|créée?|montée?|fonder|lancer|créer|monter)"
    r"(?![\w-])",
    re.I,
)
NEW_WORD = re.compile(r"new|latest|nouvel|dernière", re.I)
# "les deux fondateurs de X, A et B", "X compte trois cofondateurs : A, B et C", "the start-up has two co-founders:"
FOUNDERS_OF_COMPANY = re.compile(r"(?:\s+(?:and|et|&)(?:\s+[\w-]+){1,2}?)?(?:\s+(?:de|of)\s+|\s+d['’])", re.I)
FOUNDERS_NAMED = re.compile(r"\s*(?:,|:|\s(?:are|were|sont|étaient)\s)\s*", re.I)
COUNTED_FOUNDERS = re.compile(
    r"\b(?:compte|comptent|a|has|have|counts?)\s+(?:two|three|four|deux|trois|quatre)\s+$",
    re.I,
)
COUNTED_NAMED = re.compile(r"\s*:\s*")
ITS = re.compile(r"\b(?:its|son|sa)\s+(?:co-?)?$", re.I)
PRONOUN_SUBJECT = re.compile(
    r"\s*(?:it|elle|the (?:company|start-?up|firm)|la (?:start-?up|société|jeune pousse))\s", re.I
)


# Any verb of founding, read again for the company the headline launches: "A and B founded X in January and have
# raised …" under "A and B found X and raise …" tells the news, though the month is not the article's.
ANY_FOUNDING_VERB = re.compile(
    r"(?<![\w-])(?:(?:co-?)?found(?:s|ed)?|launch(?:es|ed)?|start(?:s|ed)|set(?:s)? up|creat(?:es|ed)|"
    r"(?:co-?)?fond(?:e|ent|é)|lanc(?:e|ent|é)|cré(?:e|ent|é)|mont(?:e|ent|é))(?![\w-])",
    re.I,
)


def launch_events(text, marks, article, launched, headline_launched=frozenset()) -> list[tuple[int, dict]]:
    """(position, event) of the founders of a company the text launches, in the shapes above. Each shape is looked
    for only in the lines that hold one of its words (a substring test costs far less than a pattern's scan)."""
    low = text.lower()
    starts = [m.start for m in marks]
    out = []
    if headline_launched:
        undated = dict(article, date=None)  # a month names the founding, the headline says it is the news
        for trig in ANY_FOUNDING_VERB.finditer(text):
            told = _told(text, marks, starts, trig, undated, passive=False)
            out += [(at, event) for at, event in told if event["company"] in headline_launched]
    for lo, hi in _lines_holding(text, low, VERB_WORDS):
        for trig in FOUNDING_VERB.finditer(text, lo, hi):
            out += _told(text, marks, starts, trig, article, passive=False)
    for lo, hi in _lines_holding(text, low, PASSIVE_WORDS):
        for trig in FOUNDED_BY.finditer(text, lo, hi):
            out += _told(text, marks, starts, trig, article, passive=True)
    for lo, hi in _lines_holding(text, low, SUBJECT_WORDS):
        for trig in THEY_FOUNDED.finditer(text, lo, hi):
            out += _they_founded(text, marks, starts, trig, article)
    out += _owned(text, marks, starts, article, launched)
    if launched:
        for lo, hi in _lines_holding(text, low, ("found", "fondat")):
            out += _founders_of(text, marks, starts, lo, hi, launched)
    return out


# Words every match of a shape holds (lowercased)
VERB_WORDS = (
    "set up",
    "started",
    "behind",
    "a new ",
    "a fresh",
    "monte",
    "monté",
    "baptismaux",
    "origine",
    "derrière",
    "aventure",
)
PASSIVE_WORDS = (
    "set up",
    "started",
    "spun",
    "incubated",
    "monté",
    "essaim",
    "baptismaux",
    "rencontre",
    "meeting",
    "partnership",
    "brainchild",
    "bébé",
)
SUBJECT_WORDS = (
    "they ",
    "ils ",
    "elles ",
    "pair ",
    "duo ",
    "tandem ",
    "binôme ",
    "two ",
    "deux ",
    "trio ",
    "three ",
    "trois ",
)
OWNER_OF = ("of ", "de ", "d'", "d’")


def _lines_holding(text: str, low: str, words) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` that hold one of ``words``."""
    spans = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            spans.add((text.rfind("\n", 0, at) + 1, end))
            at = low.find(word, end)
    return sorted(spans)


def _window(text, marks, starts, trig, article):
    s = start_of_sentence(text, max(0, trig.start() - WINDOW), trig.start())
    end = SENTENCE_END.search(text, trig.end())
    lo, hi = max(s, trig.start() - WINDOW), min(end.start() if end else len(text), trig.end() + WINDOW)
    inside = marks[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
    return s, lo, inside, asides(text, lo, hi, inside, article["lang"])


def _told(text, marks, starts, trig, article, passive) -> list[tuple[int, dict]]:
    """The founders and the company of one founding verb, active or passive."""
    s, lo, inside, spans = _window(text, marks, starts, trig, article)
    # a verb the comma after a name opens is the sentence going on ("A, passée par B, monte X"); a verb inside
    # another aside describes someone
    spans = [(a, b) for a, b in spans if text[a : trig.start()].strip(" ,") or b <= trig.start()]
    if not passive and any(a <= trig.start() < b for a, b in spans):
        return []
    before = [m for m in inside if m.end <= trig.start()]
    after = [m for m in inside if m.start >= trig.end()]
    if passive:
        events = founded_by_events(text, trig, before, after, article, spans)
    else:
        free = [m for m in free_of_asides(before, spans) if m.start >= s]
        persons = persons_of(
            "founds",
            text,
            lo,
            trig,
            [m for m in free if m.kind == "person"],
            [m for m in after if m.kind == "person"],
            marks,
            article,
            spans,
        )
        acting = [m for m in free if m.kind == "company" and persons and m.start > persons[-1].end]
        events = founding_events("founds", text, trig, persons, acting, after, marks) if persons and not acting else []
    if not events or is_background(text, s, trig, article):
        return []
    return [(trig.start(), event) for event in events]


def _they_founded(text, marks, starts, trig, article) -> list[tuple[int, dict]]:
    """ "A and B met at Oxford. Last month they set up X.": the two or more people who open the sentence before."""
    s = start_of_sentence(text, max(0, trig.start() - WINDOW), trig.start())
    if s == 0:
        return []
    previous = start_of_sentence(text, max(0, s - WINDOW), s - 1)
    previous = SPACES.match(text, previous).end()
    k = bisect.bisect_left(starts, previous)
    if k >= len(marks) or marks[k].start != previous or marks[k].kind != "person":
        return []
    opening = [m for m in marks[k : k + 6] if m.end <= s]
    spans = asides(text, previous, s, opening, article["lang"])
    persons = coordinated([m for m in opening if m.kind == "person"], text, spans=spans)
    if len(persons) < 2 or not trig.group("pronoun") and len(persons) != (3 if trig.group("three") else 2):
        return []  # "they" stands for two people or more, "the pair" for two, "le trio" for three
    after = [m for m in marks[bisect.bisect_left(starts, trig.end()) :][:4]]
    events = founding_events("founds", text, trig, persons, [], after, marks)
    if not events or is_background(text, s, trig, article):
        return []
    return [(trig.start(), event) for event in events]


def _owned(text, marks, starts, article, launched) -> list[tuple[int, dict]]:
    """ "A and B's new company, X", "the new start-up of A, X", "X, la nouvelle start-up de A": founders of X when
    the phrase says it is new or the article launches X."""
    out = []
    for i, m in enumerate(marks):
        if m.kind == "person" and (said := OWNED_BEFORE.match(text, m.end)):
            company = _mark_at(marks, starts, said.end(), "company")
            owners = [p for p in marks[max(0, i - 5) : i + 1] if p.kind == "person"]
            persons = coordinated(owners[::-1], text, backwards=True)
        elif m.kind == "company" and (said := COMPANY_OWNED.match(text, m.end)):
            company, persons = m, _persons_from(text, marks, starts, said.end())
        elif (
            m.kind == "person"
            and text.endswith(OWNER_OF, max(0, m.start - 3), m.start)
            and (said := OWNED_AFTER.search(text, max(0, m.start - 40), m.start))
            and said.end() == m.start
        ):
            persons = _persons_from(text, marks, starts, m.start)
            gap = re.compile(r"\s*,\s*").match(text, persons[-1].end) if persons else None
            company = _mark_at(marks, starts, gap.end(), "company") if gap else None
        elif m.kind == "company" and (whom := WHOM.match(text, m.end)):
            company, persons = m, _persons_from(text, marks, starts, whom.end())
            said = FOUNDED_AFTER.match(text, persons[-1].end) if persons else None  # the verb tells the founding
            if not said:
                continue
        else:
            continue
        if (
            not company
            or not persons
            or not (said.re is FOUNDED_AFTER or NEW_WORD.search(said.group()) or company.id in launched)
        ):
            continue
        s = start_of_sentence(text, max(0, said.start() - WINDOW), said.start())
        if is_background(text, s, said, article):
            continue
        out += [(said.start(), {"type": "founds", "person": p.id, "company": company.id}) for p in persons]
    return out


def _founders_of(text, marks, starts, lo, hi, launched) -> list[tuple[int, dict]]:
    """ "Les deux fondateurs de X, A et B", "the co-founders of X are A and B", "X compte trois cofondateurs : A, B et
    C", "The start-up has two co-founders: A and B": the founders of a company the article launches."""
    out = []
    for noun in FOUNDER_NOUN.finditer(text, lo, hi):
        of = FOUNDERS_OF_COMPANY.match(text, noun.end())
        company = _mark_at(marks, starts, of.end(), "company") if of else None
        named = FOUNDERS_NAMED.match(text, company.end) if company else None
        if not named and COUNTED_FOUNDERS.search(text, max(0, noun.start() - 30), noun.start()):
            named = COUNTED_NAMED.match(text, noun.end())
            company = _subject_company(text, marks, starts, noun.start()) if named else None
        one = next(iter(launched)) if len(launched) == 1 else None
        if company:
            told = company.id
        elif one and ITS.search(text, max(0, noun.start() - 12), noun.start()):
            told = one  # "A, its co-founder, said": the one company the article launches
        else:
            continue
        persons = _persons_from(text, marks, starts, named.end()) if named else []
        if not persons:  # "A, co-founder of X", "A est le fondateur de X", "A, its co-founder"
            persons = _founder_before(text, marks, starts, noun.start())
        if told in launched:
            out += [(noun.start(), {"type": "founds", "person": p.id, "company": told}) for p in persons]
    return out


# Between a founder and the noun that says it: "A, co-founder of X", "A is the founder of X", "A et B sont les
# cofondateurs de X", "A, fondatrice et PDG de X"
FOUNDER_IS = re.compile(
    r"\s*(?:,|\s(?:is|are|was|were|est|sont|était|étaient))\s*"
    r"(?:(?:the|le|la|les|l['’]|its|one of the|l['’]une? des)\s*)?"
    r"(?:(?:new|nouvelle|nouveau|young|jeune)\s+)?(?:co-?)?$",
    re.I,
)


def _founder_before(text, marks, starts, pos) -> list:
    """The people a founder noun at ``pos`` describes, named right before it."""
    k = bisect.bisect_left(starts, pos) - 1
    if k < 0 or marks[k].kind != "person" or not FOUNDER_IS.fullmatch(text, marks[k].end, pos):
        return []
    earlier = [m for m in marks[max(0, k - 5) : k + 1] if m.kind == "person"]
    return coordinated(earlier[::-1], text, backwards=True)


def _subject_company(text, marks, starts, pos):
    """The company a sentence is about: one named before ``pos`` in it, else the last one named when the sentence
    opens on "it" / "elle" / "the start-up"."""
    s = start_of_sentence(text, max(0, pos - WINDOW), pos)
    named = [m for m in marks[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, pos)] if m.kind == "company"]
    if named:
        return named[0]
    if PRONOUN_SUBJECT.match(text, s):
        k = bisect.bisect_left(starts, s)
        return next((m for m in reversed(marks[max(0, k - 20) : k]) if m.kind == "company"), None)
    return None


def _mark_at(marks, starts, pos, kind):
    k = bisect.bisect_left(starts, pos)
    return marks[k] if k < len(marks) and marks[k].start == pos and marks[k].kind == kind else None


def _persons_from(text, marks, starts, pos) -> list:
    """The people named from ``pos`` on, coordinated ("A, B et C"); none when no person stands at ``pos``."""
    k = bisect.bisect_left(starts, pos)
    if k >= len(marks) or marks[k].start != pos or marks[k].kind != "person":
        return []
    return coordinated([m for m in marks[k : k + 8] if m.kind == "person"], text)
