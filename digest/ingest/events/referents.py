"""The company a phrase means without naming it: "the start-up" (the article's company), "we" (the company a page
speaks for), "it" (the last one named), the company left before a move; and the words that may link a trigger to
the company it names."""

from __future__ import annotations

import bisect
import re

from .clauses import SENTENCE_END, SPACES, STARTUP, WINDOW, role_words, start_of_sentence

# A funding sentence whose subject is "A French startup …" or "La jeune pousse parisienne …".
STARTUP_SUBJECT = re.compile(
    r"\b(?:the|la|cette|this|a|an|une|le|l['’])\s*(?:[\w-]+\s+){0,2}?(?:"
    + STARTUP[3:-3]
    + r"|company|firm|entreprise|société)\b",
    re.I,
)


# Only these words may stand between a trigger and its company ("quitte Microsoft", "de la tête d’OpenAI").
LINK_WORDS = {
    "de",
    "d",
    "du",
    "des",
    "la",
    "le",
    "l",
    "les",
    "from",
    "of",
    "the",
    "at",
    "chez",
    "tête",
    "head",
    "poste",
    "son",
    "sa",
    "ses",
    "its",
    "his",
    "her",
    "their",
    "leur",
    "as",
    "comme",
    "par",
    "by",
    "to",
    "à",
    "a",
    "board",
    "conseil",
    "administration",
    "team",
    "équipe",
    "rangs",
    "ranks",
    "staff",
    "rival",
    "concurrent",
    "startup",
    "start",
    "up",
    "jeune",
    "pousse",
    "post",
    "role",
    "position",
    "job",
    "new",
    "nouveau",
    "nouvelle",
    "competitor",
    "compétiteur",
    "direction",
    "présidence",
    "leadership",
    "helm",
    "management",
    "fonctions",
    "duties",
    "ai",
    "ia",
    "au",
    "aux",
    # a time told between the verb and its object: "quitte aujourd'hui l'entreprise", "is now leaving the company"
    "aujourd",
    "hui",
    "désormais",
    "officiellement",
    "finalement",
    "today",
    "now",
    "officially",
    "formally",
    "finally",
    "dans",
}


US_BEFORE = re.compile(r"\bnous\s+(?:a\s+|ont\s+|avait\s+|va\s+)?$", re.I)
US_AFTER = re.compile(r"\s+(?:(?-i:us)|(?:our|notre|nos)\s+(?:[\w-]+\s+){0,2}?(?:team|équipes?|rangs|ranks))\b", re.I)
WE = re.compile(r"(?<![\w-])(?:nous|notre|nos|we|our|(?-i:us))(?![\w-])", re.I)


