"""The shape of a sentence around a trigger: the names it marks, its sentences, the asides that only describe a
name, lists of people, and the words that may link a trigger to its company."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from ... import roles
from ...registry import norm
from .. import prefilter
from ..entities.gazetteer import _demonyms
from ..entities.words import PROFESSION
from .triggers import has_trigger

# "la start-up" / "the startup" is the company the article is about (the one it names most).
STARTUP = r"(?:start-?up|jeune pousse|pépite|licorne|unicorn|laboratoire|lab)\b"
CLAUSE = prefilter.compile(
    r"(,\s*)?\b(?:that|(?<!ainsi )que|qu['’]|who|qui|which|whose|dont|lequel|laquelle)\b|[;:«“]", re.I
)
PASSIVE = re.compile(
    r"\b(?:was|were|been|being|be|is|a été|ont été|fut|est|été|être|sera|seront)\s+(?:\w+ly\s+)?$", re.I
)


def is_passive(body: str, trig) -> bool:
    """The trigger is a participle after "was"/"a été" ("was fired"), or one whose agent follows it without an
    auxiliary ("X, chercheuse chez A, débauchée par B"); "is acquiring", "is hiring" are active."""
    passive = PASSIVE.search(body[max(0, trig.start() - 25) : trig.start()])
    if not passive and PARTICIPLE.search(trig.group()) and AGENT.match(body, trig.end()):
        return True
    return bool(passive) and not trig.group().lower().endswith("ing")


PARTICIPLE = re.compile(r"(?:é|ée|és|ées|ed)$", re.I)
AGENT = re.compile(r"\s+(?:par|by)\s", re.I)


# A name after these acts with the subject, and is not it: "Avec Y, il a lancé Z", "With Y, she founded Z".
WITH_BEFORE = re.compile(r"(?:^|[\s,])(?:avec|with|alongside|aux côtés de)\s+$", re.I)
# A name after these is an object or a source, not the subject ("collaborateurs de X", "selon X", "said X").
OBJECT_OF = re.compile(
    r"(?:\b(?:de|du|des|of|avec|with|by|par|pour|for|à|to|selon|according to|said|says|told|"
    r"auprès de|led by|mené par|menée par|including|dont|notamment|like|such as|than)\s+|\bd['’])$",
    re.I,
)
# A run of ordinary characters is taken whole (possessive "++": the same sentences, without trying every end of the run
# again when a line has no final stop). A full stop inside a number ("$1.5 billion"), before a comma, a parenthesis or
# a lowercase word ("Corp. will", "Inc., an", "Ltd. (Tokyo)") or after an abbreviated month ("Jan. 20") ends no
# sentence, nor does the stop of a person's abbreviated title before a name ("Dr. Jane Doe", "Prof. X"), of a middle
# initial ("Kwame A. Mensah") or of a legal form's first word (``LEGAL_FORM``); a round's or a plan's letter does
# ("… raised a Series A. The round …").
INITIAL = r"(?<=[\s(][A-ZÀ-Ý])(?<!eries [A-Z])(?<!érie [A-Z])(?<!lan [A-Z])\.(?=[ \t]+[A-ZÀ-Ý])"
# nor the stop of a legal form's first word before its second ("Acme Pte. Ltd. has", "Acme Co. Ltd", "Sdn. Bhd.")
LEGAL_FORM = r"(?:(?<=\bP(?:te|ty))|(?<=\bSdn)|(?<=\bCo)|(?<=\bCorp))\.(?=[ \t]+(?:Ltd|Limited|Bhd|Inc)\b)"
LEGAL_FORM_END = r"(?:(?<=\bP(?:te|ty)\.)|(?<=\bSdn\.)|(?<=\bCo\.)|(?<=\bCorp\.))[ \t]+(?:Ltd|Limited|Bhd|Inc)\b"
SENTENCE = re.compile(
    r"(?:[^.!?\n]++|[.!?](?=\d|,|[ \t]+[a-zà-ÿ$€£(])|(?<=\b[A-Z][a-z]{2})\.(?=[ \t]+\d)|"
    r"(?<=\b(?:Dr|Pr|Mr|Ms))\.(?=[ \t]+[A-ZÀ-Ý])|(?<=\bProf)\.(?=[ \t]+[A-ZÀ-Ý])|" + INITIAL + "|" + LEGAL_FORM + r")+"
    r"(?:[.!?]+[»”\"']?|$)"
)
WINDOW = 400  # how far around a trigger names are looked at: keeps a paste without full stops linear


class Mark(NamedTuple):
    """A person or company named in the text: its registry id and where its name stands (without an elided
    article before it, "d'OpenAI", nor the punctuation after it, "Anthropic.")."""

    kind: str
    id: str
    start: int
    end: int


_ELIDED = re.compile(r"(?:[dlDL]|[qQ]u|[jJ]usqu)['’]\s*")
_TRAILING = re.compile(r"(?:['’]s|['’]|[.,;:!?»”\"])+$")


def find_marks(body: str, mentions, wanted: set) -> list[Mark]:
    """The people and companies of ``wanted`` named in ``body``, in text order: ingest's mentions, trimmed to the
    name itself, and every other place the same names stand (ingest marks a name where it is sure of it, not
    each time it recurs: "Acme a annoncé …" at the head of a sentence is Acme all the same)."""
    marks, surfaces, taken = [], {}, []
    for m in mentions:
        taken.append((m.start, m.end))
        if m.kind not in ("person", "company") or m.id not in wanted:
            continue
        start, end = m.start, m.end
        elided = _ELIDED.match(body, start, end)
        if elided and elided.end() < end:
            start = elided.end()
        trailing = _TRAILING.search(body, start, end)
        if trailing and trailing.start() > start:
            end = trailing.start()
        marks.append(Mark(m.kind, m.id, start, end))
        name = body[start:end]
        if len(name) >= 3 and any(c.isupper() for c in name):
            surfaces.setdefault(name, set()).add((m.kind, m.id))
    taken.sort()
    starts = [a for a, _ in taken]
    for name in sorted((n for n, ids in surfaces.items() if len(ids) == 1), key=len, reverse=True):
        kind, id_ = next(iter(surfaces[name]))
        at = body.find(name)
        while at >= 0:  # str.find per name: cheaper than compiling an alternation for each article
            end = at + len(name)
            k = bisect.bisect_right(starts, at)
            if not (
                word_char(body, at - 1)
                or word_char(body, end)
                or (k and taken[k - 1][1] > at)
                or (k < len(taken) and taken[k][0] < end)
            ):
                marks.append(Mark(kind, id_, at, end))  # not inside or across a name ingest read otherwise
                taken.insert(k, (at, end))
                starts.insert(k, at)
            at = body.find(name, end)
    return sorted(marks, key=lambda m: m.start)


def word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


_ASIDE_START = re.compile(
    r"\s*(?:\d|[a-zà-ÿ]|(?:CEO|PDG|CTO|COO|CFO|VP|SVP|EVP|Chief|President|Président|Directeur|Directrice|Co-?founder|Co-?fondat\w+|Head|Former|Ancien\w*|Ex-)\b)"
)
_RELATIVE = re.compile(r"\s*(?:who|whom|whose|which|where|qui|dont|où|lequel|laquelle)\b", re.I)
# a name a cleft puts forward: "c'est finalement Acme", "it was Acme"
_CLEFT = re.compile(
    r"(?:\bc['’](?:est|était)|\bce (?:sont|fut)|\bit (?:is|was)|\bit['’]s)\s+(?:(?:finalement|enfin|bien|donc|in the "
    r"end|finally|eventually)\s+)?$",
    re.I,
)
_VERB_START = {
    "en": re.compile(
        r"\s*(?:has|have|had|is|was|were|will|would|could|can|may|might|must|should|did|does|says|said|told|"
        r"announced|added|and|but|or|then|while|also|now|today|on|in|at|after|before)\b",
        re.I,
    ),
    "fr": re.compile(
        r"\s*(?:a|ont|avait|avaient|est|sont|était|va|vont|sera|seront|vient|viennent|annonce|déclare|"
        r"explique|estime|affirme|et|mais|ou|puis|alors|aussi|désormais|aujourd['’]hui|ce|cette|le|la|"
        r"les|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|après|avant|en|dans)\b",
        re.I,
    ),
}


# ", la start-up lausannoise issue de X," / ", the Toronto company," closed by a comma: what the name is.
APPOSITION = re.compile(
    r"\s*(?:la|le|l['’]|the|une?|an?)\s*(?:[\w-]+\s+){0,2}?(?:"
    + STARTUP[3:-3]
    + r"|company|firm|entreprise|société|groupe|group|éditeur|editor|maker|fabricant)\b",
    re.I,
)


_BRACKET = re.compile(r"[ \t]*\([^()]{1,40}\)")
# The last items of a list inside an aside, closed by "et"/"and": " Inria et l'Université de Rennes".
LIST_TAIL = re.compile(r"\s*(?:[\w'’.&-]+\s+){0,5}?(?:et|and|&)\s+[^,;:!?()]{1,60}", re.I)


# ", founded by A and B,", ", backed by X,", ", basée à Lyon,": a participle that describes the name it follows (the
# founding it tells is read as such; the sentence goes on after it).
DESCRIBED_BY = re.compile(
    r"\s*(?:(?:co-?)?founded|(?:co-?)?fondée?s?|créée?s?|launched|lancée?s?|backed|soutenue?s?|funded|financée?s?|"
    r"owned|détenue?s?|based|basée?s?|installée?s?|headquartered|spun out|issue?s?)\s+"
    r"(?:by|par|in|à|en|au|of|de|d['’])",
    re.I,
)


# ", the AI researcher who co-founded X," / ", l'ingénieure qui a fondé X,": a noun and its relative clause.
DESCRIBED = re.compile(r"\s*(?:the|an?|la|le|l['’]|une?)\s*(?:[\w'’-]+\s+){1,3}?(?:who|whose|qui|dont)\b", re.I)


# parentheses and paired dashes (or a dash to the end): what they hold describes
_ASIDE_MARKS = prefilter.compile(r"\([^()]*\)|\s[—–]\s[^—–]{1,200}?\s[—–]\s|\s[—–]\s[^—–]{1,200}$")


def asides(body: str, lo: int, hi: int, inside, lang: str) -> list[tuple[int, int]]:
    """Spans of ``body[lo:hi]`` that only describe a name: parentheses, paired dashes, and comma-led appositions
    or relative clauses right after a name (a segment that itself holds a trigger is the sentence going on)."""
    spans = [m.span() for m in _ASIDE_MARKS.finditer(body[lo:hi])]
    spans = [(a + lo, b + lo) for a, b in spans if not _dateline_dash(body, a + lo)]
    verb = _VERB_START.get(lang, _VERB_START["en"])
    cleft_verbs: set[int] = set()  # where the relative of a cleft stands ("c'est Acme, …, qui"): no aside
    for m in inside:
        bracket = _BRACKET.match(body, m.end)  # "Acme Labs (AL), the start-up …,": the description after the acronym
        pos = bracket.end() if bracket else m.end
        while pos < hi and body.startswith(",", pos):
            end = _segment_end(body, pos + 1, hi)
            segment = body[pos + 1 : end]
            relative = (
                _RELATIVE.match(segment)
                or DESCRIBED.match(segment)
                or (APPOSITION.match(segment) and body.startswith(",", end))
                or (DESCRIBED_BY.match(segment) and body.startswith(",", end))
                # ", unité de recherche associant le CNRS, Inria et l'Université de Rennes,": the list goes on
                or (
                    spans
                    and spans[-1][1] == pos
                    and LIST_TAIL.fullmatch(segment)
                    and body.startswith(",", end)
                    and not any(n.kind == "person" and pos < n.start < end for n in inside)
                )
            )
            if not relative and (not _ASIDE_START.match(segment) or verb.match(segment) or has_trigger(segment)):
                break
            if relative and _RELATIVE.match(segment) and _CLEFT.search(body, max(0, m.start - 30), m.start):
                cleft_verbs.add(pos)  # "c'est Acme, la start-up …, qui a annoncé": the sentence's verb, for any name
            if pos in cleft_verbs:
                break
            if any(n.kind == "person" and pos < n.start < end and _titled(body[pos : n.start]) for n in inside):
                break  # ", CTO John Smith": the next name of a list, not a description
            spans.append((pos, end))
            pos = end
    return spans


# What opens a paragraph before a wire dash: "SAN FRANCISCO —", "AUSTIN, Texas —", "Lyon, le 2 février 2026 –",
# "PARIS (AFP) -".
_DATELINE_HEAD = re.compile(
    r"(?:[A-ZÀ-Ý][A-ZÀ-Ý.'’-]+\s*){1,4}"
    r"(?:,\s*[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*)?\s*)?"
    r"(?:\([^()]{1,30}\)\s*)?|"
    r"(?:[A-ZÀ-Ý][\w'’-]*\s*){1,3},\s*[^,.;:!?]{0,40}?\d[^,.;:!?]{0,20}"
)


def _dateline_dash(body: str, pos: int) -> bool:
    """A dash after a dateline that opens a paragraph ("PITTSBURGH — Acme today announced"): the text after it
    is the article, not an aside."""
    start = body.rfind("\n", max(0, pos - 60), pos) + 1
    return (start > 0 or pos < 60) and bool(_DATELINE_HEAD.fullmatch(body, start, pos))


def _segment_end(body: str, start: int, hi: int) -> int:
    """Where a comma-led segment stops: the next comma, semicolon or colon, else the clause's end (at most 200
    letters)."""
    limit = min(hi, start + 200)
    stops = [i for i in (body.find(c, start, limit) for c in ",;:") if i >= 0]
    return min(stops) if stops else limit


def free_of_asides(marks, spans):
    """Mentions outside every aside span."""
    return [m for m in marks if not any(a <= m.start and m.end <= b for a, b in spans)]


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Words of glossary roles, which may stand between a move and its company ("steps down as CEO of X")."""
    return frozenset(w for form in roles.all_forms() for w in re.findall(r"\w+", form.lower()))


