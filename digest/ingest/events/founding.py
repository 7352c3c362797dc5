"""Foundings: "a fondé X", "Acme, founded by A and B", "its co-founders A and B", partners in a launch."""

from __future__ import annotations

import bisect
import re

from .background import dated_elsewhere
from .clauses import (
    SENTENCE_END,
    SPACES,
    WINDOW,
    WITH_BEFORE,
    asides,
    coordinated,
    free_of_asides,
    is_object,
    start_of_sentence,
    titles_only,
)
from .referents import STARTUP_SUBJECT, article_company, last_company, linked, startup_subject
from .titles import counted_names
from .triggers import STEALTH

# "with X", "together with his former PhD student X", "avec son associée X": the partner and what the founder is to them
CO_FOUNDERS = re.compile(
    r"\s*,?\s*(?:avec|with|alongside|together with|aux côtés de|accompagnée? de)\s+"
    r"(?:(?:his|her|their|son|sa|ses|leur)\s+(?:[\w-]+\s+){1,3}?)?$",
    re.I,
)


# A company launched by the article: named right after a launch ("launched a new company on Thursday, Acme",
# "lance Acme") or said launched ("Acme a été officiellement lancée", "Acme was founded this week").
LAUNCH_BEFORE = re.compile(
    r"(?<![\w-])(?:launch\w*|lanc(?:e|ent|é|ée|ement)|unveil\w*|dévoil\w*|(?:co-?)?fond(?:e|ent|é|ée)|"
    r"(?:co-?)?found(?:s|ed|(?=\s+$))|cré(?:e|ent|é|ée))(?![\w-])"
    r"(?:(?!\b(?:par|by|avec|with|de|of|chez|at|for|pour|d['’]))[^.;:!?\n]){0,50}$",
    re.I,
)
NEWBORN = (
    r"voi(?:t|ent) le jour|vien(?:t|nent) de (?:voir le jour|naître)|(?:a|ont) vu le jour|naî(?:t|ssent)|"
    r"(?:est|sont) nées?(?!\s+(?:en|in)\s+\d)|(?:is|was) born|open(?:s|ed) its doors|(?:ouvre|a ouvert) ses portes|"
    r"sor(?:t|tent) du mode furtif|launched(?=\s+(?:on|this|last|today|yesterday|with|at)\b|\s*[.,])"
)
# A launch told as history: "founded it six months later", "créée il y a deux ans".
LONG_AGO = re.compile(r"\b(?:ago|later|earlier|il y a|plus tard|auparavant|previously)\b", re.I)
LAUNCHED_AFTER = re.compile(
    r",?\s+(?:a été|has been|was|est|is)\s+(?:(?:officiellement|officially|formally)\s+)?"
    r"(?:lancée?|launched|fondée?|founded|créée?|unveiled|dévoilée?)\b(?!\s+(?:en|in)\s+\d)|"
    r"\s+(?:" + STEALTH + r")|"
    r",\s+(?:une?|an?)\s+(?:[\w-]+\s+){0,3}?(?:(?:officiellement|officially|formally)\s+)?"
    r"(?:lancée?|launched|fondée?|founded|créée?)\b(?!\s+(?:en|in)\s+\d)|"
    # born this week: "Une nouvelle start-up, Acme, voit le jour", "Acme, a new start-up, launched on Monday"
    r"(?:,\s+(?:une?|an?|la|the)\s+[^,.;:!?\n]{1,60},)?,?\s+(?:" + NEWBORN + r")",
    re.I,
)


def launched_companies(text: str, marks, article) -> set[str]:
    """The companies whose launch the text tells (not a founding of another year: "founded in 2019", nor one told
    as history: "founded it six months later")."""
    out, last = set(), 0
    for m in marks:
        if m.kind != "company":
            continue
        if LAUNCH_BEFORE.search(text, max(last, m.start - 60), m.start) or LAUNCHED_AFTER.match(text, m.end):
            s = start_of_sentence(text, max(0, m.start - WINDOW), m.start)
            end = SENTENCE_END.search(text, m.end)
            sentence = text[s : end.start() if end else len(text)]
            if not LONG_AGO.search(sentence) and (article["year"] is None or not dated_elsewhere(sentence, article)):
                out.add(m.id)
        last = m.end
    return out


