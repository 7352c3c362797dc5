"""Companies the registry does not know: a legal or business suffix ("X Inc.", "X Labs"), an organisation cue
("la start-up X", "chez X"), a list of organisations, or the business an article is about."""

from __future__ import annotations

import bisect

from ...registry import Registry, norm, slug
from .base import ELISION, POSSESSIVE, Mention, NewEntity, _adjacent, _line, _sentence_initial, _take
from .company_acts import _company_acts
from .company_context import MODIFIES, OUTLET_BEFORE, OWNED_ROLE, QUOTED, SITED, SITED_IN, UNIT_HEADS, VIA
from .cues import (
    ADVISER,
    AFTER_CUES,
    DASH_BEFORE,
    ORG_NOUN_BEFORE,
    RAISED,
    _continues,
    _org_context,
    _org_noun,
    _owner,
)
from .descriptions import _describe
from .gazetteer import (
    _calendar_words,
    _cities,
    _common,
    _countries,
    _descriptive,
    _languages,
    _regions,
    after_a_city,
)
from .headline_names import _headline_names
from .institutions import (
    INSTITUTION_HEADS,
    INSTITUTION_TAILS,
    _ampersand_firms,
    _french_bodies,
    _held,
    _lower_heads,
    _partners_named,
    _school_acts,
    _spelled_out,
)
from .known import _blocked
from .lists import COORD, COORD_GAP, _lists
from .makers import _maker
from .moves import _column_labels, _moved_among
from .name_checks import EVENT_YEAR, _acronyms, _adjectival, _letter_name, _made_by, _owned, _shaped_name, _unit_named
from .openings import ORG_ACTS, SAID_IT_RAISED, _called_the_company
from .relations import _related
from .repeats import _acronym_names, _heads, _initials, _legal_names, _shorten, _subjects
from .runs import _elided_place, _runs
from .terms import _organ, _organ_of
from .trades import _function, _trade_after
from .words import (
    ARM_SUFFIXES,
    FIELD_SUFFIXES,
    FIRM_SUFFIXES,
    GENERIC,
    INSTITUTION_LINKS,
    INSTITUTIONS,
    NAME_HEADS,
    NAME_SUFFIXES,
    PLACE_TAILS,
    PRIZE_HEADS,
    ROLE_WORDS,
    TITLES,
    legal_form,
)

BUSINESS_SUFFIXES = NAME_SUFFIXES - FIELD_SUFFIXES
UNIT_SUFFIXES = FIELD_SUFFIXES | {"lab", "laboratory"}
# A legal form written out after a name of two words or more is part of a public body's or a group's name.
SPELLED_OUT = {"corporation"}
DIVISION_WORDS = ARM_SUFFIXES | {"research", "robotics", "labs", "technology", "technologies"}
LAB_WORDS = {"research", "lab", "labs"}  # a research lab's name, which a country after it extends
TOPIC_SUFFIXES = {"ai", "intelligence", "research", "technology", "healthcare"}  # fields as often as firms


