"""People the registry does not know: a known first name or a role before a capitalised surname; bylines'
authors; a description from the apposition beside a first mention."""

from __future__ import annotations

import bisect
import re

from ...registry import Registry, norm, slug
from .base import ARTICLE_ELIDED, Mention, NewEntity, _adjacent, _line, _take, _title_case, _Tok
from .cues import IN_OWNER, INSTITUTION_BEFORE, ORG_BEFORE, THE_BEFORE
from .descriptions import _describe
from .gazetteer import (
    _calendar_words,
    _chinese_name,
    _cities,
    _family_le,
    _french_months,
    _is_first_name,
    _month_words,
)
from .known import _blocked, _ends_another_name
from .lists import LIST_SEP, _listed_first_names
from .person_cues import PERSON_AFTER
from .person_evidence import (
    _demonym_before,
    _given_name,
    _introduced,
    _named_again,
    _not_a_person,
    _org_named,
    _standalone,
)
from .runs import _middle_initial, _runs
from .words import (
    FIRM_SUFFIXES,
    FUNCTION_WORDS,
    LEGAL_SUFFIXES,
    NAME_SUFFIXES,
    ORG_TAILS,
    PARTICLES,
    TITLES,
)

# A machine, building, prize or street named after someone ("le supercalculateur Jean Zay", "the Jean Zay public
# supercomputer", "la chaire Marie Curie"): the thing, not a person of the story.
THINGS = (
    r"supercalculateurs?|supercomputers?|calculateurs?|ordinateurs?|computers?|clusters?|machines?|satellites?|"
    r"fusées?|rockets?|navires?|ships?|bâtiments?|buildings?|amphithéâtres?|amphis?|auditoriums?|salles?|halls?|"
    r"campus|lycées?|collèges?|stades?|stadiums?|hôpitaux|hôpital|hospitals?|rues?|avenues?|boulevards?|quais?|"
    r"stations?|gares?|places?|parcs?|squares?|ponts?|métro|aéroports?|airports?|terminals?|"
    r"prix|prizes?|awards?|médailles?|medals?|chaires?|bourses?|fellowships?|scholarships?|lectures?"
)
# "formée à l'université Cheikh-Anta-Diop", "l'école Jules-Ferry": a French institution noun in small letters before
# a person's name names the institution after that person.
LOWER_INSTITUTION_BEFORE = re.compile(
    r"(?<![\w-])(?:université|école|institut|lycée|collège|fondation|hôpital|musée)[ \t\u00a0]+$"
)
NAMED_THING_BEFORE = re.compile(r"(?<![\w-])(?:" + THINGS + r")[ \t\u00a0]+$", re.I)
NAMED_THING_AFTER = re.compile(
    r"[ \t\u00a0]+(?:(?!(?:and|or|et|ou|with|avec|the|a|an|of|de|du|des)\b)[a-zé-]+[ \t\u00a0]+)?(?:" + THINGS + r")\b"
)


def _named_thing(body: str, start: int) -> bool:
    """A lower-case institution, building, street or prize noun right before ``start`` ("l'université X", "la rue
    X", "le prix X"): the name after it is that thing's."""
    return bool(
        LOWER_INSTITUTION_BEFORE.search(body, max(0, start - 12), start)
        or NAMED_THING_BEFORE.search(body, max(0, start - 40), start)
    )


def _compound_surnames(mentions: list[Mention], new: list[NewEntity]) -> list[NewEntity]:
    """A new person whose name ends the full name of a person named earlier is that person by a two-word
    surname ("Grâce Mukendi Ilunga ... Mukendi Ilunga said")."""
    full: dict[str, str] = {}
    for m in mentions:
        if m.kind == "person" and m.id:
            full.setdefault(norm(m.surface), m.id)
    same = {}
    for entity in new:
        if entity.kind != "person":
            continue
        key = norm(entity.name)
        owner = next((i for name, i in full.items() if i != entity.id and name.endswith(" " + key)), None)
        if owner:
            same[entity.id] = owner
    for m in mentions:
        if m.kind == "person" and m.id in same:
            m.id = same[m.id]
    return [e for e in new if e.id not in same]


