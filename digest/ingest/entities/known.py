"""Names the registry or the knowledge base knows: aliases, close spellings, surnames of people found, epithets."""

from __future__ import annotations

import re

from ...registry import Registry, norm
from .base import Mention, NewEntity, _adjacent, _sentence_initial, _take, _Tok
from .cues import INSTITUTION_BEFORE, ROLE_PREP
from .divisions import _longer_name
from .gazetteer import _calendar_words, _is_first_name
from .meanings import _meant
from .person_cues import ROLE_CUE
from .platforms import _channel, _licence
from .runs import PLACE_CUE, _runs
from .words import FUNCTION_WORDS, HONORIFICS, INSTITUTIONS, TITLES

# A school's or an institute's name followed by "de", "of", "for" and a capital: another that starts like it.
SCHOOL_GOES_ON = re.compile(r"(?:[ \t\u00a0]+(?:de|du|of|for|pour)[ \t\u00a0]+|[ \t\u00a0]+d['’])[A-ZÀ-Ý]")

# "Nokia Bell Labs à Paris-Saclay", "Acme Labs in Berkeley": right after a name, "à" or "in" and a school's name
# without its article say where that organisation works; the school's name is the place's.
SITE_AFTER_NAME = re.compile(r"[A-ZÀ-Ý][\w&.-]*[ \t\u00a0]+(?:à|in)[ \t\u00a0]+$")


def _epithets(mentions: list[Mention]) -> None:
    """A company named only by a lower-case epithet ("the software giant", "le géant des réseaux sociaux") is not
    taken as mentioned: several companies fit such a phrase; next to the company's name it stays its mention."""
    named = {m.id for m in mentions if m.kind == "company" and not m.surface.islower()}
    for m in mentions:
        if m.kind == "company" and m.id not in named and m.surface.islower() and " " in m.surface.strip():
            m.kind, m.id = "epithet", None


def _known(mentions: list[Mention], registry: Registry) -> list[NewEntity]:
    """Knowledge-base entities the text mentions that have no registry file yet, in order of first mention."""
    new: dict[tuple[str, str], NewEntity] = {}
    for m in mentions:
        record = registry.known.get(m.kind, {}).get(m.id)
        if record and (m.kind, m.id) not in new:
            new[m.kind, m.id] = NewEntity(
                m.kind,
                m.id,
                record.name,
                list(record.aliases),
                dict(record.description),
                m.surface,
                dict(record.links),
                known=True,
            )
    return list(new.values())


def _keys(toks: list[_Tok], i: int, j: int) -> list[str]:
    """Lookup keys for tokens i..j: as written, and without the elided article / possessive / handle sign."""
    if i == j - 1:
        return [toks[i].key, toks[i].bare_key]
    middle = [t.key for t in toks[i + 1 : j - 1]]
    return [
        " ".join([toks[i].key, *middle, toks[j - 1].key]),
        " ".join([toks[i].head_key, *middle, toks[j - 1].bare_key]),
    ]


