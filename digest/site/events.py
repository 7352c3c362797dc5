"""An event as a sentence in the page's language, from the message catalogs.

One fact in the front matter gives a French and an English line, whatever the
language of the article that reported it. Values are escaped, then linked to
their entity pages, before they fill the named placeholders.
"""

from __future__ import annotations

import re

from babel.numbers import format_compact_decimal, get_currency_symbol
from markupsafe import Markup, escape

from .. import roles
from ..model.amounts import amount_value
from ..model.events import Event, _
from .index import FOLDERS, Site

# French elides the catalog's "de" before a value starting with a vowel: "PDG d’OpenAI", not "de OpenAI".
# Only the message's own "de": a name such as "Hugo de Oliveira" is never touched.
_ELISION = re.compile(r"\bde %\((\w+)\)s")
_VOWEL = re.compile(r"[AEIOUYÀÂÉÈÊÎÏÔÛaeiouyàâéèêîïôû]")
UNKNOWN = {"person": _("someone"), "company": _("a company"), "product": _("a new product"), "amount": _("funds")}


def sentence(event: Event, site: Site, lang: str, gettext, root: str, link: bool = True) -> Markup:
    """The event as HTML text in ``lang``; names link to entity pages relative to ``root`` when ``link``."""
    sentences = event.kind.sentences
    key = next(
        k
        for k in (
            (bool(event.from_company), bool(event.role)),
            (False, bool(event.role)),
            (bool(event.from_company), False),
            (False, False),
        )
        if k in sentences
    )

    def entity(kind: str, entity_id: str | None) -> Markup:
        if not entity_id:
            return escape(gettext(UNKNOWN[kind]))
        name = escape(site.name(kind, entity_id))
        if not link or entity_id not in site.entities(kind):
            return name
        return Markup('<a href="{}">{}</a>').format(f"{root}{lang}/{FOLDERS[kind]}/{entity_id}/", name)

    values = {
        "person": entity("person", event.person),
        "company": entity("company", event.company),
        "from_company": entity("company", event.from_company),
        "role": role_shown(lang, site, event.role, event.person) if event.role else escape(""),
    }
    for slot, value in (("product", event.product), ("amount", event.amount and amount_in(lang, event.amount))):
        values[slot] = escape(value or gettext(UNKNOWN[slot]))
    message = gettext(sentences[key])
    if lang == "fr":
        message = _ELISION.sub(lambda m: f"d’%({m[1]})s" if _VOWEL.match(values[m[1]].striptags()) else m[0], message)
    return Markup(escape(message)) % values


def role_in(lang: str, site: Site, role: str, person: str | None = None) -> str:
    """A role in the page's language when the glossary knows it ("interim CEO" -> "PDG par intérim",
    in the feminine for a woman), else as the article wrote it."""
    translated = roles.translate(role, lang)
    if translated and lang == "fr" and person in site.women:
        translated = roles.translate(role, lang, female=True)
    return translated or role


def role_shown(lang: str, site: Site, role: str, person: str | None = None) -> Markup:
    """A role (an event's, an affiliation's) in the page's language (``role_in``). A role the glossary cannot
    translate ("head of post-training", which French articles also write) is shown as written, marked with its
    language when that is not the page's: a screen reader then reads it in English on a French page."""
    if roles.translate(role, lang) is not None:
        return escape(role_in(lang, site, role, person))
    written = roles.written_in(role)
    if written in (None, lang):
        return escape(role)
    return Markup('<span lang="{}">{}</span>').format(written, role)


# French currency names for "6,6 milliards de dollars"; other languages write the symbol.
_FRENCH_CURRENCIES = {
    "EUR": "euros",
    "USD": "dollars",
    "JPY": "yens",
    "GBP": "livres sterling",
    "CHF": "francs suisses",
    "XOF": "francs CFA",
    "CAD": "dollars canadiens",
    "AUD": "dollars australiens",
    "CNY": "yuans",
    "INR": "roupies",
}


def amount_in(lang: str, amount: str) -> str:
    """An amount in the page's language, whatever language the article wrote it in: "EUR 120 million" or
    "120 millions d’euros" -> "€120 million" / "120 millions d’euros"; as written when it cannot be read."""
    parsed = amount_value(amount)
    if parsed is None:
        return amount
    value, currency = parsed
    number = format_compact_decimal(value, format_type="long", locale=lang, fraction_digits=2)
    if lang == "fr" and currency in _FRENCH_CURRENCIES:
        name = _FRENCH_CURRENCIES[currency]
        return f"{number} {'d’' if name[0] in 'aeiou' else 'de '}{name}"
    symbol = get_currency_symbol(currency, locale=lang)
    return f"{symbol} {number}" if symbol[-1:].isalpha() else f"{symbol}{number}"