FOUNDER_NOUN = re.compile(r"(?<![\w-])(?:co-?)?(?:founders?|fondat(?:eur|rice)s?)(?![\w-])", re.I)
_COUNT = r"(?:two|three|four|deux|trois|quatre|other|autres?|troisième|third|second|deuxième)"
FOUNDERS_OF = re.compile(
    r"(?:\b(?:its|their|ses|sa|son|leur)\s+(?:" + _COUNT + r"\s+)?|['’]s\s+(?:" + _COUNT + r"\s+)?|"
    r"\bby\s+|\b(?:les|the|la|le|l['’])\s*(?:" + _COUNT + r"\s+)?)$",
    re.I,
)


def named_founders(body, marks, launched, article) -> list[dict]:
    """ "Its co-founders A, B and C", "is joined at Acme by co-founders A and B", "la troisième cofondatrice, C": the
    founders of a company the article launches, named where the founder noun names them."""
    if not launched:
        return []
    out = []
    starts = [m.start for m in marks]
    for noun in FOUNDER_NOUN.finditer(body):
        frame = FOUNDERS_OF.search(body, max(0, noun.start() - 30), noun.start())
        opening = not frame and _opens_sentence(body, noun.start())  # "Co-founders are A and B."
        if not frame and not opening:
            continue
        k = bisect.bisect_left(starts, noun.end())
        after = [m for m in marks[k : k + 8] if m.start - noun.end() <= 200]
        gap = NAMED_AS if opening else FOUNDERS_ARE  # a sentence's first word names them only by a copula or colon
        if not after or after[0].kind != "person" or not gap.fullmatch(body, noun.end(), after[0].start):
            if opening:
                continue
            # "Ses deux fondateurs ont fait leurs armes à l'étranger. A, …. B, …": as many as it counts, each opening
            # one of the next sentences
            count = COUNTED.search(body, frame.start(), noun.start())
            if count and len(launched) == 1:
                heads = _sentence_heads(body, marks, starts, noun.end(), COUNTS[count.group(1).lower()])
                out += [
                    {"type": "founds", "person": p.id, "company": next(iter(launched)), "at": noun.start()}
                    for p in heads
                ]
            continue
        before = [
            m
            for m in marks[max(0, k - 6) : k]
            if m.kind == "company" and m.end <= noun.start() and not SENTENCE_END.search(body, m.end, noun.start())
        ]
        told = body[frame.start() : frame.end()].lower() if frame else ""
        if before and noun.start() - before[-1].end <= 40 and before[-1].id in launched:
            company = before[-1].id  # "Acme's co-founders", "joined at Acme by co-founders"
        elif (
            (opening or re.match(r"\s*(?:its|their|ses|sa|son|leur|les|the|la|le|l['’])", told))
            and len(launched) == 1
            and not (before and before[-1].id not in launched)
        ):
            company = next(iter(launched))  # "its co-founders", "la troisième cofondatrice": the one launched
        else:
            continue
        lo, hi = noun.end(), min(len(body), noun.end() + 300)
        inside = [m for m in after if m.start < hi]
        spans = asides(body, lo, hi, inside, article["lang"])
        named = free_of_asides([m for m in inside if m.kind == "person"], spans)
        for p in coordinated(named, body, spans=spans):
            out.append({"type": "founds", "person": p.id, "company": company, "at": noun.start()})
    # "L'ingénieur s'est associé à Noa Shalev", "She teamed up with X": a partner in the one launch the article tells
    if len(launched) == 1:
        company = next(iter(launched))
        out += _behind_the_project(body, marks, starts, company)
        for verb in PARTNER_VERB.finditer(body):
            k = bisect.bisect_left(starts, verb.end())
            if (
                k < len(marks)
                and marks[k].kind == "person"
                and marks[k].start - verb.end() <= 40
                and (
                    not re.search(r"[,.;:!?]", body[verb.end() : marks[k].start])
                    or PARTNERS_DESCRIBED.fullmatch(body, verb.end(), marks[k].start)
                )
            ):
                s = start_of_sentence(body, max(0, verb.start() - WINDOW), verb.start())
                if article["year"] is None or not dated_elsewhere(body[s : verb.start()], article):
                    near = [m for m in marks[k : k + 6] if m.start - verb.end() <= 200]
                    spans = asides(body, verb.end(), min(len(body), verb.end() + 200), near, article["lang"])
                    for p in coordinated([m for m in near if m.kind == "person"], body, spans=spans):
                        out.append({"type": "founds", "person": p.id, "company": company, "at": verb.start()})
    return out


