"""Names a text repeats: later short mentions of new companies, a one-word company named by the first word
of a longer one, and the business an article keeps naming without a cue beside it."""

from __future__ import annotations

import bisect
import re

from ...registry import Registry, norm, slug
from .base import SENTENCE_END, Mention, NewEntity, _sentence_initial, _take, _Tok
from .gazetteer import _calendar_words, _cities, _common, _countries, _descriptive, _is_first_name
from .known import _blocked
from .meanings import BUSINESS
from .words import FIRM_SUFFIXES, FUNCTION_WORDS, GENERIC, LEGAL_SUFFIXES, NAME_SUFFIXES

IN_PLACE = re.compile(r"\b(?:in|à|en|near|outside|près de|based in|basée? à)[ \t\u00a0]*$", re.I)


# "X, un modèle ouvert", "X, the new model from": what a text says is a product, not a company.
PRODUCT_APPOSITION = re.compile(
    r"(?:\s+(?:today|yesterday|aujourd['’]hui|hier|this week|cette semaine))?"
    r",\s+(?:(?:un|une|le|la|son|sa|leur|a|an|the|its|their)\s+)?"
    r"(?:(?!start-?up|company|firm|société|entreprise|lab)[\w'’-]+\s+){0,2}?"
    r"(?:modèle|model|LLM|assistant|chatbot|agent|app|application|logiciel|software|outil|tool|robot|puce|chip|"
    r"processeur|processor|version|produit|product)s?\b",
    re.I,
)


def _subjects(body, toks, taken, runs, lower, mid_sentence, registry) -> list[tuple[int, int]]:
    """One-word names the article is about as a business although no cue sits next to them ("Morlenn announced a
    €14m Series A", "Kinetia lève 8 millions"): a plain word (no digits, hyphen or acronym: models, surnames,
    currencies) written with a capital inside sentences, named three times or more, never in small letters, never
    after a place preposition nor said to be a product ("X, le nouveau modèle de"), neither a first name nor a known
    word, and in a sentence with a business word (a round, a start-up, investors, a founder, a CEO)."""
    candidates: dict[str, list[int]] = {}
    for i, j in runs:
        if j - i == 1 and taken[i] is None:
            candidates.setdefault(toks[i].bare, []).append(i)
    found = []
    for word, at in candidates.items():
        key = norm(word)
        if (
            len(at) < 3
            or len(word) < 3
            or not word.isalpha()
            or word.isupper()
            or word not in mid_sentence
            or key in lower
            or _is_first_name(word)
            or _blocked(toks[at[0]], registry)
            or key in _countries()
            or key in _cities()
            or _descriptive(key)
            or _common(key, lower, False)
            or any(IN_PLACE.search(body, max(0, toks[i].start - 12), toks[i].start) for i in at)
            or any(PRODUCT_APPOSITION.match(body, toks[i].end) for i in at)
        ):
            continue
        business = False
        for i in at:
            start, end = toks[i].start, toks[i].end
            lo = max([body.rfind(c, max(0, start - 300), start) for c in ".!?\n"] + [max(0, start - 300) - 1]) + 1
            stop = SENTENCE_END.search(body, end, end + 300)
            if BUSINESS.search(body, lo, stop.start() if stop else end + 300):
                business = True
                break
        if business:
            found += [(i, i + 1) for i in at if taken[i] is None]
    return found


PLACE_PREP = re.compile(r"(?:\b(?:de|of|in|from|à|en|near|outside)|\bd['’])[ \t\u00a0]*$", re.I)
GROUP_HEADS = {"groupe", "group", "grupo", "gruppo"}  # "Groupe X" is the group X, which the text also calls "X"


def _shorten(
    body: str, toks: list[_Tok], taken, registry: Registry, mentions: list[Mention], new: dict[str, NewEntity]
) -> None:
    """A new company named as another company of the text with words before it, where those words start a sentence
    or follow "de", "of", "in" ("« Rejoindre X Systèmes", "la jeune entreprise de Heidelberg X AI"): a verb or a
    place ran into the name; the mentions are the other company's."""
    named = {norm(e.name): e.id for e in new.values()}
    by_id: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind == "company":
            by_id.setdefault(m.id, []).append(m)
    starts = [t.start for t in toks]
    for entity_id, entity in list(new.items()):
        words = entity.name.split()
        for k in range(1, len(words)):
            tail = norm(" ".join(words[k:]))
            known = registry.index.get(tail, ("company", None))
            target = None if tail in GENERIC or known[0] != "company" else named.get(tail) or known[1]
            if target and target != entity_id and target in by_id:
                break
        else:
            continue
        ours = by_id.get(entity_id, [])
        lead = [bisect.bisect_left(starts, m.start) for m in ours]
        if not (k == 1 and norm(words[0]) in GROUP_HEADS) and not all(
            toks[a].bare == words[0]
            and (_sentence_initial(body, toks[a]) or PLACE_PREP.search(body, max(0, toks[a].start - 6), toks[a].start))
            for a in lead
        ):
            continue
        del new[entity_id]
        for m, a in zip(ours, lead, strict=False):
            for n in range(a, a + k):
                taken[n] = None
            m.id, m.start = target, toks[a + k].start
            m.surface = body[m.start : m.end]