_AND = r"(?:et|and|&)"
# "X et Y", "X and Y", "par X, …, et par Y", "le Ghanéen X et le Néerlandais Y" (a capitalised noun of origin)
_JOINED = rf"\s*,?\s*{_AND}\s*(?:de\s+|d['’]|par\s+|by\s+|(?:le|la)\s+[A-ZÀ-Ý][a-zà-ÿ-]+\s+)?"


def coordinated(persons, body, backwards=False, spans=()):
    """The first person and those joined to it by "et"/"and", or by commas in a list that "et"/"and" closes
    ("Sam Altman et Greg Brockman", "A, B and C", "A, 41 ans, ingénieure, et B"): "Selon X, Y quitte" is one
    person, not two. The asides (``spans``) that describe a person do not part them."""
    if not persons:
        return []
    group, closed = [persons[0]], False
    for m in persons[1:]:
        a, b = (m, group[-1]) if backwards else (group[-1], m)
        between = outside(body, a.end, b.start, spans)
        if _joined(between):
            group.append(m)
            closed = True
        elif re.fullmatch(r"\s*,\s*", between) and (closed or not backwards) or _titled(between):
            group.append(m)
        else:
            break
    if not backwards:  # a forward list is a list only when "and" closes it: "hired A, B and C"
        while (
            len(group) > 1
            and not _joined(outside(body, group[-2].end, group[-1].start, spans))
            and not _titled(body[group[-2].end : group[-1].start])
        ):
            group.pop()
    return sorted(group, key=lambda m: m.start)


