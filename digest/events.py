"""Structured events (who joined, left, was hired, fired, appointed, founded, released or raised what),
proposed from article text in French and English, validated, and checked against registry affiliations.

Extraction works sentence by sentence on the entity mentions found by ingest: a trigger word
("quitte", "rejoindre", "was ousted", "nommé", "a fondé", "lève") picks the person (the subject before
it, or the name after a noun such as "le départ de") and the company (the one after it, or the subject
company for "Microsoft recrute", "OpenAI hires")."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from . import model, roles
from .ingest import dates

# (type, trigger) in the order events of one sentence are tried; _W keeps triggers whole words.
_W = r"(?<![\w-])"
TRIGGERS = [
    ("leaves", re.compile(_W + r"(?:quitt\w*|a quitté|départ\w*|démissionn\w*|s['’]en va|leav\w*|left|depart\w*|exit\w*|resign\w*|step\w* (?:down|away)|stepping (?:down|away))(?!\w)", re.I)),
    ("joins", re.compile(r"(?<!is )(?<!are )(?<!was )" + _W + r"(?:rejoi\w+|rejoint|arriv\w* chez|(?:obtenu|obtient|décroch\w*) un poste|join(?:s|ed|ing)?|(?:takes|took|taking|accept\w*) (?:a|the) (?:job|role|position))(?!\w)(?! by)", re.I)),
    ("hired", re.compile(_W + r"(?:recrut\w*|embauch\w*|débauch\w*|engag\w+|hir(?:e|es|ed|ing)|poach\w*|recruit\w*|(?:point de chute))(?!\w)", re.I)),
    ("fired", re.compile(_W + r"(?:évincé\w*|éviction|limog\w*|licenci\w*|renvo\w+|congédi\w*|débarqu\w*|écarté\w*|destitu\w*|remercié\w*|ousted|ouster|oust|fired|firing|sacked|dismiss\w*|removed|pushed out)(?!\w)", re.I)),
    ("appointed", re.compile(_W + r"(?:nomm\w+|nomination|désign\w+|promu\w*|appoint\w*|named|promoted|tapped as|becomes|devient)(?!\w)", re.I)),
    ("founds", re.compile(_W + r"(?:(?:a |ont |avait )(?:co-?)?fondé|(?:co-?)?fonde(?:nt|r)? (?:la|sa|une|leur|son)|a créé|lance sa|a lancé|launch\w* (?:a |his |her |their )?(?:new |own )?(?:company|startup|start-up|venture|lab)|(?:co-?)?found(?:s|ed|ing)(?! in| by| en| member| team| partner)|start(?:s|ed) (?:a|his|her) (?:own )?(?:\w+ )?(?:company|startup|venture))(?!\w)", re.I)),
    ("releases", re.compile(_W + r"(?:dévoil\w*|lanc(?:e|é|ée|ement)|présent(?:e|é)|annonc(?:e|é)|releas\w*|unveil\w*|launch(?:es|ed)?|announc(?:es|ed))(?!\w)", re.I)),
    ("funding", re.compile(_W + r"(?:lev(?:é|ée|ant|e|er)|lève|levée de fonds|tour de table|rais(?:es|ed|ing)|funding round)(?=[^.]{0,30}?\d[\d,. ]*\s*(?:millions?|milliards?|billions?|[MB]\b|€|\$|dollars|euros))", re.I)),
]
PERSON_AFTER = re.compile(r"(?:départ|renvoi|éviction|limogeage|nomination|recrutement|embauche|arrivée|ouster|departure|firing|hiring|appointment|exit)\s+(?:de|d['’]|of)?\s*$|"
                          r"(?:recrut\w*|embauch\w*|débauch\w*|hir(?:e|es|ed|ing)|poach\w*|fire|fired|oust|ousted|remove|nomm\w+|appointed|named)\s+$", re.I)
COMPANY_PRONOUN = re.compile(r"\b(?:the company|the firm|l['’]entreprise|la société|la firme|le groupe)\b", re.I)
CLAUSE = re.compile(r"(,\s*)?\b(?:that|(?<!ainsi )que|qu['’]|who|qui|which|whose|dont|lequel|laquelle)\b|[;:«“]", re.I)
# Only these words may stand between a trigger and its company ("quitte Microsoft", "de la tête d’OpenAI").
LINK_WORDS = {"de", "d", "du", "des", "la", "le", "l", "les", "from", "of", "the", "at", "chez", "tête", "head", "poste",
              "son", "sa", "ses", "its", "his", "her", "their", "leur", "as", "comme", "par", "by", "to", "à", "a",
              "board", "conseil", "administration", "team", "équipe", "rangs", "ranks", "staff"}
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|a été|ont été|fut|est|été|être)\s+(?:\w+ly\s+)?$", re.I)
FIRST_PERSON = re.compile(r"(?:^|[\s«“])(?:je|j['’]|I|we|nous)\b", re.I)
OBJECT_OF = re.compile(r"(?:\b(?:de|du|des|of|avec|with|by|par|pour|for|à|to)\s+|\bd['’])$", re.I)  # "collaborateurs de X"
SUBJECT_PRONOUN = re.compile(r"\b(?:il|elle|he|she)\b", re.I)
AS_ROLE = re.compile(r"\b(?:as|comme|en tant que|au poste de|to be)\b", re.I)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[»”\"']?|$)")
ORDER = ("fired", "leaves", "appointed", "hired", "joins", "founds", "releases", "funding")


def extract(body: str, lang: str, people: list[str], companies: list[str], date: dt.date | None, mentions=()) -> list[dict]:
    """Events proposed from ``body``, in text order; ``mentions`` are ingest's entity mentions (kind, id, start, end)."""
    wanted = set(people) | set(companies)
    marks = sorted((m for m in mentions if m.kind in ("person", "company") and m.id in wanted), key=lambda m: m.start)
    starts = [m.start for m in marks]  # bisect per sentence: a scan of all marks is quadratic on long pastes
    found: dict[tuple, tuple[int, dict]] = {}
    context = {"company": None}  # the last company named in earlier sentences ("elle lève 385 millions")
    for sentence in SENTENCE.finditer(body):
        s, e = sentence.span()
        inside = marks[bisect.bisect_left(starts, s): bisect.bisect_left(starts, e)]
        for kind, pattern in TRIGGERS:
            for trig in pattern.finditer(body, s, e):
                if _background(body, s, trig, date):
                    continue
                for event in _events(kind, body, s, e, trig, inside, context, marks):
                    key = (event["type"], event.get("person"), event["company"])
                    clean = {k: v for k, v in event.items() if v is not None} | {"date": date.isoformat() if date else None}
                    if key not in found:
                        found[key] = (trig.start(), clean)
        for m in inside:
            if m.kind == "company":
                context["company"] = m
    events = [ev for _, ev in sorted(found.values(), key=lambda pair: pair[0])]
    # "Microsoft recrute X" and "X rejoint Microsoft" in one article are one move: keep the hire.
    hired = {(ev.get("person"), ev["company"]) for ev in events if ev["type"] == "hired"}
    return [ev for ev in events if not (ev["type"] == "joins" and (ev.get("person"), ev["company"]) in hired)]


