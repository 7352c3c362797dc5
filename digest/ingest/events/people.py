"""Who an event is about: the subject before the trigger, the object after a noun or an active verb, a quoted
speaker, a pronoun's person, the founders an acqui-hire names."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from ...registry import norm
from ..entities.gazetteer import _demonyms
from .clauses import (
    CLAUSE,
    OBJECT_OF,
    SENTENCE_END,
    SPACES,
    WINDOW,
    Mark,
    coordinated,
    is_passive,
    outside,
    role_words,
    start_of_sentence,
)
from .post_words import NEW_POST, announced_post, object_start, titled_object
from .pronouns import headline_person, last_named, with_pronoun
from .referents import asked_to

PERSON_AFTER = re.compile(
    r"(?:départ|renvoi|éviction|limogeage|nomination|recrutement|embauche|arrivée|arrival|ouster|"
    r"retour|return|"
    r"departure|firing|hiring|appointment|exit|fonctions|démission|resignation|services)\s+(?:de|d['’]|of)?\s*$|"
    r"(?:recrut\w*|embauch\w*|débauch\w*|accueill\w*|welcom(?:e|es|ed|ing)|hir(?:e|es|ed|ing)|poach\w*|fir(?:e|es|ed)|"
    r"oust(?:s|ed)?|remov(?:e|es|ed)|limog\w*|licenci(?:e|é|ée)|évinc(?:e|é|ée)|tap(?:s|ped)\s+(?:former|ex-)|"
    r"congédi(?:e|é|ée)|nomm\w+|"
    r"appoint(?:s|ed)?|nam(?:es|ed)|ways with|sépar\w* d['’e]|tap(?:s|ped)|lur(?:e|es|ed|ing)|"
    r"(?:brought|brings?|bringing) (?:on|in|back)|attir(?:e|ent|é)|reinstat\w*|restor\w*|réint[èé]gr\w*|rétabli\w*|"
    r"re-?hir\w*|réembauch\w*|réengag\w*|rappel(?:le|lent|é)|recall(?:s|ed)|"
    # a company's choice of a person: "picks X", "nabs X", "promotes X", "enrôle X", "chipe X", "a fait venir X"
    r"nab(?:s|bed)?|enlist(?:s|ed)?|snap(?:s|ped)? up|sign(?:s|ed)?|add(?:s|ed)?|pick(?:s|ed)?|chose|choos(?:e|es)|"
    r"chosen|select(?:s|ed)?|promot(?:es|ed)|elevat(?:es|ed)|dismiss(?:es|ed)?|enrôl(?:e|ent|é)|(?:fait|font) venir|"
    r"choisi(?:t|ssent)?|promeu?t|promu|son dévolu sur|se renforce avec|s['’](?:offre|est offert)|chip(?:e|ent|é)|"
    r"engag(?:e|ent|é)|brought on board|(?:team|leadership|bench|board|management) with|"
    # a post handed over: "confie sa direction générale à X", "hands the reins to X"
    r"(?:direction|présidence|reins|helm)(?: [\w&.'’-]+){0,3} (?:à|to))\s*$",
    re.I,
)


FIRST_PERSON = re.compile(r"(?:^|[\s«“\"])(?:je|j['’]|I|we|nous)\b", re.I)
SUBJECT_PRONOUN = re.compile(r"\b(?:il|elle|he|she)\b", re.I)
PLURAL_PRONOUN = re.compile(r"\b(?:ils|they)\b", re.I)
# a sentence that reports someone's words, up to its end
REPORTS = re.compile(
    r"[^.!?]*?\b(?:said|says|told|tells|explained|added|a (?:déclaré|indiqué|expliqué|ajouté|confié)|explique|"
    r"déclare|indique|confie)\b",
    re.I,
)
REPORTING = re.compile(r"\b(?:said|says|told|announced|annonce|a annoncé|indique|a indiqué)\s+(?:that\s+)?$", re.I)


def _reported_subject(body, m, trig, spans=()) -> bool:
    """ "Acme said X would join …": after a reporting verb, a name the trigger follows within a few words (no comma)
    is the subject of the reported clause, not the source of a quote ("…, said X.")."""
    gap = outside(body, m.end, trig.start(), spans)
    if any(a == m.end for a, _ in spans):  # the comma that closes the name's aside ("X, a partner at Y, would")
        gap = gap.lstrip().removeprefix(",")
    return (
        bool(REPORTING.search(body, max(0, m.start - 20), m.start))
        and len(gap) <= 30
        and not re.search(r"[,.;:!?«»“”\"]", gap)
    )


def persons_of(kind, body, start, trig, persons_before, persons_after, marks, article, spans=()):
    """Who the event is about: the subject before the trigger; the object after a noun ("le départ de X")
    or an active verb done to someone ("Microsoft hires X", "the board fired X"); a quoted speaker
    ("« je rejoins Microsoft », a déclaré M. Suleyman"); "il"/"she" in the clause = the last person named;
    "ils"/"they" = the people of the last move."""
    passive = is_passive(body, trig)
    # an object needs a person after the trigger: without one, the noun or verb before it is not looked for
    object_form = (
        persons_after and not passive and PERSON_AFTER.search(body[max(0, trig.start() - 40) : trig.end() + 1])
    )
    start_object = object_start(body, trig)
    near_after = [
        m
        for m in persons_after
        if m.start - start_object <= 45
        and not OTHERS_OF.search(body, start_object, m.start)
        and (
            not re.search(r"[,.;:!?«»“”\"]", body[start_object : m.start])
            or titled_object(body[start_object : m.start])
        )
    ]
    if object_form and near_after:
        return coordinated([m for m in persons_after if m.start >= near_after[0].start], body, spans=spans)
    listed = LIST_AFTER.match(body, trig.end())
    if object_form and listed and persons_after and persons_after[0].start == listed.end():
        return coordinated(persons_after, body, spans=spans)  # "hired two researchers from X: A and B"
    if not near_after and POSSESSOR.search(body, max(0, trig.start() - 5), trig.start()):
        # "Acme a annoncé son arrivée", "announced her appointment": the move of the person the article follows
        owner = _possessor(body, trig, marks, start)
        return [Mark("person", owner[0].id, trig.end(), trig.end())] if owner else []
    told = _pronoun_object(kind, body, trig) if not passive else None
    if told:  # "the board reinstated her as CEO", "Acme l'a nommée": the last person named, where the pronoun stands
        named = last_named(body, trig, marks, start)
        at = max(told.start(), trig.end())  # an object, after its verb: "la limoge" is told after "limoge"
        return [Mark("person", named[0].id, at, max(at, told.end()))] if named else []
    if kind == "hired" and not passive:
        founders = _founders_hired(body, trig, marks, spans)
        if founders:
            return founders
        return []  # "elle veut recruter des talents": the subject hires, nobody named is hired
    if kind == "appointed" and NEW_POST.search(trig.group()):
        # "Acme has a new chief technology officer: X", "se dote d'un nouveau directeur, X": the name the post announces
        # a name opening the next sentence is the post's unless that sentence reports their words ("… a new CTO.
        # Jane Roe, its chief executive, said the search took months")
        return [
            m
            for m in persons_after
            if announced_post(body[trig.end() : m.start])
            and not ("." in body[trig.end() : m.start] and REPORTS.match(body, m.end, m.end + 160))
        ][:1]
    if SPOKEN_OF.search(body, max(0, trig.start() - 8), trig.start()) and MOVE_NOUN.fullmatch(trig.group()):
        return []  # "Y described the appointment", "Y a salué la nomination": who speaks of a move does not make it
    participle = PARTICIPLE.match(trig.group())
    apposed = [m for m in persons_before if participle and APPOSED.fullmatch(body, m.end, trig.start())]
    if apposed:  # "en remplacement de X, partie chez Y": the participle tells the name it follows, object or not
        return apposed[-1:]
    subjects = [
        m
        for m in persons_before
        if not OBJECT_OF.search(body[max(0, m.start - 16) : m.start])
        or _reported_subject(body, m, trig, spans)
        or asked_to(body, m, trig)  # "a demandé à X de revenir": the one asked moves
    ]
    if subjects:
        return with_pronoun(
            body, coordinated(list(reversed(subjects)), body, backwards=True, spans=spans), marks, start
        )
    cleft = CLEFT_AFTER.match(body[max(start, trig.start() - 40) : trig.start()])
    if cleft:  # "C'est X qui prend la tête", "It is X who will lead": the person the cleft puts first
        below = bisect.bisect_left(marks, trig.start(), key=lambda m: m.start)
        named = [m for m in marks[max(0, below - 3) : below] if m.kind == "person"]
        if (
            named
            and CLEFT_BEFORE.search(body, max(0, named[-1].start - 20), named[-1].start)
            and re.fullmatch(r"\s+(?:qui|who)\s+(?:[\w'’-]+\s+){0,3}", body[named[-1].end : trig.start()])
        ):
            return [named[-1]]
    speaker = _speaker(body, trig, marks)
    if speaker:
        return [speaker]
    lead = body[max(start, trig.start() - 120) : trig.start()]
    if PLURAL_PRONOUN.search(lead):
        return article.get("last_people", [])[:]
    pronoun = SUBJECT_PRONOUN.search(lead)
    if pronoun or _described_subject(body, trig):
        named = last_named(body, trig, marks, start)
        if named or pronoun:
            return named or headline_person(article, trig)
    if kind in ("leaves", "joins", "appointed"):
        return _named_next(body, trig, marks)
    return []


# a move told as a noun its person owns: "son arrivée", "sa nomination", "her appointment", "his departure"
POSSESSOR = re.compile(r"\b(?:son|sa|his|her)\s+$", re.I)


def _possessor(body, trig, marks, start) -> list:
    """Whose move "son arrivée" tells: the last subject of its paragraph, else the person the text names most before it
    (the first of them on a tie), not the last name of the paragraph before ("… avant que X ne reçoive son prix")."""
    paragraph = body.rfind("\n", 0, trig.start()) + 1
    before = bisect.bisect_right(marks, trig.start(), key=lambda m: m.start)  # marks are sorted by start
    opens = bisect.bisect_left(marks, paragraph, 0, before, key=lambda m: m.start)  # the paragraph's first mark
    if any(m.kind == "person" and m.end <= trig.start() for m in marks[opens:before]):
        return last_named(body, trig, marks, start)
    named = [m for m in marks[:opens] if m.kind == "person" and m.end <= trig.start()]
    counts = Counter(m.id for m in named)
    return [max(named, key=lambda m: counts[m.id])] if named else []  # max keeps the first of equals


# A person named by a pronoun as the object of a hire, an appointment or a removal: "reinstated her as", "hired him
# in 2024" (not "her team"); "l'a nommée", "la limoge".
OBJECT_PRONOUN = re.compile(
    r"\s+(?:him|her)(?=\s*(?:[,.;]|$|(?:as|to|from|in|on|at|with|after|effective|back|last|this|today)\b))", re.I
)
SUCCESSION = re.compile(r"remplac|replac|succ", re.I)
# a word that may be a verb's subject before its clitic ("Acme la", "il le"), not a word a determiner follows
SUBJECT_WORD = re.compile(r"(?<![\w'’])(?!(?:que|qu|de|du|des|à|par|pour|sur|dans|avec|et|ou)\b)[\w'’]+\s+$", re.I)
CLITIC = re.compile(r"(?<![\w'’])(?:(?P<aux>l['’](?:a|ont|avait|avaient))|la|le)\s+$", re.I)


def _pronoun_object(kind, body, trig) -> re.Match | None:
    if kind not in ("hired", "appointed", "fired") or SUCCESSION.match(trig.group()):
        return None  # "Y le remplace": the one replaced is the object, the one appointed the subject
    after = OBJECT_PRONOUN.match(body, trig.end())
    before = CLITIC.search(body, max(0, trig.start() - 12), trig.start())
    # "Acme la nomme", not "la nomination" nor "que le recrutement": without an auxiliary, a verb of the present
    # after its subject
    verb = before and (
        before.group("aux")
        or re.search(r"e(?:nt)?$", trig.group())
        and not trig.group().lower().endswith("ment")
        and SUBJECT_WORD.search(body, max(0, before.start() - 30), before.start())
    )
    return after or (before if verb else None)


# A person told by what they do rather than by name, as a sentence's subject: "the researcher", "la chercheuse de
# 36 ans", "the 41-year-old engineer", "l'ancienne dirigeante".
PERSON_NOUN = re.compile(
    r"(?:the|this|la|le|l['’]|cette|ce)\s*(?:[\w-]+\s+){0,2}?(?:(?:co-?)?(?:founder|fondat(?:eur|rice))|"
    r"researcher|scientist|engineer|executive|entrepreneur|entrepreneuse|veteran|economist|professor|director|"
    r"president|chercheu(?:r|se)|scientifique|ingénieure?|dirigeante?|économiste|professeure?|directeur|directrice|"
    r"présidente?|patronne?|(?:informatic|mathématic|physic)ien(?:ne)?|ancienne?)(?![\w-])",
    re.I,
)
# an opening phrase before the subject: "Le 2 mars, ", "On Monday, ", "Après huit ans chez X, "
COMMA_ASIDE = re.compile(r",[^,]*,")
OPENING = re.compile(r"[^,.;:!?\n]{1,40},\s*")


def _described_subject(body, trig) -> bool:
    """The sentence opens (after a phrase of time or place) on a description of a person that the trigger's verb
    follows: "Le 2 mars, la chercheuse de 36 ans, qui …, a rejoint Acme" moves the person last named."""
    start = SPACES.match(body, start_of_sentence(body, max(0, trig.start() - WINDOW), trig.start())).end()
    opening = OPENING.match(body, start, trig.start())
    for at in (start, *([opening.end()] if opening else [])):
        noun = PERSON_NOUN.match(body, at, trig.start()) or _nationality_subject(body, at, trig)
        # the trigger is the description's own verb, not one of a clause after it ("…, is leaving the startup whose
        # assistant has become …"); the asides set off by commas describe the person
        if noun and not CLAUSE.search(COMMA_ASIDE.sub(" ", body[noun.end() : trig.start()])):
            return True
    return False


# A person told by nationality: "Le Polonais", "la Britannique", "the 41-year-old Dutchman", then the verb (an
# auxiliary at most, once the asides go): "the German carmaker hired" tells no person
NATIONALITY_NOUN = re.compile(r"(?:the|le|la|l['’])\s*(?:[\w-]+\s+){0,2}?(?P<who>(?-i:[A-ZÀ-Ý])[\w-]+)(?![\w-])", re.I)
AUXILIARY = re.compile(r"(?:\s+(?:will|would|has|have|had|is|was|also|a|est|sera|va|aussi|doit|devrait))*\s*", re.I)


def _nationality_subject(body, at, trig):
    noun = NATIONALITY_NOUN.match(body, at, trig.start())
    if not noun or not AUXILIARY.fullmatch(COMMA_ASIDE.sub(" ", body[noun.end() : trig.start()])):
        return None
    word = norm(noun.group("who"))  # "Polonaise" is a "polonais", a "Dutchwoman" is "Dutch"
    forms = {word, word.removesuffix("e"), word.removesuffix("man").removesuffix("wo")}
    return noun if forms & _demonyms() else None


# A mover the lead describes before naming ("One of Acme's senior engineers has left …", "L'ancienne directrice
# d'Acme quitte …"): a description, never a name or a pronoun, opens the sentence.
DESCRIBED = re.compile(r"(?:one of|l['’]une? de|l['’]une? des|an?|the|le|la|l['’]|un|une|son|sa|its|his|her)\s", re.I)


def _named_next(body, trig, marks) -> list:
    """The mover of a sentence that describes them without a name and names a company, when the next sentence opens
    on the article's first and most named person, named more than once ("… has left Acme to join Borealis. Jane Doe,
    who led …, confirmed the move.")."""
    first = next((m for m in marks if m.kind == "person"), None)
    if first is None or first.start < trig.end():
        return []  # someone is named before the move: the description may be anyone's
    start = start_of_sentence(body, max(0, trig.start() - WINDOW), trig.start())
    stop = SENTENCE_END.search(body, trig.end())
    described = DESCRIBED.match(body, SPACES.match(body, start).end())
    if not stop or not described or not any(m.kind == "company" and start <= m.start < stop.start() for m in marks):
        return []  # a move the sentence tells without a company ("has quit the firm he built") is left to the text
    counts = Counter(m.id for m in marks if m.kind == "person")
    if first.start != SPACES.match(body, stop.end()).end() or counts[first.id] < max(2, *counts.values()):
        return []
    return [Mark("person", first.id, described.start(), described.end())]  # where the description stands for them