def _joined(between: str) -> bool:
    """ "X et Y", "A, B and C", "le Dr X et l'ingénieure Y", "X and CTO Y": "and" joins two names, with titles only."""
    if re.fullmatch(_JOINED, between):
        return True
    joined = re.match(rf"\s*,?\s*{_AND}\s+", between)
    return bool(joined) and titles_only(between[joined.end() :])


def outside(body, lo, hi, spans) -> str:
    """``body[lo:hi]`` without the aside spans inside it."""
    text, pos = [], lo
    for x, y in sorted(sp for sp in spans if lo <= sp[0] and sp[1] <= hi):
        text.append(body[pos : max(pos, x)])
        pos = max(pos, y)
    return "".join(text) + body[pos:hi]


def titles_only(between: str) -> bool:
    """ "by CEO Jane Doe", "par l'ancien PDG", "par l'ingénieur sénégalais", "et la linguiste", "by Dr. X", "and
    entrepreneur X": only titles (abbreviated or not), articles, a word of origin and a profession named after its
    article or right before the name."""
    if "." in between:
        between = _ABBREVIATED_TITLE.sub(r"\1", between)
    words = re.findall(r"\w+", between.lower())
    return not re.search(r"[,.;:!?]", between) and all(
        w in role_words()
        or w in _TITLE_WORDS
        or norm(w) in _demonyms()
        or (
            (n and words[n - 1] in ("the", "le", "la", "l") or n == len(words) - 1)
            and PROFESSION.fullmatch(w.removesuffix("e") if w.endswith("eure") else w)
        )
        for n, w in enumerate(words)
    )