# A capitalised word after these is a title's complement ("Minister of Finance", "ministre de la Culture"), not a
# given name.
COMPLEMENT_LINKS = {"of", "de", "du", "des", "la"}
# ", ancienne ingénieure chez X, et ": a person's apposition, then the next person of the list.
APPOSED = re.compile(r",[^.;:!?\n]{1,120},\s*(?:et|and)\s+")


def _name_end(body: str, toks: list[_Tok], taken, registry: Registry, a: int, j: int) -> int:
    """Where a person's name starting at toks[a] ends within the run toks[a:j]: at most five words besides its
    particles ("Ana Lucia de la Fuente Ortiz"), none a known name, an acronym or a grammar word ("Tiny Device Is
    Changing How"); a possessive or elision ends it."""
    b = a + 1
    particles = 0
    while (
        b < j
        and b - a - particles < 5
        and (not _blocked(toks[b], registry, person=True) or _given_month(body, toks, a, b))
        and (not toks[b].text.isupper() or _middle_initial(toks, b))
        and (
            toks[b].bare_key not in FUNCTION_WORDS
            or toks[b].text.lower() in PARTICLES
            or toks[b].bare.lower() != toks[b].bare_key  # "Bao-Tran Lê": an accent no grammar word has
            or _middle_initial(toks, b)  # "Kwame A. Mensah", "Jane D. Doe": an initial, not "a" or "d'"
        )
    ):
        particles += not toks[b].capitalised
        b += 1
        if toks[b - 1].text != toks[b - 1].bare and not _middle_initial(toks, b - 1):
            break
    while not toks[b - 1].capitalised:  # "X bin Y al" ends before its particle
        b -= 1
    return b


# A date goes on after a month: "May 3", "juin 2024", "May, 2024".
DATE_AFTER = re.compile(r"[ \t\u00a0,]*\d")


def _given_month(body: str, toks: list[_Tok], a: int, b: int) -> bool:
    """toks[b], a month's name, ends a name of two words before it: the given name of a family-name-first name with
    a middle name ("Nguyen Thi Mai", "Tran Van June"), not a date ("Jane Doe May 3")."""
    return (
        b - a == 2
        and norm(toks[b].bare) in _month_words()
        and toks[b].text == toks[b].bare
        and _adjacent(body, toks[b - 1], toks[b])
        and not DATE_AFTER.match(body, toks[b].end)
    )


def _product_first_name(first: _Tok, registry: Registry, introduced: bool) -> bool:
    """A first name that is also a product's or a month's ("Gemma", "Claude", "June"), in a name a role or a repeated
    surname introduces ("chief executive Gemma Doe"): the person's, unless a company or a known person has it."""
    return bool(introduced) and _is_first_name(first.bare) and first.bare_key not in registry.index


def _capital_french_month(first: _Tok) -> bool:
    """A French month's name with a capital ("Mai Linh Tran", "Avril Dufresne"): French writes its months in small
    letters, so the word is a given name (English months keep their capital)."""
    return first.bare_key in _french_months()