# Who carries the one project an article launches: "Le projet est porté par le Français X", "the startup is led by X
# and Y"; "Derrière le projet, deux profils complémentaires. X a … Y, lui, …" (as many as it counts, each opening
# one of the next sentences).
PROJECT_BY = re.compile(
    r"\b(?:(?:le|ce) projet|the project|the (?:company|start-?up)|la (?:start-?up|jeune pousse))\s+"
    r"(?:est|is|was|a été)\s+(?:porté|mené|piloté|dirigé|led|run|spearheaded)e?\s+(?:par|by)\s+",
    re.I,
)
BEHIND = re.compile(
    r"\b(?:derrière|behind)\s+(?:le projet|la start-?up|l['’]entreprise|la jeune pousse|the project|"
    r"the (?:company|start-?up))\s*,?\s*(?:(?:on trouve|il y a|se trouvent|there are|are)\s+)?"
    r"(two|three|four|deux|trois|quatre)\s+[\w-]+(?:\s+[\w-]+)?\s*(?=[.:])",
    re.I,
)


def _behind_the_project(body, marks, starts, company) -> list[dict]:
    """The founders of the one company an article launches, named as those who carry or stand behind it."""
    out = []
    for told in PROJECT_BY.finditer(body):
        k = bisect.bisect_left(starts, told.end())
        near = [m for m in marks[k : k + 6] if m.start - told.end() <= 200]
        if (
            near
            and near[0].kind == "person"
            and near[0].start - told.end() <= 30
            and not re.search(r"[,.;:!?]", body[told.end() : near[0].start])
        ):
            spans = asides(body, told.end(), min(len(body), told.end() + 200), near, "fr")
            out += [
                {"type": "founds", "person": p.id, "company": company, "at": told.start()}
                for p in coordinated([m for m in near if m.kind == "person"], body, spans=spans)
            ]
    for told in BEHIND.finditer(body):
        heads = _sentence_heads(body, marks, starts, told.end(), COUNTS[told.group(1).lower()])
        out += [{"type": "founds", "person": p.id, "company": company, "at": told.start()} for p in heads]
    return out


# Between the founder noun and the first founder: nothing, a comma, a colon or a copula ("Co-founders are A and B",
# "Les cofondateurs sont A et B").
FOUNDERS_ARE = re.compile(r"[ \t]*(?:[,:]|(?:are|were|include|sont|étaient)\b)?[ \t]*", re.I)
NAMED_AS = re.compile(r"[ \t]*(?::|(?:are|were|sont|étaient)\b)[ \t]*", re.I)


def _opens_sentence(body: str, pos: int) -> bool:
    """Whether ``pos`` is the first word of its sentence or line."""
    start = start_of_sentence(body, max(0, pos - 40), pos)
    return (start > 0 or pos < 40) and not body[start:pos].strip()