# The dot inside a one-word name ("Leonardo.Ai", "Character.AI"): its first word names it too.
DOTTED = re.compile(r"\.(?=[A-Za-z]{2,}$)")


def _heads(
    toks: list[_Tok],
    mentions: list[Mention],
    registry: Registry,
    new: dict[str, NewEntity],
    lower: set[str],
    loose: bool = False,
) -> dict[str, str]:
    """First word -> id of the companies of this text whose name is longer ("Vireo Labs"), when that word is no
    known name of its own, nor (unless ``loose``) a common word or first name; and the words of a new company's name
    before its business suffixes, or its first two words or more, when they are two or more ("Tamarack Grove" of
    "Tamarack Grove Capital", "Salt Marsh" of "Salt Marsh Kitchen")."""
    names = {m.id: registry.name("company", m.id) for m in mentions if m.kind == "company" and m.id and m.id not in new}
    names.update((e.id, e.name) for e in new.values())
    heads = {}
    for entity in new.values():
        words = entity.name.split()
        rest = len(words)
        while rest > 2 and norm(words[rest - 1]) in NAME_SUFFIXES | LEGAL_SUFFIXES:
            rest -= 1
        if rest < len(words) and norm(" ".join(words[:rest])) not in registry.index:
            heads.setdefault(norm(" ".join(words[:rest])), entity.id)
        for k in range(2, rest):  # "Salt Marsh" of "Salt Marsh Kitchen"
            if norm(" ".join(words[:k])) not in registry.index:
                heads.setdefault(norm(" ".join(words[:k])), entity.id)
    for entity_id, name in names.items():
        words = name.split() if " " in name else DOTTED.split(name)  # "Leonardo" of "Leonardo.Ai"
        key = norm(words[0]) if len(words) >= 2 else ""
        if (
            key
            and key not in registry.index
            and key not in _calendar_words()
            and key not in _cities()  # "Lisbon Institute for ...": the city stays a city
            and not _descriptive(key)
            and (loose or not _common(key, lower, False) and not _is_first_name(words[0]))
        ):
            heads.setdefault(key, entity_id)
    return heads


LINK_WORDS = {"of", "for", "and", "de", "du", "des", "d", "et", "pour", "the", "la", "le", "l", "&"}


def _initials(toks: list[_Tok], taken, registry: Registry, new: dict[str, NewEntity], mentions: list[Mention]) -> None:
    """A new company of two or more words is also named by its initials in capitals ("Halvard Motors ... HM",
    "Industrial Sensing Research Institute (ISRI)"), unless they are a word or an acronym of their own ("LA",
    "AI", "US"); a new company of that name is the same, and a known company of the text so named ("Kilo" for the
    "Kestrel Institute for Learning Operations") is the one meant. Only in this text: as an alias, initials would
    match elsewhere."""
    by_initials: dict[str, str] = {}
    by_known: dict[str, str] = {}  # the initials of the known companies of the text
    same: dict[str, str] = {}  # new company -> the company it is
    words_of_text = {t.bare_key for t in toks if not t.bare.isupper()}
    known = {norm(registry.name("company", m.id)): m.id for m in mentions if m.kind == "company" and m.id not in new}
    for entity in new.values():
        words = [w for w in re.split(r"[\s-]+", entity.name) if norm(w) not in LINK_WORDS]
        initials = "".join(w[0] for w in words)
        key = norm(initials)
        if len(words) < 2 or not initials.isupper():
            continue
        if key in known:
            same[entity.id] = by_initials.setdefault(initials, known[key])
        elif not (
            key in words_of_text
            or key in FUNCTION_WORDS
            or key in GENERIC
            or key in registry.index
            or _descriptive(key)
        ):
            by_initials.setdefault(initials, entity.id)
    for company_id in known.values():  # "chez HF" after "Hugging Face": a new company named by a known one's initials
        words = [w for w in registry.name("company", company_id).split() if norm(w) not in LINK_WORDS]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            by_known.setdefault("".join(w[0] for w in words), company_id)
    same |= {e.id: by_known[e.name] for e in new.values() if e.name in by_known and e.name not in by_initials}
    same |= {e.id: by_initials[e.name.upper()] for e in new.values() if by_initials.get(e.name.upper(), e.id) != e.id}
    for entity_id in same:
        new.pop(entity_id, None)
    for m in mentions:
        m.id = same.get(m.id, m.id) if m.kind == "company" else m.id
    for i, tok in enumerate(toks):
        if taken[i] is None and tok.bare in by_initials:
            mention = Mention("company", by_initials[tok.bare], tok.bare, tok.start, tok.end)
            mentions.append(_take(toks, taken, i, i + 1, mention))


