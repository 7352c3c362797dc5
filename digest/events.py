"""Structured events (who joined, left, was hired, fired, appointed, founded, released, raised or bought what),
proposed from article text in French and English, validated, and checked against registry affiliations.

Extraction works clause by clause on the entity mentions found by ingest: a trigger word ("quitte",
"rejoindre", "was ousted", "nommé", "a fondé", "lève") picks the person (the subject before it, or the
name after a noun such as "le départ de") and the company (the one the trigger governs, or the subject
company for "Microsoft recrute", "OpenAI hires"). Names inside asides (parentheses, dashes, appositions,
relative clauses) and names that only report or are reported to ("selon X", "said X") are never the
subject: an event needs a person and a company the same clause links, and no event beats a wrong one. A question
asserts nothing. An acquisition keeps the buyer as company and the company bought as from_company."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from . import model, roles
from .ingest import datelines

# (type, trigger) in the order events of one sentence are tried; _W keeps triggers whole words.
_W = r"(?<![\w-])"
_LAUNCH = (r"(?:lance(?:nt)?|a lancé|ont lancé|dévoil\w*|présent(?:e|ent|é)|lancement de|création|launch(?:es|ed|ing)?|"
           r"unveil(?:s|ed|ing)?|launch of|creation of)")
TRIGGERS = [
    ("leaves", re.compile(_W + r"(?:quitt\w*|a quitté|quit(?:s|ting)?|départ\w*|démission\w*|s['’]en va|leav\w*|left|"
                               r"depart\w*|exit\w*|resign\w*|step\w* (?:down|away)|stepping (?:down|away)|"
                               r"n['’]est plus|is no longer|(?:is|was) out as)(?!\w)", re.I)),
    ("joins", re.compile(_W + r"(?:rejoi\w+|rejoint|arriv\w* chez|(?:obtenu|obtient|décroch\w*) un poste|join(?:s|ed|"
                              r"ing)?|(?:takes|took|taking|accept\w*) (?:a|the) (?:job|role|position)|return(?:s|ed|"
                              r"ing)? (?:to|as)|return of|(?<=[lL]['’])retour(?= d)|"
                              r"(?<=[lL]e |[aA]u |[dD]u )retour(?= d)|"
                              r"revien\w* (?:chez|à la tête)|retourn\w* chez|de retour (?:chez|à la tête)|"
                              r"(?:passe|passée?|passent|part|partie?|partent) chez|s['’]engag\w* (?:chez|auprès d['’e]))"
                              r"(?!\w)(?! by)", re.I)),
    # moves told with a verb of motion: a pattern of its own, scanned only where one of its words stands
    ("joins_moving", re.compile(_W + r"(?:(?:heads?|heading|headed|goes|going|went|comes?|coming|came) back to|"
                              r"(?:is|are|was|were) back at|"
                              r"mov(?:e|es|ed|ing) (?:from (?:[\w&.'’-]+ ){1,4})?to|(?:heads?|heading|headed) to|"
                              r"(?:jump|switch|defect|hop)(?:s|ed|ing|ped|ping)? to|(?:lands?|landed|landing) at|"
                              r"(?:leav(?:es|ing)|left|depart(?:s|ed|ing)) for|"
                              r"(?:leav(?:es|ing)|left|quitt(?:e|ent|é)) (?:[\w&.'’-]+ ){1,4}?(?:for|pour)(?= (?!(?:rejoindre|"
                              r"join|devenir|become|fonder|found|start|launch|lancer|créer|se|s['’])\b)))(?!\w)(?! by)", re.I)),
    ("hired", re.compile(_W + r"(?:recrut\w*|embauch\w*|débauch\w*|engag\w+|hir(?:e|es|ed|ing)|poach\w*|recruit\w*|"
                             r"(?:point de chute)|(?<=[lL]['’])arrivée|arrival|accueill(?:e|ent|i|ir)|"
                             r"(?:brought|brings?|bringing) on(?= [A-ZÀ-Ý]))(?!\w)", re.I)),
    ("fired", re.compile(_W + r"(?:évincé\w*|éviction|limog\w*|licenci\w*|renvo\w+|congédi\w*|débarqu\w*|écarté\w*|"
                             r"destitu\w*|remercié\w*|oust(?:s|ed|er|ing)?|fire[sd]|firing|sacked|dismiss\w*|removed|"
                             r"pushed out|part(?:s|ed|ing)? ways with|s['’](?:est )?sépar\w* d['’e]|"
                             r"m(?:is|et|ettent|ettre) fin(?:,[^,.;]{1,30},)?\s+(?:aux|à ses|à leurs) fonctions)(?!\w)",
                         re.I)),
    ("appointed", re.compile(_W + r"(?:nomm\w+|nomination|désign\w+|promu\w*|appoint\w*|named|promoted|tapped as|"
                                 r"names(?= [A-ZÀ-Ý])|becomes|become|devient|deviendra|devenir|announced as|succe(?:eds|eded|eeding)|"
                                 r"succède|take(?:s|n)? over as|took over as|taking over as|"
                                 r"(?:pren\w*|pris\w*) ses fonctions|entr\w* en fonctions?|"
                                 r"remplac(?:e|ent|era|eront)|replac(?:es|ed|ing)|will replace|"
                                 r"tap(?:s|ped)(?= [A-ZÀ-Ý])|"
                                 r"(?:tapped|chosen|picked|selected) to (?:lead|head|run)|choisie? pour (?:diriger|piloter)|"
                                 r"(?:is|est) (?:the|le|la) (?:new|nouveau|nouvelle)(?= [\w-]+)|"
                                 r"(?:(?:re)?prend\w*|(?:re)?pris\w*|took|takes|taking|take)\s+(?:[^\s,.;:]+\s+){0,4}?"
                                 r"(?:la tête|la direction|les rênes|les commandes|the helm|the reins))(?!\w)",
                              re.I)),
    ("founds", re.compile(_W + r"(?:(?:a|ont|avait|avaient) (?:\w+ment )?(?:(?:co-?)?fondé|créé)|"
                               r"(?:co-?)?fonde(?:nt|r)? (?:la|sa|une|leur|son)|(?:co-?)?fonde(?:nt)?(?= [A-ZÀ-Ý])|lance sa|"
                               r"(?:to|pour) (?:co-?)?(?:start|found|launch|fonder|créer|lancer)|"
                               r"(?:fait partie des|est l['’]une? des|is one of the|(?:is|est) (?:a|un|"
                               r"une)) (?:\w+ )?co-?(?:fondat(?:eur|rice)s?|founders?)(?= (?:de |d['’]|of ))|"
                               r"launch\w* (?:a |his |her |their )?(?:new |own )?(?:company|startup|start-up|venture|"
                               r"lab)|(?:co-?)?found(?:s|ed|ing)(?! in| by| en| member| team| partner)|start(?:s|"
                               r"ed) (?:a|his|her) (?:own )?(?:\w+ )?(?:company|startup|venture)|"
                               r"(?:announc|unveil|annonc|dévoil|présent|launch|lanc)\w* (?:a|an|une?) "
                               r"(?:new|nouvelle|nouveau) (?:company|startup|start-up|venture|entreprise|société),? "
                               r"(?:called|named|dubbed|baptisée?|appelée?|nommée?)|"
                               r"(?:announc|unveil|annonc|dévoil|présent)\w* (?:her|his|their|sa|son|leur) "
                               r"(?:(?:new|own|nouvelle|nouveau|propre) )*"
                               r"(?:company|startup|start-up|venture|entreprise|société))(?!\w)", re.I)),
    ("founded_by", re.compile(_W + r"(?:(?:co-?)?founded (?:in \d{4} )?by|(?:co-?)?fondée?s? (?:en \d{4} )?par|"
                                   r"co-?founded with|co-?fondée? avec|(?:créée?|lancée?) (?:en \d{4} )?par)(?!\w)",
                                   re.I)),
    ("launches", re.compile(_W + _LAUNCH + r"(?!\w)", re.I)),
    ("releases", re.compile(_W + r"(?:dévoil\w*|lanc(?:e|é|ée|ement)|présent(?:e|é)|annonc(?:e|é)|publi(?:e|é)|"
                            r"releas\w*|unveil\w*|launch(?:es|ed)?|announc(?:es|ed)|introduc(?:es|ed)|publish(?:es|ed)|"
                            r"rolls? out|rolled out|sort(?:ent)?(?= [A-ZÀ-Ý])|(?:a|ont) sorti|ship(?:s|ped)|"
                            r"open-sourc(?:es|ed)|opens? up|opened up|m(?:et|ettent|is) en ligne|show(?:s|ed|cased)|"
                            r"(?:a|ont) montré)(?!\w)", re.I)),
    ("funding", re.compile(_W + r"(?:lev(?:é|ée|ées|ant|e|er|era|ent)|lève|lèvent|tour de table|rais(?:e|es|ed|ing)|"
                                r"funding round|financing round|s[ée]ries? [A-F]|round(?= (?:in|into|for) )|"
                                r"(?:pre-?)?seed (?:round|funding|financing)|tour (?:de financement|d['’]amorçage)|"
                                r"levée de fonds|clos(?:e|es|ed|ing)|complet(?:e|es|ed)|secur(?:e|es|ed)|land(?:s|ed)|"
                                r"bag(?:s|ged)|boucl\w*|réun(?:i|ir|it|issent)|"
                                r"collect(?:é|e|er)|obtien\w*|obtenu|décroch\w*|réalis\w*|recev\w*|reçoi\w*|reçu|"
                                r"receiv\w*|invest(?:s|ed|it|is|ira)?|injecté\w*|nets|netted|empoch\w*|snag(?:s|ged))(?!\w)", re.I)),
    ("acquires", re.compile(_W + r"(?:acqui(?:re|res|red|ring|ert|èrent|s|se)|buy(?:s|ing)?|bought|snap(?:s|ped) up|"
                                 r"(?:acquisition|rachat|takeover)(?= (?:of|de|du|by|par) | d['’])|"
                                 r"rach(?:ète|ètent|eté|etée|eter)|s['’](?:offre|est offert)|"
                                 r"m(?:et|is) la main sur)(?!\w)", re.I)),
]
# Words every match of a trigger holds (lowercased): a kind none of whose words is in the text is not scanned for,
# a substring test being far cheaper than a scan with the trigger (tests/test_events.py checks that every match
# holds one). Kinds found in most articles (releases, funding) are always scanned.
_NEW_POST = tuple(f"{a} {b} {c}" for a in ("is", "est") for b in ("the", "le", "la") for c in ("new", "nouveau", "nouvelle"))
NEEDLES = {
    "leaves": ("quit", "départ", "démission", "en va", "leav", "left", "depart", "exit", "resign", "step", "est plus",
               "no longer", "out as"),
    "joins": ("rejoi", "join", "un poste", "job", "role", "position", "return", "retour", "revien", "retourn", "chez",
              "engag"),
    "joins_moving": ("back to", "back at", "mov", "head", "jump", "switch", "defect", "hop", "land", "leav", "left",
                     "depart", "quitt"),
    "hired": ("recrut", "embauch", "débauch", "engag", "hire", "hiring", "poach", "recruit", "point de chute", "arrivée",
              "arrival", "accueill", " on"),
    "fired": ("évincé", "éviction", "limog", "licenci", "renvo", "congédi", "débarqu", "écarté", "destitu", "remercié",
              "oust", "fired", "fires", "firing", "sacked", "dismiss", "removed", "pushed out", "ways with", "sépar",
              "fonctions"),
    "appointed": ("nomm", "nomination", "désign", "promu", "appoint", "named", "promoted", "tapped", "names", "become",
                  "devient", "deviendra", "devenir", "announced as", "succe", "succède", "over as", "fonction", "chosen to",
                  "picked to", "selected to", "choisi", "la tête", "la direction", "les rênes", "les commandes", "the helm",
                  "the reins", "remplac", "replac", "tap") + _NEW_POST,
    "founds": ("fonde", "fondé", "créé", "lance sa", "start", "found", "launch", "fonder", "créer", "lancer", "fondat",
               "company", "startup", "start-up", "venture", "entreprise", "société"),
    "founded_by": ("founded", "fondé", "créé", "lancé"),
    "launches": ("lance", "lancé", "dévoil", "présent", "création", "launch", "unveil", "creation"),
    "acquires": ("acqui", "buy", "bought", "snap", "takeover", "rach", "offre", "offert", "main sur"),
}
TYPE = {"founded_by": "founds", "launches": "founds"}
ALIAS = {"joins_moving": "joins"}  # a kind scanned with two patterns
PERSON_KINDS = {"leaves", "joins", "hired", "fired", "appointed", "founds", "founded_by", "launches"}
PERSON_AFTER = re.compile(r"(?:départ|renvoi|éviction|limogeage|nomination|recrutement|embauche|arrivée|arrival|ouster|"
                          r"retour|return|"
                          r"departure|firing|hiring|appointment|exit|fonctions|démission|resignation)\s+(?:de|d['’]|of)?\s*$|"
                          r"(?:recrut\w*|embauch\w*|débauch\w*|accueill\w*|hir(?:e|es|ed|ing)|poach\w*|fir(?:e|es|ed)|"
                          r"oust(?:s|ed)?|remov(?:e|es|ed)|limog\w*|licenci(?:e|é|ée)|évinc(?:e|é|ée)|"
                          r"congédi(?:e|é|ée)|nomm\w+|"
                          r"appoint(?:s|ed)?|nam(?:es|ed)|ways with|sépar\w* d['’e]|tap(?:s|ped)|"
                          r"(?:brought|brings?|bringing) on)\s*$", re.I)
COMPANY_PRONOUN = re.compile(r"\b(?:the company|the firm|l['’]entreprise|la société|la firme|le groupe)\b", re.I)
# "la start-up" / "the startup" is the company the article is about (the one it names most).
_STARTUP = r"(?:start-?up|jeune pousse|pépite|licorne|unicorn|laboratoire|lab)\b"
STARTUP_NOUN = re.compile(r"\b(?:the|la|cette|this)\s+(?:[\w-]+\s+){0,2}?" + _STARTUP, re.I)
# A funding sentence whose subject is "A French startup …" or "La jeune pousse parisienne …".
STARTUP_SUBJECT = re.compile(r"\b(?:the|la|cette|this|a|an|une|le|l['’])\s*(?:[\w-]+\s+){0,2}?(?:" + _STARTUP[3:-3] + r"|company|firm|entreprise|société)\b", re.I)
CLAUSE = re.compile(r"(,\s*)?\b(?:that|(?<!ainsi )que|qu['’]|who|qui|which|whose|dont|lequel|laquelle)\b|[;:«“]", re.I)
# Only these words may stand between a trigger and its company ("quitte Microsoft", "de la tête d’OpenAI").
LINK_WORDS = {"de", "d", "du", "des", "la", "le", "l", "les", "from", "of", "the", "at", "chez", "tête", "head", "poste",
              "son", "sa", "ses", "its", "his", "her", "their", "leur", "as", "comme", "par", "by", "to", "à", "a",
              "board", "conseil", "administration", "team", "équipe", "rangs", "ranks", "staff", "rival", "concurrent",
              "startup", "start", "up", "jeune", "pousse", "post", "role", "position", "job", "new", "nouveau", "nouvelle",
              "competitor", "compétiteur", "direction", "présidence", "leadership", "helm", "management", "fonctions", "duties", "ai", "ia"}
PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|a été|ont été|fut|est|été|être|sera|seront)\s+(?:\w+ly\s+)?$", re.I)


def _passive(body: str, trig) -> bool:
    """The trigger is a participle after "was"/"a été" ("was fired"); "is acquiring", "is hiring" are active."""
    passive = PASSIVE.search(body[max(0, trig.start() - 25): trig.start()])
    return bool(passive) and not trig.group().lower().endswith("ing")


FIRST_PERSON = re.compile(r"(?:^|[\s«“])(?:je|j['’]|I|we|nous)\b", re.I)
# A name after these is an object or a source, not the subject ("collaborateurs de X", "selon X", "said X").
OBJECT_OF = re.compile(r"(?:\b(?:de|du|des|of|avec|with|by|par|pour|for|à|to|selon|according to|said|says|told|"
                       r"auprès de|led by|mené par|menée par|including|dont|notamment|like|such as|than)\s+|\bd['’])$", re.I)
SUBJECT_PRONOUN = re.compile(r"\b(?:il|elle|he|she)\b", re.I)
PLURAL_PRONOUN = re.compile(r"\b(?:ils|they)\b", re.I)
IT_PRONOUN = re.compile(r"(?<![\w-])(?:it|elle|they|elles)(?![\w-])", re.I)
AS_ROLE = re.compile(r"\b(?:as|comme|en tant que|au poste de|to be)\b(?!\s+(?:of|from|well|soon|part|a result|long|such|far|"
                     r"much|many|usual|if|though|for|to|de coutume|prévu)\b)", re.I)
CO_FOUNDERS = re.compile(r"\s*,?\s*(?:avec|with|alongside|together with|aux côtés de|accompagnée? de)\s+$", re.I)
# A run of ordinary characters is taken whole (possessive "++": the same sentences, without trying every end of the run
# again when a line has no final stop). A full stop inside a number ("$1.5 billion"), before a comma, a parenthesis or
# a lowercase word ("Corp. will", "Inc., an", "Ltd. (Tokyo)") or after an abbreviated month ("Jan. 20") ends no sentence.
SENTENCE = re.compile(r"(?:[^.!?\n]++|[.!?](?=\d|,|[ \t]+[a-zà-ÿ$€£(])|(?<=\b[A-Z][a-z]{2})\.(?=[ \t]+\d))+"
                      r"(?:[.!?]+[»”\"']?|$)")
ORDER = ("fired", "leaves", "appointed", "hired", "joins", "founds", "releases", "funding", "acquires")
WINDOW = 400  # how far around a trigger names are looked at: keeps a paste without full stops linear


def extract(body: str, lang: str, people: list[str], companies: list[str], date: dt.date | None, mentions=(),
            headline: str | None = None) -> list[dict]:
    """Events proposed from ``body``, in text order; ``mentions`` are ingest's entity mentions (kind, id, start, end);
    ``headline`` is the article's own headline (None when the title was derived from the lead)."""
    wanted = set(people) | set(companies)
    marks = _marks(body, mentions, wanted)
    named = [m for m in marks if m.kind == "company"]
    article = {"ranked": _ranked_companies(marks), "counts": Counter(m.id for m in marks if m.kind == "company"),
               "year": date.year if date else _usual_year(body), "date": date,
               "lang": lang, "investors": {m.id for m in named if INVESTOR.search(body, max(0, m.start - 50), m.start)
                                           or FUND_NAME.search(body, m.start, m.end)},
               "subjects": {m.id for m in named if SUBJECT_SLOT.search(body, max(0, m.start - 80), m.start)}}
    article["first"], article["text"] = {}, body
    for m in named:
        article["first"].setdefault(m.id, m.start)
    found: dict[tuple, tuple[int, dict]] = {}
    returns: set[tuple] = set()  # moves back to a company ("returns to", "revient chez")
    when = date.isoformat() if date else None
    # The headline states the article's main event in one short clause ("Acme lève 8 millions d'euros", "X leaves A
    # for B"): read first, with the names the body gives, its events lead; the companies it names are what the
    # article is about.
    head = _headline_marks(headline, body, marks) if headline else []
    if head:
        _scan(headline, head, dict(article, headline=True), found, returns, when, lead=True)
        # what "the company" / "la start-up" of the body is: the company of the headline's events, else one the
        # headline makes its subject ("Acme : …", "La pépite Acme s'installe …"); not one it names in passing
        # ("an ex-Google researcher founds …")
        lead = [ev["company"] for _, ev in found.values()] or [
            m.id for m in head if m.kind == "company" and SUBJECT_SLOT.search(headline, max(0, m.start - 80), m.start)
            and not _object(headline, m) and not FORMER.search(headline, max(0, m.start - 12), m.start)]
        article["subjects"] |= set(lead)
        article["lead"] = set(lead)
        article["ranked"] = list(dict.fromkeys(lead + article["ranked"]))
    _scan(body, marks, article, found, returns, when)
    launched = {ev["company"] for _, ev in found.values() if ev["type"] == "founds"} \
        | _launched(body, marks, article) | (_launched(headline, head, article) if head else set())
    for event in _founders(body, marks, launched, article):
        key = (event["type"], event["person"], event["company"])
        if key not in found:
            found[key] = (event.pop("at"), event | {"date": when})
    events = [ev for _, ev in sorted(found.values(), key=lambda pair: pair[0])]
    # Named to a post at one company by an article that says the person leaves another: the appointment is a move.
    left = {ev["person"]: ev["company"] for ev in events if ev["type"] == "leaves" and ev.get("person")}
    for ev in events:
        if ev["type"] == "appointed" and left.get(ev.get("person"), ev["company"]) != ev["company"]:
            ev["type"], ev["from_company"] = "joins", ev.get("from_company") or left[ev["person"]]
    # "Microsoft recrute X" and "X rejoint Microsoft" in one article are one move: keep the hire. A join of the
    # company the person leaves is the past ("joined A when it was founded" in "leaves A for B"), not a return.
    hired = {(ev.get("person"), ev["company"]): ev for ev in events if ev["type"] == "hired"}
    leaves = {(ev.get("person"), ev["company"]) for ev in events if ev["type"] == "leaves"}
    kept: dict[tuple, dict] = {}
    for ev in events:
        pair = (ev.get("person"), ev["company"])
        if ev["type"] == "joins" and pair in hired:
            for key in ("from_company", "role"):  # the join told where from and as what: the hire keeps it
                if ev.get(key) and not hired[pair].get(key):
                    hired[pair][key] = ev[key]
            continue
        if ev["type"] in ("joins", "hired") and pair in leaves and (ev["type"], *pair) not in returns:
            continue
        kept.setdefault((ev["type"], ev.get("person"), ev["company"]), ev)
    return list(kept.values())