_ABBREVIATED_TITLE = re.compile(r"\b(Dr|Prof|Pr|Pre)\.", re.I)


_TITLE_WORDS = {
    "the",
    "le",
    "la",
    "l",
    "les",
    "its",
    "son",
    "sa",
    "ses",
    "their",
    "leur",
    "former",
    "ancien",
    "ancienne",
    "ex",
    "professeur",
    "professeure",
    "professor",
    "prof",
    "dr",
    "docteur",
    "docteure",
}


_POSSESSIVE = {"its", "his", "her", "their", "son", "sa", "leur"}


def _titled(between: str) -> bool:
    """ ", CTO Rocky Duan", ", CEO of X, its co-founder Jane Roe": a list of people each given a title is a list
    without "and" (the previous one's description may stand before the title)."""
    words = re.fullmatch(
        rf"(?:\s*,\s*[a-zà-ÿ][^,;:.()]{{0,80}}(?=,))?\s*,\s*(?:{_AND}\s+)?(?:(?:de|of)\s+)?([\w\s-]+?)\s*", between
    )  # "…, de son cofondateur X": the list goes on after "de"
    found = re.findall(r"\w+", words.group(1).lower()) if words else []
    return bool(words) and all(w in role_words() or (w in _POSSESSIVE and n == 0) for n, w in enumerate(found))


# the end of a sentence, read as SENTENCE reads it
SENTENCE_END = re.compile(
    r"(?!" + INITIAL + r")"
    r"[.!?](?!" + LEGAL_FORM_END + r")"
    r"(?!\d|,|[ \t]+[a-zà-ÿ(])(?<!\bDr\.)(?<!\bPr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bProf\.)|\n"
)


def start_of_sentence(body: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (not before ``lo``): a decimal point ("$45.6 million") or a full stop
    before a lowercase word ("Acme Inc. has") ends none."""
    return max([lo] + [m.end() for m in SENTENCE_END.finditer(body, lo, pos)])


def end_of_sentence(body: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its final stop), read as ``start_of_sentence`` reads sentences."""
    end = SENTENCE_END.search(body, pos)
    return end.start() if end else len(body)


def is_object(body, m) -> bool:
    """The name is an object or a source ("d'OpenAI", "selon X"), not a subject."""
    return bool(OBJECT_OF.search(body[max(0, m.start - 16) : m.start]))


SPACES = re.compile(r"\s*")