def _aliases(body, toks, taken, registry: Registry) -> list[Mention]:
    """Longest registry, outlet or product surface form at each position, left to right."""
    mentions = []
    i = 0
    starts, prefixes = registry.first_words(), registry.prefixes()
    # the words a name may start at ("l’OAI", "ex-Google", "@OpenAI": after the article or sign); most start none
    for k in [
        k
        for k, tok in enumerate(toks)
        if tok.first_key in starts or tok.head_first_key in starts or tok.text.startswith("@")
    ]:
        if k < i:
            continue  # inside the name found before
        i = k
        span = max(starts.get(toks[i].first_key, 0), starts.get(toks[i].head_first_key, 0))
        for n in range(_reach(toks, i, min(span + 1, len(toks) - i), prefixes), 0, -1):
            key, hit = next(
                ((key, hit) for key in _keys(toks, i, i + n) if (hit := _lookup(key, registry))), (None, None)
            )
            if hit and any(body[toks[k].end : toks[k + 1].start].strip(" \t\u00a0") for k in range(i, i + n - 1)):
                continue  # "Microsoft (Copilot": the words of a name are written next to each other
            if (
                hit
                and hit[1] in registry.schools
                and (n > 1 and not any(t.capitalised for t in toks[i + 1 : i + n]) or n == 1 and toks[i].bare.isupper())
                and SCHOOL_GOES_ON.match(body, toks[i + n - 1].end)
            ):
                continue  # "École normale supérieure de Rennes", "ENS de Lyon": words or an acronym other schools share
            if hit and hit[0] == "company" and _institute_goes_on(body, toks, i, i + n):
                continue  # "Max Planck Institute for Intelligent Systems": one of the institutes, a name of its own
            if hit and hit[0] == "company" and n > 1 and _known_then_small_words(toks, i, i + n, key, registry):
                continue  # "a former Google research engineer": the small word says what Google's work is
            if hit and hit[0] == "company" and i and _longer_name(body, toks, taken, i):
                continue  # "led by Ardent Klarna": an unknown name word before a known one makes another name
            if hit and hit[0] == "product" and n == 1 and _role_then_name(body, toks, i):
                continue  # "chief executive Gemma Doe": a person whose first name a product also has
            if hit is None and n == 1:
                hit = registry.lookup(toks[i].text) if toks[i].text.startswith("@") else None
            ambiguous = registry.ambiguous.get(key)
            if hit and key in registry.channels and _channel(body, toks[i], toks[i + n - 1]):
                hit = ("outlet", None)  # "wrote in a post on Twitter": where it was said, like an outlet
            elif hit and hit[0] == "company" and PLACE_CUE.search(body, max(0, toks[i].start - 30), toks[i].start):
                hit = ("place", None)  # "based in Berkeley": the city, not the university
            elif (
                hit
                and hit[1] in registry.schools
                and SITE_AFTER_NAME.search(body, max(0, toks[i].start - 40), toks[i].start)
            ):
                hit = ("place", None)
            elif hit and hit[0] == "company" and _licence(body, toks[i], toks[i + n - 1]):
                hit = ("licence", None)  # "sous licence MIT", "the Apache license": a licence
            elif (
                hit
                and hit[0] == "company"
                and n == 1
                and i
                and _adjacent(body, toks[i - 1], toks[i])
                and INSTITUTION_BEFORE.search(body, max(0, toks[i].start - 60), toks[i].start)
            ):
                continue  # "Université Mohammed VI Polytechnique": the end of a longer name, left to it
            if (
                hit
                and _case_ok(toks[i], key, registry)
                and (not ambiguous or _meant(body, toks, i, i + n, *ambiguous, registry))
            ):
                maker = _maker(toks, i, n, registry) if hit[0] == "product" else 0
                if maker:  # "GitHub Copilot", "OpenAI o1": the maker is named, then its product
                    mentions.append(
                        _known_mention(body, toks, taken, i, i + maker, registry.index[_keys(toks, i, i + maker)[1]])
                    )
                mentions.append(_known_mention(body, toks, taken, i + maker, i + n, hit))
                i += n
                break
    return mentions


def _known_then_small_words(toks: list[_Tok], i: int, j: int, key: str | None, registry: Registry) -> bool:
    """toks[i:j] spells a name the registry writes with capitals throughout ("Google Research"), but the text writes
    a word of it in small letters after words naming a company by themselves: that word describes the company's
    work, it is no part of a name."""
    if key in registry.inner_lowercase:
        return False
    small = next((k for k in range(i + 1, j) if toks[k].bare[:1].islower()), None)
    return small is not None and any(
        registry.index.get(shorter, ("",))[0] == "company" for shorter in _keys(toks, i, small)
    )


def _role_then_name(body: str, toks: list[_Tok], i: int) -> bool:
    """toks[i] is a first name between a role and a capitalised word the text repeats alone, as a surname ("chief
    executive Gemma Doe ... Doe said")."""
    return (
        i + 1 < len(toks)
        and toks[i + 1].bare.isalpha()
        and toks[i + 1].bare[1:].islower()
        and _adjacent(body, toks[i], toks[i + 1])
        and _is_first_name(toks[i].bare)
        and ROLE_CUE.search(body, max(0, toks[i].start - 60), toks[i].start) is not None
        and not ROLE_PREP.search(body, max(0, toks[i].start - 60), toks[i].start)
        and body.count(toks[i + 1].bare) > 1
    )


def _known_mention(body: str, toks: list[_Tok], taken, i: int, j: int, hit: tuple) -> Mention:
    return _take(
        toks,
        taken,
        i,
        j,
        Mention(hit[0], hit[1], body[toks[i].start : toks[j - 1].end], toks[i].start, toks[j - 1].end),
    )