FOUNDERS_OF_CO = re.compile(
    r"\s+(?:(?:the|les|ses|its|their|leurs)\s+)?(?:(?:two|three|deux|trois)\s+)?(?:co-?)?"
    r"(?:founders|fondateurs|cofondateurs)\s+(?:of|de|d['’])\s*",
    re.I,
)
CO_S_FOUNDERS = re.compile(r"['’]s\s+(?:(?:two|three)\s+)?(?:co-?)?founders\b", re.I)
LIST_LEAD = re.compile(
    r"[\s,:]*(?:(?:including|among them|notamment|dont|parmi lesquels)\s+)?((?:[\w-]+\s+){0,3}?)$", re.I
)


def founders_company(body, trig, marks) -> str | None:
    """The company whose founders a hire names ("the founders of X", "X's co-founders"), else None."""
    k = bisect.bisect_left(marks, trig.end(), key=lambda m: m.start)
    nxt = marks[k] if k < len(marks) else None
    if not nxt or nxt.kind != "company":
        return None
    frame = FOUNDERS_OF_CO.match(body, trig.end())
    if (
        frame
        and nxt.start == frame.end()
        or re.fullmatch(r"\s+", body[trig.end() : nxt.start])
        and CO_S_FOUNDERS.match(body, nxt.end)
    ):
        return nxt.id
    return None