def _new_people(
    body, toks, taken, registry: Registry, lang: str, mentions: list[Mention], places: set[str]
) -> list[NewEntity]:
    new: dict[str, NewEntity] = {}
    family_names: set[str] = set()
    org_names: set[str] = set()  # names the text calls an organisation somewhere: no person anywhere
    others: list[tuple[int, int]] = []  # names not taken as people, to look at if a person of that name is found
    counts: dict[str, int] = {}
    lower = set()
    for tok in toks:
        if tok.capitalised:
            counts[tok.bare_key] = counts.get(tok.bare_key, 0) + 1
        elif tok.text[:1].islower():
            lower.add(tok.head_key)

    def add(a, b):
        name = " ".join(t.text if _middle_initial(toks, k) else t.bare for k, t in enumerate(toks[a:b], a))
        mention = Mention("person", slug(name), body[toks[a].start : toks[b - 1].end], toks[a].start, toks[b - 1].end)
        mentions.append(_take(toks, taken, a, b, mention))
        new.setdefault(
            mention.id,
            NewEntity("person", mention.id, name, description=_describe(body, mention, lang), surface=mention.surface),
        )
        family_names.add(toks[b - 1].bare_key)

    runs = _runs(body, toks, taken)
    alone = _standalone(body, toks)
    for i, j in runs:
        a = i
        while a < j - 1:
            first = toks[a]
            if first.bare_key in TITLES and (a + 2 < j or toks[a + 1].bare_key in family_names):
                a += 1  # "Dean Jane Doe", then "Dean Doe": a title, also a first name, before a name
                continue
            if _demonym_before(body, toks, a + 1):
                a += 1  # "Le Gantois Jane Doe, 37 ans": a nationality before the name
                continue
            b = _name_end(body, toks, taken, registry, a, j)
            # A role after the name makes it a person's, unless its first word is a common one ("chef de l'Etat X Y").
            after = (
                b - a >= 2
                and first.text == first.bare
                and first.bare_key not in lower
                and PERSON_AFTER.match(body, toks[b - 1].end)
            )
            introduced = (
                _introduced(body, toks, a)
                or after
                or _family_le(toks, a, b)
                or (
                    b - a in (2, 3)
                    and _named_again(body, toks, taken, a, b, alone, lower)
                    and _given_name(body, toks, a, lower, registry)
                )
                or (
                    b - a == 2
                    and _chinese_name(first.bare, toks[a + 1].bare)
                    and _given_name(body, toks, a, lower, registry)
                )
            )
            if (
                b - a < 2
                or not (_is_first_name(first.bare) or introduced)
                or _blocked(first, registry, person=True)
                and not _product_first_name(first, registry, introduced)
                and not _capital_french_month(first)
                or ARTICLE_ELIDED.match(first.text)
            ):  # "l'Italienne Jane Doe": a noun before the name
                if b - a >= 2:
                    others.append((a, b))
                a += 1
                continue
            if (
                (a == i or toks[a - 1].text.isupper())  # "la SATT X Y": an organisation's kind, as an acronym
                and ORG_BEFORE.search(body, max(0, first.start - 30), first.start)
            ) or (not after and _org_named(body, toks, a, b)):
                org_names.add(slug(" ".join(t.bare for t in toks[a:b])))
                a += 1
                continue
            name = norm(" ".join(t.bare for t in toks[a:b]))
            # In a Title Case line capitals say nothing: a name there is one the text repeats or introduces.
            headline = (
                not introduced
                and counts.get(toks[b - 1].bare_key, 0) < 2
                and _title_case(body, first.start)
                and len(_line(body, first.start).split()) >= 5
            )
            if (
                name
                and name not in places
                and name not in _cities()
                and not THE_BEFORE.search(body, max(0, first.start - 5), first.start)
                and not IN_OWNER.search(body, max(0, first.start - 60), first.start)
                and not INSTITUTION_BEFORE.search(body, max(0, first.start - 60), first.start)
                and not _named_thing(body, first.start)
                and not (a > i and _named_thing(body, toks[i].start))  # "l'université Cheikh Anta Diop": the run
                and not NAMED_THING_AFTER.match(body, toks[b - 1].end)
                and not headline
                and not _not_a_person(body, toks, i, a, b, introduced)
            ):
                if (
                    a == i + 1
                    and b - i <= 4
                    and not (i and toks[i - 1].text in COMPLEMENT_LINKS)  # "Secretary of Commerce Jane Doe"
                    and _given_name(body, toks, i, lower, registry)
                    and not _org_named(body, toks, i, b)
                    and not _not_a_person(body, toks, i, i, b, True)
                ):
                    a = i  # "Siew Yan Doe": a given name the first-name list lacks before one it has
                add(a, b)
                a = b
                continue
            a += 1
    # A list goes on as it started: "co-founders Scott Doe, Evan Roe and Tang Poe" names three people, and so does
    # "par Jane Doe, ancienne ingénieure chez X, et Tang Poe" across the first one's apposition.
    people_ends = sorted(m.end for m in mentions if m.kind == "person")
    for i, j in runs:
        k = i - 2 if i > 1 and toks[i - 1].text.lower() in ("and", "et", "or", "ou") else i - 1
        before = taken[k] if k >= 0 else None
        if not 2 <= j - i <= 3 or any(taken[m] for m in range(i, j)):
            continue
        if before is not None and before.kind == "person":
            listed = LIST_SEP.fullmatch(body, toks[k].end, toks[i].start)
        else:
            n = bisect.bisect_left(people_ends, toks[i].start)
            listed = n > 0 and APPOSED.fullmatch(body, people_ends[n - 1], toks[i].start)
        if (
            listed
            and _name_end(body, toks, taken, registry, i, j) == j
            and not _blocked(toks[i], registry)
            and not _org_named(body, toks, i, j)
            and not _not_a_person(body, toks, i, i, j, True)
        ):
            add(i, j)
    keys = {tuple(norm(w) for w in e.name.split()): e.id for e in new.values()}
    org_names.update(
        keys[key]
        for a, b in others
        if (key := tuple(t.bare_key for t in toks[a:b])) in keys and _org_named(body, toks, a, b)
    )
    dropped = org_names & set(new)
    if dropped:
        for entity_id in dropped:
            del new[entity_id]
        mentions[:] = [m for m in mentions if m.kind != "person" or m.id not in dropped]
        for k, m in enumerate(taken):
            if m is not None and m.kind == "person" and m.id in dropped:
                taken[k] = None
    _first_given_names(body, toks, taken, runs, lower, registry, new, mentions)
    # "X Y built ..." then "Claire-Marie, X and the team": X is a first name, X Y a person.
    given = _listed_first_names(body, toks, taken, {norm(e.name.split()[0]) for e in new.values()})
    for i, j in runs if given else ():
        if j - i == 2 and toks[i].bare_key in given and not any(taken[i:j]) and not _org_named(body, toks, i, j):
            add(i, j)
    # Later surnames of the new people ("Karpathy said"); in a longer name, any word after the first ("Jane Lee
    # Mei-ling", then "Lee said").
    surnames, own = {}, {}
    for e in new.values():
        words = [norm(w) for w in e.name.split()]
        own[e.id] = set(words)
        for w in words[1:-1] if len(words) > 2 else ():
            if w not in PARTICLES and surnames.setdefault(w, e.id) != e.id:
                surnames[w] = None
        surnames[words[-1]] = e.id
    for i, tok in enumerate(toks):
        if (
            taken[i] is None
            and tok.capitalised
            and surnames.get(norm(tok.bare))
            and not _firm_after(body, toks, i)  # "Eleanor Harwood" of "Harwood Partners": the firm keeps its name
            and not _ends_another_name(body, toks, taken, i, own[surnames[norm(tok.bare)]])
        ):
            mentions.append(
                _take(toks, taken, i, i + 1, Mention("person", surnames[norm(tok.bare)], tok.bare, tok.start, tok.end))
            )
    return list(new.values())


