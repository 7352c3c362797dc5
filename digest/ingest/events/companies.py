"""The company an event happens at, the company left, and the company "the start-up" of an article is."""

from __future__ import annotations

import bisect
import re

from .background import REPORTED
from .clauses import (
    SENTENCE_END,
    STARTUP,
    WINDOW,
    free_of_asides,
    is_object,
    is_passive,
    role_words,
    start_of_sentence,
)
from .people import PERSON_AFTER, PLURAL_PRONOUN, founders_company
from .referents import (
    US_AFTER,
    US_BEFORE,
    article_company,
    company_left,
    headlined_company,
    last_company,
    linked,
    opening_company,
    our_company,
    page_company,
    startup_subject,
)
from .titles import (
    FORMER,
    LEADS,
    RUNS_AT,
    describes,
    former_in_aside,
    names_a_post,
    post_at_company,
    post_then_company,
    title_company,
    works_at,
)

# "the company", "the Montreal AI company", "the Paris-based firm" (names and "-based" only: "the venture firm" is an
# investor), "la société", "le groupe", "the chipmaker", "le constructeur": the company the article is about.
COMPANY_PRONOUN = re.compile(
    r"\b(?:the\s+(?:(?:(?-i:[A-Z])[\w-]*|[\w-]+-based)\s+){0,2}(?:company|firm)|the\s+[a-z]+-?makers?|"
    r"l['’]entreprise|(?:le|du|au)\s+(?:fabricant|constructeur)|la société|la firme|le groupe)\b",
    re.I,
)
STARTUP_NOUN = re.compile(r"\b(?:the|la|cette|this)\s+(?:[\w-]+\s+){0,2}?" + STARTUP, re.I)
IT_PRONOUN = re.compile(r"(?<![\w-])(?:it|elle|they|elles)(?![\w-])", re.I)
AS_ROLE = re.compile(
    r"\b(?:as|comme|en tant que|au poste de|to be)\b(?!\s+(?:of|from|well|soon|part|a result|long|such|far|"
    r"much|many|usual|if|though|for|to|de coutume|prévu)\b)",
    re.I,
)
RETURN_NOUN = re.compile(r"retour|return of", re.I)
# An appointment that gives a person back their own post: "reinstated", "réintégrée", "retrouve son poste", "is back"
REINSTATED = re.compile(
    r"reinstat|ré(?:intègr|intégr)|rétabli|restored|retrouv|rappel|\w+ back|re-?(?:hir|appoint)|réembauch|réengag|"
    r"\w+ (?:once|again|de nouveau|à nouveau)|rede",
    re.I,
)


def _main(article, other_than=(), only=False) -> str | None:
    """The company the article is about ("la start-up", "elle lève"), other than the ones just left (``only``: the
    one company it names, if it names one)."""
    if only:
        return article["ranked"][0] if len(article["ranked"]) == 1 else None
    return next((c for c in article["ranked"] if c not in other_than), None)


LEAVE_NOUN = re.compile(r"départ|departure|exit|démission|resignation", re.I)