def _founders_hired(body, trig, marks, spans):
    """ "hired the founders of Acme, A and B", "a recruté les cofondateurs d'Acme. A et B rejoignent …": the founders
    the text names right after, or at the head of the next sentence (an acqui-hire)."""
    k = bisect.bisect_left(marks, trig.end(), key=lambda m: m.start)
    nxt = marks[k] if k < len(marks) else None
    frame = FOUNDERS_OF_CO.match(body, trig.end())
    if frame and nxt and nxt.kind == "company" and nxt.start == frame.end():
        end = nxt.end
    elif (
        nxt
        and nxt.kind == "company"
        and re.fullmatch(r"\s+", body[trig.end() : nxt.start])
        and CO_S_FOUNDERS.match(body, nxt.end)
    ):
        end = CO_S_FOUNDERS.match(body, nxt.end).end()
    else:
        return []
    people = [m for m in marks[k + 1 : k + 8] if m.kind == "person" and m.start >= end]
    if not people:
        return []
    lead = LIST_LEAD.match(body[end : people[0].start])
    if (
        people[0].start - end <= 50
        and lead
        and all(w in role_words() for w in lead.group(1).lower().split())
        and not SENTENCE_END.search(body, end, people[0].start)
    ):
        return coordinated([m for m in people], body, spans=spans)
    stop = SENTENCE_END.search(body, end)  # "… les fondateurs d'Acme. A et B rejoignent …"
    if stop and SPACES.match(body, stop.end()).end() == people[0].start:
        return coordinated([m for m in people], body, spans=spans)
    return []