def _first_given_names(body, toks, taken, runs, lower, registry: Registry, new: dict, mentions: list[Mention]) -> None:
    """A new person first named with one more given name than the text repeats ("Tidjane Koné Ouattara ... M. Koné
    Ouattara"): the first given name, one the list lacks, belongs to the name the person is given."""
    names = {tuple(norm(w) for w in e.name.split()): e.id for e in new.values() if e.kind == "person"}
    for i, j in runs if names else ():
        k = next((k for k in range(i + 3, min(j, i + 4) + 1) if tuple(t.bare_key for t in toks[i + 1 : k]) in names), 0)
        if (
            not k
            or any(taken[i:k])
            or (i and toks[i - 1].text in COMPLEMENT_LINKS)  # "Head of Growth Jane Doe"
            or toks[i].bare_key in _calendar_words()
            or _named_thing(body, toks[i].start)
            or not _given_name(body, toks, i, lower, registry)
            or _org_named(body, toks, i, k)
            or _not_a_person(body, toks, i, i, k, True)
        ):
            continue
        entity = new.pop(names.pop(tuple(t.bare_key for t in toks[i + 1 : k])))
        old, entity.name = entity.id, f"{toks[i].bare} {entity.name}"
        entity.id = slug(entity.name)
        new[entity.id] = entity
        for mention in mentions:
            mention.id = entity.id if mention.id == old else mention.id
        entity.surface = body[toks[i].start : toks[k - 1].end]
        mentions.append(
            _take(toks, taken, i, k, Mention("person", entity.id, entity.surface, toks[i].start, toks[k - 1].end))
        )


def _firm_after(body: str, toks: list[_Tok], i: int) -> bool:
    """toks[i] starts a firm's name: a business or legal suffix follows it ("Harwood Partners", "Harwood LLP")."""
    return (
        i + 1 < len(toks)
        and toks[i + 1].bare_key in NAME_SUFFIXES | LEGAL_SUFFIXES | FIRM_SUFFIXES | ORG_TAILS
        and _adjacent(body, toks[i], toks[i + 1])
    )