def company_of(kind, body, trig, persons, companies_before, companies_after, article, marks, spans=()):
    """The company of the event: named right after the trigger ("quitte Microsoft", "de la tête d’OpenAI",
    "as interim CEO of OpenAI", "steps down as CEO of X"), "the company" = the company the sentence is about (else
    the last one named before it),
    "la start-up" = the article's company, or the subject company of an active hire ("Microsoft recrute X")."""
    if kind == "appointed" and trig.group() == "new":  # "X is Acme's new CTO": the company before "'s new"
        own = [
            m
            for m in companies_before
            if POSSESSIVE_END.search(body[m.start : trig.start()].rstrip())
            and re.fullmatch(r"(?:['’]s?)?\s+", body[m.end : trig.start()])
            and COPULA.search(body, max(0, m.start - 12), m.start)
        ]
        post = re.match(r"\s+([\w-]+)", body[trig.end() :])
        return own[-1].id if own and post and post.group(1).lower() in role_words() else None
    whose = founders_company(body, trig, marks) if kind == "hired" else None
    if whose:  # "Amazon hired the founders of Covariant", "ils ont embauché les fondateurs de X": X is where from
        actor = [
            m
            for m in companies_before
            if m.id != whose
            and not IN_OBJECT.search(body, max(0, m.start - 8), m.start)
            and not SENTENCE_END.search(body, m.end, trig.start())
        ]
        if actor:
            return actor[-1].id
        lead = body[start_of_sentence(body, max(0, trig.start() - WINDOW), trig.start()) : trig.start()]
        return (
            last_company(marks, trig.start(), whose) if IT_PRONOUN.search(lead) or PLURAL_PRONOUN.search(lead) else None
        )
    at = AT_COMPANY.match(body, trig.end())
    if kind in ("hired", "joins") and at:  # "l'arrivée chez Acme de X", "the arrival at Acme of X": where, then who
        named = [m for m in companies_after if m.start == at.end()]
        if named and PERSON_AFTER.search(body[max(0, trig.start() - 40) : trig.end() + 1]):
            return named[0].id
    # the company did it: "Microsoft recrute X", "OpenAI a nommé X", "OpenAI fired X", "Meta takes a stake in Acme,
    # hires its CEO X" (Acme is the object of "in", Meta the subject)
    actor = [
        m for m in free_of_asides(companies_before, spans) if not IN_OBJECT.search(body, max(0, m.start - 8), m.start)
    ][-1:]
    if (
        kind in ("hired", "appointed", "fired")
        and actor
        and persons[0].start > trig.start()
        and not is_passive(body, trig)
        and not SENTENCE_END.search(body, actor[0].end, trig.start())
        and not re.search(r"[;:]", body[actor[0].end : trig.start()])
    ):
        return actor[0].id
    returned = kind == "joins" and bool(RETURN_NOUN.match(trig.group()))
    if (
        kind in ("hired", "appointed", "fired")
        and not actor
        and persons[0].start > trig.start()
        and BOARD_SUBJECT.search(body, max(0, trig.start() - 60), trig.start())
    ):
        return page_company(body, marks, article)  # "the Board reinstated her": the board of the page's company
    if (
        (kind in ("hired", "appointed") or returned)
        and persons[0].start > trig.start()
        and not companies_before
        and startup_subject(body, trig)
    ):
        # "La start-up luxembourgeoise, qui …, recrute X, jusqu'ici chez Y": the article's company, not X's
        # employer, and only when the article names it more than any other; "l'entreprise a annoncé le retour de X"
        # is back at it, wherever the aside says X was meanwhile
        after = {m.id for m in companies_after}
        pick = article_company(article, set() if returned else after, at=trig.start())
        pick = pick or headlined_company(article, after)
        # (the mover's former employer, named after the trigger, "X, jusqu'ici chez Y", is no rival)
        counts = article["counts"]
        return pick if pick and all(counts[c] < counts[pick] for c in counts if c not in (pick, *after)) else None
    start = trig.end()
    if kind == "appointed":
        # "named X as CTO of Y": the company after the role ("announced as the company's new CEO": the trigger holds
        # the "as"; "effective as of Monday" names no role)
        role = (
            None
            if re.search(r"\b(?:as|comme)$", trig.group(), re.I)
            else AS_ROLE.search(body, trig.end(), trig.end() + 80)
        )
        start = role.end() if role else max(start, persons[-1].end)
        posted = None if role else post_at_company(body, trig.end(), companies_after)
        if posted:  # "appointed chief AI officer of Pune-based start-up Acme": the company the post is at
            return posted
    elif 0 < persons[-1].start - trig.end() <= 45 and not re.search(
        r"[,.;:!?«»“”\"]", body[trig.end() : persons[-1].start]
    ):
        # "le départ de X de Microsoft": after the object (not after a quote's speaker: "« Je rejoins X », dit Y")
        start = persons[-1].end
    if kind in ("hired", "joins") and FROM_ONLY.match(body, trig.end()):
        return None  # "she joins from Microsoft": where she comes from, not where she goes
    near = [
        m for m in companies_after if m.start >= start and m.start - start <= 40 and linked(body[start : m.start], kind)
    ]
    pronoun = COMPANY_PRONOUN.search(body, start, start + 80)  # "from his position as chief … of the company"
    startup = STARTUP_NOUN.search(body, start, start + 40)
    if near and not (pronoun and pronoun.start() < near[0].start):
        return near[0].id
    post = POSSESSIVE_POST.match(body, trig.end())
    if kind in ("appointed", "joins", "hired") and post and names_a_post(post.group("post")):
        # "Acme announced that X will become its chief executive", "X devient son directeur général": the post is
        # at the company the clause is told by, not at one named in an aside or as an object
        told = [
            m
            for m in free_of_asides(companies_before, spans)
            if not is_object(body, m) and not SENTENCE_END.search(body, m.end, trig.start())
        ]
        return told[-1].id if told else None
    if (
        (kind == "joins" and RETURN_NOUN.match(trig.group()) or kind == "leaves" and LEAVE_NOUN.match(trig.group()))
        and companies_before
        and persons[0].start > trig.start()
        and not SENTENCE_END.search(body, companies_before[-1].end, trig.start())
    ):
        return companies_before[-1].id  # "Acme a annoncé le retour de X": back at the company that tells it
    left = company_left(body, trig, companies_before) if kind in ("joins", "hired", "appointed") else None
    if startup and linked(body[start : startup.start()], kind):
        if kind == "leaves" and companies_before:  # "a researcher at X, is leaving the lab to …": the lab is X
            return companies_before[-1].id
        # not the mover's own company, named in the aside describing them ("X, who led research at Acme, will join
        # the startup")
        own = {m.id for m in companies_before if kind in ("joins", "hired") and describes(m, persons, spans)}
        main = _main(article, {left} | own)
        # "the start-up" of a paragraph that names another company and not the article's: the one it names
        para = body.rfind("\n", 0, trig.start()) + 1
        below = bisect.bisect_left(marks, trig.start(), key=lambda m: m.start)
        # (not one named in an aside describing the person: "X, who led research at Google, will join the startup")
        named = [
            m.id
            for m in marks[max(0, below - 12) : below]
            if m.kind == "company"
            and m.start >= para
            and m.id != left
            and m.id not in article["investors"]
            and not any(a <= m.start < b for a, b in spans)
        ]
        return named[-1] if named and main not in named else main
    if pronoun and linked(body[start : pronoun.start()], kind):
        # "the Abu Dhabi firm" told by "Microsoft President X will join …" is another company than the one whose
        # post names X: a described company is never the person's own, and is named in the clause or not at all
        described = len(pronoun.group().split()) > 2
        titled = title_company(body, persons[0], companies_before, companies_after) if described else None
        # the company in the description of the person who moves is where they are, not where they go
        own = {m.id for m in companies_before if kind in ("joins", "hired") and works_at(body, m, persons, spans)}
        ids = [
            m.id
            for m in companies_before
            if m.id not in (left, titled) and m.id not in own and not former_in_aside(body, m, spans)
        ]
        if ids:  # the company the sentence is most about (not a former employer in a name's description)
            return max(dict.fromkeys(ids), key=ids.count)
        if described or own:
            return None
        return last_company(marks, min([trig.start()] + [m.start for m in companies_before]), left)
    if kind == "joins" and (
        US_BEFORE.search(body, max(0, trig.start() - 12), trig.start()) or US_AFTER.match(body, start)
    ):
        return our_company(body, marks, left)  # "X nous rejoint", "X has joined our team": the company that speaks
    posted = [
        m for m in companies_after if m.start - trig.end() <= 80 and AS_POST_AT.fullmatch(body, trig.end(), m.start)
    ]
    if kind == "joins" and posted:  # "started a new position as head of research at Acme"
        return posted[0].id
    if kind == "joins" and JOIN_ALONE.match(body, trig.end()):
        # "Acme announced that X has joined as COO": the company that tells it; "Y will join as chief scientist,
        # along with …": where the last hire was
        told = [
            m
            for m in companies_before
            if not is_object(body, m)
            and REPORTED.search(body, m.end, trig.start())
            and not SENTENCE_END.search(body, m.end, trig.start())
        ]
        return told[0].id if told else article.get("last_in")
    if kind == "hired" and not companies_before and WE_HIRE.search(body, max(0, trig.start() - 60), trig.start()):
        return page_company(body, marks, article)  # "nous accueillons X", "we are thrilled to welcome X"
    if kind in ("hired", "joins"):  # "le recrutement de X à la tête de l’équipe … de Microsoft": the one company after
        other = OTHER_NAME.match(body, start)
        if other and not any(m.start == other.start("name") for m in companies_after):
            return None  # "moved to Canada and studied at X": the move's object is a place, not X
        clause_end = re.search(r"[,.;:!?()—–]", body[start:])
        stop = start + clause_end.start() if clause_end else len(body)
        later = {m.id for m in companies_after if start <= m.start < stop}
        # "Chez Sillage, nous annonçons l'arrivée de X", "At Acme, we welcome X": the place the sentence opens on
        return later.pop() if len(later) == 1 else None if later else opening_company(body, trig, companies_before)
    if kind in ("leaves", "fired") and re.match(r"\s+(?:as|comme|en tant que)\s", body[trig.end() : trig.end() + 20]):
        # "Acme announced that its CEO X will resign as CEO": the company that tells it
        told = [m for m in companies_before if not is_object(body, m) and REPORTED.search(body, m.end, trig.start())]
        if told:
            return told[0].id
        # "Acme co-founder X steps down as CEO": the post the person leaves is at the company named with their title
        titled = title_company(body, persons[0], companies_before, companies_after) if kind == "leaves" else None
        if titled:
            return titled
    if kind == "fired":  # "Sam Altman, le PDG d’OpenAI, ... renvoi": the company in the person's description
        described = [m for m in companies_before + companies_after if 0 <= m.start - persons[0].end <= 40]
        if described:
            return described[0].id
    if kind == "leaves" and persons[0].start > trig.start():
        # "the departure of X, Acme's chief scientist,": the company of the description after the name
        described = [
            m
            for m in companies_after
            if 0 <= m.start - persons[0].end <= 40
            and re.fullmatch(
                r"\s*,\s*(?:(?:the|its|la|le|l['’]|sa|son)\s+)?(?:[\w-]+\s+){0,3}?(?:of|de|d['’]|at|chez)?\s*",
                body[persons[0].end : m.start],
            )
            and not FORMER.search(body, persons[0].end, m.start)
        ]
        if described:
            return described[0].id
    if kind in ("leaves", "fired") and POSSESSIVE_APPOSITION.match(body, persons[0].end):
        # "Acme confirmed that X, its chief scientist, had left": the company whose post the apposition names
        told = [
            m
            for m in free_of_asides(companies_before, spans)
            if m.end <= persons[0].start
            and not is_object(body, m)
            and not SENTENCE_END.search(body, m.end, persons[0].start)
        ]
        if told or not companies_before and kind == "leaves":  # "Vendredi, X, son directeur …, a démissionné"
            return told[-1].id if told else article_company(article, at=trig.start()) or _main(article, only=True)
    if kind == "leaves" and (LEFT_ALONE.match(body, trig.end()) or re.search(r"\sto$", trig.group())):
        # "X, Acme's chief scientist, is leaving.", "…, will hand over to Y": the company of the person's description
        # (not a former one)
        described = [
            m
            for m in companies_before
            if (
                0 <= m.start - persons[0].end <= 40
                and (
                    re.fullmatch(r"\s*,\s*(?:(?:the|its|la|le|l['’]|sa|son)\s*)?", body[persons[0].end : m.start])
                    or LEADS.fullmatch(body, persons[0].end, m.start)
                    or post_then_company(body, persons[0].end, m.start)
                )
                or 0 <= m.start - persons[0].end <= 120
                and RUNS_AT.fullmatch(body, persons[0].end, m.start)
            )
            and not former_in_aside(body, m, spans)
        ]
        if described:
            return described[0].id
        titled = title_company(body, persons[0], companies_before, companies_after)
        if titled:
            return titled
    if kind == "appointed" and REINSTATED.match(trig.group()) and persons[0].end <= trig.start():
        # "X, directrice générale d'Acme, a été réintégrée dans ses fonctions": back in the post the name's
        # description gives, at its company (not a former one); "X, cofondateur d'Acme, devient directeur" may
        # be a post elsewhere
        titled = title_company(body, persons[0], companies_before, companies_after)
        if titled:
            return titled
    told = free_of_asides(companies_before, spans)  # "At Acme, X, ex-Google, is stepping down": not the aside's
    if kind in ("leaves", "fired", "appointed") and (opened := opening_company(body, trig, told, marks)):
        return opened  # "Chez Acme, X sera remplacée …", "At Acme, X is stepping down"
    if kind == "appointed" and REINSTATED.match(trig.group()):
        # "X is reinstated as CEO", "X a été rétablie dans ses fonctions": back at the company the page is about
        end = CLAUSE_END.search(body, trig.end())
        if not any(m.start < (end.start() if end else len(body)) for m in companies_after):
            return page_company(body, marks, article)
    if kind in ("leaves", "fired") and article.get("headline"):
        # a headline is one clause about one event: "Acme in turmoil as its CTO X quits" leaves the one company it names
        # named before it ("quitte Paris et lance Acme" leaves a city, not Acme)
        named = {m.id for m in companies_before if not FORMER.search(body, max(0, m.start - 12), m.start)}
        other = OTHER_NAME.match(body, trig.end())
        if other and other.group("name")[0].isupper() or len({m.id for m in marks if m.kind == "company"}) != 1:
            return None
        return named.pop() if len(named) == 1 else None
    return None