PARTICIPLE = re.compile(r"\w+(?:ée?s?|ie?s?|ed)\b", re.I)
APPOSED = re.compile(r"\s*,\s*(?:(?:\w+ment|recently|récemment|elle-même|lui-même)\s+)?")
# "Son départ a suivi celui de X", "his exit followed that of X": X's is another one, told as a comparison
# a move's noun after a determiner, with nobody after it ("described the appointment as"): another verb's object
SPOKEN_OF = re.compile(r"(?:\b(?:the|this|that|la|le|cette|ce)\s+|\b[lL]['’])$", re.I)
MOVE_NOUN = re.compile(
    r"appointments?|nominations?|hir(?:e|ing)|recrutement|embauche|arrival|arrivée|return|retour|departure|départ|"
    r"exit|démission|resignation",
    re.I,
)
OTHERS_OF = re.compile(r"\b(?:celui|celle|ceux|celles|that of|those of)\b", re.I)
# "hired two senior researchers from X: A and B": the people the colon lists
LIST_AFTER = re.compile(r"[^.;:!?\n]{1,80}:\s*")
CLEFT_AFTER = re.compile(r".*\s(?:qui|who)\s+(?:[\w'’-]+\s+){0,3}$", re.S)
CLEFT_BEFORE = re.compile(r"\b(?:c['’]est|ce sont|it is|it was|it['’]s)\s+$", re.I)