# A company launched by the article: named right after a launch ("launched a new company on Thursday, Acme",
# "lance Acme") or said launched ("Acme a été officiellement lancée", "Acme was founded this week").
LAUNCH_BEFORE = re.compile(r"(?<![\w-])(?:launch\w*|lanc(?:e|ent|é|ée|ement)|unveil\w*|dévoil\w*|(?:co-?)?fond(?:e|ent|é|ée)|"
                           r"(?:co-?)?found(?:s|ed)|cré(?:e|ent|é|ée))(?![\w-])"
                           r"(?:(?!\b(?:par|by|avec|with|de|of|chez|at|for|pour|d['’]))[^.;:!?\n]){0,50}$", re.I)
# A launch told as history: "founded it six months later", "créée il y a deux ans".
LONG_AGO = re.compile(r"\b(?:ago|later|earlier|il y a|plus tard|auparavant|previously)\b", re.I)
LAUNCHED_AFTER = re.compile(r"\s+(?:a été|has been|was|est|is)\s+(?:(?:officiellement|officially|formally)\s+)?"
                            r"(?:lancée?|launched|fondée?|founded|créée?|unveiled|dévoilée?)\b(?!\s+(?:en|in)\s+\d)", re.I)


def _launched(text: str, marks, article) -> set[str]:
    """The companies whose launch the text tells (not a founding of another year: "founded in 2019", nor one told
    as history: "founded it six months later")."""
    out, last = set(), 0
    for m in marks:
        if m.kind != "company":
            continue
        if LAUNCH_BEFORE.search(text, max(last, m.start - 60), m.start) or LAUNCHED_AFTER.match(text, m.end):
            s = _sentence_start(text, max(0, m.start - WINDOW), m.start)
            end = _SENTENCE_END.search(text, m.end)
            sentence = text[s: end.start() if end else len(text)]
            if not LONG_AGO.search(sentence) and (article["year"] is None or not _dated_elsewhere(sentence, article)):
                out.add(m.id)
        last = m.end
    return out


FOUNDER_NOUN = re.compile(r"(?<![\w-])(?:co-?)?(?:founders?|fondat(?:eur|rice)s?)(?![\w-])", re.I)
_COUNT = r"(?:two|three|four|deux|trois|quatre|other|autres?|troisième|third|second|deuxième)"
FOUNDERS_OF = re.compile(r"(?:\b(?:its|their|ses|sa|son|leur)\s+(?:" + _COUNT + r"\s+)?|['’]s\s+(?:" + _COUNT + r"\s+)?|"
                         r"\bby\s+|\b(?:les|the|la|le|l['’])\s*(?:" + _COUNT + r"\s+)?)$", re.I)