CLAUSE_END = re.compile(r"[.;!?«»“”\"\n]")
POSSESSIVE_POST = re.compile(
    r"\s+(?:its|their|son|sa|leur)\s+(?P<post>(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s*[,.;:!?(]|\s+(?:from|"
    r"on|in|effective|starting|as of|dès|à partir|en|le|au|à|and|et)\b)",
    re.I,
)
POSSESSIVE_APPOSITION = re.compile(r"\s*,\s*(?:its|their|son|sa|leur)\s", re.I)
LEFT_ALONE = re.compile(
    # "…, the company said", "…, the German artificial intelligence company said": a described teller
    r"\s*(?:[.;!?]|,\s+(?:the|a|an|la|le|l['’]|une?)\s+(?:[\w-]+\s+){1,4}?"
    r"(?:said|says|announced|confirmed|a annoncé|a confirmé|indique)|"
    r"\s+(?:after|at the end|à la fin|fin|après|au terme|on|le|this|ce|cette|next|today|aujourd|"
    r"to|pour|afin|with immediate effect|avec effet immédiat)\b|\s+(?:ses|his|her|their|leurs?)\s+(?:fonctions|"
    r"functions|post|poste|role|job|duties)\b|\s*[«“\"]\s*(?:with|avec)\b)",
    re.I,
)
POSSESSIVE_END = re.compile(r"['’]s?$")
COPULA = re.compile(r"\b(?:is|was|becomes|became)\s+$", re.I)  # "is [Acme]'s new"
AT_COMPANY = re.compile(r"\s+(?:chez|at|au sein d['’e]\s*)\s*")
IN_OBJECT = re.compile(r"\b(?:in|into|dans|at|chez|on|sur)\s+$", re.I)