QUOTE_WINDOW = 1000  # how far a quotation is looked for around a trigger (a window keeps long pastes linear)


def _speaker(body, trig, marks):
    """« Je rejoins Microsoft », a déclaré M. Suleyman / Karpathy said: “I left OpenAI” / "I am joining X," said Y:
    the quoted speaker."""
    opening = max(body.rfind(q, max(0, trig.start() - QUOTE_WINDOW), trig.start()) for q in "«“")
    closes = "»”"
    if opening < 0 or max(body.rfind(q, opening, trig.start()) for q in closes) > opening:
        # straight quotes open and close alike: inside one when the paragraph has an odd number of them before
        paragraph = body.rfind("\n", max(0, trig.start() - QUOTE_WINDOW), trig.start()) + 1
        if body.count('"', paragraph, trig.start()) % 2 == 0:
            return None  # not inside a quote
        opening, closes = body.rfind('"', paragraph, trig.start()), '"'
    # the "I" of the trigger's own clause: "We got it wrong: X is back" is not the speaker's move
    clause = max(opening, *(body.rfind(p, opening, trig.start()) for p in ".;:!?"))
    if not FIRST_PERSON.search(body[clause : trig.start()]):
        return None
    closing = min(
        (i for i in (body.find(q, trig.end(), trig.end() + QUOTE_WINDOW) for q in closes) if i >= 0), default=-1
    )
    near = marks[
        bisect.bisect_left(marks, opening - QUOTE_WINDOW, key=lambda m: m.start) : bisect.bisect_right(
            marks, max(opening, closing) + 60, key=lambda m: m.start
        )
    ]
    people = [m for m in near if m.kind == "person"]
    after = [m for m in people if closing >= 0 and 0 <= m.start - closing <= 60]
    before = [m for m in people if m.end <= opening and opening - m.end <= 80]
    return (after or before[-1:] or [None])[0]
