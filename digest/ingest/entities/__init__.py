"""Find the companies and people an article mentions, as registry ids, and propose new ones.

1. Registry aliases: longest match over word n-grams, after normalisation (case, accents, elisions
   "l’OAI", possessives "OpenAI’s", @handles). Outlets and products are matched too, so "OpenAI o1"
   or "The Information" are never read as companies. The knowledge base's names are matched the same
   way (a hit without a registry file yet is proposed as a new entity with the record's name and
   descriptions); its names that are also ordinary words ("Apple", "Figure", "H") only as written and
   where the text is about an organisation.
2. Close spellings of registry names (Sebastian / Sébastien Bubeck) by fuzzy matching.
3. Surnames ("Bubeck", "M. Bubeck") of people already found, or after an honorific.
4. Names the registry does not know: a person when a known first name (data/first_names.txt) or a role
   ("le directeur technique, X Y") comes before a capitalised surname; a company when the text says
   so (legal or name suffix "Inc.", "X AI", "la start-up X", "CEO of X", "chez X", "X’s CEO",
   "Google DeepMind CEO", "des géants comme X, Y ou Z", "X et <known company>", "backed by X", "X raised $5m",
   "Halvard Motors HALV.N"); a field ("Generative AI"), a city, a nationality or a newsroom ("told X") never.
5. The organisation whose own page it is ("notre cabinet", "our portfolio"), by the page's source: ``own_page``.
6. One person under two name orders or with a native form in brackets ("Minh Vo (Võ Văn Minh)"); a
   show's hosts sign it, like journalists.
"""

from __future__ import annotations

import re

from ...registry import Registry
from ..events.interposed import close_up
from .authors import _authors
from .base import TOKEN, Extraction, Mention, _standalone, _starts_sentence, _title_case, _Tok
from .companies import _new_companies
from .cues import TICKER
from .divisions import _divisions
from .gazetteer import _currency, _demonym_compound
from .known import _aliases, _epithets, _fuzzy, _known, _surnames
from .orders import _name_orders
from .people import _compound_surnames, _new_people
from .repeats import _people_heading_companies, _short_names
from .runs import _places
from .terms import _defined_terms, _issuer_terms, _work_titles

# "GPUs", "LLMs", "CPUs": the plural of an acronym is a common noun, never a name.
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def extract(body: str, lang: str, registry: Registry, headline: str | None = None) -> Extraction:
    """Registry ids of the people and companies ``body`` mentions, in order of first mention, and new names.
    The article's ``headline`` is read with the body (it often holds the clearest cue: "la start-up X lève …"),
    and mentions keep their offsets in ``body``. A phrase between a verb and its object ("has released this week X",
    "a réintégré, comme prévu, X") is read as absent: the verb's cue reaches the name."""
    closed = close_up(body)
    found = _extract_read(closed.text, lang, registry, headline)
    if closed.spans:
        for m in found.mentions:
            m.start, m.end = closed.original(m.start), closed.original(m.end, end=True)
    return found


def _extract_read(body: str, lang: str, registry: Registry, headline: str | None) -> Extraction:
    if headline:
        headline = _truecase(headline, body)
        offset = len(headline) + 2
        found = _extract(f"{headline}\n\n{body}", lang, registry, len(headline))
        for m in found.mentions:
            m.start, m.end = m.start - offset, m.end - offset
        found.mentions = [m for m in found.mentions if m.start >= 0]
        return found
    return _extract(body, lang, registry)


def _truecase(headline: str, body: str) -> str:
    """The headline with the capitals of a Title Case style ("X Named CEO", "Raises $10M In Series A") undone:
    a capitalised word is an ordinary word when the body writes it in small letters and never with a capital
    inside a sentence, or, in a headline capitalising most words, does not use it at all (a name the headline gives,
    the body repeats; a sentence-case headline's capitals are names: "Dassault Systèmes buys X")."""

    title = _title_case(headline, 0)

    def case(m: re.Match) -> str:
        word = m.group()
        if not word[:1].isupper():
            return word
        uses = list(_standalone(word, body))
        if any(not _starts_sentence(body, at) for at in uses) or word.isupper() and uses:
            return word
        small = next(_standalone(word.lower(), body), None) is not None
        return word.lower() if small or not uses and title else word

    return TOKEN.sub(case, headline)


def _extract(body: str, lang: str, registry: Registry, headline_end: int = 0) -> Extraction:
    toks = list(map(_Tok, TOKEN.finditer(body)))
    for tok in toks:
        if tok.capitalised and (
            _currency(body, tok)
            or _demonym_compound(tok.bare)
            or TICKER.fullmatch(tok.text)
            or PLURAL_ACRONYM.fullmatch(tok.bare)
        ):
            tok.capitalised = False
    taken: list[Mention | None] = [None] * len(toks)
    mentions = _aliases(body, toks, taken, registry)
    mentions += _fuzzy(body, toks, taken, registry)
    found_people = {m.id for m in mentions if m.kind == "person"}
    found_companies = {m.id for m in mentions if m.kind == "company" and m.id}
    mentions += _surnames(body, toks, taken, registry, found_people, found_companies)
    mentions += _defined_terms(body, toks, taken)
    mentions += _work_titles(body, toks, taken)
    places = _places(body, toks)
    new = _new_people(body, toks, taken, registry, lang, mentions, places)
    new = _authors(body, mentions, new)
    _divisions(body, toks, taken)
    new += _new_companies(body, toks, taken, registry, lang, mentions, places, headline_end)
    _issuer_terms(body, mentions)
    mentions.sort(key=lambda m: m.start)
    new = _compound_surnames(mentions, new)
    new = _name_orders(body, mentions, new)
    new = _people_heading_companies(mentions, new)
    _short_names(mentions, {e.id: e for e in new if e.kind == "company"})
    _epithets(mentions)
    new = _known(mentions, registry) + new
    people = list(dict.fromkeys(m.id for m in mentions if m.kind == "person"))
    companies = list(dict.fromkeys(m.id for m in mentions if m.kind == "company"))
    return Extraction(people, companies, new, mentions)