def our_company(body, marks, other_than=None) -> str | None:
    """The company a page speaks for in the first person plural: the one its "we" sentences name most ("Chez Acme,
    nous construisons …", "At Acme, we …"), when one does; else none (a join with nobody to join is no event)."""
    counts: dict[str, int] = {}
    for m in marks:
        if m.kind == "company" and m.id != other_than:
            end = SENTENCE_END.search(body, m.end)
            start = start_of_sentence(body, max(0, m.start - WINDOW), m.start)
            if WE.search(body, start, end.start() if end else len(body)):
                counts[m.id] = counts.get(m.id, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    return max(counts, key=counts.get) if ranked and (len(ranked) == 1 or ranked[0] > ranked[1]) else None


def page_company(body, marks, article) -> str | None:
    """The company a page speaks for ("we welcome X", "the Board reinstated her"): the one its "we" sentences name
    most, else the one it names most (never an investor; the one its headline names among equals), when one does."""
    counts = article["counts"]
    most = [c for c in counts if c not in article["investors"] and counts[c] == max(counts.values())]
    most = [c for c in most if c in article.get("headlined", ())] or most
    ours = our_company(body, marks)
    return ours if ours and ours not in article["investors"] else (most[0] if len(most) == 1 else None)


def startup_subject(body, trig) -> bool:
    """The sentence's subject is "the startup" / "la société" (with its asides), not a name."""
    start = start_of_sentence(body, max(0, trig.start() - WINDOW), trig.start())
    return opens_on_startup(body[start : trig.start()].lstrip())


def opens_on_startup(lead: str) -> bool:
    """``lead`` opens on "the startup" / "la société", after a phrase of time or place or not."""
    if STARTUP_SUBJECT.match(lead):
        return True
    opening = OPENING.match(lead) if lead[:1].isupper() else None  # "On Tuesday the company", "Lundi, la société"
    return bool(opening and STARTUP_SUBJECT.match(lead, opening.end()))


# A sentence's opening phrase of time or place before its subject: "On Tuesday", "Lundi 2 mars,", "In Paris, ".
OPENING = re.compile(
    r"(?:(?:On|Last|This|Earlier|Later|Early|Late|Since)\s+[\w'’]+(?:\s+\d{1,2})?\s*,?\s+|"
    r"[A-ZÀ-Ý][\w'’]*(?:\s+[\w'’]+){0,3},\s+)"
)


def last_company(marks, pos, other_than=None) -> str | None:
    """ "The company" of a sentence that names none: the last company named before it (among the 50 last names)."""
    below = bisect.bisect_left(marks, pos, key=lambda m: m.start)
    return next(
        (
            marks[k].id
            for k in range(below - 1, max(-1, below - 50), -1)
            if marks[k].kind == "company" and marks[k].id != other_than
        ),
        None,
    )


# What stands between a launch and the company it makes: "her new company, ", "ce mardi sa nouvelle entreprise, ",
# "sa propre entreprise. La start-up, baptisée ".
WHERE_WHEN_ASIDE = re.compile(
    r"^\s*,\s*(?:depuis|à|au|en|dans|from|in|at|on|this|last|ce|cette|le|la)\s+[^,.;:()]{1,30},\s*$", re.I
)
NEW_VENTURE = re.compile(
    r"[^,.;:()]{0,40}?\b(?:her|his|their|its|a|an|sa|son|leur|une?)\s+"
    r"(?:(?:new|own|nouvelle|nouveau|propre|first|premier|première)\s+)*"
    r"(?:company|startup|start-up|venture|lab|laboratory|entreprise|société|laboratoire|"
    r"jeune pousse)(?![\w-])[^,.;:()]{0,30}?,?\s*"
    r"(?:(?:called|named|dubbed|baptisée?|appelée?|nommée?)\s+|"
    r"\.\s+(?:La|Le|L['’]|The|This|Cette|Ce)\s*(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:(?:is|est)\s+)?"
    r"(?:called|named|dubbed|baptisée?|appelée?|nommée?)\s+)?",
    re.I,
)


def linked(between: str, kind: str) -> bool:
    """Whether only linking words stand between a trigger and a company: "to join its competitor, Anthropic"."""
    if kind != "launches" and re.search(r"\w\s*,\s*$", between):
        between = between.rstrip().rstrip(",")
    if re.search(r"[,.;:()]", between) and kind != "launches":
        return False
    words = re.findall(r"\w+", between.lower())
    if kind == "appointed":
        return True
    if kind == "launches":  # "lance Acme", "unveiled her new company, Acme"; not "lance un modèle, Acme"
        # "vient de lancer, depuis Saclay, Acme": a place or a time set off by commas stands aside
        between = WHERE_WHEN_ASIDE.sub(" ", between)
        return len(re.findall(r"\w+", between)) <= 4 and "," not in between or bool(NEW_VENTURE.fullmatch(between))
    return all(w in LINK_WORDS or w in role_words() for w in words)


# "quitte X pour", "has quit to", "is leaving the lab, where she worked, to", "quitte X et rejoint": a departure the
# next verb follows from.
LEFT_FOR = re.compile(
    r"(?<![\w-])(?:quitt\w*|quit(?:s|ting)?|leav\w*|left)(?!\w)(?P<what>[^.;!?]{0,200}?),?\s+"
    r"(?:(?:pour|to|for|afin de)\s+(?:\w+\s+)?|(?:et|and)\s+(?:(?-i:[a-zà-ÿ])\w*\s+)?)$",
    re.I,
)


def company_left(body, trig, companies_before):
    """ "quitte Microsoft pour rejoindre OpenAI", "quit to become CEO of X": the company left, named after the
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


# A company opening a sentence: "Acme emploie …", "La start-up toulousaine Acme …", "En clair, Acme …".
SUBJECT_SLOT = re.compile(
    r"(?:^|[.!?»”:]\s+|\n\s*)"
    r"(?:(?:But|And|Yet|Mais|Et|Or)\s+|[A-ZÀ-Ý][\w'’]*(?:\s+[\w'’]+){0,2},\s+)?"
    r"(?:(?:[TtLl]he|[Ll]a|[Ll]e|[Ll]['’]|[Aa]n?|[Uu]ne?|[Cc]ette|[Tt]his|"
    r"[A-Z][\w-]*-based|[a-zà-ÿ][\w'’-]*)\s+){0,4}$"
)


def article_company(article, other_than=frozenset(), at=None) -> str | None:
    """The company "the startup" that raised (or hires) is: the article's company, never one it names as an
    investor, and one it makes the subject of a sentence (a former employer or a client named in passing is not it);
    one the headline names or the body names before ``at`` or in the next sentence ("la jeune société" looks back,
    "A French startup … has raised $43mn. Paris-based Acme …" names it next; not a client named further on)."""
    first = article.get("first", {}) if at is not None and not article.get("headline") else None
    if first is not None:  # the end of the next sentence (a line end ends one too)
        text = article["text"]
        end = SENTENCE_END.search(text, at)
        after = SPACES.match(text, end.end()).end() + 1 if end else 0
        end = SENTENCE_END.search(text, after) if end else None
        until = end.start() if end else len(text)
    return next(
        (
            c
            for c in article["ranked"]
            if c not in article["investors"]
            and c in article["subjects"]
            and c not in other_than
            and (first is None or c in article.get("lead", ()) or first.get(c, at) < until)
        ),
        None,
    )


def headlined_company(article, other_than) -> str | None:
    """The one company the headline names, when no sentence makes one its subject ("… gagne Acme" over "l'entreprise
    a annoncé l'arrivée de X"): what the article is about, unless an investor or named as the mover's past."""
    named = article.get("headlined", set()) - article["investors"] - set(other_than)
    return next(iter(named)) if len(named) == 1 else None


# A pronoun that points at the last company named: "celle-ci annonce un tour de table", "the latter raised $5m"
DEMONSTRATIVE = re.compile(r"(?<![\w-])(?:celle-ci|celui-ci|cette dernière|ce dernier|the latter)(?![\w-])", re.I)


def last_named(article, before: int) -> str | None:
    """The last company the text named before ``before``, unless the article names it as an investor."""
    named = [m for m in article.get("named", ()) if m.end <= before]
    return named[-1].id if named and named[-1].id not in article["investors"] else None


def opening_company(body, trig, companies_before, marks=()) -> str | None:
    """The company the trigger's sentence opens on as a place ("Chez Acme, …", "At Acme, …"), or that labels the
    paragraph the sentence opens, as a column of appointments writes it ("Acme. X a été nommée …"); the last named
    before the trigger."""
    start = start_of_sentence(body, max(0, trig.start() - WINDOW), trig.start())
    opening = AT_OPENING.match(body, SPACES.match(body, start).end())
    at = [m for m in companies_before if opening and m.start == opening.end()]
    if at and AT_OPENING_END.match(body, at[0].end) and at[0].id == companies_before[-1].id:
        return at[0].id
    paragraph = body.rfind("\n", 0, trig.start()) + 1
    k = bisect.bisect_left(marks, paragraph, key=lambda m: m.start)
    label = marks[k] if k < len(marks) and not companies_before else None
    if label and label.kind == "company" and label.start == paragraph:
        return label.id if LABEL_END.fullmatch(body, label.end, SPACES.match(body, start).end()) else None
    return None


AT_OPENING = re.compile(r"(?:chez|at|au sein d['’e]|within)\s*", re.I)
AT_OPENING_END = re.compile(r"\s*,")
LABEL_END = re.compile(r"\.\s+")


# A company that asks a person to come back or to join: "the board of Acme has asked X to return as chief executive",
# "Acme a convaincu X de revenir", "le conseil d'Acme a invité X à revenir en tant que présidente".
_ASKS = re.compile(
    r"\b(?:ask(?:s|ed)?|invit(?:es|ed)|persuad(?:es|ed)|convinc(?:es|ed)|urg(?:es|ed)|call(?:s|ed) on|"
    r"(?:a|ont|avait|avaient) (?:demandé|invité|convaincu|persuadé|prié|poussé)|demande|invite|convainc|prie)"
    r"\s+(?:à\s+)?(?:(?:Dr|Pr|Prof|Mr|Mrs|Ms|Mme|M)\.?\s+)?$",
    re.I,
)
_TO_DO = re.compile(r"\s+(?:to|de|d['’]|à)\s+", re.I)


def asked_to(body, person, trig) -> re.Match | None:
    """The verb of asking whose object is ``person`` and whose infinitive is the trigger ("asked X to return as",
    "a demandé à X de revenir")."""
    if not (person.end <= trig.start() and _TO_DO.fullmatch(body, person.end, trig.start())):
        return None
    return _ASKS.search(body, max(0, person.start - 40), person.start)


def asking_company(body, trig, persons, companies_before) -> str | None:
    """The company whose request the move answers: the person is the object of a verb of asking and the subject of
    the move's infinitive, and the company (or its board) is the subject of the asking, in the same sentence."""
    asked = asked_to(body, persons[0], trig)
    if not asked:
        return None
    askers = [
        m for m in companies_before if m.end <= asked.start() and not SENTENCE_END.search(body, m.end, asked.start())
    ]
    return askers[-1].id if askers else None