def _background(body: str, s: int, trig, date: dt.date | None) -> bool:
    """The trigger's clause, or the sentence's opening phrase, dates it away from the article ("who joined
    Microsoft in 2014", "left in August for rival Anthropic", "In September, Murati also left"): history,
    not the news."""
    if date is None:
        return False
    clause = re.split(r"[,;:!?]|\.\s+(?=[A-ZÀ-Ý«“\"])|\n", body[trig.start(): trig.end() + 60], maxsplit=1)[0]
    opening = body[s: trig.start()].split(",", 1)[0] if "," in body[s: trig.start()] else ""
    return _dated_elsewhere(clause, date) or _dated_elsewhere(opening, date)


def _dated_elsewhere(clause: str, date: dt.date) -> bool:
    if re.search(r"\b(?:last year|l['’]an dernier|l['’]année dernière)\b", clause, re.I):
        return True
    if any(int(y) != date.year for y in re.findall(r"\b((?:19|20)\d\d)\b", clause)):
        return True
    months, pattern = _months()
    return any(months[m.lower()] != date.month for m in pattern.findall(clause) if m != "may")  # "may" is also the verb


@lru_cache(maxsize=1)
def _months() -> tuple[dict[str, int], re.Pattern]:
    months = {**dates.month_names("fr"), **dates.month_names("en")}
    return months, re.compile(r"\b(" + "|".join(sorted(map(re.escape, months), key=len, reverse=True)) + r")\b", re.I)