COUNTS = {"two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4}
COUNTED = re.compile(r"\b(?:its|their|ses|leurs?)\s+(two|three|four|deux|trois|quatre)\s+$", re.I)


def _sentence_heads(body, marks, starts, pos, count) -> list:
    """The people that open each of the ``count`` sentences after ``pos`` (all of them, or none)."""
    heads = []
    for _ in range(count):
        end = SENTENCE_END.search(body, pos)
        if not end:
            return []
        pos = SPACES.match(body, end.end()).end()
        k = bisect.bisect_left(starts, pos)
        if k >= len(marks) or marks[k].start != pos or marks[k].kind != "person":
            return []
        heads.append(marks[k])
        pos = marks[k].end
    return heads


# "Nous avons lancé la société le 10 février avec deux anciens collègues, A et B": partners told with the launch
_LAUNCHED_WITH = (
    r"(?:lancé|fondé|cofondé|créé|launched|founded|co-founded|started)\s+(?:la société|l['’]entreprise|la start-up|"
    r"la jeune pousse|the company|the start-?up|it)\b[^.;:!?,]{0,30}?\s(?:avec|with)|"
)
# what the partners are, before their names: "deux anciens collègues, ", "two former colleagues: "
PARTNERS_DESCRIBED = re.compile(r"(?:[\w'’-]+\s+){1,3}[\w'’-]+\s*[,:]\s*")
PARTNER_VERB = re.compile(
    r"(?<![\w-])(?:" + _LAUNCHED_WITH + r"s['’](?:est )?(?:associée?s?|alliée?s?) (?:à|avec)|"
    r"s['’](?:associe|allie)(?:nt)? (?:à|avec)|team(?:s|ed)? up with|join(?:s|ed)? forces with|partner(?:s|ed) with|"
    r"(?:faisant|fait|font|a fait|ont fait) cause commune avec)\s+",
    re.I,
)


def founding_events(kind, body, trig, persons, acting, after, marks) -> list[dict]:
    """ "a fondé X", "launching a new venture dubbed X": the company named soon after; a launch verb ("lance X",
    "unveiled her new company, X") or "left to start X" founds only a company named right after it, by a person
    no acting company stands between ("Jane Doe said Acme launches …" is Acme's launch). Co-founders follow
    "avec"/"with"."""
    if kind == "launches" and any(m.start > persons[-1].end for m in acting):
        return []
    # named in the next sentence: "pour fonder sa propre entreprise. La start-up, baptisée Acme, …"
    first = bisect.bisect_left(marks, trig.end(), key=lambda m: m.start)
    following = marks[first : first + 4]
    companies_after = [m for m in after if m.kind == "company"] or [m for m in following if m.kind == "company"]
    target = [
        m
        for m in companies_after[:1]
        if m.start - trig.end() <= 60 and not any(p.kind == "person" and p.end <= m.start for p in after)
    ]
    pronoun = kind == "founds" and IT_OBJECT.match(body, trig.end())
    if pronoun and any(m.start == SPACES.match(body, pronoun.end()).end() for m in companies_after):
        pronoun = None  # "launched the start-up Acme": the name the noun announces
    if pronoun:  # "She co-founded it with X", "co-founded the company with X": the company just named
        last = last_company(marks, trig.start())
        target = [m for m in marks if m.id == last and m.end <= trig.start()][-1:]
    purpose = kind == "founds" and trig.group().lower().startswith(("to", "pour"))
    if not target or ((kind == "launches" or purpose) and not linked(body[trig.end() : target[0].start], "launches")):
        return []
    after_target = pronoun.end() if pronoun else target[0].end
    partners = [m for m in after if m.kind == "person" and m.start > after_target]
    between = (
        (body[pronoun.end() : partners[0].start] if pronoun else _between_aside(body, target[0], partners[0]))
        if partners
        else ""
    )
    if partners and len(between) <= 80 and CO_FOUNDERS.search(between):
        persons = persons + coordinated(partners, body)
    return [{"type": "founds", "person": p, "company": target[0].id} for p in dict.fromkeys(p.id for p in persons)]


PARTNERED = re.compile(
    r"(?:teamed up|joined forces|partnered|s['’]est associée?|s['’]associe|s['’]allie)\s+"
    r"(?:with|à|avec)\s+(?:[\w'’-]+\s+){0,6}$",
    re.I,
)


def partners_of(body, persons, persons_before) -> list:
    """ "X has teamed up with Y to launch Z", "X s'est associée à Y pour fonder Z": X founds Z too; "Avec Y, il a
    lancé Z", "With Y, she founded Z": Y does."""
    frame = PARTNERED.search(body, max(0, persons[0].start - 80), persons[0].start)
    earlier = [m for m in persons_before if frame and m.end <= frame.start() and not is_object(body, m)]
    taken = {p.id for p in persons}
    alongside = [
        m for m in persons_before if m.id not in taken and WITH_BEFORE.search(body, max(0, m.start - 20), m.start)
    ]
    return earlier[-1:] + alongside


# "co-founded it with X", "a cofondé la société avec X": the company just named
IT_OBJECT = re.compile(
    r"\s+(?:it|them|the (?:company|start-?up|firm)|la (?:société|start-?up|jeune pousse)|l['’]entreprise)(?![\w-])",
    re.I,
)


def _between_aside(body, a, b) -> str:
    """The words between two mentions, without the aside that describes the first (", une start-up de robotique,")."""
    text = body[a.end : b.start]
    return re.sub(r"^,[^,]*(?=,)", "", text) if text.count(",") >= 2 else text


# "founded by former Meta researchers A and B", "fondée par deux anciens ingénieurs de Google A et B" (no comma before
# the names: a comma introduces people the clause does not say are the founders)
FORMER_STAFF = re.compile(
    r"\s*(?:(?:two|three|four|deux|trois|quatre)\s+)?(?:former|ex-?|anciens?|anciennes?)\s+"
    r"(?:(?P<before>COMPANY)\s+(?:[\w-]+\s+){1,2}|(?:[\w-]+\s+){1,2}(?:de\s+|d['’]|of\s+|at\s+|chez\s+)COMPANY\s*"
    # "…, le Ghanéen X et le Néerlandais Y": each founder given with a word of origin
    r"(?:[,:]\s*(?:(?:le|la|l['’]|the)\s*[\w-]+\s+)?|\s))$",
    re.I,
)


def _former_staff(body, start, person, after) -> bool:
    """Only the founders' former employer and what they were there stand before their names."""
    named = [m for m in after if m.kind == "company" and m.end <= person.start]
    if len(named) != 1:
        return False
    text = body[start : named[0].start] + "COMPANY" + body[named[0].end : person.start]
    return bool(FORMER_STAFF.fullmatch(text))


# Where a start-up comes from ("la start-up issue de l'EPFL, fondée par …", "a spin-off of Acme founded by …"): the
# company named there is its origin, not the company founded.
ORIGIN = re.compile(
    r"\b(?:issue?s?|née?s?|sortie?s?|essaimée?s?|spun (?:out|off)|spin-?(?:off|out)|born|emerged)\s+"
    r"(?:de|du|des|d['’]|à|au|of|from|out of|at|in)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$",
    re.I,
)


def _fronted_subject(body, last, after, article, spans) -> list[str]:
    """ "Fondée en 2021 par X et Y, Acme conçoit …", "Founded by X, it builds …": the subject the participle opening
    the sentence describes, after its last founder (and the aside describing them)."""
    said = re.compile(r"\s*,\s*").match(body, last.end)
    if said and STARTUP_SUBJECT.match(body, said.end()):
        pos = last.end  # "…et B, la société vend …": the subject, not an aside describing B
    else:
        pos = next((b for a, b in spans if a == last.end), last.end)
    comma = re.compile(r"\s*,\s*").match(body, pos)
    if not comma:
        return []
    named = [m.id for m in after if m.kind == "company" and m.start == comma.end()]
    if named:
        return named[:1]
    # "…, elle conçoit", "…, la société dit avoir signé": the company the article is about
    pronoun = re.match(r"(?:elle|il|it)\b", body[comma.end() : comma.end() + 6], re.I)
    return [article_company(article, at=comma.end())] if pronoun or STARTUP_SUBJECT.match(body, comma.end()) else []


# "Elle a été créée par X", "It was founded by X": the company named last before the sentence
IT_PASSIVE = re.compile(r"\s*(?:elle|it)\s+(?:a été|was|has been|est|is)\s+(?:\w+ment\s+|officially\s+)?", re.I)


def founded_by_events(body, trig, before, after, article, spans=(), counted=()) -> list[dict]:
    """ "Acme, founded by Jane Doe and John Smith", "la start-up fondée par X et Y", "la jeune société, cofondée
    avec X": the people after, the company right before (or the article's, for "la start-up"); ``counted``, the
    people a counted agent stands for ("founded by two engineers. X and Y …")."""
    company = [
        m.id
        for m in before
        if m.kind == "company" and trig.start() - m.end <= 60 and not ORIGIN.search(body, max(0, m.start - 24), m.start)
    ][-1:]
    if not company and startup_subject(body, trig):
        company = [article_company(article, at=trig.start())]
    opening = start_of_sentence(body, max(0, trig.start() - WINDOW), trig.start())
    if not company and not article.get("headline") and IT_PASSIVE.fullmatch(body, opening, trig.start()):
        company = [m.id for m in article["named"] if m.end <= trig.start()][-1:]
    persons = list(counted) or [m for m in after if m.kind == "person"]
    if not company and persons and _opens_sentence(body, trig.start()):
        company = _fronted_subject(body, coordinated(persons, body, spans=spans)[-1], after, article, spans)
    between = body[trig.end() : persons[0].start] if persons else ""
    named = counted or (
        persons
        and persons[0].start - trig.end() <= 60
        and (
            titles_only(between)
            or _former_staff(body, trig.end(), persons[0], after)
            or counted_names(between, len(coordinated(persons, body, spans=spans)))
        )
    )
    if not company or not company[0] or not named:
        return []  # "fondée par d'anciens salariés d'OpenAI, Jan Leike …": the founders are not named
    founders = list(counted) or coordinated(persons, body, spans=spans)
    return [{"type": "founds", "person": p.id, "company": company[0]} for p in founders]