def _maker(toks: list[_Tok], i: int, n: int, registry: Registry) -> int:
    """How many of the first words of the product name toks[i:i+n] are a company's name ("GitHub" of "GitHub
    Copilot"), the longest; 0 when none."""
    return next(
        (m for m in range(n - 1, 0, -1) if registry.index.get(_keys(toks, i, i + m)[1], ("",))[0] == "company"), 0
    )


def _reach(toks: list[_Tok], i: int, most: int, prefixes: frozenset[str]) -> int:
    """How many tokens from toks[i] (at most ``most``) may form a surface form: the longest n-gram that, keyed as
    ``_keys`` keys it (as written, or without the elided article and the last word's possessive), starts one (a
    surface form starts itself), else 1; longer n-grams are not looked up."""
    written, head, n, reach = toks[i].key, toks[i].head_key, 1, 1
    while n < most and (written in prefixes or head in prefixes):
        last = toks[i + n]
        bare = f"{head} {last.bare_key}"
        written, head, n = f"{written} {last.key}", f"{head} {last.key}", n + 1
        if written in prefixes or bare in prefixes:
            reach = n
    return reach


def _lookup(key: str, registry: Registry):
    if key in registry.index:
        return registry.index[key]
    if key in registry.outlets:
        return ("outlet", None)
    if key in registry.products:
        return ("product", None)
    return None


def _case_ok(tok: _Tok, key: str | None, registry: Registry) -> bool:
    """A name written with a capital must be capitalised in the text ("Shear", not "shear"; "Polytechnique",
    not "une école polytechnique"); descriptive aliases written in lower case ("la firme de Redmond") match in any
    case."""
    return tok.bare[:1].isupper() or tok.bare[:1].isdigit() or tok.text.startswith("@") or key in registry.lowercase


def _institute_goes_on(body: str, toks: list[_Tok], i: int, j: int) -> bool:
    """toks[i:j] ends with an institution's noun that "for", "of" or "de" and a capital continue: the start of a longer
    name ("Max Planck Institute for Intelligent Systems" is one of the Max Planck Society's institutes)."""
    return j - i > 1 and toks[j - 1].bare_key in INSTITUTIONS and bool(SCHOOL_GOES_ON.match(body, toks[j - 1].end))


def _fuzzy(body, toks, taken, registry: Registry) -> list[Mention]:
    mentions = []
    for i, j in _runs(body, toks, taken):
        for a in range(i, j):
            for b in range(min(j, a + 3), a + 1, -1):
                if any(taken[k] for k in range(a, b)):
                    continue
                if _institute_goes_on(body, toks, a, b):
                    continue
                surface = " ".join(t.bare for t in toks[a:b])
                kind, found = "person", registry.resolve(surface, "person", fuzzy=True)
                if not found:
                    kind, found = "company", registry.resolve(surface, "company", fuzzy=True)
                if found:
                    mentions.append(
                        _take(
                            toks,
                            taken,
                            a,
                            b,
                            Mention(kind, found, body[toks[a].start : toks[b - 1].end], toks[a].start, toks[b - 1].end),
                        )
                    )
    return mentions


def _honorific_before(toks, i) -> bool:
    return i > 0 and toks[i - 1].text.rstrip(".").lower() in HONORIFICS and toks[i - 1].text[:1].isupper()


def _surnames(
    body, toks, taken, registry: Registry, found_people: set[str], found_companies: set[str]
) -> list[Mention]:
    """Surnames ("Bubeck", "M. Bubeck") and, when only one person found in the text has it, the first name
    alone ("Sebastian a décidé de quitter Microsoft"); neither inside a longer name ("Schmidt Futures"). A known
    person named by the surname alone is that person where the text names the company the record ties them to
    ("Mistral AI hired X ... Mensch praised the hire")."""
    first_names: dict[str, set[str]] = {}
    for person_id in found_people:
        person = registry.record("person", person_id)
        for surface in [person.name, *person.aliases] if person else []:
            words = norm(surface).split(" ")
            if len(words) >= 2 and not surface.startswith("@"):
                first_names.setdefault(words[0], set()).add(person_id)
    mentions = []
    for i, tok in enumerate(toks):
        if taken[i] is not None or not tok.capitalised:
            continue
        ids = registry.surnames.get(tok.bare_key, set())
        alone = not (i + 1 < len(toks) and toks[i + 1].capitalised and _adjacent(body, tok, toks[i + 1]))
        known = ((ids & found_people) or first_names.get(tok.bare_key, set())) if alone else set()
        person = (
            next(iter(known))
            if len(known) == 1
            else (
                next(iter(ids))
                if len(ids) == 1
                and (
                    _honorific_before(toks, i)
                    or alone
                    and (not _sentence_initial(body, tok) or ACTS_AFTER.match(body, tok.end))
                    and _tied(registry, next(iter(ids)), found_companies)
                )
                and not _given_before(body, toks, tok.bare_key)
                else None
            )
        )
        if person and not _ends_another_name(body, toks, taken, i, _own_words(registry, person)):
            start = toks[i - 1].start if _honorific_before(toks, i) else tok.start
            mentions.append(
                _take(toks, taken, i, i + 1, Mention("person", person, body[start : tok.end], start, tok.end))
            )
    return mentions