def _events(kind, body, s, e, trig, inside, context, marks) -> list[dict]:
    before = [m for m in inside if m.end <= trig.start()]
    after = [m for m in inside if m.start >= trig.end()]
    # The clause of the trigger starts after "that/que" or a quote; a relative clause set off by commas
    # ("Bubeck, qui avait rejoint Microsoft en 2014, quitte …") is skipped once closed.
    clause_start = max([s] + [c.end() for c in CLAUSE.finditer(body, s, trig.start())
                              if not (c.group(1) and "," in body[c.end(): trig.start()])])
    persons_before = [m for m in before if m.kind == "person" and m.start >= clause_start]
    companies_before = [m for m in before if m.kind == "company"]
    companies_after = [m for m in after if m.kind == "company"]
    if kind == "funding":
        subject = companies_before[:1] or ([context["company"]] if context["company"] else [])
        amount = AMOUNT.search(body, trig.end(), min(e, trig.end() + 60))
        return [{"type": kind, "company": subject[0].id, "amount": amount and " ".join(amount.group().split())}] if subject else []
    if kind == "releases":
        subject, product = companies_before[-1:], _product(body, trig)
        return [{"type": kind, "company": subject[0].id, "product": product}] if subject and product else []
    persons = _persons(kind, body, trig, persons_before, [m for m in after if m.kind == "person"], marks)
    if not persons:
        return []
    if kind == "founds":  # the company named soon after ("a fondé X", "launching a new venture dubbed X")
        target = [m for m in companies_after[:1] if m.start - trig.end() <= 60]
        return [{"type": kind, "person": p.id, "company": target[0].id} for p in persons] if target else []
    company = _company(kind, body, trig, persons, companies_before, companies_after, context)
    if company is None:
        return []
    from_company = _from_company(body, trig, companies_before) if kind in ("joins", "hired") else None
    from_company = None if from_company == company else from_company
    role = roles.find(body[trig.start(): min(e, trig.end() + 100)]) if kind in ("appointed", "fired") else None
    events = [{"type": kind, "person": p.id, "company": company, "from_company": from_company, "role": role} for p in persons]
    if from_company:
        events = [{"type": "leaves", "person": p.id, "company": from_company} for p in persons] + events
    return events


def _persons(kind, body, trig, persons_before, persons_after, marks):
    """Who the event is about: the subject before the trigger; the object after a noun ("le départ de X")
    or an active verb done to someone ("Microsoft hires X", "the board fired X"); a quoted speaker
    ("« je rejoins Microsoft », a déclaré M. Suleyman"); or "il"/"she" = the last person named."""
    passive = PASSIVE.search(body[max(0, trig.start() - 25): trig.start()])
    object_form = PERSON_AFTER.search(body[max(0, trig.start() - 40): trig.end() + 1]) and not passive
    near_after = [m for m in persons_after if m.start - trig.end() <= 45]
    if object_form and near_after:
        return _coordinated(near_after, body)
    if kind == "hired" and not passive:
        return []  # "elle veut recruter des talents": the subject hires, nobody named is hired
    subjects = [m for m in persons_before if not OBJECT_OF.search(body[max(0, m.start - 12): m.start])]
    if subjects:
        return _coordinated(list(reversed(subjects)), body, backwards=True)
    speaker = _speaker(body, trig, marks)
    if speaker:
        return [speaker]
    if SUBJECT_PRONOUN.search(body[max(0, trig.start() - 120): trig.start()]):
        below = bisect.bisect_left(marks, trig.start(), key=lambda m: m.start)  # marks are sorted by start
        earlier = (marks[k] for k in range(below - 1, -1, -1) if marks[k].kind == "person" and marks[k].end <= trig.start())
        return [m] if (m := next(earlier, None)) else []
    return []


QUOTE_WINDOW = 1000  # how far a quotation is looked for around a trigger (a window keeps long pastes linear)