# a board as the subject of an appointment or a removal: "the Board unanimously reinstated", "le conseil
# d'administration a nommé"
BOARD_SUBJECT = re.compile(
    r"\b(?:the|its|our|le|son|notre)\s+(?:(?:[\w-]+\s+){0,3}?(?:company|firm|lab|start-?up)['’]s\s+)?"
    r"(?:board(?: of directors)?|conseil d['’]administration|conseil de surveillance|"
    r"directoire)\s+(?:(?:of|de|du|d['’])\s*(?:(?:the|la|le|l['’])\s*)?(?:[\w'’-]+\s+){1,3}?)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# the writer's company as the subject of a hire: "nous accueillons", "we're delighted to welcome", "we have hired"
WE_HIRE = re.compile(r"\b(?:nous|we)(?:['’]re|['’]ve)?(?:\s+[\w'’-]+){0,4}\s+$", re.I)
FROM_ONLY = re.compile(r"\s+(?:from|de chez|en provenance d['’e]|en provenance de)\b", re.I)
# A capitalised word right after a move ("moved to Canada"): its object, whatever the clause names later.
OTHER_NAME = re.compile(r"\s*(?:to|in|à|au|en)?\s*(?:(?:the|la|le|les)\s+|l['’])?(?P<name>[A-ZÀ-Ý][\w-]+)")


# A post and the company it is at, after a join: " as head of research at ", " comme directrice technique chez ".
AS_POST_AT = re.compile(r"\s+(?:as|comme|en tant que)\s+[^,.;:()]{1,60}?\s(?:at|chez)\s+", re.I)


# A join with no object: "will join (him) as chief scientist", "joined too", "le rejoindra également."
JOIN_ALONE = re.compile(
    r"\s*(?:(?:him|her|them)\s+)?(?:(?:as|comme|en tant que|au poste de)\s|"
    r"(?:too|also|aussi|également)?\s*[,.;])",
    re.I,
)