def _new_companies(
    body, toks, taken, registry: Registry, lang: str, mentions: list[Mention], places: set[str], headline_end: int = 0
) -> list[NewEntity]:
    new: dict[str, NewEntity] = {}
    _partners_named(body, toks, taken, mentions)
    capitalised = _runs(body, toks, taken)
    outlets = 0
    for i, j in capitalised:  # "a letter reviewed by X", "Welcome back to X": a newsroom or a show
        if OUTLET_BEFORE.search(body, max(0, toks[i].start - 30), toks[i].start):
            outlets += 1
            _take(
                toks,
                taken,
                i,
                j,
                Mention("outlet", None, body[toks[i].start : toks[j - 1].end], toks[i].start, toks[j - 1].end),
            )
    acronyms = _acronyms(body, toks, taken)
    runs = [
        (i, j)
        for i, j in (_runs(body, toks, taken) if outlets else capitalised)  # the same runs if no outlet was taken
        if i not in acronyms
        and not _continues(body, toks, taken, i)
        and not all(_blocked(t, registry) or norm(t.bare) in GENERIC for t in toks[i:j])
    ]
    lower = {t.head_key for t in toks if t.text[:1].islower() and not t.capitalised}  # "d’Orvik" is a name

    def add(i, j, cue=False, arm=False):
        """A new company toks[i:j] (or the known one it lengthens, unless it is that one's ``arm``); a common word
        needs an organisation ``cue``."""
        start = _organ_of(toks, i, j)
        if start != i:  # "président du Directoire de Groupe X": the company is the organ's
            add(start, j, cue, arm)
            return
        # "Côte d’Ivoire" keeps its elision
        words = [toks[i].bare]
        for k in range(i + 1, j):
            gap = body[toks[k - 1].end : toks[k].start]
            words += ["&"] * (gap == " & ")
            words[-1] += "," * (gap == ", ")  # "Ministry of Economy, Trade and Industry" keeps its comma
            words.append(toks[k].text.rstrip(".") if ELISION.match(toks[k].text) else toks[k].bare)
        words[0] = words[0][:1].upper() + words[0][1:]  # "l'université X" names the "Université X"
        aliases = []
        if len(words) > 2 and words[-2] == "&" and norm(words[-1]) == "co":  # "Halvorsen & Co." is the name
            words[-1] = "Co."
        elif len(words) > 1 and legal_form(words[-1]):  # "Safe Superintelligence Inc." is an alias
            aliases.append(body[toks[i].start : toks[j - 1].start] + POSSESSIVE.sub("", toks[j - 1].text))
            bare = words
            while len(bare) > 1 and legal_form(bare[-1]):  # "X Pvt Ltd", "X Pte. Ltd."
                bare = bare[:-1]
            if norm(words[-1]) not in SPELLED_OUT or len(bare) < 2:  # "Industrial Development Corporation" keeps it
                words = bare
        name = " ".join(words)
        key = norm(name)
        if (
            not name
            or key in _calendar_words()
            or _descriptive(key)
            or key in places
            or key in _cities()
            or key in _languages()
            or len(name) < 2
            and not (cue and _letter_name(body, toks[i]))
            or after_a_city(body, toks[i].start, toks[j - 1].end)
        ):
            return
        if _organ(words):  # "le Conseil de surveillance", "the Company": no company's name, nor part of one
            surface = body[toks[i].start : toks[j - 1].end]
            _take(toks, taken, i, j, Mention("organ", None, surface, toks[i].start, toks[j - 1].end))
            return
        if toks[i].bare_key in PRIZE_HEADS:
            return  # "les Trophées X & Y"
        if EVENT_YEAR.match(body, toks[j - 1].end) or toks[j - 1].bare_key in PLACE_TAILS:
            return  # "at WWDC 2024", "at X Hotel"
        core = [t.bare_key for t in toks[i:j] if t.bare_key not in NAME_SUFFIXES and not legal_form(t.bare_key)]
        keys = (norm(name),) if arm else (" ".join(core), norm(name))
        known = next((registry.index[k] for k in keys if k in registry.index), None)
        if known and known[0] != "company":
            return
        # "Scottish Enterprise", "Swiss Capital" are names; "French AI", "Japanese Research" a nationality's field.
        national = len(core) == 1 and _descriptive(core[0]) and len(words) > 1 and norm(words[-1]) in BUSINESS_SUFFIXES
        # "Industrial Technology Research Institute": two name words after an ordinary one still make a name
        named = j - i - len(core) >= 2 and core
        if not known and len(core) <= 1 and (not core or _common(core[0], lower, cue)) and not national and not named:
            return
        entity_id = known[1] if known else slug(name)  # "Adept AI" where the registry knows Adept
        if not entity_id:
            return
        mention = Mention("company", entity_id, body[toks[i].start : toks[j - 1].end], toks[i].start, toks[j - 1].end)
        if known:
            mentions.append(_take(toks, taken, i, j, mention))
            return
        mentions.append(_take(toks, taken, i, j, mention))
        entity = new.setdefault(
            entity_id,
            NewEntity("company", entity_id, name, description=_describe(body, mention, lang), surface=mention.surface),
        )
        entity.aliases = list(dict.fromkeys(entity.aliases + [a for a in aliases if norm(a) != norm(name)]))

    # A known company and a world region, or "Ventures", "Capital", "Research", "Technology": its regional or investment
    # arm or its division ("Partech Africa", "Acme Ventures", "Acme Robotics"); with a country it stays the company
    # ("Lightspeed India").
    for i in range(1, len(toks)):
        before = taken[i - 1]
        if (
            before is None
            or before.kind != "company"
            or taken[i] is not None
            or toks[i - 1].end != before.end
            or not toks[i].capitalised
            or not _adjacent(body, toks[i - 1], toks[i])
        ):
            continue
        j = i + 1
        while (
            j < len(toks)
            and j - i < 3
            and taken[j] is None
            and (_adjacent(body, toks[j - 1], toks[j]) or _elided_place(body, toks, i, j))
        ):
            j += 1
        k = next((k for k in range(j, i, -1) if norm(body[toks[i].start : toks[k - 1].end]) in _regions()), 0)
        k = k or (i + 1 if toks[i].bare_key in DIVISION_WORDS and toks[i].text == toks[i].bare else 0)
        if not k and norm(before.surface).split()[-1] in LAB_WORDS:  # "X Research India": a lab of its own
            k = next((k for k in range(j, i, -1) if norm(body[toks[i].start : toks[k - 1].end]) in _countries()), 0)
        if k:
            a = bisect.bisect_left(toks, before.start, max(0, i - 6), i, key=lambda t: t.start)
            mentions.remove(before)
            for n in range(a, i):
                taken[n] = None
            add(a, k, True, arm=True)
    # "Procter & Gamble", "Dupont & Associés": names joined by an ampersand are one firm's.
    for (i, j), (k, m) in zip(runs, runs[1:], strict=False):
        if (
            body[toks[j - 1].end : toks[k].start] == " & "
            and taken[i] is None
            and taken[k] is None
            and toks[j - 1].text == toks[j - 1].bare
        ):
            if not _unit_named(body, toks, i, m):
                add(i, m, True)
                continue
            unit = Mention("organ", None, body[toks[i].start : toks[m - 1].end], toks[i].start, toks[m - 1].end)
            _take(toks, taken, i, m, unit)  # "le laboratoire Vision & Santé": a unit, and neither of its words
    for i, j in _ampersand_firms(body, toks, taken, runs):
        add(i, j, True)
    # "Office national des forêts (ONF)", "l'Observatoire des métiers de la data,": names with lower-case words.
    for i, j in (
        _spelled_out(body, toks, taken) + _french_bodies(body, toks, taken) + _lower_heads(body, toks, taken, runs)
    ):
        if not any(map(_held, taken[i:j])):
            add(i, j, True)
    # Capitalised words seen inside a sentence somewhere: computed once (per-run scans are quadratic on long pastes).
    mid_sentence = {t.bare for t in toks if t.capitalised and not _sentence_initial(body, t)}
    for i, j in runs:
        if taken[i] is not None:
            continue
        j = next((k for k in range(i + 1, j) if taken[k] is not None), j)  # a longer name took its end
        while j - i > 1 and not toks[j - 1].capitalised and not toks[j - 1].bare.isdigit():  # "Alps du [Centre ..."
            j -= 1
        role_tail = False
        while j - i > 1 and norm(toks[j - 1].bare) in ROLE_WORDS:  # "Google DeepMind CEO Demis Hassabis"
            j, role_tail = j - 1, True
        noun = bool(
            j - i > 1
            and toks[i].bare_key not in NAME_HEADS | INSTITUTION_HEADS
            and _org_noun(toks[i].bare)
            and (_sentence_initial(body, toks[i]) or DASH_BEFORE.search(body, max(0, toks[i].start - 3), toks[i].start))
        )
        i += noun  # "Insurer X Y has appointed": the capital of a sentence's first word, not part of the name
        if (
            j - i > 1
            and toks[i].bare_key in _cities()
            and SITED_IN.search(body, max(0, toks[i].start - 4), toks[i].start)
            and any(t.bare_key not in NAME_SUFFIXES for t in toks[i + 1 : j])
        ):
            i += 1  # "elle a lancé à Paris Sève, une start-up": the city, then the name
        last = norm(toks[j - 1].bare)
        core = [t for t in toks[i:j] if t.bare_key not in NAME_SUFFIXES and not legal_form(t.bare_key)]
        end = toks[j - 1].end
        apposition = body.startswith(",", end) and bool(
            AFTER_CUES.match(body[end : end + 60]) or SITED.match(body, end) or _trade_after(body, toks[i], end)
        )
        institution = j - i >= 2 and (
            last in INSTITUTION_TAILS
            or toks[i].bare_key in INSTITUTION_HEADS
            or any(toks[k].bare_key in INSTITUTIONS and toks[k + 1].text in INSTITUTION_LINKS for k in range(i, j - 1))
        )  # "Larkfield University", "Université Savoie Rhodanie", "Center for Research on X"
        suffix = institution or (
            j - i >= 2
            and (legal_form(last) or last in FIRM_SUFFIXES or last in NAME_SUFFIXES or toks[i].bare_key in NAME_HEADS)
        )
        business = suffix and last not in FIELD_SUFFIXES
        if (
            len(core) == 1
            and _sentence_initial(body, core[0])
            and core[0].bare not in mid_sentence
            and not apposition
            and not business
            and not RAISED.match(body[end : end + 60])
            and not SAID_IT_RAISED.match(body[end : end + 80])
            and not ADVISER.match(body[end : end + 60])
            and not ORG_ACTS.match(body, end)  # "Tern4 has signed its first customer"
            and not _company_acts(body, toks[i].bare_start, end)  # "Lantern has released Orca-2"
            and not (toks[j - 1].text != toks[j - 1].bare and OWNED_ROLE.match(body, end))  # "X's chief executive"
            and not (_shaped_name(body, core[0]) and _called_the_company(body, toks[i].start, end))
            and not _related(core, "", body[end : end + 80])  # "Cargill is running a pilot with us"
            and not ORG_NOUN_BEFORE.search(body, max(0, toks[i].start - 60), toks[i].start)  # "une entreprise : X"
            and not toks[i].text.lower().startswith("ex-")  # "Ex-Acme CEO X joined"
            and not _moved_among(body, toks, i, j)  # "Acme. Jane Doe rejoint …": an item of a list of moves
        ):
            continue  # "However", "Another co-founder", "Top AI companies": a capital that only starts a sentence
        # "led by Lagos's X Capital": a cue before a possessive is about the name it owns
        owned = _owner(body, toks, j) and toks[j].bare_key not in TITLES
        maker = _maker(body, toks, i, j)
        cue = (noun or _org_context(body, toks, i, j) or _school_acts(body, toks, i, j) or maker) and not owned
        cue = cue or not owned and _called_the_company(body, toks[i].start, end)  # "X cut jobs. The company ..."
        if (suffix or role_tail) and not cue and _line(body, toks[i].start).strip("# \t") == body[toks[i].start : end]:
            continue  # "Nouvelles Technologies" alone on its line: a section name
        if (
            (suffix or cue)
            and not (apposition or maker)
            and MODIFIES.match(body, end)
            and last not in INSTITUTION_TAILS
        ):
            continue  # "the Montreal AI institute": it describes a noun ("X University researchers" are its own)
        if (
            suffix
            and not cue
            and (
                _made_by(body, toks, taken, j)
                or VIA.search(body, max(0, toks[i].start - 5), toks[i].start)
                or (last in UNIT_SUFFIXES and not institution and _owned(body, toks, taken, i))
            )
        ):
            continue  # "Vertex AI from Google Cloud", "Acme Cloud's Orbis AI", "via X AI"
        if suffix and not cue and not apposition and last in TOPIC_SUFFIXES and all(map(_adjectival, core)):
            continue  # "Generative AI", "Responsible AI", "Applied Research": a field or a team, named without a cue
        if suffix and not cue and last in TOPIC_SUFFIXES and QUOTED.match(body[toks[i].start - 2 : toks[i].start]):
            continue  # a start-up focused on "Advanced Machine Intelligence": a term the text introduces
        if _function(body, toks[i].start, end, core, lower):
            continue  # "our Head of Inference", "Head of Open Source at X": a function, not an organisation
        if toks[i].bare_key in UNIT_HEADS and j - i > 2 and toks[i + 1].bare_key in INSTITUTION_LINKS:
            continue  # "dean of the School of Computing", "la Faculté des sciences": a university's unit
        if suffix or role_tail or cue:
            add(i, j, cue)
    # Coordination: "Andreessen Horowitz et LightSpeed Ventures", "OpenAI, Google ou Meta".
    # Known mentions by start and by end, sorted, so only neighbours are looked at (long pastes stay linear).
    by_start = sorted((m.start, m.end) for m in mentions if m.kind == "company")
    by_end = sorted((e, s) for s, e in by_start)
    for i, j in runs:
        if taken[i] is not None or MODIFIES.match(body, toks[j - 1].end) or _made_by(body, toks, taken, j):
            continue
        if _owner(body, toks, j):
            continue  # "X and Singapore's Y Fund": the coordinated name is Y's
        start, end = toks[i].start, toks[j - 1].end
        after = by_start[
            bisect.bisect_right(by_start, (end, float("inf"))) : bisect.bisect_right(
                by_start, (end + COORD_GAP, float("inf"))
            )
        ]
        before = by_end[bisect.bisect_left(by_end, (start - COORD_GAP, -1)) : bisect.bisect_left(by_end, (start, -1))]
        if any(COORD.match(body[end:s]) for s, _ in after) or any(COORD.match(body[e:start]) for e, _ in before):
            add(i, j)
            bisect.insort(by_start, (start, end))
            bisect.insort(by_end, (end, start))
    # A list of three or more names without a person among them: "accompagnés de Salesforce, BNP Paribas ou CMA CGM".
    for chain in _lists(body, toks, runs, taken, mentions):
        for i, j in chain:
            if taken[i] is None:
                add(i, j)
    for i in acronyms:  # "Mitsubishi UFJ Financial Group (MUFG)": another name of the company before it
        before = taken[i - 1]
        if taken[i] is None and before is not None and before.kind == "company":
            mention = Mention("company", before.id, toks[i].bare, toks[i].start, toks[i].end)
            mentions.append(_take(toks, taken, i, i + 1, mention))
            if before.id in new and toks[i].bare not in new[before.id].aliases:
                new[before.id].aliases.append(toks[i].bare)
    # Later bare mentions of the new companies, and the first word of a longer company name of the text standing for
    # it ("Vireo Labs ... Vireo's board", "Northwind Health ... at Northwind").
    for i, j in _subjects(body, toks, taken, runs, lower, mid_sentence, registry) + _column_labels(
        body, toks, taken, lower
    ):
        add(i, j, True)
    for i, j in _headline_names(body, toks, taken, runs, headline_end, lower, registry):
        if taken[i] is None:
            add(i, j, True)
    _shorten(body, toks, taken, registry, mentions, new)
    _acronym_names(body, mentions, new)
    _legal_names(mentions, new)
    _initials(toks, taken, registry, new, mentions)
    names = {norm(e.name): e.id for e in new.values()} | {norm(a): e.id for e in new.values() for a in e.aliases}
    heads = _heads(toks, mentions, registry, new, lower)
    # A one-word company the text named by a cue ("chez Névé") is the longer one of the text it starts, even when that
    # word is also a first name or a common word.
    merge = {**_heads(toks, mentions, registry, new, lower, loose=True), **heads}
    for entity_id, entity in list(new.items()):
        if norm(entity.name) in merge and merge[norm(entity.name)] != entity_id:
            heads.setdefault(norm(entity.name), merge[norm(entity.name)])
            del new[entity_id]
            for m in mentions:
                if m.id == entity_id:
                    m.id = heads[norm(entity.name)]
    names.update(heads)
    for i, tok in enumerate(toks):
        if (
            taken[i] is None
            and tok.capitalised
            and tok.bare_key in names
            and (tok.bare_key not in heads or tok.bare in mid_sentence or not _sentence_initial(body, tok))
            and not (i + 1 < len(toks) and toks[i + 1].capitalised and _adjacent(body, tok, toks[i + 1]))
        ):
            mention = Mention("company", names[tok.bare_key], tok.bare, tok.start, tok.end)
            mentions.append(_take(toks, taken, i, i + 1, mention))
    return list(new.values())