def _speaker(body, trig, marks):
    """« Je rejoins Microsoft », a déclaré M. Suleyman / Karpathy said: “I left OpenAI”: the quoted speaker."""
    opening = max(body.rfind(q, max(0, trig.start() - QUOTE_WINDOW), trig.start()) for q in "«“")
    if opening < 0 or max(body.rfind(q, opening, trig.start()) for q in "»”") > opening:
        return None  # not inside a quote
    if not FIRST_PERSON.search(body[opening: trig.start()]):
        return None
    closing = min((i for i in (body.find(q, trig.end(), trig.end() + QUOTE_WINDOW) for q in "»”") if i >= 0), default=-1)
    near = marks[bisect.bisect_left(marks, opening - QUOTE_WINDOW, key=lambda m: m.start):
                 bisect.bisect_right(marks, max(opening, closing) + 60, key=lambda m: m.start)]
    people = [m for m in near if m.kind == "person"]
    after = [m for m in people if closing >= 0 and 0 <= m.start - closing <= 60]
    before = [m for m in people if m.end <= opening and opening - m.end <= 80]
    return (after or before[-1:] or [None])[0]


def _company(kind, body, trig, persons, companies_before, companies_after, context):
    """The company of the event: named right after the trigger ("quitte Microsoft", "de la tête d’OpenAI",
    "as interim CEO of OpenAI"), "the company" = the first company of the sentence, or the subject company
    of an active hire ("Microsoft recrute X")."""
    if kind in ("hired", "appointed", "fired") and companies_before and persons[0].start > trig.start() \
            and not PASSIVE.search(body[max(0, trig.start() - 25): trig.start()]):
        return companies_before[-1].id  # the company did it: "Microsoft recrute X", "OpenAI a nommé X", "OpenAI fired X"
    start = trig.end()
    if kind == "appointed":
        role = AS_ROLE.search(body, trig.end(), trig.end() + 80)
        start = role.end() if role else max(start, persons[-1].end)
    elif 0 < persons[-1].start - trig.end() <= 45:  # "le départ de X de Microsoft": after the object
        start = persons[-1].end
    near = [m for m in companies_after if m.start >= start and m.start - start <= 40 and _linked(body[start: m.start], kind)]
    pronoun = COMPANY_PRONOUN.search(body, start, start + 40)
    if near and not (pronoun and pronoun.start() < near[0].start):
        return near[0].id
    if pronoun:
        if companies_before:  # the company the sentence is most about
            ids = [m.id for m in companies_before]
            return max(dict.fromkeys(ids), key=ids.count)
        return context["company"].id if context["company"] else None
    if kind in ("hired", "joins"):  # "le recrutement de X à la tête de l’équipe … de Microsoft": the one company after
        later = {m.id for m in companies_after if m.start >= start}
        return later.pop() if len(later) == 1 else None
    if kind == "fired":  # "Sam Altman, le PDG d’OpenAI, ... renvoi": the company in the person's description
        described = [m for m in companies_before + companies_after if 0 <= m.start - persons[0].end <= 40]
        return described[0].id if described else None
    return None


def _linked(between: str, kind: str) -> bool:
    if re.search(r"[,.;:]", between):
        return False
    return kind == "appointed" or all(w in LINK_WORDS for w in re.findall(r"\w+", between.lower()))


def _from_company(body, trig, companies_before):
    """"quitte Microsoft pour rejoindre OpenAI", "leaving the company to join OpenAI": the company left."""
    left = re.search(r"(?:quitt\w*|leav\w*|left)\s+(.{1,40}?)\s+(?:pour|to|for)\s+(?:\w+\s+)?$", body[max(0, trig.start() - 80): trig.start()], re.I)
    if not left:
        return None
    named = [m for m in companies_before if m.start >= trig.start() - 80 + left.start(1)]
    if named:
        return named[0].id
    return companies_before[0].id if COMPANY_PRONOUN.search(left.group(1)) and companies_before else None


def _coordinated(persons, body, backwards=False):
    """The first person and those joined to it by "et", "and", "," ("Sam Altman et Greg Brockman")."""
    if not persons:
        return []
    group = [persons[0]]
    for m in persons[1:]:
        a, b = (m, group[-1]) if backwards else (group[-1], m)
        if re.fullmatch(r"\s*(?:,|et|and|&|,\s*et|,\s*and)\s*(?:de\s+|d['’])?", body[a.end: b.start]):
            group.append(m)
        else:
            break
    return sorted(group, key=lambda m: m.start)


