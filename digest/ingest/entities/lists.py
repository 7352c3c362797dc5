"""Lists and coordination: "OpenAI, Google ou Meta", "des géants comme X, Y et Z" name organisations together."""

from __future__ import annotations

import re

from ...registry import Registry, norm
from .base import _name_case, _title_case, _Tok
from .words import _words

# Plural nouns of organisations, in both languages.
ORG_PLURALS = (
    r"géants?|entreprises|sociétés|groupes|fonds|investisseurs|actionnaires|concurrents|rivaux|acteurs|start-?ups|"
    r"companies|firms|giants|investors|backers|shareholders|rivals|competitors|players|startups|\w*makers|clients|"
    r"customers|partners|partenaires|industriels|banks|banques|insurers|assureurs|retailers|distributeurs|utilities|"
    r"énergéticiens|telcos|carriers|lenders|organisations|organizations|"
    r"manufacturers|fabricants|operators|opérateurs|brands|marques|laboratoires|labs|groups"
)
LIST_CUE = re.compile(
    r"\b(?:" + ORG_PLURALS + r")\b"
    r"[^.;:!?]{0,40}?\b(?:comme|tel(?:le)?s? que|notamment|dont|parmi lesquel(?:le)?s|à l['’]image d(?:e|u|es)|"
    r"such as|including|like|"
    r"includes?|included|incluent|comptent|comprennent)\s",
    re.I,
)
# "X et Y", "after X in 2021 and Y in 2025", "du fonds X et de Y": names coordinated, each with its year or its
# preposition repeated
COORD = re.compile(
    r"^(?:[ \t\u00a0]+(?:in|en)[ \t\u00a0]+(?:19|20)\d\d,?)?[ \t\u00a0]+(?:et|and|ou|or|&)[ \t\u00a0]+"
    r"(?:(?:de|du|des|of|from|with|avec|par|by|à|au|aux|chez)[ \t\u00a0]+)?$",
    re.I,
)
COORD_GAP = 30  # the longest gap COORD can match in practice


# The last item's link: "et", "or", "ou encore", "as well as".
LIST_END = re.compile(r",?\s+(?:(?:et|and|ou|or)(?:\s+(?:encore|enfin|aussi|also|finally))?|as well as)\s+", re.I)
LIST_SEP = re.compile(r",\s*|" + LIST_END.pattern, re.I)
# After a list, what its items all are: "X, Y ou encore Z, autant de jeunes pousses", "X, Y and Z, all start-ups".
LIST_TAIL = re.compile(
    r",?\s+(?:autant d['’]|autant de|tou(?:te)?s (?:des|deux|trois)|all|both|each)\s*(?:[\w-]+\s+){0,2}?"
    r"(?:" + ORG_PLURALS + r"|pousses|pépites|licornes|unicorns)\b",
    re.I,
)
# Inside an item: a name's other name in brackets ("X (Y)"), or its part after a dash ("X – Y").
ASIDE_OPEN = re.compile(r"\s*\(\s*")
ASIDE_CLOSE = re.compile(r"\s*\)")
ITEM_DASH = re.compile(r"\s+[–—]\s+")
PLACE_BEFORE = re.compile(r"\b(?:in|à|en|dans|au|aux|near|between|entre|from|depuis|vers|to)\s+$", re.I)


def _lists(body, toks, runs, taken, mentions) -> list[list[tuple[int, int]]]:
    """Free capitalised runs in a list "A, B et C" of three or more items, none of them a person and one a company
    or all of them organisations by what follows ("…, autant de start-up") (capitals alone also list languages or
    places: "Dioula, Baoulé and Nouchi"), not after a place preposition ("offices in London, Paris and Berlin")."""
    items = _items(
        body,
        sorted(
            [(toks[i].start, toks[j - 1].end, "free", (i, j)) for i, j in runs if taken[i] is None]
            + [(m.start, m.end, m.kind, None) for m in mentions]
        ),
    )
    chains, chain = [], [items[0]] if items else []
    for item in items[1:]:
        gap = body[chain[-1][1] : item[0]]
        if LIST_SEP.fullmatch(gap) and not LIST_END.fullmatch(
            body[chain[-2][1] : chain[-1][0]] if len(chain) > 1 else ""
        ):
            chain.append(item)
            continue
        chains.append(chain)
        chain = [item]
    chains.append(chain)
    found = []
    for chain in chains:
        if len(chain) < 3 or not LIST_END.fullmatch(body[chain[-2][1] : chain[-1][0]]):
            continue
        kinds = {kind for _, _, item_kinds, _ in chain for kind in item_kinds}
        if (
            kinds <= {"free", "company"}
            and ("company" in kinds or LIST_TAIL.match(body, chain[-1][1]))
            and not PLACE_BEFORE.search(body, max(0, chain[0][0] - 12), chain[0][0])
            and not _title_case(body, chain[0][0])
        ):  # capitals in a headline say nothing
            found.append([run for *_, item_runs in chain for run in item_runs])
    return found