def _acronym_names(body: str, mentions: list[Mention], new: dict[str, NewEntity]) -> None:
    """A new organisation spelled out once before its acronym ("Laboratoire X de Y (LXY)") and then called by the
    acronym is known by the acronym: it becomes the name, the long form an alias, and a new entity the text made of
    a bare use of the acronym is the same one."""
    for entity_id, entity in list(new.items()):
        acronym = next((a for a in entity.aliases if a.isupper() and " " not in a), None)
        if acronym is None or entity_id not in new:
            continue
        uses = len(re.findall(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", body))
        if uses <= 1 + body.count(entity.name):
            continue  # the long form is used as often: it stays the name
        target = slug(acronym)
        merged = new.pop(entity_id)
        other = new.setdefault(target, NewEntity("company", target, acronym, surface=merged.surface))
        other.aliases = list(dict.fromkeys([*other.aliases, merged.name, *(a for a in merged.aliases if a != acronym)]))
        other.description = other.description or merged.description
        for m in mentions:
            if m.id == entity_id:
                m.id = target


# Words a firm's legal or managing entity adds to its trading name ("X Capital Management LLP", "X Ltd").
CORPORATE_TAILS = LEGAL_SUFFIXES | FIRM_SUFFIXES | {"management"}


def _legal_names(mentions: list[Mention], new: dict[str, NewEntity]) -> None:
    """A new company named as another new company of the text followed only by legal or managing words ("Kestrel
    Capital Management LLP" in a copyright line, after "Kestrel Capital") is that company under its legal name; one
    of two words or more that lacks only the other's final "s" ("Nervo System", "Nervo Systems") is it too."""
    names = {norm(e.name): e.id for e in new.values() if e.kind == "company"}
    for entity_id, entity in list(new.items()):
        words = norm(entity.name).split()
        cut = len(words)
        while cut > 1 and words[cut - 1] in CORPORATE_TAILS:
            cut -= 1
        owner = names.get(" ".join(words[:cut])) if cut < len(words) else None
        owner = owner or (names.get(" ".join(words) + "s") if len(words) > 1 else None)
        if owner is None or owner == entity_id:
            continue
        del new[entity_id]
        new[owner].aliases = list(dict.fromkeys([*new[owner].aliases, entity.name, *entity.aliases]))
        for m in mentions:
            if m.id == entity_id:
                m.id = owner


def _short_names(mentions: list[Mention], new: dict[str, NewEntity]) -> None:
    """The first words a text also calls a new company by ("Ox" of "Ox Labs") are its alias: other articles may
    name it so alone."""
    for m in mentions:
        entity = new.get(m.id or "")
        if entity and entity.name.startswith(m.surface + " ") and m.surface not in entity.aliases:
            entity.aliases.append(m.surface)


def _people_heading_companies(mentions: list[Mention], new: list[NewEntity]) -> list[NewEntity]:
    """A new person of two words or more whose whole name opens a new company's longer name in the same text ("Red
    Kite's staff" beside "Red Kite Labs") is that company named short, not a person."""
    companies = {norm(e.name): e.id for e in new if e.kind == "company"}
    same = {}
    for entity in new:
        if entity.kind == "person" and " " in entity.name:
            key = norm(entity.name) + " "
            owner = next((i for name, i in companies.items() if name.startswith(key)), None)
            if owner:
                same[entity.id] = owner
    for m in mentions:
        if m.kind == "person" and m.id in same:
            m.kind, m.id = "company", same[m.id]
    return [e for e in new if e.id not in same]