_PRODUCT_NOUN = re.compile(r"\s+(?:un|une|son|sa|ses|a|an|its|the|their|leur)\s+(?:[\w'’-]+\s+){0,2}?(?:modèles?|models?|chatbot|puce|chip|produit|product|version|assistant|app|application|robot|lunettes|glasses|smartphone|agent)\b", re.I)
# The product's own name: right after the noun ("its new chip Maia 100") or once it is named
# ("sa propre puce d'IA personnalisée qui est intitulée Maia AI", "… un petit modèle. Dénommé Phi-3 Mini, il …").
_PRODUCT_NAME = re.compile(r"^(?:[^;:]{0,70}?\b(?i:intitulée?s?|appelée?s?|baptisée?s?|(?:dé)?nommée?s?|dubbed|called|named)\s+|\s+)"
                           r"[«“\"]?\s*(?P<name>[A-Z][\w+-]*(?:\.[\w+-]+)*(?:\s+[A-Z0-9][\w+-]*(?:\.[\w+-]+)*)*)")
AMOUNT = re.compile(r"(?:[$€£]\s*)?\d[\d,. ]*\s*(?:millions?|milliards?|billions?|[MB]\b)(?:\s+(?:de\s+|d['’])?(?:dollars|euros))?(?:\s*[$€£])?", re.I)


def _product(body, trig) -> str | None:
    """"annonce sa puce … intitulée Maia AI", "unveiled its new chip Maia 100": a release with its name,
    not any announcement (an unnamed "nouveaux produits" is no event a reader can use)."""
    noun = _PRODUCT_NOUN.match(body, trig.end(), trig.end() + 60)
    named = noun and _PRODUCT_NAME.match(body[noun.end(): noun.end() + 100])
    return named.group("name") if named else None


def validate(events, registry, path: str, line: int) -> list[model.Problem]:
    """Problems in an entry's ``events``: shape, type, unknown ids (with did-you-mean), dates."""
    problems = []
    if not isinstance(events, list):
        return [model.Problem(path, line, "'events' must be a list of mappings", "e.g. events: [{type: joins, person: sam-altman, company: microsoft, date: 2023-11-20}]")]
    for n, event in enumerate(events, 1):
        where = f"event {n}"
        if not isinstance(event, dict):
            problems.append(model.Problem(path, line, f"{where} is not a mapping", "write {type: ..., person: ..., company: ..., date: YYYY-MM-DD}"))
            continue
        unknown = set(event) - {"type", "person", "company", "from_company", "role", "product", "amount", "date"}
        if unknown:
            problems.append(model.Problem(path, line, f"{where} has unknown keys {sorted(map(str, unknown))}", "keys are type, person, company, from_company, role, product, amount, date"))
        if event.get("type") not in model.EVENT_TYPES:
            problems.append(model.Problem(path, line, f"{where}: type {model.shown(event.get('type'))} is not one of {', '.join(model.EVENT_TYPES)}", "use one of the listed types"))
        if event.get("type") in ("joins", "leaves", "hired", "fired", "appointed", "founds") and not event.get("person"):
            problems.append(model.Problem(path, line, f"{where}: a '{event.get('type')}' event needs a person", "add person: <person id>"))
        if not event.get("company"):
            problems.append(model.Problem(path, line, f"{where}: no company", "add company: <company id>"))
        for key, kind in (("person", "person"), ("company", "company"), ("from_company", "company")):
            value = event.get(key)
            if value is None:
                continue
            if not isinstance(value, str):  # a list or mapping (maybe a YAML alias bomb): never str() it
                problems.append(model.Problem(path, line, f"{where}: {key} must be one {kind} id (got {model.shown(value)})", f"write {key}: <{kind} id>"))
            elif registry.get(kind, value) is None:
                close = registry.did_you_mean(value, kind)
                hint = f"did you mean {', '.join(close)}?" if close else f"create content/{'people' if kind == 'person' else 'companies'}/{value}.yml"
                problems.append(model.Problem(path, line, f"{where}: unknown {kind} '{value}'", hint))
        for key, example in (("role", "interim CEO"), ("product", "Maia 100"), ("amount", "$6.6 billion")):
            if event.get(key) is not None and not isinstance(event[key], str):
                problems.append(model.Problem(path, line, f"{where}: {key} must be text (got {model.shown(event[key])})", f"e.g. {key}: {example}"))
        if event.get("date") is not None and model.parse_date(event["date"]) is None:
            problems.append(model.Problem(path, line, f"{where}: date {model.shown(event['date'])} is not a date", "write date: YYYY-MM-DD"))
    return problems