def _ends_another_name(body: str, toks: list[_Tok], taken, i: int, own: set[str]) -> bool:
    """toks[i], a person's surname, ends a longer name written before it ("université Cheikh Anta Diop", "Anta
    Diop" of another person): a capitalised word right before it, neither of the person's own name (nor its short
    form: "Masa Son" is Masayoshi Son) nor an honorific or a title, and no sentence's first word."""
    k = i - 1
    if k < 0 or taken[k] is not None or not toks[k].capitalised or not _adjacent(body, toks[k], toks[i]):
        return False
    key = toks[k].bare_key
    short_form = len(key) >= 3 and any(len(word) > len(key) and word.startswith(key) for word in own)
    return (
        key not in own
        and not short_form
        and key not in HONORIFICS
        and key not in TITLES
        and not _sentence_initial(body, toks[k])
    )


def _own_words(registry: Registry, person_id: str) -> set[str]:
    """The words of a known person's name and aliases, as token keys."""
    person = registry.record("person", person_id)
    return {w for surface in ([person.name, *person.aliases] if person else []) for w in norm(surface).split()}


# A person's verb after a sentence's first word ("Mensch described", "Cook said", "Durand a salué"): the capital
# there is a surname's, not a common noun's ("Page views rose").
ACTS_AFTER = re.compile(
    r"[ \t\u00a0]+(?:(?:a|avait|had|has)[ \t\u00a0]+)?(?:said|says|told|wrote|writes|[a-z]+ed|estime|affirme|"
    r"explique|déclare|souligne|assure|ajoute|indique|précise|confie|reconnaît|[a-zéèêàâîôûç]+é)\b"
)


def _given_before(body: str, toks: list[_Tok], key: str) -> bool:
    """The word is written somewhere next to another capitalised word, as a word of a full name the text gives ("son
    cofondateur Douglas Chen", "Chen Wei has joined", "Graham Pitt"): that name's, not a known person's of the
    same surname ("Ms Chen", "Graham said")."""
    return any(
        tok.bare_key == key
        and any(
            0 <= n < len(toks)
            and toks[n].capitalised
            and toks[n].bare_key not in FUNCTION_WORDS
            and toks[n].bare_key not in HONORIFICS
            and toks[n].bare_key not in TITLES
            and _adjacent(body, *sorted((toks[n], tok), key=lambda t: t.start))
            for n in (k - 1, k + 1)
        )
        for k, tok in enumerate(toks)
    )


def _tied(registry: Registry, person_id: str, company_ids: set[str]) -> bool:
    """The known person's record names one of the companies the text names ("co-founder and CEO of X")."""
    person = registry.record("person", person_id)
    said = " ".join(norm(text) for text in (person.description or {}).values()) if person else ""
    for company_id in company_ids if said else ():
        company = registry.record("company", company_id)
        names = [company.name, *company.aliases] if company else []
        if any(f" {norm(name)} " in f" {said} " for name in names if len(name) > 2):
            return True
    return False


def _blocked(tok: _Tok, registry: Registry, person: bool = False) -> bool:
    """A word that names something already; in a person's name, a known name that is also an ordinary word
    is not ("Alan Turing", "Tom Cruise", "Sierra Smith")."""
    key = norm(tok.bare)
    if person and key in registry.ambiguous:
        return False
    return key in registry.index or key in registry.outlets or key in registry.products or key in _calendar_words()