def _founders(body, marks, launched, article) -> list[dict]:
    """"Its co-founders A, B and C", "is joined at Acme by co-founders A and B", "la troisième cofondatrice, C": the
    founders of a company the article launches, named where the founder noun names them."""
    if not launched:
        return []
    out = []
    starts = [m.start for m in marks]
    for noun in FOUNDER_NOUN.finditer(body):
        frame = FOUNDERS_OF.search(body, max(0, noun.start() - 30), noun.start())
        if not frame:
            continue
        k = bisect.bisect_left(starts, noun.end())
        after = [m for m in marks[k: k + 8] if m.start - noun.end() <= 200]
        if not after or after[0].kind != "person" or not re.fullmatch(r"[ \t]*,?[ \t]*", body[noun.end(): after[0].start]):
            # "Ses deux fondateurs ont fait leurs armes à l'étranger. A, …. B, …": as many as it counts, each opening
            # one of the next sentences
            count = COUNTED.search(body, frame.start(), noun.start())
            if count and len(launched) == 1:
                heads = _sentence_heads(body, marks, starts, noun.end(), COUNTS[count.group(1).lower()])
                out += [{"type": "founds", "person": p.id, "company": next(iter(launched)), "at": noun.start()}
                        for p in heads]
            continue
        before = [m for m in marks[max(0, k - 6): k] if m.kind == "company" and m.end <= noun.start()
                  and not _SENTENCE_END.search(body, m.end, noun.start())]
        told = body[frame.start(): frame.end()].lower()
        if before and noun.start() - before[-1].end <= 40 and before[-1].id in launched:
            company = before[-1].id  # "Acme's co-founders", "joined at Acme by co-founders"
        elif re.match(r"\s*(?:its|their|ses|sa|son|leur|les|the|la|le|l['’])", told) and len(launched) == 1 \
                and not (before and before[-1].id not in launched):
            company = next(iter(launched))  # "its co-founders", "la troisième cofondatrice": the one launched
        else:
            continue
        lo, hi = noun.end(), min(len(body), noun.end() + 300)
        inside = [m for m in after if m.start < hi]
        spans = _asides(body, lo, hi, inside, article["lang"])
        for p in _coordinated([m for m in inside if m.kind == "person"], body, spans=spans):
            out.append({"type": "founds", "person": p.id, "company": company, "at": noun.start()})
    # "L'ingénieur s'est associé à Noa Shalev", "She teamed up with X": a partner in the one launch the article tells
    if len(launched) == 1:
        company = next(iter(launched))
        for verb in PARTNER_VERB.finditer(body):
            k = bisect.bisect_left(starts, verb.end())
            if k < len(marks) and marks[k].kind == "person" and marks[k].start - verb.end() <= 40 \
                    and not re.search(r"[,.;:!?]", body[verb.end(): marks[k].start]):
                s = _sentence_start(body, max(0, verb.start() - WINDOW), verb.start())
                if article["year"] is None or not _dated_elsewhere(body[s: verb.start()], article):
                    near = [m for m in marks[k: k + 6] if m.start - verb.end() <= 200]
                    spans = _asides(body, verb.end(), min(len(body), verb.end() + 200), near, article["lang"])
                    for p in _coordinated([m for m in near if m.kind == "person"], body, spans=spans):
                        out.append({"type": "founds", "person": p.id, "company": company, "at": verb.start()})
    return out