def affiliations(person_events: list[dict]) -> list[dict]:
    """Affiliations ({company, role, from, to}, months as YYYY-MM) implied by one person's events, oldest first:
    joining, being hired or appointed opens one; leaving or being fired closes it; founding opens one as founder."""
    found: list[dict] = []
    for event in sorted(person_events, key=lambda e: (str(e.get("date") or ""), ORDER.index(e["type"]) if e.get("type") in ORDER else 0)):
        month = str(event["date"])[:7] if event.get("date") else None
        company, kind = event.get("company"), event.get("type")
        current = next((a for a in found if a["company"] == company and a["to"] is None), None)
        if kind in ("joins", "hired", "appointed", "founds"):
            role = "founder" if kind == "founds" else event.get("role")
            if current is None:
                found.append({"company": company, "role": role, "from": month, "to": None})
            elif role and not current["role"]:
                current["role"] = role
        elif kind in ("leaves", "fired"):
            if current is not None:
                current["to"] = month
            else:
                found.append({"company": company, "role": event.get("role"), "from": None, "to": month})
    return found


def _month(value) -> str | None:
    """An affiliation bound ("2024", 2024, "2024-10", a date) as comparable YYYY-MM text."""
    if value is None or value == "" or not isinstance(value, (str, int, dt.date)):
        return None
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    m = re.match(r"^(\d{4})(?:-(\d{2}))?", text)
    return f"{m.group(1)}-{m.group(2) or '00'}" if m else None


def contradictions(corpus, registry) -> list[model.Problem]:
    """A person's latest move (by date) disagrees with their registry affiliations."""
    latest: dict[str, tuple] = {}
    for entry in corpus.entries:
        for n, event in enumerate(entry.events or []):
            if (not isinstance(event, dict) or event.get("type") not in ("joins", "hired", "appointed", "leaves", "fired")
                    or not isinstance(event.get("person"), str) or not isinstance(event.get("company"), str)):
                continue  # malformed events are validate()'s to report
            when = model.parse_date(event.get("date")) or entry.date
            if when is None:
                continue
            key = (when, ORDER.index(event["type"]) if event["type"] in ORDER else 0)
            if event["person"] not in latest or key >= latest[event["person"]][0]:
                latest[event["person"]] = (key, event, entry)
    problems = []
    for person_id, ((when, _), event, entry) in sorted(latest.items()):
        person = registry.get("person", person_id)
        if person is None:
            continue
        month = when.strftime("%Y-%m")
        current = [a for a in person.affiliations if isinstance(a, dict) and _month(a.get("to")) is None]
        spans = [a for a in person.affiliations if isinstance(a, dict) and a.get("company") == event.get("company")]
        label = corpus.label(person.path)
        line = person.key_lines.get("affiliations", 1)
        if event["type"] in ("joins", "hired", "appointed"):
            ok = any((_month(a.get("from")) or "0000") <= month and (_month(a.get("to")) is None or _month(a.get("to")) >= month[:4] + "-00") for a in spans)
            if not ok:
                now = ", ".join(a["company"] for a in current if isinstance(a.get("company"), str)) or "none"
                problems.append(model.Problem(label, line, f"{person.name} {event['type']} {event['company']} on {when} ({entry.path.name}) but affiliations do not include {event['company']} then (current: {now})",
                                              f"add - {{company: {event['company']}, role: ..., from: {month}, to: null}} and close the previous one with to: {month}"))
        elif any(_month(a.get("from")) and _month(a.get("from")) < month for a in spans if _month(a.get("to")) is None):
            problems.append(model.Problem(label, line, f"{person.name} {event['type']} {event['company']} on {when} ({entry.path.name}) but affiliations still show {event['company']} as current",
                                          f"set to: {month} on the {event['company']} affiliation"))
    return problems