def _items(body: str, names: list) -> list:
    """The names of a text as list items (start, end, kinds, free runs): a name with its other name in brackets or
    its part after a dash ("NeuroQX (Intellivo)", "Tavelo Consortium – Brunmark") is one item."""
    items: list = []
    for start, end, kind, run in names:
        runs = [run] if run else []
        if items:
            last_start, last_end, kinds, last_runs = items[-1]
            gap = body[last_end:start]
            close = ASIDE_CLOSE.match(body, end) if ASIDE_OPEN.fullmatch(gap) else None
            if close or ITEM_DASH.fullmatch(gap):
                items[-1] = (last_start, close.end() if close else end, kinds | {kind}, last_runs + runs)
                continue
        items.append((start, end, {kind}, runs))
    return items


ITEM_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|et|or|ou|&)\s", re.I)  # after a list's item: the list goes on
LIST_WORDS = _words("and et or ou & le la les l the de du des d of")


def _listed(body: str, start: int) -> bool:
    """In a list introduced as organisations: "des géants comme OpenAI, Google ou Meta", "investors such as X";
    only names and their commas and conjunctions stand between the cue and it ("clients include X and the
    Lyon city hall" lists X, not Lyon)."""
    lo = max(0, start - 1000)  # a sentence is shorter than this; looking back to 0 is quadratic on long pastes
    sentence_start = max([body.rfind(c, lo, start) for c in ".!?\n"] + [lo - 1]) + 1
    cue = None
    for match in LIST_CUE.finditer(body, sentence_start, start):  # the last cue before the name
        cue = match
    if cue is None:
        return False
    words = body[cue.end() : start].replace(",", " ").split()
    return all(
        not w or _name_case(w) or w[:1].isdigit() or norm(w) in LIST_WORDS
        for w in (w.strip("()[]«»\"“”'’") for w in words)
    )


def _listed_first_names(body: str, toks, taken, firsts: set[str]) -> set[str]:
    """Capitalised words written alone in a list beside the first name of a person found ("we back Claire-Marie,
    Idrissa and the team"): first names too, even those no first-name list knows."""
    found = set()
    for a in [k for k, tok in enumerate(toks) if tok.bare_key in firsts]:
        for b in (a - 1, a + 1):  # the other word before or after the known first name
            if (
                0 <= b < len(toks)
                and toks[b].capitalised
                and taken[b] is None
                and toks[b].text == toks[b].bare
                and toks[b].bare_key not in firsts
                and LIST_SEP.fullmatch(body, toks[min(a, b)].end, toks[max(a, b)].start)
                and _alone(body, toks, a)
                and _alone(body, toks, b)
            ):
                found.add(toks[b].bare_key)
    return found


def _alone(body: str, toks, k: int) -> bool:
    """toks[k] is a one-word name: no capitalised word right before or after it."""
    return not any(
        0 <= n < len(toks)
        and toks[n].capitalised
        and body[min(toks[n].end, toks[k].end) : max(toks[n].start, toks[k].start)] == " "
        for n in (k - 1, k + 1)
    )


LIST_COMMA = re.compile(r",[ \t\u00a0]+$")  # "Meta, Mistral AI and X": the first name of a list


def _with_company(body: str, toks: list[_Tok], j: int, registry: Registry) -> bool:
    """Coordinated with a company name that follows: "Apple et Amazon recrutent", "Scale and OpenAI", "Meta, X and Y"
    (an ambiguous name only when a capital alone would do: "Amazon", not "Orange")."""
    for k in range(j, min(j + 2, len(toks))):  # "X & Y" has no token between, "X et Y" has one
        key = toks[k].bare_key
        written, tier = registry.ambiguous.get(key, ({toks[k].bare}, "capital"))
        if (
            toks[k].capitalised
            and (COORD.match(gap := body[toks[j - 1].end : toks[k].start]) or LIST_COMMA.match(gap))
            and registry.index.get(key, ("",))[0] == "company"
            and tier == "capital"
            and toks[k].bare in written
        ):
            return True
    return False