COUNTS = {"two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4}
COUNTED = re.compile(r"\b(?:its|their|ses|leurs?)\s+(two|three|four|deux|trois|quatre)\s+$", re.I)


def _sentence_heads(body, marks, starts, pos, count) -> list:
    """The people that open each of the ``count`` sentences after ``pos`` (all of them, or none)."""
    heads = []
    for _ in range(count):
        end = _SENTENCE_END.search(body, pos)
        if not end:
            return []
        pos = _SPACES.match(body, end.end()).end()
        k = bisect.bisect_left(starts, pos)
        if k >= len(marks) or marks[k].start != pos or marks[k].kind != "person":
            return []
        heads.append(marks[k])
        pos = marks[k].end
    return heads


PARTNER_VERB = re.compile(r"(?<![\w-])(?:s['’](?:est )?(?:associée?s?|alliée?s?) (?:à|avec)|s['’](?:associe|allie)(?:nt)? "
                          r"(?:à|avec)|team(?:s|ed)? up with|join(?:s|ed)? forces with|partner(?:s|ed) with|"
                          r"(?:faisant|fait|font|a fait|ont fait) cause commune avec)\s+", re.I)


class Mark(NamedTuple):
    """A person or company named in the text: its registry id and where its name stands (without an elided
    article before it, "d'OpenAI", nor the punctuation after it, "Anthropic.")."""
    kind: str
    id: str
    start: int
    end: int


_ELIDED = re.compile(r"(?:[dlDL]|[qQ]u|[jJ]usqu)['’]\s*")
_TRAILING = re.compile(r"(?:['’]s|['’]|[.,;:!?»”\"])+$")


def _marks(body: str, mentions, wanted: set) -> list[Mark]:
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
            if not (_word_char(body, at - 1) or _word_char(body, end)
                    or (k and taken[k - 1][1] > at) or (k < len(taken) and taken[k][0] < end)):
                marks.append(Mark(kind, id_, at, end))  # not inside or across a name ingest read otherwise
                taken.insert(k, (at, end))
                starts.insert(k, at)
            at = body.find(name, end)
    return sorted(marks, key=lambda m: m.start)


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def _scan(text, marks, article, found, returns, when, lead=False) -> None:
    """Events of ``text`` sentence by sentence into ``found`` ((type, person, company) -> (position, event)); those
    of the headline (``lead``) come first, and a body sentence telling the same event only adds its details."""
    starts = [m.start for m in marks]  # bisect per trigger: a scan of all marks is quadratic on long pastes
    # One scan of the text per kind of trigger, each trigger then tried in its sentence (sentence by sentence, kind
    # by kind, in text order): a scan per sentence and kind costs twice as much on long texts.
    sentences = [m.span() for m in SENTENCE.finditer(text)]
    bounds = [a for a, _ in sentences]
    hits = []
    low = text.lower()
    for order, (kind, pattern) in enumerate(TRIGGERS):
        if kind in NEEDLES and not any(word in low for word in NEEDLES[kind]):
            continue
        for trig in pattern.finditer(text):
            n = bisect.bisect_right(bounds, trig.start()) - 1
            if n >= 0 and trig.end() <= sentences[n][1]:
                hits.append((n, order, trig.start(), ALIAS.get(kind, kind), trig))
    hits.sort(key=lambda hit: hit[:3])
    if lead:  # a headline has nothing before it to refer back to: a kind needs its names in the headline itself
        kinds = {m.kind for m in marks}
        hits = [hit for hit in hits if "company" in kinds and ("person" in kinds or hit[3] not in PERSON_KINDS)]
    questions: dict[int, bool] = {}
    for n, _, _, kind, trig in hits:
        s, e = sentences[n]
        if n not in questions:
            # a question asserts nothing; a link to another article ("Lire aussi : X quitte Y.") is not this one's
            questions[n] = bool(QUESTION.search(text, s, e)) or bool(RELATED.match(text, text.rfind("\n", 0, s) + 1))
        if questions[n]:
            continue  # a question asserts nothing ("Pourquoi quitter X ?", "Will Y leave X?")
        if _background(text, s, trig, article):
            continue
        lo, hi = max(s, trig.start() - WINDOW), min(e, trig.end() + WINDOW)
        inside = marks[bisect.bisect_left(starts, lo): bisect.bisect_left(starts, hi)]
        for event in _events(kind, text, lo, hi, trig, inside, article, marks):
            key = (event["type"], event.get("person"), event["company"])
            clean = {k: v for k, v in event.items() if v is not None} | {"date": when}
            if key not in found:
                found[key] = (-1 if lead else trig.start(), clean)
            elif found[key][0] < 0 and not lead:
                found[key] = (-1, found[key][1] | clean)
            if RETURN.match(trig.group()):
                returns.add(key)


def _headline_marks(headline: str, body: str, marks) -> list[Mark]:
    """The people and companies of the body named in the headline: by the names the body gives them, and a person
    by surname alone ("Murati quits")."""
    surfaces: dict[str, set] = {}
    for m in marks:
        name = body[m.start: m.end]
        surfaces.setdefault(name, set()).add((m.kind, m.id))
        if m.kind == "person" and " " in name:
            surfaces.setdefault(name.rsplit(" ", 1)[1], set()).add((m.kind, m.id))
        words = name.split()
        if m.kind == "company" and len(words) > 2:  # "Halvorsen Institute" for "Halvorsen Institute for Machine Learning"
            surfaces.setdefault(" ".join(words[:2]), set()).add((m.kind, m.id))
    found, taken = [], []
    shouted = not any(c.islower() for c in headline)  # "ASML TO INVEST EUR1.3 BILLION IN MISTRAL AI"
    for name in sorted((n for n, ids in surfaces.items() if len(ids) == 1 and len(n) >= 2), key=len, reverse=True):
        kind, id_ = next(iter(surfaces[name]))
        sought = name.upper() if shouted else name
        at = headline.find(sought)
        while at >= 0:
            end = at + len(sought)
            if not (_word_char(headline, at - 1) or _word_char(headline, end) or any(a < end and at < b for a, b in taken)):
                found.append(Mark(kind, id_, at, end))
                taken.append((at, end))
            at = headline.find(sought, end)
    return sorted(found, key=lambda m: m.start)


RELATED = re.compile(r"\W*(?:(?:à |a )?lire (?:aussi|également|encore)|read (?:also|more)|also read|see also|voir aussi|related|"
                     r"sur le même sujet|à voir aussi|more on this|recommended|recommandé)\b", re.I)
RETURN = re.compile(r"return|retour|revien|back|repr", re.I)
RETURN_NOUN = re.compile(r"retour|return of", re.I)
QUESTION = re.compile(r"\?[»”\"')\s]*$")


def _ranked_companies(marks) -> list[str]:
    """Companies by how much the article is about them: most named first (the first named, on a tie)."""
    counts = Counter(m.id for m in marks if m.kind == "company")
    return sorted(counts, key=lambda c: -counts[c])


def _main(article, other_than=None) -> str | None:
    """The company the article is about ("la start-up", "elle lève"), other than the one just left."""
    return next((c for c in article["ranked"] if c != other_than), None)


def _usual_year(body: str) -> int | None:
    """The year an undated article names most (its own, in news copy): moves dated in other years are history."""
    years = Counter(int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", body))
    return max(years, key=lambda y: (years[y], y)) if years else None


def _background(body: str, s: int, trig, article) -> bool:
    """The trigger's clause, or the sentence's opening phrase, dates it away from the article ("who joined
    Microsoft in 2014", "left in August for rival Anthropic", "In September, Murati also left"): history,
    not the news; so does a pluperfect that nobody reports ("had raised"). A wire dateline ("May 24 (Reuters) -")
    dates the article itself."""
    before = DATELINE.sub("", body[s: trig.start()])
    pluperfect = PLUPERFECT.search(body, max(s, trig.start() - 30), trig.start()) \
        or PLUPERFECT_TRIGGER.match(trig.group())
    if pluperfect and not REPORTED.search(before):
        return True  # "had raised", "avait cofondé": what came before the news, unless reported ("said it had …")
    if (NOT_BEFORE.search(body, max(s, trig.start() - 25), trig.start()) or (
            NE_BEFORE.search(body, max(s, trig.start() - 12), trig.start()) and NOT_AFTER.match(body, trig.end()))) \
            and not NEGATIVE_TRIGGER.search(trig.group()):
        return True  # "will not join", "n'a pas rejoint", "ne quitte pas": nothing happened
    if SINCE.search(body, max(s, trig.start() - 30), trig.start()):
        return True  # "days after his ouster", "cinq jours après son éviction": what the news follows
    if article["year"] is None:
        return False
    clause = re.split(r"[,;:!?]|\.\s+(?=[A-ZÀ-Ý«“\"])|\n", body[trig.start(): trig.end() + 60], maxsplit=1)[0]
    opening = before.split(",", 1)[0] if "," in before else ""
    # a move told in the future ("will join … on 1 April", "prendra ses fonctions le 1er avril") is the news
    ahead = bool(FUTURE.search(body, max(s, trig.start() - 25), trig.start()) or FUTURE_VERB.match(trig.group()))
    if PURPOSE.match(trig.group()) or PURPOSE_BEFORE.search(body, max(s, trig.start() - 12), trig.start()):
        # "left Acme in 2022 to found Beta": the founding is as old as the departure it follows
        opening = before.rsplit(",", 1)[-1]
    return _dated_elsewhere(clause, article, ahead) or _dated_elsewhere(opening, article)


PLUPERFECT = re.compile(r"\b(?:had|avait|avaient)\s+(?:(?:\w+ly|déjà|already|also|aussi|lui-même|elle-même)\s+)?$",
                        re.I)
NOT_BEFORE = re.compile(r"(?:\b(?:not|never|jamais|pas|guère)|n['’]t)\s+(?:(?:yet|encore|be|been|have|had|officially|"
                        r"officiellement|formally|immediately|encore|already|déjà)\s+){0,2}$", re.I)
NE_BEFORE = re.compile(r"\b(?:ne|n['’])\s*(?:(?:l['’]|la|le|les|se|s['’]|lui|leur)\s*)?$", re.I)
NOT_AFTER = re.compile(r"\s+(?:pas|jamais|plus|point)\b", re.I)
NEGATIVE_TRIGGER = re.compile(r"n['’]est plus|no longer", re.I)
SINCE = re.compile(r"\b(?:after|following|since|après|depuis|suite à)\s+(?:his|her|their|its|the|son|sa|leur|le|la|l['’])"
                   r"\s*$", re.I)
PLUPERFECT_TRIGGER = re.compile(r"(?:had|avait|avaient)\s", re.I)
REPORTED = re.compile(r"\b(?:said|says|announced|confirmed|told|reported|stated|disclosed|annonc\w+|indiqu\w+|"
                      r"confirm\w+|précis\w+|expliqu\w+|déclar\w+|affirm\w+|rappel\w+)\b", re.I)


DATELINE = re.compile(r"^\W*(?:[A-ZÀ-Ý][\w .'’-]{0,30},\s*)?\w+\.? \d{1,2}(?:,? \d{4})?\s*(?:\([^()]{1,30}\))?\s*[-–—]\s")


LEAVE_NOUN = re.compile(r"départ|departure|exit|démission|resignation", re.I)
REPORTING = re.compile(r"\b(?:said|says|told|announced|annonce|a annoncé|indique|a indiqué)\s+(?:that\s+)?$", re.I)


def _reported_subject(body, m, trig, spans=()) -> bool:
    """"Acme said X would join …": after a reporting verb, a name the trigger follows within a few words (no comma)
    is the subject of the reported clause, not the source of a quote ("…, said X.")."""
    gap = _outside(body, m.end, trig.start(), spans)
    return bool(REPORTING.search(body, max(0, m.start - 20), m.start)) and len(gap) <= 30 \
        and not re.search(r"[,.;:!?«»“”\"]", gap)


PURPOSE = re.compile(r"(?:to|pour)\s", re.I)
PURPOSE_BEFORE = re.compile(r"\b(?:to|pour|afin de)\s+$", re.I)
FUTURE = re.compile(r"\b(?:will|shall|to|va|vont|devrait|devraient|doit|doivent)\s+(?:\w+ly\s+|also\s+|aussi\s+)?$", re.I)
FUTURE_VERB = re.compile(r"\w+(?:ra|ront)\b", re.I)


def _dated_elsewhere(clause: str, article, ahead: bool = False) -> bool:
    if article["date"] is None and re.search(r"(?:founded|fondée?s?|créée?s?) (?:in|en) (?:19|20)\d\d", clause, re.I):
        return True  # "founded in 2023 by X" in an undated article describes the company; news says "has founded"
    if re.search(r"\b(?:last year|l['’]an dernier|l['’]année dernière)\b", clause, re.I):
        return True
    if any(int(y) != article["year"] for y in re.findall(r"\b((?:19|20)\d\d)\b", clause)):
        return True
    if article["date"] is None:
        return False
    months, pattern = _months()
    # "may" is also the verb. The end of the month before, in an article of the first half of a month, is the
    # news told a few days later ("a quitté l'entreprise fin mai" on 3 June).
    day = article["date"]
    previous = (day.month - 2) % 12 + 1 if day.day <= 15 else None
    return any(months[m.group(2).lower()] != day.month and not (m.group(1) and months[m.group(2).lower()] == previous)
               for m in pattern.finditer(clause) if m.group(2) != "may"
               and not ((ahead or FROM_THEN.search(clause, max(0, m.start() - 20), m.start()))
                        and (months[m.group(2).lower()] - day.month) % 12 <= 6))


# "effective April 1", "à partir d'avril", "dès mars": a move that takes effect in a month to come is the news
FROM_THEN = re.compile(r"(?:\b(?:effective|starting|from|as of|beginning|à partir d[eu]|dès|début|courant)\s+(?:le\s+)?"
                       r"(?:\d{1,2}(?:er)?\s+)?|\bà partir d['’])$", re.I)


@lru_cache(maxsize=1)
def _months() -> tuple[dict[str, int], re.Pattern]:
    months = {**datelines.month_names("fr"), **datelines.month_names("en")}
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    return months, re.compile(r"(\b(?:fin|end of|late|à la fin de|at the end of)\s+)?\b(" + names + r")\b", re.I)


# An aside after a name: ", 49,", ", a former head of research at X,", ", PDG de X,", ", qui …,"
_ASIDE_START = re.compile(r"\s*(?:\d|[a-zà-ÿ]|(?:CEO|PDG|CTO|COO|CFO|VP|SVP|EVP|Chief|President|Président|Directeur|Directrice|Co-?founder|Co-?fondat\w+|Head|Former|Ancien\w*|Ex-)\b)")
_RELATIVE = re.compile(r"\s*(?:who|whom|whose|which|where|qui|dont|où|lequel|laquelle)\b", re.I)
_VERB_START = {"en": re.compile(r"\s*(?:has|have|had|is|was|were|will|would|could|can|may|might|must|should|did|does|says|said|told|"
                                r"announced|added|and|but|or|then|while|also|now|today|on|in|at|after|before)\b", re.I),
               "fr": re.compile(r"\s*(?:a|ont|avait|avaient|est|sont|était|va|vont|sera|seront|vient|viennent|annonce|déclare|"
                                r"explique|estime|affirme|et|mais|ou|puis|alors|aussi|désormais|aujourd['’]hui|ce|cette|le|la|"
                                r"les|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|après|avant|en|dans)\b", re.I)}


# ", la start-up lausannoise issue de X," / ", the Toronto company," closed by a comma: what the name is.
APPOSITION = re.compile(r"\s*(?:la|le|l['’]|the|une?|an?)\s*(?:[\w-]+\s+){0,2}?(?:" + _STARTUP[3:-3]
                        + r"|company|firm|entreprise|société|groupe|group|éditeur|editor|maker|fabricant)\b", re.I)


# ", the AI researcher who co-founded X," / ", l'ingénieure qui a fondé X,": a noun and its relative clause.
DESCRIBED = re.compile(r"\s*(?:the|an?|la|le|l['’]|une?)\s*(?:[\w'’-]+\s+){1,3}?(?:who|whose|qui|dont)\b", re.I)


def _asides(body: str, lo: int, hi: int, inside, lang: str) -> list[tuple[int, int]]:
    """Spans of ``body[lo:hi]`` that only describe a name: parentheses, paired dashes, and comma-led appositions
    or relative clauses right after a name (a segment that itself holds a trigger is the sentence going on)."""
    spans = [m.span() for m in re.finditer(r"\([^()]*\)|\s[—–]\s[^—–]{1,200}?\s[—–]\s|\s[—–]\s[^—–]{1,200}$", body[lo:hi])]
    spans = [(a + lo, b + lo) for a, b in spans if not _dateline_dash(body, a + lo)]
    verb = _VERB_START.get(lang, _VERB_START["en"])
    for m in inside:
        pos = m.end
        while pos < hi and body.startswith(",", pos):
            end = _segment_end(body, pos + 1, hi)
            segment = body[pos + 1: end]
            relative = _RELATIVE.match(segment) or DESCRIBED.match(segment) \
                or (APPOSITION.match(segment) and body.startswith(",", end))
            if not relative and (not _ASIDE_START.match(segment) or verb.match(segment) or _has_trigger(segment)):
                break
            if any(n.kind == "person" and pos < n.start < end and _titled(body[pos: n.start]) for n in inside):
                break  # ", CTO John Smith": the next name of a list, not a description
            spans.append((pos, end))
            pos = end
    return spans


# What opens a paragraph before a wire dash: "SAN FRANCISCO —", "AUSTIN, Texas —", "Lyon, le 2 février 2026 –",
# "PARIS (AFP) -".
_DATELINE_HEAD = re.compile(r"(?:[A-ZÀ-Ý][A-ZÀ-Ý.'’-]+\s*){1,4}"
                            r"(?:,\s*[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*)?\s*)?"
                            r"(?:\([^()]{1,30}\)\s*)?|"
                            r"(?:[A-ZÀ-Ý][\w'’-]*\s*){1,3},\s*[^,.;:!?]{0,40}?\d[^,.;:!?]{0,20}")


def _dateline_dash(body: str, pos: int) -> bool:
    """A dash after a dateline that opens a paragraph ("PITTSBURGH — Acme today announced"): the text after it
    is the article, not an aside."""
    start = body.rfind("\n", max(0, pos - 60), pos) + 1
    return (start > 0 or pos < 60) and bool(_DATELINE_HEAD.fullmatch(body, start, pos))


def _segment_end(body: str, start: int, hi: int) -> int:
    """Where a comma-led segment stops: the next comma, semicolon or colon, else the clause's end (at most 200 letters)."""
    limit = min(hi, start + 200)
    stops = [i for i in (body.find(c, start, limit) for c in ",;:") if i >= 0]
    return min(stops) if stops else limit


def _has_trigger(text: str) -> bool:
    return any(pattern.search(text) for _, pattern in TRIGGERS)


def _free(marks, spans):
    """Mentions outside every aside span."""
    return [m for m in marks if not any(a <= m.start and m.end <= b for a, b in spans)]


def _events(kind, body, lo, hi, trig, inside, article, marks) -> list[dict]:
    # The clause of the trigger starts after "that/que" or a quote; a relative clause set off by commas
    # ("Bubeck, qui avait rejoint Microsoft en 2014, quitte …") is skipped once closed.
    spans = _asides(body, lo, hi, inside, article["lang"])
    clause_start = max([lo] + [c.end() for c in CLAUSE.finditer(body, lo, trig.start())
                               if not (c.group(1) and "," in body[c.end(): trig.start()])
                               and not any(a <= c.start() < b <= trig.start() for a, b in spans)])
    if any(a <= trig.start() < b for a, b in spans) and kind != "founded_by":
        return []  # a trigger inside an aside describes someone; it is not the clause's fact
    before = [m for m in inside if m.end <= trig.start()]
    after = [m for m in inside if m.start >= trig.end()]
    free_before = [m for m in _free(before, spans) if m.start >= clause_start]
    companies_before = [m for m in before if m.kind == "company"]
    companies_after = [m for m in after if m.kind == "company"]
    if kind == "funding":
        return _funding(body, lo, hi, trig, free_before, companies_after, article)
    if kind == "acquires":
        return _acquires(body, lo, hi, trig, free_before, companies_before, companies_after, spans)
    if kind == "releases":
        subject, (product, sure) = [m.id for m in free_before if m.kind == "company"][-1:], _product(body, trig)
        if not sure and any(m.kind == "company" and body[m.start: m.end] == product for m in inside):
            return []  # "the OpenAI model": a company, not a product's name
        if not subject and STARTUP_SUBJECT.match(body[clause_start: trig.start()].lstrip()):
            # "Annonce de Mistral AI : la start-up sort X": the company the sentence named, else the article's
            subject = [m.id for m in companies_before][-1:] or [_raiser(article, at=trig.start())]
        return [{"type": kind, "company": subject[0], "product": product}] if subject and subject[0] and product else []
    if kind == "founded_by":
        return _founded_by(body, trig, before, after, article, spans)
    if kind == "appointed" and trig.group().lower().startswith(("remplac", "replac")) and _passive(body, trig):
        return []  # "X will be replaced by Y": X leaves; who takes the post is Y, told by "by"
    persons_before = [m for m in free_before if m.kind == "person"]
    persons = _persons(kind, body, lo, trig, persons_before, [m for m in after if m.kind == "person"],
                       marks, article, spans)
    if not persons:
        return []
    if kind in ("founds", "launches"):
        persons = _partners(body, persons, persons_before) + persons
        # "OpenAI's former CTO, X, unveiled …": a company in the possessive describes X; it does not act
        acting = [m for m in _free(companies_before, spans) if not OBJECT_OF.search(body[max(0, m.start - 16): m.start])
                  and not re.search(r"['’]s$", body[m.start: m.end])]
        return _founds(kind, body, trig, persons, acting, after, marks)
    company = _company(kind, body, trig, persons, companies_before, companies_after, article, marks, spans)
    if company is None:
        return []
    from_company = _from_company(body, trig, companies_before) if kind in ("joins", "hired", "appointed") else None
    if kind == "joins" and not from_company and re.search(r"\sfrom\s|^(?:leav|left|quitt)", trig.group(), re.I):
        # "moves from Orbis to Acme": the company left stands inside the trigger
        within = [m for m in inside if m.kind == "company" and trig.start() <= m.start and m.end <= trig.end()]
        from_company = within[0].id if within else None
    if kind == "hired" and not from_company:
        from_company = _founders_company(body, trig, marks)
    from_company = None if from_company == company else from_company
    role = _role(kind, body, trig, hi)
    if kind == "appointed" and from_company:  # "quitte X pour devenir directrice technique de Y": a move to Y
        kind = "joins"
    events = [{"type": kind, "person": p.id, "company": company, "from_company": from_company, "role": role} for p in persons]
    # what later sentences may refer back to: "ils rejoindront X", "Y will join as chief scientist"
    article["last_people"] = persons
    if kind in ("hired", "joins"):
        article["last_in"] = company
    if from_company:
        events = [{"type": "leaves", "person": p.id, "company": from_company} for p in persons] + events
    return events


def _role(kind, body, trig, hi) -> str | None:
    """The role of the move: any glossary role near an appointment or a removal ("nommé PDG par intérim"),
    only the one a move gives ("comme directeur technique", "as CTO", "steps down as CEO") otherwise."""
    text = body[trig.start(): min(hi, trig.end() + 100)]
    if kind in ("joins", "appointed") and BOARD.match(body, trig.end(), hi):
        return "board member"  # "joins Acme's board", "rejoint le conseil d'administration": a seat, not a job
    if kind in ("appointed", "fired"):
        return roles.find(text)
    if kind == "leaves":  # "quitte X pour rejoindre Y comme CTO": the role is the join's
        text = re.split(r"\b(?:to|for|pour|afin)\b", text, maxsplit=1)[0]
    return roles.given(re.split(r"[,;:]|\.(?!\d)", text, maxsplit=1)[0]) if kind in ("joins", "hired", "leaves") else None


BOARD = re.compile(r"[^,.;:]{0,40}?\b(?:board|conseil d['’]administration|conseil de surveillance)\b", re.I)


def _founds(kind, body, trig, persons, acting, after, marks) -> list[dict]:
    """"a fondé X", "launching a new venture dubbed X": the company named soon after; a launch verb ("lance X",
    "unveiled her new company, X") or "left to start X" founds only a company named right after it, by a person
    no acting company stands between ("Jane Doe said Acme launches …" is Acme's launch). Co-founders follow
    "avec"/"with"."""
    if kind == "launches" and any(m.start > persons[-1].end for m in acting):
        return []
    # named in the next sentence: "pour fonder sa propre entreprise. La start-up, baptisée Acme, …"
    first = bisect.bisect_left(marks, trig.end(), key=lambda m: m.start)
    following = marks[first: first + 4]
    companies_after = [m for m in after if m.kind == "company"] or [m for m in following if m.kind == "company"]
    target = [m for m in companies_after[:1] if m.start - trig.end() <= 60
              and not any(p.kind == "person" and p.end <= m.start for p in after)]
    pronoun = kind == "founds" and IT_OBJECT.match(body, trig.end())
    if pronoun:  # "She co-founded it with X": the company just named
        last = _last_company(marks, trig.start())
        target = [m for m in marks if m.id == last and m.end <= trig.start()][-1:]
    purpose = kind == "founds" and trig.group().lower().startswith(("to", "pour"))
    if not target or ((kind == "launches" or purpose) and not _linked(body[trig.end(): target[0].start], "launches")):
        return []
    after_target = pronoun.end() if pronoun else target[0].end
    partners = [m for m in after if m.kind == "person" and m.start > after_target]
    if partners and partners[0].start - after_target <= 80 and CO_FOUNDERS.search(
            body[pronoun.end(): partners[0].start] if pronoun else _between_aside(body, target[0], partners[0])):
        persons = persons + _coordinated(partners, body)
    return [{"type": "founds", "person": p, "company": target[0].id} for p in dict.fromkeys(p.id for p in persons)]


PARTNERED = re.compile(r"(?:teamed up|joined forces|partnered|s['’]est associée?|s['’]associe|s['’]allie)\s+"
                       r"(?:with|à|avec)\s+(?:[\w'’-]+\s+){0,6}$", re.I)


def _partners(body, persons, persons_before) -> list:
    """"X has teamed up with Y to launch Z", "X s'est associée à Y pour fonder Z": X founds Z too."""
    frame = PARTNERED.search(body, max(0, persons[0].start - 80), persons[0].start)
    earlier = [m for m in persons_before if frame and m.end <= frame.start() and not _object(body, m)]
    return earlier[-1:]


IT_OBJECT = re.compile(r"\s+(?:it|them)\b", re.I)


def _between_aside(body, a, b) -> str:
    """The words between two mentions, without the aside that describes the first (", une start-up de robotique,")."""
    text = body[a.end: b.start]
    return re.sub(r"^,[^,]*(?=,)", "", text) if text.count(",") >= 2 else text


def _founded_by(body, trig, before, after, article, spans=()) -> list[dict]:
    """"Acme, founded by Jane Doe and John Smith", "la start-up fondée par X et Y", "la jeune société, cofondée
    avec X": the people after, the company right before (or the article's, for "la start-up")."""
    company = [m.id for m in before if m.kind == "company" and trig.start() - m.end <= 60][-1:]
    if not company and _startup_subject(body, trig):
        company = [_raiser(article, at=trig.start())]
    persons = [m for m in after if m.kind == "person"]
    if not company or not company[0] or not persons or persons[0].start - trig.end() > 30 \
            or not _titles_only(body[trig.end(): persons[0].start]):
        return []  # "fondée par d'anciens salariés d'OpenAI, Jan Leike …": the founders are not named
    return [{"type": "founds", "person": p.id, "company": company[0]} for p in _coordinated(persons, body, spans=spans)]


def _persons(kind, body, start, trig, persons_before, persons_after, marks, article, spans=()):
    """Who the event is about: the subject before the trigger; the object after a noun ("le départ de X")
    or an active verb done to someone ("Microsoft hires X", "the board fired X"); a quoted speaker
    ("« je rejoins Microsoft », a déclaré M. Suleyman"); "il"/"she" in the clause = the last person named;
    "ils"/"they" = the people of the last move."""
    passive = _passive(body, trig)
    object_form = PERSON_AFTER.search(body[max(0, trig.start() - 40): trig.end() + 1]) and not passive
    near_after = [m for m in persons_after if m.start - trig.end() <= 45 and not OTHERS_OF.search(body, trig.end(), m.start)
                  and (not re.search(r"[,.;:!?«»“”\"]", body[trig.end(): m.start]) or _titled_object(body[trig.end(): m.start]))]
    if object_form and near_after:
        return _coordinated([m for m in persons_after if m.start >= near_after[0].start], body, spans=spans)
    listed = LIST_AFTER.match(body, trig.end())
    if object_form and listed and persons_after and persons_after[0].start == listed.end():
        return _coordinated(persons_after, body, spans=spans)  # "hired two researchers from X: A and B"
    if kind == "hired" and not passive:
        founders = _founders_hired(body, trig, marks, spans)
        if founders:
            return founders
        return []  # "elle veut recruter des talents": the subject hires, nobody named is hired
    subjects = [m for m in persons_before if not OBJECT_OF.search(body[max(0, m.start - 16): m.start])
                or _reported_subject(body, m, trig, spans)]
    if subjects:
        return _coordinated(list(reversed(subjects)), body, backwards=True, spans=spans)
    cleft = CLEFT_AFTER.match(body[max(start, trig.start() - 40): trig.start()])
    if cleft:  # "C'est X qui prend la tête", "It is X who will lead": the person the cleft puts first
        below = bisect.bisect_left(marks, trig.start(), key=lambda m: m.start)
        named = [m for m in marks[max(0, below - 3): below] if m.kind == "person"]
        if named and CLEFT_BEFORE.search(body, max(0, named[-1].start - 20), named[-1].start) \
                and re.fullmatch(r"\s+(?:qui|who)\s+(?:[\w'’-]+\s+){0,3}", body[named[-1].end: trig.start()]):
            return [named[-1]]
    speaker = _speaker(body, trig, marks)
    if speaker:
        return [speaker]
    lead = body[max(start, trig.start() - 120): trig.start()]
    if PLURAL_PRONOUN.search(lead):
        return article.get("last_people", [])[:]
    if SUBJECT_PRONOUN.search(lead):
        below = bisect.bisect_left(marks, trig.start(), key=lambda m: m.start)  # marks are sorted by start
        earlier = (marks[k] for k in range(below - 1, max(-1, below - 50), -1) if marks[k].kind == "person" and marks[k].end <= trig.start())
        return [m] if (m := next(earlier, None)) else []
    return []


FOUNDERS_OF_CO = re.compile(r"\s+(?:(?:the|les|ses|its|their|leurs)\s+)?(?:(?:two|three|deux|trois)\s+)?(?:co-?)?"
                            r"(?:founders|fondateurs|cofondateurs)\s+(?:of|de|d['’])\s*", re.I)
CO_S_FOUNDERS = re.compile(r"['’]s\s+(?:(?:two|three)\s+)?(?:co-?)?founders\b", re.I)
LIST_LEAD = re.compile(r"[\s,:]*(?:(?:including|among them|notamment|dont|parmi lesquels)\s+)?((?:[\w-]+\s+){0,3}?)$", re.I)


def _founders_company(body, trig, marks) -> str | None:
    """The company whose founders a hire names ("the founders of X", "X's co-founders"), else None."""
    k = bisect.bisect_left(marks, trig.end(), key=lambda m: m.start)
    nxt = marks[k] if k < len(marks) else None
    if not nxt or nxt.kind != "company":
        return None
    frame = FOUNDERS_OF_CO.match(body, trig.end())
    if frame and nxt.start == frame.end() or re.fullmatch(r"\s+", body[trig.end(): nxt.start]) \
            and CO_S_FOUNDERS.match(body, nxt.end):
        return nxt.id
    return None


def _founders_hired(body, trig, marks, spans):
    """"hired the founders of Acme, A and B", "a recruté les cofondateurs d'Acme. A et B rejoignent …": the founders
    the text names right after, or at the head of the next sentence (an acqui-hire)."""
    k = bisect.bisect_left(marks, trig.end(), key=lambda m: m.start)
    nxt = marks[k] if k < len(marks) else None
    frame = FOUNDERS_OF_CO.match(body, trig.end())
    if frame and nxt and nxt.kind == "company" and nxt.start == frame.end():
        end = nxt.end
    elif nxt and nxt.kind == "company" and re.fullmatch(r"\s+", body[trig.end(): nxt.start]) and CO_S_FOUNDERS.match(body, nxt.end):
        end = CO_S_FOUNDERS.match(body, nxt.end).end()
    else:
        return []
    people = [m for m in marks[k + 1: k + 8] if m.kind == "person" and m.start >= end]
    if not people:
        return []
    lead = LIST_LEAD.match(body[end: people[0].start])
    if people[0].start - end <= 50 and lead and all(w in _role_words() for w in lead.group(1).lower().split()) \
            and not _SENTENCE_END.search(body, end, people[0].start):
        return _coordinated([m for m in people], body, spans=spans)
    stop = _SENTENCE_END.search(body, end)  # "… les fondateurs d'Acme. A et B rejoignent …"
    if stop and _SPACES.match(body, stop.end()).end() == people[0].start:
        return _coordinated([m for m in people], body, spans=spans)
    return []


# "Son départ a suivi celui de X", "his exit followed that of X": X's is another one, told as a comparison
OTHERS_OF = re.compile(r"\b(?:celui|celle|ceux|celles|that of|those of)\b", re.I)
# "hired two senior researchers from X: A and B": the people the colon lists
LIST_AFTER = re.compile(r"[^.;:!?\n]{1,80}:\s*")
CLEFT_AFTER = re.compile(r".*\s(?:qui|who)\s+(?:[\w'’-]+\s+){0,3}$", re.S)
CLEFT_BEFORE = re.compile(r"\b(?:c['’]est|ce sont|it is|it was|it['’]s)\s+$", re.I)


def _titled_object(between: str) -> bool:
    """"fired its chief executive, X", "la démission de sa présidente, X": the object named after its title."""
    words = re.fullmatch(r"\s*(?:(?:de|d['’]|of)\s*)?(?:(?:son|sa|ses|leur|its|their|his|her|the|le|la|l['’])\s*)?"
                         r"([\w\s-]{1,60}?),\s*", between, re.I)
    return bool(words) and all(w in _role_words() for w in re.findall(r"\w+", words.group(1).lower()))


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


def _company(kind, body, trig, persons, companies_before, companies_after, article, marks, spans=()):
    """The company of the event: named right after the trigger ("quitte Microsoft", "de la tête d’OpenAI",
    "as interim CEO of OpenAI", "steps down as CEO of X"), "the company" = the company the sentence is about (else
    the last one named before it),
    "la start-up" = the article's company, or the subject company of an active hire ("Microsoft recrute X")."""
    whose = _founders_company(body, trig, marks) if kind == "hired" else None
    if whose:  # "Amazon hired the founders of Covariant", "ils ont embauché les fondateurs de X": X is where from
        actor = [m for m in companies_before if m.id != whose and not IN_OBJECT.search(body, max(0, m.start - 8), m.start)
                 and not _SENTENCE_END.search(body, m.end, trig.start())]
        if actor:
            return actor[-1].id
        lead = body[_sentence_start(body, max(0, trig.start() - WINDOW), trig.start()): trig.start()]
        return _last_company(marks, trig.start(), whose) if IT_PRONOUN.search(lead) or PLURAL_PRONOUN.search(lead) else None
    at = AT_COMPANY.match(body, trig.end())
    if kind in ("hired", "joins") and at:  # "l'arrivée chez Acme de X", "the arrival at Acme of X": where, then who
        named = [m for m in companies_after if m.start == at.end()]
        if named and PERSON_AFTER.search(body[max(0, trig.start() - 40): trig.end() + 1]):
            return named[0].id
    # the company did it: "Microsoft recrute X", "OpenAI a nommé X", "OpenAI fired X", "Meta takes a stake in Acme,
    # hires its CEO X" (Acme is the object of "in", Meta the subject)
    actor = [m for m in companies_before if not IN_OBJECT.search(body, max(0, m.start - 8), m.start)][-1:]
    if kind in ("hired", "appointed", "fired") and actor and persons[0].start > trig.start() \
            and not _passive(body, trig) \
            and not _SENTENCE_END.search(body, actor[0].end, trig.start()) \
            and not re.search(r"[;:]", body[actor[0].end: trig.start()]):
        return actor[0].id
    if kind in ("hired", "appointed") and persons[0].start > trig.start() and not companies_before \
            and _startup_subject(body, trig):
        # "La start-up luxembourgeoise, qui …, recrute X, jusqu'ici chez Y": the article's company, not X's
        # employer, and only when the article names it more than any other
        pick = _raiser(article, {m.id for m in companies_after}, at=trig.start())
        counts = article["counts"]
        return pick if pick and all(counts[c] < counts[pick] for c in counts if c != pick) else None
    start = trig.end()
    if kind == "appointed":
        # "named X as CTO of Y": the company after the role ("announced as the company's new CEO": the trigger holds
        # the "as"; "effective as of Monday" names no role)
        role = None if re.search(r"\b(?:as|comme)$", trig.group(), re.I) else AS_ROLE.search(body, trig.end(), trig.end() + 80)
        start = role.end() if role else max(start, persons[-1].end)
    elif 0 < persons[-1].start - trig.end() <= 45:  # "le départ de X de Microsoft": after the object
        start = persons[-1].end
    if kind in ("hired", "joins") and FROM_ONLY.match(body, trig.end()):
        return None  # "she joins from Microsoft": where she comes from, not where she goes
    near = [m for m in companies_after if m.start >= start and m.start - start <= 40 and _linked(body[start: m.start], kind)]
    pronoun = COMPANY_PRONOUN.search(body, start, start + 40)
    startup = STARTUP_NOUN.search(body, start, start + 40)
    if near and not (pronoun and pronoun.start() < near[0].start):
        return near[0].id
    post = POSSESSIVE_POST.match(body, trig.end())
    if kind in ("appointed", "joins", "hired") and post and _role_words() & set(post.group("post").lower().split()):
        # "Acme announced that X will become its chief executive", "X devient son directeur général": the post is
        # at the company the clause is told by, not at one named in an aside or as an object
        told = [m for m in _free(companies_before, spans) if not _object(body, m)
                and not _SENTENCE_END.search(body, m.end, trig.start())]
        return told[-1].id if told else None
    if (kind == "joins" and RETURN_NOUN.match(trig.group()) or kind == "leaves" and LEAVE_NOUN.match(trig.group())) \
            and companies_before and persons[0].start > trig.start() \
            and not _SENTENCE_END.search(body, companies_before[-1].end, trig.start()):
        return companies_before[-1].id  # "Acme a annoncé le retour de X": back at the company that tells it
    left = _from_company(body, trig, companies_before) if kind in ("joins", "hired", "appointed") else None
    if startup and _linked(body[start: startup.start()], kind):
        if kind == "leaves" and companies_before:  # "a researcher at X, is leaving the lab to …": the lab is X
            return companies_before[-1].id
        main = _main(article, left)
        # "the start-up" of a paragraph that names another company and not the article's: the one it names
        para = body.rfind("\n", 0, trig.start()) + 1
        below = bisect.bisect_left(marks, trig.start(), key=lambda m: m.start)
        named = [m.id for m in marks[max(0, below - 12): below] if m.kind == "company" and m.start >= para
                 and m.id != left and m.id not in article["investors"]]
        return named[-1] if named and main not in named else main
    if pronoun and _linked(body[start: pronoun.start()], kind):
        ids = [m.id for m in companies_before if m.id != left and not _former(body, m, spans)]
        if ids:  # the company the sentence is most about (not a former employer in a name's description)
            return max(dict.fromkeys(ids), key=ids.count)
        return _last_company(marks, min([trig.start()] + [m.start for m in companies_before]), left)
    if kind == "joins" and JOIN_ALONE.match(body, trig.end()):
        return article.get("last_in")  # "Y will join as chief scientist, along with …": where the last hire was
    if kind in ("hired", "joins"):  # "le recrutement de X à la tête de l’équipe … de Microsoft": the one company after
        other = OTHER_NAME.match(body, start)
        if other and not any(m.start == other.start("name") for m in companies_after):
            return None  # "moved to Canada and studied at X": the move's object is a place, not X
        clause_end = re.search(r"[,.;:!?()—–]", body[start:])
        stop = start + clause_end.start() if clause_end else len(body)
        later = {m.id for m in companies_after if start <= m.start < stop}
        return later.pop() if len(later) == 1 else None
    if kind in ("leaves", "fired") and re.match(r"\s+(?:as|comme|en tant que)\s", body[trig.end():trig.end() + 20]):
        # "Acme announced that its CEO X will resign as CEO": the company that tells it
        told = [m for m in companies_before if not _object(body, m) and REPORTED.search(body, m.end, trig.start())]
        if told:
            return told[0].id
    if kind == "fired":  # "Sam Altman, le PDG d’OpenAI, ... renvoi": the company in the person's description
        described = [m for m in companies_before + companies_after if 0 <= m.start - persons[0].end <= 40]
        if described:
            return described[0].id
    if kind == "leaves" and persons[0].start > trig.start():
        # "the departure of X, Acme's chief scientist,": the company of the description after the name
        described = [m for m in companies_after if 0 <= m.start - persons[0].end <= 40
                     and re.fullmatch(r"\s*,\s*(?:(?:the|its|la|le|l['’]|sa|son)\s+)?(?:[\w-]+\s+){0,3}?(?:of|de|d['’]|at|chez)?\s*",
                                      body[persons[0].end: m.start])
                     and not FORMER.search(body, persons[0].end, m.start)]
        if described:
            return described[0].id
    if kind in ("leaves", "fired") and POSSESSIVE_APPOSITION.match(body, persons[0].end):
        # "Acme confirmed that X, its chief scientist, had left": the company whose post the apposition names
        told = [m for m in _free(companies_before, spans) if m.end <= persons[0].start and not _object(body, m)
                and not _SENTENCE_END.search(body, m.end, persons[0].start)]
        if told:
            return told[-1].id
    if kind == "leaves" and LEFT_ALONE.match(body, trig.end()):
        # "X, Acme's chief scientist, is leaving.": the company of the person's description (not a former one)
        described = [m for m in companies_before if 0 <= m.start - persons[0].end <= 40
                     and (re.fullmatch(r"\s*,\s*(?:(?:the|its|la|le|l['’]|sa|son)\s*)?", body[persons[0].end: m.start])
                          or LEADS.fullmatch(body, persons[0].end, m.start))
                     and not _former(body, m, spans)]
        if described:
            return described[0].id
    if kind in ("leaves", "fired") and article.get("headline"):
        # a headline is one clause about one event: "Acme in turmoil as its CTO X quits" leaves the one company it names
        # named before it ("quitte Paris et lance Acme" leaves a city, not Acme)
        named = {m.id for m in companies_before if not FORMER.search(body, max(0, m.start - 12), m.start)}
        other = OTHER_NAME.match(body, trig.end())
        if other and other.group("name")[0].isupper() or len({m.id for m in marks if m.kind == "company"}) != 1:
            return None
        return named.pop() if len(named) == 1 else None
    return None


POSSESSIVE_POST = re.compile(r"\s+(?:its|their|son|sa|leur)\s+(?P<post>(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s*[,.;:!?(]|\s+(?:from|"
                             r"on|in|effective|starting|as of|dès|à partir|en|le|au|à|and|et)\b)", re.I)
# ", who has led Acme since 2020," / ", qui dirige Acme depuis": the company the person runs
LEADS = re.compile(r"\s*,\s*(?:who|qui)\s+(?:has\s+|had\s+|a\s+)?(?:led|leads|runs|ran|heads|headed|co-?founded|founded|"
                   r"dirige|dirigeait|dirigé|préside|présidait|présidé|co-?fondé|fondé)\s+", re.I)
POSSESSIVE_APPOSITION = re.compile(r"\s*,\s*(?:its|their|son|sa|leur)\s", re.I)
LEFT_ALONE = re.compile(r"\s*(?:[.;!?]|,\s+(?:the|a|an|la|le|l['’]|une?)\s+\w+\s+(?:said|says|announced|a annoncé|indique)|"
                        r"\s+(?:after|at the end|à la fin|fin|après|au terme|on|le|this|ce|cette|next|today|aujourd)\b)", re.I)
AT_COMPANY = re.compile(r"\s+(?:chez|at|au sein d['’e]\s*)\s*")
IN_OBJECT = re.compile(r"\b(?:in|into|dans|at|chez|on|sur)\s+$", re.I)
FORMER = re.compile(r"\b(?:former|formerly|previously|ex|ancien(?:ne)?|anciennement|précédemment|naguère)\b", re.I)


def _former(body, m, spans) -> bool:
    """The name sits in an aside that says it was ("ancien dirigeant de X", "a former Google researcher")."""
    return any(a <= m.start and m.end <= b and FORMER.search(body, a, m.start) for a, b in spans)


FROM_ONLY = re.compile(r"\s+(?:from|de chez|en provenance d['’e]|en provenance de)\b", re.I)
# A capitalised word right after a move ("moved to Canada"): its object, whatever the clause names later.
OTHER_NAME = re.compile(r"\s*(?:to|in|à|au|en)?\s*(?:(?:the|la|le|les)\s+|l['’])?(?P<name>[A-ZÀ-Ý][\w-]+)")


# A join with no object: "will join (him) as chief scientist", "joined too", "le rejoindra également."
JOIN_ALONE = re.compile(r"\s*(?:(?:him|her|them)\s+)?(?:(?:as|comme|en tant que|au poste de)\s|"
                        r"(?:too|also|aussi|également)?\s*[,.;])", re.I)


def _startup_subject(body, trig) -> bool:
    """The sentence's subject is "the startup" / "la société" (with its asides), not a name."""
    start = _sentence_start(body, max(0, trig.start() - WINDOW), trig.start())
    return bool(STARTUP_SUBJECT.match(body[start: trig.start()].lstrip()))


def _last_company(marks, pos, other_than=None) -> str | None:
    """"The company" of a sentence that names none: the last company named before it (among the 50 last names)."""
    below = bisect.bisect_left(marks, pos, key=lambda m: m.start)
    return next((marks[k].id for k in range(below - 1, max(-1, below - 50), -1)
                 if marks[k].kind == "company" and marks[k].id != other_than), None)


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Words of glossary roles, which may stand between a move and its company ("steps down as CEO of X")."""
    return frozenset(w for form in roles.all_forms() for w in re.findall(r"\w+", form.lower()))


# What stands between a launch and the company it makes: "her new company, ", "ce mardi sa nouvelle entreprise, ",
# "sa propre entreprise. La start-up, baptisée ".
NEW_VENTURE = re.compile(r"[^,.;:()]{0,40}?\b(?:her|his|their|its|a|an|sa|son|leur|une?)\s+"
                         r"(?:(?:new|own|nouvelle|nouveau|propre|first|premier|première)\s+)*"
                         r"(?:company|startup|start-up|venture|lab|laboratory|entreprise|société|laboratoire|"
                         r"jeune pousse)(?![\w-])[^,.;:()]{0,30}?,?\s*"
                         r"(?:(?:called|named|dubbed|baptisée?|appelée?|nommée?)\s+|"
                         r"\.\s+(?:La|Le|L['’]|The|This|Cette|Ce)\s*(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:(?:is|est)\s+)?"
                         r"(?:called|named|dubbed|baptisée?|appelée?|nommée?)\s+)?", re.I)


def _linked(between: str, kind: str) -> bool:
    """Whether only linking words stand between a trigger and a company: "to join its competitor, Anthropic"."""
    if kind != "launches" and re.search(r"\w\s*,\s*$", between):
        between = between.rstrip().rstrip(",")
    if re.search(r"[,.;:()]", between) and kind != "launches":
        return False
    words = re.findall(r"\w+", between.lower())
    if kind == "appointed":
        return True
    if kind == "launches":  # "lance Acme", "unveiled her new company, Acme"; not "lance un modèle, Acme"
        return len(words) <= 4 and "," not in between or bool(NEW_VENTURE.fullmatch(between))
    return all(w in LINK_WORDS or w in _role_words() for w in words)


# "quitte X pour", "has quit to", "is leaving the lab, where she worked, to": a departure the next verb follows from.
LEFT_FOR = re.compile(r"(?<![\w-])(?:quitt\w*|quit(?:s|ting)?|leav\w*|left)(?!\w)(?P<what>[^.;!?]{0,200}?),?\s+"
                      r"(?:pour|to|for|afin de)\s+(?:\w+\s+)?$", re.I)


def _from_company(body, trig, companies_before):
    """"quitte Microsoft pour rejoindre OpenAI", "quit to become CEO of X": the company left, named after the
    departure, else the one the person was described with before it ("a director at Google, has quit to …")."""
    lo = trig.start() - 240
    left = LEFT_FOR.search(body, max(0, lo), trig.start())
    if not left:
        return None
    named = [m for m in companies_before if left.start("what") <= m.start < left.end("what")]
    if named:
        return named[0].id
    earlier = [m for m in companies_before if m.end <= left.start()]
    return earlier[-1].id if earlier else None


_AND = r"(?:et|and|&)"
_JOINED = rf"\s*,?\s*{_AND}\s*(?:de\s+|d['’]|par\s+|by\s+)?"  # "X et Y", "X and Y", "par X, …, et par Y"


def _coordinated(persons, body, backwards=False, spans=()):
    """The first person and those joined to it by "et"/"and", or by commas in a list that "et"/"and" closes
    ("Sam Altman et Greg Brockman", "A, B and C", "A, 41 ans, ingénieure, et B"): "Selon X, Y quitte" is one
    person, not two. The asides (``spans``) that describe a person do not part them."""
    if not persons:
        return []
    group, closed = [persons[0]], False
    for m in persons[1:]:
        a, b = (m, group[-1]) if backwards else (group[-1], m)
        between = _outside(body, a.end, b.start, spans)
        if re.fullmatch(_JOINED, between):
            group.append(m)
            closed = True
        elif re.fullmatch(r"\s*,\s*", between) and (closed or not backwards) or _titled(between):
            group.append(m)
        else:
            break
    if not backwards:  # a forward list is a list only when "and" closes it: "hired A, B and C"
        while len(group) > 1 and not re.fullmatch(_JOINED, _outside(body, group[-2].end, group[-1].start, spans)) \
                and not _titled(body[group[-2].end: group[-1].start]):
            group.pop()
    return sorted(group, key=lambda m: m.start)


def _outside(body, lo, hi, spans) -> str:
    """``body[lo:hi]`` without the aside spans inside it."""
    text, pos = [], lo
    for x, y in sorted(sp for sp in spans if lo <= sp[0] and sp[1] <= hi):
        text.append(body[pos: max(pos, x)])
        pos = max(pos, y)
    return "".join(text) + body[pos: hi]


def _titles_only(between: str) -> bool:
    """"by CEO Jane Doe", "par l'ancien PDG": only titles and articles before a name."""
    words = re.findall(r"\w+", between.lower())
    return not re.search(r"[,.;:!?]", between) and all(w in _role_words() or w in _TITLE_WORDS for w in words)


_TITLE_WORDS = {"the", "le", "la", "l", "les", "its", "son", "sa", "ses", "their", "leur", "former", "ancien",
                "ancienne", "ex", "professeur", "professeure", "professor", "prof", "dr", "docteur", "docteure"}


_POSSESSIVE = {"its", "his", "her", "their", "son", "sa", "leur"}


def _titled(between: str) -> bool:
    """", CTO Rocky Duan", ", CEO of X, its co-founder Jane Roe": a list of people each given a title is a list
    without "and" (the previous one's description may stand before the title)."""
    words = re.fullmatch(rf"(?:\s*,\s*[a-zà-ÿ][^,;:.()]{{0,80}}(?=,))?\s*,\s*(?:{_AND}\s+)?(?:(?:de|of)\s+)?([\w\s-]+?)\s*",
                         between)  # "…, de son cofondateur X": the list goes on after "de"
    found = re.findall(r"\w+", words.group(1).lower()) if words else []
    return bool(words) and all(w in _role_words() or (w in _POSSESSIVE and n == 0) for n, w in enumerate(found))


TOTAL = re.compile(r"\b(?:to date|so far|in total|au total|à ce jour|jusqu['’]ici|depuis sa création|en tout)\b", re.I)


def _funding(body, lo, hi, trig, free_before, companies_after, article) -> list[dict]:
    """A round and the company that raised it: "Acme lève 20 M€", "Acme, backed by Google, raised $20M"
    (the aside's investor is not the raiser), "Google invests $1bn in Acme" (the company invested in), or
    "elle" / "the startup" = the article's company. No amount of money near the trigger, no round."""
    amount = _amount_near(body, lo, hi, trig)
    if amount is None or TOTAL.search(body, trig.end(), min(hi, trig.end() + 60)):
        return []
    if UNDONE.search(body, max(lo, trig.start() - 40), trig.start()):
        return []  # "in talks to raise", "cherche à lever", "plans to raise": a round not yet made
    if trig.group().lower().startswith(("invest", "injecté")):
        target = [m for m in companies_after if m.start - trig.end() <= 80
                  and re.search(r"\b(?:in|into|dans|au capital de|chez)\s+(?:\w+\s+){0,3}$", body[trig.end(): m.start], re.I)]
        return [{"type": "funding", "company": target[0].id, "amount": amount}] if target else []
    sentence_start = _sentence_start(body, lo, trig.start())
    # "Acme Inc. has raised": a full stop inside a name ends no sentence; "Fund X has led a round": X invests
    raisers = [m for m in free_before if m.kind == "company" and m.end >= sentence_start
               and not OBJECT_OF.search(body[max(0, m.start - 16): m.start])
               and not LED_ROUND.search(body, m.end, trig.start())]
    round_of = ROUND_NOUN.search(trig.group()) and ROUND_OF.match(body, trig.end())
    named = [m for m in companies_after if round_of and m.start == round_of.end()]
    if named:  # "the Series A of Acme", "a round in Acme": the round's company, not the sentence's investor
        return [{"type": "funding", "company": named[0].id, "amount": amount}]
    if raisers:
        return [{"type": "funding", "company": raisers[-1].id, "amount": amount}]
    lead = body[sentence_start: trig.start()]
    raiser = _raiser(article, at=trig.start())
    if LED_ROUND.search(lead) or re.search(r"\binvest", lead, re.I):
        return []  # "it will invest €1.3bn in Acme, leading a €1.7bn round": "it" is the investor
    if raiser and (IT_PRONOUN.search(lead) or STARTUP_SUBJECT.search(lead) or COMPANY_PRONOUN.search(lead)):
        return [{"type": "funding", "company": raiser, "amount": amount}]
    return []


UNDONE = re.compile(r"\b(?:in talks|talks to|seek(?:s|ing)?|looking|aims?|aiming|plans?|planning|hopes?|hoping|wants?|"
                    r"would|could|might|may|considering|en discussions?|négoci\w*|cherch\w*|veu\w+|voudrai\w*|"
                    r"envisag\w*|pourrai\w*|souhait\w*|esp[èé]r\w*|compt\w*)\b(?:\s+\w+){0,2}\s+(?:to|à|de|d['’])?\s*$",
                    re.I)
# A round named as a company's: "Series A funding round of Acme", "tour de table de la start-up Acme".
ROUND_OF = re.compile(r"(?:\s+(?:funding|financing|investment|investissement))?(?:\s+round)?"
                      # its amount may come first: "le tour d'amorçage de 6,5 millions d'euros de X", "a $5m round for X"
                      r"(?:\s+(?:de|of)\s+[$€£]?\d[\d.,]*\s*(?:millions?|milliards?|billions?|bn|m|k)?\s*"
                      r"(?:d['’]euros|de dollars|d['’]dollars|de francs CFA|euros?|dollars?|€|\$|£|CHF|FCFA)?)?"
                      r"\s+(?:of|for|in|into|de|du|d['’]|dans)\s*"
                      r"(?:(?:la|le|the)\s+)?(?:(?:start-?up|société|company|firm)\s+)?", re.I)
# What an investor does to a round: "Fund X has led a €42 million Series A", "X a mené le tour".
LED_ROUND = re.compile(r"\b(?:(?:co-?)?(?:led|leads?|leading|mène|mènent|mené|menée)|participat\w+)\b"
                       r"(?!\s+(?:by|par)\b)", re.I)
_SENTENCE_END = re.compile(r"[.!?](?!\d|,|[ \t]+[a-zà-ÿ(])|\n")


def _sentence_start(body: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (not before ``lo``): a decimal point ("$45.6 million") or a full stop
    before a lowercase word ("Acme Inc. has") ends none."""
    return max([lo] + [m.end() for m in _SENTENCE_END.finditer(body, lo, pos)])
ROUND_NOUN = re.compile(r"round|s[ée]ries|tour|levée", re.I)


# Words that never stand between a purchase and the company bought ("buys chips from X", "a stake in X").
_NOT_BOUGHT = re.compile(r"\b(?:from|with|for|to|in|into|on|as|by|auprès|chez|avec|pour|dans|sur|par|comme|stakes?|"
                         r"shares?|participation|parts?|actions?|assets?|actifs|licen[cs]es?|products?|produits?|"
                         r"chips?|puces?|GPUs?)\b|[,;:()]|\.(?!\d)", re.I)
NO_DEAL = re.compile(r"\b(?:talks?|discussions?|négociations?|pourparlers|bid|could|might|considering|envisag\w*|"
                     r"pourrai\w*|rumou?r\w*|rumeurs?|reportedly|n['’]aura pas lieu|ne se fera pas|"
                     r"n['’]a pas abouti|tomb\w* à l['’]eau|abandon\w*|annul\w*|échou\w*|fell through|collapsed|"
                     r"called off|scrapped|"
                     r"cancel\w*|blocked|blocks|bloqu\w*|lapsed|failed|fell apart|won['’]t|will not|did not|"
                     r"didn['’]t|not|ne \w+ pas|n['’]\w+ pas|previous|précédente?|devai\w*|censée?s?|supposed to|"
                     r"(?:was|were) (?:set|expected|poised|due) to|projetai\w*|prévoyai\w*|voulai\w*|wanted to|"
                     r"hoped to|espérai\w*)\b", re.I)


def _object(body, m) -> bool:
    """The name is an object or a source ("d'OpenAI", "selon X"), not a subject."""
    return bool(OBJECT_OF.search(body[max(0, m.start - 16): m.start]))


# A purchase told from the company bought: "son rachat par X", "its acquisition by X", "Acme racheté par X".
BOUGHT_BY = re.compile(r"(?:acquisition|rachat|takeover|rachetée?|acquired|bought)\s+(?:by|par)\b", re.I)
BY = re.compile(r"\s*(?:by|par)\s+(?:[\w'’-]+\s+){0,3}?$", re.I)


def _acquires(body, lo, hi, trig, free_before, companies_before, companies_after, spans) -> list[dict]:
    """"Acme has agreed to buy the start-up Borealis", "Acme annonce l'acquisition de Borealis", "Borealis a été
    rachetée par Acme", "it would acquire Borealis": the buyer (the clause's subject company, or the one after
    "by"/"par") and the company bought (named right after the verb, with only its description between)."""
    end = min([hi] + [i for i in (body.find(c, trig.end(), hi) for c in ".;!?") if i >= 0])
    if NO_DEAL.search(body, max(lo, trig.start() - 60), end):
        return []  # talks, a bid, a deal called off: no purchase yet
    bought = [m for m in companies_after[:1] if m.start - trig.end() <= 80
              and not _NOT_BOUGHT.search(body, trig.end(), m.start)]
    passive = _passive(body, trig) or BOUGHT_BY.match(body, trig.start())
    buyers = [m for m in free_before if m.kind == "company" and not _object(body, m)]
    if passive:  # "Borealis was acquired by Acme": bought before, buyer after
        by = [m for m in companies_after if m.start - trig.end() <= 40 and BY.fullmatch(body[trig.end(): m.start])]
        bought, buyers = buyers[-1:], by
    elif not buyers and IT_PRONOUN.search(body, max(lo, trig.start() - 40), trig.start()):
        # "Acme said on Wednesday that it would acquire …": the company the sentence opened with
        buyers = [m for m in _free(companies_before, spans) if not _object(body, m)][:1]
    if not bought or not buyers or buyers[-1].id == bought[0].id:
        return []
    price = PRICE.match(body, max(bought[0].end, buyers[-1].end), hi)
    return [{"type": "acquires", "company": buyers[-1].id, "from_company": bought[0].id,
             "amount": normalise_amount(price.group("amount")) if price else None}]



# A company named as the money's source: "led by X", "auprès du fonds X", "partner at X", "with participation from X".
INVESTOR = re.compile(r"\b(?:led by|men[ée]e? par|auprès|from|backed by|soutenue? par|participation|funds?|fonds|"
                      r"investors?|investisseurs?|venture firm|partners? at|associée? (?:chez|de))\s+"
                      r"(?:[\w'’-]+\s+){0,2}?$", re.I)


# A name that says it is an investor: "Rheinblick Ventures", "Neckar Tech Fonds", "Sahel Frontier Capital".
FUND_NAME = re.compile(r"\b(?:Ventures?|Capital|Partners|Fonds|Funds?|Investments?|Investissements?|VC)\b")
# A company opening a sentence: "Acme emploie …", "La start-up toulousaine Acme …", "En clair, Acme …".
SUBJECT_SLOT = re.compile(r"(?:^|[.!?»”:]\s+|\n\s*)"
                          r"(?:(?:But|And|Yet|Mais|Et|Or)\s+|[A-ZÀ-Ý][\w'’]*(?:\s+[\w'’]+){0,2},\s+)?"
                          r"(?:(?:[TtLl]he|[Ll]a|[Ll]e|[Ll]['’]|[Aa]n?|[Uu]ne?|[Cc]ette|[Tt]his|"
                          r"[A-Z][\w-]*-based|[a-zà-ÿ][\w'’-]*)\s+){0,4}$")


_SPACES = re.compile(r"\s*")


def _raiser(article, other_than=frozenset(), at=None) -> str | None:
    """The company "the startup" that raised (or hires) is: the article's company, never one it names as an
    investor, and one it makes the subject of a sentence (a former employer or a client named in passing is not it);
    one the headline names or the body names before ``at`` or in the next sentence ("la jeune société" looks back,
    "A French startup … has raised $43mn. Paris-based Acme …" names it next; not a client named further on)."""
    first = article.get("first", {}) if at is not None and not article.get("headline") else None
    if first is not None:  # the end of the next sentence (a line end ends one too)
        text = article["text"]
        end = _SENTENCE_END.search(text, at)
        after = _SPACES.match(text, end.end()).end() + 1 if end else 0
        end = _SENTENCE_END.search(text, after) if end else None
        until = end.start() if end else len(text)
    return next((c for c in article["ranked"] if c not in article["investors"] and c in article["subjects"]
                 and c not in other_than and (first is None or c in article.get("lead", ()) or first.get(c, at) < until)),
                None)


_VALUE = r"\d+(?:[.,]\d+|[\u202f\u00a0 ]\d{3}(?!\d))*"
_SCALE = r"(?:milliards?|billions?|millions?|mds?|mrds?|mn|bn|m|b|k)"
_CURRENCY_WORD = r"(?:de\s+|d['’])?(?:dollars?|euros?|yens?|livres? sterling|pounds?|francs? suisses|yuans?|roupies|rupees|USD|EUR|JPY|GBP|CHF|CAD)"
AMOUNT = re.compile(rf"(?:(?:US|C|A|CA)?\$|€|£|¥|USD|EUR|GBP|JPY|CHF|CAD)\s?{_VALUE}(?:[\s-]?{_SCALE}\b)?"
                    rf"|{_VALUE}\s?(?:{_SCALE}\b\s*(?:{_CURRENCY_WORD}|[$€£¥])|{_CURRENCY_WORD}|[$€£¥]|M€|Md€|Mds€)", re.I)
_NOT_RAISED = re.compile(r"(?:valuation|valued|valuing|values?|valorisation|valoris\w+|worth|revenue|"
                         r"chiffre d['’]affaires|bénéfice|"
                         r"revenu\w*|sales|ventes|profit|capitalisation|market cap)\W+(?:\w+\W+){0,4}$", re.I)

# The price right after the company bought: "for $48 million", "pour 120 millions d'euros".
PRICE = re.compile(r"(?:,[^,.;]{0,80},)?\s+(?:for|pour|contre|moyennant|in an?|dans une?)\s+"
                   r"(?:(?:about|around|roughly|some|près de|environ|quelque)\s+)?"
                   r"(?P<amount>" + AMOUNT.pattern + ")", re.I)


CONVERSION = re.compile(r"\([^()]{1,60}\)\s*(?:(?:in|of|en|de)\s+|d['’])?$")


def _amount_near(body, lo, hi, trig) -> str | None:
    """The sum raised near a funding trigger, in its clause: after it first ("lève 20 millions"), else just before
    ("a $135 million funding round"); a valuation or revenue figure is not the round."""
    stop = re.search(r"[.;!?](?!\d)|\s[—–]\s", body[trig.end(): hi])
    end = trig.end() + (stop.start() if stop else hi - trig.end())
    for m in AMOUNT.finditer(body, trig.end(), end):  # the whole clause: a window must not cut "$48m" to "$4"
        if m.start() > trig.end() + 60:
            break
        if not _NOT_RAISED.search(body[max(lo, m.start() - 40): m.start()]):
            return normalise_amount(m.group())
    # "$6.5 million (about €6 million) in seed funding": the amount before its conversion
    conversion = CONVERSION.search(body, max(lo, trig.start() - 80), trig.start())
    until = conversion.start() if conversion else trig.start()
    start = max(lo, until - 30, max(body.rfind(c, lo, until) for c in ";!?") + 1)
    found = [m for m in AMOUNT.finditer(body, start, until)
             if not _NOT_RAISED.search(body[max(lo, m.start() - 40): m.start()])]
    return normalise_amount(found[-1].group()) if found else None


_CURRENCIES = (("USD", r"US\$|USD|\$\s*US|dollars? américains"), ("CAD", r"CA?\$|CAD|dollars? canadiens"), ("AUD", r"A\$"),
               ("EUR", r"€|EUR|euros?"), ("GBP", r"£|GBP|livres?|pounds?"), ("JPY", r"¥|JPY|yens?"),
               ("CHF", r"CHF|francs? suisses"), ("CNY", r"yuans?|CNY"), ("INR", r"roupies|rupees|INR"), ("USD", r"\$|dollars?"))
_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
           "billions": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "milliard": 1e9, "milliards": 1e9}


def amount_value(text: str) -> tuple[float, str] | None:
    """(value, ISO currency) of a written amount ("120 millions d'euros", "$43mn", "EUR 120 million"), else None."""
    if not isinstance(text, str):
        return None
    number = re.search(rf"{_VALUE}", text)
    currency = next((code for code, pattern in _CURRENCIES if re.search(rf"(?<![A-Za-z]){pattern}", text, re.I)), None)
    if not number or not currency:
        return None
    scale = re.match(rf"[\s-]?({_SCALE})\b|\s?(M|Md|Mds)€", text[number.end():], re.I)
    word = (scale.group(1) or scale.group(2)).lower() if scale else ""
    digits = re.sub(r"[\u202f\u00a0 ]", "", number.group())
    if not word and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        digits = re.sub(r"[.,]", "", digits)  # thousands separators: "1,500,000 $"
    value = float(digits.replace(",", "."))
    return value * _SCALES.get(word, 1), currency


def normalise_amount(text: str) -> str:
    """An amount as the front matter keeps it, readable in any language and localised by the site:
    "120 millions d'euros" -> "EUR 120 million"; an amount it cannot read stays as written."""
    parsed = amount_value(text)
    if parsed is None:
        return " ".join(text.split())
    value, currency = parsed
    for word, size in (("billion", 1e9), ("million", 1e6)):
        if value >= size:
            return f"{currency} {value / size:.3f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{currency} {value:,.0f}"


def same_amount(a, b) -> bool | None:
    """Whether two amounts are one round told twice (within a third, currencies converted roughly); None when
    either cannot be read. Enough to tell a €40M seed from a €400M round, not an exchange-rate tool."""
    pa, pb = amount_value(a), amount_value(b)
    if pa is None or pb is None:
        return None
    va, vb = pa[0] * _IN_USD.get(pa[1], 1.0), pb[0] * _IN_USD.get(pb[1], 1.0)
    return max(va, vb) <= 1.35 * min(va, vb)


_IN_USD = {"USD": 1.0, "EUR": 1.1, "GBP": 1.27, "JPY": 0.0068, "CHF": 1.12, "CAD": 0.73, "AUD": 0.66, "CNY": 0.14, "INR": 0.012}


_PRODUCT_NOUN = re.compile(r"\s+(?:un|une|son|sa|ses|a|an|its|the|their|leur)\s+(?:[\w'’-]+\s+){0,2}?(?:modèles?|models?|chatbot|puce|chip|produit|product|version|assistant|app|application|robot|lunettes|glasses|smartphone|agent)\b", re.I)
# The product's own name: right after the noun ("its new chip Maia 100") or once it is named
# ("sa propre puce d'IA personnalisée qui est intitulée Maia AI", "… un petit modèle. Dénommé Phi-3 Mini, il …").
_NAME = r"(?P<name>[A-Z][\w+-]*(?:\.[\w+-]+)*(?:\s+[A-Z0-9][\w+-]*(?:\.[\w+-]+)*)*)"
_KINDS = (r"(?:modèles?|models?|chatbot|puce|chip|produit|product|version|assistant|app|application|robot|lunettes|"
          r"glasses|smartphone|agent|family|famille|tool|outil|system|système)")
_PRODUCT_NOUN = re.compile(r"\s+(?:un|une|son|sa|ses|a|an|its|the|their|leur)\s+(?:[\w'’-]+\s+){0,2}?" + _KINDS + r"\b",
                           re.I)
# The product's own name: right after the noun ("its new chip Maia 100") or once it is named ("sa propre puce
# d'IA personnalisée qui est intitulée Maia AI", "… un petit modèle. Dénommé Phi-3 Mini, il …", "… The model, R2, …").
_PRODUCT_NAME = re.compile(r"^(?:[^;:]{0,70}?\b(?i:intitulée?s?|appelée?s?|baptisée?s?|(?:dé)?nommée?s?|dubbed|called|"
                           r"named)\s+|[^;:]{0,250}?[.!?]\s+(?:The|Le|La|This|Ce|Cette) (?i:new |nouveau |nouvelle )?"
                           + _KINDS + r",\s+|\s+)"
                           r"[«“\"]?\s*" + _NAME)
_WHEN = (r"(?:(?:[a-zà-ÿ0-9.]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?= \d))\s+)")
# Named right after the verb, then said what it is: "released Tessera-7B, an open-weights language model",
# "a présenté ce mercredi 3 juillet Moshi, un assistant vocal", "released X on Thursday, the first model of …".
# Or said in the next sentence: "released Rook-3 on 2 December. It is a 12-billion-parameter model".
_NAMED_PRODUCT = re.compile(r"\s+" + _WHEN + r"{0,5}" + _NAME + r"(?:\s+" + _WHEN + r"{0,3}?[\w.]+)?(?:,\s+|"
                            r"\.\s+(?:It|This|Il|Elle|Ce|C['’]est)\s+(?:is|was|est|s['’]agit d['’]|)\s*)"
                            r"(?:un|une|a|an|the|le|la|son|sa|its|their|leur)\s+(?:[\w'’-]+\s+){0,6}?" + _KINDS + r"\b")


# Named before its kind: "announced the Claude 3 model family", "unveiled its Maia 100 chip".
_NAME_THEN_KIND = re.compile(r"\s+(?:the|its|their|his|her)\s+(?:(?:new|latest|next|first)\s+)*" + _NAME + r"\s+"
                             + _KINDS + r"\b")


# A versioned name right after the verb is a product's ("lance GPT-5", "publishes Arolla-8B", "releases Llama 3"):
# letters then a version number.
_VERSIONED = re.compile(r"\s+(?:(?:its|their|his|her|son|sa|leur)\s+(?:(?:new|latest|nouveau|nouvelle)\s+)?|"
                        r"(?:the (?:model )?weights of|les poids d[eu])\s+)?[«“\"]?"
                        r"(?P<name>[A-Z][A-Za-z]+(?:[-.]?\d+(?:\.\d+)*[A-Za-z]?|-\w*\d\w*| \d+(?:\.\d+)?)(?![\w-]))")


def _product(body, trig) -> tuple[str | None, bool]:
    """"annonce sa puce … intitulée Maia AI", "unveiled its new chip Maia 100", "released Tessera-7B, an
    open-weights model", "lance GPT-5": a release with its name, not any announcement (an unnamed "nouveaux
    produits" is no event a reader can use); and whether the text says for sure that the name is a product's (said
    what it is, or versioned), whatever ingest took it for."""
    direct = _NAMED_PRODUCT.match(body, trig.end(), trig.end() + 200)
    if direct:
        return direct.group("name"), True
    versioned = _VERSIONED.match(body, trig.end(), trig.end() + 60)
    if versioned:
        return versioned.group("name"), True
    direct = _NAME_THEN_KIND.match(body, trig.end(), trig.end() + 120)
    if direct:
        return direct.group("name"), False
    noun = _PRODUCT_NOUN.match(body, trig.end(), trig.end() + 60)
    named = noun and _PRODUCT_NAME.match(body[noun.end(): noun.end() + 300])
    return (named.group("name") if named else None), False


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
